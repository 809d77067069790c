"""What a figure measures: the curated vocabulary of rules/metrics.yaml, then an
open-vocabulary id built from the noun phrase the figure counts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from .rules import Metric, MetricRules

_SNAKE_JUNK = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class MetricHit:
    start: int
    end: int
    metric: Metric


def compile_trigger(trigger: str) -> str:
    """"private ... investment" -> a regex: words on boundaries, "..." = up to three words,
    the last word also in its plural."""
    parts: list[str] = []
    words = trigger.split()
    for index, word in enumerate(words):
        if word == "...":
            parts.append(r"(?:[\w&'’-]+\s+){0,3}?")
            continue
        piece = re.escape(word)
        if index == len(words) - 1 and word[-1].isalpha():
            piece += "(?:s|es)?"
        parts.append(piece + (r"\s+" if index < len(words) - 1 else ""))
    return r"(?<![\w&-])" + "".join(parts) + r"(?![\w&-])"


class MetricFinder:
    def __init__(self, rules: MetricRules) -> None:
        self.by_id = {metric.id: metric for metric in rules.metrics}
        self.patterns = [
            (re.compile(compile_trigger(trigger), re.IGNORECASE), metric)
            for metric in rules.metrics
            for trigger in metric.triggers
        ]

    def find(self, text: str, offset: int = 0, blocked: list[tuple[int, int]] = ()) -> list[MetricHit]:
        """Trigger phrases in text; overlapping hits keep the longest (most specific).

        `blocked` spans (the "per 100,000 population" of a rate) hold no trigger, and in
        "the migration index of AI developers" the head phrase wins over its "of" modifier.
        """
        hits = [
            MetricHit(m.start() + offset, m.end() + offset, metric)
            for pattern, metric in self.patterns
            for m in pattern.finditer(text)
        ]
        hits.sort(key=lambda h: (-(h.end - h.start), h.start))
        kept: list[MetricHit] = []
        for hit in hits:
            if all(hit.end <= k.start or hit.start >= k.end for k in kept) and not any(
                lo <= hit.start - offset < hi for lo, hi in blocked
            ):
                kept.append(hit)
        kept.sort(key=lambda h: h.start)
        return [
            hit
            for i, hit in enumerate(kept)
            if not (i and text[kept[i - 1].end - offset : hit.start - offset].strip().lower() == "of")
        ]


def open_metric(
    sentence: Span,
    start: int,
    end: int,
    skip: list[tuple[int, int]],
    generic: frozenset[str],
    counted_only: bool = False,
) -> tuple[str, str] | None:
    """The noun phrase a figure at [start, end) measures, as (snake_case id, label).

    A count names its noun right after it ("23 AI-related laws"); other figures take the
    noun chunk that governs them ("the outflow rate of Korean scientists (2.85%)").
    `skip` holds the spans of countries and numbers, never part of an id; `generic` nouns
    ("percent", "time") are no metric on their own. With `counted_only`, only the noun
    right after a count ("30 missiles") is taken.
    """
    chunks = [c for c in sentence.noun_chunks if c.end_char <= sentence.end_char]
    after = [c for c in chunks if c.start_char >= start and c.start_char - end <= 1]
    around = [c for c in chunks if c.start_char <= start < c.end_char]
    before = [c for c in chunks if c.end_char <= start]
    for group in (after,) if counted_only else (after, around, before[::-1]):
        for chunk in group:
            words = [
                t.lemma_.lower()
                for t in chunk
                if not (
                    t.is_stop
                    or t.like_num
                    or t.is_punct
                    or t.pos_ in ("DET", "PRON", "NUM")
                    or any(lo <= t.idx < hi for lo, hi in skip)
                )
            ]
            if all(word in generic for word in words):
                continue  # "percent", "the number": no metric on their own, but "vaccination rate" is one
            label = " ".join(words).strip()
            metric_id = _SNAKE_JUNK.sub("_", label).strip("_")
            if metric_id and not metric_id.isdigit():
                return metric_id, label
    return None
