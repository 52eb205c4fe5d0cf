"""Inter-annotator agreement: the second, independent annotations (the authoring files in
annotations/src/authoring-agreement/, built with scripts/gold_author.py) scored against the
first (in annotations/dev and annotations/test), with govie's scorer.

    python scripts/agreement.py [--markdown]

F1 between two annotators is symmetric; it is the ceiling a system's score can be read against.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from gold_author import build

from govie.evaluate import evaluate_documents, format_markdown, format_text, load_gold

ROOT = Path(__file__).resolve().parents[1] / "annotations"


def second_annotations() -> dict[str, dict]:
    """The second annotation of each doubly annotated document, by id."""
    paths = sorted((ROOT / "src" / "authoring-agreement").glob("*.json"))
    docs = [build(json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    return {d["id"]: d for d in docs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    second = second_annotations()
    first = [d for d in load_gold([ROOT / "dev", ROOT / "test"]) if d["id"] in second]
    scores = evaluate_documents(first, lambda d: second[d["id"]])
    print(format_markdown(scores) if args.markdown else format_text(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
