"""Is a text English? A light, dependency-free guess from function words and scripts.

Everything the guess knows (word lists, script ranges, thresholds, the charsets ingest may
try) is in rules/language.yaml; see its header for the decision. `detect_language` is the
public entry point; `guess_language` returns the evidence too, for rejection details.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictStr, field_validator, model_validator

from pipeline.rules import validate_file
from pipeline.settings import Settings

LANGUAGE_FILE = "language.yaml"
ENGLISH = "en"
UNDETERMINED = "und"


def _unique_lower(words: list[str], what: str) -> list[str]:
    seen: set[str] = set()
    for word in words:
        if not word or word != word.strip() or word != word.lower():
            raise ValueError(f"{what}: {word!r} must be a non-empty lower-case word without spaces around it")
        if word in seen:
            raise ValueError(f"{what}: {word!r} is listed twice")
        seen.add(word)
    return words


# ---------------------------------------------------------------------------------------
# The schema of rules/language.yaml


class _Rules(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CodepointRange(_Rules):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        first, sep, last = value.partition("..")
        if not sep or not first.startswith("U+") or not last.startswith("U+"):
            raise ValueError(f"{value!r}: write a range as 'U+XXXX..U+YYYY'")
        try:
            return {"start": int(first[2:], 16), "end": int(last[2:], 16)}
        except ValueError:
            raise ValueError(f"{value!r}: code points must be hexadecimal, as in 'U+AC00..U+D7A3'") from None

    @model_validator(mode="after")
    def _ordered(self) -> CodepointRange:
        if self.end < self.start:
            raise ValueError(f"range ends (U+{self.end:04X}) before it starts (U+{self.start:04X})")
        return self

    def __contains__(self, char: str) -> bool:
        return self.start <= ord(char) <= self.end


class ScriptRule(_Rules):
    language: StrictStr = Field(pattern=r"^[a-z]{2}$", description="ISO 639-1 code")
    ranges: list[CodepointRange] = Field(min_length=1)


class Thresholds(_Rules):
    min_english_share: float = Field(gt=0, le=1)
    max_non_latin_share: float = Field(ge=0, lt=1)
    min_other_share: float = Field(gt=0, le=1)
    min_tokens: int = Field(ge=0)
    full_confidence_share: float = Field(gt=0, le=1)


class DecodingRules(_Rules):
    candidates: list[StrictStr] = Field(min_length=1, description="charsets charset detection may choose from")
    preferred: list[StrictStr] = Field(description="tie-breakers among equally plausible decodings, in order")
    max_chaos: float = Field(ge=0, le=1)
    tie_margin: float = Field(ge=0, le=1)
    min_bytes: int = Field(ge=1, description="shorter inputs are not given to charset detection")
    max_control_byte_share: float = Field(gt=0, le=1)

    @field_validator("candidates", "preferred")
    @classmethod
    def _known_codecs(cls, names: list[str]) -> list[str]:
        for name in names:
            try:
                codecs.lookup(name)
            except LookupError:
                raise ValueError(f"{name!r} is not a charset Python knows") from None
        return names

    @model_validator(mode="after")
    def _preferred_are_candidates(self) -> DecodingRules:
        missing = [name for name in self.preferred if name not in self.candidates]
        if missing:
            raise ValueError(f"preferred charsets {missing} must also be listed in candidates")
        return self


class LanguageRules(_Rules):
    token_pattern: StrictStr
    thresholds: Thresholds
    english_function_words: list[StrictStr] = Field(min_length=1)
    latin_languages: dict[StrictStr, list[StrictStr]]
    latin: list[CodepointRange] = Field(min_length=1)
    scripts: list[ScriptRule] = Field(min_length=1)
    decoding: DecodingRules

    @field_validator("token_pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as err:
            raise ValueError(f"not a valid regular expression: {err}") from None
        return pattern

    @field_validator("english_function_words")
    @classmethod
    def _english_words(cls, words: list[str]) -> list[str]:
        return _unique_lower(words, "english_function_words")

    @field_validator("latin_languages")
    @classmethod
    def _other_words(cls, languages: dict[str, list[str]]) -> dict[str, list[str]]:
        for code, words in languages.items():
            if len(code) != 2 or not code.isascii() or not code.islower() or code == ENGLISH:
                raise ValueError(f"{code!r} must be an ISO 639-1 code other than {ENGLISH!r}")
            if not words:
                raise ValueError(f"{code}: the word list is empty")
            _unique_lower(words, code)
        return languages

    @cached_property
    def token_regex(self) -> re.Pattern[str]:
        return re.compile(self.token_pattern)

    @cached_property
    def english_words(self) -> frozenset[str]:
        return frozenset(self.english_function_words)

    @cached_property
    def other_words(self) -> dict[str, frozenset[str]]:
        return {code: frozenset(words) for code, words in self.latin_languages.items()}


@cache
def load_language_rules(rules_dir: Path) -> LanguageRules:
    """rules/language.yaml, validated; cached per directory."""
    return validate_file(rules_dir / LANGUAGE_FILE, LanguageRules)


def default_language_rules() -> LanguageRules:
    return load_language_rules(Settings().rules)


# ---------------------------------------------------------------------------------------
# The guess


class LanguageGuess(_Rules):
    """A language guess with the measurements behind it."""

    language: str = Field(description="ISO 639-1 code, or 'und' when it cannot be told")
    confidence: float = Field(ge=0, le=1)
    english_share: float = Field(description="share of word tokens that are English function words")
    non_latin_share: float = Field(description="share of letters outside the Latin script")


def _in_any(char: str, ranges: list[CodepointRange]) -> bool:
    return any(char in span for span in ranges)


def guess_language(text: str, rules: LanguageRules | None = None) -> LanguageGuess:
    """Guess the language of `text`; see rules/language.yaml for the decision."""
    rules = rules or default_language_rules()
    limits = rules.thresholds
    # count distinct characters and tokens once: a long article has few distinct ones
    letters = Counter(char for char in text if char.isalpha())
    tokens = Counter(token.lower() for token in rules.token_regex.findall(text))
    n_letters = sum(letters.values())
    n_tokens = sum(tokens.values())

    def share(words: frozenset[str]) -> float:
        return sum(n for token, n in tokens.items() if token in words) / n_tokens if n_tokens else 0.0

    english_share = share(rules.english_words)
    non_latin = {char: n for char, n in letters.items() if not _in_any(char, rules.latin)}
    non_latin_share = sum(non_latin.values()) / n_letters if n_letters else 0.0

    def guess(language: str, confidence: float) -> LanguageGuess:
        return LanguageGuess(
            language=language,
            confidence=round(min(1.0, confidence), 4),
            english_share=round(english_share, 4),
            non_latin_share=round(non_latin_share, 4),
        )

    if not n_letters:
        return guess(UNDETERMINED, 0.0)
    if non_latin_share > limits.max_non_latin_share:
        counts = [
            sum(n for char, n in non_latin.items() if _in_any(char, script.ranges)) for script in rules.scripts
        ]
        best = max(range(len(counts)), key=lambda i: (counts[i], -i))
        if counts[best] == 0:
            return guess(UNDETERMINED, 0.0)
        return guess(rules.scripts[best].language, counts[best] / n_letters)

    other_shares = {code: share(words) for code, words in rules.other_words.items()}
    best_other = max(other_shares, key=lambda code: other_shares[code], default=None)
    if best_other and other_shares[best_other] >= limits.min_other_share and other_shares[best_other] > english_share:
        return guess(best_other, other_shares[best_other] / limits.full_confidence_share)
    if english_share >= limits.min_english_share or n_tokens < limits.min_tokens:
        return guess(ENGLISH, english_share / limits.full_confidence_share)
    return guess(UNDETERMINED, 0.0)


def detect_language(text: str, rules: LanguageRules | None = None) -> tuple[str, float]:
    """Return (ISO 639-1 code or 'und', confidence in [0, 1]) for `text`."""
    result = guess_language(text, rules)
    return result.language, result.confidence
