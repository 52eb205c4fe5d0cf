"""National assignments in reform plans and news of 分工 documents (probe asg65n, round 25): 其主要职责是 after
组建X, a duty list opening "X主要职责包括", 统一负责 inside a list, 设立X，负责…, the other name a body keeps
(对外保留…牌子) as no task, "《意见》要求X…等按职责分工负责" with its quoted topic, and a due date in the
clause after the assigning one ("…负责，12月底前完成").

Pages from the page store (addresses in /work/r25/asg65n/sources.md).
"""

from __future__ import annotations

from .assignment_frames import assignments

# 2018 国务院机构改革方案的说明, as a magazine retells it (http://m.handmsg.com/page/2018/0211/16941223.shtml),
# here in simplified characters.
REFORM = ("(一)组建自然资源部。自然资源部对外保留国家海洋局牌子。其主要职责是,对自然资源开发利用和保护进行监管,"
          "建立空间规划体系并监督实施,统一调查和确权登记,负责测绘和地质勘查行业管理等。不再保留国土资源部。\n"
          "(二)组建生态环境部。生态环境部对外保留国家核安全局牌子。其主要职责是,制定并组织实施生态环境政策、规划和标准,"
          "统一负责生态环境监测和执法工作,监督管理污染防治、核与辐射安全,组织开展中央环境保护督察等。不再保留环境保护部。\n")


def test_its_main_duties_belong_to_the_body_the_paragraph_sets_up():
    found = assignments(REFORM, reference_date="2018-03-13")
    assert [(a["lead"], a["trigger"]["text"]) for a in found] == [(["自然资源部"], "负责"), (["生态环境部"], "负责")]
    assert found[0]["task"]["text"] == "测绘和地质勘查行业管理等"
    assert found[1]["task"]["text"].startswith("生态环境监测和执法工作")  # 统一负责: the adverb opens the duty


OPENING = ("2018年3月 13日 在 第十三届全国人民代表大会第一次会议上,国务委员王勇受国务院委托,根据党的十九届三中全会通过的"
           "《深化党和国家机构改革方案》,就国务院机构改革方案向大会作出说明。新组建或重新组建自然资源部、生态环境部、农业农村部、"
           "文化和旅游部、国家卫生健康委员会、退役军人事务部、应急管理部、科学技术部、司法部、水利部、审计署;不再保留监察部、"
           "国土资源部、环境保护部、农业部、文化部、国家卫生和计划生育委员会;除国务院办公厅外,国务院设置组成部门26个。\n")


def test_the_name_a_body_keeps_is_no_task():
    found = assignments(OPENING + REFORM, reference_date="2018-03-13")
    assert all("保留" not in a["task"]["text"] for a in found)
    assert len(found) == 2


# 国家疾控局三定规定, as 新华网 reports it, 2022-02-16 (http://jnjsjg.com/n1/2022/0217/c14739-32353930.html).
NDCPA = ("规定指出，国家疾病预防控制局主要职责包括：组织拟订传染病预防控制及公共卫生监督的法律法规草案、政策、规划、标准，"
         "负责疾病预防控制网络和工作体系建设；领导地方各级疾病预防控制机构业务工作。\n")


def test_a_body_right_before_its_list_of_main_duties_owns_them():
    found = assignments(NDCPA, reference_date="2022-02-17")
    assert [a["lead"] for a in found] == [["国家疾病预防控制局"]]
    assert found[0]["task"]["text"].startswith("疾病预防控制网络和工作体系建设")


# 华建敏 on the 2008 reform plan, 中新网 2008-03-11 (http://m.92880.cn/cj/hgjj/news/2008/03-11/1188549.shtml).
ENERGY = ("能源问题涉及多领域、多部门,为加强能源战略决策和统筹协调,设立高层次的议事协调机构国家能源委员会,"
          "负责研究拟订国家能源发展战略,审议能源安全和能源发展中的重大问题。\n")


def test_the_body_a_clause_sets_up_leads_the_duty_after_it():
    found = assignments(ENERGY, reference_date="2008-03-11")
    assert [a["lead"] for a in found] == [["国家能源委员会"]]
    assert found[0]["task"]["text"].startswith("研究拟订国家能源发展战略")


def test_a_body_set_up_in_the_past_assigns_nothing():
    text = ENERGY.replace("设立高层次", "设立了高层次")
    assert assignments(text, reference_date="2008-03-11") == []


# 中国制冷网 2021-04-01 on the 国务院 分工意见 (http://m.czxdtz.com/news/hy/2021/0401/66765.html), simplified.
FENGONG = ("其中,在提到“进一步清理用电不合理加价,继续推动降低一般工商业电价”时,《意见》明确,由国家发展改革委、国家能源局、"
           "财政部、市场监管总局等按职责分工负责,12月底前完成。\n"
           "针对“深入实施可持续发展战略,巩固蓝天、碧水、净土保卫战成果,促进生产生活方式绿色转型”,《意见》要求国家发展改革委、"
           "生态环境部、住房城乡建设部等按职责分工负责,年内持续推进。\n")


def test_a_due_date_in_the_clause_after_the_assigning_one():
    found = assignments(FENGONG, reference_date="2021-04-01")
    assert found[0]["lead"] == ["国家发展和改革委员会", "国家能源局", "财政部", "国家市场监督管理总局"]
    assert found[0]["deadline"] == "2021-12"


def test_bodies_a_document_asks_share_the_quoted_topic():
    found = assignments(FENGONG, reference_date="2021-04-01")
    assert len(found) == 2
    b = found[1]
    assert b["lead"] == ["国家发展和改革委员会", "生态环境部", "住房和城乡建设部"]
    assert "深入实施可持续发展战略" in b["task"]["text"] and "年内" not in b["task"]["text"]
    assert b["deadline"] is None  # 年内持续推进 says how it goes on, no due date


def test_classes_a_document_asks_are_no_subject():
    text = FENGONG.split("\n")[1].replace("国家发展改革委、生态环境部、住房城乡建设部等", "各地区、各部门") + "\n"
    assert assignments(text, reference_date="2021-04-01") == []
