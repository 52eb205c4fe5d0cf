"""Probe ind59n (round 27): METRIC indicators in national and provincial policy texts: a Latin gloss with
digits inside a name (细颗粒物(PM2.5)浓度) and a range of water classes (地表水Ⅰ-Ⅲ类水体比例) stay in it; the
standing value's 由原, a per-head or average word before the number (月人均, 年人均, 月平均) and the causative 使
are no part of what is measured; a standard raised by a step per head (按月人均增加267元提高了…, 按每人每月增加
15元将…提高至) measures the standard named after it; a step's time clause (提标后) and a per-unit lead
(每生每年补助) open no name."""

from .mentions import metric as _get, metrics as _metrics

# https://news.shi-fen.com/china/202111/50-1155935.html (央视网 2021 on 中共中央 国务院 关于深入打好污染防治攻坚战的意见)
WRFZ = ("目标到2025年,生态环境持续改善,单位国内生产总值二氧化碳排放比2020年下降18%,地级及以上城市细颗粒物(PM2.5)"
        "浓度下降10%,空气质量优良天数比率达到87.5%,地表水Ⅰ-Ⅲ类水体比例达到85%。")

# pages corpus (a provincial finance department on its 2015 民生提标 policies)
RAISED = ("一是 按月人均增加267元提高了2015年企业退休人员基本养老金待遇水平,养老金月平均达到2910元。 二是 按每人每月增加15元"
          "将全省城乡居民基本养老保险基础养老金标准提高至每人每月125元。")
LIST = "四是 按月人均增加20元,将城乡居民最低生活保障标准分别提高到月人均370元和月人均200元。"
FROM = "五是 将农牧区重度残疾人生活补贴由原50元提高至100元。"
CAUSE = ("七是 增加年生均公用经费300元,使农村义务教育阶段寄宿制学校小学和初中生均公共经费分别达到900元和1100元。")
AFTER = ("六是 将全省70岁以上老人高龄补贴标准在原基础上每人每月提高20元,提标后70-79岁、80-89、90-99岁、100岁以上"
         "老人月高龄补贴分别达到70元、80元、100元、140元。")
FUND = "三是 将全省城乡居民医保筹资年人均统一增加40元(省财政补助20元,个人缴费20元),使2015年人均筹资标准达到550元。"
MEAL = "将农村义务教育阶段学生营养改善计划补助标准由每生每天3元提高到4元,达到每生每年补助800元。"


def test_latin_gloss_and_water_class_range_stay_in_the_name():
    ms = _metrics(WRFZ, reference_date="2021-11-08")
    m = _get(ms, "10%")
    assert WRFZ[m.start:m.end] == "10%"
    assert m.attrs["indicator"] == "地级及以上城市细颗粒物(PM2.5)浓度"
    assert _get(ms, "85%").attrs["indicator"] == "地表水Ⅰ-Ⅲ类水体比例"


def test_step_per_head_measures_the_standard_raised():
    ms = _metrics(RAISED, reference_date="2015-07-01")
    assert _get(ms, "267元").attrs["indicator"] == "企业退休人员基本养老金待遇水平"
    assert _get(ms, "267元").attrs["change"] == "growth"
    assert _get(ms, "15元").attrs["indicator"] == "城乡居民基本养老保险基础养老金标准"
    assert _get(ms, "125元").attrs["indicator"] == "城乡居民基本养老保险基础养老金标准"


def test_average_after_the_noun_is_adverbial():
    ms = _metrics(RAISED, reference_date="2015-07-01")
    assert _get(ms, "2910元").attrs["indicator"] == "养老金"


def test_per_head_word_before_the_number_is_no_name():
    ms = _metrics(LIST, reference_date="2015-07-01")
    assert _get(ms, "20元").attrs["indicator"] == "城乡居民最低生活保障标准"
    assert _get(ms, "370元").attrs["indicator"] == "城乡居民最低生活保障标准"
    ms = _metrics(FUND, reference_date="2015-07-01")
    assert _get(ms, "40元").attrs["indicator"] == "城乡居民医保筹资"


def test_standing_value_you_yuan_is_no_name():
    ms = _metrics(FROM, reference_date="2015-07-01")
    assert _get(ms, "50元").attrs["indicator"] == "农牧区重度残疾人生活补贴"
    assert _get(ms, "100元").attrs["indicator"] == "农牧区重度残疾人生活补贴"


def test_causative_shi_opens_no_name():
    ms = _metrics(CAUSE, reference_date="2015-07-01")
    assert _get(ms, "900元").attrs["indicator"] == "农村义务教育阶段寄宿制学校小学和初中生均公共经费"
    assert _get(ms, "1100元").attrs["indicator"] == "农村义务教育阶段寄宿制学校小学和初中生均公共经费"


def test_time_clause_of_a_step_opens_no_name():
    ms = _metrics(AFTER, reference_date="2015-07-01")
    for s in ("70元", "80元", "140元"):
        assert _get(ms, s).attrs["indicator"] == "70-79岁、80-89、90-99岁、100岁以上老人月高龄补贴"


def test_per_unit_lead_opens_no_name():
    ms = _metrics(MEAL, reference_date="2015-07-01")
    assert _get(ms, "800元").attrs["indicator"] == "补助"
