"""The stage timer: nested stages charge their time once, to the innermost stage."""

from __future__ import annotations

import pytest

from pipeline.timing import StageTimer, TimedCalls


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_timing_nested_stage_pauses_the_outer_one(clock: FakeClock) -> None:
    timer = StageTimer(clock)
    with timer.stage("nlp"):
        clock.now += 3
        with timer.stage("ingest"):
            clock.now += 2
        clock.now += 1
    assert timer.seconds == {"nlp": 4, "ingest": 2}


def test_timing_stage_counts_time_when_its_body_raises(clock: FakeClock) -> None:
    timer = StageTimer(clock)
    with pytest.raises(KeyError), timer.stage("store"):
        clock.now += 5
        raise KeyError("x")
    assert timer.seconds == {"store": 5}


def test_timing_timed_iter_charges_only_producing_the_items(clock: FakeClock) -> None:
    timer = StageTimer(clock)

    def produce():
        for item in ("a", "b"):
            clock.now += 2  # producing an item
            yield item

    for _ in timer.timed_iter("ingest", produce()):
        with timer.stage("rules"):
            clock.now += 10  # consuming it
    assert timer.seconds == {"ingest": 4, "rules": 20}


def test_timing_add_merges_a_workers_seconds(clock: FakeClock) -> None:
    timer = StageTimer(clock)
    timer.add({"nlp": 1.5})
    timer.add({"nlp": 0.5, "rules": 1.0})
    assert timer.seconds == {"nlp": 2.0, "rules": 1.0}


def test_timing_timed_calls_charge_methods_and_pass_attributes_through(clock: FakeClock) -> None:
    class Resolver:
        window = 3

        def resolve(self, year: int) -> int:
            clock.now += 7
            return year + 1

    timer = StageTimer(clock)
    timed = TimedCalls(Resolver(), timer, "years")
    with timer.stage("rules"):
        assert timed.resolve(2023) == 2024
        clock.now += 1
    assert timed.window == 3
    assert timer.seconds == {"rules": 1, "years": 7}
