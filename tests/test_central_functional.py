"""A central functional name whose field holds 设 after 建 (国务院建设行政主管部门) is one body of that field,
read by the tagger and the linker through one pattern (taggers.dept.CENTRAL_FUNCTIONAL)."""
import govie
from govie.taggers.dept import CENTRAL_FUNCTIONAL

# 建设工程质量管理条例 (国务院令第279号, 2000-01-30; amended 2019-04-23), Art. 43.
ART_43 = "第四十三条　国家实行建设工程质量监督管理制度。国务院建设行政主管部门对全国的建设工程质量实施统一监督管理。"


def _depts(text, date):
    return [(m.text, m.attrs.get("canonical")) for m in govie.extract(text, model=None, reference_date=date).entities
            if m.label == "DEPT"]


def test_construction_field_is_one_central_body_of_its_day():
    # Before: DEPT 国务院 linked to the State Council itself, a wrong body for the ministry the article means.
    assert _depts(ART_43, "2000-01-30") == [("国务院建设行政主管部门", "建设部")]
    assert _depts(ART_43, "2019-04-23") == [("国务院建设行政主管部门", "住房和城乡建设部")]


def test_a_class_of_central_bodies_is_no_functional_name():
    assert CENTRAL_FUNCTIONAL.fullmatch("国务院有关部门") is None
    assert CENTRAL_FUNCTIONAL.fullmatch("国务院设立的机构") is None
    assert CENTRAL_FUNCTIONAL.fullmatch("国务院住房城乡建设主管部门")
