"""Probe ind26 (round 15): METRIC kind and period in news digests of provincial work reports
(2024, 2025) that carry no date of their own, from stored public pages (addresses in the comments).
Each asserts what govie reads, as guide v2.1 writes it.
"""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> list[tuple[str, dict]]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_the_attribution_names_the_year_a_dateless_digest_reviews():
    # http://guibinke.net/article/jieliu/830917 (中新社, 浙江 2025): no year in the dateline
    found = metrics("中新社杭州1月14日电 （王逸飞 鲍梦妮）浙江省第十四届人民代表大会第三次会议14日在浙江杭州开幕，"
                    "浙江省代省长刘捷作政府工作报告时介绍，2024年浙江省生产总值增长5.5%左右。\n"
                    "去年，该省加快推进“千项万亿”重大项目建设，1299个重大项目完成投资1.4万亿元。\n"
                    "聚焦今年，浙江省政府工作报告将“生产总值增长5.5%左右”列入建议主要预期目标，"
                    "并提出力争规上工业增加值增长6%以上。")
    lead = first(found, "5.5%")
    assert (lead["kind"], lead["period"]) == ("actual", "2024")
    assert (first(found, "1299个")["kind"], first(found, "1299个")["period"]) == ("actual", "2024")
    goal = first(found, "5.5%", 1)
    assert (goal["kind"], goal["period"]) == ("target", "2025")
    assert first(found, "6%")["period"] == "2025"


def test_report_shows_opens_the_review_of_a_traditional_digest():
    # http://alyssaonofreo.com/news/detail/1675152.html (北京 2024, 繁體)
    found = metrics("1月21日上午，北京市十六屆人大二次會議在北京會議中心開幕，市長殷勇向大會報告政府工作。"
                    "報告顯示，2023年北京市地區生產總值增長5.2%、約4.4萬億元，一般公共預算收入增長8.2%、突破6000億元。\n"
                    "根據北京市政府工作報告，北京2024年經濟社會發展的主要預期目標是，地區生產總值增長5%左右，"
                    "城鎮調查失業率控制在5%以內。")
    assert (first(found, "6000億元")["kind"], first(found, "6000億元")["period"]) == ("actual", "2023")
    assert (first(found, "5%")["kind"], first(found, "5%")["period"]) == ("target", "2024")


def test_a_report_named_by_its_year_reviews_the_year_before():
    # http://gamelodeon.com/rd/508480 (江苏 2025, 繁體): "2025年政府工作報告" reviews 2024
    found = metrics("江蘇省政府2025年政府工作報告新鮮出爐，交出了一份“走在前、做示範”的厚實答卷。\n"
                    "2024年，江蘇經濟運行總體平穩，穩中有進。地區生產總值達13.7萬億元、增長5.8%，增量全國第一。\n"
                    "著力增進民生福祉，城鎮新增就業143.02萬人。")
    for span in ("13.7萬億元", "143.02萬人"):
        assert (first(found, span)["kind"], first(found, span)["period"]) == ("actual", "2024")


def test_an_attribution_inside_a_paragraph_opens_the_review():
    # http://aftabkazi.com/n2/2024/0124/c220005-40724937.html (人民網, 黑龍江 2024)
    found = metrics("人民網哈爾濱1月24日電 1月24日，黑龍江省第十四屆人民代表大會第二次會議開幕，省長梁惠玲作《政府工作報告》。"
                    "報告指出，2023年黑龍江農業現代化水平持續提升。\n"
                    "黑龍江大力發展科技農業，農業科技進步貢獻率達到70.3%。", "2024-01-24")
    assert (first(found, "70.3%")["kind"], first(found, "70.3%")["period"]) == ("actual", "2023")


def test_about_the_year_opens_the_review_before_the_targets():
    # http://wf-changda.com/m/news/5512 (山东 2025)
    found = metrics("关于2024年的工作，报告指出：在省委坚强领导下，全省经济运行稳健向好，实现地区生产总值9.86万亿元、增长5.7%。\n"
                    "关于2025年工作的主要目标：地区生产总值增长5%以上，城镇新增就业110万人以上。", "2025-01-20")
    assert (first(found, "9.86万亿元")["kind"], first(found, "9.86万亿元")["period"]) == ("actual", "2024")
    assert (first(found, "110万人")["kind"], first(found, "110万人")["period"]) == ("target", "2025")


def test_the_past_year_and_an_opening_year_date_a_digest():
    # http://119.23.250.19:2008/api/WAP.PHP?9=GEpwy.html (中新网, 湖南 2024; the page's repost date left out)
    found = metrics("24日在长沙开幕的湖南省第十四届人民代表大会第二次会议公布了一组数据：2023年，湖南地区生产总值迈上新台阶，"
                    "总量突破5万亿元。\n过去一年，湖南从容应对各种不确定性因素，金融让利212亿元；高效率推进项目，"
                    "在建亿元以上项目达7693个。")
    for span in ("212亿元", "7693个"):
        assert (first(found, span)["kind"], first(found, span)["period"]) == ("actual", "2023")


def test_a_digests_aside_dated_to_the_year_under_review_is_a_result():
    # http://56se6.com/news/finance/20250121/21303715.html (第一財經 2025, 繁體)
    found = metrics("1月20日，四川省第十四屆人民代表大會第四次會議開幕，四川省省長施小琳代表省政府所作的工作報告顯示，"
                    "2024年，四川地區生產總值增長5.7%；2025年發展主要預期目標中，地區生產總值增長5.5%以上。\n"
                    "比如，2024年廣西地區生產總值增長4.2%左右，今年預期目標增長5%左右。", "2025-01-21")
    assert (first(found, "4.2%")["kind"], first(found, "4.2%")["period"]) == ("actual", "2024")
    assert (first(found, "5%")["kind"], first(found, "5%")["period"]) == ("target", "2025")


def test_a_digests_target_intro_and_quotation_are_no_part_of_the_name():
    # http://5778666.com/article/detail/1494432.html (證券時報, 浙江 2025, 繁體)
    found = metrics("對於2025年的目標任務，劉捷表示，浙江省主要預期目標為生產總值增長5.5%左右、城鎮調查失業率控制在5%以內。")
    assert first(found, "5.5%")["indicator"] == "生產總值"
    # http://guibinke.net/article/jieliu/830917 (中新社, 浙江 2025)
    found = metrics("聚焦今年，浙江省政府工作报告将“生产总值增长5.5%左右”列入建议主要预期目标。")
    assert first(found, "5.5%")["indicator"] == "生产总值"
