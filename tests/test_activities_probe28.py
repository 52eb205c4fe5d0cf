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
