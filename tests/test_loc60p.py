"""Places inside the names of forums and work groups in 2026 provincial work reports (probe loc60p, round 25:
/work/r25/loc60p). Each test quotes a real sentence; its source is in the comment above it."""

from .mentions import spans


def _locs(text, **kw):
    return spans(text, "LOC", model=None, **kw)


# 2026年湖北省政府工作报告 (work-reports-2026, dev wr2026-hubeim): a forum named by two places' pair.
HUBEI_FORUMS = ("东湖论坛、中非创新合作与发展论坛、中国5G+工业互联网大会等重大科创活动影响持续扩大，"
                "创新创造在湖北蔚然成风。")


def test_place_opening_a_forum_name_is_not_marked():
    # Guide v2.2, LOC 2: events, fairs and forums are no places (博鳌亚洲论坛).
    found = _locs(HUBEI_FORUMS)
    assert "中非" not in found
    assert "湖北" in found  # the place where it happens stands alone


# 2026年湖北省政府工作报告 (work-reports-2026, slice [14127, 15470]; probe loc60p): the places of
# a support sentence stay places when no forum's head follows.
HUBEI_HUBS = "支持武汉建设国际性综合交通枢纽，支持襄阳、宜昌、黄冈-鄂州-黄石建设全国性综合交通枢纽"


def test_places_before_a_hub_stay():
    assert _locs(HUBEI_HUBS) == ["武汉", "襄阳", "宜昌", "黄冈", "鄂州", "黄石"]


# 2026年新疆维吾尔自治区政府工作报告 (work-reports-2026, slice [8038, 9305]; probe loc60p).
XINJIANG_GROUP = ("深刻认识到，新疆取得的发展成就，离不开中央新疆工作协调小组统筹协调、精心指导，"
                  "离不开中央和国家机关、各援疆省市和中央企业的大力支持和无私援助")


def test_place_inside_a_work_group_name_is_not_marked():
    # Guide LOC: a place that opens a DEPT or ORG is part of that span, not a LOC of its own.
    assert _locs(XINJIANG_GROUP).count("新疆") == 1
