"""Private jieba segmenters: the one builder of every jieba Tokenizer govie holds."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import threading
from array import array
from functools import lru_cache
from math import log
from pathlib import Path
from typing import Any

__all__ = ["private_jieba", "shared_jieba", "shared_words", "function_word_tags", "jieba_module", "jieba_dict_file", "cache_dir",
           "dictionary_tags", "word_ends"]

# Bump when the layout of the prefix-dictionary cache file changes.
_FORMAT = b"govie-jieba-prefix-2"
# Threads that start at once must build one dictionary and import jieba once (a thread
# must never see the module half imported).
_LOCK = threading.RLock()


def jieba_module() -> Any:
    """jieba, imported without pkg_resources when nothing has imported it yet.

    jieba's ``_compat`` imports pkg_resources (about 0.2 s) only to open its own
    dictionary file, and falls back to a plain ``open`` without it; govie reads the
    dictionary itself, so the fallback is all it needs.
    """
    with _LOCK:
        blocked = "jieba" not in sys.modules and "pkg_resources" not in sys.modules
        if blocked:
            sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # ImportError inside jieba
        try:
            import jieba
        finally:
            if blocked and sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
    return jieba


def jieba_dict_file() -> Path:
    """jieba's own dictionary file (dict.txt)."""
    return Path(jieba_module().__file__).with_name("dict.txt")


def cache_dir() -> Path | None:
    """govie's user cache directory (``GOVIE_CACHE_DIR``, else ``$XDG_CACHE_HOME/govie`` or
    ``~/.cache/govie``); None when ``GOVIE_CACHE_DIR`` is set empty (no cache)."""
    env = os.environ.get("GOVIE_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "govie"


class _LazyFreq(dict):  # type: ignore[type-arg]
    """jieba's prefix dictionary read one first character at a time (the cache file's layout).

    Every question jieba (and ``word_ends``) asks of the dictionary is about a piece of the
    text, so it needs only the words that open with the text's characters: one sentence reads
    a few thousand of the 500,000 entries, not all of them (a third of a second per process).
    The words of a first character are read before any question about them is answered
    (``in``, ``get``, ``[]``); iterating or counting reads them all. Once a quarter of the
    entries is read, the shared tokenizer (``owner``) takes a plain dict of the whole (``_rest``),
    so a long text costs what it did.
    """

    def __init__(self, data: bytes, words_at: int, freqs_at: int, total: int, n: int,
                 index: dict[str, tuple[int, int, int, int]]) -> None:
        super().__init__()
        self._data, self._words_at, self._freqs_at, self._n = data, words_at, freqs_at, n
        self.total = total
        self._pending = index
        self._read = 0
        self._lock = threading.Lock()
        self.owner: Any = None

    def plain(self) -> dict[str, int]:
        """The whole dictionary as a plain dict (read at once, in the file's order)."""
        words = self._data[self._words_at : self._freqs_at].decode("utf-8").split("\n")
        words.pop()  # every word ends with a newline
        return dict(zip(words, _freqs(self._data[self._freqs_at :])))

    def _load(self, c: str) -> None:
        with self._lock:
            where = self._pending.get(c)
            if where is None:
                return
            w0, w1, f0, f1 = where
            words = self._data[self._words_at + w0 : self._words_at + w1].decode("utf-8").split("\n")
            dict.update(self, zip(words, _freqs(self._data[self._freqs_at + 8 * f0 : self._freqs_at + 8 * f1])))
            del self._pending[c]  # only now: other threads read the words as soon as it is gone
            self._read += len(words)
            whole = self._read * 4 > self._n
        owner = self.owner
        if whole and owner is not None:
            self.owner = None
            owner.FREQ = self._rest()

    def _rest(self) -> dict[str, int]:
        """A plain dict of the whole dictionary: the words read so far and the rest read into it
        (not into this one, which keeps answering its callers by first character)."""
        with self._lock:
            plain = dict(dict.items(self))
            pending = list(self._pending.values())
        for w0, w1, f0, f1 in pending:
            words = self._data[self._words_at + w0 : self._words_at + w1].decode("utf-8").split("\n")
            plain.update(zip(words, _freqs(self._data[self._freqs_at + 8 * f0 : self._freqs_at + 8 * f1])))
        return plain

    def _load_all(self) -> None:
        for c in list(self._pending):
            self._load(c)

    def __contains__(self, key: object) -> bool:
        if key and isinstance(key, str) and key[0] in self._pending:
            self._load(key[0])
        return dict.__contains__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        if key and isinstance(key, str) and key[0] in self._pending:
            self._load(key[0])
        return dict.get(self, key, default)

    def __missing__(self, key: Any) -> Any:
        if key and isinstance(key, str) and key[0] in self._pending:
            self._load(key[0])
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def __iter__(self) -> Any:
        self._load_all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._load_all()
        return dict.__len__(self)

    def keys(self) -> Any:
        self._load_all()
        return dict.keys(self)

    def values(self) -> Any:
        self._load_all()
        return dict.values(self)

    def items(self) -> Any:
        self._load_all()
        return dict.items(self)

    def __eq__(self, other: object) -> bool:
        self._load_all()
        return dict.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        self._load_all()
        return dict.__ne__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._load_all()
        return dict.__repr__(self)

    def copy(self) -> dict[str, int]:
        self._load_all()
        return dict(dict.items(self))

    # A word added or removed must not be overwritten by the file's later.
    def __setitem__(self, key: str, value: int) -> None:
        self.__contains__(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self.__contains__(key)
        dict.__delitem__(self, key)

    def setdefault(self, key: str, default: Any = None) -> Any:
        self.__contains__(key)
        return dict.setdefault(self, key, default)

    def pop(self, key: str, *default: Any) -> Any:
        self.__contains__(key)
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[str, int]:
        self._load_all()
        return dict.popitem(self)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self._load_all()
        dict.update(self, *args, **kwargs)

    def clear(self) -> None:
        self._load_all()
        dict.clear(self)


def _freqs(data: bytes) -> list[int]:
    freqs = array("q")
    freqs.frombytes(data)
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        freqs.byteswap()
    return freqs.tolist()


def _read_cache(path: Path) -> _LazyFreq | None:
    """The prefix dictionary of a cache file (read lazily), or None if it is missing or malformed."""
    try:
        data = path.read_bytes()
        if not data.startswith(_FORMAT + b"\n") or array("q").itemsize != 8:
            return None
        head_end = data.index(b"\n", len(_FORMAT) + 1)
        head = json.loads(data[len(_FORMAT) + 1 : head_end])
        chars, offsets, counts, total = head["chars"], head["offsets"], head["counts"], head["total"]
        words_at = head_end + 1
        freqs_at = words_at + offsets[-1]
        if len(data) != freqs_at + 8 * counts[-1] or not len(chars) + 1 == len(offsets) == len(counts) \
                or not isinstance(total, int):
            return None
        index = {c: (offsets[i], offsets[i + 1] - 1, counts[i], counts[i + 1]) for i, c in enumerate(chars)}
        return _LazyFreq(data, words_at, freqs_at, total, counts[-1], index)
    except (ValueError, KeyError, TypeError, IndexError, OSError):
        return None


def _write_cache(path: Path, freq: dict[str, int], total: int) -> None:
    """Write the cache file atomically; a directory that cannot be written is no error.

    The words are grouped by their first character: a header (the characters, where their
    words and their frequencies start), the words (each ended by a newline), the frequencies."""
    groups: dict[str, list[str]] = {}
    for w in freq:
        groups.setdefault(w[0], []).append(w)
    blob = bytearray()
    freqs = array("q")
    offsets, counts = [0], [0]
    for words in groups.values():
        blob += ("\n".join(words) + "\n").encode("utf-8")
        freqs.extend(freq[w] for w in words)
        offsets.append(len(blob))
        counts.append(len(freqs))
    if sys.byteorder != "little":  # pragma: no cover
        freqs.byteswap()
    head = json.dumps({"total": total, "chars": "".join(groups), "offsets": offsets, "counts": counts},
                      ensure_ascii=True).encode("ascii")
    write_atomic(path, _FORMAT + b"\n" + head + b"\n" + bytes(blob) + freqs.tobytes())


def write_atomic(path: Path, data: bytes) -> None:
    """Write a cache file atomically (mkstemp + replace); a directory that cannot be written is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # read-only home or full disk: built again next time


def _prefix_dict() -> tuple[dict[str, int], int]:
    with _LOCK:
        return _load_prefix_dict()


@lru_cache(maxsize=1)
def _load_prefix_dict() -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (every word's frequency, 0 for a bare prefix) and total.

    jieba builds it from dict.txt in seconds and keeps an unkeyed marshal file in the temp
    directory that takes about a second to load. govie keeps its own copy in the user cache
    directory, named by the hash of dict.txt and jieba's version (never stale), in a layout
    that loads in about a quarter of the time; built with jieba's own ``gen_pfdict``.
    """
    import io

    path = _prefix_path()
    got = _read_cache(path) if path is not None else None
    if got is not None:
        return got.plain(), got.total
    freq, total = jieba_module().Tokenizer.gen_pfdict(io.BytesIO(jieba_dict_file().read_bytes()))
    if path is not None:
        _write_cache(path, freq, total)
    return freq, total


def _prefix_path() -> Path | None:
    """The prefix dictionary's cache file (named by the hash of dict.txt and jieba's version)."""
    where = cache_dir()
    return where / f"jieba-prefix-{_prefix_key()}.bin" if where is not None else None


@lru_cache(maxsize=1)
def _prefix_key() -> str:
    jieba = jieba_module()
    raw = jieba_dict_file().read_bytes()
    return hashlib.sha1(_FORMAT + jieba.__version__.encode() + b"\0" + raw).hexdigest()[:24]


def _tokenizer(freq: dict[str, int], total: int) -> Any:
    tok = jieba_module().Tokenizer()
    tok.FREQ, tok.total, tok.initialized = freq, total, True
    return tok


def private_jieba() -> Any:
    """An initialized jieba Tokenizer of our own on jieba's dictionary (a copy: callers add words).

    A private Tokenizer keeps jieba's global dictionary untouched, and never logs
    ("Building prefix dict…") to the user's stderr.
    """
    freq, total = _prefix_dict()
    return _tokenizer(dict(freq), total)


def shared_jieba() -> tuple[Any, threading.Lock]:
    """One private jieba Tokenizer on jieba's own dictionary, and the lock its callers hold.

    The place tagger's word boundaries and the model gate read the same dictionary, so
    they share one segmenter (its prefix dictionary is tens of MB); nobody adds words to
    it (the spaCy tokenizer, which does, builds its own with ``private_jieba``).
    """
    with _LOCK:
        return _shared()


def shared_words(text: str) -> list[str]:
    """jieba's words of ``text`` by the shared segmenter, dictionary only (no HMM), under its lock
    (a new list)."""
    return list(_shared_words(text))


# The place and organization rules cut the same short windows again and again (a name before
# each of its mentions); the shared segmenter's dictionary never changes, so its answer is kept.
@lru_cache(maxsize=8192)
def _shared_words(text: str) -> tuple[str, ...]:
    tok, lock = shared_jieba()
    with lock:
        return tuple(tok.lcut(text, HMM=False))


@lru_cache(maxsize=1)
def _shared() -> tuple[Any, threading.Lock]:
    # Read lazily from the cache file: a short text reads a small part of the dictionary.
    path = _prefix_path()
    lazy = _read_cache(path) if path is not None else None
    if lazy is None:
        return _tokenizer(*_prefix_dict()), threading.Lock()
    tok = _tokenizer(lazy, lazy.total)
    lazy.owner = tok
    return tok, threading.Lock()


@lru_cache(maxsize=1)
def function_word_tags() -> dict[str, str]:
    """Part of speech of jieba's dictionary words tagged verb, conjunction, preposition,
    locative, adverb, pronoun or numeral: read by one regex scan of its dictionary file, not
    by jieba.posseg (which loads the tags of all 349,000 words and its HMM, seconds per process)."""
    return dictionary_tags(r"^(\S+) \d+ ([vcpfdrm][a-z]*)$")


# Bump when the layout of the tag-table cache file changes.
_TAGS_FORMAT = b"govie-jieba-tags-1"


def dictionary_tags(pattern: str) -> dict[str, str]:
    """``dict(re.findall(pattern, text, re.M))`` over jieba's dictionary file, for a pattern of two
    groups (word, tag).

    The scan takes about a tenth of a second; its table is kept in govie's cache directory
    (``jieba-tags-<hash of the pattern and dict.txt>.bin``, never stale), written atomically,
    and read back when it is whole; a missing or broken file, or no cache directory, is a scan.
    """
    try:
        raw = jieba_dict_file().read_bytes()
    except OSError:  # pragma: no cover - jieba ships its dictionary
        return {}
    key = hashlib.sha1(_TAGS_FORMAT + b"\0" + pattern.encode("utf-8") + b"\0" + raw).hexdigest()[:24]
    where = cache_dir()
    path = where / f"jieba-tags-{key}.bin" if where is not None else None
    got = _read_tags(path) if path is not None else None
    if got is not None:
        return got
    # As read_text reads it: universal newlines.
    text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    table = dict(re.findall(pattern, text, re.M))
    if path is not None:
        words, tags = "\n".join(table).encode("utf-8"), "\n".join(table.values()).encode("utf-8")
        head = _TAGS_FORMAT + b"".join(x.to_bytes(8, "little") for x in (len(table), len(words)))
        write_atomic(path, head + words + tags)
    return table


def _read_tags(path: Path) -> dict[str, str] | None:
    """The table of a tag cache file, or None if it is missing or malformed."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(_TAGS_FORMAT) + 16
    if len(data) < head or not data.startswith(_TAGS_FORMAT):
        return None
    n, size = (int.from_bytes(data[k : k + 8], "little") for k in range(len(_TAGS_FORMAT), head, 8))
    try:
        words = data[head : head + size].decode("utf-8").split("\n") if n else []
        tags = data[head + size :].decode("utf-8").split("\n") if n else []
    except UnicodeDecodeError:
        return None
    if len(words) != n or len(tags) != n or (not n and len(data) != head):
        return None
    return dict(zip(words, tags))


# jieba's own block and English patterns (jieba/__init__.py: re_han_default, re_eng).
_HAN_BLOCK = re.compile("[\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+")
_ENG = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def word_ends(tok: Any, text: str) -> list[int]:
    """The end offsets of the words ``tok.cut(text, HMM=False)`` yields, ascending.

    The same computation as jieba's (prefix DAG, best route by log frequency, runs of single
    letters or digits merged, every other character outside a word block a word, ``\\r\\n`` one),
    without building the words: the place tagger asks it thousands of times per corpus.
    """
    get = tok.FREQ.get  # one lookup per piece (the dictionary's values are counts, never None)
    logtotal = log(tok.total)
    ends: list[int] = []
    pos = 0
    n = len(text)
    for m in _HAN_BLOCK.finditer(text):
        a, b = m.span()
        _gap_ends(text, pos, a, ends)
        # jieba's calc() over get_DAG(), one position at a time from the end. jieba keeps the
        # largest (score, end); ends only grow along a position's pieces, so a score equal to the
        # best so far wins (>=), with no tuple built per piece.
        route_v = [0.0] * (b - a + 1)
        route_x = [0] * (b - a + 1)
        for idx in range(b - 1, a - 1, -1):
            best_v = best_x = None
            i = idx
            frag = text[idx]
            while i < b:
                f = get(frag)
                if f is None:
                    break
                if f:
                    v = log(f) - logtotal + route_v[i + 1 - a]
                    if best_v is None or v >= best_v:
                        best_v, best_x = v, i
                i += 1
                frag = text[idx : i + 1]
            if best_x is None:
                best_v = log(get(text[idx]) or 1) - logtotal + route_v[idx + 1 - a]
                best_x = idx
            route_v[idx - a] = best_v
            route_x[idx - a] = best_x
        x = a
        in_run = False
        while x < b:
            y = route_x[x - a] + 1
            if y - x == 1 and text[x] in _ENG:
                in_run = True  # jieba buffers single letters and digits into one word
            else:
                if in_run:
                    ends.append(x)
                    in_run = False
                ends.append(y)
            x = y
        if in_run:
            ends.append(b)
        pos = b
    _gap_ends(text, pos, n, ends)
    return ends


def _gap_ends(text: str, i: int, j: int, ends: list[int]) -> None:
    """Outside word blocks every character is a word, and ``\\r\\n`` is one."""
    while i < j:
        i += 2 if text.startswith("\r\n", i) and i + 1 < j else 1
        ends.append(i)


# The same windows are asked again and again (the place tagger, the department tagger on each
# of its two passes, the model gate); the shared segmenter's dictionary never changes, so its
# answer is kept.
@lru_cache(maxsize=8192)
def shared_word_ends(window: str) -> frozenset[int]:
    """``word_ends`` of ``window`` by the shared segmenter (``shared_jieba``)."""
    tok, lock = shared_jieba()
    with lock:
        return frozenset(word_ends(tok, window))
