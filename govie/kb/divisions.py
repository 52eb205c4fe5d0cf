"""Administrative divisions (provinces, cities, counties) from ``data/divisions.tsv``.

``places()`` lists them for the place tagger; ``Divisions`` resolves every written form of
a division name and a jurisdiction for the linker. Both read the same rows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from govie.resources import data_path, read_tsv

__all__ = ["Place", "places", "place_names", "province_of", "Division", "Divisions", "load_divisions"]

_SPACE = re.compile(r"\s+")
_SAR = ("81", "82")


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
    out = []
    for row in _rows():
        if len(row) < 3 or not row[0][:6].isdigit():
            continue
        code = row[0][:6]
        out.append(Place(code, row[1], row[2] or row[1], _level(code)))
    return tuple(out)


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, ...], ...]:
    path = data_path("divisions.tsv")
    return tuple(tuple(r) for r in read_tsv(path)) if path.is_file() else ()


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


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    parent: str
    level: str


class Divisions:
    """Administrative divisions with every written form of their names."""

    def __init__(self, rows: list[Division]):
        self.by_code = {d.code: d for d in rows}
        self.forms: dict[str, list[str]] = {}
        for d in rows:
            for form in self._forms_of(d):
                codes = self.forms.setdefault(form, [])
                if d.code not in codes:
                    codes.append(d.code)
        self.max_len = max(map(len, self.forms))

    @staticmethod
    def _forms_of(d: Division) -> list[str]:
        forms = [d.name]
        if d.name.endswith("自治州"):
            forms.append(d.short + "州")
        elif d.name.endswith("自治县"):
            forms.append(d.short + "县")
        elif d.name.endswith("自治旗"):
            forms.append(d.short + "旗")
        if d.level in ("province", "city") and len(d.short) >= 2:
            forms.append(d.short)
        return forms

    def chain_name(self, code: str) -> str:
        return self.by_code[code].name

    def province(self, code: str) -> str:
        return code[:2] + "0000"

    def resolve(self, name: str | None) -> str | None:
        """Division code of a jurisdiction given by name or code."""
        if not name:
            return None
        name = _SPACE.sub("", name)
        if name in self.by_code:
            return name
        codes = self.forms.get(name)
        if not codes:
            return None
        return min(codes, key=lambda c: (self._rank(c), c))

    def _rank(self, code: str) -> int:
        return {"province": 0, "city": 1, "county": 2}.get(self.by_code[code].level, 3)

    def is_under(self, code: str, ancestor: str) -> bool:
        """True when `code` is `ancestor` or lies inside it."""
        seen = 0
        while code and seen < 4:
            if code == ancestor:
                return True
            code = self.by_code[code].parent if code in self.by_code else ""
            seen += 1
        return False

    def parse_prefix(self, text: str, jur: str | None) -> tuple[list[str], int]:
        """Longest chain of nested place names at the start of `text`."""
        chain: list[str] = []
        pos = 0
        while pos < len(text):
            best = None
            for end in range(min(len(text), pos + self.max_len), pos + 1, -1):
                codes = self.forms.get(text[pos:end])
                if not codes:
                    continue
                picked = self._pick(codes, chain[-1] if chain else None, jur)
                if picked:
                    best = (end, picked)
                    break
            if best is None:
                break
            pos, code = best[0], best[1]
            chain.append(code)
        return chain, pos

    def _pick(self, codes: list[str], parent: str | None, jur: str | None) -> str | None:
        if parent is not None:
            inside = [c for c in codes if c != parent and self.is_under(c, parent)]
            return min(inside, key=self._rank) if inside else None
        if jur:
            prov = self.province(jur)
            inside = [c for c in codes if c.startswith(prov[:2])]
            if inside:
                return min(inside, key=lambda c: (self._rank(c), c))
        return min(codes, key=lambda c: (self._rank(c), c))


@functools.lru_cache(maxsize=1)
def load_divisions(path: str | Path | None = None) -> Divisions:
    table = read_tsv(path) if path else _rows()
    rows = [Division(*row[:5]) for row in table]
    return Divisions(rows)
