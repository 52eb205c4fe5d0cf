"""A name in a list of leaders that holds a place's name (肖文昌: 文昌, a city of Hainan) is a person
and decides no division (a county news item, traditional script with pinyin glosses, mirrored at
http://m.floorcoveringcontractor.com/pysz/p/353773.html; probe trad25, round 14)."""

import govie

ITEM = ("本報訊 (記者王穎) 7月27日,市委常委、政法委書記劉兆祝,市政協黨組副書記陳煥然帶領市協調督導組來我縣"
        "就縣域經濟發展進行調研。縣領導馬善軍、王建民、趙明國、肖文昌以及縣直有關部門負責人參加座談。")


def test_a_list_closed_by_yiji_is_a_list_of_names() -> None:
    r = govie.extract(ITEM, model=None)
    persons = [e.text for e in r.entities if e.label == "PERSON"]
    assert ["馬善軍", "王建民", "趙明國", "肖文昌"] == [p for p in persons if p in ITEM[ITEM.index("縣領導"):]]
    assert not any(e.label == "LOC" and e.text == "文昌" for e in r.entities)


def test_a_place_inside_a_listed_name_decides_no_division() -> None:
    meta = govie.extract(ITEM, model=None).to_dict()["meta"]
    assert meta["division"] is None and meta["jurisdiction"] is None


def test_places_in_a_list_of_places_still_count() -> None:
    meta = govie.extract("省委书记王东峰，省长许勤到石家庄、保定、邢台调研。", model=None).to_dict()["meta"]
    assert meta["division"]["name"] == "河北省"
