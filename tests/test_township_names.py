"""A township body after its county's name is one span however long its name and body word."""

import pytest

import govie


@pytest.mark.parametrize("name, canonical", [
    # Official names of subdistrict offices whose own name ends in 街 (西城区 lists 西长安街街道 and
    # 牛街街道 among its fifteen; zh.wikipedia 西城区, 行政区划).
    ("北京市西城区西长安街街道办事处", "北京市西城区人民政府西长安街街道办事处"),
    ("北京市西城区牛街街道办事处", "北京市西城区人民政府牛街街道办事处"),
    # A name that is also a place's short form (白杨市, 新疆): the office's name on its 2023 report
    # (probe dept39c, round 18).
    ("杭州市钱塘区白杨街道办事处", "杭州市钱塘区人民政府白杨街道办事处"),
])
def test_township_office_after_county_is_whole(name, canonical):
    text = f"{name}召开会议。"
    depts = [(e.text, e.start, e.canonical) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert depts == [(name, 0, canonical)]
