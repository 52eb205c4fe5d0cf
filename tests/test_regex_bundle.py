"""The programs of govie's module patterns, kept in one file per state of govie's files
(regex_cache.PatternBundle): re.compile's own patterns, a stale or broken file only misses,
a directory that cannot be written is plain re."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govie.text import recached, regex_cache

CJK = "[\u3400-\u4dbf\u4e00-\u9fff]"
PATTERNS = [
    (rf"(?P<name>{CJK}{{2,6}}?)(?:镇|乡|街道)(?=人民政府)", 0),
    (r"^(?:[一二三四五六七八九十]{1,3}、)", re.M),
    (rf"(?:省长|市长)[ \u3000]*(?P<who>{CJK}{{2,3}})", 0),
    ("|".join(f"词{i}" for i in range(40)), 0),
]
PATTERNS += [(rf"{CJK}{{{i}}}(?:局|厅)", 0) for i in range(1, 10)]  # more than _REWRITE_AFTER
TEXT = "依法设立的青山镇人民政府\n一、市长 张三同志主持，省长李四出席；词7、词39与市场监督管理局。"


def _never(*args, **kwargs):
    raise AssertionError("compiled instead of read from the bundle")


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert a == b and a.groupindex == b.groupindex and a.flags == b.flags
    assert [(m.span(), m.groups()) for m in a.finditer(TEXT)] == [(m.span(), m.groups()) for m in b.finditer(TEXT)]


def test_kept_programs_are_re_compiles(tmp_path, monkeypatch):
    path = tmp_path / "re-bundle-x.bin"
    first = regex_cache.PatternBundle(path)
    for p, f in PATTERNS:
        _same(first.compile(p, f), re.compile(p, f))
    first.keep()
    assert path.is_file()
    second = regex_cache.PatternBundle(path)
    with monkeypatch.context() as m:
        m.setattr(regex_cache.re, "compile", _never)
        read = [second.compile(p, f) for p, f in PATTERNS]
    for (p, f), got in zip(PATTERNS, read):
        _same(got, re.compile(p, f))
    # A pattern the file does not hold is compiled as ever.
    assert second.compile("青山(?=镇)").search(TEXT).span() == (5, 7)


def test_rewritten_only_for_enough_new_patterns(tmp_path):
    path = tmp_path / "re-bundle-x.bin"
    b = regex_cache.PatternBundle(path)
    for p, f in PATTERNS[:3]:
        b.compile(p, f)
    b.keep()
    data = path.read_bytes()
    # A text's own pattern or two (an addressee line): the file stays as it is.
    few = regex_cache.PatternBundle(path)
    few.compile(re.escape("各区人民政府") + "[：:]")
    few.keep()
    assert path.read_bytes() == data
    # A first call that compiled many patterns the file lacks: they are added, the old kept.
    many = regex_cache.PatternBundle(path)
    for p, f in PATTERNS:
        many.compile(p, f)
    many.keep()
    entries = json.loads(path.read_bytes().split(b"\n")[1])
    assert sorted((e[0], e[1]) for e in entries) == sorted((p, int(f)) for p, f in PATTERNS)
    # Once per process: a second keep writes nothing.
    path.unlink()
    many.keep()
    assert not path.exists()


def test_broken_file_is_plain_re_and_rewritten(tmp_path):
    path = tmp_path / "re-bundle-x.bin"
    b = regex_cache.PatternBundle(path)
    for p, f in PATTERNS:
        b.compile(p, f)
    b.keep()
    data = path.read_bytes()
    head = data.index(b"\n", len(b"govie-re-bundle-1\n")) + 1
    # A program _sre refuses (same length), a truncated file, another file.
    bad_program = data[:head] + b"\xff" * (len(data) - head)
    for broken in (bad_program, data[: len(data) - 3], data[:30], b"not a bundle"):
        path.write_bytes(broken)
        again = regex_cache.PatternBundle(path)
        for p, f in PATTERNS:
            _same(again.compile(p, f), re.compile(p, f))
        again.keep()
        assert path.read_bytes() == data


def test_unwritable_or_no_cache_directory_is_plain_re(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    b = regex_cache.PatternBundle(blocker / "govie" / "re-bundle-x.bin")
    for p, f in PATTERNS:
        _same(b.compile(p, f), re.compile(p, f))
    b.keep()  # no error
    assert blocker.read_text() == "x" and sorted(os.listdir(tmp_path)) == ["a-file"]
    off = regex_cache.PatternBundle(None)
    for p, f in PATTERNS:
        _same(off.compile(p, f), re.compile(p, f))
    off.keep()
    assert sorted(os.listdir(tmp_path)) == ["a-file"]
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        c = regex_cache.PatternBundle(ro / "re-bundle-x.bin")
        for p, f in PATTERNS:
            c.compile(p, f)
        c.keep()
        assert os.listdir(ro) == []


def test_package_state_follows_the_files(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "mod.py").write_text("X = 1\n")
    (tmp_path / "data" / "words.txt").write_text("局\n")
    state = regex_cache.package_state(tmp_path)
    (tmp_path / "__pycache__" / "mod.cpython-311.pyc").write_bytes(b"\0" * 10)
    assert regex_cache.package_state(tmp_path) == state  # bytecode is no source
    (tmp_path / "data" / "words.txt").write_text("局\n厅\n")
    changed = regex_cache.package_state(tmp_path)
    assert changed != state
    os.utime(tmp_path / "mod.py", ns=(1, 1))
    assert regex_cache.package_state(tmp_path) != changed
    (tmp_path / "new.py").write_text("")
    assert regex_cache.package_state(tmp_path) not in (state, changed)


def test_recached_is_re_with_compile_from_the_bundle():
    for name in re.__all__:
        if name != "compile":
            assert getattr(recached, name) is getattr(re, name)
    assert recached.compile is regex_cache.compile_module
    p = recached.compile(PATTERNS[0][0])
    assert p == re.compile(PATTERNS[0][0]) and recached.compile(PATTERNS[0][0]) is p


# A real sentence (corpora/weekly-report-2023-17.txt, first lines): the same output whether the
# programs were compiled, read from a bundle the first process wrote, or the cache is off.
_CHILD = r"""
import json, sys
import govie
from govie.text import regex_cache
from re import _compiler
text = open(sys.argv[1], encoding="utf-8").read()[:3000]
n = [0]
plain = _compiler.compile
def counted(p, f=0):
    frame = sys._getframe(1)
    while frame is not None and not frame.f_code.co_filename.endswith("regex_cache.py"):
        frame = frame.f_back
    n[0] += frame is not None  # a pattern of govie's modules the bundle did not hold
    return plain(p, f)
_compiler.compile = counted
out = govie.extract(text, model=None).to_dict()
print(json.dumps({"out": out, "compiled": n[0]}, ensure_ascii=False, sort_keys=True))
"""


@pytest.mark.slow
def test_bundle_across_processes(tmp_path):
    root = Path(__file__).resolve().parents[1]
    text = root / "corpora" / "weekly-report-2023-17.txt"

    def run(cache: str) -> dict:
        env = dict(os.environ, GOVIE_CACHE_DIR=cache, PYTHONPATH=str(root))
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(text)], env=env, capture_output=True, text=True,
                              check=True, timeout=600)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    first = run(str(tmp_path))
    assert any(p.name.startswith("re-bundle-") for p in tmp_path.iterdir())
    second = run(str(tmp_path))
    off = run("")
    assert first["out"] == second["out"] == off["out"]
    # Counted during the call: the second process read from the bundle what the first compiled.
    assert first["compiled"] > 50 and second["compiled"] < 8 and off["compiled"] == first["compiled"]


def test_alternation_is_the_same_in_every_order():
    # Equal-length words in a fixed order: a pattern built from a set is the same in every
    # process (the bundle is looked up by the pattern's text); longer words still first.
    from govie.kb.lexicons import alternation

    words = ["市场监督管理局", "统计局", "财政局", "局", "公安局"]
    assert alternation(words) == alternation(list(reversed(words))) == alternation(set(words)) == \
        "市场监督管理局|公安局|统计局|财政局|局"
