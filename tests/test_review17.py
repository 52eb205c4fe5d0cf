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


def test_another_bodys_list_of_duties_ends_the_first_ones():
    text = ("关于明确部门职责的通知\n各有关单位：\n一、部门职责\n市财政局的主要职责是：\n（一）负责预算管理。\n"
            "（二）负责国库管理。\n市税务局职责：\n（一）负责税收征管。\n（二）负责发票管理。\n")
    tasks = {a.task["text"][:4]: a.lead for a in govie.extract(text, model=None).assignments}
    assert tasks.get("预算管理") == ["市财政局"]
    assert "市财政局" not in (tasks.get("税收征管") or []) and "市财政局" not in (tasks.get("发票管理") or [])


def test_a_notes_partner_label_heads_no_item():
    text = ("关于印发工作方案的通知\n各有关单位：\n（三）加强预算管理。严格执行预算。\n配合单位：市财政局\n"
            "（四）健全考核机制，负责对各区进行考核。\n")
    assert all(a.lead != ["市财政局"] for a in govie.extract(text, model=None).assignments)


def test_a_reported_payment_by_a_body_stays_an_activity():
    text = "区总工会开展送温暖活动\n2024-01-20\n1月18日，由区总工会向困难职工发放慰问金50万元。"
    assert "发放" in [a.trigger["text"] for a in govie.extract(text, model=None).activities]


def test_two_parties_are_no_group_and_branch():
    # 上汽集团乘用车福建分公司 is one firm (probe org32); joined by 和 or 向 they are two.
    assert [t for t, _ in _ents("上汽集团和福建分公司签订协议。", "ORG")] == ["上汽集团", "福建分公司"]


def test_a_state_grid_prefix_at_the_texts_end_gives_no_span_before_it():
    text = "故城县供电公司成立大会后国网"
    ex = govie.extract(text, model=None)
    assert all(0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text for e in ex.entities)
