"""Numbered lists of countries in the order of a figure: a ranking, whose markers are places.

"1. China — 30.2 million / 2. United States — 10.6 million / 3. Japan — 8.99M" places China
first. A numbered list of anything else ("1. Short school closures limited learning losses"),
or of countries in no order of their figures, keeps its markers as no claims.
"""

from __future__ import annotations

import re

from .countries import CountryMention
from .quantities import Quantity

#: a list item's number at the start of its line: "2. ", "10) "
_MARKER = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+", re.MULTILINE)
#: an item may open with an article before the country: "4. The Netherlands — 3.1"
_ARTICLE = re.compile(r"(?:the[ \t]+)?", re.IGNORECASE)
#: a line ending in a colon right before a list's first item introduces the list
_INTRODUCES_LIST = re.compile(r":[ \t]*\n\s*(?:\d{1,3}[.)]|[-*•])[ \t]")
#: a caption: a line that no stop closes, right above a numbered list or a table (a line above
#: bullets is too often a "More from Green Grid" over other stories' headlines)
_CAPTION = re.compile(r"[^\s.!?:\"”*][ \t]*\n\s*(?:\d{1,3}[.)][ \t]|\|)")
#: fewer items than this are too few to tell a ranking from a numbered list
MIN_ITEMS = 3


def ranked_list_markers(
    text: str, quantities: list[Quantity], mentions: list[CountryMention]
) -> dict[Quantity, Quantity]:
    """The marker of each item of every ranked list of countries in text, with the item's figure."""
    by_start = {q.start: q for q in quantities}
    runs: list[list[tuple[Quantity, int, Quantity]]] = []  # per list: (marker, number, the item's figure)
    previous_end = -1
    for match in _MARKER.finditer(text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        item = _item(text, match, line_end, by_start, mentions, quantities)
        if item is None:
            previous_end = -1
            continue
        follows = runs and previous_end >= 0 and not text[previous_end : match.start()].strip() and item[1] == runs[-1][-1][1] + 1
        if follows:
            runs[-1].append(item)
        else:
            runs.append([item])
        previous_end = line_end
    ranked = [run for run in runs if len(run) >= MIN_ITEMS and _in_order([figure.value for _, _, figure in run])]
    return {marker: figure for run in ranked for marker, _, figure in run}


def introduces_list(text: str, end: int) -> bool:
    """Does the text up to `end` close a line that introduces a list or a table ("Highest homicide
    rates, 2024:", or a caption without the colon: "Cumulative installed wind capacity, end of 2023")?"""
    colon = text.rfind(":", 0, end)
    if colon >= 0 and not text[colon + 1 : end].strip() and _INTRODUCES_LIST.match(text, colon) is not None:
        return True
    line_end = len(text[:end].rstrip())
    return line_end > 0 and _CAPTION.match(text, line_end - 1) is not None


def _item(
    text: str,
    match: re.Match[str],
    line_end: int,
    by_start: dict[int, Quantity],
    mentions: list[CountryMention],
    quantities: list[Quantity],
) -> tuple[Quantity, int, Quantity] | None:
    """(marker, number, figure) of an item that opens with a country and gives a figure."""
    marker = by_start.get(match.start(1))
    country = next((m for m in mentions if match.end() <= m.start < line_end), None)
    if marker is None or country is None or not _ARTICLE.fullmatch(text[match.end() : country.start]):
        return None
    figure = next((q for q in quantities if q.kind == "figure" and country.end <= q.start < line_end), None)
    return None if figure is None else (marker, int(match.group(1)), figure)


def _in_order(values: list[float]) -> bool:
    pairs = list(zip(values, values[1:]))
    return all(a >= b for a, b in pairs) or all(a <= b for a, b in pairs)
