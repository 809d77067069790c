"""Extraction engines: where spaCy and the claim rules run.

An engine turns a stream of (Document, tag) pairs into (ExtractedArticle, tag) pairs in the
same order; the tag is the caller's bookkeeping and never leaves the main process. The
main process stays the only store writer whatever the engine, and results come back in
input order, so the store and the outputs are the same for every engine and job count.

* InProcessEngine: spaCy in this process (`--jobs 1`).
* ProcessPoolEngine: one spaCy per worker process (`--jobs N`); workers receive documents
  (text and metadata, never paths) and return extracted articles.
* pipeline.cluster.DaskEngine: the same on a Dask cluster (`--engine dask`).

Memory stays flat: at most a few batches of documents are in flight, and no Doc outlives
its extraction.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Protocol, TypeVar

from .errors import ExtractionError
from .models import Article, Claim, Document, Reason
from .timing import StageTimer, TimedCalls

if TYPE_CHECKING:  # spaCy takes ~0.7 s to import: only a run with articles to extract pays for it
    from spacy.language import Language
    from spacy.tokens import Doc

    from .claims import ClaimExtractor
    from .rules import RuleSet

# Small batches: a killed run loses at most this many articles' work, and with news-length
# articles larger batches are not faster.
PIPE_BATCH_SIZE = 4
# Documents sent to a worker at once: large enough that pickling and queueing are noise
# next to spaCy, small enough that a killed run loses little and memory stays flat.
TASK_SIZE = 8
# Tasks in flight per worker: one being parsed, one waiting, so no worker ever idles.
TASKS_PER_WORKER = 2

Tag = TypeVar("Tag")


@dataclass(frozen=True)
class ExtractedArticle:
    article: Article
    claims: list[Claim]


def extract_article(doc: Doc, document: Document, extractor: ClaimExtractor) -> ExtractedArticle:
    """One parsed article -> its Article record (with n_claims) and its claims. Pure.

    An extractor bug on one article's text rejects that article with the error, and the batch
    goes on: a run over thousands of files must not die on one. A re-run with a fixed extractor
    extracts it again (the extractor's fingerprint changes)."""
    try:
        claims = extractor.extract(doc, document)
    except Exception as err:  # noqa: BLE001 - any bug; the article records it
        detail = f"The extractor failed on this text ({type(err).__name__}: {err}); please report it."
        return ExtractedArticle(document.meta.model_copy(update={"status": "rejected", "reason": Reason.EXTRACTION, "detail": detail}), [])
    return ExtractedArticle(document.meta.model_copy(update={"n_claims": len(claims)}), claims)


class Engine(Protocol):
    def extract(
        self, items: Iterator[tuple[Document, Tag]], rules: RuleSet, spacy_model: str, timer: StageTimer
    ) -> Iterator[tuple[ExtractedArticle, Tag]]:
        """Extract every document, yielding results in input order and charging the time
        to `timer`'s stages. spaCy loads on the first item."""
        ...


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and the claim extractor that reads its Docs."""

    nlp: Language
    extractor: ClaimExtractor

    @classmethod
    def load(cls, rules: RuleSet, spacy_model: str) -> Pipeline:
        from .claims import ClaimExtractor
        from .nlp import load_nlp

        return cls(load_nlp(spacy_model), ClaimExtractor(rules))

    def extract(self, items: Iterator[tuple[Document, Tag]], timer: StageTimer) -> Iterator[tuple[ExtractedArticle, Tag]]:
        """Stream `items` through nlp.pipe and the claim rules, in order."""
        texts = ((document.text, (document, tag)) for document, tag in items)
        docs = self.nlp.pipe(texts, as_tuples=True, batch_size=PIPE_BATCH_SIZE)
        extractor = self.timed_extractor(timer)
        for doc, (document, tag) in timer.timed_iter("nlp", docs):
            with timer.stage("rules"):
                extracted = extract_article(doc, document, extractor)
            yield extracted, tag

    def extract_batch(self, documents: list[Document]) -> tuple[list[ExtractedArticle], dict[str, float]]:
        """A worker's task: a batch of documents -> their results and the seconds per stage."""
        timer = StageTimer()
        results = [extracted for extracted, _ in self.extract(((d, None) for d in documents), timer)]
        return results, dict(timer.seconds)

    def timed_extractor(self, timer: StageTimer) -> ClaimExtractor:
        """A copy of the extractor whose year resolution is charged to the `years` stage."""
        from copy import copy

        extractor = copy(self.extractor)
        extractor.years = TimedCalls(self.extractor.years, timer, "years")  # type: ignore[assignment]
        return extractor


class InProcessEngine:
    """spaCy and the rules in this process."""

    def extract(
        self, items: Iterator[tuple[Document, Tag]], rules: RuleSet, spacy_model: str, timer: StageTimer
    ) -> Iterator[tuple[ExtractedArticle, Tag]]:
        first = next(items, None)
        if first is None:
            return
        try:
            yield from Pipeline.load(rules, spacy_model).extract(chain([first], items), timer)
        finally:
            # the export that follows holds a row per claim: give it the model's memory back
            # (and spaCy's string store, which grows with every article) instead of adding to it
            from .nlp import load_nlp

            load_nlp.cache_clear()
            gc.collect()


class ProcessPoolEngine:
    """One spaCy pipeline per worker process. Workers take seconds to start (each imports
    spaCy and loads the model), so a run with fewer than two tasks per worker to do (32
    documents with 2 jobs: the bundled 15-article corpus takes 3.0 s in process, 4.6 s
    with workers) stays in process."""

    def __init__(self, jobs: int, task_size: int = TASK_SIZE) -> None:
        if jobs < 1 or task_size < 1:
            raise ValueError(f"jobs and task_size must be at least 1, got {jobs} and {task_size}")
        self.jobs = jobs
        self.task_size = task_size

    def extract(
        self, items: Iterator[tuple[Document, Tag]], rules: RuleSet, spacy_model: str, timer: StageTimer
    ) -> Iterator[tuple[ExtractedArticle, Tag]]:
        enough = TASKS_PER_WORKER * self.jobs * self.task_size
        head = list(islice(items, enough)) if self.jobs > 1 else []
        if len(head) < enough:
            yield from InProcessEngine().extract(chain(head, items), rules, spacy_model, timer)
            return
        # spawn: a fresh interpreter per worker, safe whatever threads the parent runs
        pool = ProcessPoolExecutor(
            self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(rules, spacy_model),
        )
        try:
            yield from in_order(
                chain(head, items),
                lambda documents: pool.submit(_extract_in_worker, documents),
                self.task_size,
                self.jobs * TASKS_PER_WORKER,
                timer,
            )
        except BrokenProcessPool as err:
            raise ExtractionError(f"an extraction worker died ({err}); run again with --jobs 1 to see why") from err
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class TaskResult(Protocol):
    """A submitted task: a concurrent.futures or a Dask future."""

    def result(self) -> tuple[list[ExtractedArticle], dict[str, float]]: ...


def in_order(
    items: Iterable[tuple[Document, Tag]],
    submit: Callable[[list[Document]], TaskResult],
    task_size: int,
    max_in_flight: int,
    timer: StageTimer,
) -> Iterator[tuple[ExtractedArticle, Tag]]:
    """Send `items` in tasks of `task_size` documents, at most `max_in_flight` at a time, and
    yield the results in input order (the oldest task is always awaited first)."""
    in_flight: deque[tuple[TaskResult, list[Tag]]] = deque()
    iterator = iter(items)
    while True:
        while len(in_flight) < max_in_flight:
            batch = list(islice(iterator, task_size))
            if not batch:
                break
            in_flight.append((submit([document for document, _ in batch]), [tag for _, tag in batch]))
        if not in_flight:
            return
        task, tags = in_flight.popleft()
        with timer.stage("waiting for workers"):
            results, seconds = task.result()
        timer.add(seconds)
        yield from zip(results, tags, strict=True)


# --- worker process side -------------------------------------------------------------

_worker_pipeline: Pipeline | None = None


def _start_worker(rules: RuleSet, spacy_model: str) -> None:
    """Load spaCy once per worker, and make sure the worker dies with its parent: a parent
    killed with SIGKILL cannot shut its pool down, and an orphan would wait forever."""
    global _worker_pipeline
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
    _worker_pipeline = Pipeline.load(rules, spacy_model)


def _exit_with(parent_sentinel: int) -> None:
    wait([parent_sentinel])  # ready when the parent process has ended
    os._exit(1)


def _extract_in_worker(documents: list[Document]) -> tuple[list[ExtractedArticle], dict[str, float]]:
    if _worker_pipeline is None:
        raise RuntimeError("extraction worker used before _start_worker ran")
    return _worker_pipeline.extract_batch(documents)
