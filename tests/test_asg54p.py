"""Assignments of task tables flattened one cell a line (probe asg54p, round 23).

Real text from a page of the page store (address below and in /work/r23/asg54p/sources.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


# 同心县 (宁夏) 2023年政府工作报告任务分解, one row as the page serves it, each cell on its own line:
# https://tongxin.gov.cn/ztzl/2023zfgzbg/rwfj/202303/t20230313_3991682.html
TONGXIN = ("具体任务\n"
           "全面落实疫情防控“新十条”,抓紧完成方舱医院升级改造亚定点医院,二级以上医疗机构、基层医疗卫生机构发热门诊应设尽设、"
           "应开尽开,全面完成老年人群疫苗接种,守好疫情防线;中医院门诊楼建成投运,下马关分院加快建设,改扩建社区卫生服务中心,"
           "提升乡镇卫生院,积极争取疾控中心综合楼项目;深入开展爱国卫生运动,广泛开展全民健身活动,举办同心县第四届运动会,"
           "备战自治区全运会,创建全国卫生县和自治区健康县。\n"
           "责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n"
           "方舱医院升级改造亚定点医院,二级以上医疗机构、基层医疗卫生机构发热门诊应设尽设、应开尽开,1月底前完成;"
           "其它事项12月底前取得明显成效并长期坚持")


def test_label_alone_on_its_line_assigns_the_row_task():
    got = assignments(TONGXIN, reference_date="2023-03-13")
    assert len(got) == 1
    a = got[0]
    assert a["task"]["text"].startswith("全面落实疫情防控") and a["task"]["text"].endswith("创建全国卫生县和自治区健康县")
    assert a["trigger"]["text"] == "责任单位"
    assert a["lead"] == ["同心县卫生健康局", "同心县文化和旅游局"]
    assert a["support"] == []  # 各乡镇: a class, no named body


def test_time_limit_cell_gives_the_last_due_date():
    # The cell dates a part of the task (1月底前) and the rest (12月底前): the task is done by the last.
    assert assignments(TONGXIN, reference_date="2023-03-13")[0]["deadline"] == "2023-12"


def test_time_limit_line_with_colon():
    text = TONGXIN.replace("完成时限\n", "完成时限:")
    assert assignments(text, reference_date="2023-03-13")[0]["deadline"] == "2023-12"


def test_header_row_alone_assigns_nothing():
    # A flattened table header: labels on consecutive lines name no body.
    text = "序号\n工作任务\n责任单位\n配合单位\n完成时限\n"
    assert assignments(text, reference_date="2023-03-13") == []


# 嵊州市 (浙江 绍兴) 加快推进工业经济高质量发展若干政策 2022, item (一) as the page serves it (traditional
# script, PDF line breaks): http://www.bjhold.com/art/2022/12/19/art_1529980_59040743.html
SHENGZHOU = ("(一)深入推進數字經濟系統建設。加快以“產業大腦+未\n來工廠”為核心的數字經濟系統建設。推進產業大腦建設,待省、\n"
             "紹興市出臺產業大腦建設及應用專項政策后,按上級政策執行。\n"
             "推進未來工廠建設,對當年評為省級未來工廠、省級智能工廠、\n"
             "紹興市級智能工廠、省級數字化車間、紹興市級數字化車間的,\n"
             "分別給予 100 萬元、30 萬元、20 萬元、15 萬元、10 萬元獎勵。\n(責任單位:市經信局)")


def test_a_city_named_as_a_tier_is_not_the_texts_own():
    # 紹興市級 (an honour 绍兴 grants, beside 省級) does not make 绍兴市 the text's division, so the bare
    # 市經信局 (嵊州's own) is not linked to 绍兴市's bureau: null is better than a wrong body.
    import govie

    r = govie.extract(SHENGZHOU, model=None, reference_date="2022-12-19")
    assert (r.meta.get("division") or {}).get("code") != "330600"
    depts = [m for m in r.entities if m.label == "DEPT" and m.text == "市經信局"]
    assert depts and all("绍兴" not in str(m.attrs.get("canonical")) for m in depts)
