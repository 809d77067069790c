"""Trusted figures: load a reference CSV and flag every claim that disagrees with it.

The CSV has the header `country,metric,year,value,unit,source`, one trusted figure per
row (`KOR,rnd_budget,2024,26.5e12,KRW,Ministry of Science and ICT`). A value is as
precise as it is written ("7.76e9" is 7.755e9 to 7.765e9; "7760000000" is exact to the
unit), and a claim agrees with it under the same rounding rule as two claims do.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .agreement import admissible_interval, half_width, intervals_overlap
from .conflicts import ClaimsByKey, articles, country_metric, grouping_year, join, make_conflict, values
from .errors import ConfigError
from .models import ClaimFields, Conflict, TrustedFigure

REFERENCE_COLUMNS = ("country", "metric", "year", "value", "unit", "source")


class ReferenceFigure(BaseModel):
    """One row of a reference CSV."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3")
    metric: str = Field(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$")
    year: int
    value: str = Field(description="as written in the CSV, so its precision is known ('7.76e9')")
    unit: str = Field(min_length=1)
    source: str = Field(min_length=1, description="who publishes the trusted figure")
    line: int = Field(description="line of the CSV, for messages")

    @field_validator("value")
    @classmethod
    def _is_number(cls, text: str) -> str:
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"not a number: {text!r}") from None
        if not number.is_finite():
            raise ValueError(f"not a finite number: {text!r}")
        return text

    @property
    def interval(self) -> tuple[float, float]:
        number = Decimal(self.value)
        precision = float(Decimal(1).scaleb(number.as_tuple().exponent))  # type: ignore[arg-type]
        half = half_width(float(number), precision)
        return float(number) - half, float(number) + half


def load_reference(path: Path) -> list[ReferenceFigure]:
    """Read a reference CSV. Raises ConfigError naming the file, line and field of a bad row."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read the reference file ({err})") from err
    reader = csv.DictReader(text.splitlines())
    if tuple(reader.fieldnames or ()) != REFERENCE_COLUMNS:
        raise ConfigError(
            f"{path}:1: the header must be {','.join(REFERENCE_COLUMNS)}; found {','.join(reader.fieldnames or [])!r}"
        )
    figures = []
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise ConfigError(f"{path}:{reader.line_num}: expected {len(REFERENCE_COLUMNS)} columns")
        fields = {name: row[name].strip() for name in REFERENCE_COLUMNS}
        try:
            figures.append(ReferenceFigure(**fields, line=reader.line_num))  # type: ignore[arg-type]
        except ValidationError as err:
            first = err.errors()[0]
            column = ".".join(map(str, first["loc"]))
            raise ConfigError(f"{path}:{reader.line_num}: {column}: {first['msg']}") from err
    return figures


def reference_conflicts(
    by_key: ClaimsByKey, inferred: dict[str, int], figures: Sequence[ReferenceFigure]
) -> list[Conflict]:
    """One `reference` conflict per trusted figure that some claims contradict, listing them.
    A claim is checked against the rows of its country, metric, year and unit, and is
    fine when it agrees with any of them."""
    trusted: dict[tuple[str, str, str], dict[int, list[ReferenceFigure]]] = defaultdict(lambda: defaultdict(list))
    for figure in figures:
        trusted[(figure.country, figure.metric, figure.unit)][figure.year].append(figure)
    conflicts = []
    for key, by_year in trusted.items():
        off: dict[int, list[ClaimFields]] = defaultdict(list)
        for claim in by_key.get(key, []):
            year = grouping_year(claim, inferred)
            if year in by_year and not any(_agrees_with(claim, row) for row in by_year[year]):
                off[year].append(claim)
        for year, wrong in off.items():
            conflicts.append(_reference_conflict(year, by_year[year], wrong))
    return conflicts


def _reference_conflict(year: int, rows: list[ReferenceFigure], wrong: list[ClaimFields]) -> Conflict:
    wrong.sort(key=lambda c: (c.article, c.char_start))
    stated = join([f"{row.value} ({row.unit}) according to {row.source}" for row in rows])
    explanation = (
        f"{country_metric(wrong[0])} in {year} is {stated} (trusted reference), but "
        f"{values(wrong)} ({articles(wrong)}) {'differ' if len(wrong) > 1 else 'differs'} beyond rounding."
    )
    trusted = [TrustedFigure(value=row.value, unit=row.unit, source=row.source) for row in rows]
    return make_conflict("reference", rows[0].country, rows[0].metric, year, wrong, explanation, trusted)


def _agrees_with(claim: ClaimFields, row: ReferenceFigure) -> bool:
    claim_low, claim_high = admissible_interval(claim)
    row_low, row_high = row.interval
    return intervals_overlap(max(claim_low, row_low), min(claim_high, row_high))
