"""The contract: every record newsfacts reads or writes.

All models are frozen and forbid unknown fields, so a typo in a producer fails loudly
instead of writing a record that a consumer silently misreads. `newsfacts schema`
exports their JSON Schema.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
YearSource = Literal["explicit", "relative", "relative_to_edition", "context", "publication"]
PublishedSource = Literal["metadata", "dateline", "url"]
ReviewStatus = Literal["open", "resolved", "dismissed"]


class Reason(StrEnum):
    """Why an input was not extracted. A fixed list, so batch summaries can count them."""

    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    LANGUAGE = "language"
    HTML = "html"
    FRONT_MATTER = "front_matter"
    JSONL = "jsonl"
    UNREADABLE = "unreadable"
    SYMLINK = "symlink"
    UNSUPPORTED = "unsupported"
    EXTRACTION = "extraction"  # our bug: the extractor failed on the text


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Record):
    """One input article, accepted or rejected. Written to articles.jsonl."""

    article: str = Field(description="path relative to the corpus root; 'file.jsonl#id' for JSONL lines")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="publisher, when the metadata names it")
    published: date | None = None
    published_source: PublishedSource | None = Field(
        default=None, description="where the publication date was found; null when there is none"
    )
    language: str | None = Field(default=None, description="ISO 639-1 code of the detected language")
    sha256: str | None = Field(default=None, description="hash of the raw bytes; null when unreadable")
    status: Literal["ok", "rejected"] = "ok"
    reason: Reason | None = None
    detail: str | None = None
    n_claims: int = 0


class Document(_Record):
    """An accepted article together with the text its claims point into (not exported)."""

    meta: Article
    text: str


class Claim(_Record):
    """One numeric statement about a country, traceable to the exact words."""

    claim_id: str = Field(description="stable across runs: hash of article, offsets, country and metric")
    article: str
    country: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")
    country_name: str
    metric: str = Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$", description="snake_case metric id")
    metric_label: str
    value: float = Field(description="fully scaled: 1.39e9 for '$1.39 billion', never '1.39 billion'")
    value_max: float | None = Field(default=None, description="upper end when the text gives a range")
    value_text: str = Field(description="the number as written, e.g. '$1.39 billion'")
    precision: float = Field(
        description="size of the last written digit, fully scaled ('$7.8 billion' -> 1e8); used for rounding tolerance"
    )
    unit: str = Field(description="ISO 4217 code for money; else percent, percentage_points, count, rank, per_100k ...")
    qualifier: Qualifier = "exact"
    rank_of: int | None = Field(
        default=None, description="for a rank, the size of the field it is a place in: 62 for '6th out of 62 countries'"
    )
    year: int | None = Field(default=None, description="the year the value refers to")
    year_source: YearSource | None = None
    year_text: str | None = Field(default=None, description="the words the year was read from")
    sentence: str
    sentence_start: int = Field(description="offset of the sentence in the article text")
    char_start: int = Field(description="offset of the number in the article text")
    char_end: int
    source_attribution: str | None = None
    rule_id: str = Field(description="which rule produced the claim")


#: a Claim's fields in a named tuple, a quarter of the model's memory: how reconcile reads
#: every stored claim of a run (it reads fields, and the store's records are valid already)
ClaimRow = NamedTuple(  # type: ignore[misc]
    "ClaimRow", [(name, field.annotation) for name, field in Claim.model_fields.items()]
)
#: what the reconcile stage reads: a Claim, or the same fields as a ClaimRow
ClaimFields = Claim | ClaimRow


class ConflictClaim(_Record):
    """The part of a claim a conflict report shows."""

    claim_id: str
    article: str
    value: float
    value_text: str
    unit: str
    qualifier: Qualifier
    year: int | None
    year_source: YearSource | None
    sentence: str
    char_start: int
    char_end: int
    source_attribution: str | None


class TrustedFigure(_Record):
    """A figure from the --reference CSV that a `reference` conflict checks claims against."""

    value: str = Field(description="as written in the CSV, e.g. '7.76e9'")
    unit: str
    source: str = Field(description="who publishes the trusted figure")


class Conflict(_Record):
    conflict_id: str = Field(description="stable while the claims under it are unchanged")
    kind: Literal["value", "year", "unit", "rank", "internal", "reference"]
    country: str
    metric: str
    year: int | None
    claims: list[ConflictClaim]
    explanation: str = Field(description="one plain sentence a fact-checker can read")
    status: ReviewStatus = "open"
    review_note: str | None = Field(default=None, description="the fact-checker's note from `newsfacts review`")
    trusted: list[TrustedFigure] = Field(
        default_factory=list, description="for a `reference` conflict, the trusted figures the claims disagree with"
    )


class Review(_Record):
    """A fact-checker's decision on a conflict, kept in the store across runs."""

    conflict_id: str
    status: ReviewStatus
    note: str | None = None
    updated_at: datetime = Field(description="when the decision was recorded (UTC)")


class RunSummary(_Record):
    schema_version: str = SCHEMA_VERSION
    articles_read: int
    articles_rejected: int
    rejected_by_reason: dict[str, int]
    claims: int
    conflicts: int
    rules_sha256: str


class StoreUpdate(_Record):
    """What one run or ingest changed in the store, counted in articles (a JSONL line is one).

    Printed on stderr only: the reports depend on the store's contents, never on how a run
    got there, so that an incremental or resumed run writes the same files as a fresh one."""

    new: int = Field(default=0, description="articles not in the store before")
    changed: int = Field(default=0, description="articles read again: their file or the extractor changed")
    unchanged: int = Field(default=0, description="articles whose file and extractor are as stored: not read")
    missing: int = Field(default=0, description="stored articles whose file is gone; kept unless pruned")
    pruned: int = Field(default=0, description="stored articles deleted because their file is gone")
