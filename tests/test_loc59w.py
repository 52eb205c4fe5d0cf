"""Scenic spots, fishing ports and lakes named in a list before the class of site they are (probe loc59w, round 25:
/work/r25/loc59w). Each test quotes a real sentence; its source is in the comment above it."""

from .mentions import spans


def _locs(text):
    return spans(text, "LOC", model=None)


# http://www.dhybim.net/news/show.php?itemid=657 (山西省2020年政府工作报告, as quoted by 人民网).
SHANXI_2020 = ("支持云丘山、晋祠等创建5A级景区，推进壶口瀑布、雁门关、王莽岭、娘子关、百里太行画廊等重点景区提质升级。")
# http://m.fraudsandswindlers.com/gn/2014/02-09/5814747.shtml (海南省2014年政府工作报告, as quoted by 中新社).
HAINAN_2014 = "白马井中心渔港和昌江海尾一级渔港主体工程完工，三亚崖州、临高新盈、乐东岭头等渔港建设稳步推进。"
# http://2sdx.com/wenshu/gzbg/494889.html (咸宁市2016年政府工作报告).
XIANNING_2016 = "市区环境空气质量优良天数达到324天，居全省第二位。富水湖、向阳湖成功创建国家湿地公园，崇阳桂花林场成功创建国家森林公园。"


def test_scenic_spots_listed_before_a_grade_of_scenic_area():
    found = _locs(SHANXI_2020)
    for name in ("云丘山", "晋祠", "壶口瀑布", "雁门关", "王莽岭", "娘子关", "百里太行画廊"):
        assert name in found
    assert not any(f.startswith(("支持", "推进")) for f in found)


def test_fishing_ports_listed_before_their_class():
    found = _locs(HAINAN_2014)
    assert {"三亚崖州", "临高新盈", "乐东岭头"} <= set(found)


def test_lakes_listed_before_the_park_they_became_stop_before_the_verb():
    found = _locs(XIANNING_2016)
    assert "富水湖" in found and "向阳湖" in found
    assert "向阳湖成功" not in found


def test_a_list_of_kinds_before_scenic_areas_names_none():
    # Common nouns make a list of kinds, no sites' names.
    assert _locs("加快酒店、民宿等景区配套设施建设。") == []
