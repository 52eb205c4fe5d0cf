"""fix27b: a dispatch's dateline is no division, a law or the Party as a clause's subject is no act of the
government, a body named after 转发 in a forwarding notice's title is no issuer."""
import pytest

import govie


def _acts(text, word):
    r = govie.extract(text, model=None)
    out = [a for a in r.activities if a.trigger["text"] == word]
    for a in out:
        assert text[a.trigger["start"] : a.trigger["end"]] == a.trigger["text"]
    return r, out


# 1. A 新华社 dateline names where the dispatch was filed: never the document's division.
@pytest.mark.parametrize("text", [
    "部署稳就业工作\n新华社北京3月5日电 李强5日主持召开常务会议，部署稳就业工作。",
    "新华社北京3月5日电 5日召开的常务会议部署稳就业工作。",
    "新华社北京8月12日电 记者从国家发展改革委获悉，我国将开展消费品以旧换新专项行动。",
    "部署推进城市更新工作\n新华社上海6月5日电 李强5日主持召开常务会议，部署推进城市更新工作。",
])
def test_dateline_place_is_no_division(text):
    r = govie.extract(text, model=None)
    div = r.meta["division"]
    assert div is None or div["code"] not in ("110000", "310000")
    assert r.meta["jurisdiction"] not in ("北京市", "上海市")
    for a in r.activities:
        assert not any("北京市" in g or "上海市" in g for g in a.agents)


def test_state_council_meeting_news_keeps_its_council():
    text = ("国务院常务会议部署稳就业工作\n新华社北京3月5日电 国务院总理李强5日主持召开国务院常务会议，部署稳就业工作。")
    r, held = _acts(text, "召开")
    assert r.meta["division"]["code"] == "100000"
    assert len(held) == 1 and held[0].agents == ["中华人民共和国国务院"]


# 2. A law, a constitution or the Party as the subject of a report's clause acts for itself.
_REPORT = (
    "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n"
    "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n一、2023年工作回顾\n"
    "过去一年，我们深入贯彻落实党的二十大精神。宪法确立了中国共产党的领导地位，我们坚持依法行政。"
    "民法典颁布实施，这部法律确立了平等保护的原则。党的十八大以来，我们党确立了以人民为中心的发展思想。"
    "外商投资法确立了准入前国民待遇加负面清单管理制度。我们制定了优化营商环境条例，确立了公平竞争审查制度。"
)


def test_law_and_party_subjects_are_no_government_acts():
    r, est = _acts(_REPORT, "确立")
    assert r.meta["issuer"] == "中华人民共和国国务院"
    starts = {a.trigger["start"] for a in est}
    for subject in ("宪法确立", "这部法律确立", "我们党确立", "外商投资法确立"):
        assert _REPORT.index(subject) + len(subject) - 2 not in starts
    # the government's own 确立 (我们制定了…，确立了…) stays
    own = _REPORT.index("，确立了公平") + 1
    assert own in starts
    assert [a.agents for a in est if a.trigger["start"] == own] == [["中华人民共和国国务院"]]


def test_law_subject_in_a_rule_of_law_report():
    text = ("国务院关于2023年度法治政府建设情况的报告\n过去一年，国务院坚持依法行政。宪法确立了国家的根本制度和根本任务。"
            "行政处罚法确立了过罚相当原则。我们党确立了全面依法治国的基本方略。国务院确立了一批重点改革任务。")
    r, est = _acts(text, "确立")
    assert [text[a.trigger["start"] - 3 : a.trigger["end"]] for a in est] == ["国务院确立"]


# 3. A notice forwarding a national body's notice: the forwarded body is no issuer and no agent.
@pytest.mark.parametrize("title,inner,body", [
    ("关于转发国家统计局通知的通知", "《国家统计局关于开展统计执法检查的通知》", "国家统计局"),
    ("关于转发财政部通知的通知", "《财政部关于做好2024年地方政府债券发行工作的通知》", "财政部"),
    ("县人民政府办公室关于转发国家统计局通知的通知", "《国家统计局关于开展第五次全国经济普查的通知》", "国家统计局"),
    ("关于转发省农业农村厅通知的通知", "《安徽省农业农村厅关于做好春耕生产工作的通知》", "农业农村厅"),
])
def test_forwarded_body_is_no_issuer(title, inner, body):
    text = f"{title}\n各乡镇人民政府，县直各部门：\n现将{inner}转发给你们，请认真贯彻执行。"
    r, fwd = _acts(text, "转发")
    assert r.meta["issuer"] is None or body not in r.meta["issuer"]
    assert len(fwd) == 1 and not any(body in g for g in fwd[0].agents)
    if title.startswith("县人民政府办公室"):
        assert fwd[0].agents == ["县人民政府办公室"]
        assert r.meta["division"] is None  # a bare county office: no national document for naming 国家统计局


def test_forwarding_county_office_keeps_its_issuer():
    text = ("关于转发《国家统计局关于开展统计执法检查的通知》的通知\n各乡镇人民政府：\n"
            "现将《国家统计局关于开展统计执法检查的通知》转发给你们，请认真贯彻执行。\n武乡县人民政府办公室\n2023年3月1日")
    r, fwd = _acts(text, "转发")
    assert r.meta["issuer"] == "武乡县人民政府办公室" and r.meta["division"]["code"] == "140429"
    assert fwd[0].agents == ["武乡县人民政府办公室"]
