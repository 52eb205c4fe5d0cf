"""Extraction on a Dask cluster: documents in, Parquet partitions out.

>>> from dask.distributed import Client
>>> client = Client("tcp://scheduler:8786")        # or LocalCluster(...)
>>> govie.distributed.extract_to_parquet("reports/**/*.txt", "out/", client=client)

Files are grouped into partitions of ``files_per_partition``; each partition is
one task that reads its files, extracts them with the pipeline held by the
worker process (loaded once per worker, when the worker starts or at its
first task), and writes partition ``out_dir/part-00000`` … in input order, each as the three
joinable tables of ``govie.batch.write_parquet`` (``part-00000.documents.parquet``, …).
Needs ``pip install "govie[dask]"``. Read the result with
``govie.batch.read_parquet(out_dir)`` or any Parquet reader (pandas, DuckDB, Spark).
"""

from __future__ import annotations

import glob
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["extract_to_parquet", "expand_paths", "GoviePlugin", "loaded_pipelines"]

_TEXT_SUFFIXES = {".txt", ".md", ""}
# Pipelines loaded in this (worker) process, by options: load once, reuse for every task.
_LOADED: dict[str, int] = {}


def expand_paths(paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """Files named by a glob, a directory (text files below it), a file, or a list of these; sorted, no repeats."""
    items = [paths_or_glob] if isinstance(paths_or_glob, (str, os.PathLike)) else list(paths_or_glob)
    out: list[str] = []
    for item in items:
        raw = os.fspath(item)
        if any(ch in raw for ch in "*?["):
            found = sorted(glob.glob(raw, recursive=True))
            out.extend(p for p in found if os.path.isfile(p))
        elif os.path.isdir(raw):
            out.extend(
                sorted(str(p) for p in Path(raw).rglob("*") if p.is_file() and p.suffix in _TEXT_SUFFIXES)
            )
        else:
            out.append(raw)
    return list(dict.fromkeys(out))


def _options_key(options: dict[str, Any]) -> str:
    return repr(sorted((k, repr(v)) for k, v in options.items()))


def _load_pipeline(options: dict[str, Any]) -> None:
    """Load registry, lexicons and model in this process, once per set of options."""
    key = _options_key(options)
    if key in _LOADED:
        return
    from govie.batch import warm_up

    warm_up(_extract_options(options))
    _LOADED[key] = os.getpid()


def _extract_options(options: dict[str, Any]) -> dict[str, Any]:
    from govie.pipeline import BUNDLED_MODEL

    opts = dict(options)
    if opts.get("model", "default") == "default":
        opts["model"] = BUNDLED_MODEL  # the bundled model, resolved on the worker
    return opts


try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # dask.distributed absent: local schedulers only
    _WorkerPlugin = object  # type: ignore[assignment,misc]


class GoviePlugin(_WorkerPlugin):  # type: ignore[misc,valid-type]
    """A Dask ``WorkerPlugin`` that loads the pipeline when a worker starts."""

    name = "govie"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        _load_pipeline(self.options)


def _extract_partition(job: tuple[int, list[str]], out_dir: str, options: dict[str, Any], encoding: str | None) -> str:
    import govie.pipeline as govie

    from govie.batch import write_parquet
    from govie.io.text import read_text_file

    index, paths = job
    _load_pipeline(options)
    opts = _extract_options(options)

    def results() -> Iterable[tuple[Any, str]]:
        for path in paths:
            yield govie.extract(read_text_file(path, encoding=encoding), **opts), path

    out = Path(out_dir) / f"part-{index:05d}.parquet"
    write_parquet(results(), out)
    return str(out)


def extract_to_parquet(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    client: Any = None,
    files_per_partition: int = 64,
    model: Any = "default",
    reference_date: Any = None,
    jurisdiction: str | None = None,
    encoding: str | None = None,
    scheduler: str | None = None,
) -> list[str]:
    """Extract every document and write one Parquet file per partition; return their paths.

    ``client`` is a ``dask.distributed.Client`` (the current one if omitted and
    one exists; else ``scheduler`` — "processes", "threads" or "sync" — runs
    locally). ``model`` is ``"default"`` (the bundled model), ``None`` (rules
    only) or a model directory that every worker can read. ``out_dir`` must be
    reachable from every worker (shared disk, or an fsspec-mounted bucket).
    Rows keep the input order: partition files by name, rows within each; the
    ``id`` column is the document path.
    """
    try:
        import dask.bag as db
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError('govie.distributed needs Dask: pip install "govie[dask]"') from err
    if files_per_partition < 1:
        raise ValueError(f"[E111] files_per_partition must be at least 1, got {files_per_partition}")
    paths = expand_paths(paths_or_glob)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    options = {"model": model, "reference_date": reference_date, "jurisdiction": jurisdiction}
    if model not in (None, "default"):
        options["model"] = str(Path(model).resolve())
    jobs = [(i, paths[s : s + files_per_partition]) for i, s in enumerate(range(0, len(paths), files_per_partition))]
    if not jobs:
        return []
    if client is None and scheduler is None:
        try:
            from dask.distributed import default_client

            client = default_client()
        except (ImportError, ValueError):
            client = None
    if client is not None:
        _register_plugin(client, options)
    bag = db.from_sequence(jobs, npartitions=len(jobs))
    written = bag.map(_extract_partition, str(out), options, encoding)
    if client is not None:
        # One future per partition: a partition whose workers all died is named,
        # the others are written (Dask retries a task on a dead worker, then gives up).
        from distributed import KilledWorker

        started = time.time()
        files: list[str] = []
        lost: list[tuple[tuple[int, list[str]], str]] = []
        for job, future in zip(jobs, client.compute(written.to_delayed())):
            try:
                files.extend(future.result())
            except KilledWorker as err:
                part = out / f"part-{job[0]:05d}.parquet"
                if _written_since(part, started):  # written whole, then its worker died
                    files.append(str(part))
                else:
                    lost.append((job, f"the workers running it died ({err.__class__.__name__}: out of memory?)"))
        if lost:
            raise _lost_error(lost, len(jobs), out)
        return files
    from concurrent.futures.process import BrokenProcessPool

    started = time.time()
    try:
        return list(written.compute(scheduler=scheduler or "processes"))
    except BrokenProcessPool:
        # Dask's local process pool breaks as a whole: the partitions not written in this run are lost.
        unwritten = [job for job in jobs if not _written_since(out / f"part-{job[0]:05d}.parquet", started)]
        raise _lost_error([(job, "a worker process died (killed, out of memory?)") for job in unwritten],
                          len(jobs), out) from None


def _written_since(path: Path, started: float) -> bool:
    """A partition is written when all its tables (``path`` is their stem) are, in this run."""
    from govie.io.tables import TABLES, table_paths

    try:
        return all(p.stat().st_mtime >= started - 1 for p in table_paths(path, "parquet", TABLES).values())
    except OSError:
        return False


def _lost_error(lost: list[tuple[tuple[int, list[str]], str]], n_jobs: int, out: Path) -> Exception:
    from govie.errors import WorkerError

    for (index, _), _ in lost:  # what a killed writer left half-written (the temporaries of io.output)
        for tmp in out.glob(f".part-{index:05d}.*.part"):
            tmp.unlink(missing_ok=True)
    parts = "; ".join(
        f"part-{index:05d}.parquet ({', '.join(paths[:5])}{', …' if len(paths) > 5 else ''}): {why}"
        for (index, paths), why in lost
    )
    err = WorkerError(f"[E120] {len(lost)} of {n_jobs} partition(s) not written: {parts}")
    err.paths = [p for (_, paths), _ in lost for p in paths]  # type: ignore[attr-defined]
    return err


def _register_plugin(client: Any, options: dict[str, Any]) -> None:
    if _WorkerPlugin is object:  # pragma: no cover
        return
    plugin = GoviePlugin(options)
    name = "govie-" + _options_key(options)
    try:
        client.register_plugin(plugin, name=name)
    except AttributeError:  # pragma: no cover - distributed < 2023.9
        client.register_worker_plugin(plugin, name=name)


def loaded_pipelines(client: Any) -> dict[str, dict[str, int]]:
    """For each worker address, the pipelines it has loaded (options → pid)."""
    return client.run(_loaded)


def _loaded() -> dict[str, int]:
    # Module level, so Dask sends it by reference and it reads the worker's own state.
    return dict(_LOADED)
