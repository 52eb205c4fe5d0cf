"""extract_many: streaming, order, processes; the JSONL and Parquet writers."""

from __future__ import annotations

import io
import json

import pytest

import govie
from govie.batch import read_parquet, write_jsonl, write_parquet

from .conftest import DEV_TEXT

DEV = DEV_TEXT.read_text(encoding="utf-8")
TEXTS = [DEV[i : i + 700] for i in range(0, 7000, 700)] + ["", "2023年2月30日召开会议", "\ud800国务院办公厅"]


def _alone(texts):
    return [govie.extract(t, model=None).to_dict() for t in texts]


@pytest.fixture(scope="module")
def alone():
    return _alone(TEXTS)


def test_generator_in_generator_out(alone):
    consumed = []

    def gen():
        for t in TEXTS:
            consumed.append(t)
            yield t

    out = govie.extract_many(gen(), model=None)
    assert consumed == []  # nothing read before the first result is asked for
    first = next(out)
    assert len(consumed) == 1 and first.to_dict() == alone[0]
    assert [r.to_dict() for r in out] == alone[1:]


def test_two_processes_identical_and_ordered(alone):
    out = [r.to_dict() for r in govie.extract_many(iter(TEXTS), model=None, n_process=2, batch_size=3)]
    assert out == alone


def test_two_processes_read_input_lazily():
    """Only a bounded number of batches is in flight: the input is not read ahead whole."""
    read = []

    def gen():
        for i in range(1000):
            read.append(i)
            yield "四川省人民政府召开会议。"

    out = govie.extract_many(gen(), model=None, n_process=2, batch_size=2)
    next(out)
    assert len(read) <= 2 * 2 * 2 + 2
    out.close()


def test_as_tuples_keeps_context(alone):
    items = [(t, f"doc-{i}") for i, t in enumerate(TEXTS)]
    for n in (1, 2):
        out = list(govie.extract_many(items, model=None, n_process=n, as_tuples=True, batch_size=4))
        assert [c for _, c in out] == [c for _, c in items]
        assert [r.to_dict() for r, _ in out] == alone


def test_progress_bar(capsys):
    out = list(govie.extract_many(TEXTS[:3], model=None, progress={"file": __import__("sys").stderr}))
    assert len(out) == 3
    assert "3/3" in capsys.readouterr().err


def test_bad_arguments():
    with pytest.raises(ValueError):
        list(govie.extract_many(["a"], n_process=0))
    with pytest.raises(ValueError):
        list(govie.extract_many(["a"], batch_size=0))
    with pytest.raises(TypeError):
        govie.extract_many("一段文字")


def test_write_jsonl(tmp_path, alone):
    path = tmp_path / "out.jsonl"
    n = write_jsonl(govie.extract_many(TEXTS, model=None), path)
    assert n == len(TEXTS)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == json.loads(json.dumps(alone, ensure_ascii=False))
    assert not (tmp_path / "out.jsonl.part").exists()


def test_write_jsonl_ids_and_activities():
    buf = io.StringIO()
    items = govie.extract_many([(DEV, "weekly")], model=None, as_tuples=True)
    write_jsonl(items, buf, activities=True)
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert rows and {r["document"] for r in rows} == {"weekly"}


def test_parquet_round_trip(tmp_path, alone):
    pytest.importorskip("pyarrow")
    path = tmp_path / "out.parquet"
    items = govie.extract_many([(t, str(i)) for i, t in enumerate(TEXTS)], model=None, as_tuples=True)
    assert write_parquet(items, path, row_group_size=4) == len(TEXTS)
    back = list(read_parquet(path))
    expected = json.loads(json.dumps(alone, ensure_ascii=False))
    for i, d in enumerate(expected):
        d["meta"]["id"] = str(i)
    assert back == expected


def test_parquet_empty(tmp_path):
    pytest.importorskip("pyarrow")
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert list(read_parquet(path)) == []
