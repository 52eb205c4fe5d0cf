"""Many documents: ``extract_many`` streams texts through one or several processes,
and ``write_jsonl`` / ``write_parquet`` stream the results to disk.

>>> for result in govie.extract_many(texts, n_process=2, model=None):
...     ...
>>> govie.batch.write_jsonl(govie.extract_many(texts), "out.jsonl")

Input is consumed lazily and at most ``2 * n_process`` batches are in flight,
so a generator over millions of documents runs in bounded memory; results come
back in input order, identical to ``govie.extract`` on each text.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from govie.types import Activity, Entity, Extraction

__all__ = ["extract_many", "write_jsonl", "write_parquet", "read_parquet"]

_WORKER_OPTIONS: dict[str, Any] = {}
# A short document that makes the first extract() load registry, lexicons and model.
_WARM_UP = "2023年5月18日，四川省药品监督管理局召开全省药品安全工作会议。"


def warm_up(options: dict[str, Any]) -> None:
    from govie.pipeline import extract

    extract(_WARM_UP, **options)


def _init_worker(options: dict[str, Any]) -> None:
    _WORKER_OPTIONS.clear()
    _WORKER_OPTIONS.update(options)
    warm_up(options)  # a no-op after fork from a loaded parent; loads once per spawned worker


def _strip(result: Extraction) -> tuple[list[Entity], list[Activity], dict[str, Any]]:
    # The parent has the text: do not send it back through the pipe.
    return result.entities, result.activities, result.meta


def _work_batch(texts: list[str]) -> list[tuple[list[Entity], list[Activity], dict[str, Any]]]:
    from govie.pipeline import extract

    return [_strip(extract(text, **_WORKER_OPTIONS)) for text in texts]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def extract_many(
    texts: Iterable[Any],
    *,
    n_process: int = 1,
    batch_size: int = 8,
    as_tuples: bool = False,
    progress: bool | Any = False,
    **options: Any,
) -> Iterator[Any]:
    """Yield one ``Extraction`` per text, in input order.

    ``texts`` may be any iterable (a generator is consumed lazily, a batch at a
    time). With ``n_process > 1`` batches of ``batch_size`` texts are spread
    over worker processes, each of which has the pipeline loaded once; at most
    ``2 * n_process`` batches are in flight. With ``as_tuples=True`` the items
    are ``(text, context)`` pairs and ``(Extraction, context)`` pairs come back
    (context stays in this process: use it for ids or paths). ``progress=True``
    shows a tqdm bar on stderr (or pass a dict of tqdm arguments). ``options``
    (``model``, ``reference_date``, ``jurisdiction``) are passed to ``extract``.
    """
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"[E108] n_process must be at least 1, got {n_process}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"[E109] batch_size must be at least 1, got {batch_size}")
    if isinstance(texts, str):
        raise TypeError("[E110] extract_many takes an iterable of texts, not one str: use govie.extract")
    results = _extract_iter(texts, n_process=n_process, batch_size=batch_size, as_tuples=as_tuples, options=options)
    if progress:
        from tqdm import tqdm

        kwargs = dict(progress) if isinstance(progress, dict) else {}
        kwargs.setdefault("unit", "doc")
        if "total" not in kwargs and hasattr(texts, "__len__"):
            kwargs["total"] = len(texts)  # type: ignore[arg-type]
        results = tqdm(results, **kwargs)
    return results


def _extract_iter(
    texts: Iterable[Any], *, n_process: int, batch_size: int, as_tuples: bool, options: dict[str, Any]
) -> Iterator[Any]:
    from govie.pipeline import extract

    if n_process == 1:
        for item in texts:
            text, context = item if as_tuples else (item, None)
            result = extract(text, **options)
            yield (result, context) if as_tuples else result
        return
    # fork shares the loaded registry and model pages with the workers; load
    # them here first so no worker loads its own copy.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        warm_up(options)
    ctx = mp.get_context(method)
    pending: deque[tuple[list[Any], Any]] = deque()
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(options,)) as pool:
        try:
            for batch in _batches(texts, batch_size):
                pairs = [item if as_tuples else (item, None) for item in batch]
                pending.append((pairs, pool.apply_async(_work_batch, ([t for t, _ in pairs],))))
                if len(pending) >= 2 * n_process:
                    yield from _collect(*pending.popleft(), as_tuples)
            while pending:
                yield from _collect(*pending.popleft(), as_tuples)
        finally:
            pool.terminate()


def _collect(pairs: list[tuple[Any, Any]], async_result: Any, as_tuples: bool) -> Iterator[Any]:
    for (text, context), (entities, activities, meta) in zip(pairs, async_result.get()):
        result = Extraction(text, entities, activities, meta)
        yield (result, context) if as_tuples else result


# ------------------------------------------------------------------ writers


def _as_pair(item: Any) -> tuple[Extraction, Any]:
    if isinstance(item, tuple):
        return item[0], item[1]
    return item, None


def _write_line(out: IO[str], obj: Any) -> None:
    try:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    except UnicodeEncodeError:
        # A lone surrogate from the input cannot be UTF-8: write it as a JSON escape.
        out.write(json.dumps(obj) + "\n")


def write_jsonl(
    results: Iterable[Any], target: str | os.PathLike[str] | IO[str], *, activities: bool = False
) -> int:
    """Write one JSON line per result (``to_dict()``) or, with ``activities=True``,
    per activity (the activities table: agents and titles as lists); return the number of documents.

    ``results`` may hold ``(Extraction, id)`` pairs (``extract_many(...,
    as_tuples=True)``): the id goes to ``meta["id"]`` (or each row's
    ``document``). A path is written as results come, to a temporary file renamed
    into place when complete (``govie.io.output``: a device or FIFO is written through).
    """
    from govie.io.output import AtomicFiles
    from govie.io.tables import TABLES

    files = AtomicFiles()
    out: IO[str] = target if hasattr(target, "write") else files.open(target)  # type: ignore[assignment]
    n = 0
    with files:
        for item in results:
            result, doc_id = _as_pair(item)
            if activities:
                table = TABLES["activities"]
                for row in table.rows(result, doc_id if doc_id is not None else result.meta.get("id"), ""):
                    _write_line(out, {c: row.get(c) for c in table.columns})
            else:
                d = result.to_dict()
                if doc_id is not None:
                    d["meta"]["id"] = doc_id
                _write_line(out, d)
            n += 1
    return n


def write_parquet(
    results: Iterable[Any], path: str | os.PathLike[str], *, row_group_size: int = 4096
) -> int:
    """Stream results into the three joinable Parquet tables (the CLI's layout, see
    ``govie.io.tables``): ``out.parquet`` -> ``out.documents.parquet``,
    ``out.entities.parquet``, ``out.activities.parquet``; return the number of documents.

    Items may be ``(Extraction, id)`` pairs (the id is the ``document`` column; else
    ``meta["id"]``, else the position). Rows are written in row groups of
    ``row_group_size``, so memory stays bounded. Needs pyarrow (``pip install "govie[parquet]"``).
    """
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError('write_parquet needs pyarrow: pip install "govie[parquet]"') from err
    from govie.io.output import AtomicFiles
    from govie.io.tables import TABLES, TableWriter, table_paths

    with AtomicFiles() as files:
        writer = TableWriter(files, table_paths(path, "parquet", TABLES), "parquet", row_group=row_group_size)
        for k, item in enumerate(results):
            result, doc_id = _as_pair(item)
            if doc_id is None:
                doc_id = result.meta.get("id")
            writer.add(result, str(k) if doc_id is None else str(doc_id), "")
        writer.close()
    return writer.documents


def read_parquet(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The ``to_dict()`` of each document (``meta.id`` = its ``document``) written by
    ``write_parquet`` (``out.parquet``: its three tables) or in a directory of such
    tables (``govie.distributed``), in order (table sets by name)."""
    from govie.io.tables import TABLES, read_tables, table_paths

    path = Path(path)
    suffix = ".documents.parquet"
    stems = sorted(str(p)[: -len(suffix)] for p in path.glob("*" + suffix)) if path.is_dir() else [str(path)]
    for stem in stems:
        yield from read_tables(table_paths(stem, "parquet", TABLES))
