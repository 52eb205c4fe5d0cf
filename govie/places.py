"""Administrative divisions (provinces, cities, counties) from ``data/divisions.tsv``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Place", "places", "place_names", "province_of", "PROVINCES"]


@dataclass(frozen=True)
class Place:
    code: str  # six digits
    name: str  # full name, e.g. 甘孜藏族自治州
    short: str  # e.g. 甘孜
    level: str  # province, city, county

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """All divisions; columns are read by position: code, full name, short name."""
    path = resources.files("govie") / "data" / "divisions.tsv"
    if not path.is_file():
        return ()
    out = []
    with path.open(encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows, None)
        for row in rows:
            if len(row) < 3 or not row[0][:6].isdigit():
                continue
            code = row[0][:6]
            out.append(Place(code, row[1], row[2] or row[1], _level(code)))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Place]:
    return {p.code: p for p in places()}


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Names that stand for a place on their own.

    Full names at every level; short names of provinces and cities only, since
    many county short names are ordinary words.
    """
    names: set[str] = set()
    for p in places():
        if len(p.name) >= 2:
            names.add(p.name)
        if p.level != "county" and len(p.short) >= 2:
            names.add(p.short)
        # "甘孜州", "凉山州": the short name with the one-character level word.
        if p.level == "city" and p.name.endswith("自治州"):
            names.add(p.short + "州")
    return tuple(sorted(names))


def PROVINCES() -> dict[str, Place]:  # noqa: N802 - a table, read like a constant
    return {p.name: p for p in places() if p.level == "province"}


def province_of(name: str) -> str | None:
    """Full name of the province a place or body name starts with, if any."""
    best = None
    for p in places():
        if p.level != "province":
            continue
        for form in (p.name, p.short):
            if form and name.startswith(form) and (best is None or len(form) > best[0]):
                best = (len(form), p.name)
    if best:
        return best[1]
    for p in places():
        if p.level == "city" and len(p.short) >= 2 and name.startswith(p.short):
            return _by_code().get(p.province_code, p).name
    return None
