"""Probe act68s: activities in State Council work reports (dev sc-report misses and fresh excerpts of the 1987,
1994, 2001, 2005, 2013 and 2022 reports, ../shared/data/state-council-work-reports/government_work_reports.jsonl;
slices in /work/r25/act68s/sources.md). Real sentences, addresses in comments."""
from .activity_frames import frames, none, one, sc_report


def test_tax_base_is_no_modal_and_the_tax_cut_is_planned():
    # 2022 report [year=2022] 三、2022年政府工作任务 （二）: 应纳税所得额 is the tax base, 应 no modal
    text = sc_report("对小微企业年应纳税所得额100万元至300万元部分，再减半征收企业所得税。",
                     heading="三、2022年政府工作任务")
    act = one(frames(text, "2022-03-05"), "减半征收")
    assert act["mode"] == "planned" and act["agents"] == ["中华人民共和国国务院"]


def test_tax_base_2021_plan():
    # dev sc-report-2021 (gold 减半征收, planned): the same tax base a year before
    text = sc_report("对小微企业和个体工商户年应纳税所得额不到100万元的部分，在现行优惠政策基础上，再减半征收所得税。",
                     heading="三、2021年重点工作")
    assert one(frames(text, "2021-03-05"), "减半征收")["mode"] == "planned"


def test_a_modal_still_binds():
    # the modal 应 itself is kept: a rule's requirement is no activity (guide: 应当, 须 …)
    text = sc_report("纳税人应纳入管理的，应开展自查。", heading="三、2022年政府工作任务")
    none(frames(text, "2022-03-05"), "开展")


def test_zones_kept_running_are_no_activity():
    # 2001 report [year=2001] 七、进一步深化改革和扩大对外开放, 三要努力提高利用外资水平
    text = sc_report("积极引导外资更多地投向中西部地区。要继续办好经济特区、浦东新区。",
                     heading="七、进一步深化改革和扩大对外开放")
    none(frames(text, "2001-03-05"), "办好")


def test_groups_kept_running_are_no_activity():
    # dev sc-report-1995 (gold: none): 继续办好现有大的企业集团
    text = sc_report("结合产业结构调整，发展企业集团。继续办好现有大的企业集团。", heading="三、今年的主要任务")
    none(frames(text, "1995-03-05"), "办好")
