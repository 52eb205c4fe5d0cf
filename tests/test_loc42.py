"""Probe loc42: LOC in provincial work reports of 2026 (and a 2023 digest), rules only: city circles, pilot
zones and innovation belts, industry corridors shared by pairs of cities (and the elliptic items before them),
two places joined by a dash into one site, ports by their own names, lakes in lists of rivers, heritage sites
listed before their class, new towns named as innovation towns, national cultural parks and their stretch in a
province, Xinjiang's south, and campaigns named after their ground."""
import govie


def _spans(text, label="LOC", ref="2026-02-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# Sources: corpora/work-reports-2026/2026_<province>_政府工作报告.csv (source_url in each row).


def test_city_circle_pilot_zone_and_cluster():
    # 2026 安徽省政府工作报告 (s.fjlib.net gzbg id=6104ceb192c846d1a94da6147f11092e)
    assert _spans("推动皖北承接产业转移集聚区提质增效，提升阜阳城市圈综合承载能力") == ["皖北承接产业转移集聚区", "阜阳城市圈"]
    # 2026 辽宁省政府工作报告 (s.fjlib.net gzbg id=f91275a74263426597e52c6c348bf096)
    assert _spans("支持辽西先导区面向京津冀，一体化开发利用特色农产品") == ["辽西先导区", "京津冀"]


def test_pair_corridors_and_belts():
    # 2026 安徽省政府工作报告: the items before the head share it, each a pair of cities.
    s = "健全合肥都市圈一体化发展推进机制，推进合六、合淮、合滁产业走廊建设，构建1小时通勤圈。"
    assert _spans(s) == ["合肥都市圈", "合六", "合淮", "合滁产业走廊"]
    # 2026 辽宁省政府工作报告
    assert "沈大哈长产业科技创新带" in _spans("推动东北三省一区共建沈大哈长产业科技创新带、跨区域标志性文旅体平台。")
    # 2026 上海市政府工作报告 (s.fjlib.net gzbg id=c93c6c18e18d4ec6b1dd2f30581f15e8): a belt along 沪宁.
    assert "沿沪宁产业创新带" in _spans("深化G60科创走廊、沿沪宁产业创新带建设。")


def test_two_places_joined_by_a_dash_name_one_site():
    # 2026 安徽省政府工作报告
    s = "升级打造新安江—千岛湖生态环境共同保护合作区，深化皖苏、皖赣长江流域横向生态保护补偿机制。"
    assert _spans(s) == ["新安江—千岛湖生态环境共同保护合作区", "皖苏", "皖赣", "长江流域"]
    # 2026 新疆维吾尔自治区政府工作报告 (s.fjlib.net gzbg id=e4e2d78ccbbb494580161db7585351d9)
    assert _spans("加快构建以国家公园为主体的自然保护地体系，创建伊犁—吐鲁番国家植物园。") == ["伊犁—吐鲁番国家植物园"]
    # Two rivers before the basin of the last stay apart; a route's cities too.
    assert _spans("加强塔里木河干流、叶尔羌河—喀什噶尔河流域生态综合治理") == ["塔里木河", "叶尔羌河", "喀什噶尔河流域"]
    assert _spans("南宁—玉林—深圳") == ["南宁", "玉林", "深圳"]


def test_ports_by_their_own_names():
    # 2026 海南省政府工作报告 (https://agri.hainan.gov.cn/hnsnytywdt/zwdt/202602/t20260202_4021318.html)
    s = "开工建设湛海高铁，加快洋浦港扩建工程、马村港三期、三亚邮轮港等项目建设"
    assert _spans(s) == ["洋浦港", "马村港", "三亚邮轮港"]
    # 香港 stays the place; a lead verb opens no port's name.
    # The last place of a list keeps its LOC like the first (probe loc55a: 向金门、马祖通水…项目, dev wr2026-fujianm).
    assert _spans("加快推进香港、澳门等项目") == ["香港", "澳门"]


def test_lake_in_a_list_of_rivers():
    # 2026 贵州省政府工作报告 (https://www.guizhou.gov.cn/home/tt/202602/t20260202_89362001.html)
    s = "全面推进乌江、清水江、赤水河、都柳江、草海等重点河湖环境污染综合治理和水生态保护修复"
    assert _spans(s) == ["乌江", "清水江", "赤水河", "都柳江", "草海"]
    # Verbs ending in 海 are no lakes (dev wr2026-jiangxim).
    assert _spans("指导企业抱团出海、有序出海，聚焦") == []


def test_heritage_sites_listed_before_their_class():
    # 2026 甘肃省政府工作报告 (s.fjlib.net gzbg id=09ebb899a342416ca18722ac73c3c52a)
    s = "积极开展“中华文明探源工程”和“考古中国”项目，推进大地湾、大堡子山、锁阳城等国家考古遗址公园建设。"
    assert _spans(s) == ["大地湾", "大堡子山", "锁阳城"]
    assert _spans("新建公园、绿地等湿地公园") == []
    # 2026 贵州省政府工作报告: a fossil site by its province; grottoes as a group (Gansu).
    assert _spans("加快推进梵净山国家公园创建和贵州三叠纪化石群申遗。") == ["梵净山国家公园", "贵州三叠纪化石群"]
    assert "张掖马蹄石窟群" in _spans("推动酒泉阳关玉门关、临夏古生物化石、张掖马蹄石窟群创建5A级景区。")


def test_cultural_parks_and_heritage_routes():
    # 2026 甘肃省政府工作报告: the park's stretch in the province is part of it.
    s = "加快长城、长征、黄河国家文化公园甘肃段和河西走廊国家遗产线路建设。"
    assert _spans(s)[-2:] == ["黄河国家文化公园甘肃段", "河西走廊国家遗产线路"]


def test_innovation_towns_and_classes_of_town_parts():
    # 2026 上海市政府工作报告
    s = "全面推进南北转型，推动吴淞创新城、南大智慧城、湾区科创城开发提速"
    assert _spans(s) == ["吴淞创新城", "南大智慧城", "湾区科创城"]
    assert _spans("加快建设智慧城市") == []
    # 2026 广东省政府工作报告 (https://www.gd.gov.cn/gkmlpt/content/4/4851/post_4851130.html): a class of parts.
    assert _spans("组团式推进镇村片区建设，新培育2518个典型村") == []
    # dev wr2026-shandongm: 省级片区 is a class.
    assert _spans("新建提升省级片区100个左右") == []
    # 2026 辽宁省政府工作报告: a park named by its function is a class.
    assert _spans("支持营口片区建设陆港枢纽产业园。") == ["营口片区"]


def test_southern_xinjiang():
    # 2026 新疆维吾尔自治区政府工作报告
    assert _spans("统筹推进南北疆协调联动，形成优势互补") == ["南北疆"]
    assert _spans("加快推进南疆发展，用足用好国家系列支持政策") == ["南疆"]


def test_campaigns_named_after_their_ground():
    # 2026 甘肃省政府工作报告; dev wr2026-shaanxim and wr2026-liaoningm leave these unmarked (guide v2.2, LOC 2).
    assert _spans("大力推进“三北”工程建设，打好河西走廊—塔克拉玛干沙漠边缘阻击战。") == []
    assert _spans("打好黄河“几字弯”攻坚战，开展重要河流发源区生态保护") == []
    # 2026 新疆维吾尔自治区政府工作报告
    assert _spans("巩固提升塔克拉玛干沙漠边缘阻击战锁边成果，推进古尔班通古特沙漠生态修复治理") == ["古尔班通古特沙漠"]
    # The ground named for itself stays a place.
    assert _spans("加强祁连山生态保护常态长效监管") == ["祁连山"]
