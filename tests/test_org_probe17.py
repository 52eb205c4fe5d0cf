"""ORG probe round 11 (org17): organizations in policy documents and notices."""
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return {text[m.start:m.end] for m in tag_orgs(text)}


def test_agricultural_development_bank_short_name_and_branch():
    # 浙江省发展改革委 / 农发行浙江省分行 专项融资 notice (2023), pages corpus:
    # http://zhusu.dzwindows.com/jiaotong/2023/0216/1579.html (half-width commas as written there).
    text = ("日前,省发展改革委会同农发行浙江省分行建立5000亿元扩大有效投资“千项万亿”工程专项融资。"
            "专项融资工作专班主要职责是统筹推动农发行支持扩大有效投资“千项万亿”工程建设")
    assert {"农发行浙江省分行", "农发行"} <= _orgs(text)


def test_award_decision_names_winners_after_the_verb():
    # 许政[2017]16号 (许昌市人民政府, 市长质量奖), pages corpus:
    # http://henan.kjzch.com/xuchang/2017-02-14/149536.html
    text = ("市政府决定授予许继电源有限公司、河南世纪香食用菌开发有限公司等2家企业“2015—2016年度许昌市市长质量奖”,"
            "各奖励100万元;授予河南许继智能科技股份有限公司、长葛市宇龙实业股份有限公司")
    orgs = _orgs(text)
    assert {"许继电源有限公司", "河南许继智能科技股份有限公司"} <= orgs
    assert not any(o.startswith(("市政府", "授予")) for o in orgs)


def test_association_joined_by_ji_and_its_member_modifier():
    # 温州市个体劳动者协会 40th anniversary (2024), pages corpus:
    # https://wxredian.com/art?id=a889e556538923c23e3c7078400d4541
    text = ("12月5日,温州市个体劳动者协会暨鹿城区民营经济发展联合会成立 40 周年纪念大会在温州鹿城召开。"
            "浙江省民营企业发展联合会会长张雪林、秘书长包玮")
    assert {"温州市个体劳动者协会", "鹿城区民营经济发展联合会", "浙江省民营企业发展联合会"} <= _orgs(text)


def test_ji_inside_a_university_name_stays():
    # Guard: 暨 of 暨南大学 is part of the name, not the conjunction (constructed from the name).
    assert "暨南大学" in _orgs("推动暨南大学与广州市签约")


def test_company_branch_is_one_name():
    # 磐政函〔2021〕86号 (磐石市人民政府), pages corpus: https://newdua.com/szf/xxgkml/202105/t20210510_954388
    text = "中国电信集团有限公司磐石分公司、吉视传媒股份有限公司磐石分公司、国网磐石市供电中心:"
    orgs = _orgs(text)
    assert "吉视传媒股份有限公司磐石分公司" in orgs
    assert "磐石分公司" not in orgs


def test_class_with_ge_inside_is_no_name():
    # 南充市商务局 news (2020), pages corpus:
    # http://swt.sc.gov.cn/sccom/dfsw/2020/2/12/0a940c18aba34983846b7a79077e9ecd.shtml
    assert not _orgs("面对突如其来的新型冠状病毒感染肺炎疫情,南充商务系统各行业协会积极响应")
    # 1957 State Council report (readable sc-report-1957).
    assert not _orgs("它反映了旧中国半殖民地经济的畸形发展，也反映了旧中国各派经济集团和统治集团之间的相互")


def test_carriers_named_by_their_place():
    # 庆阳市工信局 news (2019), pages corpus: https://gxj.zgqingyang.gov.cn/xwzx/gzdt/content_109758
    text = "会议由庆阳市工信局分管领导主持,庆阳移动、庆阳电信、庆阳联通和庆阳铁塔分管领导及其他相关人员参加。会上,庆阳铁塔汇报了"
    assert {"庆阳移动", "庆阳电信", "庆阳联通", "庆阳铁塔"} <= _orgs(text)
    # 化州 5G meeting news (2020), pages corpus: http://fuzqi.com/20200725-91769.html
    text = "电信、移动、联通等电信运营商以及铁塔茂名市分公司有关负责人分别作了发言。"
    assert _orgs(text) == {"铁塔茂名市分公司"}


def test_carrier_name_word_followed_by_a_building_is_no_org():
    # 铜署办发〔2009〕94号 (铜仁地区行署办公室), pages corpus: http://ask.fsou.com/html/text/lar/173102/17310207.html
    assert not _orgs("二、积极支持铜仁联通综合通信楼建设。")
