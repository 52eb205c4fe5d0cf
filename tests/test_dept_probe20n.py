"""Round 13 probe dept20n: national DEPT (old State Council and ministry texts).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# https://hbycxq.com/rules/3288.html: 第九届全国人民代表大会第一次会议关于国务院机构改革方案的决定 (1998-03-10)
REFORM_1998 = ("这次国务院机构改革的具体方案是: 一、拟不再保留的有15个部、委 1.中华人民共和国电力工业部 "
               "2.中华人民共和国煤炭工业部 3.中华人民共和国冶金工业部 4.中华人民共和国机械工业部 "
               "5.中华人民共和国电子工业部 6.中华人民共和国化学工业部 7.中华人民共和国国内贸易部 "
               "8.中华人民共和国邮电部 9.中华人民共和国劳动部 10.中华人民共和国广播电影电视部 "
               "11.中华人民共和国地质矿产部 12.中华人民共和国林业部 13.中华人民共和国国家体育运动委员会")


def test_official_full_name_keeps_the_state_prefix():
    depts = dict(_depts(REFORM_1998, "1998-03-10"))
    assert depts["中华人民共和国电力工业部"] == "电力工业部"
    assert depts["中华人民共和国国家体育运动委员会"] == "国家体育运动委员会"
    assert "电力工业部" not in depts and "煤炭工业部" not in depts


def test_body_named_on_the_day_its_end_was_decided_is_that_body():
    # Before: 邮电部 -> 信息产业部, 劳动部 -> 劳动和社会保障部, 林业部 -> 国家林业局 (the successors
    # set up by this very decision).
    depts = dict(_depts(REFORM_1998, "1998-03-10"))
    assert depts["中华人民共和国邮电部"] == "邮电部"
    assert depts["中华人民共和国劳动部"] == "劳动部"
    assert depts["中华人民共和国电子工业部"] == "电子工业部"
    assert depts["中华人民共和国地质矿产部"] == "地质矿产部"
    assert depts["中华人民共和国林业部"] == "林业部"
    # A day later the successor is still the link of a bare former name.
    assert dict(_depts("经林业部批准", "1998-06-01"))["林业部"] == "国家林业局"


def test_ministry_at_the_end_of_the_text_is_kept():
    # The same list cut after its second item: the last name closes the text ("" after it
    # was read as one of the characters that make 部 part of 部门/部署/部际).
    text = "1.中华人民共和国电力工业部 2.中华人民共和国煤炭工业部"
    assert [d for d, _ in _depts(text, "1998-03-10")] == ["中华人民共和国电力工业部", "中华人民共和国煤炭工业部"]
    # http://law991.infoeach.com/view-OTkxfDE5NjAz.html: the issuer line 民政部 on its own.
    assert _depts("民政部", "1981-01-01") == [("民政部", "民政部")]


def test_ministry_followed_by_department_word_still_dropped():
    # The guard the end-of-text fix keeps: 部门 / 部署 after 部 make no ministry.
    assert _depts("民政部门", "2020-01-01") == []
