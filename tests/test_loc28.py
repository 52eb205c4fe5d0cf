"""Probe loc28: a county's short name in its own documents (rules only)."""
import govie


def _spans(text, label="LOC", jurisdiction=None):
    r = govie.extract(text, model=None, reference_date="2023-01-01", jurisdiction=jurisdiction)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# https://hyyz888.com/sm/2020-03/27/content_30241736.htm (清流县 news, 2020)
_QINGLIU = ("近年来,清流县始终贯彻落实习近平总书记关于县级融媒体中心建设的重要指示精神,扎实抓好县融媒体中心建设。"
            "以全媒体时代群众喜闻乐见的方式,讲述好清流故事,传播好清流声音,展示好清流形象,让正能量更加强劲。")


def test_own_short_name_that_is_a_word_with_a_cue():
    # 清流 is an ordinary word too (一股清流): the county named in full and a noun it qualifies make it the place.
    assert _spans(_QINGLIU).count("清流") == 3


def test_own_short_name_that_is_a_word_needs_a_cue():
    # The own division licenses 清流, but as 一股清流 it is the ordinary word (no place's cue around it).
    assert "清流" not in _spans("这是基层治理中的一股清流。", jurisdiction="清流县")


def test_own_division_licenses_the_bare_short_name():
    # http://www.jmdrubber.com/Article/details?infoid=2619 (云霄县 news): the county is never named in full.
    s = "積極促進“云商”返鄉創業,推動更多大項目、好項目落戶云霄,踢好重點招商項目“臨門一腳”。"
    assert _spans(s, jurisdiction="云霄县") == ["云霄"]
    assert _spans(s) == []  # without the licence, a bare short name alone is no place


def test_county_page_visiting_another_province_keeps_its_division():
    # http://www.jmdrubber.com/Article/details?infoid=2619 (云霄县 news): 广东 is where the county recruits.
    s = ("2月23—24日,縣長張明東率隊趕赴廣東深圳、東莞等珠三角地區招商。推動更多大項目、好項目落戶云霄。"
         "縣長張明東一行先后前往深圳市暢想智能技術有限公司,進企業看項目、真誠推介云霄、協商解決具體問題。"
         "所到之處,張明東同志都充滿激情地介紹我縣發展思路,真誠邀請客商到我縣考察投資。"
         "希望其繼續當好“紅娘”,宣傳推介云霄,引更多、更好的項目到云霄。")
    r = govie.extract(s, model=None, reference_date="2023-01-01")
    assert r.meta["division"]["name"] == "云霄县"
    assert [e.text for e in r.entities if e.label == "LOC"].count("云霄") == 4


def test_autonomous_county_by_short_name_and_level():
    # http://tzb.km.gov.cn/c/2019-09-11/3179123.shtml (寻甸回族彝族自治县, written 寻甸县)
    s = ("当前,寻甸县正处于立足新起点、开启新征程、实现新跨越的关键时期。努力把寻甸打造成为民族团结进步示范区。"
         "台湾工商企业经营发展协会企业家们对寻甸现代特色农业、旅游业、投资政策等相关工作给予较高评价。")
    assert _spans(s).count("寻甸") == 2


def test_quoted_slogans_and_word_compounds_are_no_place():
    # http://www.pe3l.com/news/show.php?itemid=12334 (南涧县 news, traditional script)
    s = "年初以來,南澗縣積極“走出去”,此舉是答好“大理之問”,推動“南澗之變”,解決招商之困的又一新招。與南澗簽約的臺州商會。"
    locs = _spans(s)
    assert locs.count("南澗") == 1 and "南澗縣" in locs
    # https://edutainingadventures.com/bxn/3745.html (遂宁市安居区 2022 report): 安居 is a word too; a slogan
    # in quotes and 安逸安居 name no place, 安居经济 does.
    s = ("2022年1月19日在遂宁市安居区第五届人民代表大会第二次会议上。为建设湖光山色中的安逸安居奠定了坚实基础。"
         "这一年,我们埋头苦干、对标竞进,展现了经济发展“安居速度”\n竞进中的安居经济发展稳中有进。")
    assert _spans(s) == ["安居"]


def test_short_name_in_brackets_inside_a_name_is_no_place():
    # http://weixiaozhuxue.com/qhsz/p/976100.html (齐河县 news, the host's report of a visit): the park's name
    # holds its county in brackets; the county's own voice (我县) licenses 齐河 elsewhere.
    s = ("考察团一行先后到盖世集团(齐河)物流产业园、山东梦之旅房车有限公司、晏城街道李官社区等地实地参观考察,"
         "并召开座谈会详细了解我县经济社会发展情况。")
    locs = _spans(s, jurisdiction="齐河县")
    assert "齐河" not in locs and "晏城街道李官社区" in locs
