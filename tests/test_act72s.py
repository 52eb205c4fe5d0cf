"""Probe act72s: activities in the older State Council work reports (1959-1998), review and plan parts. Real
sentences from the probe text (../shared/data/state-council-work-reports, see SOURCE.txt), addresses in comments."""
from .activity_frames import tuples
import govie

SC = "中华人民共和国国务院"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def test_old_review_heading_with_de_opens_the_report():
    # 1994年中华人民共和国国务院政府工作报告: 一、１９９３年国内工作的回顾和１９９４年工作的基本方针 (review) and
    # 二、保持国民经济持续快速健康发展 (plan), an excerpt without the speaker's opening
    # (the source's layout: blank lines after each heading, paragraphs indented with ideographic spaces)
    text = ("一、１９９３年国内工作的回顾和１９９４年工作的基本方针\n\n\n\u3000\u3000改革开放取得新的进展。\n"
            "\u3000\u3000价格关系进一步理顺，基本上放开了粮食购销价格。\n\n\n\n"
            "二、保持国民经济持续快速健康发展\n\n\n\u3000\u3000主要措施有以下几项：\n\n"
            "\u3000\u3000完善国家粮食储备体系，建立粮食风险基金，保持粮食市场的稳定；\n")
    acts = _acts(text, "1994-03-10")
    freed = [a for a in acts if a[0] == "放开"]
    assert freed and freed[0][2] == "done" and freed[0][3] == "1993"


def test_five_year_review_heading_with_guanyu_and_a_figure_year_keep_the_span():
    # 1998年中华人民共和国国务院政府工作报告, 一、关于过去五年的政府工作: "1997年国内生产总值达到…" opens a block
    # with a figure's year inside the five years reviewed
    text = ("一、关于过去五年的政府工作\n过去的五年，经济发展保持良好势头，国家经济实力显著增强。\n"
            "1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11％。"
            "制定和实施“九五”计划和2010年远景目标纲要，开局良好。\n"
            "一大批重点建设项目建成投产，京九、南昆铁路全线投入运营。\n")
    acts = _acts(text, "1998-03-05")
    plan = [a for a in acts if a[0].startswith("制定")]
    # drafting and putting in force are one trigger (dev sc-report-2006 gold 制定和实施, 制定并实施)
    assert plan and plan[0][0] == "制定和实施" and plan[0][1] == "publication" and plan[0][3] == "1993/1997"
    built = [a for a in acts if a[0] == "建成投产"]
    assert built and built[0][2] == "done" and built[0][3] == "1993/1997"


def test_standing_committee_deliberated_and_approved_is_one_meeting():
    # 1981年中华人民共和国国务院政府工作报告, （一）当前的经济形势
    text = ("各位代表：\n（一）当前的经济形势\n"
            "根据中共中央的建议，今年２月，国务院向人大常委会第十七次会议提出关于进一步调整国民经济的报告，"
            "对原定的１９８１年国民经济计划和国家概算进行必要的修订。人大常委会审议并批准了这个修订方案。")
    acts = _acts(text, "1981-11-30")
    approved = [a for a in acts if "批准" in a[0] or a[0] == "审议"]
    assert [a[0] for a in approved] == ["审议并批准"] and approved[0][1] == "meeting"
    start = text.index("审议并批准")
    assert text[start : start + 5] == "审议并批准"


def test_system_put_in_force_in_a_review_is_an_action():
    # 1992年中华人民共和国国务院政府工作报告, 一、１９９１年国内工作的回顾
    text = ("现在，我代表国务院向大会作政府工作报告，请予审议。\n一、１９９１年国内工作的回顾\n"
            "在价格改革方面，部分产品实行了计划内外两种价格的并轨或缩小差距，对理顺价格关系起了积极的作用。"
            "对外开放继续扩大。逐步实行了外贸企业自主经营、自负盈亏的新体制。")
    acts = _acts(text, "1992-03-20")
    put = [a for a in acts if a[0] == "实行"]
    assert len(put) == 2 and all(a[2] == "done" and a[3] == "1991" and a[4] == [SC] for a in put)
    # dev sc-report-1997 precedent (a plan's direction, no 了) stays out: 中央和地方对亏损企业要继续实行分级责任制
    plan = "各位代表：\n二、１９９７年的主要任务\n中央和地方对亏损企业要继续实行分级责任制，谁主管的企业，谁负责扭亏。"
    assert not [a for a in _acts(plan, "1997-03-01") if a[0] == "实行"]


def test_draft_adopted_by_the_state_council_is_a_meeting():
    # 1959年中华人民共和国国务院政府工作报告, 二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务
    text = ("我现在根据国务院的决定，向第二届全国人民代表大会第一次会议作政府工作报告。\n"
            "这个草案，已经由国务院通过，提请这次人民代表大会审议和决定。")
    adopted = [a for a in _acts(text, "1959-04-18") if a[0] == "通过"]
    assert adopted and adopted[0][1] == "meeting" and adopted[0][2] == "done" and adopted[0][4] == [SC]
    # a means, not an adoption: no 由 before the body, an object after the verb
    means = "各位代表：\n一、2018年工作回顾\n国务院通过减税降费减轻企业负担。"
    assert not [a for a in _acts(means, "2019-03-05") if a[0] == "通过"]



# 2026 河南省政府工作报告 (corpora/work-reports-2026): the five-year review, then the year's review opening on
# 刚刚过去的2025年 (no comma after the year). The year is the one under review, never a figure's year
# inside the five-year span: the year's actions are dated 2025, not 2021/2025.
HENAN_REVIEW = (
    "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、“十四五”时期和2025年工作回顾\n"
    "过去的五年极不寻常。我们稳中求进、难中求成，经济社会发展取得新成就。\n"
    "刚刚过去的2025年很不平凡。一年来，全省上下牢记嘱托、感恩奋进，生产总值增长5.6%。\n"
    "（二）全面加快融入服务全国统一大市场建设。成功举办第十八届中国—拉美企业家高峰会等重大经贸活动。\n"
)


def test_year_under_review_after_the_five_years_keeps_its_own_year():
    r = govie.extract(HENAN_REVIEW, reference_date="2026-01-26", model=None)
    held = [a for a in r.activities if a.trigger["text"] == "举办"]
    assert held and HENAN_REVIEW[held[0].trigger["start"]:held[0].trigger["end"]] == "举办"
    assert held[0].date == "2025"
