"""DEPT in county-level documents (县, 区, 旗) on real lines of published county pages: the
document's own county read from a signature or a session's name, and a banner's bare level."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def test_a_district_notice_signed_by_its_office_is_the_districts():
    # https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (addressees and
    # signature): named once, at the signature, 蔡甸区 is the notice's own district, not 湖北省.
    text = ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n"
            "2023-01-05 10:00 区人民政府办公室\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
            "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n\n"
            "各街道办事处、乡人民政府,区人民政府各部门、各直属机构:\n\n"
            "蔡甸区人民政府办公室\n\n2023年1月3日\n\n一、2023年全区经济社会发展的主要预期目标\n")
    result = govie.extract(text)
    assert result.meta["division"]["name"] == "武汉市蔡甸区"
    assert ("区人民政府", "武汉市蔡甸区人民政府") in _depts(text)


def test_a_banner_report_names_its_banner_once():
    # http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html: the session's name
    # is the only place named besides 内蒙古; 人大 and 政协 are the banner's, not the region's.
    text = ("当前位置: 首页 > 政务公开 > 政府工作报告\n政 府 工 作 报 告(2022年)\n发布日期:2022-02-11 19:15\n"
            "政府工作报告\n——在东乌珠穆沁旗第十六届人民代表大会第一会议上\n"
            "现在，我代表旗人民政府向大会报告工作。坚决落实习近平总书记对内蒙古的重要讲话和重要指示批示精神，"
            "在旗委的坚强领导和人大、政协的监督支持下，凝心聚力、拼搏奋进。\n")
    depts = _depts(text)
    assert ("人大", "东乌珠穆沁旗人民代表大会") in depts
    assert ("政协", "中国人民政治协商会议东乌珠穆沁旗委员会") in depts
    assert not any(c and "内蒙古" in c for _, c in depts)


def test_a_banners_bare_level_names_its_bodies():
    # 正蓝旗 2022 government work report (benet-wh.com/gongzuozongjie/a/2565.html, a repost):
    # 旗委, 旗人大 and 旗人民政府 are the banner's as 县委 is a county's.
    text = ("2022年1月7日在正蓝旗第十六届人民代表大会第一次会议上\n"
            "2018年以来，在盟委、行署和旗委的坚强领导下，在旗人大、政协的监督支持下，"
            "旗人民政府坚持以习近平新时代中国特色社会主义思想为引领。\n")
    depts = _depts(text)
    assert ("旗委", "中共正蓝旗委员会") in depts
    assert ("旗人大", "正蓝旗人民代表大会") in depts
    assert ("旗人民政府", "正蓝旗人民政府") in depts


def test_a_district_notice_in_an_autonomous_region_speaks_of_its_district():
    # http://www.haibowan.gov.cn/information/hbwq49/msg22461246828.html (海政办发〔2021〕4号): 区政府
    # beside 我区 is 海勃湾区's, the one district named, though 乌海市 is named as often.
    text = ("海政办发〔2021〕4号\n各街道办事处、区政府各委、办、局,法院、检察院,各人民团体,各企事业单位、驻区条管单位:\n"
            "现将《乌海市海勃湾区违法建设和违法违规审批专项清查工作实施方案》印发给你们,请结合实际,认真贯彻执行\n"
            "按照乌海市住建局《关于印发〈乌海市违法建设和违法违规审批专项清查工作实施方案〉的通知》"
            "(乌建局证字〔2021〕29号)要求和我区工作实际,制定本方案。\n"
            "全面开展海勃湾区违法建设和违法违规审批专项清查工作。\n")
    assert ("区政府", "乌海市海勃湾区人民政府") in _depts(text)


def test_a_merged_bureaus_name_is_one_body():
    # A type after 和 is the tail of a merged bureau's name, not a bureau of its own:
    # http://zwgk.jiedong.gov.cn/OpenInfoView.action?theID=11949 (揭东委办发〔2019〕16号).
    text = "发布机构: 揭阳市揭东区人民政府办公室\n第二条 区工业信息化和科技局是区政府工作部门,为正科级,加挂区商务局牌子。"
    assert ("区工业信息化和科技局", "揭阳市揭东区工业信息化和科技局") in _depts(text)
    assert "科技局" not in [t for t, _ in _depts(text)]


def test_a_merged_bureau_in_a_responsibility_list():
    # https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml: 经信局 was
    # cut out of 区科技和经信局 and linked to 湖北省经济和信息化厅 (now the span is whole).
    text = "蔡甸区人民政府办公室\n(二)规上工业增加值增长12%以上\n\n责任单位:区科技和经信局\n"
    assert [t for t, _ in _depts(text)] == ["蔡甸区人民政府办公室", "区科技和经信局"]


def test_merged_bureaus_after_a_verb():
    # https://vip.honya.cn/pc/News_Show.aspx?id=564: 组建区经济发展和科技局 after a verb.
    text = "撤并区经济发展局、区计划和科技局,组建区经济发展和科技局、区发展和改革局"
    assert [t for t, _ in _depts(text)] == ["区经济发展局", "区计划和科技局", "区经济发展和科技局", "区发展和改革局"]


def test_a_banners_standing_abbreviation_is_its_place():
    # http://www.dwq.gov.cn/dwq/zwgk/zfgzbg/2022060619155630978/index.html: the speaker's line.
    text = "东乌旗人民政府代旗长 周玉龙\n(2022年1月5日)\n"
    assert ("东乌旗人民政府", "东乌珠穆沁旗人民政府") in _depts(text)


def test_a_portal_line_whose_index_number_runs_into_the_next_label():
    # http://www.xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202012/t20201222_742409.html: the clean text
    # drops the space after the index number, which swallowed the rest of the line as chrome.
    text = ("索 引 号: 000014349/2020-105482 发布日期: 2020-06-28 发布机构: 下陆区政府办公室\n"
            "区人民政府办公室 关于印发2020年区政府重点工作责任分解的通知\n")
    result = govie.extract(text)
    assert [(e.label, e.text) for e in result.entities][:2] == [("DATE", "2020-06-28"), ("DEPT", "下陆区政府办公室")]


def test_he_county_is_no_place_after_a_body():
    # 玉屏侗族自治县 2023 work report (repost at nextlevelartsconsulting.com/bxn/5784.html) and
    # 石渠县 2021 report (nec-driver.com/bxn/4015.html): 和 joins the city's or prefecture's bodies
    # to 县委; 和县 (a county of Anhui) read there made 中共和县委员会 of both.
    text = ("玉屏侗族自治县人民政府县长 田兴国\n在市委、市政府和县委的坚强领导下,在县人大、县政协的监督支持下,"
            "坚持以高质量发展统揽全局。\n")
    depts = _depts(text)
    assert ("县委", "中共玉屏侗族自治县委员会") in depts
    assert not any(c and c.startswith("中共和县") for _, c in depts)
    text = "在石渠县第十四届人民代表大会第一次会议上\n十三届县人民政府始终坚持以习近平新时代中国特色社会主义思想为指导,在州委州政府和县委的坚强领导下。\n"
    assert ("县委", "中共石渠县委员会") in _depts(text)


def test_he_county_after_its_own_place():
    # pt-208869 (readable): 和县 opening a line of a name list is the county (a guard).
    assert ("和县农业委员会", "和县农业委员会") in _depts("李德兵  含山县农业技术推广中心\n王维平  和县农业委员会\n")


def test_an_autonomous_countys_bare_level():
    # 玉屏侗族自治县 2023 work report (repost at nextlevelartsconsulting.com/bxn/5784.html).
    text = ("(2023年2月23日在自治县十届人大二次会议上)\n玉屏侗族自治县人民政府县长 田兴国\n"
            "现在,我代表自治县人民政府向大会报告工作,请予审议。\n")
    depts = _depts(text)
    assert ("自治县十届人大", "玉屏侗族自治县人民代表大会") in depts
    assert ("自治县人民政府", "玉屏侗族自治县人民政府") in depts


def test_an_autonomous_countys_bodies_joined_by_he():
    # 三江侗族自治县自治条例 (law.lawtime.cn/d720434725528.html), 第六条.
    text = ("第一条 根据《中华人民共和国宪法》和《中华人民共和国民族区域自治法》等有关法律法规的规定,"
            "结合三江侗族自治县(以下简称自治县)政治、经济、文化的特点,制定本条例。\n"
            "第六条 自治机关是自治县人民代表大会和自治县人民政府。\n")
    depts = _depts(text)
    assert ("自治县人民代表大会", "三江侗族自治县人民代表大会") in depts
    assert ("自治县人民政府", "三江侗族自治县人民政府") in depts
