"""Probe ind30: METRIC indicator, kind and period in the statistics bureau's communiqués and data
releases (国家统计局 统计公报 and quarterly releases). Each sentence is real, its page in a comment."""

import govie


def _metrics(text: str, reference_date: str | None = None) -> list[dict]:
    r = govie.extract(text, reference_date=reference_date).to_dict() if reference_date else govie.extract(text).to_dict()
    return [e for e in r["entities"] if e["label"] == "METRIC"]


def _one(text: str, span: str, nth: int = 0, reference_date: str | None = None) -> dict:
    return [e for e in _metrics(text, reference_date) if e["text"] == span][nth]


# http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml (国家统计局, 2016年前三季度)
Q3_2016 = (
    "前三季度国民经济运行稳中有进、稳中提质\n（2016年10月19日）\n中华人民共和国国家统计局\n"
    "今年以来，面对复杂严峻的国内外形势，各地区、各部门在党中央、国务院的坚强领导下，认真贯彻落实新发展理念，"
    "国民经济运行总体平稳、稳中有进、稳中提质、好于预期。\n"
    "初步核算，前三季度国内生产总值529971亿元，按可比价格计算，同比增长6.7%。分季度看，一季度同比增长6.7%，"
    "二季度增长6.7%，三季度增长6.7%。分产业看，第一产业增加值40666亿元，同比增长3.5%；第二产业增加值209415亿元，"
    "增长6.1%；第三产业增加值279890亿元，增长7.6%。从环比看，三季度国内生产总值增长1.8%。\n"
)


def test_industry_name_with_supply_is_not_cut_at_a_modal():
    # 供应 holds 应, no modal: the listed industry is one name as written
    text = "分三大门类看，采矿业增加值同比下降0.4%，制造业增长6.9%，电力、热力、燃气及水生产和供应业增长4.3%。"
    assert _one(text, "4.3%")["indicator"] == "电力、热力、燃气及水生产和供应业"


def test_nation_before_a_listed_name_is_scope():
    # http://whtcotscb.com/news/2022/0119/10580813.shtml (国家统计局 2021年数据)
    text = "2021年，我国信息传输、软件和信息技术服务业增加值比上年增长17.2%，保持恢复性增长。"
    assert _one(text, "17.2%")["indicator"] == "信息传输、软件和信息技术服务业增加值"


def test_price_basis_after_the_name_is_no_part_of_it():
    text = "前三季度，全国规模以上工业增加值按可比价格计算同比增长6.0%，增速与上半年持平。"
    assert _one(text, "6.0%")["indicator"] == "规模以上工业增加值"


def test_faster_than_a_base_is_a_comparison():
    text = "前三季度，高技术产业和装备制造业增加值同比分别增长10.6%和9.1%，增速分别比规模以上工业快4.6和3.1个百分点。"
    gap = _one(text, "3.1个百分点")
    assert gap["indicator"] == "高技术产业和装备制造业增加值"
    assert gap["change"] is None


def test_quarterly_release_reports_results_of_its_periods():
    # 今年以来 opens a release of the year to date, not a work report's plan
    ms = _metrics(Q3_2016, "2016-10-19")
    by = [(e["text"], e["kind"], e["period"]) for e in ms]
    assert ("529971亿元", "actual", "2016-01/2016-09") in by
    assert all(e["kind"] == "actual" for e in ms)
    quarters = [e for e in ms if e["text"] == "6.7%"]
    assert [e["period"] for e in quarters] == ["2016-01/2016-09", "2016-01/2016-03", "2016-04/2016-06", "2016-07/2016-09"]
    assert quarters[1]["indicator"] in (None, "国内生产总值")  # 分季度看 names nothing
    # the breakdown by quarter dates no figure of the next sentence
    assert _one(Q3_2016, "40666亿元", reference_date="2016-10-19")["period"] == "2016-01/2016-09"


def test_population_note_and_year_end():
    # https://yzcslt.com/n/a30475.html (国家统计局 2022年人口数据)
    text = (
        "统计局：2022年城镇化率达65.22%，提高0.5个百分点\n"
        "年末全国人口（包括31个省、自治区、直辖市和现役军人的人口，不包括居住在31个省、自治区、直辖市的港澳台居民"
        "和外籍人员）141175万人，比上年末减少85万人。全年出生人口956万人，人口出生率为6.77‰。从年龄构成看，"
        "60岁及以上人口28004万人，占全国人口的19.8%。"
    )
    total = _one(text, "141175万人")
    assert total["indicator"] in ("人口", "全国人口", "年末全国人口")
    assert (total["kind"], total["period"]) == ("actual", "2022-12")
    assert _one(text, "85万人")["change"] == "decline"
    assert _one(text, "956万人")["period"] == "2022"
    assert _one(text, "19.8%")["indicator"] == "60岁及以上人口"


def test_goal_named_after_the_figure_and_two_year_average():
    # https://workercn.cn/252/201402/25/140225071110242.shtml (2013年统计公报)
    text = (
        "国家统计局2月24日发布了《2013年国民经济和社会发展统计公报》，笔笔数据、张张图表勾勒出中国沉稳坚毅、砥砺前行的脚步。\n"
        "国家统计局的公报显示，2013年，我国全年国内生产总值达568845亿元，实际增长7.7%，增速与上年持平，超过年初确定的7.5%的预期目标。"
    )
    goal = _one(text, "7.5%")
    assert (goal["indicator"], goal["kind"], goal["period"]) == ("国内生产总值", "target", "2013")
    assert _one(text, "7.7%")["kind"] == "actual"
    # http://whtcotscb.com/news/2022/0119/10580813.shtml
    text = "国家统计局日前发布的数据显示，2021年，我国国内生产总值（GDP）1143670亿元，比上年增长8.1%，两年平均增长5.1%，实现“十四五”良好开局。"
    gdp = _one(text, "1143670亿元")
    assert gdp["indicator"].startswith("国内生产总值")
    assert (gdp["kind"], gdp["period"]) == ("actual", "2021")
    assert _one(text, "5.1%")["period"] == "2020/2021"
