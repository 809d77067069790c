"""pipeline/published.py: publication dates from metadata or datelines, and .txt titles."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
import yaml

from pipeline.errors import RuleFileError
from pipeline.published import (
    DatelineRules,
    default_dateline_rules,
    find_dateline,
    find_published,
    find_title,
    find_url_date,
    parse_date,
)
from pipeline.rules import validate_file
from pipeline.settings import Settings

RULES_FILE = Settings().rules / "datelines.yaml"
RULES = default_dateline_rules()
PATTERNS = dict(RULES.compiled)

MATCH_EXAMPLES = [
    pytest.param(p.name, e.text, e.date, id=f"{p.name}-{i}")
    for p in RULES.patterns
    for i, e in enumerate(p.examples.match)
]
NO_MATCH_EXAMPLES = [
    pytest.param(p.name, text, id=f"{p.name}-{i}") for p in RULES.patterns for i, text in enumerate(p.examples.no_match)
]


@pytest.mark.parametrize("name,text,expected", MATCH_EXAMPLES)
def test_published_pattern_examples_match(name: str, text: str, expected: date) -> None:
    match = PATTERNS[name].search(text)
    assert match is not None
    assert parse_date(match.group("date")) == expected
    assert find_published(None, text) == (expected, "dateline")


URL_MATCH_EXAMPLES = [
    pytest.param(p.name, e.text, e.date, id=f"{p.name}-{i}")
    for p in RULES.url_patterns
    for i, e in enumerate(p.examples.match)
]
URL_NO_MATCH_EXAMPLES = [
    pytest.param(text, id=f"{p.name}-{i}") for p in RULES.url_patterns for i, text in enumerate(p.examples.no_match)
]


@pytest.mark.parametrize("name,url,expected", URL_MATCH_EXAMPLES)
def test_published_url_pattern_examples_match(name: str, url: str, expected: date) -> None:
    assert find_url_date(url) == (expected, name)
    assert find_published(None, "", url=url) == (expected, "url")


@pytest.mark.parametrize("url", URL_NO_MATCH_EXAMPLES)
def test_published_url_pattern_examples_no_match(url: str) -> None:
    assert find_url_date(url) is None


@pytest.mark.parametrize(
    "meta_date,text,url,expected",
    [
        # the metadata and a dateline in the text come before the URL
        ("2024-06-01", "", "https://x.example/2024/05/02/a", (date(2024, 6, 1), "metadata")),
        (None, "Published: 17 April 2024\ntext", "https://x.example/2024/05/02/a", (date(2024, 4, 17), "dateline")),
        (None, "text", "https://x.example/2024/05/02/a", (date(2024, 5, 2), "url")),
        # no calendar date: nothing, and the next match is tried
        (None, "text", "https://x.example/2024/02/30/a", (None, None)),
        (None, "text", "https://x.example/2024/02/30/20240301-a", (date(2024, 3, 1), "url")),
        (None, "text", None, (None, None)),
    ],
)
def test_published_url_date_comes_last(meta_date: str | None, text: str, url: str | None, expected: tuple) -> None:
    assert find_published(meta_date, text, url=url) == expected


@pytest.mark.parametrize("name,text", NO_MATCH_EXAMPLES)
def test_published_pattern_examples_no_match(name: str, text: str) -> None:
    assert PATTERNS[name].search(text) is None


@pytest.mark.parametrize(
    "meta_date,text,expected",
    [
        ("2023-11-21", "SEOUL, April 17, 2024 (Yonhap) -- text", (date(2023, 11, 21), "metadata")),
        # the date as written, not moved to UTC (that would be 20 November)
        ("2023-11-21T02:00:00+09:00", "", (date(2023, 11, 21), "metadata")),
        ("Tue, 21 Nov 2023 02:00:00 +0900", "", (date(2023, 11, 21), "metadata")),
        ("November 21, 2023", "", (date(2023, 11, 21), "metadata")),
        # metadata without a full date falls through to the dateline
        ("Nov. 21", "SEOUL, April 17, 2024 (Yonhap) -- text", (date(2024, 4, 17), "dateline")),
        ("yesterday", "", (None, None)),
        ("", "By Park Sae-jin Posted : April 17, 2024, 17:03", (date(2024, 4, 17), "dateline")),
        (None, "| yna@yna.co.kr 2025-03-06 16:06:17", (date(2025, 3, 6), "dateline")),
        # a dateline without a year gives nothing: never today's year
        (None, "SEOUL, April 17 (Korea Bizwire) – While South Korea", (None, None)),
        # a date in the running text is not a dateline
        (None, "Tesla's robot at the conference in Shanghai, China on July 4, 2024.", (None, None)),
        # the earliest dateline wins
        (None, "Posted : April 17, 2024\nUpdated : April 18, 2024", (date(2024, 4, 17), "dateline")),
        # beyond the window (1,500 characters) nothing is looked for
        (None, "x" * 1500 + "\nPosted : April 17, 2024", (None, None)),
        (None, "x" * 1470 + "\nPosted : April 17, 2024", (date(2024, 4, 17), "dateline")),
        # an impossible date is skipped, the next candidate is used
        (None, "Posted : February 30, 2024\nUpdated : March 1, 2024", (date(2024, 3, 1), "dateline")),
        (None, "", (None, None)),
    ],
)
def test_published_find_published(meta_date: str | None, text: str, expected: tuple) -> None:
    assert find_published(meta_date, text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2023.10.16", date(2023, 10, 16)),
        ("17 April 2024", date(2024, 4, 17)),
        ("Sept. 5, 2023", date(2023, 9, 5)),
        ("20231016", date(2023, 10, 16)),
        ("April 17", None),
        ("May 2024", None),
        ("2024", None),
        ("today", None),
        ("7 hours ago", None),
        ("1700000000", None),
        ("  ", None),
    ],
)
def test_published_parse_date_needs_day_month_year(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_published_find_dateline_names_the_pattern() -> None:
    text = "Korea Lacks AI Experts\n\n  • By Ryu Jung\n\n    November 21, 2023 13:19\n"
    assert find_dateline(text) == (date(2023, 11, 21), "date_line")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Korea increasingly losing AI talent abroad: report\n\nBy Park", "Korea increasingly losing AI talent abroad: report"),
        ("\n\n   Korea Lacks AI Experts  \nbody", "Korea Lacks AI Experts"),
        ("x" * 199 + "\nbody", "x" * 199),
        ("x" * 200 + "\nbody", None),
        ("The budget was cut by 15 percent this year.\nMore text", None),
        ("Is Korea losing its AI talent?\nMore text", None),
        ("", None),
        ("\n \n", None),
    ],
)
def test_published_find_title(text: str, expected: str | None) -> None:
    assert find_title(text) == expected


# -- the rule file is validated on load -------------------------------------------------


def _rules_with(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "datelines.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_published_rules_load() -> None:
    rules = validate_file(RULES_FILE, DatelineRules)
    assert [p.name for p in rules.patterns] == ["labelled_stamp", "timestamp", "date_line", "wire_dateline", "release_dateline", "byline", "name_stamp"]
    assert rules.window_chars == 1500
    assert [p.name for p in rules.url_patterns] == ["url_path_date", "url_compact_date"]


@pytest.mark.parametrize(
    "change,message",
    [
        (lambda d: d["patterns"][0].update(regex="Posted : (?P<when>{date})"), "needs a group named (?P<date>...)"),
        (lambda d: d["patterns"][0].update(regex="(?P<date>[0-9"), "pattern 'labelled_stamp' is not a valid regular expression"),
        (lambda d: d["patterns"][1].update(name="labelled_stamp"), "pattern names must be unique; repeated: ['labelled_stamp']"),
        (lambda d: d["patterns"][0]["examples"].update(match=[]), "patterns.0.examples.match: List should have at least 1 item"),
        (lambda d: d["patterns"][0].update(flags=26), "patterns.0.flags: Extra inputs are not permitted"),
        (lambda d: d.update(window_chars=0), "window_chars: Input should be greater than 0"),
        (lambda d: d["fragments"].update(month="(?:Jan"), "fragment 'month' is not a valid regular expression"),
        (lambda d: d["url_patterns"][0].update(regex="/(?P<year>{year})/"), "url pattern 'url_path_date' needs groups named ['month', 'day']"),
        (lambda d: d.update(url_patterns=[]), "url_patterns: List should have at least 1 item"),
    ],
)
def test_published_rules_reject_bad_file(tmp_path: Path, change, message: str) -> None:
    path = _rules_with(tmp_path, change)
    with pytest.raises(RuleFileError) as caught:
        validate_file(path, DatelineRules)
    assert message in str(caught.value)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["SEOUL, ", "April 17", ", 2024", " 2024", "Posted : ", "\n", "  ", "17:03", "2023.10.16", "Nov. 21",
             "By Ryu Jung | ", "yesterday", "2025-03-06 ", "today", "-", "(Yonhap)"]
        ),
        max_size=10,
    ).map("".join)
)
def test_published_date_only_from_the_text(text: str) -> None:
    """Whatever the text, a found date's year is written in it: nothing comes from the clock."""
    found, source = find_published(None, text)
    assert (found is None) == (source is None)
    if found is not None:
        assert source == "dateline"
        assert str(found.year) in text
