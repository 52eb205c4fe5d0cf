"""Probe ind50p (round 24): METRIC indicator in city statistical communiqués: the population or exchange
rate a figure is counted per (按常住人口计算, 按…平均汇率计算为) and a bracketed abbreviation after the name
(地区生产总值（GDP）) are no part of what is measured."""

from .mentions import metric as _get, metrics as _metrics

# http://m.xiaomonv0755.com/tjgb/05nmg/35612.html (通辽市2017年国民经济和社会发展统计公报, converted
# from traditional characters)
TONGLIAO = ("初步核算，全市完成地区生产总值（GDP）1222.62亿元，按可比价格计算，比上年增长0.3%。"
            "三次产业比重为21.5∶36.1∶42.4。按常住人口计算人均地区生产总值39102元，按2017年平均汇率计算为"
            "5791美元，增长0.2%。")


def test_population_basis_is_no_part_of_the_name():
    ms = _metrics(TONGLIAO)
    assert _get(ms, "39102元").attrs["indicator"] == "人均地区生产总值"


def test_figure_converted_at_a_rate_is_the_one_before():
    ms = _metrics(TONGLIAO)
    assert _get(ms, "5791美元").attrs["indicator"] == "人均地区生产总值"
    assert _get(ms, "0.2%").attrs["indicator"] == "人均地区生产总值"


def test_bracketed_abbreviation_is_another_name():
    ms = _metrics(TONGLIAO)
    assert _get(ms, "1222.62亿元").attrs["indicator"] == "地区生产总值"
    assert _get(ms, "0.3%").attrs["indicator"] == "地区生产总值"
    # c97885.com/OpennessContent/download/2240619.html (《亳州市2022年国民经济和社会发展统计公报》解读)
    ms = _metrics("《公报》显示，初步核算，2022年全市生产总值（GDP）2101.5亿元，按可比价格计算，比上年增长4.2%。")
    assert _get(ms, "2101.5亿元").attrs["indicator"] == "生产总值"
    # a Chinese note in brackets is not an abbreviation: left to the rules that read notes
    ms = _metrics("年末全市常住人口312.87万人。其中，城镇人口为151.93万人，常住人口城镇化率达48.56%。")
    assert _get(ms, "48.56%").attrs["indicator"] == "常住人口城镇化率"


def test_a_name_that_opens_with_a_basis_word_keeps_it():
    # the basis is stripped only when a name follows it; a bare 常住人口 is a name of its own
    ms = _metrics("2022年年末，全市常住人口496万人，常住人口城镇化率为44.1%，比上年提高0.9个百分点。")
    assert _get(ms, "496万人").attrs["indicator"] == "常住人口"
    assert _get(ms, "44.1%").attrs["indicator"] == "常住人口城镇化率"
