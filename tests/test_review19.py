"""Faults a review of round 19's merges demonstrated, each on the sentence that showed it."""

import govie


def _ents(text, label, jurisdiction=None):
    return [(e.text, e.canonical if label == "DEPT" else None)
            for e in govie.extract(text, model=None, jurisdiction=jurisdiction).entities if e.label == label]


def test_term_congress_starts_with_its_numeral():
    # 三届人大 cut from 全国十三届人大 was read as a district's own congress.
    assert _ents("会议传达了全国十三届人大一次会议精神。", "DEPT", "230602") == []


def test_functional_party_classes_are_no_county_departments():
    assert _ents("会议要求，宣传部门要加强舆论引导，组织部门要把好人选关。", "DEPT", "431222") == []


def test_province_elliptic_fields_are_its_departments():
    # A province's bodies of these fields are 厅: no 山西省财政局.
    got = dict(_ents("省发改、财政、住建等部门联合印发通知。", "DEPT", "140000"))
    assert got == {"省发改": "山西省发展和改革委员会", "财政": "山西省财政厅", "住建": "山西省住房和城乡建设厅"}


def test_river_list_keeps_its_first_name_and_leaves_people():
    # State Council report 1999: 去年 is a date, not part of 长江.
    assert ("长江", None) in _ents("　　去年长江、嫩江和松花江流域发生了特大洪水。", "LOC")
    assert "王振江" not in [t for t, _ in _ents("表彰了王振江、张海河、李长江等先进个人。", "LOC")]


def test_year_of_a_paragraph_stops_at_this_years_stretch():
    import datetime as dt
    r = govie.extract("去年全市生产总值增长6%。今年以来，全市工业投资比上年增长5%，全年目标有望实现。", model=None,
                      reference_date=dt.date(2023, 10, 20))
    assert ("上年", "2022") in [(e.text, e.to_dict().get("value")) for e in r.entities if e.label == "DATE"]


def test_validity_from_a_start_is_no_expiry():
    r = govie.extract("XX市人民政府关于印发XX办法的通知\n有效期：自2023年3月1日起5年\n", model=None)
    assert r.to_dict()["meta"].get("expires") != "2023-03-01"


def test_rivers_before_their_staff_stay_rivers():
    assert [t for t, _ in _ents("在乌裕尔河、讷谟尔河等河道配备巡河人员。", "LOC")] == ["乌裕尔河", "讷谟尔河"]


def test_park_name_is_not_cut_after_an_abbreviation():
    assert _ents("加快建设大冶湖高新技术产业园区。", "LOC") == []


def test_a_bases_section_chief_is_named():
    assert _ents("会上，训练基地处长李明作了发言。", "PERSON") == [("李明", None)]


def test_modern_tibet_local_government_links_to_no_1950s_body():
    got = _ents("在中央和西藏地方政府的大力支持下，项目顺利完成。", "DEPT")
    assert all(c != "西藏地方政府" for _, c in got)
