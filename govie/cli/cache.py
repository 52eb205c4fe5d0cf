"""``govie cache``: what govie keeps in its cache directory, and removing it.

    govie cache                          # directory, then files and size per kind
    govie cache --clear                  # remove every govie cache file (rebuilt when needed)
    govie cache --clear --unused-days 30 # only those not used for 30 days
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["register", "cmd_cache"]


def register(subparsers: Any) -> None:
    """Add the ``cache`` subcommand to ``govie``'s parser."""
    ca = subparsers.add_parser(
        "cache", help="show or clear govie's cache directory",
        description="Show govie's cache directory ($GOVIE_CACHE_DIR, else $XDG_CACHE_HOME/govie or "
        "~/.cache/govie) with its files and size per kind, or remove them. Each file is named by the hash "
        "of what it was built from, so upgrades add files beside the old ones; removed files are rebuilt "
        "when next needed (the first call after a clear takes a few seconds longer). Files that are not "
        "govie's are never touched.",
    )
    ca.add_argument("--clear", action="store_true", help="remove govie's cache files")
    ca.add_argument("--unused-days", type=float, metavar="DAYS",
                    help="with --clear: only files not used for DAYS days (last access or change time)")
    ca.set_defaults(func=cmd_cache)


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB"):
        if n < 1000:
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def cmd_cache(args: argparse.Namespace) -> int:
    """``govie cache``: list, or with ``--clear`` remove, govie's cache files."""
    from govie.cli.common import UsageError
    from govie.text.cache_files import KINDS, cache_files, clear_cache
    from govie.text.segment import cache_dir

    if args.unused_days is not None and not args.clear:
        raise UsageError("--unused-days needs --clear")
    if args.unused_days is not None and not args.unused_days >= 0:
        raise UsageError(f"--unused-days must be a number of days >= 0, not {args.unused_days}")
    where = cache_dir()
    if where is None:
        print("cache: off (GOVIE_CACHE_DIR is set empty)")
        return 0
    if args.clear:
        removed, failed = clear_cache(where, unused_days=args.unused_days)
        print(f"{where}: removed {len(removed)} files ({_size(sum(f.size for f in removed))})")
        for f, err in failed:
            print(f"govie: cannot remove {f.path}: {err.strerror or err}", file=sys.stderr)
        return 1 if failed else 0
    files = cache_files(where)
    print(f"{where}: {len(files)} files, {_size(sum(f.size for f in files))}")
    for kind, what in KINDS.items():
        mine = [f for f in files if f.kind == kind]
        if mine:
            print(f"  {kind:<13} {len(mine):>6} files {_size(sum(f.size for f in mine)):>10}  {what}")
    return 0
