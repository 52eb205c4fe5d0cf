"""Activities in the older State Council work reports: probe round 12 (act25). Sentences from
/work/shared/data/state-council-work-reports/government_work_reports.jsonl (row by year)."""

from .activity_frames import frames as _frames, none, one, sc_report as _report


# --- a trigger before 后 dates what follows in its clause: a time, no action ---

def test_capacity_after_completion_is_no_building_1955():
    # year=1955: the plan's capacities, "全部建成后增加的年产能力" in 13 lines
    text = _report("以工业说，包括限额以上和限额以下的建设单位在内，其主要工业品的建设规模和五年内增加的年产能力的数字如下列："
                   "\n\n　　铁：全部建成后增加的年产能力将为五百七十五万吨，五年内增加的年产能力为二百八十万吨。"
                   "\n\n　　钢：全部建成后增加的年产能力将为六百一十万吨，五年内增加的年产能力为二百五十三万吨。")
    none(_frames(text, "1955-07-05"), "建成")


def test_step_before_a_comma_stays_planned():
    # year=1981: 国务院将根据代表们提出的意见，加以修改后，提请人大常委会审议批准。 a step of a sequence, no time clause
    text = _report("国务院将根据代表们提出的意见，加以修改后，提请人大常委会审议批准。", "三、今后的任务")
    one(_frames(text, "1981-11-30"), "修改")


# --- verbs joined before 的 modify a noun ---

def test_joined_verbs_before_de_are_a_modifier_1957():
    # year=1957: 1956年新增加的钢的生产能力，就有一百四十二万吨；新建和修复的铁路，就有三千一百零八公里。
    text = _report("1956年新增加的钢的生产能力，就有一百四十二万吨；新建和修复的铁路，就有三千一百零八公里。")
    none(_frames(text, "1957-06-26"), "新建")


def test_joined_verbs_before_de_are_a_modifier_1984():
    # year=1984: 在能源、交通建设的安排上，要坚持…的方针，并正确处理新建和改造、扩建、挖潜的关系
    text = _report("在能源、交通建设的安排上，要坚持大中小相结合、长期和短期兼顾的方针，并正确处理新建和改造、扩建、挖潜的关系，"
                   "在建设大型骨干项目的同时，根据可能条件，适当加快现有矿区、油田的开采速度。", "二、今后的任务")
    none(_frames(text, "1984-05-15"), "新建")


def test_peace_is_no_joined_verb():
    # year=1995: 建立和平、稳定、公正、合理的国际政治经济新秩序: 和平 is no verb, 建立 stays
    text = _report("我们主张在和平共处五项原则和其他公认的国际关系准则的基础上，建立和平、稳定、公正、合理的国际政治经济新秩序。",
                   "三、今后的任务")
    one(_frames(text, "1995-03-05"), "建立")


# --- 展开: a campaign or struggle unfolded ---

def test_campaign_unfolded_1960():
    # year=1960: 去年十月以来，全国各地又普遍展开了一个群众性的养猪运动
    text = _report("去年十月以来，全国各地又普遍展开了一个群众性的养猪运动，并且以养猪为首，掀起了一个全面发展畜牧业的高潮。")
    f = one(_frames(text, "1960-04-06"), "展开")
    assert (f["type"], f["mode"]) == ("event", "done")


def test_relief_unfolded_2015():
    # year=2015: 去年云南鲁甸、景谷等地发生较强地震，我们及时高效展开抗震救灾，灾后恢复重建顺利推进。
    text = _report("去年云南鲁甸、景谷等地发生较强地震，我们及时高效展开抗震救灾，灾后恢复重建顺利推进。")
    assert one(_frames(text, "2015-03-05"), "展开")["mode"] == "done"


def test_unfolded_discussion_is_the_discussion_1986():
    # year=1986: 组织有关部门和专家对经济和社会发展的重大问题展开讨论和预测
    text = _report("国务院从一九八三年下半年起就着手进行“七五”计划的准备工作，组织有关部门和专家对经济和社会发展的重大问题"
                   "展开讨论和预测。")
    found = _frames(text, "1986-03-25")
    none(found, "展开")
    assert [f for f in found if f["trigger"].startswith("讨论")]


def test_unfolded_without_object_or_as_noun():
    # dev sc-report-1988 经济体制改革从农村到城市全面展开 (gold leaves it out); year=1986 …的全面展开需要…
    text = _report("经济体制改革从农村到城市全面展开，取得了重大进展。特别是经济体制改革的全面展开需要有一个比较宽松的经济环境。")
    none(_frames(text, "1986-03-25"), "展开")


def test_opening_up_widened_is_no_unfolding_2018():
    # year=2018: 进一步拓展开放范围和层次 (拓展 + 开放); 2026 内蒙古/宁夏 大力发展开放型经济
    text = _report("进一步拓展开放范围和层次，完善开放结构布局和体制机制。大力发展开放型经济。", "二、2018年政府工作任务")
    none(_frames(text, "2018-03-05"), "展开")


# --- a task faced or a setting favoured describes no action ---

def test_task_faced_is_no_action_1984():
    # year=1984: 我们面临着开展大规模建设的任务，但资金不足，矛盾比较集中
    text = _report("我们面临着开展大规模建设的任务，但资金不足，矛盾比较集中，这是我国经济发展中存在的突出问题。", "二、今后的任务")
    none(_frames(text, "1984-05-15"), "开展")


def test_setting_favoured_is_no_action_1979():
    # year=1979: 现在我们终于取得了有利于我们迅速开展和平建设的国内外环境
    text = _report("现在我们终于取得了有利于我们迅速开展和平建设的国内外环境，如果再不抓紧目前这个难得的宝贵时机，"
                   "我们这一代人就对不起国家民族。")
    none(_frames(text, "1979-06-18"), "开展")


def test_favoured_action_without_de_stays():
    # year=2007: …设立中央预算稳定调节基金。这样做，有利于更加科学合理地编制预算，有利于保持…: no 的 after it, no frame
    text = _report("这样做，有利于更加科学合理地编制预算，有利于保持预算的连续性和稳定性。", "二、今后的任务")
    assert [f for f in _frames(text, "2007-03-05") if f["trigger"] == "编制"]


# --- cuts and additions reported done ---

def test_imports_cut_1987():
    # year=1987: …经过艰苦努力和采取一系列措施，超额完成出口计划，压缩了不适当进口，缩小了外贸逆差。
    text = _report("对外贸易在面临国际石油价格暴跌、世界经济激烈震荡等许多困难的条件下，经过艰苦努力和采取一系列措施，"
                   "超额完成出口计划，压缩了不适当进口，缩小了外贸逆差。")
    f = one(_frames(text, "1987-03-25"), "压缩")
    assert (f["type"], f["mode"]) == ("other", "done")


def test_investment_cut_and_added_1981():
    # year=1981: 今年由于大幅度压缩基本建设投资规模…; 基本建设投资总额，今年２月修订计划时减少为三百亿元，后来又追加了八十亿元。
    text = _report("有相当一批重工业企业，过去长期主要为基本建设服务，今年由于大幅度压缩基本建设投资规模，设备和其他生产资料的"
                   "订货相应减少。基本建设投资总额，今年２月修订计划时减少为三百亿元，后来又追加了八十亿元。")
    found = _frames(text, "1981-11-30")
    assert one(found, "压缩")["mode"] == "done"
    assert one(found, "追加")["mode"] == "done"


def test_cut_as_direction_or_outcome_is_none():
    # dev sc-report-2019 继续压缩专利审查和商标注册时间 (gold leaves it out); dev wr2026-anhuim 办理时限压缩65%
    text = _report("继续压缩专利审查和商标注册时间。", "二、2019年政府工作任务")
    none(_frames(text, "2019-03-05"), "压缩")
    text = _report("企业开办平均跑动次数减少93%，办理时限压缩65%。")
    none(_frames(text, "2026-01-20"), "压缩")
