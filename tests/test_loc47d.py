"""Probe loc47d: LOC precision (a city's name as the ordinary word it also is; expos and Paralympics)."""

import json
from pathlib import Path

import govie
from govie.taggers.entities import tag_locs

DEV = Path(__file__).resolve().parents[1] / "annotations" / "dev"


def _locs(text):
    return [text[m.start : m.end] for m in tag_locs(text)]


def _dev_sentence(doc, needle):
    text = json.loads((DEV / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    k = text.index(needle)
    start = max(text.rfind("。", 0, k), text.rfind("\n", 0, k)) + 1
    end = min(i for i in (text.find("。", k), text.find("\n", k), len(text)) if i >= 0)
    return text[start:end]


def test_city_name_as_an_ordinary_word_is_no_place():
    # dev sc-report-2010 (State Council 2010 report): 安康 is well-being here
    assert "安康" not in _locs(_dev_sentence("sc-report-2010", "富裕安康的生活"))
    # dev gz-1 (Guangzhou housing notice): 日照 is sunlight in a planning rule
    assert "日照" not in _locs(_dev_sentence("gz-1", "保证日照、通风"))
    # dev sc19-42 (State Council 2019 documents): 白银 is silver
    sentence = _dev_sentence("sc19-42", "另外，白银的经济政策")
    assert "白银" not in _locs(sentence)


def test_city_name_as_a_place_stays():
    # dev wr2026-shandong (Shandong 2026 report): 日照 is the city, a route's end
    sentence = _dev_sentence("wr2026-shandong", "日照至五莲")
    assert "日照" in _locs(sentence)
    # dev sc19-56: a city in a province's chain
    assert "山东省日照市" in _locs(_dev_sentence("sc19-56", "山东省日照市"))


def test_model_reading_of_boundless_is_dropped():
    # dev sc-report-2010: the model read 无疆 (boundless) as a place
    text = _dev_sentence("sc-report-2010", "中华民族的无疆大爱")
    assert "无疆" not in [e.text for e in govie.extract(text).entities if e.label == "LOC"]


def test_host_of_an_expo_or_paralympics_is_inside_the_event_name():
    # dev sc-report-2006 (State Council 2006 report)
    assert "上海" not in _locs(_dev_sentence("sc-report-2006", "上海世博会"))
    # dev wr2026-guizhoum (Guizhou 2026 report): 东京 and 杭州 host events, 贵州 is the athletes' province
    text = _dev_sentence("wr2026-guizhoum", "东京残奥会")
    locs = [e.text for e in govie.extract(text).entities if e.label == "LOC"]
    assert "贵州" in locs and "东京" not in locs and "杭州" not in locs
