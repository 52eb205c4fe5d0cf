"""Probe ind56p (round 26): METRIC attributes in policy documents and digests of policies: a rank
(前3名) is no quantity, a bound that selects whom a rule is for (年销售收入突破100亿元…的企业) states no
level, a rule's cap keeps its word (不超过, 不高于, 及以下: dev gold majority), a sentence of a policy
opening with its own year sets that year's figures."""

from .mentions import metric as _get, metrics as _metrics

# http://www.faxinw.com/a/xinwenzhongxin/shizheng/20210226/133997.html (大众日报 2021 on 山东 省级财政奖励政策)
SHANDONG = ("山东省级财政三项奖励政策支持民营经济加快发展\n"
            "高成长性企业培育综合奖励政策方面，对县（市、区）实施综合评价，评价结果前3名的县（市、区），"
            "省级财政分别给予500万元一次性奖补。\n"
            "新跨越民营企业奖励政策方面，对符合新旧动能转换政策要求、年销售收入首次突破100亿元、500亿元、1000亿元的"
            "民营企业，省级财政分别给予一次性奖励100万元、300万元、500万元。\n")


def test_rank_is_no_metric():
    ms = _metrics(SHANDONG)
    assert not any(m.text == "3名" for m in ms)
    assert _get(ms, "500万元").attrs["value"] == 5000000.0
    # a head count with 名 stays
    assert [m.text for m in _metrics("招收学员300名。")] == ["300名"]


def test_scope_bound_has_no_change():
    ms = _metrics(SHANDONG)
    for t in ("100亿元", "500亿元", "1000亿元"):
        a = _get(ms, t).attrs
        assert (a["indicator"], a["change"], a["kind"]) == ("年销售收入", None, None), t
    assert _get(ms, "100万元").attrs["change"] == "level"
    assert _get(ms, "300万元").attrs["indicator"] == "一次性奖励"


# dev sc19-2 (国办发〔2019〕6号), the sentence the dev gold writes 不超过 and 及以下 for
GUARANTEE = ("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n"
             "国办发〔2019〕6号\n"
             "其中，对单户担保金额500万元及以下的小微企业和“三农”主体收取的担保费率原则上不超过1%，"
             "对单户担保金额500万元以上的小微企业和“三农”主体收取的担保费率原则上不超过1.5%。\n")


def test_caps_of_a_rule_as_written():
    ms = _metrics(GUARANTEE)
    assert [m.attrs["qualifier"] for m in ms] == ["及以下", "不超过", "以上", "不超过"]
    assert [m.attrs["indicator"] for m in ms][::2] == ["单户担保金额", "单户担保金额"]


def test_own_year_sentence_of_a_policy_is_a_goal():
    # https://luchovivas.com/art/2023/5/12/art_1229567136_59054690.html (杭州市滨江区 2023 若干政策)
    text = ("杭州市滨江区人民政府\n2023年4月22日\n关于推动经济高质量发展的若干政策\n"
            "2. 向上争取资金支持。充分发挥国企改革效用，抢抓国家政策窗口期，争取国家各类专项资金、金融工具等政策性资金对重大项目的支持。"
            "2023年政府专项债储备额度45亿元以上，年度专项债资金使用完成率实现100%。\n")
    ms = _metrics(text)
    for t in ("45亿元", "100%"):
        a = _get(ms, t).attrs
        assert (a["kind"], a["period"]) == ("target", "2023"), t
    assert _get(ms, "45亿元").attrs["indicator"] == "政府专项债储备额度"
