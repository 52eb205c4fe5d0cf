"""Probe dept74p: prefecture-level bodies other than the government's bureaus (congress, CPPCC, party
committees, mass organizations, procuratorates) in city documents outside Guangdong and Sichuan.

政协 before 工作 is the institution's work, no one committee (as 人大工作); 政协 right after 市人大代表、 is
the 市's committee, null where the text names no one 市 (never the province's); a congress whose term
number the page lost (市届人民代表大会) is the congress itself.
"""

import govie


def _depts(text, **kw):
    r = govie.extract(text, model=None, **kw)
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_cppcc_work_is_no_committee():
    # http://epaper.cn3x.com.cn/sxrb/content/202502/12/c307360.html (三峡日报 2025-02-12, 宜昌)
    text = "新的一年,要加强学习把握新要求,认真贯彻落实中央和省委、市委对政协工作的要求,始终与党委政府同心同向、同力同行。"
    found = _depts(text, reference_date="2025-02-12", jurisdiction="宜昌市")
    assert not any(t == "政协" for t, *_ in found)
    s = text.index("市委对")
    assert ("市委", s, s + 2, "中共宜昌市委员会") in found
    # the committee itself, before another noun, stays a body
    more = "积极参与政协各项活动,主动宣传宜昌。"
    s = more.index("政协")
    assert ("政协", s, s + 2, "中国人民政治协商会议宜昌市委员会") in _depts(more, reference_date="2025-02-12",
                                                                      jurisdiction="宜昌市")


def test_cppcc_after_city_deputies_is_the_citys_never_the_provinces():
    # http://www.hxfzzx.com/2024/0426/315656.html (福建法治报 2024-04-26, 福州 and 南平)
    text = ("4月24日,福州市检察院开展“法治守护半边天,携手建功新时代”检察开放日活动。部分市人大代表、政协委员,"
            "市妇联、市民政局相关部门负责人员,以及部分妇女权益保护志愿者受邀参加了该活动。")
    found = _depts(text, reference_date="2024-04-26", jurisdiction="福建省")
    s = text.index("政协委员")
    hit = [f for f in found if f[1] == s]
    assert hit and hit[0][:3] == ("政协", s, s + 2)
    assert hit[0][3] is None  # not 中国人民政治协商会议福建省委员会
    # in a city's own text it is that city's committee
    own = _depts("部分市人大代表、政协委员受邀参加了该活动。", reference_date="2024-04-26", jurisdiction="福州市")
    assert ("政协", 8, 10, "中国人民政治协商会议福州市委员会") in own


def test_congress_whose_term_number_was_lost():
    # http://ordosrd.gov.cn/gg/202205/t20220507_3209416.html (鄂尔多斯市人大常委会 2022-05-07)
    text = ("鄂尔多斯市届人民代表大会常务委员会第会议对《鄂尔多斯市黄河河道管理条例(草案)》进行了初次审议。"
            "现将该条例草案全文公布,征求广大人民群众和社会各界的修改意见和建议。")
    found = _depts(text, reference_date="2022-05-07")
    assert ("鄂尔多斯市届人民代表大会常务委员会", 0, 17, "鄂尔多斯市人民代表大会常务委员会") in found
    assert text[0:17] == "鄂尔多斯市届人民代表大会常务委员会"


def test_model_spans_for_cppcc_work_and_parties_committees_dropped():
    # http://epaper.cn3x.com.cn/sxrb/content/202502/12/c307360.html (三峡日报 2025-02-12, 宜昌)
    from govie.taggers.entities import drop_model_kinds
    from govie.types import Mention

    text = "王均成对各民主党派市委会、市工商联工作取得的成绩给予肯定,认真贯彻落实中央和省委、市委对政协工作的要求。"
    a = text.index("市委会")
    b = text.index("政协工作")
    c = text.index("市工商联")
    spans = [Mention("DEPT", a, a + 3, "model"), Mention("DEPT", b, b + 2, "model"), Mention("DEPT", c, c + 4, "model")]
    kept = drop_model_kinds(text, spans)
    assert [(text[m.start:m.end], m.start) for m in kept] == [("市工商联", c)]
    assert text[c:c + 4] == "市工商联"
