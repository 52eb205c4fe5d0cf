"""Score excerpted gold documents with govie run on their whole source text.

    python scripts/score_in_context.py annotations/dev/wr2026-fujianm.jsonl [...] [--json]

The corpus's long documents are excerpts (`annotations/src/manifest.json`: slices of a source
joined by one newline). `govie evaluate` runs govie on the excerpt, where a part cut from the
middle of a report has lost the heading that says whether it reviews or plans: its activities'
mode and date and its figures' kind and period then rest on what the excerpt shows. Here govie
reads the whole source, as a user's document would be read, and only its spans that fall inside
a slice are mapped back onto the excerpt and scored. Documents not in the manifest, or whose
excerpt no longer matches the source, are an error naming the file.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import govie  # noqa: E402
from govie.evaluate import evaluate_documents, format_text, load_gold  # noqa: E402
from select_corpus import source_text  # noqa: E402

MANIFEST = ROOT / "annotations" / "src" / "manifest.json"


def _to_excerpt(slices: list[list[int]], excerpt: str):
    """Map a source span into the excerpt, or None when it is not inside one slice."""
    starts, pos = [], 0
    for a, b in slices:
        starts.append((a, b, pos))
        pos += b - a + 1  # slices are joined by one newline

    def move(span: dict[str, Any] | None) -> dict[str, Any] | None:
        if not span:
            return None
        for a, b, p in starts:
            if a <= span["start"] and span["end"] <= b:
                moved = dict(span, start=span["start"] - a + p, end=span["end"] - a + p)
                assert excerpt[moved["start"] : moved["end"]] == span["text"]
                return moved
        return None

    return move


def predict_in_context(gold: dict[str, Any], manifest: dict[str, dict[str, Any]]) -> dict[str, Any]:
    entry = manifest.get(gold["id"])
    if entry is None:
        raise SystemExit(f"score_in_context: {gold['id']} is not in {MANIFEST}")
    source = source_text(entry["source"], entry["record"])
    slices = entry["slices"]
    excerpt = "\n".join(source[a:b] for a, b in slices)
    if excerpt != gold["text"]:
        raise SystemExit(f"score_in_context: the text of {gold['id']} is not its slices of {entry['source']}")
    result = govie.extract(source, reference_date=gold.get("reference_date")).to_dict()
    move = _to_excerpt(slices, excerpt)
    entities = [m for m in (move(e) for e in result["entities"]) if m]
    activities = [dict(a, trigger=move(a["trigger"])) for a in result["activities"] if move(a["trigger"])]
    assignments = [dict(a, task=move(a["task"]), trigger=move(a.get("trigger")))
                   for a in result["assignments"] if move(a["task"])]
    return {"meta": result["meta"], "entities": entities, "activities": activities, "assignments": assignments}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", help="gold JSONL files or directories")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    manifest = {e["id"]: e for e in json.loads(MANIFEST.read_text(encoding="utf-8"))}
    docs = load_gold(args.paths)
    scores = evaluate_documents(docs, lambda gold: predict_in_context(gold, manifest))
    print(json.dumps(scores.to_dict(), ensure_ascii=False) if args.json else format_text(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
