"""Large regular expressions compiled once per user, not once per process.

The tries of names (every place form, every registry name) and the date pattern are tens of
thousands of characters; Python's ``re`` parses and compiles them in pure Python on each
first call (about a third of a rules-only start). ``compile_cached`` keeps the compiled
program in govie's cache directory (``segment.cache_dir``), one file per pattern, named by
the hash of the pattern, its flags and the exact Python build, and hands it back to
``_sre`` (the engine ``re`` itself calls). A file is written only after the program it
holds compiled to a pattern equal to ``re.compile``'s (``re`` compares flags, text and
program); a missing, broken or refused file, another Python, or no cache directory is
plain ``re.compile``.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import threading
import types
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Sequence

from govie.text.segment import cache_dir, write_atomic

__all__ = ["compile_cached", "compile_built", "code_key", "compile_module", "keep_compiled", "PatternBundle", "package_state"]

_FORMAT = b"govie-re-1\n"
_BUILT_FORMAT = b"govie-re-built-1\n"

try:  # CPython's own compiler steps (re._compiler.compile): parse, code, _sre.compile
    import _sre
    from re import _compiler, _parser

    _CODE = "I" if array("I").itemsize == _sre.CODESIZE else None
except ImportError:  # pragma: no cover - another Python
    _sre = None  # type: ignore[assignment]
    _CODE = None


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, read from the cache when an earlier process compiled it."""
    where = cache_dir()
    if where is None or _CODE is None:
        return re.compile(pattern, flags)
    key = hashlib.sha1(b"\0".join([
        _FORMAT, sys.version.encode(), str(_sre.MAGIC).encode(), str(int(flags)).encode(),
        pattern.encode("utf-8", "surrogatepass"),
    ])).hexdigest()[:24]
    path = where / f"re-{key}.bin"
    got = _read(path, pattern)
    if got is not None:
        return got
    return _compile_and_keep(pattern, flags, path)


def compile_built(build: Callable[[Sequence[str]], str], words: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """``compile_cached(build(words), flags)`` without building the pattern when an earlier
    process did (a trie of thousands of names takes tens of milliseconds to write out).

    The file is named by the hash of ``words`` and of ``build``'s code (its nested functions
    and constants included), and holds the pattern's text with its program; ``build`` must
    read nothing but ``words``.
    """
    where = cache_dir()
    if where is None or _CODE is None:
        return compile_cached(build(words), flags)
    h = hashlib.sha1(b"\0".join([
        _BUILT_FORMAT, sys.version.encode(), str(_sre.MAGIC).encode(), str(int(flags)).encode(),
        code_key(build.__code__),
    ]))
    h.update("\0".join(words).encode("utf-8", "surrogatepass"))
    path = where / f"re-built-{h.hexdigest()[:24]}.bin"
    got = _read(path)
    if got is not None:
        return got
    return _compile_and_keep(build(words), flags, path, with_text=True)


def _compile_and_keep(pattern: str, flags: int, path: Path, with_text: bool = False) -> re.Pattern[str]:
    """``re.compile``'s pattern, its program written to ``path`` only when it is the one ``re``
    compiles (with the pattern's text for ``compile_built``)."""
    try:
        compiled, parts = _compile(pattern, flags)
    except Exception:  # noqa: BLE001 - anything unexpected in re's internals: plain re
        return re.compile(pattern, flags)
    plain = re.compile(pattern, flags)
    if compiled != plain:  # pragma: no cover - re's steps changed: never cache
        return plain
    _write(path, parts, pattern if with_text else None)
    return plain


def code_key(code: types.CodeType) -> bytes:
    """What a function's code does, as bytes stable from one process to the next (marshal's
    output is not: it depends on reference counts): bytecode, names and constants, nested code too."""
    parts = [code.co_code, repr((code.co_names, code.co_varnames, code.co_freevars, code.co_cellvars)).encode()]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            parts.append(code_key(const))
        elif isinstance(const, frozenset):  # its order follows the string hash seed
            parts.append(repr(sorted(map(repr, const))).encode("utf-8", "surrogatepass"))
        else:
            parts.append(repr(const).encode("utf-8", "surrogatepass"))
    return b"\0".join(parts)


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any]]:
    """The steps of ``re._compiler.compile``, keeping the program."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    parts = {"flags": int(flags | p.state.flags), "code": code, "groups": p.state.groups - 1,
             "groupindex": groupindex, "indexgroup": indexgroup}
    return _build(pattern, parts), parts


def _build(pattern: str, parts: dict[str, Any]) -> re.Pattern[str]:
    return _sre.compile(pattern, parts["flags"], list(parts["code"]), parts["groups"], dict(parts["groupindex"]),
                        tuple(parts["indexgroup"]))


def _read(path: Path, pattern: str | None = None) -> re.Pattern[str] | None:
    """The pattern cached at ``path``; with no ``pattern`` the file holds its text too (``compile_built``)."""
    fmt = _FORMAT if pattern is not None else _BUILT_FORMAT
    try:
        data = path.read_bytes()
        if not data.startswith(fmt):
            return None
        body = data.index(b"\n", len(fmt)) + 1
        parts = json.loads(data[len(fmt) : body - 1])
        if pattern is None:
            size = parts.pop("size")
            pattern = data[body : body + size].decode("utf-8", "surrogatepass")
            body += size
        parts["code"] = _program(data[body:])
        return _build(pattern, parts)  # _sre checks the program (RuntimeError if invalid)
    except Exception:  # noqa: BLE001 - missing, truncated or foreign file: compile or build again
        return None


def _program(data: bytes) -> list[int]:
    """The program's code units stored at the end of a cache file (little-endian)."""
    code = array(_CODE)
    code.frombytes(data)
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        code.byteswap()
    return code.tolist()


def _write(path: Path, parts: dict[str, Any], pattern: str | None = None) -> None:
    """Write atomically (the pattern's text too for ``compile_built``); a directory that cannot
    be written is no error."""
    code = array(_CODE, parts["code"])
    if sys.byteorder != "little":  # pragma: no cover
        code.byteswap()
    head = {k: v for k, v in parts.items() if k != "code"}
    text = b""
    if pattern is not None:
        text = pattern.encode("utf-8", "surrogatepass")
        head["size"] = len(text)
    data = (_FORMAT if pattern is None else _BUILT_FORMAT) + json.dumps(head, ensure_ascii=True).encode("ascii") + b"\n"
    write_atomic(path, data + text + code.tobytes())


# Every pattern of govie's modules (hundreds, most of them short) compiled once per user too.
# Each costs sre's pure-Python compiler a few tenths of a millisecond (a class of Han characters
# alone is a loop over 28,000 code points): about a quarter of a first call. ``compile_module``
# (govie's modules call it as ``re.compile`` through ``govie.text.recached``) reads their
# programs from one file per state of govie's files (``re-bundle-<hash>.bin``); the process that
# finds it missing, or missing a part of what its own first call compiled, writes it at the end
# of that first call (``keep_compiled``): each program only once it compiled to a pattern equal
# to ``re.compile``'s. A pattern is looked up by its text and flags, so a stale file can only
# miss, never give another program.

_BUNDLE_FORMAT = b"govie-re-bundle-1\n"
# A process that compiled fewer patterns than this outside the file leaves it as it is: a text's
# own patterns (an addressee line, a year) are not worth a rewrite.
_REWRITE_AFTER = 8
# Patterns noted for the file at most (a long process compiling patterns from its texts).
_MAX_NEW = 4096


def package_state(root: Path) -> str:
    """A hash of the names, sizes and modification times of the files under ``root`` (its
    ``__pycache__`` left out): what changes when govie's code or data change."""
    import os

    h = hashlib.sha1(b"\0".join([_BUNDLE_FORMAT, sys.version.encode(), str(getattr(_sre, "MAGIC", "")).encode()]))
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            st = os.stat(os.path.join(top, name))
            h.update(f"\0{os.path.relpath(os.path.join(top, name), root)}\0{st.st_size}\0{st.st_mtime_ns}".encode(
                "utf-8", "surrogateescape"))
    return h.hexdigest()[:24]


class PatternBundle:
    """The compiled programs of one file ``path`` (None: no cache, plain ``re.compile``)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[tuple[str, int], tuple[dict[str, Any], bytes]] = {}
        self._new: dict[tuple[str, int], re.Pattern[str]] = {}
        self._lock = threading.Lock()
        self._kept = False
        self._found = False
        if path is not None and _CODE is not None:
            self._found = self._read(path)

    def _read(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError:
            return False
        try:
            if not data.startswith(_BUNDLE_FORMAT):
                return False
            head_end = data.index(b"\n", len(_BUNDLE_FORMAT))
            entries = json.loads(data[len(_BUNDLE_FORMAT) : head_end])
            at = head_end + 1
            stored = {}
            for pattern, flags, parts, size in entries:
                stored[(pattern, flags)] = (parts, data[at : at + size])
                at += size
            if at != len(data):
                return False
        except Exception:  # noqa: BLE001 - truncated or foreign file: compiled again
            return False
        self._stored = stored
        return True

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """``re.compile(pattern, flags)``, from the file when it holds the pattern."""
        if self.path is None or _CODE is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        got = self._stored.get(key)
        if got is not None:
            try:
                parts = dict(got[0])
                parts["code"] = _program(got[1])
                return _build(pattern, parts)  # _sre checks the program (RuntimeError if invalid)
            except Exception:  # noqa: BLE001 - a program _sre refuses: compiled again, and rewritten
                with self._lock:
                    self._stored.pop(key, None)
        compiled = re.compile(pattern, flags)
        if not self._kept and len(self._new) < _MAX_NEW:
            self._new[key] = compiled
        return compiled

    def keep(self) -> None:
        """Write the file (once per process) when it was missing or missed enough of this
        process's patterns; only programs equal to ``re.compile``'s go in."""
        with self._lock:
            if self._kept or self.path is None or _CODE is None:
                return
            self._kept = True
            new, self._new = self._new, {}
            if self._found and len(new) < _REWRITE_AFTER:
                return
            entries, blobs = [], []
            for (pattern, flags), (parts, blob) in self._stored.items():
                entries.append([pattern, flags, parts, len(blob)])
                blobs.append(blob)
            for (pattern, flags), plain in new.items():
                try:
                    compiled, parts = _compile(pattern, flags)
                except Exception:  # noqa: BLE001 - anything unexpected in re's internals: left out
                    continue
                if compiled != plain:  # pragma: no cover - re's steps changed: never cache
                    continue
                code = array(_CODE, parts.pop("code"))
                if sys.byteorder != "little":  # pragma: no cover
                    code.byteswap()
                blob = code.tobytes()
                entries.append([pattern, flags, parts, len(blob)])
                blobs.append(blob)
            head = json.dumps(entries, ensure_ascii=True).encode("ascii")
            write_atomic(self.path, _BUNDLE_FORMAT + head + b"\n" + b"".join(blobs))


_BUNDLE: list[PatternBundle] = []
_BUNDLE_LOCK = threading.Lock()


def module_bundle() -> PatternBundle:
    """The bundle of this process: the file of the present state of govie's files."""
    if not _BUNDLE:
        with _BUNDLE_LOCK:
            if not _BUNDLE:
                where = cache_dir()
                path = None
                if where is not None and _CODE is not None:
                    path = where / f"re-bundle-{package_state(Path(__file__).resolve().parent.parent)}.bin"
                _BUNDLE.append(PatternBundle(path))
    return _BUNDLE[0]


@lru_cache(maxsize=4096)
def compile_module(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
    """``re.compile`` for govie's modules (``govie.text.recached``): its program read from the
    bundle file when an earlier process kept it; once per pattern and flags in a process, as
    ``re``'s own cache does."""
    return module_bundle().compile(pattern, flags)


def keep_compiled() -> None:
    """Write this process's patterns to the bundle file if it needs them (once per process;
    called at the end of a pipeline's call)."""
    if _BUNDLE:
        _BUNDLE[0].keep()
