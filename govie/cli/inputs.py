"""The documents named on ``govie extract``'s command line: files, directories, globs, tables, stdin.

Everything is lazy: a file is read when its turn comes, a CSV or JSON Lines file is
parsed when reached, and a failure (a missing file, a symlink loop, a bad row) travels
as a ``Source`` with an ``error``, in input order, so that ``--keep-going`` loses
only that input.
"""

from __future__ import annotations

import csv
import fnmatch
import functools
import io
import json
import os
import re
import sys
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Source", "iter_sources", "expand", "DIR_SUFFIXES", "TABLE_SUFFIXES", "NOTE_PATTERNS", "TEXT_FIELDS"]

#: Text files picked up when a directory is given (unless --include says otherwise).
DIR_SUFFIXES = {".txt", ".md", ""}
#: Files read as tables of documents (one document per row or line).
TABLE_SUFFIXES = {".csv", ".jsonl"}
#: Notes beside the documents, skipped in a directory (not when named).
NOTE_PATTERNS = ("SOURCE*", "README*", "LICENSE*", "LICENCE*", "COPYING*", "NOTICE*", "CHANGELOG*")
#: The fields (CSV columns, JSONL keys) that hold a document's text, in order of preference.
TEXT_FIELDS = ("text", "full_text", "content")


@dataclass
class Source:
    """One input document, or one input that failed (``error`` set, ``load`` unused)."""

    doc_id: str
    path: str
    load: Callable[[], str]
    reference_date: str | None = None  # from a row's date column / a JSONL document's field
    jurisdiction: str | None = None
    error: str | None = None


def _failed(where: str, message: str) -> Source:
    return Source(where, where, lambda: "", error=message)


# ------------------------------------------------------------------ files, directories, globs


def _walk(root: Path) -> Iterator[Path]:
    """Every file below ``root``, symlinked directories followed once (a loop is walked once)."""
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir():  # follows symlinks; `seen` stops loops
                    stack.append(path)
                elif entry.is_file():
                    yield path
            except OSError:
                continue


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _matches(rel: Path, patterns: list[str]) -> bool:
    return any(fnmatch.fnmatch(rel.name, p) or fnmatch.fnmatch(rel.as_posix(), p) for p in patterns)


def _dir_files(root: Path, include: list[str], exclude: list[str]) -> list[Path]:
    out = []
    for path in _walk(root):
        rel = path.relative_to(root)
        if _hidden(rel) or _matches(rel, [*NOTE_PATTERNS, *exclude]):
            continue
        if include:
            if not _matches(rel, include):
                continue
        elif path.suffix.lower() not in DIR_SUFFIXES:
            continue
        out.append(path)
    return sorted(out, key=lambda p: p.relative_to(root).parts)


def _glob_parts(pattern: list[str], parts: tuple[str, ...]) -> bool:
    """Does a relative path (``parts``) match the pattern components (``**`` spans folders)?"""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        return any(_glob_parts(rest, parts[i:]) for i in range(len(parts) + 1))
    if not parts or (parts[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], head) and _glob_parts(rest, parts[1:])


def _glob(raw: str) -> list[Path]:
    """A glob with ``**``, expanded without following a symlink loop forever."""
    parts = Path(raw).parts
    fixed = 0
    while fixed < len(parts) and not any(ch in parts[fixed] for ch in "*?["):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path(".")
    pattern = list(parts[fixed:])
    if not base.is_dir():
        return []
    out = []
    for path in _walk(base):
        rel = path.relative_to(base)
        if _glob_parts(pattern, rel.parts):
            out.append(path if fixed else Path(os.path.normpath(path)))
    return sorted(out)


def expand(raw: str, include: list[str] | None = None, exclude: list[str] | None = None) -> list[Path]:
    """The files named by one argument: a file, a directory or a glob."""
    p = Path(raw)
    if p.is_dir():
        return _dir_files(p, include or [], exclude or [])
    if any(ch in raw for ch in "*?[") and not os.path.lexists(p):
        found = _glob(raw)
        return [q for q in found if not _matches(q, exclude or [])]
    return [p]


# ------------------------------------------------------------------ tables of documents


def _const(text: str) -> Callable[[], str]:
    return lambda: text


def _no_surrogates(value: Any) -> Any:
    """JSON can escape lone surrogates ("\\ud800"), which no UTF-8 output can hold:
    U+FFFD takes their place (same offsets; the normalizer drops both alike)."""
    if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
    return value


def _date_field(value: Any, field: str) -> str | None:
    """A document's reference date: an ISO string or nothing, checked now (not at extraction)."""
    from govie.timex import parse_date_arg

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {field!r} must be an ISO date string such as \"2023-05-18\", got {value!r}")
    parse_date_arg(value.strip())  # raises ValueError ([E103]) naming the value
    return value.strip()


def _text_field(value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"field {field!r} must be a string, got {value!r}")
    return value.strip() or None


def _doc_id(value: Any, fallback: str) -> str:
    # 0 and False are ids too; only a missing or empty id falls back to path#line
    return fallback if value is None or value == "" else str(value)


def _text_hint(found: list[str], wanted: str | None) -> str:
    names = wanted or "/".join(TEXT_FIELDS)
    return f"no text field {names!r} (fields: {', '.join(found) or 'none'}); name it with --text-column"


_JSONL_LINES = re.compile(r"\r\n|\r|\n")


def _jsonl_sources(path: Path, raw: str, opts: Any) -> Iterator[Source]:
    date_key = opts.date_column or "reference_date"
    jur_key = opts.jurisdiction_column or "jurisdiction"
    # Lines end at \n, \r\n or \r only: str.splitlines also splits at U+2028, U+2029 and U+0085, which JSON
    # strings hold unescaped (json.dumps(..., ensure_ascii=False)), and broke such a document in two
    for n, line in enumerate(_JSONL_LINES.split(raw), start=1):
        if not line.strip():
            continue
        where = f"{path}, line {n}"
        try:
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"invalid JSON: {err.msg} at column {err.colno}") from None
            if not isinstance(row, dict):
                raise ValueError(f"expected a JSON object, got {type(row).__name__}")
            row = {k: _no_surrogates(v) for k, v in row.items()}
            field = opts.text_column or next((k for k in TEXT_FIELDS if isinstance(row.get(k), str)), None)
            if field is None or not isinstance(row.get(field), str):
                key = field if field is not None else next((k for k in TEXT_FIELDS if k in row), None)
                if key is not None and key in row:  # {"text": 5}: not "no text field (fields: text)"
                    raise ValueError(f"field {key!r} must be a string, got {type(row[key]).__name__}")
                raise ValueError(_text_hint(list(row), opts.text_column))
            source = Source(
                _doc_id(row.get("id"), f"{path}#{n}"), str(path), _const(row[field]),
                _date_field(row.get(date_key), date_key), _text_field(row.get(jur_key), jur_key),
            )
        except ValueError as err:
            yield _failed(where, str(err))
            continue
        yield source


def _csv_sources(path: Path, raw: str, opts: Any) -> Iterator[Source]:
    csv.field_size_limit(sys.maxsize)
    # strict: an unterminated quote is an error, not a field that swallows the rows below it
    reader = csv.reader(io.StringIO(raw, newline=""), strict=True)
    try:
        fields = next(reader)
    except StopIteration:
        return
    except csv.Error as err:
        yield _failed(f"{path}, line 1", f"bad CSV header: {err}")
        return
    found = opts.text_column or next((c for c in TEXT_FIELDS if c in fields), None)
    if found is None or found not in fields:
        yield _failed(str(path), _text_hint(fields, opts.text_column))
        return
    for option, column in (("--date-column", opts.date_column), ("--jurisdiction-column", opts.jurisdiction_column)):
        if column and column not in fields:
            yield _failed(str(path), f"no column {column!r} for {option} (columns: {', '.join(fields)})")
            return
    date_key = opts.date_column or "reference_date"
    jur_key = opts.jurisdiction_column or "jurisdiction"
    n = 0
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            hint = " (a quote opened here is never closed)" if "unexpected end of data" in str(err) else ""
            yield _failed(f"{path}, line {start}", f"bad CSV: {err}{hint}")
            return
        if not cells:
            continue
        n += 1
        record = dict(zip(fields, cells))
        doc_id = _doc_id(record.get("id"), f"{path}#{n}")
        where = f"{path}, line {start}" + (f" (id {doc_id})" if "id" in record else "")
        if len(cells) != len(fields):
            yield _failed(where, f"{len(cells)} cells for {len(fields)} columns")
            continue
        try:
            yield Source(doc_id, str(path), _const(record[found] or ""),
                         _date_field(record.get(date_key), date_key), _text_field(record.get(jur_key), jur_key))
        except ValueError as err:
            yield _failed(where, str(err))


def _table_sources(path: Path, opts: Any) -> Iterator[Source]:
    """Documents in a CSV (one per row) or JSON Lines file (one per line); bad rows fail alone."""
    from govie.io.text import read_text_file

    try:
        raw = read_text_file(path, encoding=opts.encoding, max_bytes=opts.max_bytes)
    except (OSError, ValueError) as err:
        yield _failed(str(path), str(err))
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_sources(path, raw, opts)
    else:
        yield from _csv_sources(path, raw, opts)


# ------------------------------------------------------------------ all inputs


def _read_stdin(encoding: str | None, max_bytes: int | None) -> Callable[[], str]:
    def load() -> str:
        from govie.io.text import decode_bytes, read_bounded

        return decode_bytes(read_bounded(sys.stdin.buffer, max_bytes, "<stdin>"), name="<stdin>", encoding=encoding)

    return load


def _file_key(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def iter_sources(opts: Any, warn: Callable[[str], None], written: Collection[tuple[int, int]] = ()) -> Iterator[Source]:
    """Yield the documents named on the command line, in order; failures as ``Source.error``.

    ``written``: the (device, inode) of the existing files the run writes; an input among them is a usage error
    (``-o`` naming an input, or a link to one, replaced the document by its extraction)."""
    from govie.cli.common import UsageError
    from govie.io.text import read_text_file

    seen: set[str] = set()
    for raw in opts.files:
        if raw == "-":
            if "-" in seen:
                warn("- (standard input) named more than once: it is read once")
                continue
            seen.add("-")
            yield Source("<stdin>", "-", _read_stdin(opts.encoding, opts.max_bytes))
            continue
        try:
            files = expand(raw, opts.include, opts.exclude)
        except OSError as err:
            yield _failed(raw, err.strerror or str(err))
            continue
        if not files:
            yield _failed(raw, "no files match")
            continue
        for path in files:
            key = _file_key(path)
            if key in seen:
                continue
            seen.add(key)
            try:
                st = path.stat()
            except FileNotFoundError:
                yield _failed(str(path), "no such file or directory")
                continue
            except OSError as err:  # a symlink loop, a permission problem
                yield _failed(str(path), err.strerror or str(err))
                continue
            if (st.st_dev, st.st_ino) in written:
                raise UsageError(f"{path} is an input and also the output (-o {opts.output}): writing would "
                                 "overwrite it; name another output file")
            if path.suffix.lower() in TABLE_SUFFIXES:
                yield from _table_sources(path, opts)
                continue
            yield Source(str(path), str(path),
                         functools.partial(read_text_file, path, encoding=opts.encoding, max_bytes=opts.max_bytes))
