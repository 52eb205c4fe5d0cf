"""Reading and checking govie JSONL annotation files (annotation guide, Files)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govie.errors import AnnotationError, GovieError

__all__ = [
    "iter_json_lines", "read_jsonl", "validate_document", "read_text_file", "decode_bytes", "read_bounded",
    "EncodingError", "InputTooLarge", "MAX_BYTES",
]


def validate_document(doc: Any, path: object, line: int) -> dict[str, Any]:
    """Check one gold document; errors name the file, the line and the field."""
    if not isinstance(doc, dict):
        raise AnnotationError(path, line, f"expected a JSON object, got {type(doc).__name__}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise AnnotationError(path, line, "field 'text' is missing or not a string")
    for key in ("entities", "activities"):
        if not isinstance(doc.get(key) or [], list):
            raise AnnotationError(path, line, f"field '{key}' must be a list, got {type(doc[key]).__name__}")
    for i, ent in enumerate(doc.get("entities") or []):
        where = f"entities[{i}]"
        if not isinstance(ent, dict):
            raise AnnotationError(path, line, f"{where} is not an object")
        for key in ("label", "start", "end"):
            if key not in ent:
                raise AnnotationError(path, line, f"{where} has no field '{key}'")
        if not isinstance(ent["label"], str) or not ent["label"]:
            raise AnnotationError(path, line, f"{where}.label must be a non-empty string, got {ent['label']!r}")
        s, e = ent["start"], ent["end"]
        if not (isinstance(s, int) and isinstance(e, int)) or not 0 <= s < e <= len(text):
            raise AnnotationError(path, line, f"{where} has bad offsets start={s!r} end={e!r} (text length {len(text)})")
        if "text" in ent and text[s:e] != ent["text"]:
            raise AnnotationError(
                path, line, f"{where}.text {ent['text']!r} does not match text[{s}:{e}] = {text[s:e]!r}"
            )
    for i, act in enumerate(doc.get("activities") or []):
        where = f"activities[{i}]"
        trig = act.get("trigger") if isinstance(act, dict) else None
        if not isinstance(trig, dict) or not {"start", "end"} <= set(trig):
            raise AnnotationError(path, line, f"{where}.trigger must have start and end")
        ts, te = trig["start"], trig["end"]
        if not (isinstance(ts, int) and isinstance(te, int)) or not 0 <= ts < te <= len(text):
            raise AnnotationError(path, line, f"{where}.trigger has bad offsets start={ts!r} end={te!r}")
    rd = doc.get("reference_date")
    if rd is not None and not isinstance(rd, str):
        raise AnnotationError(path, line, "field 'reference_date' must be an ISO date string")
    return doc


def iter_json_lines(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line of a JSON Lines file.

    Errors name the file and the line: a missing file, bytes that are not
    UTF-8, invalid JSON, or a line that is not a JSON object.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(path, None, "no such file")
    with path.open("rb") as f:
        raw_lines = f.read().splitlines()  # \n, \r\n and \r, like text mode
    for n, data in enumerate(raw_lines, start=1):
        try:
            raw = data.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as err:
            raise AnnotationError(path, n, f"not UTF-8 text ({err.reason} at byte {err.start})") from None
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            raise AnnotationError(path, n, f"invalid JSON: {err.msg} at column {err.colno}") from None
        if not isinstance(obj, dict):
            raise AnnotationError(path, n, f"expected a JSON object, got {type(obj).__name__}")
        yield n, obj


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the checked documents of a govie JSONL file."""
    for n, doc in iter_json_lines(path):
        yield validate_document(doc, path, n)


class EncodingError(GovieError, ValueError):
    """A document's bytes cannot be decoded with confidence (codes E106, E107)."""


# Characters a Chinese administrative text is made of: CJK ideographs, ASCII,
# CJK and full-width punctuation, general punctuation, box drawing, bullets.
_PLAUSIBLE = re.compile(
    r"[\u4e00-\u9fff\u3400-\u4dbf\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff"
    r"\u2000-\u206f\u2100-\u218f\u2460-\u24ff\u2500-\u25ff\u3000-\u303f\uff00-\uffef\ufeff]"
)
_MIN_PLAUSIBLE = 0.95


def _plausible(text: str) -> float:
    """Share of characters that belong in a Chinese administrative document."""
    if not text:
        return 1.0
    sample = text[:20000]
    return len(_PLAUSIBLE.findall(sample)) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII characters leave NUL bytes on one parity only."""
    if len(data) % 2:
        return None
    head = data[:8192]
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    pairs = len(head) // 2
    if max(even, odd) < max(1, pairs // 50) or min(even, odd) > max(even, odd) // 4:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return text if _plausible(text) >= _MIN_PLAUSIBLE else None


# Chinese encodings charset-normalizer may name, and the codec that reads each (a superset).
_CHINESE = {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "hz": "hz",
            "big5": "cp950", "cp950": "cp950", "big5hkscs": "big5hkscs"}
# The candidates weighed for BOM-less, non-UTF-8 bytes: Chinese first, and the Japanese and
# Korean encodings whose bytes GB18030 also decodes (into nonsense) so that they are told apart.
_CANDIDATES = ["gb18030", "big5", "big5hkscs", "cp932", "euc_jp", "cp949"]
_LANGUAGE = {"cp932": "Japanese", "shift_jis": "Japanese", "euc_jp": "Japanese", "euc_jis_2004": "Japanese",
             "cp949": "Korean", "euc_kr": "Korean", "johab": "Korean"}


def _legacy_chinese(data: bytes, name: object) -> str:
    """BOM-less bytes that are not UTF-8: GB18030/GBK/GB2312 or Big5, detected by charset-normalizer.

    Chinese wins a tie (short or mostly ASCII texts fit several encodings equally);
    bytes that read only as Japanese or Korean are refused rather than read as nonsense.
    """
    from charset_normalizer import from_bytes

    results = [r for r in from_bytes(data, cp_isolation=_CANDIDATES) if r.encoding]
    least = min((r.chaos for r in results), default=None)
    chinese = [r for r in results if r.encoding in _CHINESE]
    chinese.sort(key=lambda r: (r.chaos, r.encoding not in ("gb18030", "gbk", "gb2312")))
    if chinese and least is not None and chinese[0].chaos <= least:
        codec = _CHINESE[chinese[0].encoding]
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            text = None
        if text is not None and _plausible(text) >= _MIN_PLAUSIBLE:
            return text
    other = [r for r in results if r.encoding in _LANGUAGE and r.chaos <= (least or 0.0)]
    if other:
        raise EncodingError(
            f"[E107] {name}: not Chinese text: the bytes read as {_LANGUAGE[other[0].encoding]} "
            f"({other[0].encoding}); govie reads Chinese (name the encoding with --encoding to read it anyway)"
        )
    raise EncodingError(
        f"[E107] {name}: cannot tell the encoding: not UTF-8, UTF-16, UTF-32, GB18030/GBK or Big5 text; "
        "convert it to UTF-8 or name the encoding (govie extract --encoding ...)"
    )


_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
)


def decode_bytes(data: bytes, *, name: object = "<bytes>", encoding: str | None = None) -> str:
    """Decode a document's bytes, detecting the encoding when none is given.

    Detects a BOM (UTF-8, UTF-16, UTF-32), UTF-16 without one (when the NUL bytes
    of ASCII characters show the byte order), UTF-8, and with charset-normalizer
    GB18030 (which includes GBK and GB2312) and Big5. A leading BOM is removed.
    Raises ``EncodingError`` naming ``name`` when the bytes are binary, read only as
    Japanese or Korean, or no encoding gives plausible Chinese text; pass
    ``encoding`` to decide yourself.
    """
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise EncodingError(f"[E107] {name}: cannot decode as {encoding}: {err}") from None
        return text[1:] if text.startswith("\ufeff") else text
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff")  # the BOM gives the byte order
            except UnicodeDecodeError as err:
                raise EncodingError(
                    f"[E107] {name}: starts with a {codec.upper().removesuffix('-SIG')} BOM but is not "
                    f"{codec.upper().removesuffix('-SIG')} ({err})"
                ) from None
    if b"\x00" in data[:8192]:
        text16 = _utf16_without_bom(data)
        if text16 is not None:
            return text16
        raise EncodingError(f"[E106] {name}: looks binary (NUL bytes), not a text document")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy_chinese(data, name)


#: Default bound of one input's size (``--max-bytes``): larger inputs are an error, not a hang.
MAX_BYTES = 256 * 1024 * 1024


def read_bounded(f: Any, max_bytes: int | None, name: object) -> bytes:
    """Read a binary stream whole, or fail once it exceeds ``max_bytes`` (None or 0: no bound)."""
    if not max_bytes:
        return bytes(f.read())
    data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"[E116] {name}: larger than {max_bytes:,} bytes (raise the bound with --max-bytes, 0 for none)"
        )
    return bytes(data)


class InputTooLarge(GovieError, ValueError):
    """An input beyond the size bound (code E116)."""


def read_text_file(path: str | Path, *, encoding: str | None = None, max_bytes: int | None = None) -> str:
    """Read a document, detecting UTF-8 (with or without BOM), UTF-16, UTF-32, GB18030/GBK and Big5.

    See ``decode_bytes`` for the detection rules; raises ``EncodingError`` (a
    ``ValueError``) when the encoding cannot be decided, ``InputTooLarge`` (a
    ``ValueError``) past ``max_bytes``, and ``OSError`` when the file cannot be read.
    """
    with open(path, "rb") as f:
        data = read_bounded(f, max_bytes, path)
    return decode_bytes(data, name=path, encoding=encoding)
