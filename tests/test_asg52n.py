"""Assignments in State Council division-of-labour notes (probe asg52n, round 22).

Sections of 国发/国办发 documents of 2018-2019 from github.com/ZhouYNF/platform-1
(db/ge_policy_raw20190217.sql); addresses in /work/r22/asg52n/sources.md.
"""

from __future__ import annotations

from .assignment_frames import assignments

# 国办发〔2018〕129号 (http://www.gov.cn/zhengce/content/2019-01/14/content_5357723.htm), item (十四):
# the item's "X…等部门要…" duty names the bodies its note names.
XIAOFEI = ("国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见\n六、保障措施\n"
           "（十四）加强组织领导。发展改革委、扶贫办、农业农村部、商务部、文化和旅游部、供销合作总社、财政部等部门"
           "要加强对消费扶贫工作的统筹协调，制定实施方案，细化实化相关政策举措。各省（区、市）人民政府要高度重视本地区"
           "消费扶贫工作，根据产地、消费地的不同定位，明确目标任务，制定配套政策，建立工作机制，积极推动消费扶贫深入开展。"
           "（发展改革委、扶贫办、农业农村部、商务部、文化和旅游部、供销合作总社、财政部等和各省级人民政府负责）\n")


def test_a_duty_inside_an_item_whose_note_names_the_same_bodies_is_one_assignment():
    found = assignments(XIAOFEI, reference_date="2018-12-30")
    assert len(found) == 1
    a = found[0]
    assert a["task"]["text"].startswith("加强组织领导。")
    assert a["trigger"]["text"].startswith("（发展改革委")
    assert a["lead"][:2] == ["国家发展和改革委员会", "国务院扶贫开发领导小组办公室"] and len(a["lead"]) == 7
    assert a["support"] == []


# 国发〔2018〕39号 (http://www.gov.cn/zhengce/content/2018-12/05/content_5345808.htm), item (十三): duties of
# named ministries inside an item whose note names only classes stay assignments of their own.
JIUYE = ("（十三）明确部门组织协调责任。人力资源社会保障部要统筹协调促进就业政策制定、督促落实、统计监测等工作。"
         "财政部要加大资金支持力度，保障促进就业政策落实。其他有关部门和单位要立足职能职责，积极出台促进就业创业的政策措施，"
         "开展更多有利于促进就业的专项活动，共同做好促进就业工作。（各有关部门和单位按职责分工负责）\n")


def test_named_duties_under_a_class_note_are_kept():
    found = assignments(JIUYE, reference_date="2018-11-16")
    assert [a["lead"] for a in found] == [["人力资源和社会保障部"], ["财政部"]]


# 国办发〔2018〕128号 (http://www.gov.cn/zhengce/content/2019-01/21/content_5359620.htm), 二（二）and（三）: a target
# year that opens a clause (到2020年，…) is the task's deadline.
WUFEI = ("（二）实施工业绿色生产，推动大宗工业固体废物贮存处置总量趋零增长。开展绿色设计和绿色供应链建设，促进固体废物减量和"
         "循环利用。大力推行绿色设计，提高产品可拆解性、可回收性，减少有毒有害原辅料使用，培育一批绿色设计示范企业。"
         "（工业和信息化部、商务部、生态环境部指导）以铅酸蓄电池、动力电池、电器电子产品、汽车为重点，落实生产者责任延伸制，"
         "到2020年，基本建成废弃产品逆向回收体系。（国家发展改革委、工业和信息化部、生态环境部、商务部、市场监管总局指导）\n"
         "（三）推行农业绿色生产，促进主要农业废弃物全量利用。以收集、利用等环节为重点，坚持因地制宜、农用优先、就地就近原则，"
         "推动区域农作物秸秆全量利用。到2020年，秸秆综合利用率达到85%以上。（国家发展改革委、农业农村部指导）\n")


def test_a_target_year_opening_a_clause_is_the_deadline():
    found = assignments(WUFEI, reference_date="2018-12-29")
    assert [a["deadline"] for a in found] == [None, "2020", "2020"]
    assert found[1]["lead"][0] == "国家发展和改革委员会" and len(found[1]["lead"]) == 5
    assert found[2]["lead"] == ["国家发展和改革委员会", "农业农村部"]


def test_a_year_closing_a_period_or_after_a_verb_is_no_deadline():
    # Built on the same note: 至2020年 closes a period, 延续到2020年 follows a verb.
    text = ("（一）完善政策。对符合条件的企业，2019年1月1日至2020年12月31日给予补贴，政策延续到2020年。（财政部负责）\n")
    found = assignments(text, reference_date="2018-12-29")
    assert len(found) == 1 and found[0]["deadline"] is None


# 国发〔2019〕3号 (http://www.gov.cn/zhengce/content/2019-01/25/content_5361158.htm), 四（一）: "排在第一位的部门为
# 牵头部门，下同" inside the first note holds for the notes after it.
ZONGBAO = ("（一）统筹两个市场，打造加工制造中心。\n"
           "1.拓展两个市场。积极稳妥地在综合保税区推广增值税一般纳税人资格试点。（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）\n"
           "6.促进研发创新。除禁止进境的外，综合保税区内企业从境外进口且在区内用于研发的货物、物品，免于提交许可证件，"
           "进口的消耗性材料根据实际研发耗用核销。（海关总署、商务部等有关部门负责）\n")


def test_the_first_listed_rule_stated_in_the_first_note_holds_below():
    found = assignments(ZONGBAO, reference_date="2019-01-12")
    assert [(a["lead"], a["support"]) for a in found] == [
        (["国家税务总局"], ["财政部", "海关总署"]), (["海关总署"], ["商务部"])]
