"""Probe asg62n: assignments in national documents (real sentences, State Council and ministries)."""
import govie

# 国发〔2019〕4号 国务院关于印发国家职业教育改革实施方案的通知 (www.gov.cn, via github ZhouYNF/platform-1
# db/ge_policy_raw20190217.sql), paragraph on the 1+X certificates.
_CERTIFICATES = ("国务院关于印发国家职业教育改革实施方案的通知\n国发〔2019〕4号\n"
                 "国务院人力资源社会保障行政部门、教育行政部门在职责范围内，分别负责管理监督考核院校外、院校内职业技能等级"
                 "证书的实施（技工院校内由人力资源社会保障行政部门负责），国务院人力资源社会保障行政部门组织制定职业标准，"
                 "国务院教育行政部门依照职业标准牵头组织开发教学等相关标准。院校内培训可面向社会人群。\n")


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


def _by_task(frames, words):
    return [a for a in frames if words in a.task["text"]]


def test_state_council_field_named_once_for_a_list():
    # 国务院 written on the first field only: 教育行政部门 is the Ministry of Education too.
    depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(_CERTIFICATES, reference_date="2019-01-24").entities
             if e.label == "DEPT"]
    assert ("教育行政部门", "教育部") in depts


def test_shared_duty_after_a_manner_phrase_and_the_clauses_after_it():
    frames = _assignments(_CERTIFICATES, "2019-01-24")
    (shared,) = _by_task(frames, "院校外、院校内")
    assert shared.lead == ["人力资源和社会保障部", "教育部"]
    assert "组织制定职业标准" not in shared.task["text"]  # the next clause has its own subject
    (standards,) = _by_task(frames, "组织制定职业标准")
    assert standards.lead == ["人力资源和社会保障部"]
    (teaching,) = _by_task(frames, "开发教学等相关标准")
    assert teaching.lead == ["教育部"]
    assert not _by_task(frames, "在职责范围内")  # a manner phrase is no task


def test_second_clause_of_a_sentence_has_its_own_shared_subject():
    # 国发〔2019〕4号, (二十) 完善国务院职业教育工作部际联席会议制度.
    text = ("国务院关于印发国家职业教育改革实施方案的通知\n国发〔2019〕4号\n"
            "国务院教育行政部门负责职业教育工作的统筹规划、综合协调、宏观管理，国务院教育行政部门、人力资源社会保障"
            "行政部门和其他有关部门在职责范围内，分别负责有关的职业教育工作。\n")
    (a,) = _by_task(_assignments(text, "2019-01-24"), "有关的职业教育工作")
    assert a.lead == ["教育部", "人力资源和社会保障部"]


def test_partners_after_the_lead_and_a_comma():
    # http://www.sihzm.cn/htm/20209/11_929_p2.htm (国家医保局 2020年国家医保药品目录调整工作方案, a
    # traditional-script mirror): 会同 after 牵头 and a comma names the supporting bodies.
    text = ("2020年國家醫保藥品目錄調整工作方案\n\n(一)準備階段(2020 年 7-8 月)。\n\n"
            "1.由國家醫保局牽頭,會同工業和信息化部、財政部、國家衛生健康委、國家藥監局、國家中醫藥局研究制定工作方案,"
            "確定目錄調整的原則、程序。征求社會意見后,公布方案。\n")
    (a,) = _by_task(_assignments(text, "2020-09-04"), "研究制定工作方案")
    assert a.lead == ["国家医疗保障局"]
    assert a.support == ["工业和信息化部", "财政部", "国家卫生健康委员会", "国家药品监督管理局", "国家中医药管理局"]
    assert not a.task["text"].startswith("會同")
