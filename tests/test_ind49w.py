"""Probe ind49w (round 24): METRIC indicator in provincial and city work reports: a verb opening the 的
clause of the measured noun, words of manner opening the predicate after a counted noun, long counted names."""

from .mentions import metric as _get, metrics as _metrics


def test_clause_verb_before_a_link_stays():
    # http://www.thedullerimage.com/news/detail/452/33602.html (安徽省政府工作报告 2020, review of 2019)
    ms = _metrics("完成集体产权制度改革的村达93.7%、实现分红的村村均累计分红40.9万元。")
    assert _get(ms, "93.7%").attrs["indicator"] == "完成集体产权制度改革的村"


def test_count_verb_before_a_clause_still_goes():
    # dev wr2026-jiangxim: 新增 counts what follows it (gold 年销售收入超亿元的农业产业化龙头企业)
    ms = _metrics("优化冷链物流布局，新增年销售收入超亿元的农业产业化龙头企业100家。")
    assert _get(ms, "100家").attrs["indicator"] == "年销售收入超亿元的农业产业化龙头企业"


def test_manner_word_opens_the_predicate():
    # dev wr2026-henan (河南省政府工作报告 2026), wr2026-neimenggu (内蒙古 2026)
    ms = _metrics("实现中国平煤神马、中国河南国际、中豫航空集团等19家企业战略性重组，完成中原。")
    assert _get(ms, "19家").attrs["indicator"] == "企业"
    ms = _metrics("完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造，优化。")
    assert _get(ms, "395台").attrs["indicator"] == "燃煤锅炉"
    # a 性 word that opens a name stays: 战略性新兴产业集群
    ms = _metrics("培育5个战略性新兴产业集群。")
    assert _get(ms, "5个").attrs["indicator"] == "战略性新兴产业集群"


def test_long_counted_name_read_whole():
    # dev wr2026-neimenggu: a counted name of 17 characters
    ms = _metrics("实施包头、阿拉善等6个国家历史遗留废弃矿山生态修复示范工程。")
    assert _get(ms, "6个").attrs["indicator"] == "国家历史遗留废弃矿山生态修复示范工程"
