from __future__ import annotations

import datetime as dt
import json

import pytest

import govie
from govie.types import Extraction

from .corpus_utils import state_council_reports, work_reports_2026


def _assert_exact(text: str, result: Extraction) -> None:
    last_end = -1
    for ent in sorted(result.entities, key=lambda e: e.start):
        assert text[ent.start : ent.end] == ent.text
        assert ent.start >= last_end, f"overlap at {ent.text!r}"
        last_end = ent.end
    for act in result.activities:
        t = act.trigger
        assert text[t["start"] : t["end"]] == t["text"]
    for asg in result.assignments:
        for span in (asg.task, asg.trigger):
            assert text[span["start"] : span["end"]] == span["text"]


def test_extract_contract_on_dev_report(dev_text, dev_result):
    d = dev_result.to_dict()
    assert set(d) == {"meta", "entities", "activities", "assignments"}
    json.dumps(d, ensure_ascii=False)  # JSON-ready
    for key in ("reference_date", "period", "issuer", "jurisdiction"):
        assert key in d["meta"] and f"{key}_source" in d["meta"]
    required = {"DEPT": {"canonical", "unit", "agency_id"}, "DATE": {"value", "grain"},
                "TITLE": {"doc_type"}, "METRIC": {"value", "unit"}}
    for ent in d["entities"]:
        assert {"label", "start", "end", "text"} <= set(ent)
        assert required.get(ent["label"], set()) <= set(ent)
    for act in d["activities"]:
        assert {"trigger", "type", "mode", "date", "agents"} <= set(act)
        assert act["mode"] in ("done", "planned")
    _assert_exact(dev_text, dev_result)


def test_extract_meta_of_dev_report(dev_result):
    meta = dev_result.meta
    assert meta["reference_date"] == "2023-05-18"
    assert meta["reference_date_source"] == "masthead"
    assert meta["period"] == "2023-05-04/2023-05-12"
    assert meta["jurisdiction"] == "四川省"
    assert meta["issuer"] == "四川省政府政务服务和公共资源交易服务中心"


def test_extract_arguments_win(dev_text):
    result = govie.extract(dev_text, reference_date=dt.date(2024, 1, 15), jurisdiction="重庆市", model=None)
    assert result.meta["reference_date"] == "2024-01-15"
    assert result.meta["reference_date_source"] == "argument"
    assert result.meta["jurisdiction"] == "重庆市"
    assert result.meta["jurisdiction_source"] == "argument"


def test_extract_finds_key_facts_of_dev_report(dev_result):
    found = {(e.label, e.text.replace("\n", "").replace(" ", "")): e for e in dev_result.entities}
    assert found[("DEPT", "省药监局")].canonical == "四川省药品监督管理局"
    assert found[("DATE", "5月4日—5月12日")].value == "2023-05-04/2023-05-12"
    assert found[("TITLE", "放射性药品经营质量管理实施细则")].doc_type == "细则"
    assert found[("METRIC", "4844人次")].value == 4844.0
    assert ("PERSON", "刘金山") in found
    assert ("ORG", "四川华庆机械有限责任公司") in found


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\u200b"])
def test_extract_blank_gives_empty_result(text):
    result = govie.extract(text, model=None)
    assert result.entities == [] and result.activities == []


@pytest.mark.parametrize("bad", [b"\xe5\x9b\xbd\xe5\x8a\xa1\xe9\x99\xa2", 42, None, ["国务院"]])
def test_extract_rejects_non_str(bad):
    with pytest.raises(TypeError, match="str"):
        govie.extract(bad, model=None)


def test_extract_bytes_error_says_decode():
    with pytest.raises(TypeError, match="decode"):
        govie.extract("国务院".encode(), model=None)


def test_extract_bad_reference_date():
    with pytest.raises(ValueError, match="reference_date"):
        govie.extract("国务院召开会议。", reference_date="May 18", model=None)


def test_spans_exact_on_work_reports_sample():
    docs = work_reports_2026()
    assert len(docs) >= 28
    for name, text in docs[::4]:
        result = govie.extract(text, model=None)
        assert result.entities, name
        _assert_exact(text, result)


@pytest.mark.slow
def test_spans_exact_on_all_corpora():
    for name, text in work_reports_2026() + state_council_reports():
        _assert_exact(text, govie.extract(text, model=None))


def test_spans_exact_on_noisy_text(dev_text):
    noisy = dev_text.replace("\n", "\r\n").replace("5", "５").replace("厅", "厅\u200b")
    _assert_exact(noisy, govie.extract(noisy, model=None))


def test_spacy_pipeline_sets_doc_ents(dev_text, dev_result):
    nlp = govie.load()
    doc = nlp(dev_text)
    assert doc.text == dev_text
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert ents == [(e.start, e.end, e.label) for e in dev_result.entities]
    dept = next(e for e in doc.ents if e.text == "省药监局")
    assert dept._.canonical == "四川省药品监督管理局"


@pytest.mark.parametrize("segmenter", ["jieba", "char"])
def test_segmenter_never_moves_a_span(segmenter, dev_text, dev_result):
    doc = govie.load(segmenter=segmenter)(dev_text)
    assert [(e.start_char, e.end_char) for e in doc.ents] == [(e.start, e.end) for e in dev_result.entities]


def test_jieba_tokenizer_keeps_agency_names_whole():
    nlp = govie.load()
    words = [t.text for t in nlp.make_doc("省市场监管局召开会议")]
    assert words[0] == "省市场监管局"


def test_pkuseg_segmenter_keeps_spans_or_says_how_to_install(dev_text, dev_result):
    try:
        nlp = govie.load(segmenter="pkuseg")
    except ImportError as err:
        # pkuseg's model is an optional install (README): the error says how.
        assert "pkuseg" in str(err) and "pip install" in str(err)
        return
    doc = nlp(dev_text)
    assert [(e.start_char, e.end_char) for e in doc.ents] == [(e.start, e.end) for e in dev_result.entities]


def test_unknown_segmenter_is_a_clear_error():
    with pytest.raises(ValueError, match="segmenter"):
        govie.load(segmenter="hanlp")
