"""Threads: ``extract()`` and ``govie.load()`` pipelines give the serial results under concurrency.

jieba keeps global state and govie loads its tables lazily; both must be safe
when the first calls come from several threads at once.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import govie

from .test_properties import real_texts

ROOT = Path(__file__).resolve().parent.parent


def _docs() -> list[str]:
    texts = real_texts()
    docs = [texts[0]] + [t[i : i + 2500] for t in texts[1:6] for i in (0, 8000)]
    return docs + ["", "2023年2月30日，省药监局\u200b召开会议。", "\ud800《关于印发"]


def test_threads_give_serial_results():
    docs = _docs()
    serial = [govie.extract(d, model=None).to_dict() for d in docs]
    with ThreadPoolExecutor(max_workers=6) as pool:
        threaded = list(pool.map(lambda d: govie.extract(d, model=None).to_dict(), docs * 2))
    assert threaded == serial * 2


def test_threads_with_the_bundled_model():
    from govie.model import default_model_path

    if default_model_path() is None:
        import pytest

        pytest.skip("no bundled model")
    docs = [d[:500] for d in _docs()[:6]] + _docs()[-3:]
    serial = [govie.extract(d).to_dict() for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda d: govie.extract(d).to_dict(), docs * 2))
    assert threaded == serial * 2


def test_shared_spacy_pipeline_across_threads():
    nlp = govie.load()
    docs = _docs()[:6]

    def run(text: str) -> tuple[list[str], list[tuple[int, int, str]]]:
        doc = nlp(text)
        return [t.text for t in doc], [(e.start_char, e.end_char, e.label_) for e in doc.ents]

    serial = [run(d) for d in docs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(run, docs * 3))
    assert threaded == serial * 3
    for d, (words, _) in zip(docs, serial):
        assert "".join(words).replace(" ", "") == d.replace(" ", "")


def test_private_jieba_leaves_global_dictionary_alone():
    import jieba

    before = jieba.dt.FREQ.get("省市场监管局")
    govie.load()("省市场监管局召开会议")
    assert jieba.dt.FREQ.get("省市场监管局") == before


_COLD_START = textwrap.dedent(
    """
    import json, sys, threading
    import govie
    from govie import pipeline
    docs = json.loads(sys.stdin.read())
    barrier = threading.Barrier(len(docs))
    out = [None] * len(docs)
    errors = []

    def work(i):
        barrier.wait()
        try:
            out[i] = govie.extract(docs[i], model=None).to_dict()
        except BaseException as err:
            errors.append(repr(err))

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(docs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    serial = [govie.extract(d, model=None).to_dict() for d in docs]
    print(json.dumps({"errors": errors, "same": out == serial, "pipelines": len(pipeline._PIPELINES),
                      "taggers": [len(p.taggers) for p in pipeline._PIPELINES.values()]}))
    """
)


def test_cold_start_from_many_threads():
    """The very first calls, all at once in a fresh process: lazy loading must not race."""
    docs = [d[:1500] for d in _docs()[:6]]
    proc = subprocess.run(
        [sys.executable, "-c", _COLD_START], input=json.dumps(docs), capture_output=True, text=True,
        cwd=ROOT, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert report["same"]
    from govie.taggers import TAGGERS

    # One pipeline built once, with each tagger once, however many threads asked for it.
    assert report["pipelines"] == 1
    assert report["taggers"] == [len(TAGGERS)]
