"""Probe loc64p: LOC in policy documents of every level (guide v2.2 LOC)."""
import govie


def _spans(text, label):
    return [e.text for e in govie.extract(text, model=None).entities if e.label == label]


def _ents(text, label):
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in govie.extract(text, model=None).entities
            if e.label == label]


def test_zones_listed_on_an_addressee_line_are_no_places():
    # pingjiang.gov.cn 岳办发〔2017〕2号 (中共岳阳市委办公室 岳阳市人民政府办公室, 2017-01-10)
    text = ("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知\n"
            "各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:\n")
    locs = _ents(text, "LOC")
    assert [(t, s, e) for t, s, e, _ in locs] == [("岳", text.index("驻岳") + 1, text.index("驻岳") + 2)]
    # a zone in running text stays a place
    assert "南湖新区" in _spans("推动南湖新区、城陵矶新港区加快发展。", "LOC")


def test_places_before_a_count_and_class_share_one_government():
    # business.sohu.com/20150420/n411541468.shtml (新华网 2015-04-20 on the State Council's notices)
    text = "通知要求,广东、天津、福建、上海4省市人民政府和有关部门要解放思想、改革创新。"
    assert _spans(text, "LOC") == []
    depts = _ents(text, "DEPT")
    assert [(t, c) for t, _, _, c in depts[:4]] == [("广东", "广东省人民政府"), ("天津", "天津市人民政府"),
                                                     ("福建", "福建省人民政府"), ("上海", "上海市人民政府")]
    assert depts[0][1:3] == (text.index("广东"), text.index("广东") + 2)
    # a count that is not the list's length claims nothing
    assert "广州" not in _spans("由广州、深圳三市人民政府负责。", "DEPT")


def test_a_street_address_without_its_district_is_a_place():
    # hznews.hangzhou.com.cn 2014-05-11 (杭州市城管委 接待日)
    text = "大家都可以拨打市城管委预约电话:12319、96310,或直接前往体育场路238号受理大厅进行接待日预约。"
    s = text.index("体育场路")
    assert ("体育场路238号", s, s + 8, None) in _ents(text, "LOC")
    # a road under works is no address
    assert _spans("加快推进解放路改造和集成电路产业发展。", "LOC") == []


def test_a_city_abbreviation_after_stationed_is_the_city():
    # 岳办发〔2017〕2号 addressees; the city is named in full in the same text
    text = "岳阳市人民政府办公室\n中央、省驻岳单位:\n"
    assert "岳" in _spans(text, "LOC")
    assert _spans("中央、省驻岳单位:", "LOC") == []  # no city of that character named: nothing
