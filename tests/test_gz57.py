"""Round 23 probe gz57: complete notices of Guangzhou's districts (南沙, 越秀, 增城): the bodies of
development and free trade zones, and the scope article of their rules.

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie

NANSHA = "http://www.gzns.gov.cn/zwgk/zdjc/content/post_8788860.html"  # 穗南府办规〔2023〕1号


def _extract(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return ex


def _depts(ex):
    return [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]


_NANSHA_TEXT = ("穗南府办规〔2023〕1号\n\n广州市南沙区人民政府办公室关于印发规范广州市南沙区重大行政决策程序意见的通知\n\n"
                "  各镇(街),开发区(区)各部门、各直属机构:\n\n"
                "  《关于规范广州市南沙区重大行政决策程序的意见》已经党工委、管委会、区委、区政府同意,现印发给你们,"
                "请认真贯彻执行。执行过程中遇到的问题,请径向区司法局反映。\n\n"
                "  广州市南沙区人民政府办公室\n\n  2023年1月20日\n\n"
                "  第二条 广州市南沙区人民政府(以下简称“区政府”)作出和调整重大行政决策的程序,适用本意见。\n\n"
                "  广州南沙开发区(自贸区南沙片区)管理委员会(以下简称“管委会”)作出和调整重大行政决策的程序,参照本意见执行。")


def test_a_zone_committee_with_its_second_name_in_brackets_is_one_body():
    # NANSHA, 第二条: the zone's second name stands inside its committee's name; no place is marked inside.
    ex = _extract(_NANSHA_TEXT, "2023-01-20")
    depts = _depts(ex)
    assert ("广州南沙开发区(自贸区南沙片区)管理委员会", None) in depts
    assert not [e for e in ex.entities if e.label == "LOC" and e.text in ("广州南沙开发区", "南沙片区")]


def test_the_short_name_defined_for_a_zone_committee_is_marked_before_and_after_its_definition():
    # NANSHA: the cover letter names 管委会 before the rules define it (已经党工委、管委会、区委、区政府同意).
    ex = _extract(_NANSHA_TEXT, "2023-01-20")
    starts = [e.start for e in ex.entities if e.label == "DEPT" and e.text == "管委会"]
    assert _NANSHA_TEXT.index("管委会、区委") in starts
    assert _NANSHA_TEXT.index("管委会”)作出") in starts


def test_the_scope_article_of_a_rule_assigns_no_task():
    # NANSHA, 第二条: "…作出和调整重大行政决策的程序,适用本意见" says what the rule covers.
    ex = _extract(_NANSHA_TEXT, "2023-01-20")
    assert not [a for a in ex.assignments if "适用本意见" in a.task["text"] or "参照本意见执行" in a.task["text"]]


def test_an_article_number_stays_outside_a_zone_committee():
    # NANSHA, 第二条, the zone's first name alone (the clean text joins 第二条 to the name).
    text = "第二条 广州南沙开发区管理委员会(以下简称“管委会”)作出和调整重大行政决策的程序,参照本意见执行。"
    assert ("广州南沙开发区管理委员会", None) in _depts(_extract(text, "2023-01-20"))


def test_a_free_trade_zones_committee_keeps_its_province_and_its_ziyou():
    # 中国(X)自由贸易试验区 names: the bracketed province and 自由 (no coverb 由) are part of the zone's name,
    # as in the Nansha rules' 自贸区南沙片区 (NANSHA) spelled out.
    text = "请径向中国(四川)自由贸易试验区管理委员会反映。"
    assert [d for d, _ in _depts(_extract(text, "2023-01-20"))] == ["中国(四川)自由贸易试验区管理委员会"]


def test_district_notices_keep_their_bodies_and_record():
    # http://www.yuexiu.gov.cn/zwgk/zfwj/content/post_7946462.html (越府办〔2021〕16号)
    text = ("越府办〔2021〕16号\n\n各街道办事处,区政府各部门、各直属机构:\n\n"
            "  《越秀区城市轨道交通运营突发事件应急预案》业经区政府同意,现印发给你们,请遵照执行。"
            "实施过程中遇到的问题,请径向区商务局(区交通运输局)反映。\n\n广州市越秀区人民政府办公室\n\n2021年11月23日")
    ex = _extract(text, None)
    depts = _depts(ex)
    assert ("区商务局", "广州市越秀区商务局") in depts
    assert ("区政府", "广州市越秀区人民政府") in depts
    assert ex.meta["docno"] == "越府办〔2021〕16号" and ex.meta["doc_date"] == "2021-11-23"


def test_a_zones_party_working_committee_named_bare_beside_its_committee():
    # NANSHA: 已经党工委、管委会、区委、区政府同意 (the zone's two bodies, then the district's).
    assert ("党工委", None) in _depts(_extract(_NANSHA_TEXT, "2023-01-20"))
