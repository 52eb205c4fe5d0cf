"""The benchmark corpus: committed work reports plus the dev report repeated."""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
DEV_REPORT = CORPORA / "weekly-report-2023-17.txt"


def work_reports_2026() -> list[str]:
    out = []
    for path in sorted((CORPORA / "work-reports-2026").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            out.extend(row["full_text"] for row in csv.DictReader(fh) if row.get("full_text"))
    return out


def state_council_reports() -> list[str]:
    out = []
    path = CORPORA / "state-council-work-reports" / "government_work_reports.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                content = json.loads(line).get("content")
                if content:
                    out.append(content)
    return out


def dev_report() -> str:
    return DEV_REPORT.read_text(encoding="utf-8")


def corpus(repeat_dev: int = 20) -> list[str]:
    """All benchmark documents, in a fixed order."""
    return work_reports_2026() + state_council_reports() + [dev_report()] * repeat_dev


def long_document(n_bytes: int) -> str:
    """One document of about ``n_bytes`` UTF-8 bytes, cut at a line end."""
    parts: list[str] = []
    size = 0
    pool = work_reports_2026() + state_council_reports()
    i = 0
    while size < n_bytes:
        doc = pool[i % len(pool)]
        parts.append(doc)
        size += len(doc.encode("utf-8")) + 1
        i += 1
    text = "\n".join(parts)
    # Trim to the byte budget at a line end.
    data = text.encode("utf-8")[:n_bytes]
    text = data.decode("utf-8", errors="ignore")
    cut = text.rfind("\n")
    return text[: cut + 1] if cut > len(text) // 2 else text
