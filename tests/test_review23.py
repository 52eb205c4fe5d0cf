"""Review 23 of round 27's merges: 下发 as a reported notice only (asg69n), the bilateral-park tagger
inside ordinary words (loc65w), the bare type of an unplaced district notice (dept71c)."""

import govie


def _frames(text):
    out = []
    for a in govie.extract(text, model=None).assignments:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]
        out.append((a.task["text"], a.lead, a.trigger["text"]))
    return out


def _ents(text, label, model=None):
    doc = govie.extract(text, model=model) if model is None else govie.extract(text)
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in doc.entities if e.label == label]


def test_funds_sent_down_by_a_body_in_a_notice_are_its_duty():
    # A municipal flood-control notice: sending down funds is the finance bureau's duty; only a notice
    # sent down (财政部、教育部今日下发通知) is news of a done step.
    text = ("各有关单位：\n为做好防汛工作，现将有关事项通知如下：\n"
            "一、市水务局下发防汛预警后，各区要立即启动应急响应。\n二、市财政局下发防汛资金，保障抢险需要。")
    frames = _frames(text)
    assert ("下发防汛资金，保障抢险需要", ["市财政局"], "下发") in frames
    news = ("教育厅、财政厅今日下发通知，要求各地做好学校安全经费保障。\n"
            "通知要求各地财政部门要有序规范组织资金调度。")
    assert all(lead not in (["教育厅"], ["财政厅"]) for _, lead, _ in _frames(news))


def test_bilateral_park_needs_the_pair_as_a_word():
    # 中老年 is a word (the elderly), no China-Laos pair; a real pair still reads.
    text = "规划建设中老年康养产业园，推进中老磨憨—磨丁经济合作区和中泰产业园建设。"
    locs = [t for t, *_ in _ents(text, "LOC")]
    assert not any(t.startswith("中老年") for t in locs)
    assert "中泰产业园" in locs


def test_bilateral_tail_stops_at_a_line_s_parks():
    # the parks along the China-Russia eastern pipeline are a class, no named park
    text = "推进中俄东线天然气管道沿线产业园建设，支持中俄（黑河）产业园发展。"
    locs = _ents(text, "LOC")
    assert not any(t.endswith("沿线产业园") for t, *_ in locs)
    s = text.index("中俄（黑河）产业园")
    assert ("中俄（黑河）产业园", s, s + 9) in [(t, a, b) for t, a, b, _ in locs]


def test_county_class_in_national_news_keeps_the_central_body():
    # 县委、县政府 as a class of every county in central news: the bare 国资委 and 统计局 stay central,
    # never Beijing's bodies by the dateline.
    text = "新华社北京电 国资委近日召开会议。会议要求，县委、县政府要支持国有企业改革，国资委将加强指导监督。"
    depts = _ents(text, "DEPT")
    assert [c for t, _, _, c in depts if t == "国资委"] == ["国务院国有资产监督管理委员会"] * 2
    text = "人民网北京3月5日电 记者从国家统计局获悉，区委、区政府要高度重视普查工作。统计局表示，将继续做好普查工作。"
    depts = _ents(text, "DEPT")
    s = text.index("统计局表示")
    assert ("统计局", s, s + 3, "国家统计局") in depts


def test_unplaced_county_notice_still_owns_its_bare_type():
    # a county's notice that never names its county: its government's meeting and consent make the
    # bare 统计局 the county's (null), as 宝山区's 区政府第38次常务会议 did
    text = ("各乡镇人民政府，县政府各部门：\n经县政府同意，现将《2024年统计工作要点》印发给你们。"
            "经2024年3月5日县政府第12次常务会议研究，由统计局负责数据质量核查。")
    depts = _ents(text, "DEPT")
    s = text.index("统计局负责")
    assert ("统计局", s, s + 3, None) in depts
