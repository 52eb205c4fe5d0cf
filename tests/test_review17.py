"""Review17: defects in the round-25 merges asg65n (assignments in reform plans and news of 分工 documents) and
ad0b62b4 (speed of launched institutes). Realistic sentences shaped on the kinds the merged rules read; each
failed before its fix."""
import govie


def _frames(text):
    ex = govie.extract(text, model=None, reference_date="2024-05-01")
    out = []
    for a in ex.assignments:
        d = a.to_dict()
        assert text[d["task"]["start"]:d["task"]["end"]] == d["task"]["text"]
        out.append(d)
    return out


def test_a_reported_fact_is_no_topic_of_the_bodies_a_document_asks():
    # the reporting path took any clause before 《方案》要求 for the shared duty's topic
    assert _frames("全市共建成5G基站3000个，《方案》要求市工业和信息化局、市通信管理局等按职责分工负责。") == []
    assert _frames("今年以来，全市经济运行总体平稳，《通知》明确，市统计局、市发展改革委按职责分工负责。") == []
    # the topic the document names stays (news of the 2018 分工意见, test_asg65n)
    got = _frames("对于健全生态文明体制，《意见》明确提出，生态环境部、国家发展改革委、科技部等14部门按照职责分工负责。")
    assert [f["task"]["text"] for f in got] == ["健全生态文明体制"]


def test_the_leader_of_a_group_set_up_owns_none_of_its_duties():
    # 组建X牵头的…专班: the 专班 is set up; 其主要职责 are not 市数据局's
    assert _frames("（一）组建市数据局牵头的数字经济工作专班。其主要职责是，统筹推进全市数字经济发展，"
                   "负责协调解决重大问题。") == []
    got = _frames("（一）组建市数据局。其主要职责是，统筹推进全市数字经济发展，负责协调解决重大问题。")
    assert [f["lead"] for f in got] == [["市数据局"]]


def test_the_due_date_of_the_next_item_is_not_this_ones():
    # two items in one sentence split by ；: the closing date belongs to the second
    got = _frames("为减轻企业负担，清理用电不合理加价，由国家发展改革委负责；规范转供电环节收费，由市场监管总局负责，"
                  "2021年6月底前完成。")
    assert [f["deadline"] for f in got] == [None, "2021-06"]
