"""Probe act43: the State Council's reports to the NPC Standing Committee (国务院关于…情况的报告) and news of the
sittings that hear them. Real sentences from the probe texts (addresses in comments): such a report reads as a
report (its review is done work of the bodies it names), its own "报告如下" is no publication, and news of a
minister's briefing or of a report laid before the committee gives the government's activity, never the
committee's."""
import govie
from govie.text.report import is_report
from .activity_frames import tuples

# http://www.npc.gov.cn/npc/c2/c30834/202512/t20251208_449847.html (国务院关于落实全国人大常委会对2024年度环境状况…
# 审议意见的报告, 2025): the address, the speaker's formula and two reported actions of its first section.
_OPINIONS = (
    "全国人民代表大会常务委员会：\n"
    "根据全国人大常委会办公厅《关于请研究处理<国务院关于2024年度环境状况和环境保护目标完成情况的报告>审议意见的函》"
    "（常办秘字〔2025〕82号），国务院组织生态环境部等部门和单位对审议意见进行了认真研究，提出了加强和改进工作的思路措施。"
    "现报告如下。\n"
    "（一）全力推进“十四五”规划顺利收官。生态环境部会同有关部门开展《中华人民共和国国民经济和社会发展第十四个五年规划"
    "和2035年远景目标纲要》生态环境领域和“十四五”生态环境保护规划实施情况总结评估。\n"
    "（二）系统谋划“十五五”生态环境保护工作。财政部联合生态环境部修订发布《中央生态环境资金项目储备库入库指南（2025年）》，"
    "进一步规范项目入库要求。\n"
)


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_report_to_the_standing_committee_is_a_report():
    assert is_report(_OPINIONS)
    # http://tjjiafengwl.com/gkml/sthjbgw/qt/201704/t20170425_412902.htm (2016年度 环境状况 report, 2017)
    assert is_report("全国人民代表大会常务委员会：\n按照环境保护法规定和全国人大常委会安排，受国务院委托，现就2016年度"
                     "环境状况和环境保护目标完成情况报告如下，请审议。\n")
    # a letter to the committee that reports nothing is none
    assert not is_report("全国人民代表大会常务委员会：\n现将有关文件送上。\n")


def test_reported_actions_of_the_named_ministries():
    acts = _acts(_OPINIONS, "2025-12-08")
    by_word = {a[0]: a for a in acts}
    assert by_word["开展"][1:] == ("other", "done", None, ["生态环境部"])
    assert by_word["修订发布"][1:] == ("publication", "done", None, ["财政部", "生态环境部"])
    # the report's own 现报告如下 is its delivery, not a publication of the State Council
    assert "报告" not in by_word
    assert all("全国人民代表大会常务委员会" not in a[4] for a in acts)


def test_own_delivery_formula_is_no_activity():
    # http://tjjiafengwl.com/gkml/sthjbgw/qt/201704/t20170425_412902.htm
    text = ("全国人民代表大会常务委员会：\n按照环境保护法规定和全国人大常委会安排，受国务院委托，现就2016年度环境状况和环境保护"
            "目标完成情况与研究处理环境保护法执法检查报告及审议意见情况报告如下，请审议。\n")
    assert _acts(text, "2017-04-24") == []


def test_news_of_a_ministers_briefing_to_the_committee():
    # http://big5.taiwan.cn/gate/big5/www.chinataiwan.cn/xwzx/PoliticsNews/201910/t20191024_12212343.htm (光明日报
    # 2019-10-24)
    text = ("23日，受國務院委託，財政部部長劉昆向全國人大常委會作了2018年度全國行政事業性國有資産管理情況的專項報告。")
    acts = _acts(text, "2019-10-24")
    assert [(a[0], a[1], a[2], a[4]) for a in acts] == [("報告", "meeting", "done", ["财政部"])]
    assert acts[0][3] != "2018"  # the period the report covers is not when it was made


def test_news_of_a_report_laid_before_the_committee():
    # http://yejin.nanjiwang.cn/redian/2023/0424/2716.html (中新网 2023-04-24)
    text = ("中新网北京4月24日电 《国务院关于2022年度环境状况和环境保护目标完成情况的报告》24日提请十四届全国人大常委会审议。")
    acts = [a for a in _acts(text, "2023-04-24") if a[0] == "提请"]
    assert [(a[2], a[3]) for a in acts] == [("done", "2023-04-24")]
    assert "全国人民代表大会常务委员会" not in acts[0][4]


def test_relative_clause_and_premiers_report_are_no_submission_or_briefing():
    # https://inong.net/news/show-16011.html (新华社 2016-12-23): 提请…审议的…报告指出 names the report
    text = ("提请十二届全国人大常委会第二十五次会议审议的国务院关于研究处理食品安全法执法检查报告及审议意见情况的反馈报告指出，"
            "今年年底前，我国将形成近1100项的食品安全国家标准体系。")
    assert [a for a in _acts(text, "2016-12-23") if a[0] in ("提请", "报告")] == []
    # the premier's work report to the congress itself is not a briefing of a standing committee
    text = "国务院总理李强向十四届全国人大二次会议作政府工作报告。"
    assert [a for a in _acts(text, "2024-03-05") if a[0] == "报告"] == []
