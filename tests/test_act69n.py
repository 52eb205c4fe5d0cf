"""Probe act69n: activities in national documents and national news about them (NPC proposals handed to ministries,
press briefings, assessments). Real sentences from the probe texts (addresses in comments): deputies and members
act as people, a class of bodies names none, the handing on of a proposal is the act, an assessment carried out
is an inspection."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "date", "agents")


def test_proposal_handed_on_is_the_act_not_the_task_after_it():
    # https://www.scspc.gov.cn/html/dbgz_18/2009/0611/46681.html (四川人大 2009-06-11)
    text = "会后,全国人大常委会办公厅将此件建议交由国家发展和改革委员会办理。"
    acts = _acts(text, "2009-06-11")
    assert [a[:2] for a in acts] == [("交由", "other")]
    assert "国家发展和改革委员会" not in acts[0][3]  # the receiver, not an agent
    # https://sankehs.com/gongchenganli/3085.html (全国人大常委会代表工作委员会 典型案例, 2025-02-20)
    text = "这些建议交由文化和旅游部研究办理。"
    assert [a[0] for a in _acts(text, "2025-02-20")] == ["交由"]


def test_deputies_and_members_act_as_people():
    # https://www.scspc.gov.cn/html/dbgz_18/2009/0611/46681.html (四川人大 2009-06-11)
    text = ("在今年3月召开的十一届全国人大二次会议上,我省全国人大代表以四川代表团的名义提出了“关于进一步支持四川统筹城乡"
            "综合配套改革” 的建议。")
    assert [a for a in _acts(text, "2009-06-11") if a[0] == "提出"] == []
    text = "目前,我省全国人大代表正对答复(征求意见稿)进行研究,提出回复意见。"
    assert _acts(text, "2009-06-11") == []
    # https://sankehs.com/gongchenganli/3085.html (2025-02-20)
    text = "十四届全国人大二次会议上,多名代表提出涉及新能源汽车和自动驾驶技术发展的建议。"
    assert [a for a in _acts(text, "2025-02-20") if a[0] == "提出"] == []


def test_a_body_named_after_the_deputies_still_acts():
    # https://sankehs.com/gongchenganli/3085.html (2025-02-20): the ministry acts on the deputies' proposal
    text = "文化和旅游部高度重视,上门走访代表听取意见,组织座谈会深入交流,积极推进办理落实,取得积极成效。"
    acts = _acts(text, "2025-02-20")
    assert ("走访", "research", None, ["文化和旅游部"]) in acts


def test_class_of_bodies_opening_the_clause_names_no_agent():
    # http://www.scio.gov.cn/m/xwfbh/37380/Document/1657182/1657182.htm (一周发布盘点, 2019-06)
    text = ("6月14日下午,国新办举行新闻发布会,国家统计局新闻发言人付凌晖介绍2019年5月份国民经济运行情况。\n"
            "中央和国家机关有关部门共举行17场新闻发布会。")
    acts = _acts(text, "2019-06-14")
    assert acts[0] == ("举行", "event", "2019-06-14", ["国务院新闻办公室"])
    assert acts[-1][0] == "举行" and acts[-1][3] == []
    # https://sankehs.com/gongchenganli/3085.html (2025-02-20): the bodies handling the proposals, as a class
    text = "这些代表建议交由工业和信息化部、交通运输部、公安部、国家能源局等部门办理,承办单位主动对接、深入调研。"
    assert all(a[3] == [] for a in _acts(text, "2025-02-20") if a[0] in ("对接", "调研"))


def test_assessment_carried_out_is_an_inspection():
    # http://sd-xs.com/bmpd/jmsjtysj/zwgk/jtxw/content/post_2549556.html (交通运输部 news, 2022; its lines joined)
    text = "中宣部对65个部门2021年度新闻发布工作进行了评估,交通运输部获评优秀。"
    assert [a[:2] + (a[3],) for a in _acts(text, "2022-01-15")] == [("评估", "inspection", ["中共中央宣传部"])]


def test_assessment_as_a_noun_is_none():
    # dev wr2026-liaoningm (2026 辽宁 report): assessments as the subject of 完成, no 评估 activity
    text = "化工企业老旧装置摸底评估、矿山安全风险评估全部完成。"
    assert [a for a in _acts(text, "2026-01-20") if a[0] == "评估"] == []
    # dev sc19-48 (国办 2004): one step of a review, only 审查 is marked
    text = "水利部和中国国际工程咨询公司已分别进行了审查和评估。"
    assert [a for a in _acts(text, "2004-03-02") if a[0] == "评估"] == []
