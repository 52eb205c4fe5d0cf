"""Probe full35p: provincial policy documents (real sentences): the enclosed plan's heading that quotes
a title, a 〈政府工作报告〉 inside a notice's title, 预算法 as a law, the leader in charge of a task item."""
import govie

# https://jiu.foodmate.net/law/show.php?itemid=985 (粤府〔2021〕22号, 2021年省《政府工作报告》重点任务分工方案)
GD_NOTICE = ("广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知\n粤府〔2021〕22号\n"
             "各地级以上市人民政府，省政府各部门、各直属机构：\n"
             "《2021年省〈政府工作报告〉重点任务分工方案》已经省政府全体会议审议通过，现印发给你们，请认真贯彻执行。"
             "执行过程中遇到的问题，请径向省政府办公厅反映。\n广东省人民政府\n2021年3月21日\n"
             "一、2021年经济社会发展主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导：林克庆\n"
             "部门分工：省发展改革委牵头，各地、各部门配合。\n")
# https://0798ci.com/policy/20846.html (晋政办发〔2017〕55号)
SX_NOTICE = ("山西省人民政府办公厅关于印发山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n晋政办发〔2017〕55号\n"
             "各市、县人民政府，省人民政府各委、办、厅、局：\n"
             "《山西省贯彻落实〈促进中部地区崛起“十三五”规划〉工作方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n"
             "山西省人民政府办公厅\n2017年5月15日\n"
             "山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n"
             "为深入贯彻落实《促进中部地区崛起“十三五”规划》（国函〔2016〕204号），发挥我省在中部地区崛起战略中的应有作用，"
             "推动我省加快经济转型，结合我省实际，制定本方案。\n")
# https://0798ci.com/law/8240.html (鲁政发〔2014〕20号)
SD_LAW = ("根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》（国发〔2014〕45号）"
          "和《中共山东省委山东省人民政府关于深化财税体制改革的意见》（鲁发〔2014〕18号）有关要求，"
          "现就深化我省预算管理制度改革提出以下实施意见：")


def test_a_cited_work_report_inside_a_title_keeps_the_notice_a_policy_document():
    # 〈政府工作报告〉 nested in the 《》 of the plan is cited: the meeting that adopted the plan is reported.
    acts = govie.extract(GD_NOTICE, model=None).activities
    assert [(a.trigger["text"], a.type) for a in acts] == [("审议通过", "meeting"), ("印发", "publication")]
    assert acts[0].agents == ["广东省人民政府"]


def test_the_leader_in_charge_of_an_item_is_a_person():
    r = govie.extract(GD_NOTICE, model=None)
    assert [e.text for e in r.entities if e.label == "PERSON"] == ["林克庆"]
    assert [(a.lead, a.support) for a in r.assignments] == [(["广东省发展和改革委员会"], [])]


def test_the_enclosed_plans_heading_marks_no_place_but_the_body_does():
    r = govie.extract(SX_NOTICE, model=None)
    locs = [(e.text, e.start) for e in r.entities if e.label == "LOC"]
    heading = SX_NOTICE.index("山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案\n为")
    assert all(s != heading for _, s in locs)
    assert ("中部地区", SX_NOTICE.index("在中部地区崛起") + 1) in locs


def test_the_budget_law_is_a_law():
    titles = {e.text: e.attrs.get("doc_type") for e in govie.extract(SD_LAW, model=None).entities if e.label == "TITLE"}
    assert titles["中华人民共和国预算法"] == "法"
    assert titles["国务院关于深化预算管理制度改革的决定"] == "决定"
