"""A bare-level alias of one city's body (市医疗保险经办机构 of 广州市医疗保险服务中心) names no city by
itself: without a division in the text it links to nothing and makes no division; with the city named
it is that city's body."""
import govie

# policy-documents/guangzhou.jsonl doc_33 (广州市长期护理保险试行办法), its responsibilities article
SENTENCE = "市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。"


def _dept(result, text):
    return next(e for e in result.entities if e.label == "DEPT" and e.text == text)


def test_bare_alias_without_a_named_city_is_null():
    r = govie.extract(SENTENCE, model=None)
    ent = _dept(r, "市医疗保险经办机构")
    assert SENTENCE[ent.start:ent.end] == ent.text
    assert ent.canonical is None
    assert r.meta["division"] is None


def test_bare_alias_with_the_city_named_links():
    text = "广州市人民政府办公厅关于印发广州市长期护理保险试行办法的通知\n" + SENTENCE
    r = govie.extract(text, model=None)
    assert _dept(r, "市医疗保险经办机构").canonical == "广州市医疗保险服务中心"
    assert r.meta["division"]["code"] == "440100"


def test_bare_alias_in_another_city_is_not_guangzhous():
    text = "郑州市人民政府关于印发郑州市长期护理保险制度试点实施方案的通知\n" + SENTENCE
    r = govie.extract(text, model=None)
    assert _dept(r, "市医疗保险经办机构").canonical != "广州市医疗保险服务中心"
