"""Assignments in meeting news and cell-per-line progress tables (probe asg23, round 14): real sentences.

Pages from the page store (addresses in /work/r14/probe-asg23.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


# 犍为县“四公一农”工作推进会 news (http://qw.leshan.cn/Home/Article/NYU5JL9xaQ-nYRkvjer7vQ==), its first
# paragraphs: 县委常委 is a post, its holder attends; the 住建局's duty later in the text is an assignment.
QIANWEI = ("犍为县“四公一农”工作推进会召开\n"
           "1月22日,犍为县“四公一农”工作推进会在县委会议室召开。县委副书记干世伦,县委常委、县政府常务副县长彭波出席会议并讲话。"
           "县委常委、县政府副县长王勇主持会议。\n"
           "会议指出,要提高政治站位,各责任单位要把思想统一到县委、县政府对城市功能品质提升、城市容貌整治改善的决策部署上来,"
           "充分认识开展“四公一农”建设提升的重要意义,进一步紧起来、动起来、跑起来,对照实施方案,细化工作目标,挂图作战,快速推动项目实施。\n"
           "会议强调,要定期调度评估,县住房城乡建设局负责工作日常调度,按照“马上办、督促办”的原则,"
           "定期收集工作情况报“四公一农”建设提升工作专班,并持续开展督导,定期通报情况,推动落地见效。\n")

# 建德 2019 市政府常务会议 news (traditional with pinyin glosses), http://huizhijy.cn/jdpd/jdyw/content/2019-12/18/content_8988742.html
JIANDE = ("12月18日下午,受市長(zhǎng)朱歡委托,市委常委、常務(wù)副市長(zhǎng)俞偉主持召開市十六屆政府第四十五次常務(wù)會(huì)議。"
          "市委常委、市政府黨組成員夏喜生,副市長(zhǎng)陳文岳、柯漢根、錢曉華、鄭志華出席會(huì)議。\n"
          "會(huì)議審議了《建德市政府投資項(xiàng)目管理辦法》(審議稿)。會(huì)議原則通過后要求,下步各有關(guān)部門要嚴(yán)格貫徹執(zhí)行該辦法,"
          "加強(qiáng)對(duì)政府投資項(xiàng)目的事前、事中、事后監(jiān)管。會(huì)議原則通過后要求,公共租賃住房保障體系建設(shè)關(guān)乎民生福祉,"
          "下步相關(guān)部門要嚴(yán)格標(biāo)準(zhǔn),把好審核關(guān)。\n")


def test_a_party_committee_member_who_attends_or_chairs_a_meeting_is_no_assignment():
    found = assignments(QIANWEI)
    assert not [a for a in found if a["task"]["text"].startswith("常委")]
    assert [(a["task"]["text"][:6], a["lead"]) for a in found] == [("工作日常调度", ["犍为县住房和城乡建设局"])]
    assert assignments(JIANDE) == []


# 绍兴 市政府2020年重点工作(预下达)一季度进展情况表 (http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html):
# the page's table, one cell a line; the task column is headed 内容与要求.
SHAOXING = ("市政府2020年重点工作(预下达)一季度进展情况表\n\n"
            "序号\n\n内容与要求\n\n进展情况\n\n责任单位\n\n"
            "1\n\n坚持“稳开稳走,提质提效”的总体态势,加强季度、月度数据监测,确保地区生产总值增长7%左右。\n\n"
            "从1-2月主要经济指标完成情况看,金融机构存贷款余额、保费收入等错月指标实现正增长。\n\n市发改委\n\n"
            "2\n\n持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。\n\n"
            "1-2月,全市固定资产投资同比下降12.7%,高于全省平均水平1.7个百分点,居全省第6位,比去年同期提升5位。\n\n市发改委\n")


def test_a_cell_per_line_table_with_a_task_column_headed_content_and_requirements():
    rows = assignments(SHAOXING)
    assert [a["task"]["text"] for a in rows] == [
        "坚持“稳开稳走,提质提效”的总体态势,加强季度、月度数据监测,确保地区生产总值增长7%左右。",
        "持续推进重大项目攻坚,确保有效投资增长高于经济增长、4个结构性指标均实现10%以上增长,市县长项目落地率50%以上。"]
    assert [a["lead"] for a in rows] == [["市发改委"], ["市发改委"]]  # the page names no city: its own words
    assert all(a["trigger"]["text"] == "责任单位" and a["support"] == [] for a in rows)
