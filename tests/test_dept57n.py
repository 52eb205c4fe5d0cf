"""DEPT in national documents: the congress of 人大代表 beside 政协委员 (probe dept57n, round 23)."""
from __future__ import annotations

import govie


def _depts(text, ref):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, reference_date=ref).entities
            if e.label == "DEPT"]


def test_deputies_beside_cppcc_members_name_the_national_congress():
    # 2022 State Council work report (zh.wikisource, shared/data/state-council-work-reports):
    # the report's own body 国务院 makes it central; 人大 and 政协 there are the national ones.
    text = ("提请全国人大常委会审议法律议案10件，制定修订行政法规15部。认真办理人大代表建议和政协委员提案。"
            "出台法治政府建设实施纲要。发挥审计监督作用。继续开展国务院大督查，深入实施“互联网+督查”。")
    assert _depts(text, "2022-03-05") == [
        ("全国人大常委会", "全国人民代表大会常务委员会"), ("人大", "全国人民代表大会"),
        ("政协", "中国人民政治协商会议全国委员会"), ("国务院", "中华人民共和国国务院")]


def test_deputies_listed_with_members_and_federation_in_a_central_report():
    # 2015 State Council work report (same file), with its opening line: 同级人大 before 及其常委会 is a
    # class and 人民政协 the institution; 人大代表、政协委员 and 工商联 are the national bodies.
    text = ("现在，我代表国务院，向大会报告政府工作。各级政府要自觉接受同级人大及其常委会的监督，接受人民政协的民主监督，"
            "认真听取人大代表、政协委员、民主党派、工商联、无党派人士和各人民团体的意见。")
    assert _depts(text, "2015-03-05") == [
        ("国务院", "中华人民共和国国务院"), ("人大", "全国人民代表大会"),
        ("政协", "中国人民政治协商会议全国委员会"), ("工商联", "中华全国工商业联合会")]


def test_report_submitting_bills_and_handling_proposals():
    # 2017 State Council work report (same file), paragraph 107: the report names itself (国务院提请).
    text = ("国务院提请全国人大常委会审议法律议案13件，制定修订行政法规8件。完善公共决策吸纳民意机制，"
            "认真办理人大代表建议和政协委员提案。推进政务公开，省级政府部门权力和责任清单全面公布。")
    assert _depts(text, "2017-03-05") == [
        ("国务院", "中华人民共和国国务院"), ("全国人大常委会", "全国人民代表大会常务委员会"),
        ("人大", "全国人民代表大会"), ("政协", "中国人民政治协商会议全国委员会")]
