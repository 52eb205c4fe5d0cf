"""Probe ind51w (round 25): METRIC indicator in provincial work reports: a name that opens with a verb
(研发投入) as the next item of a list after a verb of doing, adverbs of succession before the link
(接连突破), and 输转 (sending labour out) as a verb of doing before what is counted."""

from .mentions import metric as _get, metrics as _metrics

# work-reports-2026/2026_甘肃省_政府工作报告.csv [full_text] 7241-8102 (刚刚过去的2025年…)
GANSU = ("省属企业完成产业类投资553.1亿元、研发投入133.5亿元，分别增长10.6%、10.3%。培育省级专精特新中小企业322户。"
         "城镇新增就业31.7万人、输转城乡富余劳动力515.3万人。")


def test_verb_opened_name_after_a_listed_item_is_its_own():
    ms = _metrics(GANSU)
    assert _get(ms, "553.1亿元").attrs["indicator"] == "产业类投资"
    assert _get(ms, "133.5亿元").attrs["indicator"] == "研发投入"
    assert _get(ms, "10.6%").attrs["indicator"] == "产业类投资"
    assert _get(ms, "10.3%").attrs["indicator"] == "研发投入"


def test_verbs_listed_after_an_item_still_share_it():
    # 新开工110个、竣工投产60个: verbs alone after 、 go on sharing the item's name (unchanged)
    ms = _metrics("工业项目新开工110个、竣工投产60个。")
    assert _get(ms, "60个").attrs["indicator"] == _get(ms, "110个").attrs["indicator"]


def test_sending_labour_out_is_doing():
    ms = _metrics(GANSU)
    assert _get(ms, "515.3万人").attrs["indicator"] == "城乡富余劳动力"
    assert _get(ms, "31.7万人").attrs["indicator"] == "城镇新增就业"
    # work-reports-2026/2026_甘肃省_政府工作报告.csv 5418-6261 (the five years)
    ms = _metrics("年均新增城镇就业30万人、输转城乡富余劳动力500万人以上。")
    assert _get(ms, "500万人").attrs["indicator"] == "城乡富余劳动力"


def test_adverb_of_succession_before_the_link_is_out():
    # work-reports-2026/2026_广东省_政府工作报告.csv 4153-4379 (the five years)
    ms = _metrics("地方一般公共预算收入从1.29万亿元提高到1.39万亿元。进出口总额接连突破8万亿元、9万亿元，"
                  "年实际使用外资保持在千亿元以上。")
    assert _get(ms, "8万亿元").attrs["indicator"] == "进出口总额"
    assert _get(ms, "9万亿元").attrs["indicator"] == "进出口总额"
    ms = _metrics("全省规上工业增加值相继突破2万亿元、3万亿元。")
    assert _get(ms, "2万亿元").attrs["indicator"] == "规上工业增加值"
