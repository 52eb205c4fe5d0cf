"""Probe ind36: METRIC indicator and kind in provincial and prefecture work reports of 2019-2025 and
their news digests (the review's figures and the year's targets). Each text is real, its page in a
comment."""

import govie


def _one(text: str, span: str, reference_date: str, nth: int = 0) -> dict:
    r = govie.extract(text, reference_date=reference_date).to_dict()
    return [e for e in r["entities"] if e["label"] == "METRIC" and e["text"] == span][nth]


# http://m.igdzc.com/yaowen/20220123/2326848.html (福建 2022 report, 东南网 digest)
FUJIAN_2022 = (
    "东南网1月22日讯(本网记者 卢金福 张立庆)今日上午,福建省第十三届人民代表大会第六次会议在福州开幕。《政府工作报告》"
    "显示,初步统计,去年全省地区生产总值48810亿元、增长8.0%,今年全省地区生产总值预期增长6.5%。\n"
)

# https://mip.lcpkj.cn/article/852.html (重庆 2020 report, 澎湃 digest)
CHONGQING_2020 = (
    "根据“重庆发布”消息,2019年,重庆地区生产总值增速保持在合理区间,初步预计全年增长6.3%,人均地区生产总值突破1万美元。\n"
    "2019年,重庆深化与78家央企合作,工业投资增长7%以上,全市固定资产投资增长6%左右。\n"
    "对于今年政府工作要求,会议提出,2020年重庆地区生产总值增长6%,固定资产投资增长6%左右,社会消费品零售总额增长7.5%左右。"
)


def test_a_plan_year_clause_written_as_expected_is_a_goal_inside_a_review_sentence():
    e = _one(FUJIAN_2022, "6.5%", "2022-01-22")
    assert (e["indicator"], e["kind"], e["period"]) == ("地区生产总值", "target", "2022")
    # the review's figures of the same sentence stay results
    e = _one(FUJIAN_2022, "8.0%", "2022-01-22")
    assert (e["kind"], e["period"]) == ("actual", "2021")


def test_a_digests_attribution_is_no_subject_of_the_sentence():
    e = _one(CHONGQING_2020, "6.3%", "2020-01-11")
    assert e["indicator"] == "地区生产总值"
    assert (e["kind"], e["period"]) == ("actual", "2019")


def test_a_count_after_with_whom_ends_before_the_predicate():
    assert _one(CHONGQING_2020, "78家", "2020-01-11")["indicator"] == "央企"


def test_a_citys_own_name_before_a_standard_name_is_its_scope():
    e = _one(CHONGQING_2020, "6%", "2020-01-11", 1)
    assert (e["indicator"], e["kind"], e["period"]) == ("地区生产总值", "target", "2020")
