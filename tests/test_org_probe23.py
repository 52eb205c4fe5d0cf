"""ORG in policy notices and recognition lists: 老字号 and 专精特新 lists, bank agreements, chambers, factories
(probe org23, round 14: /work/r14/probe-org23.md).

Each test quotes a real sentence; its source is in the comment above it.
"""

from .mentions import spans


def _ents(sentence, province, label, date="2023-01-15"):
    return spans(sentence, label, model=None, jurisdiction=province, reference_date=date)


# 淄博市商务局 2023 news, https://boftec.zibo.gov.cn/cec/news/detail?newsid=1334
ZIBO = ("记者查询名单后发现,我市淄博大染坊丝绸集团有限公司的“淄博大染坊”、山东巧媳妇食品集团有限公司的“巧媳妇”、"
        "淄博鼎辉清真食品有限公司的“淄博鼎辉”进入公示名单。")


def test_own_division_before_a_firm_is_not_its_name():
    orgs = _ents(ZIBO, "山东省", "ORG")
    assert orgs[:3] == ["淄博大染坊丝绸集团有限公司", "山东巧媳妇食品集团有限公司", "淄博鼎辉清真食品有限公司"]


def test_own_division_alone_before_a_suffix_is_still_no_name():
    # Guard: 我市企业 / 本市公司 are anaphors, not names (the cut needs a name of two characters after 我市).
    assert _ents("我市公司和本省协会积极参与。", "山东省", "ORG") == []


# 常州市商务局 2023 老字号公示, https://www9599116.com/gi_news/565168118254891
CHANGZHOU = "11\n|\n天宁\n|\n天宁区兰陵冬神梨膏糖厂\n|\n冬神\n|\n1977年\n|\n12\n|\n钟楼\n|\n常州市大华食品有限公司\n|\n以农坊\n|\n1974年\n|\n13\n|\n钟楼\n|\n常州市铁骆食品厂\n|"
# 莱芜区商务局 2019 公示, http://www.laiwuqu.com/thread-149180-1-1.html
LAIWU = "山东圣一阁文化发展有限公司、济南市莱芜美香斋制品厂、济南市莱芜赢祥茶业有限公司7家企业符合认定要求。"


def test_factories_a_place_opens_are_orgs():
    assert "天宁区兰陵冬神梨膏糖厂" in _ents(CHANGZHOU, "江苏省", "ORG")
    assert "常州市铁骆食品厂" in _ents(CHANGZHOU, "江苏省", "ORG")
    assert "济南市莱芜美香斋制品厂" in _ents(LAIWU, "山东省", "ORG")


def test_factory_classes_power_plants_and_counts_are_no_orgs():
    # Guards: 2026 Liaoning report (卓越级智能工厂), 1997 SC report (山西阳城坑口电厂 unmarked in dev), 1950s
    # SC reports (四川三大化纤厂, 吉林省有一个制糖厂, 其中国营棉纺织厂), dev pt-208869 (含山县陶厂镇).
    assert _ents("加快智改数转。新增卓越级智能工厂10家。", "辽宁省", "ORG") == []
    assert _ents("新开工了南疆铁路、山西阳城坑口电厂、甘肃疏勒河农业综合开发等项目。", None, "ORG") == []
    assert _ents("辽阳、天津、四川三大化纤厂,已基本建成投产。", None, "ORG") == []
    assert _ents("吉林省有一个制糖厂,其中国营棉纺织厂每件纱的平均用棉量为三百八十斤。", None, "ORG") == []
    assert _ents("含山县陶厂镇祁首村", "安徽省", "ORG") == []


# 1985 SC report (dev sc-report-1985 gold: ORG 宝山钢铁总厂)
def test_named_steel_works_is_an_org():
    assert _ents("全国人民关心的宝山钢铁总厂建设,第一期工程已有部分投产。", None, "ORG", "1985-03-27") == ["宝山钢铁总厂"]


# 发改高技〔2022〕158号, https://xm.feibaos.com/news/info/72851.html?idx=5
NDRC = "一、确认北京华大九天科技股份有限公司等101家企业技术中心、江苏天士力帝益药业有限公司等3家分中心,自本通知印发之日起具有国家企业技术中心及分中心资格。"


def test_recognition_verb_is_not_part_of_the_firm():
    assert _ents(NDRC, None, "ORG", "2022-02-23") == ["北京华大九天科技股份有限公司", "江苏天士力帝益药业有限公司"]


# 黑龙江日报 2016-09-08, http://epaper.hljnews.cn/hljrb/20160908/223063.html
SUIHUA = "近日,农发行黑龙江省分行与绥化市政府签署战略合作协议。根据协议,省农发行将坚持执行政府意志、服务“三农”需求。"


def test_bank_short_name_after_a_bare_level_is_its_branch():
    assert _ents(SUIHUA, "黑龙江省", "ORG", "2016-09-08") == ["农发行黑龙江省分行", "省农发行"]


def test_bank_short_name_after_a_full_division_keeps_its_own_span():
    # Guard: a place name before the level char (黑龙江省农发行) is not a bare level; the prefix is not taken.
    orgs = _ents("绥化市农行与市政府签约。", "黑龙江省", "ORG", "2016-09-08")
    assert "市农行" not in orgs


# Fujian 2018 news, http://news.gzcd88.com/index/catlist/c_id/39/p/283.html
FUJIAN = ("2月28日,为确保全国两会期间电网安全可靠供电,国网福建省电力有限公司印发做好全国两会电力安全保障工作的通知。"
          "国网福建电力强化保电组织领导,明确保电时段和保电对象。")


def test_state_grid_provincial_short_name_is_an_org():
    assert _ents(FUJIAN, "福建省", "ORG", "2018-03-05") == ["国网福建省电力有限公司", "国网福建电力"]


def test_state_grid_with_no_place_is_no_short_name():
    assert _ents("国网电力保障工作和国网新能源电力", "福建省", "ORG", "2018-03-05") == []


# 广州市工商联 2022 通报, https://www.ghm-gba.net/?p=15062
GUANGZHOU = ("充分发挥广州特色商会组织的作用,广州市工商联于2022年开展首批广州市工商联系统标杆商会培育工作,努力打造为"
             "“政治上有引领力”的广州特色标杆商会。根据培育工作实效,现认定广州市粤港澳大湾区经济文化促进会、"
             "广州市番禺区南村总商会、广州市温州商会为广州市工商联系统首批标杆商会。")


def test_a_places_style_of_chamber_is_no_org_but_named_chambers_are():
    orgs = _ents(GUANGZHOU, "广东省", "ORG", "2022-12-31")
    assert not any("特色" in o for o in orgs)
    assert {"广州市粤港澳大湾区经济文化促进会", "广州市番禺区南村总商会", "广州市温州商会"} <= set(orgs)
