"""Older policy documents (1990-2001): 批转/转发 notices and their bodies (probe old46p)."""
import govie
from govie.document.portal import read_portal

from .mentions import depts


def _depts(text, **kw):
    return depts(text, model=None, **kw)


def _dates(text, **kw):
    r = govie.extract(text, model=None, **kw)
    return [(e.text, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


# http://www.gd.gov.cn/zwgk/gongbao/1996/8/content/post_3358126.html (粤府办[1996]21号)
D1 = ("关于做好制定东西两翼规划工作的通知\n\n粤府办[1996]21号\n\n\n各有关市人民政府,省府直属有关单位:\n\n"
      "  两翼规划的编制工作安排:3—4月为调查研究和资料整理阶段;5—6月为专业规划和各市规划编制阶段,6月底以前,"
      "各有关市、有关部门将各自的,规划交省计委;7—8月为总体规划编写阶段,8月底完成《广东省东西两翼经济社会发展规划(1996—2010)》的初稿。\n\n"
      "  这项工作由省计委抓总。\n\n\n广东省人民政府办公厅\n\n一九九六年三月六日\n")


def test_planning_commission_before_2000_is_jihua_weiyuanhui():
    depts = _depts(D1)
    assert ("省计委", "广东省计划委员会") in depts
    assert not any(t == "市人民政府" for t, _ in depts)  # 各有关市人民政府: a class


def test_planning_commission_after_2000_is_fazhan_jihua():
    # 皖政[2001]73号's forwarded opinion era: the commission was renamed in the 2000 reforms.
    assert ("省计委", "安徽省发展计划委员会") in _depts("省计委、财政厅要加强协调。", reference_date="2001-09-01",
                                                   jurisdiction="安徽省")


def test_schedule_stages_lie_ahead_in_a_notice():
    values = dict(_dates(D1))
    assert values["3—4月"] == "1996-03/1996-04"
    assert values["7—8月"] == "1996-07/1996-08"
    assert values["8月底"] == "1996-08"


# https://xiexiebang.com/a12/201905145/abe28a146605bd36.html (粤府[1994]86号)
D3 = ("广东省人民政府批转省体改委、农委\n关于深化我省农村经济体制\n改革的意见的通知\n(粤府[1994]86号)\n"
      "各市、县、自治县人民政府,省府直属有关单位:\n省人民政府同意省体改委、农委《关于深化我省农村经济体制改革的意见》,"
      "现批转给你们,请结合本地实际情况认真贯彻执行。\n广东省人民政府\n一九九四年七月二十一日\n"
      "关于深化我省农村经济体制改革的意见\n省人民政府:\n近年来,我省农村…。为进一步深化我省农村经济体制改革,现提出如下意见:\n")


def test_forwarding_government_is_the_issuer_of_a_pizhuan_notice():
    r = govie.extract(D3, model=None)
    assert r.meta["doc_issuers"] == ["广东省人民政府"]
    assert ("省体改委", "广东省经济体制改革委员会") in [(e.text, e.attrs.get("canonical")) for e in r.entities
                                                  if e.label == "DEPT"]
    acts = {a.trigger["text"]: a for a in r.activities}
    assert acts["批转"].agents == ["广东省人民政府"] and acts["批转"].date == "1994-07-21"
    assert acts["提出"].agents == ["广东省经济体制改革委员会"]


# https://xiexiebang.com/a12/201905146/0edc039aba5f4b5e.html (皖政[2001]73号)
D4 = ("【法规标题】安徽省人民政府批转省经贸委关于进一步加快我省中小企业改革发展若干政策意见的通知 【颁布单位】安徽省人民政府 "
      "【发文字号】皖政[2001]73号 【颁布时间】2001年09月01日 【生效时间】2001年09月01日 【全\n文】\n"
      "安徽省人民政府批转省经贸委关于进一步加快我省中小企业改革发展\n若干政策意见的通知\n各市、县人民政府,省政府各部门、各直属机构:\n"
      "现将省经贸委《关于进一步加快我省中小企业改革发展的若干政策意见》,批转给你们,请认真贯彻执行。\n"
      "安徽省人民政府 二00一年九月一日\n关于进一步加快我省中小企业改革发展的若干政策意见\n(省经贸委 二00一年八月七日)\n"
      "中小企业是国民经济的重要组成部分。为进一步发挥中小企业的作用,现就促进我省中小企业改革与发展提出如下意见:\n")


def test_year_written_with_digit_zeros():
    assert ("二00一年九月一日", "2001-09-01") in _dates(D4)
    assert ("2010年3月", "2010-03") in _dates("2010年3月")


def test_bracket_fields_on_one_line():
    fields = read_portal(D4).fields
    assert fields["docno"] == "皖政[2001]73号"
    r = govie.extract(D4, model=None)
    assert r.meta["docno"] == "皖政[2001]73号" and r.meta["doc_date"] == "2001-09-01"


def test_pizhuan_and_forwarded_dateline():
    r = govie.extract(D4, model=None)
    acts = {a.trigger["text"]: a for a in r.activities}
    assert acts["批转"].agents == ["安徽省人民政府"] and acts["批转"].date == "2001-09-01"
    assert acts["提出"].agents == ["安徽省经济贸易委员会"] and acts["提出"].date == "2001-08-07"
