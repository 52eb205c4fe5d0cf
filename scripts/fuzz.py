#!/usr/bin/env python
"""Fuzz govie.extract with mutated real text and random text.

    python scripts/fuzz.py --n 100000 --seed 1 --out fuzz-failures.jsonl
    python scripts/fuzz.py --growth      # runs of each piece at 1x and 4x: is time linear?

Each input is a slice of a bundled document (the 2023 weekly report and the
2026 provincial work reports) with PDF-like and hostile noise inserted (spaces,
line breaks, CRLF, page markers, full-width digits, zero-width and control
characters, lone surrogates, emoji, rare CJK, brackets, absurd dates), cut at
random points; or random text over an alphabet of the same pieces. Every
result is checked against the output contract (spans exact on the input,
no overlaps, real calendar dates, JSON-ready); every 50th input is also
checked for determinism and every 200th for batch = alone.

The shapes of issue 21 join them: paragraph-long runs of activity sentences,
hostile text (bidi controls, combining marks, variation selectors, negative
numbers), bytes in 15 encodings (decoded, or refused with EncodingError; the
encodings govie detects must round-trip), mutated gold annotation files
(``govie evaluate`` and ``govie train`` must accept and refuse the same ones,
with AnnotationError), user registry files (overrides of bundled names, shared
aliases, malformed lines: a pipeline or RegistryError), explicit options
(a result or govie's coded error), and, every ``--fs-every`` inputs, a
directory of hostile files run through ``govie extract`` (symlink loops,
dangling links, FIFOs, binary and empty files, odd names): exit 0/1/2, no
traceback, nothing written or deleted outside ``-o``.

Failures are written to ``--out`` one JSON line each (input, check, error)
and summarised on stderr; the exit status is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import govie  # noqa: E402

NOISE = [
    " ", "  ", "\u3000", "\n", "\r\n", "\r", "\t", "\n—3—\n", "\n- 12 -\n", "\n第 4 页\n", "\n\n\n", "\n3/12\n",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\x00", "\x07", "\x0b", "\x0c", "\x1b", "\x7f",
    "\x85", "\u2028", "\u202e", "\ud800", "\udfff", "\udc00", "🎉", "👍🏽", "👨‍👩‍👧", "𠀀", "𰀀", "𪛖", "\ue000", "\uffff",
    "《", "》", "《《", "〔", "〕", "“", "”", "（", "）", "(", ")", "【", "】",
    "13月45日", "2月30日", "0月0日", "2023年2月29日", "9999年", "一九九九年", "５月１８日", "2023-02-30", "2023.13.45",
    "—", "～", "至", "%", "％", "万", "亿元", "万人次", "个百分点", "省", "市", "厅", "局", "办公室", "中心", "关于",
    "的通知", "印发", "召开", "会议", "调研", "川府发〔2023〕", "号", "第", "期", "1", "99999999999999", ".", "．",
    "9" * 320, "1" * 40 + "亿元", "0." + "0" * 30 + "1%",
    # issue 21: hostile text
    "\u202d", "\u2066", "\u2069", "\u200f", "\u0301", "\u20dd", "\ufe0f", "\U000e0100", "\ufffd", "\u2ff0",
    "①", "㈠", "ⅻ", "ﬁ", "\u3007", "\u2e80", "＝", "=cmd|'/c calc'!A0", "@SUM(1)", "+1", "-1",
    "同比增长-5.5%", "亏损-100亿元", "−3.2个百分点", "大前天", "大后年", "二〇〇〇〇年一月一日", "12023年5月18日",
    "〔〔〔〔", "号号号号", "《" * 50 + "》" * 50, "\n" * 200, "。" * 100,
]
# A paragraph of activity sentences, the shape that was quadratic (issue 21, item 6).
ACTIVITY_SENTENCES = [
    "省药监局召开会议。", "市政府开展专项检查，", "县人民政府办公室印发《关于加强安全生产工作的通知》。",
    "省发展改革委赴成都市调研。", "国务院办公厅召开全国电视电话会议。", "市场监管总局部署开展专项整治行动；",
]
ENCODINGS_DETECTED = ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"]  # govie must read these back exactly
ENCODINGS_OTHER = ["utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "big5", "shift_jis", "euc-kr", "euc-jp",
                   "latin-1", "cp1252", "utf-7", "hz", "iso2022_jp"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ALPHABET = (
    list("省市县厅局委办公室中心关于印发通知的年月日号第至—－-〔〕［］[]（）()《》“”，。、；：！？")
    + list("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿元人次个%％")
    + list(" \u3000\t\n\r\u200b\ufeff\x00\x0c")
    + ["\ud800", "\udc00", "🎉", "𠀀", "𰀀"]
)
REFERENCE_DATES = ["0001-01-01", "0001-02-01", "9999-12-31", "9999-12-01", "2000-02-29", "2024-02-29",
                   "2023-12-31", "2023-01-01", "1900-01-01"]
_ISO = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


def load_texts() -> list[str]:
    texts = [(ROOT / "corpora" / "weekly-report-2023-17.txt").read_text(encoding="utf-8")]
    csv.field_size_limit(1 << 30)
    for path in sorted((ROOT / "corpora" / "work-reports-2026").glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            texts.extend(row["full_text"] for row in csv.DictReader(f))
    return texts


def mutate(rng: random.Random, texts: list[str], max_len: int) -> str:
    source = rng.choice(texts)
    start = rng.randrange(len(source))
    text = source[start : start + rng.randint(0, max_len)]
    for _ in range(rng.choice((0, 1, 2, 3, 5, 10))):
        op = rng.random()
        pos = rng.randint(0, len(text))
        if op < 0.6:
            text = text[:pos] + rng.choice(NOISE) + text[pos:]
        elif op < 0.7:
            text = text[:pos] + text[pos : pos + 40].translate(FULLWIDTH) + text[pos + 40 :]
        elif op < 0.8:
            text = text[:pos] + text[pos + rng.randint(1, 8) :]
        elif op < 0.85:
            text = text.replace("\n", "\r\n")
        elif op < 0.9:
            text = text[:pos]  # cut short
        elif op < 0.95:
            text = text[:pos] + " " * rng.randint(1, 5) + text[pos:]  # PDF spaces inside words
        else:
            text = text[:pos] + "\n" + text[pos:]  # a line break inside a word
    return text


def random_text(rng: random.Random, max_len: int) -> str:
    n = rng.randint(0, max_len)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            out.append(rng.choice(ALPHABET))
        elif r < 0.9:
            out.append(chr(rng.randint(0x4E00, 0x9FFF)))
        else:
            cp = rng.randint(0, 0x10FFFF)
            out.append(chr(cp))
    return "".join(out)


def check_date(value: object) -> None:
    if value is None:
        return
    assert isinstance(value, str), f"DATE value {value!r} is not a string"
    for part in value.split("/"):
        if part in ("", ".."):
            continue
        m = _ISO.match(part)
        assert m, f"DATE value {value!r} is not ISO"
        y, mo, d = m.groups()
        if d:
            dt.date(2000 if y == "XXXX" else int(y), int(mo), int(d))
        elif mo:
            assert 1 <= int(mo) <= 12, f"DATE value {value!r}: no such month"


def check(text: str, result: govie.Extraction) -> None:
    assert result.text == text, "result.text is not the input"
    last = 0
    for e in result.entities:
        assert 0 <= e.start < e.end <= len(text), f"span out of range {e!r}"
        assert text[e.start : e.end] == e.text, f"inexact span {e!r}"
        assert e.start >= last, f"overlap or disorder at {e!r}"
        last = e.end
        if e.label == "DATE":
            check_date(e.attrs.get("value"))
    for a in result.activities:
        t = a.trigger
        assert text[t["start"] : t["end"]] == t["text"], f"inexact trigger {t!r}"
    json.dumps(result.to_dict(), ensure_ascii=False, allow_nan=False)


def activity_run(rng: random.Random, max_len: int) -> str:
    """One paragraph (no line break) of activity sentences, up to 2x (now and then 20x) --max-len characters."""
    longest = 20 * max_len if rng.random() < 0.05 else 2 * max_len  # now and then a page-long paragraph
    n = rng.randint(1, max(1, longest // 10))
    text = "".join(rng.choice(ACTIVITY_SENTENCES) for _ in range(n))
    if rng.random() < 0.5:
        pos = rng.randint(0, len(text))
        text = text[:pos] + rng.choice(NOISE) + text[pos:]
    return text


def check_encoding(rng: random.Random, text: str) -> str | None:
    """Bytes of ``text`` in some encoding: decoded, or EncodingError; detected encodings round-trip."""
    from govie.io.text import EncodingError, decode_bytes

    text = "".join(c for c in text if not "\ud800" <= c <= "\udfff")
    detected = rng.random() < 0.5
    encoding = rng.choice(ENCODINGS_DETECTED if detected else ENCODINGS_OTHER)
    data = text.encode(encoding, errors="ignore" if detected else "replace")
    if rng.random() < 0.2 and data:  # a damaged file
        pos = rng.randrange(len(data))
        data = data[:pos] + bytes([rng.randrange(256)]) + data[pos + 1 :]
        detected = False
    try:
        got = decode_bytes(data, name="fuzz.txt", encoding=encoding if rng.random() < 0.2 else None)
    except EncodingError:
        return None
    assert isinstance(got, str)
    if detected:
        want = data.decode(encoding)  # utf-8-sig and utf-16 drop their BOM; govie drops one from the others too
        if encoding not in ("utf-8-sig", "utf-16") and want.startswith("\ufeff"):
            want = want[1:]
        try:  # bytes valid as UTF-8 are read as UTF-8 first (documented order): short GB18030 texts can be
            data.decode("utf-8")
            ambiguous = encoding not in ("utf-8", "utf-8-sig")
        except UnicodeDecodeError:
            ambiguous = False
        if "\x00" not in want and want.strip() and not ambiguous:
            assert got == want, f"{encoding} bytes {data[:60]!r} read back as {got[:30]!r}, not {want[:30]!r}"
    return encoding


GOLD_VALUES = [None, 5, -1, 0, True, False, "", "x", "2023-13-45", "2023-02-29", 1.5, [], {}, [1, 2], {"a": 1},
               10**12, "\ud800", "DEPT", "DATE"]


def check_gold(rng: random.Random, gold: list[dict], tmp: Path) -> None:
    """A mutated gold file: load_gold and read_annotations give the same documents or the same AnnotationError."""
    import copy

    from govie.errors import AnnotationError
    from govie.evaluate import load_gold
    from govie.io.formats import read_annotations

    doc = copy.deepcopy(rng.choice(gold))
    for _ in range(rng.randint(1, 3)):
        node, key = _random_place(rng, doc)
        if node is None:
            break
        if rng.random() < 0.3 and isinstance(node, dict):
            node.pop(key, None)
        else:
            node[key] = copy.deepcopy(rng.choice(GOLD_VALUES))  # a copy: later mutations must not reach the table
    path = tmp / "gold.jsonl"
    line = json.dumps(doc, ensure_ascii=False) if rng.random() < 0.95 else json.dumps(doc)[: rng.randint(0, 200)]
    path.write_text(line + "\n", encoding="utf-8", errors="surrogatepass")
    outcomes = []
    for read in (lambda: load_gold([path]), lambda: read_annotations(path, "govie")):
        try:
            read()
            outcomes.append("ok")
        except AnnotationError as err:
            assert str(path) in str(err), f"AnnotationError without the file: {err}"
            outcomes.append(str(err))
    assert outcomes[0] == outcomes[1], f"evaluate and train disagree: {outcomes}"


def _random_place(rng: random.Random, doc: dict) -> tuple:
    node: object = doc
    parent, key = None, None
    for _ in range(rng.randint(1, 4)):
        if isinstance(node, dict) and node:
            k = rng.choice([k for k in node if k != "text"] or [None])
        elif isinstance(node, list) and node:
            k = rng.randrange(len(node))
        else:
            break
        if k is None:
            break
        parent, key, node = node, k, node[k]
    return parent, key


REGISTRY_NAMES = ["省药品监督管理局", "省药监局", "市政府", "国务院办公厅", "省示例实验室", "发展改革委", "局", "省",
                  "人民政府", "办公室", "四川省人民政府", "市场监管总局"]


def registry_lines(rng: random.Random) -> list[str]:
    """A user registry: overrides of bundled names, one alias shared by many bodies, malformed lines."""
    lines = []
    shared = rng.choice(REGISTRY_NAMES)
    for i in range(rng.choice((1, 5, 50, 500))):
        body = {"id": f"fuzz.{i}", "name": rng.choice(REGISTRY_NAMES) + (str(i) if rng.random() < 0.5 else ""),
                "aliases": [shared] + rng.sample(REGISTRY_NAMES, 2), "kind": rng.choice(["institution", "bureau", ""]),
                "level": rng.choice(["province", "city", "national", "x"]),
                "division": rng.choice(["510000", "110000", "", "999999", "51"]), "parent": None,
                "valid_from": rng.choice([None, "2020-01-01", "9999-12-31", "2023-13-01"]), "valid_to": None}
        if rng.random() < 0.05:
            body[rng.choice(list(body))] = rng.choice(GOLD_VALUES)  # never mutated: safe to share
        line = json.dumps(body, ensure_ascii=False)
        if rng.random() < 0.01:
            line = line[: rng.randint(0, len(line))]
        lines.append(line)
    return lines


def fs_case(rng: random.Random, root: Path, n: int) -> tuple[list[str], dict]:
    """A directory of hostile files for ``govie extract``; returns the command line and what must not change."""
    import os

    case = root / f"case{n}"
    docs = case / "docs"
    docs.mkdir(parents=True)
    sample = "2023年5月18日，四川省药品监督管理局召开全省药品安全工作会议。"
    makers = [
        lambda p: p.with_suffix(".txt").write_text(sample, encoding="utf-8"),
        lambda p: p.with_suffix(".txt").write_bytes(sample.encode("gb18030")),
        lambda p: p.with_suffix(".txt").write_bytes(b"\xff\xfe" + sample.encode("utf-16-le")),
        lambda p: p.with_suffix(".txt").write_bytes(b""),
        lambda p: p.with_suffix(".txt").write_bytes(bytes(range(256)) * 4),
        lambda p: p.with_suffix(".txt").write_bytes(sample.encode("shift_jis", errors="replace")),
        lambda p: os.symlink(".", p),  # a symlink loop
        lambda p: os.symlink(p.with_name("missing"), p.with_suffix(".txt")),  # dangling
        lambda p: os.mkfifo(p.with_suffix(".txt")),
        lambda p: p.with_suffix(".txt").mkdir(),
        lambda p: (p.parent / ("=cmd|' -' " + p.name + ".txt")).write_text(sample, encoding="utf-8"),
        lambda p: (p.parent / (p.name + " \u3000名字\n.txt")).write_text(sample, encoding="utf-8"),
        lambda p: p.with_suffix(".jsonl").write_text(
            "\n".join([json.dumps({"id": 0, "text": sample}), "{bad", json.dumps({"text": sample, "reference_date": 5})]),
            encoding="utf-8"),
        lambda p: p.with_suffix(".csv").write_text('id,text\n1,"' + sample + '\n2,x\n', encoding="utf-8"),
    ]
    for i in range(rng.randint(1, 8)):
        sub = docs / rng.choice(["", "sub", "sub/deeper"])
        sub.mkdir(parents=True, exist_ok=True)
        try:
            rng.choice(makers)(sub / f"f{i}")
        except OSError:
            pass
    out = case / "out" / rng.choice(["o.jsonl", "o.csv", "o.html"])
    out.parent.mkdir()
    args = ["extract", str(docs), "--rules-only", "--keep-going", "-o", str(out)]
    if rng.random() < 0.3:
        args.insert(1, str(docs / "**" / "*.txt"))
    if rng.random() < 0.3:
        args += ["-j", "2"]
    return args, _snapshot(case, skip=out.parent)


def _snapshot(root: Path, skip: Path) -> dict:
    import os

    seen = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        if Path(dirpath) == skip:
            continue
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            if p == skip:
                continue
            st = p.lstat()
            seen[str(p)] = (st.st_mode, st.st_size, st.st_mtime_ns)
    return seen


def run_fs_case(args: list[str], before: dict, root: Path) -> None:
    """``govie extract`` over a hostile directory: an exit code, no traceback, inputs untouched."""
    import contextlib
    import io

    from govie.cli.main import main as cli_main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = cli_main(args)
        except SystemExit as exc:
            code = exc.code
    case = Path(args[args.index("-o") + 1]).parent.parent
    assert code in (0, 1, 2), f"exit code {code!r}: {err.getvalue()[-300:]}"
    assert "Traceback" not in err.getvalue(), err.getvalue()[-500:]
    assert _snapshot(case, skip=case / "out") == before, "an input file changed"


GROWTH_PIECES = ["1", "一", "、", " ", "《", "》", "第", "号", "年", "月", "日", "的", "省", "局", "会", "等", "工作", "1.",
                 "1、", "（", "）", "“", "”", "〔", "〕", ".", "%", "万", "次", "关于", "印发", "开展", "\n", "1 ", "—", "-",
                 "：", "各", "市", "县", "人民政府", "办公厅", "0.0", *ACTIVITY_SENTENCES]
GROWTH_PREFIXES = ["", "省药监局开展", "印发《", "关于"]
GROWTH_SUFFIXES = ["", "号", "》", "。", "x检查", "会议", "%", "的通知", "工作"]


def growth_probe(chars: int = 2000) -> int:
    """Runs of one piece between a prefix and a suffix, at 1x and 4x: flag > 8x time."""
    import itertools

    def cost(text: str) -> float:
        t0 = time.perf_counter()
        govie.extract(text, model=None)
        return time.perf_counter() - t0

    govie.extract("省药监局召开会议", model=None)
    flagged = 0
    shapes = list(itertools.product(GROWTH_PIECES, GROWTH_PREFIXES, GROWTH_SUFFIXES))
    for piece, pre, suf in shapes:
        k = max(1, chars // len(piece))
        a = cost(pre + piece * k + suf)
        if a < 0.004:
            continue
        b = cost(pre + piece * 4 * k + suf)
        if b > 8 * a and b > 0.1:  # measure again before flagging: the machine may be busy
            a, b = min(a, cost(pre + piece * k + suf)), min(b, cost(pre + piece * 4 * k + suf))
            if b > 8 * a:
                flagged += 1
                print(f"superlinear: {pre!r} + {piece!r} * {k} + {suf!r}: {a:.3f}s -> {b:.3f}s at 4x", flush=True)
    print(json.dumps({"growth_shapes": len(shapes), "flagged": flagged, "chars": chars}))
    return 1 if flagged else 0


# The share of each input shape (filesystem and registry cases come every --fs-every / --registry-every).
KINDS = {"mutated": 0.55, "random": 0.17, "activity": 0.05, "hostile": 0.05, "encoding": 0.10, "gold": 0.05,
         "options": 0.03}
BAD_OPTIONS = ["2023-13-45", "", " ", "2023-02-29", "0000-01-01", 20230518, 2023.5, b"2023-05-18", "\ud800",
               "火星省", "四川", "999999", "51", "四川省", None, dt.datetime(2023, 5, 18, 12), [], "9999-12-31"]


def _coded(err: BaseException) -> bool:
    """govie's own clear error for a bad option: a GovieError, or a ValueError/TypeError with an [E...] code."""
    from govie.errors import GovieError

    return isinstance(err, GovieError) or (isinstance(err, (ValueError, TypeError)) and str(err).startswith("[E"))


def run_registry_case(rng: random.Random, texts: list[str], tmp: Path, args: argparse.Namespace, fail) -> None:
    """A user registry file: a pipeline (then 10 texts through it, checked) or a RegistryError."""
    from govie.kb.registry import RegistryError

    path = tmp / "registry.jsonl"
    path.write_text("\n".join(registry_lines(rng)) + "\n", encoding="utf-8", errors="surrogatepass")
    signal.setitimer(signal.ITIMER_REAL, args.hang * 2)
    try:
        try:
            pipe = govie.Pipeline(registry=[path], model=None)
        except RegistryError:
            return
        for _ in range(10):
            text = mutate(rng, texts, args.max_len) + rng.choice(REGISTRY_NAMES) + rng.choice(ACTIVITY_SENTENCES)
            check(text, pipe(text, jurisdiction=rng.choice(["四川省", None])))
    except Hang:
        fail("registry", path.read_text(encoding="utf-8", errors="replace")[:2000], f"no result within {args.hang * 2:g}s")
    except Exception as err:  # noqa: BLE001
        fail("registry", path.read_text(encoding="utf-8", errors="replace")[:2000], err)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


class Hang(BaseException):
    """Raised by the alarm inside an extraction that takes too long."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="inputs to try")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=300, help="longest input, in characters")
    ap.add_argument("--time-limit", type=float, default=1800, help="stop after this many seconds")
    ap.add_argument("--slow", type=float, default=2.0,
                    help="report an input that takes more CPU seconds (per 2,000 characters)")
    ap.add_argument("--hang", type=float, default=30.0, help="give up on an input after this many seconds")
    ap.add_argument("--out", default="fuzz-failures.jsonl")
    ap.add_argument("--with-model", action="store_true", help="use the bundled model (default: rules only)")
    ap.add_argument("--growth", action="store_true", help="run the time-growth probe instead of fuzzing")
    ap.add_argument("--fs-every", type=int, default=500, help="a hostile directory through the CLI every N inputs (0: never)")
    ap.add_argument("--registry-every", type=int, default=1000,
                    help="a user registry file (and 10 texts through it) every N inputs (0: never)")
    args = ap.parse_args(argv)
    if args.growth:
        return growth_probe()

    def on_alarm(signum: int, frame: object) -> None:
        raise Hang

    signal.signal(signal.SIGALRM, on_alarm)
    rng = random.Random(args.seed)
    texts = load_texts()
    model: dict = {} if args.with_model else {"model": None}
    govie.extract(texts[0], **model)  # load tables (and the model) before timing anything
    failures: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    kind_seconds: Counter[str] = Counter()
    started = time.monotonic()
    slowest = (0.0, "")
    tried = 0
    import tempfile

    gold = [json.loads(line) for path in sorted((ROOT / "annotations" / "dev").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(args.out, "w", encoding="utf-8") as out, tempfile.TemporaryDirectory(prefix="govie-fuzz-") as tmp_dir:
        tmp = Path(tmp_dir)

        def fail(check_name: str, text: str, err: BaseException | str, options: dict | None = None) -> None:
            if isinstance(err, BaseException):
                tb = traceback.extract_tb(err.__traceback__)
                where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
                key = f"{check_name}: {type(err).__name__} at {where}: {str(err)[:80]}"
            else:
                key = f"{check_name}: {err}"
            failures[key] += 1
            if failures[key] <= 5:  # a few examples of each
                row = {"check": check_name, "error": key, "input": text,
                       "options": {k: str(v) for k, v in (options or {}).items()}}
                out.write(json.dumps(row, ensure_ascii=True) + "\n")
                out.flush()

        last: tuple[str, float] | None = None
        for i in range(args.n):
            now = time.perf_counter()
            if last is not None:
                kind_seconds[last[0]] += now - last[1]
            if time.monotonic() - started > args.time_limit:
                last = None
                break
            tried += 1
            if args.fs_every and i % args.fs_every == args.fs_every - 1:
                kinds["filesystem"] += 1
                last = ("filesystem", now)
                try:
                    fs_args, before = fs_case(rng, tmp, i)
                    signal.setitimer(signal.ITIMER_REAL, args.hang * 4)
                    try:
                        run_fs_case(fs_args, before, tmp)
                    finally:
                        signal.setitimer(signal.ITIMER_REAL, 0)
                except Hang:
                    fail("filesystem", " ".join(fs_args), f"no exit within {args.hang * 4:g}s")
                except Exception as err:  # noqa: BLE001
                    fail("filesystem", " ".join(fs_args), err)
                continue
            if args.registry_every and i % args.registry_every == args.registry_every // 2:
                kinds["registry"] += 1
                last = ("registry", now)
                run_registry_case(rng, texts, tmp, args, fail)
                continue
            kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
            kinds[kind] += 1
            last = (kind, now)
            if kind == "encoding":
                text = mutate(rng, texts, args.max_len)
                try:
                    check_encoding(rng, text)
                except Exception as err:  # noqa: BLE001
                    fail("encoding", text, err)
                continue
            if kind == "gold":
                try:
                    check_gold(rng, gold, tmp)
                except Exception as err:  # noqa: BLE001
                    fail("gold", "", err)
                continue
            if kind == "mutated":
                text = mutate(rng, texts, args.max_len)
            elif kind == "activity":
                text = activity_run(rng, args.max_len)
            elif kind == "hostile":
                text = "".join(rng.choice(NOISE) for _ in range(rng.randint(1, 20)))
                text = text + mutate(rng, texts, 60) + text[::-1]
            else:
                text = random_text(rng, args.max_len)
            options: dict = {}
            if kind == "options":
                options = {rng.choice(["reference_date", "jurisdiction"]): rng.choice(BAD_OPTIONS)}
            elif rng.random() < 0.1:  # explicit options, the calendar's ends included
                options["reference_date"] = rng.choice(REFERENCE_DATES) if rng.random() < 0.5 else (
                    dt.date(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28)))
            if kind != "options" and rng.random() < 0.05:
                options["jurisdiction"] = rng.choice(["四川省", "北京市", "新疆维吾尔自治区", "510100", None])
            cpu0 = time.process_time()
            signal.setitimer(signal.ITIMER_REAL, args.hang)
            try:
                result = govie.extract(text, **model, **options)
            except Hang:
                fail("hang", text, f"no result within {args.hang:g}s", options)
                continue
            except Exception as err:  # noqa: BLE001 - every exception is a finding
                if not (kind == "options" and _coded(err)):
                    fail("extract", text, err, options)
                continue
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            # CPU seconds: on a shared machine at nice 10 the wall clock says more about the neighbours.
            elapsed = time.process_time() - cpu0
            if elapsed > slowest[0]:
                slowest = (elapsed, text)
            if elapsed > args.slow * max(1, len(text) / 2000):
                fail("time", text, f"{elapsed:.2f} CPU s for {len(text)} characters", options)
            try:
                check(text, result)
            except Exception as err:  # noqa: BLE001
                fail("contract", text, err, options)
            if i % 50 == 0:
                try:
                    again = govie.extract(text, **model, **options)
                    if again.to_dict() != result.to_dict():
                        fail("deterministic", text, "two runs differ")
                except Exception as err:  # noqa: BLE001
                    fail("deterministic", text, err)
            if i % 200 == 0:
                batch = [text, mutate(rng, texts, args.max_len), text[: len(text) // 2]]
                try:
                    alone = [govie.extract(t, **model).to_dict() for t in batch]
                    together = [r.to_dict() for r in govie.extract_many(batch, **model, batch_size=2)]
                    if alone != together:
                        fail("batch", text, "batch differs from alone")
                except Exception as err:  # noqa: BLE001
                    fail("batch", text, err)
            if tried % 10_000 == 0:
                print(f"{tried} inputs, {sum(failures.values())} failures, "
                      f"{time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)

        if last is not None:
            kind_seconds[last[0]] += time.perf_counter() - last[1]
    total = time.monotonic() - started
    summary = {
        "inputs": tried,
        "by_kind": dict(kinds),
        "seconds_by_kind": {k: round(v, 1) for k, v in kind_seconds.items()},
        "seconds": round(total, 1),
        "failures": sum(failures.values()),
        "distinct_failures": len(failures),
        "slowest_cpu_seconds": round(slowest[0], 3),
        "slowest_length": len(slowest[1]),
        "seed": args.seed,
        "max_len": args.max_len,
        "model": "bundled" if args.with_model else None,
    }
    print(json.dumps(summary, ensure_ascii=False), flush=True)
    for key, count in failures.most_common():
        print(f"{count:7d}  {key}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
