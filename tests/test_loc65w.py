"""LOC kinds found by probe loc65w (2026 provincial work reports of Guangdong, Fujian, Hubei and Guizhou
outside the dev slices, work-reports-2026/*.csv; 漳州 2024 city report; round 27)."""

import pytest

from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [(sentence[m.start:m.end], m.start, m.end) for m in tag_locs(sentence)]


def _texts(sentence):
    return [t for t, _, _ in _spans(sentence)]


def test_town_head_before_chengxiang_is_no_town():
    # Hubei 2026 report (2026_湖北省_政府工作报告.csv): 城乡 is a word, 创新城 no innovation town
    s = "积极探索创新城乡融合发展机制。以协调推进乡村振兴战略和新型城镇化战略为抓手"
    assert _texts(s) == []


def test_park_after_a_verb_of_settling():
    # Fujian 2026 report (2026_福建省_政府工作报告.csv); 沪明临港产业园 is LOC in dev wr2026-fujianm
    s = "19个项目落地沪明临港产业园、广龙合作产业园。"
    assert _spans(s) == [("沪明临港产业园", 7, 14), ("广龙合作产业园", 15, 22)]


def test_bridge_with_its_section():
    # Fujian 2026 report: the bracketed section is part of the bridge, no place of its own
    s = "新设台企2612家，实际使用台资7.24亿美元。厦金大桥（厦门段）建设加快推进，厦金“小三通”开启台胞“刷脸”通关。"
    found = _spans(s)
    k = s.index("厦金大桥")
    assert ("厦金大桥（厦门段）", k, k + 9) in found
    assert "厦门" not in _texts(s) and "厦金大桥" not in _texts(s)


def test_plant_and_metro_line_names():
    # Fujian 2026 report: a nuclear plant's phase or unit and a metro line are names (招远核电一期, 西安地铁15号线:
    # unmarked in the dev gold)
    s = ("福州地铁滨海快线、宁古高速、沙南高速等建成通车，基础设施投资增长5.6%。漳州核电一期投入商业运行，"
         "全球最大烷烃一体化生产基地投产，工业投资增长6.1%。宁德核电6号机组、温福高铁、厦漳泉R1线先行段、"
         "沈海高速漳诏段扩容工程等开工建设。")
    found = _texts(s)
    for f in ("福州", "漳州", "宁德", "厦漳泉"):
        assert f not in found, (f, found)
    # cities listed before 地铁线网 stay places (dev wr2026-guangdong gold)
    assert _texts("新增地铁运营里程171.7公里，广州、深圳地铁线网单日最高客运量分别达") == ["广州", "深圳"]


def test_bilateral_parks():
    # 漳州 2024 report (sucai198.com/gongzuozongjie/2024/08/92179_101.html)
    s = ("主动融入\"海丝\"核心区建设,中国-菲律宾经贸创新发展示范园区获国务院批复设立并进入实质性建设阶段,"
         "签约合作项目38个、总投资449亿元;中沙(福建)产业合作区完成总体方案编制")
    found = _texts(s)
    assert "中国-菲律宾经贸创新发展示范园区" in found
    assert "中沙(福建)产业合作区" in found
    assert "菲律宾" not in found and "福建" not in found
    # 其中|新建: 中 opens no 中新 park
    assert all(not t.startswith("中") for t in _texts("其中新建产业园区3个"))


def test_border_area_of_a_region():
    # Guizhou 2026 report (2026_贵州省_政府工作报告.csv)
    s = "深化与川渝毗邻地区的合作，加快打造遵义对接成渝地区双城经济圈“桥头堡”。"
    assert _spans(s)[0] == ("川渝毗邻地区", 3, 9)


def test_port_at_an_airport():
    # Guizhou 2026 report
    s = "推动铜仁凤凰机场航空口岸正式开放，争取遵义茅台机场纳入国家“十五五”口岸发展规划。"
    assert _spans(s)[:2] == [("铜仁凤凰机场航空口岸", 2, 12), ("遵义茅台机场", 19, 25)]
