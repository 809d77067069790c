"""When was an article published, and is its first line a title?

`find_published` takes the metadata date when there is one that parses, else a dateline or
byline near the start of the text, else a date in the article's URL (patterns in
rules/datelines.yaml). Dates are read with
dateparser under fixed settings, and a date without a day, month and year is no date: nothing
is ever filled in from today's clock.
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import dateparser
from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator, model_validator

from pipeline.models import PublishedSource
from pipeline.rules import validate_file
from pipeline.settings import Settings

DATELINES_FILE = "datelines.yaml"
DATE_GROUP = "date"
URL_DATE_GROUPS = ("year", "month", "day")
# dateparser only ever reads one language here: the pipeline accepts English articles only
DATEPARSER_LANGUAGES = ["en"]
# absolute dates only: no "yesterday", "7 hours ago" or Unix timestamps
DATEPARSER_PARSERS = ["custom-formats", "absolute-time"]


class _Rules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PatternExample(_Rules):
    text: StrictStr
    date: date


class PatternExamples(_Rules):
    match: list[PatternExample] = Field(min_length=1)
    no_match: list[StrictStr] = Field(min_length=1)


class DatelinePattern(_Rules):
    name: StrictStr = Field(pattern=r"^[a-z][a-z0-9_]*$")
    regex: StrictStr
    multiline: bool = False
    ignore_case: bool = False
    examples: PatternExamples


class UrlDatePattern(_Rules):
    name: StrictStr = Field(pattern=r"^[a-z][a-z0-9_]*$")
    regex: StrictStr
    examples: PatternExamples


class TitleRules(_Rules):
    shorter_than: int = Field(gt=0)
    sentence_end: list[StrictStr] = Field(min_length=1)


class DatelineRules(_Rules):
    relative_base: datetime
    window_chars: int = Field(gt=0)
    fragments: dict[StrictStr, StrictStr]
    patterns: list[DatelinePattern] = Field(min_length=1)
    url_patterns: list[UrlDatePattern] = Field(min_length=1)
    title: TitleRules

    @field_validator("fragments")
    @classmethod
    def _expand_fragments(cls, fragments: dict[str, str]) -> dict[str, str]:
        expanded: dict[str, str] = {}
        for name, regex in fragments.items():
            expanded[name] = _expand(regex, expanded)
            _compile(expanded[name], 0, f"fragment {name!r}")
        return expanded

    @model_validator(mode="after")
    def _patterns_compile(self) -> DatelineRules:
        names = [p.name for p in self.patterns]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:
            raise ValueError(f"pattern names must be unique; repeated: {repeated}")
        for pattern in self.patterns:
            compiled = _compile(_expand(pattern.regex, self.fragments), 0, f"pattern {pattern.name!r}")
            if DATE_GROUP not in compiled.groupindex:
                raise ValueError(f"pattern {pattern.name!r} needs a group named (?P<{DATE_GROUP}>...)")
        for url_pattern in self.url_patterns:
            compiled = _compile(_expand(url_pattern.regex, self.fragments), 0, f"url pattern {url_pattern.name!r}")
            missing = [group for group in URL_DATE_GROUPS if group not in compiled.groupindex]
            if missing:
                raise ValueError(f"url pattern {url_pattern.name!r} needs groups named {missing}")
        return self

    @cached_property
    def compiled(self) -> list[tuple[str, re.Pattern[str]]]:
        """(name, compiled regex) per pattern, in file order."""
        result = []
        for pattern in self.patterns:
            flags = (re.MULTILINE if pattern.multiline else 0) | (re.IGNORECASE if pattern.ignore_case else 0)
            result.append((pattern.name, _compile(_expand(pattern.regex, self.fragments), flags, pattern.name)))
        return result

    @cached_property
    def compiled_url(self) -> list[tuple[str, re.Pattern[str]]]:
        """(name, compiled regex) per URL pattern, in file order."""
        return [(p.name, _compile(_expand(p.regex, self.fragments), 0, p.name)) for p in self.url_patterns]

    @cached_property
    def dateparser_settings(self) -> dict[str, Any]:
        return {
            "RELATIVE_BASE": self.relative_base,
            "TIMEZONE": "UTC",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": DATEPARSER_PARSERS,
        }


def _expand(regex: str, fragments: dict[str, str]) -> str:
    for name, fragment in fragments.items():
        regex = regex.replace("{" + name + "}", fragment)
    return regex


def _compile(regex: str, flags: int, what: str) -> re.Pattern[str]:
    try:
        return re.compile(regex, flags)
    except re.error as err:
        raise ValueError(f"{what} is not a valid regular expression: {err}") from None


@cache
def load_dateline_rules(rules_dir: Path) -> DatelineRules:
    """rules/datelines.yaml, validated; cached per directory."""
    return validate_file(rules_dir / DATELINES_FILE, DatelineRules)


def default_dateline_rules() -> DatelineRules:
    return load_dateline_rules(Settings().rules)


def parse_date(text: str, rules: DatelineRules | None = None) -> date | None:
    """A full calendar date from `text`, or None. Never uses today's date.

    ISO 8601 and RFC 2822 stamps keep the date as written (dateparser would move
    "2023-11-21T02:00+09:00" to 20 November UTC); anything else goes to dateparser.
    """
    rules = rules or default_dateline_rules()
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    parsed = dateparser.parse(text, languages=DATEPARSER_LANGUAGES, settings=rules.dateparser_settings)
    return parsed.date() if parsed else None


def find_dateline(text: str, rules: DatelineRules | None = None) -> tuple[date, str] | None:
    """(date, pattern name) of the earliest dateline near the start of `text` that parses."""
    rules = rules or default_dateline_rules()
    head = text[: rules.window_chars]
    candidates = [
        (match.start(DATE_GROUP), order, name, match.group(DATE_GROUP))
        for order, (name, regex) in enumerate(rules.compiled)
        for match in regex.finditer(head)
    ]
    for _, _, name, found in sorted(candidates):
        parsed = parse_date(found, rules)
        if parsed is not None:
            return parsed, name
    return None


def find_url_date(url: str, rules: DatelineRules | None = None) -> tuple[date, str] | None:
    """(date, pattern name) of the earliest calendar date in `url` ("/2024/05/02/", "/20231214-")."""
    rules = rules or default_dateline_rules()
    candidates = sorted(
        (match.start(), order, name, match)
        for order, (name, regex) in enumerate(rules.compiled_url)
        for match in regex.finditer(url)
    )
    for _, _, name, match in candidates:
        try:
            return date(*(int(match.group(group)) for group in URL_DATE_GROUPS)), name
        except ValueError:  # "2024/02/30" looks like a date and is none
            continue
    return None


def find_published(
    meta_date: str | None, text: str, rules: DatelineRules | None = None, url: str | None = None
) -> tuple[date | None, PublishedSource | None]:
    """Publication date and where it came from: "metadata", "dateline", "url", or (None, None)."""
    rules = rules or default_dateline_rules()
    if meta_date:
        parsed = parse_date(meta_date, rules)
        if parsed is not None:
            return parsed, "metadata"
    found = find_dateline(text, rules)
    if found is not None:
        return found[0], "dateline"
    from_url = find_url_date(url, rules) if url else None
    if from_url is not None:
        return from_url[0], "url"
    return None, None


def find_title(text: str, rules: DatelineRules | None = None) -> str | None:
    """The first non-empty line when it is short and does not end like a sentence, else None."""
    rules = rules or default_dateline_rules()
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) < rules.title.shorter_than and not line.endswith(tuple(rules.title.sentence_end)):
            return line
        return None
    return None
