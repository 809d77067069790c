"""A batch run: corpus files into the claim store, then every output out of the store.

Incremental: a file whose fingerprint (its bytes) and the extractor's fingerprint (rules,
spaCy model, code, size limit) are as stored is not read again, and spaCy is not even
loaded when nothing needs extracting. Each file's articles and claims are committed in one
transaction as soon as they are extracted, so a killed run resumes where it stopped. The
outputs are written from the store alone, so they are the same whether the run was fresh,
incremental or resumed.

Articles stream through an extraction engine (engines.py: in process, worker processes or
a Dask cluster) and no Doc outlives its extraction. The main process is the only store
writer; `extract_article` is pure so that it can be fanned out.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from itertools import chain
from pathlib import Path

from .engines import Engine, ExtractedArticle, InProcessEngine, extract_article
from .errors import StoreError
from .ingest import CorpusReader, SourceFile
from .models import Article, Claim, Conflict, Document, RunSummary, StoreUpdate
from .reconcile import reconcile
from .reference import ReferenceFigure
from .reports import summarize, write_outputs
from .review import apply_reviews
from .rules import RuleSet, load_rules
from .settings import Settings
from .store import SourceState, Store, StoredClaims
from .timing import StageTimer

__all__ = ["ExtractedArticle", "RunResult", "extract_article", "ingest_paths", "read_stored_claims", "run_batch"]

CODE_DIR = Path(__file__).resolve().parent

OnSource = Callable[[str], None]


@dataclass(frozen=True)
class RunResult:
    articles: list[Article]
    claims: Collection[Claim]  # the store's claims, read again on each pass: there may be too many to hold
    conflicts: list[Conflict]
    summary: RunSummary
    update: StoreUpdate
    stage_seconds: dict[str, float] = field(default_factory=dict)


def extractor_sha256(rules_sha256: str, settings: Settings) -> str:
    """Everything besides a file's bytes that its stored articles depend on: the rules, the
    spaCy model and version, the size limit, and newsfacts' own code, so that a fix to the
    extraction code never leaves claims made by the old code in the store."""
    digest = hashlib.sha256()
    model = settings.spacy_model
    for part in (rules_sha256, model, _installed_version(model), _installed_version("spacy")):
        digest.update(part.encode() + b"\0")
    digest.update(str(settings.max_bytes).encode() + b"\0")
    for path in sorted(CODE_DIR.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"  # load_nlp reports it if the model is needed


def run_batch(
    settings: Settings,
    on_source: OnSource | None = None,
    *,
    prune: bool = False,
    reference: Sequence[ReferenceFigure] = (),
    engine: Engine | None = None,
    timer: StageTimer | None = None,
) -> RunResult:
    """Bring the store up to date with every file under settings.corpus, then write every
    output into settings.out. Articles whose file is gone stay in the store (counted as
    missing) unless `prune` deletes them. `reference` figures are checked against every
    claim; `engine` runs the extraction (default: in this process); `timer` collects
    seconds per stage."""
    timer = timer or StageTimer()
    rules = load_rules(settings.rules.resolve())
    reader = CorpusReader(settings.corpus, settings)
    with _open_store(settings, reader) as store:
        with timer.stage("store"):
            stored = store.sources()
        updater = _StoreUpdater(store, reader, rules, settings, stored, on_source, engine, timer)
        updater.update(timer.timed_iter("ingest", reader.walk()))
        gone = sorted(set(stored) - updater.seen)
        gone_articles = sum(stored[name].n_articles for name in gone)
        if prune:
            store.delete_sources(gone)
            updater.counts["pruned"] = gone_articles
        else:
            updater.counts["missing"] = gone_articles
        return _export(store, settings.out, rules.sha256, StoreUpdate(**updater.counts), reference, timer)


def ingest_paths(
    settings: Settings,
    paths: Iterable[Path],
    on_source: OnSource | None = None,
    *,
    reference: Sequence[ReferenceFigure] = (),
    engine: Engine | None = None,
) -> RunResult:
    """Add or update the articles of `paths` (files or folders under settings.corpus), then
    write every output. Nothing else in the store is touched."""
    timer = StageTimer()
    rules = load_rules(settings.rules.resolve())
    reader = CorpusReader(settings.corpus, settings)
    with _open_store(settings, reader) as store:
        updater = _StoreUpdater(store, reader, rules, settings, store.sources(), on_source, engine, timer)
        updater.update(timer.timed_iter("ingest", chain.from_iterable(reader.walk(path) for path in paths)))
        return _export(store, settings.out, rules.sha256, StoreUpdate(**updater.counts), reference, timer)


def read_stored_claims(store_path: Path) -> list[Claim]:
    """The claims of an existing store, in output order. Raises StoreError when there is none."""
    if not store_path.is_file():
        raise StoreError(f"there is no claim store at {store_path}; run `newsfacts run` first or pass --db")
    with Store(store_path) as store:
        return store.claims()


def _open_store(settings: Settings, reader: CorpusReader) -> Store:
    store = Store(settings.store_path)
    try:
        store.bind_corpus(str(reader.root))
    except StoreError:
        store.close()
        raise
    return store


def _export(
    store: Store,
    out: Path,
    rules_sha256: str,
    update: StoreUpdate,
    reference: Sequence[ReferenceFigure],
    timer: StageTimer,
) -> RunResult:
    with timer.stage("store"):
        articles = store.articles()
        reviews = store.reviews()
        claims = StoredClaims(store.path)
    with timer.stage("reconcile"):  # reading the claims out of the store included
        conflicts = apply_reviews(reconcile(store.claim_rows(), reference=reference), reviews)
    summary = summarize(articles, claims, conflicts, rules_sha256)
    with timer.stage("reports"):
        write_outputs(out, articles, claims, conflicts, summary)
    return RunResult(articles, claims, conflicts, summary, update, dict(timer.seconds))



@dataclass(eq=False)
class _PendingSource:
    """A source that was read and waits for its documents to come out of spaCy."""

    name: str
    fingerprint: str
    stored_before: bool
    results: list[Article | Document | ExtractedArticle]
    waiting: int = field(init=False)

    def __post_init__(self) -> None:
        self.waiting = sum(isinstance(result, Document) for result in self.results)


class _StoreUpdater:
    """Reads the sources that changed, extracts their articles and commits each source."""

    def __init__(
        self,
        store: Store,
        reader: CorpusReader,
        rules: RuleSet,
        settings: Settings,
        stored: dict[str, SourceState],
        on_source: OnSource | None,
        engine: Engine | None,
        timer: StageTimer,
    ) -> None:
        self.store = store
        self.reader = reader
        self.rules = rules
        self.settings = settings
        self.stored = stored
        self.on_source = on_source
        self.engine = engine or InProcessEngine()
        self.timer = timer
        self.extractor_sha256 = extractor_sha256(rules.sha256, settings)
        self.seen: set[str] = set()
        self.counts: Counter[str] = Counter({name: 0 for name in StoreUpdate.model_fields})

    def update(self, items: Iterable[SourceFile | Article]) -> None:
        """Extract and commit every changed source. The engine loads spaCy only if there is
        something to extract."""
        to_extract = self._read_changed(items)
        for extracted, (pending, index) in self.engine.extract(to_extract, self.rules, self.settings.spacy_model, self.timer):
            pending.results[index] = extracted
            pending.waiting -= 1
            if not pending.waiting:
                self._commit(pending)

    def _read_changed(self, items: Iterable[SourceFile | Article]) -> Iterator[tuple[Document, tuple[_PendingSource, int]]]:
        """Skip the unchanged sources; read the others and yield their documents for spaCy.
        A source without documents (all rejected) is committed at once."""
        for item in items:
            if isinstance(item, SourceFile):
                with self.timer.stage("ingest"):
                    name, fingerprint = item.name, self.reader.fingerprint(item)
            else:  # rejected while walking: the rejection itself is all there is to compare
                name, fingerprint = item.article, "rejected:" + hashlib.sha256(item.model_dump_json().encode()).hexdigest()
            if name in self.seen:  # `ingest` given overlapping paths
                continue
            self.seen.add(name)
            old = self.stored.get(name)
            if old is not None and (old.fingerprint, old.extractor_sha256) == (fingerprint, self.extractor_sha256):
                self.counts["unchanged"] += old.n_articles
                self._report(name)
                continue
            with self.timer.stage("ingest"):
                results = list(self.reader.read(item)) if isinstance(item, SourceFile) else [item]
            pending = _PendingSource(name, fingerprint, old is not None, list(results))
            if not pending.waiting:
                self._commit(pending)
            for index, result in enumerate(results):
                if isinstance(result, Document):
                    yield result, (pending, index)

    def _commit(self, pending: _PendingSource) -> None:
        articles: list[Article] = []
        claims: list[Claim] = []
        for result in pending.results:
            if isinstance(result, ExtractedArticle):
                articles.append(result.article)
                claims.extend(result.claims)
            elif isinstance(result, Article):
                articles.append(result)
            else:
                raise RuntimeError(f"{pending.name}: committed before {result.meta.article} was extracted")
        with self.timer.stage("store"):
            self.store.replace_source(pending.name, pending.fingerprint, self.extractor_sha256, articles, claims)
        self.counts["changed" if pending.stored_before else "new"] += len(articles)
        self._report(pending.name)

    def _report(self, name: str) -> None:
        if self.on_source:
            self.on_source(name)
