"""ORG in city and county work reports (probe org21, round 12): firms listed for their projects,
central groups' engineering bureaus, 央视总台."""
import govie


def _orgs(text):
    return [text[e.start:e.end] for e in govie.extract(text, model=None).entities if e.label == "ORG"]


def test_firms_listed_for_their_projects():
    # 大同市 2025 政府工作报告 (https://www.cezhidao.com/reports/aFZr)
    t = "晋北新能源基地落地开工,海博思创、阳光电源、国瑞协创等一批储能装备制造项目建成投产,全市电力总装机达到1755万千瓦。"
    assert {"海博思创", "阳光电源", "国瑞协创"} <= set(_orgs(t))
    # 固镇县 2024 政府工作报告 (https://www.guzhen.gov.cn/zfxxgk/public/29641/52324924.html)
    t = "工业项目入库50个、全市第一。沃拓农药、翔普科技等46个亿元以上项目竣工投产,吉孚力多孔碳、倍德士橡胶等35个亿元以上项目开工。"
    assert {"沃拓农药", "翔普科技", "倍德士橡胶"} <= set(_orgs(t))


def test_works_listed_as_projects_are_no_firms():
    # 龙子湖区 2022 政府工作报告 (https://nec-driver.com/bhuadong/3907.html): works and sites, not firms.
    t = "建立从项目招引、帮办到投产达效的精细化全流程推进机制,光伏玻璃深加工、智能丝网等4个新签约项目实现当年签约、当年投产。"
    assert _orgs(t) == []
    t = "采取全过程跟踪、全科目服务、全周期管理,smt贴片、高新电子产业园等59个产业类和基建类项目落地开工。"
    assert _orgs(t) == []


def test_central_engineering_bureaus():
    # 龙子湖区 2022 政府工作报告 (https://nec-driver.com/bhuadong/3907.html; the stored excerpt ends at 等央,
    # so no 等央企 anchor names the list: the bureaus are found by their name's shape).
    t = "与禾美供应链合作,统筹聚合市场资源,新增服务业产值8000万元。引入中建二局、中铁一局等央"
    assert {"中建二局", "中铁一局"} <= set(_orgs(t))


def test_cctv_short_name():
    # 邯郸市 2025 政府工作报告 (https://www.cezhidao.com/reports/NnmA)
    t = "“2024年度成语”在邯发布,《成语探华夏》入选央视总台品牌强国工程。"
    assert "央视总台" in _orgs(t)


def test_verb_before_the_first_listed_firm():
    # 钟楼区 2024 政府工作报告 (https://www.zhonglou.gov.cn/html/czzl/2024/FPKNLMMB_0123/21221.html)
    t = "推广“拿地即开工”、桩基先行施工、竣工即交付模式,加快恩都法、美宜佳等一批重点项目建设,奥立思特、立创等项目竣工投用。"
    assert {"恩都法", "美宜佳", "奥立思特", "立创"} <= set(_orgs(t))


def test_sites_listed_as_projects_are_no_firms():
    # dev Yunnan 2026 report (work-reports-2026/2026_云南省_政府工作报告.csv): hydropower stations, not firms.
    t = "加快旭龙、奔子栏、古水、橄榄坝等水电站项目建设。"
    assert _orgs(t) == []


def test_firm_listed_on_an_exchange():
    # 浦江县 2023 政府工作报告 (https://edutainingadventures.com/bhuadong/5317.html)
    t = "产业层次提档升级。丰安股份在北交所上市,上市公司实现零的突破。"
    assert "丰安股份" in _orgs(t)
    assert "北交所" in _orgs(t)


def test_a_count_listed_on_an_exchange_is_no_name():
    # The same shape with a count of firms (a class, not a name).
    t = "全年新增上市公司2家。其中1家在北交所上市。"
    assert [o for o in _orgs(t) if o != "北交所"] == []


def test_foreign_firms_listed_for_their_projects():
    # 2026 宁夏 政府工作报告 (work-reports-2026/2026_宁夏回族自治区_政府工作报告.csv [full_text] 2480-2580)
    t = "智慧宫教育合作促进平台入选国家文化出口重点项目。韩国晓星、意大利世科姆、美国莱卡、澳大利亚富邑等重点外资项目建成投运。"
    assert {"韩国晓星", "意大利世科姆", "美国莱卡", "澳大利亚富邑"} <= set(_orgs(t))
