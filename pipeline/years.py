"""Which year a figure refers to, and how we know.

Order: an explicit year in the figure's sentence (the nearest one that is not a period
start such as "since 2017" nor a report edition such as "AI Index 2024"); a relative
phrase resolved against the article's own publication date ("last year"), or against a
year named just before ("a year earlier"); the year of the sentence the figure's sentence
continues. Never today's date: without a publication date, "last year" is resolved only
when the article itself says which year it is written in, by calling a report edition new
("the 2025 AI Index report, recently published"); otherwise it stays unknown.
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


@dataclass(frozen=True, slots=True)
class Period:
    """"Between 2019 and 2021": the first figure of a "from X to Y" pair is of `first`, the second of `last`."""

    first: int
    last: int
    text: str

#: how close (in characters) "released", "new" ... must be to a report edition's year
RELEASE_WINDOW = 60


class YearResolver:
    def __init__(self, cues: YearCues) -> None:
        self.cues = cues
        self.period_before = re.compile(rf"\b{one_of(cues.period_before)}[ \u00a0]+(?:the[ \u00a0]+)?(?:year[ \u00a0]+)?$", re.IGNORECASE)
        # "the lowest since Eurostat's comparable series began in 2004": the start of a record, not a date
        self.since_clause = re.compile(rf"\b{one_of(cues.record_starts)}\b[^,;.\d]*$", re.IGNORECASE)
        self.edition_before = re.compile(rf"\b{one_of(cues.edition_words)}[ \u00a0]+$", re.IGNORECASE)
        self.relative = self._phrases(cues.relative)
        self.relative_to_context = self._phrases(cues.relative_to_context)
        year = r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)"
        edition = one_of(cues.edition_words)
        self.edition = self._edition_pattern(year, edition)
        self.ranking_edition_re = self._edition_pattern(year, one_of(cues.ranking_edition_words))
        self.period = re.compile(
            rf"\b{one_of(cues.period.starts)}[ \u00a0]+(?P<first>{year})[ \u00a0]*{one_of(cues.period.joins)}[ \u00a0]*(?P<last>{year})",
            re.IGNORECASE,
        )
        self.comparison_before = re.compile(rf"\b{one_of(cues.comparison_before)}[ \u00a0]+$", re.IGNORECASE)
        self.base_before = re.compile(
            rf"\b{one_of(cues.base_before)}[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,4}}$", re.IGNORECASE
        )
        self.same_period = self._phrases(dict.fromkeys(cues.period.same, 0))
        self.release = re.compile(rf"\b{one_of(cues.release_words)}\b", re.IGNORECASE)
        self.month_numbers = {name.lower(): number for number, names in enumerate(cues.months, start=1) for name in names}
        # "in December", "the three months to December"; not "December 2023" (an explicit year) nor "December 5"
        self.month = re.compile(
            rf"\b(?P<month>{one_of([n for names in cues.months for n in names])})(?![\w.]?[ \u00a0]*(?:\d|,[ \u00a0]*\d))",
        )
        days = one_of(cues.news_days)
        # "On Tuesday, the Bank of Japan raised its policy rate to 0.1%": news of the day; not
        # "..., the ministry said on Tuesday", which dates only the report
        self.news_day = re.compile(rf"\b{days}\b", re.IGNORECASE)
        self.reported = re.compile(rf"\b{one_of(cues.reporting_words)}[ \u00a0]+(?:on[ \u00a0]+)?$", re.IGNORECASE)
        self.reporting_after = re.compile(rf"[ \u00a0]+{one_of(cues.reporting_words)}\b", re.IGNORECASE)
        release = one_of(cues.release_words)
        self.news_release = re.compile(
            rf"\b{days}[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,2}}?{release}\b|\b{release}[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,6}}?{days}\b",
            re.IGNORECASE,
        )

    @staticmethod
    def _edition_pattern(year: str, words: str) -> re.Pattern[str]:
        """"2024 AI Index report", "the 2024 edition", "Global Innovation Index 2024"."""
        return re.compile(
            rf"(?P<before>{year})[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,4}}?{words}\b"
            rf"|\b{words}[”″\"’' \u00a0]{{1,3}}(?P<after>{year})",
            re.IGNORECASE,
        )

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
            and not self.since_clause.search(text[max(0, y.start - 60) : y.start])
        ]

    def names_relative_year(self, text: str, sentence: tuple[int, int], figures: list[Quantity]) -> bool:
        """Does the sentence place itself in time with "last year", "a year earlier" ..., other
        than as the base of one of its comparisons ("from a deficit of $10.3 billion a year earlier")?"""
        return any(
            self.base_of(text, match.start(), figures) is None
            for pattern in (self.relative, self.relative_to_context)
            for match in pattern.finditer(text, *sentence)
        )

    def edition_year(self, text: str) -> YearEvidence:
        """The year an undated article is written in, when it calls a report edition new:
        "The 2025 AI Index report, recently published" says it is 2025. The newest such
        edition counts; the release word must be within RELEASE_WINDOW characters."""
        found = UNKNOWN
        for match in self.edition.finditer(text):
            around = text[max(0, match.start() - RELEASE_WINDOW) : match.end() + RELEASE_WINDOW]
            year = int(match.group("before") or match.group("after"))
            if self.release.search(around) and (found.year is None or year > found.year):
                found = YearEvidence(year, "relative_to_edition", match.group(0))
        return found

    def ranking_edition(self, text: str, ranking: tuple[int, int], years: list[Quantity]) -> Quantity | None:
        """The edition year written onto a ranking's name ("the Global Innovation Index 2024",
        "the 2024 GAI index"), among the sentence's `years`: a place in a ranking is of its
        edition, unlike the figures a report edition gives (the AI Index 2024 reports 2023's
        investment)."""
        lo, hi = ranking
        for match in self.edition.finditer(text, max(0, lo - 10), hi + 10):
            if self.reporting_after.match(text, match.end()):
                continue  # "placing it 10th globally, the AI Index 2024 said": the source, not the ranking
            if match.start() < hi and lo < match.end():
                return next((y for y in years if match.start() <= y.start < match.end()), None)
        return None

    def period_in(self, sentence_text: str, previous: Period | None) -> Period | None:
        """The period a sentence's "from X to Y" figures span: "Between 2019 and 2021" in
        it, or the period of the sentence before when it says "over the same period"."""
        if match := self.period.search(sentence_text):
            return Period(int(match.group("first")), int(match.group("last")), match.group(0))
        if previous is not None and self.same_period.search(sentence_text):
            return previous
        return None

    def ranking_release(self, text: str, published: date | None) -> YearEvidence:
        """The year of the ranking edition the article reports on: a rank it gives without a
        year is that edition's. The publication year, when it reports the release as news
        ("on Thursday released the results of the Global AI Index")."""
        if published is not None and (match := self.news_release.search(text)):
            return YearEvidence(published.year, "relative", match.group(0))
        # else the newest edition of a ranking the article names ("The 2024 edition, the
        # index's 17th", "the Global Innovation Index 2024"), if it is out by its date
        editions = [
            (int(match.group("before") or match.group("after")), match.group(0))
            for match in self.ranking_edition_re.finditer(text)
        ]
        editions = [(year, words) for year, words in editions if published is None or year <= published.year]
        if not editions:
            return UNKNOWN
        year, words = max(editions)
        return YearEvidence(year, "context", words)

    def base_of(self, text: str, start: int, figures: list[Quantity]) -> Quantity | None:
        """The figure a year phrase at `start` belongs to alone, when that figure is the base
        of a comparison right before it ("up from 79.7 billion euros in 2022")."""
        before = [f for f in figures if f.end <= start]
        if not before or not re.fullmatch(r"[ \u00a0,]*(?:[^\W\d]+[ \u00a0]+){0,5}", text[before[-1].end : start]):
            return None
        base = before[-1]
        return base if self.base_before.search(text, max(0, base.start - 60), base.start) else None

    def is_base_year(self, text: str, year: Quantity, figures: list[Quantity]) -> bool:
        """Is the year the base of a comparison, a year the sentence's figures are not of: a
        base figure's ("up from 79.7 billion euros in 2022") or one compared with on its own?"""
        return self.base_of(text, year.start, figures) is not None or self.compared_alone(text, year, figures)

    def compared_alone(self, text: str, year: Quantity, figures: list[Quantity]) -> bool:
        """Is the year compared with on its own, right after a comparison word and no figure
        ("R&D intensity fell in nine member states compared with 2022")?"""
        before = [f for f in figures if f.end <= year.start]
        lo = before[-1].end if before else max(0, year.start - 40)
        return self.comparison_before.search(text, lo, year.start) is not None

    def resolve(
        self,
        text: str,
        sentence: tuple[int, int],
        figure: Quantity,
        years: list[Quantity],
        published: date | None,
        previous_year: int | None,
        edition: YearEvidence = UNKNOWN,
        figures: list[Quantity] = (),
    ) -> YearEvidence:
        """Year of figure; `years` are the data years of its sentence, `text` the article,
        `edition` what edition_year found for an article without a publication date,
        `figures` the other figures of the sentence (a year that is another figure's
        comparison base does not date this one). The nearer of an explicit year and a
        relative phrase wins ("rose 5.9% on average last year, down from 6.9% in 2022"); a
        month without a year ("in December") is the last such month before publication."""
        s0 = sentence[0]
        sentence_text = text[s0 : sentence[1]]

        def dates_figure(start: int) -> bool:
            base = self.base_of(text, start, figures)
            return base is None or base.start == figure.start

        found: list[tuple[int, YearEvidence]] = [
            (_gap(y.start, y.end, figure), YearEvidence(int(y.value), "explicit", y.text))
            for y in years
            if dates_figure(y.start) and not self.compared_alone(text, y, figures)
        ]
        for match in self.relative_to_context.finditer(sentence_text):
            # "a year earlier" counts from the year named last before it, in the sentence or before it
            anchor = next((int(y.value) for y in reversed(years) if y.end <= s0 + match.start()), previous_year)
            if self.comparison_before.search(sentence_text, 0, match.start()) and not self.base_of(text, s0 + match.start(), figures):
                continue  # "exports rose 6.6% from a year earlier": the base of a change, which it does not date
            if anchor is not None and dates_figure(s0 + match.start()):
                offset = self.cues.relative_to_context[match.group(0).lower()]
                evidence = YearEvidence(anchor + offset, "context", match.group(0))
                found.append((_gap(s0 + match.start(), s0 + match.end(), figure), evidence))
        for match in self.relative.finditer(sentence_text):
            evidence = self._relative(sentence_text, match, published, edition)
            if evidence.year is not None and dates_figure(s0 + match.start()):
                found.append((_gap(s0 + match.start(), s0 + match.end(), figure), evidence))
        if found:
            return min(found, key=lambda pair: pair[0])[1]
        if published is not None and (month := self.month.search(sentence_text)):
            number = self.month_numbers[month.group("month").lower().rstrip(".")]
            year = published.year if number <= published.month else published.year - 1
            return YearEvidence(year, "relative", month.group(0))
        if published is not None:
            for day in self.news_day.finditer(sentence_text):
                if not self.reported.search(sentence_text, 0, day.start()):
                    return YearEvidence(published.year, "relative", day.group(0))
        return UNKNOWN

    def _relative(self, sentence_text: str, match: re.Match[str], published: date | None, edition: YearEvidence) -> YearEvidence:
        phrase = match.group(0)
        # "a 15% reduction from this year": the year compared with is the one before the figure's
        comparison = self.comparison_before.search(sentence_text, 0, match.start())
        after_base = 1 if comparison else 0
        words = sentence_text[comparison.start() : match.end()] if comparison else phrase
        if published is None and edition.year is not None:
            year = edition.year + self.cues.relative[phrase.lower()] + after_base
            return YearEvidence(year, "relative_to_edition", f"{words} ({edition.text})")
        if published is None:
            return UNKNOWN
        return YearEvidence(self._resolve_relative(phrase, published) + after_base, "relative", words)

    def _resolve_relative(self, phrase: str, published: date) -> int:
        """dateparser with the article's date as the base, in UTC: reproducible tomorrow too."""
        base = datetime(published.year, published.month, published.day)
        parsed = dateparser.parse(
            phrase, languages=["en"], settings={"RELATIVE_BASE": base, "TIMEZONE": "UTC"}
        )
        if parsed is not None:
            return parsed.year
        return published.year + self.cues.relative[phrase.lower()]


def _gap(start: int, end: int, figure: Quantity) -> int:
    """Characters between a span and a figure; a span before the figure counts one more, so
    that of two equally near the one after wins ("from KRW 705.1 billion in 2023 to KRW
    777.2 billion in 2024")."""
    if start >= figure.end:
        return start - figure.end
    return figure.start - end + 1
