"""Internal checks: an article whose stated change does not follow from its own figures.

"rose from KRW 705.1 billion to KRW 777.2 billion, a 10% increase" is consistent (10.2%);
"fell from 31.1 trillion won to 26.05 trillion won, a 5.2 trillion won cut" is not
(5.05). The check reads the claims of one sentence: a change claim (metric id ending in
`_change`, signed: a cut is negative) and exactly two claims of the same metric without
the suffix, the start and the end. The end is the later year when both are dated,
otherwise the later one in the text ("from X to Y"). Rounding is honoured: every value
stands for its interval (agreement.py), so the change they imply is an interval too.
"""

from __future__ import annotations

import math
from collections import defaultdict

from .agreement import admissible_interval, intervals_overlap, is_point
from .conflicts import ClaimsByKey, country_metric, grouping_year, make_conflict
from .models import ClaimFields, Conflict

CHANGE_SUFFIX = "_change"
PERCENT = "percent"
PERCENTAGE_POINTS = "percentage_points"


def internal_conflicts(by_key: ClaimsByKey, inferred: dict[str, int]) -> list[Conflict]:
    """One conflict for each stated change its sentence's start and end values do not give."""
    units_by_metric: dict[tuple[str, str], list[str]] = defaultdict(list)
    for country, metric, unit in by_key:
        units_by_metric[(country, metric)].append(unit)
    conflicts = []
    for (country, metric, change_unit), changes in by_key.items():
        base = metric.removesuffix(CHANGE_SUFFIX)
        if base == metric or (country, base) not in units_by_metric:
            continue
        figures: dict[tuple[str, int], list[ClaimFields]] = defaultdict(list)
        for unit in units_by_metric[(country, base)]:
            for claim in by_key[(country, base, unit)]:
                if is_point(claim):
                    figures[(claim.article, claim.sentence_start)].append(claim)
        for change in changes:
            pair = figures.get((change.article, change.sentence_start), [])
            if len(pair) != 2 or pair[0].unit != pair[1].unit:
                continue  # one figure, or three, or two units: no start and end to check against
            start, end = _start_and_end(pair[0], pair[1])
            implied = implied_changes(start, end, change_unit)
            stated_low, stated_high = admissible_interval(change)
            if not implied or any(
                intervals_overlap(max(stated_low, low), min(stated_high, high)) for low, high in implied
            ):
                continue
            year = grouping_year(end, inferred)
            explanation = _explain(start, end, change)
            conflicts.append(make_conflict("internal", country, base, year, [start, end, change], explanation))
    return conflicts


def _start_and_end(a: ClaimFields, b: ClaimFields) -> tuple[ClaimFields, ClaimFields]:
    """Earlier year first when the years differ and are known, else text order."""
    if a.year is not None and b.year is not None and a.year != b.year:
        return (a, b) if a.year < b.year else (b, a)
    return (a, b) if a.char_start < b.char_start else (b, a)


def implied_changes(start: ClaimFields, end: ClaimFields, change_unit: str) -> list[tuple[float, float]]:
    """The intervals a stated change in `change_unit` may fall in, given start and end.
    A change in percent of a percentage may mean either reading ("from 4% to 5%, up 1%"
    is loose, not wrong), so both are returned; an empty list means nothing can be checked."""
    start_low, start_high = admissible_interval(start)
    end_low, end_high = admissible_interval(end)
    difference = (end_low - start_high, end_high - start_low)
    relative = (
        [(100 * (end_low / start_high - 1), 100 * (end_high / start_low - 1))] if start_low > 0 else []
    )
    if change_unit == PERCENT:
        return relative + [difference] if start.unit == PERCENT else relative
    if change_unit == start.unit or (change_unit == PERCENTAGE_POINTS and start.unit == PERCENT):
        return [difference]
    return []


def _explain(start: ClaimFields, end: ClaimFields, change: ClaimFields) -> str:
    if change.unit == PERCENT and start.value > 0:
        implied = f"{100 * (end.value / start.value - 1):+.1f}%"
    else:
        implied = _signed(end.value - start.value, change.unit, min(start.precision, end.precision))
    stated = f"{change.value:+g}%" if change.unit == PERCENT else _signed(change.value, change.unit, change.precision)
    return (
        f"{change.article} says {country_metric(start)} went from {start.value_text} to "
        f"{end.value_text} and states a change of {stated} ({change.value_text}), but those two figures "
        f"give {implied}, beyond rounding: one of the three numbers is wrong."
    )


def _signed(amount: float, unit: str, precision: float) -> str:
    decimals = max(0, -math.floor(math.log10(precision))) if 0 < precision < 1 else 0
    return f"{amount:+,.{decimals}f} {unit.replace('_', ' ')}"
