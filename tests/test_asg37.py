"""Probe asg37: duties in 三定 规定 and institutional reform plans (主要职责 lists, units' duties,
组建 headings). Sentences from the probe's pages, each with its address."""
from __future__ import annotations

import govie


def _leads(text: str) -> list[tuple[str, list[str]]]:
    r = govie.extract(text).to_dict()
    return [(a["task"]["text"], a["lead"]) for a in r["assignments"]]


# http://fsou.com/html/text/lar/172375/17237528_3.html (a city's 市政府办公室 三定, its units)
CITY_OFFICE = (
    "(十九)财务科\n负责机关财务管理工作;负责机关国有资产监管等工作。\n"
    "(二十)人事科\n负责机关机构编制和人事管理工作;负责市政府驻北京联络处人员管理和有关联络工作。\n"
    "离退休干部工作办公室 负责机关离退休干部工作,指导所属单位离退休干部工作。\n"
    "机关党委 负责机关党群工作。\n四、人员编制\n市政府办公室机关行政编制79名。"
)


def test_stationed_office_names_no_division():
    # The city keeps a liaison office in Beijing; the text is not Beijing's.
    r = govie.extract(CITY_OFFICE).to_dict()
    assert (r["meta"].get("division") or {}).get("name") != "北京市"
    assert not any("北京" in (e.get("canonical") or "") for e in r["entities"])


def test_units_under_their_heading_lead_their_duties():
    leads = _leads(CITY_OFFICE)
    assert ("机关财务管理工作", ["财务科"]) in leads
    assert ("机关国有资产监管等工作", ["财务科"]) in leads
    assert ("机关机构编制和人事管理工作", ["人事科"]) in leads
    assert any(t.startswith("机关离退休干部工作") and lead == ["离退休干部工作办公室"] for t, lead in leads)


# http://lawlst.com/laws/387.html (国务院办公厅职能配置内设机构和人员编制规定, 1998)
GOV_OFFICE_1998 = (
    "二、主要职责\n\n根据以上职能调整,国务院办公厅的主要职责是:\n\n"
    "(一)负责国务院会议的准备工作,协助国务院领导同志组织会议决定事项的实施。\n\n"
    "(六)协助国务院领导同志组织处理需由国务院直接处理的突发事件和重大事故。\n\n"
    "三、内设机构\n\n根据以上职责,国务院办公厅设6个职能司局。\n"
)


def test_list_of_main_duties_belongs_to_its_body():
    leads = _leads(GOV_OFFICE_1998)
    assert any(t.startswith("国务院会议的准备工作") and lead == ["国务院办公厅"] for t, lead in leads)
    # 需由国务院直接处理的 qualifies the emergencies; 设6个职能司局 is the body's structure.
    assert not any("中华人民共和国国务院" in lead for _, lead in leads)
    assert not any(t.startswith("设6") for t, _ in leads)


# http://lsbar.com/law/14267 (国办发〔2008〕60号): "二、主要职责" of the body the 规定 sets up.
def test_main_duties_heading_takes_the_body_set_up():
    text = ("根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案,设立国务院办公厅,"
            "为协助国务院领导同志处理国务院日常工作的机构。\n\n二、主要职责\n\n"
            "(五)负责国务院值班工作,及时报告重要情况,传达和督促落实国务院领导同志指示。\n")
    assert any(t.startswith("国务院值班工作") and lead == ["国务院办公厅"] for t, lead in _leads(text))


# http://bmcg.com.cn/details/578.html (党和国家机构改革方案 2023, news digest)
def test_duty_after_a_set_up_heading_is_the_new_bodys():
    text = ("核心关注点一:组建中央金融委员会\n\n加强党中央对金融工作的集中统一领导,负责金融稳定和发展的顶层设计、"
            "统筹协调、整体推进、督促落实,作为党中央决策议事协调机构。\n\n"
            "核心关注点四:组建中央社会工作部\n\n负责统筹指导人民信访工作,指导人民建议征集工作。\n")
    leads = _leads(text)
    assert any(t.startswith("金融稳定和发展") and lead == ["中央金融委员会"] for t, lead in leads)
    assert any(t.startswith("统筹指导人民信访工作") and lead == ["中共中央社会工作部"] for t, lead in leads)
    assert not any("中国共产党中央委员会" in lead for _, lead in leads)


# https://shandong-chorography.org/database/ch2/section/5/article/22/ (曹县 编委办, a county's yearbook)
def test_county_staffing_office_and_its_duties():
    text = ("曹县编制委员会办公室为县委工作部门,正科级单位。行政编制12人。主要职责是贯彻执行中央和省、市关于机构改革的方针政策;"
            "研究拟定全县机构编制管理政策、制度并监督实施。负责全县各级机关和事业单位机构编制总量管理;拟定全县行政编制分配方案。")
    r = govie.extract(text).to_dict()
    office = [e for e in r["entities"] if e["text"] == "曹县编制委员会办公室"]
    assert office and office[0]["canonical"] == "曹县机构编制委员会办公室"
    assert any(a["task"]["text"].startswith("全县各级机关") and a["lead"] == ["曹县机构编制委员会办公室"]
               for a in r["assignments"])
