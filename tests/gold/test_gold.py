"""Gold evaluation: prints precision/recall and fails when strict F1 drops below its floor."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import GoldRecord, IgnoreRecord, evaluate, read_records

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
