"""Growth checks: the best of several runs, since CI machines may be busy."""

from __future__ import annotations

import time
from typing import Any, Callable


def best_time(fn: Callable[..., Any], *args: Any, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t)
    return best
