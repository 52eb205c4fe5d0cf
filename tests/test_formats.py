"""Annotation formats: round trips through every format, and errors that name file and line."""

from __future__ import annotations

import json

import pytest

from govie.errors import AnnotationError
from govie.io.formats import (
    detect_format,
    from_hf_dataset,
    read_annotations,
    to_hf_dataset,
    write_annotations,
)

# Raw PDF text: spans keep the noise inside them (annotation guide, Files).
DOCS = [
    {
        "id": "d1",
        "reference_date": "2023-05-18",
        "text": "5月 4日，省市场监管局赴四川\n\n邛水建设集团有限公司调研，刘金山参加。地点：德阳市。",
        "entities": [
            {"label": "DATE", "start": 0, "end": 5, "text": "5月 4日"},
            {"label": "DEPT", "start": 6, "end": 12, "text": "省市场监管局"},
            {"label": "ORG", "start": 13, "end": 27, "text": "四川\n\n邛水建设集团有限公司"},
            {"label": "PERSON", "start": 30, "end": 33, "text": "刘金山"},
            {"label": "LOC", "start": 39, "end": 42, "text": "德阳市"},
        ],
    },
    {"id": "d2", "text": "没有实体的一句话。", "entities": []},
]

FILES = {
    "govie": "a.jsonl",
    "doccano": "b.jsonl",
    "label-studio": "c.json",
    "prodigy": "d.jsonl",
    "spacy": "e.spacy",
    "hf": "f.jsonl",
}


def _spans(docs):
    return [[(e["label"], e["start"], e["end"], e["text"]) for e in d["entities"]] for d in docs]


def test_formats_fixture_offsets_are_true():
    for d in DOCS:
        for e in d["entities"]:
            assert d["text"][e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize("fmt", list(FILES))
def test_formats_round_trip(tmp_path, fmt):
    if fmt == "hf":
        pytest.importorskip("datasets")
    path = write_annotations(DOCS, tmp_path / FILES[fmt], fmt)
    back = read_annotations(path, fmt)
    assert [d["text"] for d in back] == [d["text"] for d in DOCS]
    assert _spans(back) == _spans(DOCS)
    assert [d.get("id") for d in back] == ["d1", "d2"]


@pytest.mark.parametrize("fmt", [f for f in FILES if f != "hf"])
def test_formats_detect_format(tmp_path, fmt):
    path = write_annotations(DOCS, tmp_path / FILES[fmt], fmt)
    assert detect_format(path) == fmt


def test_formats_label_studio_predictions_are_read(tmp_path):
    path = write_annotations(DOCS, tmp_path / "p.json", "label-studio", as_predictions=True)
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert "predictions" in tasks[0] and "annotations" not in tasks[0]
    assert tasks[0]["predictions"][0]["result"][1]["value"]["labels"] == ["DEPT"]
    assert _spans(read_annotations(path)) == _spans(DOCS)


def test_formats_hf_dataset_object_round_trip():
    pytest.importorskip("datasets")
    ds = to_hf_dataset(DOCS)
    assert ds.num_rows == 2 and ds[0]["entities"][1]["text"] == "省市场监管局"
    assert _spans(from_hf_dataset(ds)) == _spans(DOCS)


def test_formats_hf_load_dataset_json(tmp_path):
    datasets = pytest.importorskip("datasets")
    path = write_annotations(DOCS, tmp_path / "hf.jsonl", "hf")
    ds = datasets.load_dataset("json", data_files=str(path), split="train", cache_dir=str(tmp_path / "cache"))
    assert _spans(from_hf_dataset(ds)) == _spans(DOCS)


def test_formats_hf_tokens_and_ner_tags():
    datasets = pytest.importorskip("datasets")
    names = ["O", "B-PERSON", "I-PERSON", "B-DEPT", "I-DEPT"]
    ds = datasets.Dataset.from_dict(
        {"tokens": [list("刘金山在国务院")], "ner_tags": [[1, 2, 2, 0, 3, 4, 4]]},
        features=datasets.Features(
            {"tokens": datasets.Sequence(datasets.Value("string")),
             "ner_tags": datasets.Sequence(datasets.ClassLabel(names=names))}
        ),
    )
    (doc,) = from_hf_dataset(ds)
    assert _spans([doc]) == [[("PERSON", 0, 3, "刘金山"), ("DEPT", 4, 7, "国务院")]]


# Malformed input: (format, file name, content, line, words the message must contain)
MALFORMED = [
    ("govie", "x.jsonl", '{"text": "国务院", "entities": []}\n{"text": "国务院", "entities": [{"label": "DEPT", "start": 0, "end": 9}]}\n',
     2, "bad offsets"),
    ("govie", "x.jsonl", '{"text": "国务院"}\n\n{"text": \n', 3, "invalid JSON"),
    ("govie", "x.jsonl", '{"text": "国务院", "entities": [{"label": "DEPT", "start": 0, "end": 3, "text": "国务"}]}\n',
     1, "does not match"),
    ("doccano", "x.jsonl", '{"text": "国务院", "label": [[0, 3, "DEPT"]]}\n{"text": "国务院", "label": [[0, 3]]}\n',
     2, "[start, end, label]"),
    ("doccano", "x.jsonl", '{"label": [[0, 3, "DEPT"]]}\n', 1, "'text'"),
    ("prodigy", "x.jsonl", '{"text": "国务院", "spans": [{"start": 0, "end": 3}]}\n', 1, "label"),
    ("prodigy", "x.jsonl",
     '{"text": "国务院", "spans": []}\n{"text": "国务院办公厅", "spans": [{"start": 0, "end": 3, "label": "DEPT"}, '
     '{"start": 2, "end": 6, "label": "DEPT"}]}\n', 2, "overlap"),
    ("label-studio", "x.json",
     '[\n{"data": {"text": "国务院"}, "annotations": [{"result": []}]},\n'
     '{"data": {"text": "国务院"}, "annotations": [{"result": [{"value": {"start": 0, "end": 3}}]}]}\n]\n',
     3, "labels"),
    ("label-studio", "x.json", '[\n{"data": {"text": "国务院"}},\n{"data": {"text": "国务院"}\n]\n', 4, "invalid JSON"),
    ("label-studio", "x.json", '[\n{"data": {}}\n]\n', 2, "'text'"),
]


@pytest.mark.parametrize("fmt,name,content,line,words", MALFORMED)
def test_formats_malformed_names_file_and_line(tmp_path, fmt, name, content, line, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError) as info:
        read_annotations(path, fmt)
    err = info.value
    assert err.line == line
    assert str(path) in str(err) and f"line {line}" in str(err)
    assert words in str(err)


def test_formats_docbin_garbage_names_file(tmp_path):
    path = tmp_path / "bad.spacy"
    path.write_bytes(b"not a docbin")
    with pytest.raises(AnnotationError, match="bad.spacy"):
        read_annotations(path)


def test_formats_missing_file(tmp_path):
    with pytest.raises(AnnotationError, match="no such file"):
        read_annotations(tmp_path / "nope.jsonl", "doccano")


def test_formats_writes_are_atomic(tmp_path):
    path = write_annotations(DOCS, tmp_path / "a.jsonl", "govie")
    assert [p.name for p in tmp_path.iterdir()] == ["a.jsonl"]  # no .part left behind
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2


@pytest.mark.parametrize("fmt", ["govie", "label-studio", "prodigy", "doccano"])
def test_formats_write_with_the_umask_and_through_links(tmp_path, fmt):
    import os
    import stat

    umask = os.umask(0o027)
    try:
        path = write_annotations(DOCS, tmp_path / f"new.{fmt}", fmt)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640  # the umask's mode, not mkstemp's 0600
    finally:
        os.umask(umask)
    target = tmp_path / "kept" / "file"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o604)
    link = tmp_path / "link"
    link.symlink_to(target)
    write_annotations(DOCS, link, fmt)
    assert link.is_symlink() and stat.S_IMODE(target.stat().st_mode) == 0o604
    assert read_annotations(target, fmt)[0]["text"] == DOCS[0]["text"]
