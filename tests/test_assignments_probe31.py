"""Assignments in national ministry and joint-ministry texts (probe asg31, round 16): real sentences.

Pages from the page store (addresses in /work/r16/probe-asg31.md and in the comments below).
"""

from __future__ import annotations

import govie

from .assignment_frames import assignments


# 交通运输部2021年政务公开工作要点 (http://jycdxd.com/Laws/Trade/Traffic/202105/5638944.shtml): a ministry's own
# plan whose notes name its internal units, on a mirror that sets pinyin glosses after characters (規(guī)劃).
MOT = ("交通運輸部辦公廳\n2021年4月27日\n交通運輸部2021年政務公開工作要點\n"
       "1.加強“十四五”綜合交通運輸發(fā)展規(guī)劃及行業(yè)、專項規(guī)劃公開和解讀,更好引導全社會關(guān)心支持交通運輸規(guī)劃實施工作。"
       "(綜合規(guī)劃司牽頭,各有關(guān)司局按職責分工負責)\n"
       "2.及時公開進一步深化交通運輸體系改革、形成統(tǒng)一開放的交通運輸市場有關(guān)政策措施和規(guī)則標準,更好服務國家建設(shè)高標準市場體系。"
       "(政策研究室牽頭,綜合規(guī)劃司、公路局、水運局、運輸服務司、安全與質(zhì)量監(jiān)督管理司、海事局等按職責分工負責)\n")


def test_a_ministrys_units_lead_as_the_ministry_and_glosses_stay_inside_the_spans():
    first, second = assignments(MOT, reference_date="2021-04-27")
    assert first["task"]["text"].endswith("關(guān)心支持交通運輸規(guī)劃實施工作")
    assert second["task"]["text"].endswith("更好服務國家建設(shè)高標準市場體系")
    # 各有关司局 is a class: no support; the units of the issuing ministry are the ministry.
    assert first["lead"] == ["交通运输部"] and first["support"] == []
    assert second["lead"] == ["交通运输部"]
    assert all(a["deadline"] is None for a in (first, second))
    units = [(e.text, e.canonical) for e in govie.extract(MOT, model=None, reference_date="2021-04-27").entities
             if e.label == "DEPT" and e.text.endswith(("司", "局", "室")) and "交通" not in e.text]
    assert units == [("綜合規(guī)劃司", "交通运输部"), ("政策研究室", "交通运输部"), ("綜合規(guī)劃司", "交通运输部"),
                     ("公路局", "交通运输部"), ("水運局", "交通运输部"), ("運輸服務司", "交通运输部"),
                     ("安全與質(zhì)量監(jiān)督管理司", "交通运输部"), ("海事局", "交通运输部")]


# 2024年知识产权强国建设推进计划, 国知联办〔2024〕6号 (https://chuangyuwang.com/evaluate_policy_details/1358):
# "X、Y负责" with no 牵头 makes every body named a lead.
IP_PLAN = ("国家知识产权强国建设工作部际联席会议办公室\n2024年知识产权强国建设推进计划\n"
           "3.推进《中华人民共和国反不正当竞争法》修改。制定发布《标准必要专利反垄断指引》。推动出台《公平竞争审查条例》。(市场监管总局负责)\n"
           "4.推进《中华人民共和国植物新品种保护条例》修改。(农业农村部、国家林草局负责)\n"
           "7.推进《中医药传")


def test_joint_plan_notes_name_leads_and_a_cut_item_gives_nothing():
    rows = assignments(IP_PLAN, reference_date="2024-04-01")
    assert [a["lead"] for a in rows] == [["国家市场监督管理总局"], ["农业农村部", "国家林业和草原局"]]
    assert rows[1]["task"]["text"] == "推进《中华人民共和国植物新品种保护条例》修改"
    assert all(a["support"] == [] for a in rows)


def test_the_joint_meetings_office_named_national_is_its_own_body():
    for model in (None, govie.BUNDLED_MODEL):
        found = [(e.text, e.canonical) for e in govie.extract(IP_PLAN, model=model).entities if e.label == "DEPT"]
        assert ("国家知识产权强国建设工作部际联席会议办公室", "国家知识产权强国建设工作部际联席会议办公室") in found


def test_the_joint_meeting_itself_is_no_body():
    # 经国家知识产权强国建设工作部际联席会议同意 (same page): the meeting approves; only its office is a body.
    text = "经国家知识产权强国建设工作部际联席会议同意,现将《2024年知识产权强国建设推进计划》印发,请认真组织实施。"
    assert [e.text for e in govie.extract(text, model=None).entities if e.label == "DEPT"] == []


# 2023年知识产权强国建设纲要和“十四五”规划实施推进计划 (http://hydraee.com/h-nd-379.html): the page stops
# inside a note; an unclosed note assigns nothing.
def test_an_unclosed_note_at_the_end_of_a_page_gives_no_assignment():
    text = ("4.推進修改《中華人民共和國植物新品種保護條例》《中華人民共和國植物新品種保護條例實施細則(農業部分)》。"
            "(農業農村部、國家知識產權局、國家林草")
    assert assignments(text) == []


# 国办 健康中国行动组织实施和考核方案, 2019 (https://wf.pub/perios/article:zgwshb201907003), as the mirror renders
# it: ASCII full stops between sentences. The office seated in a commission is that commission's task.
def test_an_office_set_up_in_a_commission():
    text = ("国务院办公厅关于印发健康中国行动组织实施和考核方案的通知\n"
            "推进委员会主任由国务院分管领导同志担任,秘书长由国务院分管副秘书长、国家卫生健康委负责同志担任."
            "推进委员会办公室设在国家卫生健康委.")
    (a,) = assignments(text, reference_date="2019-06-24")
    assert "推进委员会办公室设在国家卫生健康委" in a["task"]["text"] and a["trigger"]["text"] == "设在"
    assert a["lead"] == ["国家卫生健康委员会"] and a["support"] == []


# 商办流通函〔2019〕417号 (https://smejs.cn/policy_show.aspx?id=9387): addressed to classes of bodies; the
# ministry's unit only receives the reports.
def test_a_deadline_for_classes_of_bodies_is_no_assignment():
    text = ("请各有关部门密切配合,根据职责分工扎实推进创建工作。商务主管部门要尽快摸清本地区创建底数,制定切实可行的实施方案,"
            "加快组织实施,发展改革部门要加强绿色生活创建行动统筹协调。各地大型商场基本情况表和三年实施方案请于2020年2月底前报商务部(流通发展司)。")
    assert assignments(text, reference_date="2019-12-31") == []
