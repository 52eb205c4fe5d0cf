"""County-level cities since made districts of their city (former_divisions.tsv): their bodies in
older texts are named as written, never linked to the city's bureau or another county's."""
import govie


def _depts(text, ref):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date=ref).entities
            if e.label == "DEPT"]


def test_a_former_city_bureau_is_named_as_written():
    # 吴江市 (苏州) became 吴江区 in 2012; a 2010 notice's issuer was linked to 苏州市财政局.
    # Names as the city's notices wrote them before 2012.
    depts = _depts("江苏省苏州市吴江市财政局关于做好2010年农业补贴工作的通知\n各镇财政所：", "2010-05-01")
    assert depts[0] == ("江苏省苏州市吴江市财政局", "吴江市财政局")
    assert not any(c and c.startswith("苏州市") for _, c in depts)


def test_a_former_city_government_is_a_body():
    # 国函〔2011〕49号 (corpora/state-council-policy-titles) approved 山东省蓬莱市 as a historic city;
    # 蓬莱市 became 蓬莱区 of 烟台 in 2020. Its government, the addressee, was no body before.
    text = "国务院关于同意将山东省蓬莱市列为国家历史文化名城的批复\n蓬莱市人民政府："
    assert ("蓬莱市人民政府", "蓬莱市人民政府") in _depts(text, "2011-05-01")


def test_citizens_after_a_former_city_name_are_no_body():
    # 市民 is a word: 通州市民中心 (北京通州) is no former 通州市's (南通) centre; 吴江市民政局 is a bureau.
    assert _depts("通州市民中心建成投用。", "2010-05-01") == []
    assert ("吴江市民政局", "吴江市民政局") in _depts("吴江市民政局负责。", "2010-05-01")
