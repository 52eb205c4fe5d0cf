"""Worker processes that die (the out-of-memory killer, kill -9) or are interrupted:
``extract_many(n_process>1)`` and ``govie extract -j N`` neither hang nor lose
documents silently, and Ctrl-C prints one line, not a traceback per worker."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import DEV_TEXT, ROOT

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the kills are injected through fork")

DEV = DEV_TEXT.read_text(encoding="utf-8")
TEXTS = [DEV[i : i + 500] for i in range(0, 12000, 500)]
# Stands for a document that makes its worker run out of memory.
FATAL = "四川省药品监督管理局召开会议。OOM"


# Runs in a child process, so that a hang (the bug) fails the test instead of
# stopping the test run. Workers forked from it die by SIGKILL on a text holding
# "OOM", as the out-of-memory killer does it.
PRELUDE = f"""
import json, multiprocessing as mp, os, signal, sys
sys.path.insert(0, {str(ROOT)!r})
import govie, govie.pipeline
real = govie.pipeline.extract
def extract(text, **options):
    if "OOM" in text:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(text, **options)
govie.pipeline.extract = extract
DEV = open({str(DEV_TEXT)!r}, encoding="utf-8").read()
TEXTS = [DEV[i : i + 500] for i in range(0, 12000, 500)]
"""


def run_child(code: str, timeout: int = 180) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([sys.executable, "-c", PRELUDE + code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"no answer in {timeout} s: a dead worker hangs the run")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_killed_workers_documents_are_run_again():
    """Every worker killed once, mid-run: the documents they held are run again, nothing lost."""
    proc = run_child("""
alone = [govie.extract(t, model=None).to_dict() for t in TEXTS]
results = govie.extract_many(TEXTS, model=None, n_process=2, batch_size=3)
out = [next(results).to_dict()]
for child in mp.active_children():
    os.kill(child.pid, signal.SIGKILL)
out.extend(r.to_dict() for r in results)
print(json.dumps({"same": out == alone, "n": len(out), "left": len(mp.active_children())}))
""")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"same": True, "n": len(TEXTS), "left": 0}


def test_document_that_kills_its_worker_is_named():
    proc = run_child(f"""
texts = TEXTS[:7] + [{FATAL!r}] + TEXTS[7:]
got = []
try:
    for result, doc_id in govie.extract_many([(t, f"doc-{{i}}") for i, t in enumerate(texts)], model=None,
                                             n_process=2, batch_size=4, as_tuples=True):
        got.append(doc_id)
except govie.WorkerError as err:
    print(json.dumps({{"got": got, "error": str(err), "left": len(mp.active_children())}}, ensure_ascii=False))
""")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["got"] == [f"doc-{i}" for i in range(7)]  # every document before it, in order
    assert "[E120] document 7 ('doc-7')" in out["error"] and "SIGKILL" in out["error"]
    assert out["left"] == 0  # no worker left behind


def test_cli_jobs_reports_lost_document_and_writes_the_rest(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(TEXTS[:6]):
        (docs / f"{i}.txt").write_text(text, encoding="utf-8")
    (docs / "3-big.txt").write_text(FATAL, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cli = "from govie.cli.main import main\nsys.exit(main(sys.argv[1:]))"
    proc = run_child(cli.replace("sys.argv[1:]", repr(
        ["extract", str(docs), "--rules-only", "-j", "2", "--keep-going", "-o", str(out)])))
    assert proc.returncode == 1, proc.stderr
    assert "3-big.txt: lost: worker process" in proc.stderr and "SIGKILL" in proc.stderr
    assert "Traceback" not in proc.stderr
    written = [line for line in out.read_text(encoding="utf-8").splitlines() if line]
    assert len(written) == 6

    stop = tmp_path / "stop.jsonl"
    proc = run_child(cli.replace("sys.argv[1:]", repr(["extract", str(docs), "--rules-only", "-j", "2", "-o", str(stop)])))
    assert proc.returncode == 1 and not stop.exists()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])  # utime + stime


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize("when", ["workers starting", "workers busy", "workers only"])
def test_ctrl_c_with_jobs_prints_one_line(tmp_path, when):
    """Ctrl-C reaches every process of the group: the run stops with one line.
    A SIGINT that reaches the workers only changes nothing: they ignore it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    n_docs = 40 if when == "workers only" else 200
    for i in range(n_docs):
        (docs / f"{i}.txt").write_text(DEV, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "govie.cli", "extract", str(docs), "--rules-only", "-j", "2", "-o", str(tmp_path / "o.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Wait until both workers exist (or are extracting), then Ctrl-C the process group as a terminal does.
    for _ in range(1200):
        children = _children(proc.pid)
        if proc.poll() is not None or len(children) >= 2 and (
                when == "workers starting" or all(_cpu_ticks(c) >= 30 for c in children)):
            break
        time.sleep(0.05)
    assert proc.poll() is None, proc.communicate()
    if when == "workers only":
        for child in children:
            os.kill(child, signal.SIGINT)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail(f"Ctrl-C did not stop the run: {proc.communicate()}")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    if when == "workers only":
        assert proc.returncode == 0
        assert len((tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()) == n_docs
        return
    assert proc.returncode == 130
    assert err.strip().endswith("govie: interrupted, nothing written")
    assert not (tmp_path / "o.jsonl").exists()


def test_cli_workers_that_die_starting_give_one_error_line(tmp_path):
    """A worker that dies before its first document (its model load killed) is an error, not a retry loop."""
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text(TEXTS[i], encoding="utf-8")
    proc = run_child(f"""
import importlib
cli = importlib.import_module("govie.cli.main")
def init_job(*args):
    os.kill(os.getpid(), signal.SIGKILL)
cli._init_job = init_job
sys.exit(cli.main(["extract", {str(tmp_path)!r}, "--rules-only", "-j", "2"]))
""")
    assert proc.returncode == 1
    assert proc.stderr.startswith("govie: error: [E120] worker process") and "while starting" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_worker_killed_while_starting_is_replaced_when_others_started(tmp_path):
    """Start-up works (one worker started): a worker killed from outside while it starts is replaced, as one
    killed mid-run is, and every document is written (the kill a loaded host may deliver)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(len(TEXTS)):
        (docs / f"{i}.txt").write_text(TEXTS[i], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_child(f"""
import fcntl, importlib, time
cli = importlib.import_module("govie.cli.main")
real_init = cli._init_job
def init_job(*args):
    with open({str(tmp_path / "starts")!r}, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        n = len(f.read())
        f.write("x")
    if n == 1:  # the second worker to start, once, after the first has started
        time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)
    real_init(*args)
cli._init_job = init_job
sys.exit(cli.main(["extract", {str(docs)!r}, "--rules-only", "-j", "2", "-o", {str(out)!r}]))
""")
    assert proc.returncode == 0, proc.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(TEXTS)
