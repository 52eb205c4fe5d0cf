"""DEPT in county, district and township notices: Zhejiang's merged district bureaus, a district's
功能区 committee, bare types in a district's notice that never names its district (probe dept71c)."""

import govie


def _depts(text, rules_only=True):
    kw = {"model": None} if rules_only else {}
    return [(e.text, e.start, e.end, e.attrs.get("canonical"))
            for e in govie.extract(text, **kw).entities if e.label == "DEPT"]


# https://www.hzsc.gov.cn/art/2019/8/23/art_1229231327_1983682.html (杭州市上城区人民政府办公室, 2019)
_SHANGCHENG_HEAD = "杭州市上城区人民政府办公室\n"


def test_merged_development_and_economy_bureau():
    text = _SHANGCHENG_HEAD + "区发改经信局负责对建设工程的进度情况进行评估和确认;区统计局负责对各部门完成的经济类数据进行真实性审核;"
    depts = _depts(text)
    s = text.index("区发改经信局")
    assert ("区发改经信局", s, s + 6, "杭州市上城区发展改革和经济信息化局") in depts
    assert not any(d[0] == "经信局" for d in depts)


def test_merged_culture_and_sports_bureau_and_urban_construction_bureau():
    text = _SHANGCHENG_HEAD + ("1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局、区住房和城建局、区商务局、"
                               "区文化和广电旅游体育局、区统计局、区投促局、区电子机械功能区管委会、各街道办事处 | A类 |")
    depts = _depts(text)
    for name, canonical in (("区住房和城建局", "杭州市上城区住房和城市建设局"),
                            ("区文化和广电旅游体育局", "杭州市上城区文化和广电旅游体育局")):
        s = text.index(name)
        assert (name, s, s + len(name), canonical) in depts
    assert not any(d[0] == "体育局" for d in depts)
    # The district's 功能区 has its own committee; its full name is not given (null, never another body).
    s = text.index("区电子机械功能区管委会")
    assert ("区电子机械功能区管委会", s, s + 11, None) in depts


def test_bare_type_in_a_district_notice_is_not_the_central_body():
    # https://xxgk.shbsq.gov.cn/article.html?infoid=0a3b4bac-7579-4b86-905c-77c76d7a6422 (宝府办〔2008〕18号):
    # the text never names 宝山区; its 区政府 and 区委 show the bare 统计局 is the district's, not 国家统计局.
    text = ("宝府办〔2008〕18号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n"
            "根据区委五届五次全会、区六届人大三次会议精神,经2008年2月18日区政府第38次常务会议研究同意,现印发给你们。\n"
            "1、加强经济运行分析,确保完成主要指标。(牵头单位:发改委、统计局)")
    depts = _depts(text)
    s = text.index("统计局")
    assert ("统计局", s, s + 3, None) in depts
    # A central text keeps its central body.
    central = "国务院办公厅关于做好统计工作的通知\n统计局、发展改革委负责。"
    s = central.index("统计局")
    assert ("统计局", s, s + 3, "国家统计局") in _depts(central)
