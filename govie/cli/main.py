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
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from govie.cli.common import UsageError, model_arg, registry_arg, resolve_model_arg
from govie.cli.inputs import Source
from govie.io.tables import ACTIVITY_COLUMNS, DOCUMENT_COLUMNS, ENTITY_COLUMNS
from govie.io.text import MAX_BYTES
from govie.errors import WorkerError

__all__ = ["main", "build_parser", "FORMATS", "ENTITY_COLUMNS", "ACTIVITY_COLUMNS", "DOCUMENT_COLUMNS"]

FORMATS = ("jsonl", "csv", "parquet", "html")
#: The tables one flag writes alone, in every format (``--activities``, ``--assignments``, ``--indicators``).
TABLE_FLAGS = ("activities", "assignments", "indicators")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


# ------------------------------------------------------------------ commands


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output and args.output != "-":
        suffix = Path(args.output).suffix.lower().lstrip(".")
        if suffix in FORMATS:
            return suffix
        if suffix in ("htm",):
            return "html"
    if not args.output and _table_of(args) is None and sys.stdout.isatty():
        return "summary"  # a person at a terminal: --format jsonl gives the JSON
    return "jsonl"


def _table_of(args: argparse.Namespace) -> str | None:
    chosen = [name for name in TABLE_FLAGS if getattr(args, name, False)]
    if len(chosen) > 1:
        raise UsageError("--" + " and --".join(chosen) + " each write one table: choose one")
    return chosen[0] if chosen else None


def _check_extract_args(args: argparse.Namespace, fmt: str) -> None:
    from govie.timex import parse_date_arg

    try:
        parse_date_arg(args.reference_date)
    except ValueError as err:
        raise UsageError(str(err)) from None
    table = _table_of(args)
    if fmt in ("csv", "parquet") and not table and (not args.output or args.output == "-"):
        raise UsageError(f"--format {fmt} writes several tables and needs -o/--output, e.g. -o out.{fmt}")
    if args.output and args.output != "-":
        parent = Path(args.output).parent
        if not parent.is_dir():
            raise UsageError(f"output directory {parent} does not exist")
        if Path(args.output).is_dir():
            raise UsageError(f"-o {args.output} is a directory; name a file")
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
    if args.max_bytes < 0:
        raise UsageError("--max-bytes must be 0 (no bound) or more")


# One document's work, in this process or a worker: (text, reference_date,
# jurisdiction) or a load error in; (Extraction, None) or (None, error) out.
_Job = tuple[tuple[str, str | None, str | None] | None, str | None]
_Outcome = tuple[Any, str | None]
_JOB_MODEL: dict[str, Any] = {}


def _jobs(sources: Iterator[Source], args: argparse.Namespace, order: deque[Source]) -> Iterator[_Job]:
    """Load each document lazily (in this process); a read failure travels as an error.

    Each source goes to ``order`` as its job is handed out, so results (which come back
    in input order) find their source again.
    """
    for src in sources:
        order.append(src)
        if src.error is not None:
            yield None, src.error
            continue
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
def _extractor(args: argparse.Namespace) -> Iterator[Callable[[Iterator[_Job]], Iterator[_Outcome]]]:
    """Run jobs in this process, or over ``--jobs`` worker processes (results in input order)."""
    from govie.pipeline import BUNDLED_MODEL

    choice = model_arg(args)
    init = (None if choice is BUNDLED_MODEL else str(choice) if choice is not None else None, choice is BUNDLED_MODEL,
            registry_arg(args))
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    if jobs <= 1:
        _init_job(*init)
        yield lambda items: map(_extract_job, items)
        return
    from govie.batch import map_in_processes

    # Not multiprocessing.Pool: it hangs for ever when a worker is killed.
    yield lambda items: map_in_processes(
        _extract_job, items, n_process=jobs, initializer=_init_job, initargs=init, on_lost=lambda job, msg: (None, msg)
    )


def _iso_day(value: str) -> str:
    """An ISO day for --valid-on; argparse turns the ValueError into a usage error."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


class _Stop(Exception):
    """The first failure without --keep-going."""


def cmd_extract(args: argparse.Namespace) -> int:
    """``govie extract``: documents in, JSONL / CSV / Parquet / HTML out, written as they come."""
    from govie.cli.inputs import iter_sources
    from govie.cli.output import open_writer, targets_of
    from govie.io.output import AtomicFiles

    fmt = _format_of(args)
    _check_extract_args(args, fmt)
    table = _table_of(args)
    resolve_model_arg(args)  # a model that does not load is a usage error, before any work
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU) or more")

    counts = {"documents": 0, "entities": 0, "activities": 0, "assignments": 0, "failed": 0, "not_valid": 0}

    def report(where: str, message: str) -> None:
        counts["failed"] += 1
        print(f"govie: {where}: {message}", file=sys.stderr)
        if not args.keep_going:
            raise _Stop

    def warn(message: str) -> None:
        print(f"govie: warning: {message}", file=sys.stderr)

    written: set[tuple[int, int]] = set()
    if args.output and args.output != "-":
        for target in targets_of(fmt, args.output, table):
            try:
                st = os.stat(target)
            except OSError:
                continue  # not there yet: no input can be it
            written.add((st.st_dev, st.st_ino))
    sources = iter_sources(args, warn, written)
    show = args.progress if args.progress is not None else (len(args.files) > 1 or any(
        Path(f).is_dir() or any(ch in f for ch in "*?[") for f in args.files)) and sys.stderr.isatty()
    from tqdm import tqdm

    files = AtomicFiles()
    order: deque[Source] = deque()
    try:
        writer = open_writer(files, fmt, args.output, table)
        with _extractor(args) as run:
            outcomes = run(_jobs(sources, args, order))
            for result, error in tqdm(outcomes, unit="doc", file=sys.stderr, disable=not show, desc="govie extract"):
                src = order.popleft()
                if error is not None:
                    report(src.doc_id, error)
                    continue
                if args.valid_on is not None and not valid_on(result.meta, args.valid_on):
                    counts["not_valid"] += 1
                    continue
                writer.add(src.doc_id, src.path, result)
                counts["documents"] += 1
                counts["entities"] += len(result.entities)
                counts["activities"] += len(result.activities)
                counts["assignments"] += len(result.assignments)
        writer.close()
        files.commit()
    except _Stop:
        files.discard()
        print("govie: stopped at the first failure, nothing written (--keep-going writes the rest)", file=sys.stderr)
        return EXIT_FAILED
    except OSError as err:
        files.discard()
        print(f"govie: cannot write output: {err}", file=sys.stderr)
        return EXIT_FAILED
    except BaseException:
        files.discard()
        raise
    where = ", ".join(targets_of(fmt, args.output, table))
    failed = f", {counts['failed']} input(s) failed" if counts["failed"] else ""
    skipped = f", {counts['not_valid']} not valid on {args.valid_on} left out" if counts["not_valid"] else ""
    print(
        f"govie: {counts['documents']} document(s) written, {counts['entities']} entities, "
        f"{counts['activities']} activities, {counts['assignments']} assignments{failed}{skipped} -> {where}",
        file=sys.stderr,
    )
    return EXIT_FAILED if counts["failed"] else EXIT_OK


def valid_on(meta: dict[str, Any], day: str) -> bool:
    """A document is valid on ``day`` (ISO) unless it takes effect later (its effective date, else
    its signature date) or expired before; a document that states neither is kept."""
    start = meta.get("effective") or meta.get("doc_date")
    end = meta.get("expires")
    return not (start and start > day) and not (end and end < day)


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
    # A label govie never predicts scores recall 0 whatever govie does: most often a typo in the gold.
    from govie.types import LABELS

    unknown: dict[str, str] = {}
    for doc in docs:
        for ent in doc.get("entities") or ():
            if ent.get("label") not in LABELS:
                unknown.setdefault(str(ent.get("label")), str(doc.get("id")))
    if unknown:
        listed = ", ".join(f"{label} (first in document {doc_id})" for label, doc_id in sorted(unknown.items()))
        print(f"govie: warning: gold label(s) govie does not predict ({', '.join(LABELS)}): {listed}",
              file=sys.stderr)
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
  FILE        a text file (encoding detected: UTF-8 with or without BOM, UTF-16, UTF-32,
              GB18030/GBK, Big5)
  -           standard input (one document)
  DIR         every *.txt, *.md and suffix-less file below it, hidden ones and notes (SOURCE*,
              README*, LICENSE*) excepted; --include/--exclude choose other files
  'GLOB'      e.g. 'reports/**/*.txt' (quote it to let govie expand ** itself)
  *.csv       one document per row, *.jsonl one per line: the text in the text, full_text or
              content column/field (or --text-column); an id column/field names the document.
              They take their reference date and jurisdiction from reference_date and
              jurisdiction columns/fields when present (or the columns named by --date-column
              and --jurisdiction-column), which win over --reference-date and --jurisdiction.
              A bad row or line fails alone, named by file and line.

outputs (--format, or from the -o suffix; default jsonl, or a summary per document on a terminal):
  jsonl       one JSON object per document ({meta, entities, activities, assignments})
  csv         -o out.csv writes out.documents.csv, out.entities.csv, out.activities.csv and
              out.assignments.csv (UTF-8 with BOM, so Excel shows the Chinese; cells that
              would start a formula get a leading ')
  parquet     -o out.parquet writes out.documents.parquet, out.entities.parquet,
              out.activities.parquet and out.assignments.parquet (needs pyarrow)
  html        one page: a table of contents, then per document its entities coloured by
              label (hover a DEPT for its canonical name, a DATE for its value) and its
              activity table, each row linked to its place in the text
  --activities, --assignments or --indicators writes that table alone, in any of these formats

Results are written as they come, to a temporary file renamed into place at the end (never
half a file); a device, FIFO or stdout is written through; a symbolic link's target is
replaced and keeps its mode. A line on stderr says what was written.

exit codes: 0 ok; 1 some inputs failed; 2 usage error (bad option, date or model); 130 interrupted.
Without --keep-going the first failing input stops the run and nothing is written. With
--keep-going each failure is reported on stderr, the other documents are written, and the
exit code is 1.

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
    ex.add_argument("-o", "--output", help="output file (default: stdout; a summary per document on a terminal)")
    ex.add_argument("-f", "--format", choices=FORMATS,
                    help="output format (default: from the -o suffix, else jsonl; on a terminal a summary)")
    ex.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date that relative dates resolve against")
    ex.add_argument("--jurisdiction", metavar="PROVINCE", help="province of the documents, e.g. 四川省")
    ex.add_argument("--valid-on", metavar="YYYY-MM-DD", type=_iso_day,
                    help="keep only documents valid on that day (effective or signed by then, not expired)")
    rows = ex.add_mutually_exclusive_group()
    rows.add_argument("--activities", action="store_true",
                      help="write the activities table alone (one row per activity), in any format")
    rows.add_argument("--assignments", action="store_true",
                      help="write the assignments table alone (task, lead, support, deadline), in any format")
    rows.add_argument("--indicators", action="store_true",
                      help="write the indicators table alone (one row per METRIC with indicator, change, kind, "
                           "qualifier, period and the document's division), in any format")
    ex.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    ex.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    ex.add_argument("--registry", action="append", metavar="FILE",
                    help="registry file (JSON Lines) of bodies added to the bundled ones; repeatable")
    ex.add_argument("--encoding", help="input encoding, instead of detecting it (e.g. gb18030)")
    ex.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N",
        help="worker processes (default 1; 0: one per CPU); output order is input order",
    )
    ex.add_argument("--text-column", metavar="NAME",
                    help="text column of CSV / field of JSONL inputs (default: text, full_text or content)")
    ex.add_argument("--include", action="append", metavar="GLOB", default=[],
                    help="directories: take the files matching GLOB (e.g. '*.csv'; repeatable) instead of "
                    "*.txt, *.md and suffix-less files")
    ex.add_argument("--exclude", action="append", metavar="GLOB", default=[],
                    help="directories and globs: skip the files matching GLOB (repeatable); notes "
                    "(SOURCE*, README*, LICENSE*) are always skipped in a directory")
    ex.add_argument("--max-bytes", type=int, default=MAX_BYTES, metavar="N",
                    help=f"refuse an input file larger than N bytes (default {MAX_BYTES:,}; 0: no bound)")
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

    from govie.cli.cache import register as register_cache

    register_cache(sub)
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
