"""ORG: firms named without a legal suffix in city and county work reports (probe org22, round 14:
/work/r14/probe-org22.md).

Each test quotes a real sentence; its source is in the comment above it.
"""

from .mentions import spans


def _ents(sentence, province, label, date="2025-01-15"):
    return spans(sentence, label, model=None, jurisdiction=province, reference_date=date)


# 芜湖 2024 report, https://csjcs.com/news/show/55c3533a98fca0a6.html (probe locorg21)
WUHU = "奇瑞销量突破188万辆、出口93万辆,分别增长53%和101%,"


def test_known_firm_before_its_own_figure_is_an_org():
    # The 、 after the figure joins figures, not a list of the firm's projects.
    assert _ents(WUHU, "安徽省", "ORG") == ["奇瑞"]


def test_known_firm_before_a_listed_project_stays_out():
    # 2026_湖北省 report: a firm's project phase in a list is the guide's open question; govie leaves it.
    s = "长江存储三期、京东方第8.6代AMOLED生产线等项目加快建设。"
    assert "长江存储" not in _ents(s, "湖北省", "ORG")


# 武汉 2026 report, http://zqlygs.com/view/6062.html (probe locorg21)
WUHAN = "新能源汽车产量增长56.6%,岚图汽车产量实现翻番;武钢取向硅钢首套11万吨产线投产。"


def test_brand_car_maker_before_its_output_is_an_org_and_the_field_is_not():
    orgs = _ents(WUHAN, "湖北省", "ORG", "2026-01-27")
    assert "岚图汽车" in orgs and "武钢" in orgs
    assert not any("新能源" in o for o in orgs)


# 来安县 2025 report, http://bx2200.com/baogao/huadong/11647.html (probe locorg21)
LAIAN = ("中普石油连续两年荣获全省民营企业制造业百强。全力支持企业攀高向新,捷泰科技获批省级数字化车间,"
         "科来兴、联科新材料入选全省制造业单项冠军培育企业名单、全市仅6家。")


def test_brand_firm_with_an_adverbial_and_a_ranked_list_of_coined_names():
    orgs = _ents(LAIAN, "安徽省", "ORG")
    for name in ("中普石油", "捷泰科技", "科来兴", "联科新材料"):
        assert name in orgs


# 炎陵县 2023 report, https://nec-driver.com/bhuazhong/4933.html
YANLING = "欧科亿成为全县首家税收过亿元工业企业,欧科亿、今成钽铌进入全市制造业亩均税收前50强。"


def test_coined_names_ranked_among_firms_are_orgs():
    assert _ents(YANLING, "湖南省", "ORG", "2023-02-08") == ["欧科亿", "欧科亿", "今成钽铌"]


def test_places_and_people_ranked_are_no_orgs():
    # Counties ranked among counties, and a person ranked among entrepreneurs (企业家 ranks people).
    assert _ents("高坪、嘉陵入选全省县域经济百强县。", "四川省", "ORG") == []
    assert _ents("王建国荣获全国优秀企业家称号。", "四川省", "ORG") == []


# 长沙 XX区 2024 report, http://baijiadoc.com/doc/xmn0b4u0ux
FURONG = "湖南5G应用生态产业园获评全省首批现代服务业创新发展区。隆平高科荣获第五届中国质量奖,成为全市首家获此殊荣"


def test_high_tech_brand_awarded_is_an_org_and_the_park_is_not():
    assert _ents(FURONG, "湖南省", "ORG", "2024-01-10") == ["隆平高科"]


# 马鞍山 2024 report, https://edutainingadventures.com/bhuadong/9842.html
MAANSHAN = "进入全国先进制造业城市60强。马钢获评国家“数字领航”企业。市经开区营收突破千亿元。"


def test_steel_group_short_name_is_an_org():
    assert _ents(MAANSHAN, "安徽省", "ORG", "2024-01-13") == ["马钢"]


# 潮州 2021 report, http://mp.123yiche.com/j5b198044k1.html
CHAOZHOU = "获评广东沿海经济带建设先锋。新加坡丰益国际等世界500强企业入驻,“一园六区”引进项目470个,"


def test_one_name_before_a_ranked_class_of_firms_is_one_of_them():
    orgs = _ents(CHAOZHOU, "广东省", "ORG", "2021-02-02")
    assert len(orgs) == 1 and orgs[0].endswith("丰益国际")


def test_a_class_before_a_ranked_class_is_no_name():
    assert _ents("。规上工业等龙头企业加快发展。", "广东省", "ORG") == []


# A Hunan county's 2017 review (农机之乡), http://baijiadoc.com/doc/udr655747i
SHUANGFENG = "世界 500 强企业中化(青岛)实业有限公司与我县伍星生化就相关合作稳步推进;"
SHUANGFENG_2 = "生物医药提取继续保持强劲增长而领跑园区经济。威嘉生物产销两旺,出口价格探底回升,"


def test_ranking_before_a_company_is_not_its_name():
    assert "中化(青岛)实业有限公司" in _ents(SHUANGFENG, "湖南省", "ORG", "2017-10-01")


def test_brand_firm_selling_well_is_an_org():
    assert _ents(SHUANGFENG_2, "湖南省", "ORG", "2017-10-01") == ["威嘉生物"]


def test_a_class_before_its_output_is_no_org():
    # 2026 reports: a field or a class before 产值/产量 is no firm.
    s = "全市规上电子产值增长12%,新能源汽车产量增长56.6%。"
    assert _ents(s, "湖北省", "ORG") == []
