"""Probe org43w: organizations named with a class suffix and no place to open the name: bilateral
cooperation centres and institutes, halls named after a heritage site, societies a verb founds."""

from govie.taggers.entities import tag_orgs


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def test_bilateral_centre_in_a_list_of_carriers():
    # 2026年海南省政府工作报告 (agri.hainan.gov.cn/hnsnytywdt/zwdt/202602/t20260202_4021318.html).
    text = "获批建设“一带一路”联合实验室、中拉可持续粮食创新中心等国际科技合作载体。"
    assert _orgs(text) == ["中拉可持续粮食创新中心"]


def test_bilateral_centre_and_institute_without_a_predicate():
    # 2026年山东省政府工作报告 (dev wr2026-shandong, wr2026-shandongm).
    assert _orgs("发挥上合科创中心等平台作用，构建跨国联合研发体系。") == ["上合科创中心"]
    assert _orgs("支持中新济南未来产业城、中新绿色科技研究院建设。") == ["中新绿色科技研究院"]


def test_bilateral_prefix_inside_a_word_or_before_a_hub_is_no_centre():
    # 济南市历城区2025年政府工作报告 (齐鲁网·闪电新闻 2025-01-09): a rail hub, not a body.
    assert _orgs("服务保障中欧班列济南集结中心建设。") == []
    assert _orgs("集中新建一批研究中心。") == []


def test_halls_named_after_heritage_sites():
    # 2026年河南省政府工作报告 (work-reports-2026, 河南 paragraph on 民生福祉).
    text = "殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳故城遗址博物馆等文化新地标建成开放，文博热、非遗热不断升温。"
    assert _orgs(text) == ["大河村遗址博物馆", "殷墟博物馆新馆", "汉魏洛阳故城遗址博物馆"]
    # 2026年新疆维吾尔自治区政府工作报告 (dev wr2026-xinjiang): the class after it stays unmarked.
    text = "建成西域都护府博物馆等文博场馆，各级博物馆、纪念馆接待观众4500余万人次。"
    assert _orgs(text) == ["西域都护府博物馆"]


def test_a_verb_before_a_kind_of_hall_names_no_hall():
    assert _orgs("加快建设遗址博物馆。") == []
    assert _orgs("加快推进旧址纪念馆建设。") == []


def test_society_a_verb_founds_with_a_field_in_a_verbal_noun():
    # 2026年江西省政府工作报告 (dev wr2026-jiangxim).
    assert _orgs("组建省区域国别研究联盟，加强海外综合服务。") == ["省区域国别研究联盟"]
    # A field alone (研究, 服务) names a kind, not a body.
    assert _orgs("组建研究联盟，加强合作。") == []
    assert _orgs("组建服务联盟，加强合作。") == []
