"""National addressee lines: the Xinjiang Corps' functional name as a body of its own (probe dept69n)."""

import govie


def _depts(text, date=None):
    doc = govie.extract(text, reference_date=date) if date else govie.extract(text)
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in doc.entities if e.label == "DEPT"]


# qikanchina.com (国家林业和草原局 2019 opinion on 林草产业): the addressee line
_FORESTRY = ("各省、自治区、直辖市林业和草原主管部门,内蒙古、大兴安岭森工(林业)集团公司,新疆生产建设兵团林业和草原主管部门,"
             "国家林业和草原局各司局、各派出机构、各直属单位:森林和草原是重要的可再生资源。")


def test_corps_functional_name_is_one_body():
    depts = _depts(_FORESTRY)
    name = "新疆生产建设兵团林业和草原主管部门"
    s = _FORESTRY.index(name)
    assert (name, s, s + len(name), "新疆生产建设兵团林业和草原局") in depts
    assert not any(t == "新疆生产建设兵团" for t, *_ in depts)
    assert ("国家林业和草原局", _FORESTRY.index("国家林业和草原局"), _FORESTRY.index("国家林业和草原局") + 8,
            "国家林业和草原局") in depts
    # 林规发〔2022〕100号 shape: the Corps as one more place of the provinces' list, its body a class
    listed = "各省、自治区、直辖市及新疆生产建设兵团林业和草原主管部门：\n现将有关事项通知如下。"
    assert not any("兵团" in t for t, *_ in _depts(listed))


def test_corps_functional_name_of_an_uncertain_kind_has_no_canonical():
    # 163.com/dy/article/KEO8S91305568W0A.html (中国社会报, 兵团繁荣发展中的民政力量). The Corps' bureaus take a
    # city's form (兵团民政局), a province's elsewhere (兵团发展改革委): a field whose province and city bodies
    # differ (民政厅 / 民政局) names no body for sure, so the span stays unlinked.
    text = "兵团民政部门始终与兵团职责使命聚焦对标、与各项重要任务同频共振,下大力气开展普惠性、基础性、兜底性民生建设。"
    assert ("兵团民政部门", 0, 6, None) in _depts(text)
