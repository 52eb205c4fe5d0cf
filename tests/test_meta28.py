"""The record of policy texts reposted on law, 文库 and aggregator sites, round-16 probe (meta28):
the site's own time (crawl, upload, archive) is never the document's date, a law site's issuer line
beats a number prefix shared by another province, and a portal block laid out as a bar table
(real lines; addresses in each test)."""

from __future__ import annotations

import govie


def _meta(text: str) -> dict:
    return govie.extract(text, model=None).meta


def test_a_law_sites_crawl_time_is_no_reference_date():
    # http://law911.infoeach.com/view-OTExfDUyMTM1.html (宁夏 办法 with no date of its own, on 法律资料网)
    text = ("宁夏回族自治区社会办医和个体行医管理办法\n"
            "作者:法律资料网 时间:2024-07-04 06:19:03  浏览:8438   来源:法律资料网\n"
            "宁夏回族自治区社会办医和个体行医管理办法\n"
            "宁夏回族自治区政府\n"
            "第一章 总则\n"
            "第一条 为了加强对社会办医和个体行医的管理，保障人民的健康，根据国家有关规定，结合我区实际，制定本办法。\n")
    meta = _meta(text)
    assert meta["reference_date"] is None
    assert meta["division"]["code"] == "640000"


def test_a_reposting_sites_time_does_not_date_a_notice_of_2014():
    # https://0798ci.com/law/8240.html (鲁政发〔2014〕20号, put up 2016-01-17, no signature in the copy)
    text = ("鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》\n"
            "浏览量:          时间:2016-01-17 23:45:19\n"
            "山东省人民政府关于深化预算管理制度改革的实施意见\n"
            "鲁政发〔2014〕20号\n"
            "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n"
            "现代预算制度是现代财政制度的基础。\n")
    meta = _meta(text)
    assert meta["reference_date"] is None
    assert meta["docno"] == "鲁政发〔2014〕20号"


def test_an_archive_time_is_no_reference_date():
    # http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (a 2018 report, archived 2023-06-15)
    text = ("归档时间:2023-06-15\n"
            "南县住房和城乡建设局2018年度整体支出 绩效评价报告\n"
            "为检验预算编制的科学性、合理性、规范性，我局已经对2018年度预算绩效进行自我评价。具体情况报告如下：\n")
    assert _meta(text)["reference_date"] is None


def test_a_portals_labelled_posting_time_still_dates_an_unsigned_page():
    # the 发布时间 label is the portal's own (http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html
    # prints 发布日期:2023-03-21): a labelled time with seconds is not a crawl time
    text = ("东阳市促进残疾人就业工作动态\n"
            "发布时间:2023-03-21 10:15:30 浏览量: 来源:东阳市人民政府办公室\n"
            "全市新增残疾人就业800人以上，组织开展残疾人职业技能培训1300人次以上。\n")
    assert _meta(text)["reference_date"] == "2023-03-21"


def test_a_law_sites_issuer_line_beats_a_number_prefix_of_another_province():
    # http://law406.infoeach.com/view-NDA2fDQ1NzI0.html (吉府发〔2003〕37号 of 吉安, Jiangxi; 吉 is also Jilin's)
    text = ("吉安市市本级政务公开工作实施细则\n"
            "作者:法律资料网 时间:2024-07-06 00:54:58  浏览:9107   来源:法律资料网\n"
            "吉安市市本级政务公开工作实施细则\n"
            "江西省吉安市人民政府办公室\n"
            "关于印发吉安市市本级政务公开工作实施细则的通知\n"
            "( 吉府发〔2003〕37号 )\n"
            "市政府各部门，市直各单位：\n"
            "现将《吉安市市本级政务公开工作实施细则》印发给你们，请遵照执行。\n"
            "二OO三年十二月四日\n")
    meta = _meta(text)
    assert meta["doc_issuer"] in ("吉安市人民政府办公室", "江西省吉安市人民政府办公室")
    assert meta["division"]["code"] == "360800"
    assert meta["reference_date"] == "2003-12-04"


def test_a_portal_block_laid_out_as_a_bar_table():
    # http://www.lucheng.gov.cn/art/2020/10/22/art_1229443018_2039002.html (山福镇 2020; signature inline)
    text = ("索引号 | 001008003001086/2020-42401 | ||\n"
            "组配分类 | 部门文件 | 发布机构 | 山福镇 |\n"
            "生成日期 | 2020-10-22 | 公开方式 | 主动公开 |\n"
            "文号 | 鹿山政〔2020〕72号 |\n"
            "各科室,各站所,各村: 经研究,制定《山福镇突发公共事件总体应急预案(修订)》,现印发给你们。"
            " 附件:山福镇突发公共事件总体应急预案(修订) 温州市鹿城区山福镇人民政府 2020年10月22日 "
            "山福镇突发公共事件总体应急预案(修订) 1.总则\n")
    meta = _meta(text)
    assert meta["docno"] == "鹿山政〔2020〕72号"
    assert meta["doc_date"] == "2020-10-22"


def test_a_portal_field_typing_brackets_as_bars_keeps_the_texts_own_number():
    # http://156152.com/gfxwj/qjgfxwj/zcq/qfb/content/post_5892946.html (copy of 增城区 2020, traditional)
    text = ("基本信息\n"
            "  • 文  號: 增府辦規[2020]6號\n"
            "  • 實施日期: 2020年06月05日\n"
            "  • 發布機關: 廣州市增城區人民政府辦公室\n"
            "廣州市增城區人民政府辦公室關於印發增城區加快推進舊村全面改造工作的實施意見(試行)的通知\n"
            "增府辦規〔2020〕6號\n"
            "各鎮政府、街道辦事處，區政府各部門、各直屬機構：\n"
            "《增城區加快推進舊村全面改造工作的實施意見(試行)》已經區人民政府同意，現印發給你們，請認真貫徹執行。\n"
            "廣州市增城區人民政府辦公室\n"
            "2020年6月3日\n")
    meta = _meta(text)
    assert meta["docno"] in ("增府辦規〔2020〕6號", "增府办规〔2020〕6号")
    assert meta["doc_date"] == "2020-06-03"
