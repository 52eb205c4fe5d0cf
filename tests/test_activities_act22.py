"""Activities in State Council work reports: probe round 12 (act22). Sentences from
/work/shared/data/state-council-work-reports/government_work_reports.jsonl (row by year) and dev gold."""

import govie

from .activity_frames import frames as _frames, none, one

_OPENING = "各位代表：\n\n　　现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n"
_STATE_COUNCIL = "中华人民共和国国务院"


def _review(year, body):
    return _OPENING + f"一、{year - 1}年工作回顾\n\n　　" + body + "\n"


# --- the speaker's formula names the State Council, not the congress addressed ---

def test_speaker_by_decision_of_state_council_1959():
    # year=1959, the opening: the congress addressed was taken for the issuer (agents 全国人民代表大会).
    text = "各位代表：\n\n我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。\n\n" \
           "　　由于第一个五年计划的完成，我们不仅大大加强了原有的工业部门，而且开始建立了过去没有过的许多工业部门。\n"
    result = govie.extract(text, model=None, reference_date="1959-04-18")
    assert result.meta["issuer"] == _STATE_COUNCIL
    assert one(_frames(text, "1959-04-18"), "建立")["agents"] == [_STATE_COUNCIL]


def test_speaker_with_topic_before_congress_1981():
    # year=1981, the opening: 代表国务院，就…，向大会作以下报告 (a topic between the body and 向).
    text = "各位代表：\n\n　　从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。\n\n" \
           "　　现在，我代表国务院，就当前的经济形势，今后经济建设的方针，以及我国经济发展的前景，" \
           "向大会作以下报告，请予审议。\n\n（一）当前的经济形势\n\n" \
           "　　辽阳、天津、四川三大化纤厂，已基本建成投产。\n"
    result = govie.extract(text, model=None, reference_date="1981-11-30")
    assert result.meta["issuer"] == _STATE_COUNCIL
    assert one(_frames(text, "1981-11-30"), "建成投产")["agents"] == [_STATE_COUNCIL]


# --- a plan or policy reported under way ---

def test_plan_under_way_1999():
    # year=1999 review.
    text = _review(1999, "城镇住房制度改革、城镇职工医疗保险制度改革的方案正在实施。大多数城市建立了居民最低生活保障制度。")
    found = one(_frames(text, "1999-03-05"), "实施")
    assert (found["mode"], found["type"]) == ("done", "other")


def test_policy_begun_2007():
    # year=2007 review.
    text = _review(2007, "继续实施区域发展总体战略。西部大开发扎实推进，促进中部地区崛起的政策开始实施，东部地区率先发展取得新成绩。")
    assert one(_frames(text, "2007-03-05"), "实施")["mode"] == "done"


def test_a_noun_with_de_stays_out():
    # dev sc-report-1983 shape kept: 新宪法的颁布，标志着… is a noun, not under way.
    text = _review(1983, "特别是新宪法的颁布，标志着我国社会主义民主和法制建设进入了新的发展阶段。")
    none(_frames(text, "1983-06-06"), "颁布")


# --- 部署 laid out as a whole work ---

def test_whole_deployment_2007():
    # year=2007 review; 2024 全面部署推进新型工业化 and dev sc-report-2006 全面部署了… are the same shape.
    text = _review(2007, "（四）积极推进改革开放。全面部署农村综合改革。集体林权制度改革稳步进行。")
    found = one(_frames(text, "2007-03-05"), "部署")
    assert (found["mode"], found["type"], found["agents"]) == ("done", "other", [_STATE_COUNCIL])


def test_bare_deployment_stays_out():
    # dev sc-report-2023 gold leaves 部署稳住经济大盘工作 out.
    text = _review(2023, "出台实施稳经济一揽子政策和接续措施，部署稳住经济大盘工作，加强对地方落实政策的督导服务。")
    none(_frames(text, "2023-03-05"), "部署")


def test_deployment_at_a_meeting_is_the_meetings():
    # year=1999, plan part: what the meeting laid out stays in the meeting's frame.
    text = _review(1999, "不久前，国务院专门召开了全国性会议，部署加强工程质量管理的工作。")
    found = _frames(text, "1999-03-05")
    assert one(found, "召开")["type"] == "meeting"
    none(found, "部署")


# --- 提出: a proposal reported ---

def test_proposal_of_a_requirement_1986():
    # year=1986 review.
    text = _review(1986, "在制定“六五”计划的时候，我们曾经提出，要切实改变长期以来在“左”的思想指导下形成的高积累、"
                         "高速度、低效率和人民生活水平提高很慢的状况。")
    found = one(_frames(text, "1986-03-25"), "提出")
    assert (found["mode"], found["type"]) == ("done", "other")


def test_proposal_of_a_task():
    # dev sc-report-2021 gold 明确提出“六保”任务 (other, done).
    text = _review(2021, "面对历史罕见的冲击，我们在“六稳”工作基础上，明确提出“六保”任务，特别是保就业保民生保市场主体。")
    assert one(_frames(text, "2021-03-05"), "提出")["type"] == "other"


# --- a figure the government sets ---

def test_standard_raised_to_a_figure_2013():
    # year=2013 review.
    text = _review(2013, "深入实施区域发展总体战略，制定实施新十年农村扶贫开发纲要，将扶贫标准提高到2300元（2010年不变价），"
                         "加强集中连片特殊困难地区扶贫攻坚。")
    found = one(_frames(text, "2013-03-05"), "提高")
    assert (found["mode"], found["type"]) == ("done", "other")


def test_figure_reached_is_an_outcome_2013():
    # year=2013 review: no 将/把/拟, an outcome.
    text = _review(2013, "积极稳妥推进城镇化，五年转移农村人口8463万人，城镇化率由45.9%提高到52.6%，城乡结构发生了历史性变化。")
    none(_frames(text, "2013-03-05"), "提高")


def test_planned_increase_to_a_sum():
    # dev sc-report-2014 gold 中央预算内投资拟增加到4576亿元 (planned).
    text = _OPENING + "一、2013年工作回顾\n\n　　过去一年，我们做了以下工作。\n\n二、2014年工作总体部署\n\n" \
        "　　再推出一批民间投资示范项目，优化投资结构。中央预算内投资拟增加到4576亿元，重点投向保障性安居工程。\n"
    assert one(_frames(text, "2014-03-05"), "增加")["mode"] == "planned"


# --- the government's report to a standing committee ---

def test_report_to_standing_committee_is_a_meeting():
    # dev sc-report-1980 gold 报告 (meeting, done).
    text = _OPENING.replace("作政府工作报告", "提出关于国民经济计划安排的报告") + \
        "　　关于1980年国民经济计划的安排，国务院委托国家计委副主任李人俊同志，于今年4月8日向人大常委会第十四次会议作了报告。\n"
    found = one(_frames(text, "1980-08-30"), "报告")
    assert (found["type"], found["mode"]) == ("meeting", "done")


def test_the_report_itself_is_no_activity():
    none(_frames(_OPENING + "一、2006年工作回顾\n\n　　一年来，我们取消了农业税。\n", "2007-03-05"), "报告")


# --- rates and staffing ---

def test_policy_rate_cut_2024():
    # year=2024 review.
    text = _review(2024, "货币政策精准有力，两次降低存款准备金率、两次下调政策利率，科技创新、先进制造、普惠小微、绿色发展等贷款大幅增长。")
    assert one(_frames(text, "2024-03-05"), "降低")["mode"] == "done"


def test_staffing_quota_is_a_noun_1999():
    # year=1999 review.
    text = _review(1999, "国务院组成部门从40个减少到29个，部门内设机构精简1／4，移交给企业、社会中介机构和地方的职能200多项，"
                         "人员编制总数减少一半，机关建设和工作作风出现了新的气象。")
    none(_frames(text, "1999-03-05"), "编制")
