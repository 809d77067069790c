"""The claim store: migrations, per-source replacement, pruning, reviews and clear errors."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import StoreError
from pipeline.models import Article, Claim, Reason
from pipeline.store import SCHEMA_VERSION, SourceState, Store

EXTRACTOR = "e" * 64


def _article(name: str, **fields: object) -> Article:
    return Article(article=name, sha256="a" * 64, **fields)


def _claim(article: str, char_start: int, value: float = 1.0, country: str = "KOR") -> Claim:
    return Claim(
        claim_id=f"{article}:{char_start}",
        article=article,
        country=country,
        country_name="Korea",
        metric="gdp_growth",
        metric_label="GDP growth",
        value=value,
        value_text=str(value),
        precision=0.1,
        unit="percent",
        sentence="s",
        sentence_start=0,
        char_start=char_start,
        char_end=char_start + 1,
        rule_id="test",
    )


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_store_new_file_has_current_schema(tmp_store: Store) -> None:
    assert tmp_store.schema_version() == SCHEMA_VERSION == 2
    assert {"meta", "sources", "articles", "claims", "reviews"} <= _tables(tmp_store.path)


def test_store_migrates_an_older_store_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with Store(path, migrate_to=1) as old:
        old.replace_source("a.txt", "sha256:1", EXTRACTOR, [_article("a.txt", n_claims=1)], [_claim("a.txt", 5)])
        assert old.schema_version() == 1
    assert "reviews" not in _tables(path)

    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.sources() == {"a.txt": SourceState("sha256:1", EXTRACTOR, 1)}
        assert [c.claim_id for c in store.claims()] == ["a.txt:5"]
        store.set_review("c1", "dismissed")
        assert [r.status for r in store.reviews()] == ["dismissed"]


def test_store_from_a_newer_version_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match=r"schema version 3, newer than this newsfacts understands \(2\)"):
        Store(path)


@pytest.mark.parametrize(
    "content",
    [b"this is not a database, just text" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged header"],
)
def test_store_corrupt_file_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="is not a readable newsfacts store .* pass another --db"):
        Store(path)


def test_store_path_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot be opened"):
        Store(blocker / "store.sqlite")


def test_store_replace_source_replaces_articles_and_claims(tmp_store: Store) -> None:
    tmp_store.replace_source("a.txt", "sha256:1", EXTRACTOR, [_article("a.txt")], [_claim("a.txt", 5), _claim("a.txt", 9)])
    tmp_store.replace_source("b.txt", "sha256:2", EXTRACTOR, [_article("b.txt")], [_claim("b.txt", 1)])
    tmp_store.replace_source("a.txt", "sha256:3", EXTRACTOR, [_article("a.txt", title="new")], [_claim("a.txt", 7)])

    assert [c.claim_id for c in tmp_store.claims()] == ["a.txt:7", "b.txt:1"]
    assert [(a.article, a.title) for a in tmp_store.articles()] == [("a.txt", "new"), ("b.txt", None)]
    assert tmp_store.sources()["a.txt"] == SourceState("sha256:3", EXTRACTOR, 1)


def test_store_failed_replacement_leaves_the_source_as_it_was(tmp_store: Store) -> None:
    tmp_store.replace_source("a.txt", "sha256:1", EXTRACTOR, [_article("a.txt")], [_claim("a.txt", 5)])
    with pytest.raises(AttributeError):  # the second claim is not a Claim: fails after the deletes
        tmp_store.replace_source("a.txt", "sha256:2", EXTRACTOR, [_article("a.txt")], [_claim("a.txt", 6), None])  # type: ignore[list-item]
    assert tmp_store.sources() == {"a.txt": SourceState("sha256:1", EXTRACTOR, 1)}
    assert [c.claim_id for c in tmp_store.claims()] == ["a.txt:5"]


def test_store_jsonl_source_keeps_repeated_article_names_in_order(tmp_store: Store) -> None:
    lines = [
        _article("x.jsonl#a"),
        Article(article="x.jsonl#a", status="rejected", reason=Reason.JSONL, detail="Line 2 repeats the id of line 1."),
        _article("x.jsonl#0"),
    ]
    tmp_store.replace_source("x.jsonl", "sha256:1", EXTRACTOR, lines, [])
    assert [(a.article, a.status) for a in tmp_store.articles()] == [
        ("x.jsonl#0", "ok"),
        ("x.jsonl#a", "ok"),
        ("x.jsonl#a", "rejected"),
    ]
    assert tmp_store.sources()["x.jsonl"].n_articles == 3


def test_store_claims_sorted_by_article_then_offset(tmp_store: Store) -> None:
    tmp_store.replace_source("b.txt", "f", EXTRACTOR, [_article("b.txt")], [_claim("b.txt", 30), _claim("b.txt", 2)])
    tmp_store.replace_source("a.txt", "f", EXTRACTOR, [_article("a.txt")], [_claim("a.txt", 8)])
    assert [c.claim_id for c in tmp_store.claims()] == ["a.txt:8", "b.txt:2", "b.txt:30"]


def test_store_delete_sources_removes_their_articles_and_claims(tmp_store: Store) -> None:
    for name in ("a.txt", "b.txt"):
        tmp_store.replace_source(name, "f", EXTRACTOR, [_article(name)], [_claim(name, 1)])
    tmp_store.delete_sources(["a.txt"])
    assert list(tmp_store.sources()) == ["b.txt"]
    assert [a.article for a in tmp_store.articles()] == ["b.txt"]
    assert [c.article for c in tmp_store.claims()] == ["b.txt"]


def test_store_bound_to_one_corpus_root(tmp_store: Store) -> None:
    tmp_store.bind_corpus("/data/corpus")
    tmp_store.bind_corpus("/data/corpus")
    with pytest.raises(StoreError, match="holds the corpus /data/corpus, not /elsewhere; pass that folder"):
        tmp_store.bind_corpus("/elsewhere")


def test_store_reviews_are_set_and_replaced(tmp_store: Store) -> None:
    first = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    later = datetime(2025, 2, 1, tzinfo=UTC)
    tmp_store.set_review("c2", "resolved", "the 2023 figure is a misprint", updated_at=first)
    tmp_store.set_review("c1", "dismissed", updated_at=first)
    tmp_store.set_review("c2", "open", "reopened", updated_at=later)
    assert [(r.conflict_id, r.status, r.note, r.updated_at) for r in tmp_store.reviews()] == [
        ("c1", "dismissed", None, first),
        ("c2", "open", "reopened", later),
    ]


def test_store_review_status_must_be_known(tmp_store: Store) -> None:
    with pytest.raises(ValueError, match="status"):
        tmp_store.set_review("c1", "maybe")  # type: ignore[arg-type]
    assert tmp_store.reviews() == []


def test_store_locked_by_another_writer_is_a_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipeline.store.BUSY_TIMEOUT_SECONDS", 0.05)
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="database is locked"):
                store.replace_source("a.txt", "f", EXTRACTOR, [_article("a.txt")], [])
        finally:
            other.execute("ROLLBACK")
            other.close()
