"""Probe polind28 (round 18): METRIC indicator, kind, period and qualifier in plans, task lists, quota
notices and standards notices, from stored public pages (addresses in the comments)."""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> list[tuple[str, dict]]:
    result = govie.extract(text, model=None, reference_date=reference_date)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_size_class_with_pass_word_and_de_is_part_of_the_counted_noun():
    # http://hyzy.hunancourt.gov.cn/article/detail/2021/11/id/6375317.shtml (衡阳市人民政府办公室, 2021)
    found = metrics("到2025年,力争全市全社会研发经费投入占GDP比重达到2.5%左右,数字经济核心产业增加值占地区生产总值"
                    "比重达到12%,纳税过1亿元的企业达30家,产值过500亿元的企业达3家,产值过1000亿元的企业实现“破零”。",
                    "2021-09-02")
    a = first(found, "30家")
    assert (a["indicator"], a["kind"], a["period"]) == ("纳税过1亿元的企业", "target", "2025")
    assert first(found, "3家")["indicator"] == "产值过500亿元的企业"
    for span, name in (("1亿元", "纳税"), ("500亿元", "产值"), ("1000亿元", "产值")):
        a = first(found, span)
        assert (a["indicator"], a["qualifier"], a["kind"], a["period"]) == (name, "超过", None, None)


def test_pass_word_is_no_bound_after_a_verb():
    found = metrics("通过3年努力，全市新建公园20个。", "2021-09-02")
    assert first(found, "3年")["qualifier"] is None


def test_the_five_year_plan_in_its_first_year_sets_goals():
    # http://cj8801.cn/88053.html (保定 十四五规划纲要, a 2021 digest)
    found = metrics("《纲要》中指出,到2025年,保定市区常住人口达到355万人,到2035年达到500万人。“十四五”期间,"
                    "地区生产总值年均增长8%以上,城乡居民 收入实现倍增,居民人均可支配收入年均增长8%以上。\n"
                    "到 2025 年,全市汽车及零部件产业营业收入达到 6000亿元。", "2021-08-12")
    assert (first(found, "355万人")["kind"], first(found, "355万人")["period"]) == ("target", "2025")
    assert (first(found, "500万人")["kind"], first(found, "500万人")["period"]) == ("target", "2035")
    for nth in (0, 1):
        a = first(found, "8%", nth)
        assert (a["kind"], a["period"], a["qualifier"]) == ("target", "2021/2025", "以上")
    a = first(found, "6000亿元")
    assert (a["indicator"], a["kind"], a["period"]) == ("汽车及零部件产业营业收入", "target", "2025")


def test_a_plan_headline_with_a_later_year_is_a_goal():
    # http://www.chaogb.com/news/caijing/30105.html (广州 十四五规划纲要, a 2021 digest)
    found = metrics("广州市发布该市“十四五”规划纲要 2025年地区生产总值将达到3.5万亿元\n\n《纲要》提出“十四五”时期"
                    "(2021年至2025年)“八个新”的确切目标:\n\n经济发展进入全新阶段,年均增长6%左右,到2025年,"
                    "国内生产总值达到3.5万亿元;创新驱动取得全新成就,研发支出占国内生产总值比重达到3.4%左右。",
                    "2021-05-19")
    a = first(found, "3.5万亿元")
    assert (a["indicator"], a["kind"], a["period"]) == ("地区生产总值", "target", "2025")
    assert first(found, "3.5万亿元", 1)["kind"] == "target"
    assert first(found, "3.4%")["indicator"] == "研发支出占国内生产总值比重"


def test_a_quota_allotted_takes_no_verb_into_its_name():
    # http://wx.lx5188.com/n1404168c932.aspx (教发[2016]7号)
    found = metrics("2016年,支援中西部地区招生协作计划安排21万人,其中本科14万人。"
                    "国家贫困地区定向招生专项计划安排6万人。")
    assert first(found, "21万人")["indicator"] == "支援中西部地区招生协作计划"
    assert first(found, "6万人")["indicator"] == "国家贫困地区定向招生专项计划"


def test_a_standard_raised_from_its_current_value():
    # http://dkmn.cn/fuwuzx/system/2012/08/16/007423568.shtml (象山县 低保标准, 2012; simplified here)
    found = metrics("城镇居民最低生活保障标准由现行的人均每月392元调整为465元,农村居民最低生活保障标准由现行的"
                    "人均每月236元调整为325元。城镇“三无”对象和农村五保对象每人每月以465元标准全额发放。")
    for span in ("392元", "465元"):
        assert first(found, span)["indicator"] == "城镇居民最低生活保障标准"
    assert first(found, "325元")["indicator"] == "农村居民最低生活保障标准"
    assert first(found, "465元", 1)["indicator"] == "标准"  # not whom it is for, nor how it is paid


def test_indicator_as_written_keeps_a_page_s_pinyin_glosses():
    # the same page as printed: traditional script with pinyin glosses after some characters
    found = metrics("即城鄉(xiāng)居民家庭月人均收入低于最低生活保障標準的,城鎮(zhèn)低保按每人每月不低于100元、"
                    "農(nóng)村低保按每人每月不低于60元的原則給予補足。")
    a = first(found, "100元")
    assert (a["indicator"], a["qualifier"]) == ("城鎮(zhèn)低保", "以上")
    assert first(found, "60元")["indicator"] == "農(nóng)村低保"


def test_items_of_a_year_s_task_list_are_its_goals():
    # http://gzhea.org.cn/Article/20140505/2391.html (广东省人民政府办公厅, 2014)
    found = metrics("实施珠三角规划纲要2014年重点工作任务\n\n一、深化重要领域和关键环节改革,加快体制机制创新\n\n"
                    "(一)加快转变政府职能。大力推进政府职能转变和机构改革,7月底前基本完成本轮省、市、县政府机构改革。"
                    "建立行政审批目录管理制度,实现县级以上政府行政审批事项比2011年底减少40%以上。", "2014-04-17")
    a = first(found, "40%")
    assert (a["indicator"], a["change"], a["kind"], a["period"]) == ("县级以上政府行政审批事项", "decline", "target", "2014")
