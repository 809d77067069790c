"""Where a run spends its time: seconds per stage, for the benchmark in bench/.

Stages nest: time spent in an inner stage (spaCy pulling the next article, which reads the
file) is charged to the inner stage only, so the stages add up to the wall time they cover.
A run without a timer pays nothing; with one, two clock reads per stage entered.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class StageTimer:
    """Accumulates wall-clock seconds per stage name."""

    def __init__(self, clock: Callable[[], float] = time.perf_counter) -> None:
        self.seconds: Counter[str] = Counter()
        self._clock = clock
        self._running: list[str] = []
        self._since = 0.0

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        now = self._clock()
        if self._running:  # pause the enclosing stage
            self.seconds[self._running[-1]] += now - self._since
        self._running.append(name)
        self._since = now
        try:
            yield
        finally:
            now = self._clock()
            self.seconds[self._running.pop()] += now - self._since
            self._since = now  # the enclosing stage resumes

    def timed_iter(self, name: str, items: Iterator[Any]) -> Iterator[Any]:
        """Charge the time spent producing each item of `items` to `name`."""
        while True:
            with self.stage(name):
                item = next(items, _END)
            if item is _END:
                return
            yield item

    def add(self, seconds: dict[str, float]) -> None:
        """Add stage times measured elsewhere (a worker process)."""
        self.seconds.update(seconds)


class TimedCalls:
    """`target` with every method call charged to `stage`: times a collaborator (the year
    resolver inside the claim extractor) without touching its code."""

    def __init__(self, target: object, timer: StageTimer, stage: str) -> None:
        self._target = target
        self._timer = timer
        self._stage = stage

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if not callable(attribute):
            return attribute

        def timed(*args: Any, **kwargs: Any) -> Any:
            with self._timer.stage(self._stage):
                return attribute(*args, **kwargs)

        return timed


_END = object()
