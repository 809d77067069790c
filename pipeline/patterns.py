"""Turn phrase lists from rules/ into regex alternations, one way everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable


def one_of(phrases: Iterable[str], word_end: bool = False) -> str:
    """A non-capturing alternation of the escaped phrases, longest first, so that
    "per cent" wins over "per"; with word_end, no letter may follow the match."""
    escaped = sorted({re.escape(p) for p in phrases}, key=lambda p: (-len(p), p))
    group = f"(?:{'|'.join(escaped)})"
    return group + r"(?![A-Za-z])" if word_end else group
