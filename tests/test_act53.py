"""Probe act53: activities in the review stretches of State Council work reports (1987-2012).
Real sentences from ../shared/data/state-council-work-reports/government_work_reports.jsonl, years in comments."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "date")


def test_decision_made_in_title_is_a_publication():
    # 2005 report, 一、过去一年工作回顾 (二)
    # (the page breaks the line inside 《》 as the source does)
    text = '一、过去一年工作回顾\n（二）控制固定资产投资过快增长，大力加强薄弱环节。\n\n主要是严把土地审批和信贷投放两个闸门，控制投资需求膨胀，遏制部分行业盲目投资和低水平重复建设。深入整顿和规范土地市场秩序，全面清理各类开发区；暂停半年审批农用地转非农建设用地；制定了《\n关于深化改革严格土地管理的决定\n》；完善国土资源管理体制。提高商业银行存款准备金率，上调金融机构存贷款基准利率，放开贷款利率上限，加强商业银行资本充足率管理；提高钢铁、水泥、电解铝、房地产等行业建设项目资本金比例。依法清理在建和拟建项目。全年全社会固定资产投资增长25.8%，增幅比一季度回落17.2个百分点。货币信贷增幅明显减缓。\n'
    acts = _acts(text, "2005-03-05")
    assert ("制定", "publication", "2004") in acts
    assert ("暂停", "other", "2004") in acts


def test_pay_raised_a_number_of_times_is_done_with_a_long_object():
    # 2003 report, 五年来… (一): the object runs past 16 characters; 三次 marks it done as 了 would
    text = ("2003年国务院政府工作报告\n五年来，我们的主要工作体会有以下几个方面。\n在扩大投资需求的同时，重视培育和扩大消费需求。主要是努力增加城乡中低收入居民的收入。1999年以来，三次提高机关事业单位"
            "职工基本工资标准和离退休人员离退休金，实施年终一次性奖金制度，建立艰苦边远地区津贴制度。提高国有企业离退休人员的待遇。")
    words = [a[0] for a in _acts(text, "2003-03-05")]
    assert words.count("提高") == 2


def test_uncounted_pay_aim_stays_out():
    # the same rate words without a count or 了 and past 16 characters stay an aim (no activity)
    text = "2003年国务院政府工作报告\n要努力提高机关事业单位职工基本工资标准和离退休人员离退休金，增加城乡居民收入。"
    assert [a for a in _acts(text, "2003-03-05") if a[0] == "提高"] == []


def test_spending_total_is_a_statistic():
    # 2011 report, 五年来… (二)
    text = "2011年国务院政府工作报告\n一、“十一五”时期国民经济和社会发展的回顾\n五年来，我们主要做了以下工作：\n中央财政“三农”投入累计近3万亿元，年均增幅超过23%。彻底取消农业税和各种收费。"
    acts = _acts(text, "2011-03-05")
    assert [a[0] for a in acts] == ["取消"]


def test_scope_extended_to_the_whole_country():
    # 2012 report, 一、2011年工作回顾 (五)
    text = ("2012年国务院政府工作报告\n一、2011年工作回顾\n把跨境贸易人民币结算范围扩大到全国，启动境外直接投资人民币结算试点，开展外商直接投资人民币结算业务。")
    assert [a[0] for a in _acts(text, "2012-03-05")] == ["扩大", "启动", "开展"]
