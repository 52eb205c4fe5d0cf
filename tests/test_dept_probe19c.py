"""DEPT in county, district and township pages, round-12 probe (dept19c): real sentences of
published pages (addresses in each test)."""

from __future__ import annotations

import govie


def _extract(text: str, reference_date: str | None = None):
    return govie.extract(text, reference_date=reference_date)


def _depts(text: str, reference_date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.attrs.get("canonical"), e.attrs.get("unit"))
            for e in _extract(text, reference_date).entities if e.label == "DEPT"]


def test_a_county_bureau_of_transport_by_its_short_name():
    # http://www.kmyl.gov.cn/c/2024-09-09/6900384.shtml (宜良县交通运输局, 2024)
    text = ("宜良县交通运输局2024年人大建议和政协提案办理情况\n"
            "县交运局高度重视人大建议、政协提案办理工作,召开专题会议研究。")
    assert ("县交运局", "宜良县交通运输局", None) in _depts(text, "2024-09-09")


def test_a_county_bureau_of_health_and_family_planning_before_2018():
    # http://www.bralcochina.com/html/eactionShowInfo.phpclassid66&id132191.html (来凤县, 2017)
    text = ("来凤县人民政府。承办建议的部门与乡镇共涉及到人武部、发改局、卫计局、交运局、财政局、"
            "公安局等29个单位和8个乡镇。")
    depts = _depts(text, "2017-12-25")
    assert ("卫计局", "来凤县卫生和计划生育局", None) in depts
    assert ("交运局", "来凤县交通运输局", None) in depts


def test_a_bare_bureau_of_resettlement_is_not_the_national_immigration_administration():
    # Same page (来凤县, 2017): 移民局 among the county's bureaus is no 国家移民管理局 (set up in 2018).
    text = "来凤县人民政府。承办建议的部门共涉及到发改局、财政局、移民局、贸促会、规划局等29个单位。"
    assert all(c != "国家移民管理局" for _, c, _ in _depts(text, "2017-12-25"))


def test_the_national_immigration_administration_in_a_central_text():
    text = "国务院办公厅通知。公安部、移民局负责出入境管理。"
    assert ("移民局", "国家移民管理局", None) in _depts(text, "2020-01-01")


def test_unlisted_abbreviations_in_a_list_of_district_bureaus():
    # http://zynews.com.cn/article/show-111366.html (昭阳区, 2008)
    text = ("昭阳区召开第三届人民代表大会常务委员会第二次会议。"
            "会议还听取了区人民法院、区人劳局、区财政局、区计生局、区煤工局、区水利局负责人所作专项工作承诺报告。")
    depts = _depts(text, "2008-06-02")
    assert ("区人劳局", None, None) in depts
    assert ("区煤工局", None, None) in depts
    assert ("区计生局", "昭通市昭阳区人口和计划生育局", None) in depts


def test_unlisted_abbreviations_in_a_bracketed_task_note():
    # http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml (官渡区, 2016)
    text = ("结合官渡区实际,特制定如下政策措施。(区政务服务局牵头,区发改局、区审改办、区住建局、区级相关部门配合)"
            "(区发改局牵头,区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门配合)")
    depts = _depts(text, "2016-12-06")
    assert ("区审改办", None, None) in depts
    assert ("区经贸投促局", None, None) in depts
    assert ("区交运局", "昆明市官渡区交通运输局", None) in depts


def test_a_word_with_a_county_level_inside_is_no_list_item():
    # The rule alone (the bundled model reads 区域发展局 as a body on main too).
    text = "官渡区召开会议。区财政局、区域发展局、区住建局参加。"
    found = [e.text for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert found == ["区财政局", "区住建局"]


def test_county_congress_working_committees_are_units_of_the_standing_committee():
    # http://qichun.cjyun.org/p/18079.html (蕲春县)
    text = "蕲春县交通运输局组织五个专班。县人大代工委、县政协提案委和县政府督查室有关人员全程参与。"
    depts = _depts(text)
    assert ("县人大代工委", "蕲春县人民代表大会常务委员会", "代工委") in depts
    assert ("县政协提案委", "中国人民政治协商会议蕲春县委员会", "提案委") in depts


def test_a_finance_working_committee_after_the_standing_committee():
    # https://www.zhp.gov.cn/Content-725407.html (镇坪县, 2012)
    text = ("镇坪县第十七届人大常委会召开第六次会议\n县人大常委会财经工委主任汪锡强同志代表县人大常委会视察组"
            "报告了视察情况。")
    assert ("县人大常委会财经工委", "镇坪县人民代表大会常务委员会", "财经工委") in _depts(text, "2012-08-01")


def test_an_education_working_committee_after_the_congress():
    # http://60.220.204.184:9095/993bfd6d10b9471aa78b922b58b6daf7 (长子县)
    text = "会议听取了县政府关于《全县高中教育质量提升情况的报告》、县人大教科文卫工委关于《全县高中教育质量提升情况的调研报告》"
    # No county is named: the span is whole, its body unknown.
    assert ("县人大教科文卫工委", None, None) in _depts(text)


def test_the_proposals_committee_alone_after_the_county_cppcc():
    # http://cnzx.cncn.gov.cn/art/2025/8/13/art_1302252_58828656.html (苍南县, 2025)
    text = ("县卫健局召开政协提案办理集体面商会\n县政协副主席朱植丰,提案委主任杜声亮,部分县政协委员,"
            "县卫健局领导班子成员参加会议。\n©政协苍南县委员会版权所有")
    assert ("提案委", "中国人民政治协商会议苍南县委员会", "提案委") in _depts(text, "2025-08-13")


def test_party_organs_among_a_county_leaders_posts():
    # http://m.szonline.cn/food/ct/2024/0509/485815.html (西平县, 2024)
    text = "5月8日上午,西平县召开文化广电和旅游高质量发展推进会。县委常委、宣传部部长、副县长邓昭出席会议。"
    assert ("宣传部", "中共西平县委员会宣传部", None) in _depts(text, "2024-05-09")


def test_discipline_supervision_and_legal_affairs_organs_among_posts():
    # http://zhaoxian.gov.cn/content.jsp?code=000734848/2018-04870 (赵县, 2018)
    text = ("县委书记张敏周、县长高楠、县委常委、纪委书记、监委主任苏瑞、县委常委、政法委书记李京坤、"
            "县委常委、县委办公室主任范亚琼和各乡镇办事处党政主要负责人在我县分会场集中收听收看会议。")
    texts = [t for t, _, _ in _depts(text, "2018-11-29")]
    assert ["县委", "县委", "纪委", "监委", "县委", "政法委", "县委", "县委办公室"] == texts[:8]


def test_a_place_deep_in_an_opening_paragraph_is_not_the_documents_division():
    # Same 赵县 page: its first paragraph names 张家口's explosion; the item is no 张家口 document.
    text = ("11月29日,省、市先后召开安全生产工作电视电话会议。省会议指出,各级各部门要坚持政治站位,为新时代全面建设"
            "经济强省、美丽河北提供有力安全保障。市会议就贯彻落实省会议精神强调,深刻汲取张家口1128爆炸事故教训。\n"
            "县委书记张敏周、县委常委、政法委书记李京坤在我县分会场集中收听收看会议。")
    r = _extract(text, "2018-11-29")
    assert (r.meta.get("division") or {}).get("name") != "张家口市"
    assert [e.attrs.get("canonical") for e in r.entities if e.label == "DEPT" and e.text == "县委"] == [None, None]


def test_an_opening_paragraph_whose_first_sentence_names_the_county():
    # The 西平县 page: its first sentence names the county.
    text = "5月8日上午,西平县召开文化广电和旅游高质量发展推进会。县文广旅局班子成员参加会议。"
    assert (_extract(text, "2024-05-09").meta.get("division") or {}).get("name") == "西平县"
