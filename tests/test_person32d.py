"""PERSON and TITLE kinds from the dev split's own misses (probe person32d, rules only): the named
addressees of a reply to a deputy's proposal or a member's motion (…委员：/…代表：), and the doc_type
of certificates and contracts cited in 《》 (证明, 合同). Real sentences, each with its dev document id."""
import govie


def _entities(text: str, label: str):
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e for e in r.entities if e.label == label]


def persons(text: str) -> list[str]:
    return [e.text for e in _entities(text, "PERSON")]


def doc_types(text: str) -> dict[str, str | None]:
    return {e.text: (e.attrs or {}).get("doc_type") for e in _entities(text, "TITLE")}


def test_reply_to_a_members_motion_names_the_member():
    # dev sc19-26 (国办函〔2006〕82号)
    text = ("国务院办公厅对全国政协十届四次会议\n第4626号提案的答复\n国办函〔2006〕82号\n王超斌委员：\n"
            "您提出的《关于设立总理热线电话的提案》收悉。")
    assert persons(text) == ["王超斌"]
    # dev sc19-30 (国办函〔2005〕69号): two members, one salutation
    text = ("国务院办公厅对全国政协十届三次会议\n第2741号提案的答复\n国办函〔2005〕69号\n邓乃扬、韩汝琦委员：\n"
            "你们提出的关于完善与发展政府网站推进政府公共服务水平的提案收悉。")
    assert persons(text) == ["邓乃扬", "韩汝琦"]


def test_reply_to_a_deputys_proposal_names_the_deputy():
    # dev sc19-28 (国办函〔2006〕70号): 石英 is a common word too, the salutation makes it a name
    text = ("国务院办公厅对十届全国人大\n四次会议第2996号建议的答复\n国办函〔2006〕70号\n石英代表：\n"
            "您提出的关于建设地方政府门户网站外文版的建议收悉，现答复如下：")
    assert persons(text) == ["石英"]


def test_addressing_all_deputies_names_no_one():
    # dev wr2026-anhui, sc-report-2025: the opening of a work report
    assert persons("各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。") == []
    assert persons("全体委员：\n请审议。") == []


def test_certificates_and_contracts_name_their_kind():
    # dev gz-3 (广州 2026 城乡居民医保 notice)
    text = "（六）出生180天内且持有《出生医学证明》的新生儿。"
    assert doc_types(text) == {"出生医学证明": "证明"}
    # dev gz-15 (房屋租赁登记备案 guide)
    text = "备案受理➱备案复核➱复核通过，生成《广州市房屋租赁合同备案证明》。"
    assert doc_types(text) == {"广州市房屋租赁合同备案证明": "证明"}
    text = "2其他房屋合法权属证明：（1）《商品房买卖合同》并提交《广州市预购商品房预告登记证明书》及《房屋交付使用通知书》"
    assert doc_types(text)["商品房买卖合同"] == "合同"
    # dev gz-13 (天河区人才公寓 notice)
    text = "就业类申请人同时提供与公司签订的《劳动合同》、在公司连续缴纳社会保险满3个月以上的记录"
    assert doc_types(text) == {"劳动合同": "合同"}
