"""Probe 28: State Council report activities (round 14). A review whose excerpt runs up to the plan's
targets keeps its last block done: a block reporting projects opened or finished (正式启用, 投入运营,
落户) reads as results (govie/text/report.py ``_done_events``), so ``_plan_after_results`` does not start
the plan there."""
from __future__ import annotations

import json
from pathlib import Path

from .activity_frames import frames, one

_DEV_TIANJIN = Path(__file__).resolve().parent.parent / "annotations" / "dev" / "wr2026-tianjin.jsonl"

# dev wr2026-tianjin (2026年天津市政府工作报告, 天津日报 2026-02-03): the excerpt's review runs up to the plan's
# targets (今年经济社会发展主要预期目标是：…); its last block reads "高端增量资源实质性布局。…一批新质项目深耕拓展，联想创新园
# 正式启用、产业园扩能发力，产值增长超50%，…南港绿色石化科创中心投入运营，…一汽丰田销售总部落户，…"


def test_review_running_to_the_targets_stays_done_tianjin():
    doc = json.loads(_DEV_TIANJIN.read_text(encoding="utf-8").splitlines()[0])
    text = doc["text"]
    assert "联想创新园正式启用" in text and "南港绿色石化科创中心投入运营" in text
    found = frames(text, doc["reference_date"])
    assert one(found, "启用")["mode"] == "done"  # 联想创新园正式启用
    assert one(found, "投入运营")["mode"] == "done"  # 南港绿色石化科创中心投入运营
    assert one(found, "争建")["mode"] == "planned"  # the plan: 争建国家脑机接口技术创新中心


def test_settling_as_a_modifier_is_no_result_2011():
    # sc-report-2011 plan (https://zh.wikisource.org/wiki/2011年中华人民共和国国务院政府工作报告): 落户 modifies 条件
    from govie.text.report import _done_events
    s = "对暂不具备落户条件的农民工，要解决好他们在劳动报酬、子女就学、公共卫生、住房租赁、社会保障等方面的实际问题。"
    assert _done_events(s, 0, len(s)) == 0
    s = "中船二期、中远海运船舶修造、中海油装备智能制造等新项目加快推进，一汽丰田销售总部落户，云账户等平台经济企业营收快速增长。"
    assert _done_events(s, 0, len(s)) == 1  # dev wr2026-tianjin: 一汽丰田销售总部落户 (加快推进 is another clause)


# Probe 28's State Council report excerpts (corpus state-council-work-reports, rows of 1992, 1994, 2015, 2022;
# https://zh.wikisource.org/wiki/<year>年中华人民共和国国务院政府工作报告)
from .activity_frames import none, sc_report  # noqa: E402


def test_preposition_object_is_no_action_2022_1994():
    # 2022 plan: 取消和下放 are the object of 对, a noun phrase (the action is 落实监管责任)
    found = frames(sc_report("围绕打造市场化法治化国际化营商环境，持续推进“放管服”改革，对取消和下放审批事项要同步落实监管"
                             "责任和措施。继续扩大市场准入。", "三、2022年政府工作任务"), "2022-03-05")
    none(found, "取消")
    none(found, "下放")
    # 1994 review: 向建立…迈出 names a direction, no 建立 is reported
    found = frames(sc_report("这些改革方案现已基本出台，进展比较顺利。这标志着我国向建立社会主义市场经济体制迈出了重要步伐。",
                             "一、1993年国内工作的回顾和1994年工作的基本方针"), "1994-03-10")
    none(found, "建立")


def test_targeted_cut_stays_2015():
    # 2015 review: 定向 before 降准 is no preposition 向 (采取…等措施 stays the reported measure)
    found = frames(sc_report("灵活运用货币政策工具，采取定向降准、定向再贷款、非对称降息等措施，加大对经济社会发展薄弱环节的"
                             "支持力度。", "一、2014年工作回顾"), "2015-03-05")
    assert one(found, "采取")["mode"] == "done"


def test_subject_of_a_judgement_is_no_action_1992_1994():
    # 1992 plan: the clauses before 对…具有十分重要的意义 are its subject
    found = frames(sc_report("通过改革理顺价格关系，建立合理的价格形成机制，对整个国民经济的发展具有十分重要的意义。",
                             "三、加快改革步伐，扩大对外开放"), "1992-03-20")
    none(found, "建立")
    # 1994 plan: a run-in heading that is the subject of the next line's 是
    found = frames(sc_report("实现人民币牌价与外汇调剂市场价并轨，\n是一项具有重要意义的改革措施，对于沟通国内外市场，扩大对外"
                             "开放，将发挥重要作用。", "三、加快建立社会主义市场经济体制"), "1994-03-10")
    none(found, "并轨")


def test_judgement_of_a_figure_or_a_task_keeps_the_action():
    # 2012 report review (corpus row of 2012): 是2010年的2.2倍 compares the sum the measure set
    found = frames(sc_report("中央财政安排资金1713亿元，是2010年的2.2倍，全年开工建设保障性住房和棚户区改造住房1000万套。",
                             "一、2011年工作回顾"), "2012-03-05")
    assert one(found, "安排")["mode"] == "done"
    # sc-report-1995 plan (corpus row of 1995): 是今年的一项重要工作 names the year's task
    found = frames(sc_report("制定“九五”计划和２０１０年的远景目标，是今年的一项重要工作。", "二、1995年的主要任务"),
                   "1995-03-05")
    assert one(found, "制定")["mode"] == "planned"


def test_online_and_offline_is_no_launch_2015():
    # 2015 plan: 线上线下 holds 上线 across two words
    found = frames(sc_report("发展物流快递，把以互联网为载体、线上线下互动的新兴消费搞得红红火火。", "四、协调推动经济稳定增长和"
                             "结构优化"), "2015-03-05")
    none(found, "上线")


def test_under_way_in_the_plan_is_done_1992():
    # 1992 plan: 正着手制定 reports the drafting under way, which the guide counts as done
    found = frames(sc_report("政府部门要下决心消除对企业生产经营活动的不必要干预，真正把企业推向市场。国务院正着手制定有关全民所有制"
                             "工业企业转换经营机制的暂行条例，落实企业经营权，保障国家所有权，促进企业法的贯彻执行。",
                             "三、加快改革步伐，扩大对外开放"), "1992-03-20")
    assert one(found, "制定")["mode"] == "done"


def test_subject_whose_progress_is_reported_2002():
    # 2002 review and plan: the verb phrase opens the subject of 有较大进展 / 取得的成果, no action
    found = frames(sc_report("信息、生物等高新技术产业快速发展。传统工业改造和淘汰落后生产能力有较大进展。", "首先报告２００１年的工作"),
                   "2002-03-05")
    none(found, "改造")
    found = frames(sc_report("巩固和扩大纺织、冶金、煤炭等行业淘汰落后生产能力取得的成果，继续推进石化、建材、机械、医药、制糖、"
                             "烟草等行业压缩过剩、落后生产能力的工作。", "三、积极推进经济结构调整和经济体制改革"), "2002-03-05")
    none(found, "淘汰")


def test_action_then_its_result_stays_2018_1998():
    # sc-report-2018 review (corpus row of 2018): 制定实施…并取得扎实成效 reports the action, then its result
    found = frames(sc_report("五年来，生态环境状况逐步好转。制定实施大气、水、土壤污染防治三个“十条”并取得扎实成效。",
                             "一、过去五年工作回顾"), "2018-03-05")
    assert one(found, "制定")["mode"] == "done"
    # sc-report-1998 review (corpus row of 1998): 卓有成效的 is the manner of the activities carried out
    found = frames(sc_report("五年来，在国际风云变幻中，我国坚持独立自主的和平外交政策，进行了卓有成效的双边和多边外交活动，"
                             "同世界各国和地区的友好合作关系不断发展。", "一、过去五年的工作"), "1998-03-05")
    assert one(found, "进行")["mode"] == "done"
