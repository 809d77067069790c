"""Score extracted claims against hand-made gold (the `newsfacts eval` command).

Rule: claims are grouped by (article, country, metric, value), so a figure stated twice
counts once. A group matches a gold record with the same article and country, a value
equal to `value` or one of `value_ok` (relative tolerance 1e-6), and a gold keyword in
the claim's metric or metric_label. Strict matching also needs the year (`year` or one of
`year_ok`) when the gold year is not null. Groups matching an ignore record (article,
country, value) or only gold of another tier are not counted; every other group from
any article is a false positive.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import GoldFileError
from .models import Claim


class GoldRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    article: str
    country: str
    metric: str
    keywords: list[str]
    value: float
    value_ok: list[float] = []
    unit: str | None = None
    year: int | None = None
    year_ok: list[int] = []
    quote: str = ""
    tier: str = "core"


class IgnoreRecord(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    article: str
    country: str
    value: float


@dataclass
class Score:
    true_positives: int  # claim groups that match a gold record
    false_positives: int
    gold: int
    gold_found: int  # gold records matched by at least one group

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    loose: Score
    strict: Score
    misses: list[GoldRecord] = field(default_factory=list)
    wrong_year: list[tuple[GoldRecord, list[int | None]]] = field(default_factory=list)
    false_positives: list[Claim] = field(default_factory=list)


R = TypeVar("R", bound=BaseModel)


def read_records(path: Path, model: type[R]) -> list[R]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldFileError(f"{path}: cannot read ({err.strerror})") from err
    records = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(model.model_validate_json(line))
            except ValidationError as err:
                raise GoldFileError(f"{path}:{number}: {err.errors()[0]['msg']}") from err
    return records


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _matches(gold: GoldRecord, group: Sequence[Claim]) -> bool:
    claim = group[0]
    if claim.article != gold.article or claim.country != gold.country:
        return False
    if not any(_same(claim.value, v) for v in (gold.value, *gold.value_ok)):
        return False
    text = f"{claim.metric} {claim.metric_label}".lower()
    return any(keyword.lower() in text for keyword in gold.keywords)


def _year_ok(gold: GoldRecord, group: Sequence[Claim]) -> bool:
    if gold.year is None:
        return True
    return any(c.year in (gold.year, *gold.year_ok) for c in group)


def evaluate(
    gold: Sequence[GoldRecord], claims: Sequence[Claim], ignore: Sequence[IgnoreRecord] = (), tier: str | None = "core"
) -> Evaluation:
    """Score claims against the gold records of `tier` (all tiers when None)."""
    groups: dict[tuple[str, str, str, float], list[Claim]] = {}
    for claim in claims:
        groups.setdefault((claim.article, claim.country, claim.metric, claim.value), []).append(claim)
    scored_gold = [g for g in gold if tier is None or g.tier == tier]
    other_gold = [g for g in gold if g not in scored_gold]
    matched_loose: set[int] = set()
    matched_strict: set[int] = set()
    tp_loose = tp_strict = fp_loose = fp_strict = 0
    false_positives: list[Claim] = []
    for group in groups.values():
        claim = group[0]
        if any(
            i.article == claim.article and i.country == claim.country and _same(i.value, claim.value) for i in ignore
        ):
            continue
        candidates = [i for i, g in enumerate(scored_gold) if _matches(g, group)]
        if not candidates:
            if not any(_matches(g, group) for g in other_gold):
                fp_loose += 1
                fp_strict += 1
                false_positives.append(claim)
            continue
        free = [i for i in candidates if i not in matched_loose] or candidates
        matched_loose.add(free[0])
        tp_loose += 1
        strict = [i for i in candidates if _year_ok(scored_gold[i], group)]
        if strict:
            matched_strict.add(strict[0])
            tp_strict += 1
        else:
            fp_strict += 1
    misses = [g for i, g in enumerate(scored_gold) if i not in matched_loose]
    wrong_year = [
        (g, sorted({c.year for grp in groups.values() if _matches(g, grp) for c in grp}, key=str))
        for i, g in enumerate(scored_gold)
        if i in matched_loose and i not in matched_strict
    ]
    return Evaluation(
        loose=Score(tp_loose, fp_loose, len(scored_gold), len(matched_loose)),
        strict=Score(tp_strict, fp_strict, len(scored_gold), len(matched_strict)),
        misses=misses,
        wrong_year=wrong_year,
        false_positives=false_positives,
    )
