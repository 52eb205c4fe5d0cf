"""Standalone units of a central ministry (综合规划司, 政策研究室, 公路局 in a 司 note) in its own plan."""
import govie

# 交通运输部2021年政务公开工作要点 (mirror http://jycdxd.com/Laws/Trade/Traffic/202105/5638944.shtml):
# the ministry named in the preamble, the State Council cited after it, then the per-item notes.
_PLAN = ("交通运输部政务公开工作的总体要求是：认真落实党中央、国务院关于政务公开工作的决策部署。\n"
         "2.及时公开进一步深化交通运输体系改革、形成统一开放的交通运输市场有关政策措施和规则标准，"
         "更好服务国家建设高标准市场体系。（政策研究室牵头，综合规划司、公路局、水运局、运输服务司、"
         "安全与质量监督管理司、海事局等按职责分工负责）")


def _depts(text):
    return {(e.text, e.canonical, e.unit) for e in govie.extract(text, model=None).entities if e.label == "DEPT"}


def test_units_in_a_ministry_note_are_the_ministrys():
    got = _depts(_PLAN)
    for unit in ("政策研究室", "综合规划司", "公路局", "水运局", "运输服务司", "安全与质量监督管理司", "海事局"):
        assert (unit, "交通运输部", unit) in got
    assert not any(c == "中华人民共和国国务院" and u for _, c, u in got)


def test_a_ministry_note_assigns_to_the_ministry():
    frames = govie.extract(_PLAN, model=None).assignments
    assert frames and frames[-1].lead == ["交通运输部"]


def test_unit_created_in_a_commission_office_is_its_unit():
    # dev sc19-48 (国办函〔2004〕25号): the 司 is the unit of the office named before it.
    import json
    from pathlib import Path

    row = json.loads((Path(__file__).resolve().parents[1] / "annotations/dev/sc19-48.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert ("对口支援司", "国务院南水北调工程建设委员会办公室", "对口支援司") in _depts(row["text"])


def test_judicial_organs_are_no_ministry_unit():
    # sc-report-2002, two sentences of one report: 公检法司 is the judicial organs, not a 司 of the
    # armed police named before it.
    text = ("我代表国务院，向辛勤工作在全国各条战线上的广大工人、农民、知识分子、干部、人民解放军指战员、"
            "武警部队官兵和公安干警以及各界人士，致以崇高的敬意！\n"
            "根据需要和可能，今年拟发行１５００亿元长期建设国债，主要用于在建的国债建设项目、西部开发项目、"
            "重点企业技术改造，以及南水北调、京津水资源保护工程、农村基础设施和教育、公检法司等方面设施的建设。")
    assert not any(t.endswith("司") for t, _, _ in _depts(text))
