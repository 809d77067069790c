"""Turn phrase lists from rules/ into regex alternations, one way everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: the key of a prefix-tree node that marks the end of a phrase (no phrase char is empty)
_END = ""

PrefixTree = dict[str, "PrefixTree"]


def one_of(phrases: Iterable[str], word_end: bool = False, case_sensitive: bool = False) -> str:
    """A non-capturing group matching any of the phrases, longest first, so that "per cent"
    wins over "per"; with word_end, no letter may follow the match.

    The phrases are merged into a prefix tree ("per(?: cent)?"): Python's regex engine tries
    the alternatives of a flat group one by one at every position, which made scanning for
    a few hundred country names ten times slower. Where the tree branches, the next
    characters differ even ignoring case, so the phrases that can match at one position lie
    on one path, and the tree tries them longest first as the flat group did: both match
    the same text. When two branches differ only in case ("Bn" and "bn", the same under
    re.IGNORECASE) the flat group is kept, unless `case_sensitive` says that the group will
    be compiled without re.IGNORECASE.
    """
    unique = set(phrases)
    tree = _tree_regex(_prefix_tree(unique), case_sensitive)
    if tree is None:
        escaped = sorted({re.escape(p) for p in unique}, key=lambda p: (-len(p), p))
        tree = "|".join(escaped)
    group = f"(?:{tree})"
    return group + r"(?![A-Za-z])" if word_end else group


def _prefix_tree(phrases: Iterable[str]) -> PrefixTree:
    root: PrefixTree = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _tree_regex(node: PrefixTree, case_sensitive: bool) -> str | None:
    """The regex of a prefix tree: branches in a group, a phrase that may end here makes
    the rest optional (greedy, so the longer phrase is tried first). None when two branches
    start with characters that re.IGNORECASE would not tell apart and case matters not."""
    chars = sorted(char for char in node if char != _END)
    for index, char in enumerate(chars):
        if not case_sensitive and any(
            re.fullmatch(re.escape(char), other, re.IGNORECASE) for other in chars[index + 1 :]
        ):
            return None
    branches: list[str] = []
    for char in chars:
        rest = _tree_regex(node[char], case_sensitive)
        if rest is None:
            return None
        branches.append(re.escape(char) + rest)
    if not branches:
        return ""
    if _END not in node:
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{'|'.join(branches)})?"
