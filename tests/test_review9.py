"""Review of round 23's bodies, places and linker rules (review9): real sentences that broke them."""
from __future__ import annotations

import govie


def _ents(text, label, ref=None):
    out = []
    for e in govie.extract(text, model=None, reference_date=ref).entities:
        assert text[e.start:e.end] == e.text
        if e.label == label:
            out.append((e.text, e.attrs.get("canonical")))
    return out


def test_stationed_units_in_the_townships_are_no_county_short_name():
    # 驻乡单位/驻镇单位 are the units stationed in the townships, in 乡宁县's and 镇雄县's papers as anywhere.
    text = ("乡宁县人民政府\n关于做好2023年防汛工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "各乡镇要组织乡镇干部和驻乡单位职工开展巡查。")
    assert _ents(text, "LOC") == []
    text = ("镇雄县人民政府办公室\n关于做好春节期间安全工作的通知\n各乡镇人民政府，县直各部门：\n"
            "各乡镇党委政府要组织驻镇单位和村组干部开展隐患排查。")
    assert _ents(text, "LOC") == []
    # The county's own one-character name still counts (梁政发【2023】7号).
    text = "梁山县人民政府\n关于做好工作的通知\n驻梁有关单位：\n请遵照执行。"
    assert ("梁", None) in _ents(text, "LOC")


def test_headquarters_office_does_not_swallow_the_body_before_it():
    text = "。市场监管部门配合县防汛抗旱指挥部办公室开展检查。"
    assert ("县防汛抗旱指挥部办公室", None) in _ents(text, "DEPT")
    assert all(not t.startswith("市场") for t, _ in _ents(text, "DEPT"))
    text = "。区域联动应急指挥部办公室设在区应急管理局。"
    assert [t for t, _ in _ents(text, "DEPT")] == ["区应急管理局"]
    text = "。遂宁市人民政府防汛抗旱指挥部办公室发布预警。"
    assert [t for t, _ in _ents(text, "DEPT")] == ["遂宁市人民政府防汛抗旱指挥部办公室"]


def test_deputies_a_local_subject_meets_in_a_ministry_notice_are_no_national_congress():
    text = ("教育部办公厅关于做好2023年教育督导工作的通知\n各省、自治区、直辖市教育厅（教委）：\n"
            "各地要主动邀请人大代表、政协委员参与督导评估。")
    assert ("人大", "全国人民代表大会") not in _ents(text, "DEPT")


def test_firm_acting_on_a_site_stays_an_org():
    text = "联想集团投资建设产业园，比亚迪公司新建研发基地。"
    assert [t for t, _ in _ents(text, "ORG")] == ["联想集团", "比亚迪公司"]
    assert _ents("推进联想创新园、上合组织农业基地建设。", "ORG") == []


def test_central_field_names_no_body_gone_by_the_texts_date():
    text = "第五条 国家铁路主管部门负责全国铁路安全监督管理工作。"
    assert _ents(text, "DEPT", "2023-06-01") == [("国家铁路主管部门", "国家铁路局")]
    text = "第五条 国家电力主管部门负责全国电力事业的监督管理。"
    assert _ents(text, "DEPT", "2023-06-01") == [("国家电力主管部门", None)]
    assert _ents(text, "DEPT", "1995-06-01") == [("国家电力主管部门", "电力工业部")]


def test_bare_zone_kind_after_verbs_is_a_class_not_a_body():
    text = "要推动开发区管委会改革。\n支持开发区管委会依法履职。\n主持云南禄丰产业园区管委会日常工作。"
    assert [t for t, _ in _ents(text, "DEPT")] == ["云南禄丰产业园区管委会"]
    # On an addressee line the bare kind is the county's one zone.
    text = "各乡镇人民政府，开发区管委会，县直各有关部门：\n现将方案印发给你们。"
    assert ("开发区管委会", None) in _ents(text, "DEPT")


def test_defined_committee_short_name_is_not_another_zones_tail():
    text = ("第二条 广州南沙开发区（自贸区南沙片区）管理委员会（以下简称“管委会”）负责本办法的实施。"
            "管委会会同中新广州知识城管委会、南沙区各镇街开展工作。由管委会统筹。")
    spans = [(e.start, e.text) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    tail = text.index("知识城管委会") + 3
    assert (tail, "管委会") not in spans
    assert (text.index("由管委会") + 1, "管委会") in spans


def test_two_cities_before_a_joint_process_are_two_places():
    assert [t for t, _ in _ents("推进广州佛山同城化。", "LOC")] == ["广州", "佛山"]
    assert [t for t, _ in _ents("建设西安咸阳一体化。", "LOC")] == ["西安", "咸阳"]
    # A run of one character of each city stays one place.
    assert [t for t, _ in _ents("成德眉资同城化加快推进。", "LOC")] == ["成德眉资"]


def test_bare_free_trade_zone_committee_is_a_class():
    text = "中国（四川）自由贸易试验区管理委员会负责。推动自由贸易试验区管理委员会改革。"
    assert [t for t, _ in _ents(text, "DEPT")] == ["中国（四川）自由贸易试验区管理委员会"]
