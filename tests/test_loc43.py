"""Probe loc43: LOC in provincial work reports of 2026, rules only: a river's reach or source and a mountain's
as one place with it, the main stream with a province's stretch, one-character abbreviations after 驻 and
留, compass regions before a class of divisions or a hub they qualify, the other end of a route whose one end
is a place, events and programmes a place names (unmarked), a partner after 与 before a platform of cooperation,
a city's class (老工业基地), and a few named regions and zones (东三省, 台港澳, 两岸融合发展示范区, 海丝核心区)."""
import govie


def _spans(text, label="LOC", ref="2026-02-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


# Sources: corpora/work-reports-2026/2026_<province>_政府工作报告.csv (source_url in each row); the "dev" ones
# are sentences of the dev split's work reports, whose gold marks them so.


def test_reach_source_and_foot_of_a_feature():
    # 2026 宁夏回族自治区政府工作报告 (https://www.nx.gov.cn/zwxx_11337/nxyw/202602/t20260209_5163871.html)
    s = "加力保护“一河三山”，黄河干流宁夏段水质连续9年保持Ⅱ类进出，贺兰山东麓防洪治理工程、六盘山“山水工程”全面启动。"
    assert _spans(s)[0] == "黄河干流宁夏段"
    # 2026 湖北省政府工作报告 (s.fjlib.net gzbg id=aaca7a3a32b14ef295443485be5e1246)
    assert _spans("支持宜昌打造联结长江中上游的区域性中心城市") == ["宜昌", "长江中上游"]
    # 2026 河南省政府工作报告 (dev wr2026-henanm)
    assert _spans("加快淮河上游源头区干流治理，推进海河源头综合治理") == ["淮河上游源头区", "海河源头"]
    # The main stream alone is left as it was (dev gold marks it both ways): 2026 河南 (dev wr2026-henan).
    assert _spans("黄河干流水质连续6年达到Ⅱ类") == ["黄河"]


def test_abbreviations_after_zhu_and_liu():
    # 2026 宁夏回族自治区政府工作报告
    assert _spans("向中央驻宁单位、驻宁解放军指战员、武警官兵表示衷心的感谢") == ["宁", "宁"]
    # 2026 天津市政府工作报告 (dev wr2026-tianjin): no institute's short name after a one-character place.
    assert _spans("机制化畅通与驻津央院央所、高校研发平台等“握手”通道") == ["津"]
    # 2026 安徽省政府工作报告 (dev wr2026-anhuim)
    assert _spans("高校毕业生留皖率从67.6%提高到70%") == ["皖"]
    assert _spans("留守儿童关爱服务") == []


def test_compass_regions_before_divisions_and_hubs():
    # 2026 内蒙古自治区政府工作报告 (s.fjlib.net gzbg id=ce46d2fa725943ef9c34bcda02797aaf)
    s = "推动东部盟市全面振兴，发挥中部盟市挑大梁作用，推动西部盟市转型发展。"
    assert _spans(s) == ["东部", "中部", "西部"]
    assert _spans("筑牢我国北方重要生态安全屏障") == ["北方"]  # dev wr2026-neimenggu
    # 2026 山东省政府工作报告 (dev wr2026-shandong, wr2026-shandongm)
    assert _spans("打造济宁北方内河航运中心") == ["济宁", "北方"]
    assert _spans("优化海外仓布局，打造北方跨境电商集散中心") == ["北方"]
    # A firm's or brand's word stays unmarked (dev wr2026-tianjin, wr2026-neimenggu).
    assert "北方" not in _spans("新紫光北方总部、帕西尼数据工厂等深度链接")
    assert _spans("引导企业开拓全球南方国家市场") == []


def test_route_from_or_to_a_place():
    # 2026 内蒙古自治区政府工作报告
    s = "加快建设临河至哈密铁路、乌兰浩特至阿尔山铁路、富裕至加格达奇铁路。"
    assert _spans(s) == ["临河", "哈密", "乌兰浩特", "阿尔山", "富裕", "加格达奇"]
    # 2026 山东省 and 西藏自治区 reports (dev wr2026-shandong, wr2026-xizang)
    assert _spans("交通、能源、水利完成投资5400多亿元，董家口至五莲铁路及胶新铁路扩能改造开工") == ["董家口", "五莲"]
    assert _spans("加快推动波密至然乌段铁路建设") == ["波密", "然乌"]
    # A verb or a gazetteer place before 至 is no unknown stop (2026 贵州, dev wr2026-guizhou).
    assert _spans("推进重庆至贵阳高速铁路前期工作") == ["重庆", "贵阳"]
    assert _spans("将地铁延伸至城区铁路站") == []


def test_events_and_programmes_a_place_names():
    # 2026 陕西省 report (dev wr2026-shaanxim): the guide's own example 西安国际车展, and a boat festival.
    assert "西安" not in _spans("支持办好西安国际车展、养老产业博览会、西部茶产业博览会等特色品牌展会")
    assert _spans("办好汉中油菜花节、安康汉江龙舟节、陕北过大年等特色文旅活动") == []
    # 2026 海南省 and 山东省 reports (dev wr2026-hainan, wr2026-shandongm)
    assert _spans("开展海南海洋旅游年活动，拓展海洋、航天、热带雨林旅游消费") == []
    assert _spans("办好港澳山东周、鲁台经贸合作洽谈会、新加坡山东周等活动。") == []
    # 2026 山西省政府工作报告 (s.fjlib.net gzbg id=d24f9ebf452342fc9fda5266eaa47bad): the guide's own example.
    assert _spans("积极稳妥推进碳达峰山西行动。实施深度节水控水行动山西方案，发展节水技术。") == []


def test_partner_platform_city_class_and_named_regions():
    # 2026 湖北省政府工作报告
    assert _spans("搭建与港澳高水平合作平台，擦亮品牌") == ["港澳"]
    # 2026 内蒙古自治区政府工作报告: a city's class, no site.
    assert _spans("支持包头老工业基地、乌海资源枯竭型城市绿色转型、创新发展。") == ["包头", "乌海"]
    assert "东三省" in _spans("加强与京津冀、长三角、粤港澳大湾区、东三省、成渝等区域交流合作")
    # 2026 山东省政府工作报告 (s.fjlib.net gzbg id=ee437021a8da44beb34b4ba02a9e880a)
    assert _spans("档案史志、地震气象、台港澳、侨务贸促等工作取得新成效") == ["台港澳"]
    # 2026 福建省政府工作报告 (dev wr2026-fujianm; s.fjlib.net gzbg id=e1a56e90f1fa4130a11706b2fd9e4aad)
    assert _spans("加紧建设两岸融合发展示范区。") == ["两岸融合发展示范区"]
    assert _spans("海丝核心区建设扎实推进") == ["海丝核心区"]
