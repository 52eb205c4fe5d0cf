"""Round 16 probe dept28p: DEPT in prefecture bureaus' own documents (工作总结, 政府信息公开工作
年度报告, notices and 通告, a city government's 公报 with 责任单位 notes; 17 provinces).

Each test quotes real sentences of a probe text (addresses in the comments)."""
from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# http://law204.infoeach.com/view-MjA0fDEyMjIwOQ==.html (锡署发（2010）183号)
XILINGOL_2010 = ("第一条 为了加强无障碍设施建设和管理，根据《中华人民共和国残疾人保障法》、《建筑工程质量管理条例》"
                 "（国务院第279号令）、《实施工程建设强制性标准监督规定》（建设部81号令）和《内蒙古自治区无障碍建设"
                 "管理办法》（内蒙古自治区政府令第156号）的有关规定，结合我盟实际，制定本办法。")


def test_a_decree_cited_number_first_names_the_body_of_its_year():
    # 建设部81号令 cited in 2010: the 建设部 that issued it, not its successor of 2008.
    depts = dict(_depts(XILINGOL_2010, "2010-09-26"))
    assert depts["建设部"] == "建设部"
    assert depts["国务院"] == "中华人民共和国国务院"
    assert depts["内蒙古自治区政府"] == "内蒙古自治区人民政府"


def test_a_former_body_named_bare_after_its_end_keeps_its_successor():
    # Guard: without a decree after it, 建设部 in 2010 is still read as the body of the date.
    assert _depts("建设部印发通知。", "2010-01-01") == [("建设部", "住房和城乡建设部")]


# https://www.shdbkk.com/html_3/chayanjiu/4398/list/1.html (咸宁市人民政府公报 2020年第2号)
XIANNING_2020 = ("咸宁市人民政府主办2020年第2号（总第55号）\n"
                 "市经信局、市财政局等，各县、市、区政府，咸宁高新区管委会\n")


def test_a_citys_high_tech_zone_committee_after_its_name_is_linked():
    depts = _depts(XIANNING_2020, "2020-04-30")
    assert ("咸宁高新区管委会", "咸宁高新技术产业开发区管理委员会") in depts
    assert ("市财政局", "咸宁市财政局") in depts


def test_a_zone_of_its_own_name_stays_null():
    # Guard (dept24p): 万盛 is no division; its 经开区 is not spelled out by the text.
    assert _depts("万盛经开区管委会负责。", "2020-01-01") == [("万盛经开区管委会", None)]


# http://www.gdqy.gov.cn/xxgk/zzjg/zfjg/qysnyncj/zfxxgknb/content/post_1506022.html (清远 2021 年报)
QINGYUAN_2021 = ("2021年，清远市农业农村局以习近平新时代中国特色社会主义思想为指导，按照清远市人民政府要求，"
                 "高度重视政府信息公开工作，通过清远市人民政府网——清远市农业农村局频道、政务新媒体（微信公众号、"
                 "官方微博）等途径，主动公开各类政务信息。")


def test_a_government_named_in_full_before_wang_is_marked():
    depts = _depts(QINGYUAN_2021, "2022-01-20")
    assert depts.count(("清远市人民政府", "清远市人民政府")) == 2
    assert depts.count(("清远市农业农村局", "清远市农业农村局")) == 2


def test_a_portal_brand_stays_unmarked():
    # Guard: 广州政府网 is the portal's brand, not the government's name.
    assert _depts("关注 · 广州政府网\n本月起，这笔钱直接发放至个人。", "2024-01-01") == []


# http://bibiwenku.com/index/article/detail/detail_id/322260.html (a 范文 site's masked work summary)
XCITY_2023 = ("2023年，是贯彻落实党的XX大精神开局之年，是实施“十四五”规划和交通强市建设关键之年，X市交通运输局"
              "坚持以习近平新时代中国特色社会主义思想为指引，在市委、市政府的坚强领导和省交通运输厅的正确指导下，"
              "坚定不移加快推动交通运输高质量发展。")


def test_a_masked_city_is_part_of_the_span_and_names_no_body():
    depts = _depts(XCITY_2023, "2024-01-27")
    assert ("X市交通运输局", None) in depts
    assert ("市交通运输局", None) not in depts


def test_a_masked_city_never_takes_a_city_named_before_it():
    # The same sentence after a line naming 广州市: X市 is the hidden city, not Guangzhou.
    depts = _depts("广州市交通运输局转发。\n" + XCITY_2023, "2024-01-27")
    assert ("X市交通运输局", None) in depts
