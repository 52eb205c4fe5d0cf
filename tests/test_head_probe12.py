"""Document division of news items: the other party of a visit or meeting, and a place inside a
person's name, decide no division (round 9 probe head12, /work/r9/probe-head12.md)."""

from __future__ import annotations

import govie


def _meta(text):
    return govie.extract(text, model=None)


def _division(text):
    return (_meta(text).meta.get("division") or {}).get("code")


def _canonicals(text, surface):
    return [e.attrs.get("canonical") for e in _meta(text).entities if e.label == "DEPT" and e.text == surface]


def test_a_visiting_delegation_is_not_the_host_districts_author():
    # 海曙新闻网 (Ningbo, 2013-09-27): the title names the delegation that comes (天峻县), the
    # lead its county committee; the page is the host district's (来海曙区, 来我区).
    text = ("天峻县党政代表团来海曙区考察\n"
            "9月26日,由浙江省对口支援青海省海西州指挥部指挥长、海西州州委常委、副州长陈伟,海西州天峻县县委书记"
            "张绍军,县委副书记、县长杨有智率领的党政代表团一行,就城市管理及社会管理创新工作来我区进行考察。\n"
            "区委书记彭朱刚代表区委、区政府对天峻县党政代表团来访表示热烈欢迎。\n")
    assert _division(text) == "330203"


def test_a_delegation_named_in_the_lead_does_not_decide_the_division():
    # https://www.fy58.com/archiver/tid-11292.html (扶余市): 普陀区 of 舟山市 is the visitor.
    text = ("浙江省普陀区党政代表团来扶余考察\n"
            "3月25日,浙江省舟山市普陀区区委书记张立军带领党政代表团来扶余考察。扶余市人大常委会主任周凤来、"
            "市委副书记、市长刘英杰参加活动。这次普陀区党政代表团来扶余参观考察,也标志着扶余市与普陀区对口合作交流"
            "迈向了更高水平。\n")
    assert _division(text) == "220781"
    assert _canonicals(text, "市委") == ["中共扶余市委员会"]


def test_a_host_visited_is_not_the_visitors_division():
    # http://www.iauiwe.cn/zwgk/201604/t20160426_2071525.htm (聊城市): the mayor visits 海淀区政府.
    text = ("宋军继拜访海淀区政府\n"
            "4月6日下午,市委副书记、市长宋军继带队拜访了北京市海淀区政府,与海淀区区委副书记、区长于军等进行了"
            "座谈交流。\n宋军继在座谈中说,多年来,聊城市始终高度重视与京津冀地区开展合作。海淀区和聊城市优势互补"
            "明显,合作空间广阔。\n市委常委、副市长张旋宇,市政府秘书长高洪岩参加座谈。\n")
    assert _division(text) == "371500"
    assert _canonicals(text, "市政府") == ["聊城市人民政府"]


def test_a_guest_received_is_not_the_hosts_division():
    # https://news.sohu.com/20061115/n246393594.shtml (贵州日报): 天津市政协 is the guest received.
    text = ("金黔在线讯11月14日,省委副书记王富玉,省政协副主席、民革贵州省委主委马文骏在贵州饭店会见了由天津市"
            "政协副主席、市委统战部部长叶厚荣为团长的天津市各民主党派、工商联赴黔考察团一行。\n"
            "王富玉对客人一行的到来表示热烈欢迎,并简要介绍了我省的基本省情。他说,贵州风景优美、气候宜人。\n")
    assert _division(text) == "520000"


def test_an_outgoing_delegation_keeps_its_own_division():
    # https://www.shanghai.gov.cn/nw15343/20250523/671d7d9281654f51adefb08f1d295d16.html: 来源 is no visit.
    text = ("金山区党政代表团赴六安市学习考察 2025-05-22 来源:金山区人民政府\n"
            "5月19日至20日,区委书记刘健率金山区党政代表团赴六安市霍邱县、叶集区考察调研。\n")
    assert _division(text) == "310116"


def test_a_place_in_a_persons_name_decides_no_division():
    # http://medol.cn/keji/49602.html (a county's news): 镇江 is in 县长李镇江's name; the county is
    # not named, so the division stays unknown and 人大 is no 镇江市 body.
    text = ("12月11日,县长李镇江就《政府工作报告》在县人大常委会征求意见。\n"
            "李镇江代表县政府向县人大常委会及人大代表们对政府工作的支持、理解和监督表示感谢。同时希望县人大常委会"
            "及各位人大代表一如既往地支持、监督政府工作,县政府也将自觉接受人大的监督。\n")
    assert _division(text) is None
    assert "镇江市人民代表大会" not in _canonicals(text, "人大")


def test_a_delegation_that_comes_to_our_district_is_the_visitor():
    # http://webtv1.i2863.com/cydst/xwzhp/xwzh/28192919.shtml (城阳区, Qingdao): 率考察团到我区; the
    # visitor's 定西市人大常委会 is no author, 市委 is Qingdao's.
    text = ("甘肃省渭源县党政考察团来我区参观考察\n"
            "5月14日上午,甘肃省定西市人大常委会副主任、渭源县委书记吉秀,渭源县委副书记、县长蔺红军率考察团到我区"
            "参观考察并交流座谈,区委书记、青岛高新区工委书记王波出席座谈会,区委副书记、区长解宏劲主持座谈会。\n"
            "他说,当前我区正抢抓迈入“青岛主城区时代”等重大机遇,加快建设青岛中央活力区、幸福新城阳。"
            "将按照省委、市委的工作要求,提高政治站位。\n")
    assert _division(text) == "370200"
    assert _canonicals(text, "市委") == ["中共青岛市委员会"]


def test_a_body_after_a_papers_dateline_is_the_leads_object_not_the_author():
    # 浙江在线 (浙江日报, 2014-12-23): 青海省委 is thanked in the lead, Zhejiang speaks.
    text = ("夏宝龙与海西州党政代表团座谈\n在新常态下探索对口合作新途径\n"
            "浙江在线12月23日讯 (浙江日报记者 应建勇)昨天下午,省委书记、省人大常委会主任夏宝龙与青海省副省长、"
            "海西州州委书记辛国斌,州委副书记、州长诺卫星率领的党政代表团进行了座谈。\n"
            "夏宝龙代表省委、省政府对海西州党政代表团来浙考察表示欢迎,向长期以来支持对口支援工作的青海省委、"
            "省政府和海西州委、州政府表示感谢。他说,对口支援海西州是中央交给浙江的光荣任务。浙江省委、省政府"
            "高度重视对口援青工作。\n")
    meta = _meta(text).meta
    assert meta["issuer"] != "中共青海省委员会"
    assert _division(text) == "330000"


def test_every_body_of_a_list_after_anzhao_is_cited():
    # http://paper.bzrb.net/bzrb/20231106/html/content_20231106001005.htm (滨州日报): 按照党中央、国务院
    # 的决策部署 cites the State Council; the guest 祁连县 is received, so 滨州 speaks.
    text = ("宋永祥会见青海省祁连县客人\n深化交流合作 实现共同发展\n"
            "滨州日报/滨州网讯(记者宋静涵报道)11月3日下午,市委书记、市人大常委会主任宋永祥会见青海省海北州祁连县委"
            "书记何斌一行,交流洽谈对口支援协作工作。\n宋永祥对何斌一行的到来表示欢迎,并简要介绍了滨州经济社会发展"
            "情况。他指出,滨州市将按照党中央、国务院的决策部署和省委、省政府的工作要求,坚定不移落实好对口支援协作"
            "工作。\n")
    meta = _meta(text).meta
    assert meta["issuer"] != "中华人民共和国国务院"
    assert _division(text) == "371600"


def test_a_provincial_government_after_another_provinces_committee_is_that_provinces():
    # 浙江在线 (浙江日报), 夏宝龙与海西州党政代表团座谈 (the pages corpus gave no address): the first
    # 省委、省政府 is Zhejiang's own; the one after 青海省委 is Qinghai's.
    text = ("夏宝龙与海西州党政代表团座谈\n"
            "夏宝龙代表省委、省政府对海西州党政代表团来浙考察表示欢迎,向长期以来支持对口支援工作的"
            "青海省委、省政府和海西州委、州政府表示感谢。")
    depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date="2014-12-23",
                                                                         jurisdiction="浙江省").entities
             if e.label == "DEPT"]
    assert depts[:2] == [("省委", "中共浙江省委员会"), ("省政府", "浙江省人民政府")]
    assert ("青海省委", "中共青海省委员会") in depts
    i = depts.index(("青海省委", "中共青海省委员会"))
    assert depts[i + 1] == ("省政府", "青海省人民政府")
