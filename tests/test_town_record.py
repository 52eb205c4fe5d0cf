"""A town's joint notice: its number and its two issuers (the 来苏镇 page of probe dept32t)."""
import govie

from .test_dept32t import LAISU, LAISU_GOV, LAISU_PARTY


def test_a_towns_code_is_whole_though_it_ends_in_a_provinces():
    # 来苏委发: 来苏镇's Party committee; 苏委发 alone would read as Jiangsu's.
    ex = govie.extract(LAISU, model=None, reference_date="2021-03-11")
    docnos = [(e.text, e.attrs.get("issuer")) for e in ex.entities if e.label == "DOCNO"]
    assert docnos and all(t == "来苏委发〔2021〕68号" for t, _ in docnos), docnos
    assert all(i is None or "江苏" not in i for _, i in docnos)


def test_joint_issuers_stacked_a_line_each_are_two_bodies():
    meta = govie.extract(LAISU, model=None, reference_date="2021-03-11").meta
    assert meta["doc_issuers"] == [LAISU_PARTY, LAISU_GOV]
