"""Probe org46w: ORG recall in work reports: flagship firms by short name, campuses of unplaced hospitals and schools,
a firm opening a works's name with its capacity."""

import govie
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def _pipeline_orgs(text):
    return [e.text for e in govie.extract(text).entities if e.label == "ORG"]


def test_provincial_flagship_named_bare():
    # 2026 陕西省政府工作报告 (www.shaanxi.gov.cn; work-reports-2026), paragraph 53.
    text = "着力稳定油气产量，促进延长石油千万吨原油稳产，加快雷龙湾储气库等项目建设。"
    assert _orgs(text) == ["延长石油"]


def test_flagship_opening_a_works_with_its_capacity_is_none():
    # dev wr2026-shaanxi (2026 陕西 report): the works is the firm's project, unmarked in the gold.
    text = "延长石油150亿方/年天然气产能倍增工程、恒神高性能碳纤维等项目建成，榆神西南热电、西气东输三线陕西段等投运。"
    assert "延长石油" not in _orgs(text)


def test_group_named_by_its_town_with_its_figures():
    # 2026 甘肃省政府工作报告 (work-reports-2026): 金川集团 acts with its own output figure.
    text = "省属规上工业企业对全省规上工业增长的贡献率达到39.7%。金川集团工业总产值连跨两个千亿台阶，在“世界500强”排名由369位上升到235位。"
    assert "金川集团" in _orgs(text)


def test_research_institutes_by_short_name():
    # dev wr2026-tianjin (2026 天津 report): Sinopec's institutes listed by the names they use.
    text = "一批新功能项目充实提升，中石化ABS、燕山石化绿色新材料、北化院、石科院等向南港集聚发展。"
    found = _orgs(text)
    assert "北化院" in found and "石科院" in found
    assert "燕山石化绿色新材料" not in found


def test_own_level_hospital_keeps_its_campus():
    # 2026 海南省政府工作报告 (work-reports-2026), paragraph 18.
    text = "省人民医院南院、北京大学口腔医院三亚医院等医疗项目投入使用。省科技馆开馆试运行。"
    assert _pipeline_orgs(text) == ["省人民医院南院", "北京大学口腔医院三亚医院"]


def test_unplaced_school_named_with_its_campus():
    # dev gz-5 (广州市天河区 2023 招生 notice): a school named with its campus is one ORG.
    text = ("其中，清华附中湾区学校（智谷校区）、清华附中湾区学校（智慧城校区）、执信中学天河校区、"
            "广州市天河外国语学校（珠江新城校区）、广州市天河外国语学校（智慧城校区）、华南师范大学附属中学初中部、")
    assert "执信中学天河校区" in _orgs(text)

