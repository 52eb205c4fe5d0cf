"""The README's accuracy table: `govie evaluate annotations/test --json`, condensed per genre and level.

    python benchmarks/corpus_table.py [GOLD_DIR] [--rules-only]

One row per group with its number of documents; F1 is exact-span, accuracies are on matches.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ("docs", "entities F1", "DEPT F1", "DEPT link", "DATE F1", "DATE value", "TITLE F1", "METRIC F1",
           "meta", "activities F1", "mode", "assignments F1")


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def row(name: str, s: dict) -> str:
    labels = s["entities"].get("labels", {}) if s.get("entities") else {}

    def f1(label: str) -> float | None:
        return labels[label]["f1"] if label in labels and labels[label]["gold"] else None

    def attr(label: str, key: str) -> float | None:
        return labels.get(label, {}).get("attributes", {}).get(key, {}).get("accuracy")

    meta = [v["accuracy"] for v in (s.get("meta") or {}).values() if v.get("accuracy") is not None]
    acts, asg = s.get("activities") or {}, s.get("assignments") or {}
    cells = [str(s["n_docs"]), _f(s["entities"].get("all", {}).get("f1") if s.get("entities") else None),
             _f(f1("DEPT")), _f(attr("DEPT", "canonical")), _f(f1("DATE")), _f(attr("DATE", "value")),
             _f(f1("TITLE")), _f(f1("METRIC")), _f(sum(meta) / len(meta) if meta else None),
             _f(acts.get("f1") if acts.get("gold") else None),
             _f(acts.get("attributes", {}).get("mode", {}).get("accuracy")),
             _f(asg.get("f1") if asg.get("gold") else None)]
    return f"| {name} | " + " | ".join(cells) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="?", default=str(ROOT / "annotations" / "test"))
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    cmd = [sys.executable, "-m", "govie.cli", "evaluate", args.gold, "--json"] + (["--rules-only"] if args.rules_only else [])
    scores = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    print("| group | " + " | ".join(COLUMNS) + " |")
    print("|---|" + "---:|" * len(COLUMNS))
    print(row("**all**", scores))
    for kind in ("by_genre", "by_level"):
        for name, s in scores.get(kind, {}).items():
            print(row(f"{kind[3:]}: {name}", s))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
