"""Probe ind19 (round 12): METRIC indicator and period on fresh work-report text.

Provincial sentences are from ../shared/data/work-reports-2026 (2026_<province>_政府工作报告.csv, full_text,
stretches outside the dev slices); city and county sentences from stored public pages (addresses in the
comments). Each asserts what govie reads, as guide v2.1 writes it.
"""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str = "2026-01-27") -> dict[str, dict]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return {e.text: e.attrs for e in result.entities if e.label == "METRIC"}


def _items(text: str, reference_date: str = "2026-01-27") -> list[tuple[str, dict]]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


FIVE = "五年来，我们牢记嘱托、感恩奋进。\n"


# ---------------------------------------------------------------- period: stocks and flows of five years


def test_a_flow_word_before_the_previous_number_is_that_numbers():
    # 山东 2026 (full_text ~5100): 新增 dates 2个 as a flow of the five years; the 8家 reached is a stock at
    # their end (dev anhuim gold: 总数186家 after 新增…62家 is 2025)
    found = metrics(FIVE + "战略科技力量加快壮大，大科学装置新增2个，国家技术创新中心、新兴产业创新中心、制造业创新中心"
                    "达到8家，“1313”实验室体系全面建成。")
    assert (found["2个"]["period"], found["8家"]["period"]) == ("2021/2025", "2025")
    # 福建 2026 (full_text ~6800): 建成 before 8个 is not the share's
    found = metrics(FIVE + "健康福建建设全面推进，建成8个国家级、13个省级区域医疗中心，居民医保政策范围内住院报销比例达70%，"
                    "人均预期寿命达79.5岁。")
    assert (found["8个"]["period"], found["13个"]["period"], found["70%"]["period"]) == ("2021/2025", "2021/2025", "2025")


def test_a_verb_listed_with_a_for_several_counts_stays_theirs():
    # 福建 2026 (full_text ~5750): 新增 governs both counts of the 、 list
    found = metrics(FIVE + "电子信息、先进装备制造等支柱产业规模不断壮大，新增2个国家先进制造业集群、19个国家中小企业特色产业集群，"
                    "动力电池、储能电池出货量稳居全球第一。")
    assert found["2个"]["period"] == found["19个"]["period"] == "2021/2025"


def test_things_done_over_five_years_are_flows():
    # 福建 2026 (full_text ~6300-6500): 推出, 促成, 获, 重组入列, 运送 count what the five years did
    found = metrics(FIVE + "自贸试验区推出111项全国首创举措，金砖创新基地促成138个合作项目。重组入列全国重点实验室13家，"
                    "省创新实验室达8家。获国家科学技术奖20项。“小三通”客运航线运送旅客407.4万人次。")
    assert [found[k]["period"] for k in ("111项", "138个", "13家", "20项", "407.4万人次")] == ["2021/2025"] * 5
    assert found["8家"]["period"] == "2025"
    # 山东 2026 (full_text ~5380): 修复湿地 is done over the five years
    found = metrics(FIVE + "基本实现雨污合流管网清零；修复湿地90余万亩，造林88万亩。")
    assert found["90余万亩"]["period"] == found["88万亩"]["period"] == "2021/2025"


def test_a_five_year_phrase_late_in_a_sentence_opens_no_review():
    # 化德县 2025 report (http://bx2200.com/baogao/xibei/11817.html): "保持了“十四五”以来…态势" sums up the
    # year; the next section still reports 2024
    text = ("一、2024年工作回顾\n多项主要经济指标进位争先,2024年全县地区生产总值68.5亿元、增长5.6%。"
            "经济运行稳中有进、进中提质,保持了“十四五”以来向上向好的积极态势。\n"
            "(一)坚持以守牢防止返贫为底线,乡村振兴扎实推进\n"
            "脱贫攻坚成果持续巩固。脱贫人口人均收入达1.79万元、增长12.38%,实现“两高于”目标。"
            "大力推动有效衔接,全年投入衔接资金2.4亿元,实施项目29项。")
    found = metrics(text, reference_date=None)
    assert (found["12.38%"]["period"], found["29项"]["period"]) == ("2024", "2024")


# ---------------------------------------------------------------- indicator


def test_verb_of_doing_inside_a_list_before_distribute():
    # 云南 2026 (full_text ~6080): 实现 opens the second name of the list (guide v2.1 rules 1 and 4)
    found = metrics("过去一年，旅居人数增长41.4%，接待入境过夜游客增长51.8%，接待游客、实现旅游总花费分别增长11.8%、11.5%。")
    assert found["11.8%"]["indicator"] == found["11.5%"]["indicator"] == "游客、旅游总花费"


def test_share_of_a_national_average_after_distribute():
    # 福建 2026 (full_text ~6990): 约为全国平均的 is the base, the list is measured
    found = metrics(FIVE + "单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%。")
    assert found["70%"]["indicator"] == found["60%"]["indicator"] == "单位地区生产总值能耗、主要污染物排放强度"


def test_approved_is_a_verb_of_doing():
    # 山东 2026 (full_text ~5230 and ~5440): 获批 / 新获批 open no name
    found = metrics(FIVE + "国家科技奖数量稳居全国前列，新获批Ⅰ类新药10个。建成国家生态文明建设示范区36个、"
                    "“两山”实践创新基地14个，获批美丽河湖7个、美丽海湾16个。")
    assert (found["10个"]["indicator"], found["7个"]["indicator"]) == ("Ⅰ类新药", "美丽河湖")


def test_what_counted_people_and_bodies_do_is_no_part_of_them():
    # 辽宁 2026 (full_text ~14300): 选派2000名农村科技特派员服务县域特色产业发展
    found = metrics("今年，选派2000名农村科技特派员服务县域特色产业发展。")
    assert found["2000名"]["indicator"] == "农村科技特派员"
    # 牟定县 2024 report (http://bx2200.com/baogao/xn/9984.html)
    found = metrics("一、2023年工作回顾\n成功引进鑫联环保科技等20户企业入驻园区投资兴业,园区10户规上企业实现工业总产值22.37亿元。",
                    reference_date=None)
    assert found["20户"]["indicator"] == "企业"
    # a verbal noun after a body names its work, not what the body does: stays
    found = metrics("过去一年，建成5个国际商事仲裁中心建设试点。")
    assert found["5个"]["indicator"] != "国际商事仲裁中心"


def test_an_adverb_ends_the_noun_after_a_count():
    # 牟定县 2024 report (http://bx2200.com/baogao/xn/9984.html): 即将 opens the predicate
    found = metrics("一、2023年工作回顾\n中储粮20万吨粮食储备库即将建成投产运营,含硅废渣利用项目全面投产。", reference_date=None)
    assert found["20万吨"]["indicator"] == "粮食储备库"
