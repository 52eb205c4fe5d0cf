"""Worker processes that die (the out-of-memory killer, kill -9) or are interrupted:
``extract_many(n_process>1)`` and ``govie extract -j N`` neither hang nor lose
documents silently, and Ctrl-C prints one line, not a traceback per worker."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govie
import govie.pipeline
from govie.cli.main import main
from govie.errors import WorkerError

from .conftest import DEV_TEXT, ROOT

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the kills are injected through fork")

DEV = DEV_TEXT.read_text(encoding="utf-8")
TEXTS = [DEV[i : i + 500] for i in range(0, 12000, 500)]
# Stands for a document that makes its worker run out of memory.
FATAL = "四川省药品监督管理局召开会议。OOM"


class Hung(Exception):
    pass


@contextlib.contextmanager
def no_hang(seconds: int = 120):
    """Turn a hang (the bug) into a failure instead of a stuck test run."""

    def alarm(signum, frame):
        raise Hung(f"no answer in {seconds} s: a dead worker hangs the run")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture
def oom_killer(monkeypatch):
    """Workers (forked from this process) die by SIGKILL on FATAL, as the OOM killer does it."""
    real = govie.pipeline.extract

    def extract(text, **options):
        if "OOM" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text, **options)

    monkeypatch.setattr(govie.pipeline, "extract", extract)


def _alone(texts):
    return [govie.extract(t, model=None).to_dict() for t in texts]


def test_killed_workers_documents_are_run_again():
    """Every worker killed once, mid-run: the documents they held are run again, nothing lost."""
    expected = _alone(TEXTS)
    out = []
    with no_hang():
        results = govie.extract_many(TEXTS, model=None, n_process=2, batch_size=3)
        out.append(next(results).to_dict())
        for child in mp.active_children():
            os.kill(child.pid, signal.SIGKILL)
        out.extend(r.to_dict() for r in results)
    assert out == expected


def test_document_that_kills_its_worker_is_named(oom_killer):
    texts = TEXTS[:7] + [FATAL] + TEXTS[7:]
    items = [(t, f"doc-{i}") for i, t in enumerate(texts)]
    got = []
    with no_hang(), pytest.raises(WorkerError) as err:
        for result, doc_id in govie.extract_many(items, model=None, n_process=2, batch_size=4, as_tuples=True):
            got.append(doc_id)
    assert got == [f"doc-{i}" for i in range(7)]  # every document before it, in order
    message = str(err.value)
    assert "[E120] document 7 ('doc-7')" in message and "SIGKILL" in message
    assert not mp.active_children()  # no worker left behind


def test_cli_jobs_reports_lost_document_and_writes_the_rest(oom_killer, tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(TEXTS[:6]):
        (docs / f"{i}.txt").write_text(text, encoding="utf-8")
    (docs / "3-big.txt").write_text(FATAL, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with no_hang():
        code = main(["extract", str(docs), "--rules-only", "-j", "2", "--keep-going", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "3-big.txt: lost: worker process" in err and "SIGKILL" in err
    written = [line for line in out.read_text(encoding="utf-8").splitlines() if line]
    assert len(written) == 6

    with no_hang():
        code = main(["extract", str(docs), "--rules-only", "-j", "2", "-o", str(tmp_path / "stop.jsonl")])
    assert code == 1 and not (tmp_path / "stop.jsonl").exists()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
def test_ctrl_c_with_jobs_prints_one_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(200):
        (docs / f"{i}.txt").write_text(DEV, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "govie.cli", "extract", str(docs), "--rules-only", "-j", "2", "-o", str(tmp_path / "o.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True, text=True,
    )
    # Wait until both workers run, then Ctrl-C the process group as a terminal does.
    for _ in range(600):
        if len(_children(proc.pid)) >= 2 or proc.poll() is not None:
            break
        time.sleep(0.1)
    assert proc.poll() is None, proc.communicate()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().endswith("govie: interrupted, nothing written")
    assert not (tmp_path / "o.jsonl").exists()
