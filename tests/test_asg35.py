"""Probe asg35: assignments in county and city documents (real sentences, addresses in comments)."""
import govie


def _extract(text, date=None):
    return govie.extract(text, reference_date=date)


def test_a_works_named_after_a_town_is_no_division():
    # http://www.jishui.gov.cn/news-show-129764.html (吉水县 民生实事任务分解表): 白沙水厂 is a waterworks
    # named after a town; it must not make the table 白沙黎族自治县's (Hainan), whose bodies the bare
    # 县教体局 would then be linked to.
    text = ("一、10件民生实事任务分解表\n"
            "序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
            "1 | 推动义务教育基本均衡向优质均衡发展,完成吉水二中迁建项目和城北学校主体建设,城南二小实现秋季开学,"
            "增加义务教育学位5000个,启动城西教育网点规划布局,做好城西高中建设开工前期工作。 | 毛晓青 | 县教体局 各相关乡镇政府 | "
            "吉水二中、城南二小均完成项目建设,实现秋季开学,新增义务教育学位5500个,城西高中已启动前期工作。 |\n"
            "4 | 扎实推进城乡供水一体化建设,年内启动尚贤、冠山等6个乡镇供水管网设施建设,提升城区及工业园区供水能力。 | 张学伟 | "
            "县住建局 各相关乡镇政府 | 金滩水厂建设基本完成,预计年底可投产;白沙水厂设计等前期工作已完成 |\n")
    r = _extract(text)
    assert r.meta["jurisdiction"] != "海南省"
    leads = [name for a in r.assignments for name in a.lead]
    assert leads and not any(name.startswith("白沙") for name in leads)


def test_hui_tong_after_a_modal_is_the_verb():
    # http://www.huichang.gov.cn/hcxxxgk/hc1373/202403/ac532136c88e40c999782114a0b6a02f.shtml (会昌县 2023):
    # 要会同 is "together with", not 会同县 (Hunan): neither a place nor the document's county.
    text = ("办好65件民生实事项目是县政府对全县人民的庄严承诺。\n"
            "下一步,各牵头单位要切实负起牵头抓总的主体责任,特别是进度滞后的事项,要强化督促指导,进一步细化、优化工作措施,"
            "抢抓工作进度。县发改委要会同县督查落实办对相关工作进行督导,对严重滞后的事项进行通报并挂牌督办。\n")
    r = _extract(text, "2023-11-01")
    assert not any(e.label == "LOC" and e.text.startswith("会同") for e in r.entities)
    assert not any(name.startswith("会同县") for a in r.assignments for name in a.lead)
    assert [a.lead for a in r.assignments] == [["县发改委"]]


def test_a_county_table_with_cells_a_line_and_a_deadline_column():
    # http://www.dazhu.gov.cn/xxgk-show-947.html (竹府办〔2016〕20号, 2016年民生实事目标任务分解表): each cell a
    # line, two bodies in one cell, a task force that is no body, and a lead cell merged over two tasks.
    text = ("大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知\n\n竹府办〔2016〕20号\n\n"
            "2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
            "1\n\n启动建设东柳河城区段综合治理工程和东湖湿地公园。\n\n县水务局\n\n县住建局\n\n县护城河指挥部\n\n12月底前\n\n"
            "2\n\n新建2座人行天桥。\n\n县住建局\n\n9月投入使用\n\n"
            "5\n\n开工建设县老年养护楼。\n\n县民政局\n\n5月底前动工\n\n开工建设老年大学。\n\n12月底前\n\n"
            "8\n\n启动大竹县第十二小学建设,新建中心幼儿园2所。\n\n县教科局\n\n县代建中心\n\n12月底前\n\n分享到:\n")
    got = {a.task["text"]: (a.lead, a.deadline) for a in _extract(text, "2016-02-26").assignments}
    assert got["启动建设东柳河城区段综合治理工程和东湖湿地公园。"] == (["大竹县水务局", "大竹县住房和城乡建设局"], "2016-12")
    assert got["新建2座人行天桥。"] == (["大竹县住房和城乡建设局"], "2016-09")
    assert got["开工建设县老年养护楼。"] == (["大竹县民政局"], "2016-05")
    assert got["开工建设老年大学。"] == (["大竹县民政局"], "2016-12")
    assert got["启动大竹县第十二小学建设,新建中心幼儿园2所。"][0][0] == "大竹县教育科技局"


def test_what_a_body_qualified_noun_comprises_is_no_task():
    # https://linxia.gov.cn/lxz/zwgk/fdzdgknr/lxghgy/ptzcwj/index.html (临夏回族自治州人民政府信息公开指南, 2023):
    # 州政府 qualifies 信息公开主体, whose members are listed; the duty is the 负责 sentence.
    text = ("临夏回族自治州人民政府信息公开指南(2023年)\n"
            "  州政府信息公开主体包括州政府及州政府各组成部门、直属机构、部门管理机构(以下统称为州级行政机关)。"
            "州政府信息公开坚持“公开为常态、不公开为例外”的原则,除以下信息外,其余政府信息应当公开:\n"
            "  州政府及州政府办公室负责向社会主动公开州政府及州政府办公室制发的非涉密类政府信息。主要包括:\n")
    found = _extract(text, "2023-01-01").assignments
    assert [a.trigger["text"] for a in found] == ["负责"]
    assert found[0].lead == ["临夏回族自治州人民政府", "临夏回族自治州人民政府办公室"]
