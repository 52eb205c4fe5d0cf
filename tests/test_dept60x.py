"""DEPT of special divisions: 新区 districts, the Xinjiang Corps (兵团), prefecture offices (probe dept60x)."""

import govie
from govie.link import Linker
from govie.taggers.docno import local_issuer


def _depts(text):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]


def test_new_area_district_office_takes_its_city():
    # https://www.pudong.gov.cn/zwgk/006004003/2022/302/256692.html (浦府办〔2016〕25号)
    text = "浦东新区人民政府办公室关于转发区卫计委等三部门制定的浦东新区实施方案的通知\n浦府办〔2016〕25号\n"
    assert ("浦东新区人民政府办公室", "上海市浦东新区人民政府办公室") in _depts(text)


def test_new_area_district_bodies_by_short_form():
    # 天津滨海新区 2022 (a probe of round 24): 由新区卫生健康委…, 由新区民政局…, 滨海新区医保局
    text = ("天津市滨海新区人民政府办公室关于印发养老服务实施方案的通知\n各街道办事处，区政府各委局：\n"
            "（由新区卫生健康委、新区民政局负责，滨海新区医保局配合）")
    depts = _depts(text)
    assert ("新区卫生健康委", "天津市滨海新区卫生健康委员会") in depts
    assert ("新区民政局", "天津市滨海新区民政局") in depts
    assert ("滨海新区医保局", "天津市滨海新区医疗保障局") in depts


def test_bare_new_area_outside_a_new_area_district_is_null():
    # A zone's 新区 is no division: no district's body for it (never another district's).
    link = Linker().link("新区民政局", jurisdiction="130000")
    assert link.canonical is None


def test_city_before_municipal_works_bureau():
    # http://law505.infoeach.com/view-NTA1fDEzMDE2NA==.html (濮政办〔2011〕19号)
    text = ("濮阳市人民政府办公室关于印发濮阳市城市道路窨井设施管理暂行办法的通知\n"
            "市市政园林管理局制定的《濮阳市城市道路窨井设施管理暂行办法》已经市政府同意，现印发给你们。")
    assert ("市市政园林管理局", "濮阳市市政园林管理局") in _depts(text)


def test_corps_department_with_he_is_one_span():
    # 文化和旅游部 自然资源部 住房和城乡建设部 2023 notice: 新疆生产建设兵团文化体育广电和旅游局牵头做好…
    text = ("各省、自治区、直辖市文化和旅游厅（局），新疆生产建设兵团文化体育广电和旅游局：\n"
            "新疆生产建设兵团文化体育广电和旅游局牵头做好评估工作。")
    depts = _depts(text)
    assert ("新疆生产建设兵团文化体育广电和旅游局", "新疆生产建设兵团文化体育广电和旅游局") in depts
    assert not any(t == "旅游局" for t, _ in depts)


def test_corps_short_name_bodies_never_a_national_body():
    # 兵团发展改革委, 兵团财政局 (bodies of the Corps by its short name): never 国家发展和改革委员会.
    text = "兵团发展改革委、兵团财政局按照职责分工负责，兵团办公厅督促落实。推动兵团经济发展格局。"
    depts = _depts(text)
    assert ("兵团发展改革委", "新疆生产建设兵团发展和改革委员会") in depts
    assert ("兵团财政局", "新疆生产建设兵团财政局") in depts
    assert not any(c and c.startswith("国家") for _, c in depts)
    assert not any("格局" in t for t, _ in depts)


def test_corps_alone_in_a_division_of_the_corps():
    # https://www.gcs66.com/document_detail/48500.html (第一师阿拉尔市 十四五 plan)
    text = ("“十三五”期间,师市紧紧围绕新疆工作总目标,贯彻落实党中央对兵团的定位要求。"
            "有序承接兵团两批授予的3021项行政职能和行政执法权。")
    depts = _depts(text)
    assert depts.count(("兵团", "新疆生产建设兵团")) == 2


def test_corps_not_in_other_words():
    # 第一兵团 of the 1949 army, 集团: no Corps.
    text = "中国人民解放军第一兵团进驻新疆各地区，师市和团场随后建立。集团公司。"
    assert not any(t == "兵团" for t, _ in _depts(text))


def test_prefecture_office_from_its_number():
    # 鄂州政办发: a prefecture's government has an office (办公室), a sub-provincial city's a 办公厅.
    assert local_issuer("鄂州政办发") == "鄂州市人民政府办公室"
    assert local_issuer("穗府办规") == "广州市人民政府办公厅"
    assert local_issuer("鄂政办发") == "湖北省人民政府办公厅"


def test_corps_government_departments_have_no_people_s_government():
    # The Corps has no 人民政府: a provincial government department's type names the Corps' own body
    # (兵团国资委 is 新疆生产建设兵团国有资产监督管理委员会; review11 saw …兵团人民政府国有资产监督管理委员会).
    text = "兵团国资委、兵团办公厅联合印发通知，各师市、团场要抓好落实。"
    assert _depts(text) == [("兵团国资委", "新疆生产建设兵团国有资产监督管理委员会"),
                            ("兵团办公厅", "新疆生产建设兵团办公厅")]
