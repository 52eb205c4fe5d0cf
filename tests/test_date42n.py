"""DATE in State Council work reports of several decades (probe date42n): vague stretches back (这些年, 近些年,
前几年), durations and plan names that are no DATE (三年行动, 十年规划, 三年以后, 用三年左右的时间), bare plan
names of a 五年计划 (“七五”期间 → 七五), centuries and decades, and years inside event names."""
import govie

URL = "state-council-work-reports/government_work_reports.jsonl"  # zh.wikisource 《YYYY年中华人民共和国国务院政府工作报告》


def _dates(text, ref):
    head = "政府工作报告\n各位代表：\n"
    out = govie.extract(head + text, reference_date=ref).entities
    return [(m.text, m.attrs.get("value")) for m in out if m.label == "DATE"]


def test_bare_zhexienian_is_a_vague_date_like_zhejinian():
    # 2013 report, （三）以保障和改善民生为重点
    s = "2003年抗击突如其来的非典疫情给我们的重要启示之一，就是要统筹经济社会发展。这些年我们在发展经济的同时，更加重视保障改善民生。"
    assert _dates(s, "2013-03-05") == [("2003年", "2003"), ("这些年", None)]


def test_zhexie_before_a_noun_is_no_date():
    # constructed in the report's style: 这些 before 年轻/年度/年份 is a noun phrase
    assert _dates("要关心这些年轻人的成长，核对这些年度报告和这些年份的数据。", "2013-03-05") == []


def test_jinxienian_and_dangqian():
    # 2013 report, （二）强化农业农村发展基础
    s = "近些年是我国农业发展最快、农村面貌变化最大、农民得到实惠最多的时期。当前，农业农村发展进入一个新阶段。"
    assert _dates(s, "2013-03-05") == [("近些年", None)]


def test_durations_and_plan_names_are_no_date():
    # 2022 report, （三）/（四）: 三年行动, 十年规划, 三年攻坚方案, 长期, 中长期
    s = ("完成国企改革三年行动任务，加快国有经济布局优化和结构调整。实施基础研究十年规划，加强长期稳定支持。"
         "实施科技体制改革三年攻坚方案。引导金融机构增加制造业中长期贷款。")
    assert _dates(s, "2022-03-05") == []


def test_offsets_from_an_event_are_no_date_but_qiannian_is():
    # 1999 report, 四、大力推进国有企业改革
    s = ("中央前年提出，用三年左右的时间，通过改革、改组、改造和加强管理，使大多数国有大中型亏损企业摆脱困境。"
         "三年以后还没有再就业的下岗职工，也要与原企业解除劳动关系；享受失业保险两年后仍未就业的，转到民政部门。")
    assert _dates(s, "1999-03-05") == [("前年", "1997")]


def test_plan_periods_decades_and_centuries():
    # 1986 report, 三、“七五”时期的经济体制改革
    s = ("改革的意义不仅在于当前，更重要的是对于九十年代的经济振兴和繁荣，对于本世纪末宏伟目标的全面实现，"
         "以至对于下个世纪前五十年在经济上、技术上接近和赶上世界发达国家的水平，都具有决定性的作用和影响。"
         "“七五”期间的经济体制改革，概括起来说，主要的内容有以下三个方面。")
    got = _dates(s, "1986-03-25")
    assert [t for t, _ in got] == ["九十年代", "本世纪末", "下个世纪前五十年", "七五"]
    assert got[0][1] == "1990/1999" and got[3][1] == "1986/1990"


def test_years_inside_event_names():
    # 2005 report, 大力发展社会主义先进文化; 1992 report (full-width digits)
    s = "继续做好2008年北京奥运会和2010年上海世界博览会的筹办工作。今年中央财政安排109亿元资金支持再就业。"
    assert _dates(s, "2005-03-05") == [("2008年", "2008"), ("2010年", "2010"), ("今年", "2005")]
    assert _dates("中国政府支持北京市申办２０００年奥运会。", "1992-03-20") == [("２０００年", "2000")]


def test_founding_n_years_back_is_one_stretch_from_1949():
    # 1981 report (建国三十二年来); 新中国成立70年来 as national news of 2019 write it
    assert _dates("建国三十二年来，我们取得了很大成就。", "1981-12-13") == [("建国三十二年来", "1949/1981")]
    assert _dates("新中国成立70年来，特别是改革开放以来。", "2019-09-20")[0] == ("新中国成立70年来", "1949/2019")
    # not the founding of a campaign or a title (创建国家卫生城市)
    assert _dates("创建国家卫生城市10年来，城市面貌明显改善。", "2019-03-05")[0][0] == "10年来"
