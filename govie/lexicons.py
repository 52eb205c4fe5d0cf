"""Plain-text word lists shipped in ``govie/data/lexicons``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["load_words", "alternation"]


@lru_cache(maxsize=None)
def load_words(name: str) -> tuple[str, ...]:
    """Words of ``data/lexicons/<name>.txt``: whitespace-separated, ``#`` comments."""
    path = resources.files("govie") / "data" / "lexicons" / f"{name}.txt"
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        words.extend(line.split())
    return tuple(dict.fromkeys(words))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation that tries longer words first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie_alternation(words: tuple[str, ...] | list[str]) -> str:
    """The language and match priority of ``alternation(words)``, as a prefix tree.

    ``alternation`` lists every word, so ``re`` tries thousands of branches at
    each position; the tree tries one branch per character. At every position
    the longest word is tried first and shorter ones on backtracking, exactly
    the order of ``alternation`` (two words of the same length cannot both match
    at one position).
    """
    trie: dict[str, dict] = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional: the longer word first, the word ending here on backtracking.
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
