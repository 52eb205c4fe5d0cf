"""The records that flow through govie: tagger mentions and their context, and the result types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Context", "Mention", "resolve_overlaps", "Entity", "Activity", "Assignment", "Extraction", "LABELS",
           "INDICATOR_COLUMNS"]

#: Columns of ``Extraction.assignments_table()``, in order.
ASSIGNMENT_COLUMNS = ("document", "task", "start", "end", "lead", "support", "deadline", "trigger")
LABELS = ("DEPT", "DATE", "TITLE", "DOCNO", "ORG", "PERSON", "LOC", "METRIC")
#: Columns of ``Extraction.indicators_table()`` (one row per METRIC), in order.
INDICATOR_COLUMNS = (
    "document", "jurisdiction", "division", "division_code", "text", "start", "end",
    "value", "unit", "indicator", "standard_indicator", "change", "kind", "qualifier", "period", "range", "high",
)


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
    jurisdiction: str | None = None  # a division: six-digit code in the pipeline (a name also resolves)
    issuer: str | None = None  # canonical name of the issuing body
    registry: Any = None
    own_title: tuple[int, int] | None = None  # clean-text span of the document's own title lines
    # The clean text's map to the original, for layout cues normalization removes (the
    # spaces between a name and a unit in a roster); a NormalizedText.
    source: Any = None
    central: bool = False  # known to be a central document (jurisdiction None is also "unknown")
    # A work report's parts (text.report.ReportParts: where its plan part starts), or None.
    report: Any = None


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

# Keys every entity of a label carries, null when unknown (the output contract).
_REQUIRED = {
    "DEPT": ("canonical", "unit", "agency_id"),
    "DATE": ("value", "grain"),
    "TITLE": ("doc_type",),
    "METRIC": ("value", "unit", "indicator", "standard_indicator", "change", "kind", "qualifier", "period"),
    "DOCNO": ("issuer", "year", "serial"),
}


@dataclass
class Entity:
    """One labelled span of the input; ``attrs`` holds the label's attributes."""

    label: str
    start: int
    end: int
    text: str
    source: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    # The cleaned text of the span (PDF line breaks and spaces inside words removed,
    # full-width digits folded); ``text`` stays the exact input slice.
    norm_text: str | None = None

    def __getattr__(self, name: str) -> Any:
        # Attribute access for contract fields: ent.canonical, ent.value …
        attrs = self.__dict__.get("attrs", {})
        if name in attrs or name in _REQUIRED.get(self.__dict__.get("label", ""), ()):
            return attrs.get(name)
        raise AttributeError(name)

    def to_dict(self) -> dict[str, Any]:
        """The contract's entity object: required keys of the label always present."""
        out: dict[str, Any] = {"label": self.label, "start": self.start, "end": self.end, "text": self.text,
                               "norm_text": self.text if self.norm_text is None else self.norm_text}
        for key in _REQUIRED.get(self.label, ()):
            out[key] = self.attrs.get(key)
        for key, value in self.attrs.items():
            out.setdefault(key, value)
        out["source"] = self.source
        return out


@dataclass
class Activity:
    """One reported action: its trigger, type, mode (done / planned), date and agents (canonical names)."""

    trigger: dict[str, Any]  # start, end, text, norm_text (the cleaned text)
    type: str
    date: str | None
    agents: list[str]
    name: str | None = None
    location: str | None = None
    titles: list[int] = field(default_factory=list)  # indices into entities
    mode: str = "done"

    def to_dict(self) -> dict[str, Any]:
        """The contract's activity object; optional keys only when known."""
        out: dict[str, Any] = {
            "trigger": dict(self.trigger),
            "type": self.type,
            "mode": self.mode,
            "date": self.date,
            "agents": list(self.agents),
        }
        if self.name:
            out["name"] = self.name
        if self.location:
            out["location"] = self.location
        if self.titles:
            out["titles"] = list(self.titles)
        return out


@dataclass
class Assignment:
    """A task a document gives to named bodies: who leads, who takes part, by when."""

    task: dict[str, Any]  # start, end, text
    lead: list[str]
    support: list[str]
    deadline: str | None
    trigger: dict[str, Any]  # start, end, text: 负责 / 牵头 / 由, or the bracketed note

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": dict(self.task),
            "lead": list(self.lead),
            "support": list(self.support),
            "deadline": self.deadline,
            "trigger": dict(self.trigger),
        }


@dataclass
class Extraction:
    """Everything govie found in one document; offsets index the input string."""

    text: str
    entities: list[Entity] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    assignments: list[Assignment] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """``{"meta", "entities", "activities", "assignments"}``, ready for ``json.dumps``."""
        return {
            "meta": dict(self.meta),
            "entities": [e.to_dict() for e in self.entities],
            "activities": [a.to_dict() for a in self.activities],
            "assignments": [a.to_dict() for a in self.assignments],
        }

    def activities_table(self, *, dataframe: bool = False) -> Any:
        """One flat row per activity; a pandas DataFrame with ``dataframe=True``."""
        rows = []
        for a in self.activities:
            rows.append(
                {
                    "document": self.meta.get("id"),
                    "type": a.type,
                    "mode": a.mode,
                    "trigger": a.trigger["text"],
                    "start": a.trigger["start"],
                    "end": a.trigger["end"],
                    "date": a.date,
                    "agents": "；".join(a.agents),
                    "name": a.name,
                    "location": a.location,
                    # The documents the action issues or discusses, by their titles.
                    "titles": "；".join(self.entities[i].text for i in a.titles if 0 <= i < len(self.entities)),
                }
            )
        if dataframe:
            import pandas as pd  # optional: only for users who ask for a DataFrame

            return pd.DataFrame(rows)
        return rows

    def assignments_table(self, *, dataframe: bool = False) -> Any:
        """One flat row per assignment (lead and support joined by ；); a DataFrame with ``dataframe=True``."""
        rows = [
            {
                "document": self.meta.get("id"),
                "task": a.task["text"],
                "start": a.task["start"],
                "end": a.task["end"],
                "lead": "；".join(a.lead),
                "support": "；".join(a.support),
                "deadline": a.deadline,
                "trigger": a.trigger["text"],
            }
            for a in self.assignments
        ]
        if dataframe:
            import pandas as pd  # optional: only for users who ask for a DataFrame

            return pd.DataFrame(rows, columns=list(ASSIGNMENT_COLUMNS))
        return rows

    def indicators_table(self, *, dataframe: bool = False) -> Any:
        """One flat row per METRIC with its indicator attributes and the document's division
        and jurisdiction (``INDICATOR_COLUMNS``); a pandas DataFrame with ``dataframe=True``."""
        division = self.meta.get("division")
        code, name = (division.get("code"), division.get("name")) if isinstance(division, dict) else (None, division)
        rows = []
        for e in self.entities:
            if e.label != "METRIC":
                continue
            row = {"document": self.meta.get("id"), "jurisdiction": self.meta.get("jurisdiction"),
                   "division": name, "division_code": code, "text": e.text, "start": e.start, "end": e.end}
            for key in INDICATOR_COLUMNS[7:]:
                row[key] = e.attrs.get(key)
            rows.append(row)
        if dataframe:
            import pandas as pd  # optional: only for users who ask for a DataFrame

            return pd.DataFrame(rows, columns=list(INDICATOR_COLUMNS))
        return rows

    def entities_table(self) -> list[dict[str, Any]]:
        """One dict per entity, as in ``to_dict()["entities"]``."""
        return [e.to_dict() for e in self.entities]
