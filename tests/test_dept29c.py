"""Round 16 probe dept29c: DEPT precision in county and township documents (town news, county notices,
a county committee's leading group, co-op lists). Each test quotes real sentences (addresses in the comments)."""
import govie


def _depts(text, date=None):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]


def test_a_post_and_its_second_post_do_not_glue_into_a_body():
    # http://ischool.net.cn/local/dfkx/201305/t20130521_4228187.html (平原县, 山东, 2013; traditional script)
    text = ("日前,中共平原縣委調整充實了對臺灣工作領導小組。\n平原縣委對臺灣工作領導小組由縣委書記任組長。"
            "縣委對臺灣工作領導小組下設辦公室,縣臺辦主任兼辦公室主任。")
    depts = _depts(text, "2013-05-21")
    assert ("縣臺辦", "中共平原县委员会台湾工作办公室") in depts
    assert not any("兼" in t for t, _ in depts)
    assert not any("領導小組" in t for t, _ in depts)  # a leading group is no body (guide, v2 conventions)


def test_a_towns_news_hosted_after_its_county_names_the_towns_party_committee():
    # http://www.xbxxb.com/2023/0330/719854.html (扶风县杏林镇, 陕西, 2023)
    text = ("本报讯(通讯员 任睿)为深入贯彻落实党的二十大精神及县委十七届四次全会精神和“三个年”活动安排部署,近日,"
            "扶风县杏林镇召开2023年春季重点工作推进会。\n第二部分召开室内座谈会,13个村书记就本村产业如何发展交流体会。"
            "镇长葛书园就各村近期各项工作进行整体点评。\n最后,镇党委书记陈海刚从谋划工作要着眼大局三个方面进行了强调,"
            "并要求全镇上下要坚决贯彻落实省市县“三个年”活动部署。镇全体领导、站所负责人及各村书记40余人参加了会议。")
    depts = _depts(text, "2023-03-30")
    assert ("镇党委", "中共扶风县杏林镇委员会") in depts
    assert ("县委", "中共扶风县委员会") in depts


def test_a_former_county_level_citys_co_op_is_not_its_neighbours():
    # https://bbs.0513.org/thread-4047566-1-1.html (南通, 江苏, 2018): 海门市 became 海门区 in 2020.
    text = ("百强县级社\n江苏省南通市海门市供销合作社(第6位)\n江苏省南通市如皋市供销合作社(第16位)\n基层社标杆社\n"
            "江苏省南通市如皋市新星供销合作社")
    depts = _depts(text, "2018-02-20")
    assert not any(t == "供销合作社" for t, _ in depts)
    haimen = [c for t, c in depts if "海门市" in t]
    assert haimen and all(c is None or "如皋" not in c for c in haimen)


def test_a_co_op_named_after_its_town_is_not_the_county_federation():
    # https://bbs.0513.org/thread-4047566-1-1.html (2018): a grassroots co-op after its own name
    # (沙家浜镇供销专业合作社, chinacoop.gov.cn 2019, is the same kind).
    text = "如皋市。基层社标杆社:新星供销合作社、镇供销社;县级社:如皋市供销合作社。"
    depts = _depts(text, "2018-02-20")
    assert ("如皋市供销合作社", "如皋市供销合作社联合社") in depts
    assert not any(t in ("供销合作社", "供销社") for t, _ in depts)


def test_a_town_named_after_a_county_is_that_countys_only():
    # The host line of the 扶风县杏林镇 news above, as it reads for the county's 法门镇; with another county's
    # name before the town (岐山县 has no 法门镇), the town is none, not 扶风县's namesake.
    from govie.kb.divisions import own_township

    tail = "召开2023年春季重点工作推进会。\n最后,镇党委书记陈海刚要求全镇上下坚决贯彻落实。"
    assert own_township("扶风县法门镇" + tail) == ("法门镇", "610324")
    assert own_township("岐山县法门镇" + tail) is None
