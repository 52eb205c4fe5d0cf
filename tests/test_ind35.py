"""Probe ind35: METRIC indicator, kind and period in prefecture and county work reports of 2013-2024 and
their news reports (review of the past year or five years, targets of the plan). Each text is real, its
page in a comment."""

import govie


def _one(text: str, span: str, reference_date: str, nth: int = 0) -> dict:
    r = govie.extract(text, reference_date=reference_date).to_dict()
    return [e for e in r["entities"] if e["label"] == "METRIC" and e["text"] == span][nth]


def _kp(text: str, span: str, ref: str, nth: int = 0) -> tuple:
    e = _one(text, span, ref, nth)
    return e["kind"], e["period"]


# http://cndsn.com.cn/dalu/2015/0124/45304_4.html (长沙 2015 report, news)
CHANGSHA_2015 = (
    "中共长沙市委副书记、市长胡衡华作政府工作报告。胡衡华说,2014年,在市委的坚强领导下,全市上下认真落实省委、"
    "省政府“四化两型”总战略和“三量齐升”总要求,经济社会持续健康发展。预计完成地区生产总值7810亿元,增长10%;"
    "固定资产投资5430亿元,增长18%;城镇登记失业率在2.85%以内;单位地区生产总值综合能耗下降4%。"
)

# http://tp.hkcd.com/content_p/2019-02/19/content_70411.html (涪城区 2019 report, news in traditional script)
FUCHENG_2019 = (
    "代區長鄧輝作政府工作報告。\n鄧輝在報告中說,2018年涪城全區經濟社會發展取得顯著成效。區屬地區生產總值達到"
    "379.95億元、增長9.3%;全社會固定資產投資207.11億元、增長13.1%。\n"
)

# http://sdmsw.com.cn/sh/wl/2013-01/10595.html (五莲县 2013 report, news)
WULIAN_2013 = (
    "经初步预计,五莲县2012年全年实现生产总值163亿元,比上年增长13%;农民人均纯收入和城镇居民人均可支配收入"
    "分别达到9807元和18817元,分别增长18%和16.5%。\n"
    "此外,杜江涛还指出,2013年的主要预期目标是:生产总值增长13%,公共财政预算收入增长18%,"
    "居民消费价格指数控制在3.5%以内,人口自然增长率控制在3‰以内。"
)


def test_a_speakers_year_opens_the_review():
    # "胡衡华说,2014年,…" in a sentence, "鄧輝在報告中說,2018年…" opening a paragraph: the year reviewed
    assert _kp(CHANGSHA_2015, "7810亿元", "2015-01-24") == ("actual", "2014")
    assert _kp(CHANGSHA_2015, "4%", "2015-01-24") == ("actual", "2014")
    assert _kp(FUCHENG_2019, "379.95億元", "2019-02-19") == ("actual", "2018")
    assert _kp(FUCHENG_2019, "13.1%", "2019-02-19") == ("actual", "2018")


def test_an_estimate_opens_the_review_for_the_whole_paragraph():
    assert _kp(WULIAN_2013, "13%", "2013-01-10") == ("actual", "2012")
    assert _kp(WULIAN_2013, "16.5%", "2013-01-10") == ("actual", "2012")
    # the targets after it stay targets
    assert _kp(WULIAN_2013, "13%", "2013-01-10", 1) == ("target", "2013")


def test_a_price_index_bounded_by_kongzhizai_is_its_rise():
    cpi = _one(WULIAN_2013, "3.5%", "2013-01-10")
    assert (cpi["indicator"], cpi["change"], cpi["qualifier"]) == ("居民消费价格指数", "growth", "以内")
    # a rate that is not a price index keeps its level
    assert _one(WULIAN_2013, "3‰", "2013-01-10")["change"] == "level"


# http://sznews.zjol.com.cn/sznews/system/2016/01/08/020089108.shtml (嵊州 2016 report, news)
SHENGZHOU_2016 = (
    "陈玲芳在报告中说,“十二五”时期,面对复杂多变的宏观环境和艰巨繁重的发展任务,市政府在市委的正确领导下,"
    "克难攻坚,奋力拼搏。预计2015年全市实现地区生产总值450亿元,五年年均增长8.5%,人均生产总值6.1万元;"
    "财政总收入46.8亿元,其中公共财政预算收入29.2亿元,年均分别增长13%和15.6%。"
)


def test_an_earlier_plan_named_in_its_last_years_report_is_the_five_years_reviewed():
    assert _kp(SHENGZHOU_2016, "8.5%", "2016-01-07") == ("actual", "2011/2015")
    assert _kp(SHENGZHOU_2016, "15.6%", "2016-01-07") == ("actual", "2011/2015")
    assert _kp(SHENGZHOU_2016, "6.1万元", "2016-01-07") == ("actual", "2015")


def test_an_earlier_plan_named_in_a_later_report_reviews_nothing():
    # the same opening in a report on 2023: 十二五 is history there, not the span under review
    text = SHENGZHOU_2016.replace("预计2015年", "预计2023年")
    assert _kp(text, "8.5%", "2024-01-07")[1] != "2011/2015"


# https://gongwensou.com/zhengfubaogao/34550.html (谷城县 2020 report)
GUCHENG_2020 = "预计十三五末,全县地区生产总值突破400亿元,年均增长6.2%;固定资产投资250.3亿元,可比年均增长10.3%;"


def test_bare_kebi_is_the_basis_not_the_indicator():
    assert _one(GUCHENG_2020, "10.3%", "2020-12-23")["indicator"] == "固定资产投资"


# https://guanlizhidu.com/doc/2633710.html (夏县 2024 report)
XIAXIAN_2024 = ("城镇居民人均可支配收入完成35208元,增长4.8%;特别是农村居民人均可支配收入完成13006元,增长10.5%,"
                "全市排名第3。")


def test_tebieshi_is_no_part_of_the_indicator():
    assert _one(XIAXIAN_2024, "13006元", "2024-01-20")["indicator"] == "农村居民人均可支配收入"
    assert _one(XIAXIAN_2024, "10.5%", "2024-01-20")["indicator"] == "农村居民人均可支配收入"


# http://district.ce.cn/newarea/roll/201502/04/t20150204_4512523.shtml (成都 2015 report)
CHENGDU_2015 = "全市继续保持良好发展势头。预计全年地区生产总值迈上万亿元台阶,增长8.8%左右;实现固定资产投资6600亿元。"


def test_a_growth_after_a_milestone_clause_is_of_its_subject():
    e = _one(CHENGDU_2015, "8.8%", "2015-01-20")
    assert (e["indicator"], e["change"], e["qualifier"]) == ("地区生产总值", "growth", "左右")


# http://hkwb.net/news/content/2018-01/11/content_3444361.htm (广州 2018 report, news)
GUANGZHOU_2018 = ("广州市十五届人大三次会议上午开幕,温国辉作《政府工作报告》\n今年GDP预期增长7.5%左右\n"
                  "报告首先回顾了2017年工作。预计全年地区生产总值2.15万亿元,比上年增长7%以上。")


def test_a_headline_expected_for_this_year_is_a_target():
    assert _kp(GUANGZHOU_2018, "7.5%", "2018-01-11") == ("target", "2018")
    assert _kp(GUANGZHOU_2018, "7%", "2018-01-11") == ("actual", "2017")
