"""Private jieba segmenters: the one builder of every jieba Tokenizer govie holds."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

__all__ = ["private_jieba", "shared_jieba"]


def private_jieba() -> Any:
    """An initialized jieba Tokenizer of our own, built without jieba's log chatter.

    A private Tokenizer keeps jieba's global dictionary untouched; its INFO
    lines ("Building prefix dict…") would otherwise reach every user's stderr.
    """
    import logging

    import jieba

    logger = jieba.default_logger
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        tok = jieba.Tokenizer()
        tok.initialize()
    finally:
        logger.setLevel(level)
    return tok


@lru_cache(maxsize=1)
def shared_jieba() -> tuple[Any, threading.Lock]:
    """One private jieba Tokenizer on jieba's own dictionary, and the lock its callers hold.

    The place tagger's word boundaries and the model gate read the same dictionary, so
    they share one segmenter (its prefix dictionary is tens of MB); nobody adds words to
    it (the spaCy tokenizer, which does, builds its own with ``private_jieba``).
    """
    return private_jieba(), threading.Lock()


@lru_cache(maxsize=1)
def function_word_tags() -> dict[str, str]:
    """Part of speech of jieba's dictionary words tagged verb, conjunction, preposition,
    locative, adverb, pronoun or numeral: read by one regex scan of its dictionary file, not
    by jieba.posseg (which loads the tags of all 349,000 words and its HMM, seconds per process)."""
    import re
    from pathlib import Path

    import jieba

    try:
        text = Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8")
    except OSError:  # pragma: no cover - jieba ships its dictionary
        return {}
    return dict(re.findall(r"^(\S+) \d+ ([vcpfdrm][a-z]*)$", text, re.M))
