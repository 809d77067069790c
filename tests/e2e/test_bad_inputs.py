"""tests/data/bad, plus a huge file and a link out of the corpus, through one batch run:
every file accounted for, the good ones extracted, and a second run reads none of them."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from pipeline.models import Reason, StoreUpdate
from pipeline.run import run_batch
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"

#: (article, status, reason) in the order of articles.jsonl: the outcomes of tests/data/bad
#: (tests/data/bad-outcomes.jsonl) plus the two files this test adds
ADDED = [("huge.txt", "rejected", Reason.TOO_LARGE), ("link_out.txt", "rejected", Reason.SYMLINK)]
EXPECTED = sorted(
    [(r["article"], r["status"], r["reason"]) for r in map(json.loads, (BAD.parent / "bad-outcomes.jsonl").read_text().splitlines())]
    + ADDED,
    key=lambda row: row[0],
)


@pytest.fixture
def bad_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "bad"
    shutil.copytree(BAD, corpus)
    with (corpus / "huge.txt").open("wb") as handle:  # sparse: the size is there, the bytes are not
        handle.truncate(Settings().max_bytes + 1)
    outside = tmp_path / "outside.txt"
    outside.write_text("Korea's unemployment rate was 2.7% in 2023.", encoding="utf-8")
    os.symlink(outside, corpus / "link_out.txt")
    return corpus


def test_bad_inputs_one_batch_accounts_for_every_file(bad_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    result = run_batch(Settings(corpus=bad_corpus, out=out, rules=ROOT / "rules"))

    written = [json.loads(line) for line in (out / "articles.jsonl").open(encoding="utf-8")]
    assert [(a["article"], a["status"], a["reason"]) for a in written] == EXPECTED
    on_disk = {path.name for path in bad_corpus.iterdir() if not path.name.startswith(".")}
    assert {a["article"].split("#")[0] for a in written} == on_disk
    assert result.update == StoreUpdate(new=len(EXPECTED))
    assert result.summary.articles_rejected == sum(status == "rejected" for _, status, _ in EXPECTED)
    claims = list(result.claims)  # result.claims reads the store: keep this run's
    assert {c.article for c in claims} == {"good.html", "latin1.txt", "mixed.jsonl#3", "mixed.jsonl#a1"}

    def refuse(*_: object) -> None:
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr("pipeline.ingest.CorpusReader.read", refuse)
    again = run_batch(Settings(corpus=bad_corpus, out=out, rules=ROOT / "rules"))
    assert again.update == StoreUpdate(unchanged=len(EXPECTED))
    assert list(again.claims) == claims


def test_bad_inputs_an_extractor_failure_rejects_that_article_and_the_run_goes_on(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text("Korea's unemployment rate was 2.7% in 2023.", encoding="utf-8")
    (corpus / "b_trips.txt").write_text("Japan's unemployment rate was 2.6% in 2023.", encoding="utf-8")
    from pipeline.claims import ClaimExtractor

    extract = ClaimExtractor.extract

    def trips_on_b(self, doc, document):  # a stand-in for an extractor bug on one text
        if document.meta.article == "b_trips.txt":
            raise IndexError("list index out of range")
        return extract(self, doc, document)

    monkeypatch.setattr(ClaimExtractor, "extract", trips_on_b)
    out = tmp_path / "out"
    result = run_batch(Settings(corpus=corpus, out=out, rules=ROOT / "rules"))

    written = {a["article"]: a for a in map(json.loads, (out / "articles.jsonl").open(encoding="utf-8"))}
    assert (written["b_trips.txt"]["status"], written["b_trips.txt"]["reason"]) == ("rejected", Reason.EXTRACTION)
    assert "IndexError: list index out of range" in written["b_trips.txt"]["detail"]
    assert written["a_good.txt"]["status"] == "ok"
    assert [(c.article, c.country) for c in result.claims] == [("a_good.txt", "KOR")]
