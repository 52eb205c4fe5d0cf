"""Guards from the round-17 review of the probes' rules: each input is written in the form of the
real sentences the rules were made on, to show where a rule had reached too far."""
import govie

from .mentions import dates


def _ents(text, label, **kw):
    ex = govie.extract(text, model=None, **kw)
    return [(e.text, e.attrs) for e in ex.entities if e.label == label]


def test_a_province_code_after_running_text_keeps_its_issuer():
    # 来苏委发 (a town's code, tests/test_town_record.py) is whole; 关于 and 废止 are words, not a prefix.
    for text in ("关于苏政发〔2020〕12号文件有关事项的说明", "废止苏政发〔2019〕3号文件。"):
        (docno,) = _ents(text, "DOCNO")
        assert docno[0].startswith("苏政发") and docno[1]["issuer"] == "江苏省人民政府"


def test_jiang_before_huitong_county_as_object_keeps_the_county():
    # 会同 is the joining verb only before a body (县发改委要会同县督查落实办, probe asg35).
    assert "会同县" in [t for t, _ in _ents("省政府将会同县列为全省改革试点县。", "LOC", jurisdiction="湖南省")]


def test_a_companys_brand_is_no_common_phrase():
    text = "乡村振兴投资有限公司成立。乡村振兴是全党的大事，要把乡村振兴摆在重要位置。"
    assert [t for t, _ in _ents(text, "ORG")] == ["乡村振兴投资有限公司"]


def test_a_stripped_signature_date_under_crlf_and_a_traditional_label():
    assert dates("某某县人民政府\r\n2023515\r\n") == [("2023515", "2023-05-15")]
    assert dates("發布日期:20235\n") == [("20235", "2023-05")]


def test_a_two_character_name_before_a_place_in_a_dismissal():
    assert [t for t, _ in _ents("决定免去李明杭州市人民政府副市长职务。", "PERSON")] == ["李明"]
