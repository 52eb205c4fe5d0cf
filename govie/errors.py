"""Error types users can catch, with coded messages they can search for."""

from __future__ import annotations

__all__ = ["GovieError", "InputError", "AnnotationError", "ModelError", "WorkerError"]


class GovieError(Exception):
    """Base class of govie's own errors."""


class InputError(GovieError, TypeError):
    """The input is not text govie can read."""


class AnnotationError(GovieError, ValueError):
    """An annotation file is malformed; the message names file, line and field."""

    def __init__(self, path: object, line: int | None, message: str) -> None:
        where = f"{path}" + (f", line {line}" if line is not None else "")
        super().__init__(f"[E201] {where}: {message}")
        self.path = path
        self.line = line


class ModelError(GovieError, ValueError):
    """A model directory is missing or not a govie model."""


class WorkerError(GovieError, RuntimeError):
    """A worker process died (killed, e.g. by the out-of-memory killer) and its work was lost."""


def check_text(text: object) -> str:
    """Return ``text`` if it is a str; otherwise raise a TypeError saying what to do."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputError(
            "[E101] govie.extract() takes str, got bytes: decode it first, "
            "e.g. data.decode('utf-8') or data.decode('gb18030')"
        )
    raise InputError(f"[E102] govie.extract() takes str, got {type(text).__name__}")
