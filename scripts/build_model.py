"""Rebuild govie's bundled NER model (govie/models/default) from the data.

    python scripts/build_model.py --output /tmp/v1                 # one bounded build (<= 14 min of training)
    python scripts/build_model.py --output /tmp/v2 --base /tmp/v1 --max-minutes 11   # continue it
    python scripts/build_model.py --output /tmp/m --epochs 1 --limit 2000   # a quick trial

The bundled model is five chained builds on 2 shared CPU cores (seed 0):
v1 from scratch (3 epochs, stopped by the time budget), v2-v4 each `--base` the
previous one with `--max-minutes 11`, v5 `--base v4 --learn-rate 0.0005`, then
v5 fine-tuned on the annotated dev split with the retraining loop users have
(`govie train annotations/dev --base govie/models/default --epochs 8
--max-seconds 780`, public rehearsal, best held-out epoch kept); the chain is
recorded in meta.json (govie.history, govie.command). Without --output the
result replaces govie/models/default.

Training data: govie's annotated dev split (annotations/dev; a seeded fifth of
its documents held out to pick the epoch; annotations/test is never read) and the public NER sets in
../shared/data (CLUENER2020 train, People's Daily, MSRA; or GOVIE_PUBLIC_DATA),
mapped onto govie's labels as govie/training.py documents. 10% of each public
set is held back (a fixed split) and scored at the end; the scores, sources,
licenses, seed and label mapping go into the model's meta.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govie.io.formats import read_annotations  # noqa: E402
from govie.training import (  # noqa: E402
    CONFIG_PATH,
    MODEL_LABELS,
    SOURCES,
    _split_seed,
    load_public_corpora,
    public_data_dir,
    score_model,
    split_held_out,
    to_training_docs,
    train_model,
)

# The annotated corpus: the model may learn from the dev split; annotations/test is never read here.
ANNOTATIONS = ROOT / "annotations" / "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--output", default=str(ROOT / "govie" / "models" / "default"))
    ap.add_argument("--data", help="public data directory (default: GOVIE_PUBLIC_DATA or ../shared/data)")
    ap.add_argument("--epochs", type=int, default=None, help="default: the config's max_epochs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="use at most this many public pieces (quick trials)")
    ap.add_argument(
        "--cap", action="append", default=["peoples-daily-ner=3000", "msra-ner=1500"], metavar="SOURCE=N",
        help="train on at most N pieces of SOURCE (default: %(default)s; keeps a build near 15 minutes on 2 cores)",
    )
    ap.add_argument("--held-out", type=float, default=0.1, help="fraction of each public set held back")
    ap.add_argument("--annotation-weight", type=int, default=3, help="repeat govie annotation pieces this often")
    ap.add_argument("--config", default=str(CONFIG_PATH))
    ap.add_argument("--compare", type=int, default=0,
                    help="held-out CLUENER pieces on which rules only, model only and combined are compared (0: skip)")
    ap.add_argument("--base", help="continue training this model (e.g. the previous build) instead of starting afresh")
    ap.add_argument("--learn-rate", type=float, default=None, help="Adam learning rate (default: the config's)")
    ap.add_argument("--valid", type=int, default=300, help="pieces of the training part that steer model selection")
    ap.add_argument("--max-minutes", type=float, default=14.0, help="stop training after this wall time (default 14)")
    ap.add_argument("--held-out-docs", type=float, default=0.2,
                    help="share of the annotations/dev documents held out to pick the best epoch (default 0.2)")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="config override, e.g. components.tok2vec.model.encode.width=64")
    args = ap.parse_args(argv)

    data_dir = public_data_dir(args.data)
    if data_dir is None:
        print(
            "build_model: the public NER data is not here (looked for cluener2020/train.json in "
            f"{args.data or '$GOVIE_PUBLIC_DATA'} and {ROOT.parent / 'shared' / 'data'}).\n"
            "The bundled model is trained on CLUENER2020, People's Daily and MSRA NER, which are not "
            "redistributed with govie. Put them in a directory laid out like shared/data "
            "(cluener2020/train.json, peoples-daily-ner/example.{dev,test}, msra-ner/msra_test_bio.txt) "
            "and pass --data DIR, or train on your own annotations with `govie train`.",
            file=sys.stderr,
        )
        return 2

    # govie annotations: the dev split, a seeded share of its documents held out to pick the epoch.
    ann_files = sorted(str(p) for p in ANNOTATIONS.glob("*.jsonl"))
    ann_all = [d for p in ann_files for d in read_annotations(p, "govie")]
    ann_docs, ann_held = split_held_out(ann_all, args.held_out_docs, seed=args.seed + 11)
    ann_pieces = to_training_docs(ann_docs)
    ann_held_pieces = to_training_docs(ann_held)

    public = load_public_corpora(data_dir)
    train_docs, valid_docs, held_out = [], [], {}
    counts = {}
    for name, docs in public.items():
        docs = to_training_docs(docs)
        train, held = split_held_out(docs, args.held_out, seed=_split_seed(name))
        cap = dict(c.split("=") for c in args.cap).get(name)
        if cap is not None:
            train = random.Random(args.seed).sample(train, min(len(train), int(cap)))
        if args.limit:
            train = random.Random(args.seed).sample(train, min(len(train), args.limit // len(public)))
        # A small slice of the training part steers spaCy's model selection; the held-out part is never seen.
        train, valid = split_held_out(train, args.valid / max(1, len(public)) / max(1, len(train)), seed=args.seed + 7)
        train_docs += train
        valid_docs += valid
        held_out[name] = held
        counts[name] = {"train": len(train), "valid": len(valid), "held_out": len(held)}
    train_docs += ann_pieces * args.annotation_weight
    valid_docs += ann_held_pieces
    counts["govie-annotations"] = {
        "documents": len(ann_docs), "pieces": len(ann_pieces), "repeated": args.annotation_weight,
        "files": sorted(f"annotations/dev/{d['id']}" for d in ann_docs),
        "held_out_for_selection": sorted(f"annotations/dev/{d['id']}" for d in ann_held)}
    random.Random(args.seed).shuffle(train_docs)

    sources = []
    for name, info in SOURCES.items():
        row = {k: v for k, v in info.items()}
        row["id"] = name
        row["counts"] = counts.get(name)
        sources.append(row)

    overrides = {k: json.loads(v) for k, v in (o.split("=", 1) for o in args.set)}
    if args.learn_rate:
        overrides["training.optimizer.learn_rate"] = args.learn_rate
    out = train_model(
        train_docs, args.output, dev_docs=valid_docs, epochs=args.epochs, seed=args.seed,
        config_path=args.config, sources=sources, max_seconds=args.max_minutes * 60, base=args.base,
        overrides=overrides or None, force=True,
        extra_meta={"held_out_fraction": args.held_out, "overrides": overrides},
    )

    from govie.model import NerModel

    nlp = NerModel.load(out).nlp
    scores = {name: score_model(nlp, docs) for name, docs in held_out.items()}
    scores["annotations/dev held-out documents (model only)"] = score_model(nlp, ann_held_pieces)
    if args.compare:
        from govie.model import NerModel
        from govie.training import compare_rules_and_model

        ner = NerModel.load(out)
        sample = random.Random(0).sample(held_out["cluener2020"], min(args.compare, len(held_out["cluener2020"])))
        comparison = {
            f"cluener2020 held-out ({len(sample)} pieces)": compare_rules_and_model(sample, ner),
            "annotations/dev held-out documents": compare_rules_and_model(ann_held, ner),
        }
    else:
        comparison = {}
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["govie"]["held_out_scores"] = scores
    meta["govie"]["rules_vs_model"] = comparison
    tmp = meta_path.with_suffix(".json.part")
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(meta_path)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"model: {out} ({size / 1e6:.1f} MB)")
    for name, s in scores.items():
        print(f"\n{name}")
        for label in (*MODEL_LABELS, "ALL"):
            r = s[label]
            print(f"  {label:7s} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f']:.3f}  (gold {r['gold']}, pred {r['pred']})")
    for name, by_kind in comparison.items():
        print(f"\n{name}: rules only / model only / combined (F1, P, R)")
        for label in (*MODEL_LABELS, "ALL"):
            cells = "   ".join(
                f"{kind} F {s[label]['f']:.3f} P {s[label]['p']:.3f} R {s[label]['r']:.3f}" for kind, s in by_kind.items()
            )
            print(f"  {label:7s} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
