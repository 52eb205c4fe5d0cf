"""DATE in county and national policy notices (probe date39p): a notice that hands out a work report's
tasks is no work report (its 全年 is the year it names), and a recurring deadline keeps its time of day."""
import govie
from govie.text.normalize import normalize
from govie.text.report import is_report


def _dates(text, ref):
    return [(m.text, m.attrs.get("value")) for m in govie.extract(text, reference_date=ref).entities if m.label == "DATE"]


# https://www.zjc.gov.cn/info/1991/138461.htm (张家川县, 2016 政府工作报告目标任务分解)
ZJC = (
    '各乡镇人民政府,县政府各部门,县属驻县各单位:\n'
    '县十五届人大五次会议审议通过的《政府工作报告》,安排部署了2016年奋斗目标和工作任务。为了全面推进工作任务落实,现将《政府工作报告》中涉及2016年的各项目标任务分解下达。请各乡镇、县直各单位紧扣各项目标任务,立足各自实际和职能,细化目标任务,靠实工作责任,全力抓好落实。各牵头单位要积极履行牵头抓总职责,充分发挥主导作用,加强组织协调,突出工作重点,把握工作进展和质量。各协作和配合单位要积极主动与牵头单位衔接联系,形成工作合力。政府督查室、监察局要跟踪问效,严肃责任追究。政府各组成部门广大干部要以“定了就干、干就干成、干就干好”的扎实作风,动真碰硬,务求实效,全面完成全年各项工作任务。\n'
    '附件:2016年县政府重点工作任务分解表\n'
)


def test_task_notice_citing_the_report_is_no_report():
    assert not is_report(normalize(ZJC).text)


def test_full_year_of_a_task_notice_is_the_year_it_names():
    assert _dates(ZJC, "2016-03-01") == [("2016年", "2016"), ("2016年", "2016"), ("全年", "2016")]
    # the attachment list names a TITLE (附件:2016年县政府重点工作任务分解表): no DATE of its own


def test_notice_issuing_the_reports_task_list_is_no_report():
    # http://www.haiyan.gov.cn/art/2025/3/12/art_1229412459_59458975.html (海盐县人民政府办公室)
    text = ("海盐县人民政府办公室关于印发2025年政府工作报告重点工作和民生实事项目责任分解的通知\n各镇人民政府(街道办事处),"
            "县政府各部门、直属各单位: 《2025年政府工作报告重点工作责任分解》和《2025年民生实事项目责任分解》已经县政府同意,"
            "现印发给你们,请认真贯彻执行。 2025年是“十四五”规划决胜收官、“十五五”规划谋篇布局之年。\n")
    assert not is_report(normalize(text).text)
    assert _dates(text, "2025-03-12") == [("2025年", "2025"), ("2025年", "2025"), ("十四五", "2021/2025"),
                                          ("十五五", "2026/2030")]


def test_a_delivered_report_is_still_one():
    # a report's own title line and opening still make it a report (wr2026 style)
    text = "2026年甘肃省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
    assert is_report(normalize(text).text)


def test_recurring_deadline_keeps_its_time_of_day():
    # http://m.fqjz1.com/gongkai/show/20181009084800-237645-00-000.html (县林业局 林区公路 进度表, 2017)
    text = "纸质材料需各乡(镇)长签字、加盖政府公章并在每月28日15点前送县林业局413室。"
    assert _dates(text, "2017-05-20") == [("每月28日15点前", None)]


def test_attachment_list_year_stays_in_its_title():
    # https://m.ltwz.net/news/DPweP9gqoV.html (沁县人民政府办公室, 2025-05-18): the list names TITLEs (dev
    # pt-208869, pt-20932, sc19-46), the attachment's own heading line dates it
    text = ("附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解\n沁县人民政府办公室\n2025年5月18日\n"
            "附件1\n2025年县政府工作报告任务清单\n")
    assert _dates(text, "2025-05-18") == [("2025年5月18日", "2025-05-18"), ("2025年", "2025")]
