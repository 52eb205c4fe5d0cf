"""Probe full46c: county and prefecture policy documents (责任分工, 责任分解, 征集 notices, 办法), round 25."""
import govie




def _jinxiang_text():
    # http://www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html (2025年金乡县政府重要工作事项责任分工)
    return ("发布机构 | 金乡县人民政府办公室 | 组配分类 | 金政发 |\n"
            "各镇政府，各街道办事处，各管委会，县政府各部门，各企事业单位：\n"
            "2025年是“十四五”规划的收官之年，也是“十五五”规划谋篇布局之年。根据金乡县第十八届人民代表大会第四次会议"
            "对2025年工作的总体安排部署和县十八届人大四次会议通过的《政府工作报告》，现将2025年县政府重要工作事项"
            "责任分工如下：\n一、2025年主要预期目标\n1.地区生产总值增长6%。（牵头单位：县发展和改革局）\n")


def test_and_before_county_congress_of_a_term_is_no_place_he_county():
    text = _jinxiang_text()
    r = govie.extract(text, model=None)
    depts = [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]
    # 部署和县十八届人大: 和 joins the county's congress to 部署, 和县 (安徽) is not named
    assert not any(t.startswith("和县") for t, _ in depts)
    assert ("县十八届人大", "金乡县人民代表大会") in depts
    # and the bare 县政府 that follows stays the document's own county, not 和县人民政府
    assert all(c != "和县人民政府" for _, c in depts)
    assert any(t == "县政府" and c == "金乡县人民政府" for t, c in depts)


def test_and_before_bare_county_government_still_reads_as_coordinator():
    # the existing organs list keeps working (认真执行党的路线方针政策和县委的各项部署: 盐池县 rules 2017)
    text = "盐池县人民政府工作规则\n县政府工作人员要认真执行党的路线方针政策和县委的各项部署。"
    depts = [e.text for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert not any(t.startswith("和县") for t in depts)


def _jiayu_text():
    # http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml
    return (
        "嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n重点工作及市《政府工作报告》涉及嘉鱼的\n"
        "重点事项进行责任分解的通知\n各镇人民政府，县政府各部门，嘉鱼经济开发区、武汉新港潘湾工业园：\n"
        "经县人民政府同意，现将县第十八届人民代表大会第五次会议审议通过的县《政府工作报告》确定的2021年重点工作，"
        "以及市《政府工作报告》涉及嘉鱼的重点事项责任分解给你们，请你们对照目标任务确定的重点工作、重点事项，"
        "建立健全推进机制，强化协调配合，夯实责任体系，狠抓工作落实。\n2021年5月12日\n（此件公开发布）\n附件1\n"
        "县《政府工作报告》确定的2021年重点工作责任分解\n一、2021年经济社会发展主要目标\n"
        "（一）地区生产总值增长11%。［牵头单位：县发改局（粮食局）；责任单位：各镇人民政府，嘉鱼经济开发区］\n"
        "（二）地方公共预算收入增长32%。（牵头单位：县财政局；责任单位：县税务局，各镇人民政府，嘉鱼经济开发区）\n")


def test_full_width_square_bracket_note_assigns_its_item():
    r = govie.extract(_jiayu_text(), model=None)
    by_task = {a.task["text"].rstrip("。"): a for a in r.assignments}
    a = by_task.get("地区生产总值增长11%")
    assert a is not None, list(by_task)
    assert a.lead == ["嘉鱼县发展和改革局"]
    assert a.trigger["text"].startswith("［牵头单位") and a.trigger["text"].endswith("］")
    # the class (各镇人民政府) and the zone (嘉鱼经济开发区) answer for nothing by name
    assert a.support == []


def test_handing_out_the_report_tasks_is_the_notice_issuance():
    r = govie.extract(_jiayu_text(), model=None)
    pubs = [a for a in r.activities if a.type == "publication"]
    assert [a.trigger["text"] for a in pubs] == ["分解"]
    assert pubs[0].date == "2021-05-12"
