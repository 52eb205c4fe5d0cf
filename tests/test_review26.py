"""Review of round 27's merges (review26): a central body listed after a plural head is that body."""
import pytest

import govie


def _depts(text):
    out = govie.extract(text, model=None)
    for e in out.entities:
        assert text[e.start:e.end] == e.text
    return {e.text: e.attrs.get("canonical") for e in out.entities if e.label == "DEPT"}


@pytest.mark.parametrize("text, name, canonical", [
    # dept75n's wider plural head (any words before 各) read central bodies as each area's.
    ("财政部会同各地财政部门、海关总署、税务总局研究制定了实施细则。", "海关总署", "海关总署"),
    ("财政部会同各地财政部门、海关总署、税务总局研究制定了实施细则。", "税务总局", "国家税务总局"),
    ("教育部召开各地教育行政部门、共青团中央有关负责同志参加的座谈会。", "共青团中央", "中国共产主义青年团中央委员会"),
    ("人力资源社会保障部与各省人社厅、财政部有关司局共同研究。", "财政部", "财政部"),
])
def test_central_body_after_plural_list(text, name, canonical):
    assert _depts(text).get(name) == canonical


@pytest.mark.parametrize("text, name", [
    # Local types after a plural head stay each area's (dept75n's own case and the old lists).
    ("通知要求各地妇联、科协带动广大妇女和科技工作者积极参与。", "科协"),
    ("市委组织部联合各区委组织部、宣传部开展培训。", "宣传部"),
    ("各区卫生健康局、财政局、人力资源社会保障局要加强协作。", "财政局"),
])
def test_local_type_after_plural_list_stays_class(text, name):
    assert name not in _depts(text)


def _dates(text, reference_date="2010-03-05"):
    out = govie.extract(text, model=None, reference_date=reference_date)
    for e in out.entities:
        assert text[e.start:e.end] == e.text
    return {e.text: e.attrs.get("value") for e in out.entities if e.label == "DATE"}


@pytest.mark.parametrize("text, span, value", [
    # date46n values 新世纪以来 up to the reference date; after "YYYY年是" it runs up to that year.
    ("2009年是新世纪以来我国经济发展最为困难的一年。", "新世纪以来", "2001/2009"),
    ("２００９年是新世纪以来全省财政收支矛盾最突出的一年。", "新世纪以来", "2001/2009"),
    ("2008年是改革开放以来我省遭受自然灾害最严重的一年。", "改革开放以来", "1978/2008"),
])
def test_era_up_to_written_year(text, span, value):
    assert _dates(text).get(span) == value


def test_era_without_written_year_runs_to_reference():
    assert _dates("进入新世纪以来，全市经济快速发展。").get("新世纪以来") == "2001/2010-03-05"
