"""Gold evaluation: prints precision/recall and fails when strict F1 drops below its floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate import GoldRecord, IgnoreRecord, evaluate, read_records
from pipeline.run import run_batch
from pipeline.settings import Settings

GOLD = Path(__file__).resolve().parent


def test_gold_core_f1_at_least_pinned_floor(corpus_run) -> None:
    result, _ = corpus_run
    floors = json.loads((GOLD / "floors.json").read_text())
    gold = read_records(GOLD / "corpus-gold.jsonl", GoldRecord)
    ignore = read_records(GOLD / "corpus-gold.ignore.jsonl", IgnoreRecord)
    scored = evaluate(gold, result.claims, ignore, tier="core")
    for name, score in (("loose", scored.loose), ("strict", scored.strict)):
        print(f"gold core {name}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert scored.strict.f1 >= floors["core_strict_f1"]
    assert scored.loose.f1 >= floors["core_loose_f1"]


@pytest.mark.parametrize("name", ["heldout", *(f"heldout{n}" for n in range(2, 19))])
def test_heldout_f1_at_least_pinned_floor(tmp_path_factory, name: str) -> None:
    """The synthetic held-out sets (tests/heldout*): rules that only fit corpus/ show here."""
    heldout = GOLD.parent / name
    settings = Settings(corpus=heldout / "corpus", out=tmp_path_factory.mktemp(name), rules=GOLD.parents[1] / "rules")
    result = run_batch(settings)
    floors = json.loads((GOLD / "floors.json").read_text())
    gold = read_records(heldout / "gold.jsonl", GoldRecord)
    ignore = read_records(heldout / "gold.ignore.jsonl", IgnoreRecord)
    scored = evaluate(gold, result.claims, ignore, tier="core")
    for kind, score in (("loose", scored.loose), ("strict", scored.strict)):
        print(f"{name} core {kind}: P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert scored.strict.f1 >= floors[f"{name}_strict_f1"]
    assert scored.loose.f1 >= floors[f"{name}_loose_f1"]
