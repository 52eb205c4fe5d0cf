"""diff27: the round-27 behaviour read (every output round 27 changed, rules-only): the WRONG kinds it found.
Real sentences, their source in comments; the State Council reports are read whole from the bundled corpus
(corpora/state-council-work-reports/government_work_reports.jsonl) so their parts are the real ones."""
import json
from pathlib import Path

import govie

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "corpora" / "state-council-work-reports" / "government_work_reports.jsonl"


def _report(title_year, ref):
    for line in REPORTS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["title"].startswith(f"{title_year}年"):
            text = d["content"]
            return text, govie.extract(text, model=None, reference_date=ref)
    raise LookupError(title_year)


def _at(result, text, word, after):
    pos = text.index(word, text.index(after))
    return [a for a in result.activities if a.trigger["start"] == pos and a.trigger["text"] == word]


def test_a_campaign_done_before_with_already_and_guo_is_done_in_the_plan_part():
    # 1958 report, (四)厉行节约，反对浪费 (plan part): "全国解放以来，我们已经多次地进行过增产节约运动，…都取得了很大的
    # 成绩" — 已经 … 进行过 reports campaigns done before; round 27 read the whole 1958 report as its plan
    text, r = _report(1958, "1958-02-11")
    acts = _at(r, text, "进行", "我们已经多次地")
    assert acts and all(a.mode == "done" for a in acts)


def test_a_framework_established_with_no_object_is_a_result_no_activity():
    # 2018 report review: "重要领域和关键环节改革取得突破性进展，主要领域改革主体框架基本确立。"
    text, r = _report(2018, "2018-03-05")
    assert not _at(r, text, "确立", "主要领域改革主体框架基本")
    # 2003 report review: "社会保障体系框架基本确立。"
    text, r = _report(2003, "2003-03-05")
    assert not _at(r, text, "确立", "社会保障体系框架基本")


def test_establishing_with_an_object_stays_an_activity():
    # 1986 report: "经过前几年的实践，我们已经确立…" keeps its 确立 (065a1a7d)
    text, r = _report(1986, "1986-03-25")
    assert _at(r, text, "确立", "经过前几年的实践，我们已经")


def test_a_quoted_name_that_became_chinas_most_beautiful_route_has_no_place():
    # Qinghai 2026 work report: a list of honours (入选, 获评, 成为, 入选)
    text = ("环北龙山旅游风景道、倒湖茶公路获评全国最美公路，“北驾祁连·9号公路”成为中国最美自驾线路，天空之镜茶卡盐湖"
            "入选“2025全国旅游景区创新发展案例”。")
    r = govie.extract(text, model=None)
    assert not [e for e in r.entities if e.label == "LOC" and e.text == "中国"]


def test_building_a_province_into_chinas_most_beautiful_keeps_the_place():
    # 云政函〔2021〕25号 (probe full50p): a goal of building, 中国 qualifies the phrase
    text = "努力把云南建设成为中国最美丽省份。"
    r = govie.extract(text, model=None)
    assert [e for e in r.entities if e.label == "LOC" and e.text == "中国"]


def test_a_named_labs_base_is_the_lab_alone_as_the_dev_gold_marks_it():
    # Gansu 2026 work report (dev wr2026-gansu, gold 崖州湾国家实验室 alone): "加快崖州湾国家实验室西北创新基地、
    # 国家农业高新技术产业示范区…建设"
    text = "加快崖州湾国家实验室西北创新基地、国家农业高新技术产业示范区建设。"
    r = govie.extract(text, model=None)
    spans = [(e.start, e.end) for e in r.entities if e.label in ("DEPT", "ORG")]
    assert (2, 10) in spans and (2, 16) not in spans
