"""Round-24 probe dept59n: national documents (State Council reports) -- 军委, a SAR in a list
sharing one 政府, 新的一年."""

import govie


def _depts(text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, **kw).entities if e.label == "DEPT"]


def _dates(text, **kw):
    return [(e.text, e.attrs.get("value")) for e in govie.extract(text, **kw).entities if e.label == "DATE"]


def test_bare_junwei_is_the_central_military_commission():
    # State Council work report 2019 (shared-data government_work_reports.jsonl, year 2019)
    text = "坚持党对军队绝对领导的根本原则和制度，全面深入贯彻军委主席负责制。"
    assert ("军委", "中央军事委员会") in _depts(text, reference_date="2019-03-05")


def test_junwei_inside_other_words_is_no_body():
    # 军 closes another word (将军, 海军): no commission.
    assert _depts("将军委托律师办理") == []
    assert _depts("海军委员会") == []


def test_sar_in_a_list_sharing_one_government_keeps_its_own_name():
    # State Council work report 2019: each region's government, never a mainland 人民政府.
    text = "全力支持香港、澳门特别行政区政府和行政长官依法施政。"
    assert _depts(text, reference_date="2019-03-05") == [
        ("香港", "香港特别行政区政府"), ("澳门特别行政区政府", "澳门特别行政区政府")]


def test_mainland_places_sharing_one_government_still_compose_renmin_zhengfu():
    assert ("江西省", "江西省人民政府") in _depts("江西省、湖北省、湖南省人民政府要加强协调。")


def test_xin_de_yi_nian_is_the_year_planned():
    # State Council work report 2019: the year ahead of the review is the report's own year.
    text = "过去一年，国防和军队建设扎实推进。新的一年，要继续以党在新时代的强军目标为引领。"
    assert ("新的一年", "2019") in _dates(text, reference_date="2019-03-05")


def test_xin_de_yi_nian_at_a_years_end_is_the_next_year():
    assert ("新的一年", "2026") in _dates("新的一年，我们要深入贯彻落实各项部署。", reference_date="2025-12-20")
