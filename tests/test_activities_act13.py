"""act13: activities in provincial work reports (2026)."""
import pytest

import govie


def report_acts(body: str) -> list[dict]:
    result = govie.extract(body, model=None, reference_date="2026-02-03")
    return [dict(a.to_dict(), trigger=a.trigger["text"]) for a in result.activities]


@pytest.mark.parametrize("sentence", [
    "组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元。",  # dev wr2026-ningxia
    "产业加速迈向中高端，累计实施工业技改项目2.15万个，新能源汽车年产量增至82万辆。",  # dev wr2026-hubei
    "推进港航设施智能化改造，实施港口重点项目20个。",  # /work/r6/readable/wr2026-辽宁省.txt
    "对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。",  # /work/r6/readable/wr2026-青海省.txt
])
def test_projects_counted_after_shishi_are_a_statistic(sentence):
    assert [a for a in report_acts(sentence) if a["trigger"] == "实施"] == []


def test_projects_counted_before_their_noun_stay_an_action():
    # dev wr2026-henan gold: 实施 (other), the plan's count leads the noun
    frames = report_acts("充分挖掘投资潜力。实施1000个以上省重点项目，年度完成投资1万亿元。")
    assert [a["trigger"] for a in frames].count("实施") == 1


@pytest.mark.parametrize("sentence", [
    "坚决落实全面从严治党战略方针，扎实开展深入贯彻中央八项规定精神学习教育。",  # dev wr2026-anhuim (gold event)
    "扎实开展党内集中学习教育。",  # /work/r6/readable/wr2026-西藏自治区.txt
])
def test_study_campaign_is_an_event(sentence):
    frames = [a for a in report_acts(sentence) if a["trigger"] == "开展"]
    assert [a["type"] for a in frames] == ["event"]


@pytest.mark.parametrize("sentence, trigger", [
    ("规范实施特许经营改革试点，新增生态管护公益岗位3632个，祁连山、青海湖国家公园创建顺利推进，坎布拉获批世界地质公园。",
     "创建"),  # dev wr2026-qinghai
    ("整合优化自然保护地，国家公园、国家植物园设立取得突破性进展。", "设立"),  # dev wr2026-yunnanm
    ("“综合查一次”改革、“无证明城市”建设和规范涉企行政执法专项行动深入推进，第三批全国法治政府建设示范创建数量居全国第1位。",
     "创建"),  # dev wr2026-anhuim
])
def test_trigger_as_a_noun_whose_progress_is_reported(sentence, trigger):
    # under a report's opening, as in the dev documents
    frames = report_acts("2026年政府工作报告\n各位代表：\n" + sentence)
    assert [a for a in frames if a["trigger"] == trigger] == []
