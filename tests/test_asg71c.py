"""Prose duties in county and prefecture documents (probe asg71c, round 27): a 职责分工 list whose items name
their body once before a colon, 由中共X县委机构编制委员会办公室会同…, named townships holding a duty, and a
local rule's 市人民政府土地行政主管部门.

Sentences from pages of the page store (addresses in the comments).
"""

from __future__ import annotations

from .assignment_frames import assignments
from .mentions import depts

# http://www.fsou.net/html/text/lar/171701/17170105_6.html (a city's 生态 规划纲要, the departments' duties).
HEALTH = ("15、市卫生局:负责对医疗卫生机构和医疗废物集中处置单位从事医疗废物的收集、运送、贮存、处置中的疾病防治,"
          "以及工作人员的卫生防护等。加强医疗垃圾收集的管理,到2010年底前医疗垃圾基本得到安全处理处置。\n")
FORESTRY = ("17、市林业局:编制和实施林业建设总体规划、计划必须与《规划纲要》相协调,负责组织、指导水源涵养林、水土保持林、"
            "生态公益林的建设和管理工作;负责组织、指导和监督陆生野生动物、林区内野生植物和林区外珍贵野生树木的保护、"
            "管理和合理利用;牵头组织区域生态安全屏障工程、平原经济区生态保护工程建设和湿地保护的组织协调。\n")


def test_each_clause_of_a_body_headed_item_is_its_duty():
    found = assignments(HEALTH)
    assert [a["lead"] for a in found] == [["市卫生局"], ["市卫生局"]]
    assert found[0]["trigger"]["text"] == "负责"
    assert found[0]["task"]["text"].startswith("对医疗卫生机构")
    assert found[1]["task"]["text"] == "加强医疗垃圾收集的管理,到2010年底前医疗垃圾基本得到安全处理处置"
    assert [a["deadline"] for a in found] == [None, "2010-12"]
    # A body's contact line is no duty.
    assert assignments("15、市卫生局:联系电话0871-12345678,地址人民路1号。\n") == []


def test_a_comma_before_the_next_cue_opens_the_next_duty():
    found = assignments(FORESTRY)
    assert [a["task"]["text"][:8] for a in found] == ["编制和实施林业建", "组织、指导水源涵", "组织、指导和监督", "组织区域生态安全"]
    assert all(a["lead"] == ["市林业局"] for a in found)
    assert [a["trigger"]["text"] for a in found][1:] == ["负责", "负责", "牵头"]


# https://xiangchengxian.gov.cn/zwgk/010001/20211103/b28ab692-fbed-4433-9f92-d028393ab506.html (襄城县 2021).
XIANGCHENG = ("襄城县人民政府办公室\n"
              "《清单》和《目录》由中共襄城县委机构编制委员会办公室会同县司法行政部门进行解释。\n")


def test_the_county_committees_staffing_office_by_its_full_name():
    assert ("中共襄城县委机构编制委员会办公室", "襄城县机构编制委员会办公室") in depts(XIANGCHENG, model=None)
    found = assignments(XIANGCHENG)
    assert len(found) == 1
    assert found[0]["lead"] == ["襄城县机构编制委员会办公室"]
    assert found[0]["support"] == ["襄城县司法局"]


# https://cncx.gov.cn/gongkai/show/20191128094358285.html (苍府办函〔2019〕43号).
CANGXI = ("苍溪县人民政府办公室\n"
          "二、明确工作责任。亭子镇、浙水乡负责做好项目规划、设计、实施、验收、审计、资金使用管理、后期运行管护等工作;"
          "县发改局负责做好项目的立项审批;\n")


def test_named_townships_hold_a_duty_through_their_governments():
    found = assignments(CANGXI, reference_date="2019-11-25")
    assert [a["lead"] for a in found] == [["苍溪县亭子镇人民政府", "苍溪县浙水乡人民政府"], ["苍溪县发展和改革局"]]
    assert found[0]["task"]["text"].startswith("做好项目规划")
    # Townships the linker cannot place (no county named) lead nobody.
    assert assignments(CANGXI.split("\n", 1)[1].split(";")[0] + "。\n") == []


# 六盘水市建设用地管理若干规定 (市府发〔2010〕19号, pages store opening).
LIUPANSHUI = ("貴州省六盤水市人民政府\n"
              "第一條 市人民政府土地行政主管部門負責全市建設用地管理工作,縣級人民政府土地行政主管部門負責本行政區域內的建設用地管理工作。\n")


def test_the_city_governments_land_authority_of_2010():
    found = assignments(LIUPANSHUI, reference_date="2010-08-27")
    assert [a["lead"] for a in found] == [["六盘水市国土资源局"]]  # 县级人民政府…部门 is a class
    assert found[0]["task"]["text"] == "全市建設用地管理工作"
    assert ("市人民政府土地行政主管部門", "六盘水市国土资源局") in depts(LIUPANSHUI, model=None, reference_date="2010-08-27")


def test_the_land_authority_after_the_2018_reforms_is_not_guessed():
    assert ("市人民政府土地行政主管部門", None) in depts(LIUPANSHUI, model=None, reference_date="2022-08-27")
