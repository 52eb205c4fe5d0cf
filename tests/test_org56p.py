"""ORG in local news and notices (probe org56p): a firm's short form by the head of its own name, a bank's sibling
branch listed after its branch, a known bank name right after another one."""
import govie


def _ents(text, label="ORG"):
    return [(e.text, e.start, e.end) for e in govie.extract(text).entities if e.label == label]


def test_firm_short_form_after_full_name():
    # lxlzsy.com/qyzx/qydt/319159.html (澧县 2022: 县领导书记调研杨花桥水厂)
    t = ("前往三眼泉供水有限公司实地督导调研抗旱保供水工作。王书记指出,当前高温干旱天气持续,并有继续恶化趋势,"
         "三眼泉公司要安排人员24小时轮班值守,科学调度,确保群众用水安全。")
    orgs = _ents(t)
    assert ("三眼泉供水有限公司", 2, 11) in orgs
    i = t.index("三眼泉公司")
    assert ("三眼泉公司", i, i + 5) in orgs


def test_firm_short_form_needs_the_full_name_before():
    # the same short form with no full name before it names nobody the text knows
    t = "三眼泉公司要安排人员24小时轮班值守,科学调度,确保群众用水安全。"
    assert _ents(t) == []


def test_common_word_head_is_no_short_form():
    # a head that is one common word (建设) is a kind of firm, not this firm's short name
    t = "由广州市城市建设投资集团有限公司负责实施,各建设公司要配合做好相关工作。"
    assert [x[0] for x in _ents(t)] == ["广州市城市建设投资集团有限公司"]


def test_sibling_branch_after_bank_branch():
    # fqxww.cn/portal/list/article/id/4109/category_id/1.html (福清 2022 signing news)
    t = "中国工商银行福建分行副行长、福州分行行长周灿森,福清市委副书记、市长吴永忠出席签约活动。"
    orgs = _ents(t)
    assert ("中国工商银行福建分行", 0, 10) in orgs
    i = t.index("福州分行")
    assert ("福州分行", i, i + 4) in orgs


def test_sibling_branch_not_after_the_central_bank():
    # the central bank's branches are DEPT (guide): a branch listed after one is not an ORG
    t = "人民银行福州中心支行副行长、福州分行行长出席会议。"
    assert "福州分行" not in [x[0] for x in _ents(t)]


def test_known_bank_right_after_another():
    # www.hanzhong.gov.cn/hzszf/xwzx/zwyw/202103/3e9a0c6c8d4a49ca99f549ccdacc400d.shtml (汉中 2021 headline)
    t = "我市与国开行农发行中国进出口银行举行签约仪式并座谈\n"
    assert _ents(t) == [("国开行", 3, 6), ("农发行", 6, 9), ("中国进出口银行", 9, 16)]


_AWARD = ("为肯定成绩,鼓励先进,市政府决定对获得国家科技进步二等奖的中鸿实业集团,获得省科技进步奖的平煤集团、平煤集团总医院、"
          "平顶山工业职业技术学院、中盐皓龙公司、神马氯碱公司、市公路局直属分局、市煤炭局、卫东区卫生局给予通令嘉奖。")
# henan.kjzch.com/pingdingshan/2010-03-03/593443.html (平顶山, 平政〔2010〕9号)


def test_firm_hospital_is_one_org():
    i = _AWARD.index("平煤集团总医院")
    assert ("平煤集团总医院", i, i + 7) in _ents(_AWARD)
    assert ("平煤集团", i, i + 4) not in _ents(_AWARD)


def test_list_item_coined_name_whole():
    i = _AWARD.index("中盐皓龙公司")
    orgs = _ents(_AWARD)
    assert ("中盐皓龙公司", i, i + 6) in orgs and ("皓龙公司", i + 2, i + 6) not in orgs


def test_level_bureaus_in_a_firm_list_are_no_firms():
    # 市煤炭局 is a DEPT; 市公路局直属分局 (no department type: 公路局 is a ministry's unit too) is at least no firm
    depts = [x[0] for x in _ents(_AWARD, "DEPT")]
    orgs = [x[0] for x in _ents(_AWARD)]
    assert "市煤炭局" in depts
    assert "市公路局直属分局" not in orgs and "市煤炭局" not in orgs


def test_coined_head_after_a_word_is_not_widened():
    # a word before the short name (重点) is a lead, not part of the name
    t = "推动重点皓龙公司发展。"
    assert [x[0] for x in _ents(t)] == ["皓龙公司"]
