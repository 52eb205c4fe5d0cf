"""The linker's case table (tests/data/linker_cases.tsv): every level and kind of body, every
provincial division, dated historical bodies, classes and other divisions' bodies (null).

Rows: kind, mention, jurisdiction (a name or code; "-" none), date ("-" none), canonical
("-" null). The generated rows were drafted by scripts/make_linker_cases.py from the
division table and the guide's naming rules and reviewed by hand; the rest are hand-written.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from pathlib import Path

from govie.kb.divisions import load_divisions
from govie.link import Linker

CASES = Path(__file__).parent / "data" / "linker_cases.tsv"


def _rows() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


ROWS = _rows()


@functools.lru_cache(maxsize=1)
def _linker() -> Linker:
    return Linker()


def _opt(value: str) -> str | None:
    return None if value == "-" else value


def test_case_table_covers_every_level_and_kind():
    divs = load_divisions()
    assert len(ROWS) >= 600
    codes = {divs.resolve(r["jurisdiction"]) for r in ROWS if r["jurisdiction"] != "-"}
    provinces = {c for c in codes if c and divs.meta_level(c) == "province"}
    lower = {c for c in codes if c and divs.meta_level(c) in ("prefecture", "county")}
    assert len(provinces) == 31
    assert len(lower) >= 100
    kinds = {r["kind"] for r in ROWS}
    assert {"government", "party", "department", "congress", "cppcc", "court", "procuratorate",
            "public_security", "township", "people_org", "pboc", "financial", "customs", "tax",
            "survey", "historical", "class", "cross"} <= kinds
    dated = [r for r in ROWS if r["kind"] == "historical" and r["date"] != "-"]
    assert len({r["jurisdiction"] for r in dated}) >= 31


def test_linker_cases():
    """One test over the table (a parametrized case each would cost more than the linking);
    the message lists every wrong row."""
    wrong = []
    for row in ROWS:
        date = _opt(row["date"])
        link = _linker().link(row["mention"], jurisdiction=_opt(row["jurisdiction"]),
                              date=dt.date.fromisoformat(date) if date else None)
        if link.canonical != _opt(row["canonical"]):
            wrong.append((row["mention"], row["jurisdiction"], row["date"], row["canonical"], link.canonical))
    assert wrong == []
