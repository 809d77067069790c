"""Tests for pipeline.rules: the real rules load, every metric's examples hold, and broken rule
files fail with a RuleFileError that names the file and the field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from pipeline.errors import NewsfactsError, RuleFileError
from pipeline.metrics import MetricFinder
from pipeline.rules import RuleSet, hash_rules, load_rules

RULES = Path(__file__).resolve().parents[2] / "rules"
RULE_SET = load_rules(RULES)
FINDER = MetricFinder(RULE_SET.metrics)

# Rows of metric examples known to fail today: (metric id, "match"|"no_match", sentence) -> reason.
KNOWN_FAILURES: dict[tuple[str, str, str], str] = {}


def _example_rows() -> list[object]:
    rows = []
    for metric in RULE_SET.metrics.metrics:
        for expected, sentences in (("match", metric.examples.match), ("no_match", metric.examples.no_match)):
            for index, sentence in enumerate(sentences):
                key = (metric.id, expected, sentence)
                marks = (
                    [pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[key])] if key in KNOWN_FAILURES else []
                )
                rows.append(pytest.param(metric.id, expected, sentence, id=f"{metric.id}-{expected}-{index}", marks=marks))
    return rows


def test_rules_load_rules_returns_metric_vocabulary() -> None:
    assert isinstance(RULE_SET, RuleSet)
    written = yaml.safe_load((RULES / "metrics.yaml").read_text(encoding="utf-8"))["metrics"]
    assert [m.id for m in RULE_SET.metrics.metrics] == [entry["id"] for entry in written]
    by_id = {m.id: m for m in RULE_SET.metrics.metrics}
    assert (by_id["ai_private_investment"].label, by_id["ai_private_investment"].unit) == (
        "private AI investment",
        "USD",
    )
    assert "private investment" in by_id["ai_private_investment"].triggers
    assert RULE_SET.sha256 == hash_rules(RULES)
    assert len(RULE_SET.sha256) == 64


def test_rules_load_rules_is_cached_per_folder() -> None:
    assert load_rules(RULES) is RULE_SET


@pytest.mark.parametrize("metric_id,expected,sentence", _example_rows())
def test_rules_metric_examples_select_their_metric(metric_id: str, expected: str, sentence: str) -> None:
    found = [hit.metric.id for hit in FINDER.find(sentence)]
    if expected == "match":
        assert metric_id in found, f"{metric_id} not found in {sentence!r}; hits: {found}"
    else:
        assert metric_id not in found, f"{metric_id} wrongly found in {sentence!r}"


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    """A private copy of rules/ that a test may break."""
    folder = tmp_path / "rules"
    shutil.copytree(RULES, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_rules_copy_of_real_rules_loads(rules_copy: Path) -> None:
    loaded = load_rules(rules_copy)
    assert loaded.metrics == RULE_SET.metrics
    assert loaded.sha256 == RULE_SET.sha256


def test_rules_duplicate_yaml_key_names_the_file(rules_copy: Path) -> None:
    path = rules_copy / "numbers.yaml"
    _edit(path, 'percent: ["%"', 'percent: ["pct"]\npercent: ["%"')
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    message = str(raised.value)
    assert message.startswith(f"{path}: invalid YAML:")
    assert "duplicate key 'percent'" in message


def test_rules_duplicate_nested_key_names_the_file(rules_copy: Path) -> None:
    path = rules_copy / "countries.yaml"
    _edit(path, "  AFG:  # Afghanistan\n", "  AGO:\n    aliases: []\n  AFG:  # Afghanistan\n")
    with pytest.raises(RuleFileError, match="duplicate key 'AGO'") as raised:
        load_rules(rules_copy)
    assert str(raised.value).startswith(f"{path}: ")


@pytest.mark.parametrize(
    "filename,old,new,location",
    [
        (
            "metrics.yaml",
            "  - id: ai_private_investment\n",
            "  - id: ai_private_investment\n    colour: red\n",
            "metrics.0.colour: Extra inputs are not permitted",
        ),
        (
            "numbers.yaml",
            "year_span: {min: 1800, max: 2100}",
            "year_span: {min: 1800, max: 2100, step: 1}",
            "year_span.step: Extra inputs are not permitted",
        ),
        ("numbers.yaml", "scales:\n", "scale_words: []\nscales:\n", "scale_words: Extra inputs are not permitted"),
    ],
)
def test_rules_unknown_field_names_file_and_field_path(
    rules_copy: Path, filename: str, old: str, new: str, location: str
) -> None:
    path = rules_copy / filename
    _edit(path, old, new)
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    assert str(raised.value).splitlines() == [f"{path}: {location}"]


def test_rules_wrong_type_names_file_and_field_path(rules_copy: Path) -> None:
    path = rules_copy / "metrics.yaml"
    _edit(path, "  - id: ai_private_investment\n    label: private AI investment\n", "  - id: ai_private_investment\n    label: [private]\n")
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    assert str(raised.value).startswith(f"{path}: metrics.0.label: ")


@pytest.mark.parametrize(
    "code",
    [
        "XXX",
        "UK",
        "kor",
    ],
)
def test_rules_invalid_iso_code_is_rejected(rules_copy: Path, code: str) -> None:
    path = rules_copy / "countries.yaml"
    _edit(path, "  AFG:  # Afghanistan\n", f"  {code}:\n    aliases: [Nowhere]\n  AFG:  # Afghanistan\n")
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    message = str(raised.value)
    assert message.startswith(f"{path}: countries: ")
    assert f"not ISO 3166-1 alpha-3 codes: {code}" in message


def test_rules_shared_currency_name_must_be_read(rules_copy: Path) -> None:
    path = rules_copy / "numbers.yaml"
    _edit(path, "    pesos: MXN\n", "")
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    assert "shared currency names missing from 'after': pesos" in str(raised.value)


def test_rules_duplicate_metric_id_is_rejected(rules_copy: Path) -> None:
    path = rules_copy / "metrics.yaml"
    _edit(path, "  - id: ai_patents\n", "  - id: ai_private_investment\n")
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    assert str(raised.value).startswith(f"{path}: metrics: ")
    assert "metric id 'ai_private_investment' is defined twice" in str(raised.value)


def test_rules_missing_folder_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-rules"
    with pytest.raises(RuleFileError, match="rules folder not found") as raised:
        load_rules(missing)
    assert str(raised.value).startswith(str(missing))
    assert isinstance(raised.value, NewsfactsError)


def test_rules_missing_file_names_the_file(rules_copy: Path) -> None:
    path = rules_copy / "cues.yaml"
    path.unlink()
    with pytest.raises(RuleFileError) as raised:
        load_rules(rules_copy)
    assert str(raised.value) == f"{path}: cannot read (No such file or directory)"
