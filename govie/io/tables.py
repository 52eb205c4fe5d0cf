"""The joinable tables of results (documents, entities, activities, assignments), in every table format.

One layout for the CLI (``govie extract -o out.csv|out.parquet``), ``govie.batch.write_parquet``
and ``govie.distributed``: ``<stem>.documents.<ext>``, ``<stem>.entities.<ext>``,
``<stem>.activities.<ext>``, ``<stem>.assignments.<ext>``, joined on ``document``. Each table has its ``columns``; what a
result holds beyond them (or holds in a richer type, e.g. a METRIC's float ``value``, an
activity's title indices) is kept as JSON in the last column, ``extra``, so that
``read_tables`` gives back each document's ``to_dict()``.

CSV cells are written for spreadsheets: lists joined by ``；``, and a cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` so that Excel and
LibreOffice show it as text instead of running it as a formula (OWASP, "CSV Injection");
a plain number such as ``-5.5`` is left as it is.
JSON Lines and Parquet keep every value as it is (lists stay lists).
"""

from __future__ import annotations

import csv
import json
from govie.text import recached as re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govie.io.output import AtomicFiles
from govie.types import INDICATOR_COLUMNS, Entity

__all__ = [
    "Table", "TABLES", "EXTRA_TABLES", "ALL_TABLES", "TABLE_FORMATS", "TableWriter", "table_paths", "read_tables", "csv_safe", "json_line",
    "ENTITY_COLUMNS", "ACTIVITY_COLUMNS", "DOCUMENT_COLUMNS", "ASSIGNMENT_COLUMNS", "INDICATOR_TABLE_COLUMNS",
]

#: Formats a table is written in.
TABLE_FORMATS = ("csv", "parquet", "jsonl")


@dataclass(frozen=True)
class Table:
    """One output table: its columns, their Parquet types and the rows of one document."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[Any, str, str], list[dict[str, Any]]]  # (result, document id, path) -> rows
    types: dict[str, str]  # column -> "int" | "float" | "list" | "intlist"; others are strings


def _extra(d: dict[str, Any], row: dict[str, Any]) -> str | None:
    """JSON of what ``row`` does not hold exactly: keys beyond the columns, other types, nulls."""
    extra = {k: v for k, v in d.items() if k not in row or row[k] != v or v is None}
    return json.dumps(extra, ensure_ascii=False) if extra else None


def _as_text(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


ENTITY_COLUMNS = (
    "document", "label", "start", "end", "text", "norm_text", "canonical", "unit", "agency_id",
    "value", "grain", "doc_type", "issuer", "year", "serial", "source", "extra",
)
_ENTITY_BASE = ("label", "start", "end", "text", "norm_text", "source")


def entity_rows(result: Any, doc_id: str, path: str = "") -> list[dict[str, Any]]:
    """The entities table rows of one document (``value``, ``year``, ``serial`` as text)."""
    rows = []
    for e in result.entities:
        d = e.to_dict()
        row: dict[str, Any] = {"document": doc_id}
        for c in ENTITY_COLUMNS[1:-1]:
            row[c] = d.get(c) if c in _ENTITY_BASE else _as_text(d.get(c))
        row["extra"] = _extra({k: v for k, v in d.items() if k not in _ENTITY_BASE}, row)
        rows.append(row)
    return rows


ACTIVITY_COLUMNS = (
    "document", "type", "mode", "trigger", "trigger_norm_text", "start", "end", "date", "agents", "name",
    "location", "titles", "extra",
)


def activity_rows(result: Any, doc_id: str, path: str = "") -> list[dict[str, Any]]:
    """The activities table rows of one document; ``titles`` are the texts of the TITLE entities."""
    rows = []
    for a in result.activities:
        d = a.to_dict()
        trig = d.pop("trigger")
        titles = [result.entities[i].text for i in a.titles if 0 <= i < len(result.entities)]
        row = {
            "document": doc_id, "type": d.pop("type"), "mode": d.pop("mode", None), "trigger": trig.get("text"),
            "trigger_norm_text": trig.get("norm_text", trig.get("text")), "start": trig.get("start"),
            "end": trig.get("end"), "date": d.pop("date"), "agents": list(d.pop("agents")),
            "name": d.get("name"), "location": d.get("location"), "titles": titles,
        }
        rest = {k: v for k, v in d.items() if k not in ("name", "location")}
        if a.titles:
            rest["titles"] = list(a.titles)
        extra_trigger = {k: v for k, v in trig.items() if k not in ("start", "end", "text", "norm_text")}
        if extra_trigger:
            rest["trigger"] = extra_trigger
        row["extra"] = json.dumps(rest, ensure_ascii=False) if rest else None
        rows.append(row)
    return rows


DOCUMENT_COLUMNS = (
    "document", "path", "reference_date", "reference_date_source", "period", "period_source",
    "issuer", "issuer_source", "jurisdiction", "jurisdiction_source", "title", "docno", "doc_issuer",
    "doc_issuers", "doc_date", "effective", "expires", "addressees", "n_entities", "n_activities", "n_assignments",
    "extra",
)
_LIST_META = ("doc_issuers", "addressees")


def document_rows(result: Any, doc_id: str, path: str) -> list[dict[str, Any]]:
    """The documents table row of one document: its metadata and counts."""
    meta = {k: v for k, v in result.meta.items() if k not in ("id", "path")}
    row: dict[str, Any] = {"document": doc_id, "path": path}
    for c in DOCUMENT_COLUMNS[2:-4]:
        value = meta.get(c)
        row[c] = (list(value) if isinstance(value, (list, tuple)) else value) if c in _LIST_META else _as_text(value)
    row["n_entities"] = len(result.entities)
    row["n_activities"] = len(result.activities)
    row["n_assignments"] = len(result.assignments)
    row["extra"] = _extra(meta, row)
    return [row]


ASSIGNMENT_COLUMNS = (
    "document", "task", "task_start", "task_end", "lead", "support", "deadline", "trigger", "start", "end", "extra",
)


def assignment_rows(result: Any, doc_id: str, path: str = "") -> list[dict[str, Any]]:
    """The assignments table rows of one document: the task, its lead and support bodies, the deadline."""
    rows = []
    for a in result.assignments:
        d = a.to_dict()
        task, trig = d.pop("task"), d.pop("trigger")
        row = {
            "document": doc_id, "task": task.get("text"), "task_start": task.get("start"), "task_end": task.get("end"),
            "lead": list(d.pop("lead")), "support": list(d.pop("support")), "deadline": d.pop("deadline"),
            "trigger": trig.get("text"), "start": trig.get("start"), "end": trig.get("end"),
        }
        rest = dict(d)
        for key, part in (("task", task), ("trigger", trig)):
            more = {k: v for k, v in part.items() if k not in ("start", "end", "text")}
            if more:
                rest[key] = more
        row["extra"] = json.dumps(rest, ensure_ascii=False) if rest else None
        rows.append(row)
    return rows


INDICATOR_TABLE_COLUMNS = INDICATOR_COLUMNS


def indicator_rows(result: Any, doc_id: str, path: str = "") -> list[dict[str, Any]]:
    """One row per METRIC with its indicator attributes (``Extraction.indicators_table``)."""
    rows = result.indicators_table()
    for row in rows:
        row["document"] = doc_id
    return rows


TABLES: dict[str, Table] = {
    "documents": Table("documents", DOCUMENT_COLUMNS, document_rows,
                       {"n_entities": "int", "n_activities": "int", "n_assignments": "int", "doc_issuers": "list",
                        "addressees": "list"}),
    "entities": Table("entities", ENTITY_COLUMNS, entity_rows, {"start": "int", "end": "int"}),
    "activities": Table("activities", ACTIVITY_COLUMNS, activity_rows,
                        {"start": "int", "end": "int", "agents": "list", "titles": "list"}),
    "assignments": Table("assignments", ASSIGNMENT_COLUMNS, assignment_rows,
                         {"task_start": "int", "task_end": "int", "start": "int", "end": "int", "lead": "list",
                          "support": "list"}),
}

#: Tables written on request only (``govie extract --indicators``): derived from the entities.
EXTRA_TABLES: dict[str, Table] = {
    "indicators": Table("indicators", INDICATOR_COLUMNS, indicator_rows,
                        {"start": "int", "end": "int", "value": "float", "high": "float"}),
}
ALL_TABLES: dict[str, Table] = {**TABLES, **EXTRA_TABLES}


def table_paths(out: str | Path, fmt: str, names: Iterable[str]) -> dict[str, Path]:
    """``out.csv`` -> ``out.<table>.csv`` for each table name (the suffix is added when missing)."""
    out = Path(out)
    ext = "." + fmt
    stem = out.name[: -len(ext)] if out.name.lower().endswith(ext) else out.name
    return {name: out.with_name(f"{stem}.{name}{ext}") for name in names}


# ------------------------------------------------------------------ CSV cells

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number (-5.5, +3) cannot be a formula and stays a number in the spreadsheet.
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def csv_safe(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as text: lists joined by ``；``, formulas defused with ``'``."""
    if isinstance(value, (list, tuple)):
        value = "；".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


# ------------------------------------------------------------------ writing


def _arrow_schema(table: Table) -> Any:
    import pyarrow as pa

    kinds = {"int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string()), "intlist": pa.list_(pa.int64())}
    return pa.schema([(c, kinds.get(table.types.get(c, ""), pa.string())) for c in table.columns])


class _Sink:
    """One table's file, written row by row."""

    def __init__(self, files: AtomicFiles, target: str | Path, table: Table, fmt: str, row_group: int) -> None:
        self.table, self.fmt, self.row_group = table, fmt, row_group
        self.buffer: list[dict[str, Any]] = []
        if fmt == "parquet":
            import pyarrow.parquet as pq

            self.schema = _arrow_schema(table)
            self.file = files.open(target, binary=True)
            self.writer: Any = pq.ParquetWriter(self.file, self.schema, compression="zstd")
        elif fmt == "csv":
            # utf-8-sig: Excel opens the Chinese text correctly; pandas and csv read it as UTF-8.
            self.file = files.open(target, encoding="utf-8-sig")
            self.writer = csv.DictWriter(self.file, fieldnames=list(table.columns), extrasaction="ignore")
            self.writer.writeheader()
        else:
            self.file = files.open(target)
            self.writer = None

    def write(self, rows: list[dict[str, Any]]) -> None:
        if self.fmt == "csv":
            self.writer.writerows({k: csv_safe(v) for k, v in row.items()} for row in rows)
        elif self.fmt == "jsonl":
            for row in rows:
                self.file.write(json_line({c: row.get(c) for c in self.table.columns}))
        else:
            self.buffer.extend(rows)
            if len(self.buffer) >= self.row_group:
                self.flush()

    def flush(self) -> None:
        if self.fmt == "parquet" and self.buffer:
            import pyarrow as pa

            self.writer.write_table(pa.Table.from_pylist(
                [{c: r.get(c) for c in self.table.columns} for r in self.buffer], schema=self.schema))
            self.buffer.clear()

    def close(self) -> None:
        if self.fmt == "parquet":
            self.flush()
            self.writer.close()


def json_line(obj: Any) -> str:
    """One JSON Lines line, UTF-8 text; a lone surrogate from the input is kept as a JSON escape."""
    line = json.dumps(obj, ensure_ascii=False) + "\n"
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj) + "\n"
    return line


class TableWriter:
    """Write documents into tables as they come: ``add(result, doc_id, path)``, then ``close()``.

    ``targets`` maps table names (keys of ``TABLES``) to files; ``files`` is the
    ``AtomicFiles`` that commits them together. Parquet rows are written in row groups
    of ``row_group`` rows, so memory stays bounded however many documents there are.
    """

    def __init__(self, files: AtomicFiles, targets: dict[str, str | Path], fmt: str, *, row_group: int = 4096) -> None:
        if fmt not in TABLE_FORMATS:
            raise ValueError(f"unknown table format {fmt!r}; choose one of {', '.join(TABLE_FORMATS)}")
        self.sinks = [_Sink(files, target, ALL_TABLES[name], fmt, row_group) for name, target in targets.items()]
        self.documents = 0

    def add(self, result: Any, doc_id: str, path: str = "") -> None:
        for sink in self.sinks:
            sink.write(sink.table.rows(result, doc_id, path))
        self.documents += 1

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()


# ------------------------------------------------------------------ reading back


def _loads(value: Any) -> dict[str, Any]:
    return json.loads(value) if value else {}


def read_tables(paths: dict[str, Path]) -> Iterator[dict[str, Any]]:
    """Each document's ``to_dict()`` (with ``meta.id``) from Parquet tables written by ``TableWriter``."""
    import pyarrow.parquet as pq

    docs = pq.read_table(paths["documents"]).to_pylist()
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for name in ("entities", "activities", "assignments"):
        if name == "assignments" and not paths[name].exists():
            continue  # tables written before assignments existed
        for row in pq.read_table(paths[name]).to_pylist():
            by_doc.setdefault(row["document"], {}).setdefault(name, []).append(row)
    for drow in docs:
        meta: dict[str, Any] = {}
        extra = _loads(drow.get("extra"))
        for c in DOCUMENT_COLUMNS[2:-4]:
            if drow.get(c) is not None:
                meta[c] = drow[c]
        meta.update(extra)
        meta = {k: meta[k] for k in [*DOCUMENT_COLUMNS[2:-4], *extra] if k in meta}
        meta["id"] = drow["document"]
        parts = by_doc.get(drow["document"], {})
        entities = []
        for r in parts.get("entities", []):
            attrs = {c: r[c] for c in ENTITY_COLUMNS[6:-2] if r.get(c) is not None}
            attrs.update(_loads(r.get("extra")))
            entities.append(Entity(r["label"], r["start"], r["end"], r["text"], r["source"], attrs,
                                   norm_text=r["norm_text"]).to_dict())
        activities = []
        for r in parts.get("activities", []):
            extra = _loads(r.get("extra"))
            trig = {"start": r["start"], "end": r["end"], "text": r["trigger"], "norm_text": r["trigger_norm_text"],
                    **extra.pop("trigger", {})}
            act: dict[str, Any] = {"trigger": trig, "type": r["type"]}
            if r.get("mode") is not None:
                act["mode"] = r["mode"]
            act.update(date=r["date"], agents=list(r["agents"]))
            for key in ("name", "location"):
                if r.get(key):
                    act[key] = r[key]
            act.update(extra)
            activities.append(act)
        assignments = []
        for r in parts.get("assignments", []):
            extra = _loads(r.get("extra"))
            assignments.append({
                "task": {"start": r["task_start"], "end": r["task_end"], "text": r["task"], **extra.pop("task", {})},
                "lead": list(r["lead"]), "support": list(r["support"]), "deadline": r["deadline"],
                "trigger": {"start": r["start"], "end": r["end"], "text": r["trigger"], **extra.pop("trigger", {})},
                **extra,
            })
        yield {"meta": meta, "entities": entities, "activities": activities, "assignments": assignments}
