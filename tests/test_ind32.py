"""Probe ind32 (round 17): METRIC indicator, change, kind and period in provincial policy documents
(实施意见, 行动方案, 政策清单, a fund's 管理办法), from stored public pages (addresses in the comments)."""

from __future__ import annotations

import govie


def metrics(text: str) -> list[tuple[str, dict]]:
    result = govie.extract(text, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str, nth: int = 0) -> dict:
    return [a for t, a in found if t == span][nth]


def test_per_unit_and_capped_grants_name_the_grant():
    # http://www.hooverssubs.com/20/17228.html (省级民营经济发展专项资金管理办法)
    found = metrics("主要支持五大方面，最高奖励500万元。自6月1日起施行。连续两年考核优秀的，每个奖励300万元；"
                    "连续三年考核优秀的，每个奖励500万元。")
    assert [a["indicator"] for _, a in found] == ["奖励"] * 3
    assert first(found, "500万元")["qualifier"] == "最高"


def test_a_raise_on_a_base_grant_is_growth_of_the_amount():
    # http://www.hooverssubs.com/20/17228.html
    found = metrics("对符合战略性新兴产业条件的企业，在首次“小升规”工业企业奖励的基础上奖励额度再上浮30%。")
    assert first(found, "30%")["indicator"] == "奖励额度"
    assert first(found, "30%")["change"] == "growth"


def test_funds_of_a_year_plan_list_are_its_targets():
    # https://doc.chddh.cn/archives/x687rvl9wnkm0o4jd93q.html (内政发〔2023〕3号)
    found = metrics("内蒙古自治区2023年坚持稳中快进稳中优进推动产业高质量发展政策清单\n"
                    "一、推进农牧业优质高效转型\n（一）增强粮食综合生产能力\n"
                    "1.实施优质高效增粮示范行动，安排110亿元农业生产发展等资金，稳定粮食播种面积和产量。\n"
                    "2.实施耕地保护与建设行动，对395万亩高标准农田建设项目给予支持。")
    funds, fields = first(found, "110亿元"), first(found, "395万亩")
    assert funds["indicator"] == "农业生产发展等资金"
    assert fields["indicator"] == "高标准农田建设项目"
    assert (funds["kind"], funds["period"]) == ("target", "2023")
    assert (fields["kind"], fields["period"]) == ("target", "2023")


def test_a_rule_under_a_dated_title_that_is_no_plan_stays_null():
    # the grant 办法 above with a dated title that names no plan: its sums are no targets
    found = metrics("2020年省级民营经济发展专项资金管理办法\n连续两年考核优秀的，每个奖励300万元。")
    assert first(found, "300万元")["kind"] is None


def test_label_lines_under_numbered_targets_are_no_headings():
    # http://lctxcc.com/web/zwgkx/zfwj/szfwj/2024n/2024021811042573211/index.shtml (辽政发〔2024〕3号)
    found = metrics("辽政发〔2024〕3号\n辽宁省人民政府\n2024年2月5日\n2024年省《政府工作报告》重点工作分工方案\n"
                    "一、今年全省经济社会发展的主要预期目标\n1.地区生产总值增长5.5%左右。\n牵头单位：省发展改革委\n"
                    "2.一般公共预算收入增长5%。\n牵头单位：省财政厅\n3.规模以上工业增加值增长5.5%。\n"
                    "牵头单位：省工业和信息化厅\n4.固定资产投资增长10%。")
    for span in ("5%", "10%"):
        assert first(found, span)["kind"] == "target"


def test_a_quoted_list_and_a_bar_inside_the_name_stay_in_it():
    # http://m.bm463.com/2019-03/21/c_1210088274.htm (河北 县域十大工程, 2019)
    found = metrics("到2020年，培育“专、精、特、新”中小企业500家以上。到2020年，力争培育80个主营业务收入超100亿元的产业集群。")
    assert first(found, "500家")["indicator"] == "“专、精、特、新”中小企业"
    assert first(found, "80个")["indicator"] == "主营业务收入超100亿元的产业集群"


def test_tasks_after_a_run_in_heading_opening_with_queren_are_targets():
    # http://zhmrled.com/html/2025/shengweishengzhengfushenongwenjian_0423/1418562.html (云南 2025)
    found = metrics("（一）推进粮油等重要农作物生产。确保全省粮食播种面积达到6310万亩以上、产量达到1955万吨以上。"
                    "落实265万亩大豆、508.2万亩油料种植任务。")
    soy = first(found, "265万亩")
    assert soy["indicator"] == "大豆"
    assert soy["kind"] == "target"


def test_density_units_and_an_adverb_before_a_verb_of_doing():
    # http://www.aa5432.com/1547306-1-54.html (安徽 2022); http://chndaqi.com/news/348745.html (内政发〔2024〕6号)
    found = metrics("铁路网密度达到507公里/万平方公里，高速公路密度达到4.85公里/百平方公里。"
                    "积极争取高标准农田建设项目710万亩以上。")
    assert first(found, "507公里/万平方公里")["indicator"] == "铁路网密度"
    assert first(found, "4.85公里/百平方公里")["indicator"] == "高速公路密度"
    assert first(found, "710万亩")["indicator"] == "高标准农田建设项目"
