"""Assignments stated by bodies without an assigning word, in pages without their title line (probe asg59, round 24).

Pages from the page store (addresses in /work/r24/asg59/sources.md).
"""

from __future__ import annotations

from .assignment_frames import assignments

# 文化和旅游部 自然资源部 住房和城乡建设部 notice on 国家文化产业和旅游产业融合发展示范区 (2023), as served without
# its title and number (http://jinyuan100.com/jxzx/49445.html): "现将有关事项通知如下" says it prescribes, and
# item 三 opens with the lead, its partners and a class tail closed by a comma.
WENLV = ("各省、自治区、直辖市文化和旅游厅(局)、自然资源厅(局)、住房和城乡建设厅(局):\n"
         "为推进文化和旅游深度融合发展,文化和旅游部、自然资源部、住房和城乡建设部决定联合开展国家文化产业和旅游产业融合发展示范区"
         "(以下简称“融合发展示范区”)建设工作。现将有关事项通知如下:\n"
         "三、文化和旅游部会同自然资源部、住房和城乡建设部等部门,加强对融合发展示范区建设的指导支持和动态管理。"
         "对已命名的融合发展示范区,鼓励用好用足现有政策,先行先试,并给予以下政策扶持。\n")


def test_a_lead_with_partners_and_a_class_tail_before_a_comma_in_an_untitled_notice():
    found = assignments(WENLV)
    assert len(found) == 1
    a = found[0]
    assert a["task"]["text"].startswith("加强对融合发展示范区建设的指导支持和动态管理")
    assert a["lead"] == ["文化和旅游部"]
    assert a["support"] == ["自然资源部", "住房和城乡建设部"]


def test_the_issuers_decision_to_act_is_no_assignment():
    # 文化和旅游部、自然资源部、住房和城乡建设部决定联合开展…: the issuers' own step, not a task given to them.
    found = assignments(WENLV)
    assert not any(a["task"]["text"].startswith("联合开展") for a in found)


# Without the opening that says it prescribes, the same sentence in a page of unknown kind assigns nothing:
# the gate on prescribing documents still holds.
def test_no_opening_no_stated_task():
    bare = "三、文化和旅游部会同自然资源部、住房和城乡建设部等部门,加强对融合发展示范区建设的指导支持和动态管理。\n"
    assert assignments(bare) == []


# 营口市财政局 2025 促消费 notice (https://czj.yingkou.gov.cn/003/003002/20251024/a313a0b7-06ea-432f-af98-0be507d766f4.html),
# 保障措施: each body's own sentence; 审计部门 (a class) gets nothing.
YINGKOU = ("四、保障措施\n市财政局积极做好资金保障和监管工作,确保资金及时足额到位,规范使用。市商务局负责具体活动组织实施和效果评估。"
           "专项资金使用将接受审计部门和社会监督,确保资金使用公开透明、发挥实效。\n营口市财政局\n")


def test_bodies_stating_their_own_duties_in_a_plan():
    found = assignments(YINGKOU, jurisdiction="辽宁省营口市")
    leads = [a["lead"] for a in found]
    assert ["营口市商务局"] in leads
    assert not any("审计" in x for a in found for x in a["lead"])
