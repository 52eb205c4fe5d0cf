"""County and district bodies in county texts (probe dept44c): elliptic field lists, bare types
in texts that never name their county, a term's congress, list offices, bare party departments."""
import govie


def _depts(text, date):
    r = govie.extract(text, reference_date=date)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_statistics_bureau_in_an_unnamed_countys_list_is_no_central_body():
    # http://www.behemothit.com/html/xwzx/mzyw/202003/22934.html (a county's news, 2020-03-30; the
    # county is never named): before, 統計局 was linked to 国家统计局.
    text = ("3月30日,副市長、縣委書記王國忠主持召開全縣統籌疫情防控和經濟社會發展工作專題會。"
            "縣委辦、人大辦、政府辦、政協辦、統計局、教體局、交通局以及銀州街道辦事處等有關單位負責人參加會議。")
    got = _depts(text, "2020-03-30")
    assert ("統計局", None) in got
    assert not any(c and c.startswith("国家") for _, c in got)


def test_bare_types_in_a_named_county_stay_the_countys():
    got = _depts("米脂县人民政府召开会议。住建局、统计局参加会议。", "2020-03-30")
    assert ("统计局", "米脂县统计局") in got


def test_a_list_of_fields_with_the_level_written_once():
    # http://www.szpinglu.gov.cn/web/zwdt/201804/t20180419_185270.html (平鲁区, 2018; the district is
    # not named in the item): each field is a body; the division unknown, no canonical.
    text = "4月13日,我区召开土地供应委员会2018年第三次会议。区委副书记、区长马占文出席会议。区国土、环保、人社等相关部门参加会议。"
    got = _depts(text, "2018-04-13")
    assert [t for t, _ in got if t in ("区国土", "环保", "人社")] == ["区国土", "环保", "人社"]
    assert all(c is None for t, c in got if t in ("区国土", "环保", "人社"))


def test_a_field_list_in_a_named_county_links_each_field_and_passes_the_firm_over():
    # http://www.china-yangshi.com/newsshow.php?id=26066 (2019-11-28), the county named before for the test.
    text = ("绥中县召开城建工作调度会。会上,县住建、交通运输、自然资源和规划、城投公司等部门分别汇报了"
            "各自承担的2019年城建工作完成情况。")
    got = _depts(text, "2019-11-28")
    assert ("县住建", "绥中县住房和城乡建设局") in got
    assert ("交通运输", "绥中县交通运输局") in got
    assert ("自然资源和规划", "绥中县自然资源和规划局") in got
    assert not any(t.startswith("城投") for t, _ in got)


def test_an_abbreviated_field_gets_its_bodys_full_name():
    got = _depts("双塔区召开会议。区国土、环保、人社等相关部门参加会议。", "2020-05-25")
    assert ("人社", "朝阳市双塔区人力资源和社会保障局") in got


def test_fields_of_a_class_of_levels_stay_unmarked():
    # dev gz-33: 市（区） is every district's, a class.
    assert _depts("市（区）财政、民政、卫生健康、人力资源社会保障等部门按照各自职能开展相关工作。", "2024-01-01") == []


def test_a_term_congress_at_its_sessions_is_the_reports_own():
    # http://bx2200.com/baogao/db/2767.html (萨尔图区 report, 2021-12-18)
    text = ("——2021年12月18日在萨尔图区第十二届人民代表大会第一次会议上\n"
            "全区上下解放思想、攻坚克难,较好地完成了十一届人大历次会议确定的工作任务。")
    assert ("十一届人大", "大庆市萨尔图区人民代表大会") in _depts(text, "2021-12-18")


def test_a_list_opened_by_the_congress_office_keeps_its_level():
    # behemothit.com 2020-03-30 (above), the county named before for the test: 縣人大辦、政協辦匯報.
    got = _depts("绥中县召开会议。会上,县人大办、政协办汇报了全县召开两会准备工作情况。", "2020-03-30")
    assert ("政协办", "中国人民政治协商会议绥中县委员会办公室") in got


def test_a_countys_bare_organization_department():
    # https://hn.rednet.cn/c/2015/04/17/4055441.htm (沅陵县, 2015)
    text = ("2015年市委、市政府下达沅陵县保障性安居房建设目标总任务数为1716套,县政府已划分到单位,具体是:"
            "房产局100套,住建局200套。组织部牵头的乡镇公住房,除麻溪铺镇完成建设外,其余乡镇已做完前期手续报批。")
    assert ("组织部", "中共沅陵县委员会组织部") in _depts(text, "2015-04-17")


def test_a_provinces_bare_organization_department_is_left_alone():
    assert not [t for t, _ in _depts("四川省召开会议。组织部牵头。", "2020-05-01") if t == "组织部"]


def test_a_citys_planning_bureau_by_its_older_name():
    # https://liaoning.news.163.com/20/0525/15/FDG1QKG004229BSA.html (双塔区, 2020)
    text = ("5月20日,副市长王一凡带领市自然资源局、市城市规划局、市土地储备中心等单位相关人员来我区调研“退二进三”工作。"
            "在区委常委会议室,听取了区政府党组成员、开发区副主任王宝生关于双塔区“退二进三”工作情况汇报,"
            "副区长何春伟关于双塔区凤凰山项目征地工作情况汇报。")
    assert ("市城市规划局", "朝阳市城市规划局") in _depts(text, "2020-05-25")


def test_the_government_office_heading_a_list_of_bare_bureaus_is_the_countys():
    # http://www.china-yangshi.com/newsshow.php?id=26066 (2019-11-28), the county named before for the test:
    # before, 政府办 went unmarked; linked bare, it was the province's 办公厅.
    text = ("绥中县召开会议。县领导张海军、索剑峰及政府办、住建局、自然资源和规划局、交通运输局、城投公司等"
            "有关城建部门主要负责同志参加会议。")
    got = _depts(text, "2019-11-28")
    assert ("政府办", "绥中县人民政府办公室") in got
    assert not any(c and c.startswith("辽宁省") for _, c in got)
