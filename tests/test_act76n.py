"""Probe act76n: activities in national news (State Council inspections, ministries' systems)."""
import govie


def _acts(text, ref):
    return [(a.trigger["text"], a.trigger["start"], a.type, a.mode) for a in govie.extract(text, reference_date=ref).activities]


def test_luoshi_inside_weirao_topic_keeps_main_verb():
    # 新华社 2020-10-14 "国务院第七次大督查拉开序幕" (slrbs.com/news/guonei/2020-10-14/1140570.html)
    s = "13日起，国务院第七次大督查的14个督查组陆续全部抵达相应省份，围绕做好“六稳”工作、落实“六保”任务开展实地督查。"
    acts = _acts(s, "2020-10-14")
    i = s.index("开展实地督查")
    assert ("开展", i, "inspection", "done") in acts
    assert s[i:i + 2] == "开展"


def test_queli_system_is_an_action():
    # 中国青年报 2008-12-31 (www.zhld.com/zkwb/html/2008-12/31/content_11379.htm)
    s = "国防部今年确立了新闻发布和新闻发言人制度。"
    acts = govie.extract(s, reference_date="2008-12-31").activities
    a = [x for x in acts if x.trigger["text"] == "确立"]
    assert a and a[0].trigger["start"] == s.index("确立") and a[0].type == "other" and a[0].mode == "done"
    assert a[0].agents == ["国防部"]
    assert not any(x.trigger["text"] == "发布" for x in acts)


def test_headline_run_into_dateline_leaves_the_lead_trigger():
    # sina.com.cn 2004-12-29 (news.sina.com.cn/c/2004-12-29/11434661069s.shtml)
    s = ("国家机关新闻发言人 名单联络方式公布 新华网北京12月28日电国务院新闻办公室28日首次对外公布了国家机关"
         "现有全部新闻发言人的名单和通讯联络方式。")
    acts = govie.extract(s, reference_date="2004-12-29").activities
    i = s.index("公布了")
    assert [(a.trigger["start"], a.agents) for a in acts] == [(i, ["国务院新闻办公室"])]
    assert s[acts[0].trigger["start"]:acts[0].trigger["end"]] == "公布"


def test_speaker_reports_a_body_action_done():
    # 中国青年报 2008-12-31 (www.zhld.com/zkwb/html/2008-12/31/content_11379.htm)
    s = "他特别指出，国防部今年确立了新闻发布和新闻发言人制度，引起国际舆论的高度关注和充分肯定。"
    acts = govie.extract(s, reference_date="2008-12-31").activities
    assert [(a.trigger["text"], a.trigger["start"], a.mode, a.agents) for a in acts] == \
        [("确立", s.index("确立"), "done", ["国防部"])]


def test_team_noun_does_not_hide_a_direction():
    # 新华社 2020-10-14 (slrbs.com/news/guonei/2020-10-14/1140570.html)
    s = "为切实减轻基层负担，各督查组坚持小范围对接、不组织大规模汇报会。"
    assert govie.extract(s, reference_date="2020-10-14").activities == []


def test_big_campaign_noun_and_attending_it_are_no_new_activity():
    # 新华社 2020-10-14 (slrbs.com/news/guonei/2020-10-14/1140570.html)
    s = "今年国务院大督查继续坚持“开门搞督查”，邀请部分全国人大代表、政协委员加入14个督查组参加实地督查。"
    assert govie.extract(s, reference_date="2020-10-14").activities == []
    # gwy.newdu.com 2018-08-27 (国务院派出31个督查组)
    s2 = "同时邀请了部分全国人大代表、全国政协委员、国务院参事以及专家学者参加督查。"
    assert govie.extract(s2, reference_date="2018-08-27").activities == []
    # the campaign started by its body is still one
    s3 = "8月22日，国务院派出31个督查组，分赴各省（区、市）及新疆生产建设兵团，对贯彻落实党中央、国务院重大决策部署情况开展实地督查。"
    acts = govie.extract(s3, reference_date="2018-08-27").activities
    assert [(a.trigger["text"], a.trigger["start"], a.type, a.date) for a in acts] == \
        [("开展", s3.index("开展"), "inspection", "2018-08-22")]


def test_faulted_clause_reports_no_action():
    # 中国青年报 2008-12-31 (www.zhld.com/zkwb/html/2008-12/31/content_11379.htm)
    s = "不过他也坦承，也有一些地方和部门发布信息并不够及时。"
    assert govie.extract(s, reference_date="2008-12-31").activities == []


def test_event_named_again_with_verb_and_no_object():
    # gwy.newdu.com 2018-08-27 (国务院派出31个督查组)
    s = "这次实地督查围绕中央经济工作会议部署和《政府工作报告》目标任务贯彻落实，重点聚焦五个方面开展：一是打好三大攻坚战。"
    assert govie.extract(s, reference_date="2018-08-27").activities == []


def test_event_named_again_as_a_time_keeps_the_later_verb():
    # State Council work report 1979 (corpora/state-council-work-reports, year 1979); review of the act76n merge:
    # 这次会议以后 dates the publication, it is no subject named again
    text = ("我代表国务院向大会报告工作。\n这次会议以后，这些改革办法经过在各地的试行和修订，将由国务院正式颁布。")
    acts = govie.extract(text, model=None, reference_date="1979-06-18").to_dict()["activities"]
    hit = [a for a in acts if a["trigger"]["text"] == "颁布"]
    assert hit and text[hit[0]["trigger"]["start"]:hit[0]["trigger"]["end"]] == "颁布"
