"""Probe act54: activities in State Council work reports of 1957-2001, review and tasks.
Real sentences from ../shared/data/state-council-work-reports/government_work_reports.jsonl, years in comments."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode")


def _words(text, ref):
    return [a[0] for a in _acts(text, ref)]


def test_commune_or_employer_acting_is_no_activity():
    # 1960 report (一, 农业增产措施): communes build, the state's own plant is the activity
    text = ("1960年中华人民共和国国务院政府工作报告\n\n　　在肥料方面，我们这几年来发展了养猪，扩大了绿肥面积，公社举办了许多土化肥厂，"
            "有的公社还办了年产八百吨合成氨（合三千吨硫酸铵）的小洋化肥厂，国家投资兴办了一些现代化的化肥厂，使有机肥料和无机肥料有了很大的增加。"
            "各地人民公社已经建立起五千四百多万亩种子基地。")
    words = _words(text, "1960-04-06")
    assert "举办" not in words and "建立" not in words


def test_employer_with_beneficiary_is_no_activity():
    # 2001 report, 八、不断改善人民生活 (加快完善社会保障制度)
    text = ("2001年中华人民共和国国务院政府工作报告\n\n八、不断改善人民生活，完善社会保障制度\n\n"
            "鼓励有条件的用人单位为职工建立补充养老和医疗保险，并发挥商业保险的作用。")
    assert "建立" not in _words(text, "2001-03-05")


def test_payment_ensured_is_no_activity():
    # 2001 report, 八 (加快完善社会保障制度); 2002 and 2003 reports write 保证教师工资按时足额发放
    text = ("2001年中华人民共和国国务院政府工作报告\n\n八、不断改善人民生活，完善社会保障制度\n\n加快完善社会保障制度。"
            "这是关系改革、发展、稳定全局的大事。要确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放。")
    assert "发放" not in _words(text, "2001-03-05")
    text = "2002年国务院政府工作报告\n\n要保证教师工资按时足额发放。"
    assert "发放" not in _words(text, "2002-03-05")


def test_payment_made_stays():
    # a payment reported made, with its sum, is still one (the guide: paying out, 发放)
    text = "2022年国务院政府工作报告\n\n一、2021年工作回顾\n\n对种粮农民一次性发放200亿元补贴，缓解农资价格上涨带来的影响。"
    assert "发放" in _words(text, "2022-03-05")


def test_measures_with_no_content_are_no_activity():
    # 1979 report, 一 (在政治和思想方面); 1999 report (正在采取措施，逐步加以解决)
    text = ("1979年中华人民共和国国务院政府工作报告\n\n　　遭到林彪、“四人帮”严重破坏的干部政策、知识分子政策、民族政策、宗教政策、侨务政策、"
            "对原工商业者的政策，对原国民党起义投诚人员的政策，政府都已经采取措施，陆续加以落实。摘掉右派分子帽子的工作已经全部完成。")
    words = _words(text, "1979-06-18")
    assert "采取" not in words
    assert "完成" in words
