"""The files govie keeps in its cache directory: listed by kind, and removed on request.

Every cache file is named ``<kind>-<24 hex digits>.bin`` by the hash of what it was built
from, so a new version of govie, jieba, Python or the data writes new files beside the old
ones and never reads a stale one; the old ones stay until removed (``govie cache --clear``).
Only files of govie's own kinds are touched: anything else in the directory is left alone.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from govie.text.segment import cache_dir

__all__ = ["KINDS", "CacheFile", "cache_files", "clear_cache"]

#: Each kind of cache file and the module that writes it.
KINDS = {
    "jieba-prefix": "jieba's prefix dictionary (govie.text.segment)",
    "jieba-tags": "part-of-speech tables of jieba's dictionary (govie.text.segment)",
    "re": "compiled programs of the largest patterns (govie.text.regex_cache)",
    "re-built": "tries of names with their compiled programs (govie.text.regex_cache)",
    "re-bundle": "compiled programs of govie's module patterns (govie.text.regex_cache)",
    "registry": "the bundled registry's parsed records (govie.kb.registry)",
}
# Longest kinds first: "re-built-…" must not be read as kind "re".
_NAME = re.compile(
    r"(?P<kind>" + "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True)) + r")-[0-9a-f]{24}\.bin"
)
# write_atomic's temporary files: <name>.bin<random>.tmp, left only by a killed process.
_TEMP = re.compile(_NAME.pattern + r"[A-Za-z0-9_]+\.tmp")
# A temporary file younger than this may belong to a process still writing it.
_TEMP_GRACE_S = 3600.0


@dataclass(frozen=True)
class CacheFile:
    path: Path
    kind: str
    size: int
    last_used: float  # seconds since the epoch: the later of access and change time
    temporary: bool


def cache_files(directory: Path | None = None) -> list[CacheFile]:
    """govie's files in ``directory`` (default: the cache directory), sorted by name;
    [] when there is no cache directory or it does not exist."""
    where = directory if directory is not None else cache_dir()
    if where is None:
        return []
    try:
        entries = list(os.scandir(where))
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for entry in entries:
        got = _NAME.fullmatch(entry.name)
        temporary = got is None
        if temporary:
            got = _TEMP.fullmatch(entry.name)
        if got is None or not entry.is_file(follow_symlinks=False):
            continue
        st = entry.stat(follow_symlinks=False)
        found.append(CacheFile(Path(entry.path), got.group("kind"), st.st_size,
                               max(st.st_atime, st.st_mtime), temporary))
    return sorted(found, key=lambda f: f.path.name)


def clear_cache(directory: Path | None = None, *, unused_days: float | None = None,
                now: float | None = None) -> tuple[list[CacheFile], list[tuple[CacheFile, OSError]]]:
    """Remove govie's cache files (those unused for ``unused_days`` days when given).

    A temporary file is removed only when an hour old, since a running process may be writing
    it. Returns (removed, failures); a file another process removed first counts as removed.
    """
    if unused_days is not None and unused_days < 0:
        raise ValueError(f"unused_days must be >= 0, not {unused_days}")
    now = time.time() if now is None else now
    removed, failed = [], []
    for f in cache_files(directory):
        if f.temporary and now - f.last_used < _TEMP_GRACE_S:
            continue
        if unused_days is not None and now - f.last_used < unused_days * 86400.0:
            continue
        try:
            f.path.unlink()
        except FileNotFoundError:
            pass
        except OSError as err:
            failed.append((f, err))
            continue
        removed.append(f)
    return removed, failed
