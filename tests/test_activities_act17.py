"""Activities in work reports: counted builds (建设…910万亩) and works put into service (挂牌运营,
投入商业运行) (act17, round 10). Sentences from annotations/dev and /work/r6/readable."""

from .activity_frames import frames


def _frames(text, reference_date="2026-02-01"):
    return frames(text, reference_date)


def _triggers(text):
    return [f["trigger"] for f in _frames(text)]


_REVIEW = ("各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"
           "一、2025年工作回顾\n2025年是“十四五”收官之年。\n")
_PLAN = "二、2026年主要工作\n"


def test_a_counted_build_opening_its_clause_is_an_activity():
    # wr2026-jilin (dev gold 建设): review; also readable wr2026-吉林 建设高标准农田2556万亩.
    text = _REVIEW + "重塑农业领域精细化管理机制，堵住项目建设漏洞。建设高标准农田910万亩，补齐历史欠账。\n"
    found = [f for f in _frames(text) if f["trigger"] == "建设"]
    assert len(found) == 1 and found[0]["mode"] == "done", found


def test_a_counted_build_in_the_plan():
    # wr2026-jiangxim (dev gold 建设, planned); also readable wr2026-山西 建设5大微短剧基地.
    text = _REVIEW + _PLAN + ("落实全民健身实施计划，办好省第十七届运动会、“赣超”、“百羽争锋”、环鄱阳湖国际自行车赛等体育赛事，"
                              "建设“口袋体育公园”40个以上，推动学校体育场馆有序向社会试点开放。\n")
    found = [f for f in _frames(text) if f["trigger"] == "建设"]
    assert len(found) == 1 and found[0]["mode"] == "planned", found


def test_an_uncounted_build_a_noun_build_and_counted_projects_are_none():
    # wr2026-yunnan 建设一批智能工厂 (an aim), wr2026-henan 国家生态文明建设示范区23个 (a noun),
    # wr2026-liaoning 建设亿元以上项目4000个 (projects counted): dev gold leaves all three out.
    text = _REVIEW + _PLAN + "建设一批智能工厂。\n强化项目落地保障，建设亿元以上项目4000个、完成投资超4500亿元。\n"
    assert "建设" not in _triggers(text)
    text = _REVIEW + "国家生态文明建设示范区23个，省级以上绿色工厂1210家、绿色工业园区74个，重点行业绿色化改造实现全覆盖。\n"
    assert "建设" not in _triggers(text)


def test_an_institution_put_into_service_with_its_subject_first():
    # wr2026-guizhoum (dev gold 挂牌运营); also wr2026-hubeim …交易服务平台全部挂牌运营, readable wr2026-吉林
    # 吉林农商行正式挂牌运营.
    text = _REVIEW + "统筹推进中小金融机构改革化险，贵州农商联合银行挂牌运营。\n"
    assert "挂牌运营" in _triggers(text)


def test_works_put_into_commercial_operation():
    # readable wr2026-福建; also sc-report-2024 国产大飞机C919投入商业运营.
    text = _REVIEW + "漳州核电一期投入商业运行，全球最大烷烃一体化生产基地投产，工业投资增长6.1%。\n"
    assert "投入商业运行" in _triggers(text)
