"""DEPT in county-level pages, round-15 probe (dept24c): real lines of published county, district
and subdistrict pages (addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str, **kw: object) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, **kw).entities if e.label == "DEPT"]


def _division(text: str, **kw: object) -> str | None:
    return (govie.extract(text, **kw).meta.get("division") or {}).get("name")


def test_a_bureau_studying_another_county_is_not_of_that_county():
    # https://www.luanchuan.gov.cn/search?newsid=61411 (栾川县, Henan, 2021): the bureau goes to 郏县 to
    # learn; its 县自然资源局 is 栾川's, which the text does not name as a division: null, never 郏县's.
    text = ("县自然资源局到郏县考察学习土地综合整治工作\n\n作者:宋香丽     发布时间:2021年03月11日\n"
            "  3月10日,县自然资源局相关部门负责人以及各乡镇国土规划建设所所长一行,前往平顶山市郏县考察学习土地综合整治等工作。\n"
            "  考察团一行先后到东城街道王家庄社区,渣园乡规委会、杜庄村等地现场观摩,全面详细了解郏县拆旧复垦、“双违”整治等具体工作开展情况。\n"
            "  郏县以“五步走”战略规划系统推进土地综合整治工作给考察团留下了深刻的印象。")
    assert _division(text) is None
    assert ("县自然资源局", None) in _depts(text)
    assert not any(c and "郏县" in c for _, c in _depts(text))


def test_a_county_news_item_speaking_through_its_heads_posts():
    # http://daixian.gov.cn/zwgk/ldxx/lby/ldhd/202404/t20240402_3965773.html (代县, Shanxi, 2024): the
    # county named once, its voice in 县委副书记、县长 and 政府副县长; 统计局 is the county's own.
    text = ("3月24日,代县召开2024年一季度经济运行调度会,研究当前经济形势,安排部署下一阶段工作。县委副书记、县长张志杰主持会议并讲话。"
            "政府副县长李宝炎,县直有关部门主要负责人,各乡镇乡镇长参加会议。\n"
            "会上,统计局负责人通报了1-2月份经济指标完成情况并对一季度预计完成情况作重点分析。")
    assert _division(text) == "代县"
    depts = _depts(text)
    assert ("县委", "中共代县委员会") in depts
    assert ("统计局", "代县统计局") in depts


def test_a_portal_field_naming_the_county_site_is_no_body():
    # http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml (镇巴县, Shaanxi, 2024):
    # 发文机构: 县政府网站 names the website; the bare 县政府 of the rules is the county's government.
    text = ("镇巴县人民政府工作规则\n\n  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n\n"
            "二、县政府工作的指导思想是,在党中央、国务院和省委、省政府、市委、市政府、县委的坚强领导下,认真执行党的路线方针政策。")
    result = govie.extract(text)
    site = text.index("县政府网站")
    assert not any(e.start == site for e in result.entities if e.label == "DEPT")
    assert ("县政府", "镇巴县人民政府") in _depts(text)


def test_a_short_name_defined_in_brackets_starts_after_the_definition():
    # https://p2.ttnews.xyz/a/5bd1348ddc9b5e57aafd84b9 (富顺县's land rules, Sichuan, 2018).
    text = ("第三条 征收富顺县行政区域内农民集体所有土地,由县人民政府依法实施。富顺县人民政府征地拆迁办公室(以下简称县征地拆迁办)"
            "负责具体组织实施;县国土资源局行政主管部门负责土地征收的行政管理和监督指导。")
    spans = [t for t, _ in _depts(text)]
    assert "县征地拆迁办" in spans
    assert not any(t.startswith("以下") for t in spans)


def test_a_district_health_institution_by_its_kind():
    # https://www.panyu.gov.cn/gkmlpt/content/10/10138/post_10138720.html (番禺区, Guangzhou, 2025).
    text = ("发布机构: 广州市番禺区人民政府 成文日期: 2025-03-03\n"
            "  为切实加强春季校园疾病防控工作,2月28日,番禺区疾病预防控制中心(番禺区卫生监督所)、区慢性病防治站、"
            "小谷围街社区卫生服务中心联合到小谷围街辖内学校开展学校春季传染病防控及学校卫生督导行动。")
    depts = _depts(text)
    assert ("区慢性病防治站", "广州市番禺区慢性病防治站") in depts
    assert ("番禺区卫生监督所", "广州市番禺区疾病预防控制中心") in depts
