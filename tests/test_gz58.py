"""Round 24 probe gz58: Guangzhou municipal and district documents: the 计划生育协会 as people's
organizations at every level, and what a count measures when a predicate follows the counted noun or
已 marks the verb before it.

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie

PANYU = "http://www.panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html"  # 番禺区卫生健康局 2022
SUIFU = "http://156152.com/gfxwj/szfgfxwj/gzsrmzf/content/post_5444584.html"  # 穗府规〔2018〕2号


def _extract(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return ex


def _metric(ex, text):
    return next(e for e in ex.entities if e.label == "METRIC" and e.text == text)


def test_a_district_family_planning_association_is_a_people_organization():
    # PANYU: the district's 计生协 beside the national one; both are DEPT, the district's linked by its name.
    text = "番禺区获评广州市2021年度综合医改考核A等次;番禺区计划生育协会受中国计划生育协会通报表扬。"
    ex = _extract(text, "2023-01-31")
    depts = {(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"}
    assert ("番禺区计划生育协会", "广州市番禺区计划生育协会") in depts
    assert ("中国计划生育协会", "中国计划生育协会") in depts
    assert not [e for e in ex.entities if e.label == "ORG"]


def test_a_predicate_after_the_counted_noun_is_no_part_of_it():
    # PANYU: "22项长期任务取得阶段性成效"; SUIFU: "决定将121项市级公共服务事项调整由区…实施".
    ex = _extract("已完成整改任务66项,22项长期任务取得阶段性成效。", "2023-01-31")
    assert _metric(ex, "22项").attrs["indicator"] == "长期任务"
    text = "经市政府研究,决定将121项市级公共服务事项调整由区(不含功能区,下同)实施。"
    ex = _extract(text, "2018-01-09")
    assert _metric(ex, "121项").attrs["indicator"] == "市级公共服务事项"


def test_a_verb_marked_done_by_yi_is_no_part_of_what_is_measured():
    # PANYU: "制定88条问题清单,已完成整改任务66项" (the count was left without indicator before).
    ex = _extract("督促局12个科室、下属31家医疗机构全面疏理整改工作,制定88条问题清单,已完成整改任务66项。", "2023-01-31")
    assert _metric(ex, "66项").attrs["indicator"] == "整改任务"
    assert _metric(ex, "88条").attrs["indicator"] == "问题清单"
