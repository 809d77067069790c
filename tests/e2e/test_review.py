"""`newsfacts review`: a decision recorded in the store survives re-runs and shows in every output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[2]
#: two articles that disagree on China's 2023 private AI investment ($7.26bn vs $7.76bn)
ARTICLES = ["000_5e9228e8853b5bd3.txt", "101_meritalk-us-ahead-of-china-vibrancy.md"]


def _conflicts(out: Path) -> dict[str, dict]:
    lines = (out / "conflicts.jsonl").read_text().splitlines()
    return {c["conflict_id"]: c for c in map(json.loads, lines)}


def test_review_survives_a_rerun_and_shows_in_reports(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    for name in ARTICLES:
        shutil.copy(ROOT / "corpus" / name, corpus / name)
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"]).exit_code == 0
    china = next(c for c in _conflicts(out).values() if c["country"] == "CHN")
    assert china["status"] == "open"

    note = "AI Index 2024 says $7.76bn; <b>7.26</b> is a typo"
    result = runner.invoke(app, ["review", china["conflict_id"][:8], "--status", "resolved", "--note", note, "--out", str(out)])
    assert result.exit_code == 0, result.output
    reviewed = _conflicts(out)[china["conflict_id"]]
    assert (reviewed["status"], reviewed["review_note"]) == ("resolved", note)
    assert "&lt;b&gt;7.26&lt;/b&gt; is a typo" in (out / "report.html").read_text()

    assert runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"]).exit_code == 0
    after = _conflicts(out)[china["conflict_id"]]
    assert (after["status"], after["review_note"]) == ("resolved", note)
    shown = runner.invoke(app, ["show", china["conflict_id"], "--out", str(out)], env={"COLUMNS": "200"})
    assert "review: resolved" in shown.output


def test_review_of_an_unknown_conflict_exits_2(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / ARTICLES[0], corpus / ARTICLES[0])
    runner = CliRunner()
    assert runner.invoke(app, ["run", str(corpus), "--out", str(out), "--quiet"]).exit_code == 0
    result = runner.invoke(app, ["review", "ffffffff", "--status", "dismissed", "--out", str(out)])
    assert result.exit_code == 2
    assert "matches no conflict" in result.output
