"""Probe loc46d: places in work reports (named lanes and old streets; the repeated own title)."""

import govie
from govie.taggers.entities import tag_locs


def _locs(text):
    return [text[m.start : m.end] for m in tag_locs(text)]


def test_lane_after_a_short_chain_is_one_site():
    # 安庆市 2025 report, http://bx2200.com/baogao/huadong/11679.html
    assert "安庆桐城六尺巷" in _locs("2024年10月，习近平总书记亲临安庆桐城六尺巷考察，让530万宜城儿女沐浴着历史性荣光")
    # dev wr2026-yunnanm (Yunnan 2026 report)
    assert _locs("坚持城市体检先行，推广麒麟区西门街老街有机更新模式，微改造、植入业态") == ["麒麟区西门街老街"]


def test_lane_after_a_province_chain_stands_apart():
    # dev sc19-56: 甘肃省临夏市 and 八坊十三巷 are two places in the gold
    assert _locs("119.甘肃省临夏市八坊十三巷旧貌换新颜，“城中村”变身文旅新地标。") == ["甘肃省临夏市", "八坊十三巷"]


def test_lane_naming_a_method_or_a_class_is_no_place():
    # dev wr2026-anhuim (Anhui 2026 report)
    assert _locs("推深做实“六尺巷工作法”，推广“窗帘之约”等做法。") == []
    assert _locs("整治背街小巷，改造老旧街巷。") == []


def test_repeated_own_title_holds_no_place_for_the_model_either():
    # dev wr2026-shaanxi head: the portal repeats the title line 陕西省2026年政府工作报告
    text = ("分享:\n陕西省2026年政府工作报告\n2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n"
            "首页\n>\n政府信息公开\n>\n政府工作报告\n>\n省政府工作报告\n陕西省2026年政府工作报告\n"
            "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚\n各位代表：\n"
            "现在，我代表省人民政府，向大会报告政府工作，请予审议。\n")
    second = text.index("陕西省2026年", 10)
    locs = [e for e in govie.extract(text).entities if e.label == "LOC"]
    assert all(not (second <= e.start < second + 14) for e in locs)
