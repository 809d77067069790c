"""Rank checks that need more than one country: two countries cannot both be first.

Two different ranks for one country, metric and year are found with the value checks
(reconcile.py names them `rank` conflicts); this module adds the check across countries.
"""

from __future__ import annotations

from collections import defaultdict
from .agreement import is_point
from .conflicts import COUNTRY_JOINER, ClaimsByKey, articles, grouping_year, join, make_conflict
from .models import ClaimFields, Conflict

RANK_UNIT = "rank"

#: only first place is checked across countries: lower places are shared more often
#: ("tied for third"), while "the world's top" is a claim a fact-checker will test
FIRST_PLACE = 1


def first_place_conflicts(by_key: ClaimsByKey, inferred: dict[str, int]) -> list[Conflict]:
    """Two countries placed first for one metric and year by different articles."""
    firsts: dict[tuple[str, int], list[ClaimFields]] = defaultdict(list)
    for (_, metric, unit), group in by_key.items():
        if unit != RANK_UNIT:
            continue
        for claim in group:
            year = grouping_year(claim, inferred)
            if claim.value == FIRST_PLACE and is_point(claim) and year is not None:
                firsts[(metric, year)].append(claim)
    conflicts = []
    for (metric, year), group in firsts.items():
        countries = sorted({c.country for c in group})
        if len(countries) < 2 or len({c.article for c in group}) < 2:
            continue
        group.sort(key=lambda c: (c.country, c.article, c.claim_id))
        named = [
            f"{next(c.country_name for c in group if c.country == code)} "
            f"({articles(c for c in group if c.country == code)})"
            for code in countries
        ]
        explanation = (
            f"{join(named)} are each ranked first in {group[0].metric_label} for {year}: "
            "only one country can be first in one ranking, so these cannot both be true."
        )
        conflicts.append(make_conflict("rank", COUNTRY_JOINER.join(countries), metric, year, group, explanation))
    return conflicts
