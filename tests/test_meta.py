"""Document metadata read from the masthead, title or congress line of real documents."""

from __future__ import annotations

import pytest

import govie

from .corpus_utils import work_reports_2026


@pytest.mark.parametrize(
    "head,issuer,jurisdiction,reference",
    [
        ("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n各位代表：", "北京市人民政府", "北京市", "2026-01-25"),
        ("政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n省长 李炳军\n各位代表：", "贵州省人民政府", "贵州省", "2026-01-27"),
        ("政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强", "中华人民共和国国务院", "国家", "2025-03-05"),
        ("四川省政府政务服务和公共资源交易服务中心 2023年 5月 1 8日\n\n政务服务工作\n\n（5月 4日—5月 12日）", "四川省政府政务服务和公共资源交易服务中心", "四川省", "2023-05-18"),
    ],
    ids=["beijing", "guizhou", "state-council", "sichuan-centre"],
)
def test_meta_from_head(head, issuer, jurisdiction, reference):
    meta = govie.extract(head + "\n一、工作回顾\n过去一年，我们召开会议。", model=None).meta
    assert meta["issuer"] == issuer
    assert meta["jurisdiction"] == jurisdiction
    assert meta["reference_date"] == reference


def test_meta_of_every_work_report_names_its_government():
    for name, text in work_reports_2026():
        province = name.split("_")[1]
        meta = govie.extract(text[:3000], model=None).meta
        assert meta["jurisdiction"] == province, name
        assert meta["issuer"] == province + "人民政府", name


def test_city_bulletin_links_bare_shi_to_its_city():
    text = "成都市政务服务管理和网络理政办公室 2024年3月8日\n工作动态\n1.3月5日，市市场监管局召开会议。"
    result = govie.extract(text, model=None)
    depts = {e.text: e.canonical for e in result.entities if e.label == "DEPT"}
    assert depts["市市场监管局"] == "成都市市场监督管理局"
    assert result.meta["jurisdiction"] == "四川省"


def test_meta_sources_say_where_values_came_from(dev_result):
    assert dev_result.meta["period_source"] == "masthead"
    assert dev_result.meta["issuer_source"] == "masthead"
    assert dev_result.meta["jurisdiction_source"] == "issuer"


@pytest.mark.parametrize(
    "head,division",
    [
        # https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/szfwj_5734496/lpsfbf_5734500/202010/t20201015_64096918.html
        ("市人民政府办公室关于印发健康六盘水行动推进方案的通知\n\n各县、市、特区、区人民政府,六盘水高新区管委会、"
         "各经济开发区管委会,市人民政府各部门、各直属机构,中央、省属驻市行政企事业单位:\n\n经市人民政府同意,现将"
         "《健康六盘水行动推进方案》印发给你们,请认真贯彻执行。", "六盘水市"),
        # http://www.gfx.gov.cn/qzfb/ndgzfj/202108/953da6dab3f149e6a210b729ade32c7d.shtml (上饶市广丰区)
        ("区政府办公室关于印发2021年区政府工作报告重点工作责任分工的通知\n\n各乡镇(街道)人民政府(办事处),上饶高新区,"
         "区直各单位:", "江西省"),
    ],
    ids=["liupanshui", "guangfeng"],
)
def test_an_issuer_with_a_bare_level_names_no_municipality(head, division):
    # 市人民政府 and 区政府 are aliases of every municipality's and autonomous region's bodies:
    # the issuer 市人民政府办公室 made a Liupanshui notice Beijing's, 区政府办公室 Inner Mongolia's.
    meta = govie.extract(head, model=None).meta
    assert meta["division"]["name"] == division
