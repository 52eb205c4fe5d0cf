"""Probe org52p: ORG and LOC in county, city, district and provincial news of government bodies."""

import govie


def _spans(text, label):
    doc = govie.extract(text, model=None)
    out = [(e.start, e.end, e.text) for e in doc.entities if e.label == label]
    assert all(text[s:e] == t for s, e, t in out)
    return out


def test_region_after_a_building_verb_jieba_joins():
    # 沙坪坝区发展改革委 2023-09-28 (www.cqspb.gov.cn/bm/qfzggw_63461/sy_63495/gzdt_63496/202309/t20230928_12395560.html).
    text = "共同推动双核联动联建,协力打造成渝地区双城经济圈建设合作样板"
    s = text.index("成渝")
    assert (s, s + 9, "成渝地区双城经济圈") in _spans(text, "LOC")


def test_standing_meeting_before_its_session_holds_its_places():
    # Same page: the meeting's name opens with two cities; the city where it meets is a place.
    text = "9月27日,重庆成都双核联动联建会议第二次会议在成都市召开"
    s = text.index("成都市")
    assert _spans(text, "LOC") == [(s, s + 3, "成都市")]


def test_university_institute_named_by_two_regions():
    # 嘉善 2019 (town.zjol.com.cn/czjsb/201907/t20190723_10642636.shtml).
    text = "研究院由嘉善与上海财经大学长三角与长江经济带发展研究院合作设立"
    s = text.index("上海财经大学")
    assert (s, s + 20, "上海财经大学长三角与长江经济带发展研究院") in _spans(text, "ORG")
    assert not any(t == "长三角" for _, _, t in _spans(text, "LOC"))
    # 与 joining two bodies stays a conjunction.
    assert [t for _, _, t in _spans("复旦大学与上海研究院合作", "ORG")] == ["复旦大学"]


def test_development_institute_is_an_org():
    # Same page.
    text = "国家发改委原副秘书长范恒山认为,嘉善县和上海财经大学合作设立长三角一体化发展研究院,对推动区域一体化有重要意义。"
    s = text.index("长三角一体化发展研究院")
    assert (s, s + 11, "长三角一体化发展研究院") in _spans(text, "ORG")
    # A jurisdiction's own development institute stays a public body.
    assert _spans("省发展研究院要加强研究", "ORG") == []


def test_verb_before_a_community_is_no_community_name():
    # 文昌 2017 (hain.chinadaily.com.cn/2017-05/15/content_29344836.htm).
    text = "以上海交大医学院医疗合作项目(三甲医院)为核心,在文昌搭建社区门诊、健康调理、运动恢复、高端养生四级医养产品体系"
    s = text.index("文昌")
    assert (s, s + 2, "文昌") in _spans(text, "LOC")
    assert not any("社区" in t for _, _, t in _spans(text, "LOC"))


def test_adverb_after_a_place_makes_it_no_project_name():
    # Same page.
    text = "近日,省卫计委、文昌市政府、鲁能集团、上海交通大学医学院在文昌就上海交通大学医疗合作项目落户文昌召开洽谈会"
    s = text.index("在文昌") + 1
    assert (s, s + 2, "文昌") in _spans(text, "LOC")


def test_building_verb_after_a_place_opens_no_name():
    # 文昌 2017 (hain.chinadaily.com.cn/2017-05/15/content_29344836.htm).
    text = "今后,鲁能集团将在文昌打造鲁能山海天项目健康产业园,将以上海交大医学院医疗合作项目(三甲医院)为核心"
    s = text.index("文昌")
    assert (s, s + 2, "文昌") in _spans(text, "LOC")
