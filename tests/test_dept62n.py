"""Probe dept62n: central bodies in national notices (joint notices of ministries, 中办 国办 texts)."""
import govie


def _depts(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]


# http://www.zrcfjt.com/article/36/951.html (国家数据局等部门, 国数政策〔2023〕11号, 2023-12-31)
DATA_NOTICE = ("国家数据局等部门关于印发《“数据要素×”三年行动计划(2024—2026年)》的通知\n\n国数政策〔2023〕11号\n\n"
               "各省、自治区、直辖市及计划单列市、新疆生产建设兵团数据管理部门、党委网信办、科学技术厅(委、局)、"
               "工业和信息化主管部门、交通运输厅(局、委)、农业农村(农牧)厅(局、委)、商务主管部门、文化和旅游厅(局)、"
               "卫生健康委、应急管理厅(局)、医保局、气象局、文物局、中医药主管部门,中国人民银行上海总部,各省、自治区、"
               "直辖市及计划单列市分行,金融监管总局各监管局,中国科学院院属各单位:\n"
               "国 家 数 据 局\n中 央 网 信 办\n科     技     部\n工业和信息化部\n金融监管总局\n\n2023年12月31日")


def test_provincial_party_cyber_offices_are_a_class_not_the_central_office():
    got = _depts(DATA_NOTICE, "2023-12-31")
    # Before: 网信办 of 党委网信办 (every province's) linked to 中央网络安全和信息化委员会办公室.
    assert not any(t == "网信办" for t, _ in got)
    # The signature's spaced 中 央 网 信 办 is still the central office.
    assert ("中 央 网 信 办", "中央网络安全和信息化委员会办公室") in got


def test_a_central_bodys_branches_and_institutes_are_a_class():
    got = _depts(DATA_NOTICE, "2023-12-31")
    # Before: 金融监管总局 of 金融监管总局各监管局 and 中国科学院 of 中国科学院院属各单位 were marked.
    assert [t for t, _ in got].count("金融监管总局") == 1  # only the signature's
    assert not any(t == "中国科学院" for t, _ in got)
    assert ("中国人民银行上海总部", "中国人民银行上海总部") in got


# http://admin.richbox.biz:80/bjcs3.aspx?iKBEH=SIfIs.html (中共中央办公厅 国务院办公厅, 2023-09-24)
AGEING = "三、国家卫生健康委员会代管的中国老龄协会改由民政部代管。"


def test_ageing_association_is_a_body_managed_by_a_ministry():
    got = _depts(AGEING, "2023-09-24")
    # Before: 中国老龄协会 was no DEPT.
    assert ("中国老龄协会", "中国老龄协会") in got
    assert ("民政部", "民政部") in got
