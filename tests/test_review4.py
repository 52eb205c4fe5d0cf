"""Review of round 21's later merges (review4): wrong links, over-firing and a lost issuer in the new rules."""

import govie
from tests.mentions import depts, spans


def _dates(text, ref):
    ex = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs.get("value")) for e in ex.entities if e.label == "DATE"]


def test_the_state_audit_office_after_the_cmcs_is_not_the_cmcs():
    # constructed (a joint audit of the CMC's and the state's offices; dept52n added 中央军委审计署): 审计署 is
    # the full name of the State Council's office, not a short repeat of 中央军委审计署
    text = "中央军委审计署、审计署联合开展专项审计。"
    assert depts(text, model=None, reference_date="2020-05-01") == [
        ("中央军委审计署", "中央军事委员会审计署"), ("审计署", "审计署")]
    # before the CMC's office existed the state's is still the state's, never null
    assert ("审计署", "审计署") in depts(text, model=None, reference_date="2010-05-01")


def test_a_portal_title_does_not_outrank_the_numbers_issuer():
    # constructed portal page (名称/文号 fields; full39c read the issuer off the 名称 first): the title's bare
    # 省人民政府 lost the province the number 川府发 names
    text = ("索引号：11510000/2011-00012\n名称：省人民政府关于表彰2010年度安全生产先进单位的通知\n"
            "文号：川府发〔2011〕7号\n发布日期：2011-03-02\n\n各市（州）人民政府，省政府各部门：\n"
            "2010年，各单位认真贯彻落实安全生产工作部署，取得显著成绩。为表彰先进，省政府决定对省安监局等10个先进单位进行表彰。\n")
    meta = govie.extract(text, model=None).meta
    assert meta["issuer"] == "四川省人民政府"
    assert meta["jurisdiction"] == "四川省"


def test_a_number_after_a_date_and_he_is_no_day():
    # constructed: 和/及 joins a day to a date (date35) only with the date's own mark, 日 or 号
    assert _dates("2024年3月5日和10号线同步开通运营。", "2024-03-01") == [("2024年3月5日", "2024-03-05")]
    assert _dates("协调2024年5月1日和3号楼业主搬迁。", "2024-03-01") == [("2024年5月1日", "2024-05-01")]
    assert _dates("2023年12月31日及1日游产品价格上涨。", "2024-03-01") == [("2023年12月31日", "2023-12-31")]
    # the probe's shape stays
    assert _dates("务必于2006年3月15日和30日前报送。", "2006-03-01")[1][1] == "2006-03-30"
    assert _dates("会议于2024年3月5号及6号举行。", "2024-03-01")[1] == ("6号", "2024-03-06")


def test_a_common_phrase_ending_inside_a_longer_word_leaves_the_place():
    # constructed: 满足日照 and 日照标准 (loc_common_phrases.txt) read across 日照港 and 标准化
    assert spans("要满足日照港发展需要。", "LOC", model=None) == ["日照港"]
    assert spans("日照标准化工作走在全省前列。", "LOC", model=None) == ["日照"]
    # the lexicon's own readings stay
    assert spans("保证日照、通风、消防和绿地率。", "LOC", model=None) == []
    assert spans("建筑间距应满足日照标准。", "LOC", model=None) == []


def test_many_two_character_central_shorts_stay_linear():
    # constructed: a central list of thousands of 台办、侨办 (dept52n made two-character shorts); each short was
    # checked against every other span (quadratic: about 20 s for this text, under 1 s now)
    import time
    from govie.taggers.dept import find_dept_spans
    text = "成员单位：" + "、台办、侨办" * 16000 + "。"
    t = time.process_time()
    found = find_dept_spans(text, central=True)
    assert time.process_time() - t < 5
    assert len(found) == 32000
