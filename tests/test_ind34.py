"""Probe ind34: METRIC indicator, kind and period in provincial work reports of 2009-2025 and their
news digests (review of the past year, targets of the plan). Each text is real, its page in a comment."""

import govie


def _metrics(text: str, reference_date: str) -> list[dict]:
    r = govie.extract(text, reference_date=reference_date).to_dict()
    return [e for e in r["entities"] if e["label"] == "METRIC"]


def _one(text: str, span: str, reference_date: str, nth: int = 0) -> dict:
    return [e for e in _metrics(text, reference_date) if e["text"] == span][nth]


# https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm (湖北 2025 report digest, 长江日报)
HUBEI_2025 = (
    "政府工作报告摘要与导读\n长江日报 2025年01月17日\n■ 2024年成绩单\n●预计全省地区生产总值增长6%左右\n"
    "●光电子信息、汽车制造、大健康3大产业迈入万亿级规模\n●粮食总产达到557亿斤\n"
    "■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●城镇调查失业率5.5%左右，城镇新增就业70万人以上\n"
    "●居民消费价格涨幅2%左右\n"
)


def test_digest_bullets_are_body_not_masthead():
    # short bulleted lines are the digest's body: the scorecard heading opens the review of 2024,
    # the targets heading the plan of 2025
    grain = _one(HUBEI_2025, "557亿斤", "2025-01-17")
    assert (grain["kind"], grain["period"]) == ("actual", "2024")
    jobs = _one(HUBEI_2025, "70万人", "2025-01-17")
    assert (jobs["kind"], jobs["period"]) == ("target", "2025")


def test_a_bullet_line_is_not_the_tail_of_the_line_before():
    assert _one(HUBEI_2025, "557亿斤", "2025-01-17")["indicator"] == "粮食总产"
    assert _one(HUBEI_2025, "2%", "2025-01-17")["indicator"] == "居民消费价格"


# http://news.cctv.com/china/20090115/106781.shtml (四川 2009 report, news)
SICHUAN_2009 = (
    "今天上午的大会听取了四川省省长蒋巨峰作的政府工作报告。\n"
    "2009年四川省经济社会发展的主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%。"
    "地方财政一般预算收入增长10%;城镇新增就业62万人,城镇登记失业率控制在4.5%以内,城镇居民人均可支配收入增长10%,"
    "农民人均纯收入增长8%以上;居民消费价格上涨幅度控制在5%左右,人口自然增长率控制在千分之四点五以内。"
)


def test_a_task_listed_among_targets_is_no_plan_fulfilled():
    # 完成 after "主要预期目标:" is one of the targets: the whole paragraph stays the plan's
    for span in ("62万人", "8%"):
        m = _one(SICHUAN_2009, span, "2009-01-15")
        assert (m["kind"], m["period"]) == ("target", "2009"), span


def test_change_noun_shangzhang_fudu_is_no_part_of_the_indicator():
    m = _one(SICHUAN_2009, "5%", "2009-01-15")
    assert (m["indicator"], m["change"], m["qualifier"]) == ("居民消费价格", "growth", "左右")


# http://news.sina.com.cn/c/2009-01-14/123615032511s.shtml (安徽 2009 report, news)
ANHUI_2009 = (
    "在热烈的掌声中,安徽省人民政府省长王三运作《政府工作报告》。王三运在报告中说,刚刚过去的2008年,"
    "安徽省政府较好地完成了省十一届人大一次会议确定的年度目标任务。初步预计,全省生产总值比上年增长12%以上,"
    "连续5年保持两位数增长。财政收入1326亿元,增长28.2%。粮食总产量604.7亿斤,创历史最高水平。"
)


def test_the_year_just_past_opens_its_review():
    for span in ("12%", "1326亿元", "604.7亿斤"):
        m = _one(ANHUI_2009, span, "2009-01-14")
        assert (m["kind"], m["period"]) == ("actual", "2008"), span


# https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1 (广东 2024 report digest)
GUANGDONG_2024 = (
    "1月23日上午，广东省十四届人大二次会议在广州开幕。省长王伟中向大会作政府工作报告。\n报告指出：\n"
    "●2023年广东地区生产总值达到13.57万亿元、增长4.8%，是全国首个突破13万亿元的省份；\n"
    "●地方一般公共预算收入达1.39万亿元、增长4.3%；\n"
)


def test_province_named_without_sheng_is_own_scope():
    m = _one(GUANGDONG_2024, "13.57万亿元", "2024-01-23")
    assert m["indicator"] == "地区生产总值"


def test_bulleted_year_opens_the_review():
    m = _one(GUANGDONG_2024, "4.3%", "2024-01-23")
    assert (m["kind"], m["period"]) == ("actual", "2023")
