"""Review11 of round 24's later merges (ind49w, act66o, full45c, dept60x, loc55a, org46w, review10):
defects shown on realistic administrative sentences."""

import govie


def _ents(text, date="2022-06-01", label=None):
    res = govie.extract(text, reference_date=date, model=None)
    return [(e.label, e.text) for e in res.entities if label is None or e.label == label]


# full45c: a list sharing one 等村 is of villages only where 等村 (等社区) is the unit, not the start of another
# word: 村民 (people), 村级/村两委 (bodies of villages).
def test_dengcun_list_is_not_people_or_village_bodies():
    locs = _ents("石哲镇王建国、李红梅等村民自发组成护林巡逻队。", label="LOC")
    assert ("LOC", "石哲镇王建国") not in locs and ("LOC", "李红梅") not in locs
    assert ("LOC", "石哲镇") in locs
    locs = _ents("龙泉镇党员、干部等村两委成员参加培训。", label="LOC")
    assert ("LOC", "龙泉镇党员") not in locs and ("LOC", "干部") not in locs


def test_dengcun_list_still_read():
    locs = _ents("石哲镇李家庄、张家庄等村开展人居环境整治。", label="LOC")
    assert ("LOC", "石哲镇李家庄") in locs and ("LOC", "张家庄") in locs


# full45c: a place before 林区 is a named one, not a word of kind or scope (国有, 重点, 辖区, 周边).
def test_forest_area_kind_words_are_no_place():
    for text, place in (("青莲镇国有林区实行封山育林。", "青莲镇"), ("龙泉镇重点林区禁止野外用火。", "龙泉镇"),
                        ("龙泉镇辖区林区禁止野外用火。", "龙泉镇"), ("龙泉镇及周边林区禁止野外用火。", "龙泉镇")):
        locs = [t for _, t in _ents(text, label="LOC")]
        assert locs == [place], (text, locs)
    assert "青莲镇茅田茶厂" in [t for _, t in _ents("青莲镇茅田茶厂林区禁止野外用火。", label="LOC")]


# loc55a: a place filling a quote before a programme's head names the programme (guide v2.2 LOC 2), no place.
def test_quoted_place_before_a_programme_head_is_no_loc():
    locs = _ents("深入实施“天山”英才计划，加快推进“泰山”人才工程。", label="LOC")
    assert locs == [], locs
    assert ("LOC", "通武廊") in _ents("谋划轨道交通向“通武廊”延伸。", label="LOC")


# org46w: a short firm name that is also a person's name (柳钢, 湘钢, like 马钢 before) before 同志 is the person.
def test_firm_short_name_before_tongzhi_is_a_person():
    ents = _ents("免去柳钢同志的市财政局局长职务。")
    assert ("ORG", "柳钢") not in ents and ("PERSON", "柳钢") in ents
    assert ("ORG", "湘钢") not in _ents("市政府决定：湘钢同志任市政府副秘书长。")


# org46w: 延长 is the verb in 进一步延长石油天然气产业链条 (a report's chain-extending task), not the firm.
def test_yanchang_verb_is_no_firm():
    assert ("ORG", "延长石油") not in _ents("进一步延长石油天然气产业链条。")
    assert ("ORG", "延长石油") not in _ents("延长石油产业链条，推动煤化工向精细化工延伸。")
    assert ("ORG", "延长石油") in _ents("促进延长石油千万吨原油稳产。")
