"""Probe act41: activities in provincial, city and district work reports of 2009-2015."""
import govie


def _acts(text: str, ref: str) -> list[tuple[str, str, str, list[str]]]:
    doc = govie.extract(text, reference_date=ref)
    out = []
    for a in doc.activities:
        a = a if isinstance(a, dict) else a.to_dict()
        assert text[a["trigger"]["start"] : a["trigger"]["end"]] == a["trigger"]["text"]
        out.append((a["trigger"]["text"], a["type"], a["mode"], a.get("agents") or []))
    return out


# http://61.150.65.235/zfxxgk/zfgzbg/1906985061579288578.html (2010 杨陵区 report)
YANGLING = (
    "2010年政府工作报告（全文）\n2010年2月24日在杨陵区第七届人民代表大会第四次会议上\n杨陵区区长 董胜利\n各位代表：\n"
    "现在，我代表区人民政府向大会作工作报告，请予审议，并请区政协委员和其他列席人员提出意见。\n一、过去一年工作回顾\n"
    "2009年，在示范区党工委、管委会和区委的领导下，区政府团结和依靠全区广大干部群众，较好地完成了区七届人大三次会议确定的各项目标任务。\n"
    "现代农业建设成效明显。新组建农民专业合作社58个，建成产地市场8处。"
    "以“一品官村”西甜瓜为试点，推行标准化生产，经济效益明显。\n"
)


def test_county_report_speaker_is_the_session_place_government():
    doc = govie.extract(YANGLING, reference_date="2010-02-24")
    assert doc.meta.get("issuer") == "咸阳市杨陵区人民政府"
    acts = _acts(YANGLING, "2010-02-24")
    built = [a for a in acts if a[0] == "建成"]
    assert built and built[0][3] == ["咸阳市杨陵区人民政府"]


def test_standardized_production_is_an_action_not_a_noun():
    acts = _acts(YANGLING, "2010-02-24")
    assert ("推行", "other", "done", ["咸阳市杨陵区人民政府"]) in acts


# http://fsou.com/html/text/lar/174075/17407578.html (静安区人民政府2010年工作要点)
JINGAN = (
    "静安区人民政府2010年工作要点\n"
    "2010年是上海世博会的举办之年，也是全面完成“十一五”规划、科学编制“十二五”规划的重要一年，机遇与挑战并存。\n"
)


def test_the_year_described_by_its_tasks_holds_no_action():
    words = [a[0] for a in _acts(JINGAN, "2010-03-13")]
    assert "完成" not in words and "编制" not in words


# https://www.ttfanwen.com/info_24/fw_3736448.html (2010 北京市 report)
BEIJING = (
    "各位代表：\n现在，我代表北京市人民政府，向大会报告政府工作，请予审议。\n一、过去一年工作回顾\n"
    "筹办新中国成立60周年庆祝活动，是继北京奥运会、残奥会之后，中央交给北京市的又一重大光荣任务。"
    "在中央国庆领导小组和市筹委会的领导下，充分运用奥运经验，健全组织指挥体系和运行调度机制，保证了各项工作协调推进、胜利完成。\n"
)


def test_all_the_work_completed_is_a_summary():
    assert "完成" not in [a[0] for a in _acts(BEIJING, "2010-01-25")]
