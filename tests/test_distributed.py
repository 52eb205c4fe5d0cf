"""The Dask path: a two-worker LocalCluster writes what one process writes."""

from __future__ import annotations

import json

import pytest

import govie
from govie.batch import read_parquet

from .conftest import DEV_TEXT

dask = pytest.importorskip("dask")
pytest.importorskip("dask.bag")
pytest.importorskip("pyarrow")
distributed = pytest.importorskip("dask.distributed")

from govie.distributed import expand_paths, extract_to_parquet, loaded_pipelines  # noqa: E402

DEV = DEV_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    for i in range(7):
        (root / f"doc{i}.txt").write_text(DEV[i * 900 : i * 900 + 1200], encoding="utf-8")
    (root / "sub").mkdir()
    (root / "sub" / "blank.txt").write_text("\n", encoding="utf-8")
    return root


def _single_process(paths):
    out = []
    for p in paths:
        d = govie.extract(open(p, encoding="utf-8").read(), model=None).to_dict()
        d["meta"]["id"] = p
        out.append(json.loads(json.dumps(d, ensure_ascii=False)))
    return out


def test_expand_paths(docs):
    assert expand_paths(str(docs / "*.txt")) == [str(docs / f"doc{i}.txt") for i in range(7)]
    assert len(expand_paths(docs)) == 8
    assert expand_paths([str(docs / "doc1.txt"), str(docs / "doc1.txt")]) == [str(docs / "doc1.txt")]


def test_local_cluster_equals_single_process(docs, tmp_path):
    paths = expand_paths(str(docs / "**" / "*.txt"))
    govie.extract(DEV[:200], model=None)  # loaded here, forked workers start with it
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        files = extract_to_parquet(paths, tmp_path / "out", client=client, files_per_partition=3, model=None)
        loaded = loaded_pipelines(client)
    assert [f.rsplit("/", 1)[1] for f in files] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert list(read_parquet(tmp_path / "out")) == _single_process(paths)
    # Each worker loaded the rules-only pipeline once (by the plugin or its first task).
    assert len(loaded) == 2 and all(len(v) == 1 for v in loaded.values())


def test_sync_scheduler_without_cluster(docs, tmp_path):
    paths = expand_paths(str(docs / "doc[0-2].txt"))
    extract_to_parquet(paths, tmp_path / "out", scheduler="sync", files_per_partition=2, model=None)
    assert list(read_parquet(tmp_path / "out")) == _single_process(paths)
