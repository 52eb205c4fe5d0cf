"""Read the bundled real documents for tests."""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "corpora"


def work_reports_2026() -> list[tuple[str, str]]:
    csv.field_size_limit(1 << 30)
    out = []
    for path in sorted((ROOT / "work-reports-2026").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                out.append((path.stem, row["full_text"]))
    return out


def state_council_reports() -> list[tuple[str, str]]:
    out = []
    with (ROOT / "state-council-work-reports" / "government_work_reports.jsonl").open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append((d["title"], d["content"]))
    return out
