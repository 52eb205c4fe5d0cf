"""Probe issuer1: a body a report names only as its approver is never the inferred issuer."""
import govie

# An unheaded excerpt of the 2024 漳州 government work report's review (realistic stretch, no opening):
# 国务院 appears only as the approver (获…批复), so it is neither the issuer nor any activity's agent.
ZHANGZHOU = (
    "一年来，我们坚持稳中求进工作总基调，全力拼经济、促发展。\n"
    "厦门都市圈发展规划获国务院批复，闽西南协同发展区建设扎实推进。\n"
    "（一）项目建设提速增效。新开工重大项目126个，建成投用漳州港古雷港区3个泊位。\n"
    "（二）营商环境持续优化。新增市场主体5.2万户。\n"
)

# The same stretch under the report's opening: the opening names the issuer, approval or not.
ZHANGZHOU_OPENED = (
    "2024年漳州市政府工作报告\n"
    "——2024年1月在漳州市第十八届人民代表大会第四次会议上\n"
    "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n" + ZHANGZHOU
)

# The head of a State Council reply: 国务院 grants and issues, so it stays the issuer.
REPLY = (
    "国务院批复同意《厦门都市圈发展规划》\n"
    "国函〔2024〕1号\n"
    "福建省人民政府：\n"
    "你省关于报请审批《厦门都市圈发展规划》的请示收悉。现批复如下：\n"
    "一、原则同意《厦门都市圈发展规划》，请认真组织实施。\n"
)


def _agents(doc) -> set[str]:
    out = set()
    for a in doc.activities:
        a = a if isinstance(a, dict) else a.to_dict()
        out.update(a.get("agents") or [])
    return out


def test_approver_after_huo_is_not_the_issuer():
    for model in (None, govie.BUNDLED_MODEL):
        doc = govie.extract(ZHANGZHOU, reference_date="2024-01-20", model=model)
        assert doc.meta.get("issuer") is None
        assert not any("国务院" in agent or agent.startswith("福建省") for agent in _agents(doc))


def test_approver_after_you_or_bei_is_not_the_issuer():
    # 由…批复同意 (the grantor) and 被…命名 (the naming body) in an unheaded review stretch
    for line in ("漳州港口岸扩大开放由福建省人民政府批复同意，古雷港区获批国家级石化基地。",
                 "漳州市被国务院命名为国家历史文化名城。"):
        text = "过去一年，我们主要做了以下工作：\n" + line + "\n（一）项目建设扎实推进。新开工重大项目126个。\n"
        assert govie.extract(text, reference_date="2024-01-20", model=None).meta.get("issuer") is None


def test_report_opening_keeps_its_government():
    doc = govie.extract(ZHANGZHOU_OPENED, reference_date="2024-01-20", model=None)
    assert doc.meta.get("issuer") == "漳州市人民政府"


def test_state_council_reply_keeps_state_council():
    doc = govie.extract(REPLY, reference_date="2024-01-10", model=None)
    assert doc.meta.get("issuer") == "中华人民共和国国务院"
