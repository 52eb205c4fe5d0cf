"""Assignments in national division-of-work texts (probe asg55n, round 23).

Real sentences from pages of the page store; the addresses are in the comments.
"""

from __future__ import annotations

import govie

from .assignment_frames import assignments

# News of the 分工方案 of 国中医药办发〔2019〕15号 (https://m.zhzyw.com/zyxx/zyxw/191218131AGIKB6E7C533K18.html).
ZHZYW = ("在健全中医药服务体系方面,分工方案明确,由国家发展改革委、国家卫生健康委、国家中医药管理局等单位分别负责,"
         "建成以国家中医医学中心、区域中医医疗中心为龙头,各级各类中医医疗机构和其他医疗机构中医科室为骨干,"
         "基层医疗卫生机构为基础,融预防保健、疾病治疗和康复于一体的中医药服务体系。"
         "由国家卫生健康委、国家中医药管理局分别负责,支持中医医院牵头组建医疗联合体。\n\n"
         "在发挥中医药在维护和促进人民健康中的独特作用方面,分工方案明确,由国家中医药管理局牵头,"
         "国家卫生健康委、科技部负责,加快中医药循证医学中心建设,用3年左右时间,筛选50个中医治疗优势病种和100项适宜技术、"
         "100个疗效独特的中药品种,及时向社会发布。由国家中医药管理局牵头,国家卫生健康委负责,加强中医优势专科建设,"
         "及时总结形成诊疗方案,巩固扩大优势,带动特色发展。\n\n"
         "在大力推动中药质量提升和产业高质量发展方面,分工方案明确,由农业农村部、国家药监局分别负责中药材道地产区环境保护的强化工作,"
         "修订中药材生产质量管理规范。由国家中医药管理局牵头,国务院扶贫办、工业和信息化部、农业农村部负责,"
         "推动深入实施中药材产业扶贫行动。")


def _by_task(got: list[dict]) -> dict[str, dict]:
    return {a["task"]["text"][:8]: a for a in got}


def test_plan_says_clause_is_no_topic_of_the_by_clause():
    # "分工方案明确，由X、Y等单位分别负责，建成…": the task follows the cue; 分工方案明确 only reports it.
    got = assignments(ZHZYW, reference_date="2019-12-18")
    assert not any(a["task"]["text"].startswith("分工方案明确") for a in got)
    first = _by_task(got)["建成以国家中医医"]
    assert first["lead"] == ["国家发展和改革委员会", "国家卫生健康委员会", "国家中医药管理局"]
    assert first["support"] == []


def test_bodies_that_only_say_fuze_after_a_qiantou_lead_support_it():
    # "由X牵头，Y、Z负责，<task>": X leads, Y and Z take part; no second frame with Y and Z as leads.
    got = assignments(ZHZYW, reference_date="2019-12-18")
    evidence = [a for a in got if a["task"]["text"].startswith("加快中医药循证医学中心建设")]
    assert len(evidence) == 1
    assert evidence[0]["lead"] == ["国家中医药管理局"]
    assert evidence[0]["support"] == ["国家卫生健康委员会", "科学技术部"]
    # 工业和信息化部 holds 和: the list is split at 、 around it, not inside the name.
    poverty = [a for a in got if a["task"]["text"] == "推动深入实施中药材产业扶贫行动"]
    assert len(poverty) == 1 and poverty[0]["lead"] == ["国家中医药管理局"]
    assert poverty[0]["support"] == ["国务院扶贫开发领导小组办公室", "工业和信息化部", "农业农村部"]
    assert len(got) == 6


# 生态保护红线管理办法(暂行)(征求意见稿), arts. 3-4 (https://360docs.net/doc/0419537463.html).
REDLINE = ("第三条【责任分工】地方各级人民政府是划定并严守生态保护红线的责任主体,国务院生态环境主管部门会同相关部门"
           "制定划定并严守生态保护红线的政策和标准。\n\n"
           "各级生态环境主管部门对本行政区域生态保护红线实施统一监管,统一开展监测评价、监督执法、督察问责。\n\n"
           "第四条【协调机制】国家生态环境主管部门会同相关部门,建立生态保护红线协调机制,统筹推进划定并严守生态保护红线,"
           "协调解决工作中出现的重大问题,指导各省(区、市)做好生态保护红线划定和严守工作。\n\n"
           "国家生态环境主管部门会同相关部门建立国家生态保护红线专家委员会。\n\n"
           "各省(区、市)人民政府应建立本行政区域生态保护红线协调机制。")


def test_article_title_in_square_brackets_opens_a_stated_duty():
    got = assignments(REDLINE)
    tasks = [a["task"]["text"][:10] for a in got]
    assert tasks == ["制定划定并严守生态保", "建立生态保护红线协调", "建立国家生态保护红线"]
    assert all(a["lead"] == ["生态环境部"] for a in got)  # classes (各级…主管部门, 各省人民政府) assign nothing


def test_national_field_body_is_tagged_and_linked():
    # 国家 + field + 主管部门 names the field's central body, as 国务院…主管部门 does; the field 生态环境
    # is named so only since 2018, so no date leaves it 生态环境部, not 国家环境保护总局.
    r = govie.extract(REDLINE, model=None)
    depts = {(e.text, (e.attrs or {}).get("canonical")) for e in r.entities if e.label == "DEPT"}
    assert ("国家生态环境主管部门", "生态环境部") in depts
    assert ("国务院生态环境主管部门", "生态环境部") in depts
    assert not any(t == "国家有关部门" for t, _ in depts)
    r2 = govie.extract("国家有关部门和国家机关工作人员应当遵守本办法。", model=None)
    assert not [e for e in r2.entities if e.label == "DEPT"]


# 国办发〔2018〕104号 (https://flfgdq.cn/law/…优化营商环境政策落实的通知-2018年).
BIZ = ("(一) 进一步减少社会资本市场准入限制。发展改革委、商务部要牵头负责在2018年底前修订并全面实施新版市场准入负面清单,"
       "推动“非禁即入”普遍落实。发展改革委要加强协调指导督促工作,有关部门和地方按职责分工尽快在民航、铁路、公路、油气、电信等领域,"
       "落实一批高质量的项目吸引社会资本参与。")


def test_modal_qiantou_fuze_with_deadline():
    got = assignments(BIZ, reference_date="2018-10-29")
    assert got[0]["lead"] == ["国家发展和改革委员会", "商务部"] and got[0]["deadline"] == "2018-12"
    assert got[1]["task"]["text"].startswith("加强协调指导督促工作") and got[1]["lead"] == ["国家发展和改革委员会"]
    assert len(got) == 2  # 有关部门和地方按职责分工…: a class assigns nothing
