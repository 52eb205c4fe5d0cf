"""DEPT in prefecture documents, round 9 probe (dept11p): real lines of published city pages
(addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def test_a_development_and_reform_bureau_written_as_a_bureau_keeps_its_kind():
    # http://foshan.gov.cn/zwgk/zfgb/rmzfbgswj/content/post_5371972.html (佛山, 2022) and
    # https://www.zhanjiang.gov.cn/zwgk/zfgb/2017/content/post_1706594.html (湛江 公报: 市发展和改革局关于…):
    # Guangdong's cities other than 广州/深圳 have a 发展和改革局, not a 委员会.
    text = ("佛山市人民政府办公室关于成立佛山市加强城市地下市政基础设施建设工作领导小组的通知\n"
            "成 员:各区人民政府,市发展改革局、工业和信息化局、公安局、财政局分管负责同志。\n")
    depts = _depts(text)
    assert ("市发展改革局", "佛山市发展和改革局") in depts
    assert not any(c == "佛山市发展和改革委员会" for _, c in depts)


def test_a_citys_functional_development_and_reform_name_is_still_the_commission():
    # dev gz-35 convention (市发展改革部门 -> 广州市发展和改革委员会): unchanged by the bureau's own kind.
    text = "广州市人民政府办公厅关于印发方案的通知\n由市发展改革部门负责组织实施。\n"
    assert ("市发展改革部门", "广州市发展和改革委员会") in _depts(text)


def test_a_customs_named_after_its_city_is_the_peoples_republics_customs():
    # http://www.xzkl.gov.cn/zwyw/szfyw_10601/202006/t20200623_3536271.html (忻州, 2020) and
    # https://caop.org.cn/xinwenzixun/zonghexinwen/2019-02-20/4482.html (东莞海关): a subordinate customs
    # is 中华人民共和国X海关 like its head customs (太原海关), never "X市海关".
    text = "忻州市人民政府\n要继续加快推进忻州海关工程建设,按照海关相关要求,为顺利验收开关创造条件。"
    depts = _depts(text)
    assert ("忻州海关", "中华人民共和国忻州海关") in depts
    assert not any(c == "忻州市海关" for _, c in depts)


def test_a_city_party_committees_general_office_is_its_own_body():
    # http://www.sz.gov.cn/zfgb/2014/gb882/content/mpost_4978661.html (深办发〔2014〕3号): the office, as
    # 省委办公厅 -> 中共广东省委员会办公厅 and 市委办公室 -> 中共…委员会办公室.
    text = ("中共深圳市委办公厅 深圳市人民政府办公厅关于印发《深圳市实施〈珠江三角洲地区改革发展规划纲要〉"
            "实现“九年大跨越”行动计划》的通知\n")
    assert ("中共深圳市委办公厅", "中共深圳市委员会办公厅") in _depts(text)


def test_a_news_leads_visited_body_is_not_the_documents_author():
    # https://caop.org.cn/xinwenzixun/zonghexinwen/2019-02-20/4482.html (东莞): 海关总署 is the body the
    # city's leaders visit, not the author; the division is read from the text (东莞), not 国家.
    text = ("3月12日下午,徐建华书记、袁宝成市长一行到北京拜访海关总署,海关总署署长于广洲、国家口岸办常务副主任赵福地、"
            "加贸司司长张皖生分别亲自会见,并召开座谈会。座谈会上,东莞市就提升开放型经济水平、申报海关特殊监管区域和场所、"
            "拓展“四方联网”等方面请求给予支持。海关总署领导在听取东莞的汇报后表示:一是支持东莞提升开放型经济水平。\n"
            "黄埔海关副关长欧阳晨、东莞市政府副市长唐庆涛、贺宇以及东莞海关、市外经贸局、市口岸局主要负责人陪同拜访。\n")
    result = govie.extract(text)
    assert result.meta["division"]["name"] == "东莞市"


def test_a_news_lead_led_by_a_visiting_institute_keeps_the_citys_bare_bureaus():
    # http://heihe.dbw.cn/system/2008/12/23/051669765.shtml (黑河, 2008): 由中国社会科学院…带队的课题组来到黑河;
    # 市商务局 is 黑河's (the lead's body was read as the author: a national document, 市商务局 dropped).
    text = ("12月19日,由中国社会科学院东欧、中亚、俄罗斯研究所党委书记、副所长孟庆海带队的国家边境贸易重点课题组来到黑河,"
            "同我市相关部门负责人进行座谈,了解黑河边境贸易工作现状及存在问题。\n"
            "市商务局、口岸委、国税、地税、人民银行等9部门负责人参加座谈。\n")
    assert ("市商务局", "黑河市商务局") in _depts(text)


def test_a_bare_registry_alias_inside_a_list_item_is_no_body_of_its_own():
    # http://foshan.gov.cn/zwgk/zfgb/rmzfbgswj/content/post_5371972.html (佛山, 2022): 交通局 (an alias of
    # 重庆市交通局 in the registry) is the tail of 轨道交通局, not 佛山市交通运输局 (a wrong body).
    text = ("佛山市人民政府办公室关于成立佛山市加强城市地下市政基础设施建设工作领导小组的通知\n"
            "成 员:各区人民政府,市发展改革局、住房城乡建设局、交通运输局、水利局、城管执法局、轨道交通局分管负责同志。\n")
    depts = _depts(text)
    assert ("交通局", "佛山市交通运输局") not in depts
    assert ("交通运输局", "佛山市交通运输局") in depts
