"""Runs over a growing store: nothing processed twice, nothing duplicated, nothing lost."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.errors import StoreError
from pipeline.models import StoreUpdate
from pipeline.run import ingest_paths, run_batch
from pipeline.settings import Settings
from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("claims.jsonl", "articles.jsonl", "conflicts.jsonl", "report.md", "report.html")
CHANGED = "101_meritalk-us-ahead-of-china-vibrancy.md"
DELETED = "003_b421b400f0a5eeaa.txt"
SMALL = ("000_5e9228e8853b5bd3.txt", DELETED, CHANGED)  # for tests that run often: spaCy is the cost


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", copy)
    return copy


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "small"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(ROOT / "corpus" / name, folder / name)
    return folder


def _settings(corpus: Path, out: Path, **values: object) -> Settings:
    return Settings(corpus=corpus, out=out, rules=ROOT / "rules", **values)


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def _no_spacy(*_: object) -> None:
    raise AssertionError("spaCy was loaded although no article needed extracting")


def test_incremental_unchanged_corpus_processes_nothing(corpus_run, corpus: Path, tmp_path: Path, monkeypatch) -> None:
    _, fresh = corpus_run
    out = tmp_path / "out"
    first = run_batch(_settings(corpus, out))
    assert first.update == StoreUpdate(new=15)
    _same_outputs(out, fresh)  # the store round trip changes no byte

    monkeypatch.setattr("pipeline.nlp.load_nlp", _no_spacy)
    second = run_batch(_settings(corpus, out))
    assert second.update == StoreUpdate(unchanged=15)
    _same_outputs(out, fresh)


def test_incremental_changed_file_replaces_its_claims(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = list(run_batch(_settings(small_corpus, out)).claims)  # RunResult.claims reads the store later
    before = [c for c in first if c.article == CHANGED and c.value_text == "$7.76 billion"]
    assert len(before) == 1
    path = small_corpus / CHANGED
    path.write_text(path.read_text(encoding="utf-8").replace("$7.76 billion", "$7.91 billion"), encoding="utf-8")
    second = run_batch(_settings(small_corpus, out))

    assert second.update == StoreUpdate(changed=1, unchanged=2)
    ids = [c.claim_id for c in second.claims]
    assert len(ids) == len(set(ids)) == len(first)
    changed = [c for c in second.claims if c.article == CHANGED and c.char_start == before[0].char_start]
    assert [(c.value_text, c.value) for c in changed] == [("$7.91 billion", 7.91e9)]
    assert not [c for c in second.claims if c.value_text == "$7.76 billion"]


def test_incremental_deleted_file_kept_until_pruned(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = list(run_batch(_settings(small_corpus, out)).claims)  # RunResult.claims reads the store later
    gone_claims = sum(c.article == DELETED for c in first)
    assert gone_claims > 0
    (small_corpus / DELETED).unlink()

    kept = run_batch(_settings(small_corpus, out))
    assert kept.update == StoreUpdate(unchanged=2, missing=1)
    assert DELETED in {a.article for a in kept.articles}
    assert list(kept.claims) == first

    pruned = run_batch(_settings(small_corpus, out), prune=True)
    assert pruned.update == StoreUpdate(unchanged=2, pruned=1)
    assert DELETED not in {json.loads(line)["article"] for line in (out / "articles.jsonl").open()}
    assert list(pruned.claims) == [c for c in first if c.article != DELETED]
    assert run_batch(_settings(small_corpus, out), prune=True).update == StoreUpdate(unchanged=2)


def test_incremental_ingest_one_file_equals_a_full_run(corpus_run, corpus: Path, tmp_path: Path) -> None:
    _, fresh = corpus_run
    late = corpus / "110_news1global-korea-ai-index-2025.md"
    held_back = tmp_path / late.name
    late.rename(held_back)
    out = tmp_path / "out"
    assert run_batch(_settings(corpus, out)).update == StoreUpdate(new=14)

    held_back.rename(late)
    added = ingest_paths(_settings(corpus, out), [late])
    assert added.update == StoreUpdate(new=1)
    _same_outputs(out, fresh)
    again = ingest_paths(_settings(corpus, out), [corpus])  # a folder: everything already there
    assert again.update == StoreUpdate(unchanged=15)


def test_incremental_ingest_path_outside_the_corpus_is_refused(corpus: Path, tmp_path: Path) -> None:
    stray = tmp_path / "stray.txt"
    stray.write_text("Korea's GDP grew 2% in 2023.")
    result = CliRunner().invoke(
        app, ["ingest", str(stray), "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]
    )
    assert result.exit_code == 2
    assert "is not under the corpus root" in " ".join(result.output.split())  # rich wraps long paths


def test_incremental_rules_change_re_extracts_every_article(small_corpus: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited-rules"  # another folder: load_rules caches by folder within a process
    shutil.copytree(ROOT / "rules", edited)
    with (edited / "numbers.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n# an edit: the rules' hash changes\n")
    out = tmp_path / "out"
    run_batch(_settings(small_corpus, out))
    assert run_batch(_settings(small_corpus, out)).update == StoreUpdate(unchanged=3)
    assert run_batch(Settings(corpus=small_corpus, out=out, rules=edited)).update == StoreUpdate(changed=3)


def test_incremental_store_of_another_corpus_is_refused(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    with Store(db) as store:
        store.bind_corpus(str(tmp_path / "other"))
    with pytest.raises(StoreError, match="holds the corpus"):
        run_batch(_settings(corpus, tmp_path / "out", db=db))


def test_incremental_export_csv_and_jsonl_match_claims_file(corpus_run, tmp_path: Path) -> None:
    _, out = corpus_run
    runner = CliRunner()
    jsonl = runner.invoke(app, ["export", "--format", "jsonl", "--out", str(out)])
    assert jsonl.exit_code == 0, jsonl.output
    assert jsonl.stdout == (out / "claims.jsonl").read_text(encoding="utf-8")

    target = tmp_path / "claims.csv"
    written = runner.invoke(app, ["export", "--format", "csv", "--db", str(out / "newsfacts.sqlite"), "--output", str(target)])
    assert written.exit_code == 0, written.output
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    records = [json.loads(line) for line in (out / "claims.jsonl").open()]
    assert len(rows) == len(records) > 0
    for row, record in zip(rows, records, strict=True):
        assert list(row) == list(record)
        assert row["claim_id"] == record["claim_id"]
        assert float(row["value"]) == record["value"]
        assert row["year"] == ("" if record["year"] is None else str(record["year"]))


@pytest.mark.parametrize(
    "store_content,message",
    [
        (None, "there is no claim store at"),
        (b"garbage" * 200, "is not a readable newsfacts store"),
    ],
)
def test_incremental_export_without_a_usable_store_exits_2(tmp_path: Path, store_content, message: str) -> None:
    db = tmp_path / "newsfacts.sqlite"
    if store_content is not None:
        db.write_bytes(store_content)
    result = CliRunner().invoke(app, ["export", "--db", str(db)])
    assert result.exit_code == 2
    assert message in " ".join(result.output.split())
    assert "Traceback" not in result.output


def test_incremental_cli_db_option_and_prune(small_corpus: Path, tmp_path: Path) -> None:
    out, db = tmp_path / "out", tmp_path / "elsewhere" / "claims.sqlite"
    runner = CliRunner()
    arguments = ["run", str(small_corpus), "--out", str(out), "--db", str(db)]
    assert runner.invoke(app, arguments).exit_code == 0
    assert db.is_file() and not (out / "newsfacts.sqlite").exists()
    (small_corpus / DELETED).unlink()

    kept = runner.invoke(app, arguments)
    assert kept.exit_code == 0
    assert "articles missing" in kept.stderr and "articles pruned" not in kept.stderr
    pruned = runner.invoke(app, [*arguments, "--prune"])
    assert pruned.exit_code == 0
    assert "articles pruned" in pruned.stderr
    assert [json.loads(line)["article"] for line in (out / "articles.jsonl").open()] == sorted(set(SMALL) - {DELETED})
