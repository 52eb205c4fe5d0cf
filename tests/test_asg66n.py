"""Probe asg66n: responsibility notes in provincial and city policy documents (real sentences)."""
import govie


def _rules(text, date):
    return govie.extract(text, reference_date=date, model=None)


def test_provincial_farm_bureau_in_a_note_is_its_provinces_body():
    # https://newton.com.tw/wiki/黑龍江省促進經濟穩增長的若干措施 (黑龙江, 2013): 省農墾總局 is the
    # province's state-farm bureau, a body of its own; the rules alone must find and place it.
    text = ("1.抓住國家加快鐵路建設機遇,今明兩年投資530億元。(省發改委、鐵路辦、哈爾濱鐵路局、相關市、縣政府負責)\n"
            "3.推進民航基礎設施建設,今明兩年投資30億元。開工建設哈爾濱機場擴建工程和建三江、五大連池、綏芬河機場。"
            "(哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責)\n")
    r = _rules(text, "2013-09-01")
    (dept,) = [m for m in r.entities if m.text == "省農墾總局"]
    assert (dept.label, text[dept.start:dept.end]) == ("DEPT", "省農墾總局")
    assert dept.attrs.get("canonical") == "黑龙江省农垦总局"
    found = [a for a in r.assignments if "民航" in a.task["text"]]
    assert found and found[0].lead == ["哈尔滨市人民政府", "黑河市人民政府", "绥芬河市人民政府", "黑龙江省农垦总局"]


def test_short_item_after_a_named_body_in_a_note_is_a_body():
    # https://newton.com.tw/wiki/黑龍江省促進經濟穩增長的若干措施 (黑龙江, 2013): 鐵路辦 shares the level
    # of 省發改委 before it; no full name is known, so it stands in its own words (no canonical guessed).
    text = ("黑龍江省促進經濟穩增長的若干措施\n"
            "1.抓住國家加快鐵路建設機遇,今明兩年投資530億元。續建哈齊客運專線、牡綏鐵路擴能改造、同江跨境鐵路大橋。"
            "(省發改委、鐵路辦、哈爾濱鐵路局、相關市、縣政府負責)\n")
    (a,) = _rules(text, "2013-09-01").assignments
    assert a.lead[:2] == ["黑龙江省发展和改革委员会", "铁路办"]
    assert not any("相關" in x or "相关" in x or "縣政府" in x for x in a.lead + a.support)
