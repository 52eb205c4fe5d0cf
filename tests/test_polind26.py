"""Probe polind26 (round 16): METRIC indicators of thresholds and targets in policy documents, from
stored public pages (addresses in the comments). Each asserts what govie reads, as guide v2.1 writes it.
"""

from __future__ import annotations

import govie


def metrics(text: str) -> list[tuple[str, dict]]:
    result = govie.extract(text, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_dui_opening_a_threshold_clause_is_no_part_of_the_indicator():
    # http://www.yywjxh.com/Article_show_id_82.htm (余姚, 若干政策意见)
    found = metrics("对企业销售收入上台阶进行奖励，对年销售收入首次超5亿元、10亿元、20亿元、30亿元和50亿元的企业，"
                    "分别奖励10万元、20万元、30万元、50万元和100万元。")
    assert first(found, "5亿元")["indicator"] == "年销售收入"
    assert first(found, "10亿元")["indicator"] == "年销售收入"
    assert first(found, "50亿元")["indicator"] == "年销售收入"  # the list's last amount, before 的企业


def test_dui_wai_still_opens_a_name():
    found = metrics("全年对外直接投资1200亿美元。")
    assert first(found, "1200亿美元")["indicator"] == "对外直接投资"


def test_ji_opening_an_explanation_is_no_part_of_the_indicator():
    # http://www.screenprotectors.com.cn/anhui/20181115/48535.html (谯政秘〔2018〕30号)
    found = metrics("按《谯城区促进现代农业发展奖扶办法》执行，即种植规模100亩以上的，每亩补助100元；"
                    "种植规模300亩以上的，每亩补助200元。")
    a = first(found, "100亩")
    assert (a["indicator"], a["qualifier"]) == ("种植规模", "以上")


def test_er_ze_around_a_target_name_are_no_part_of_it():
    # http://training-fly.com/newscenter/native/city/20151130/t20151130_520640637.shtml (贵州林业产业方案)
    found = metrics("茶产业综合产值超过500亿元。而旅游综合收入则将达到300亿元，林下经济产业将实现产值200亿元。")
    assert first(found, "300亿元")["indicator"] == "旅游综合收入"


def test_ze_ending_a_rule_name_stays():
    found = metrics("全年修订实施细则12项。")
    assert first(found, "12项")["indicator"] != "实施细"


def test_a_threshold_amount_measures_the_noun_before_it_not_the_one_it_selects():
    # http://www.yywjxh.com/Article_show_id_82.htm (余姚, 若干政策意见)
    found = metrics("企业实施符合上级产业政策要求的项目，技术设备投入300万元以上的鼓励类项目按5%进行奖励，"
                    "技术设备投入500万元以上的允许类项目按3%进行奖励。")
    assert first(found, "300万元")["indicator"] == "技术设备投入"
    assert first(found, "500万元")["indicator"] == "技术设备投入"
    assert first(found, "5%")["indicator"] == "奖励"
    assert first(found, "3%")["indicator"] == "奖励"


def test_a_share_of_whom_is_reached_and_a_fine_stay_with_the_noun_after():
    # http://www.qhi-logistics.com/plus/view.php?aid=4708 (四川 现代农业"10+3"意见, 2019)
    found = metrics("新型农业经营主体信息化水平达到55%，信息服务惠及80%以上的涉农农户。")
    assert first(found, "80%")["indicator"] == "涉农农户"
    found = metrics("予以警告，可以处10万元以下的罚款。")
    assert first(found, "10万元")["indicator"] == "罚款"


def test_a_rate_granted_with_de_names_the_grant():
    # http://www.yywjxh.com/Article_show_id_82.htm (余姚, 若干政策意见)
    found = metrics("对工业企业实施的市级以上重点项目新征土地在计划建设期内竣工投产的，在计划建设期内按其缴纳的"
                    "城镇土地使用税给予50%的奖励。")
    assert first(found, "50%")["indicator"] == "奖励"


def test_a_place_tagged_in_a_list_before_one_number_stays_in_the_shared_name():
    # http://rdzxqy.com/Detail/index/tid/1111.html (苏政发〔2016〕49号)
    found = metrics("（二）民生保障能力明显增强，生态环境持续优化。到2018年底，改造苏北、苏中棚户区40万套左右。")
    assert first(found, "40万套")["indicator"] == "苏北、苏中棚户区"


def test_a_long_list_sharing_one_number_with_jun_is_one_name():
    # http://training-fly.com/newscenter/native/city/20151130/t20151130_520640637.shtml (贵州林业产业方案)
    found = metrics("林下经济产业将实现产值200亿元；花卉苗木产业、木本中药材产业和精品水果产业、核桃产业均将达到100亿元以上。")
    assert first(found, "100亿元")["indicator"] == "花卉苗木产业、木本中药材产业和精品水果产业、核桃产业"


def test_a_size_class_written_with_guo_or_a_range_stays_in_what_is_counted():
    # http://dyerandpostasalon.com/policy/118264.html (鄂政办发〔2021〕31号)
    found = metrics("到2025年全省主营业务收入过100亿元龙头企业达到6家、50-100亿元龙头企业达到16家，"
                    "认定省级以上农业产业化龙头企业1000家。")
    assert first(found, "6家")["indicator"] == "主营业务收入过100亿元龙头企业"
    assert first(found, "16家")["indicator"] == "50-100亿元龙头企业"
    assert first(found, "100亿元")["indicator"] == "主营业务收入"
    assert first(found, "1000家")["indicator"] == "省级以上农业产业化龙头企业"
