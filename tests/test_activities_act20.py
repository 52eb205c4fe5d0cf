"""Activities in State Council work reports: probe round 11 (act20), sentences from /work/r6/readable."""

from .activity_frames import frames as _frames


def _triggers(text, reference_date):
    return [f["trigger"] for f in _frames(text, reference_date)]


_OPENING = "各位代表：\n\n　　现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n\n"


def _review(year, body):
    return _OPENING + f"一、{year}年工作回顾\n\n　　" + body + "\n"


def test_capacity_exit_is_a_counted_measure():
    # sc-report-2018 review; 2017 plan 退出煤炭产能1.5亿吨以上 and 2018 plan 退出煤炭产能1.5亿吨左右 too.
    text = _review(2017, "加大去产能力度，中央财政安排1000亿元专项奖补资金予以支持，用于分流职工安置。"
                         "退出钢铁产能1.7亿吨以上、煤炭产能8亿吨，安置分流职工110多万人。")
    assert "退出" in _triggers(text, "2018-03-05")


def test_people_exiting_is_no_measure():
    # 退出 outside capacity stays no action (wr2026-jiangxi: 清理退出…资金140亿元 is one 清理 measure at most).
    text = _review(2017, "全国832个贫困县全部退出，农村贫困人口全部脱贫。")
    assert "退出" not in _triggers(text, "2021-03-05")


def test_rate_object_listing_its_holders():
    # sc-report-2015 降低失业保险、工伤保险等缴费率 (2018 降低制造业、交通运输等行业税率, 2019 降低一批铁路、港口收费)
    text = _review(2014, "城乡居民基础养老金标准统一由55元提高到70元。推进城镇职工基础养老金全国统筹。"
                         "降低失业保险、工伤保险等缴费率。")
    assert "降低" in _triggers(text, "2015-03-05")


def test_a_listed_verb_is_not_a_rate_holder():
    # 提高质量、降低关税 shape: the 、 opens another verb phrase, so 提高 has no rate (sc-report-1985 提高质量、改进品种)
    text = _review(1984, "对增加生产、提高质量、降低出口退税率，都发挥了重要作用。")
    assert _triggers(text, "1985-03-27").count("提高") == 0


def test_fees_cut_are_rates():
    # sc-report-2017 大幅降低中小企业互联网专线接入资费 (2018 使用费, 2021 dev gold 降低小微企业支付手续费)
    text = _review(2016, "今年网络提速降费要迈出更大步伐，年内全部取消手机国内长途和漫游费，"
                         "大幅降低中小企业互联网专线接入资费，降低国际长途电话费。")
    assert "降低" in _triggers(text, "2017-03-05")


def test_tax_deduction_standard_is_a_rate():
    # sc-report-2011 (2018 大幅提高企业新购入仪器设备税前扣除上限)
    text = _review(2010, "二是加大收入分配调节力度。提高个人所得税工薪所得费用扣除标准，合理调整税率结构。")
    assert "提高" in _triggers(text, "2011-03-05")


def test_rate_done_with_a_long_modifier():
    # sc-report-1992 review; 2002 国家提高了机关事业单位职工工资和离退休人员养老金水平 (21 characters)
    text = _review(1991, "在价格改革方面，调整了２５年没有动过的城镇居民定量平价粮油销售价格，"
                         "提高了长期偏低的部分基础工业产品的价格。")
    assert "调整" in _triggers(text, "1992-03-20")


def test_measures_taken_with_a_long_list_of_aims():
    # sc-report-1992 review (1980 由于采取了在原料、燃料和动力供应…方面的…措施)
    text = _review(1991, "在工业方面，进一步完善企业承包经营责任制，采取了一系列改善外部环境、转换内部机制、"
                         "增强国营大中型企业活力的改革措施。")
    assert "采取" in _triggers(text, "1992-03-20")


def test_a_party_congress_convened_is_no_government_meeting():
    # sc-report-2017 (2022 今年将召开中国共产党第二十次全国代表大会; 2022 review 胜利召开党的十九届六中全会)
    text = _review(2016, "今年将召开中国共产党第十九次全国代表大会，是党和国家事业发展中具有重大意义的一年。")
    assert "召开" not in _triggers(text, "2017-03-05")


def test_what_a_party_congress_drew_up_is_not_the_governments():
    # sc-report-2018 (2003 党的十六大制定了…; 1993 党的十四大确立了…): the congress is the subject of both clauses
    text = _review(2017, "党的十九大确立了习近平新时代中国特色社会主义思想的历史地位，制定了决胜全面建成小康社会、"
                         "夺取新时代中国特色社会主义伟大胜利的宏伟蓝图和行动纲领，具有重大现实意义和深远历史意义。")
    assert "制定" not in _triggers(text, "2018-03-05")


def test_a_tax_levied_is_a_measure_in_a_report():
    # sc-report-1980 plan (1981 开征一些新税, 1984 征收调节税 / 增设资源税、增值税和几种地方税, 1985 要征收超额奖金税;
    # dev sc-report-1983 gold 开征一些必要的新税种)
    text = (_OPENING + "　　逐步改革税制。要根据这次人大会议通过的法律，开征中外合资企业的所得税和个人所得税，"
            "搞好涉外征税工作。\n")
    assert "开征" in _triggers(text, "1980-08-30")


def test_levying_outside_taxes_is_none():
    # sc-report-1956: grain levied in kind is a statistic of the tax in kind, not a tax measure (guard of the same path)
    text = _review(1955, "实际上，１９５３年只征收了３５１亿斤，１９５４年和１９５５年都只征收了３８０亿斤。")
    assert "征收" not in _triggers(text, "1956-06-15")
