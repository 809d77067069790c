"""Persistence stage: the claim store, one SQLite file. The only module that touches SQLite.

What a run keeps between runs:

* sources: one row per corpus file (or per input the walker rejects, such as a link out of
  the corpus), with the fingerprint of its bytes and of the extractor (rules, spaCy model,
  code) its articles were made with. A source whose two fingerprints are unchanged is not
  read again.
* articles and claims: what the source gave, as JSON records of the contract models, in the
  order extraction produced them. A JSONL file is one source with many articles.
* reviews: decisions on conflicts, keyed by conflict_id, kept across runs.

Conflicts are not stored: they are a pure function of the claims, recomputed by reconcile
on every export, so they can never disagree with the claims they are about.

Each source is replaced in one transaction (old rows deleted, new rows inserted), so a run
killed at any moment leaves every source either as before or fully updated; the next run
picks up the rest. The schema version is `PRAGMA user_version`; `MIGRATIONS` are applied
in order, each in its own transaction.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from .errors import StoreError
from .models import Article, Claim, ClaimRow, Review, ReviewStatus

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: sources, articles and claims
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE sources (
            name TEXT PRIMARY KEY,           -- path relative to the corpus root
            fingerprint TEXT NOT NULL,       -- CorpusReader.fingerprint: the bytes, or why they are not read
            extractor_sha256 TEXT NOT NULL   -- rules, spaCy model and code the articles were made with
        )""",
        """CREATE TABLE articles (
            source TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
            position INTEGER NOT NULL,       -- order within the source (JSONL lines)
            article TEXT NOT NULL,           -- not unique: a JSONL line repeating an id is rejected under that id
            status TEXT NOT NULL,
            reason TEXT,
            record TEXT NOT NULL,            -- the Article as JSON
            PRIMARY KEY (source, position)
        )""",
        """CREATE TABLE claims (
            source TEXT NOT NULL REFERENCES sources(name) ON DELETE CASCADE,
            position INTEGER NOT NULL,       -- order of extraction within the source
            claim_id TEXT NOT NULL,
            article TEXT NOT NULL,
            country TEXT NOT NULL,
            metric TEXT NOT NULL,
            year INTEGER,
            value REAL NOT NULL,
            record TEXT NOT NULL,            -- the Claim as JSON
            PRIMARY KEY (source, position)
        )""",
        "CREATE INDEX claims_by_key ON claims (country, metric, year)",
        "CREATE INDEX claims_by_id ON claims (claim_id)",
    ),
    # 2: reviews of conflicts (issue 5)
    (
        """CREATE TABLE reviews (
            conflict_id TEXT PRIMARY KEY,
            status TEXT NOT NULL CHECK (status IN ('open', 'resolved', 'dismissed')),
            note TEXT,
            updated_at TEXT NOT NULL         -- ISO 8601, UTC
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
#: Claim fields whose values recur in many claims: one shared string for each value, instead
#: of one per claim, saves about 40% of a ClaimRow's memory; a sentence with several figures
#: is held once, not once per claim
_REPEATED_FIELDS = (
    "article", "country", "country_name", "metric", "metric_label", "unit", "qualifier", "year_source", "rule_id",
    "sentence", "year_text", "source_attribution",
)
CLAIMS_IN_OUTPUT_ORDER = (
    "SELECT record FROM claims "
    "ORDER BY article, json_extract(record, '$.char_start'), country, metric, source, position"
)
CORPUS_ROOT_KEY = "corpus_root"
BUSY_TIMEOUT_SECONDS = 10.0  # another process writing: wait this long before giving up

P = ParamSpec("P")
R = TypeVar("R")


def _store_errors(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """An SQLite failure (locked, corrupt, disk full) becomes a StoreError naming the file."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as err:
            raise StoreError(f"claim store {self.path}: {err}") from err

    return wrapper


@dataclass(frozen=True)
class SourceState:
    """What the store holds for one source."""

    fingerprint: str
    extractor_sha256: str
    n_articles: int


class Store:
    """An open claim store. Use as a context manager, or call close()."""

    def __init__(self, path: Path, *, migrate_to: int = SCHEMA_VERSION) -> None:
        """Open (creating if needed) and migrate the store at `path`.

        `migrate_to` exists for tests that build an older store. Raises StoreError when the
        file is not an SQLite database, cannot be created, or was written by a newer newsfacts.
        """
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: transactions are opened explicitly, one per source
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(f"claim store {self.path} cannot be opened: {err}; pass another --db") from err
        try:
            self._prepare(migrate_to)
        except sqlite3.DatabaseError as err:
            self._db.close()
            raise StoreError(
                f"claim store {self.path} is not a readable newsfacts store ({err}); "
                "move it away or pass another --db"
            ) from err
        except StoreError:
            self._db.close()
            raise

    def _prepare(self, migrate_to: int) -> None:
        self._db.execute("PRAGMA foreign_keys = ON")
        # WAL: readers never block the writer; NORMAL sync keeps every commit across a killed process
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"claim store {self.path} has schema version {version}, newer than this newsfacts "
                f"understands ({SCHEMA_VERSION}); upgrade newsfacts or pass another --db"
            )
        for number in range(version + 1, migrate_to + 1):
            with self._transaction():
                for statement in MIGRATIONS[number - 1]:
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")  # no parameters in PRAGMA

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @_store_errors
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @_store_errors
    def bind_corpus(self, root: str) -> None:
        """Record the corpus root on first use; refuse another root later, because article
        names are relative to it and would silently mix two corpora."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (CORPUS_ROOT_KEY,)).fetchone()
        if row is None:
            with self._transaction():
                self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (CORPUS_ROOT_KEY, root))
        elif row[0] != root:
            raise StoreError(
                f"claim store {self.path} holds the corpus {row[0]}, not {root}; "
                "pass that folder, or another --db for this corpus"
            )

    @_store_errors
    def sources(self) -> dict[str, SourceState]:
        rows = self._db.execute(
            "SELECT s.name, s.fingerprint, s.extractor_sha256, COUNT(a.position) "
            "FROM sources s LEFT JOIN articles a ON a.source = s.name GROUP BY s.name"
        )
        return {name: SourceState(fingerprint, extractor, count) for name, fingerprint, extractor, count in rows}

    @_store_errors
    def replace_source(
        self,
        name: str,
        fingerprint: str,
        extractor_sha256: str,
        articles: Sequence[Article],
        claims: Sequence[Claim],
    ) -> None:
        """Replace everything stored for source `name` in one transaction."""
        with self._transaction():
            self._db.execute("DELETE FROM sources WHERE name = ?", (name,))  # cascades to articles and claims
            self._db.execute(
                "INSERT INTO sources (name, fingerprint, extractor_sha256) VALUES (?, ?, ?)",
                (name, fingerprint, extractor_sha256),
            )
            self._db.executemany(
                "INSERT INTO articles (source, position, article, status, reason, record) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    (name, position, a.article, a.status, a.reason, a.model_dump_json())
                    for position, a in enumerate(articles)
                ),
            )
            self._db.executemany(
                "INSERT INTO claims (source, position, claim_id, article, country, metric, year, value, record) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (name, position, c.claim_id, c.article, c.country, c.metric, c.year, c.value, c.model_dump_json())
                    for position, c in enumerate(claims)
                ),
            )

    @_store_errors
    def delete_sources(self, names: Iterable[str]) -> None:
        with self._transaction():
            self._db.executemany("DELETE FROM sources WHERE name = ?", ((name,) for name in names))

    @_store_errors
    def articles(self) -> list[Article]:
        """Every stored article, sorted by name (then source order, for repeated names)."""
        rows = self._db.execute("SELECT record FROM articles ORDER BY source, position")
        articles = [Article.model_validate_json(record) for (record,) in rows]
        return sorted(articles, key=lambda a: a.article)

    def claims(self) -> list[Claim]:
        """Every stored claim, sorted by article and position in its text."""
        return list(self.iter_claims())

    def iter_claims(self) -> Iterator[Claim]:
        """The stored claims one at a time, in the order of claims()."""
        for record in self._claim_records():
            yield Claim.model_validate_json(record)

    def claim_rows(self) -> Iterator[ClaimRow]:
        """The stored claims as ClaimRow tuples, in the order of claims(): for reconciling
        hundreds of thousands of claims without holding them as models."""
        for record in self._claim_records():
            fields = json.loads(record)
            for name in _REPEATED_FIELDS:
                if fields[name] is not None:
                    fields[name] = sys.intern(fields[name])
            yield ClaimRow(**fields)

    @_store_errors
    def count_claims(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])

    def _claim_records(self) -> Iterator[str]:
        """Claim records sorted by article, offset, country and metric, ties in extraction
        order: SQLite sorts on disk when it must, so no run holds every claim to sort them
        (its byte order of UTF-8 text is Python's order of strings)."""
        try:
            yield from (record for (record,) in self._db.execute(CLAIMS_IN_OUTPUT_ORDER))
        except sqlite3.Error as err:
            raise StoreError(f"claim store {self.path}: {err}") from err

    @_store_errors
    def set_review(
        self, conflict_id: str, status: ReviewStatus, note: str | None = None, *, updated_at: datetime | None = None
    ) -> Review:
        """Record (or replace) the decision on a conflict. `updated_at` defaults to now, in UTC."""
        review = Review(conflict_id=conflict_id, status=status, note=note, updated_at=updated_at or datetime.now(UTC))
        with self._transaction():
            self._db.execute(
                "INSERT INTO reviews (conflict_id, status, note, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (conflict_id) DO UPDATE SET "
                "status = excluded.status, note = excluded.note, updated_at = excluded.updated_at",
                (review.conflict_id, review.status, review.note, review.updated_at.isoformat()),
            )
        return review

    @_store_errors
    def reviews(self) -> list[Review]:
        rows = self._db.execute("SELECT conflict_id, status, note, updated_at FROM reviews ORDER BY conflict_id")
        return [
            Review(conflict_id=conflict_id, status=status, note=note, updated_at=datetime.fromisoformat(updated_at))
            for conflict_id, status, note, updated_at in rows
        ]


class StoredClaims:
    """The claims of the store at `path` in output order, read from the file again on each
    pass (so they are the claims stored at that moment, not a snapshot): the reports go
    through every claim without holding them all."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __len__(self) -> int:
        with Store(self.path) as store:
            return store.count_claims()

    def __iter__(self) -> Iterator[Claim]:
        with Store(self.path) as store:
            yield from store.iter_claims()

    def __contains__(self, claim: object) -> bool:
        return any(stored == claim for stored in self)
