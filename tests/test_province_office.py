"""A province's or a municipality's general office is always its 办公厅: the colloquial 省政府办公室
names that body, never an 人民政府办公室 no province has (a wrong body is worse than null)."""

import pytest

import govie


@pytest.mark.parametrize("head, mention, canonical", [
    # 鄂政發〔2018〕26號's title (chaincenturyfinance.com/tzgg/2421.html) over the colloquial office.
    ("湖北省人民政府关于进一步优化营商环境的若干意见\n", "省政府办公室", "湖北省人民政府办公厅"),
    ("内蒙古自治区人民政府关于进一步优化营商环境的若干意见\n", "自治区政府办公室", "内蒙古自治区人民政府办公厅"),
    ("北京市人民政府关于进一步优化营商环境的若干意见\n", "市政府办公室", "北京市人民政府办公厅"),
])
def test_province_office_is_its_general_office(head, mention, canonical):
    text = head + f"（牵头单位：{mention}）"
    got = [(e.text, e.canonical) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert (mention, canonical) in got


def test_city_and_county_office_stay_as_written():
    # A city's or county's office is its 办公室 where the document writes so (most cities).
    for head, mention, canonical in [("鹤岗市人民政府关于进一步优化营商环境的若干意见\n", "市政府办公室", "鹤岗市人民政府办公室"),
                                     ("绥中县人民政府关于进一步优化营商环境的若干意见\n", "县政府办公室", "绥中县人民政府办公室")]:
        got = [(e.text, e.canonical) for e in govie.extract(head + f"（牵头单位：{mention}）", model=None).entities
               if e.label == "DEPT"]
        assert (mention, canonical) in got
