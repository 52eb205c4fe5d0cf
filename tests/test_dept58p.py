"""Probe dept58p: prefecture and county policy documents outside Sichuan and Guangdong."""
import govie
from govie.link import Linker
from govie.taggers.docno import docno_division


def _depts(text, date):
    out = govie.extract(text, reference_date=date, model=None).to_dict()
    return [(e["text"], e.get("canonical")) for e in out["entities"] if e["label"] == "DEPT"]


# http://www.snxingping.gov.cn/zwgk/fdzdgknr/zcwj/szfwj_13320/202207/t20220728_1400220.html (兴政办发〔2022〕20号)
XINGPING = ("兴平市人民政府办公室关于印发《兴平市国民经济和社会发展第十四个五年规划和二O三五年远景纲要任务分工方案》的通知\n"
            "各镇人民政府,市人民政府各有关工作部门、派出机构、直属事业机构:\n"
            "2.争创产业聚焦转型先行区。(牵头部门:市招商局,配合部门:市发改局、工信局、农业农村局、商务局、工业园区等,各镇办)")


def test_prefixed_investment_bureau_is_the_division_body():
    depts = _depts(XINGPING, "2022-07-25")
    assert ("市招商局", "兴平市招商局") in depts
    assert ("市发改局", "兴平市发展和改革局") in depts


def test_bare_zhaoshangju_stays_the_enterprise():
    # The enterprise alone (华润、招商局、国投等央企) and before its business (招商局港口): no body.
    for text in ("促进诺和诺德、碧迪等重点外企，华润、招商局、国投等央企业务板块", "由招商局负责", "招商局港口"):
        out = govie.extract(text, reference_date="2022-07-25", jurisdiction="陕西省").to_dict()
        assert not [e for e in out["entities"] if e["label"] == "DEPT"], text
    linker = Linker()
    assert linker.link("招商局", jurisdiction="陕西省").canonical is None
    assert linker.link("市招商局", jurisdiction="610481").canonical == "兴平市招商局"


# http://www.ezhou.gov.cn/gk/zfgb/2021nian/2021nian1/202107/t20210712_409715.html: the title names a bare
# 市人民政府办公室; only the number's prefix 鄂州 (not 鄂 = 湖北省) places the document.
EZHOU = ("市人民政府办公室关于印发2021年《政府工作报告》主要目标任务责任分解方案的通知\n鄂州政办发〔2021〕1号\n"
         "各区人民政府,葛店开发区、临空经济区管委会,市政府各部门,各有关单位:\n"
         "经市人民政府同意,现将《2021年〈政府工作报告〉主要目标任务责任分解方案》印发给你们,请认真抓好贯彻落实。")


def test_two_character_city_prefix_of_a_number():
    assert docno_division("鄂州政办发〔2021〕1号") == "420700"
    assert docno_division("鄂政办发〔2022〕16号") == "420000"  # the province keeps 鄂
    depts = _depts(EZHOU, "2021-03-16")
    assert ("市人民政府办公室", "鄂州市人民政府办公室") in depts
    assert ("市人民政府", "鄂州市人民政府") in depts
    assert ("市政府", "鄂州市人民政府") in depts
