"""Activities in State Council work reports: probe round 11 (act18), sentences from /work/r6/readable and dev."""

import re

import govie

from .activity_frames import frames as _frames, one as _one, none as _none


_OPENING = "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n"


def test_a_heading_naming_last_years_work_is_the_review():
    # sc-report-2002: the review sits under "首先报告２００１年的工作" (no ordinal, no 回顾); the next top
    # heading "一、扩大和培育内需…" starts the plan, and the review's actions take 2001.
    text = (_OPENING + "首先报告２００１年的工作\n\n"
            "　　新的“８６３计划”、科技攻关计划和重点基础研究计划开始实施。国家创新体系建设继续推进。"
            "一批国家高新技术产业化重大项目正式启动。\n\n"
            "一、扩大和培育内需，促进经济较快增长\n\n"
            "　　三是继续适当提高机关事业单位职工基本工资，并相应增加机关事业单位离退休人员离退休金。\n")
    frames = _frames(text, "2002-03-05")
    frame = _one(frames, "启动")
    assert frame["mode"] == "done" and frame["date"] == "2001"
    assert _one(frames, "提高")["mode"] == "planned"


_REVIEW_2000 = (_OPENING + "一、1999年国内工作回顾\n\n　　1999年，全国各族人民在中国共产党领导下，奋发图强，"
                "努力推进改革开放和现代化建设事业，各方面工作都取得了新的成绩。\n\n二、坚持实行扩大内需的方针\n\n")


def test_a_plan_sentence_opening_on_a_past_span_is_done():
    # sc-report-2000, inside its plan section: "两年来…发行", "已建成的主要有：…建成…" report what was done.
    text = (_REVIEW_2000 + "　　从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和"
            "自筹资金，用于增加基础设施投资，共建设5100多个项目。已建成的主要有：加固大江大河大湖堤防近6100公里；"
            "建成仓容250亿公斤的国家粮食储备库。\n\n　　今年继续实行积极财政政策的主要内容，包括以下几个方面。\n"
            "一是\n发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设。\n")
    frames = _frames(text, "2000-03-05")
    modes = [f["mode"] for f in frames if f["trigger"] == "发行"]
    assert modes == ["done", "planned"], frames
    assert _one(frames, "建成")["mode"] == "done"


def test_raising_pay_and_pensions_is_a_measure():
    # sc-report-2000 review (also 2002 增加了企业离退休人员基本养老金, 2003, 2005, 2007, 2011, 2016 提高…养老金标准)
    text = (_REVIEW_2000.split("二、")[0] + "　　从去年7月1日起，国家较大幅度增加了城镇中低收入者的收入。包括"
            "增加机关事业单位在职职工工资和离退休人员的离退休费；提高国有企业离退休人员养老金标准；"
            "提高部分优抚对象抚恤标准等。\n")
    frames = _frames(text, "2000-03-05")
    assert [f["trigger"] for f in frames if f["trigger"] in ("增加", "提高")] == ["增加", "提高", "提高"], frames


def test_an_intended_or_forbidden_raise_is_no_action():
    # dev sc-report-2003: 原定…增加 was postponed; sc-report-1985: 不许…增加工资 forbids it.
    text = (_REVIEW_2000 + "　　原定去年下半年增加机关事业单位职工工资及离退休人员离退休金，考虑到要优先解决城镇低收入者的"
            "生活困难问题，这一措施推迟到今年出台。各地区、各部门都要严格执行国家规定的控制指标，"
            "不许动用地方财力额外增加工资。\n")
    frames = _frames(text, "2000-03-05")
    _none(frames, "增加")


def test_a_right_to_host_is_a_noun():
    # sc-report-2002 北京赢得了２００８年奥运会举办权 (dev sc-report-2003 上海赢得2010年世界博览会举办权)
    text = (_OPENING + "一、2001年工作回顾\n\n　　北京赢得了２００８年奥运会举办权。我国成功举办亚太经合组织第九次"
            "领导人非正式会议等重要国际会议。\n")
    frames = _frames(text, "2002-03-05")
    assert [f["trigger"] for f in frames if f["trigger"] == "举办"] == ["举办"], frames


def test_a_share_of_the_budget_fulfilled_is_a_result():
    # sc-report-1956 (nine times: 收入完成预算的９６．９８％, 完成预算数的９２．４９％…), dayao.gov.cn budget
    # bulletin (http://dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm) 完成预算数…的41.9%
    text = ("各位代表：\n\n　　现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于１９５５年国家决算"
            "和１９５６年国家预算的报告，请予审查。\n\n一、１９５５年国家决算\n\n"
            "　　同原来的预算相比，１９５５年本年收入完成预算的９６．９８％，比预算数２８，０４９，７８０，０００元少"
            "８４６，４６１，０００元。本年各类收入的情况如下：（一）各项税收共收到１２，７４５，３９０，０００元，"
            "完成预算数的９２．４９％。\n")
    _none(_frames(text, "1956-06-15"), "完成")


# news.china.com/domesticgd/10000159/20190903/36968020.html (新华社 2019-09-03, 国务院第六次大督查)
_NEWS_2019 = ("新华社北京9月3日电 为推动党中央、国务院重大决策部署落地生效,国务院决定开展第六次大督查。"
              "按照统一安排,从9月2日起,16个国务院督查组分赴16个省(区、市)进行实地督查。\n")


def test_the_nth_campaign_is_a_name():
    # 国务院第六次大督查重点就…开展督促检查 (news above), 国务院第五次大督查发现的 (dev sc19-56),
    # 做好第七次全国人口普查 (sc-report-2021): the ordinal names a campaign; the verb before or after acts
    text = _NEWS_2019 + ("国务院第六次大督查重点就减税降费、稳定和扩大就业、深化“放管服”改革优化营商环境、推进创新驱动发展、"
                         "合理扩大有效投资等五个方面工作情况开展督促检查。\n")
    found = govie.extract(text, model=None, reference_date="2019-09-03").activities
    # No trigger inside a campaign's name (第六次大督查). Since act32 "国务院决定开展第六次大督查" is the State
    # Council's reported launch (决定 after a body is no rule's), and 进行实地督查 a step of that inspection.
    names = [m.start() for m in re.finditer("第六次大督查", text)]
    assert not [a for a in found if any(n <= a.trigger["start"] < n + 6 for n in names)], found
    launch = [a for a in found if a.trigger["text"] == "开展" and a.trigger["start"] < len(_NEWS_2019)]
    assert len(launch) == 1 and launch[0].type == "inspection" and launch[0].agents == ["中华人民共和国国务院"]
    assert len([a for a in found if a.trigger["text"] == "开展" and a.trigger["start"] > len(_NEWS_2019)]) == 1


def test_a_prohibition_outside_a_report_is_no_action():
    # the same news: 即:不得召开30人以上的地方工作情况汇报会和座谈会 (a rule for the inspectors, guide: requirements)
    text = _NEWS_2019 + ("督查期间,对国务院督查组和有关地方提出“八不得”的总体工作要求,即:不得召开30人以上的地方工作情况"
                         "汇报会和座谈会;不得随意要求地方填表格、报材料。\n")
    _none(_frames(text, "2019-09-03"), "召开")


def test_a_past_year_after_a_coming_time_or_modal_stays_planned():
    # review16: a plan sentence whose past year is the source or ground of the step (sc-report-2007 今年拟从去年
    # 超收收入中安排…, sc-report-2002 要在去年取得阶段性成果的基础上，…开展下去) is planned, not looked back on.
    text = (_REVIEW_2000 + "　　今年拟从去年超收收入中安排500亿元设立中央预算稳定调节基金。"
            "要在去年取得阶段性成果的基础上，以更大的决心和更有力的措施，把这项工作深入持久地开展下去。\n")
    frames = _frames(text, "2000-03-05")
    assert _one(frames, "安排")["mode"] == "planned"
    assert _one(frames, "开展")["mode"] == "planned"
