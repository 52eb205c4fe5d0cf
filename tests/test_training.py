"""Training: data mapping, pieces, and tiny end-to-end runs of `govie train`."""

from __future__ import annotations

import json
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
    train_model(DOCS * 5, out, epochs=80, seed=1, overrides=TINY, quiet=True)  # replaces the first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model"]  # no temp dirs left beside it
    nlp = spacy.load(out)
    after = [(e.label_, e.text) for e in nlp(SENTENCES[1][0]).ents]
    assert after != before
    assert after == [("PERSON", "张建国"), ("ORG", "四川华庆机械有限责任公司")]
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["govie"]["labels"] == list(MODEL_LABELS) and meta["govie"]["seed"] == 1


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
