"""Shared helper of the assignment tests: the rules-only assignments of a text, every span checked."""
from __future__ import annotations

import govie


def assignments(text: str, **kw) -> list[dict]:
    """``to_dict()`` of each assignment, after checking that its task and trigger are exact on ``text``."""
    result = govie.extract(text, model=None, **kw)
    for a in result.assignments:
        for span in (a.task, a.trigger):
            assert text[span["start"] : span["end"]] == span["text"]
    return [a.to_dict() for a in result.assignments]
