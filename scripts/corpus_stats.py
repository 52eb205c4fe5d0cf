"""Print the annotated corpus's statistics table (annotations/README.md) from the gold files.

    python scripts/corpus_stats.py [annotations]
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

LABELS = ["DEPT", "DATE", "TITLE", "DOCNO", "ORG", "PERSON", "LOC", "METRIC"]


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "annotations"
    groups: dict[str, Counter] = defaultdict(Counter)
    for split in ("dev", "test"):
        for path in sorted((root / split).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc = json.loads(line)
                counts = Counter(docs=1, chars=len(doc["text"]), entities=len(doc.get("entities", [])),
                                 activities=len(doc.get("activities", [])),
                                 assignments=len(doc.get("assignments", [])))
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
