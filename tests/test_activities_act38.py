"""Probe act38: activities in stretches of 2026 provincial work reports (review and plan)."""
import govie

# Each stretch follows its report's head, as dev's excerpts of a report's middle do; the sentences come from
# the shared 2026 work reports (work-reports-2026/2026_<province>_政府工作报告.csv, full_text; offsets below).
_HEAD = ("2026年{p}政府工作报告\n——2026年1月27日在{p}第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n"
         "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n")


def _acts(province, body, ref="2026-01-27"):
    text = _HEAD.format(p=province) + body
    return [(text[a.trigger["start"]:a.trigger["end"]], a.type, a.mode, a.date)
            for a in govie.extract(text, reference_date=ref).activities]


def test_a_review_stretch_without_its_heading_reviews_the_past_year():
    # 2026_宁夏回族自治区_政府工作报告.csv [full_text] near 5700 (the review's 教育 paragraph)
    body = "教育发展持续加力。召开全区教育大会，出台加快建设教育强区意见。稳步扩大教育资源供给，新增高中学位8700多个。"
    acts = _acts("宁夏回族自治区", body, "2026-02-03")
    assert ("召开", "meeting", "done", "2025") in acts
    assert ("出台", "publication", "done", "2025") in acts


def test_statistics_data_as_an_object_is_no_statistics_sentence():
    # 2026_安徽省_政府工作报告.csv [full_text] near 2420
    body = ("深入推进长三角一体化发展，推出35个对接上海“五个中心”建设重点平台，挂牌成立长三角国家技术创新中心安徽中心，"
            "六松现代产业园率先建立跨省财税分成、统计数据分算机制，113项居民服务事项长三角“一卡通办”。")
    triggers = [a[0] for a in _acts("安徽省", body, "2026-02-05")]
    assert "推出" in triggers and "成立" in triggers


def test_statistics_that_data_show_still_carry_no_activity():
    body = "统计数据显示，全年开展职业技能培训25.6万人次。"
    assert _acts("安徽省", body, "2026-02-05") == []


def test_a_verb_after_huopi_is_an_approval_not_an_action():
    # 2026_宁夏回族自治区_政府工作报告.csv [full_text] near 5760; 2026_安徽省_政府工作报告.csv near 2700
    acts = _acts("宁夏回族自治区", "新设固原农林职业技术学院，获批设立宁夏职业技术大学、宁夏工商职业技术大学。")
    assert "设立" not in [a[0] for a in acts]
    acts = _acts("安徽省", "蚌埠综合保税区封关运行，滁州保税物流中心（B型）获批设立，新开通国际客货运航线15条。")
    assert [a[0] for a in acts] == ["开通"]


def test_a_short_plan_stretch_is_planned():
    # 2026_福建省_政府工作报告.csv [full_text] 17956-18436 (the plan's 教育 and 社保 tasks)
    body = ("做强高等教育。深入实施“双一流”和一流应用型高校建设计划，加大对头部高校优势学科支持力度。办优职业教育。"
            "实施省级第二期“双高计划”，推进“中职+本科”、“高职+本科”衔接培养，支持具备条件的专科学校升格本科。"
            "持续完善社保网络。加快社会保险扩面提质。落实基本养老保险全国统筹制度，扩大失业、工伤保险覆盖面，完善生育保险制度。"
            "加大困难群体兜底帮扶。强化社会救助，健全完善新时代志愿服务体系。加强托育养老体系建设。优化生育支持政策和激励措施，"
            "继续提高城乡居民基础养老金最低标准，实施康复护理扩容提升工程，促进医养结合，推行长期护理保险。")
    acts = _acts("福建省", body)
    assert acts and {(a[2], a[3]) for a in acts} == {("planned", "2026")}


def test_slogan_subheading_and_closing_pledge_are_no_events():
    # 2026_辽宁省_政府工作报告.csv [full_text] near 16180 and 16990
    acts = _acts("辽宁省", "办好人民满意教育。实施新时代立德树人工程，深化大中小学思政课一体化改革创新。")
    assert [a[0] for a in acts] == ["实施"]
    acts = _acts("辽宁省", "今年，我们继续安排20件民生实事。百姓的心上事就是政府的上心事，我们一定把实事办实、好事办好。")
    assert "办好" not in [a[0] for a in acts]
    assert ("办好", "event") in [a[:2] for a in _acts("辽宁省", "办好第十三届省艺术节。")]
