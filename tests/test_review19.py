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
