"""Probe guide3 (round 22): service guides whose field labels head table rows or run into a standard's
section numbers, and whose procedure steps read 第一步: …; permits cited in 《》."""

import govie
from govie.text.guide import is_guide

# http://gznaye.com/fwshow632.html (吴起县 户外广告及门头牌匾设置许可审批 办事指南, a table of fields)
WUQI = (
    "| 事项名称 | 户外广告及门头牌匾设置许可审批 |\n| 受理部门 | 市容督察大队 |\n"
    "| 承诺办结时限 | 7-20个工作日 |\n| 法定办结时限 | 60个工作日 |\n"
    "| 办理地点 | 吴起县政务服务中心大厅47号窗口 |\n| 联系电话 | 0911-8391037 |\n"
    "| 申请材料 | 1、申请书1份; 2、广告及门头牌匾设置的平面图纸1份; |\n"
)
# https://m.001doc.com/doc/77745.html (聊城 收费许可证办理规程: section numbers run into the labels)
LIAOCHENG = (
    "2设定依据\nX财综字20XXX号\n4申报材料\n4.1合法有效的收费文件;\n5办理程序\n"
    "5.1 申请单位携带材料到物价局窗口提交有关材料;\n6承诺时限\n5个工作日\n7收费依据及标准\n不收费\n"
)
# https://www.zhixiaodao.com/article/d621e8da49f6462865913fd6.html (临时占道宣传、服务咨询活动登记办事指南)
ZHANLING = (
    "临时占道宣传、服务咨询活动登记办事指南\n"
    "三、办理程序第一步:申请人持申请材料向区政务服务中心“一窗式”窗口提交申请。\n"
    "第二步:政务服务中心“一窗式”窗口工作人员将接件材料递交城管局窗口工作人员。\n"
    "第三步:受理后,由行政审批与市政市容管理科进行现场勘查。\n"
    "第四步:在1个工作日内,科室经办人员对现场勘查情况作出认定结论,由城管局窗口核发"
    "《临时占道宣传、服务咨询活动登记许可书》。\n四、申请材料1、申请表1份;\n"
)


def _metrics(text):
    return [e.text for e in govie.extract(text).entities if e.label == "METRIC"]


def test_table_rows_make_a_guide_and_its_time_limits_no_metrics():
    assert is_guide(WUQI)
    assert _metrics(WUQI) == ["1份", "1份"]


def test_section_numbers_run_into_labels():
    assert is_guide(LIAOCHENG)
    assert "5个工作日" not in _metrics(LIAOCHENG)


def test_numbered_steps_di_yi_bu():
    assert is_guide(ZHANLING)
    assert _metrics(ZHANLING) == ["1份"]


def test_a_prose_line_opening_with_a_number_is_no_label():
    # a report's line: a number before a word that is no label, and one label alone, make no guide
    assert not is_guide("2023年工作总结\n3项目建设顺利推进\n办理时限：压缩一半以上。\n")


def test_permit_cited_in_brackets_names_its_kind():
    titles = [e for e in govie.extract(ZHANLING).entities if e.label == "TITLE"]
    assert [(e.text, e.attrs.get("doc_type")) for e in titles] == [("临时占道宣传、服务咨询活动登记许可书", "许可书")]


# dev gz-21 (广州 劳动仲裁 online application steps), a sentence of it: the steps of an app make a guide
GZ21 = (
    "1.先扫二维码，关注粤省事公众号\n2.再扫二维码，进入粤省事小程序\n3.进入“粤省事”小程序，搜索“调解仲裁”服务\n"
    "5.刷脸登陆，进入广州市仲裁申请业务\n6.选择申请人数、仲裁机构\n"
    "特别提醒： 2. 如您的仲裁申请已预受理的，请于 5 个工作日内通过现场或 EMS 邮寄方式递交材料以完成正式受理。"
)


def test_online_how_to_steps_make_a_guide():
    assert is_guide(GZ21)
    assert _metrics(GZ21) == []


def test_a_plans_numbered_items_are_no_how_to():
    plan = "1.进一步优化营商环境。\n2.提交审议的方案要完善。\n3.选择性执行要纠正。\n"
    assert not is_guide(plan)
