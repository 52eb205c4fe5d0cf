"""Probe dept72x: local bodies whose names join two fields (合并设置的机构: 区建设和交通局,
建设和水务局, 农业农村和水利局, 商务和投资促进局, 文化广电和旅游体育局). The joined name after a
division or a bare level is one DEPT span; its canonical is the division's name + the name as written,
never the last field's body (建设和水务局 is no 水务局)."""
import govie

from .mentions import depts


def _depts(text):
    return depts(text, model=None)


def _spans(text):
    r = govie.extract(text, model=None)
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


# A 2017 table of Chengdu's transport units (GitHub SQL dump t_user_unit, probe dept72x text cd).
CHENGDU_UNITS = "龙泉驿区交通运输局、锦江区建设和交通局、崇州市交通运输局、金牛区建设和交通局"


def test_districts_construction_and_transport_bureaus_are_whole_bodies():
    got = _spans(CHENGDU_UNITS)
    assert ("锦江区建设和交通局", 10, 19, "成都市锦江区建设和交通局") in got
    assert ("金牛区建设和交通局", 29, 38, "成都市金牛区建设和交通局") in got
    assert all(t != "交通局" for t, *_ in got)  # not the districts' 交通运输局
    for t, s, e, _ in got:
        assert CHENGDU_UNITS[s:e] == t


def test_a_joined_name_is_not_cut_to_its_last_field():
    # Guangzhou's districts (probe gz61 notes): 越秀区建设和水务局, 海珠区建设和交通局.
    assert _depts("广州市越秀区建设和水务局负责。") == [("广州市越秀区建设和水务局", "广州市越秀区建设和水务局")]
    assert _depts("海珠区建设和交通局牵头。") == [("海珠区建设和交通局", "广州市海珠区建设和交通局")]


def test_a_joined_committee_of_a_district():
    # 浦东新区建设和交通委员会 (Shanghai), not the district's 交通委员会.
    assert _depts("浦东新区建设和交通委员会负责。") == [("浦东新区建设和交通委员会", "上海市浦东新区建设和交通委员会")]


def test_joined_fields_of_two_words_each_after_a_bare_level():
    # 县文化广电和旅游体育局: 文化广电 + 旅游体育, one body of the document's county (no county named: null).
    assert _depts("县文化广电和旅游体育局牵头。") == [("县文化广电和旅游体育局", None)]


def test_two_bodies_joined_by_he_stay_two():
    # Guard: a list of two whole bodies is no joined name.
    assert [t for t, _ in _depts("市教育局和财政局负责。")] == ["市教育局", "财政局"]


# https://www.gsxf.gov.cn/xxgk/fdzdgknr/zdlyxxgk/whly/content_95254 (庆阳市西峰区, 2024-01-31): the headline names
# the merged bureau in full, the story closes with its short form.
XIFENG_2024 = ("西峰区文体广电和旅游局积极参加2024年西峰区文化科技卫生“三下乡”暨“我们的中国梦——文化进万家”活动\n"
               "1月29日在彭原镇五郎铺村继续举办了第二场活动，区文旅局全程积极参与。")


def test_a_short_form_is_the_merged_body_the_document_names():
    got = dict(_depts(XIFENG_2024))
    assert got["西峰区文体广电和旅游局"] == "庆阳市西峰区文体广电和旅游局"
    assert got["区文旅局"] == "庆阳市西峰区文体广电和旅游局"  # not …区文化和旅游局, which the district has not


def test_a_body_written_in_full_keeps_its_own_name():
    # Guard: a full name beside the joined one is its own body.
    got = dict(_depts("西峰区文体广电和旅游局举办活动。区文化和旅游局参加。"))
    assert got["区文化和旅游局"] == "庆阳市西峰区文化和旅游局"


def test_a_government_and_a_bureau_stay_two():
    # Guard: 人民政府 is no field (人民政府信访局 is the government's office).
    assert [t for t, _ in _depts("县人民政府和公安局负责。")] != ["县人民政府和公安局"]
