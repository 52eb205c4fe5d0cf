"""DOCNO spans, issuers and the record's own number in county and district documents: a portal's
label written with a space for its colon, and a county code that shares its first character with
a province's or a city's registered prefix (probe docno30).

Each case quotes a real text; its address is in the comment above it."""

from __future__ import annotations

import govie

from .mentions import docnos

# https://www.pudong.gov.cn/zwgk/qt-qzf/2022/286/31778.html (浦东新区人民政府工作规则, 2022)
PUDONG = ("浦东新区人民政府关于印发《浦东新区人民政府工作规则》的通知\n\n索引号 SY-310115-2022-00371\n"
          "文件编号 浦府〔2022〕1号\n发布机构 区政府\n公开类别 主动公开\n发布时间 2022-01-29\n\n"
          "浦东新区人民政府关于印发\n\n《浦东新区人民政府工作规则》的通知\n\n"
          "区政府各委、办、局,各管理局(管委会),各直属企业,各街办事处、镇政府\n")

# http://info.taian.gov.cn/qx/nyx/zfxxgk/zfwj/nzbf/201703/t20170313_673180.html (宁阳县, 山东, 2017)
NINGYANG = ("宁阳县人民政府办公室关于印发《宁阳县粮食应急预案》的通知\n\n   宁政办发〔2017〕8号\n\n"
            "各乡镇人民政府(街道办事处),宁阳经济开发区管委会,县政府有关部门,有关企事业单位,市以上驻宁有关单位:  \n\n"
            "  《宁阳县粮食应急预案》已经县政府同意,现印发给你们,请认真遵照执行。 \n\n"
            "  宁阳县人民政府办公室\n\n  2017年2月10日\n")


def test_portal_label_with_a_space_is_not_part_of_the_code():
    # 浦 is no listed prefix: the label 文件编号 ran into the code once the space was gone.
    assert docnos(PUDONG) == [("浦府〔2022〕1号", "上海市浦东新区人民政府")]


def test_portal_label_with_a_space_gives_the_record_its_number():
    meta = govie.extract(PUDONG).meta
    assert meta["docno"] == "浦府〔2022〕1号"


def test_county_code_sharing_a_province_prefix_is_the_county_office():
    # 宁 is 宁夏's and 南京's prefix; the text is 宁阳县's own and names its office twice.
    found = docnos(NINGYANG)
    assert len(found) == 1 and found[0][0] == "宁政办发〔2017〕8号"
    assert found[0][1] is not None and found[0][1].endswith("宁阳县人民政府办公室")


def test_shared_prefix_without_the_county_named_stays_null():
    # The same number with no text naming 宁阳县's body: no division is guessed (not 宁夏, not 南京).
    assert docnos("   宁政办发〔2017〕8号\n") == [("宁政办发〔2017〕8号", None)]
