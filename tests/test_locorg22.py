"""Probe locorg22: LOC and ORG in 2019-2025 provincial and city/county work reports."""
from .mentions import spans as _spans


def test_country_before_its_anniversary_is_no_place():
    # http://district.ce.cn/newarea/roll/202503/11/t20250311_39316306.shtml (珠海 2025 report)
    text = "2024年是中华人民共和国成立75周年,也是澳门回归祖国25周年、横琴粤澳深度合作区成立3周年。"
    locs = _spans(text, "LOC")
    assert "中华人民共和国" not in locs
    assert "澳门" in locs


def test_rail_lines_before_deng_projects_are_no_firms():
    # http://yellow.sqcfn.com/E_6230166.html (Guangdong 2022 report, 中新社)
    text = "广东将打造“轨道上的大湾区”,推进皇岗口岸重建,加快深江高铁、广佛环城际等项目建设。"
    assert not {"深江高铁", "广佛环城际"} & set(_spans(text, "ORG"))


def test_pedestrian_street_and_financial_district_are_sites():
    # https://www.wehdz.gov.cn/2022/zfxxgk/fdzdgk/qtzdgk_68703/zfgzbg/202402/t20240226_2363110.shtml (东湖高新区 2024)
    assert "光谷步行街" in _spans("新增76家品牌店和旗舰店、超6000家餐饮店,光谷步行街入选全国夜消费商圈前三名。", "LOC")
    # http://yellow.sqcfn.com/E_6230166.html (Guangdong 2022)
    assert "前海深港国际金融城" in _spans("抓好前海深港国际金融城、国际人才港和风投创投集聚区建设", "LOC")
    # https://big5.cri.cn/gate/big5/gx.cri.cn/2022-01-18/659f3d6a-c82c-2298-1967-80551dc6854f.html (Guangxi 2022)
    locs = _spans("面向東盟的金融開放門戶形成可推廣成果175項,中國—東盟金融城入駐金融機構(企業)總數超280家。", "LOC")
    assert "中國—東盟金融城" in locs and "東盟金融城" not in locs


def test_land_north_of_a_river_is_one_place():
    # http://190044a.qdszgh.cn/a/gonghuidongtai/shizhengyaowen/2021/0119/5463.html (青岛 2021 report)
    locs = _spans("累计实际利用外资323亿美元,占全省41%。长江以北地区国家纵深开放新的重要战略支点作用不断增强。", "LOC")
    assert "长江以北地区" in locs and "长江" not in locs


def test_former_residence_and_heritage_park_are_sites():
    # https://www.awanzhou.com/forum.php?goto=nextnewset&mod=redirect&tid=11973 (万州 2021 plan)
    text = "完成何其芳故居二期工程、万州近现代史陈列馆项目建设。推动天生城大遗址公园开工建设。"
    locs = _spans(text, "LOC")
    assert "何其芳故居" in locs and "天生城大遗址公园" in locs


def test_hospitals_named_by_a_bare_level():
    # https://www.awanzhou.com/forum.php?goto=nextnewset&mod=redirect&tid=11973 (万州 2021 plan)
    orgs = _spans("开工建设三峡医学中心、区疾控中心迁建等项目。加快推进区妇幼保健院、区第六人民医院建设等项目。", "ORG")
    assert "区妇幼保健院" in orgs and "区第六人民医院" in orgs
    # http://www.nsbwy.com/content/2021-11/09/content_14235479.html (蕲春县 2021 report, traditional script)
    assert "縣婦幼保健院" in _spans("蘄春縣還將深入推進醫共體建設,建成縣婦幼保健院新院區並投入使用。", "ORG")
    # A class of hospitals is no ORG.
    assert _spans("支持市、县人民医院提升服务能力。", "ORG") == []


def test_carmaker_with_its_qiche_acting():
    # http://6dgww.com/Article/15667090.html (芜湖经开区 2022 report)
    orgs = _spans("二是重点企业快速成长。奇瑞汽车连续19年位居中国品牌乘用车出口第一,美的集团位居中国家电行业第一。", "ORG")
    assert "奇瑞汽车" in orgs and "美的集团" in orgs
