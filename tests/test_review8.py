"""Review 8 (round 23 changes): each test names the sentence that showed a rule of this round doing the wrong
thing, and why. Realistic sentences of work reports, policy notices and rules."""
import govie


def _report_acts(body, ref="2024-01-25"):
    text = "各位代表：\n\n　　现在，我代表省人民政府，向大会报告工作，请予审议。\n\n一、2023年工作回顾\n\n　　" + body
    return [(a.trigger["text"], a.mode) for a in govie.extract(text, model=None, reference_date=ref).activities]


def _sc_plan_acts(plan, ref="1987-03-25"):
    text = ("各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议。\n\n\n一、当前国内形势和基本任务\n\n\n　　"
            "１９８６年是开始执行第七个五年计划并取得显著成就的一年。\n\n\n二、今年的主要任务\n\n\n第六，改进投资管理办法\n\n\n　　"
            + plan)
    return [(a.trigger["text"], a.mode) for a in govie.extract(text, model=None, reference_date=ref).activities]


def _dates(text, ref="2024-01-10"):
    return [(m.text, m.attrs.get("value")) for m in govie.extract(text, model=None, reference_date=ref).entities
            if m.label == "DATE"]


def _locs(text):
    return [m.text for m in govie.extract(text, model=None).entities if m.label == "LOC"]


def test_firm_after_a_preposition_and_its_modifier_is_the_governments_partner():
    # activities._PRIVATE_ACTOR (firms added this round): its lookbehind sees only the character before 企业, so a
    # modifier between the preposition and the firm (与中央企业, 与30家大型企业, 通过商业银行) made the firms the
    # actors and dropped the government's own signing or lending. Firms acting alone still drop.
    assert ("签署", "done") in _report_acts("省政府与30家大型企业签署战略合作协议。")
    assert ("签订", "done") in _report_acts("与中央企业签订战略合作协议30项。")
    assert ("发放", "done") in _report_acts("通过商业银行发放创业担保贷款120亿元。")
    assert _report_acts("深化国有企业改革，省属企业建立现代企业制度。") == []


def test_a_span_a_plan_gives_itself_is_no_look_back():
    # activities._LOOK_BACK (这几年/近两年 added this round): 用近两年时间 and 在今后这几年 measure the time ahead
    # of a plan, so the plan-part action stays planned (before: done).
    assert ("推行", "planned") in _sc_plan_acts("用近两年时间，在全国推行投资包干责任制。")
    assert ("推行", "planned") in _sc_plan_acts("在今后这几年，全面推行招标投标制。")
    # the look-back the rule was written for still reports done work (1987 report)
    assert ("推行", "done") in _sc_plan_acts("这几年在基本建设中推行各种形式的投资包干责任制和招标投标制，起了显著的促进作用。")


def test_last_year_after_a_verb_is_its_object_not_an_events_year():
    # taggers/dates._EVENT_YEAR (this round): 申报/受理/验收 are in its verb list, so 上一年度 right after them was
    # read as an event's own year and dropped. 上年/下年 count from the year spoken in, never from an event: a DATE.
    assert ("上一年度", "2023") in _dates("请各单位于2024年3月31日前申报上一年度研发投入情况。")
    assert ("上年度", "2023") in _dates("市财政局负责受理上年度补助资金的申请。")
    # the event's own year (dev gz-3, gz-5) stays no DATE
    assert all("次年" not in t for t, _ in _dates("自出生次年1月1日起开始享受相应的城乡居民医保待遇。"))
    assert all("当年" not in t for t, _ in _dates("注册当年即纳入统计。"))


def test_stages_of_works_listed_before_a_class_of_works_are_no_places():
    # taggers/entities._listed_sites (灌区/水库 lists added this round): 续建 (tagged nr) and 新开工 (nz) read as
    # bare names of irrigation districts; _water_sites took 新开工大型灌区 as one named site.
    assert _locs("加快推进续建、新开工大型灌区建设。") == []
    # the bare names the rule was written for stay places (dev wr2026-henan, wr2026-yunnan)
    assert _locs("实施赵口、陆浑、渠村等灌区现代化改造。") == ["赵口", "陆浑", "渠村"]
    assert _locs("德厚、阿岗、车马碧大型水库建成投用。") == ["德厚", "阿岗", "车马碧"]


def test_a_zone_committee_short_name_is_not_claimed_inside_another_zones_committee():
    # taggers/dept._aliases (this round: 管委会 claimed from the text's start): 各园区管委会 in the cover letter is every
    # park's committee, not the short name 管委会 the rules define for 南沙开发区's committee.
    text = ("各镇（街）、各园区管委会要高度重视，认真贯彻执行。\n\n广州市南沙区重大行政决策程序规定\n\n"
            "第一条 为规范重大行政决策，制定本规定。\n第二条 广州南沙开发区管理委员会（以下简称“管委会”）作出重大行政决策，"
            "适用本规定。管委会负责组织实施。")
    depts = [(m.start, m.text) for m in govie.extract(text, model=None, reference_date="2023-05-10").entities
             if m.label == "DEPT"]
    assert all(s > 20 for s, _ in depts)
    assert sum(t == "管委会" for _, t in depts) == 2


def test_review_headline_opening_on_a_verb_is_no_plan():
    # indicators._headline_state (this round, reports cut without their part's heading): _PLAN_HEADLINE matched the
    # opening verb of "（一）坚持创新驱动，新质生产力加快发展", a review's headline, so the reviewed year's figures
    # became the next year's targets (target 2025 in a report of January 2025). A wrong period is worse than none.
    from .mentions import metric as _get, metrics as _metrics
    text = ("2025年某省政府工作报告\n——2025年1月20日在某省第十四届人民代表大会第三次会议上\n各位代表：\n"
            "现在，我代表省人民政府，向大会报告工作，请予审议。\n"
            "（一）坚持创新驱动，新质生产力加快发展。全省研发经费投入增长12.5%。\n")
    assert _get(_metrics(text), "12.5%").attrs.get("kind") != "target"


def _assignments(text, ref="2024-02-10"):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.lead, a.support, a.task["text"]) for a in r.assignments]


def test_partners_joined_by_he_keep_the_he_of_their_names():
    # assignments._list_pieces (this round): an item holding two bodies joined by 和 (工业和信息化部和商务部) fell back
    # to splitting at every 和, cutting 工业 from 信息化部, so no partner was read and the partners' clause became part
    # of the task (before: support [], task "工业和信息化部和商务部配合，推进…").
    head = "关于印发2024年重点工作任务分工方案的通知\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    got = _assignments(head + "（一）由国家发展改革委牵头，工业和信息化部和商务部配合，推进制造业数字化转型。")
    assert (["国家发展和改革委员会"], ["工业和信息化部", "商务部"], "推进制造业数字化转型") in got
    got = _assignments(head + "（二）由国家发展改革委牵头，工业和信息化部、住房和城乡建设部及商务部配合，推进城市更新。")
    assert (["国家发展和改革委员会"], ["工业和信息化部", "住房和城乡建设部", "商务部"], "推进城市更新") in got


def test_a_clause_carrying_out_a_plans_requirements_is_the_task_not_a_frame():
    # assignments._FRAME_CLAUSE (this round: "分工方案明确，由X…" frames what follows): 要求 and 规定 are also nouns, the
    # object of 落实/执行, and then the clause before 由 is the task itself (before: no assignment for the first, the
    # partner clause "市审计局配合" as the task of the second).
    head = "关于印发2024年重点工作任务分工方案的通知\n各县（市、区）人民政府，市政府各部门：\n"
    assert (["市发展改革委"], [], "全面落实《实施方案》要求") in \
        _assignments(head + "（三）全面落实《实施方案》要求，由市发展改革委牵头负责。")
    assert (["市财政局"], ["市审计局"], "认真执行《通知》规定") in \
        _assignments(head + "（四）认真执行《通知》规定，由市财政局牵头，市审计局配合。")
