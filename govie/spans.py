"""Candidate spans produced by taggers, and the policy that keeps one per position."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Context", "Mention", "resolve_overlaps"]

LABELS = ("DEPT", "DATE", "TITLE", "DOCNO", "ORG", "PERSON", "LOC", "METRIC")


@dataclass(slots=True)
class Mention:
    """A labelled span of the clean text, with the rule or model that found it."""

    label: str
    start: int
    end: int
    source: str
    attrs: dict[str, Any] = field(default_factory=dict)
    # Higher wins a conflict; see resolve_overlaps.
    priority: int = 0


@dataclass(slots=True)
class Context:
    """What taggers may know about the document besides its text."""

    reference_date: dt.date | None = None
    period: tuple[dt.date, dt.date] | None = None
    jurisdiction: str | None = None  # full province name, e.g. 四川省
    issuer: str | None = None  # canonical name of the issuing body
    registry: Any = None


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset: higher priority first, then longer, then earlier.

    TITLE spans swallow what lies inside them (a date inside a title is part of
    the title), which the priorities of the taggers express.
    """
    ranked = sorted(mentions, key=lambda m: (-m.priority, -(m.end - m.start), m.start, m.label))
    # One flag per character keeps this linear in the covered length.
    taken = bytearray(max((m.end for m in mentions), default=0))
    kept: list[Mention] = []
    for m in ranked:
        if m.end <= m.start or any(taken[m.start : m.end]):
            continue
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept
