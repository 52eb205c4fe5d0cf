"""LOC and ORG kinds found by probe locorg13 (2026 provincial and county work reports, round 10)."""

import pytest

from govie.taggers.entities import tag_locs, tag_orgs


def _spans(tagger, sentence):
    return [sentence[m.start:m.end] for m in tagger(sentence)]


# Guide v2.2 (LOC 3): airports and heritage sites are LOC as a whole, also where no known place
# opens their name; a class of airports or sites is no site.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    # dev wr2026-xinjiang gold
    ("深化文化遗产保护利用，加强乌拉泊古城、交河故城、莫尔寺遗址等保护利用，建成西域都护府博物馆等文博场馆。",
     ["莫尔寺遗址"], []),
    # dev wr2026-anhui gold
    ("支持合肥机场、芜宣机场提升货运能力和服务水平。", ["合肥机场", "芜宣机场"], []),
    # Yunnan 2026 report (/work/r6/readable): a county opens the site's own name
    ("实施中华优秀传统文化保护传承和精品工程项目1239个，晋宁河泊所遗址入选“全国十大考古新发现”。",
     ["晋宁河泊所遗址"], ["晋宁"]),
    # dev wr2026-hubei gold: the superlative's own head ends the name
    ("亚洲最大专业货运机场花湖国际机场成为内陆“空中出海口”。", ["花湖国际机场"], ["机场花湖国际机场"]),
    # classes (Hainan and Qinghai 2026 reports' wording)
    ("管理全省支线机场", [], ["全省支线机场", "支线机场"]),
    ("推进考古遗址公园提质升级", [], ["考古遗址"]),
])
def test_named_sites(sentence, expected, forbidden):
    found = _spans(tag_locs, sentence)
    for span in expected:
        assert span in found, found
    for span in forbidden:
        assert span not in found, found


# Guide LOC 1: a compass region ranked against its peers is a place (dev wr2026-hubeim gold 中部;
# Yunnan 2026 report 西部); 东西部协作 names a programme.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    ("高端装备、“新三样”等机电产品和跨境电商成为新增长点，服务贸易进出口总额居中部首位。", ["中部"], []),
    ("对共建“一带一路”国家贸易额年均增长4.1%，农产品出口额保持西部第1位。", ["西部"], []),
    ("深化东西部协作和定点帮扶。", [], ["西部", "东西部"]),
])
def test_ranked_regions(sentence, expected, forbidden):
    found = _spans(tag_locs, sentence)
    for span in expected:
        assert span in found, found
    for span in forbidden:
        assert span not in found, found


# Provinces joined by their one-character abbreviations are a LOC like 川渝 (dev wr2026-shaanxim gold
# 苏陕, 津陕; Guizhou 2026 report 粤黔); a power line named after them is a project (dev wr2026-xizang
# leaves 藏粤 unmarked), 闽宁镇 is a town, 新台阶 no place.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    ("深化榆鄂宁能源化工产业协作，提升苏陕、津陕协作水平，加大京津冀、长三角、粤港澳大湾区等招商引资力度。",
     ["苏陕", "津陕"], ["鄂宁"]),
    ("打造粤黔东西部协作升级版，深化中央单位定点帮扶和社会力量帮扶。", ["粤黔"], []),
    ("藏粤直流、青藏铁路格拉段电气化改造工程开工建设。", [], ["藏粤"]),
    ("闽宁镇荣获“全国文明村镇”称号。", [], ["闽宁"]),
    ("经济实力迈上新台阶。", [], ["新台"]),
])
def test_abbreviation_runs(sentence, expected, forbidden):
    found = _spans(tag_locs, sentence)
    for span in expected:
        assert span in found, found
    for span in forbidden:
        assert span not in found, found


def test_acting_head_is_no_county():
    # 紫金县 2020 report byline (https://gongwensou.com/zhengfubaogao/34159.html): 代县长 is a post,
    # not the county 代县.
    assert "代县" not in _spans(tag_locs, "紫金县人民政府代县长 邓红卫")


# International organizations are ORG where a date or a number precedes them or their own meeting
# follows (dev wr2026-tianjin and wr2026-hainan gold; Yunnan 2026 report 经世卫组织认可).
@pytest.mark.parametrize("sentence,expected", [
    ("在天津举办2025年上海合作组织峰会，充分体现了习近平总书记、党中央对天津的巨大信任和亲切关怀。", ["上海合作组织"]),
    ("办好博鳌亚洲论坛年会。", ["博鳌亚洲论坛"]),
    ("成为我国面向东盟最大的铁路口岸、首个经世卫组织认可的国际卫生陆港。", ["世卫组织"]),
    ("高质量服务保障中柬泰三方抚仙会晤、第十届上海合作组织成员国农业部长会议等重大外事外交活动。", ["上海合作组织"]),
])
def test_international_organizations(sentence, expected):
    assert _spans(tag_orgs, sentence) == expected
