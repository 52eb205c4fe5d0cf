"""Probe polind27 (round 17): METRIC indicator, kind and period in policy documents (意见, 方案, 计划,
notices of subsidies), from stored public pages (addresses in the comments)."""

from __future__ import annotations

import govie


def metrics(text: str) -> list[tuple[str, dict]]:
    result = govie.extract(text, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_rate_label_after_a_clause_of_scope_names_the_sums():
    # http://m.apksplus.com/2016/12-20/2663223.html (内乡县, 内政办140号; the page is in traditional script)
    found = metrics("此次生活补贴的发放范围为城乡低保对象和五保对象，补贴标准为：城市低保对象每人200元，"
                    "农村低保对象每人150元，五保对象每人200元。")
    assert [a["indicator"] for t, a in found if t.endswith("元")] == ["补贴标准"] * 3


def test_grant_named_once_after_a_scale_of_sums():
    # http://www.ruanmodengxiang.com/content-29-879-1.html (烟台, 职业介绍补贴)
    found = metrics("2020年2月1日至6月30日，介绍劳动者到本市企业或个体工商户就业的，一次引进20人以下的按每人120元、"
                    "20人至50人的按每人150元、50人以上的按每人300元的标准给予职业介绍补贴。")
    for span in ("120元", "150元", "300元"):
        assert first(found, span)["indicator"] == "职业介绍补贴"


def test_modal_and_verb_of_doing_before_the_counted_noun():
    # http://hbmingxingmzc.cn/kx/2021-10-29/53596.html (郑州市乡村建设行动实施方案, a digest)
    found = metrics("今年年底前，郑州要新改造农村无害化卫生厕所3万户；2025年年底前农村无害化卫生厕所普及率达到95%。")
    assert first(found, "3万户")["indicator"] == "农村无害化卫生厕所"
    # http://zjj.sm.gov.cn/ztzl/smyjhjjsxd/xgwj/201807/t20180706_1173770.htm (明政办〔2018〕57号)
    found = metrics("树立美丽乡村示范村12个，"
                    "改善提升历史文化名镇名村和传统村落2个。")
    assert first(found, "2个")["indicator"] == "历史文化名镇名村和传统村落"


def test_goals_under_a_goal_heading_take_the_year_of_the_title():
    # http://zjj.sm.gov.cn/ztzl/smyjhjjsxd/xgwj/201807/t20180706_1173770.htm (明政办〔2018〕57号)
    found = metrics("2018年民生基础设施补短板实施方案\n一、主要目标\n2018年，城乡民生基础设施建设全面有序推进，"
                    "完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元。进一步改善我市城乡景观面貌。"
                    "新增城市道路180公里、绿道130公里。")
    for span in ("25亿元", "180公里", "130公里"):
        a = first(found, span)
        assert (a["kind"], a["period"]) == ("target", "2018")
    # http://m.86917.com/baoji/4214.html (咸政发〔2023〕8号)
    found = metrics("咸阳市2023年国民经济和社会发展计划\n主要预期目标是：生产总值增长6%左右，规模以上工业增加值增长7%左右。")
    a = first(found, "6%")
    assert (a["indicator"], a["kind"], a["period"]) == ("生产总值", "target", "2023")
    # https://www.cs.com.cn/xwzx/hg/202006/t20200611_6066561.html (国发〔2020〕6号)
    found = metrics("国务院关于落实《政府工作报告》重点工作部门分工的意见\n国发〔2020〕6号\n一、落实2020年发展主要目标和下一阶段工作总体部署\n（一）总体要求和主要预期目标。\n"
                    "2.优先稳就业保民生，坚决打赢脱贫攻坚战；城镇新增就业900万人以上，城镇调查失业率6%左右。")
    a = first(found, "900万人")
    assert (a["indicator"], a["kind"], a["period"], a["qualifier"]) == ("城镇新增就业", "target", "2020", "以上")


def test_heading_that_is_no_goal_sets_no_target():
    found = metrics("2018年民生基础设施补短板实施方案\n二、城乡民生基础设施建设\n农村公路按每公里5万元给予补助。")
    assert first(found, "5万元")["kind"] is None


def test_named_span_has_a_level_and_a_goal():
    # http://www.ty-gm.com/item/118672038142357504 (国家发展改革委等18个部门行动方案, a digest)
    found = metrics("《行动方案》确定了到2020年在教育医疗养老等社会公共服务方面的诸多目标：教育现代化取得重要进展，"
                    "劳动年龄人口平均受教育年限达到10.8年；覆盖城乡的基本医疗卫生制度基本建立，人均预期寿命提高到77.3岁。")
    a = first(found, "10.8年")
    assert (a["indicator"], a["change"], a["kind"], a["period"]) == ("劳动年龄人口平均受教育年限", "level", "target", "2020")


def test_figures_as_of_a_past_date_are_actual():
    # http://www.lnjyw.org/Pages/Notice/2019/12/26/b6c1233a-72a3-4fab-89a2-e868de457721.htm (连政办发〔2017〕94号)
    found = metrics("连云港市人民政府办公室\n2017年6月28日\n截止2015年12月31日，全市户籍人口531.59万，"
                    "60周岁以上老年人口87.36万人，占总人口的16.43%。")
    a = first(found, "87.36万人")
    assert (a["indicator"], a["kind"], a["period"]) == ("60周岁以上老年人口", "actual", "2015-12-31")
