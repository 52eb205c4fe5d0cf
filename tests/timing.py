"""Growth checks: the best of several runs, since CI machines may be busy."""

from __future__ import annotations

import gc
import time
from typing import Any, Callable


def best_time(fn: Callable[..., Any], *args: Any, repeat: int = 3) -> float:
    # The cyclic collector's full passes scale with everything the test session keeps
    # alive, not with the code measured: a late test would see growth that is not its own.
    # CPU time, not wall time: other processes on a busy machine slow the wall clock of a run
    # (a 0.1 s bound failed at 0.113 s while eight developers shared two cores).
    best = float("inf")
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            t = time.process_time()
            fn(*args)
            best = min(best, time.process_time() - t)
    finally:
        if enabled:
            gc.enable()
    return best
