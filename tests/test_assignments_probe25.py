"""Assignments in task-division texts (probe asg25, round 15): real sentences.

Pages from the page store (addresses in /work/r15/probe-asg25.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


def by_task(found: list[dict], start: str) -> dict:
    (a,) = [a for a in found if a["task"]["text"].startswith(start)]
    return a


# 盘锦市大洼区 2021 分解表 cover notice (http://www.dawa.gov.cn/2021_02/01_16/content-307974.html): the title
# 《<政府工作报告>任务分解表》 cites the report in ASCII angle brackets; the notice is no report.
DAWA = ("各镇(街道)人民政府(办事处),临港经济开发区管委会,区政府各部门、直属机构:\n"
        "为深入贯彻落实盘锦市大洼区第十八届人民代表大会第四次会议精神,全面完成好《政府工作报告》中确定的2021年各项工作任务,"
        "现将《<政府工作报告>任务分解表》印发给你们。\n"
        "请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解。各责任(配合)单位要加强协调,积极配合,"
        "切实履行各自工作职责。区委区政府督查室要根据各项工作任务完成时限要求,适时开展督查督办工作。\n"
        "盘锦市大洼区人民政府办公室\n")


def test_report_title_in_ascii_angle_brackets_is_cited():
    from govie.assignments import _REPORT
    assert _REPORT.search(DAWA) is None
    (a,) = assignments(DAWA)
    assert a["task"]["text"] == "根据各项工作任务完成时限要求,适时开展督查督办工作"
    assert a["trigger"]["text"] == "要"


# 盘锦 盘政办发〔2021〕1号 (traditional script; http://xyexam.com/html/2509/2021-05-25/content-93597.html):
# 市政府督考辦 is the government's supervision office, a unit of 盘锦市人民政府; the task starts after 要.
PANJIN = ("盤錦市人民政府辦公室關于印發《2021年市〈政府工作報告〉任務分解和責任分工方案》的通知\n"
          "3.加強督考,狠抓落實。圍繞《方案》的推進實施,市政府督考辦要加大督查考核力度,及時跟進督查各項工作進展情況,"
          "對督查發現的問題限期整改、跟蹤落實,年底逐一績效對賬。\n")


def test_supervision_office_is_a_unit_of_the_government():
    import govie
    dept = [m for m in govie.extract(PANJIN, model=None).entities if m.label == "DEPT" and "督考" in m.text]
    assert [(m.text, m.attrs["canonical"], m.attrs["unit"]) for m in dept] == [("市政府督考辦", "盘锦市人民政府", "督考办")]
    (a,) = assignments(PANJIN)
    assert a["task"]["text"].startswith("加大督查考核力度")
    assert a["lead"] == ["盘锦市人民政府"]


# 华容县 华政发〔2021〕2号 (https://huarong.gov.cn/33159/37006/37008/37025/37164/content_1801120.html): 县政府
# 分线领导 are leaders, 县政府重点工作任务 a noun phrase; neither makes the government the subject.
HUARONG = ("2021年县政府重点工作任务(华政发〔2021〕2号)\n来源:华容县政府\n各乡镇人民政府、县直各单位:\n"
           "一、强化责任落实。县政府重点工作任务实行县政府分线领导牵头负责制和部门单位具体负责制。"
           "县政府分线领导对领办的政府重点工作任务要牵头抓总、积极作为、善于决策、勇于担当,全面完成政府重点工作任务;"
           "主要责任单位要切实履行主职主责。\n"
           "三、加强调度协调。县政府分线领导要站在全局高度,对牵头负责的政府重点工作任务进行科学协调,定时调度,确保推进有力有效。\n")


def test_leaders_and_key_tasks_of_the_government_are_no_subject():
    assert assignments(HUARONG) == []


# 魏县 2022 “三区三线” news (https://wei.gov.cn/a/2022/newsshow_35929.html): the partners' clause
# (…等其他相关单位加强配合协调) comes before the task.
WEIXIAN = ("二要强化时间概念。由相关县领导牵头,县自然资源和规划局负责,住建局、发改局等其他相关单位加强配合协调,"
           "抽调业务骨干,成立工作专班,坚持集中办公,科学精准高效完成划定举证工作。")


def test_partners_clause_with_other_bodies_before_the_task():
    (a,) = assignments(WEIXIAN)
    assert a["task"]["text"].startswith("抽调业务骨干")
    assert a["lead"] == ["县自然资源和规划局"]
    assert a["support"] == ["住建局", "发改局"]


# 2018 news of the State Council's 分工意见 (https://www.las.ac.cn/front/product/detail?id=f0fbbba49ad12484d612ec6bb37db2fc):
# 等14部门 closes the list; 按照职责分工负责 has no object, so the topic before 《意见》明确提出 is the task
# (probe asg40: as with 由 below, the bodies share the duty for the topic).
NEWS_2018 = ("57项重点工作中,明确涉及生态环境部的有10项。 对于健全生态文明体制,《意见》明确提出,"
             "生态环境部、国家发展改革委、科技部等14部门按照职责分工负责。")


def test_counted_partners_with_a_shared_duty_take_the_topic():
    (a,) = assignments(NEWS_2018)
    assert a["task"]["text"] == "健全生态文明体制"
    assert a["lead"] == ["生态环境部", "国家发展和改革委员会", "科学技术部"]
    # With 由 the topic before it is the task (the counted close is the shared duty).
    (a,) = assignments("健全生态文明体制,由生态环境部、国家发展改革委、科技部等14部门按照职责分工负责。")
    assert a["task"]["text"] == "健全生态文明体制"
    assert a["lead"] == ["生态环境部", "国家发展和改革委员会", "科学技术部"]


# A province's 2011 education tasks (http://www.fymate.cn/html/text/lar/172725/17272534_3.html):
# 以上工作由X牵头，会同Y…: Y supports the topic.
EDU = ("11.扶持家庭教育大讲堂进社区(乡村)。2011年3月下旬确定实施项目,12月底前开展达标检查。\n"
       "以上工作由省教育厅、人力资源社会保障厅牵头,会同省财政厅、公安厅等部门组织实施。\n")


def test_partners_after_lead_with_a_topic_before():
    (a,) = assignments(EDU)
    assert a["task"]["text"] == "以上工作"
    assert a["lead"] == ["省教育厅", "人力资源社会保障厅"]
    assert a["support"] == ["省财政厅", "公安厅"]


# 广州 穗府办〔2006〕19号 (traditional; http://www.moonvisionstudio.com/zwgk/fggw/sfbgtwj/content/post_2847289.html):
# 市交委 and 外經貿局 are named by no tagger; a labelled note still lists them.
GUANGZHOU = ("廣州市人民政府辦公廳\n"
             "(四)加快廣州空港、南沙、黃埔三大國際樞紐物流園區建設。(牽頭單位:市交委;配合單位:市經貿委、外經貿局)\n")


def test_short_names_in_a_labelled_note():
    (a,) = assignments(GUANGZHOU)
    assert a["task"]["text"] == "加快廣州空港、南沙、黃埔三大國際樞紐物流園區建設"
    # 交委 and 外经贸局 are short forms of department types (probe asg49): linked at the city's level.
    assert a["lead"] == ["广州市交通委员会"]
    assert a["support"] == ["广州市经济贸易委员会", "广州市对外贸易经济合作局"]
