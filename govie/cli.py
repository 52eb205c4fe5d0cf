"""The ``govie`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["main"]


def _model_arg(args: argparse.Namespace) -> Any:
    from . import _DEFAULT

    if getattr(args, "rules_only", False):
        return None
    return args.model if getattr(args, "model", None) else _DEFAULT


def _iter_inputs(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix in {".txt", ".md", ""}))
        elif any(ch in raw for ch in "*?["):
            out.extend(sorted(Path().glob(raw)))
        else:
            out.append(p)
    return out


def cmd_extract(args: argparse.Namespace) -> int:
    import govie
    from .io import read_text_file

    files = _iter_inputs(args.files)
    failures = 0
    rows: list[str] = []
    progress = None
    if len(files) > 1 and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(total=len(files), unit="doc", file=sys.stderr)
    for path in files:
        try:
            text = read_text_file(path)
            result = govie.extract(
                text, reference_date=args.reference_date, jurisdiction=args.jurisdiction, model=_model_arg(args)
            )
        except (OSError, ValueError) as err:
            failures += 1
            print(f"govie: {path}: {err}", file=sys.stderr)
            if not args.keep_going:
                return 1
            continue
        finally:
            if progress:
                progress.update(1)
        if args.activities:
            for row in result.activities_table():
                row["document"] = str(path)
                rows.append(json.dumps(row, ensure_ascii=False))
        else:
            d = result.to_dict()
            d["meta"]["path"] = str(path)
            rows.append(json.dumps(d, ensure_ascii=False))
    payload = "\n".join(rows) + ("\n" if rows else "")
    if args.output:
        out = Path(args.output)
        tmp = out.with_name(out.name + ".part")
        tmp.write_text(payload, encoding="utf-8")
        tmp.replace(out)  # whole or nothing: no half-written output
    else:
        sys.stdout.write(payload)
    return 1 if failures else 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    import govie
    from .errors import AnnotationError
    from .evaluate import evaluate_documents, format_report
    from .io import read_jsonl

    try:
        docs = [d for path in args.gold for d in read_jsonl(path)]
    except AnnotationError as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    model = _model_arg(args)

    def predict(doc: dict[str, Any]) -> dict[str, Any]:
        return govie.extract(doc["text"], reference_date=doc.get("reference_date"), model=model).to_dict()

    scores = evaluate_documents(docs, predict)
    if args.json:
        print(json.dumps(scores.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{len(docs)} document(s)")
        print(format_report(scores))
    if args.misses:
        print("\n# misses")
        print("\n".join(scores.misses))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govie", description="Structured data from Chinese administrative text.")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities and activities from documents (JSON Lines)")
    ex.add_argument("files", nargs="+", help="text files, directories or globs")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ex.add_argument("--reference-date", help="ISO date that relative dates resolve against")
    ex.add_argument("--jurisdiction", help="province of the documents, e.g. 四川省")
    ex.add_argument("--activities", action="store_true", help="write one row per activity instead of documents")
    ex.add_argument("--model", help="model directory (default: the bundled model)")
    ex.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    ex.add_argument(
        "--keep-going", action="store_true",
        help="report unreadable files, process the rest, exit 1 at the end",
    )
    ex.set_defaults(func=cmd_extract)

    ev = sub.add_parser("evaluate", help="score govie against gold JSONL documents")
    ev.add_argument("gold", nargs="+", help="gold documents in govie JSONL")
    ev.add_argument("--model", help="model directory (default: the bundled model)")
    ev.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    ev.add_argument("--misses", action="store_true", help="list every missed, spurious or wrong item")
    ev.add_argument("--json", action="store_true", help="print scores as JSON")
    ev.set_defaults(func=cmd_evaluate)

    try:
        from .cli_train import register as register_training
    except ImportError:  # the training commands are optional
        register_training = None
    if register_training is not None:
        register_training(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
