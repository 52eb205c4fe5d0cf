"""Department types: every full and short form of a kind of body (局, 委, 办 ...)."""

from __future__ import annotations

import functools
from pathlib import Path

from govie.resources import data_path

__all__ = ["DeptTypes", "load_dept_types"]


class DeptTypes:
    """Department-type lexicon: every full and short form → (full form, kind)."""

    def __init__(self, rows: list[tuple[str, list[str], str]]):
        self.forms: dict[str, tuple[str, str]] = {}
        for full, shorts, kind in rows:
            self.forms.setdefault(full, (full, kind))
        for full, shorts, kind in rows:
            for s in shorts:
                self.forms.setdefault(s, (full, kind))

    def get(self, form: str) -> tuple[str, str] | None:
        return self.forms.get(form)

    def units(self) -> list[str]:
        return [f for f, (_, kind) in self.forms.items() if kind == "unit"]

    def bodies(self) -> list[str]:
        return [f for f, (_, kind) in self.forms.items() if kind != "unit"]


@functools.lru_cache(maxsize=1)
def load_dept_types(path: str | Path | None = None) -> DeptTypes:
    path = Path(path) if path else data_path("dept_types.tsv")
    rows = []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for line in lines[1:]:
        full, shorts, kind = (line.split("\t") + ["", ""])[:3]
        rows.append((full, [s for s in shorts.split("|") if s], kind))
    return DeptTypes(rows)
