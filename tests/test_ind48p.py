"""Probe ind48p: METRIC indicators in policy documents (a least time of doing, funds and what they do)."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs) for e in res.entities if e.label == "METRIC"]


def _first(ms, span):
    return next(a for t, a in ms if t == span)


# https://cnmeihang.com/shtml/20230222/1677072216139574.html (马鞍山市花山区 养老机构补贴, 花山区民政局)
HUASHAN = ("对新建、改扩建的民办养老机构,给予相应的建设补贴和运营补贴。新建床位达到300张以上、运营1年以上的(含300张,下同),"
           "给予每张床位5000元的一次性建设补贴;\n租房运营1年以上的(租期5年以上),按每张床位1000元给予一次性改造补助。")


def test_a_least_time_of_doing_is_of_the_doing():
    ms = _metrics(HUASHAN)
    years = [a for t, a in ms if t == "1年"]
    assert [a["indicator"] for a in years] == ["运营", "租房运营"]
    assert all(a["qualifier"] == "以上" and a["change"] is None for a in years)
    assert _first(ms, "5年")["indicator"] == "租期"  # a span named as such keeps its name
    # the note after the least time (含300张) counts beds, not the doing: no name is carried to it
    assert [a["indicator"] for t, a in ms if t == "300张"] == ["床位", None]


# annotations/dev gz-33 (广州市长期护理保险试行办法): "失能状态持续6个月以上"; gz-13: "…连续缴纳社会保险满3个月以上的记录"
def test_the_verb_before_a_least_time_stays_and_full_is_left_out():
    ms = _metrics("广州市长期护理保险试行办法\n第十条 需经医疗机构或康复机构规范诊疗、失能状态持续6个月以上，且经本市老年人照护需求综合评估。")
    assert _first(ms, "6个月")["indicator"] == "失能状态持续"
    ms = _metrics("天河区人才公寓申请指南\n就业类申请人同时提供与公司签订的《劳动合同》、在公司连续缴纳社会保险满3个月以上的记录。")
    assert _first(ms, "3个月")["indicator"] == "在公司连续缴纳社会保险"


def test_a_time_limit_with_no_least_bound_names_nothing():
    ms = _metrics("某市人民政府办公室关于印发某某办法的通知\n第五条 受理部门应当在15个工作日内完成审核。")
    assert _first(ms, "15个工作日")["indicator"] is None


# https://luchovivas.com/art/2023/5/12/art_1229567136_59054690.html (杭州市滨江区 关于推动经济高质量发展的若干政策, 2023)
# http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (怀政办发〔2023〕9号)
def test_what_funds_do_is_no_part_of_them():
    ms = _metrics("关于推动经济高质量发展的若干政策\n1. 强化有效投资财政资金保障。2023年，计划推进全区183个新建、续建项目，"
                  "统筹谋划121个储备项目。安排58亿元财政资金保障我区政府投资项目建设，其中，道路基础设施建设10亿元。")
    assert _first(ms, "58亿元")["indicator"] == "财政资金"
    ms = _metrics("怀化市人民政府办公室关于印发实施方案的通知\n1.加大促消费活动和消费补贴力度。联合金融机构、平台企业整合3000万元资金"
                  "用于发放消费券，全力申办2023年湖南省夏季消费促进活动启动仪式。")
    assert _first(ms, "3000万元")["indicator"] == "资金"


# annotations/dev wr2026-guizhoum: a share of spending used for something names what it is used for
def test_a_share_of_spending_keeps_what_it_is_used_for():
    ms = _metrics("2026年贵州省政府工作报告\n坚持民生投入只增不减，每年70%左右财政支出用于民生事业，每年办好一批民生实事。")
    assert _first(ms, "70%")["indicator"] == "财政支出用于民生事业"
