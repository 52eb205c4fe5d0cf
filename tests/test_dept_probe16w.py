"""DEPT in work reports, round-11 probe (dept16w): real lines of the full 2026 provincial reports
(/work/r6/readable, stretches outside the dev excerpts) and of published city and county reports."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def test_the_armed_police_thanked_in_a_report_is_a_body():
    # wr2026-海南省 (thanks of the review): 武警 alone was no registry form (two characters); dev
    # wr2026-liaoningm and wr2026-shanghaim mark it → 中国人民武装警察部队.
    text = "在这里，我代表省人民政府，向中央和国家各部门各单位、各兄弟省区市，向驻琼部队和武警官兵，表示衷心的感谢！"
    assert ("武警", "中国人民武装警察部队") in _depts(text)


def test_the_armed_police_before_he_in_a_list_of_the_thanked():
    # wr2026-宁夏回族自治区: 武警官兵和消防救援队伍指战员.
    text = "向中央驻宁单位、驻宁解放军指战员、武警官兵和消防救援队伍指战员等所有为宁夏发展辛勤付出的奋斗者"
    assert ("武警", "中国人民武装警察部队") in _depts(text)


def test_the_armed_police_force_keeps_its_longer_name():
    # Guard, sc-report-2010: 武警部队 stays one span.
    text = "人民解放军和武警部队圆满完成抗震救灾任务。"
    assert ("武警部队", "中国人民武装警察部队") in _depts(text)
    assert ("武警", "中国人民武装警察部队") not in _depts(text)


def test_a_national_parks_administration_is_its_own_body():
    # wr2026-海南省 (review of 十四五): 国家公园管理局 inside the name was linked to 国家林业和草原局 (a wrong
    # body) and 海南热带雨林 dropped.
    text = "海南热带雨林国家公园管理局组建运行。"
    assert _depts(text) == [("海南热带雨林国家公园管理局", "海南热带雨林国家公园管理局")]


def test_a_national_parks_administration_in_news():
    # http://news.jsnol.com/local/2017/0819/148950_2.html (中新网 2017-08-19).
    text = "今天上午,东北虎豹国家公园国有自然资源资产管理局、东北虎豹国家公园管理局在吉林省长春市揭牌成立"
    assert ("东北虎豹国家公园管理局", "东北虎豹国家公园管理局") in _depts(text)
    assert all(c != "国家林业和草原局" for _, c in _depts(text))


def test_he_before_a_bare_county_cppcc_after_any_word():
    # 高县 2021 report on 2020 (宜宾, 高县年鉴, search "pages"): 和 joins 工作监督 and 县政协; 和县 (Anhui)
    # was read, a body of another province (中国人民政治协商会议和县委员会).
    text = ("高县人民政府工作报告\n2020 年,在市委市政府和县委的坚强领导下,在县人大及其常委会的法律监督、工作监督"
            "和县政协的民主监督下,县政府坚持以习近平新时代中国特色社会主义思想为指导")
    assert ("县政协", "中国人民政治协商会议高县委员会") in _depts(text)


def test_a_lab_named_after_its_province_is_a_body():
    # wr2026-辽宁省 (outside the dev excerpts): the ORG rule took 辽宁实验室; dev wr2026-liaoningm marks it
    # DEPT → 辽宁实验室 (guide v2: public institutions).
    text = "辽宁实验室集聚科研人员1110人、实施自主科研项目88项、转化科研成果328项。"
    assert _depts(text) == [("辽宁实验室", "辽宁实验室")]


def test_labs_named_after_a_city_and_a_region_in_a_list():
    # wr2026-江西省 (outside the dev excerpts; dev wr2026-jiangxi marks 赣南实验室).
    text = ("积极支持中国科学院赣江创新研究院、太行国家实验室江西创新中心以及南昌实验室、赣南实验室等稳定运行，"
            "筹建核医疗等领域省实验室。")
    depts = _depts(text)
    assert ("南昌实验室", "南昌实验室") in depts and ("赣南实验室", "赣南实验室") in depts
    assert not any(t.endswith("省实验室") for t, _ in depts)


def test_a_labs_provincial_institute_is_one_body():
    # dev wr2026-shanxi: 怀柔实验室山西研究院, one span with its own name.
    text = "国家级创新平台实现倍增，怀柔实验室山西研究院入轨运行，6家全国重点实验室重组入列。"
    assert _depts(text) == [("怀柔实验室山西研究院", "怀柔实验室山西研究院")]


def test_labs_of_a_class_after_a_list_of_names_are_not_one_body():
    # Guard, wr2026-吉林省: 3个省实验室 (a count of labs of a class).
    text = "“省市共建、一室一策”支持长白山、三江、吉光3个省实验室高效运营。"
    assert not any(t.endswith("实验室") for t, _ in _depts(text))


def test_a_counted_series_of_a_provinces_labs_is_no_body():
    # wr2026-陕西省: 陕西实验室 is the series of Shaanxi's labs, counted (新增陕西实验室5家).
    text = "落地国家重大科技基础设施4个、新增陕西实验室5家，研发投入强度2.61％。"
    assert not any(t.endswith("实验室") for t, _ in _depts(text))


def test_a_firms_lab_named_after_a_province_is_no_provincial_lab():
    # wr2026-青海省: 香港STC青海实验室 (a Hong Kong testing firm's lab), not 青海实验室.
    text = "加快香港STC青海实验室、天文望远镜数据采集与运维平台建设。"
    assert ("青海实验室", "青海实验室") not in _depts(text)


def test_a_lab_named_after_a_city_ending_in_zhou():
    # wr2026-广东省 (outside the dev excerpts): 广州 ends in 州, which closed the full-name check.
    text = "体系化布局建设多层次实验室，广州实验室成功研发上市全球首个抗甲流PB2新药，鹏城实验室先进通信技术研发取得突破。"
    depts = _depts(text)
    assert ("广州实验室", "广州实验室") in depts and ("鹏城实验室", "鹏城实验室") in depts
    assert ("多层次实验室", "多层次实验室") not in depts


def test_provincial_labs_visited_by_a_vice_governor():
    # https://share.hntv.tv/news/0/1721481413984931841 (河南, 2023): three provincial labs in a list.
    text = "近日,副省长宋争辉到平原实验室、神农种业实验室、天健先进生物医学实验室调研实验室建设工作,并主持召开座谈会。"
    assert [t for t, _ in _depts(text)] == ["平原实验室", "神农种业实验室", "天健先进生物医学实验室"]


def test_ministers_meeting_names_no_ministry():
    # wr2026 云南: 农业部长会议 of the SCO member states is a meeting of ministers, not 农业部 (abolished 2018).
    text = "澜湄合作第十次外长会、中柬泰三方抚仙会晤、第十届上海合作组织成员国农业部长会议等重大外事"
    r = govie.extract(text, model=None)
    assert not [e for e in r.entities if e.label == "DEPT" and "农业" in e.text]
