"""Probe full37m: complete national ministry notices (real sentences): a ministry's own centre written
after a bare 部, its 高等教育司 after 我部, a department (司) co-signing a joint notice, and 由部… as the
issuing ministry's own task."""
import govie
from govie.taggers.titles import is_organ

# 民政部 2013年民政行业统一职业技能鉴定 通知 (JSP page, find_string id 2216957220), body sentences, with the
# ministry's own title and signature around them so that the issuer is known.
MZ_HEAD, MZ_FOOT = "民政部办公厅关于做好2013年民政行业职业技能鉴定工作的通知\n", "\n民政部办公厅\n2013年8月1日"
MZ_CENTRE = ("（五）申报国家职业资格二级（技师）、一级（高级技师）的，由部职业技能鉴定指导中心进行资格审核。"
             "省（自治区、直辖市）民政厅（局）人事部门汇总本省情况后，报部职业技能鉴定指导中心。\n"
             "各地在实施中如有问题，请及时与部人事司、部职业技能鉴定指导中心联系。")
MZ_SHORT = "（四）理论考试实行集中统一阅卷。各地务必于理论知识考试结束后2日内将考生答题卡通过机要邮局寄往部职鉴中心，由阅卷机统一阅卷。"
MZ_SELF = "（二）鉴定等级。鉴定等级为五级（初级）、四级（中级）、三级（高级）、二级（技师）、一级（高级技师）。各职业国家职业资格二级（技师）以上级别的鉴定由部统一组织。"
# 教育部办公厅关于印发《普通本科学校创业教育教学基本要求（试行）》的通知, 2012-08-01 (SQL dump, find_string id 8744993726)
JY_2012 = ("教育部办公厅关于印发《普通本科学校创业教育教学基本要求（试行）》的通知\n\n"
           "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局），部属各高等学校：\n"
           "　　为深入贯彻落实有关精神，我部制定了《普通本科学校创业教育教学基本要求（试行）》（见附件），现印发给你们，请遵照执行。"
           "在执行中若有意见建议，请报我部高等教育司。\n教育部办公厅\n2012年8月1日\n")
# 发改办能源〔2020〕865号 (uni-app page comment, find_string id 34450869482), head and signature
FGW_2020 = ("国家发展改革委办公厅 国家能源局综合司关于2020年生物质发电补贴项目申报结果的通知\n发改办能源〔2020〕865号\n"
            "各省、自治区、直辖市发展改革委、能源局，新疆生产建设兵团发展改革委：\n\n"
            "二、按照《实施方案》有关要求，新增项目补贴额度累计达到中央补贴资金总额后，地方当年不再新核准需中央补贴的项目。\n\n"
            "国家发展改革委办公厅\n国家能源局综合司\n2020年11月17日\n")


def _depts(text):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]


def test_a_ministrys_own_centre_after_a_bare_bu_is_its_own_body():
    # 由部职业技能鉴定指导中心…, 报部…, 与部人事司、部…中心联系: the centre is a public institution of 民政部.
    found = _depts(MZ_HEAD + MZ_CENTRE + MZ_FOOT)
    centres = [c for t, c in found if t == "部职业技能鉴定指导中心"]
    assert centres == ["民政部职业技能鉴定指导中心"] * 3
    assert ("部人事司", "民政部") in found


def test_an_abbreviated_centre_is_marked_but_left_unlinked():
    # 寄往部职鉴中心: a short form; its full name is not written, so no canonical is made up.
    assert ("部职鉴中心", None) in _depts(MZ_HEAD + MZ_SHORT + MZ_FOOT)


def test_the_centre_leads_the_review_it_is_given():
    found = govie.extract(MZ_HEAD + MZ_CENTRE + MZ_FOOT).assignments
    assert any(f.lead == ["民政部职业技能鉴定指导中心"] and "资格审核" in f.task["text"] for f in found)


def test_bu_after_you_is_the_issuing_ministry():
    # 以上级别的鉴定由部统一组织: 部 is the ministry issuing the notice, which leads the task.
    found = govie.extract(MZ_HEAD + MZ_SELF + MZ_FOOT).assignments
    assert [(f.lead, f.trigger["text"]) for f in found] == [(["民政部"], "由")]
    assert "以上级别的鉴定" in found[0].task["text"]


def test_gaodeng_jiaoyu_si_after_wobu_is_a_unit_of_the_ministry():
    # 请报我部高等教育司: 等 of 高等 is part of the department's name, not "and so on".
    found = govie.extract(JY_2012).entities
    units = [(e.text, e.attrs.get("canonical"), e.attrs.get("unit")) for e in found if e.label == "DEPT"]
    assert ("高等教育司", "教育部", "高等教育司") in units


def test_a_department_cosigning_a_joint_notice_is_an_issuer():
    # 国家发展改革委办公厅 国家能源局综合司关于…: two issuers, the second by its department.
    meta = govie.extract(FGW_2020).meta
    assert meta["doc_issuers"] == ["国家发展和改革委员会", "国家能源局"]
    assert is_organ("国家能源局综合司") and is_organ("教育部社会科学司")
    assert not is_organ("中国石油天然气集团有限公司") and not is_organ("上海电力股份有限公司")


# 教育部关于举办首届中国“互联网+”大学生创新创业大赛的通知 (2015; SQL dump, find_string id 20253983311); the
# signature is not in the stored excerpt, one is added so that the issuer is known.
JY_2015 = ("教育部关于举办首届中国“互联网+”大学生创新创业大赛的通知\n"
           "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，有关部门（单位）教育司（局），部属各高等学校：\n\n"
           "为贯彻落实《国务院办公厅关于深化高等学校创新创业教育改革的实施意见》（国办发〔2015〕36号），进一步激发高校学生创新创业热情，"
           "展示高校创新创业教育成果，定于2015年5月至10月举办首届中国“互联网+”大学生创新创业大赛。现将有关事项通知如下：\n"
           "\n教育部\n2015年5月7日")


def test_a_notice_scheduling_its_own_event_is_a_planned_activity_of_its_issuer():
    # …，定于2015年5月至10月举办…大赛: the issuer holds it, on the dates it sets.
    acts = govie.extract(JY_2015).activities
    held = [(a.type, a.mode, a.date, a.agents) for a in acts if a.trigger["text"] == "举办"]
    assert held == [("event", "planned", "2015-05/2015-10", ["教育部"])]


def test_dingyu_with_a_class_as_subject_is_no_activity_of_the_issuer():
    # 各地定于…: the provinces' own schedule, a class, not the issuer's.
    text = JY_2015.replace("展示高校创新创业教育成果，定于", "展示高校创新创业教育成果，各地定于")
    assert not [a for a in govie.extract(text).activities if a.trigger["text"] == "举办"]
