"""Probe ind54w (round 26): METRIC indicators in work reports: a pair of verbs of building joined by 和
before a count whose object follows the number (新建和改扩建51所…), and 分别 after a list of numbers of
one indicator (城乡居民收入达到A和B、分别增长P和Q): each growth figure keeps that indicator."""

from .mentions import metric as _get, metrics as _metrics

# work-reports-2026/2026_西藏自治区_政府工作报告.csv [full_text] 10499-10543 (the 2026 plan)
XIZANG = "加快义务教育优质均衡和城乡一体化发展，新建和改扩建51所中小学教学用房及附属设施。"

# http://www.slrbs.com/xqzc/xianqudongtai/dzjs/2016-03-03/622003.html (镇安县 2016, review of 2015)
ZHENAN = ("全年实现生产总值83.91亿元、增长10.8%,完成财政总收入4.17亿元、增长6.1%,完成地方财政收入3.02亿元、"
          "增长9.2%,城乡居民收入达到23292元和7750元、分别增长8.8%和10%,基本完成年度目标任务。")


def test_object_of_rebuilding_follows_the_count():
    m = _get(_metrics(XIZANG), "51所")
    assert m.attrs["indicator"] == "中小学教学用房及附属设施"
    assert m.attrs["change"] == "level"
    assert XIZANG[m.start:m.end] == "51所"


def test_respectively_after_a_list_of_one_indicator_keeps_it():
    ms = _metrics(ZHENAN)
    assert _get(ms, "8.8%").attrs["indicator"] == "城乡居民收入"
    assert _get(ms, "10%").attrs["indicator"] == "城乡居民收入"
    assert _get(ms, "8.8%").attrs["change"] == "growth"
    assert _get(ms, "9.2%").attrs["indicator"] == "地方财政收入"


def test_two_indicators_before_respectively_still_handed_in_order():
    # unchanged: two names with one number each, then 分别 (吉林 2026 style)
    ms = _metrics("规上工业增加值1000亿元、社会消费品零售总额2000亿元，分别增长5%和6%。")
    assert _get(ms, "5%").attrs["indicator"] == "规上工业增加值"
    assert _get(ms, "6%").attrs["indicator"] == "社会消费品零售总额"
