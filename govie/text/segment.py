"""A private jieba segmenter: the one builder of every jieba Tokenizer govie holds."""

from __future__ import annotations

from typing import Any

__all__ = ["private_jieba"]


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
