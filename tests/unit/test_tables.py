"""Reading Markdown tables: cells under their headers, with exact spans."""

from __future__ import annotations

from pipeline.tables import find_tables

TEXT = (
    "Unemployment fell in August.\n\n"
    "| Country | Aug 2024 | Aug 2023 |\n"
    "|---|---|---|\n"
    "| Spain | 11.5% | 12.2% |\n"
    "|  Italy  | 6.2% | 7.3% |\n"
    "| broken row |\n\n"
    "Source: Eurostat. A pipe | in prose is no table.\n"
)


def test_tables_find_header_rows_and_cell_spans() -> None:
    (table,) = find_tables(TEXT)
    assert [c.text for c in table.header] == ["Country", "Aug 2024", "Aug 2023"]
    assert [[c.text for c in row] for row in table.rows] == [["Spain", "11.5%", "12.2%"], ["Italy", "6.2%", "7.3%"]]
    for row in table.rows:
        for cell in row:
            assert TEXT[cell.start : cell.end] == cell.text
    assert TEXT[table.start : table.end].startswith("| Country")


def test_tables_need_a_rule_under_the_header() -> None:
    assert find_tables("| a | b |\n| 1 | 2 |\n") == []
    assert find_tables("No table here.") == []
