"""Time and memory of one long document (run by benchmarks/run.py).

    python benchmarks/_growth.py SYSTEM N_BYTES [oneline]

SYSTEM is govie-rules or govie-default. Prints one JSON object: characters,
seconds (median of the repetitions), peak RSS before and after extraction.
With ``oneline`` the line breaks are removed: one paragraph of N bytes, the
worst case for any step that scans back to the previous line.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time

from _corpus import dev_report, long_document


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    system, n_bytes = sys.argv[1], int(sys.argv[2])
    import govie

    model = None if system == "govie-rules" else govie.BUNDLED_MODEL
    text = long_document(n_bytes)
    if len(sys.argv) > 3 and sys.argv[3] == "oneline":
        text = text.replace("\n", "")
    govie.extract(dev_report(), model=model)  # load everything first
    base = _rss_mb()
    # Short documents are repeated for a stable median; the longest run once.
    reps = 5 if n_bytes <= 200_000 else (3 if n_bytes <= 2_000_000 else 1)
    times = []
    n_ents = 0
    for _ in range(reps):
        t0 = time.perf_counter()
        result = govie.extract(text, model=model)
        times.append(time.perf_counter() - t0)
        n_ents = len(result.entities)
        del result
    print(
        json.dumps(
            {
                "system": system,
                "bytes": len(text.encode("utf-8")),
                "chars": len(text),
                "seconds": statistics.median(times),
                "entities": n_ents,
                "base_rss_mb": base,
                "peak_rss_mb": _rss_mb(),
            }
        )
    )


if __name__ == "__main__":
    main()
