"""Named natural features (loc_natural_features.txt): rivers, lakes, mountains, islands standing
alone are LOC (guide v2.2 LOC; probe locorg13, round 10)."""

import pytest

from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # Yunnan 2026 report (/work/r6/readable, outside the dev slices)
    ("抚仙湖水质总体保持Ⅰ类，被誉为水质风向标的海菜花在滇池、洱海绽放", ["抚仙湖", "滇池", "洱海"], []),
    # Ningxia 2026 report (/work/r6/readable, outside the dev slices)
    ("强化水土协同治理，实施清水河、苦水河、沙湖等综合治理工程150多个，", ["清水河", "苦水河"], []),
    # Xinjiang 2026 report (/work/r6/readable)
    ("赛里木湖成为全国情侣浪漫打卡地，文旅融合活力涌动", ["赛里木湖"], []),
    # dev wr2026-shandong gold
    ("航运方面，开工建设京杭运河与小清河航道连通工程", ["京杭运河", "小清河"], []),
    # dev wr2026-qinghai gold
    ("推进昂赛、玉珠峰自然体验和国家公园", ["玉珠峰"], []),
    # dev wr2026-xinjiang gold: a line's end
    ("将军庙至淖毛湖铁路增建二线等一批", ["淖毛湖"], []),
    # dev wr2026-tianjinm gold
    ("建设开放元宝岛等公园，以精细化", ["元宝岛"], []),
    # a place opens the lake's name: one LOC (dev wr2026-guangdongm gold)
    ("河源万绿湖入选国家5A级景区", ["河源万绿湖"], ["河源", "万绿湖"]),
    # a national nature reserve named after its mountain is one site (dev wr2026-neimenggu gold)
    ("生态修复117平方公里，大青山国家级自然保护区成功入选世界生物圈保护区网络", ["大青山国家级自然保护区"], ["大青山"]),
    # an industrial city named after its bay (dev wr2026-shandongm gold; 贵州航空产业城, Guizhou 2026)
    ("规划建设渤海湾未来科技动力产业城。", ["渤海湾未来科技动力产业城"], ["渤海湾"]),
    ("加快建设贵州航空产业城", ["贵州航空产业城"], ["贵州"]),
    # rivers written one after another are no one place (dev wr2026-guangdongm gold: three LOCs)
    ("建成珠三角水资源配置工程、韩江榕江练江水系连通工程", [], ["韩江榕江练江", "韩江榕江"]),
    # a hydro-junction is a works project (dev wr2026-qinghai and sc-report-2003: unmarked)
    ("大济湟工程整体投入运行，那棱格勒河水利枢纽下闸蓄水。", [], ["那棱格勒河"]),
    ("举世瞩目的长江三峡水利枢纽二期工程即将完成", [], ["长江三峡"]),
    # a word that only contains a name (资水 in 工资水平: dev sc19-18)
    ("合理确定不同岗位的工资水平", [], ["资水"]),
])
def test_natural_features(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found
    for f in forbidden:
        assert f not in found
