"""Derive govie/data/divisions.tsv from the AreaCity level-3 division table, and
govie/data/townships.tsv from its level-4 table.

Usage: python -m govie.data.build_divisions [path/to/ok_data_level3.csv [path/to/ok_data_level4.csv]]
divisions.tsv columns: code, full name, short name, parent code, level.
townships.tsv columns: county code, the full names of its townships and subdistricts
(镇, 乡, 街道 only) joined by "|".
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

LEVELS = {"0": "province", "1": "city", "2": "county"}
DEFAULT_SOURCE = Path("/work/shared/data/admin-divisions/ok_data_level3.csv")
DEFAULT_TOWNSHIPS = Path("/work/shared/data/admin-divisions/ok_data_level4.csv")
OUT = Path(__file__).with_name("divisions.tsv")
TOWNSHIPS_OUT = Path(__file__).with_name("townships.tsv")
# Kinds of township whose bodies are 镇/乡人民政府 or 街道办事处 (farms, 苏木 and zones are left out).
TOWNSHIP_ENDS = ("镇", "乡", "街道")


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


def township_rows(source: Path) -> list[tuple[str, str]]:
    """(county code, "name|name|…") for every county with townships in the level-4 CSV."""
    with open(source, encoding="utf-8-sig", newline="") as f:
        raw = list(csv.DictReader(f))
    by_county: dict[str, set[str]] = {}
    for r in raw:
        if r["deep"] != "3" or not r["ext_name"].endswith(TOWNSHIP_ENDS):
            continue
        by_county.setdefault(r["ext_id"][:6], set()).add(r["ext_name"])
    return sorted((code, "|".join(sorted(names))) for code, names in by_county.items())


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    OUT.write_text(render(build_rows(source)), encoding="utf-8")
    townships = Path(argv[2]) if len(argv) > 2 else DEFAULT_TOWNSHIPS
    lines = ["county\ttownships"] + ["\t".join(r) for r in township_rows(townships)]
    TOWNSHIPS_OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
