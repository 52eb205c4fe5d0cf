"""Probe ind53p (round 25): METRIC spans and kind/period in prefecture and county texts: the bare heads of
a 分别 list sharing the last number's unit, 回落/约合 as link words, a communiqué reposted without its title,
a digest headline naming the plan year after the year, a 目标是：list running through its ；-items."""

from .mentions import metric as _get, metrics as _metrics

# https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html (丹寨县 2015 统计公报)
DANZHAI = ("2015年,面对严峻复杂的外部环境和经济下行压力,在县委、县政府的坚强领导下,全县统筹做好各项工作。\n"
           "一、综合\n"
           "初步测算,2015年全县地区生产总值244394万元,比上年增长13.1%。其中:第一产业增加值62857万元,同比增长6.3%。\n"
           "2015年三次产业结构比为25.72:26.84:47.44,与上年比,第一产业占地区生产总值的比重上升3.82个百分点,"
           "第二、第三产业占地区生产总值的比重分别回落2.16和1.66个百分点。\n"
           "二、农 业\n"
           "农业增加值32586万元,同比增长9.9%。全年粮食总产量46695吨,同比增长0.98%。\n")


def test_bare_heads_of_a_each_list_take_the_unit():
    ms = _metrics(DANZHAI)
    head = _get(ms, "2.16")
    assert (head.attrs["value"], head.attrs["unit"]) == (2.16, "百分点")
    for t in ("2.16", "1.66个百分点"):
        assert _get(ms, t).attrs["indicator"] == "第二、第三产业占地区生产总值的比重"
        assert _get(ms, t).attrs["change"] == "decline"
    # dev gold marks the head of "分别提高15、22个百分点" too (云南 2026 report)
    ms = _metrics("蔬菜、小浆果设施产量占比分别提高15、22个百分点，花卉产业加快发展。")
    assert [m.text for m in ms] == ["15", "22个百分点"]
    # a multiplier written once is the head's too; no 分别, no head
    assert _get(_metrics("两地分别投入3、5万元。"), "3").attrs["value"] == 30000.0
    assert [m.text for m in _metrics("共有2和3个。")] == ["3个"]


def test_untitled_communique_reports_its_year():
    ms = _metrics(DANZHAI)
    for t in ("244394万元", "13.1%", "62857万元", "32586万元", "46695吨", "0.98%"):
        assert (_get(ms, t).attrs["kind"], _get(ms, t).attrs["period"]) == ("actual", "2015"), t


def test_about_equal_to_is_a_link_with_its_qualifier():
    # http://yhsz.yuhuan.gov.cn/art/2021/5/10/art_1631252_58328435.html (玉环市 2019 统计公报)
    ms = _metrics("2019年,全市户籍人均生产总值为141647元,比上年增长4.8%,按2019年美元对人民币的平均汇率6.8985折算,"
                  "人均生产总值约合20533美元;常住人均生产总值为98094元,增长4.8%。")
    dollars = _get(ms, "20533美元").attrs
    assert (dollars["indicator"], dollars["qualifier"], dollars["change"]) == ("人均生产总值", "约", "level")


def test_digest_headline_names_the_plan_year():
    # https://159sucan.com/ShowInfo.aspx?id=25686 (闽南日报 on 漳州's 2010 work report)
    text = ("政府工作报告提出:2010年漳州经济社会发展预期目标\n"
            "本网讯(闽南日报记者)代市长陈冬昨日在政府工作报告中提出经济社会发展的预期目标。\n"
            "经济社会发展的主要预期目标是:地区生产总值增长13%;财政总收入增长13%,其中地方级财政收入增长16%;"
            "城镇登记失业率控制在4.3%以内。\n")
    ms = _metrics(text)
    for t in ("13%", "16%", "4.3%"):
        assert (_get(ms, t).attrs["kind"], _get(ms, t).attrs["period"]) == ("target", "2010"), t


def test_goal_intro_runs_through_its_list():
    # http://noscription.org/xxgk/zc_67263/qt/202505/t20250508_4736733.shtml (十堰 十政发〔2025〕6号)
    text = ("十政发〔2025〕6号\n市人民政府\n批转市发改委关于2025年全市国民经济和社会发展计划报告的通知\n"
            "各县市区人民政府,市政府各部门、各直属事业单位:\n"
            "2025年是“十四五”规划收官之年。做好今年工作意义重大。全市经济社会发展主要预期目标是:地区生产总值增长7%左右;"
            "规模以上工业增加值增长9%左右;使用外资(FDI)增长20%左右;新增城镇就业3.2万人,失业人员再就业1万人。\n")
    ms = _metrics(text, reference_date="2025-04-25")
    for t in ("7%", "9%", "20%", "3.2万人", "1万人"):
        assert (_get(ms, t).attrs["kind"], _get(ms, t).attrs["period"]) == ("target", "2025"), t
    assert _get(ms, "20%").attrs["indicator"] == "使用外资"


def test_heads_of_a_list_of_spans_keep_the_name():
    # tests/test_ind47p.py HUBEI (湖北 2021 意见): the heads of 70、40、35个工作日 are spans of the same name
    ms = _metrics("市人民政府关于支持实体经济高质量发展的意见\n2.优化审批流程。将政府投资工程建设项目、社会投资工程建设项目等"
                  "6类工程项目的审批时间分别压缩至70、40、35个工作日。")
    assert [m.text for m in ms] == ["6类", "70", "40", "35个工作日"]
    for t in ("70", "40", "35个工作日"):
        assert (_get(ms, t).attrs["indicator"], _get(ms, t).attrs["kind"]) == ("审批时间", "target"), t
