"""Assignments probe asg19: national and provincial documents that name responsible bodies.

Each test quotes real sentences of a probe page (address in the comment); the page store serves
several of them from big5 mirrors in traditional script, with ASCII brackets, colons and commas.
"""
from __future__ import annotations

from .assignment_frames import assignments


def by_task(found: list[dict], opening: str) -> dict:
    (a,) = [a for a in found if a["task"]["text"].startswith(opening)]
    return a


# https://newton.com.tw/wiki/黑龍江省促進經濟穩增長的若干措施 (traditional script): 負責 must read as 负责.
HLJ = ("黑龍江省促進經濟穩增長的若干措施\n一、推進重大基礎設施建設\n"
       "2.加快國省幹道和農村公路建設,今明兩年投資270億元。新改擴建國省幹道5478公里。"
       "(省發改委、交通運輸廳、相關市、縣政府負責)\n")


def test_traditional_note_assigns_its_item():
    (a,) = assignments(HLJ)
    assert a["task"]["text"].startswith("加快國省幹道和農村公路建設")
    assert a["lead"] == ["黑龙江省发展和改革委员会", "黑龙江省交通运输厅"]
    assert a["support"] == []


# http://chaincenturyfinance.com/tzgg/2421.html, 鄂政發〔2018〕26號 (traditional script, labelled note).
HUBEI = ("省人民政府關于\n進一步優化營商環境的若干意見\n鄂政發〔2018〕26號\n各市、州、縣人民政府,省政府各部門:\n"
         "(一)提高市場開放程度。全面實施市場準入負面清單制度,除法律法規明令禁止的范圍外一律開放。"
         "(牽頭單位:省發展改革委;責任單位:省編辦、省國土資源廳、省環保廳、省住建廳)\n")


def test_traditional_labelled_note_gives_lead_and_support():
    (a,) = assignments(HUBEI)
    assert a["task"]["text"].startswith("提高市場開放程度")
    assert a["lead"] == ["湖北省发展和改革委员会"]
    assert "湖北省国土资源厅" in a["support"] and "湖北省住房和城乡建设厅" in a["support"]


# http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html, 韶府〔2019〕31號: 排在首位的爲牽頭單位.
SHAOGUAN = ("韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知(韶府〔2019〕31號)\n"
            "1.在國家、省規定的稅額幅度內,全市城鎮土地使用稅稅額標准下調至1—8元/平方米,自2019年1月1日起按標准調整到位。"
            "(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同) \n")


def test_first_listed_body_leads_when_it_stands_first():
    (a,) = assignments(SHAOGUAN)
    assert a["lead"] == ["国家税务总局韶关市税务局"]
    assert a["support"] == ["韶关市财政局"]


# https://kuaibao.lzzcloud.net/news_info/820521.html (济南市钢城区 2021): 区政府有关部门 is a class.
GANGCHENG = ("济南市钢城区人民政府办公室\n2021年4月10日\n深化“放管服”改革优化营商环境2021年重点任务分工方案\n"
             "4.深入研究论证区级行政权力事项,对不适应经济社会发展需求以及市场机制能够有效调节的,分类实施取消或转变管理方式。"
             "(牵头单位:区司法局;责任单位:区政府有关部门)\n")


def test_government_with_its_departments_is_a_class():
    (a,) = assignments(GANGCHENG)
    assert a["lead"] == ["济南市钢城区司法局"]
    assert a["support"] == []


# https://czj.changde.gov.cn/zxzx/gzdt/gncjdt/content_899120 (news of the 2022 分工意见): the title's
# 〈政府工作报告〉 makes no report of the text, and 由X牵头，于…完成 assigns the clause before it.
FENGONG = ("国务院近日印发《关于落实〈政府工作报告〉重点工作分工的意见》(以下简称《分工意见》),"
           "将《政府工作报告》提出的44个方面52项重点工作,逐一分解到国务院部门和有关地方,并明确责任和完成时限。\n"
           "在重大政策取向和要求上,《分工意见》要求,积极的财政政策要提升效能,更加注重精准、可持续。"
           "提升积极的财政政策效能工作,由财政部牵头,于12月底前完成。\n")


def test_by_body_leads_the_clause_before_it():
    a = by_task(assignments(FENGONG), "提升积极的财政政策效能工作")
    assert a["task"]["text"] == "提升积极的财政政策效能工作"
    assert a["lead"] == ["财政部"]
    assert a["trigger"]["text"] == "牵头"


def test_report_title_inside_a_title_is_cited():
    from govie.assignments import _REPORT
    assert _REPORT.search(FENGONG) is None
    assert _REPORT.search("各位代表：现在，我代表省人民政府向大会报告政府工作") is not None


# https://dara.gd.gov.cn/ztzx/xczxgzt/xwgk/tzgg/content/post_4379712.html, 粤府〔2021〕22号: 部门分工 lines.
YUEFU = ("广东省人民政府关于印发2021年\n\n省《政府工作报告》重点任务\n\n分工方案的通知\n\n粤府〔2021〕22号\n\n"
         "  一、2021年经济社会发展主要预期目标\n\n  1.地区生产总值增长6%以上。\n\n  分管省领导:林克庆\n\n"
         "  部门分工:省发展改革委牵头,各地、各部门配合。\n\n  2.地方一般公共预算收入增长5%左右。\n\n"
         "  分管省领导:林克庆\n\n  部门分工:省财政厅牵头,各地、各部门配合。\n")


def test_division_of_labour_line_assigns_the_item_above():
    found = assignments(YUEFU)
    assert [(a["task"]["text"], a["lead"], a["support"]) for a in found] == [
        ("地区生产总值增长6%以上", ["广东省发展和改革委员会"], []),
        ("地方一般公共预算收入增长5%左右", ["广东省财政厅"], []),
    ]
    assert all(a["trigger"]["text"] == "部门分工" for a in found)


# http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html, 州政發〔2020〕5號: a
# government that settles what the year is called (確定…為) states no task of its own.
XIANGXI = ("州政發〔2020〕5號\n各縣市人民政府、湘西經開區管委會,州政府各局委、各直屬機構:\n"
           "湘西自治州2020年深化“放管服”改革優化營商環境工作計劃\n"
           "為鞏固提升我州“放管服”改革優化營商環境工作實效,切實解決企業群眾最需、最盼、最急、最難、最堵問題,"
           "州人民政府確定2020年為“深化放管服改革優化營商環境攻堅年”,結合實際,特制定本計劃。\n")


def test_a_government_settling_a_name_assigns_nothing():
    assert assignments(XIANGXI) == []
