"""Many documents: ``extract_many`` streams texts through one or several processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from typing import Any

from .extraction import Extraction

__all__ = ["extract_many"]

_WORKER_OPTIONS: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    _WORKER_OPTIONS.clear()
    _WORKER_OPTIONS.update(options)


def _work(text: str) -> Extraction:
    from . import extract

    return extract(text, **_WORKER_OPTIONS)


def extract_many(
    texts: Iterable[str],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    **options: Any,
) -> Iterator[Extraction]:
    """Yield one ``Extraction`` per text, in input order.

    ``texts`` may be any iterable (a generator is consumed lazily); with
    ``n_process > 1`` documents are spread over worker processes, each of
    which loads the pipeline once. ``options`` are passed to ``extract``.
    """
    if n_process < 1:
        raise ValueError(f"[E108] n_process must be at least 1, got {n_process}")
    if n_process == 1:
        from . import extract

        for text in texts:
            yield extract(text, **options)
        return
    # fork shares the loaded registry and model pages with the workers.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    ctx = mp.get_context(method)
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_work, texts, chunksize=batch_size)
