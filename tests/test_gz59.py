"""Round 25 probe gz59: Guangzhou city and district policy notices: a district name before the classes
of urban renewal (旧村, 城中村, 老旧小区) and a city name opening a plan's own name written without 《》.

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie

ZENGCHENG = "http://156152.com/gfxwj/qjgfxwj/zcq/qfb/content/post_5892946.html"  # 增府办规〔2020〕6号
PIPELINE = "http://156152.com/zwgk/fggw/sfbgtwj/content/post_4758895.html"  # 穗府办〔2015〕14号
INVEST = "http://156152.com/zwgk/fggw/szfwj/content/post_4757573.html"  # 穗府〔2011〕15号


def _locs(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in ex.entities if e.label == "LOC"]


def test_a_district_before_old_villages_is_the_place_alone():
    # ZENGCHENG, 第一条: the district's old villages as a class, no project's or village's name.
    text = "为进一步明确增城区旧村全面改造项目实施有关事项,加快推进旧村全面改造工作,结合增城区实际,制定本意见。"
    assert _locs(text, "2020-06-03") == ["增城区", "增城区"]
    # The same class words after a district, as the renewal notices write them.
    assert _locs("支持增城区旧村改造。", "2020-06-03") == ["增城区"]
    assert _locs("推动天河区老旧小区改造。", "2020-06-03") == ["天河区"]


def test_a_city_opening_a_plan_name_is_no_place():
    # PIPELINE: the city's overall emergency plan, named without brackets.
    text = "《广州市石油天然气管道保护突发事件应急预案》业经市政府同意,现印发给你们。请结合广州市突发事件总体应急预案要求,认真组织实施。"
    assert _locs(text, "2015-03-31") == []
    # INVEST: the city's master plan.
    text = "遵循广州市城市总体规划和主体功能区规划以及各类产业导向目录要求,充分发挥广州亚运会、亚残运会后续积极效应。"
    assert _locs(text, "2011-01-01") == []


def test_a_city_doing_something_to_its_plans_stays_a_place():
    # A verb after the city, or no words of a name before the head: the city is the subject or the scope.
    assert _locs("广州市编制应急预案。", "2015-03-31") == ["广州市"]
    assert _locs("加强广州市应急预案管理。", "2015-03-31") == ["广州市"]


def test_the_model_span_running_into_a_plan_name_is_dropped():
    # INVEST, default model: it reads 广州市城市 as a place; the city opens the master plan's name.
    text = "遵循广州市城市总体规划和主体功能区规划以及各类产业导向目录要求,充分发挥广州亚运会、亚残运会后续积极效应。"
    ex = govie.extract(text, reference_date="2011-01-01")
    assert not [e for e in ex.entities if e.label == "LOC" and e.text.startswith("广州市")]
