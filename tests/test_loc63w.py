"""Probe loc63w: LOC in the plan parts of provincial work reports of 2026, rules only: compass regions listed
before a count of regions, rivers joined by 和 before a count of rivers, a branch line's far end and a route's
first stop ending in 城, a place before a quoted date code (a disaster, unmarked), an open-pit mine a place
names (a site, LOC as a whole), and two named regions (中三角, 中亚五国)."""
import govie


def _spans(text, label="LOC", ref="2026-02-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# Sources: /work/shared/data/work-reports-2026/2026_<province>_政府工作报告.csv (source_url in each row).


def test_compass_regions_before_a_count_of_regions():
    # 2026 河南省政府工作报告 (work-reports-2026 row, source_url s.fjlib.net gzbg id=cdd493445f0941a1958be0f919813c5e, plan part)
    s = "以交通互联、产业共兴为重点，推动东北、西北、西南、东南四个片区内城市共同实施一批重大合作事项。"
    assert _spans(s) == ["东北", "西北", "西南", "东南"]
    # A bare compass word with no count stays a direction.
    assert "西南" not in _spans("向西南延伸，推动合作。")


def test_rivers_joined_before_a_count_of_rivers():
    # 2026 内蒙古自治区政府工作报告 (work-reports-2026 row, plan part)
    s = "实施黄河内蒙古段河道治理工程，开展大黑河和美岱沟等13条河流、300条中型以上侵蚀沟治理。"
    locs = _spans(s)
    assert "大黑河" in locs and "美岱沟" in locs


def test_branch_line_end_and_first_stop_in_cheng():
    # 2026 内蒙古自治区政府工作报告 (work-reports-2026 row, plan part)
    s = "建成包银高铁银川至巴彦浩特支线、太子城至锡林浩特铁路，完成集通铁路动车改造工程。"
    assert _spans(s) == ["银川", "巴彦浩特", "太子城", "锡林浩特"]


def test_place_before_a_quoted_date_code_is_a_disasters_name():
    # 2026 辽宁省政府工作报告 (work-reports-2026 row, review part)
    assert _spans("盘锦大洼区获评国家首批美丽乡村先行区。葫芦岛“8·20”灾后基础设施全面恢复。") == ["盘锦大洼区"]


def test_open_pit_mine_is_a_site():
    # 2026 辽宁省政府工作报告 (work-reports-2026 row, review part)
    s = "持续推进抚顺西露天矿、阜新海州露天矿等矿坑综合治理。"
    assert "阜新海州露天矿" in _spans(s)


def test_named_regions_zhongsanjiao_and_central_asian_five():
    # 2026 湖北省政府工作报告 (work-reports-2026 row, plan part)
    assert _spans("推动共建共治共享“七大要素”交易服务平台，系统提升“中三角”整体发展效能。") == ["中三角"]
    # 2026 陕西省政府工作报告 (work-reports-2026 row, review part)
    assert _spans("机电产品出口占比86％，对中亚五国、东盟进出口分别增长37.2％、19％。") == ["中亚五国", "东盟"]


def test_pairs_sharing_a_hub_listed_before_xietong():
    # 2026 河南省政府工作报告 (work-reports-2026 row, source_url s.fjlib.net gzbg id=cdd493445f0941a1958be0f919813c5e, plan part)
    assert _spans("出台郑开同城化发展规划，深化郑洛、郑许协同发展。")[-2:] == ["郑洛", "郑许"]


def test_place_inside_a_special_trains_name_is_unmarked():
    # 2026 陕西省政府工作报告 (https://www.shaanxi.gov.cn/zfxxgk/zfgzbg/szfgzbg/202602/t20260202_3609862.html)
    assert "中亚" not in _spans("全面落实中国—中亚峰会涉陕成果，中国—中亚国际人文旅游专列首发。")
    assert _spans("开行西安至中亚的旅游专列。") == ["西安", "中亚"]
