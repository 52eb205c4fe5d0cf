"""The one writer of every file govie writes: whole or nothing, and kind to what is already there.

>>> with AtomicFiles() as files:
...     f = files.open("out.jsonl")
...     f.write("...")
... # renamed into place here; an exception discards the temporary file instead

* A regular file (new or replaced) is written to a temporary file beside it and renamed
  into place on commit: a failed or interrupted run leaves no half file and keeps an
  earlier one. A new file gets the mode the umask gives (``0o666 & ~umask``, as
  ``open()`` would); a replaced file keeps its mode (and its owner when we may set it).
* A symbolic link is followed: its target is replaced, the link stays a link.
* A character device, FIFO or socket (``/dev/null``, ``/dev/stdout``, a named pipe) is
  written through, in place: there is nothing to rename.
* ``-`` is standard output.
"""

from __future__ import annotations

import io
import os
import secrets
import stat
import sys
from pathlib import Path
from typing import IO, Any

__all__ = ["AtomicFiles", "write_atomic", "is_stream_target"]


def _real_target(target: str | os.PathLike[str]) -> Path:
    """The file a path names, symbolic links followed (a dangling link names its target)."""
    path = Path(target)
    try:
        return Path(os.path.realpath(path, strict=False))
    except (OSError, RuntimeError):  # a symlink loop: report it when opening
        return path


def is_stream_target(target: str | os.PathLike[str] | None) -> bool:
    """True for ``-`` and for files that are written through rather than replaced."""
    if target is None or str(target) == "-":
        return True
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


class _Stdout(io.TextIOWrapper):
    """Standard output as UTF-8 text; closing it leaves the real stdout open."""

    def close(self) -> None:
        if not self.closed:
            self.flush()
            self.detach()


class _TextProxy:
    """A text stream without a byte buffer (a notebook's stdout), written as it is; close only flushes."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.closed = False

    def write(self, text: str) -> int:
        return int(self.stream.write(text) or 0)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return int(self.stream.fileno())

    def close(self) -> None:
        self.flush()
        self.closed = True


class AtomicFiles:
    """A set of output files committed together (renamed into place) or discarded together."""

    def __init__(self) -> None:
        self._pending: list[tuple[IO[Any], Path | None, Path]] = []  # (file, temporary or None, target)

    def open(self, target: str | os.PathLike[str], *, binary: bool = False, encoding: str = "utf-8") -> IO[Any]:
        """A file object for ``target`` (see the module docstring); text files use ``newline=""``."""
        if str(target) == "-":
            if binary:
                f: IO[Any] = open(os.dup(sys.stdout.fileno()), "wb", closefd=True)
            elif hasattr(sys.stdout, "buffer"):
                sys.stdout.flush()
                f = _Stdout(sys.stdout.buffer, encoding=encoding, newline="", write_through=True)
            else:  # a notebook's or a test's stdout: text only
                f = _TextProxy(sys.stdout)
            self._pending.append((f, None, Path("-")))
            return f
        real = _real_target(target)
        if real.is_dir():
            raise IsADirectoryError(f"{target} is a directory")
        if is_stream_target(real):
            f = open(real, "wb" if binary else "w", **({} if binary else {"encoding": encoding, "newline": ""}))
            self._pending.append((f, None, real))
            return f
        old = None
        try:
            old = os.stat(real)
        except FileNotFoundError:
            pass
        tmp, fd = self._create_temp(real)
        try:
            if old is not None:
                self._keep_owner_and_mode(fd, old)
            f = os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": encoding, "newline": ""}))
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        self._pending.append((f, tmp, real))
        return f

    @staticmethod
    def _create_temp(real: Path) -> tuple[Path, int]:
        for _ in range(100):
            tmp = real.with_name(f".{real.name}.{secrets.token_hex(4)}.part")
            try:
                # 0o666 through the umask: the mode a new file would get from open().
                return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
            except FileExistsError:
                continue
        raise FileExistsError(f"cannot create a temporary file beside {real}")

    @staticmethod
    def _keep_owner_and_mode(fd: int, old: os.stat_result) -> None:
        if hasattr(os, "fchown") and (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
            try:
                os.fchown(fd, old.st_uid, old.st_gid)
            except OSError:
                pass  # only root may give a file away; the mode below still holds
        os.fchmod(fd, stat.S_IMODE(old.st_mode))

    def commit(self) -> None:
        """Close every file and rename the temporary ones into place."""
        try:
            for f, tmp, _ in self._pending:
                f.flush()
                if tmp is not None:
                    os.fsync(f.fileno())
                f.close()
            for _, tmp, target in self._pending:
                if tmp is not None:
                    os.replace(tmp, target)
        except BaseException:
            self.discard()
            raise
        self._pending.clear()

    def discard(self) -> None:
        """Close every file and delete the temporary ones (what was written through stays written)."""
        for f, tmp, _ in self._pending:
            try:
                f.close()
            except (OSError, ValueError):
                pass
            if tmp is not None:
                try:
                    tmp.unlink()
                except OSError:
                    pass
        self._pending.clear()

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def write_atomic(target: str | os.PathLike[str], payload: str | bytes) -> Path:
    """Write ``payload`` (text as UTF-8) to ``target`` whole or not at all; returns the path."""
    with AtomicFiles() as files:
        f = files.open(target, binary=isinstance(payload, bytes))
        f.write(payload)
    return Path(target)
