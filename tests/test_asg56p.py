"""Probe asg56p: assignments written as sentences (duty articles, 职责 lists, X负责…Y予以配合)."""
from __future__ import annotations

import govie


def _frames(text: str, ref: str) -> list[tuple[str, str, list[str], list[str]]]:
    r = govie.extract(text, reference_date=ref, model=None)
    return [(a.trigger["text"], a.task["text"], list(a.lead), list(a.support)) for a in r.assignments]


# http://xiexiebang.com/a11/2019051410/dff50ac1050a5bcc.html (江门市自然灾害生活救助资金管理办法, 第一条-第四条)
JIANGMEN = """江门市自然灾害生活救助资金管理办法

第一章 总 则

第一条

为规范和加强自然灾害生活救助资金的使用和管理,提高资金使用效率,根据《自然灾害救助条例》(国务院令第577号),财政部、民政部《自然灾害生活救助资金管理暂行办法》(财社〔2011〕6号)和省财政厅、省民政厅《广东省自然灾害生活救助资金管理使用办法》(粤财社〔2014〕184号)等有关规定,结合我市实际,制定本办法。

第二章 部门职责

第四条

市财政局负责救助专项资金管理的牵头组织和协调工作,组织市本级救助专项资金预算编制执行,审核救助专项资金使用安排计划或方案,办理资金拨付。
"""


def test_issuer_of_a_cited_title_is_not_the_author():
    # 财政部、民政部《…》 in 第一条 issued the cited rule: the text stays 江门's, its 市财政局 is 江门市财政局.
    r = govie.extract(JIANGMEN, reference_date="2019-05-14", model=None)
    assert r.meta["issuer"] != "财政部"
    assert r.meta["division"]["name"] == "江门市"
    frames = _frames(JIANGMEN, "2019-05-14")
    assert [f[2] for f in frames] == [["江门市财政局"]]
    assert frames[0][1].startswith("救助专项资金管理的牵头组织和协调工作")


# https://www.chacewang.com/newsdetail/news913362.html (扬州 市级农业发展专项资金管理办法(征求意见稿), 2025;
# the page serves the articles run on, joined by commas)
YANGZHOU = ("现对扬州市财政局制定的《市级农业发展专项资金管理办法》征求社会公众意见,扬州市财政局2025年12月17"
            "日市级农业发展专项资金管理办法(征求意见稿)第一章总则第一条为规范扬州市市级农业发展专项资金管理,第二章"
            "管理职责第四条市财政局职责:会同市农业农村局制定专项资金管理办法,组织开展专项资金预算绩效管理,监督管理"
            "专项资金预算执行和项目实施,组织实施专项资金预算绩效管理,具体落实资金使用管理、项目实施管理、绩效管理等"
            "责任,第四章资金分配与使用第十一条市级农业发展专项资金采取因素法与项目法相结合的方式分配,实行因素法分配"
            "的资金由市农业农村局提出资金分配因素、权重及分配建议,第五章绩效管理与监督检查第二十一条各级财政和农业农"
            "村部门应按照全面实施预算绩效管理的要求,各级财政和农业农村部门应对专项资金绩效目标实现程度和预算执行进度"
            "组织开展绩效监控,第二十二条市农业农村局负责项目绩效管理,第二十三条县(市、区)财政和农业农村部门按照职"
            "责落实预算绩效管理工作,按规定向市财政局、市农业农村局报告绩效监控、绩效评价结果及专项资金使用管理情况,"
            "第二十四条各级财政和农业农村部门及其工作人员在专项资金分配、项目实施中。")


def test_list_of_duties_after_zhize_colon():
    frames = _frames(YANGZHOU, "2025-12-17")
    duties = [f for f in frames if f[0] == "职责"]
    assert len(duties) == 1
    trigger, task, lead, support = duties[0]
    assert task.startswith("制定专项资金管理办法") and task.endswith("绩效管理等责任")
    assert lead == ["扬州市财政局"] and support == ["扬州市农业农村局"]


def test_next_article_ends_a_run_on_task():
    frames = _frames(YANGZHOU, "2025-12-17")
    tasks = {f[1]: f[2] for f in frames}
    assert tasks.get("项目绩效管理") == ["扬州市农业农村局"]  # not "项目绩效管理,第二十三条…"
    assert len(frames) == 3  # 各级…部门, 县(市、区)…部门: classes, no frame


# https://www.thepaper.cn/newsDetail_forward_1945986 (安庆 2017-09-22 news)
ANQING = ("为了进一步加强我市街头流浪乞讨人员救助管理和流浪未成年人解救保护工作,我市正式建立救助管理工作街面巡查协同机制,"
          "由市民政局牵头成立安庆市救助管理工作街面巡查协同工作组,市民政(市救助管理站)、公安、城管、卫计等部门业务科室"
          "负责人为成员,具体协调街面巡查和救助管理工作。根据要求,公安、城管、卫计等部门每月5日前向街面巡查协同工作组"
          "组长单位通报上月参与巡查人数、出动车次、救助护送人次、救助送医人次等巡查救助情况,及时提出工作中出现的困难、"
          "问题和解决建议,市民政局负责汇总并通报。")


def test_news_of_a_body_set_up_assigns_nothing_but_its_standing_duty_does():
    frames = _frames("安庆正式建立救助管理工作街面巡查协同机制\n" + ANQING, "2017-09-22")
    assert [(f[1], f[2]) for f in frames] == [("汇总并通报", ["安庆市民政局"])]


# http://www.fymate.cn/html/text/lar/174262/17426291.html (石柱县城乡困难群众临时救助实施暂行办法, 2010, 第四条)
SHIZHU = """石柱土家族自治县人民政府关于印发石柱县城乡困难群众临时救助实施暂行办法的通知

  第四条 城乡困难群众临时救助由县人民政府负责,相关职能部门组织实施。

  (一)县民政局负责研究和拟定城乡困难群众临时救助政策,建立健全相关规章制度,做好城乡困难群众临时救助的日常管理和审批工作。

  (二)县财政局负责筹集城乡困难群众临时救助资金,加强对临时救助基金的管理和使用情况的监督检查。

  (三)县审计局、县监察局负责对临时救助资金进行审计和监督。

  (四)各乡镇人民政府负责临时救助的审核、救助金的发放等管理工作。
"""


def test_county_duty_items_and_a_class_of_townships():
    leads = [f[2] for f in _frames(SHIZHU, "2010-02-23")]
    assert ["石柱土家族自治县审计局", "石柱土家族自治县监察局"] in leads
    assert ["石柱土家族自治县民政局"] in leads and ["石柱土家族自治县财政局"] in leads
    assert not any("乡镇" in name for lead in leads for name in lead)
