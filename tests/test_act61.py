"""Probe act61: the type of 开展/实施 + a named campaign in work reports (guide "Activities": an event or campaign is
event). Real sentences of dev work reports, each under the report's opening; addresses are dev file ids."""
import govie

OPEN = ("政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：\n"
        "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n")


def _types(sentence, trigger):
    r = govie.extract(OPEN + sentence, model=None, reference_date="2026-01-27")
    return [a.type for a in r.activities if a.trigger["text"] == trigger]


def test_a_campaign_named_by_its_slogan_alone_is_an_event():
    # dev wr2026-guizhoum (gold event); like 坚持开展“扫黄打非”。 (dev sc-report-2006)
    s = ("深入实施安全生产治本攻坚三年行动，常态化开展“打非治违”，矿山、交通、消防等重点行业领域本质安全水平加快提升，"
         "2024年、2025年实现矿山较大以上事故“零发生”。")
    assert _types(s, "开展") == ["event"]


def test_a_campaign_that_is_the_subject_of_kaizhan_is_an_event():
    # dev wr2026-anhuim (gold event): the 行动 is the subject, 开展 has no object
    s = "依法行政能力提升行动深入开展，省市县“府院”“府检”联动机制覆盖率100%，行政机关负责人出庭应诉率保持100%。"
    assert _types(s, "开展") == ["event"]


def test_the_trade_in_subsidy_carried_out_stays_other_and_held_as_a_drive_is_an_event():
    # dev wr2026-shaanxi (gold other: 实施消费品以旧换新, a policy carried out)
    s = "积极促进消费。开展提振消费专项行动，继续实施消费品以旧换新，出台节假日促进消费政策，清理消费领域不合理限制措施。"
    assert _types(s, "实施") == ["other"]
    assert _types(s, "开展") == ["event"]
    # dev wr2026-shanghai (gold event: 开展消费品以旧换新)
    s = "实施提振消费专项行动，加力扩围开展消费品以旧换新，发放“乐·上海”服务消费券，优化离境退税环境。"
    assert _types(s, "开展") == ["event"]


def test_a_named_programme_carried_out_stays_other():
    # dev wr2026-shandong (gold other): a quoted 工程 is a programme, not a campaign
    s = "实施提振消费“五大工程”，推进以旧换新扩围提质，落实资金280多亿元。"
    assert _types(s, "实施") == ["other"]
