"""Shared helpers of the activity probe tests: govie's activities on a text, read by trigger."""
from __future__ import annotations

import govie


def frames(text: str, reference_date: str | None = None) -> list[dict]:
    """Rules-only activities as dicts, with the trigger's text as ``trigger``."""
    return [dict(a.to_dict(), trigger=a.trigger["text"])
            for a in govie.extract(text, model=None, reference_date=reference_date).activities]


def one(found: list[dict], trigger: str) -> dict:
    """The one activity of ``trigger``; fails when there is none or more."""
    hits = [f for f in found if f["trigger"] == trigger]
    assert len(hits) == 1, (trigger, found)
    return hits[0]


def none(found: list[dict], trigger: str) -> None:
    assert not [f for f in found if f["trigger"] == trigger], (trigger, found)


_SC_OPENING = "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n"


def sc_report(body: str, heading: str = "一、过去一年的工作") -> str:
    """A State Council report's opening, one top heading and ``body`` as its paragraph."""
    return _SC_OPENING + heading + "\n\n　　" + body + "\n"


_FIELDS = {"trigger": lambda a: a.trigger["text"], "start": lambda a: a.trigger["start"], "type": lambda a: a.type,
           "mode": lambda a: a.mode, "date": lambda a: a.date, "agents": lambda a: a.agents}


def tuples(text: str, reference_date: str | None, *fields: str) -> list[tuple]:
    """Rules-only activities as tuples of ``fields`` (trigger: its text; start: its start); every trigger's
    offsets are checked against the text."""
    found = govie.extract(text, model=None, reference_date=reference_date).activities
    for a in found:
        assert text[a.trigger["start"]:a.trigger["end"]] == a.trigger["text"]
    return [tuple(_FIELDS[f](a) for f in fields) for a in found]
