"""Round 26 probe dept66p: DEPT spans and canonical links in city (prefecture and county-level city)
policy documents outside Guangdong and Sichuan: addressee lines, signatures, zone committees.
Each test quotes real sentences (addresses in the comments)."""
import govie


def _run(text, date=None):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]


def test_a_park_committee_named_after_its_province_and_county_city_spells_out_its_committee():
    # https://ynlf.gov.cn/info/egovinfo/1007/overt_centent/11532331015179648Q-/2024-1121001.htm (禄丰市, 云南, 2024)
    text = ("云南禄丰产业园区管委会，各乡镇人民政府，市级各部门：\n"
            "《禄丰市人民政府常务会议议事规则》已经2024年11月13日召开的二届市人民政府第93次常务会议通过，现予印发。\n"
            "禄丰市人民政府\n2024年11月20日")
    depts = _run(text, "2024-11-20")
    assert ("云南禄丰产业园区管委会", 0, "云南禄丰产业园区管理委员会") in depts
    assert ("禄丰市人民政府", text.rindex("禄丰市人民政府"), "禄丰市人民政府") in depts

    # The line again with another province before the short name: 禄丰 is no county of 贵州, so no
    # place opens the zone's name and no committee is composed from it.
    other = _run("贵州禄丰产业园区管委会，各乡镇人民政府，市级各部门：")
    assert [(t, c) for t, _, c in other if t.endswith("管委会")] == [("贵州禄丰产业园区管委会", None)]


def test_the_park_committee_again_in_the_rules_body_links_the_same():
    # Same document, 第四条 (with the signature line that tells the city).
    text = ("主持云南禄丰产业园区管委会日常工作的同志和市发展改革局、市司法局、市财政局、市审计局、"
            "市政府法律顾问室主要负责同志固定列席会议。\n禄丰市人民政府\n2024年11月20日")
    depts = _run(text, "2024-11-20")
    assert ("云南禄丰产业园区管委会", 2, "云南禄丰产业园区管理委员会") in depts
