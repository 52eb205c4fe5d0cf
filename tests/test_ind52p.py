"""Probe ind52p (round 25): METRIC attributes in policy documents and digests of plans: bound words
as written, qualifiers written per list item, a goal's name and link opening the clause, a goal's
deadline holding for the later sentences of its paragraph."""

from .mentions import metric as _get, metrics as _metrics


def test_rule_floor_words_as_written():
    # dev gz-19 (广东省高校毕业生就业创业扶持政策清单) and sc19-2 (国办发〔2019〕6号): a rule's floor as written
    title = "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n"
    ms = _metrics(title + "合作机构支小支农担保金额占全部担保金额的比例不得低于80%，其中单户担保金额500万元及以下的占比不得低于50%。",
                  reference_date="2019-01-22")
    assert [_get(ms, s).attrs["qualifier"] for s in ("80%", "50%")] == ["不得低于", "不得低于"]
    ms = _metrics("关于印发创业补贴办法的通知\n申请补贴前6个月正常经营且有不少于1名员工按规定缴纳社会保险费。")
    assert _get(ms, "1名").attrs["qualifier"] == "不少于"
    # 不低于 stays 以上 (the dev gold is split on it: 6 以上, 5 as written); 不超过 in a rule is written as
    # such (dev gold 13 不超过 : 3 以内 in gz, pt, sc19: probe ind56p); so does a goal outside a rule
    # (http://yn.xinhuanet.com/20250119/a4eaf596926b4c459d917a560e80e84e/c.html, 云南 2025 惠民实事)
    ms = _metrics(title + "支持不低于4万人创业，每人补贴不超过1500元。", reference_date="2019-01-22")
    assert _get(ms, "4万人").attrs["qualifier"] == "以上"
    assert _get(ms, "1500元").attrs["qualifier"] == "不超过"
    ms = _metrics("实施心理健康专项行动，服务覆盖学生和青少年不少于100万人次。", reference_date="2025-01-19")
    assert _get(ms, "100万人次").attrs["qualifier"] == "以上"


def test_qualifier_written_per_item_is_not_shared():
    # https://nengyuanjie.net/article/53350.html (国务院 “十四五”节能减排综合工作方案)
    ms = _metrics("到2025年，化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量比2020年分别下降8%、8%、10%以上、10%以上。",
                  reference_date="2022-01-24")
    assert [m.attrs["qualifier"] for m in ms] == [None, None, "以上", "以上"]
    # one written after the last of the list still holds for all (dev wr2026-ningxia form)
    ms = _metrics("一产、二产、三产增加值分别增长4%、6%、5%左右。", reference_date="2026-01-20")
    assert [m.attrs["qualifier"] for m in ms] == ["左右", "左右", "左右"]


def test_goal_name_and_link_open_no_indicator():
    # http://yn.xinhuanet.com/20250119/a4eaf596926b4c459d917a560e80e84e/c.html (云南 2025 惠民实事)
    ms = _metrics("一是稳定和扩大就业，年度目标为全省农村劳动力转移就业1500万人以上，实现城镇新增就业50万人以上。",
                  reference_date="2025-01-19")
    assert _get(ms, "1500万人").attrs["indicator"] == "农村劳动力转移就业"
    ms = _metrics("二是深化关爱服务，年度目标为全省城镇职工基本养老保险参保人数达970万人。", reference_date="2025-01-19")
    assert _get(ms, "970万人").attrs["indicator"] == "城镇职工基本养老保险参保人数"


def test_deadline_holds_for_later_sentences_of_its_paragraph():
    # http://admin.richbox.biz:80/bjcs3.aspx?TJ1W=F1wR.html (新华社 2023-12-08 on 国务院《空气质量持续改善行动计划》)
    text = ("新华社北京12月8日电 国务院日前印发《空气质量持续改善行动计划》(以下简称《行动计划》),对空气质量持续改善工作进行全面部署。\n"
            "《行动计划》明确，到2025年，全国地级及以上城市PM2.5浓度比2020年下降10%，重度及以上污染天数比率控制在1%以内；"
            "氮氧化物和VOCs排放总量比2020年分别下降10%以上。京津冀及周边地区、汾渭平原PM2.5浓度分别下降20%、15%。\n"
            # the page's closing line (重点工作任务) reads it as a report, whose sections set no kind here
            "《行动计划》以空气质量持续改善推动经济高质量发展，部署了9项重点工作任务。")
    ms = _metrics(text, reference_date="2023-12-08")
    for span, nth in (("10%", 1), ("20%", 0), ("15%", 0)):
        m = _get(ms, span, nth)
        assert (m.attrs["kind"], m.attrs["period"]) == ("target", "2025"), span
