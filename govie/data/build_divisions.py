"""Derive govie/data/divisions.tsv from the AreaCity level-3 division table.

Usage: python -m govie.data.build_divisions [path/to/ok_data_level3.csv]
Columns written: code, full name, short name, parent code, level.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

LEVELS = {"0": "province", "1": "city", "2": "county"}
DEFAULT_SOURCE = Path("/work/shared/data/admin-divisions/ok_data_level3.csv")
OUT = Path(__file__).with_name("divisions.tsv")


def build_rows(source: Path) -> list[tuple[str, str, str, str, str]]:
    """Read the source CSV and return sorted division rows."""
    with open(source, encoding="utf-8-sig", newline="") as f:
        raw = list(csv.DictReader(f))
    code_of = {r["id"]: r["ext_id"][:6] for r in raw}
    rows = {}
    for r in raw:
        code = r["ext_id"][:6]
        # "国外" has no code; HK/Macau repeat their own code at every depth.
        if not code.strip("0") or code in rows:
            continue
        parent = code_of.get(r["pid"], "") if r["pid"] != "0" else ""
        if parent == code:
            parent = ""
        rows[code] = (code, r["ext_name"], r["name"], parent, LEVELS[r["deep"]])
    return sorted(rows.values())


def render(rows) -> str:
    lines = ["code\tname\tshort\tparent\tlevel"]
    lines += ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    OUT.write_text(render(build_rows(source)), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
