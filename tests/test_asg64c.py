"""Prose duties in provincial, prefecture and county policies (probe asg64c, round 25): a named county-level
city as the subject of 负责, the annex reference that closes a task, and duties of classes that stay none.

Pages from the page store (addresses in /work/r25/asg64c/sources.md).
"""

from __future__ import annotations

from .assignment_frames import assignments

# 三政办〔2020〕19号 三门峡市推进县域治理"三起来"示范县(市)赋权工作实施方案 (http://smx.gov.cn/28006/615954816/943543.html).
SMX = ("(二)职责分工\n"
       "市政府各有关部门负责本部门职权范围内赋权事项的下放工作,灵宝市负责下放权限的承接工作(附件1)。\n")


def test_a_named_city_holding_a_duty_leads_through_its_government():
    found = assignments(SMX, reference_date="2020-12-11")
    assert len(found) == 1  # 市政府各有关部门 is a class
    a = found[0]
    assert a["lead"] == ["灵宝市人民政府"]
    assert a["support"] == []
    assert a["task"]["text"] == "下放权限的承接工作"  # (附件1) refers to the list, it is no part of the task
    assert a["trigger"]["text"] == "负责"


def test_places_listed_before_one_duty_all_lead():
    text = SMX.replace("灵宝市负责", "灵宝市、义马市负责")
    found = assignments(text, reference_date="2020-12-11")
    assert [a["lead"] for a in found] == [["灵宝市人民政府", "义马市人民政府"]]


def test_a_place_before_a_post_is_no_subject():
    # 负责人 is a post: "灵宝市负责人表示" assigns nothing.
    assert assignments("灵宝市负责人表示,将全力做好下放权限的承接工作。", reference_date="2020-12-11") == []


# 渝府令第121号 重庆市人民政府关于控制主城区采(碎)石场和小水泥厂尘污染的通告 (http://law408.infoeach.com/view-NDA4fDM4ODgz.html).
CHONGQING = ("第四条 采(碎)石场和小水泥厂的关闭工作按照全市统一部署进行。其中采石场的关闭由所在区人民政府负责;"
             "小水泥厂的关闭按照权限分别由市、区人民政府负责。\n")


def test_the_government_of_the_place_concerned_is_a_class():
    assert assignments(CHONGQING, reference_date="2001-12-30") == []


# 黔农办发[2008]12号 关于上报油菜良种补贴项目总结的通知 (http://nynct.guizhou.gov.cn/xwzx/tzgg/201611/t20161118_23397581.html).
GUIZHOU = ("各市、州、地农业局:\n"
           "为此特发本通知,请各市(州、地)农业局与同级财政部门协商,共同督促各县加快工作进度,确保结算总结工作能提前完成,"
           "并于2月15日之前将总结报省农业厅、财政厅申请结算。\n")


def test_a_reporting_duty_of_a_class_is_no_assignment():
    assert assignments(GUIZHOU, reference_date="2008-01-31") == []
