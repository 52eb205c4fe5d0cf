"""Probe ind29: METRIC indicator, kind and period in provincial and city work reports (2004-2021), read
from news digests and reposts that carry no date of their own or name the year in the text only."""
from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> dict[str, dict]:
    out = {}
    for e in govie.extract(text, reference_date=reference_date).entities:
        if e.label == "METRIC":
            assert text[e.start : e.end] == e.text
            out.setdefault(e.text, {"indicator": e.indicator, "change": e.change, "kind": e.kind, "period": e.period})
    return out


def test_plan_sentence_on_national_economic_and_social_development_names_the_plan_year():
    # 浙江 2011 (http://zjnews.zjol.com.cn/05zjnews/system/2011/01/16/017241180.shtml): no date on the page
    text = ("浙江在线杭州01月16日讯 今天上午9时，浙江省十一届人大四次会议在省人民大会堂隆重开幕，浙江省省长吕祖善作政府工作报告。\n"
            "综合分析发展环境和自身条件，建议2011年全省国民经济和社会发展主要预期目标为：全省生产总值增长9%左右，"
            "地方财政收入增长9%左右；城镇新增就业70万人，城镇登记失业率控制在4%以内。")
    got = metrics(text)
    assert got["9%"] == {"indicator": "生产总值", "change": "growth", "kind": "target", "period": "2011"}
    assert got["70万人"]["period"] == "2011"


def test_just_past_year_names_the_reviewed_year():
    # 北京 2020 (http://www.71.cn/2020/0112/1073264.shtml): "12日上午", no year of the report
    text = ("12日上午，北京市第十五届人民代表大会第三次会议在北京会议中心隆重开幕。市长陈吉宁作政府工作报告。\n"
            "陈吉宁说，刚刚过去的2019年，我们隆重庆祝新中国成立70周年。\n"
            "一年来，我们坚持稳中求进，较好地完成了市十五届人大二次会议确定的目标任务。\n"
            "初步预计，全市地区生产总值比上年增长6.2%左右，一般公共预算收入增长0.5%。")
    got = metrics(text)
    assert got["6.2%"] == {"indicator": "地区生产总值", "change": "growth", "kind": "actual", "period": "2019"}
    assert got["0.5%"]["period"] == "2019"


def test_meeting_attribution_opens_the_review_of_its_year():
    # 重庆 2020 (https://mip.lcpkj.cn/article/852.html, 澎湃新闻)
    text = ("1月11日，重庆召开第五届人民代表大会第三次会议，重庆市人民政府市长唐良智作政府工作报告。会议提到，2019年，"
            "重庆工业经济逐步回暖，规上工业增加值增长6.1%以上。服务业支撑力增强，服务业增加值增长6.1%左右。")
    got = metrics(text)
    assert got["6.1%"] == {"indicator": "规上工业增加值", "change": "growth", "kind": "actual", "period": "2019"}


def test_preliminary_estimate_is_a_link_not_a_name():
    # 重庆 2020 (https://mip.lcpkj.cn/article/852.html)
    text = "2019年，重庆地区生产总值增速保持在合理区间，初步预计全年增长6.3%，人均地区生产总值突破1万美元。"
    assert metrics(text, "2020-01-11")["6.3%"]["indicator"] == "重庆地区生产总值"


def test_note_same_below_and_target_opener_are_no_part_of_the_name():
    # 惠州 2012 (http://news.cntv.cn/20120112/110369.shtml, 南方日报)
    text = ("报告提出，预计2011年全市生产总值为2060亿元，比上年（下同）增长14.6%，五年（下同）年均增长15%，"
            "实现经济总量再造一个惠州的目标。报告提出今年的预期目标是生产总值增长11%。")
    got = metrics(text, "2012-01-12")
    assert got["14.6%"] == {"indicator": "生产总值", "change": "growth", "kind": "actual", "period": "2011"}
    assert got["15%"]["indicator"] == "生产总值"
    assert got["11%"] == {"indicator": "生产总值", "change": "growth", "kind": "target", "period": "2012"}


def test_quoted_year_opens_its_review_and_verbs_and_adverbs_leave_the_name():
    # 扬州 2021 (http://jrzgltzzs.cn/news/202101/2065789.html, 中国新闻网)
    text = ("2021-01-20 12:34:54 来源：中国新闻网\n"
            "“这五年，建档立卡低收入农户全部脱贫，沿河、沿江地区65个市级经济薄弱村集体经营性收入全部达45万元、55万元。"
            "同时，五年来，扬州关闭退出化工企业501家。”\n"
            "“2020年是扬州发展历程中非常特殊、极不平凡的一年，地区生产总值突破6000亿元、增长3.5%。”")
    got = metrics(text)
    assert got["45万元"]["indicator"] == "市级经济薄弱村集体经营性收入"
    assert got["501家"]["indicator"] == "化工企业"
    assert got["3.5%"] == {"indicator": "地区生产总值", "change": "growth", "kind": "actual", "period": "2020"}


def test_above_the_province_compares_with_the_indicator_before():
    # 马鞍山 2019 (https://guanchang.qwyd.net/zhengfugongzuobaogao/286883.html)
    text = "——经济运行稳中有进。预计实现地区生产总值1800亿元、增长8.5%，超过全省0.4个百分点；财政收入270.66亿元、增长10.3%。"
    got = metrics(text, "2019-01-06")
    assert got["0.4个百分点"]["indicator"] == "地区生产总值"
    assert got["0.4个百分点"]["change"] is None
