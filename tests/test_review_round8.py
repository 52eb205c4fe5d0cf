"""Guards for bugs found by reviewing round 8's rules (each failed before its fix)."""

from __future__ import annotations

import govie


def _depts(text: str, **kw) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, **kw).entities if e.label == "DEPT"]


def test_a_contact_name_at_the_end_of_the_text():
    # The field's last name ran to the text's end: an IndexError in the offset map.
    for text, name in (("联系人：王五", "王五"), ("联系人：张三、李", "张三")):
        r = govie.extract(text)
        persons = [e for e in r.entities if e.label == "PERSON"]
        assert [e.text for e in persons] == [name]
        assert all(text[e.start:e.end] == e.text for e in r.entities)


def test_a_level_inside_a_word_before_party_and_government_names_no_division():
    # 社区/开发区 end in 区: 社区党委、政府 is no district's government, let alone the city's own.
    for text in ("社区党委、政府要加强领导。", "开发区党委、政府高度重视。"):
        assert not any(c == "广州市人民政府" for _, c in _depts(text, jurisdiction="广州市"))


def test_a_bare_government_after_another_levels_committee_stays_null():
    # 自治区党委、政府 in a city's text: the region's government, unknown here, never the city's.
    depts = _depts("在自治区党委、政府的坚强领导下，全区经济平稳发展。", jurisdiction="广州市")
    assert ("政府", None) in depts
    depts = _depts("在自治区党委、政府的坚强领导下，全区经济平稳发展。", jurisdiction="宁夏回族自治区")
    assert ("政府", "宁夏回族自治区人民政府") in depts


def test_cadres_after_a_central_bureau_are_no_department_of_it():
    assert _depts("国家统计局带领干部深入基层。") == [("国家统计局", "国家统计局")]
    assert _depts("银监会统计部负责。") == [("银监会统计部", "中国银行业监督管理委员会")]


def test_every_prefectures_administrative_office_is_a_class():
    assert _depts("各地区行署要加强领导。", jurisdiction="阿里地区") == []
    # 地委 is the 地区's own party committee (probe dept19p: 阿里地区's rules of work, 阿行发〔2021〕42号).
    assert _depts("经地委、行署研究通过。", jurisdiction="阿里地区") == [("地委", "中共阿里地区委员会"),
                                                                  ("行署", "阿里地区行政公署")]
