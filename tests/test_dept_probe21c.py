"""Probe dept21c (round 14): DEPT spans and links on fresh county, district and township pages.

Each test quotes a real sentence of a probe page (address in the comment)."""
import pytest

import govie
from govie.model import default_model_path


def _depts(text, default_model=False):
    r = govie.extract(text) if default_model else govie.extract(text, model=None)
    return [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"], r


def _spans(text):
    return [t for t, _ in _depts(text)[0]]


# http://sysjw.gov.cn/sysjw/dkbjxsxcqk/202110/10dc5933660443dc85df13bb97aea031.shtml (洞口县纪委监委, 2021)
XUNCHA = "被巡察单位分别召开巡察工作动员会。县委巡察工作领导小组成员和县纪委监委、县委组织部有关负责同志对做好巡察工作提出要求"


def test_a_coordinator_before_the_county_discipline_commission_is_no_county():
    depts, r = _depts(XUNCHA)
    assert ("县纪委监委", None) in depts
    # 和 joins the group's members and the commission: never 和县 (Anhui), whose bodies it would take
    assert not any(c and "和县" in c for _, c in depts)
    assert "和县纪委监委" not in [t for t, _ in depts]
    assert (r.meta.get("division") or {}).get("name") != "和县"


def test_the_coordinator_page_links_to_its_own_county():
    depts, _ = _depts("【巡察进驻】十三届洞口县委第一轮巡察完成进驻\n" + XUNCHA)
    assert ("县纪委监委", "中共洞口县纪律检查委员会") in depts
    assert ("县委组织部", "中共洞口县委员会组织部") in depts


def test_he_county_named_after_its_city_keeps_its_place():
    # The county itself (Anhui) stays: its place before it, or a clause start.
    assert _depts("马鞍山市和县纪委监委召开会议")[0] == [("马鞍山市和县纪委监委", "中共和县纪律检查委员会")]


# http://www.songxixww.com/2026-01/05/content_2297459.htm (松溪县, 2026)
SONGXI = ("1月4日,县政协十一届十九次常委会会议召开,传达学习习近平总书记在党的二十届四中全会上的重要讲话和全会精神。"
          "县政协主席虞朝兵主持会议,县政协班子成员出席会议。")
# http://yxzx.yixian.gov.cn/zxyw/9310350.html (黟县)
YIXIAN = ("黟县政协召开十一届二十四次常委会会议\n12月23日下午,黟县政协召开十一届二十四次常委会会议。"
          "会议审议通过了十一届五次会议议程(草案)、常委会工作报告及报告委托人。")


def test_the_cppcc_standing_committee_by_its_term_is_no_congress():
    for text in (SONGXI, YIXIAN):
        depts, _ = _depts(text)
        assert "常委会" not in [t for t, _ in depts]
        assert not any(c and "人民代表大会" in c for _, c in depts)
    assert ("县政协", "中国人民政治协商会议松溪县委员会") in _depts("松溪县" + SONGXI)[0]


@pytest.mark.skipif(default_model_path() is None, reason="no default model installed")
def test_the_model_takes_no_cppcc_standing_committee_for_the_congress():
    depts, _ = _depts(YIXIAN, default_model=True)
    assert not any(c and "人民代表大会" in c for _, c in depts)


def test_the_congress_standing_committee_alone_stays():
    # A text that names the congress keeps its bare 常委会 (提请常委会会议审议).
    assert _spans("县人大常委会主任出席会议。县政府提请常委会会议审议。县政协主席列席") .count("常委会") == 1


# https://www.cangyuan.gov.cn/ztzl/jczwgkbzml1/xjbm/xzrzyj.htm (沧源佤族自治县自然资源局, 2024)
CANGYUAN = ("来源:县自然资源局 作者:杨晓宇 时间:2024年09月25日 点击:\n"
            "序 号 | 公开事项 | 公开内容 (要素) | 公开依据 | 公开时限 | 公开主体 | 公开渠道和载体\n"
            "1 | 机构信 息 | 自然资源主管部门及派出机构 | 机构名称 | 《中华人民共和国政府信息公开条例》 | 20个工作日内 | 县自然资源局 | ■政府网站\n"
            "2 | 公共服 务 | 政策文件 | 《中华人民共和国政府信息公开条例》《自然资源规范性文件管理规定》(自然资源部令第2号) "
            "| 20个工作日内 | 县自然资源局 | ■政府网站\n")


def test_a_decree_cited_after_a_title_is_not_the_pages_author():
    depts, r = _depts(CANGYUAN)
    assert [t for t, _ in depts].count("县自然资源局") == 3
    # the county is not named: its bureau stays unlinked, never the ministry's document
    assert all(c is None for t, c in depts if t == "县自然资源局")
    assert r.meta.get("issuer") != "自然资源部"
