"""Training: data mapping, pieces, and tiny end-to-end runs of `govie train`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from govie.training import (
    MODEL_LABELS,
    UNKNOWN,
    is_government_body,
    load_bio,
    load_cluener,
    split_held_out,
    to_training_docs,
    train_model,
)

ROOT = Path(__file__).resolve().parent.parent

# Tiny network so that a test run takes seconds.
TINY = {
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 2,
    "components.tok2vec.model.embed.rows": [500, 50],
    "components.ner.model.hidden_width": 16,
    "training.eval_frequency": 10,
    "training.optimizer.learn_rate": 0.01,
}

SENTENCES = [
    ("绵阳市水利局会同江油市政府开展检查。", [("DEPT", "绵阳市水利局"), ("DEPT", "江油市政府")]),
    ("张建国到四川华庆机械有限责任公司调研。", [("PERSON", "张建国"), ("ORG", "四川华庆机械有限责任公司")]),
    ("德阳市商务局组织企业赴成都参展。", [("DEPT", "德阳市商务局"), ("LOC", "成都")]),
    ("王丽娟在雅安市应急管理局座谈。", [("PERSON", "王丽娟"), ("DEPT", "雅安市应急管理局")]),
]


def _doc(text, spans, i=0):
    ents = []
    for label, surface in spans:
        s = text.index(surface)
        ents.append({"label": label, "start": s, "end": s + len(surface), "text": surface})
    return {"id": f"s{i}", "text": text, "entities": ents}


DOCS = [_doc(t, s, i) for i, (t, s) in enumerate(SENTENCES)]


@pytest.mark.parametrize(
    "name,expected",
    [("国务院", True), ("外交部", True), ("广东省人民政府", True), ("最高人民法院", True), ("全国人大常委会", True),
     ("县委", True), ("新华社", False), ("北京大学", False), ("中国足协", False), ("俱乐部", False),
     ("联合国", False), ("微软", False)],
)
def test_training_is_government_body(name, expected):
    assert is_government_body(name) is expected


def test_training_load_cluener_maps_labels(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(
        json.dumps({"text": "浙商银行叶老桂在北京市海淀区见了国务院的人，去了故宫。",
                    "label": {"company": {"浙商银行": [[0, 3]]}, "name": {"叶老桂": [[4, 6]]},
                              "address": {"北京市海淀区": [[8, 13]]}, "government": {"国务院": [[16, 18]]},
                              "scene": {"故宫": [[24, 25]]}}}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (doc,) = load_cluener(path)
    assert [(e["label"], e["text"]) for e in doc["entities"]] == [
        ("ORG", "浙商银行"), ("PERSON", "叶老桂"), ("LOC", "北京市海淀区"), ("DEPT", "国务院"), (UNKNOWN, "故宫")]


def test_training_load_bio_splits_org_into_dept(tmp_path):
    path = tmp_path / "b.txt"
    rows = [("外", "B-ORG"), ("交", "I-ORG"), ("部", "I-ORG"), ("和", "O"), ("新", "B-ORG"), ("华", "I-ORG"),
            ("社", "I-ORG"), ("在", "O"), ("京", "B-LOC")]
    path.write_text("\n".join(f"{c} {t}" for c, t in rows) + "\n\n", encoding="utf-8")
    (doc,) = load_bio(path, "msra-ner")
    assert [(e["label"], e["text"]) for e in doc["entities"]] == [("DEPT", "外交部"), ("ORG", "新华社"), ("LOC", "京")]


def test_training_split_held_out_is_fixed():
    docs = [{"text": str(i)} for i in range(100)]
    a_train, a_held = split_held_out(docs, 0.1, seed=3)
    b_train, b_held = split_held_out(docs, 0.1, seed=3)
    assert a_held == b_held and len(a_held) == 10 and len(a_train) == 90
    assert not {d["text"] for d in a_held} & {d["text"] for d in a_train}


def test_training_pieces_keep_offsets_on_raw_pdf_text():
    text = "一、省市场监管局召开会议。\n\n二、四川\n\n邛水建设集团有限公司  参加。2023年 5月 1 8日"
    doc = _doc(text, [("DEPT", "省市场监管局"), ("ORG", "四川\n\n邛水建设集团有限公司"), ("DATE", "2023年 5月 1 8日")])
    pieces = to_training_docs([doc])
    ents = [(e["label"], e["text"]) for p in pieces for e in p["entities"]]
    assert ("DEPT", "省市场监管局") in ents
    assert ("ORG", "四川\n邛水建设集团有限公司") in ents  # normalized: blank lines folded, span kept whole
    assert all(e[0] in MODEL_LABELS for e in ents)  # DATE is the rules' business
    for p in pieces:
        for e in p["entities"]:
            assert p["text"][e["start"] : e["end"]] == e["text"]


def test_training_gold_annotations_convert():
    from govie.io.formats import read_annotations

    for path in sorted((ROOT / "annotations").glob("*.jsonl")):
        docs = read_annotations(path, "govie")
        pieces = to_training_docs(docs)
        n_gold = sum(1 for d in docs for e in d["entities"] if e["label"] in MODEL_LABELS)
        assert sum(len(p["entities"]) for p in pieces) == n_gold, path.name


def test_training_tiny_model_learns_and_is_written_atomically(tmp_path):
    import spacy

    out = tmp_path / "model"
    blank = train_model(DOCS, out, epochs=1, seed=1, overrides=TINY, quiet=True)
    assert blank == out.resolve()
    before = [(e.label_, e.text) for e in spacy.load(out)(SENTENCES[1][0]).ents]
    # Held-out pieces pick the epoch kept (here the same sentences: the test is that the best one is kept).
    train_model(DOCS * 5, out, dev_docs=DOCS, epochs=80, seed=1, overrides=TINY, quiet=True, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # no temp dirs left beside it
    nlp = spacy.load(out)
    after = [(e.label_, e.text) for e in nlp(SENTENCES[1][0]).ents]
    assert after != before
    assert after == [("PERSON", "张建国"), ("ORG", "四川华庆机械有限责任公司")]
    # govie runs the model it trained without spaCy (other widths and depth than the bundled one),
    # and finds what spaCy finds.
    from govie.model import NerModel

    ours = NerModel.load(out)
    assert ours._nlp is None and type(ours._decoder.layers).__name__ == "_NumpyLayers"
    assert ours._decoder.ents([SENTENCES[1][0]]) == [[(e.label_, e.start_char, e.end_char)
                                                      for e in nlp(SENTENCES[1][0]).ents]]
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["govie"]["labels"] == list(MODEL_LABELS) and meta["govie"]["seed"] == 1
    curve = meta["govie"]["curve"]
    assert [row["epoch"] for row in curve] == list(range(1, 81))  # an evaluation after every epoch
    kept = meta["govie"]["kept"]
    best = max(curve, key=lambda row: (row["scores"]["ALL"]["f"], -row["epoch"]))
    assert kept["epoch"] == best["epoch"] and "highest held-out F1" in kept["rule"]


def test_training_cli_train_and_finetune(tmp_path):
    import spacy

    from govie.cli.main import main
    from govie.io.formats import write_annotations

    ann = write_annotations(DOCS, tmp_path / "ann.json", "label-studio")
    cfg = tmp_path / "tiny.cfg"
    from spacy.util import load_config

    config = load_config(ROOT / "govie" / "configs" / "ner.cfg", overrides=TINY, interpolate=False)
    config.to_disk(cfg)
    base = tmp_path / "base"
    assert main(["train", str(ann), "--output", str(base), "--epochs", "1", "--seed", "2",
                 "--config", str(cfg), "--quiet"]) == 0
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    assert meta["sources"][0]["id"] == "user-annotations" and meta["govie"]["seed"] == 2
    # Fine-tune on PERSON-only annotations: the other labels come from the base (silver rehearsal).
    person_only = [{**d, "entities": [e for e in d["entities"] if e["label"] == "PERSON"]} for d in DOCS]
    ann2 = write_annotations(person_only, tmp_path / "persons.jsonl", "doccano")
    tuned = tmp_path / "tuned"
    assert main(["train", str(ann2), "--output", str(tuned), "--base", str(base), "--epochs", "1",
                 "--rehearsal", "auto", "--data", str(tmp_path / "no-public-data"), "--quiet"]) == 0
    meta = json.loads((tuned / "meta.json").read_text(encoding="utf-8"))
    assert meta["govie"]["rehearsal"]["silver_labels"] == ["DEPT", "ORG", "LOC"]
    assert meta["govie"]["base"] == str(base.resolve())
    assert len(meta["govie"]["history"]) == 1
    spacy.load(tuned)


def test_training_cli_train_rejects_malformed_file(tmp_path, capsys):
    from govie.cli.main import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "国务院", "spans": [{"start": 0, "end": 3, "label": "DEPT"}]}\n{"text": 1}\n', encoding="utf-8")
    assert main(["train", str(bad), "--output", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl, line 2" in err
    assert not (tmp_path / "m").exists()


def test_training_build_script_says_when_public_data_is_missing(tmp_path, capsys):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_model", ROOT / "scripts" / "build_model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--data", str(tmp_path / "absent"), "--output", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "public NER data is not here" in err and "--data DIR" in err
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize("fmt,name", [("label-studio", "out.json"), ("doccano", "out.jsonl"), ("prodigy", "out.jsonl"),
                                      ("govie", "out.jsonl"), ("spacy", "out.spacy")])
def test_training_cli_annotate_exports_for_correction(tmp_path, fmt, name):
    import govie
    from govie.cli.main import main
    from govie.io.formats import read_annotations

    text = "5月4日，省市场监管局赴四川华庆机械有限责任公司调研。"
    src = tmp_path / "doc.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / name
    assert main(["annotate", str(src), "--export", fmt, "-o", str(out), "--rules-only"]) == 0
    (doc,) = read_annotations(out, fmt)
    expected = [(e.label, e.start, e.end) for e in govie.extract(text, model=None).entities]
    assert doc["text"] == text
    assert [(e["label"], e["start"], e["end"]) for e in doc["entities"]] == expected
    assert ("DEPT", "省市场监管局") in [(e["label"], e["text"]) for e in doc["entities"]]
    if fmt == "label-studio":
        task = json.loads(out.read_text(encoding="utf-8"))[0]
        assert "predictions" in task  # pre-annotations, to be corrected


# ------------------------------------------------ the retraining loop on the command line

ANSI = "\x1b["


def _tiny_cfg(tmp_path):
    from spacy.util import load_config

    cfg = tmp_path / "tiny.cfg"
    load_config(ROOT / "govie" / "configs" / "ner.cfg", overrides=TINY, interpolate=False).to_disk(cfg)
    return cfg


def _one_long_document(tmp_path):
    """One document of many sentences (the shape of a single annotated report)."""
    from govie.io.formats import write_annotations

    parts, ents = [], []
    pos = 0
    for k in range(12):
        for text, spans in SENTENCES:
            for label, surface in spans:
                s = pos + text.index(surface)
                ents.append({"label": label, "start": s, "end": s + len(surface), "text": surface})
            parts.append(text + "\n")
            pos += len(text) + 1
    doc = {"id": "report", "text": "".join(parts), "entities": ents}
    return write_annotations([doc], tmp_path / "report.jsonl", "govie")


def test_training_cli_holds_out_part_of_one_document_and_reports_clean(tmp_path, capsys):
    """One annotated document: part of its pieces are held out, each epoch is scored on them, the best
    is kept by a stated rule, and the output is plain (no ANSI codes, no temporary paths)."""
    from govie.cli.main import main

    ann = _one_long_document(tmp_path)
    out = tmp_path / "m"
    assert main(["train", str(ann), "-o", str(out), "--epochs", "3", "--config", str(_tiny_cfg(tmp_path))]) == 0
    err = capsys.readouterr().err
    assert "held out" in err and "no held-out data" not in err
    assert ANSI not in err and ".train-" not in err and "/tmp/" not in err.replace(str(tmp_path), "")
    assert "after P/R/F1" in err  # the per-label summary
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    g = meta["govie"]
    assert g["dev_held_out"] is True and meta["sources"][0]["counts"]["held_out_pieces"] >= 1
    assert [row["epoch"] for row in g["curve"]] == [1, 2, 3]
    assert "highest held-out F1" in g["kept"]["rule"]
    assert ".train-" not in (out / "config.cfg").read_text(encoding="utf-8")  # no temporary path saved


def test_training_cli_warns_without_held_out_data_and_stops_on_time(tmp_path, capsys):
    from govie.cli.main import main

    ann = _one_long_document(tmp_path)
    out = tmp_path / "m"
    assert main(["train", str(ann), "-o", str(out), "--held-out", "0", "--epochs", "50", "--max-seconds", "0.01",
                 "--config", str(_tiny_cfg(tmp_path))]) == 0
    err = capsys.readouterr().err
    assert "no held-out data" in err
    g = json.loads((out / "meta.json").read_text(encoding="utf-8"))["govie"]
    assert [row["epoch"] for row in g["curve"]] == [1] and "time budget" in g["stopped_early"]
    assert "last epoch" in g["kept"]["rule"]


def _fail_if_trained(monkeypatch):
    import govie.training as training

    def boom(*args, **kwargs):
        raise AssertionError("training started")

    monkeypatch.setattr(training, "train_model", boom)


@pytest.mark.parametrize("kind", ["reports-dir", "annotation-file", "dot", "regular-file", "symlink", "model-no-force"])
def test_training_cli_never_replaces_what_is_not_its_model(tmp_path, monkeypatch, capsys, kind):
    """`govie train -o PATH` used to delete whatever was at PATH (issue 21, item 2)."""
    from govie.cli.main import main
    from govie.io.formats import write_annotations

    _fail_if_trained(monkeypatch)
    ann = write_annotations(DOCS, tmp_path / "ann.jsonl", "govie")
    monkeypatch.chdir(tmp_path)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "q1.html").write_text("<p>report</p>", encoding="utf-8")
    regular = tmp_path / "notes.txt"
    regular.write_text("notes", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(reports)
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    (model / "meta.json").write_text('{"govie": {"seed": 0}}', encoding="utf-8")
    target = {"reports-dir": reports, "annotation-file": ann, "dot": Path("."), "regular-file": regular,
              "symlink": link, "model-no-force": model}[kind]
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    args = ["train", str(ann), "-o", str(target)] + (["--force"] if kind != "model-no-force" else [])
    assert main(args) == 2
    err = capsys.readouterr().err
    assert ("E413" if kind == "model-no-force" else "E412") in err and str(target) in err
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before
    assert (reports / "q1.html").read_text(encoding="utf-8") == "<p>report</p>"


def test_training_removes_the_leftovers_of_killed_runs(tmp_path):
    """SIGKILL leaves `.NAME.train-PID-*`; the next run beside it removes it (issue 21, item 11)."""
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".m.train-{dead.pid}-abcd"
    (stale / "out").mkdir(parents=True)
    (stale / "train.spacy").write_bytes(b"x" * 100)
    running = tmp_path / f".m.train-{os.getppid()}-efgh"  # a live process: not ours to remove
    running.mkdir()
    other = tmp_path / ".other.train-1-x"
    other.mkdir()
    train_model(DOCS, tmp_path / "m", epochs=1, seed=1, overrides=TINY, quiet=True)
    assert not stale.exists() and running.exists() and other.exists()


def test_training_sigterm_leaves_nothing_behind(tmp_path):
    """A terminated `govie train` removes its temporary directory and exits 128+15."""
    import signal
    import subprocess
    import sys
    import time

    ann = _one_long_document(tmp_path)
    out = tmp_path / "m"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "govie.cli", "train", str(ann), "-o", str(out), "--epochs",
                             "100000", "--quiet", "--config", str(_tiny_cfg(tmp_path))],
                            env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".m.train-*")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert list(tmp_path.glob(".m.train-*")), proc.stderr.read() if proc.poll() is not None else "no work dir"
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 128 + signal.SIGTERM
    assert not list(tmp_path.glob(".m.*")) and not out.exists()
