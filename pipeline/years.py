"""Which year a figure refers to, and how we know.

Order: an explicit year in the figure's sentence (the nearest one that is not a period
start such as "since 2017" nor a report edition such as "AI Index 2024"); a relative
phrase resolved against the article's own publication date ("last year"), or against a
year named just before ("a year earlier"); the year of the sentence the figure's sentence
continues. Never today's date: without a publication date, "last year" stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

import dateparser

from .models import YearSource
from .patterns import one_of
from .quantities import Quantity
from .rules import YearCues


@dataclass(frozen=True, slots=True)
class YearEvidence:
    year: int | None
    source: YearSource | None
    text: str | None


UNKNOWN = YearEvidence(None, None, None)


class YearResolver:
    def __init__(self, cues: YearCues) -> None:
        self.cues = cues
        self.period_before = re.compile(rf"\b{one_of(cues.period_before)}[ \u00a0]+(?:the[ \u00a0]+)?(?:year[ \u00a0]+)?$", re.IGNORECASE)
        self.edition_before = re.compile(rf"\b{one_of(cues.edition_words)}[ \u00a0]+$", re.IGNORECASE)
        self.relative = self._phrases(cues.relative)
        self.relative_to_context = self._phrases(cues.relative_to_context)

    @staticmethod
    def _phrases(table: dict[str, int]) -> re.Pattern[str]:
        return re.compile(rf"\b{one_of(table)}\b", re.IGNORECASE)

    def data_years(self, text: str, years: list[Quantity]) -> list[Quantity]:
        """Years in text that can date a figure: not period starts, not report editions."""
        return [
            y
            for y in years
            if not self.period_before.search(text[max(0, y.start - 30) : y.start])
            and not self.edition_before.search(text[max(0, y.start - 30) : y.start])
        ]

    def resolve(
        self,
        text: str,
        sentence: tuple[int, int],
        figure: Quantity,
        years: list[Quantity],
        published: date | None,
        previous_year: int | None,
    ) -> YearEvidence:
        """Year of figure; `years` are the data years of its sentence, `text` the article."""
        if years:
            nearest = min(years, key=lambda y: (_gap(y, figure), y.start < figure.start))
            return YearEvidence(int(nearest.value), "explicit", nearest.text)
        sentence_text = text[sentence[0] : sentence[1]]
        if match := self.relative_to_context.search(sentence_text):
            if previous_year is not None:
                offset = self.cues.relative_to_context[match.group(0).lower()]
                return YearEvidence(previous_year + offset, "context", match.group(0))
        if match := self.relative.search(sentence_text):
            if published is None:
                return UNKNOWN
            return YearEvidence(self._resolve_relative(match.group(0), published), "relative", match.group(0))
        return UNKNOWN

    def _resolve_relative(self, phrase: str, published: date) -> int:
        """dateparser with the article's date as the base, in UTC: reproducible tomorrow too."""
        base = datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(
            phrase, languages=["en"], settings={"RELATIVE_BASE": base, "TIMEZONE": "UTC"}
        )
        if parsed is not None:
            return parsed.year
        return published.year + self.cues.relative[phrase.lower()]


def _gap(year: Quantity, figure: Quantity) -> int:
    if year.start >= figure.end:
        return year.start - figure.end
    return figure.start - year.end
