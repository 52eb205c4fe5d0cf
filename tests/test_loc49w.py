"""LOC in provincial and prefecture work reports (probe loc49w): places in brackets, quoted charges,
zones missing from the zone words, zero-carbon parks, places inside event names with a quoted nickname."""

import pytest

import govie


def _locs(text):
    found = [(e.text, e.start, e.end) for e in govie.extract(text, model=None).entities if e.label == "LOC"]
    assert all(text[s:e] == t for t, s, e in found)
    return [t for t, _, _ in found]


@pytest.mark.parametrize("text, expected", [
    # Dev wr2026-hebei and wr2026-tianjin (2026 reports): a designation both places hold.
    ("积极参与北京（京津冀）国际科技创新中心建设，实施京津冀产业协同。", ["北京", "京津冀", "京津冀"]),
    # Dev wr2026-guangdongm (Guangdong 2026 report): an idiom after the bracket ends no name.
    ("8所大学入选新一轮“双一流”名单，省职教城（清远）初具规模。", ["清远"]),
])
def test_place_in_brackets_stands(text, expected):
    assert _locs(text) == expected


@pytest.mark.parametrize("text, place", [
    # A bank's branch and a fair's name go on after the bracket (dev gz-25; Gansu 2019 report).
    ("、澳门社会保障基金、中国银行（香港）有限公司、中国工商银行（澳门）股份有限公司及", "香港"),
    ("首届中国(甘肃)中医药产业博览会", "甘肃"),
    # A project's name (dev pt-10809, Chongqing).
    ("以中新（重庆）战略性互联互通示范项目为牵引。", "重庆"),
])
def test_place_in_a_bracketed_name_is_not_marked(text, place):
    assert place not in _locs(text)


def test_quoted_charge_marks_its_places():
    # Dev wr2026-liaoning (Liaoning 2026 report): a charge of two long clauses, no name.
    text = "赋予我们“在推动新时代东北全面振兴取得新突破上勇于争先，奋力谱写中国式现代化辽宁篇章”新的时代使命。"
    assert _locs(text) == ["东北", "辽宁"]


def test_quoted_slogan_stays_a_name():
    # Dev wr2026-hebei (Hebei 2026 report): a tourism slogan of short clauses, unmarked.
    assert "河北" not in _locs("打响“这么近，那么美，周末到河北”品牌。")


@pytest.mark.parametrize("text, expected", [
    # 珠海市政府工作报告 2025 (yuemaiji.com/a/womenzhuangshideyoushi/zhuanyexing_gaoxiaolv_gao/4753.html).
    ("2025年是“十四五”规划收官之年，也是珠海经济特区建立45周年。", ["珠海经济特区"]),
    # Xizang 2026 report (../shared/data/work-reports-2026).
    ("推动吉隆国家重点开发开放试验区设立。稳妥运行14个传统边贸点。", ["吉隆国家重点开发开放试验区"]),
    # Dev wr2026-shandongm (Shandong 2026 report).
    ("高水平建设黄河三角洲国家农高区、潍坊国家农综区，布局未来农业产业园区。", ["黄河三角洲国家农高区", "潍坊国家农综区"]),
    # Dev wr2026-qinghai (Qinghai 2026 report): a named zero-carbon park; 等地 ends a list, no park's name.
    ("加快西宁市国家碳达峰试点、南川国家级零碳园区建设，同步推动海东、海西等地零碳园区、零碳工厂建设。",
     ["西宁市", "南川国家级零碳园区", "海东", "海西"]),
])
def test_named_zones(text, expected):
    assert _locs(text) == expected


@pytest.mark.parametrize("text", [
    "鼓励更多园区、企业创建零碳园区和零碳工厂。",
    # Dev wr2026-yunnanm, wr2026-neimenggu: the class, no name before it.
    "建好零碳园区。",
    "一批高新技术产业开发区入选首批国家级零碳园区建设名单。",
])
def test_zero_carbon_class_is_no_place(text):
    assert _locs(text) == []


def test_event_with_quoted_nickname_hides_its_place():
    # Xizang 2026 report: a forum's name (guide v2.2, LOC 2).
    text = "加快樟木镇恢复重建。办好中国西藏“环喜马拉雅”国际合作论坛、跨喜马拉雅国际公路自行车极限赛。"
    assert _locs(text) == ["樟木镇"]
