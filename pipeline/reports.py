"""Report stage: write the run's records as JSONL and render report.md and report.html.

Takes the records the earlier stages produced (in the order the caller wants them shown)
and writes five files into the output folder. Claims are streamed, never held (a run may
have hundreds of thousands). Every file is written to a temporary file in the same folder
and the five replace the old ones (``os.replace``) only when all are complete, so an
interrupted or failed run leaves the previous files or the new ones, never half of one.

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
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TextIO
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
    articles: Sequence[Article], claims: Collection[Claim], conflicts: Sequence[Conflict], rules_sha256: str
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
    claims: Collection[Claim],
    conflicts: Sequence[Conflict],
    summary: RunSummary,
) -> None:
    """Write articles.jsonl, claims.jsonl, conflicts.jsonl, report.md and report.html.

    Records are written in the order given (the caller sorts them). `claims` is gone
    through twice and never held: a store.StoredClaims streams them from the store, so the
    memory a run needs does not grow with its claims. Each file is written to a temporary
    file first, and they replace the old files only once all five are complete. `out_dir`
    is created if missing. Raises OSError if the folder or a file cannot be written, and
    jinja2.TemplateError if a template is broken (both before any file is replaced).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with _replacing() as open_temporary:
        with open_temporary(out_dir / "claims.jsonl") as claims_file:
            context = _build_context(articles, claims, conflicts, summary, claims_file)
        for name, records in (("articles.jsonl", articles), ("conflicts.jsonl", conflicts)):
            with open_temporary(out_dir / name) as handle:
                handle.writelines(_jsonl_lines(records))
        for name, environment, template in (
            ("report.md", _markdown_environment(), MARKDOWN_TEMPLATE),
            ("report.html", _html_environment(), HTML_TEMPLATE),
        ):
            with open_temporary(out_dir / name) as handle:
                handle.writelines(environment.get_template(template).generate(context))


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
    return "".join(_jsonl_lines(records))


def _jsonl_lines(records: Iterable[BaseModel]) -> Iterator[str]:
    return (record.model_dump_json() + "\n" for record in records)


def _write_atomic(path: Path, text: str) -> None:
    with _replacing() as open_temporary, open_temporary(path) as handle:
        handle.write(text)


@contextmanager
def _replacing() -> Iterator[Callable[[Path], AbstractContextManager[TextIO]]]:
    """Give a function that opens a temporary sibling of a path for writing (flushed to
    disk on close); at the end of the block every such file replaces its path, and if the
    block fails they are all removed and nothing is replaced. Temporary files are created
    with the usual umask-based permissions (unlike mkstemp's 0600), so outputs are
    readable like any other file the user writes."""
    written: list[tuple[Path, Path]] = []

    @contextmanager
    def open_temporary(path: Path) -> Iterator[TextIO]:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        written.append((tmp, path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    try:
        yield open_temporary
        for tmp, path in written:
            os.replace(tmp, path)
    finally:  # whatever failed, no temporary file is left behind (a replaced one is gone already)
        for tmp, _ in written:
            tmp.unlink(missing_ok=True)


def _build_context(
    articles: Sequence[Article],
    claims: Collection[Claim],
    conflicts: Sequence[Conflict],
    summary: RunSummary,
    claims_file: TextIO,
) -> dict[str, object]:
    """The templates' context, from one pass over the claims that also writes each to
    `claims_file` (claims.jsonl). The list of all claims is made again as the template
    goes through it."""
    articles_by_id = {article.article: article for article in articles}
    in_conflicts = {item.claim_id for conflict in conflicts for item in conflict.claims}
    sentence_starts: dict[str, int] = {}  # of the claims in conflicts, whose numbers are highlighted
    country_names: dict[str, str] = {}
    metric_labels: dict[str, str] = {}
    for claim in claims:
        claims_file.write(claim.model_dump_json() + "\n")
        if claim.claim_id in in_conflicts:
            sentence_starts[claim.claim_id] = claim.sentence_start
        country_names.setdefault(claim.country, claim.country_name)
        metric_labels.setdefault(claim.metric, claim.metric_label)

    conflict_views = [
        ConflictView(
            conflict=conflict,
            country_name=country_names.get(conflict.country),
            metric_label=metric_labels.get(conflict.metric),
            claims=[_conflict_claim_view(item, sentence_starts, articles_by_id) for item in conflict.claims],
        )
        for conflict in conflicts
    ]
    return {
        "summary": summary,
        "rejected_by_reason": sorted(summary.rejected_by_reason.items()),
        "articles": list(articles),
        "rejected_articles": [article for article in articles if article.status == "rejected"],
        "claims": _ClaimViews(claims),
        "conflicts": conflict_views,
        "country_options": sorted(
            {(code, country_names.get(code)) for view in conflict_views for code in view.countries},
            key=lambda option: option[0],
        ),
        "kind_options": sorted({view.conflict.kind for view in conflict_views}),
    }


@dataclass(frozen=True)
class _ClaimViews:
    """Every claim with its number highlighted, made one at a time as a template goes
    through them; `length` and truth work as on a list."""

    claims: Collection[Claim]

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[ClaimView]:
        for claim in self.claims:
            yield ClaimView(
                claim=claim,
                highlight=highlight_number(
                    claim.sentence,
                    claim.char_start - claim.sentence_start,
                    claim.char_end - claim.sentence_start,
                    claim.value_text,
                ),
            )


def _conflict_claim_view(
    item: ConflictClaim,
    sentence_starts: dict[str, int],
    articles_by_id: dict[str, Article],
) -> ConflictClaimView:
    sentence_start = sentence_starts.get(item.claim_id)
    if sentence_start is not None:
        rel_start: int | None = item.char_start - sentence_start
        rel_end: int | None = item.char_end - sentence_start
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
