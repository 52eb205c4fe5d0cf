"""Review15: defects in the round-25 merges (act70w, dept63p, gz59). Realistic sentences of other reports and
notices, shaped on the kinds the merged rules read; each failed before its fix."""
import govie

REVIEW_HEAD = "2026年福建省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n"
PLAN_HEAD = "2026年辽宁省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n三、2026年重点工作\n"


def _words(text):
    r = govie.extract(text, model=None, reference_date="2026-01-27")
    return [a.trigger["text"] for a in r.activities]


def _depts(text):
    ex = govie.extract(text, reference_date="2020-06-03", model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in ex.entities if e.label == "DEPT"]


def test_offence_governed_by_dui_is_the_object_of_the_governments_action():
    # _OFFENCE_BEFORE read 违法用地 / 违法建设 before 开展 as the offender's act: after 对 it is what is acted on
    assert "开展" in _words(PLAN_HEAD + "对违规企业实施联合惩戒，对违法用地开展专项整治行动。")
    assert "开展" in _words(REVIEW_HEAD + "对违法建设开展集中整治行动，完成拆除面积120万平方米。")
    # the offence that is the object of another verb stays no action (2026 山西 plan, test_act70w)
    assert "处置" not in _words(PLAN_HEAD + "开展以煤矸石为主的大宗工业固废排查，实施非法倾倒处置固废、生活垃圾填埋场"
                                            "环境污染隐患、建筑垃圾无序堆放等重点领域专项整治，遏制固废增长势头。")


def test_census_and_study_campaign_under_way_are_events():
    # 扎实开展 closing its clause after a census or a study campaign: an event under way, not a field of work
    assert _words(REVIEW_HEAD + "主题教育扎实开展，第五次全国经济普查扎实开展。").count("开展") == 2
    assert "开展" not in _words(REVIEW_HEAD + "群众体育蓬勃开展，全民健身热潮涌动。")


def test_joint_work_of_a_clause_with_its_own_subject_is_the_governments():
    # the direction verb of an earlier clause guides no one when the clause names who acts together
    assert "开展" in _words(PLAN_HEAD + "推动成渝地区双城经济圈建设走深走实，川渝联合开展生态环境执法行动。")
    assert "开展" in _words(PLAN_HEAD + "支持企业加大研发投入，省市县联合开展招商引资活动。")
    # the guided bodies named as the verb's object stay no action (2026 湖北 plan, test_act70w)
    assert "开展" not in _words(PLAN_HEAD + "引导高校、科研机构、企业共同凝练科技问题、联合开展科研攻关。")


def test_group_office_whose_name_holds_a_verb_keeps_it():
    # 督促检查 is the office's work, not a verb of sending before its name
    assert _depts("市督促检查工作领导小组办公室负责日常工作。") == ["市督促检查工作领导小组办公室"]
    assert _depts("文件报送市政务公开工作领导小组办公室备案。") == ["市政务公开工作领导小组办公室"]


def test_group_office_match_opening_inside_the_verb():
    # 请配合长沙市…: the 14 characters of the name pattern open on 合; the verb is read from before the match
    assert _depts("请配合长沙市创建全国文明城市工作领导小组办公室做好工作。") == ["长沙市创建全国文明城市工作领导小组办公室"]


def _locs(text):
    ex = govie.extract(text, reference_date="2020-06-03", model=None)
    return [e.text for e in ex.entities if e.label == "LOC"]


def test_city_where_a_plan_is_made_is_a_place():
    # gz59's _PLAN_NAME read the words up to 应急预案 as a plan's name: the extent, the conditions or a verb of
    # making between the city and the head name where a plan is made, a real place mention
    assert _locs("各单位要在广州市范围内编制专项应急预案。") == ["广州市"]
    assert _locs("本预案适用于广州市行政区域内突发事件应急预案的编制。") == ["广州市"]
    assert _locs("根据广州市实际情况制定应急预案。") == ["广州市"]
    # a plan's own name without 《》 still holds its city (穗府办〔2015〕14号, test_gz59)
    assert "广州市" not in _locs("请结合广州市突发事件总体应急预案要求,认真组织实施。")
