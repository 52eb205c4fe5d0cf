"""Print the annotated corpus's statistics and documents tables (annotations/README.md)
from the gold files.

    python scripts/corpus_stats.py [annotations]               the statistics table
    python scripts/corpus_stats.py [annotations] --documents   one row per document
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

LABELS = ["DEPT", "DATE", "TITLE", "DOCNO", "ORG", "PERSON", "LOC", "METRIC"]


def documents(root: Path):
    for split in ("dev", "test"):
        for path in sorted((root / split).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield split, json.loads(line)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[1] / "annotations"
    if "--documents" in argv:
        print("| id | genre | level | province | split | chars | entities | activities | assignments | source |")
        print("|---|---|---|---|---|---:|---:|---:|---:|---|")
        rows = sorted(documents(root), key=lambda r: (r[1].get("genre"), r[1].get("level"), r[1]["id"]))
        for split, doc in rows:
            print(f"| {doc['id']} | {doc.get('genre')} | {doc.get('level')} | {doc.get('province')} | {split} | "
                  f"{len(doc['text']):,} | {len(doc.get('entities', []))} | {len(doc.get('activities', []))} | "
                  f"{len(doc.get('assignments', []))} | {doc.get('source')} |")
        return 0
    groups: dict[str, Counter] = defaultdict(Counter)
    for split, doc in documents(root):
        counts = Counter(docs=1, chars=len(doc["text"]), entities=len(doc.get("entities", [])),
                         activities=len(doc.get("activities", [])), assignments=len(doc.get("assignments", [])))
        counts.update(e["label"] for e in doc.get("entities", []))
        for key in ("all", f"genre/{doc.get('genre')}", f"level/{doc.get('level')}", f"split/{split}"):
            groups[key].update(counts)
    cols = ["docs", "chars", "entities", *LABELS, "activities", "assignments"]
    print("| group | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    order = sorted(groups, key=lambda k: (k != "all", k.split("/")[0] != "genre", k.split("/")[0] != "level", k))
    for key in order:
        row = groups[key]
        cells = [f"{row[c]:,}" if c == "chars" else str(row[c]) for c in cols]
        print(f"| {key} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
