"""Probe asg44 (round 19): assignments in county and prefecture task breakdowns (real sentences)."""
import govie


def _extract(text, date):
    return govie.extract(text, reference_date=date)


# http://henan.kjzch.com/zhengzhou/2021-03-30/775911.html (新密政办〔2021〕6号 as reposted: the numbers are spaced
# from their stops, "1 . 严格…", and the title line spaces the issuer from 关于).
XINMI = (
    "新密市人民政府办公室 关于认真做好我市承担的2021年省、郑州市政府工作报告重点工作任务落实的通知\n\n"
    "    各乡镇人民政府,各街道办事处,市人民政府各部门,各有关单位:\n\n"
    "    一 、 承担的 20 21 年 省 政府工作报告重点工作任务及责任分解\n\n"
    "    1 . 严格管控地方政府债务,切实保障 “三保”支出。\n\n"
    "    责任单位:市 财政局\n\n"
    "    2 . 以兰考、鄢陵、新安、南乐、新郑 5 个国家级县城新型城镇化建设示范县为引领,强化县城综合承载能力,"
    "满足农村人口向县城转移的需求。\n\n"
    "    牵头单位:市 城镇化服务中心\n\n"
    "    责任单位: 市发展改革委、住建局, 各乡镇政府、街道办事处 、伏羲 山管委 会\n")


def test_a_cited_work_report_in_the_title_is_not_the_issuer():
    r = _extract(XINMI, "2021-03-26")
    # 郑州市政府工作报告 is the notice's object: a bare 市 is 新密市's, the issuer's city, not 郑州's.
    assert r.meta["division"]["name"] == "新密市"
    linked = {e.text: e.canonical for e in r.entities if e.label == "DEPT"}
    assert linked["市 财政局"] == "新密市财政局"
    assert linked["市发展改革委"] == "新密市发展和改革委员会"


def test_a_work_report_title_still_names_its_government():
    r = _extract("2021年郑州市政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告政府工作,请予审议。\n", "2021-01-20")
    assert r.meta["issuer"] == "郑州市人民政府"


def test_items_numbered_with_a_spaced_stop_are_tasks_of_their_role_lines():
    found = _extract(XINMI, "2021-03-26").assignments
    assert [a.task["text"][:8] for a in found] == ["严格管控地方政府", "以兰考、鄢陵、新"]
    assert found[0].lead == ["新密市财政局"] and found[0].support == []
    # 牵头单位 leads; the 责任单位 line under it takes part, its 各乡镇政府、街道办事处 a class.
    assert found[1].lead == ["新密市城镇化服务中心"]
    assert found[1].support == ["新密市发展和改革委员会", "新密市住房和城乡建设局"]


# http://yunyang.shiyan.gov.cn/xxgkxi/zc/zfwj/yzf/202302/t20230213_4182632.shtml (郧政发〔2023〕5号; the page excerpt
# stops after the first row's lead cell, before its 责任单位 and 责任人 cells).
YUNYANG = (
    "郧阳区人民政府关于分解落实2023年区政府工作目标任务的通知\n\n"
    "2023年区政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n责任单位\n\n责任人\n\n"
    "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境、交通、金融、安全生产等工作目标(牵头领导:成坤、柯相国、王俊)\n\n"
    "1\n\n★地区生产总值增长15%。\n\n区发改局\n")


def test_the_last_row_of_a_table_that_lost_its_trailing_cells():
    found = _extract(YUNYANG, "2023-01-30").assignments
    assert len(found) == 1
    assert found[0].task["text"] == "★地区生产总值增长15%。"
    assert found[0].lead == ["十堰市郧阳区发展和改革局"]


def test_a_row_cut_before_its_lead_cell_assigns_nothing():
    # The same table cut after the task cell: no lead cell, no assignment.
    found = _extract(YUNYANG.replace("\n\n区发改局\n", "\n"), "2023-01-30").assignments
    assert found == []
