"""Probe ind57p (round 27): METRIC indicators in policy documents: a verb before 性 makes a word of kind
(修复性养护工程), no verb of doing to strip; a share's noun ends before the verb that places it
(设立在, 集中在, 来源于); a share of the noun its 的 opens is a level even when that noun was counted in the
clause before; a plan's period naming the plan (“十三五”规划项目库) dates no goal of its paragraph."""

from .mentions import metric as _get, metrics as _metrics

# http://blog.meiducn.com/m?id=1755586 (中新社 2023 on 交通运输部等《新一轮农村公路提升行动方案》)
MOT = "《方案》指出，到2027年，全国完成新改建农村公路30万公里，便捷高效、普惠公平的农村公路网络基本建成；实施修复性养护工程30万公里，技术状况优良路率保持在70%以上。"

# https://gqrdw.com/shandong/1061.html (青岛高新区 试行意见 2021)
QDGX = ("实施“青岛高新区科技创新发展1622行动”，到2023年，全区培育科技型中小企业1000家、高新技术企业600家、"
        "上市培育企业20家、研发机构200家，90%以上的研发机构设立在企业、90%以上的研发人员集中在企业、"
        "90%以上的重大科技项目发明专利来源于企业。")

# http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml (官渡区 稳增长政策措施)
GUANDU = ("4. 加强项目谋划储备。编制完成官渡区三年滚动投资计划，完善“十三五”规划项目库，建立专项建设基金三年滚动项目库。"
          "加大项目前期工作力度，区级财政安排4000万元重大项目前期费，统筹用于区级重大基础设施项目。")


def test_verb_before_xing_is_a_word_of_kind():
    ms = _metrics(MOT, reference_date="2023-08-06")
    assert _get(ms, "30万公里", 1).attrs["indicator"] == "修复性养护工程"
    # a verb of doing before the noun still goes (dev wr2026-shandongm: 新改建农村公路 -> 农村公路)
    assert _get(ms, "30万公里", 0).attrs["indicator"] == "农村公路"
    assert _get(ms, "70%").attrs["indicator"] == "技术状况优良路率"


def test_share_noun_ends_before_the_verb_that_places_it():
    ms = _metrics(QDGX, reference_date="2021-07-01")
    shares = [m for m in ms if m.text == "90%"]
    assert [m.attrs["indicator"] for m in shares] == ["研发机构", "研发人员", "重大科技项目发明专利"]
    assert [(m.attrs["change"], m.attrs["kind"], m.attrs["qualifier"], m.attrs["period"]) for m in shares] == \
        [("level", "target", "以上", "2023")] * 3
    assert [m.start for m in shares] == [i for i in range(len(QDGX)) if QDGX.startswith("90%", i)]


def test_plan_period_in_a_plan_name_dates_no_goal():
    m = _get(_metrics(GUANDU, reference_date="2016-12-06"), "4000万元")
    assert m.attrs["indicator"] == "重大项目前期费"
    assert m.attrs["period"] is None
