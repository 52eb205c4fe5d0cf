"""Assignments in national opinions, work points and their news (probe asg27, round 15).

Pages from the page store (addresses in /work/r15/probe-asg27.md).
"""

from __future__ import annotations

from .assignment_frames import assignments

# 新华网 2021-03-26 (http://88cc8.com/a5597.html): news of the 2021 分工意见. Issuing a document the text
# then names by a short name is reported, not a task of 国务院.
XINHUA_2021 = (
    "国务院印发《关于落实〈政府工作报告〉重点工作分工的意见》(以下简称《分工意见》)。\n"
    "  《分工意见》要求,各地区、各部门要精心组织,落实工作责任制,明确时间表、责任人和成果形式,把各项工作往前赶,"
    "全力以赴抓落实,把政府对人民的承诺变成促发展、惠民生的新成效。要锚定2035年远景目标,进一步细化实化“十四五”时期"
    "经济社会发展目标任务,统筹安排做好年度工作和“十四五”工作,确保取得实实在在的成效。有关地区和部门要对照分工意见"
    "抓紧制定重点工作分工实施方案报国务院。\n"
    "  《分工意见》要求,各地区、各部门要加强沟通协商,形成工作合力,对跨领域跨部门跨地区事项,要加强协同配合。"
    "各部门要加强对地方的指导服务,深入调研了解政策落实的进展情况、困难问题和成效经验,及时完善政策。\n")


def test_news_that_a_document_was_issued_assigns_nothing():
    assert assignments(XINHUA_2021, reference_date="2021-03-26") == []


# News of 国发〔2023〕11号 (https://cn.baaghitv.com/…吸引外商投资24条来了): 要求 reports the opinion's
# content; 会同有关部门和单位 names two classes before the task.
FDI_2023 = (
    "中国国务院印发《关于进一步优化外商投资环境,加大吸引外商投资力度的意见》。(图/中国政府网网站截图)\n"
    "中国内地官媒13日消息,中国国务院印发《关于进一步优化外商投资环境,加大吸引外商投资力度的意见》(以下简称《意见》),"
    "要求更好统筹国内国际两个大局,营造国际化一流营商环境,充分发挥中国超大规模市场优势,更大力度、更加有效吸引和利用外商投资。\n"
    "《意见》要求,各地区、各部门和有关单位切实做好进一步优化外商投资环境、加大吸引外商投资力度工作,鼓励各地区因地制宜"
    "出台配套举措,增强政策协同效应。中国商务部要会同有关部门和单位加强指导协调,及时落实政策措施,为外国投资者营造更加"
    "优化的投资环境,有效提振外商投资信心。\n")


def test_news_of_an_opinion_keeps_only_the_body_it_charges():
    found = assignments(FDI_2023, reference_date="2023-08-13")
    assert len(found) == 1
    a = found[0]
    assert a["lead"] == ["商务部"] and a["support"] == []
    assert a["task"]["text"].startswith("加强指导协调")


# 人民政协网 2017-03-01 (https://www.rmzxb.com.cn/c/2017-03-01/1372754_4.shtml): a body telling results.
RESULTS_2017 = (
    "——2016年《政府工作报告》要求,国家各项惠民政策和民生项目,要向贫困地区倾斜。\n"
    "其三是新增高效节水灌溉面积2000万亩。水利部透露,实际新增高效节水灌溉面积达2182万亩。\n"
    "——2016年《政府工作报告》要求,2016年,推动绿色发展取得新突破。必须强力推进,下决心走出一条经济发展与环境改善双赢之路。\n")


def test_a_body_telling_results_is_no_assignment():
    assert assignments(RESULTS_2017, reference_date="2017-03-01") == []


# 国办发〔2016〕25号 as the page excerpt ends, pinyin glosses and all (http://jumpstarthappiness.com/law/10663.html):
# the text's end cuts the note off.
IPR_2016 = ("打擊郵件、快件渠道非法寄遞進(jìn)出口侵權假冒商品行為。(工業(yè)和信息化部、公安部、農業(yè)部、海關(guān)總署、"
            "工商總局、質(zhì)檢總局、食品藥品監管總局")


def test_a_note_the_text_end_cuts_off_is_still_a_note():
    found = assignments(IPR_2016, reference_date="2016-04-19")
    assert len(found) == 1
    a = found[0]
    assert a["task"]["text"] == "打擊郵件、快件渠道非法寄遞進(jìn)出口侵權假冒商品行為"
    assert a["lead"][:2] == ["工业和信息化部", "公安部"] and len(a["lead"]) == 7
    assert a["trigger"]["text"].startswith("(工業(yè)和信息化部")


# 国办发〔2015〕17号 (https://zhonghuashu.com/wiki/国务院办公厅关于印发2015年全国打击侵犯知识产权和制售假冒伪劣商品
# 工作要点的通知; the page excerpt stops at "分工分", the note closed here with the wording of the note before it).
# Rules alone name no 法制办 in this list: the bodies after its 牵头 take part, they must not become the lead.
IPR_2015 = (
    "  (二)制订修订法律法规。配合制订电子商务法。(发展改革委、工业和信息化部、财政部、商务部、人民银行、海关总署、"
    "税务总局、工商总局、质检总局、法制办、网信办、邮政局按职责分工分别负责)推进修订著作权法、专利代理条例。"
    "(法制办牵头负责,新闻出版广电总局、知识产权局按职责分工分别负责)\n")


def test_partners_after_an_unnamed_lead_do_not_lead():
    found = assignments(IPR_2015, reference_date="2015-03-25")
    assert found and found[0]["task"]["text"].endswith("配合制订电子商务法")
    assert not any("国家新闻出版广电总局" in a["lead"] for a in found)
