"""fix27e: a dateline's city the text names again still counts for the division; a verb inside an attributive
已经…的 before its noun is no past fact of a report's plan part. Each failed on main."""
import pytest

import govie

from .activity_frames import sc_report, tuples


# 1. A dispatch filed from a city that the text names again outside the dateline: the city is the text's own.
@pytest.mark.parametrize("text,code", [
    ("优化营商环境大会召开\n新华社武汉5月5日电 武汉市优化营商环境大会5日召开，湖北省副省长出席，湖北省有关部门参加。",
     "420100"),
    ("营商环境大会召开\n新华社成都6月3日电 成都市优化营商环境大会3日召开，四川省副省长出席，四川省有关部门参加。",
     "510100"),
    ("城市更新推进会召开\n新华社杭州4月12日电 杭州市城市更新推进会12日召开，浙江省副省长出席，浙江省有关部门参加。",
     "330100"),
])
def test_dateline_city_named_again_counts(text, code):
    r = govie.extract(text, model=None)
    assert r.meta["division"]["code"] == code


@pytest.mark.parametrize("text", [
    "稳就业工作部署\n新华社北京3月5日电 国务院总理李强5日主持召开国务院常务会议，部署稳就业工作。",
    "部署推进城市更新工作\n新华社上海6月5日电 李强5日主持召开常务会议，部署推进城市更新工作。",
])
def test_dateline_alone_places_no_national_item(text):
    r = govie.extract(text, model=None)
    div = r.meta["division"]
    assert div is None or div["code"] not in ("110000", "310000")


_PLAN = "二、1987年的工作安排"


def _modes(body, ref, heading=_PLAN):
    text = sc_report(body, heading)
    out = tuples(text, ref, "trigger", "start", "mode")
    return text, out


# 2. 已经…的 + noun: the verb inside the attributive is no reported act.
@pytest.mark.parametrize("body,ref,verb", [
    ("深化企业改革，除了已经规定下放给企业的权力必须切实落实以外，还要进一步扩大企业的自主权。", "1987-03-25", "下放"),
    ("深化价格改革，除了已经规定下放给地方的定价权限必须切实落实以外，还要进一步理顺价格关系。", "1990-03-20", "下放"),
    ("转变政府职能，除了已经决定下放给省一级的审批权必须落实到位以外，还要继续减少审批事项。", "1993-03-15", "下放"),
])
def test_verb_inside_attributive_is_no_past_fact(body, ref, verb):
    text, out = _modes(body, ref, f"二、{ref[:4]}年的工作安排")
    hits = [(s, m) for t, s, m in out if t == verb]
    assert hits and all(m == "planned" for _, m in hits)
    for s, _ in hits:
        assert text[s : s + len(verb)] == verb


def test_real_past_fact_stays_done():
    # 1997 and 1988 plan parts: 已 reports the act done
    text, out = _modes("国家已经组织了５７户企业集团试点，今年要继续推进。", "1997-03-01", "二、1997年的工作安排")
    assert ("组织", "done") in [(t, m) for t, _, m in out]


def test_basically_done_stays_done():
    # a plan part's 已基本完成 (2002-style review of a task) is a past fact; the plan's own verb stays planned
    text, out = _modes("三峡工程的论证已基本完成，今年要做好开工准备。", "1992-03-20", "二、1992年的工作安排")
    pairs = [(t, m) for t, _, m in out]
    assert ("完成", "done") in pairs and ("开工", "planned") in pairs
