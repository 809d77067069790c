"""Tests for pipeline.reference: loading a CSV of trusted figures and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.reference import load_reference

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "country,metric,year,value,unit,source\n"


def test_reference_loads_the_example_file() -> None:
    figures = load_reference(DATA / "reference.csv")
    assert [(f.country, f.metric, f.year, f.value, f.unit, f.line) for f in figures[:2]] == [
        ("CHN", "ai_private_investment", 2023, "7.76e9", "USD", 2),
        ("USA", "ai_private_investment", 2023, "67.22e9", "USD", 3),
    ]
    assert figures[0].source == "Stanford HAI AI Index 2024"


@pytest.mark.parametrize(
    "value,interval",
    [
        ("7.76e9", (7.755e9, 7.765e9)),  # as precise as written
        ("188300", (188_299.5, 188_300.5)),
        ("0.36", (0.355, 0.365)),
        ("-0.36", (-0.365, -0.355)),
    ],
)
def test_reference_value_is_as_precise_as_written(tmp_path: Path, value: str, interval: tuple[float, float]) -> None:
    path = tmp_path / "trusted.csv"
    path.write_text(HEADER + f"KOR,ai_talent_migration,2024,{value},per_10k,KCCI\n", encoding="utf-8")
    [figure] = load_reference(path)
    assert figure.interval == pytest.approx(interval)


@pytest.mark.parametrize(
    "text,message",
    [
        ("country,metric,year,value\nKOR,x,2024,1\n", "trusted.csv:1: the header must be country,metric,year,value,unit,source"),
        (HEADER + "KOR,rnd_budget,2024,26.5 trillion,KRW,MSIT\n", "trusted.csv:2: value: Value error, not a number: '26.5 trillion'"),
        (HEADER + "KOR,rnd_budget,2024,26.5e12,KRW,MSIT\nkor,rnd_budget,2024,1,KRW,MSIT\n", "trusted.csv:3: country:"),
        (HEADER + "KOR,R&D budget,2024,1,KRW,MSIT\n", "trusted.csv:2: metric:"),
        (HEADER + "KOR,rnd_budget,last year,1,KRW,MSIT\n", "trusted.csv:2: year:"),
        (HEADER + "KOR,rnd_budget,2024,1,KRW,\n", "trusted.csv:2: source:"),
        (HEADER + "KOR,rnd_budget,2024,1,KRW\n", "trusted.csv:2: expected 6 columns"),
        (HEADER + "KOR,rnd_budget,2024,1,KRW,MSIT,extra\n", "trusted.csv:2: expected 6 columns"),
        (HEADER + "KOR,rnd_budget,2024,nan,KRW,MSIT\n", "trusted.csv:2: value: Value error, not a finite number"),
    ],
)
def test_reference_bad_row_names_file_line_and_column(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "trusted.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_reference(path)
    assert message in str(raised.value)


def test_reference_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the reference file"):
        load_reference(tmp_path / "missing.csv")
