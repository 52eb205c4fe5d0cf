"""Probe act46: activities in national texts other than work reports (ministry news, State Council
meetings, ministry reviews and plans). Real sentences from the probe texts, each with its address."""
import govie
from govie.text.report import is_report


def _acts(text, ref):
    r = govie.extract(text, model=None, reference_date=ref, jurisdiction="国家")
    return [(a.trigger["text"], a.type, a.mode, a.agents) for a in r.activities]


PLENARY = ("李克强主持国务院全体会议讨论政府工作报告\n2014-02-26\n"
           "国务院总理李克强1月23日主持召开国务院第二次全体会议，讨论即将提请十二届全国人大二次会议审议的政府工作报告，"
           "决定将《政府工作报告（征求意见稿）》发往各省（区、市）和中央有关单位征求意见。")


def test_headline_discussing_the_report_is_news_not_the_report():
    # https://m.fx361.cc/news/2014/0226/2910178.html
    assert not is_report(PLENARY)
    acts = _acts(PLENARY, "2014-02-26")
    assert acts and acts[0][1] == "meeting" and acts[0][3] == ["中华人民共和国国务院"]
    # the report's own title line still makes a report
    assert is_report("2026年安徽省政府工作报告\n各位代表：现在，我代表省人民政府向大会报告工作。")


def test_mission_and_partner_between_jiang_and_the_verb_mark_a_plan():
    # http://taiwan.cn/xwzx/PoliticsNews/201005/t20100517_1372859.htm
    text = ("姚坚说，中国商务部部长陈德铭还将在25日和前来参加中美战略和经济对话的美国贸易代表柯克举行会谈。"
            "另据姚坚介绍，5月下旬，中国商务部部长助理王超将率团赴美参加“中美新能源汽车峰会”。")
    modes = [(t, m) for t, _, m, _ in _acts(text, "2010-05-17")]
    assert modes == [("举行", "planned"), ("参加", "planned")]


def test_clause_joined_by_bing_goes_on_with_the_announced_action():
    # http://taiwan.cn/xwzx/PoliticsNews/201005/t20100517_1372859.htm
    text = "访问期间，中国商务部部长助理王超将会见当地政界和商界人士，并举行系列贸易投资促进活动。"
    acts = _acts(text, "2010-05-17")
    assert ("举行", "event", "planned", ["商务部"]) in acts
    # a done action joined by 并 stays done (taiwan.cn: 姚坚 …)
    done = _acts("17日，中国商务部举行月度例行发布会，并发布了最新数据。", "2010-05-17")
    assert all(m == "done" for _, _, m, _ in done)


def test_page_field_line_under_the_title_names_no_issuer():
    # http://sdb.yrcc.gov.cn/report/67 (水利部2020年政府信息公开工作年度报告)
    text = ("水利部2020年政府信息公开工作年度报告\n时间：2021-1-26 来源：水利部\n一、总体情况\n"
            "围绕水旱灾害防御等社会关注的水利热点，全年举办10场新闻发布活动，次数为近年来最多。")
    r = govie.extract(text, model=None, reference_date="2021-01-26", jurisdiction="国家")
    assert r.meta["issuer"] != "时间：2021-1-26来源：水利部"
    assert all("来源" not in g for a in r.activities for g in a.agents)


def test_seminar_class_is_training():
    # https://www2.nynu.edu.cn/xzbm/fzhghch/info/1003/1210.htm (教育部2017年工作要点)
    text = "教育部2017年工作要点\n有计划、分层次举办学习习近平总书记系列重要讲话精神研讨班，对高校领导班子和院系负责同志进行全面培训。"
    assert ("举办", "training") in [(t, ty) for t, ty, _, _ in _acts(text, "2017-01-01")]


def test_the_gap_after_a_future_jiang_is_read_by_splits():
    # What stands between 将 and its verb: time, place and partner phrases (陈德铭还将在25日和…柯克举行会谈,
    # taiwan.cn 2010-05-17), not an object. A long run of 于 and 在 ending in a stop is read at once; the
    # repeated regex it replaces backtracked exponentially on it.
    from govie.activities import _future_adverbs
    assert _future_adverbs("在25日和美国贸易代表柯克", "举行会谈")
    assert not _future_adverbs("省重点项目", "纳入")
    # a partner only before a verb done with the partner: 将同类事项纳入 has its object after 将 (review)
    assert not _future_adverbs("同类事项", "纳入") and not _future_adverbs("与民生密切相关的事项", "纳入")
    # …or closed by 一起 (国办将与国家标准委、国务院信息办等单位一起，组织制定…: dev sc19-30)
    assert _future_adverbs("与国家标准委、国务院信息办等单位一起，组织", "制定")
    assert not _future_adverbs("于在" * 60 + "。")
    assert _future_adverbs("于在" * 60)
