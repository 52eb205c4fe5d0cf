"""Reading and checking govie JSONL annotation files (annotation guide, Files)."""

from __future__ import annotations

import json
from govie.text import recached as re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govie.errors import AnnotationError, GovieError

__all__ = [
    "iter_json_lines", "read_jsonl", "validate_document", "check_reference_date", "read_text_file", "decode_bytes",
    "read_bounded", "EncodingError", "InputTooLarge", "MAX_BYTES",
]


#: The annotation guide's layers, genres and levels (docs/annotation-guide.md).
LAYERS = ("entities", "meta", "activities", "assignments")
GENRES = ("policy", "work-report", "sc-report", "bulletin", "news", "guide")
LEVELS = ("national", "province", "prefecture", "county", "township")


def _offsets_ok(s: Any, e: Any, n: int) -> bool:
    # bool is an int in Python: "start": true is no offset.
    return type(s) is int and type(e) is int and 0 <= s < e <= n


def validate_document(doc: Any, path: object, line: int) -> dict[str, Any]:
    """Check one gold document; errors name the file, the line and the field.

    The one check of annotation files against the guide v2: ``govie evaluate``
    (``load_gold``) and ``govie train`` (``read_govie``) read documents through
    it, so both accept and refuse the same files (entities never overlap).
    """
    if not isinstance(doc, dict):
        raise AnnotationError(path, line, f"expected a JSON object, got {type(doc).__name__}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise AnnotationError(path, line, "field 'text' is missing or not a string")
    for key in ("entities", "activities"):
        if not isinstance(doc.get(key) or [], list):
            raise AnnotationError(path, line, f"field '{key}' must be a list, got {type(doc[key]).__name__}")
    spans = []
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
        if not _offsets_ok(s, e, len(text)):
            raise AnnotationError(path, line, f"{where} has bad offsets start={s!r} end={e!r} (text length {len(text)})")
        if "text" in ent and text[s:e] != ent["text"]:
            raise AnnotationError(
                path, line, f"{where}.text {ent['text']!r} does not match text[{s}:{e}] = {text[s:e]!r}"
            )
        spans.append((s, e, i))
    spans.sort()
    for (_, a_end, a), (b_start, _, b) in zip(spans, spans[1:]):
        if b_start < a_end:
            ea, eb = doc["entities"][a], doc["entities"][b]
            raise AnnotationError(
                path, line,
                f"entities[{a}] and entities[{b}] overlap: {ea['label']} {ea['start']}-{ea['end']} "
                f"{text[ea['start']:ea['end']]!r} and {eb['label']} {eb['start']}-{eb['end']} "
                f"{text[eb['start']:eb['end']]!r} (entities never overlap)",
            )
    for i, act in enumerate(doc.get("activities") or []):
        where = f"activities[{i}]"
        trig = act.get("trigger") if isinstance(act, dict) else None
        if not isinstance(trig, dict) or not {"start", "end"} <= set(trig):
            raise AnnotationError(path, line, f"{where}.trigger must have start and end")
        ts, te = trig["start"], trig["end"]
        if not _offsets_ok(ts, te, len(text)):
            raise AnnotationError(path, line, f"{where}.trigger has bad offsets start={ts!r} end={te!r} "
                                              f"(text length {len(text)})")
    check_reference_date(doc.get("reference_date"), path, line)
    _check_guide_fields(doc, path, line)
    return doc


def _check_span(text: str, span: Any, where: str) -> str | None:
    if not isinstance(span, dict) or not {"start", "end"} <= set(span):
        return f"{where} must be an object with start and end"
    s, e = span["start"], span["end"]
    if not _offsets_ok(s, e, len(text)):
        return f"{where} has bad offsets start={s!r} end={e!r} (text length {len(text)})"
    if "text" in span and text[s:e] != span["text"]:
        return f"{where}.text {span['text']!r} does not match text[{s}:{e}] = {text[s:e]!r}"
    return None


def _check_guide_fields(doc: dict[str, Any], path: object, line: int) -> None:
    """The guide v2 fields besides text and entities: layers, genre, level, meta, activities, assignments."""

    def fail(message: str) -> None:
        raise AnnotationError(path, line, message)

    text = doc["text"]
    layers = doc.get("layers")
    if layers is not None:
        if not isinstance(layers, list) or not all(isinstance(x, str) for x in layers):
            fail(f"field 'layers' must be a list of layer names, got {layers!r}")
        for layer in layers:
            if layer not in LAYERS:
                fail(f"field 'layers' names unknown layer {layer!r} (known: {', '.join(LAYERS)})")
            if layer not in doc:
                fail(f"field 'layers' lists {layer!r} but the document has no field '{layer}'")
    for key, known in (("genre", GENRES), ("level", LEVELS)):
        value = doc.get(key)
        if value is not None and value not in known:
            fail(f"field '{key}' is {value!r}, expected one of {', '.join(known)}")
    meta = doc.get("meta")
    if meta is not None:
        if not isinstance(meta, dict):
            fail(f"field 'meta' must be an object, got {type(meta).__name__}")
        division = meta.get("division")
        if division is not None and not (isinstance(division, dict) and "code" in division):
            fail(f"meta.division must be an object with a code, got {division!r}")
        if not isinstance(meta.get("doc_issuers") or [], list):
            fail("meta.doc_issuers must be a list")
    for i, act in enumerate(doc.get("activities") or []):
        problem = _check_span(text, act.get("trigger"), f"activities[{i}].trigger")
        if problem:
            fail(problem)
        if not isinstance(act.get("agents") or [], list):
            fail(f"activities[{i}].agents must be a list")
    assignments = doc.get("assignments")
    if assignments is not None and not isinstance(assignments, list):
        fail(f"field 'assignments' must be a list, got {type(assignments).__name__}")
    for i, asg in enumerate(assignments or []):
        where = f"assignments[{i}]"
        if not isinstance(asg, dict):
            fail(f"{where} is not an object")
        problem = _check_span(text, asg.get("task"), f"{where}.task")
        if not problem and asg.get("trigger") is not None:
            problem = _check_span(text, asg["trigger"], f"{where}.trigger")
        if problem:
            fail(problem)
        for key in ("lead", "support"):
            if not isinstance(asg.get(key) or [], list):
                fail(f"{where}.{key} must be a list")


def check_reference_date(value: Any, path: object, line: int | None) -> None:
    """A document's ``reference_date`` is null or an ISO date string; the error names file and line."""
    from govie.timex import parse_date_arg

    if value is None:
        return
    try:
        if not isinstance(value, str):
            raise TypeError
        parse_date_arg(value)
    except (TypeError, ValueError):
        raise AnnotationError(
            path, line, f"field 'reference_date' must be an ISO date string (YYYY-MM-DD), got {value!r}"
        ) from None


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
            return text[1:] if text.startswith("\ufeff") else text  # GB18030's BOM is 84 31 95 33
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
        if _plausible(text) < _MIN_PLAUSIBLE:
            # A wrong --encoding (unicode_escape or latin-1 on UTF-8) gives mojibake with
            # no entity in it: say so when detection reads the bytes as Chinese text.
            try:
                detected = decode_bytes(data, name=name)
            except EncodingError:
                detected = None
            if detected is not None and _plausible(detected) >= _MIN_PLAUSIBLE:
                raise EncodingError(
                    f"[E107] {name}: decoded as {encoding} this is not Chinese text "
                    f"({_plausible(text):.0%} plausible characters), but the bytes read as Chinese text "
                    "without --encoding: leave it out or name the right encoding"
                )
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
