"""Reconcile claims across articles: group what should agree, flag what does not.

Agreement follows how numbers are written: a value stands for every number that rounds
to it at the precision written, so 8.7 agrees with 8.73 and $7.8 billion with $7.76
billion, but $7.26 billion does not agree with $7.8 billion. Qualifiers widen the test:
"more than 40%" agrees with 43%, "about 230,000" with 229,970. Grouping is by key (a
dict), never by comparing all pairs, so it scales with the number of claims.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence

from .models import Claim, Conflict, ConflictClaim

#: a figure with this many significant digits repeated in two articles is unlikely to be chance,
#: so it can date an undated claim, and repeated for two years it suggests a misdating
YEAR_CONFLICT_MIN_DIGITS = 3


def reconcile(claims: Sequence[Claim]) -> list[Conflict]:
    """Value conflicts (same country, metric, year; different figures) and year conflicts
    (same country, metric and figure dated to different years), in a stable order."""
    by_key: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[(claim.country, claim.metric, claim.unit)].append(claim)
    group_years = infer_years(claims, by_key)
    conflicts: list[Conflict] = []
    for (country, metric, _unit), group in sorted(by_key.items()):
        by_year: dict[int, list[Claim]] = defaultdict(list)
        for claim in group:
            if claim.claim_id in group_years:
                by_year[group_years[claim.claim_id]].append(claim)
        for year, dated in sorted(by_year.items()):
            clusters = cluster_values(dated)
            if len(clusters) > 1 and len({c.article for c in dated}) > 1:
                conflicts.append(_value_conflict(country, metric, year, clusters))
        explicit = {year: [c for c in dated if c.year is not None] for year, dated in by_year.items()}
        conflicts.extend(_year_conflicts(country, metric, explicit))
    return sorted(conflicts, key=lambda c: (c.country, c.metric, c.year or 0, c.kind, c.conflict_id))


def infer_years(
    claims: Sequence[Claim], by_key: dict[tuple[str, str, str], list[Claim]]
) -> dict[str, int]:
    """The year each claim is grouped under: its own, or for an undated claim a year that
    another signal ties it to. That signal is a figure of its sentence (same metric) that
    other articles state with exactly one year: "the U.S. dominated with $67.2 billion,
    followed by China at $7.26 billion" is about 2023 when others date the $67.2 billion."""
    years = {c.claim_id: c.year for c in claims if c.year is not None}
    sentence_years: dict[tuple[str, int, str], set[int]] = defaultdict(set)
    undated = [c for c in claims if c.year is None]
    for claim in undated:
        found = {
            other.year
            for other in by_key[(claim.country, claim.metric, claim.unit)]
            if other.year is not None and other.article != claim.article and agrees(claim, other)
        }
        if _significant_digits(claim) < YEAR_CONFLICT_MIN_DIGITS:
            continue  # "15 models" in two articles may well be two different years
        if len(found) == 1:
            sentence_years[(claim.article, claim.sentence_start, claim.metric)] |= found
    for claim in undated:
        tied = sentence_years.get((claim.article, claim.sentence_start, claim.metric), set())
        if len(tied) == 1:
            years[claim.claim_id] = next(iter(tied))
    return years


def agrees(a: Claim, b: Claim) -> bool:
    """True when a and b can be the same figure: the more precise one rounds to the less
    precise one, and each qualifier ("more than", a range) admits the other value."""
    if a.unit != b.unit:
        return False
    tolerance = max(_written_precision(a), _written_precision(b)) / 2
    tolerance += 1e-9 * max(abs(a.value), abs(b.value))
    if _is_bound(a) != _is_bound(b):
        bound, point = (a, b) if _is_bound(a) else (b, a)
        return _admits(bound, point.value, tolerance)  # "more than 40%" admits 43%
    return _admits(a, b.value, tolerance) and _admits(b, a.value, tolerance)


def _is_bound(claim: Claim) -> bool:
    """A claim that states an interval (a bound or a range) rather than a point."""
    return claim.value_max is not None or claim.qualifier in ("more_than", "at_least", "less_than", "at_most")


def _admits(claim: Claim, other: float, tolerance: float) -> bool:
    """Is `other` consistent with what `claim` states, within tolerance?"""
    if claim.qualifier in ("more_than", "at_least"):
        return other >= claim.value - tolerance
    if claim.qualifier in ("less_than", "at_most"):
        return other <= claim.value + tolerance
    if claim.value_max is not None:
        return claim.value - tolerance <= other <= claim.value_max + tolerance
    return abs(other - claim.value) <= tolerance


def _written_precision(claim: Claim) -> float:
    """An approximate round figure is only as precise as its last non-zero digit:
    "about 230,000" stands for anything from 225,000 to 235,000."""
    if claim.qualifier != "approx" or claim.precision <= 0:
        return claim.precision
    steps = round(abs(claim.value) / claim.precision)
    precision = claim.precision
    while steps and steps % 10 == 0:
        steps //= 10
        precision *= 10
    return precision


def cluster_values(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Split claims into groups of agreeing values; a claim joins the first group whose
    smallest and largest members it agrees with (the values between them are implied, so
    a figure repeated n times costs n comparisons, not n²). Sorted by value so the result
    does not depend on input order."""
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.value, c.claim_id)):
        for cluster in clusters:
            if agrees(claim, cluster[0]) and agrees(claim, cluster[-1]):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    return clusters


def _year_conflicts(country: str, metric: str, by_year: dict[int, list[Claim]]) -> list[Conflict]:
    """The same precise figure dated to two years by different articles: likely misdated."""
    dated = [c for year in sorted(by_year) for c in by_year[year]]
    conflicts = []
    for cluster in cluster_values(dated):
        years = sorted({c.year for c in cluster if c.year is not None})
        articles = {c.article for c in cluster}
        if len(years) > 1 and len(articles) > 1 and _significant_digits(cluster[0]) >= YEAR_CONFLICT_MIN_DIGITS:
            explanation = (
                f"{_country_metric(cluster[0])} is given as {cluster[0].value_text} for "
                f"{_join([str(y) for y in years])} by different articles; the same figure in "
                "different years suggests one of them is misdated."
            )
            conflicts.append(_conflict("year", country, metric, None, cluster, explanation))
    return conflicts


def _significant_digits(claim: Claim) -> int:
    if claim.precision <= 0 or claim.value == 0:
        return 1
    return max(1, math.floor(math.log10(abs(claim.value) / claim.precision)) + 1)


def _value_conflict(country: str, metric: str, year: int, clusters: list[list[Claim]]) -> Conflict:
    ranked = sorted(clusters, key=lambda c: (-len({x.article for x in c}), c[0].value))
    majority, outliers = ranked[0], ranked[1:]
    claims = [claim for cluster in ranked for claim in cluster]
    first = claims[0]
    parts = [
        f"{_values(cluster)} ({_articles(cluster)})" for cluster in [majority, *outliers]
    ]
    shared = {c.source_attribution for c in claims}
    source_note = (
        f" All cite {first.source_attribution}, so this is a transcription error, not a difference of method."
        if len(shared) == 1 and first.source_attribution
        else ""
    )
    majority_note = ""
    if len({x.article for x in majority}) > max(len({x.article for x in o}) for o in outliers):
        majority_note = f"; most sources give {_values(majority)}"
    undated_note = ""
    if any(c.year is None for c in claims):
        undated_note = (
            f" Claims without a year are placed in {year} because another figure of their sentence"
            f" is dated {year} elsewhere."
        )
    explanation = (
        f"{_country_metric(first)} in {year} is given as {' vs '.join(parts)}, "
        f"which differ beyond rounding{majority_note}.{source_note}{undated_note}"
    )
    return _conflict("value", country, metric, year, claims, explanation)


def _conflict(
    kind: str, country: str, metric: str, year: int | None, claims: Sequence[Claim], explanation: str
) -> Conflict:
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
    )


def _summary(claim: Claim) -> ConflictClaim:
    fields = ConflictClaim.model_fields
    return ConflictClaim(**{name: getattr(claim, name) for name in fields})


def _country_metric(claim: Claim) -> str:
    label = claim.metric_label[:1].upper() + claim.metric_label[1:]
    return f"{label} for {claim.country_name}"


def _values(cluster: Sequence[Claim]) -> str:
    return _join(sorted({c.value_text for c in cluster}))


def _articles(cluster: Sequence[Claim]) -> str:
    return ", ".join(sorted({c.article for c in cluster}))


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
