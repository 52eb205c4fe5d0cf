"""Review10 of round 24's merges: defects shown on realistic administrative sentences."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# The least time of doing (ind48p) is written most often as 从事…工作N年以上 in talent and subsidy rules
# (e.g. 人才认定办法: "取得中级以上职称并从事本专业工作3年以上"); its indicator is the doing, with whole words.
def test_least_time_keeps_the_verb_congshi():
    ms = _metrics("某市高层次人才认定办法\n第五条 申请人应具有本科以上学历，从事相关专业工作5年以上。")
    assert ms["5年"]["indicator"] == "从事相关专业工作"


def test_least_time_modal_is_a_word_not_a_character():
    # 应急 and 供应 hold 应 inside a word: no modal to cut at
    ms = _metrics("某县应急救援队伍管理办法\n第六条 队员须从事应急管理工作3年以上。")
    assert ms["3年"]["indicator"] == "从事应急管理工作"
    ms = _metrics("某市天然气保供奖励办法\n第四条 企业须稳定供应天然气3年以上。")
    assert ms["3年"]["indicator"] == "稳定供应天然气"


def test_least_time_is_of_the_last_joined_condition():
    ms = _metrics("某市人才引进实施办法\n第三条 取得中级以上职称并从事本专业工作3年以上的，给予安家补贴。")
    assert ms["3年"]["indicator"] == "从事本专业工作"


# The lead 从 (从2020年的…) is a word of its own; inside 从业/从事 it opens the name.
def test_a_one_character_lead_inside_a_word_stays():
    # (a bulletin's sentence: 2023年，从业人员达到…)
    ms = _metrics("2023年，从业人员达到5000人。")
    assert ms["5000人"]["indicator"] == "从业人员"
    # and 比 (比上年增长…) inside 比较
    ms = _metrics("比较优势产业产值增长10%。")
    assert ms["10%"]["indicator"] == "比较优势产业产值"


def _depts(text, jurisdiction=None):
    res = govie.extract(text, model=None, jurisdiction=jurisdiction)
    return [(e.label, e.text, e.attrs.get("canonical")) for e in res.entities if e.label in ("DEPT", "ORG", "LOC")]


# The new department type 招商局 (dept59n) is a division's bureau only with its level written (市招商局, 兴平市招商局,
# 县招商局); a city's short name before 招商局 opens the enterprise's zone, park or firm: 漳州招商局经济技术开发区 (a
# national development zone in Fujian), 招商局光明科技园 in Shenzhen, 湛江's port company. A wrong body is worse than none.
def test_enterprise_zhaoshangju_after_a_short_place_name_is_no_bureau():
    for text, jur in [("支持漳州招商局经济技术开发区创新发展。", "福建省"),
                      ("支持深圳招商局光明科技园建设。", "广东省"),
                      ("湛江招商局港口有限公司投资建设。", "广东省")]:
        assert not [d for d in _depts(text, jur) if d[0] == "DEPT"], text
    # the bureau with its level stays (兴政办发〔2022〕20号: 牵头部门:市招商局)
    assert ("DEPT", "市招商局", "兴平市招商局") in _depts("牵头部门:市招商局", "兴平市")
    assert ("DEPT", "漳州市招商局", "漳州市招商局") in _depts("漳州市招商局负责。", "福建省")
