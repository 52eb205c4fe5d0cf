"""Probe ind46w (round 23): METRIC indicator, kind and period in provincial work reports read from
the middle of a part (no section heading), and a total (总量) whose indicator the clause before names."""

from .mentions import metric as _get, metrics as _metrics


# http://hnstb.gov.cn/zhyw/9084.html (湖南省政府工作报告 2024)
HUNAN = ("政府工作报告\n——2024年1月24日在湖南省第十四届人民代表大会第二次会议上\n一、过去一年工作回顾\n"
         "2023年是全面贯彻党的二十大精神的开局之年。全年地区生产总值迈上新台阶，总量突破5万亿元，增长4.6%，"
         "两年平均增速高于全国0.3个百分点。地方一般公共预算收入增长8.3%。")


def test_total_of_what_the_clause_before_names():
    ms = _metrics(HUNAN)
    assert _get(ms, "5万亿元").attrs["indicator"] == "地区生产总值"
    assert _get(ms, "4.6%").attrs["indicator"] == "地区生产总值"
    assert _get(ms, "8.3%").attrs["indicator"] == "地方一般公共预算收入"


def test_total_after_a_number_keeps_the_number_before():
    # "新增境内上市公司62家，总数186家" (wr2026-anhuim): the clause before has a number of its own
    ms = _metrics("新增境内上市公司62家，总数186家。")
    assert _get(ms, "186家").attrs["indicator"] == "境内上市公司"


# http://news.cnnb.com.cn/system/2008/01/16/005445158.shtml (浙江省政府工作报告 2008, review of 2007)
ZHEJIANG = ("浙江省政府工作报告\n——2008年1月16日在浙江省第十一届人民代表大会第一次会议上\n"
            "据初步统计，全省生产总值增长14.5%；全社会固定资产投资增长11.1%，社会消费品零售总额增长16.6%；"
            "新增城镇就业73.5万人，人口自然增长率为4.81‰。")


def test_preliminary_figures_are_the_year_reviewed():
    ms = _metrics(ZHEJIANG)
    for span in ("14.5%", "11.1%", "73.5万人"):
        assert _get(ms, span).attrs["kind"] == "actual"
        assert _get(ms, span).attrs["period"] == "2007"


# http://qwkj888.com/article/zhuozhuang/201820 (四川省人民政府工作报告 2025)
SICHUAN = ("四川省人民政府工作报告\n——2025年1月20日在四川省第十四届人民代表大会第四次会议上\n"
           "经济运行稳中向好，预计全省地区生产总值增长5.7%，经济总量超过6.4万亿元，保持全国第5位。\n"
           "今年发展主要预期目标是：地区生产总值增长5.5%以上；城镇新增就业85万人，城镇调查失业率5.5%左右。")


def test_estimated_review_then_targets():
    ms = _metrics(SICHUAN)
    assert (_get(ms, "5.7%").attrs["kind"], _get(ms, "5.7%").attrs["period"]) == ("actual", "2024")
    assert (_get(ms, "6.4万亿元").attrs["kind"], _get(ms, "6.4万亿元").attrs["period"]) == ("actual", "2024")
    assert (_get(ms, "5.5%").attrs["kind"], _get(ms, "5.5%").attrs["period"]) == ("target", "2025")
    assert _get(ms, "85万人").attrs["indicator"] == "城镇新增就业"


# the dev split's middle-of-part slices (wr2026-shanghaim, wr2026-shandongm): the address, then a part
# whose heading was cut away; headlines tell a review from a plan
REVIEW_CUT = ("2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n各位代表：\n"
              "现在，我代表上海市人民政府，向大会报告工作，请予审议。\n"
              "社会治理创新持续深化。全市刑事立案数下降13.5%。\n"
              "民心工程和民生实事全面完成。新增养老床位4000张。")
PLAN_CUT = ("2026年山东省政府工作报告\n——2026年1月27日在山东省第十四届人民代表大会第四次会议上\n各位代表：\n"
            "现在，我代表省人民政府向大会报告工作，请予审议。\n"
            "（四）奋力推进高水平对外开放。打造十大专精特新外贸优品集群，新培育省级外贸新业态主体100家以上。")


def test_review_part_without_heading():
    ms = _metrics(REVIEW_CUT)
    for span in ("13.5%", "4000张"):
        assert (_get(ms, span).attrs["kind"], _get(ms, span).attrs["period"]) == ("actual", "2025")


def test_plan_part_without_heading():
    ms = _metrics(PLAN_CUT)
    assert (_get(ms, "100家").attrs["kind"], _get(ms, "100家").attrs["period"]) == ("target", "2026")
