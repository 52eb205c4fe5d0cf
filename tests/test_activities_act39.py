"""Probe act39: activities in national annual reviews (news of the State Council, reports' openings)."""
from govie.text.normalize import normalize

from tests.activity_frames import frames, none, one


def test_a_dateline_is_never_the_tail_of_the_deck_line_before_it():
    # https://cn.govopendata.com/renminribao/1989/12/28/1/ (人民日报 1989-12-28): a long deck line without a
    # full stop was joined to the dateline paragraph as a wrapped line, and its 明年 made the meeting planned
    deck = ("治理整顿、深化改革已经取得初步成效,平息北京发生的反革命暴乱完全正确;不管国际风云如何变幻,我们都要坚持社会主义方向,"
            "坚持改革开放;明年工作总的要求是加强治理整顿、进一步深化改革,使国民经济逐步走上持续、稳定、协调发展的道路,"
            "国民经济要有一个适当的增长速度")
    text = ("国务院全会通报国内外形势\n李鹏总理在会上作重要讲话\n" + deck + "\n"
            "新华社北京12月27日电 (记者孙本尧)国务院今天举行第七次全体会议。会议由国务院总理李鹏主持。"
            "国家统计局长张塞通报了1989年国内经济发展情况,外交部长钱其琛通报了当前的国际形势,李鹏总理作了重要讲话。\n"
            "李鹏在讲话中回顾了一年来治理整顿、深化改革工作取得的成效和当前存在的问题,分析了国际形势和我们的对\n")
    assert "速度\n新华社" in normalize(text).text
    act = one(frames(text, "1989-12-28"), "举行")
    assert (act["type"], act["mode"]) == ("meeting", "done")


def test_a_commentary_naming_the_report_in_its_body_keeps_its_body():
    # http://mkcnfr.com/c/2016-02-29/714099_2.shtml (2016-02-29): a headline citing 政府工作报告 made the text a
    # report, and its last paragraph naming the report again made the whole text the report's head
    text = ("從政府工作報告量化指標基本實現看持續健康發展新信號\n信號三:以“釘釘子”精神促發展政策落地生效\n"
            "過去一年,國內經濟下行壓力不斷加大,如期兌現承諾任務艱巨。\n"
            "國務院去年年中派出督查組赴各地各部門開展實地督查,對發現的問題,既依法依規追責問責,又列出清單,"
            "明確時限、落實責任、逐項整改、一抓到底。\n"
            "與此同時,各部門勇於創新,著力用改革的辦法解決發展中的難題,守土有責、守土盡責——\n"
            "2015年政府工作報告量化指標任務基本完成,標誌著我國站在了更高的發展水平上。\n")
    found = frames(text, "2016-02-29")
    act = one(found, "開展")
    assert (act["type"], act["mode"], act["agents"]) == ("inspection", "done", ["中华人民共和国国务院"])
    none(found, "派出")  # the team is sent to do the inspection: one activity, on 開展


def test_a_team_sent_to_inspect_is_anchored_on_the_inspection():
    # http://mkcnfr.com/c/2016-02-29/714099_2.shtml (国务院督查, 2015), the sentence alone
    found = frames("国务院去年年中派出督查组赴各地各部门开展实地督查。\n", "2016-02-29")
    assert one(found, "开展")["type"] == "inspection"
    none(found, "派出")


def test_drafting_before_a_plan_reports_opening_formula_is_done():
    # https://www.newton.com.tw/wiki/1991年國務院政府工作報告 (国家计委 邹家华, 1991-03-26): the sentences of the
    # opening line before 我受国务院委托，向大会报告 report the government's drafting (guide: drafting is other)
    text = ("關於1990年國民經濟和社會發展計畫執行情況與1991年計畫草案的報告\n"
            "——1991年3月26日在第七屆全國人民代表大會第四次會議上\n國務委員兼國家計畫委員會主任鄒家華\n各位代表:\n"
            "國務院根據中共中央《建議》精神,在制定國民經濟和社會發展十年規劃和“八五”計畫綱要草案的同時,"
            "進一步研究和擬訂了一九九一年計畫草案。現在,我受國務院委託,向大會報告一九九○年國民經濟和社會發展計畫的"
            "執行情況與一九九一年計畫的安排意見,請予審議。\n")
    found = frames(text, "1991-03-26")
    for trigger in ("制定", "擬訂"):
        act = one(found, trigger)
        assert (act["type"], act["mode"], act["agents"]) == ("other", "done", ["中华人民共和国国务院"])
    none(found, "報告")  # the opening formula itself stays the head's


def test_a_lead_after_a_dateline_and_byline_names_its_body_and_the_datelines_day():
    # https://cn.govopendata.com/renminribao/1989/12/28/1/ (人民日报 1989-12-28): the reporter's byline is no
    # actor, and 今天 is the dateline's day (27th), not the paper's
    text = "新华社北京12月27日电 (记者孙本尧)国务院今天举行第七次全体会议。会议由国务院总理李鹏主持。\n"
    act = one(frames(text, "1989-12-28"), "举行")
    assert (act["agents"], act["date"]) == (["中华人民共和国国务院"], "1989-12-27")
