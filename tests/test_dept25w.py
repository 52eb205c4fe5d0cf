"""DEPT in provincial, city and county work reports 2019-2025 (probe dept25w, round 15)."""
from .mentions import depts as _depts


# https://www.xinyuwenchuang.cn/doc/21633.html (遂宁 2023 report; the copy blanks its name in the title)
SUINING = ("2023X市政府工作报告各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,X市政协委员提出意见。"
           "我们坚定以习近平新时代中国特色社会主义思想为指导,在省委、省政府和市委的坚强领导下,在市人大、市政协的监督支持下,"
           "全力以赴拼经济搞建设。在共克时艰的日子里,人民群众识大体、顾大局,共同守护健康遂宁。")


def test_a_city_report_naming_its_city_once_is_the_citys():
    depts = dict(_depts(SUINING))
    assert depts["市委"] == "中共遂宁市委员会"
    assert depts["市人大"] == "遂宁市人民代表大会"
    assert depts["市人民政府"] == "遂宁市人民政府"
    assert depts["省委"] == "中共四川省委员会"


def test_a_provincial_text_naming_a_city_once_stays_the_provinces():
    # No city voice (市委, 市人大, 全市): the province's, and no body is linked to 遂宁.
    text = ("现在,我代表省人民政府向大会报告工作。在省委坚强领导下,全省上下共同努力,遂宁锂电产业加快发展,"
            "全省经济持续回升向好,省政府各部门扎实工作。")
    depts = dict(_depts(text))
    assert depts["省人民政府"] == "四川省人民政府"
    assert not any(c and "遂宁" in c for c in depts.values())


def test_deputies_proposals_beside_the_cppccs_name_the_congress():
    # https://wenku.docs.qq.com/detail?docId=OD1wVysf6F (西安 2023 report; the copy dropped the numbers)
    text = "2023年西安市政府工作报告。我代表市人民政府向大会报告工作。办理人大代表建议件、政协提案件,做到了件件有回复、事事有落实。"
    depts = _depts(text)
    assert ("人大", "西安市人民代表大会") in depts and ("政协", "中国人民政治协商会议西安市委员会") in depts
    # Each level's deputies name no one body.
    assert ("人大", "西安市人民代表大会") not in _depts("西安市政府：各级人大代表、政协委员积极建言献策。")


def test_the_centre_cut_short_before_a_work_conference_is_no_body():
    # 武宁县 2022 report as its county's news gives it (pages corpus, no address): 中央经济工作会议 cut short.
    text = "落实中央、省委经济工作会议和市委十二届二次全体(扩大)会议部署,弘扬伟大建党精神。"
    assert [t for t, _ in _depts(text, jurisdiction="江西省")] == ["省委", "市委"]
    assert [t for t, _ in _depts("认真落实中央和省委决策部署。", jurisdiction="江西省")] == ["中央", "省委"]


def test_the_chain_from_the_centre_ends_on_the_documents_own_committee():
    # https://nextlevelartsconsulting.com/bxn/5784.html (玉屏侗族自治县 2023 report)
    text = ("玉屏侗族自治县人民政府县长 田兴国\n现在,我代表自治县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见和建议。"
            "坚决落实中央、省、市及县委各项决策部署,在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下。")
    depts = _depts(text)
    assert depts.count(("县委", "中共玉屏侗族自治县委员会")) == 2
    # A level of a list of levels before a functional name stays a class.
    assert _depts("由市、区人力资源社会保障部门负责。", jurisdiction="贵州省") == []
