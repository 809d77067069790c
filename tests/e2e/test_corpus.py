"""End to end on the bundled corpus: the CLI writes every output, and they hold the contract."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import read_corpus
from pipeline.models import Article, Claim, Conflict, Document
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("claims.jsonl", "articles.jsonl", "conflicts.jsonl", "report.md", "report.html")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_corpus_run_cli_writes_every_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / name).stat().st_size > 0, name
    articles = [Article.model_validate(a) for a in _lines(tmp_path / "articles.jsonl")]
    assert len(articles) == len(list((ROOT / "corpus").iterdir()))
    assert all(a.status == "ok" for a in articles)


def test_corpus_run_cli_exits_2_on_missing_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(tmp_path / "nowhere"), "--out", str(tmp_path)])
    assert result.exit_code == 2


def test_corpus_claims_point_at_their_words(corpus_run) -> None:
    result, _ = corpus_run
    texts = {
        item.meta.article: item.text
        for item in read_corpus(ROOT / "corpus", Settings())
        if isinstance(item, Document)
    }
    assert result.claims
    for claim in result.claims:
        text = texts[claim.article]
        written = text[claim.char_start : claim.char_end]
        assert written == claim.value_text
        assert written in claim.sentence
        assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence


def test_corpus_claims_validate_against_exported_schema(corpus_run) -> None:
    _, out = corpus_run
    printed = CliRunner().invoke(app, ["schema"])
    assert printed.exit_code == 0
    schemas = json.loads(printed.stdout)
    for record in _lines(out / "claims.jsonl"):
        jsonschema.validate(record, schemas["Claim"])
    for record in _lines(out / "conflicts.jsonl"):
        jsonschema.validate(record, schemas["Conflict"])


def test_corpus_finds_china_2023_private_investment_disagreement(corpus_run) -> None:
    result, _ = corpus_run
    matching = [
        c for c in result.conflicts if (c.country, c.metric, c.year) == ("CHN", "ai_private_investment", 2023)
    ]
    assert len(matching) == 1
    conflict: Conflict = matching[0]
    assert conflict.kind == "value"
    values = {round(c.value / 1e9, 2) for c in conflict.claims}
    assert {7.26, 7.76, 7.8} <= values
    assert {c.article for c in conflict.claims} >= {
        "000_5e9228e8853b5bd3.txt",
        "101_meritalk-us-ahead-of-china-vibrancy.md",
        "102_blondellonline-us-leads-world-in-ai.md",
    }


def test_corpus_rounding_agreements_are_not_conflicts(corpus_run) -> None:
    result, _ = corpus_run
    flagged = {(c.country, c.metric, c.year) for c in result.conflicts if c.kind == "value"}
    assert ("USA", "ai_private_investment", 2023) not in flagged  # $67.2bn vs $67.22bn


def test_corpus_second_run_writes_identical_outputs(corpus_run, tmp_path: Path) -> None:
    _, first = corpus_run
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (first / name).read_bytes(), name


def test_corpus_claims_are_valid_models(corpus_run) -> None:
    _, out = corpus_run
    claims = [Claim.model_validate(record) for record in _lines(out / "claims.jsonl")]
    assert len({c.claim_id for c in claims}) == len(claims)
