"""Guangzhou district policy documents, round-22 full-document probe (gz55): a bureau's district
branch wrapped over two lines of a table cell, the 组织承办部门 column of a district's yearly list of
major decisions, a count's noun ending before a title, an outline's section numbers, and a title
line closed by its number in 【】 (real lines; addresses in each test)."""

from __future__ import annotations

import govie

# https://www.huadu.gov.cn/xxgk/zcwj/zfwj/hfb/content/post_8157016.html (花府办〔2022〕6号)
HUADU = (
    "广州市花都区人民政府办公室关于印发广州市花都区人民政府2022年度重大行政决策事项目录的通知【花府办〔2022〕6号】\n\n"
    "发布日期:2022-03-28 10:49    文章来源:花都区人民政府办公室     【 字体:   】  访问量: -\n\n"
    "各镇(街)政府(办事处),区府直属各单位:\n\n"
    "  《广州市花都区人民政府2022年度重大行政决策事项目录》已经区委、区政府同意,现印发给你们。\n\n"
    "广州市花都区人民政府办公室\n\n2022年3月23日\n\n"
    "广州市花都区人民政府2022年度重大行政决策事项目录\n\n"
    "序号\n\n决策事项名称\n\n组织承办部门\n\n"
    "1\n\n花都区绿地空间数据服务与绿地系统规划\n\n区城市管理综合执法局\n\n"
    "2\n\n花都区“十四五”时期财政改革发展规划\n\n区财政局\n\n"
    "3\n\n三华村、平山圩、长岗圩等3条市级传统村落的《传统村落保护发展规划》成果审批\n\n"
    "市规划和自然资源局\n\n花都区分局\n\n"
    "4\n\n白石村、官坑村、黄沙塘、蓝田新村等4条市级传统村落《传统村落保护发展规划》成果审批\n\n"
    "市规划和自然资源局\n\n花都区分局\n")


def _depts(r):
    return [(r.text[e.start:e.end], e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_a_bureaus_branch_wrapped_in_its_table_cell_is_one_body():
    r = govie.extract(HUADU, model=None)
    branch = ("市规划和自然资源局\n\n花都区分局", "广州市规划和自然资源局花都区分局")
    assert _depts(r).count(branch) == 2
    assert not any(e.label == "LOC" and r.text[e.start:e.end] == "花都区" for e in r.entities)


def test_the_organizing_column_of_a_list_of_major_decisions_assigns_each_item():
    r = govie.extract(HUADU, model=None).to_dict()
    got = {(a["task"]["text"], tuple(a["lead"])) for a in r["assignments"]}
    assert ("花都区绿地空间数据服务与绿地系统规划", ("广州市花都区城市管理综合执法局",)) in got
    assert ("花都区“十四五”时期财政改革发展规划", ("广州市花都区财政局",)) in got
    assert ("白石村、官坑村、黄沙塘、蓝田新村等4条市级传统村落《传统村落保护发展规划》成果审批",
            ("广州市规划和自然资源局花都区分局",)) in got
    assert all(a["trigger"]["text"] == "组织承办部门" for a in r["assignments"])


def test_a_title_line_closed_by_its_number_in_lenticular_brackets():
    meta = govie.extract(HUADU, model=None).meta
    assert meta["title"] == "广州市花都区人民政府办公室关于印发广州市花都区人民政府2022年度重大行政决策事项目录的通知"
    assert meta["docno"] == "花府办〔2022〕6号"
    r = govie.extract(HUADU, model=None)
    assert not any(e.label == "TITLE" and r.text[e.start:e.end].endswith("事项目录的通知") for e in r.entities)


def test_a_counts_noun_ends_before_the_title_after_it():
    r = govie.extract(HUADU, model=None)
    m = next(e for e in r.entities if e.label == "METRIC" and r.text[e.start:e.end] == "4条")
    assert m.attrs["indicator"] == "市级传统村落"


def test_panyus_list_of_decisions_by_organizing_department():
    # http://www.panyu.gov.cn/zwgk/zcwj/fzqzfbwj/content/post_4474964.html (番府办[2017]50号)
    text = ("番府办[2017]50号\n各镇政府、街道办事处,广州大学城管委会、广州南站地区管委会,区府直属各单位:\n"
            "《2017年广州市番禺区人民政府重大行政决策事项目录和听证事项目录》业经区政府常务会议审议通过,现印发给你们。\n"
            "番禺区人民政府办公室\n2017年5月25日\n2017年广州市番禺区人民政府重大行政决策事项目录\n"
            "序号 |\n决策事项名称 |\n决策事项主要内容 |\n组织承办部门 |\n1 |\n加快选址建设儿童医院 |\n"
            "建设番禺区 儿童专科医院 |\n区卫生和计划生育局 |\n2 |\n广州番禺区城乡更新总体规划(2014-2030) |\n"
            "审议通过《广州番禺区城乡 更新总体规划(2014-2030)》 |\n区城市更新局 |\n")
    r = govie.extract(text, model=None).to_dict()
    got = {(a["task"]["text"], tuple(a["lead"])) for a in r["assignments"]}
    assert got == {("加快选址建设儿童医院", ("广州市番禺区卫生和计划生育局",)),
                   ("广州番禺区城乡更新总体规划(2014-2030)", ("广州市番禺区城市更新局",))}


def test_an_outlines_section_numbers_are_no_quantities():
    # http://156152.com/zwgk/fggw/sfbgtwj/content/post_4758895.html (穗府辦〔2015〕14號, traditional script)
    text = ("穗府辦〔2015〕14號\n\n廣州市人民政府辦公廳關于印發廣州市石油天然氣管道保護突發事件應急預案的通知\n\n"
            "廣州市石油天然氣管道保護突發事件應急預案\n\n目錄\n\n  6 應急處置\n\n  6.1 先期處置\n\n  6.2 處置措施\n\n"
            "  6.3 應急終止\n\n  6.4 信息發布\n")
    r = govie.extract(text, model=None)
    assert [r.text[e.start:e.end] for e in r.entities if e.label == "METRIC"] == []
    # a value standing alone in a table's cell stays a quantity
    r = govie.extract("项目\n\n产量\n\n12.5 万吨\n", model=None)
    assert [r.text[e.start:e.end] for e in r.entities if e.label == "METRIC"] == ["12.5 万吨"]


def test_places_in_a_repeated_title_line_and_the_issued_documents_heading_are_not_marked():
    # http://156152.com/zwgk/fggw/sfbgtwj/content/post_4758895.html (穗府辦〔2015〕14號): the title again
    # under the number, run into the addressee line by normalization, and the plan's heading after the signature
    text = ("廣州市人民政府辦公廳關于印發廣州市石油天然氣管道保護突發事件應急預案的通知\n\n  • 2015-03-31\n\n"
            "穗府辦〔2015〕14號\n\n廣州市人民政府辦公廳關于印發廣州市石油天然氣管道保護突發事件應急預案的通知\n\n"
            "各區、縣級市人民政府,市政府各部門、各直屬機構,市應急委各成員單位:\n\n"
            "  《廣州市石油天然氣管道保護突發事件應急預案》業經市政府同意,現印發給你們。\n\n"
            "廣州市人民政府辦公廳\n\n2015年3月31日\n\n廣州市石油天然氣管道保護突發事件應急預案\n\n目錄\n\n  1 總則\n")
    r = govie.extract(text, model=None)
    assert [r.text[e.start:e.end] for e in r.entities if e.label == "LOC"] == []


def test_an_addressee_line_opened_by_the_districts_own_townships():
    # http://www.gz.gov.cn/gfxwj/qjgfxwj/hpq/qf/content/post_7999920.html (穗埔府规〔2021〕18号)
    text = ("基本信息\n  • 统一编号: HP0120210019\n  • 文  号: 穗埔府规〔2021〕18号\n  • 实施日期: 2022年01月01日\n"
            "  • 失效日期: 2026年12月31日\n  • 发布机关: 广州市黄埔区人民政府\n  • 文件状态:\n\n"
            "广州市黄埔区人民政府关于印发广州市黄埔区农村集体资产交易管理办法的通知\n\n  • 分享到\n  • -\n\n"
            "穗埔府规〔2021〕18号\n\n广州市黄埔区人民政府关于印发广州市黄埔区农村集体资产交易管理办法的通知\n\n"
            "黄埔区各街道、镇,区府属各单位:\n\n"
            "  《广州市黄埔区农村集体资产交易管理办法》已经广州市黄埔区人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n\n"
            "  广州市黄埔区人民政府\n\n  2021年12月31日\n")
    assert govie.extract(text, model=None).meta["addressees"] == "黄埔区各街道、镇,区府属各单位"
