"""DEPT in prefecture documents, round 10 probe (dept14p): real lines of published city pages
(addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def test_a_city_party_committee_written_in_full_after_zhonggong_is_found():
    # http://meta.librarydata.cn/metainfo?metaID=310320020220001833 (石嘴山年鉴2021: 石党发〔2020〕1号,
    # signed 中共石嘴山市委员会 / 石嘴山市人民政府); 中共包头市委员会 in 包头's 2025 measures
    # (http://xfj.baotou.gov.cn/wsxf.jhtml?slb=true). 中国共产党X市委员会 was found, 中共X市委员会 was not.
    text = ("中共石嘴山市委员会石嘴山市人民政府关于印发《石嘴山市关于抓好“三农”领域重点工作确保如期实现"
            "全面小康社会的实施方案》的通知\n")
    assert ("中共石嘴山市委员会", "中共石嘴山市委员会") in _depts(text)


def test_a_business_environment_bureau_is_a_department_type():
    # https://www.echinagov.com/policy/367722.htm (海口, 2026) and 辽宁's 省数据局（省营商局）
    # (http://www.echinagov.com/policy/367064.htm, 2025).
    text = "请于三个工作日内通过信函、电子邮件等形式,将意见和建议反馈给海口市营商环境建设局。"
    assert ("海口市营商环境建设局", "海口市营商环境建设局") in _depts(text)


def test_an_approval_service_and_data_bureau_is_a_department_type():
    # http://www.ordos.gov.cn/zzms/slh_zcwjx/ (鄂府任字〔2024〕4号).
    text = "鄂尔多斯市人民政府关于乔建江等职务任免的通知\n乔锦丽任市行政审批政务服务与数据管理局副局长;\n"
    assert ("市行政审批政务服务与数据管理局", "鄂尔多斯市行政审批政务服务与数据管理局") in _depts(text)


def test_a_congress_committee_after_the_congress_is_one_span():
    # http://www.ordos.gov.cn/hd_127898/myzj/202103/t20210318_2860105.html (鄂尔多斯市司法局, 2021).
    text = ("鄂尔多斯市司法局\n市发展和改革委员会会同市工信局、市工商联、市人大法工委共同起草了《鄂尔多斯市民营经济"
            "发展条例(草案送审稿)》。")
    depts = _depts(text)
    # 法工委 is the standing committee's working committee.
    assert ("市人大法工委", "鄂尔多斯市人民代表大会常务委员会") in depts
    assert ("市人大", "鄂尔多斯市人民代表大会") not in depts


def test_a_provincial_congress_special_committee_is_one_span():
    # http://www.echinagov.com/policy/367064.htm (辽宁省发展和改革委员会, 2025).
    text = ("辽宁省大力优化营商环境行动方案\n2.提高相关领域立法质效。〔省人大法制委、省人大财经委、省司法厅、"
            "省数据局(省营商局)等有关部门按职责分工负责〕")
    depts = _depts(text)
    assert ("省人大法制委", "辽宁省人民代表大会") in depts and ("省人大财经委", "辽宁省人民代表大会") in depts


def test_a_financial_office_before_the_2019_reforms_is_the_governments_office():
    # http://law312.infoeach.com/view-MzEyfDExODE0Mg==.html (黄政〔2009〕22号); 广州 穗府办〔2006〕19号 names
    # 市金融办 as a lead unit too. The 地方金融管理局 is its 2024 successor, no body of 2009.
    text = ("黄山市人民政府关于印发黄山市鼓励和扶持企业上市若干政策规定的通知\n"
            "拟上市企业是指:进入实质性运作,并经市金融办认定的企业。")
    depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date="2009-10-15").entities
             if e.label == "DEPT"]
    assert ("市金融办", "黄山市人民政府金融工作办公室") in depts


def test_a_congress_committees_field_is_no_functional_department():
    # /work/r6/readable/sc-report-1981.txt: 财政经济 (of the unit 财政经济委员会) names no department type.
    text = "然而抚顺市财政经济部门的同志不这样看问题。他们千方百计发动群众挖掘潜力。"
    assert not any("财政经济部门" in t for t, _ in _depts(text))


def test_a_congress_committees_short_name_alone_is_no_unit():
    # http://dzyq.dzgyy.cn/index/PolicyNews/info.html?id=341731 (达州, 2024): 中央财经委员会 is the party's
    # commission, not a congress's unit.
    text = ("各县(市、区)人民政府,达州高新区管委会,达州东部经开区管委会,市级各部门(单位):\n"
            "贯彻落实中央经济工作会议、中央财经委员会第四次会议和省委十二届五次全会要求,坚持市场为主、政府引导。")
    assert not any(t == "财经委" for t, _ in _depts(text))
