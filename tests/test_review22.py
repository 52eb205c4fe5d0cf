"""Review22: code review of full49c (visitors, 全国 tiers, 率, 拨付, festival names) and loc64p (addressee lines,
counted governments, street addresses, 驻 + a city's abbreviation)."""
import govie
from govie.taggers import dept, entities


def _locs(text):
    out = [(e.text, e.start, e.end) for e in govie.extract(text, model=None).entities if e.label == "LOC"]
    for t, s, e in out:
        assert text[s:e] == t
    return out


def test_a_body_sentence_opening_with_ge_keeps_its_places():
    # not an addressee line: it asks something of the provinces it names
    text = "各有关省份，特别是河北、山西、内蒙古、辽宁等省份，要做好以下工作：\n一、加强监测预警。"
    assert [t for t, _, _ in _locs(text)] == ["河北", "山西", "内蒙古", "辽宁"]
    text = "各试点城市中，天津、重庆、成都、西安要重点推进以下任务：\n（一）完善工作机制。"
    assert [t for t, _, _ in _locs(text)] == ["天津", "重庆", "成都", "西安"]


def test_a_holiday_spent_at_a_place_is_no_festival_name():
    text = "春节期间，外来务工人员留在东莞过节。"
    assert _locs(text) == [("东莞", text.index("东莞"), text.index("东莞") + 2)]
    text = "今年重阳节，不少老人在延安过重阳节。"
    assert ("延安", text.index("延安"), text.index("延安") + 2) in _locs(text)
    # a festival named by its place stays no place
    assert _locs("今年成功举办京津冀蔬菜节、农民丰收节等活动。") == []


def test_a_street_address_opens_after_a_verb_of_going():
    text = "请到人民路5号领取证件。"
    assert _locs(text) == [("人民路5号", 2, 7)]
    text = "市民可到人民大道45号政务服务中心办理。"
    assert ("人民大道45号", 4, 11) in _locs(text)
    assert "市民可到人民大道45号" not in [t for t, _, _ in _locs(text)]


def test_stationed_abbreviations_look_each_city_up_once(monkeypatch):
    # a scan of the whole text per 驻X单位 was quadratic (1 MB of 驻岳单位: minutes); one look-up per character now
    calls = []
    table = entities._cities_by_first_char

    def counted():
        calls.append(1)
        return table()

    monkeypatch.setattr(entities, "_cities_by_first_char", counted)
    text = "中央、省驻岳单位要积极支持岳阳市发展。" * 200
    found = entities._stationed_city_abbreviations(text)
    assert len(found) == 200 and all(text[m.start:m.end] == "岳" for m in found)
    assert len(calls) == 1


def test_counted_governments_on_a_long_text():
    # a filter of the found bodies per counted government was quadratic; filtered once now
    text = "北京、天津两市人民政府签署协议，" * 3000
    found = dept.tag_depts(text)
    assert sum(1 for m in found if text[m.start:m.end] == "北京") == 3000
    assert not any(text[m.start:m.end] == "市人民政府" for m in found)


def _acts(text):
    return [(a.type, a.trigger["text"]) for a in govie.extract(text, model=None).activities]


def test_a_rate_with_its_measure_is_no_activity_and_lv_xian_is_no_rate():
    assert _acts("全年河道巡查覆盖率100%，问题线索核查完成率100%。") == []
    # 率先 is an adverb: the patrols are an activity
    assert ("inspection", "巡查") in _acts("今年全面推行河长巡查率先在全省实现全覆盖。")
    assert _acts("本科上线率和强基上线率同比提升。") == []
