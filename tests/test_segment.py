"""jieba's prefix dictionary as govie loads it: from a cache file keyed by the dictionary's content."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_DIGEST = (
    "import hashlib, json, sys\n"
    "from govie.text import segment\n"
    "tok, _ = segment.shared_jieba()\n"
    "h = hashlib.sha1()\n"
    "for w in sorted(tok.FREQ): h.update(f'{w} {tok.FREQ[w]}\\n'.encode())\n"
    "print(json.dumps({'digest': h.hexdigest(), 'total': tok.total, 'n': len(tok.FREQ),\n"
    "  'words': segment.shared_jieba()[0].lcut('成都市场监管局召开全市食品安全工作会议', HMM=False)}))"
)


def _run(code: str, cache: Path | str) -> dict:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "GOVIE_CACHE_DIR": str(cache)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                          cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _prefix_files(cache: Path) -> list[Path]:
    # Importing govie also keeps its largest patterns there (re-*.bin): only jieba's file counts here.
    return [p for p in cache.iterdir() if not p.name.startswith("re-")]


def _jiebas_own() -> dict:
    import hashlib

    from govie.text.segment import jieba_module

    tok = jieba_module().Tokenizer()
    tok.tmp_dir = None
    tok.FREQ, tok.total = tok.gen_pfdict(tok.get_dict_file())
    h = hashlib.sha1()
    for w in sorted(tok.FREQ):
        h.update(f"{w} {tok.FREQ[w]}\n".encode())
    return {"digest": h.hexdigest(), "total": tok.total, "n": len(tok.FREQ)}


def test_cached_prefix_dictionary_is_jiebas_own(tmp_path):
    own = _jiebas_own()
    built = _run(_DIGEST, tmp_path)  # builds the dictionary and writes the cache file
    files = _prefix_files(tmp_path)
    assert len(files) == 1 and files[0].name.startswith("jieba-prefix-") and files[0].suffix == ".bin"
    read = _run(_DIGEST, tmp_path)  # reads it
    assert files[0].stat().st_mtime_ns == _prefix_files(tmp_path)[0].stat().st_mtime_ns
    for got in (built, read):
        assert {k: got[k] for k in own} == own
    assert built["words"] == read["words"] == ["成都", "市场", "监管局", "召开", "全市", "食品安全", "工作", "会议"]


def test_a_broken_or_unwritable_cache_is_no_error(tmp_path):
    own = _jiebas_own()
    _run(_DIGEST, tmp_path)
    (cached,) = _prefix_files(tmp_path)
    cached.write_bytes(cached.read_bytes()[:1000])  # truncated: ignored and written again
    assert {k: v for k, v in _run(_DIGEST, tmp_path).items() if k in own} == own
    assert cached.stat().st_size > 1_000_000
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    # A cache directory that cannot be made (a file is in the way), or no cache at all.
    for cache in (blocker / "govie", ""):
        assert {k: v for k, v in _run(_DIGEST, cache).items() if k in own} == own
    assert sorted(p.name for p in _prefix_files(tmp_path)) == sorted([cached.name, "a-file"])
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_word_ends_are_jiebas_words():
    """word_ends computes jieba's no-HMM segmentation without building the words."""
    from govie.text.segment import shared_jieba, word_ends

    tok, _ = shared_jieba()
    text = (ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")
    windows = [text[i : i + size] for size in (2, 9, 24, 70) for i in range(0, len(text), 7)]
    # Letters and digits (one word when jieba merges single ones), symbols, \r\n, spaces.
    windows += ["5G网络和4K视频", "C919大飞机首飞", "x_y-z.5%#&+号", "第1、2条\r\n第3条\r\r\n", " 重庆隆重庆祝 ", "", "\r"]
    for s in windows:
        ends, pos = [], 0
        for w in tok.cut(s, HMM=False):
            pos += len(w)
            ends.append(pos)
        assert word_ends(tok, s) == ends, s


def test_dictionary_tags_are_a_scan_of_jiebas_dictionary(tmp_path, monkeypatch):
    # The tag tables read from jieba's dictionary (the gate's proper nouns, the function words)
    # are kept in the cache directory: the same table as the scan, whatever state the file is in.
    import re

    from govie.text import segment

    monkeypatch.setenv("GOVIE_CACHE_DIR", str(tmp_path))
    pattern = r"^(\S+) \d+ (n[rstz]\w*)$"
    scan = dict(re.findall(pattern, segment.jieba_dict_file().read_text(encoding="utf-8"), re.M))
    built = segment.dictionary_tags(pattern)
    (cached,) = [p for p in tmp_path.iterdir() if p.name.startswith("jieba-tags-")]
    stamp = cached.stat().st_mtime_ns
    read = segment.dictionary_tags(pattern)
    assert cached.stat().st_mtime_ns == stamp  # read, not written again
    assert list(built.items()) == list(read.items()) == list(scan.items())
    assert read["北京"] == "ns" and "应该" not in read
    cached.write_bytes(cached.read_bytes()[:5000])  # truncated: scanned and written again
    assert segment.dictionary_tags(pattern) == scan and cached.stat().st_size > 5000
    monkeypatch.setenv("GOVIE_CACHE_DIR", "")  # no cache
    assert segment.dictionary_tags(pattern) == scan
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
