"""Write the JSON of govie's output on every bundled corpus document, to compare two versions.

    python scripts/snapshot.py OUT.jsonl [--rules-only] [--include-test]

One line per document: {"source", "result"}. Comparing the files of two commits shows every
change of behaviour a refactoring made. The test split of annotations/ and the corpus documents
it was cut from (each test document's ``source``) are left out unless asked for: developers compare
outputs line by line, and the test documents' are not theirs to read.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_sources() -> dict[str, set[str]]:
    """Corpus file (relative to corpora/) -> the row keys the test split was cut from ("year=1978",
    "121539", "full_text" for a whole file), read from each test document's ``source`` only."""
    out: dict[str, set[str]] = {}
    for path in sorted((ROOT / "annotations" / "test").glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            m = _SOURCE.match(json.loads(line).get("source") or "")
            if m:
                out.setdefault(m[1], set()).add(m[2])
    return out


_SOURCE = re.compile(r"(\S+) \[([^\]]*)\]")


def _row_keys(row: dict, i: int) -> set[str]:
    return {str(i), f"year={row.get('year')}", str(row.get("id")), str(row.get("doc_id"))}


def documents(include_test: bool = False):
    corpora = ROOT / "corpora"
    skip = {} if include_test else test_sources()
    csv.field_size_limit(sys.maxsize)
    for path in sorted(corpora.rglob("*")):
        held = skip.get(path.relative_to(corpora).as_posix(), set())
        if path.suffix == ".txt" and path.name != "SOURCE.txt":
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
        elif path.suffix == ".csv" and "work-reports" in str(path):
            if "full_text" in held:
                continue  # a test document's whole report
            for row in csv.DictReader(open(path, encoding="utf-8-sig")):
                yield str(path.relative_to(ROOT)), row["full_text"]
        elif path.suffix == ".jsonl":
            for i, line in enumerate(open(path, encoding="utf-8")):
                row = json.loads(line)
                text = row.get("text") or row.get("content") or ""
                if text and not held & _row_keys(row, i):
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
