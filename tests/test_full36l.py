"""Whole prefecture and county policy pages, round-20 probe (full36l): a bureau's short name in its own
title (湖州市卫生健康委) as the record's issuer, a layout space before the year in a title line, a bureau's
addressees (委机关各处室), its 下发给你们 as the issuance, the repeated masthead title and a page's 发布: field as no
activity, its own number under an unknown prefix, a protected site's 管理处 as a body, and a notice that breaks
down an adopted work report as no report (real lines; addresses in each test)."""

from __future__ import annotations

import govie

HUZHOU = (
    # http://wjw.huzhou.gov.cn/art/2023/5/4/art_1229210319_58898184.html (浙江 湖州, 湖卫健发〔2023〕1号)
    "当前位置: 首页\n>政务频道 >政务公开 >本局文件\n\n"
    "湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知\n\n"
    "  • 时间:2023-05-04 08:58:16\n  • 发布:湖州卫生健康委\n\n \n\n \n\n湖卫健发〔2023〕1号 \n\n \n\n"
    "湖州市卫生健康委关于印发\n\n2023年全市卫生健康工作要点的通知\n\n \n\n \n\n"
    "各区县卫生健康局(南太湖新区社发中心),委属各单位,委机关各处室:\n\n"
    "现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。                   \n\n"
    "                                                湖州市卫生健康委员会\n\n"
    "                                                    2023年4月26日\n\n \n\n2023年全市卫生健康工作要点\n\n \n\n"
    "2023年全市卫生健康工作的总体要求是:以习近平新时代中国特色社会主义思想为指导,坚决贯彻市委市政府决策部署。\n"
)

TONGSHAN = (
    # http://tongshan.gov.cn/zc/xxgkml/qtzdgkwj/zczxjlsqk/202303/t20230309_2992244.shtml (湖北 通山县, 2023)
    "县人民政府关于分解落实 2022年县政府重点工作任务的通知\n\n"
    "索引号 : K26422872/2023-08370 文       号 :\n\n主题分类: 政务公开 发文单位: 通山县人民政府\n\n"
    "名       称: 县人民政府关于分解落实 2022年县政府重点工作任务的通知 发布日期: 2023年03月09日\n\n"
    "有效性: 有效 发文日期:\n\n"
    "各乡镇人民政府,保护区、开发区、风景区管委会,富水湖湿地公园管理处,县政府各部门:\n\n"
    "2022年县政府工作报告已经县十九届人民代表大会一次会议审议通过。为全面落实县政府工作报告安排部署,"
    "现将重点任务分解落实有关事项通知如下:\n\n一、提高政治站位,加强组织领导\n"
)


def test_bureau_short_name_in_title_is_issued_by_its_full_name():
    meta = govie.extract(HUZHOU, model=None).meta
    assert meta["doc_issuers"] == ["湖州市卫生健康委员会"]
    assert meta["issuer"] == "湖州市卫生健康委员会"


def test_layout_space_before_the_year_leaves_the_title():
    assert govie.extract(HUZHOU, model=None).meta["title"] == "湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知"
    assert govie.extract(TONGSHAN, model=None).meta["title"] == "县人民政府关于分解落实2022年县政府重点工作任务的通知"


def test_space_between_joint_issuers_stays():
    # http://www.caipiaogame.com/... style joint title (广州市民政局 广州市财政局, dev gz-27): two bodies, one space
    text = ("广州市民政局 广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知\n穗民规字〔2025〕2号\n"
            "各区人民政府，市政府各部门、各直属机构：\n经市人民政府同意，现公布我市2025年城乡最低生活保障标准。\n")
    assert govie.extract(text, model=None).meta["title"].startswith("广州市民政局 广州市财政局关于")


def test_bureau_addressees_with_its_own_divisions():
    assert govie.extract(HUZHOU, model=None).meta["addressees"] == "各区县卫生健康局(南太湖新区社发中心),委属各单位,委机关各处室"


def test_xiafa_is_the_issuance_and_title_lines_are_no_activity():
    r = govie.extract(HUZHOU, model=None)
    acts = [(a.trigger["text"], a.type, a.mode, a.date, a.agents) for a in r.activities]
    assert acts == [("下发", "publication", "done", "2023-04-26", ["湖州市卫生健康委员会"])]


def test_own_number_of_an_unknown_prefix_is_the_issuers():
    r = govie.extract(HUZHOU, model=None)
    docno = [e for e in r.entities if e.label == "DOCNO"]
    assert [(e.text, e.attrs.get("issuer")) for e in docno] == [("湖卫健发〔2023〕1号", "湖州市卫生健康委员会")]


def test_cited_number_keeps_its_prefix_issuer():
    # http://henan.kjzch.com/xinxiang/2024-01-01/839266.html (河南 新乡, 2023): a notice with no number of its
    # own cites its province's; the cited number is not the record's and keeps its prefix's body
    text = ("关于印发新乡市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n各县(市)、区人民政府,市人民政府各部门:\n"
            "《新乡市公共卫生体系建设三年行动计划(2023—2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
            "新乡市人民政府办公室\n2023年12月25日\n新乡市公共卫生体系建设三年行动计划(2023—2025年)\n"
            "为巩固拓展疫情防控工作成果,根据《河南省人民政府办公厅关于印发河南省公共卫生体系建设三年行动计划"
            "(2023—2025年)的通知》(豫政办〔2023〕32号)文件要求,结合新乡实际,制定本行动计划。\n")
    r = govie.extract(text, model=None)
    assert r.meta["docno"] is None and r.meta["doc_issuers"] == ["新乡市人民政府办公室"]
    assert [(e.text, e.attrs.get("issuer")) for e in r.entities if e.label == "DOCNO"] == \
        [("豫政办〔2023〕32号", "河南省人民政府办公厅")]


def test_protected_site_office_on_an_addressee_line_is_a_body():
    r = govie.extract(TONGSHAN, model=None)
    assert "富水湖湿地公园管理处" in [e.text for e in r.entities if e.label == "DEPT"]
    # http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html (安徽 太湖县, 2019)
    r = govie.extract("四、花亭湖风景名胜区管理处、太湖经济开发区管委会隶属县政府。", model=None)
    assert "花亭湖风景名胜区管理处" in [e.text for e in r.entities if e.label == "DEPT"]


def test_each_site_office_is_a_class():
    r = govie.extract("各风景名胜区管理处要加强巡查。", model=None)
    assert not [e for e in r.entities if e.label == "DEPT"]


def test_notice_breaking_down_an_adopted_report_has_no_report_period():
    assert govie.extract(TONGSHAN, model=None).meta["period"] is None
