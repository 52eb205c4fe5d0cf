"""``govie train`` and ``govie annotate``: the retraining loop on the command line.

    govie annotate docs/*.txt --export label-studio -o tasks.json      # pre-annotate for correction
    # ... correct the tasks in Label Studio, export JSON ...
    govie train corrected.json --output models/mine --base govie/models/default
    govie evaluate annotations/dev/weekly-report-2023-17.jsonl --model models/mine
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from pathlib import Path
from typing import Any

__all__ = ["register", "cmd_train", "cmd_annotate"]

_EXPORTS = ("label-studio", "doccano", "prodigy", "govie", "spacy", "hf")
# Fine-tuning learning rate. Measured on the bundled model fine-tuned for 5 epochs on the work-report
# annotations with a 200-piece public rehearsal sample: at 0.001 its held-out F1 fell from 0.58/0.58/0.70
# (CLUENER/People's Daily/MSRA) to 0.54/0.55/0.65; at 0.0002 it stayed at 0.58/0.59/0.69; at 0.0002
# without rehearsal People's Daily fell to 0.53 and MSRA to 0.66.
_FINETUNE_LR = 0.0002


def register(subparsers: Any) -> None:
    """Add the ``train`` and ``annotate`` subcommands to ``govie``'s parser."""
    from govie.io.formats import FORMATS

    tr = subparsers.add_parser(
        "train", help="train or fine-tune the NER model on annotation files",
        description="Train a govie NER model (DEPT, ORG, PERSON, LOC) with spaCy on annotation files in any "
        "supported format. With --base, fine-tune that model and mix in a rehearsal set so that it does not "
        "forget what it knew. The model directory is written atomically.",
    )
    tr.add_argument("annotations", nargs="+", help="annotation files (govie/doccano/Prodigy JSONL, Label Studio "
                    "JSON, .spacy DocBin, or a datasets JSON file/directory), or directories of *.jsonl files")
    tr.add_argument("--output", "-o", required=True,
                    help="model directory to write; must not exist, or be a govie model and --force given")
    tr.add_argument("--force", action="store_true",
                    help="replace an existing govie model at --output (anything else there is never replaced)")
    tr.add_argument("--base", help="model directory to fine-tune (e.g. govie/models/default)")
    tr.add_argument("--epochs", type=int, default=None, help="training epochs (default: the config's, 3)")
    tr.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    tr.add_argument("--format", choices=FORMATS, help="format of the annotation files (default: detected)")
    tr.add_argument("--dev", nargs="+", help="annotation files to evaluate on after each epoch (default: a "
                    "seeded --held-out share of the documents, or of the pieces when there is one document)")
    tr.add_argument("--held-out", type=float, default=0.2, metavar="FRACTION",
                    help="share of the documents held out to pick the best epoch (default 0.2; 0: none, the last "
                    "epoch is kept)")
    tr.add_argument("--max-seconds", type=float, default=None,
                    help="stop after this wall time; the epoch under way is evaluated and counts")
    tr.add_argument(
        "--rehearsal", default="auto",
        help="with --base: 'auto' (a sample of the public training corpora if present, else the base model's "
        "predictions for labels the new annotations lack), 'none', or a number of public pieces",
    )
    tr.add_argument("--data", help="public NER data directory for rehearsal (default: ../shared/data)")
    tr.add_argument(
        "--learn-rate", type=float, default=None,
        help="Adam learning rate (default: the config's 0.001; 0.0002 with --base, which keeps what the base knew)",
    )
    tr.add_argument("--config", help="spaCy config (default: govie/configs/ner.cfg)")
    tr.add_argument("--quiet", action="store_true", help="no progress table")
    tr.set_defaults(func=cmd_train)

    an = subparsers.add_parser(
        "annotate", help="pre-annotate documents with govie's output for correction",
        description="Run govie on documents and export its entities in an annotation tool's format, ready to be "
        "corrected (Label Studio gets them as predictions).",
    )
    an.add_argument("files", nargs="+", help="text files (.txt), or JSONL documents with a 'text' field")
    an.add_argument("--export", choices=_EXPORTS, default="label-studio", help="output format")
    an.add_argument("-o", "--output", required=True, help="output file")
    an.add_argument("--model", help="model directory (default: the bundled model)")
    an.add_argument("--rules-only", action="store_true", help="use the rule taggers only")
    an.add_argument("--labels", help="comma-separated labels to keep (default: all)")
    an.add_argument("--reference-date", help="ISO date that relative dates resolve against")
    an.add_argument("--jurisdiction", help="province of the documents, e.g. 四川省")
    an.set_defaults(func=cmd_annotate)


# ---------------------------------------------------------------- train


def _expand(paths: list[str]) -> list[str]:
    """A directory of ``*.jsonl`` files (``annotations/dev``) stands for those files; others are read as given."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.jsonl")) if path.is_dir() else []
        out.extend(str(f) for f in files) if files else out.append(p)
    return out


def _read_all(paths: list[str], fmt: str | None) -> list[dict[str, Any]]:
    from govie.io.formats import read_annotations

    docs = []
    for p in _expand(paths):
        for k, d in enumerate(read_annotations(p, fmt)):
            d.setdefault("id", f"{Path(p).name}:{k}")
            docs.append(d)
    return docs


def _hold_out(docs: list[dict[str, Any]], pieces: list[dict[str, Any]], fraction: float, seed: int
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(train pieces, held-out pieces): whole documents when there are several, else pieces of the one."""
    from govie.training import split_held_out, to_training_docs

    if fraction <= 0:
        return pieces, []
    if len(docs) >= 2:
        train_docs, held_docs = split_held_out(docs, fraction, seed)
        if not held_docs:
            train_docs, held_docs = docs[:-1], docs[-1:]
        return to_training_docs(train_docs), to_training_docs(held_docs)
    # One document: cut it finer, so that a share of its sentences can be held out.
    fine = to_training_docs(docs, max_chars=120)
    if len(fine) >= 5:
        return split_held_out(fine, fraction, seed)
    return pieces, []


def cmd_train(args: argparse.Namespace) -> int:
    import signal

    from govie.errors import AnnotationError, ModelError
    from govie.model import check_model_dir
    from govie.training import (
        CONFIG_PATH,
        MODEL_LABELS,
        SOURCES,
        check_output,
        public_data_dir,
        rehearsal_sample,
        silver_docs,
        to_training_docs,
        train_model,
    )

    try:
        check_output(args.output, force=args.force)
        if args.base:
            check_model_dir(args.base)  # refused before anything is read or written
    except ModelError as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    try:
        docs = _read_all(args.annotations, args.format)
        dev_docs = _read_all(args.dev, args.format) if args.dev else None
    except AnnotationError as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    if not docs:
        print("govie: no documents in the annotation files", file=sys.stderr)
        return 2
    if dev_docs is not None:
        train, dev = to_training_docs(docs), to_training_docs(dev_docs)
    else:
        train, dev = _hold_out(docs, to_training_docs(docs), args.held_out, args.seed)
        if dev:
            print(f"govie: held out {len(dev)} of {len(train) + len(dev)} pieces (seed {args.seed}) to pick the "
                  "best epoch; they are not trained on", file=sys.stderr)
    # A terminated run unwinds like Ctrl-C, so its temporary directory is removed.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminate)
    for d in train:
        d["source"] = "user-annotations"
    present = {e["label"] for d in train for e in d["entities"]}
    sources = [{"id": "user-annotations", "name": "annotations given to govie train",
                "files": [str(Path(p)) for p in args.annotations], "license": "the user's",
                "label_map": SOURCES["govie-annotations"]["label_map"],
                "counts": {"documents": len(docs), "pieces": len(train), "held_out_pieces": len(dev)}}]
    rehearsal_info: dict[str, Any] = {"kind": None}
    overrides: dict[str, Any] = {}
    learn_rate = args.learn_rate if args.learn_rate is not None else (_FINETUNE_LR if args.base else None)
    if learn_rate is not None:
        overrides["training.optimizer.learn_rate"] = learn_rate
    if args.base:
        base = Path(args.base)
        try:
            base_meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"govie: --base {base}: cannot read meta.json ({err})", file=sys.stderr)
            return 2
        base_sources = base_meta.get("sources", []) if isinstance(base_meta, dict) else []
        sources += [s for s in base_sources if isinstance(s, dict)]
        data_dir = public_data_dir(args.data)
        if args.rehearsal != "none":
            n = int(args.rehearsal) if args.rehearsal.isdigit() else max(200, 2 * len(train))
            sample = rehearsal_sample(n, args.seed, data_dir) if data_dir else []
            if sample:
                train = train + to_training_docs(sample)
                rehearsal_info = {"kind": "public-corpora sample", "pieces": len(sample), "data": str(data_dir)}
            missing = [l for l in MODEL_LABELS if l not in present]
            if missing:
                from govie.model import NerModel

                base_nlp = NerModel.load(base).nlp
                new = [d for d in train if d.get("source") == "user-annotations"]
                rest = [d for d in train if d.get("source") != "user-annotations"]
                train = silver_docs(base_nlp, new, missing) + rest
                rehearsal_info["silver_labels"] = missing
            said = []
            if rehearsal_info.get("pieces"):
                said.append(f"{rehearsal_info['pieces']} pieces of the public corpora in {rehearsal_info['data']}")
            if rehearsal_info.get("silver_labels"):
                said.append(f"the base model's {', '.join(rehearsal_info['silver_labels'])} on the new texts")
            print(f"govie: rehearsal: {' and '.join(said) or 'none (no public corpora found; see --data)'}",
                  file=sys.stderr)
    try:
        train_model(
            train, args.output, dev_docs=dev or None, base=args.base, epochs=args.epochs, seed=args.seed,
            config_path=args.config or CONFIG_PATH, sources=sources, quiet=args.quiet, overrides=overrides,
            max_seconds=args.max_seconds, force=args.force,
            extra_meta={"rehearsal": rehearsal_info, "annotation_labels": sorted(present), "learn_rate": learn_rate},
        )
    except (ModelError, AnnotationError) as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    return 0


def _terminate(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


# ---------------------------------------------------------------- annotate


def _input_docs(paths: list[str]) -> list[dict[str, Any]]:
    from govie.io.text import read_text_file

    docs = []
    for raw in paths:
        p = Path(raw)
        if p.suffix == ".jsonl":
            from govie.io.text import check_reference_date, iter_json_lines
            from govie.errors import AnnotationError

            for n, obj in iter_json_lines(p):
                if not isinstance(obj.get("text"), str):
                    raise AnnotationError(p, n, "field 'text' is missing or not a string")
                check_reference_date(obj.get("reference_date"), p, n)
                docs.append({"id": obj.get("id", f"{p.name}:{n}"), "text": obj["text"],
                             "reference_date": obj.get("reference_date")})
        else:
            docs.append({"id": p.name, "text": read_text_file(p)})
    return docs


def cmd_annotate(args: argparse.Namespace) -> int:
    import govie.pipeline as govie
    from govie.cli.common import model_arg
    from govie.errors import AnnotationError
    from govie.io.formats import write_annotations
    from govie.timex import parse_date_arg

    keep = set(args.labels.split(",")) if args.labels else None
    try:
        parse_date_arg(args.reference_date)
    except ValueError as err:
        print(f"govie: error: --reference-date: {err}", file=sys.stderr)
        return 2
    try:
        inputs = _input_docs(args.files)
    except (OSError, ValueError) as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    out_docs = []
    for d in inputs:
        result = govie.extract(
            d["text"], reference_date=args.reference_date or d.get("reference_date"),
            jurisdiction=args.jurisdiction, model=model_arg(args),
        ).to_dict()
        ents = [
            {k: v for k, v in e.items() if v is not None}
            for e in result["entities"] if keep is None or e["label"] in keep
        ]
        out_docs.append({"id": d["id"], "text": d["text"],
                         "reference_date": d.get("reference_date") or result["meta"].get("reference_date"),
                         "entities": ents})
    kwargs: dict[str, Any] = {"as_predictions": True} if args.export == "label-studio" else {}
    try:
        path = write_annotations(out_docs, args.output, args.export, **kwargs)
    except AnnotationError as err:
        print(f"govie: {err}", file=sys.stderr)
        return 2
    n = sum(len(d["entities"]) for d in out_docs)
    print(f"govie: {len(out_docs)} document(s), {n} entities → {path} ({args.export})", file=sys.stderr)
    if args.export == "label-studio":
        from govie.io.formats import label_studio_config
        from govie.types import LABELS

        print("govie: Label Studio labeling config:\n" + label_studio_config(sorted(keep) if keep else LABELS),
              file=sys.stderr)
    return 0
