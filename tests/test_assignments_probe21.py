"""Assignments in national and provincial 分工 texts (probe asg21, round 13): real sentences.

Pages from the page store (addresses in /work/r13/probe-asg21.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


# A province's 政务公开 work plan (~2008; http://ask.fsou.com/html/text/lar/170646/17064647_1.html):
# each item closes with "此项工作由X负责，Y配合。".
ITEM = ("(六)健全重大事项专家咨询、社会听证制度。在充分调研的基础上,制定出台指导重大事项专家咨询、社会听证工作的"
        "规范性文件,为通过有关形式广泛征求社会各界对政府重大决策的意见和建议提供制度保障。"
        "此项工作由省府办公厅负责,省委宣传部、省监察厅、法制办配合。\n")


def test_this_work_is_the_item_it_closes_and_the_clause_after_gives_support():
    (a,) = assignments(ITEM)
    assert a["task"]["text"].startswith("健全重大事项专家咨询、社会听证制度。")
    assert a["task"]["text"].endswith("此项工作")
    assert a["trigger"]["text"] == "负责"
    assert a["lead"] == ["省府办公厅"]
    assert a["support"] == ["省委宣传部", "省监察厅", "法制办"]


def test_a_support_clause_with_anything_but_bodies_gives_no_support():
    # Same page, item (八), with the clause changed to name a class: 各地 take no part here.
    text = ("(八)加强政府信息公开目录系统建设。研发政府信息公开目录管理系统。此项工作由省府办公厅负责,省信息产业厅配合。\n"
            "(九)提高政务公开水平。此项工作由省府办公厅负责,各地做好配合。\n")
    a, b = assignments(text)
    assert a["task"]["text"].startswith("加强政府信息公开目录系统建设") and a["support"] == ["省信息产业厅"]
    assert b["task"]["text"].startswith("提高政务公开水平") and b["support"] == []


# News of the 2019 分工意见 (国家卫生健康委领到12项任务, http://www.cnkang.com/xinwen/201904/1618073.html).
NEWS = ("国家卫生健康委与国家医保局还参与多项工作。例如,完善药品集中采购和使用机制,由国家医保局、国家卫生健康委、"
        "国家药监局等分工负责。加强重大疾病防治,实施癌症防治行动,加快儿童药物研发,加强罕见病用药保障,"
        "由国家卫生健康委、科技部、国家医保局、国家药监局等分工负责。")


def test_shared_duty_after_by_takes_every_clause_before_as_its_task():
    found = {a["task"]["text"]: a for a in assignments(NEWS, reference_date="2019-04-11")}
    a = found["加强重大疾病防治,实施癌症防治行动,加快儿童药物研发,加强罕见病用药保障"]
    assert a["lead"] == ["国家卫生健康委员会", "科学技术部", "国家医疗保障局", "国家药品监督管理局"]
    b = found["完善药品集中采购和使用机制"]  # 例如 opens the sentence; it is no part of the task
    assert b["lead"] == ["国家医疗保障局", "国家卫生健康委员会", "国家药品监督管理局"]
