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
