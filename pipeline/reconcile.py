"""Reconcile claims across articles: group what should agree, flag what does not.

Claims are grouped by key (a dict), never by comparing all pairs, and values inside a
group are clustered with one sort (see agreement.py), so the cost grows as n log n.
Each kind of conflict has its own check: `value` and `rank` (one key and year, figures
that cannot both be true), `year` (one figure, two years), `unit` (one figure, two
currencies), `internal` (internal.py: a stated change that its own start and end values
do not give) and `reference` (reference.py: a figure that disagrees with a trusted one).
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from .agreement import (
    Span,
    agrees,
    by_value,
    cluster_values,
    has_significant_digits,
    intervals_overlap,
    is_point,
    spans_of,
    sweep,
)
from .conflicts import (
    ClaimsByKey,
    articles,
    attribution_tokens,
    country_metric,
    grouping_year,
    join,
    make_conflict,
    source_note,
    values,
)
from .internal import internal_conflicts
from .models import ClaimFields, Conflict
from .ranks import RANK_UNIT, first_place_conflicts
from .reference import ReferenceFigure, reference_conflicts

__all__ = ["agrees", "cluster_values", "infer_years", "reconcile"]

#: a figure with this many significant digits repeated in two articles is unlikely to be chance,
#: so it can date an undated claim, and repeated for two years it suggests a misdating
YEAR_CONFLICT_MIN_DIGITS = 3

#: the Claim contract writes money as an ISO 4217 code and every other unit as a lower-case id
MONEY_UNIT = re.compile(r"[A-Z]{3}")


@dataclass
class _KeyIndex:
    """The sorted spans of one (country, metric, unit) key, split in one pass by what each check needs."""

    by_year: dict[int, list[Span]] = field(default_factory=lambda: defaultdict(list))
    dated_points: list[Span] = field(default_factory=list)  # can date an undated figure
    distinctive: list[Span] = field(default_factory=list)  # dated and unlikely to recur by chance: can reveal a misdating
    undated: list[Span] = field(default_factory=list)


def reconcile(claims: Iterable[ClaimFields], reference: Sequence[ReferenceFigure] = ()) -> list[Conflict]:
    """Every conflict among `claims` (and against `reference`, trusted figures), in a stable order."""
    with _cycle_collector_paused():
        return _reconcile(claims, reference)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """reconcile makes a tuple per claim while every claim is alive, and each full collection
    that triggers rescans all of them: about 3 of 7 seconds for 1,000,000 claims. Nothing
    here forms a reference cycle (reference counting frees it all), so the cycle collector
    rests until reconcile returns, then is left as the caller had it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _reconcile(claims: Iterable[ClaimFields], reference: Sequence[ReferenceFigure]) -> list[Conflict]:
    by_key: ClaimsByKey = defaultdict(list)
    for claim in claims:
        by_key[(claim.country, claim.metric, claim.unit)].append(claim)
    indexes = {key: _index(spans_of(group)) for key, group in by_key.items()}
    inferred, from_source = infer_years(indexes)
    conflicts: list[Conflict] = []
    for (country, metric, unit), index in indexes.items():
        for span in index.undated:
            claim_id = span[2]
            if claim_id in inferred:
                bucket = index.by_year[inferred[claim_id]]
                bucket.append(span)
                bucket.sort()  # few undated figures are ever tied to a year
        for year, dated in index.by_year.items():
            clusters = sweep(dated)
            if len(clusters) > 1 and len({span[-1].article for span in dated}) > 1:
                conflicts.append(_disagreement(country, metric, unit, year, clusters, from_source))
        if len(index.by_year) > 1:  # a misdating needs two years
            conflicts.extend(_year_conflicts(country, metric, index.distinctive))
    conflicts.extend(_unit_conflicts(by_key, inferred))
    conflicts.extend(first_place_conflicts(by_key, inferred))
    conflicts.extend(internal_conflicts(by_key, inferred))
    conflicts.extend(reference_conflicts(by_key, inferred, reference))
    return sorted(conflicts, key=lambda c: (c.country, c.metric, c.year or 0, c.kind, c.conflict_id))


def _index(spans: list[Span]) -> _KeyIndex:
    index = _KeyIndex()
    for span in spans:
        claim = span[-1]
        if claim.year is None:
            index.undated.append(span)
            continue
        index.by_year[claim.year].append(span)
        if is_point(claim):
            index.dated_points.append(span)
        if has_significant_digits(claim, YEAR_CONFLICT_MIN_DIGITS) or claim.rank_of is not None:
            index.distinctive.append(span)
    return index


def infer_years(indexes: dict[tuple[str, str, str], _KeyIndex]) -> tuple[dict[str, int], set[str]]:
    """A year for each undated claim that another signal ties to one, and the ids of those
    tied by their source. The first signal is a figure of its sentence (same metric) that
    other articles state with exactly one year: "the U.S. dominated with $67.2 billion,
    followed by China at $7.26 billion" is about 2023 when others date the $67.2 billion.
    The second is its attributed source: when other articles date this country's figures
    for the metric from the same source to exactly one year, it is that year's figure.
    Dated figures are sorted per key, so each lookup is a binary search."""
    inferred: dict[str, int] = {}
    sentence_years: dict[tuple[str, int, str], set[int]] = defaultdict(set)
    for index in indexes.values():
        if index.undated and index.dated_points:
            _tie_sentences(index, sentence_years)
    for index in indexes.values():
        for span in index.undated:
            claim = span[-1]
            tied = sentence_years.get((claim.article, claim.sentence_start, claim.metric), set())
            if len(tied) == 1:
                inferred[claim.claim_id] = next(iter(tied))
    from_source = _tie_sources(indexes, inferred)
    return inferred, from_source


def _tie_sources(indexes: dict[tuple[str, str, str], _KeyIndex], inferred: dict[str, int]) -> set[str]:
    """Date undated claims (not tied by their sentence) by their attributed source; return their
    ids. A source that dates figures to several years anywhere (a report with 2022 and 2023
    data) cannot tell which year an undated figure of it is."""
    source_years: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index in indexes.values():
        for year, spans in index.by_year.items():
            for span in spans:
                if span[-1].source_attribution:
                    source_years[attribution_tokens(span[-1].source_attribution)].add(year)
    tied: set[str] = set()
    for index in indexes.values():
        cited = [span[-1] for span in index.undated if span[-1].source_attribution and span[2] not in inferred]
        if not cited:
            continue
        dated_by_source: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
        for year, spans in index.by_year.items():
            for span in spans:
                if span[-1].source_attribution:
                    dated_by_source[attribution_tokens(span[-1].source_attribution)].append((year, span[-1].article))
        for claim in cited:
            tokens = attribution_tokens(claim.source_attribution or "")
            if len(source_years[tokens]) > 1:
                continue
            entries = dated_by_source.get(tokens, [])
            years = {year for year, article in entries if article != claim.article}
            if len(years) == 1:
                inferred[claim.claim_id] = next(iter(years))
                tied.add(claim.claim_id)
    return tied


def _tie_sentences(index: _KeyIndex, sentence_years: dict[tuple[str, int, str], set[int]]) -> None:
    """Record, for each precise undated figure of one key, the years other articles give it."""
    dated = index.dated_points
    lows = [span[0] for span in dated]
    widest = max(span[1] - span[0] for span in dated)
    for low, high, _, _, claim in index.undated:
        if not is_point(claim) or not has_significant_digits(claim, YEAR_CONFLICT_MIN_DIGITS):
            continue  # "15 models" in two articles may well be two different years
        # an interval that overlaps [low, high] starts after low - widest and before high
        window = dated[bisect_left(lows, low - widest) : bisect_left(lows, high)]
        found = {
            other.year
            for other_low, other_high, _, _, other in window
            if other.article != claim.article and intervals_overlap(max(low, other_low), min(high, other_high))
        }
        if len(found) == 1:
            sentence_years[(claim.article, claim.sentence_start, claim.metric)] |= found


def _disagreement(
    country: str, metric: str, unit: str, year: int, clusters: list[list[ClaimFields]], from_source: set[str]
) -> Conflict:
    """Figures for one key and year that cannot all be true: a `rank` conflict for ranks,
    a `value` conflict otherwise. The majority value leads, outliers follow."""
    ranked = sorted((by_value(c) for c in clusters), key=lambda c: (-len({x.article for x in c}), c[0].value))
    majority, outliers = ranked[0], ranked[1:]
    claims = [claim for cluster in ranked for claim in cluster]
    parts = [f"{values(cluster)} ({articles(cluster)})" for cluster in ranked]
    majority_note = ""
    if len({x.article for x in majority}) > max(len({x.article for x in o}) for o in outliers):
        majority_note = f"; most sources give {values(majority)}"
    undated_note = _undated_note([c for c in claims if c.year is None], year, from_source)
    kind, why = ("rank", "ranks in one ranking that cannot both be true") if unit == RANK_UNIT else (
        "value",
        "which differ beyond rounding",
    )
    explanation = (
        f"{country_metric(claims[0])} in {year} is given as {' vs '.join(parts)}, {why}{majority_note}."
        f"{source_note(claims, 'so this is a transcription error, not a difference of method')}{undated_note}"
    )
    return make_conflict(kind, country, metric, year, claims, explanation)


def _undated_note(undated: list[ClaimFields], year: int, from_source: set[str]) -> str:
    """Why claims without a year are in a conflict about `year`, for each signal used."""
    notes = []
    if any(c.claim_id not in from_source for c in undated):
        notes.append(
            f" Claims without a year are placed in {year} because another figure of their sentence"
            f" is dated {year} elsewhere."
        )
    if any(c.claim_id in from_source for c in undated):
        sources = join(sorted({c.source_attribution or "" for c in undated if c.claim_id in from_source}))
        notes.append(
            f" Claims without a year that cite {sources} are placed in {year},"
            " the year other articles give figures from that source."
        )
    return "".join(notes)


def _year_conflicts(country: str, metric: str, distinctive: list[Span]) -> list[Conflict]:
    """The same figure dated to two years by different articles: likely misdated. A short
    figure ("15 models") recurs by chance, so only figures of three or more significant
    digits come here, and ranks that say the size of their field: "6th out of 62" in two
    articles is one place in one edition of a ranking, while two editions rarely rank the
    same number of countries. Ranks in fields of different sizes are different places."""
    conflicts = []
    for cluster in sweep(distinctive):
        by_value(cluster)
        fields: dict[int | None, list[Claim]] = defaultdict(list)
        for claim in cluster:
            fields[claim.rank_of].append(claim)
        for same in fields.values():
            years = sorted({c.year for c in same if c.year is not None})
            if len(years) > 1 and len({c.article for c in same}) > 1:
                conflicts.append(_year_conflict(country, metric, years, same))
    return conflicts


def _year_conflict(country: str, metric: str, years: list[int], same: list[Claim]) -> Conflict:
    first = same[0]
    figure, same_what = (first.value_text, "figure") if first.rank_of is None else (
        f"{first.value_text} out of {first.rank_of}",
        "place in a field of the same size",
    )
    dated = [f"{year} ({articles(c for c in same if c.year == year)})" for year in years]
    explanation = (
        f"{country_metric(first)} is given as {figure} for {join(dated)} by different articles; "
        f"the same {same_what} in different years suggests one of them is misdated."
        f"{source_note(same, 'so one article has the year of that report wrong')}"
    )
    return make_conflict("year", country, metric, None, same, explanation)


def _unit_conflicts(by_key: ClaimsByKey, inferred: dict[str, int]) -> list[Conflict]:
    """The same figure in two currencies for one country, metric and year ("$4.5 billion" vs
    "£4.5 billion"): a currency is wrong. Only money is compared: "rose 2 points to 40%"
    states two different figures, and a count and a rate are different measures."""
    currencies: dict[tuple[str, str], list[str]] = defaultdict(list)
    for country, metric, unit in by_key:
        if MONEY_UNIT.fullmatch(unit):
            currencies[(country, metric)].append(unit)
    conflicts = []
    for (country, metric), units in currencies.items():
        if len(units) < 2:
            continue
        by_year: dict[int, list[ClaimFields]] = defaultdict(list)
        for unit in units:
            for claim in by_key[(country, metric, unit)]:
                year = grouping_year(claim, inferred)
                if year is not None:
                    by_year[year].append(claim)
        for year, group in by_year.items():
            for cluster in cluster_values(group):
                if len({c.unit for c in cluster}) > 1:
                    conflicts.append(_unit_conflict(country, metric, year, cluster))
    return conflicts


def _unit_conflict(country: str, metric: str, year: int, cluster: list[ClaimFields]) -> Conflict:
    by_unit = [
        f"{values(c for c in cluster if c.unit == unit)} in {unit} ({articles(c for c in cluster if c.unit == unit)})"
        for unit in sorted({c.unit for c in cluster})
    ]
    explanation = (
        f"{country_metric(cluster[0])} in {year} is given as {' and as '.join(by_unit)}: "
        "the same figure in different currencies, so at least one currency is wrong."
    )
    return make_conflict("unit", country, metric, year, cluster, explanation)
