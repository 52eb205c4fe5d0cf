"""LOC in provincial policy documents (probe loc21, round 12): traditional-script mirrors, regions
of the country and of provinces, counties listed with their count, names given to a group of
places, zone types whose purpose is a verb phrase, plan headings broken over two lines."""

import pytest

import govie


def _locs(text):
    return [(e.start, e.text) for e in govie.extract(text, model=None).entities if e.label == "LOC"]


def _texts(text):
    return [t for _, t in _locs(text)]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # big5 mirror of 皖政秘〔2018〕25号 (m.douyindsw.com/article-55595-128345.html): 銅 and 園 were not
    # folded, so the zones were missed or cut to 銅陵
    ("一、同意撤銷銅陵承接產業轉移集中示范園區,將其整體并入銅陵經濟技術開發區,加掛“銅陵承接產業轉移集中示范園區”牌子。",
     ["銅陵承接產業轉移集中示范園區", "銅陵經濟技術開發區"], ["銅陵"]),
    # 赣府厅字〔2022〕48号 on a big5 mirror (m.v14971.cn/news/show.php?itemid=17547)
    ("為深入貫徹落實國家關于湘贛邊區域合作示范區建設工作要求,推動湘贛邊區域深化改革深度合作",
     ["湘贛邊區域合作示范區"], ["湘贛"]),
])
def test_zones(sentence, expected, forbidden):
    spans = _texts(sentence)
    for e in expected:
        assert e in spans
    for f in forbidden:
        assert f not in spans


@pytest.mark.parametrize("sentence,expected", [
    # 中共江西省委 江西省人民政府 实施意见 on 赣南苏区 (gzfzjt.com/home/article/detail/id/701.html)
    ("支持赣南等原中央苏区振兴发展,是党中央、国务院关心革命老区、进一步促进我省加快发展作出的重大战略决策",
     ["赣南", "原中央苏区"]),
    ("是建设我国南方地区重要生态屏障,实现可持续发展的现实选择", ["南方地区"]),
    # 陕西省《关中平原城市群发展规划》实施方案 (snzs.gov.cn/html/zwgk/jhgh/99022.html)
    ("推动关中平原城市群高质量发展,辐射带动陕北、陕南发展,提升对西北地区发展的核心引领作用",
     ["关中平原城市群", "陕北", "陕南", "西北地区"]),
    ("西安国家中心城市和功能完备的城镇体系全面建成,宝鸡、咸阳、铜川、渭南、商洛、杨凌、韩城等城市辐射带动能力持续增强",
     ["西安", "宝鸡", "咸阳", "铜川", "渭南", "商洛", "杨凌", "韩城"]),
    # 中共贵州省委 贵州省人民政府 区域协调发展 实施意见 (bbs.zunyishizx.com/archiver/showtopic-5758.aspx)
    ("严格落实长江“十年禁渔”部署,筑牢长江、珠江上游重要生态安全屏障。", ["长江", "长江", "珠江上游"]),
])
def test_regions(sentence, expected):
    assert _texts(sentence) == expected


def test_counties_with_their_count_and_the_name_given_to_them():
    # Guizhou opinions on 黎从榕 (xdf500.com/pdetail/id=8715.html): 三县 ends the list, and the name
    # the text gives the three counties together is a LOC where defined and later
    text = ("各市、自治州人民政府,各县(市、区、特区)人民政府,省政府各部门、各直属机构:\n"
            "黎平、从江、榕江三县(以下统称“黎从榕”)位于黔东南州南部,是贵州南下粤港澳大湾区(以下简称大湾区)的前沿阵地。"
            "为支持黔东南州“黎从榕”打造我省对接融入大湾区的“桥头堡”,现提出如下实施意见。")
    spans = _texts(text)
    assert spans[:5] == ["黎平", "从江", "榕江", "黎从榕", "黔东南州"]
    assert spans.count("黎从榕") == 2


def test_a_short_name_for_a_programme_stays_unmarked():
    # 以下简称 after two places joined with 和 names a programme, not a region (unchanged)
    assert "一带一路" not in _texts("推进丝绸之路经济带和21世纪海上丝绸之路（以下简称“一带一路”）建设。")


def test_plan_heading_over_two_lines():
    # 赣府厅字〔2022〕48号 (m.v14971.cn/news/show.php?itemid=17547): the plan's own heading, broken
    # over two lines, names a document (guide v2.2, LOC 4); the body's mention is marked
    text = ("各市、縣(區)人民政府,省政府各部門:\n《江西省推動湘贛邊區域合作示范區建設行動方案》已經省政府同意,現印發給你們。\n"
            "江西省推動湘贛邊區域合作示范區\n建設行動方案\n"
            "為深入貫徹落實國家關于湘贛邊區域合作示范區建設工作要求,現提出如下行動方案。")
    heading = text.index("江西省推動湘贛邊區域合作示范區\n")
    locs = _locs(text)
    assert not any(heading <= s < heading + 16 for s, _ in locs)
    assert [t for _, t in locs] == ["湘贛邊區域合作示范區"]


@pytest.mark.parametrize("sentence,forbidden", [
    # 连通 is a verb, no pair of place abbreviations (snzs.gov.cn/html/zwgk/jhgh/99022.html)
    ("科技成果转化能力显著增强,连通城市群内外的多层次交通运输网络全面形成", "连通城市群"),
    # 多彩贵州 is the province's brand (bbs.zunyishizx.com/archiver/showtopic-5758.aspx; guide v2.2, LOC 2)
    ("以推动高质量发展为重点,着力打造多彩贵州,加快建设内陆投资贸易便利化试验区", "贵州"),
    # 杨凌农高会 is a fair (dev wr2026-shaanxim), now that 杨凌 is a place
    ("做强丝绸之路国际博览会、杨凌农高会品牌，支持办好西安国际车展、养老产业博览会", "杨凌"),
    # a vocational college by its short name (2026 Shaanxi work report)
    ("普惠性学前教育资源覆盖率达94.5％，新建普通高中11所。杨凌职院、陕工院晋升为职业本科", "杨凌"),
])
def test_not_places(sentence, forbidden):
    assert forbidden not in _texts(sentence)
