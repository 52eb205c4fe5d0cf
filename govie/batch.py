"""Many documents: ``extract_many`` streams texts through one or several processes,
and ``write_jsonl`` / ``write_parquet`` stream the results to disk.

>>> for result in govie.extract_many(texts, n_process=2, model=None):
...     ...
>>> govie.batch.write_jsonl(govie.extract_many(texts), "out.jsonl")

Input is consumed lazily and at most ``2 * n_process`` batches are in flight,
so a generator over millions of documents runs in bounded memory; results come
back in input order, identical to ``govie.extract`` on each text. A worker that
dies (out of memory, ``kill -9``) never hangs the run: see ``map_in_processes``.
"""

from __future__ import annotations

import json
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, Any

from govie.types import Activity, Assignment, Entity, Extraction

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


_Stripped = tuple[list[Entity], list[Activity], dict[str, Any], list[Assignment]]


def _strip(result: Extraction) -> _Stripped:
    # The parent has the text: do not send it back through the pipe.
    return result.entities, result.activities, result.meta, result.assignments


def _work_one(text: str) -> _Stripped:
    from govie.pipeline import extract

    return _strip(extract(text, **_WORKER_OPTIONS))


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
    if _start_method() == "fork":
        warm_up(options)
    items = iter(item if as_tuples else (item, None) for item in texts)
    pending: deque[tuple[str, Any]] = deque()

    def feed() -> Iterator[str]:
        for text, context in items:
            pending.append((text, context))
            yield text

    for n, out in enumerate(map_in_processes(
        _work_one, feed(), n_process=n_process, batch_size=batch_size,
        initializer=_init_worker, initargs=(options,), on_lost=_Lost,
    )):
        text, context = pending.popleft()
        if isinstance(out, _Lost):
            from govie.errors import WorkerError

            named = "" if context is None else f" ({context!r})"
            raise WorkerError(f"[E120] document {n}{named} {out.message}")
        result = Extraction(text, *out)
        yield (result, context) if as_tuples else result


class _Lost:
    """Stands in for the result of a document whose worker died."""

    def __init__(self, payload: Any, message: str) -> None:
        self.message = message


# ------------------------------------------------------------------ worker pool
#
# multiprocessing.Pool hangs for ever when a worker dies (the out-of-memory
# killer, a segfault, kill -9): the task it held never completes. This pool
# gives each worker its own pipe, so the parent knows which items a dead worker
# held: it retries them (alone, to find the one that kills) and reports an item
# that kills its worker again as lost.

_RETRIES = 1  # a document is run alone this many more times after it killed its worker


def _start_method() -> str:
    import multiprocessing as mp

    return "fork" if "fork" in mp.get_all_start_methods() else "spawn"


def _worker_loop(conn: Any, func: Callable[[Any], Any], initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the parent stops the workers,
    # which must not print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if initializer is not None:
            initializer(*initargs)
    except Exception as err:  # noqa: BLE001 - reported by the parent
        conn.send(("init", _portable(err)))
        return
    conn.send(("ready", None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if task is None:
            return
        out = []
        for payload in task:
            try:
                out.append(("ok", func(payload)))
            except Exception as err:  # noqa: BLE001 - re-raised in the parent, at this item
                out.append(("error", _portable(err)))
        try:
            conn.send(("done", out))
        except (BrokenPipeError, OSError):
            return


def _portable(err: Exception) -> Exception:
    """The exception itself if it survives the pipe to the parent, else a RuntimeError with its text.

    Some exceptions pickle but do not unpickle (an __init__ with several
    arguments): the parent's recv would fail. The round trip stays in memory.
    """
    from multiprocessing.reduction import ForkingPickler

    try:
        ForkingPickler.loads(ForkingPickler.dumps(err))
        return err
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(err).__name__}: {err}")


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (out of memory?)" if -exitcode == signal.SIGKILL else ""
        return f"killed by {name}{hint}"
    return f"exited with status {exitcode}"


class _Worker:
    def __init__(self, ctx: Any, func: Callable[[Any], Any], initializer: Any, initargs: tuple[Any, ...]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_loop, args=(child, func, initializer, initargs), daemon=True)
        # A Ctrl-C that arrives during the fork is swallowed by CPython's at-fork
        # hooks ("Exception ignored") and the run goes on: note it, raise it after.
        hold = threading.current_thread() is threading.main_thread() and (
            signal.getsignal(signal.SIGINT) is signal.default_int_handler)
        caught: list[int] = []
        if hold:
            signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
        try:
            self.process.start()
        finally:
            if hold:
                signal.signal(signal.SIGINT, signal.default_int_handler)
        if caught:
            raise KeyboardInterrupt
        child.close()
        self.ready = False
        self.task: list[int] = []  # the item numbers it holds

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def map_in_processes(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    n_process: int,
    batch_size: int = 1,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    on_lost: Callable[[Any, str], Any] | None = None,
) -> Iterator[Any]:
    """``map(func, items)`` over ``n_process`` worker processes, in input order.

    Items go to the workers ``batch_size`` at a time, at most ``2 * n_process``
    batches ahead of the consumer. An exception raised by ``func`` is raised
    here, at its item. When a worker dies, the items it held are run again
    alone; an item that kills its worker again is lost: ``on_lost(item,
    message)`` stands in for its result, or without ``on_lost`` a
    ``WorkerError`` is raised at that item. A worker ignores SIGINT; Ctrl-C
    raises ``KeyboardInterrupt`` here and every worker is stopped.
    """
    import multiprocessing as mp
    from multiprocessing.connection import wait

    from govie.errors import WorkerError

    ctx = mp.get_context(_start_method())
    source = iter(items)
    window = 2 * n_process * batch_size
    payloads: dict[int, Any] = {}  # item number -> item, until yielded
    results: dict[int, tuple[str, Any]] = {}
    tries: dict[int, int] = {}  # item number -> deaths while it was alone in a worker
    queue: deque[list[int]] = deque()
    issued = done = 0
    exhausted = False
    workers: list[_Worker] = []
    started = False  # some worker has started: start-up itself works
    start_deaths = 0
    try:
        for _ in range(n_process):
            workers.append(_Worker(ctx, func, initializer, initargs))
        while True:
            while not exhausted and issued - done < window:
                batch: list[int] = []
                for payload in islice(source, batch_size):
                    payloads[issued] = payload
                    batch.append(issued)
                    issued += 1
                if len(batch) < batch_size:
                    exhausted = True
                if batch:
                    queue.append(batch)
            while done in results:
                status, value = results.pop(done)
                payload = payloads.pop(done)
                done += 1
                if status == "ok":
                    yield value
                elif status == "error":
                    raise value
                elif on_lost is not None:
                    yield on_lost(payload, value)
                else:
                    raise WorkerError(f"[E120] item {done - 1} {value}")
            if exhausted and done == issued:
                return
            if done in results or (not exhausted and issued - done < window):
                continue
            for w in workers:
                if w.ready and not w.task and queue:
                    w.task = queue.popleft()
                    try:
                        w.conn.send([payloads[i] for i in w.task])
                    except OSError:  # it died just now: its sentinel says so below
                        pass
            ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers])
            for n, w in enumerate(workers):
                if w.conn in ready or w.conn.poll():
                    try:
                        kind, value = w.conn.recv()
                    except (EOFError, OSError):
                        kind, value = "dead", None
                    if kind == "ready":
                        w.ready = started = True
                    elif kind == "done":
                        results.update(zip(w.task, value))
                        w.task = []
                    elif kind == "init":
                        raise value
                    if kind != "dead":
                        continue
                elif w.process.sentinel not in ready:
                    continue
                w.process.join()
                message = f"worker process {w.process.pid} {_death(w.process.exitcode)}"
                _requeue(w.task, message, queue, tries, results)
                if not w.ready and not w.task:
                    # Died starting up, holding nothing: start-up itself fails, unless another worker has
                    # started (one killed from outside while it started is replaced, as one killed mid-run
                    # is) and start deaths stay few.
                    start_deaths += 1
                    if not started or start_deaths > 2 * n_process:
                        raise WorkerError(f"[E120] {message} while starting")
                w.stop()
                workers[n] = _Worker(ctx, func, initializer, initargs)
    finally:
        for w in workers:
            w.stop()


def _requeue(
    task: list[int], message: str, queue: deque[list[int]], tries: dict[int, int], results: dict[int, tuple[str, Any]]
) -> None:
    """Run a dead worker's items again, each alone; an item it held alone is lost after _RETRIES more deaths."""
    if len(task) == 1:
        i = task[0]
        tries[i] = tries.get(i, 0) + 1
        if tries[i] > _RETRIES:
            del tries[i]
            results[i] = ("lost", f"lost: {message}, each of the {_RETRIES + 1} times it ran this document alone")
            return
        queue.appendleft(task)
        return
    for i in reversed(task):
        queue.appendleft([i])


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
