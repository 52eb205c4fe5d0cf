"""govie against its peers: throughput, memory, load time, growth, parallel speed-up.

    python benchmarks/run.py                 # everything, writes benchmarks/results/benchmark.md
    python benchmarks/run.py --runs 5 --skip-growth

Each system is measured in its own subprocess (so peak RSS and import time are its
own), over the same corpus, in the same run; ratios are to jieba.posseg (HMM on)
measured in that run. Peers are benchmark-only dependencies: pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _corpus import corpus, dev_report  # noqa: E402

SYSTEMS = ["jieba.posseg", "govie-rules", "govie-default", "pkuseg", "jionlp.time"]
LABELS = {
    "jieba.posseg": "jieba.posseg (HMM on)",
    "govie-rules": "govie rules-only (`model=None`)",
    "govie-default": "govie default (bundled model)",
    "pkuseg": "pkuseg (default model)",
    "jionlp.time": "JioNLP `ner.extract_time`",
}
SIZES = {"10kB": 10_000, "100kB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000}


# Where the children keep the bytecode of this checkout (set by main).
_PYCACHE: list[str] = []


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED="0", TOKENIZERS_PARALLELISM="false")
    # The govie of this checkout, installed or not.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE.parent), env.get("PYTHONPATH")) if p)
    if _PYCACHE:
        # Its bytecode compiled beforehand, as an installed package has it (pip compiles at
        # install; the peers' are in site-packages): under PYTHONDONTWRITEBYTECODE every child
        # would otherwise compile govie's source again, about 0.35 s of its first call.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _PYCACHE[0]
    return env


def _compile_checkout() -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(HERE.parent / "govie")], env=_env(),
                   capture_output=True, timeout=600)


def _child(args: list[str], timeout: float) -> dict[str, Any]:
    env = _env()
    proc = subprocess.run(
        [sys.executable, *args], cwd=HERE, env=env, capture_output=True, text=True, timeout=timeout
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": last[:200]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _load() -> str:
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "n/a"


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(pkg: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(pkg)
    except PackageNotFoundError:
        return "not installed"


def _fmt_ratio(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}×"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3, help="passes over the corpus per system (median taken)")
    ap.add_argument("--repeat-dev", type=int, default=20, help="copies of the dev report in the corpus")
    ap.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset")
    ap.add_argument("--skip-parallel", action="store_true")
    ap.add_argument("--skip-growth", action="store_true")
    ap.add_argument("--growth-sizes", default=",".join(SIZES), help="subset of " + ",".join(SIZES))
    ap.add_argument("--out", default=str(HERE / "results" / "benchmark.md"))
    args = ap.parse_args(argv)
    command = "python benchmarks/run.py" + ("" if argv is None and len(sys.argv) == 1 else " " + " ".join(argv if argv is not None else sys.argv[1:]))

    texts = corpus(args.repeat_dev)
    started = dt.datetime.now(dt.timezone.utc)
    load_before = _load()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus_file = Path(tmp) / "corpus.json"
        corpus_file.write_text(json.dumps({"texts": texts, "dev": dev_report()}, ensure_ascii=False), encoding="utf-8")
        _PYCACHE[:] = [str(Path(tmp) / "pycache")]
        _compile_checkout()
        for system in args.systems.split(","):
            # The prefix holds every module's bytecode, the peers' and numpy's too (Python reads no
            # site-packages __pycache__ under a prefix): one import and load beforehand writes it,
            # else a child compiles its libraries from source (numpy and msgpack: about 0.3 s of
            # govie-default's first call, jieba's of jieba.posseg's).
            _child(["_system.py", system, str(corpus_file), "0"], timeout=600)
            print(f"[bench] {system} …", file=sys.stderr, flush=True)
            results[system] = _child(["_system.py", system, str(corpus_file), str(args.runs)], timeout=3600)
            print(f"[bench] {system}: {json.dumps(results[system])[:300]}", file=sys.stderr, flush=True)
        parallel = None
        if not args.skip_parallel:
            print("[bench] extract_many n_process=1 vs 2 …", file=sys.stderr, flush=True)
            parallel = _child(["_system.py", "govie-rules-parallel", str(corpus_file), str(args.runs)], timeout=3600)
            print(f"[bench] parallel: {parallel}", file=sys.stderr, flush=True)
    growth: list[dict[str, Any]] = []
    if not args.skip_growth:
        growth_systems = ["govie-rules"]
        if "error" not in results.get("govie-default", {"error": 1}) and not results["govie-default"].get("note"):
            growth_systems.append("govie-default")
        for system in growth_systems:
            for name in args.growth_sizes.split(","):
                print(f"[bench] growth {system} {name} …", file=sys.stderr, flush=True)
                row = _child(["_growth.py", system, str(SIZES[name])], timeout=3600)
                row["size"] = name
                row.setdefault("system", system)
                growth.append(row)
                print(f"[bench] growth: {row}", file=sys.stderr, flush=True)
    finished = dt.datetime.now(dt.timezone.utc)
    md = _report(args, command, texts, results, parallel, growth, started, finished, load_before, _load())
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md, encoding="utf-8")
    (out.with_suffix(".json")).write_text(
        json.dumps({"results": results, "parallel": parallel, "growth": growth}, indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    print(md)
    return 0


def _report(args, command, texts, results, parallel, growth, started, finished, load_before, load_after) -> str:
    chars = sum(len(t) for t in texts)
    ref = results.get("jieba.posseg", {})
    ref_ok = "error" not in ref and ref
    lines = [
        "# govie benchmark",
        "",
        f"Made by `{command}` ({started:%Y-%m-%d %H:%M}–{finished:%H:%M} UTC).",
        "",
        f"- Corpus: {len(texts)} documents, {chars:,} characters — corpora/work-reports-2026/*.csv (full_text), "
        f"corpora/state-council-work-reports/government_work_reports.jsonl (content), "
        f"and corpora/weekly-report-2023-17.txt × {args.repeat_dev}.",
        f"- Machine: {os.cpu_count()} cores ({_cpu()}), shared with other jobs; load average "
        f"{load_before} before, {load_after} after (1/5/15 min). Python {platform.python_version()}.",
        f"- Versions: govie {_version('govie')}, jieba {_version('jieba')}, pkuseg {_version('pkuseg')}, "
        f"jionlp {_version('jionlp')}, spacy {_version('spacy')}.",
        f"- Each system runs in its own subprocess: import, load (first call; for govie the first "
        f"`extract()` of the dev report; the bytecode of every system and library written beforehand by one import and load, as an installed package has it), "
        f"then {args.runs} passes over the corpus one document at a time; "
        "chars/s is the median pass (wall clock); chars/CPU-s uses the process's CPU time of the median "
        "CPU pass, which a busy shared machine disturbs less. Peak RSS is the subprocess's `ru_maxrss` (it includes the corpus, "
        "held as Python strings: see the baseline column). Ratios are to jieba.posseg in this run.",
        "",
        "| system | chars/s | × jieba | chars/CPU-s | × jieba | import s | load s | import+load × jieba | peak RSS MB | × jieba | baseline RSS MB | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for system, r in results.items():
        label = LABELS.get(system, system)
        if "error" in r:
            lines.append(f"| {label} | — | — | — | — | — | — | — | — | — | — | not run: {r['error']} |")
            continue
        x_speed = r["chars_per_s"] / ref["chars_per_s"] if ref_ok else None
        x_cpu = r["chars_per_cpu_s"] / ref["chars_per_cpu_s"] if ref_ok else None
        x_load = (r["import_s"] + r["load_s"]) / (ref["import_s"] + ref["load_s"]) if ref_ok else None
        x_rss = r["peak_rss_mb"] / ref["peak_rss_mb"] if ref_ok else None
        lines.append(
            f"| {label} | {r['chars_per_s']:,.0f} | {_fmt_ratio(x_speed)} | {r['chars_per_cpu_s']:,.0f} | {_fmt_ratio(x_cpu)} "
            f"| {r['import_s']:.2f} | {r['load_s']:.2f} "
            f"| {_fmt_ratio(x_load)} | {r['peak_rss_mb']:.0f} | {_fmt_ratio(x_rss)} | {r['base_rss_mb']:.0f} | {r.get('note', '')} |"
        )
    lines.append("")
    lines.append("Pass times (s): " + "; ".join(
        f"{s}: " + ", ".join(f"{t:.1f}" for t in r["times"]) for s, r in results.items() if "times" in r
    ) + ".")
    if parallel is not None:
        lines += [
            "",
            "## Parallel: `govie.extract_many(texts, model=None, n_process=…)`",
            "",
            "The corpus three times over, as one stream; default `batch_size=8`; the pipeline loaded in the "
            "parent before the pool forks.",
            "",
        ]
        if "error" in parallel:
            lines.append(f"not run: {parallel['error']}")
        else:
            m1, m2 = statistics.median(parallel["times_1"]), statistics.median(parallel["times_2"])
            lines += [
                "| n_process | median s | chars/s | speed-up |",
                "| ---: | ---: | ---: | ---: |",
                f"| 1 | {m1:.1f} | {parallel['chars'] / m1:,.0f} | 1.00× |",
                f"| 2 | {m2:.1f} | {parallel['chars'] / m2:,.0f} | {parallel['speedup']:.2f}× |",
                "",
                f"Results identical and in input order: {'yes' if parallel['identical'] else 'NO'}. "
                f"Runs (1 / 2 processes, s): {', '.join(f'{t:.1f}' for t in parallel['times_1'])} / "
                f"{', '.join(f'{t:.1f}' for t in parallel['times_2'])}. Pool start-up is included.",
                "",
                f"CPU seconds (median): one process {statistics.median(parallel['cpu_1']):.2f}; two processes "
                f"{statistics.median(parallel['children_cpu_2']):.2f} in the workers + "
                f"{statistics.median(parallel['parent_cpu_2']):.2f} in the parent "
                f"(work ×{parallel['cpu_overhead']:.2f} of one process). On two otherwise idle cores that is a "
                f"speed-up of about {parallel['speedup_idle_estimate']:.2f}× (estimate: one-process CPU over the "
                "larger of half the workers' CPU and the parent's CPU); the measured wall-clock speed-up above is what "
                "this shared machine gave.",
                "",
                f"Machine probe in the same run (a pure-Python CPU loop, 1 vs 2 processes, before each pair): "
                f"{parallel['probe_speedup']:.2f}× (runs: {', '.join(f'{x:.2f}' for x in parallel['probe_speedups'])}); "
                f"govie's speed-up relative to what the machine gave: {parallel['speedup'] / parallel['probe_speedup']:.2f}.",
            ]
    if growth:
        lines += [
            "",
            "## Growth: one document of increasing size",
            "",
            "Each size is a single document (work reports joined by line breaks) measured in its own "
            "subprocess after the pipeline is loaded; seconds are the median of 5 (≤100 kB), 3 (1 MB) or 1 (10 MB) "
            "extractions. ΔRSS is peak RSS minus RSS before extracting. ×prev is the ratio to the next smaller size "
            "(10× the text: linear growth gives about 10×).",
            "",
            "| system | size | chars | s | chars/s | s ×prev | ΔRSS MB | ΔRSS ×prev | entities |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        prev: dict[str, dict[str, Any]] = {}
        for g in growth:
            if "error" in g:
                lines.append(f"| {g['system']} | {g['size']} | — | — | — | — | — | — | not run: {g['error']} |")
                continue
            p = prev.get(g["system"])
            drss = g["peak_rss_mb"] - g["base_rss_mb"]
            t_ratio = f"{g['seconds'] / p['seconds']:.1f}×" if p else "—"
            pd = p["peak_rss_mb"] - p["base_rss_mb"] if p else 0
            r_ratio = f"{drss / pd:.1f}×" if p and pd > 1 else "—"
            lines.append(
                f"| {g['system']} | {g['size']} | {g['chars']:,} | {g['seconds']:.2f} | {g['chars'] / g['seconds']:,.0f} "
                f"| {t_ratio} | {drss:.0f} | {r_ratio} | {g['entities']:,} |"
            )
            prev[g["system"]] = g
    lines += ["", "## Targets", ""] + _targets(results, parallel)
    return "\n".join(lines) + "\n"


def _targets(results, parallel) -> list[str]:
    ref = results.get("jieba.posseg", {})
    out = []

    def row(name: str, ok: bool | None, value: str) -> None:
        out.append(f"| {name} | {value} | {'met' if ok else ('not measured' if ok is None else 'NOT met')} |")

    out += ["| target | measured | status |", "| --- | --- | --- |"]
    rules, default = results.get("govie-rules", {}), results.get("govie-default", {})
    if "chars_per_s" in ref and "chars_per_s" in rules:
        x = rules["chars_per_s"] / ref["chars_per_s"]
        c = rules["chars_per_cpu_s"] / ref["chars_per_cpu_s"]
        row("rules-only throughput ≥ 10× jieba.posseg", x >= 10, f"{x:.2f}× wall ({c:.2f}× CPU)")
    if "chars_per_s" in ref and "chars_per_s" in default:
        x = default["chars_per_s"] / ref["chars_per_s"]
        c = default["chars_per_cpu_s"] / ref["chars_per_cpu_s"]
        note = " — no bundled model yet: rules only" if default.get("note") else ""
        row("default throughput ≥ 1.0× jieba.posseg", x >= 1.0, f"{x:.2f}× wall ({c:.2f}× CPU){note}")
    if "peak_rss_mb" in default:
        row("default peak RSS ≤ 300 MB", default["peak_rss_mb"] <= 300, f"{default['peak_rss_mb']:.0f} MB")
        t = default["import_s"] + default["load_s"]
        cpu = default.get("import_load_cpu_s")
        extra = f" ({cpu:.2f} s CPU)" if cpu is not None else ""
        row("`import govie` + first `extract()` ≤ 1.5 s (default)", t <= 1.5, f"{t:.2f} s wall{extra}")
    if "import_s" in rules:
        t = rules["import_s"] + rules["load_s"]
        cpu = rules.get("import_load_cpu_s")
        extra = f" ({cpu:.2f} s CPU)" if cpu is not None else ""
        row("`import govie` + first `extract(model=None)` ≤ 1.5 s", t <= 1.5, f"{t:.2f} s wall{extra}")
    if parallel and "speedup" in parallel:
        row(
            "extract_many n_process=2 ≥ 1.7× one process, identical, ordered",
            parallel["speedup"] >= 1.7 and parallel["identical"],
            f"{parallel['speedup']:.2f}× wall while a CPU probe got {parallel.get('probe_speedup', 0):.2f}× "
            f"(idle-core estimate {parallel.get('speedup_idle_estimate', 0):.2f}×), "
            f"identical and ordered: {parallel['identical']}",
        )
    return out


if __name__ == "__main__":
    raise SystemExit(main())
