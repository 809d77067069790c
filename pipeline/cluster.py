"""The Dask engine (`newsfacts run --engine dask`): extraction on a dask.distributed cluster.

Workers receive documents (text and metadata, never paths), so they need newsfacts and
the spaCy model installed but no access to the corpus. Each worker process loads spaCy
once and keeps it for every later task of the same rules and model. A worker whose
newsfacts code, spaCy or model differ from the main process's refuses the work: its
claims would be stored under an extractor fingerprint that does not describe them. The main process
sends tasks in bounded windows, takes the results back in input order and stays the only
store writer, so a Dask run writes the same store and outputs as a local one.

dask is an optional dependency (`pip install -e '.[dask]'`), imported only here.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING

from .engines import (
    TASK_SIZE,
    TASKS_PER_WORKER,
    ExtractedArticle,
    Pipeline,
    Tag,
    in_order,
)
from .errors import ConfigError, ExtractionError
from .models import Document
from .settings import Settings
from .timing import StageTimer

if TYPE_CHECKING:
    from distributed import Client

    from .rules import RuleSet


class DaskEngine:
    """Extract on the cluster at `scheduler` (e.g. tcp://host:8786), or, without one, on a
    local cluster of `jobs` worker processes started for this run."""

    def __init__(self, scheduler: str | None = None, jobs: int = 1, connect_timeout: float = 30.0) -> None:
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        self.scheduler = scheduler
        self.jobs = jobs
        self.connect_timeout = connect_timeout

    def extract(
        self, items: Iterator[tuple[Document, Tag]], rules: RuleSet, spacy_model: str, timer: StageTimer
    ) -> Iterator[tuple[ExtractedArticle, Tag]]:
        first = next(items, None)
        if first is None:  # nothing to extract: no cluster is contacted
            return
        extractor = _extractor_sha256(rules, spacy_model)
        with self._client() as client:
            workers = sum(info["nthreads"] for info in client.scheduler_info()["workers"].values())
            # sent once to every worker; tasks refer to it instead of carrying the rules
            shared_rules = client.scatter(rules, broadcast=True, hash=False)

            def submit(documents: list[Document]):
                return client.submit(
                    _extract_on_worker, documents, shared_rules, spacy_model, extractor, pure=False
                )

            try:
                yield from in_order(chain([first], items), submit, TASK_SIZE, max(workers, 1) * TASKS_PER_WORKER, timer)
            except (OSError, TimeoutError) as err:
                raise ExtractionError(f"the Dask cluster failed during extraction: {err}") from err

    @contextmanager
    def _client(self) -> Iterator[Client]:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise ConfigError("--engine dask needs dask.distributed: pip install -e '.[dask]'") from err
        if self.scheduler is None:
            with (
                LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
                Client(cluster) as client,
            ):
                yield client
            return
        try:
            client = Client(self.scheduler, timeout=self.connect_timeout)
        except (OSError, TimeoutError) as err:
            raise ConfigError(f"cannot reach the Dask scheduler at {self.scheduler}: {err}") from err
        with client:
            yield client


# --- worker side ----------------------------------------------------------------------

_pipelines: dict[tuple[str, str], tuple[Pipeline, threading.Lock]] = {}
_pipelines_lock = threading.Lock()


def _extractor_sha256(rules: RuleSet, spacy_model: str) -> str:
    """The store's extractor fingerprint (rules, code, spaCy and model versions) as
    computed on this machine."""
    from .run import extractor_sha256

    return extractor_sha256(rules.sha256, Settings(spacy_model=spacy_model))


def _extract_on_worker(
    documents: list[Document], rules: RuleSet, spacy_model: str, extractor: str
) -> tuple[list[ExtractedArticle], dict[str, float]]:
    """A Dask task. The pipeline is loaded once per worker process and extractor version,
    after checking that the worker extracts exactly as the main process would; a worker
    running several threads shares it under a lock, since a spaCy pipeline is not meant to
    be called from two threads at once."""
    key = (extractor, spacy_model)
    with _pipelines_lock:
        if key not in _pipelines:
            here = _extractor_sha256(rules, spacy_model)
            if here != extractor:
                raise ExtractionError(
                    f"Dask worker {socket.gethostname()} has another newsfacts, spaCy or model than the machine "
                    f"running newsfacts (extractor {here[:12]}, expected {extractor[:12]}): install the same versions"
                )
            _pipelines[key] = (Pipeline.load(rules, spacy_model), threading.Lock())
        pipeline, lock = _pipelines[key]
    with lock:
        return pipeline.extract_batch(documents)
