"""Probe org45w: a division's museum is its DEPT; an ORG opening a site's name is none."""

import govie
from govie.taggers.entities import tag_orgs


def _spans(text, label):
    return [(e.text, getattr(e, "canonical", None)) for e in govie.extract(text).entities if e.label == label]


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def test_division_museum_is_a_dept_named_as_written():
    # 上海市 2025 政府工作报告 (guanshanwenku.com/gongzuozongjie/2025/02/104334_21.html).
    text = "城市文化软实力显著提升。上海博物馆东馆开放运营,上海工业博物馆正式开工,社会美育、全民阅读等文化惠民服务优化提升"
    assert _spans(text, "DEPT") == [("上海博物馆", "上海博物馆"), ("上海工业博物馆", "上海工业博物馆")]
    assert _spans(text, "ORG") == []


def test_province_museum_beside_an_institute():
    # dev wr2026-henanm: 河南博物院 is a DEPT with its name as canonical, no 河南省博物院.
    text = "推进河南博物院、省文物考古研究院建设。"
    assert ("河南博物院", "河南博物院") in _spans(text, "DEPT")


def test_site_named_museum_and_class_stay_as_they_were():
    # dev wr2026-xinjiang: a museum named by a site is an ORG; 各级博物馆 a class.
    assert _spans("建成西域都护府博物馆等文博场馆,各级博物馆免费开放。", "ORG") == [("西域都护府博物馆", None)]
    assert _spans("建成西域都护府博物馆等文博场馆,各级博物馆免费开放。", "DEPT") == []


def test_org_opening_a_base_or_park_is_part_of_the_site():
    # dev wr2026-tianjin, wr2026-shaanxim, wr2026-liaoning (2026 reports).
    assert _orgs("一批新质项目深耕拓展,联想创新园正式启用、产业园扩能发力") == []
    assert _orgs("提升上合组织农业基地建设水平,深化中国—中亚农业创新合作。") == []
    assert _orgs("华锦阿美精细化工、中国原子能科学院葫芦岛基地、大连金州湾国际机场等重点项目") == []


def test_org_before_its_headquarters_or_summit_stays():
    # dev wr2026-hebei (中国华能总部), wr2026-tianjin (上海合作组织峰会) keep the ORG.
    assert "中国华能" in _orgs("中国华能总部等标志性项目落地。")
    # 重庆市 2026 政府工作报告 (epaper.cqrb.cn/cqrb/2026-02/03/002/content_rb_356366.htm): an alliance's own assembly.
    assert "亚洲文化遗产保护联盟" in _orgs("成功举办中国艺术节、亚洲文化遗产保护联盟大会、全国青年美术作品展览")
