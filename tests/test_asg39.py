"""Probe asg39: provincial task-division notices (重点工作责任单位, 责任分工方案) and their notes."""
import govie


def _asg(text, ref="2023-02-15"):
    return govie.extract(text, reference_date=ref).to_dict()["assignments"]


# https://yijiuyanglao.com/article-185-1.html (豫政〔2023〕5号), served without line breaks.
HENAN = ("河南省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 "
         "现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。各责任单位要尽快制定具体落实方案,"
         "明确时间节点、责任领导、主要措施,并于2023年3月25日、6月25日、9月25日前向省政府报告各项重点工作的每季度进展情况,"
         "12月25日前报告全年落实情况。省政府办公厅要对重点工作任务落实情况进行跟踪督办,"
         "及时掌握和定期通报重点工作进展情况,确保年度重点工作任务圆满完成。 一、加快提振市场信心 (一)全面促进消费增长。 "
         "1.把恢复和扩大消费摆在优先位置,调整妨碍消费的限制性措施,改善消费条件,创新消费场景。"
         "(省商务厅、财政厅、发展改革委、地方金融监管局、人行郑州中心支行、河南银保监局等相关部门按职责分工负责) "
         "2.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅、财政厅、文化和旅游厅、工业和信息化厅、"
         "住房城乡建设厅等相关部门按职责分工负责)")


def test_title_citing_the_report_unbracketed_is_a_policy():
    # "关于明确政府工作报告提出的…的通知" divides the report's tasks; it is no report, so its
    # running text assigns: 省政府办公厅要…跟踪督办.
    found = [a for a in _asg(HENAN) if a["lead"] == ["河南省人民政府办公厅"]]
    assert len(found) == 1
    assert found[0]["task"]["text"].startswith("对重点工作任务落实情况进行跟踪督办")


def test_hangzhou_title_with_report_breakdown_is_a_policy():
    # https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html (title); the duty sentence is of the same notice.
    text = ("杭州市人民政府办公厅关于印发2020年政府工作报告重点工作责任分解的通知\n"
            "市政府督查室要将重点工作完成情况作为重点督查内容，督促推进落实。")
    found = _asg(text, "2020-05-20")
    assert [a["task"]["text"] for a in found] == ["将重点工作完成情况作为重点督查内容，督促推进落实"]
    assert found[0]["lead"][0].startswith("杭州市")


def test_run_on_items_start_the_task_at_their_number():
    # The page lost its line breaks: item 1's task is the item, not the page head, and the head's
    # reporting dates (9月25日前) are no deadline of it.
    a = next(a for a in _asg(HENAN) if a["lead"][:1] == ["河南省商务厅"])
    assert a["task"]["text"].startswith("把恢复和扩大消费摆在优先位置")
    assert a["deadline"] is None
    b = next(a for a in _asg(HENAN) if a["lead"] == ["河南省发展和改革委员会"])
    assert b["task"]["text"].startswith("落实好提振市场信心90条措施")


def test_a_work_report_still_assigns_nothing_in_its_running_text():
    text = ("政府工作报告\n各位代表：\n过去一年，我们坚持稳中求进。今年要由省发展改革委负责推进重大项目建设。")
    assert _asg(text, "2023-01-15") == []
