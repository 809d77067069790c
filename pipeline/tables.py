"""Markdown tables in an article's text: where they are, and which cell sits under which
header and in which row. What a cell's figure means (its country, metric and year) is
claims.py's job; this module only reads the grid, with the character span of every cell
so that a claim from a table points at its exact words like any other."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a header row, the |---|---| rule under it, then body rows; each a line of |-separated cells
_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*\n[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\n(?:[ \t]*\|.*\|[ \t]*(?:\n|$))+", re.MULTILINE)
_CELL = re.compile(r"(?<=\|)([^|\n]*)(?=\|)")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int  # offsets into the article text, the cell's words without the padding around them
    end: int


@dataclass(frozen=True, slots=True)
class Table:
    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]


def find_tables(text: str) -> list[Table]:
    """Every Markdown table of the text, in order."""
    tables = []
    for match in _TABLE.finditer(text):
        lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text[match.start() : match.end()])]
        header, _, *body = [_cells(line, match.start() + offset) for offset, line in lines]
        rows = [row for row in body if len(row) == len(header)]
        if rows:
            tables.append(Table(match.start(), match.end(), header, rows))
    return tables


def _cells(line: str, offset: int) -> list[Cell]:
    cells = []
    for m in _CELL.finditer(line):
        stripped = m.group(1).strip()
        start = offset + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        cells.append(Cell(stripped, start, start + len(stripped)))
    return cells
