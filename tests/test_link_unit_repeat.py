"""A bare unit (办公厅) that names again a body written out just before it (probe asg23, round 14)."""

from .mentions import depts

# A province's 政府工作规则, chapter on 督查 (http://www.fymate.net/html/text/lar/168343/16834333_7.html):
# the province is never named, so 省政府办公厅 stays unlinked; the bare 办公厅 after it is that office,
# not a unit of 国务院 named in the sentence before.
RULES = ("第九章 重要决策督查\n第六十六条 对省委、省政府的重要决策和领导批示件,各市政府和省政府各部门的主要负责人要亲自抓落实。\n"
         "第六十七条 对以下重要决策的落实情况进行督促检查:\n(二)省政府重要会议确定的工作任务和政策措施。\n"
         "第六十九条 收到党中央、国务院领导和省委常委的批示件，省政府办公厅要立即送呈有关领导审阅批示，"
         "按照分工转有关部门办理或直接组织办理，并按规定时限整理上报办理情况。\n"
         "第七十条 省政府领导批示件由省政府办公厅负责办理。办公厅应于接办当天转承办单位，必要时直接组织办理。")


def _depts(text: str):
    return depts(text, model=None)


def test_bare_office_after_an_unlinked_office_is_not_the_state_councils() -> None:
    depts = _depts(RULES)
    assert ("国务院", "中华人民共和国国务院") in depts
    assert ("办公厅", None) in depts
    assert all(c != "中华人民共和国国务院" for t, c in depts if t == "办公厅")


def test_bare_office_after_a_linked_office_is_that_office() -> None:
    text = RULES.replace("省政府办公厅", "四川省人民政府办公厅")
    assert [c for t, c in _depts(text) if t == "办公厅"] == ["四川省人民政府办公厅"]
