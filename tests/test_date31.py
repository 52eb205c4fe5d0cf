"""Dates of policy pages, round-19 probe (date31): a portal block whose one line the clean text
glued together (索引号…公文目录:…发文日期:…), a block laid out as a list with each value on the
line under its label, and a 生效日期 field whose date lost its 日 (real lines; addresses in each test)."""

from __future__ import annotations

import govie
from govie.document.portal import read_portal
from govie.text.normalize import normalize

MOUDING = (
    # http://www.mdx.gov.cn/info/egovinfo/1007/overt_centent/11532323015172622Y-/2018-1220012.htm (云南 牟定县, 2017)
    "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案(试行)的通知\n\n"
    "索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:\n"
    " \n\n牟政办发〔201746\n\n各乡镇人民政府,县级有关部门:\n\n"
    "经县人民政府同意,现将《牟定县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n"
)

ZHENBA = (
    # http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml (陕西 镇巴县, 2024)
    "返回顶部\n\n镇巴县人民政府工作规则\n\n"
    "  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n  • 来源:\n\n"
    "  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n"
    "  • 发文日期:\n\n    2024年04月06日 16:40\n  • 有效性:\n\n"
    "  • 发布日期:\n\n    2024年04月06日 16:34\n  • 内容概述:\n\n"
    "镇巴县人民政府工作规则\n\n第一章总则\n\n"
    "一、根据《中华人民共和国宪法》,参照《陕西省人民政府工作规则》的有关规定,结合本县实际,制定本规则。\n"
)

SHANXI = (
    # http://laodongfa.com/stadata/bmgz/7504.html (山西省 晋政发〔2018〕13号)
    "发文机关:山西省人民政府\n发布日期:2018年03月27\n生效日期:2018年03月27\n时效性 :现行有效\n"
    "文号 :晋政发〔2018〕13号\n各市、县人民政府,省人民政府各委、办、厅、局:\n"
    " 现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们,请认真组织实施。\n"
    " 山西省人民政府\n 2018年3月27日\n"
)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("value")) for e in govie.extract(text, model=None).entities if e.label == "DATE"]


def test_glued_block_line_keeps_its_date_out_of_the_index_number():
    # The clean text drops the spaces between the fields: the 索引号 value must stop at 公文目录.
    portal = read_portal(normalize(MOUDING).text)
    assert portal.fields["issued"] == "2017年06月28日"
    assert "发文日期" not in portal.fields["index"]
    assert ("2017年06月28日", "2017-06-28") in _dates(MOUDING)


def test_empty_label_at_line_end_takes_no_masthead_number():
    # 成文日期: is empty; the line under it is the (broken) number, no date.
    assert "doc_date" not in read_portal(normalize(MOUDING).text).fields


def test_list_block_reads_values_on_the_line_below():
    portal = read_portal(normalize(ZHENBA).text)
    assert portal.fields["docno"] == "镇政发〔2024〕7号"
    assert portal.fields["issued"].startswith("2024年04月06日")
    assert "issuer" not in portal.fields  # 县政府网站 under 发文机构 is no date nor number: not read
    meta = govie.extract(ZHENBA, model=None).meta
    assert meta["doc_date"] == "2024-04-06"
    assert meta["docno"] == "镇政发〔2024〕7号"


def test_effective_field_without_day_character():
    meta = govie.extract(SHANXI, model=None).meta
    assert meta["effective"] == "2018-03-27"
    assert meta["doc_date"] == "2018-03-27"
