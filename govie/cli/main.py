"""The ``govie`` command line.

Exit codes (every command):

* 0 — everything worked;
* 1 — some inputs failed (unreadable, undecodable or missing files, a document
  govie could not process, or output that could not be written);
* 2 — usage error: bad options, an invalid ``--reference-date``, a model that
  cannot be loaded, a malformed annotation file;
* 130 — interrupted (Ctrl-C); nothing is written.

Output files are written to a temporary file in the same directory and renamed
into place at the end, so a failed or interrupted run never leaves a partial
file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import functools
import glob
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govie.cli.common import UsageError, model_arg, registry_arg, resolve_model_arg
from govie.errors import WorkerError

__all__ = ["main", "build_parser", "FORMATS", "ENTITY_COLUMNS", "ACTIVITY_COLUMNS"]

FORMATS = ("jsonl", "csv", "parquet", "html")
#: Text files picked up when a directory is given.
DIR_SUFFIXES = {".txt", ".md", ""}
#: Files read as tables of documents (one document per row).
TABLE_SUFFIXES = {".csv", ".jsonl"}

#: Columns of the entities table (CSV and Parquet output), in order.
ENTITY_COLUMNS = (
    "document", "label", "start", "end", "text", "canonical", "unit", "agency_id",
    "value", "grain", "doc_type", "issuer", "year", "serial", "source",
)
#: Columns of the activities table (CSV and Parquet output), in order.
ACTIVITY_COLUMNS = ("document", "type", "trigger", "start", "end", "date", "agents", "name", "location", "titles")
_DOC_COLUMNS = (
    "document", "path", "reference_date", "reference_date_source", "period", "period_source",
    "issuer", "issuer_source", "jurisdiction", "jurisdiction_source", "n_entities", "n_activities",
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


# ------------------------------------------------------------------ inputs


@dataclass
class Source:
    """One input document: where it comes from and how to get its text."""

    doc_id: str
    path: str
    load: Callable[[], str]
    reference_date: str | None = None  # from a row's date column / a JSONL document's field
    jurisdiction: str | None = None


def _expand(raw: str) -> list[Path]:
    """The files named by one argument: a file, a directory or a glob."""
    p = Path(raw)
    if p.is_dir():
        return sorted(
            q for q in p.rglob("*")
            if q.is_file() and q.suffix.lower() in DIR_SUFFIXES
            and not any(part.startswith(".") for part in q.relative_to(p).parts)  # .git, .DS_Store …
        )
    if any(ch in raw for ch in "*?[") and not p.exists():
        return sorted(Path(m) for m in glob.glob(raw, recursive=True) if Path(m).is_file())
    return [p]


def _const(text: str) -> Callable[[], str]:
    return lambda: text


def _cell_str(value: Any) -> str | None:
    """A non-empty cell as a stripped string, else None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _no_surrogates(value: Any) -> Any:
    """JSON can escape lone surrogates ("\\ud800"), which no UTF-8 output can hold:
    U+FFFD takes their place (same offsets; the normalizer drops both alike)."""
    if isinstance(value, str) and any("\ud800" <= c <= "\udfff" for c in value):
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
    return value


def _table_sources(path: Path, args: argparse.Namespace) -> list[Source]:
    """Documents in a CSV (one per row) or JSON Lines file (one per line)."""
    from govie.io.text import read_text_file

    text_column: str | None = args.text_column
    date_column: str = args.date_column or "reference_date"
    jur_column: str = args.jurisdiction_column or "jurisdiction"
    raw = read_text_file(path, encoding=args.encoding)
    sources: list[Source] = []
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}, line {n}: invalid JSON: {err.msg}") from None
            if isinstance(row, dict):
                row = {k: _no_surrogates(v) for k, v in row.items()}
            col = text_column or "text"
            if not isinstance(row, dict) or not isinstance(row.get(col), str):
                raise ValueError(f"{path}, line {n}: no string field {col!r}")
            doc_id = str(row.get("id") or f"{path}#{n}")
            sources.append(
                Source(
                    doc_id, str(path), _const(row[col]),
                    _cell_str(row.get(date_column)), _cell_str(row.get(jur_column)),
                )
            )
        return sources
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    fields = reader.fieldnames or []
    found = text_column or next((c for c in ("text", "full_text", "content") if c in fields), None)
    if found is None or found not in fields:
        raise ValueError(
            f"{path}: no text column {text_column or 'text/full_text/content'!r} "
            f"(columns: {', '.join(fields)}); name it with --text-column"
        )
    for option, column in (("--date-column", args.date_column), ("--jurisdiction-column", args.jurisdiction_column)):
        if column and column not in fields:
            raise ValueError(f"{path}: no column {column!r} for {option} (columns: {', '.join(fields)})")
    for n, record in enumerate(reader, start=1):
        doc_id = str(record.get("id") or f"{path}#{n}")
        sources.append(
            Source(
                doc_id, str(path), _const(record[found] or ""),
                _cell_str(record.get(date_column)), _cell_str(record.get(jur_column)),
            )
        )
    return sources


# ------------------------------------------------------------------ tables


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "；".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def entity_rows(result: Any, doc_id: str) -> list[dict[str, Any]]:
    """The entities table rows of one document (``ENTITY_COLUMNS``; ``value`` as text)."""
    rows = []
    for e in result.entities:
        d = e.to_dict()
        row = {c: _cell(d.get(c)) for c in ENTITY_COLUMNS}
        row["document"] = doc_id
        if row["value"] is not None:
            row["value"] = str(row["value"])  # a date string or a number: one type per column
        for key in ("year", "serial"):
            if row[key] is not None:
                row[key] = str(row[key])
        rows.append(row)
    return rows


def activity_rows(result: Any, doc_id: str) -> list[dict[str, Any]]:
    """The activities table rows of one document (``ACTIVITY_COLUMNS``; agents joined by ；)."""
    rows = result.activities_table()
    for row in rows:
        row["document"] = doc_id
    return [{key: row.get(key) for key in ACTIVITY_COLUMNS} for row in rows]


def document_row(result: Any, doc_id: str, path: str) -> dict[str, Any]:
    """The documents table row: metadata and counts."""
    row: dict[str, Any] = {"document": doc_id, "path": path}
    for key, value in result.meta.items():
        if key not in ("id", "path"):
            row[key] = _cell(value)
    row["n_entities"] = len(result.entities)
    row["n_activities"] = len(result.activities)
    return row


def _columns(rows: list[dict[str, Any]], first: tuple[str, ...]) -> list[str]:
    cols = list(first)
    for row in rows:
        cols.extend(k for k in row if k not in cols)
    return cols


# ------------------------------------------------------------------ output


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _AtomicWriter:
    """Collect output files as temporaries; rename them all into place on commit."""

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path]] = []

    def add(self, target: Path, write: Callable[[str], None]) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual mode
        self._pending.append((tmp, target))
        write(tmp)

    def commit(self) -> None:
        for tmp, target in self._pending:
            os.replace(tmp, target)
        self._pending.clear()

    def discard(self) -> None:
        for tmp, _ in self._pending:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self._pending.clear()


def _write_csv(rows: list[dict[str, Any]], cols: list[str]) -> Callable[[str], None]:
    def write(tmp: str) -> None:
        # utf-8-sig: Excel opens the Chinese text correctly; pandas and csv read it as UTF-8.
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)

    return write


def _write_parquet(rows: list[dict[str, Any]], cols: list[str]) -> Callable[[str], None]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def write(tmp: str) -> None:
        table = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows]) if rows else pa.table(
            {c: pa.array([], type=pa.string()) for c in cols}
        )
        pq.write_table(table, tmp)

    return write


def _write_text(payload: str) -> Callable[[str], None]:
    def write(tmp: str) -> None:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(payload)

    return write


def _table_targets(out: Path, fmt: str) -> dict[str, Path]:
    ext = "." + fmt
    stem = out.name[: -len(ext)] if out.name.lower().endswith(ext) else out.name
    return {t: out.with_name(f"{stem}.{t}{ext}") for t in ("documents", "entities", "activities")}


# ------------------------------------------------------------------ commands


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        if suffix in ("htm",):
            return "html"
    return "jsonl"


def _check_extract_args(args: argparse.Namespace, fmt: str) -> None:
    from govie.timex import parse_date_arg

    try:
        parse_date_arg(args.reference_date)
    except ValueError as err:
        raise UsageError(str(err)) from None
    if fmt in ("csv", "parquet") and not args.output:
        raise UsageError(f"--format {fmt} writes several tables and needs -o/--output, e.g. -o out.{fmt}")
    if args.output:
        parent = Path(args.output).parent
        if not parent.is_dir():
            raise UsageError(f"output directory {parent} does not exist")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError("--format parquet needs pyarrow: pip install pyarrow") from None
    if args.encoding:
        import codecs

        try:
            codecs.lookup(args.encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {args.encoding!r}") from None


def _read_stdin(encoding: str | None) -> Callable[[], str]:
    def load() -> str:
        from govie.io.text import decode_bytes

        return decode_bytes(sys.stdin.buffer.read(), name="<stdin>", encoding=encoding)

    return load


def _sources(args: argparse.Namespace, report: Callable[[str, str], None]) -> Iterator[Source]:
    """Yield the documents named on the command line; report what cannot be read."""
    from govie.io.text import read_text_file

    seen: set[Path] = set()
    for raw in args.files:
        if raw == "-":
            yield Source("<stdin>", "-", _read_stdin(args.encoding))
            continue
        files = _expand(raw)
        if not files:
            report(raw, "no files match")
            continue
        for path in files:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            if not path.exists():
                report(str(path), "no such file or directory")
                continue
            if path.suffix.lower() in TABLE_SUFFIXES:
                try:
                    yield from _table_sources(path, args)
                except (OSError, ValueError) as err:
                    report(str(path), str(err))
                continue
            yield Source(str(path), str(path), functools.partial(read_text_file, path, encoding=args.encoding))


class _Stop(Exception):
    """The first failure without --keep-going."""


# One document's work, in this process or a worker: (text, reference_date,
# jurisdiction) or a load error in; (Extraction, None) or (None, error) out.
_Job = tuple[tuple[str, str | None, str | None] | None, str | None]
_Outcome = tuple[Any, str | None]
_JOB_MODEL: dict[str, Any] = {}


def _jobs(sources: list[Source], args: argparse.Namespace) -> Iterator[_Job]:
    """Load each document lazily (in this process); a read failure travels as an error."""
    for src in sources:
        try:
            text = src.load()
        except (OSError, ValueError) as err:
            yield None, str(err)
            continue
        yield (text, src.reference_date or args.reference_date, src.jurisdiction or args.jurisdiction), None


def _init_job(choice: str | None, default: bool, registry: list[str] | None = None) -> None:
    from govie.model import resolve_model

    _JOB_MODEL["model"] = resolve_model(choice, default=default)
    _JOB_MODEL["registry"] = registry


def _extract_job(job: _Job) -> _Outcome:
    import govie.pipeline as govie

    payload, error = job
    if payload is None:
        return None, error
    text, reference_date, jurisdiction = payload
    try:
        return govie.extract(
            text, reference_date=reference_date, jurisdiction=jurisdiction, model=_JOB_MODEL.get("model"),
            registry=_JOB_MODEL.get("registry"),
        ), None
    except (OSError, ValueError) as err:
        return None, str(err)
    except Exception as err:  # noqa: BLE001 - one bad document must not hide the others
        return None, f"internal error {type(err).__name__}: {err}"


@contextlib.contextmanager
def _extractor(args: argparse.Namespace, n_docs: int) -> Iterator[Callable[[Iterator[_Job]], Iterator[_Outcome]]]:
    """Run jobs in this process, or over ``--jobs`` worker processes (results in input order)."""
    from govie.pipeline import BUNDLED_MODEL

    choice = model_arg(args)
    init = (None if choice is BUNDLED_MODEL else str(choice) if choice is not None else None, choice is BUNDLED_MODEL,
            registry_arg(args))
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    jobs = min(jobs, n_docs)
    if jobs <= 1:
        _init_job(*init)
        yield lambda items: map(_extract_job, items)
        return
    from govie.batch import map_in_processes

    # Not multiprocessing.Pool: it hangs for ever when a worker is killed.
    yield lambda items: map_in_processes(
        _extract_job, items, n_process=jobs, initializer=_init_job, initargs=init, on_lost=lambda job, msg: (None, msg)
    )


def cmd_extract(args: argparse.Namespace) -> int:
    """``govie extract``: documents in, JSONL / CSV / Parquet / HTML out."""
    fmt = _format_of(args)
    _check_extract_args(args, fmt)
    resolve_model_arg(args)  # a model that does not load is a usage error, before any work
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU) or more")

    failures = 0

    def report(where: str, message: str) -> None:
        nonlocal failures
        failures += 1
        print(f"govie: {where}: {message}", file=sys.stderr)
        if not args.keep_going:
            raise _Stop

    try:
        sources = list(_sources(args, report))
    except _Stop:
        return EXIT_FAILED

    show = args.progress if args.progress is not None else (len(sources) > 1 and sys.stderr.isatty())
    from tqdm import tqdm

    results: list[tuple[Source, Any]] = []
    try:
        with _extractor(args, len(sources)) as run:
            outcomes = run(_jobs(sources, args))
            for src, (result, error) in tqdm(
                zip(sources, outcomes), total=len(sources), unit="doc", file=sys.stderr,
                disable=not show, desc="govie extract",
            ):
                if error is not None:
                    report(src.doc_id, error)
                    continue
                results.append((src, result))
    except _Stop:
        return EXIT_FAILED

    try:
        _write_output(args, fmt, results)
    except OSError as err:
        print(f"govie: cannot write output: {err}", file=sys.stderr)
        return EXIT_FAILED
    if failures:
        print(f"govie: {failures} input(s) failed, {len(results)} document(s) written", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _write_output(args: argparse.Namespace, fmt: str, results: list[tuple[Source, Any]]) -> None:
    writer = _AtomicWriter()
    try:
        if fmt in ("csv", "parquet"):
            docs = [document_row(r, s.doc_id, s.path) for s, r in results]
            ents = [row for s, r in results for row in entity_rows(r, s.doc_id)]
            acts = [row for s, r in results for row in activity_rows(r, s.doc_id)]
            tables = {
                "documents": (docs, _columns(docs, _DOC_COLUMNS)),
                "entities": (ents, list(ENTITY_COLUMNS)),
                "activities": (acts, list(ACTIVITY_COLUMNS)),
            }
            make = _write_csv if fmt == "csv" else _write_parquet
            for name, target in _table_targets(Path(args.output), fmt).items():
                rows, cols = tables[name]
                writer.add(target, make(rows, cols))
        else:
            payload = _render_text(args, fmt, results)
            if not args.output:
                writer.discard()
                sys.stdout.write(payload)
                sys.stdout.flush()
                return
            writer.add(Path(args.output), _write_text(payload))
        writer.commit()
    except BaseException:
        writer.discard()
        raise


def _render_text(args: argparse.Namespace, fmt: str, results: list[tuple[Source, Any]]) -> str:
    if fmt == "html":
        from govie.render import render_fragment, render_page

        sections = [render_fragment(r, heading=s.doc_id) for s, r in results]
        return render_page(sections, title="govie: " + (results[0][0].doc_id if len(results) == 1 else f"{len(results)} documents"))
    rows: list[str] = []
    for src, result in results:
        if args.activities:
            for row in activity_rows(result, src.doc_id):
                rows.append(json.dumps(row, ensure_ascii=False))
        else:
            d = result.to_dict()
            d["meta"]["path"] = src.path
            d["meta"].setdefault("id", src.doc_id)
            rows.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(rows) + ("\n" if rows else "")


def cmd_evaluate(args: argparse.Namespace) -> int:
    """``govie evaluate``: score govie against gold annotations (see ``govie.evaluate``)."""
    import govie.pipeline as govie
    from govie.errors import AnnotationError
    from govie.evaluate import evaluate_documents, format_markdown, format_text, load_gold

    try:
        docs = load_gold(args.gold)
    except AnnotationError as err:
        print(f"govie: {err}", file=sys.stderr)
        return EXIT_USAGE
    if not docs:
        print(f"govie: no gold documents in {' '.join(args.gold)}", file=sys.stderr)
        return EXIT_USAGE
    seen: dict[str, int] = {}
    for doc in docs:
        doc_id = str(doc.get("id"))
        seen[doc_id] = seen.get(doc_id, 0) + 1
    dupes = sorted(k for k, n in seen.items() if n > 1 and k != "None")
    if dupes:
        print(f"govie: warning: document id(s) given more than once: {', '.join(dupes)}", file=sys.stderr)
    model = resolve_model_arg(args)

    def predict(doc: dict[str, Any]) -> Any:
        return govie.extract(doc["text"], reference_date=doc.get("reference_date"), model=model)

    scores = evaluate_documents(docs, predict)
    if args.json:
        out = scores.to_dict()
        if args.misses:
            out["misses"] = scores.misses
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(format_markdown(scores) if args.markdown else format_text(scores), end="")
    if args.misses:
        print("\n# misses (document, label, kind, text, offsets[, gold, pred])")
        print("\n".join(scores.misses))
    return EXIT_OK


_EXTRACT_EPILOG = """\
inputs:
  FILE        a text file (encoding detected: UTF-8 with or without BOM, UTF-16, GB18030/GBK)
  -           standard input (one document)
  DIR         every *.txt, *.md and suffix-less file below it, hidden ones excepted
              (name CSV/JSONL files explicitly)
  'GLOB'      e.g. 'reports/**/*.txt' (quote it to let govie expand ** itself)
  *.csv       one document per row, text in --text-column (default: text, full_text or content)
  *.jsonl     one document per line, text in the "text" field (govie annotation files work)
              CSV/JSONL documents take their reference date and jurisdiction from the
              reference_date and jurisdiction columns/fields when present (or the columns named
              by --date-column and --jurisdiction-column), which win over --reference-date and
              --jurisdiction.

outputs (--format, or from the -o suffix; default jsonl):
  jsonl       one JSON object per document ({meta, entities, activities}); with --activities
              one row per activity
  csv         -o out.csv writes out.documents.csv, out.entities.csv and out.activities.csv
              (UTF-8 with BOM, so Excel shows the Chinese)
  parquet     -o out.parquet writes out.documents.parquet, out.entities.parquet and
              out.activities.parquet (needs pyarrow)
  html        one page: entities coloured by label (hover a DEPT for its canonical name, a
              DATE for its value) and each document's activity table

exit codes: 0 ok; 1 some inputs failed; 2 usage error (bad option, date or model); 130 interrupted.
Without --keep-going the first failing input stops the run and nothing is written. With
--keep-going each failure is reported on stderr, the other documents are written, and the
exit code is 1. Output is written to a temporary file and renamed: never half a file.

examples:
  govie extract corpora/weekly-report-2023-17.txt
  govie extract reports/ --rules-only --keep-going -o out.csv
  govie extract 'corpora/work-reports-2026/*.csv' --date-column publish_date --jurisdiction-column province \\
      -o reports.parquet
  govie extract report.txt --reference-date 2023-05-18 --jurisdiction 四川省 -o report.html
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``govie`` command, training commands included when installed."""
    from govie.version import __version__

    parser = argparse.ArgumentParser(
        prog="govie",
        description="Structured data from Chinese administrative text: departments, dates, "
        "policy titles, document numbers and the activities that tie them together.",
        epilog="Run 'govie COMMAND --help' for the options of each command.",
    )
    parser.add_argument("--version", action="version", version=f"govie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract entities and activities from documents",
        description="Extract entities, activities and metadata from documents.",
        epilog=_EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("files", nargs="+", metavar="INPUT", help="text files, directories, globs, or - for stdin")
    ex.add_argument("-o", "--output", help="output file (default: stdout, for jsonl and html)")
    ex.add_argument("-f", "--format", choices=FORMATS, help="output format (default: from the -o suffix, else jsonl)")
    ex.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date that relative dates resolve against")
    ex.add_argument("--jurisdiction", metavar="PROVINCE", help="province of the documents, e.g. 四川省")
    ex.add_argument("--activities", action="store_true", help="jsonl: one row per activity instead of per document")
    ex.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    ex.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    ex.add_argument("--registry", action="append", metavar="FILE",
                    help="registry file (JSON Lines) of bodies added to the bundled ones; repeatable")
    ex.add_argument("--encoding", help="input encoding, instead of detecting it (e.g. gb18030)")
    ex.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="worker processes (default 1; 0: one per CPU); output order is input order",
    )
    ex.add_argument("--text-column", metavar="NAME", help="text column of CSV / field of JSONL inputs")
    ex.add_argument(
        "--date-column", metavar="NAME",
        help="CSV/JSONL: per-document reference date (default: a 'reference_date' column if present)",
    )
    ex.add_argument(
        "--jurisdiction-column", metavar="NAME",
        help="CSV/JSONL: per-document jurisdiction (default: a 'jurisdiction' column if present)",
    )
    ex.add_argument(
        "--keep-going", action="store_true",
        help="report failing inputs, process the rest, write their output and exit 1",
    )
    ex.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bar on stderr (default: when stderr is a terminal and there are several documents)",
    )
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser(
        "evaluate",
        help="score govie against gold JSONL documents",
        description="Score govie against gold documents in govie JSONL (annotation guide v2):\n"
        "entities, meta, activities and assignments, each document on its own layers;\n"
        "one table overall, then one per genre and one per level, each row with the\n"
        "number of documents it rests on. How each score is computed: the docstring\n"
        "of govie.evaluate. Exit code 2 when an annotation file is malformed (the\n"
        "message names file, line and field).",
        epilog="examples:\n  govie evaluate annotations/dev\n"
        "  govie evaluate annotations/dev annotations/test/policy-01.jsonl --rules-only --misses\n"
        "  govie evaluate annotations/test --markdown > scores.md\n"
        "  govie evaluate annotations/test --json --model models/mine",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("gold", nargs="+", metavar="PATH",
                    help="gold JSONL files, or directories searched recursively for *.jsonl")
    ev.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    ev.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    ev.add_argument("--misses", action="store_true", help="list every missed, spurious or wrong item")
    ev_fmt = ev.add_mutually_exclusive_group()
    ev_fmt.add_argument("--json", action="store_true", help="print scores as JSON (with --misses: a 'misses' list)")
    ev_fmt.add_argument("--markdown", action="store_true", help="print the tables in Markdown")
    ev.set_defaults(func=cmd_evaluate)

    register_training: Callable[[Any], Any] | None
    try:
        from govie.cli.train import register as register_training
    except ImportError:  # the training commands are optional
        register_training = None
    if register_training is not None:
        register_training(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``govie`` command; returns the exit code (see the module docstring)."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except UsageError as err:
        print(f"govie: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("govie: interrupted, nothing written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except WorkerError as err:  # workers that die while starting (a lost document is reported per input)
        print(f"govie: error: {err}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # e.g. `govie extract ... | head`: the reader left early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
