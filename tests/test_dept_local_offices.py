"""Party-committee offices by their short names (市委外办, 市委台办, 市委人才办, 省委金融办), the
民族宗教局 short form, 会同 after a committee, and bodies of a street named like a province
(北京街): real sentences of city and county pages, linked to the body of their own division."""

from __future__ import annotations

import pytest

import govie


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text, jur):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text, jurisdiction=jur).entities
            if e.label == "DEPT"]


@pytest.mark.parametrize("text, jur, span, canonical", [
    # http://wsb.haikou.gov.cn/hkswsb/zwdt/202109/3609edcee2644e949451e9c3f050e4a7.shtml (2021)
    ("9 月1日下午,海口市政府党组成员刘立武到市委外办(市外办)调研我市外事工作情况", "海口市",
     "市委外办", "中共海口市委员会外事工作委员会办公室"),
    # http://zzfo.zhengzhou.gov.cn/wsdt/3568848.jhtml (2020)
    ("8月6日下午,市委外办召开郑州市外事干部座谈会", "郑州市",
     "市委外办", "中共郑州市委员会外事工作委员会办公室"),
    # https://gd.huaxia.com/c/2024/12/09/1985185.shtml (吉安市台办, 2024)
    ("11月27日,全市台办主任工作务虚会召开,市委台办主任王洲嫔主持并讲话", "吉安市",
     "市委台办", "中共吉安市委员会台湾工作办公室"),
    # http://anzhuopai.com/szb/pc/col/202501/21/content_265791.html (周口日报 2025, page in traditional
    # characters; the same page names the body 中共周口市委人才工作领导小组办公室)
    ("2025年1月15日,周口市委人才办印发通知,调整充实周口市驻上海人才工作站组成人员", "周口市",
     "周口市委人才办", "中共周口市委员会人才工作领导小组办公室"),
    # https://hkcd.com/hkcdweb/content/2024/06/05/content_8641221.html (2024, traditional characters)
    ("广东省副省长、省委金融委副主任、省委金融工委书记、省委金融办主任张新参加会议。", "广东省",
     "省委金融办", "中共广东省委员会金融委员会办公室"),
])
def test_a_party_committee_office_by_its_short_name(rules, text, jur, span, canonical):
    assert (span, canonical) in depts(rules, text, jur)


def test_the_short_form_of_the_ethnic_and_religious_affairs_bureau(rules):
    # 穗府办〔2010〕47号 (Guangzhou's rules for the bureau): 设立广州市民族宗教事务局（简称市民族宗教局）.
    text = "设立广州市民族宗教事务局（简称市民族宗教局），为市人民政府工作部门。"
    assert ("市民族宗教局", "广州市民族宗教事务局") in depts(rules, text, "广州市")


def test_a_committee_before_the_verb_huitong_is_the_committee_not_a_county(rules):
    # 会同 ("together with") after a body reads 会同县 (Hunan) across the verb. The probe's frame
    # "{X}会同{Y}制定具体实施办法" (no published sentence with 县委会同县 found), with 团县委 of the Longzhou page
    # (http://qnzz.youth.cn/place/xianji/201901/t20190102_11831482.htm: 受县教育局和团县委的双重领导).
    found = depts(rules, "团县委会同县教育局制定具体实施办法。", "龙州县")
    assert ("团县委", "共青团龙州县委员会") in found
    assert ("县教育局", "龙州县教育局") in found
    assert not any(c and c.startswith("会同县") for _, c in found)


def test_a_named_county_before_huitong_stays_the_county(rules):
    found = depts(rules, "怀化市会同县财政局负责。", "怀化市")
    assert any(c == "会同县财政局" for _, c in found)


def test_a_subdistrict_named_like_a_province_keeps_its_district(rules):
    # Yuexiu's 北京街道 (Guangzhou): 越秀区 + 北京街道办事处, not 越秀区 then the province 北京.
    text = "越秀区北京街道办事处负责。"
    assert ("越秀区北京街道办事处", "广州市越秀区人民政府北京街道办事处") in depts(rules, text, "广州市越秀区")


@pytest.mark.parametrize("text, jur, span", [
    # https://news.cpd.com.cn/n12021581/n12021598/325/t_1175395.html (2025): 花山街派出所.
    ("为解决传统矛盾纠纷难化解,花山街派出所主动融入街道社会治理体系", "武汉市", "花山街派出所"),
    # http://sqcb.zhoudaosh.com/lc/html/2021-01/06/content_1018260.html (Shanghai, 2021): a street's
    # justice office is found as its police station is.
    ("凉城新村司法所结合辖区司法行政工作实际情况,会同凉城新村派出所", "上海市虹口区", "凉城新村司法所"),
    # The same forms in Yuexiu's 北京街 (the probe's frame, no published sentence found): the street
    # is no body of 北京市.
    ("北京街司法所、北京街派出所按职责分工负责。", "广州市越秀区", "北京街派出所"),
    ("北京街司法所、北京街派出所按职责分工负责。", "广州市越秀区", "北京街司法所"),
])
def test_a_street_station_is_found_and_never_moves_the_division(rules, text, jur, span):
    found = dict(depts(rules, text, jur))
    assert span in found
    assert found[span] is None  # a police station or justice office of a street: no listed name
