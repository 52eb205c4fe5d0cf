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
checked for determinism and every 200th for batch = alone. Failures are
written to ``--out`` one JSON line each (input, check, error) and summarised
on stderr; the exit status is 1 when anything failed.
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
]
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


GROWTH_PIECES = ["1", "一", "、", " ", "《", "》", "第", "号", "年", "月", "日", "的", "省", "局", "会", "等", "工作", "1.",
                 "1、", "（", "）", "“", "”", "〔", "〕", ".", "%", "万", "次", "关于", "印发", "开展", "\n", "1 ", "—", "-",
                 "：", "各", "市", "县", "人民政府", "办公厅", "0.0"]
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


class Hang(BaseException):
    """Raised by the alarm inside an extraction that takes too long."""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="inputs to try")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=300, help="longest input, in characters")
    ap.add_argument("--time-limit", type=float, default=1800, help="stop after this many seconds")
    ap.add_argument("--slow", type=float, default=2.0, help="report an input that takes longer (seconds)")
    ap.add_argument("--hang", type=float, default=30.0, help="give up on an input after this many seconds")
    ap.add_argument("--out", default="fuzz-failures.jsonl")
    ap.add_argument("--with-model", action="store_true", help="use the bundled model (default: rules only)")
    ap.add_argument("--growth", action="store_true", help="run the time-growth probe instead of fuzzing")
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
    started = time.monotonic()
    slowest = (0.0, "")
    tried = 0
    with open(args.out, "w", encoding="utf-8") as out:

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

        for i in range(args.n):
            if time.monotonic() - started > args.time_limit:
                break
            kind = "mutated" if rng.random() < 0.75 else "random"
            text = mutate(rng, texts, args.max_len) if kind == "mutated" else random_text(rng, args.max_len)
            kinds[kind] += 1
            tried += 1
            options: dict = {}
            if rng.random() < 0.1:  # explicit options, the calendar's ends included
                options["reference_date"] = rng.choice(REFERENCE_DATES) if rng.random() < 0.5 else (
                    dt.date(rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28)))
            if rng.random() < 0.05:
                options["jurisdiction"] = rng.choice(["四川省", "北京市", "新疆维吾尔自治区", "", "火星", "\ud800"])
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, args.hang)
            try:
                result = govie.extract(text, **model, **options)
            except Hang:
                fail("hang", text, f"no result within {args.hang:g}s", options)
                continue
            except Exception as err:  # noqa: BLE001 - every exception is a finding
                fail("extract", text, err, options)
                continue
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            elapsed = time.perf_counter() - t0
            if elapsed > slowest[0]:
                slowest = (elapsed, text)
            if elapsed > args.slow:
                fail("time", text, f"{elapsed:.2f}s for {len(text)} characters", options)
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

    total = time.monotonic() - started
    summary = {
        "inputs": tried,
        "by_kind": dict(kinds),
        "seconds": round(total, 1),
        "failures": sum(failures.values()),
        "distinct_failures": len(failures),
        "slowest_seconds": round(slowest[0], 3),
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
