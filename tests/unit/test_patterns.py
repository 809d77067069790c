"""one_of: the prefix-tree alternation matches exactly what trying the phrases longest first does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.patterns import one_of


def _flat(phrases: list[str]) -> str:
    """The reference: a flat alternation, longest phrase first."""
    return f"(?:{'|'.join(sorted({re.escape(p) for p in phrases}, key=lambda p: (-len(p), p)))})"


def _matches(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize(
    "phrases,text,flags,expected",
    [
        (["per", "per cent"], "4 per cent", 0, [(2, 10)]),
        (["per", "per cent"], "4 per centre", 0, [(2, 5)]),  # the longer phrase fails word_end, the shorter is taken
        (["U.S.", "U.S"], "the U.S. and", 0, [(4, 8)]),
        (["Bn", "bn"], "5BN", re.IGNORECASE, [(1, 3)]),  # case variants: the flat group is kept
        (["Korea", "korea"], "KOREA", 0, []),
        (["korea"], "KOREA", re.IGNORECASE, [(0, 5)]),
    ],
)
def test_patterns_one_of_matches_longest_phrase(phrases: list[str], text: str, flags: int, expected: list) -> None:
    assert _matches(one_of(phrases, word_end=True, case_sensitive=not flags), text, flags) == expected


def test_patterns_one_of_builds_a_prefix_tree() -> None:
    assert one_of(["per", "per cent", "percent"]) == "(?:per(?:\\ cent|cent)?)"
    assert one_of(["Bn", "bn"]) == "(?:Bn|bn)"  # case variants under re.IGNORECASE: flat


PHRASE = st.text(alphabet="aAbB. -", min_size=1, max_size=5)


@given(
    phrases=st.lists(PHRASE, min_size=1, max_size=8),
    text=st.text(alphabet="aAbB. -x", max_size=30),
    ignore_case=st.booleans(),
    suffix=st.sampled_from(["", r"(?![A-Za-z])", r"b", r"\.?$"]),
)
def test_patterns_one_of_same_matches_as_flat_alternation(
    phrases: list[str], text: str, ignore_case: bool, suffix: str
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    expected = _matches(_flat(phrases) + suffix, text, flags)
    assert _matches(one_of(phrases) + suffix, text, flags) == expected
    if not ignore_case:
        assert _matches(one_of(phrases, case_sensitive=True) + suffix, text, flags) == expected
