"""LOC for regions named by one character of each place they join (probe loc55a): the reviewed list of such
regions (通武廊, 济青烟, 长吉图, 厦金 …), coined pairs of places the same text names (琴澳, 珠澳, 珠港澳),
金门 and 马祖, and a place that is the whole of a quote (“通武廊”)."""

import pytest

import govie
from govie.kb.divisions import places
from govie.kb.lexicons import combined_abbreviations, region_words


def _locs(text, jurisdiction=None):
    found = [(e.text, e.start, e.end) for e in govie.extract(text, model=None, jurisdiction=jurisdiction).entities
             if e.label == "LOC"]
    assert all(text[s:e] == t for t, s, e in found)
    return [t for t, _, _ in found]


def test_combined_list_parts_are_places():
    """Each listed region's characters come in order from the places it joins, and each is a known place."""
    known = {p.short for p in places()} | set(region_words())
    for combo, parts in combined_abbreviations().items():
        assert len(parts) == len(combo), combo
        assert all(c in part for c, part in zip(combo, parts)), combo
        assert all(part in known for part in parts), combo


@pytest.mark.parametrize("text, expected", [
    # 武清区2018年政府工作报告 (tjwq.gov.cn/zwgk/zfgzbg/202012/t20201207_4670282.html).
    ("发挥“通武廊”地区的独特作用，签订落实“通武廊”战略合作", ["通武廊", "通武廊"]),
    # 吉林 2026 report, paragraph 49 (../shared/data/work-reports-2026/2026_吉林省_政府工作报告.csv).
    ("深度融入共建“一带一路”，深入实施长吉图开发开放战略，打造向北开放重要窗口。", ["长吉图"]),
    # 福建 2026 report, paragraph 58.
    ("连续成功举办海峡论坛、海峡青年荟、世界妈祖文化论坛等活动。厦金、福马“同城生活圈”加快打造。", ["厦金", "福马"]),
    # Dev wr2026-fujianm (福建 2026 report): the islands listed before a project's head keep their LOC.
    ("加快推进向金门、马祖通水通电通气通桥大陆侧项目。", ["金门", "马祖"]),
    # Dev sc19-10.
    ("京津冀、上海、广东（珠三角）、安徽（合芜蚌）、四川（成德绵）", ["京津冀", "上海", "广东", "珠三角", "安徽", "合芜蚌",
                                                   "四川", "成德绵"]),
])
def test_listed_combined_regions(text, expected):
    assert _locs(text) == expected


# 珠海 2022 report as the press summarized it (m.vcd68.com/mo/a/20220127/20220127m8s8.html).
_ZHUHAI = ("强调珠海今年十项重点工作之一,是要扎实推进珠港澳合作,以服务横琴粤澳深度合作区建设引领珠澳合作,完善与横琴粤澳深度合作"
           "区相关机构的常态化沟通对接机制,配合推进”分线管理”,联动做好项目引入。联合澳门争取中国——葡语国家科技交流与成果转化中心"
           "落地,推动成立澳珠产学研创新联盟。强化珠澳口岸的交通组织、基础设施衔接,推出更多“珠澳通”服务。")


def test_coined_pairs_of_places_named_in_the_text():
    found = _locs(_ZHUHAI)
    assert found[:3] == ["珠海", "珠港澳", "横琴粤澳深度合作区"]
    assert found.count("珠澳") == 1  # 珠澳合作; not the service 珠澳通 nor the ORG 澳珠产学研创新联盟
    assert "港澳" not in found and "澳珠" not in found


def test_coined_pair_in_guangdong_report():
    # Dev wr2026-guangdong (广东 2026 report).
    text = ("牢牢把握“澳门+横琴”新定位，认真落实国家支持横琴粤澳深度合作区建设的政策举措，稳步推进第二阶段建设，"
            "加快发展壮大“四新”产业，提高琴澳一体化水平，促进澳门经济适度多元发展。")
    assert "琴澳" in _locs(text)


def test_no_pair_without_the_places_or_inside_a_line():
    # Dev wr2026-jilin (吉林 2026 report): 长四辽通 is a railway of 长春, 四平, 辽源, 通化.
    text = "四平、辽源、通化、长春。启动长四辽通、敦牡和四梅集扩能等铁路项目，建好长春都市圈西环。"
    assert not {"四辽通", "辽通", "四辽"} & set(_locs(text))
    # Dev wr2026-shaanxi: 延榆 shares 高铁 with 康渝 in a list of lines.
    assert "延榆" not in _locs("延安、榆林。加快延榆、康渝高铁建设，确保西康、西十高铁建成。")
    # No place of 深圳 named: 深化 stays a verb, 中澳 (China-Australia) no pair of 中山 and 澳门.
    assert _locs("中山与澳门合作，推进中澳合作，深化改革。") == ["中山", "澳门"]


def test_quoted_brand_stays_unmarked():
    # Dev pt-10809 (重庆 policy): a quoted name before 商标 is a brand's.
    assert "渝新欧" not in _locs("提升内外贸农产品安全质量水平。扩大“渝新欧”商标影响力。")
