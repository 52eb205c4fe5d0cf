"""Large patterns compiled once per user: the cached program is re.compile's own."""

from __future__ import annotations

import re

import pytest

from govie.kb.divisions import load_divisions
from govie.taggers.dates import DATE_PATTERN
from govie.taggers.dept import trie_regex
from govie.text import regex_cache

SENTENCE = "2024年3月，四川省成都市武侯区人民政府与绵阳市涪城区召开会议，自2025年1月1日起施行。"


def _never(*args, **kwargs):
    raise AssertionError("compiled again instead of read from the cache")


@pytest.fixture()
def places() -> str:
    return trie_regex([f for f in load_divisions().forms if len(f) >= 2])


def test_cached_pattern_is_re_compiles(tmp_path, monkeypatch, places):
    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path))
    named = r"(?P<year>\d{4})年(?:(?P<month>\d{1,2})月)?"
    for pattern, flags in ((places, 0), (named, re.M), (DATE_PATTERN.pattern, 0)):
        plain = re.compile(pattern, flags)
        assert regex_cache.compile_cached(pattern, flags) == plain  # compiles and writes
        with monkeypatch.context() as m:
            m.setattr(regex_cache, "_compile", _never)
            cached = regex_cache.compile_cached(pattern, flags)  # reads
        # re compares flags, text and program; the matches and groups are the same too.
        assert cached == plain and cached.groupindex == plain.groupindex
        assert [(x.span(), x.groups()) for x in cached.finditer(SENTENCE)] == \
            [(x.span(), x.groups()) for x in plain.finditer(SENTENCE)]
    assert len([p for p in tmp_path.iterdir() if p.name.startswith("re-")]) == 3
    assert [x.group() for x in regex_cache.compile_cached(places).finditer(SENTENCE)][:3] == \
        ["四川省", "成都市", "武侯区"]


def test_broken_or_missing_cache_is_plain_re(tmp_path, monkeypatch, places):
    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path))
    plain = re.compile(places)
    regex_cache.compile_cached(places)
    (cached,) = tmp_path.iterdir()
    data = cached.read_bytes()
    head = data.index(b"\n", len(b"govie-re-1\n")) + 1
    # A program _sre refuses, a truncated header, another file: compiled again and rewritten.
    for broken in (data[:head] + b"\xff\xff\xff\x7f" * 50, data[:20], b"not a cache file"):
        cached.write_bytes(broken)
        assert regex_cache.compile_cached(places) == plain
        assert cached.read_bytes() == data
    # No cache directory, or one that cannot be made: plain re, nothing written.
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for where in ("", str(blocker / "govie")):
        monkeypatch.setenv("GOVIE_CACHE_DIR", where)
        assert regex_cache.compile_cached(places) == plain
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([cached.name, "a-file"])


def test_built_trie_is_read_without_building(tmp_path, monkeypatch):
    # A trie of every place form is written out once: later processes read its text and program.
    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path))
    forms = sorted({f for f in load_divisions().forms if len(f) >= 2})
    plain = re.compile(trie_regex(forms))
    assert regex_cache.compile_built(trie_regex, forms) == plain  # builds, compiles, writes
    (cached,) = tmp_path.iterdir()
    with monkeypatch.context() as m:
        m.setattr(regex_cache, "_compile", _never)
        m.setattr(re, "escape", _never)  # trie_regex escapes every character it writes
        read = regex_cache.compile_built(trie_regex, forms)
    assert read == plain and read.pattern == plain.pattern
    assert [x.group() for x in read.finditer(SENTENCE)][:3] == ["四川省", "成都市", "武侯区"]
    # The file is named by the builder's code and the words: another builder or other words,
    # another file; a truncated file is built again.
    assert regex_cache.compile_built(lambda words: trie_regex(words), forms) == plain
    assert regex_cache.compile_built(trie_regex, forms[:100]) == re.compile(trie_regex(forms[:100]))
    assert len(list(tmp_path.iterdir())) == 3
    cached.write_bytes(cached.read_bytes()[:300])
    assert regex_cache.compile_built(trie_regex, forms) == plain
    assert cached.stat().st_size > 300 and len(list(tmp_path.iterdir())) == 3
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
