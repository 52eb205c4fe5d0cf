"""Write the JSON of govie's output on every bundled corpus document, to compare two versions.

    python scripts/snapshot.py OUT.jsonl [--rules-only] [--include-test]

One line per document: {"source", "result"}. Comparing the files of two commits shows every
change of behaviour a refactoring made. The test split of annotations/ is left out unless
asked for: developers compare outputs line by line, and the test split's are not theirs to read.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def documents(include_test: bool = False):
    corpora = ROOT / "corpora"
    csv.field_size_limit(sys.maxsize)
    for path in sorted(corpora.rglob("*")):
        if path.suffix == ".txt" and path.name != "SOURCE.txt":
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
        elif path.suffix == ".csv" and "work-reports" in str(path):
            for row in csv.DictReader(open(path, encoding="utf-8-sig")):
                yield str(path.relative_to(ROOT)), row["full_text"]
        elif path.suffix == ".jsonl":
            for i, line in enumerate(open(path, encoding="utf-8")):
                row = json.loads(line)
                text = row.get("text") or row.get("content") or ""
                if text:
                    yield f"{path.relative_to(ROOT)}:{i}", text
    for path in sorted((ROOT / "annotations").glob("*/*.jsonl")):
        if path.parent.name == "test" and not include_test:
            continue
        for i, line in enumerate(open(path, encoding="utf-8")):
            row = json.loads(line)
            if row.get("text"):
                yield f"{path.relative_to(ROOT)}:{i}", row["text"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--rules-only", action="store_true")
    parser.add_argument("--include-test", action="store_true", help="also annotations/test (compare with cmp only)")
    args = parser.parse_args()
    import govie

    kwargs = {"model": None} if args.rules_only else {}
    with open(args.output, "w", encoding="utf-8") as out:
        for source, text in documents(args.include_test):
            result = govie.extract(text, **kwargs).to_dict()
            out.write(json.dumps({"source": source, "result": result}, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
