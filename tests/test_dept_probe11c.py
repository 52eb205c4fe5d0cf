"""DEPT in county-level documents, second-round probe (dept11c): real lines of published district
and county pages (addresses in each test)."""

from __future__ import annotations

import govie
from govie.document.head import _division_from_text
from govie.kb.divisions import load_divisions
from .mentions import depts as _depts


def test_a_congress_whose_term_opens_the_subtitles_second_line():
    # https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/byq/content/post_3089555.html (广州市白云区 2017 report):
    # the page breaks the subtitle between the district and its term. The same layout in the
    # 云和县 (Zhejiang) and 朝阳市双塔区 (Liaoning) reports.
    text = "政 府 工 作 报 告\n--2017年4月12日在广州市白云区\n第十六届人民代表大会第二次会议上\n区长 苏小澎\n"
    assert ("广州市白云区\n第十六届人民代表大会", "广州市白云区人民代表大会") in _depts(text)


def test_a_standing_committee_whose_term_opens_the_subtitles_second_line():
    # http://gz.kjzxfw.com/zhengcexinxi/index/detail/_cT2NNzwE_j_N.html (白云区发展和改革局's report to
    # the district's standing committee, 2025).
    text = "——2025年7月30日在广州市白云区\n第十七届人大常委会第三十三次会议上\n广州市白云区发展和改革局局长 甘显超\n"
    assert ("广州市白云区\n第十七届人大常委会", "广州市白云区人民代表大会常务委员会") in _depts(text)


def test_an_indented_second_line_is_no_column_gap():
    # https://www.by.gov.cn/zwgk/ghjh/zxgh/content/post_8144087.html (白云区 plan report, 2022): the
    # second line of the subtitle is indented; 太仓市's report is laid out the same way.
    text = "  ——2022年3月在广州市白云区第十七届\n  人民代表大会第二次会议上\n  广州市白云区发展和改革局局长  陆蓝天\n"
    assert ("广州市白云区第十七届\n  人民代表大会", "广州市白云区人民代表大会") in _depts(text)


def test_a_district_name_two_cities_share_is_the_named_citys():
    # https://www.gz.gov.cn/zwgk/zjgb/gqgzbg/byq/content/post_3089555.html: 白云区 is Guangzhou's and
    # Guiyang's; the report names 广州 in firms' names, and speaks as the district (区委, 区政府).
    text = ("政 府 工 作 报 告\n--2017年4月12日在广州市白云区\n第十六届人民代表大会第二次会议上\n区长 苏小澎\n"
            "各位代表:\n我代表白云区人民政府,向大会作工作报告,请予审议,并请区政协委员和列席人员提出意见。\n"
            "过去一年,在市委、市政府和区委的坚强领导下,在区人大和区政协的监督支持下,区政府抢抓机遇谋发展。\n"
            "园区平台建设步伐加快。成功引进了广州铁路投资建设集团、碧桂园项目等一批优质企业和项目。"
            "广州民营科技园新增规上工业企业11家。\n")
    assert _division_from_text(text, load_divisions()) == "440111"


def test_a_countys_own_bodies_stay_where_its_head_named_a_city():
    # http://medol.cn/keji/49602.html (a county's news): 县长李镇江 names 镇江 in a person's name, and
    # the head reads 镇江市; the text speaks only as a county, so 县人大常委会 is its own body, not a
    # class of every county's (left unlinked: the county is not named).
    text = ("12月11日,县长李镇江就《政府工作报告》在县人大常委会征求意见。县人大常委会主任熊检华,"
            "副主任吴志辉、张亚玲、刘海棠、李军良,县人大常委会办公室主任张水平,县政府办主任王树参加。\n")
    depts = _depts(text)
    assert ("县人大常委会", None) in depts
    assert ("县政府办", None) in depts
