"""Side-by-side: govie's DATE tagger and JioNLP's extract_time on the gold case table.

    pip install jionlp   # benchmark only; govie does not depend on it
    python benchmarks/dates_vs_jionlp.py [--dev GOLD.jsonl] [--corpus DIR]

Both systems get the same text and reference date. Spans count when (start, end)
match the gold exactly. Values are compared as day intervals, so that govie's
``2023-05`` and JioNLP's ``['2023-05-01 00:00:00', '2023-05-31 23:59:59']`` are
the same value; open ends are ``inf``; a gold null is matched only by no value.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import time
from pathlib import Path

from govie.types import Context
from govie.taggers.dates import tag_dates

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "date_cases.jsonl"

Interval = tuple[str, str] | None


def _lo(iso: str) -> str | None:
    parts = iso.split("-")
    if "X" in iso or not parts[0].isdigit():
        return None
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return iso


def _hi(iso: str) -> str | None:
    parts = iso.split("-")
    if "X" in iso or not parts[0].isdigit():
        return None
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return iso


def govie_interval(value: str | None) -> Interval:
    """A govie/gold value as (first day, last day); None when there is no value."""
    if value is None:
        return None
    a, _, b = value.partition("/")
    if not b:
        b = a if "/" not in value else ""
    lo = _lo(a)
    hi = "inf" if b in ("..", "") else _hi(b)
    if lo is None or hi is None:
        return None
    return lo, hi


def jio_interval(detail: dict | None) -> Interval:
    if not detail or not detail.get("time"):
        return None
    t = detail["time"]
    if isinstance(t, dict):  # durations and periodic times have no interval
        return None
    lo = "-inf" if t[0] == "inf" else str(t[0])[:10]
    hi = "inf" if t[1] == "inf" else str(t[1])[:10]
    return lo, hi


def run_govie(case: dict) -> list[tuple[int, int, Interval]]:
    ref = case.get("reference_date")
    period = case.get("period")
    ctx = Context(
        reference_date=dt.date.fromisoformat(ref) if ref else None,
        period=(dt.date.fromisoformat(period[0]), dt.date.fromisoformat(period[1])) if period else None,
    )
    return [(m.start, m.end, govie_interval(m.attrs["value"])) for m in tag_dates(case["text"], ctx)]


def run_jio(jio, case: dict) -> list[tuple[int, int, Interval]]:
    ref = case.get("reference_date") or "2000-01-01"  # JioNLP needs some base time
    base = time.mktime(dt.date.fromisoformat(ref).timetuple())
    out = []
    try:
        found = jio.ner.extract_time(case["text"], time_base=base, with_parsing=True)
    except Exception:  # noqa: BLE001 - a crash on one sentence counts as nothing found
        found = []
    for f in found:
        s, e = f["offset"]
        out.append((s, e, jio_interval(f.get("detail"))))
    return out


def score(cases: list[dict], predict) -> dict:
    tp = n_pred = n_gold = value_ok = 0
    t0 = time.perf_counter()
    preds = [predict(c) for c in cases]
    secs = time.perf_counter() - t0
    for case, pred in zip(cases, preds):
        gold = {(d["start"], d["end"]): govie_interval(d["value"]) for d in case["dates"]}
        got = {(s, e): v for s, e, v in pred}
        n_pred += len(got)
        n_gold += len(gold)
        for k, v in gold.items():
            if k in got:
                tp += 1
                value_ok += got[k] == v
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    chars = sum(len(c["text"]) for c in cases)
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "value_accuracy_on_gold": round(value_ok / n_gold, 3) if n_gold else 0.0,
        "value_accuracy_on_matched": round(value_ok / tp, 3) if tp else 0.0,
        "seconds": round(secs, 3),
        "chars_per_second": int(chars / secs) if secs else None,
    }


def corpus_speed(directory: Path, predict_text) -> dict:
    """Throughput on the 2026 work reports (full_text column), reference 2026-01-27."""
    import csv

    csv.field_size_limit(1 << 30)
    texts = []
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8-sig") as fh:
            texts += [row["full_text"] for row in csv.DictReader(fh)]
    t0 = time.perf_counter()
    n = sum(len(predict_text(t)) for t in texts)
    secs = time.perf_counter() - t0
    chars = sum(map(len, texts))
    return {"chars": chars, "mentions": n, "seconds": round(secs, 2), "chars_per_second": int(chars / secs)}


def dev_cases(path: Path) -> list[dict]:
    """Gold documents as cases on their normalized text, with gold DATE offsets mapped there.

    Every gold span whose start and end both survive normalization is kept.
    """
    from govie.text.normalize import normalize

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        nt = normalize(doc["text"])
        first = {o: i for i, o in reversed(list(enumerate(nt.index)))}
        last = {o: i for i, o in enumerate(nt.index)}
        dates = []
        for e in doc["entities"]:
            if e["label"] == "DATE" and e["start"] in first and e["end"] - 1 in last:
                s, t = first[e["start"]], last[e["end"] - 1] + 1
                dates.append({"text": nt.text[s:t], "start": s, "end": t, "value": e.get("value")})
        out.append(
            {
                "id": doc["id"],
                "text": nt.text,
                "reference_date": doc.get("reference_date"),
                "period": doc.get("period") or ["2023-05-04", "2023-05-12"],
                "dates": dates,
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--corpus", type=Path, help="folder of work-report CSVs for a throughput run")
    ap.add_argument("--dev", type=Path, help="gold JSONL documents (e.g. shared/dev/*.jsonl) to score as well")
    args = ap.parse_args()
    cases = [json.loads(x) for x in args.cases.read_text(encoding="utf-8").splitlines() if x.strip()]
    report = {"cases": len(cases), "gold_dates": sum(len(c["dates"]) for c in cases)}
    report["govie"] = score(cases, run_govie)
    try:
        import jionlp as jio
    except ImportError:
        report["jionlp"] = "not installed (pip install jionlp)"
        jio = None
    if jio is not None:
        report["jionlp"] = score(cases, lambda c: run_jio(jio, c))
    if args.dev:
        dev = dev_cases(args.dev)
        report["dev_govie"] = score(dev, run_govie)
        if jio is not None:
            report["dev_jionlp"] = score(dev, lambda c: run_jio(jio, c))
    if args.corpus:
        ref = dt.date(2026, 1, 27)
        base = time.mktime(ref.timetuple())
        report["corpus_govie"] = corpus_speed(args.corpus, lambda t: tag_dates(t, Context(reference_date=ref)))
        if jio is not None:
            report["corpus_jionlp"] = corpus_speed(
                args.corpus, lambda t: jio.ner.extract_time(t, time_base=base, with_parsing=True)
            )
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
