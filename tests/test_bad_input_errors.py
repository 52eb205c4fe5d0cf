"""Bad annotation files, dates and encodings give an error naming the input, never a
traceback; ``govie evaluate`` and ``govie train`` accept and refuse the same files."""

from __future__ import annotations

import json

import pytest

import govie
from govie.cli.main import main
from govie.errors import AnnotationError
from govie.evaluate import load_gold
from govie.io.formats import read_annotations

from .conftest import DEV_GOLD, DEV_TEXT

DEV = DEV_TEXT.read_text(encoding="utf-8")
GOLD = json.loads(DEV_GOLD.read_text(encoding="utf-8").splitlines()[0])
SENTENCE = "2023年5月18日，四川省药品监督管理局召开全省药品安全工作会议。"


def _doc(**changes):
    ents = [
        {"label": "DATE", "start": 0, "end": 10, "text": "2023年5月18日"},
        {"label": "DEPT", "start": 11, "end": 21, "text": "四川省药品监督管理局"},
    ]
    return {"id": "s1", "text": SENTENCE, "reference_date": "2023-05-18", "entities": ents} | changes


def _write(tmp_path, doc, name="gold.jsonl"):
    path = tmp_path / name
    lines = [json.dumps(_doc(), ensure_ascii=False), json.dumps(doc, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


BAD = {
    "reference date": (_doc(reference_date="2023-13-45"), "field 'reference_date'"),
    "reference date not a string": (_doc(reference_date=20230518), "field 'reference_date'"),
    "overlapping spans": (
        _doc(entities=[{"label": "DATE", "start": 0, "end": 10}, {"label": "DATE", "start": 5, "end": 10}]),
        "entities[0] and entities[1] overlap",
    ),
    "start: true": (_doc(entities=[{"label": "DATE", "start": True, "end": 10}]), "entities[0] has bad offsets"),
    "trigger end: false": (
        _doc(activities=[{"trigger": {"start": 0, "end": False}, "type": "meeting"}]), "activities[0].trigger",
    ),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
def test_evaluate_and_train_refuse_the_same_file(tmp_path, capsys, case):
    doc, field = BAD[case]
    path = _write(tmp_path, doc)
    with pytest.raises(AnnotationError) as by_evaluate:
        load_gold([path])
    with pytest.raises(AnnotationError) as by_train:
        read_annotations(path, "govie")
    assert str(by_evaluate.value) == str(by_train.value)
    assert f"{path}, line 2: {field}" in str(by_evaluate.value)

    assert main(["evaluate", "--rules-only", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 2: {field}" in err and "Traceback" not in err


def test_evaluate_gold_entities_without_text(tmp_path, capsys):
    """``text`` of a gold entity is optional (the offsets say it): scored, listed in misses."""
    doc = dict(GOLD, entities=[{k: v for k, v in e.items() if k != "text"} for e in GOLD["entities"]])
    path = tmp_path / "notext.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", "--rules-only", "--misses", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["entities"]["all"]["gold"] == len(GOLD["entities"])


def test_annotate_bad_reference_date(tmp_path, capsys):
    text = tmp_path / "a.txt"
    text.write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "tasks.json"
    assert main(["annotate", str(text), "--rules-only", "--reference-date", "2023-13-45", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--reference-date" in err and "2023-13-45" in err and "Traceback" not in err
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text(json.dumps({"text": SENTENCE, "reference_date": "2023-02-30"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    assert main(["annotate", str(jsonl), "--rules-only", "-o", str(out)]) == 2
    assert f"{jsonl}, line 1: field 'reference_date'" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "html", "parquet"])
@pytest.mark.parametrize("encoding", ["unicode_escape", "latin-1"])
def test_wrong_encoding_is_an_error_not_an_empty_result(tmp_path, capsys, fmt, encoding):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    doc = tmp_path / "weekly.txt"
    doc.write_text(DEV, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    code = main(["extract", str(doc), "--rules-only", "--encoding", encoding, "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "weekly.txt" in err and f"decoded as {encoding} this is not Chinese text" in err
    # The right encoding named explicitly still works.
    assert main(["extract", str(doc), "--rules-only", "--encoding", "utf-8", "-o", str(out)]) == 0


def test_masthead_date_with_a_five_digit_year_is_no_reference_date():
    for head in ("12023年5月18日", "二〇二〇〇年五月十八日"):
        text = f"{head}\n关于召开全省药品安全工作会议的通知\n各市（州）药品监督管理局：\n定于下月召开会议。"
        result = govie.extract(text, model=None)
        assert result.meta["reference_date"] is None, head
        assert not [e for e in result.entities if e.label == "DATE" and e.start < len(head)], head


def test_gb18030_bom_is_removed_like_the_others():
    """Found by the issue-21 fuzz run: GB18030's BOM (84 31 95 33) stayed at the start of the text."""
    from govie.io.text import decode_bytes

    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        data = ("\ufeff" + SENTENCE).encode(encoding) if encoding == "gb18030" else SENTENCE.encode(encoding)
        assert decode_bytes(data) == SENTENCE, encoding
