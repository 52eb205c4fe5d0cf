"""The one reader of govie's bundled data files (govie/data)."""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

__all__ = ["data_path", "read_lines", "read_tsv"]


def data_path(*parts: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("lexicons", "triggers.tsv")``."""
    return Path(str(resources.files("govie").joinpath("data", *parts)))


def read_lines(path: str | Path) -> list[str]:
    """Non-empty lines without ``#`` comments, stripped."""
    text = Path(path).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def read_tsv(path: str | Path, *, header: bool = True) -> list[list[str]]:
    """Rows of a tab-separated file (comment lines starting with ``#`` skipped)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row and not row[0].startswith("#")]
    return rows[1:] if header else rows
