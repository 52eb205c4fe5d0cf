"""Probe ind39: METRIC spans and attributes in policy documents beyond the indicator: time limits in
days, sizes, per-unit amounts, bounds before a per-unit word, task divisions of a work report."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs) for e in res.entities if e.label == "METRIC"]


# 市场主体登记管理条例 (dev gz-37 text): a time limit in days counted from an event
def test_days_counted_from_an_event_are_a_time_limit():
    ms = _metrics("清算组应当自清算结束之日起30日内向登记机关申请注销登记。公示期为45日。")
    assert [(t, a["value"], a["unit"]) for t, a in ms] == [("30日", 30.0, "日"), ("45日", 45.0, "日")]
    assert ms[0][1]["qualifier"] == "以内"


# 三级公立医院绩效考核 (dev sc19-4 text): the note in brackets stands between the time and 内
def test_a_bracketed_note_before_nei_keeps_the_time_limit():
    ms = dict(_metrics("日间手术是指患者按照诊疗计划在1日（24小时）内入、出院完成的手术。"))
    assert ms["1日"]["qualifier"] == "以内" and ms["24小时"]["qualifier"] == "以内"


def test_a_day_of_a_month_is_no_time_limit():
    assert _metrics("请于2023年5月30日内完成申报。") == []
    assert _metrics("15日，市政府召开常务会议。") == []


# 应急管理部门 号牌 (dev sc19-36 text): length × width are two quantities; a formula's ×100% is none
def test_a_size_after_times_is_a_quantity():
    ms = _metrics("汽车号牌规格为480毫米×140毫米，摩托车号牌规格为220毫米×140毫米。")
    assert [t for t, _ in ms] == ["480毫米", "140毫米", "220毫米", "140毫米"]
    assert _metrics("完成率=完成项目数/计划项目数×100%") == []


# http://vuedarkmode.com/html/ASSPJ/202405/0171695151164718.html (千山积翠门地上停车场收费标准, 2024)
def test_a_fee_per_half_hour_is_one_compound_unit():
    ms = dict(_metrics("白天时段：小型车1元/半小时，大中型车1.5元/半小时。"))
    assert ms["1元/半小时"]["unit"] == "元/半小时" and ms["1元/半小时"]["indicator"] == "小型车"


# https://soolun.net/periodical/25542b7df50ba61ee2ef7215fa7d62f8.html (财政部 2016 生均公用经费基准定额)
def test_the_unit_an_amount_is_per_is_no_part_of_the_indicator():
    ms = dict(_metrics("中西部地区普通小学、普通初中每生每年分别为600元、800元。"))
    assert ms["600元"]["indicator"] == "中西部地区普通小学、普通初中"


# 长期护理保险 (dev gz-33 text), 个人所得税专项附加扣除 (dev sc19-32 text): a bound before a per-unit word
def test_a_bound_before_a_per_unit_word_still_bounds_the_number():
    ms = dict(_metrics("居民参保人员纳入支付范围的费用不高于每人每天35元。"))
    assert ms["35元"]["qualifier"] == "以内"
    ms = dict(_metrics("赡养老人的每人分摊的额度不能超过每月1000元。"))
    assert ms["1000元"]["qualifier"] == "以内" and ms["1000元"]["indicator"] == "赡养老人的每人分摊的额度"


# 创业带动就业补贴 (dev gz-17 text)
def test_or_above_after_a_count_is_a_lower_bound():
    ms = dict(_metrics("获奖项目吸纳就业3人或以上。"))
    assert ms["3人"]["qualifier"] == "以上"


# http://tmosaas.com/zonghe/2022/0325/73488.html (天津滨海高新区 科企六条, 2022)
def test_a_condition_opening_with_dui_and_a_verb_names_what_is_measured():
    ms = dict(_metrics("对首次同时达到营业收入5亿元以上、研发投入强度5%以上的“双五”企业，给予一次性200万元奖励。"))
    assert ms["5亿元"]["indicator"] == "营业收入" and ms["5亿元"]["qualifier"] == "以上"
    ms = dict(_metrics("对外贸易进出口总额增长5%。"))
    assert ms["5%"]["indicator"] == "对外贸易进出口总额"


def test_who_acts_by_a_base_is_no_part_of_it():
    ms = dict(_metrics("对首次通过认定的高新技术企业，高新区按市级财政拨付资金100%进行匹配。"))
    assert ms["100%"]["indicator"] == "市级财政拨付资金"


# http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml (官渡区 稳增长政策措施, 2016)
def test_a_scope_or_an_inclusion_note_names_nothing():
    ms = _metrics("2. 提高土地审批效率。辖区范围内6亩以下（不含6亩）的土地使用转让手续，区政府审查后办理土地登记。")
    assert [(t, a["indicator"], a["qualifier"]) for t, a in ms] == [("6亩", None, "以内"), ("6亩", None, None)]


# http://zwcm.itez.com.cn/dnp/content/ZZX4V0RD06F61SYCEH (2025年辽宁省《政府工作报告》重点工作分工方案)
LIAONING = ("2025年省《政府工作报告》重点工作分工方案\n"
            "2025年是“十四五”规划的收官之年，是全面振兴新突破三年行动的决胜之年。为贯彻落实省“两会”精神，"
            "高质量完成“十四五”规划和三年行动目标任务，现制定分工方案如下。\n"
            "一、对地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、固定资产投资增长8%左右"
            "等经济社会发展预期目标完成情况进行监测和督导。（省发展改革委等按职责分工负责）\n"
            "二、抓住“两重”建设机遇，深入实施15项重大工程。加快推进300个省级重大项目、6000个亿元以上项目建设。")


def test_a_task_division_of_a_report_sets_that_years_targets():
    ms = _metrics(LIAONING)
    assert {(a["kind"], a["period"]) for _, a in ms} == {("target", "2025")}
    assert dict(ms)["4.5%"]["indicator"] == "规模以上工业增加值"
