"""When two written figures can be the same number.

A figure stands for an interval: every number that rounds to it at the precision written
("$7.8 billion" is 7.75 to 7.85 billion), widened by its qualifier ("more than 40%" is
39.5% and up; "82 to 92 percent" is 81.5 to 92.5). Two figures agree when their intervals
overlap, so 8.7 agrees with 8.73 and $7.8 billion with $7.76 billion, but $7.26 billion
does not agree with $7.8 billion and 7.2 does not agree with 7.3 (they only touch).

Because agreement is interval overlap, a set of figures agrees pairwise exactly when all
their intervals share a point (intervals on a line have the Helly property). That lets
cluster_values sort once and sweep instead of comparing pairs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from operator import attrgetter

from .models import ClaimFields

#: relative float noise: 7.2 + 0.05 and 7.3 - 0.05 differ in the 16th digit, not by a real amount
FLOAT_NOISE = 1e-9

LOWER_BOUND_QUALIFIERS = frozenset({"more_than", "at_least"})
UPPER_BOUND_QUALIFIERS = frozenset({"less_than", "at_most"})


def admissible_interval(claim: ClaimFields) -> tuple[float, float]:
    """The numbers `claim` can stand for, as (low, high); an open side is infinite."""
    value, qualifier = claim.value, claim.qualifier
    half = half_width(value, written_precision(claim) if qualifier == "approx" else claim.precision)
    if qualifier in LOWER_BOUND_QUALIFIERS:
        return value - half, math.inf
    if qualifier in UPPER_BOUND_QUALIFIERS:
        return -math.inf, value + half
    top = claim.value_max
    return value - half, (value if top is None else top) + half


def half_width(value: float, precision: float) -> float:
    """Half the interval a figure written to `precision` stands for. It is never narrower
    than float noise, so an exact or very large figure still overlaps its own copy."""
    half = precision / 2
    noise = FLOAT_NOISE * (value if value > 1 else -value if value < -1 else 1.0)
    return half if half > noise else noise


def intervals_overlap(low: float, high: float) -> bool:
    """Is the common part [low, high] of some intervals more than float noise wide?
    Callers pass the largest low end and the smallest high end of the intervals."""
    if low == -math.inf or high == math.inf:
        return low < high
    scale = abs(high) if abs(high) > abs(low) else abs(low)
    return high - low > FLOAT_NOISE * scale


def values_agree(a: ClaimFields, b: ClaimFields) -> bool:
    """True when the numbers of a and b can be the same, whatever their units."""
    a_low, a_high = admissible_interval(a)
    b_low, b_high = admissible_interval(b)
    return intervals_overlap(max(a_low, b_low), min(a_high, b_high))


def agrees(a: ClaimFields, b: ClaimFields) -> bool:
    """True when a and b can be the same figure: same unit and overlapping intervals."""
    return a.unit == b.unit and values_agree(a, b)


def is_point(claim: ClaimFields) -> bool:
    """A claim that states one figure, not a bound or a range."""
    return claim.value_max is None and claim.qualifier in ("exact", "approx")


def written_precision(claim: ClaimFields) -> float:
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


def has_significant_digits(claim: ClaimFields, digits: int) -> bool:
    """Is the figure written with at least `digits` significant digits? ("7.26" has 3.)"""
    return claim.precision > 0 and abs(claim.value) >= claim.precision * 10 ** (digits - 1)


#: a claim with its interval: (low, high, claim id, position, claim). Tuples sort by low end,
#: then high end and id; the position (unique) keeps a sort from ever comparing two claims.
#: A plain tuple because a million of them are made: no key function, no extra objects.
Span = tuple[float, float, str, int, ClaimFields]
_VALUE_ORDER = attrgetter("value", "claim_id")


def spans_of(claims: Iterable[ClaimFields]) -> list[Span]:
    """Each claim with its admissible interval, sorted by low end (then high end, id)."""
    spans = [(*admissible_interval(claim), claim.claim_id, position, claim) for position, claim in enumerate(claims)]
    spans.sort()
    return spans


def cluster_values(claims: Iterable[ClaimFields]) -> list[list[ClaimFields]]:
    """Split claims into clusters whose members all agree with each other, ignoring units;
    members ordered by value, clusters by their smallest value."""
    clusters = sweep(spans_of(claims))
    for cluster in clusters:
        by_value(cluster)
    return sorted(clusters, key=lambda cluster: _VALUE_ORDER(cluster[0]))


def by_value(cluster: list[ClaimFields]) -> list[ClaimFields]:
    """Sort a cluster in place by value (then id), the order reports show; return it."""
    cluster.sort(key=_VALUE_ORDER)
    return cluster


def sweep(spans: Sequence[Span]) -> list[list[ClaimFields]]:
    """Cluster spans sorted by low end: a claim joins the current cluster while the
    cluster's common part (largest low end, smallest high end) still overlaps it, so every
    pair in a cluster agrees and the cost is linear. The order follows the spans, which
    does not depend on the order the claims came in."""
    clusters: list[list[ClaimFields]] = []
    common_high = -math.inf
    for low, high, _, _, claim in spans:
        narrowed = high if high < common_high else common_high
        if clusters and intervals_overlap(low, narrowed):  # sorted, so low is the largest low end
            clusters[-1].append(claim)
            common_high = narrowed
        else:
            clusters.append([claim])
            common_high = high
    return clusters
