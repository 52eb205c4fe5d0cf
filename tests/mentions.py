"""The mentions govie finds in a text, for the probe tests: one helper for all their files."""

from __future__ import annotations

import govie


def depts(text: str, *, units: bool = False, **kw: object) -> list[tuple[str, str | None] | tuple[str, str | None, str | None]]:
    """(text, canonical) of each DEPT of ``govie.extract(text, **kw)``, with its unit when ``units``;
    every entity's offsets are checked against the text."""
    ex = govie.extract(text, **kw)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    out = []
    for e in ex.entities:
        if e.label == "DEPT":
            attrs = e.attrs or {}
            out.append((e.text, attrs.get("canonical"), attrs.get("unit")) if units else (e.text, attrs.get("canonical")))
    return out


def spans(text: str, label: str, **kw: object) -> list[str]:
    """The texts of the ``label`` entities of ``govie.extract(text, **kw)``; every entity's offsets
    are checked against the text."""
    ex = govie.extract(text, **kw)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in ex.entities if e.label == label]


def metrics(text: str, **kw: object) -> list:
    """The METRIC entities of ``govie.extract(text, **kw)`` (rules only unless a model is given);
    their offsets are checked against the text."""
    kw.setdefault("model", None)
    out = []
    for e in govie.extract(text, **kw).entities:
        if e.label == "METRIC":
            assert text[e.start:e.end] == e.text
            out.append(e)
    return out


def metric(found: list, span: str, nth: int = 0):
    """The ``nth`` METRIC whose text is ``span``."""
    return [m for m in found if m.text == span][nth]


def dates(text: str, **kw: object) -> list[tuple[str, str | None]]:
    """(text, value) of each DATE of ``govie.extract(text, **kw)`` (rules only unless a model is
    given); every entity's offsets are checked against the text."""
    kw.setdefault("model", None)
    ex = govie.extract(text, **kw)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.attrs.get("value")) for e in ex.entities if e.label == "DATE"]


def docnos(text: str, **kw: object) -> list[tuple[str, str | None]]:
    """(text, issuer) of each DOCNO of ``govie.extract(text, **kw)`` (rules only unless a model is
    given); their offsets are checked against the text."""
    kw.setdefault("model", None)
    out = govie.extract(text, **kw).to_dict()
    for e in out["entities"]:
        if e["label"] == "DOCNO":
            assert text[e["start"] : e["end"]] == e["text"]
    return [(e["text"], e.get("issuer")) for e in out["entities"] if e["label"] == "DOCNO"]
