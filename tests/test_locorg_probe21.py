"""ORG and LOC in city, county and provincial work reports (probe locorg21, round 14: /work/r14/probe-locorg21.md).

Each test quotes a real sentence; its source is in the comment above it.
"""

from .mentions import spans


def _ents(sentence, province, label):
    return spans(sentence, label, model=None, jurisdiction=province, reference_date="2026-01-27")


# 2026_上海市_政府工作报告.csv [full_text] [2240, 4061]
SHANGHAI = ("推进临港新片区离岸贸易金融服务综合改革试点，落地全国首单放宽非居民并购贷款业务，启动自贸离岸债试点，"
            "加快建设上海国际再保险登记交易中心，发布首批数据出境负面清单及操作指引，推动建设国际数据加工枢纽。")
# annotations/dev pt-160725m (Shanghai policy document), the dev gold's ORG.
SHANGHAI_EQUITY = "支持科技型中小企业通过资产证券化以及在“新三板”、上海股权托管交易中心挂牌。"


def test_trading_centre_named_after_a_place_is_an_org():
    assert "上海国际再保险登记交易中心" in _ents(SHANGHAI, "上海市", "ORG")
    assert "上海股权托管交易中心" in _ents(SHANGHAI_EQUITY, "上海市", "ORG")


def test_trading_centres_without_a_name_or_public_ones_are_no_orgs():
    # 2026_宁夏回族自治区 and 2026_上海市 reports: classes with no place before them.
    s = "着力推进国家重要算力保障基地和调度交易中心建设，打造国际航运绿色燃料加注中心和交易中心。"
    assert _ents(s, "宁夏回族自治区", "ORG") == []
    # A public resources trading centre is a public institution (DEPT), not a firm.
    s = "市公共资源交易中心统一发布交易信息。"
    assert _ents(s, "广东省", "ORG") == [] and _ents(s, "广东省", "DEPT") == ["市公共资源交易中心"]


# 2026_海南省_政府工作报告.csv [full_text] [1557, 3316]
HAINAN = ("“探索三号”科考船搭载“奋斗者”号在北极载人深潜科考成功，"
          "我国成为唯一在北极密集海冰区进行连续载人深潜的国家。")


def test_polar_regions_are_places():
    assert _ents(HAINAN, "海南省", "LOC") == ["北极", "北极"]


def test_polar_words_inside_other_words_are_no_places():
    # The star and the bear: 北极 opens another word.
    s = "开展北极星导航应用和北极熊保护宣传。"
    assert _ents(s, "海南省", "LOC") == []
