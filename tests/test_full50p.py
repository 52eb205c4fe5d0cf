"""Complete provincial policy documents on all layers (probe full50p): a reply of 河北's general office,
a 云南 government naming notice and a 湖北 教育厅 transmittal. Sentences quoted from the pages named."""

from __future__ import annotations

import govie

HEBEI = "https://0798ci.com/policy/54338.html"  # 河北省人民政府办公厅 办字〔2010〕65号
YUNNAN = "https://www.yn.gov.cn/zwgk/zfgb/2021/2021d8q/szfwj/202104/t20210401_219656.html"  # 云政函〔2021〕25号
HUBEI = "http://sitongedu.org/news.asp?id=2933"  # 湖北省教育厅办公室 2017-04-26


def _run(text: str, model=None):
    out = govie.extract(text, model=model).to_dict()
    for e in out["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    return out


def _spans(out, label):
    return [e["text"] for e in out["entities"] if e["label"] == label]


# HEBEI
REQUESTS = ("石家庄市政府石政呈〔2009〕236号和石政呈〔2010〕41号、张家口市政府张政呈〔2010〕22号、"
            "唐山市政府唐政字〔2009〕35号和唐政字〔2010〕51号、保定市政府保市政〔2010〕45号文收悉。")


def test_government_run_into_its_number_is_a_dept_of_its_own():
    out = _run(REQUESTS)
    docnos = {e["text"]: e.get("issuer") for e in out["entities"] if e["label"] == "DOCNO"}
    assert docnos["张政呈〔2010〕22号"] == "张家口市人民政府"
    assert docnos["保市政〔2010〕45号"] == "保定市人民政府"
    assert "张家口市政府" in _spans(out, "DEPT") and "唐山市政府" in _spans(out, "DEPT")
    assert not any("政府" in t for t in docnos)


def test_no_code_runs_across_the_hao_of_the_number_before():
    out = _run(REQUESTS)
    docnos = _spans(out, "DOCNO")
    assert "唐政字〔2009〕35号" in docnos and "唐政字〔2010〕51号" in docnos
    assert not any(t.startswith("号") for t in docnos)


def test_receipt_of_a_request_is_no_assignment():
    text = ("河北省人民政府办公厅关于同意张家口保定市和辛集市等市县为省级园林城市（县城）的复函\n"
            "石家庄、张家口、唐山、保定、邢台、邯郸市人民政府：\n" + REQUESTS + "\n二○一○年六月二十三日\n")
    assert _run(text)["assignments"] == []


def test_places_of_two_lists_joined_by_he():
    out = _run("经省政府研究，同意张家口、保定市和辛集、遵化、藁城市为省级园林城市，迁西、栾城、清河、涉县为省级园林县城。")
    locs = _spans(out, "LOC")
    for name in ("张家口", "保定市", "辛集", "遵化", "藁城市", "迁西", "涉县"):
        assert name in locs


# YUNNAN
TOWNS = "决定命名安宁温泉小镇、腾冲银杏小镇、禄丰黑井古镇、剑川沙溪古镇、瑞丽畹町小镇、德钦梅里雪山小镇为“云南省特色小镇”，现予公布。"


def test_named_towns_after_the_naming_verb_are_sites():
    locs = _spans(_run("经严格评选，省人民政府" + TOWNS), "LOC")
    assert "安宁温泉小镇" in locs and "剑川沙溪古镇" in locs and "腾冲银杏小镇" in locs


def test_selection_before_the_decision_is_a_done_activity():
    text = ("云南省人民政府关于命名“云南省美丽县城”“云南省特色小镇”的通知\n各州、市人民政府，省直各委、办、厅、局：\n"
            "经严格评选，省人民政府" + TOWNS + "\n云南省人民政府\n2021年3月28日\n")
    acts = {a["trigger"]["text"]: a for a in _run(text)["activities"]}
    assert acts["评选"]["type"] == "other" and acts["评选"]["mode"] == "done"
    assert acts["评选"]["agents"] == ["云南省人民政府"]


def test_selection_as_a_noun_is_no_activity():
    text = "各区人民政府：\n开展普惠金融发展示范区评选，探索财政支持普惠金融发展。\n"
    assert all(a["trigger"]["text"] != "评选" for a in _run(text)["activities"])


def test_country_of_a_superlative_is_a_place():
    out = _run("努力把云南建设成为中国最美丽省份。")
    assert "中国" in _spans(out, "LOC") and "云南" in _spans(out, "LOC")


def test_count_opening_a_quoted_name_measures_nothing():
    out = _run("要进一步提高政治站位，持之以恒、久久为功推进建设，紧密结合爱国卫生“7个专项行动”，下足“绣花”功夫。")
    m = next(e for e in out["entities"] if e["label"] == "METRIC")
    assert m["text"] == "7个" and m.get("indicator") is None and m.get("change") is None


def test_quoted_honour_after_wei_is_no_place_for_the_model():
    text = ("各州、市人民政府，省直各委、办、厅、局：\n经严格评选，省人民政府决定命名弥勒市、澄江市为“云南省美丽县城”，现予公布。\n"
            "云南省人民政府\n2021年3月28日\n")
    locs = _spans(_run(text, model=govie.pipeline.BUNDLED_MODEL), "LOC")
    assert "云南省美丽县城" not in locs and "弥勒市" in locs


# HUBEI
def test_unit_joined_by_yu_is_part_of_the_dept():
    out = _run("各高等学校：\n有关中等职业学校联系处室：省教育厅职业教育与成人教育处；\n湖北省教育厅办公室\n2017年4月26日\n")
    d = next(e for e in out["entities"] if e["label"] == "DEPT" and e["text"].startswith("省教育厅"))
    assert d["text"] == "省教育厅职业教育与成人教育处"
    assert d.get("canonical") == "湖北省教育厅" and d.get("unit") == "职业教育与成人教育处"


def test_bodies_concerned_are_no_org_and_close_an_addressee_line():
    text = ("各市、州、直管市、神农架林区教育局，各高等学校，有关中等职业学校：\n"
            "现将《教育部办公厅关于做好学校防灾减灾工作的通知》（教发厅〔2017〕4号）转发给你们。\n"
            "湖北省教育厅办公室\n2017年4月26日\n")
    out = _run(text)
    assert _spans(out, "ORG") == []
    assert out["meta"]["addressees"] == "各市、州、直管市、神农架林区教育局，各高等学校，有关中等职业学校"


def test_office_code_of_a_ministry_department():
    out = _run("现将《教育部办公厅关于做好学校防灾减灾工作的通知》（教发厅〔2017〕4号）转发给你们。")
    d = next(e for e in out["entities"] if e["label"] == "DOCNO")
    assert d["text"] == "教发厅〔2017〕4号" and d.get("issuer") == "教育部办公厅"
