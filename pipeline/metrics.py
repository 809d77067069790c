"""What a figure measures: the curated vocabulary of rules/metrics.yaml, then an
open-vocabulary id built from the noun phrase the figure counts."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .rules import Metric, MetricRules

_SNAKE_JUNK = re.compile(r"[^a-z0-9]+")
#: the Doc.user_data key under which a Doc's noun chunks are kept once found
_NOUN_CHUNKS = "newsfacts_noun_chunks"


def snake_case(label: str) -> str:
    """A metric id from a label: "finished steel exports" -> "finished_steel_exports"."""
    return _SNAKE_JUNK.sub("_", label.lower()).strip("_")


@dataclass(frozen=True, slots=True)
class MetricHit:
    start: int
    end: int
    metric: Metric
    share_only: bool = False  # matched a trigger that names the metric only for a share of another


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


def _literal_words(trigger: str) -> tuple[str, tuple[str, ...]]:
    """The lower-cased words a text must contain for a trigger to match: its first, and the
    others ("..." stands for any words)."""
    first, *others = (word.lower() for word in trigger.split() if word != "...")
    return first, tuple(others)


class MetricFinder:
    def __init__(self, rules: MetricRules) -> None:
        self.by_id = {metric.id: metric for metric in rules.metrics}
        # a trigger's regex is worth running only when each of its words occurs in the text:
        # substring tests are far cheaper than ~200 regex scans per sentence. The first
        # words are tested once per text, the other words of the few triggers left after that
        self.patterns = [
            (*_literal_words(trigger), re.compile(compile_trigger(trigger), re.IGNORECASE), metric, share_only)
            for metric in rules.metrics
            for triggers, share_only in ((metric.triggers, False), (metric.share_triggers, True))
            for trigger in triggers
        ]
        self.first_words = sorted({first for first, *_ in self.patterns})
        self.by_first_word: dict[str, list[int]] = {}
        for index, (first, *_) in enumerate(self.patterns):
            self.by_first_word.setdefault(first, []).append(index)
        self.ranking_ids = frozenset(m.id for m in rules.metrics if m.unit == "rank")
        self.ranking_words = frozenset(rules.ranking_words)
        # "the Global Innovation Index": up to five capitalised words before a ranking word
        self.named_ranking = (
            re.compile(rf"\b(?:[A-Z][\w&'’-]*[ \u00a0]+){{1,5}}(?:{'|'.join(map(re.escape, rules.ranking_words))})\b")
            if rules.ranking_words
            else None
        )

    def find(self, text: str, offset: int = 0, blocked: list[tuple[int, int]] = ()) -> list[MetricHit]:
        """Trigger phrases in text; overlapping hits keep the longest (most specific).

        `blocked` spans (the "per 100,000 population" of a rate) hold no trigger, and in
        "the migration index of AI developers" the head phrase wins over its "of" modifier.
        """
        lowered = text.lower()
        # only the triggers whose first word occurs, in rule order (ties below keep it)
        candidates = sorted(i for word in self.first_words if word in lowered for i in self.by_first_word[word])
        hits = [
            MetricHit(m.start() + offset, m.end() + offset, metric, share_only)
            for _, other_words, pattern, metric, share_only in map(self.patterns.__getitem__, candidates)
            if all(word in lowered for word in other_words)
            for m in pattern.finditer(text)
        ]
        hits.sort(key=lambda h: (-(h.end - h.start), h.start))
        if self.named_ranking is not None:  # after the curated hits: a listed name keeps its own metric
            hits += [MetricHit(m.start() + offset, m.end() + offset, self._ranking(m.group(0))) for m in self.named_ranking.finditer(text)]
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


    def is_ranking(self, metric_id: str, label: str) -> bool:
        """Is the metric a ranking that countries are placed in (an index), not a place in
        another metric ("exports_rank")?"""
        return metric_id in self.ranking_ids or label.rsplit(maxsplit=1)[-1] in self.ranking_words

    def score_of(self, ranking_id: str, ranking_label: str) -> Metric:
        """A ranking's score ("scoring 90", "Finland came second on 88"), apart from its places."""
        base_id, base_label = ranking_id.removesuffix("_rank"), ranking_label.removesuffix(" rank")
        return Metric.model_construct(
            id=f"{base_id}_score", label=f"{base_label} score", unit="count", triggers=[f"{base_label} score"], examples=None
        )

    def _ranking(self, name: str) -> Metric:
        """A rank metric for a ranking no trigger lists, named as the text names it."""
        metric_id = snake_case(name)
        return self.by_id.get(metric_id) or Metric.model_construct(
            id=metric_id, label=name, unit="rank", triggers=[name], examples=None, measures_change=False, negative_when=[],
            takes_domain=False,
        )


@dataclass(frozen=True, slots=True)
class OpenWords:
    """Words an open-vocabulary id leaves out: generic nouns ("percent", "share") are no
    metric on their own; evaluative modifiers ("highest", "record") say how big a figure is,
    not what it measures."""

    generic: frozenset[str]
    modifiers: frozenset[str]
    counting: frozenset[str]  # generic heads left out when their "of" phrase names the metric
    agents: Mapping[str, str]  # "spender" -> "spending": the doer stands for the deed


def noun_chunks(sentence: Span) -> list[Span]:
    """The noun chunks of a sentence, as `sentence.noun_chunks` gives them. spaCy's runs
    the chunker over the whole Doc on every call, and a sentence asks once per figure, so
    the Doc's chunks are found once and kept in its user_data as token offsets (which,
    unlike Spans, hold no reference back to the Doc)."""
    doc = sentence.doc
    bounds = doc.user_data.get(_NOUN_CHUNKS)
    if bounds is None:
        bounds = doc.user_data[_NOUN_CHUNKS] = [(chunk.start, chunk.end, chunk.label) for chunk in doc.noun_chunks]
    return [
        Span(doc, start, end, label=label)
        for start, end, label in bounds
        if start >= sentence.start and end <= sentence.end
    ]


def open_metric(
    sentence: Span,
    start: int,
    end: int,
    skip: list[tuple[int, int]],
    words: OpenWords,
    counted_only: bool = False,
) -> tuple[str, str] | None:
    """The noun phrase a figure at [start, end) measures, as (snake_case id, label).

    A count names its noun right after it ("23 AI-related laws"); other figures take the
    noun chunk that governs them ("the outflow rate of Korean scientists (2.85%)"). A
    generic head takes the noun its "of" phrase names ("the share of renewables" ->
    "renewable share"). `skip` holds the spans of countries and numbers, never part of an
    id. With `counted_only`, only the noun right after a count ("30 missiles") is taken.
    """
    chunks = [c for c in noun_chunks(sentence) if c.end_char <= sentence.end_char]
    after = [c for c in chunks if c.start_char >= start and c.start_char - end <= 1]
    around = [c for c in chunks if c.start_char <= start < c.end_char]
    before = [c for c in chunks if c.end_char <= start]
    # "about 2.55 million STEM graduates": a chunk the count sits in, whose noun comes after it
    counted = after + [c for c in around if c.root.idx >= end]
    for group in (counted,) if counted_only else (after, around, before[::-1]):
        for chunk in group:
            if chunk.root.dep_ == "appos" and any(lo <= chunk.root.head.idx < hi for lo, hi in skip):
                continue  # "the UK, the long-time leader, has 14.7 GW": what the country is, not what it has
            found = phrase_metric(chunk, chunks, skip, words)
            if found is not None:
                return found
    return None


def phrase_metric(
    phrase: Span, chunks: list[Span], skip: list[tuple[int, int]], words: OpenWords
) -> tuple[str, str] | None:
    """(snake_case id, label) of a noun phrase, or None when it names no metric."""
    kept = _content_words(phrase, skip, words)
    if phrase.root.lemma_.lower() in words.generic and of_phrase(phrase, chunks) is None:
        adjectives = {t.lemma_.lower() for t in phrase if t.pos_ == "ADJ"}
        if all(word in words.generic or word in adjectives for word in kept):
            return None  # "in absolute terms", "at a steady rate": how a figure is given, not what
    if kept and all(word in words.generic for word in kept):
        of = of_phrase(phrase, chunks)
        kept = [*_content_words(of, skip, words), *(w for w in kept if w not in words.counting)] if of is not None else []
    if not kept or all(word in words.generic for word in kept):
        return None  # "percent", "the number": no metric on their own
    label = " ".join(kept)
    metric_id = snake_case(label)
    return (metric_id, label) if metric_id and not metric_id.isdigit() else None


#: names that are never what a figure measures: "Viswanathan Anand, 55", "on Dec 12"
NOT_MEASURED_ENTITIES = frozenset({"PERSON", "DATE", "TIME"})


def _content_words(chunk: Span, skip: list[tuple[int, int]], words: OpenWords) -> list[str]:
    return [
        words.agents.get(_base_form(t), _base_form(t))
        for t in chunk
        if not (
            (t.is_stop and not t.text.isupper())  # "IT capacity": an acronym, not the pronoun
            or t.like_num
            or t.is_punct
            or t.pos_ in ("DET", "PRON", "NUM")
            or ((t.lower_ in words.modifiers or t.lemma_.lower() in words.modifiers) and not _hyphened(t))
            or any(lo <= t.idx < hi for lo, hi in skip)
            or t.ent_type_ in NOT_MEASURED_ENTITIES
            or _is_place_owner(t)
        )
    ]


def _base_form(token: Token) -> str:
    """A word's lemma ("tonnes" -> "tonne"), but a past participle as written: the tagger's
    lemma of one can be another word ("FIDE-rated players" -> "rat")."""
    return token.lower_ if token.tag_ == "VBN" else token.lemma_.lower()


def _hyphened(token: Token) -> bool:
    """"high-speed", "low-income": a word hyphened to the next is part of a compound, not a modifier."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and following is not None and following.text in ("-", "‑")


def _is_place_owner(token: Token) -> bool:
    """"Europe's two biggest producers", "Southeast Asia's hub": a region owning the noun says
    where, not what (countries are in `skip` already)."""
    if token.ent_type_ not in ("GPE", "LOC"):
        return False
    return token.dep_ == "poss" or (token.head.dep_ == "poss" and token.head.ent_type_ == token.ent_type_)


def of_phrase(chunk: Span, chunks: list[Span]) -> Span | None:
    """The noun chunk of "of ..." right after a chunk's head: "the share of renewables"."""
    for prep in chunk.root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if objects:
                return next((c for c in chunks if c.root == objects[0]), None)
    return None
