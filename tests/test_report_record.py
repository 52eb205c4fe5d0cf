"""A work report is no policy document: it has no policy record (guide v2, "Document metadata")."""
import govie

# corpora/work-reports-2026/2026_河北省_政府工作报告.csv (full_text, its opening)
HEBEI_2026 = ("2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n来源：河北日报\n"
              "时间：2026-02-02\n河北省人民政府省长 王正谱\n各位代表：\n"
              "现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。\n"
              "一、“十四五”时期经济社会发展回顾\n过去五年，是极不寻常、极不平凡的五年。")


def test_a_work_report_has_a_reference_date_but_no_policy_record():
    meta = govie.extract(HEBEI_2026, model=None).meta
    assert meta["reference_date"] == "2026-01-26"
    assert meta["issuer"] == "河北省人民政府"
    assert [meta[k] for k in ("title", "docno", "doc_date", "addressees", "effective", "expires")] == [None] * 6
    assert not meta["doc_issuers"]

