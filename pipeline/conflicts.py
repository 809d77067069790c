"""Conflict records and the words that explain them, shared by every kind of check."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .models import ClaimFields, Conflict, ConflictClaim, TrustedFigure

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_NON_WORD = re.compile(r"[^0-9a-z]+")

#: a source named by one word ("AI", "Stanford") is too vague to say two articles quote the
#: same report unless the names are identical
MIN_TOKENS_TO_CONTAIN = 2


#: joins the codes of a conflict about several countries ("CHN+USA": both said to be first)
COUNTRY_JOINER = "+"

#: claims by (country, metric, unit), the grouping every check starts from
ClaimsByKey = dict[tuple[str, str, str], list[ClaimFields]]


def conflict_countries(conflict: Conflict) -> list[str]:
    """The ISO codes a conflict is about."""
    return conflict.country.split(COUNTRY_JOINER)


def grouping_year(claim: ClaimFields, inferred: dict[str, int]) -> int | None:
    """The year a claim is checked under: its own, else the one reconcile inferred for it."""
    return claim.year if claim.year is not None else inferred.get(claim.claim_id)


def make_conflict(
    kind: str,
    country: str,
    metric: str,
    year: int | None,
    claims: Sequence[ClaimFields],
    explanation: str,
    trusted: Sequence[TrustedFigure] = (),
) -> Conflict:
    """A Conflict whose id depends only on its kind, key and the claims under it."""
    ids = sorted(c.claim_id for c in claims)
    key = "|".join([kind, country, metric, str(year), *ids])
    return Conflict(
        conflict_id=hashlib.sha256(key.encode()).hexdigest()[:16],
        kind=kind,  # type: ignore[arg-type]
        country=country,
        metric=metric,
        year=year,
        claims=[_summary(c) for c in claims],
        explanation=explanation,
        trusted=list(trusted),
    )


def _summary(claim: ClaimFields) -> ConflictClaim:
    return ConflictClaim(**{name: getattr(claim, name) for name in ConflictClaim.model_fields})


def attribution_tokens(attribution: str) -> tuple[str, ...]:
    """"Stanford’s AI-Index 2024" -> ("stanford", "s", "ai", "index", "2024"): case, curly
    quotes and punctuation do not make two names different."""
    text = attribution.translate(_APOSTROPHES).casefold()
    return tuple(token for token in _NON_WORD.split(text) if token)


def shared_source(claims: Iterable[ClaimFields]) -> str | None:
    """The source every claim attributes its figure to, when they all name the same one:
    identical names after normalising, or a name of two or more words found in every
    other ("AI Index 2024" in "the AI Index 2024 report"). A year is a word, so two
    editions of a report are two sources."""
    names = {c.source_attribution for c in claims}
    if None in names or not names:
        return None
    by_tokens: dict[tuple[str, ...], str] = {}
    for name in sorted(names):  # type: ignore[type-var]  # None was ruled out above
        by_tokens.setdefault(attribution_tokens(name), name)  # the same spelling every run
    if () in by_tokens:
        return None
    shortest = min(by_tokens, key=lambda tokens: (len(tokens), tokens))
    if len(by_tokens) == 1:
        return by_tokens[shortest]
    if len(shortest) < MIN_TOKENS_TO_CONTAIN:
        return None
    if all(_contains(tokens, shortest) for tokens in by_tokens):
        return by_tokens[shortest]
    return None


def _contains(tokens: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Every word of `words` is in `tokens`, in any order: "2020 Global AI Talent Report"
    and "Global AI Talent Report 2020" name one edition."""
    return not (Counter(words) - Counter(tokens))


def source_note(claims: Iterable[ClaimFields], consequence: str) -> str:
    """' All cite X, <consequence>.' when every claim names the same source, else ''."""
    source = shared_source(claims)
    if source is None:
        return ""
    return f" All cite {source}, {consequence}."


def country_metric(claim: ClaimFields) -> str:
    label = claim.metric_label[:1].upper() + claim.metric_label[1:]
    return f"{label} for {claim.country_name}"


def values(cluster: Iterable[ClaimFields]) -> str:
    return join(sorted({c.value_text for c in cluster}))


def articles(cluster: Iterable[ClaimFields]) -> str:
    return ", ".join(sorted({c.article for c in cluster}))


def join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
