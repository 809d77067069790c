"""Extraction engines without spaCy: task order, the bound on work in flight, and when
worker processes are (not) started."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline import engines
from pipeline.engines import ExtractedArticle, ProcessPoolEngine, in_order
from pipeline.models import Article, Document
from pipeline.timing import StageTimer


def _document(name: str) -> Document:
    return Document(meta=Article(article=name, status="ok", sha256="0" * 64), text=f"text of {name}")


@dataclass
class DoneTask:
    documents: list[Document]

    def result(self) -> tuple[list[ExtractedArticle], dict[str, float]]:
        return [ExtractedArticle(d.meta, []) for d in self.documents], {"nlp": 1.0}


def test_engines_in_order_keeps_input_order_and_bounds_tasks_in_flight() -> None:
    items = [(_document(f"a{i}"), i) for i in range(11)]
    submitted: list[list[str]] = []
    consumed = 0
    in_flight_at_submit: list[int] = []

    def submit(documents: list[Document]) -> DoneTask:
        submitted.append([d.meta.article for d in documents])
        in_flight_at_submit.append(len(submitted) - consumed)
        return DoneTask(documents)

    results = []
    for extracted, tag in in_order(iter(items), submit, task_size=3, max_in_flight=2, timer=StageTimer()):
        results.append((extracted.article.article, tag))
        if tag % 3 == 2:  # the last result of a task
            consumed += 1
    assert results == [(f"a{i}", i) for i in range(11)]
    assert [len(batch) for batch in submitted] == [3, 3, 3, 2]
    assert max(in_flight_at_submit) == 2


def test_engines_in_order_adds_worker_seconds_to_the_timer() -> None:
    timer = StageTimer()
    items = iter([(_document(f"a{i}"), i) for i in range(4)])
    list(in_order(items, DoneTask, task_size=2, max_in_flight=1, timer=timer))
    assert timer.seconds["nlp"] == 2.0
    assert "waiting for workers" in timer.seconds


@pytest.mark.parametrize("jobs,documents", [(1, 100), (2, 31), (4, 63)])
def test_engines_pool_not_started_for_one_job_or_few_documents(monkeypatch, jobs: int, documents: int) -> None:
    def no_pool(*_: object, **__: object) -> None:
        raise AssertionError("worker processes started")

    class InProcess:
        def extract(self, items, rules, spacy_model, timer):
            return ((ExtractedArticle(d.meta, []), tag) for d, tag in items)

    monkeypatch.setattr(engines, "ProcessPoolExecutor", no_pool)
    monkeypatch.setattr(engines, "InProcessEngine", InProcess)
    items = iter([(_document(f"a{i}"), i) for i in range(documents)])
    tags = [tag for _, tag in ProcessPoolEngine(jobs).extract(items, None, "model", StageTimer())]
    assert tags == list(range(documents))


@pytest.mark.parametrize("jobs,task_size", [(0, 8), (2, 0)])
def test_engines_pool_refuses_nonpositive_sizes(jobs: int, task_size: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        ProcessPoolEngine(jobs, task_size)
