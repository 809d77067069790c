"""Report stage: write the run's records as JSONL and render report.md and report.html.

Takes the records the earlier stages produced (in the order the caller wants them shown)
and writes five files into the output folder. Every file is rendered in memory first and
then written atomically (temporary file in the same folder + ``os.replace``), so an
interrupted run leaves either the previous file or the new one, never half of one.

The output is a pure function of the inputs: no clock, no machine-dependent values.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import os
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from pydantic import BaseModel

from pipeline.conflicts import conflict_countries
from pipeline.models import Article, Claim, Conflict, ConflictClaim, RunSummary

JSONL_FILES = ("articles.jsonl", "claims.jsonl", "conflicts.jsonl")
MARKDOWN_TEMPLATE = "report.md.j2"
HTML_TEMPLATE = "report.html.j2"
LINKABLE_URL_SCHEMES = frozenset({"http", "https"})

# CommonMark treats these as markup anywhere in a line; `_` and `&` are handled apart so
# that snake_case ids and "S&P" stay readable in the raw file.
_MD_ALWAYS_ESCAPED = re.compile(r"([\\`*\[\]<>|~])")
_MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_MD_ENTITY_AMPERSAND = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


class ClaimFormat(StrEnum):
    """Formats `newsfacts export` writes claims in."""

    JSONL = "jsonl"
    CSV = "csv"


@dataclass(frozen=True)
class Highlight:
    """A sentence split around the number it states; `number` is empty when it cannot be found."""

    before: str
    number: str
    after: str


@dataclass(frozen=True)
class ConflictClaimView:
    claim: ConflictClaim
    highlight: Highlight
    article: Article | None
    url: str | None


@dataclass(frozen=True)
class ConflictView:
    conflict: Conflict
    country_name: str | None
    metric_label: str | None
    claims: list[ConflictClaimView]

    @property
    def countries(self) -> list[str]:
        """The countries a conflict is about: one, or several joined by '+' ("CHN+USA": both first)."""
        return conflict_countries(self.conflict)


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    highlight: Highlight


def summarize(
    articles: Sequence[Article], claims: Sequence[Claim], conflicts: Sequence[Conflict], rules_sha256: str
) -> RunSummary:
    """The counts a run's reports open with."""
    rejected = [a for a in articles if a.status == "rejected"]
    return RunSummary(
        articles_read=len(articles),
        articles_rejected=len(rejected),
        rejected_by_reason=dict(sorted(Counter(str(a.reason) for a in rejected).items())),
        claims=len(claims),
        conflicts=len(conflicts),
        rules_sha256=rules_sha256,
    )


def write_outputs(
    out_dir: Path,
    articles: Sequence[Article],
    claims: Sequence[Claim],
    conflicts: Sequence[Conflict],
    summary: RunSummary,
) -> None:
    """Write articles.jsonl, claims.jsonl, conflicts.jsonl, report.md and report.html.

    Records are written in the order given (the caller sorts them). `out_dir` is created
    if missing. Raises OSError if the folder or a file cannot be written, and
    jinja2.TemplateError if a template is broken (both before any file is replaced when the
    problem is in rendering).
    """
    context = _build_context(articles, claims, conflicts, summary)
    contents = {
        "articles.jsonl": _to_jsonl(articles),
        "claims.jsonl": _to_jsonl(claims),
        "conflicts.jsonl": _to_jsonl(conflicts),
        "report.md": _markdown_environment().get_template(MARKDOWN_TEMPLATE).render(context),
        "report.html": _html_environment().get_template(HTML_TEMPLATE).render(context),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in contents.items():
        _write_atomic(out_dir / name, text)


def format_claims(claims: Sequence[Claim], claim_format: ClaimFormat) -> str:
    """Claims as JSONL (the lines of claims.jsonl) or as CSV with one column per Claim field,
    in Claim's field order, an empty cell for null."""
    if claim_format is ClaimFormat.JSONL:
        return _to_jsonl(claims)
    columns = list(Claim.model_fields)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(claim.model_dump(mode="json") for claim in claims)
    return buffer.getvalue()


def write_claims(path: Path, claims: Sequence[Claim], claim_format: ClaimFormat) -> None:
    """Write `format_claims` to `path` atomically. Raises OSError if it cannot be written."""
    _write_atomic(path, format_claims(claims, claim_format))


def highlight_number(sentence: str, rel_start: int | None, rel_end: int | None, value_text: str) -> Highlight:
    """Split `sentence` into before/number/after.

    Uses the offsets relative to the sentence when they are in range; otherwise falls back
    to the first occurrence of `value_text`; otherwise nothing is highlighted.
    """
    if rel_start is not None and rel_end is not None and 0 <= rel_start < rel_end <= len(sentence):
        return Highlight(sentence[:rel_start], sentence[rel_start:rel_end], sentence[rel_end:])
    found = sentence.find(value_text) if value_text else -1
    if found >= 0:
        end = found + len(value_text)
        return Highlight(sentence[:found], sentence[found:end], sentence[end:])
    return Highlight(sentence, "", "")


def escape_markdown(value: object) -> str:
    """Make one value safe to drop into a markdown line or table cell.

    Line breaks become a space (a cell or list item must stay on one line), markup
    characters get a backslash, and None renders as an empty string.
    """
    if value is None:
        return ""
    text = _LINE_BREAKS.sub(" ", str(value))
    text = _MD_ALWAYS_ESCAPED.sub(r"\\\1", text)
    text = _MD_EMPHASIS_UNDERSCORE.sub(r"\\_", text)
    return _MD_ENTITY_AMPERSAND.sub(r"\\&", text)


def _to_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(record.model_dump_json() + "\n" for record in records)


def _write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary sibling file and os.replace.

    The temporary file is created with the usual umask-based permissions (unlike mkstemp's
    0600), so outputs are readable like any other file the user writes.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _build_context(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    conflicts: Sequence[Conflict],
    summary: RunSummary,
) -> dict[str, object]:
    articles_by_id = {article.article: article for article in articles}
    claims_by_id = {claim.claim_id: claim for claim in claims}
    country_names: dict[str, str] = {}
    metric_labels: dict[str, str] = {}
    for claim in claims:
        country_names.setdefault(claim.country, claim.country_name)
        metric_labels.setdefault(claim.metric, claim.metric_label)

    conflict_views = [
        ConflictView(
            conflict=conflict,
            country_name=country_names.get(conflict.country),
            metric_label=metric_labels.get(conflict.metric),
            claims=[_conflict_claim_view(item, claims_by_id, articles_by_id) for item in conflict.claims],
        )
        for conflict in conflicts
    ]
    claim_views = [
        ClaimView(
            claim=claim,
            highlight=highlight_number(
                claim.sentence,
                claim.char_start - claim.sentence_start,
                claim.char_end - claim.sentence_start,
                claim.value_text,
            ),
        )
        for claim in claims
    ]
    return {
        "summary": summary,
        "rejected_by_reason": sorted(summary.rejected_by_reason.items()),
        "articles": list(articles),
        "rejected_articles": [article for article in articles if article.status == "rejected"],
        "claims": claim_views,
        "conflicts": conflict_views,
        "country_options": sorted(
            {(code, country_names.get(code)) for view in conflict_views for code in view.countries},
            key=lambda option: option[0],
        ),
        "kind_options": sorted({view.conflict.kind for view in conflict_views}),
    }


def _conflict_claim_view(
    item: ConflictClaim,
    claims_by_id: dict[str, Claim],
    articles_by_id: dict[str, Article],
) -> ConflictClaimView:
    full = claims_by_id.get(item.claim_id)
    if full is not None:
        rel_start: int | None = item.char_start - full.sentence_start
        rel_end: int | None = item.char_end - full.sentence_start
    else:
        rel_start = rel_end = None
    article = articles_by_id.get(item.article)
    return ConflictClaimView(
        claim=item,
        highlight=highlight_number(item.sentence, rel_start, rel_end, item.value_text),
        article=article,
        url=_linkable_url(article.url if article is not None else None),
    )


def _linkable_url(url: str | None) -> str | None:
    """Only http(s) URLs become links: autoescaping does not stop a `javascript:` href."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in LINKABLE_URL_SCHEMES and parts.netloc:
        return url.strip()
    return None


def _csp_hash(script: object) -> str:
    """Content-Security-Policy source for exactly this inline script, so no other script runs."""
    digest = hashlib.sha256(str(script).encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _html_environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["csp_hash"] = _csp_hash
    return env


@lru_cache(maxsize=1)
def _markdown_environment() -> Environment:
    # Markdown is not HTML: instead of HTML autoescaping, every {{ expression }} goes
    # through escape_markdown (finalize), so article text can never add markup.
    return Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=False,
        finalize=escape_markdown,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
