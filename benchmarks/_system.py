"""Measure one system in a fresh process (run by benchmarks/run.py).

    python benchmarks/_system.py SYSTEM CORPUS.json RUNS

Prints one JSON object on the last line of stdout: import and load time,
the time of each pass over the corpus, and the peak RSS of this process.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

PARALLEL_REPEAT = 3
SHORT = "2023年5月18日，四川省药品监督管理局召开全省药品安全工作会议。"


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _rss_mb() -> float:
    # ru_maxrss is in kB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _setup(system: str, dev: str) -> tuple[Callable[[str], Any], float, float, str]:
    """Import the system, load it, and return (run one text, import s, load s, note)."""
    note = ""
    t0, c0 = time.perf_counter(), time.process_time()
    if system in ("govie-rules", "govie-default"):
        import govie

        t1 = time.perf_counter()
        if system == "govie-rules":
            fn = lambda text: govie.extract(text, model=None)  # noqa: E731
        else:
            from govie.model import default_model_path

            if default_model_path() is None:
                note = "no bundled model in govie/models/default: rules only"
            fn = govie.extract
        fn(dev)  # the first extract() loads registry, lexicons and model
    elif system == "jieba.posseg":
        import jieba
        import jieba.posseg as pseg

        jieba.setLogLevel(60)
        t1 = time.perf_counter()
        fn = lambda text: list(pseg.cut(text, HMM=True))  # noqa: E731
        fn(SHORT)  # builds the prefix dictionary
    elif system == "pkuseg":
        import pkuseg

        t1 = time.perf_counter()
        seg = pkuseg.pkuseg()  # default model (mixed domain)
        fn = seg.cut
        fn(SHORT)
    elif system == "jionlp.time":
        import jionlp

        t1 = time.perf_counter()
        fn = jionlp.ner.extract_time
        fn(SHORT)
    else:
        raise SystemExit(f"unknown system {system}")
    t2 = time.perf_counter()
    _CPU["import_load_cpu_s"] = time.process_time() - c0
    return fn, t1 - t0, t2 - t1, note


_CPU: dict[str, float] = {}


def measure(system: str, texts: list[str], runs: int, dev: str) -> dict[str, Any]:
    base = _rss_mb()
    fn, import_s, load_s, note = _setup(system, dev)
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    chars = sum(len(t) for t in texts)
    return {
        "system": system,
        "import_s": import_s,
        "load_s": load_s,
        "import_load_cpu_s": _CPU["import_load_cpu_s"],
        "times": times,
        "chars": chars,
        "docs": len(texts),
        "chars_per_s": chars / statistics.median(times),
        "cpu_times": cpu,
        "chars_per_cpu_s": chars / statistics.median(cpu),
        "peak_rss_mb": _rss_mb(),
        "base_rss_mb": base,
        "note": note,
    }


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def _probe() -> float:
    """What two processes give on this machine now: a pure-Python CPU loop, 1 vs 2 processes."""
    import multiprocessing as mp

    jobs = [1_000_000] * 8
    t0 = time.perf_counter()
    for n in jobs:
        _spin(n)
    one = time.perf_counter() - t0
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    with mp.get_context(method).Pool(2) as pool:
        t0 = time.perf_counter()
        pool.map(_spin, jobs, chunksize=1)
        two = time.perf_counter() - t0
    return one / two


def measure_parallel(texts: list[str], runs: int, dev: str) -> dict[str, Any]:
    """govie rules-only through extract_many with one and with two processes."""
    import govie

    govie.extract(dev, model=None)  # load in the parent: forked workers share it
    texts = texts * PARALLEL_REPEAT  # enough work to outweigh starting the pool
    one, two = [], []
    cpu_1, parent_2, children_2, probes = [], [], [], []
    same = True
    for _ in range(runs):
        probes.append(_probe())
        # Timed: the results as Extraction objects; compared after the clock stops.
        t0, p0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        r1 = list(govie.extract_many(texts, n_process=1, model=None))
        one.append(time.perf_counter() - t0)
        cpu_1.append(_cpu(resource.RUSAGE_SELF) - p0)
        t0, p0, c0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        r2 = list(govie.extract_many(iter(texts), n_process=2, model=None))
        two.append(time.perf_counter() - t0)
        parent_2.append(_cpu(resource.RUSAGE_SELF) - p0)
        children_2.append(_cpu(resource.RUSAGE_CHILDREN) - c0)
        same = same and [r.to_dict() for r in r1] == [r.to_dict() for r in r2]
        del r1, r2
    chars = sum(len(t) for t in texts)
    return {
        "system": "govie-rules-parallel",
        "times_1": one,
        "times_2": two,
        "chars": chars,
        "speedup": statistics.median(one) / statistics.median(two),
        "cpu_1": cpu_1,
        "probe_speedups": probes,
        "probe_speedup": statistics.median(probes),
        "parent_cpu_2": parent_2,
        "children_cpu_2": children_2,
        # CPU seconds of work with two processes over one: 1.0 means no overhead.
        "cpu_overhead": (statistics.median(parent_2) + statistics.median(children_2)) / statistics.median(cpu_1),
        # What two otherwise idle cores would give: the workers split the work, the parent overlaps.
        "speedup_idle_estimate": statistics.median(cpu_1)
        / max(statistics.median(children_2) / 2, statistics.median(parent_2)),
        "identical": same,
        "peak_rss_mb": _rss_mb(),
    }


def main() -> None:
    system, corpus_path, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    data = json.loads(corpus_path.read_text(encoding="utf-8"))
    texts, dev = data["texts"], data["dev"]
    if runs == 0:  # run.py's warm-up: import and load only (writes the bytecode of what is imported)
        _setup(system, dev)
        out: dict[str, Any] = {"warm": system}
    elif system == "govie-rules-parallel":
        out = measure_parallel(texts, runs, dev)
    else:
        out = measure(system, texts, runs, dev)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
