"""Probe act60d: activities in provincial and local government work reports (dev work-report misses and fresh
excerpts of 2023-2025 reports, addresses in /work/r21/act60d/sources.md). Real sentences, addresses in comments."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_duty_run_well_is_no_activity():
    # 赤峰市 2025 report (cezhidao.com/reports/NjQN), 2024年工作回顾: 办好两件大事 states a direction
    text = ("赤峰市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2024年工作回顾\n"
            "一年来，我们以改革创新精神办好两件大事、抓好“六个工程”，经济社会发展迈出了新步伐。")
    assert not [a for a in _acts(text, "2025-01-10") if a[0] == "办好"]


def test_institution_run_well_is_no_activity_but_a_games_held_is():
    # dev wr2026-henanm (2026 河南 report, plan): 高质量办好老年大学 (gold: none); 办好第十五届省运会 (gold: event)
    text = ("2026年河南省政府工作报告\n二、2026年工作安排\n加快建设文化强省。高质量办好老年大学。"
            "广泛开展全民健身活动，办好第十五届省运会暨第九届残运会。")
    held = [a for a in _acts(text, "2026-01-26") if a[0] == "办好"]
    assert len(held) == 1 and held[0][1] == "event"


def test_offerings_launched_are_a_service():
    # dev wr2026-hainan (2026 海南 report): 推出…特色医疗旅游产品 (gold service)
    text = ("2026年海南省政府工作报告\n一、2025年工作回顾\n新引进国际创新药械100种，"
            "推出医美抗衰、肿瘤康复、中医康养等特色医疗旅游产品，接待医疗旅游人数增长。")
    out = [a for a in _acts(text, "2026-01-26") if a[0] == "推出"]
    assert out and out[0][1] == "service"


def test_measures_launched_stay_a_publication():
    # 漳州市 2024 report (sucai198.com …92179_101.html): 推出104项改革创新举措
    text = ("漳州市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、2023年工作回顾\n"
            "持续开展营商环境攻坚提升行动，推出104项改革创新举措。")
    out = [a for a in _acts(text, "2024-01-10") if a[0] == "推出"]
    assert out and out[0][1] == "publication"


def test_bid_of_places_backed_is_no_activity():
    # dev wr2026-henanm: 支持郑州、开封、洛阳、安阳创建国家文物保护利用示范区 (gold: none)
    text = ("2026年河南省政府工作报告\n二、2026年工作安排\n建设全省文化遗产资源数据库，"
            "支持郑州、开封、洛阳、安阳创建国家文物保护利用示范区。")
    assert not [a for a in _acts(text, "2026-01-26") if a[0] == "创建"]


def test_own_bid_stays_an_activity():
    # 十堰市张湾区 2023 report (gcs66.com …112880): 成功创建国家级…火炬特色产业基地, the district's own
    text = ("2023年十堰市张湾区政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2022年工作回顾\n"
            "科技创新实现新突破，成功创建国家级汽车智能装备及零部件火炬特色产业基地。")
    assert [a for a in _acts(text, "2022-12-27") if a[0] == "创建"]
