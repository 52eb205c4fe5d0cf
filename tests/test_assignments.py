"""Assignments on real sentences of policy documents (annotation guide v2, Assignments).

Sentences come from annotations/dev and from ../shared/data/policy-documents documents that
are not in annotations/ (State Council 2019, Chongqing, Guangzhou).
"""

from __future__ import annotations

import govie
from govie.assignments import find_assignments
from govie.types import Mention
from .assignment_frames import assignments

# 粤办函〔2017〕176号 (dev pt-165349): a task and its bracketed note.
GD_HEAD = "广东省人民政府办公厅关于印发广东省推进涉烟打假打私工作方案的通知\n粤办函〔2017〕176号\n"
GD_TASK = "（三）加大对无烟草专卖零售许可证销售卷烟违法行为打击力度，对非法印制卷烟商标标识、包装物等违法行为开展专项整治。"


def test_bracketed_note_names_lead_and_support():
    note = "（省工商局牵头，省公安厅、省知识产权局、省烟草专卖局配合）"
    (a,) = assignments(GD_HEAD + GD_TASK + note, jurisdiction="广东省", reference_date="2017-03-21")
    assert a["trigger"]["text"] == note
    assert a["task"]["text"].startswith("加大对无烟草专卖零售许可证") and a["task"]["text"].endswith("开展专项整治")
    assert a["lead"] == ["广东省工商行政管理局"]
    assert a["support"] == ["广东省公安厅", "广东省知识产权局", "广东省烟草专卖局"]
    assert a["deadline"] is None


def test_a_class_in_a_note_takes_no_part():
    # "各地级以上市政府配合": a class of bodies, named by none.
    text = GD_HEAD + "（一）加强宣传教育。充分利用网络、报纸等形式和渠道，加强对烟草专卖法律法规的宣传。（省烟草专卖局牵头，各地级以上市政府配合）"
    (a,) = assignments(text, jurisdiction="广东省")
    assert a["lead"] == ["广东省烟草专卖局"] and a["support"] == []


def test_bodies_sharing_a_note_without_a_lead_all_lead():
    # 渝府办发〔2022〕107号 (shared data, not annotated): "X、Y按职责分工负责" with no 牵头.
    text = ("重庆市人民政府办公厅关于促进内外贸一体化发展的实施意见\n渝府办发〔2022〕107号\n"
            "（七）打造商品汇聚载体平台。培育一批运营模式与国际接轨的国内商品交易市场，打造区域或国际商品集散中心。"
            "（市商务委、市财政局、重庆市税务局按职责分工负责）")
    (a,) = assignments(text, jurisdiction="重庆市")
    assert len(a["lead"]) == 3 and a["support"] == []
    assert a["task"]["text"].startswith("打造商品汇聚载体平台")


def test_first_listed_body_leads():
    # Guide v2: with "列第一位者为牵头单位" the first body listed leads, the rest support. The
    # bodies and the task are pt-165349's, the note listing them only, as such plans write it.
    text = (GD_HEAD + "各项任务的责任单位列于任务之后（列第一位者为牵头单位）。\n"
            + GD_TASK + "（省工商局、省公安厅、省知识产权局、省烟草专卖局）")
    (a,) = assignments(text, jurisdiction="广东省", reference_date="2017-03-21")
    assert a["lead"] == ["广东省工商行政管理局"]
    assert a["support"] == ["广东省公安厅", "广东省知识产权局", "广东省烟草专卖局"]


def test_by_body_with_partners():
    # 国办发〔2018〕124号: 由X会同Y… — X leads, the 会同 partners support.
    text = "国办发〔2018〕124号\n中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单；"
    (a,) = assignments(text)
    assert a["trigger"]["text"] == "由"
    assert a["lead"] == ["中共中央宣传部"] and a["support"] == ["财政部", "国家税务总局"]
    assert "确定并发布名单" in a["task"]["text"]


def test_body_responsible_for():
    # 国办发〔2019〕4号: X负责…
    text = "国办发〔2019〕4号\n国家中医药局负责组织实施三级公立中医医院绩效考核工作。"
    (a,) = assignments(text)
    assert a["trigger"]["text"] == "负责" and a["task"]["text"] == "组织实施三级公立中医医院绩效考核工作"
    assert a["lead"] == ["国家中医药管理局"] and a["support"] == []


def test_body_must_with_partners_and_classes_assign_nothing():
    # 国办发〔2019〕6号 (dev sc19-2): 财政部要会同…; "各地区、各有关部门要…" names no body.
    text = ("国办发〔2019〕6号\n各地区、各有关部门要充分认识政府性融资担保基金的重要作用，抓好组织实施。"
            "财政部要会同发展改革委、工业和信息化部、农业农村部、银保监会等部门，加强统筹协调，"
            "对本意见执行情况进行督促检查和跟踪分析，重大事项及时向国务院报告。")
    (a,) = assignments(text, reference_date="2019-01-22")
    assert a["lead"] == ["财政部"]
    assert {"工业和信息化部", "农业农村部", "中国银行保险监督管理委员会"} <= set(a["support"])
    assert a["task"]["text"].startswith("加强统筹协调")


def test_reports_plan_and_do_not_assign():
    # A work report's 要 is a plan of the government, not a task given to a body.
    text = "各位代表：\n今年，省政府要对所有涉企经营许可事项实行“证照分离”改革。"
    assert assignments(text, reference_date="2026-01-27", jurisdiction="山东省") == []


def test_deadline_of_a_task():
    # 国办发〔2019〕4号: the date before 前完成 is the deadline.
    text = ("国办发〔2019〕4号\n国家卫生健康委负责2019年12月底前完成第一次全国三级公立医院绩效考核工作。")
    (a,) = assignments(text)
    assert a["lead"] == ["国家卫生健康委员会"]
    assert a["deadline"] is not None and a["deadline"].startswith("2019-12")


def test_task_table_columns():
    # A task table of 国办发〔2019〕4号's tasks (序号, 重点任务, 牵头单位, 配合单位, 完成时限), as
    # web pages and PDFs lay them out: cells split by tabs, one row a line.
    text = ("国务院办公厅关于加强三级公立医院绩效考核工作的意见\n国办发〔2019〕4号\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t完成第一次全国三级公立医院绩效考核工作\t国家卫生健康委\t国家中医药局\t2019年12月底前\n"
            "2\t完成国家监测指标分析工作\t国家卫生健康委\t财政部、人力资源社会保障部\t2020年3月底前\n")
    rows = assignments(text)
    assert [a["task"]["text"] for a in rows] == ["完成第一次全国三级公立医院绩效考核工作", "完成国家监测指标分析工作"]
    assert all(a["lead"] == ["国家卫生健康委员会"] for a in rows)
    assert rows[0]["support"] == ["国家中医药管理局"]
    assert rows[1]["support"] == ["财政部", "人力资源和社会保障部"]
    assert rows[0]["deadline"].startswith("2019-12") and rows[1]["deadline"].startswith("2020-03")


def test_a_post_is_no_task():
    # dev pt-165349: 由X主要负责人担任召集人 names a post, it assigns no task.
    text = GD_HEAD + "建立省打假、打私部门间联席会议制度，由省打假办和省海防打私办主要负责人分别担任召集人。"
    assert all("召集人" not in a["task"]["text"] for a in assignments(text, jurisdiction="广东省"))


def test_find_assignments_on_bare_mentions_and_empty_text():
    assert find_assignments("", [], {}) == []
    text = "国家中医药局负责组织实施三级公立中医医院绩效考核工作。"
    m = Mention("DEPT", 0, 6, "t", {"canonical": "国家中医药管理局"})
    (f,) = find_assignments(text, [m], {})
    assert text[f.task[0] : f.task[1]] == "组织实施三级公立中医医院绩效考核工作"
    assert f.lead == ["国家中医药管理局"]


def test_assignments_table():
    text = "国办发〔2018〕124号\n中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单；"
    rows = govie.extract(text, model=None).assignments_table()
    assert rows[0]["lead"] == "中共中央宣传部" and rows[0]["support"] == "财政部；国家税务总局"


def test_notes_without_line_breaks_are_linear():
    """A run of tasks and notes with no line break (PDF text) takes time linear in its length."""
    from .timing import best_time

    unit = "（六）加强网络交易平台监管。（省工商局牵头，省公安厅配合）"  # dev pt-165349

    def run(n):
        text = unit * n
        mentions = []
        for i in range(n):
            for name, canonical in (("省工商局", "广东省工商行政管理局"), ("省公安厅", "广东省公安厅")):
                a = text.index(name, i * len(unit))
                mentions.append(Mention("DEPT", a, a + len(name), "t", {"canonical": canonical}))
        return find_assignments(text, mentions, {})

    frames = run(1000)
    assert len(frames) == 1000 and frames[-1].lead == ["广东省工商行政管理局"] and frames[-1].support == ["广东省公安厅"]
    t1, t4 = best_time(run, 1000), best_time(run, 4000)
    if t4 > 6 * t1 + 0.05:
        t1, t4 = best_time(run, 1000), best_time(run, 4000)
    assert t4 <= 6 * t1 + 0.05, f"{t1:.2f}s for 1,000 notes, {t4:.2f}s for 4,000"


def test_a_listed_office_no_registry_names_leads_with_the_bodies_before_it():
    # 国函〔2018〕159号 (dev sc19-14).
    text = ("国函〔2018〕159号\n国家发展改革委、京津冀协同发展领导小组办公室要做好综合协调，"
            "加强对《总体规划》实施的指导、监督和检查，重大事项及时向党中央、国务院报告。")
    (a,) = assignments(text, reference_date="2018-12-25")
    assert a["lead"] == ["国家发展和改革委员会", "京津冀协同发展领导小组办公室"]
    assert a["task"]["text"].startswith("做好综合协调")


def test_a_short_name_note_between_the_body_and_its_cue():
    # 广州市长期护理保险试行办法 (dev gz-33): "（以下简称医保经办机构）" stands between the body and 负责.
    text = ("第三条 市医疗保障部门主管本市长护险工作，负责组织实施本办法。\n"
            "市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。\n")
    frames = assignments(text, reference_date="2021-06-01", jurisdiction="广州市")
    found = [a for a in frames if a["task"]["text"] == "本市长护险的参保筹资、经办服务和协议管理工作"]
    assert len(found) == 1, frames
    assert found[0]["trigger"]["text"] == "负责" and found[0]["lead"]


CQ_HEAD = "重庆市人民政府办公厅关于促进内外贸一体化发展的实施意见\n渝府办发〔2022〕107号\n"


def test_a_note_in_square_brackets_with_a_short_name_inside():
    # 渝府办发〔2022〕107号 (shared data): the note is in 〔〕 and names 区县政府 in its own brackets.
    text = (CQ_HEAD + "1．推进自主品牌“走出去”发展。实施增品种、提品质、创品牌“三品”战略，培育打造汽车、摩托车中高端品牌。"
            "〔市经济信息委、市商务委、市文化旅游委及各区县（自治县）政府和两江新区、西部科学城重庆高新区、"
            "万盛经开区管委会（以下统称区县政府）按职责分工负责〕")
    (a,) = assignments(text, jurisdiction="重庆市")
    assert a["trigger"]["text"].startswith("〔") and a["trigger"]["text"].endswith("负责〕")
    assert a["task"]["text"].startswith("推进自主品牌")
    assert "重庆市商务委员会" in a["lead"] and not any("县" in name for name in a["lead"])


NPC_PLAN = ("全国人大常委会2022年度监督工作计划\n"
            "(八)围绕推动小农户和现代农业发展有机衔接情况进行专题调研。重点调研新型经营主体带动小农户发展等情况。"
            "专题调研报告计划在12月底前完成。由农业与农村委员会负责组织和实施。\n"
            "(九)听取和审议国务院关于金融工作情况的报告。报告拟安排在10月份举行的全国人大常委会会议上听取和审议。"
            "由财政经济委员会和常委会预算工作委员会负责做好相关工作。\n")


def test_a_generic_object_of_fuze_makes_the_item_the_task():
    # 全国人大常委会2022年度监督工作计划 (shared data): "由X负责组织和实施" closes its item.
    first, second = assignments(NPC_PLAN, reference_date="2022-04-25")
    assert first["task"]["text"].startswith("围绕推动小农户") and first["task"]["text"].endswith("组织和实施")
    # The committees' canonical names when the registry has them, else their own words.
    assert len(first["lead"]) == 1 and first["lead"][0].endswith("农业与农村委员会") and first["deadline"] is not None
    assert second["task"]["text"].startswith("听取和审议国务院关于金融工作情况的报告")
    assert len(second["lead"]) == 2 and second["lead"][0].endswith("财政经济委员会") \
        and second["lead"][1].endswith("预算工作委员会")


def test_bodies_before_a_class_lead_the_task():
    # 国办发〔2018〕127号 (shared data): "科技部、财政部和相关科技项目管理部门要…".
    text = ("国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知\n"
            "科技部、财政部和相关科技项目管理部门要分别修订相关科技计划项目和经费管理办法。")
    (a,) = assignments(text, reference_date="2018-12-23")
    assert a["lead"] == ["科学技术部", "财政部"]
    assert a["task"]["text"] == "分别修订相关科技计划项目和经费管理办法"


def test_members_of_a_group_are_no_assignment_and_a_body_named_by_field_is_not_the_state_council():
    # 国办发〔2019〕3号: who sits in a group; 国发〔2018〕41号: "国务院税务主管部门" is 国家税务总局,
    # never 国务院 (a wrong canonical is worse than none).
    text = ("国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知\n成立城镇小区配套幼儿园治理工作小组，"
            "成员由教育部、住房城乡建设部、发展改革委、民政部、自然资源部等部门负责同志组成。\n"
            "第三十一条　个人所得税专项附加扣除具体操作办法，由国务院税务主管部门另行制定。")
    (a,) = assignments(text, reference_date="2019-01-22")
    assert a["lead"] == ["国家税务总局"] and a["task"]["text"].startswith("个人所得税专项附加扣除具体操作办法")


def test_a_modal_clause_that_goes_on_with_fuze_is_one_assignment():
    # 国办发〔1996〕32号 (shared data): 要…，负责….
    text = ("国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知\n"
            "（三）西藏自治区人民政府要按照国办发〔1993〕71号文件的规定，负责提供学生的各项学习和生活费用并及时拨给办班学校。")
    (a,) = assignments(text)
    assert a["trigger"]["text"] == "负责" and a["lead"] == ["西藏自治区人民政府"]
    assert a["task"]["text"] == "提供学生的各项学习和生活费用并及时拨给办班学校"


def test_a_deadline_by_the_end_of_a_month_lies_ahead_and_is_that_month():
    # 全国人大常委会2022年度监督工作计划: "计划在12月底前完成" in a plan of May 2022 is due 2022-12;
    # "拟安排在10月份…听取和审议" schedules the item for 2022-10.
    first, second = assignments(NPC_PLAN, reference_date="2022-05-06")
    assert first["deadline"] == "2022-12"
    assert second["deadline"] == "2022-10"


def test_a_line_summing_up_items_assigns_each_item_and_its_request_is_due_when_scheduled():
    # 全国人大常委会2022年度监督工作计划 (dev pt-20932m): "以上两项报告…由X和Y负责做好相关工作"
    # assigns items (一) and (二), each due at the session the line schedules; "请国务院…" asks the
    # State Council for the reports, due then too.
    text = ("全国人大常委会2022年度监督工作计划\n"
            "(一)听取和审议国务院关于2021年中央决算的报告，审查和批准2021年中央决算。\n"
            "(二)听取和审议国务院关于2021年度中央预算执行和其他财政收支的审计工作报告。\n"
            "以上两项报告请国务院按照预算法、监督法、《全国人民代表大会常务委员会关于加强中央预算审查监督的决定》规定和"
            "党中央关于人大预算审查监督重点向支出预算和政策拓展的指导意见等改革举措要求，重点报告支出预算和政策的执行及其效果情况、"
            "存在问题和改进建议，审计查出的主要问题及审计建议等。报告拟安排在6月份举行的全国人大常委会会议上听取和审议。"
            "由财政经济委员会和常委会预算工作委员会负责做好相关工作。\n")
    first, second, request = assignments(text, reference_date="2022-05-06")
    assert first["task"]["text"] == "听取和审议国务院关于2021年中央决算的报告，审查和批准2021年中央决算"
    assert second["task"]["text"] == "听取和审议国务院关于2021年度中央预算执行和其他财政收支的审计工作报告"
    for a in (first, second):
        assert a["trigger"]["text"] == "负责" and len(a["lead"]) == 2 and a["deadline"] == "2022-06"
    assert request["trigger"]["text"] == "请" and request["lead"] == ["中华人民共和国国务院"]
    assert request["task"]["text"].startswith("按照预算法") and request["deadline"] == "2022-06"


def test_a_budget_before_a_modal_or_jiang_is_the_body_that_runs_it():
    # 国办发〔2018〕124号 (dev sc19-18m): "中央财政和地方财政应…" (the class 地方财政 adds nobody);
    # 国办函〔2004〕35号 (dev sc19-24): "中央财政将视情况…给予一定补助" (R4-A: the document commits
    # the budget; no budget announces its own action). Each 中央财政 is a DEPT 财政部; in a title
    # (dev sc19-12: 中央财政科研项目资金) it is a noun.
    text = ("国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知\n"
            "（一）中央财政和地方财政应通过文化产业发展专项资金等现有资金渠道，创新资金投入方式，完善政策扶持体系，支持文化企业发展。\n"
            "运动会举办的主要经费由黑龙江省人民政府承担，中央财政将视情况对国际大体联官员、特邀贵宾的接待费给予一定补助。\n"
            "国务院办公厅印发〈关于进一步完善中央财政科研项目资金管理等政策的若干意见〉的通知》")
    result = govie.extract(text, model=None, reference_date="2018-12-18")
    depts = [(e.text, e.attrs["canonical"]) for e in result.entities if e.label == "DEPT" and e.text == "中央财政"]
    assert depts == [("中央财政", "财政部"), ("中央财政", "财政部")]
    first, _, third = assignments(text, reference_date="2018-12-18")[:3]
    assert first["lead"] == ["财政部"] and first["trigger"]["text"] == "应"
    assert first["task"]["text"].startswith("通过文化产业发展专项资金")
    assert third["lead"] == ["财政部"] and third["trigger"]["text"] == "将"
    assert third["task"]["text"] == "视情况对国际大体联官员、特邀贵宾的接待费给予一定补助"


def test_a_clause_with_its_own_predicate_before_by_is_no_topic_of_its_task():
    # 国办发〔2018〕109号 (dev sc19-54): the seat and the office's work are two tasks; a topic
    # before 由 (dev sc19-32) stays the task.
    text = ("国务院办公厅关于调整国家教材委员会组成人员的通知\n"
            "国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作。\n"
            "上述数据信息的格式、标准、共享方式，由国务院税务主管部门及各省、自治区、直辖市和计划单列市税务局商有关部门确定。")
    seat, office, topic = assignments(text, reference_date="2018-11-20")
    assert seat["task"]["text"] == "国家教材委员会办公室设在教育部" and seat["lead"] == ["教育部"]
    assert office["task"]["text"] == "由教育部教材局承担办公室工作" and office["lead"] == ["教育部"]
    assert topic["task"]["text"].startswith("上述数据信息的格式、标准、共享方式，由国务院税务主管部门")


def test_an_item_of_a_list_of_things_is_no_stated_task():
    # 国发〔2018〕41号 (dev sc19-32): the items under "以下…的信息：" name information, not tasks; the
    # 由-task after the list stays.
    text = ("国务院关于印发个人所得税专项附加扣除暂行办法的通知\n"
            "第二十六条\u3000有关部门和单位有责任和义务向税务部门提供或者协助核实以下与专项附加扣除有关的信息：\n"
            "（一）公安部门有关户籍人口基本信息、户成员关系信息、出入境证件信息、相关出国人员信息、户籍人口死亡标识等信息；\n"
            "（九）医疗保障部门有关在医疗保障信息系统记录的个人负担的医药费用信息；\n"
            "（十）国务院税务主管部门确定需要提供的其他涉税信息。\n"
            "上述数据信息的格式、标准、共享方式，由国务院税务主管部门及各省、自治区、直辖市和计划单列市税务局商有关部门确定。")
    (a,) = assignments(text, reference_date="2018-12-13")
    assert a["trigger"]["text"] == "由" and a["lead"] == ["国家税务总局"]


SC_AUTONOMY = "国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知\n国办发〔2018〕127号\n"


def test_a_request_to_named_bodies_assigns_what_follows_or_the_clause_before():
    # 国办发〔2018〕127号 (dev sc19-12): "请财政部落实…"; "…有关事项，请科技部…等部门在2019年2月底前完成".
    text = (SC_AUTONOMY + "（四）科研单位要健全完善内部管理制度。项目管理专业机构不再承担已明确下放给科研单位管理的有关事项，"
            "请科技部、工业和信息化部、农业农村部、卫生健康委等部门在2019年2月底前完成。\n"
            "请人力资源社会保障部会同有关部门按照有关精神，制定出台具体操作办法。")
    first, second = assignments(text, reference_date="2018-12-26")
    assert first["trigger"]["text"] == "请" and first["task"]["text"].startswith("项目管理专业机构不再承担")
    assert first["lead"] == ["科学技术部", "工业和信息化部", "农业农村部", "国家卫生健康委员会"]
    assert first["deadline"] == "2019-02"
    assert second["lead"] == ["人力资源和社会保障部"] and second["task"]["text"].endswith("制定出台具体操作办法")


def test_a_report_asking_for_comments_assigns_nothing():
    # 2026 work reports (dev): "请省政协委员和其他列席人员提出意见".
    text = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。"
    assert assignments(text, reference_date="2026-01-20", jurisdiction="河南省") == []


def test_duties_after_a_body_named_as_the_competent_department():
    # 穗府办规〔2024〕13号 (dev gz-1): "X是…主管部门，负责…，负责…": two duties of X.
    text = ("广州市公共租赁住房保障办法\n第六条 市住房城乡建设局是全市公共租赁住房保障行政主管部门，负责组织建立和完善"
            "公共租赁住房保障体系，拟订全市公共租赁住房保障中长期发展规划和年度计划，负责指导、监督全市公共租赁住房保障工作。")
    first, second = assignments(text, reference_date="2024-07-26", jurisdiction="广州市")
    assert first["lead"] == second["lead"] == ["广州市住房和城乡建设局"]
    assert first["task"]["text"].endswith("中长期发展规划和年度计划")
    assert second["task"]["text"] == "指导、监督全市公共租赁住房保障工作"


def test_a_body_named_after_wei_takes_the_duty_that_follows():
    # Jiangxi emergency management notice of 2020 (dev pt-85109): "省级考核部门为省应急管理厅宣教处，负责考核发证".
    text = ("江西省应急管理厅办公室关于做好非煤矿山企业主要负责人考核工作的通知\n"
            "（七）考核不收取任何费用。省级考核部门为省应急管理厅宣教处，负责考核发证。")
    (a,) = assignments(text, reference_date="2020-06-28")
    assert a["lead"] == ["江西省应急管理厅"] and a["task"]["text"] == "考核发证"


def test_a_table_with_one_cell_a_line_names_the_guiding_departments():
    # 国办发〔2018〕126号 (dev sc19-10), attachment: the grid is lost, each cell on its own line.
    text = ("国务院办公厅关于推广第二批支持创新相关改革举措的通知\n附件\n第二批支持创新相关改革举措推广清单\n"
            "序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n一、知识产权保护方面（共5项）\n1\n"
            "知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”。\n"
            "最高人民法院、最高人民检察院、国家知识产权局\n全国\n2\n省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理\n"
            "授权市级人民法院跨市（区）管辖省级范围内第一审知识产权民事和行政案件。\n最高人民法院、国家知识产权局\n全国\n")
    first, second = assignments(text, reference_date="2018-12-23")
    assert first["task"]["text"] == "知识产权民事、刑事、行政案件“三合一”审判"
    assert first["lead"] == ["最高人民法院", "最高人民检察院", "国家知识产权局"]
    assert second["lead"] == ["最高人民法院", "国家知识产权局"] and first["trigger"]["text"] == "指导部门"


def test_bodies_acting_by_their_own_duties():
    # 广州市长期护理保险试行办法 (shared data, beyond the dev slice): "可依职责组织开展核查评估".
    text = ("市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。\n"
            "医保经办机构可依职责组织开展核查评估，核查评估费用由长护险基金承担。\n")
    frames = assignments(text, reference_date="2021-06-01", jurisdiction="广州市")
    (a,) = [f for f in frames if f["task"]["text"].startswith("组织开展核查评估")]
    assert a["trigger"]["text"] == "依职责" and a["lead"]


def test_a_state_council_functional_name_is_the_central_body_of_its_field():
    # 中华人民共和国市场主体登记管理条例 (dev gz-37), 国发〔2018〕41号 (dev sc19-32): national rules
    # name ministries by field; the topic before "，由X确定" is what X settles.
    text = ("中华人民共和国市场主体登记管理条例\n第五条 国务院市场监督管理部门主管全国市场主体登记管理工作。\n"
            "个人所得税专项附加扣除暂行办法\n上述数据信息的格式、标准、共享方式，由国务院税务主管部门及各省、自治区、"
            "直辖市和计划单列市税务局商有关部门确定。\n")
    result = govie.extract(text, model=None, reference_date="2021-07-27")
    assert {e.text: e.attrs.get("canonical") for e in result.entities if e.label == "DEPT"}["国务院市场监督管理部门"] \
        == "国家市场监督管理总局"
    first, second = [a.to_dict() for a in result.assignments]
    assert first["lead"] == ["国家市场监督管理总局"] and first["task"]["text"] == "全国市场主体登记管理工作"
    assert second["lead"][0] == "国家税务总局" and second["task"]["text"].startswith("上述数据信息的格式")


def test_every_manner_clause_after_by_x_is_skipped():
    # 穗府办规〔2024〕13号 (dev gz-1): "由X结合…规定，以及…实际情况，细化…": the task is the action.
    text = ("广州市公共租赁住房保障办法\n第三十九条 住房保障部门应当定期核查保障对象的有关情况，对于不再符合保障条件的，"
            "由市住房城乡建设局结合国家和省的有关规定，以及住房保障工作的实际情况，细化公共租赁住房保障退出机制，"
            "探索实施柔性退出管理。")
    frames = [a for a in assignments(text, reference_date="2024-07-26", jurisdiction="广州市") if a["trigger"]["text"] == "由"]
    (a,) = frames
    assert "细化公共租赁住房保障退出机制" in a["task"]["text"] and a["lead"] == ["广州市住房和城乡建设局"]


def test_a_deadline_whose_before_is_part_of_its_date():
    # 国办发〔2019〕4号 (dev sc19-4): the DATE span is "2019年12月底前" (guide v2); the task
    # still takes it as its deadline.
    text = ("关于加强三级公立医院绩效考核工作的意见\n各省、自治区、直辖市人民政府：\n"
            "（三）国家监测分析。国家卫生健康委要于2019年12月底前完成国家监测指标分析，并及时以适当方式向社会公布。\n"
            "国务院办公厅\n2019年1月16日")
    dates = [e.text for e in govie.extract(text).entities if e.label == "DATE"]
    assert "2019年12月底前" in dates
    (a,) = [a.to_dict() for a in govie.extract(text).assignments]
    assert a["lead"] == ["国家卫生健康委员会"] and a["deadline"] == "2019-12"


# Sentences that state what a named body does, with no assigning word: the annotators'
# convention (annotations/src/notes C, D, A, R2-C) makes them assignments led by that body.
SC19_4_HEAD = ("国务院办公厅关于加强三级公立医院绩效考核工作的意见\n国办发〔2019〕4号\n"
               "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n")


def test_a_dated_plan_statement_assigns_its_body():
    # 国办发〔2019〕4号 (dev sc19-4).
    text = SC19_4_HEAD + "（二）统一编码和术语集。2019年3月底前，国家卫生健康委推行全国统一的疾病分类编码、手术操作编码和医学名词术语集。"
    (a,) = assignments(text, reference_date="2019-01-16")
    assert a["lead"] == ["国家卫生健康委员会"]
    assert a["task"]["text"] == "推行全国统一的疾病分类编码、手术操作编码和医学名词术语集"
    assert a["trigger"]["text"] == "推行"
    assert a["deadline"] == "2019-03"


def test_a_time_frame_after_the_body_keeps_it_the_subject():
    text = SC19_4_HEAD + "国家中医药局在组织对三级公立中医医院考核时，根据工作实际适当调整和补充考核指标。"
    (a,) = assignments(text, reference_date="2019-01-16")
    assert a["lead"] == ["国家中医药管理局"]
    assert a["task"]["text"] == "根据工作实际适当调整和补充考核指标"


def test_an_article_stating_a_bodys_duty_assigns_it():
    # 穗府办规〔2024〕13号 (dev gz-1), 第五条.
    text = ("广州市公共租赁住房保障办法\n穗府办规〔2024〕13号\n"
            "第五条 市政府统筹全市公共租赁住房保障工作，对涉及全市公共租赁住房保障的重大事项进行决策、协调和监督。")
    (a,) = assignments(text, jurisdiction="广州市", reference_date="2024-07-26")
    assert a["lead"] == ["广州市人民政府"]
    assert a["task"]["text"].startswith("统筹全市公共租赁住房保障工作")


def test_stated_actions_that_are_not_tasks_assign_nothing():
    # An attitude (dev sc19-12) and an announced action of the issuer (将, dev pt-49083) are
    # no tasks given to a body.
    for text, kw in (
        ("国务院办公厅关于抓好赋予科研机构和人员\n更大自主权有关文件贯彻落实工作的通知\n国办发〔2018〕127号\n"
         "党中央、国务院高度重视激发科研人员创新积极性。", {"reference_date": "2018-12-26"}),
        ("市工业和信息化局关于组织做好2021年\n国家技术创新示范企业申报推荐工作的通知\n"
         "3.\u2002市工业和信息化局后续将组织召开专家评审会，择优推荐三家企业上报工业和信息化部。",
         {"jurisdiction": "天津市", "reference_date": "2021-06-17"}),
    ):
        assert assignments(text, **kw) == []


def test_a_clause_that_only_times_another_assigns_nothing():
    # 广州市引进人才入户实施细则 (dev gz-35): 市发展改革部门 is the subject of "…后", not of the rule.
    text = ("第二条 本细则适用于符合《办法》的各类人才申报广州市引进人才入户。\n"
            "第三条 市人力资源社会保障部门负责市直机关事业单位、市属国有企业等用人单位引进人才的审核办理。\n"
            "市发展改革部门下达年度计划后，当年具体申报程序按市人力资源社会保障部门的通知执行。")
    (a,) = assignments(text, jurisdiction="广州市", reference_date="2020-06-29")
    assert a["trigger"]["text"] == "负责" and a["lead"] == ["广州市人力资源和社会保障局"]


def test_an_office_seated_in_a_body_is_led_by_it():
    # 国办发〔2019〕3号 (dev sc19-6): "X办公室设在Y".
    (a,) = assignments("国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知\n国办发〔2019〕3号\n"
                       "治理工作联合办公室设在教育部、住房城乡建设部。", reference_date="2019-01-09")
    assert a["lead"] == ["教育部", "住房和城乡建设部"] and a["trigger"]["text"] == "设在"
    assert a["task"]["text"] == "治理工作联合办公室设在教育部、住房城乡建设部"


def test_a_body_named_in_charge_of_a_matter():
    # 国办发〔2018〕114号 (dev sc19-36).
    text = ("国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知\n国办发〔2018〕114号\n"
            "应急部为专用号牌及配套行驶证件的核发主管单位。")
    (a,) = assignments(text, reference_date="2018-12-04")
    assert a["lead"] == ["应急管理部"]
    assert a["task"]["text"] == "专用号牌及配套行驶证件的核发主管单位"


def test_a_request_to_the_named_addressee():
    # 国函〔2006〕38号 (dev sc19-46): a reply to 民航总局 asks it to act.
    text = ("国务院关于同意组建2008年北京奥运会\n首都国际机场协调委员会的批复\n国函〔2006〕38号\n民航总局：\n"
            "同意组建2008年北京奥运会首都国际机场协调委员会。协调委员会不刻制印章，不正式行文，请按照国务院有关文件精神认真组织开展工作。")
    (a,) = assignments(text, reference_date="2006-05-23")
    assert a["lead"] == ["中国民用航空总局"] and a["trigger"]["text"] == "请"
    assert a["task"]["text"] == "按照国务院有关文件精神认真组织开展工作"
    # Addressed to a class, the same request assigns nothing.
    assert assignments(text.replace("民航总局：", "各省、自治区、直辖市人民政府："), reference_date="2006-05-23") == []


def test_a_request_to_an_addressee_line_ending_in_an_ascii_colon():
    # 国函〔2016〕204号 as served by http://realestatemoneyvault.com/news/content/2016-12/23/content_3129515.htm
    # (t2s); 国函〔2008〕2号 (https://055110.com/law/1/35190.html) writes "发展改革委:" the same way.
    text = ("国务院关于促进中部地区崛起“十三五”规划的批复\n国函〔2016〕204号\n国家发展改革委:\n"
            "你委《关于报送促进中部地区崛起“十三五”规划(修改稿)的请示》(发改地区〔2016〕2591号)收悉。现批复如下:\n"
            "一、原则同意《促进中部地区崛起“十三五”规划》(以下简称《规划》),请认真组织实施。")
    (a,) = assignments(text, reference_date="2016-12-20")
    assert a["lead"] == ["国家发展和改革委员会"] and a["trigger"]["text"] == "请"
    assert a["task"]["text"] == "认真组织实施"


def test_bodies_before_a_class_of_the_same_level_lead():
    # 市场主体登记管理条例 (dev gz-37), 第七条: "和国务院有关部门" is a class, the named body leads.
    text = ("第二条 本条例所称市场主体，是指在中华人民共和国境内以营利为目的从事经营活动的下列自然人、法人及非法人组织：\n"
            "第七条 国务院市场监督管理部门和国务院有关部门应当推动市场主体登记信息与其他政府信息的共享和运用，提升政府服务效能。")
    (a,) = assignments(text, reference_date="2022-03-01")
    assert a["lead"] == ["国家市场监督管理总局"]
    assert a["task"]["text"].startswith("推动市场主体登记信息")


def test_the_issuers_announced_step_is_no_assignment():
    # 国办函〔2018〕71号 (dev sc19-60): the issuer's own next step is a planned activity.
    text = ("国务院办公厅关于印发《政府网站集约化\n试点工作方案》的通知\n国办函〔2018〕71号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "国务院办公厅将于2020年4月底前组织对试点工作进行验收总结，提出在全国推广试点成果的意见，并对试点工作成效突出的给予通报表扬。")
    assert assignments(text, reference_date="2018-10-27") == []


def test_a_note_that_labels_its_lead_list():
    # 2026年内蒙古自治区政府工作报告 (corpora/work-reports-2026), its list of practical matters.
    text = ("2.实现城镇新增就业18万人以上，发布就业岗位50万个以上，释放政策性岗位4.5万个，开展职业技能培训40万人次（牵头单位：人社厅）。\n"
            "6.为新生儿免费提供苯丙酮尿症等疾病筛查服务，门诊产前检查基本服务包费用及分娩发生的政策范围内住院医疗费用全额报销（牵头单位：卫健委、医保局）。")
    a, b = assignments(text, jurisdiction="内蒙古自治区", reference_date="2026-02-12")
    assert a["lead"] == ["内蒙古自治区人力资源和社会保障厅"] and a["support"] == []
    assert a["task"]["text"].startswith("实现城镇新增就业18万人以上")
    assert b["lead"] == ["内蒙古自治区卫生健康委员会", "内蒙古自治区医疗保障局"]
    assert b["trigger"]["text"] == "（牵头单位：卫健委、医保局）"


def test_stated_tasks_run_together_are_each_found():
    """Sentences that state what bodies do, run together in one paragraph, are each an assignment."""
    # dev sc19-4 and sc19-6.
    unit = "国家中医药局在组织对三级公立中医医院考核时，根据工作实际适当调整和补充考核指标。治理工作联合办公室设在教育部、住房城乡建设部。"
    bodies = (("国家中医药局", "国家中医药管理局"), ("教育部", "教育部"), ("住房城乡建设部", "住房和城乡建设部"))
    n = 300
    text = unit * n
    mentions = []
    for i in range(n):
        for name, canonical in bodies:
            a = text.index(name, i * len(unit))
            mentions.append(Mention("DEPT", a, a + len(name), "t", {"canonical": canonical}))
    frames = find_assignments(text, mentions, {"docno": "国办发〔2019〕4号"})
    assert len(frames) == 2 * n
    assert [f.lead for f in frames[:2]] == [["国家中医药管理局"], ["教育部", "住房和城乡建设部"]]


def test_a_stated_task_ends_where_a_task_of_its_own_starts():
    # 关于受理天河区人才公寓申请的公告 (dev gz-13): 科工信局's step, then 由区住建园林局….
    text = ("关于受理天河区人才公寓申请的公告\n根据《天河区人才公寓建设和使用管理办法》的有关规定，现面向辖区企业、人才受理天河区人才公寓申请。公告如下：\n"
            "3.创新型企业人才以企业的名义申请，由企业整体租赁。企业根据自身符合申请类别向天河区科工信局提出申请需求并提交企业申请材料。"
            "待审核通过且确定可承租套数后，天河区科工信局通知企业提交个人材料，审核通过后由区住建园林局通知企业在规定时间内签订整体租赁合同，"
            "通知承租企业安排的入住人员办理入住手续。")
    found = {a["task"]["text"]: a["lead"] for a in assignments(text, jurisdiction="440106", reference_date="2025-08-11")}
    assert found["通知企业提交个人材料"] == ["广州市天河区科技工业和信息化局"]
    assert ["广州市天河区住房建设和园林局"] in found.values()


def test_a_list_under_a_responsible_body_heading():
    # 关于受理天河区人才公寓申请的公告 (dev gz-13): a responsibility column written as a list;
    # the bodies named in an item answer for it, and a class among them (各…部门) for nothing.
    text = ("关于受理天河区人才公寓申请的公告\n四、申请受理责任部门及程序\n（一）申请受理责任部门\n"
            "1.高层次人才、区委、区政府批准引进的急需紧缺人才。天河区委组织部人才工作科，天河区天府路1号区机关大院1号楼5016室，咨询电话：020-308622165。\n"
            "2.重点企业人才、区重点新引进企业人才。各重点企业联系服务部门具体受理，由天河中央商务区管委会企业服务处汇总，咨询电话：020-88831097。\n"
            "3.创新型企业人才。天河区科工信局信息技术发展科，天河区天府路1号区机关大院2号楼1109-2室，咨询电话：020-38200174、020-38623769。\n"
            "1.高层次人才、区委、区政府批准引进的急需紧缺人才以个人名义申请。申请人向天河区委组织部提交申请材料。")
    found = assignments(text, jurisdiction="440106", reference_date="2025-08-11")
    assert [a["task"]["text"] for a in found] == ["高层次人才、区委、区政府批准引进的急需紧缺人才", "重点企业人才、区重点新引进企业人才",
                                                  "创新型企业人才"]
    assert all(a["trigger"]["text"] == "申请受理责任部门" for a in found)
    assert found[0]["lead"] == ["中共广州市天河区委员会组织部"] and found[2]["lead"] == ["广州市天河区科技工业和信息化局"]


def test_the_verb_of_a_stated_task_is_its_trigger():
    # 广州市长期护理保险试行办法 (dev gz-33): a manner phrase before the verb; jieba's words, so
    # not 定做 across 规定|做好. The agency's short name is Guangzhou's 医疗保险服务中心 (as dev gold).
    text = ("广州市医疗保障局 广州市财政局 广州市民政局 广州市卫生健康委员会关于印发广州市长期护理保险试行办法的通知\n"
            "市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。\n"
            "市财政部门、医保经办机构按有关规定做好财务核算工作，真实、完整反映基金收支节余情况，并定期做好对账工作。")
    a = assignments(text, jurisdiction="广州市", reference_date="2024-01-03")[-1]
    assert a["trigger"]["text"] == "做好" and a["lead"] == ["广州市财政局", "广州市医疗保险服务中心"]


def test_jiang_as_future_or_as_object_marker():
    # 将 + verb announces (dev gz-3 "市医保部门将自动办理续保", dev sc19-22 "发展改革委将继续加强协调");
    # 将 + object + 存入/提交 is 把 (Guangzhou 公共租赁住房保障办法, "…应每月将住房租赁补贴存入…账号";
    # "将审核意见提交区住房保障部门").
    from govie.assignments import _future
    from govie.text.segment import function_word_tags

    tags = function_word_tags()
    assert _future("将自动办理续保。", 0, tags) and _future("将继续加强协调，会同你省积极推进该项目前期工作。", 0, tags)
    assert not _future("将住房租赁补贴存入保障对象提供的社会保障卡账号。", 0, tags)
    assert not _future("将审核意见提交区住房保障部门，同时将申请家庭的家庭经济状况核对信息推送至民政部门。", 0, tags)


# 国办函〔1996〕16号 (State Council 2019 sample, id 42, not in annotations/).
SC19_42_HEAD = ("国务院办公厅关于黄金\n经济政策有关问题的复函\n国办函〔1996〕16号\n国家经贸委、冶金部：\n"
                "一、关于黄金地质勘探资金问题\n")


def test_a_clause_opened_by_another_body_is_its_own_task():
    """A task ends where a clause opened by another named body states what that body does."""
    text = SC19_42_HEAD + "其中，中国人民银行从黄金收售价差款中支付XXX元，财政部定额补贴XXX元。"
    a, b = assignments(text, reference_date="1996-02-09")
    assert a["lead"] == ["中国人民银行"] and a["task"]["text"] == "从黄金收售价差款中支付XXX元"
    assert b["lead"] == ["财政部"] and b["task"]["text"] == "定额补贴XXX元"


def test_a_body_that_only_joins_the_task_does_not_cut_it():
    # 国办发〔2019〕4号 (dev sc19-4): 会同 partners inside the task, a class after a comma.
    text = (SC19_4_HEAD + "国家卫生健康委要会同国家中医药局，加强对三级公立医院绩效考核工作的组织领导，"
            "各省份要结合实际制定具体实施方案。")
    (a,) = assignments(text, reference_date="2019-01-16")
    assert a["lead"] == ["国家卫生健康委员会"] and a["support"] == ["国家中医药管理局"]


# 专利代理条例 (国务院令第706号; State Council 2019 sample, id 58, not in annotations/).
PATENT_HEAD = "中华人民共和国国务院令\n第706号\n专利代理条例\n"


def test_a_body_named_with_a_class_of_another_level_leads():
    text = (PATENT_HEAD + "第二十二条\u3000国务院专利行政部门和省、自治区、直辖市人民政府管理专利工作的部门应当采取随机抽查等方式，"
            "对专利代理机构和专利代理师的执业活动进行检查、监督，发现违反本条例规定的，及时依法予以处理，并向社会公布检查、处理结果。")
    (a,) = assignments(text, reference_date="2018-11-06")
    assert a["lead"] == ["国家知识产权局"]
    assert a["task"]["text"].startswith("采取随机抽查等方式")


def test_the_staff_of_either_body_are_no_assignment():
    text = (PATENT_HEAD + "第二十八条\u3000国务院专利行政部门或者省、自治区、直辖市人民政府管理专利工作的部门的工作人员违反本条例规定，"
            "滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。")
    assert assignments(text, reference_date="2018-11-06") == []


def test_jiang_opening_a_stated_task_only_as_ba():
    # 将 + object + 存入 (dev gz-1) is 把; 将在 + … (dev sc19-22) announces, even with 作为 later.
    from govie.assignments import _no_task_word
    from govie.text.segment import function_word_tags

    tags = function_word_tags()
    assert not _no_task_word("将住房租赁补贴存入保障对象提供的社会保障卡账号。", 0, tags)
    assert _no_task_word("将在国土资源大调查地质灾害预警工程中继续将你省作为重点。", 0, tags)
    assert _no_task_word("将着重做好对长江上游船舶污染的监督管理工作，", 0, tags)


def test_the_central_budget_as_subject_is_the_ministry_of_finance():
    # 国办发〔2019〕6号 (dev sc19-2); 国办函〔2004〕35号 (dev sc19-24, gold of round 4 after this test
    # was written; R4-A): 将 after a budget commits it, an assignment like 要.
    head = "国务院办公厅关于有效发挥政府性\n融资担保基金作用切实支持小微企业和\n“三农”发展的指导意见\n国办发〔2019〕6号\n"
    text = head + ("（十五）加大奖补支持力度。中央财政要对扩大实体经济领域小微企业融资担保业务规模、"
                   "降低小微企业融资担保费率等工作成效明显的地方予以奖补激励。")
    (a,) = assignments(text, reference_date="2019-02-14")
    assert a["lead"] == ["财政部"] and a["trigger"]["text"] == "要"
    assert a["task"]["text"].endswith("予以奖补激励")
    announced = head + "运动会举办的主要经费由黑龙江省人民政府承担，中央财政将视情况对国际大体联官员、特邀贵宾的接待费给予一定补助。"
    assert [a["lead"] for a in assignments(announced, reference_date="2019-02-14")] == [["黑龙江省人民政府"], ["财政部"]]


def test_a_recurring_date_is_no_deadline():
    # 国办发〔2019〕4号 (dev sc19-4): 每年 makes 2月底前 and 3月底前 recur; a dated deadline stays.
    text = (SC19_4_HEAD + "2020年起，每年2月底前各省份完成辖区内三级公立医院绩效考核工作，3月底前国家卫生健康委完成国家监测指标分析工作。\n"
            "（三）国家监测分析。国家卫生健康委于2019年12月底前完成国家监测指标分析，并及时以适当方式向社会公布。"
            "2020年起，国家卫生健康委每年3月底前完成上述工作。")
    a, b, c = assignments(text, reference_date="2019-01-16")
    assert a["task"]["text"] == "完成国家监测指标分析工作" and a["deadline"] is None
    assert b["deadline"] == "2019-12"
    assert c["task"]["text"] == "完成上述工作" and c["deadline"] is None


def test_the_body_after_you_goes_on_as_the_subject_of_the_next_duty():
    # 广州市长期护理保险试行办法 (Guangzhou doc_33, 第二十条: a part not in annotations/).
    text = ("广州市长期护理保险试行办法\n第二条 本办法适用于本市行政区域内的长期护理保险（以下简称长护险）参保筹资、待遇享受、管理及经办服务等活动。\n"
            "市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。\n"
            "第二十条 长护险由医保经办机构进行经办管理，负责参保登记、基金拨付、待遇审核和日常管理等工作。具体经办操作实施细则由医保经办机构另行制定。")
    _, a, b, c = assignments(text, jurisdiction="广州市", reference_date="2024-01-03")
    assert a["task"]["text"] == "长护险由医保经办机构进行经办管理" and a["trigger"]["text"] == "由"
    assert b["task"]["text"] == "参保登记、基金拨付、待遇审核和日常管理等工作" and b["trigger"]["text"] == "负责"
    assert a["lead"] == b["lead"] == c["lead"]


def test_a_body_joined_by_tong_supports():
    # 国函〔2006〕 (State Council 2019 sample, id 44, not in annotations/): 同 joins a partner.
    text = ("国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复\n广东省人民政府、香港特别行政区政府：\n"
            "二、深圳湾口岸港方口岸区的土地使用权，由香港特别行政区政府同广东省深圳市人民政府签订国有土地租赁合同，以租赁的方式取得，"
            "土地使用期限自口岸启用之日起至2047年6月30日止。")
    (a,) = assignments(text, reference_date="2006-10-31")
    assert a["lead"] == ["香港特别行政区政府"] and a["support"] == ["深圳市人民政府"]


def test_a_task_ends_where_another_named_body_opens_its_own_clause():
    # 国办函〔1996〕16号 (shared data state-council-2019 id 42, not annotated): two bodies, two tasks.
    text = ("国务院办公厅关于黄金\n经济政策有关问题的复函\n国办函〔1996〕16号\n国家经贸委、冶金部：\n"
            "在国内黄金收购价格与国际价格并轨前，国家每年仍继续拨付XXX元用于黄金地质勘探。"
            "其中，中国人民银行从黄金收售价差款中支付XXX元，财政部定额补贴XXX元。")
    found = assignments(text)
    assert [(a["lead"], a["task"]["text"]) for a in found] == [
        (["中国人民银行"], "从黄金收售价差款中支付XXX元"),  # not "…，财政部定额补贴XXX元"
        (["财政部"], "定额补贴XXX元"),
    ]


def test_the_members_of_a_body_are_no_task():
    # 国办发〔2018〕109号 (shared data state-council-2019 id 54, not annotated), its title's second line.
    assert assignments("国家教材委员会组成人员的通知") == []


def test_a_yi_jing_you_report_is_no_by_clause():
    # 1959年国务院政府工作报告 (shared data): 已经由 is 已经 + 由, a reported step; the same
    # lookbehind keeps 自由 (自由贸易试验区), 理由 and 缘由 from reading as 由.
    assert assignments("这个草案，已经由国务院通过，提请这次人民代表大会审议和决定。") == []


def test_partners_named_by_their_fields_are_a_class():
    # 广州市公共租赁住房管理办法 第七条 (dev gz-1): 会同发展改革、规划和自然资源等部门 names fields,
    # no body; the task is what the lead does after them.
    text = ("广州市公共租赁住房管理办法\n第七条 市住房城乡建设局应会同发展改革、规划和自然资源等部门制定公共租赁住房保障"
            "中长期发展规划和年度建设计划，报市政府批准后向社会公布。")
    (a,) = assignments(text, jurisdiction="广州市", reference_date="2024-07-26")
    assert a["lead"] == ["广州市住房和城乡建设局"] and a["support"] == []
    assert a["task"]["text"] == "制定公共租赁住房保障中长期发展规划和年度建设计划，报市政府批准后向社会公布"


def test_a_body_designated_by_name_before_its_duty():
    # 江西省应急管理厅办公室关于做好非煤矿山企业主要负责人考核工作的通知 (dev pt-85109):
    # X为<a centre no tagger names>，负责… — the centre leads, by its own name.
    text = ("（七）考核不收取任何费用。省级考核部门为省应急管理厅宣教处，负责考核发证；"
            "省级考试机构为江西省安全生产宣传教育中心，负责考核考试的具体组织实施工作。")
    found = assignments(text, jurisdiction="江西省", reference_date="2020-06-28")
    assert [(a["lead"], a["task"]["text"]) for a in found] == [
        (["江西省应急管理厅"], "考核发证"),
        (["江西省安全生产宣传教育中心"], "考核考试的具体组织实施工作"),
    ]


def test_a_short_name_for_a_list_a_class_opens_covers_its_bodies():
    # 渝府办发〔2022〕109号 (dev pt-10809): 各区县（自治县）政府和两江新区、…、万盛经开区管委会（以下统称区县政府）
    # is one class; the 市 bodies before it lead.
    text = ("重庆市人民政府办公厅关于促进内外贸一体化发展的实施意见\n渝府办发〔2022〕109号\n"
            "1．推进自主品牌“走出去”发展。加快建设现代汽车、摩托车产业体系，打造全球重要的汽车、摩托车研发、制造、应用基地，"
            "培育打造汽车、摩托车中高端品牌。〔市经济信息委、市商务委、市文化旅游委及各区县（自治县）政府和两江新区、"
            "西部科学城重庆高新区、万盛经开区管委会（以下统称区县政府）按职责分工负责〕")
    (a,) = assignments(text, jurisdiction="重庆市")
    assert a["lead"] == ["重庆市经济和信息化委员会", "重庆市商务委员会", "重庆市文化和旅游发展委员会"]
    assert a["support"] == []


def test_a_partner_joined_by_hui_in_a_later_clause_supports():
    # 广州市长期护理保险试行办法 第三十条 (dev gz-33): …编制…计划，会市财政部门后报市政府 — the lead goes on
    # with a partner, which supports.
    text = ("广州市长期护理保险试行办法\n市医疗保险经办机构（以下简称医保经办机构）负责本市长护险的参保筹资、经办服务和协议管理工作。\n"
            "第三十条 职工长护险基金和居民长护险基金收支需求分别列入职工医保基金和城乡居民医保基金收支预算。"
            "医保经办机构应独立编制长护险基金收支计划，会市财政部门后报市政府。")
    found = assignments(text, jurisdiction="广州市", reference_date="2024-01-03")
    (a,) = [a for a in found if "收支计划" in a["task"]["text"]]
    assert a["lead"] == ["广州市医疗保险服务中心"] and a["support"] == ["广州市财政局"]


def test_a_by_clause_whose_verb_names_an_event_word_later_still_assigns():
    # 专利代理条例 第二十六条 (shared data state-council-2019 id 58, not annotated): 由X责令停止承办… is a
    # task of X; only a joint event (由X、Y共同举办的…), a relative clause (由X组织的…) or a post of X
    # (由X副主席…主持) gives X no task, forms read in news sentences.
    text = ("中华人民共和国国务院令\n第706号\n专利代理条例\n第二十六条　专利代理师有下列行为之一的，由省、自治区、直辖市人民政府"
            "管理专利工作的部门责令限期改正，予以警告，可以处5万元以下的罚款；情节严重或者逾期未改正的，由国务院专利行政部门"
            "责令停止承办新的专利代理业务6个月至12个月，直至吊销专利代理师资格证：")
    found = assignments(text, reference_date="2018-11-06")
    assert [a["lead"] for a in found if "停止承办" in a["task"]["text"]] == [["国家知识产权局"]]


def test_a_task_ends_at_a_semicolon_before_a_list_of_classes_with_its_own_duty():
    # 国务院关于河北雄安新区总体规划（2018—2035年）的批复 (dev sc19-14): the clause after ； is the
    # classes' own (各有关部门和单位以及…各地区，要…), not part of the named bodies' task.
    text = ("国务院关于河北雄安新区总体规划（2018—2035年）的批复\n国函〔2018〕159号\n"
            "国家发展改革委、京津冀协同发展领导小组办公室要做好综合协调，加强对《总体规划》实施的指导、监督和检查，"
            "重大事项及时向党中央、国务院报告；各有关部门和单位以及北京市、天津市等各地区，要积极主动对接和支持雄安新区规划建设，"
            "形成推动雄安新区高质量发展的合力。")
    (a,) = assignments(text, reference_date="2018-12-25")
    assert a["lead"][0] == "国家发展和改革委员会"
    assert a["task"]["text"] == "做好综合协调，加强对《总体规划》实施的指导、监督和检查，重大事项及时向党中央、国务院报告"


def test_a_report_by_clause_or_duty_is_no_assignment():
    # A report tells what was or will be done; 由X… and X负责… in its running text assign nothing
    # (guide: reported actions are activities). 2009年国务院政府工作报告 and 2026年广东省政府工作报告
    # (/work/r6/readable sc-report-2009, wr2026-广东省), their openings and a later sentence.
    text = ("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议，并请全国政协委员提出意见。\n"
            "为弥补财政减收增支形成的缺口，拟安排中央财政赤字7500亿元，比上年增加5700亿元，同时国务院同意地方发行2000亿元债券，"
            "由财政部代理发行，列入省级预算管理。")
    assert assignments(text, reference_date="2009-03-05") == []
    text = ("政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n广东省省长 孟凡利\n各位代表：\n"
            "是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施，旨在建设一批高水平学校和高水平专业群。")
    assert assignments(text, jurisdiction="广东省", reference_date="2026-01-26") == []
    # Its notes of lead bodies still assign (the 2026 Inner Mongolia report's practical matters).
    text = ("2026年内蒙古自治区政府工作报告\n各位代表：\n"
            "5.完善提升20个县乡村三级养老服务网络，向中度以上失能老年人发放养老服务消费补贴，建成家庭养老床位7000张（牵头单位：民政厅）。")
    (a,) = assignments(text, jurisdiction="内蒙古自治区", reference_date="2026-02-04")
    assert a["lead"] == ["内蒙古自治区民政厅"]


def test_a_deadline_opening_a_sentence_frames_the_next_undated_one():
    # 国办发〔2019〕4号 (dev sc19-4): "2019年3月底前，" frames the next step too; a sentence with a
    # date of its own (2019年8月底前，…) starts a new frame.
    text = ("国务院办公厅关于加强\n三级公立医院绩效考核工作的意见\n国办发〔2019〕4号\n"
            "（二）统一编码和术语集。2019年3月底前，国家卫生健康委推行全国统一的疾病分类编码、手术操作编码和医学名词术语集。"
            "国家中医药局印发全国统一的中医病证分类与代码和中医名词术语集。2019年8月底前，各地组织三级公立医院完成电子病历的编码和术语转换工作，"
            "全面启用全国统一的疾病分类编码、手术操作编码、医学名词术语。")
    found = assignments(text, reference_date="2019-01-30")
    assert [(a["lead"], a["deadline"]) for a in found] == [
        (["国家卫生健康委员会"], "2019-03"), (["国家中医药管理局"], "2019-03")]


def test_a_text_that_speaks_as_we_is_a_report_even_without_its_head():
    # 1964年国务院政府工作报告 as published (/work/r6/readable sc-report-1964), paragraphs of its
    # foreign-affairs part: no report head (各位代表, 政府工作报告) but the voice of 我们;
    # "中国政府一向致力于促进…" is a reported stance, not a task a policy gives to a body.
    text = (
        "周总理说，五年多来，我国同许多社会主义国家，在无产阶级国际主义基础上，进一步发展了友好互助合作关系。我国同苏联的关系，由"
        "于不是我们的过错，受到了损害，遇到了困难。尽管如此，我们仍然以团结为重，尽可能地保持正常的往来。正是从这种立场出发，在十"
        "月革命四十七周年的时候，我们主动倡议派党政代表团去莫斯科参加庆祝。我们的这一重大努力，受到了苏联人民、社会主义阵营各国人"
        "民和全世界一切革命人民的热烈欢迎。我们坚定不移地相信，中苏两国人民的伟大团结、社会主义阵营各国人民的伟大团结，是任何力量"
        "也破坏不了的。\n"
        "周总理指出，在同一时期内，我国同亚非新兴国家的友好合作关系，在和平共处五项原则的基础上，有了很大的发展。我国同一系列亚非"
        "新兴国家签订了友好或友好互不侵犯条约、经济技术合作协定、贸易协定和文化协定等。\n"
        "周总理指出，这几年来，随着我国社会主义建设事业的发展，我国对外援助的规模日益扩大。我们总结了多年来的实践，制定了对外经济"
        "援助的八项原则。我国对外援助的出发点是，根据无产阶级国际主义精神，支援社会主义兄弟国家进行建设，增强整个社会主义阵营的力"
        "量；支援未独立的国家取得独立；支援新独立的国家自力更生，发展民族经济，巩固自己的独立，增强各国人民团结反帝的力量。我们一"
        "贯克己助人，采取无偿赠予或低息、无息贷款的方式提供援助。\n"
        "周总理说，作为亚非大家庭的一员，中国政府一向致力于促进亚非国家团结反帝的事业。我国积极参加了今年四月在雅加达举行的第二次"
        "亚非会议的筹备会议，并且准备同亚非国家一道，为开好将要在阿尔及尔举行的第二次亚非会议共同努力。\n"
        "强烈谴责美帝国主义要长期霸占台湾的阴谋，中国人民一定要收复自己的领土台湾\n"
        "周总理强烈谴责了美帝国主义要长期霸占台湾，力图阻挠恢复中国在联合国的合法权利和制造“两个中国”或“一个中国、一个台湾”的"
        "阴谋。周总理重申：中华人民共和国政府是代表全中国人民的唯一合法政府，任何其他人或集团都不得以任何名义代表中国或中国领土的"
        "一部分，在联合国占有席位；除非联合国把蒋介石集团的代表驱逐出去、完全恢复我国的合法权利，我们绝对不同联合国发生任何关系。\n"
        "关于中美会谈，周总理说，我们坚持美国的一切武装力量必须撤出台湾和台湾海峡；在这个根本问题没有解决之前，谈不上解决中美关系"
        "中的具体问题。美帝国主义必须从台湾和台湾海峡滚出去。中国人民一定要收复自己的领土台湾。\n"
    )
    assert assignments(text, reference_date="1964-12-21") == []


# Unbracketed role lines after an item (issue 16). Real published text, quoted as found:
# - 杭州市萧山区《关于深入实施创新强区战略加快萧山经济高质量发展的若干政策意见》, as reproduced at
#   https://www.gxqyrd.cn/zzrd/gq/4830.html: each numbered item is followed by "牵头单位:区经信局";
# - 滁州市人民政府关于2020年市政府重点工作及责任分解的通知,
#   http://www.chuzhou.gov.cn/public/152523227/567017766.html: "1. 地区生产总值增长8%以上。" then
#   "牵头负责领导:金力。", "牵头责任单位:市发展改革委。", "协同责任单位:市经信局、…,各县、市、区政府。".
XIAOSHAN = (
    "(一)大力推进集群制造\n\n"
    "1.培育世界级先进制造业集群。每年安排一定资金用于打造纤维新材料、智能汽车两大世界级产业集群。制定支持世界级产业集群"
    "培育专项政策,在协同创新、改造提升、集群强链、人才引育、联盟建设等方面给予资助。\n\n"
    "牵头单位:区经信局\n\n"
    "2.做强优势产业链。推进集群强链建设,骨干企业每年累计采购区内无关联企业配套产品5000万元以上的,按采购额的2%给予最高"
    "200万元资助;企业引进规模以上战略新兴产业、纤维新材料、智能汽车产业链上下游企业,按每家20万元给予资助。\n\n"
    "牵头单位:区经信局\n"
)
CHUZHOU = (
    "滁州市人民政府关于2020年市政府重点工作及责任分解的通知\n"
    "各县、市、区人民政府,市政府各部门、各直属机构:\n"
    "2020年是全面建成小康社会和“十三五”规划收官之年,是谋划“十四五”关键之年,做好今年工作,意义特别重大。2020年市政府工作"
    "报告已经市第六届人民代表大会第三次会议审议通过,确定了10个方面190项重点工作,由许继伟同志负总责,同时明确各项工作的牵头负责"
    "领导、牵头责任单位和协同责任单位。\n"
    "一、确保完成全年主要预期目标\n\n"
    "1. 地区生产总值增长8%以上。\n\n"
    "牵头负责领导:金力。\n\n"
    "牵头责任单位:市发展改革委。\n\n"
    "协同责任单位:市经信局、市商务局、市交通局、市农业农村局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。\n\n"
    "2. 财政收入增长8%左右。\n\n"
    "牵头负责领导:金力。\n\n"
    "牵头责任单位:市财政局。\n"
)


def test_an_unbracketed_role_line_after_an_item_assigns_the_item():
    found = assignments(XIAOSHAN, jurisdiction="浙江省杭州市萧山区")
    assert [a["lead"] for a in found] == [["杭州市萧山区经济和信息化局"]] * 2
    first, second = found
    assert first["task"]["text"].startswith("培育世界级先进制造业集群。") and first["task"]["text"].endswith("给予资助")
    assert second["task"]["text"].startswith("做强优势产业链。")
    assert first["trigger"]["text"] == "牵头单位" and first["support"] == [] and first["deadline"] is None


def test_role_lines_give_lead_and_support_and_pass_over_the_leader_line():
    # The notice cites the work report (政府工作报告) in its head: its running text assigns nothing,
    # its role lines, like notes, do. "各县、市、区政府" is a class: no support.
    found = assignments(CHUZHOU, jurisdiction="安徽省滁州市", reference_date="2020-02-03")
    assert [(a["task"]["text"], a["lead"]) for a in found] == [
        ("地区生产总值增长8%以上", ["滁州市发展和改革委员会"]), ("财政收入增长8%左右", ["滁州市财政局"])]
    first = found[0]
    assert first["trigger"]["text"] == "牵头责任单位"
    assert first["support"][:4] == ["滁州市经济和信息化局", "滁州市商务局", "滁州市交通运输局", "滁州市农业农村局"]
    assert not any("各" in s or "县" in s for s in first["support"])
    assert found[1]["support"] == [] and first["deadline"] is None


# Layouts of responsibility notes and lines that the dev corpus lacks (issue 16, second pass).
# Real published text, quoted as found (one sentence or item each):
# - 安徽省土地节约集约利用综合改革试点实施方案, http://www.dingqianjf.com/news/show/134/1542380_0.html
#   (the page shows it in traditional characters; quoted here in the simplified original), item 1;
#   鄂政发〔2018〕26号 (http://chaincenturyfinance.com/tzgg/2421.html) writes the same labels,
#   and 武政办〔2023〕1号 says "无牵头单位的，责任单位即为牵头单位";
# - 黄石市下陆区 2020年区政府重点工作责任分解,
#   http://www.xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202012/t20201222_742409.html: notes in [];
# - 桐乡市 2020年政府工作报告主要工作责任分解,
#   http://www.nbxinxi.com/a/gedizhengce/zhejiangsheng/jiaxingshi/tongxiangsh/2021/0602/178890.html;
# - 安徽省人民政府关于2022年重点工作及责任分解的通知, as reposted at
#   http://bbs.tongheshandao.com/archiver/showtopic-13251.aspx (items numbered 1﹒).
ANHUI_LAND = (
    "安徽省土地节约集约利用综合改革试点实施方案\n一、重点任务\n（一）加强规划计划源头管控\n"
    "1. 将节约集约用地理念贯穿于国土空间规划编制和实施监督全过程。"
    "(牵头单位:省自然资源厅;责任单位:省住房城乡建设厅,各市、县人民政府)\n"
)


def test_bodies_responsible_beside_a_named_lead_take_part():
    (a,) = assignments(ANHUI_LAND, jurisdiction="安徽省", reference_date="2023-02-01")
    assert a["task"]["text"] == "将节约集约用地理念贯穿于国土空间规划编制和实施监督全过程"
    assert a["lead"] == ["安徽省自然资源厅"]
    assert a["support"] == ["安徽省住房和城乡建设厅"]  # 各市、县人民政府: a class


XIALU = (
    "2020年区政府重点工作责任分解\n一、全力统筹疫情防控和经济社会秩序恢复\n(一)坚持常态化疫情防控\n"
    "1、切实提高政治站位,慎终如始精准抓好疫情防控工作。"
    "[牵头单位:区卫健局;责任单位:区疫情防控指挥部成员单位、各街办(新区)]\n"
)


def test_a_note_in_square_brackets():
    (a,) = assignments(XIALU, jurisdiction="湖北省黄石市下陆区", reference_date="2020-06-28")
    assert a["trigger"]["text"].startswith("[牵头单位:区卫健局") and a["trigger"]["text"].endswith("(新区)]")
    assert a["task"]["text"] == "切实提高政治站位,慎终如始精准抓好疫情防控工作"
    assert a["lead"] == ["黄石市下陆区卫生健康局"] and a["support"] == []


TONGXIANG = (
    "2020年政府工作报告主要工作责任分解\n一、于会游市长主抓重点工作\n"
    "2.全面落实各级“五减”系列政策,加快兑现支持企业渡过难关“22条”和鼓励工业企业复工达产“10项举措”,力争为企业减负60亿元。\n"
    "责任单位:发改局、经信局、财政局、金融发展服务中心、税务局(列第一位者为牵头或汇总单位,下同)\n"
)


def test_the_first_body_listed_leads_or_sums_up():
    (a,) = assignments(TONGXIANG, jurisdiction="浙江省嘉兴市桐乡市", reference_date="2020-05-22")
    assert a["task"]["text"].startswith("全面落实各级“五减”系列政策")
    assert a["lead"] == ["桐乡市发展和改革局"]
    assert a["support"][:2] == ["桐乡市经济和信息化局", "桐乡市财政局"]


# 丽水市政府工作报告重点工作责任分解(2023年),
# https://www.lishui.gov.cn/art/2023/7/11/art_1229738349_57348087.html (item 4): the first-listed
# rule worded without 者. Same rule, other wording, in 杭州市政府办公厅 2020 责任分解 通知
# (https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html): "列第一位的责任单位为牵头单位或汇总单位".
LISHUI_2023 = (
    "丽水市政府工作报告重点工作责任分解(2023年)\n一、全市经济社会发展主要预期目标\n"
    "4.固定资产投资增长10%。\n\n"
    "责任单位:市发改委、市经信局、市科技局、市财政局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n"
    "6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。\n\n"
    "责任单位:市人力社保局、市农业农村局分别牵头\n"
)


def test_the_first_body_listed_leads_in_another_wording():
    a, b = assignments(LISHUI_2023, jurisdiction="浙江省丽水市", reference_date="2023-07-11")
    assert a["task"]["text"] == "固定资产投资增长10%"
    assert a["lead"] == ["丽水市发展和改革委员会"]
    assert a["support"] == ["丽水市经济和信息化局", "丽水市科学技术局", "丽水市财政局"]
    # "分别牵头": each body listed leads, the first-listed rule aside
    assert b["task"]["text"] == "城乡居民收入增速保持全省领先、农民收入增速快于城镇居民"
    assert b["lead"] == ["丽水市人力资源和社会保障局", "丽水市农业农村局"] and b["support"] == []


ANHUI_2022 = (
    "安徽省人民政府关于2022年重点工作及责任分解的通知\n一、确保完成全年主要预期目标\n"
    "1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。\n"
    "牵头负责领导:刘惠。\n"
    "牵头责任单位:省发展改革委。\n"
    "协同责任单位:省政府各部门、各直属机构。\n"
)


def test_a_government_naming_its_departments_is_a_class():
    (a,) = assignments(ANHUI_2022, jurisdiction="安徽省", reference_date="2022-02-10")
    assert a["task"]["text"] == "全省生产总值增长7%以上,在实际工作中力争更好结果"
    assert a["lead"] == ["安徽省发展和改革委员会"]
    assert a["support"] == []  # 省政府各部门: the government's departments, no body named


def test_a_quoted_topic_before_by_is_read_whole():
    # 国办函〔2014〕31号, https://www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (item (二)):
    # each item quotes the point of 中发〔2014〕1号 it gives out; a comma inside the quotation ends
    # no clause.
    text = ("国务院办公厅关于落实中共中央国务院关于全面深化农村改革加快推进农业现代化若干意见有关政策措施分工的通知\n"
            "国办函〔2014〕31号\n一、工作分工\n"
            "(二)关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。\n")
    (a,) = assignments(text, reference_date="2014-02-23")
    assert a["task"]["text"].startswith("关于“严守耕地保护红线,划定永久基本农田”的问题")
    assert a["lead"] == ["国土资源部"] and a["support"] == ["农业部"]


def test_a_topic_before_by_is_the_task_when_the_cue_has_no_object():
    # 通江县 news on its tasks in 渝巴 cooperation, http://www.bmm66.com/news/show-5052.html (shown
    # in traditional characters there): "TOPIC由X牵头负责;" three times in one sentence. The cue
    # has no object: each topic is the task, and the next clause (another body's) is not.
    text = ("推进重庆-通江旅游合作由县旅游局牵头负责;通江食用菌重庆打假、品牌保护由县质监局牵头负责;"
            "通江食用菌生产、采摘、烘干、包装标准制订和品种改良由县农业局牵头负责。")
    found = assignments(text, jurisdiction="四川省巴中市通江县")
    assert [(a["task"]["text"], a["lead"]) for a in found] == [
        ("推进重庆-通江旅游合作", ["通江县旅游局"]),
        ("通江食用菌重庆打假、品牌保护", ["通江县质量技术监督局"]),
        ("通江食用菌生产、采摘、烘干、包装标准制订和品种改良", ["通江县农业农村局"]),  # the registry's successor
    ]
    assert all(a["trigger"]["text"] == "牵头负责" for a in found)


def test_by_inside_a_heading_note_is_the_note_only():
    # https://www.jiande.gov.cn/art/2025/4/2/art_1229535310_1850321.html (建政函〔2025〕20号); the
    # same heading note in 湖州's and 嘉兴's 2025 policies: the 由 inside the note assigns nothing more.
    text = "建德市人民政府\n一、科技创新政策(由市科技局牵头实施)\n\n市财政2025年统筹安排5000万元,重点用于支持浙西科创新高地。\n"
    (a,) = assignments(text)
    assert a["task"]["text"] == "科技创新政策"
    assert a["trigger"]["text"] == "(由市科技局牵头实施)"


def test_a_post_after_the_body_is_a_person_acting_not_the_body():
    # http://jjckb.xinhuanet.com/2012-03/17/content_364611.htm (news on 国务院常务会议); the same
    # opening in the 2014 and 2018 reports of the meeting ("国务院总理李克强19日主持召开…"): the
    # subject is the holder of a post, the sentence a reported event, no task of 国务院.
    text = ("国务院总理温家宝16日主持召开国务院常务会议,确定《政府工作报告》重点工作部门分工。"
            "需要多个部门参与的工作,牵头部门要切实负起组织协调责任,其他部门要积极配合。")
    assert assignments(text) == []


def test_by_a_post_holder_of_the_body_is_a_person_not_the_body():
    # http://www.slrbs.com/news/guonei/2018-11-27/965830.html (国函〔2018〕144号); the same wording in
    # 国办函〔2003〕49号 ("新建立的部际联席会议，由国务院领导同志牵头负责的，名称可冠…", round 8 probe):
    # 由 + body + 领导同志 names a person holding a post of the body, no task of 国务院.
    text = ("同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度。"
            "联席会议不刻制印章,不正式行文,请按照国务院有关文件精神,认真组织开展工作。")
    assert [a for a in assignments(text) if "中华人民共和国国务院" in a["lead"]] == []


def test_first_listed_leads_where_the_note_says_so_after_a_plain_fuze():
    # https://78911.com.cn/DangAnGuanLiZhiDu/670108.html (国发〔2017〕28号): the note's own
    # "列第一位者为牵头单位" makes the first body lead and the rest support (guide v2); a plain 负责
    # names no lead of its own, unlike 牵头 (沪府发〔2017〕76号 has the same note with 按照职责分工负责).
    text = ("（一）促进经济增长与扩大就业联动。加强经济政策与就业政策衔接，促进经济增长与扩大就业联动、"
            "结构优化与就业转型协同。（国家发展改革委、财政部、工业和信息化部、商务部、人民银行、税务总局等负责。"
            "列第一位者为牵头单位，下同）")
    [a] = assignments(text)
    assert a["lead"] == ["国家发展和改革委员会"]
    assert a["support"] == ["财政部", "工业和信息化部", "商务部", "中国人民银行", "国家税务总局"]


def test_first_listed_leads_in_a_table_lead_cell_where_the_document_says_so():
    # http://njhcsz.com/zwgkyd/2016zcwja/201506/8dc24adb99fa4fd09888dc03a2198e18.shtml (国办函〔2015〕47号,
    # traditional mirror, t2s): the row as published; the page splits the header one cell a line,
    # joined here on one line. The lead cell's note makes the first body lead, the rest support.
    text = ("序号 | 工作任务 | 负责单位 | 时间进度 |\n"
            "1 | 把稳定和扩大就业作为经济运行合理区间的下限,将城镇新增就业、调查失业率作为宏观调控重要指标,"
            "纳入国民经济和社会发展规划及年度计划 | 发展改革委、人力资源社会保障部、统计局(列第一位者为牵头单位,下同) | 持续实施 |\n")
    [a] = assignments(text)
    assert a["lead"] == ["国家发展和改革委员会"]
    assert a["support"] == ["人力资源和社会保障部", "国家统计局"]


def test_an_inline_cue_whose_clause_is_done_is_a_reported_action():
    # http://www.xuancheng.gov.cn/OpennessContent/show/2011754.html (宣城 2020 预通知); the same "牵头起草了《…》"
    # opens 威海 2022's 征求意见 公告 (http://www.weihai.gov.cn/art/2022/12/12/art_59786_9435.html).
    text = ("为贯彻落实《健康安徽行动实施方案》和《健康宣城2030规划》,市卫健委牵头,会同市教体局起草了"
            "《健康宣城行动实施方案(代拟稿)》,业经多次征求意见与委托合法性审查。")
    assert assignments(text, reference_date="2020-06-01") == []


def test_a_note_that_names_the_leader_before_its_labels():
    # 咸安区 2023 责任分解方案 (https://by6714.com/t/huazhong/7692.html): every item's note opens with the person in
    # charge (责任领导), then the labelled bodies; 滁州 2020 (chuzhou.gov.cn/public/152523227/567017766.html) puts the
    # same 牵头负责领导 label on its own line before its 牵头责任单位 line.
    text = ("12.启动南外环高速公路、全域公交项目建设,确保107国道咸安绕城段公路建成通车。(责任领导:洪声耀;"
            "牵头单位:区交通运输局;责任单位:区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办)")
    (a,) = assignments(text, reference_date="2023-02-01")
    assert a["trigger"]["text"].startswith("(责任领导:洪声耀;牵头单位")
    assert a["task"]["text"].startswith("启动南外环高速公路")
    assert len(a["lead"]) == 1 and "交通运输局" in a["lead"][0]
    assert "洪声耀" not in str(a["lead"] + a["support"])


def test_a_one_cell_a_line_table_whose_cells_end_in_the_column_bar():
    # 南陵县 2024 政府工作报告 任务分解表 (https://www.nlx.gov.cn/openness/public/6605131/39230837.html): the page
    # serves each cell on its own line closed by " |"; 霍山 开发区 2025 责任清单
    # (https://www.ahhuoshan.gov.cn/public/6598161/37968314.html) is served the same way.
    text = ("序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
            "81 |\n保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展,探索职业教育赋能区域发展路径。 |\n"
            "陆 明俞 悦 |\n县教育局 |\n县各有关单位 |\n")
    (a,) = assignments(text, reference_date="2024-03-01")
    assert a["task"]["text"].startswith("保障芜职院") and not a["task"]["text"].endswith("|")
    assert a["trigger"]["text"] == "牵头责任单位"
    assert len(a["lead"]) == 1 and "教育局" in a["lead"][0]
    assert a["support"] == []


def test_a_procurator_or_bank_head_after_the_body_is_a_person_not_the_body():
    # https://bj.crntt.com/doc/7_0_106070936_7_0427165402.html (国务院办公厅, 2021-04-21, a 领导小组
    # notice; the page's ASCII commas kept): "最高人民检察院副检察长童建明" names a post holder, as
    # 副院长/副部长 do; the office set up in 民政部 stays the only assignment.
    text = ("(一)领导小组办公室设在民政部,承担领导小组日常工作。办公室主任由民政部部长李纪恒兼任;常务副主任由民政部副部长高晓兵兼任;副主任由中央网信办副主任盛荣华,最高人民法院副院长杨万明,最高人民检察院副检察长童建明,教育部副部长郑富芝,公安部副部长林锐,国家卫生健康委党组成员余艶红,共青团中央书记处书记傅振邦,全国妇联副主席、书记处书记蔡淑敏兼任。办公室成员由领导小组成员单位有关司局负责同志担任。领导小组成员因工作变动需要调整的,由所在单位向领导小组办公室提出,按程序报领导小组组长批准。办公室成员需要调整的,由所在单位提出,报领导小组办公室备案。")
    (a,) = assignments(text)
    assert a["trigger"]["text"] == "设在" and a["lead"] == ["民政部"]


def test_by_a_body_named_by_its_field_with_guanli_jiguan_is_not_the_state_council():
    # 国务院行政机构设置和编制管理条例 (国务院令第227号, 1997), http://law604.infoeach.com/view-NjA0fDI2NA==.html:
    # 国务院 only qualifies 国务院机构编制管理机关 (the 中央编办); lead 国务院 would be a wrong body.
    text = "第五条　国务院行政机构的设立、撤销或者合并，由国务院机构编制管理机关事先组织有关部门和专家进行评估和论证。"
    assert all("中华人民共和国国务院" not in a["lead"] for a in assignments(text))
