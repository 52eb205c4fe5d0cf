"""DEPT in national documents, round-10 probe (dept13n): real lines of published pages
(addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts


def _depts(text):
    return depts(text, units=True)


def test_bare_bu_before_a_bureau_is_the_ministry_named_before():
    # http://law511.infoeach.com/view-NTExfDIzNDA0.html (铁道部 1990, 铁路货物集装化用具准运证管理办法).
    text = ("第4条 铁路货物集装化用具准运证统一由铁道部运输局审核、颁发。集装化运输方式及集装用具的生产技术条件"
            "审查和质量检验,监督工作由部运输局组织,委托有关技术部门进行。")
    assert ("部运输局", "铁道部", "运输局") in _depts(text)


def test_bare_bu_before_a_department_is_the_ministry_signing_after():
    # http://www.caam.org.cn/policySearch/con_5025890.html (交通部办公厅 2007): the ministry is named
    # only in the signature.
    text = ("提出书面修改意见,并于2007年3月15日前将修改意见报部公路司(运政处)。\n"
            "联系人:战榆林\n中华人民共和国交通部办公厅(章)\n二○○七年二月二十七日")
    assert ("部公路司", "交通部", "公路司") in _depts(text)


def test_bare_bu_without_a_ministry_is_not_a_body():
    # The same line in a provincial department's notice: no ministry is named, so 部 is no one's.
    text = "省交通厅关于做好道路运输工作的通知。请于2007年3月15日前将修改意见报部公路司(运政处)。"
    assert not [d for d in _depts(text) if d[0].startswith("部")]


def test_a_ministry_named_after_its_split_is_the_former_ministry():
    # /work/r6/readable/sc-report-1956.txt (report of June 1956): 重工业部 was split into three
    # ministries in May 1956; the report names the former ministry, not one of its branches.
    text = "在重工业部一、二两月份的８种主要产品中，只有平炉钢、电炉钢、锻钢材的合格率超过了去年第四季度的水平。"
    found = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date="1956-06-15").entities
             if e.label == "DEPT"]
    assert ("重工业部", "重工业部") in found


def test_the_central_enterprise_work_committee_of_1999_2003():
    # http://law856.infoeach.com/view-ODU2fDUyMTIz.html (对外贸易经济合作部, about 2000).
    text = ("广州市外经贸委(局)(以下简称授权发证机关)或中央企业工委管理的企业(以下简称中央企业)"
            "负责对企业申报材料的真实性和完整性进行审查")
    found = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date="2001-05-01").entities
             if e.label == "DEPT"]
    assert ("中央企业工委", "中共中央企业工作委员会") in found


def test_a_long_joint_addressee_list_names_classes_not_central_bodies():
    # 七部委 notice of 2015 on e-commerce demonstration cities (public repository text, code search
    # id 580092128): each province's bank branch and bureaus, not the central bank.
    text = ("各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委、商务主管部门、人民银行分支机构、直属海关、"
            "国家税务局、地方税务局、工商局、直属检验检疫局、质量技术监督局，有关中央管理企业：")
    found = [d[0] for d in _depts(text)]
    assert "人民银行" not in found and "工商局" not in found and "地方税务局" not in found


def test_a_provinces_sasac_in_a_joint_addressee_list_is_no_central_body():
    # 发改法规〔2026〕195号 (国家发展改革委等部门, public repository text, code search id 54665964619).
    text = ("各省、自治区、直辖市、新疆生产建设兵团发展改革委、工业和信息化主管部门、住房城乡建设厅（委、局）、"
            "交通运输厅（局、委）、水利（水务）厅（局）、农业农村厅（局、委）、商务主管部门、国资委、招标投标指导协调部门、"
            "公共资源交易平台整合工作牵头部门，各省、自治区、直辖市通信管理局，各中央企业：")
    assert not [d for d in _depts(text) if d[1] == "国务院国有资产监督管理委员会"]


def test_central_bodies_after_a_half_width_comma_closing_the_provinces():
    # http://qizhongjigs.com/html/article/2008-5/252.html (国函[2006]94号): after the provinces'
    # governments, the central bodies the reply is addressed to.
    text = "各省、自治区、直辖市人民政府,发展改革委、监察部、统计局、能源办: 发展改革委《关于报请审批下达的请示》收悉。"
    found = [d[0] for d in _depts(text)]
    assert "监察部" in found and "统计局" in found
