"""ORG in 2026 provincial work reports (probe org55w): a university's own lab before the class of lab it joins,
a province's broadcasting group named by its level word, a new central state-owned group's short name."""
import govie


def _orgs(text):
    return [(e.text, e.start, e.end) for e in govie.extract(text).entities if e.label == "ORG"]


def test_university_lab_ends_before_the_class_it_joins():
    # work-reports-2026/2026_青海省_政府工作报告.csv [full_text], Qinghai 2026 report
    t = "青海师范大学藏语智能实验室跻身全国重点实验室，新增科技型和科技小巨人企业195家"
    assert _orgs(t) == [("青海师范大学藏语智能实验室", 0, 13)]


def test_university_key_lab_by_its_field_unchanged():
    # probe org38 (宁波 2025 report): the field between the university and 全国重点实验室 is the lab's own name
    t = "宁波大学农产品质量安全全国重点实验室获批"
    assert _orgs(t) == [("宁波大学农产品质量安全全国重点实验室", 0, 18)]


def test_province_broadcasting_group_by_level_word():
    # work-reports-2026/2026_甘肃省_政府工作报告.csv [full_text], Gansu 2026 report
    t = "临夏地质公园获批世界地质公园。省广电总台评为全国广播电视频道频率高质量发展引领工程单位。"
    assert _orgs(t) == [("省广电总台", 15, 20)]


def test_broadcasting_group_full_name_and_scope_word():
    # the full name of the same body; 全省广电总台 is a scope word before a class, not the province's own
    assert _orgs("甘肃省广播电视总台承办了晚会。") == [("甘肃省广播电视总台", 0, 9)]
    assert _orgs("全省广电总台要加强管理。") == []


def test_central_salt_lake_group_short_name():
    # work-reports-2026/2026_青海省_政府工作报告.csv [full_text], Qinghai 2026 report
    t = "中国盐湖攻克盐湖提锂高水耗难题，青海盐湖研究所首创绿色高效萃取分离提锂技术"
    assert ("中国盐湖", 0, 4) in _orgs(t)
