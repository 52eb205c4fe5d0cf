"""Probe bul27 (bulletins and bulletin-like digests of several bodies): real sentences."""

import govie
from .mentions import depts


def _acts(text):
    return govie.extract(text, model=None).activities


def _depts(text):
    return depts(text, model=None)


def test_event_held_not_the_verb_in_its_name_chronicle():
    # yueyang.gov.cn 大事记 (2018年8月), item "18日"
    text = "8月\n18日 北京岳阳企业商会成立大会暨岳阳市招商推介会在北京举行。\n"
    acts = _acts(text)
    assert [a.trigger["text"] for a in acts] == ["举行"]
    assert acts[0].type == "event"


def test_event_held_not_the_verb_in_its_name_press_event():
    # kzwmsj.cbg.cn/show/6143-1753861.html (开州区, 2021-11-30)
    text = ("发布日期:2021-11-30 17:20\n11月24日,由区委宣传部(区政府新闻办)主办,区教委、区市场监管局、团区委承办,"
            "区融媒体中心和汉丰街道协办的“发言人来了——我为群众办实事”开州区“双减”工作面对面专场新闻发布活动"
            "在汉丰街道安康社区篮球场举行。")
    acts = _acts(text)
    assert [a.trigger["text"] for a in acts] == ["举行"]
    assert acts[0].type == "event" and acts[0].date == "2021-11-24"


def test_held_verb_itself_still_a_trigger():
    # yueyang.gov.cn 大事记: a meeting named and held by 召开 keeps 召开
    text = "8月\n1—2日 洞庭湖生态经济区(四市一区)政协主席联席会议第一次会议在岳阳市召开。\n"
    assert [a.trigger["text"] for a in _acts(text)] == ["召开"]


def test_reference_date_from_posting_time():
    # thnews.gov.cn/content/detail/623a9302878ead2064000029.html (太湖县, 2022-03-23)
    text = ("2022-03-23 11:18:04 编辑: 刘燕 审核人:叶玲玲 阅读次数:2236\n"
            "3月21日,县政府党组书记、县长吴海宏主持召开县政府党组理论学习中心组学习会议暨党组会议。")
    r = govie.extract(text, model=None)
    assert r.meta["reference_date"] == "2022-03-23"
    assert [e.attrs["value"] for e in r.entities if e.label == "DATE" and e.text == "3月21日"] == ["2022-03-21"]


def test_reference_date_iso_without_time_unchanged():
    text = "发布日期:2019-12-11\n12月6日,召开会议。"
    assert govie.extract(text, model=None).meta["reference_date"] == "2019-12-11"


def test_organs_working_committee_is_dept():
    # qingdaonews.com/content/2004-01/30/content_2611916.htm
    text = "当日,市直机关工委召开了各处室负责人会议,重点研究了下一阶段的工作。"
    assert ("市直机关工委", None) in _depts(text)
    # with its city named, the derived full name
    assert ("青岛市直机关工委", "中共青岛市直属机关工作委员会") in _depts("青岛市直机关工委召开了各处室负责人会议。")


def test_organs_working_committee_under_party_committee_one_span():
    # 淄博 digest (toudeng.cc, 2024-02): 按照市委市直机关工委有关工作安排
    text = "按照市委市直机关工委有关工作安排,2月18日至23日,淄博市退役军人事务局组织局机关全体干部职工开展集中学习教育活动。"
    names = [t for t, _ in _depts(text)]
    assert "市委市直机关工委" in names and "市委" not in names


def test_organs_of_a_level_as_a_class_not_dept():
    assert _depts("市直机关广大党员干部上班第一天,精神饱满。") == []


def test_chronicle_bare_days_under_month_line():
    # yueyang.gov.cn/yysqw/43332/43335/47847/58573/58577/content_1629673.html (大事记, 8月)
    text = ("8月\n来源:本室 日期:2019-11-27 11:17\n"
            "2—3日 省发改委主任胡伟林率调研组到岳阳市专题调研产业项目建设。\n"
            "23日 岳阳市召开2018年国务院大督查动员部署会。\n")
    r = govie.extract(text, model=None)
    dates = {e.text: e.attrs["value"] for e in r.entities if e.label == "DATE"}
    assert dates["2—3日"] == "2019-08-02/2019-08-03"  # the page's date is the reference (guide)
    assert dates["23日"] == "2019-08-23"
    by_trigger = {a.trigger["text"]: a for a in r.activities}
    assert by_trigger["调研"].date == "2019-08-02/2019-08-03"


def test_bare_day_without_month_line_left_alone():
    # toudeng.cc 淄博 digest: 其中21日阴有大雪 has no month line above it
    text = "淄博市本周以雨雪天气为主,气温骤降。\n21日阴有大雪转小雪并伴有7~8级阵风。"
    assert [e.text for e in govie.extract(text, model=None).entities if e.label == "DATE" and e.text == "21日"] == []
