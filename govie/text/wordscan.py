"""Where the words of a long list can start, found without trying a trie at every character.

sre runs a trie regex (``taggers.dept.trie_regex``) or a gazetteer walk at every position
whose character opens some word: for the place names that is a third of the positions of
Chinese text, and each try costs the trie's chunked lookaheads. ``PairStarts`` finds the
positions whose character opens a word and whose next character can follow one (a scan
with a character class in front, which sre skips through in C), then keeps those whose
two characters open a word (a set lookup): about 1 position in 100 for the place names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["PairStarts", "finditer_from"]

_START = re.Match.start


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class PairStarts:
    """The positions where one of ``words`` (each two characters or more) may start."""

    def __init__(self, words: Iterable[str]) -> None:
        words = [w for w in words if w]
        if any(len(w) < 2 for w in words):
            raise ValueError("PairStarts needs words of two characters or more")
        self.pairs = frozenset(w[:2] for w in words)
        if not self.pairs:
            self._scan = re.compile("(?!)")
            return
        # The lookahead keeps matches one character long: every start is found, overlaps too.
        self._scan = re.compile(_char_class({p[0] for p in self.pairs}) + "(?=" +
                                _char_class({p[1] for p in self.pairs}) + ")")

    def __call__(self, text: str) -> list[int]:
        """Sorted positions of ``text`` whose two characters open a word."""
        pairs = self.pairs
        return [p for p in map(_START, self._scan.finditer(text)) if text[p:p + 2] in pairs]


def finditer_from(regex: re.Pattern[str], starts: Iterable[int], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a regex whose matches are never empty and start only at
    ``starts`` (sorted): the same matches, tried only there."""
    end = 0
    match = regex.match
    for p in starts:
        if p >= end:
            m = match(text, p)
            if m:
                end = m.end()
                yield m
