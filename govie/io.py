"""Reading and checking govie JSONL annotation files (annotation guide, Files)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import AnnotationError

__all__ = ["read_jsonl", "validate_document", "read_text_file"]


def validate_document(doc: Any, path: object, line: int) -> dict[str, Any]:
    """Check one gold document; errors name the file, the line and the field."""
    if not isinstance(doc, dict):
        raise AnnotationError(path, line, f"expected a JSON object, got {type(doc).__name__}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise AnnotationError(path, line, "field 'text' is missing or not a string")
    for i, ent in enumerate(doc.get("entities") or []):
        where = f"entities[{i}]"
        if not isinstance(ent, dict):
            raise AnnotationError(path, line, f"{where} is not an object")
        for key in ("label", "start", "end"):
            if key not in ent:
                raise AnnotationError(path, line, f"{where} has no field '{key}'")
        s, e = ent["start"], ent["end"]
        if not (isinstance(s, int) and isinstance(e, int)) or not 0 <= s < e <= len(text):
            raise AnnotationError(path, line, f"{where} has bad offsets start={s!r} end={e!r} (text length {len(text)})")
        if "text" in ent and text[s:e] != ent["text"]:
            raise AnnotationError(
                path, line, f"{where}.text {ent['text']!r} does not match text[{s}:{e}] = {text[s:e]!r}"
            )
    for i, act in enumerate(doc.get("activities") or []):
        where = f"activities[{i}]"
        trig = act.get("trigger") if isinstance(act, dict) else None
        if not isinstance(trig, dict) or not {"start", "end"} <= set(trig):
            raise AnnotationError(path, line, f"{where}.trigger must have start and end")
        if not 0 <= trig["start"] < trig["end"] <= len(text):
            raise AnnotationError(path, line, f"{where}.trigger has bad offsets")
    rd = doc.get("reference_date")
    if rd is not None and not isinstance(rd, str):
        raise AnnotationError(path, line, "field 'reference_date' must be an ISO date string")
    return doc


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the checked documents of a govie JSONL file."""
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(path, None, "no such file")
    with path.open(encoding="utf-8-sig") as f:
        for n, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw)
            except json.JSONDecodeError as err:
                raise AnnotationError(path, n, f"invalid JSON: {err.msg} at column {err.colno}") from None
            yield validate_document(doc, path, n)


_ENCODINGS = ("utf-8-sig", "utf-16", "gb18030")


def read_text_file(path: str | Path) -> str:
    """Read a document, detecting UTF-8 (with or without BOM), UTF-16 and GB18030."""
    data = Path(path).read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ValueError(f"[E106] {path}: looks binary (NUL bytes), not a text document")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"[E107] {path}: cannot decode as UTF-8, UTF-16 or GB18030")
