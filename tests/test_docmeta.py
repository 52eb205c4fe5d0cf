"""Document summary: own title, number, issuer, signature date, addressees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govie.document.record import document_summary
from govie.taggers.docno import tag_docnos

DEV = Path(__file__).resolve().parents[1] / "annotations" / "dev" / "weekly-report-2023-17.jsonl"

# Policy documents laid out as issued (title, number, addressees, body, signature,
# date); titles, numbers and dates are those of the State Council policy titles.
OPINION = """国务院关于进一步优化外商投资环境
加大吸引外商投资力度的意见
国发〔2023〕11号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
外商投资是参与中国式现代化建设的重要力量。现提出如下意见。
一、提高利用外资质量。
国务院
2023年7月25日
（本文有删减）"""

NOTICE = """国务院办公厅关于印发《提升行政执法质量三年行动
计划（2023—2025年）》的通知
国办发〔2023〕27号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《提升行政执法质量三年行动计划（2023—2025年）》已经国务院同意，现印发给你们，请认真贯彻落实。
国务院办公厅
2023年8月9日
（此件公开发布）"""

PROVINCE = """四川省人民政府办公厅文件
川办发〔2023〕18号
四川省人民政府办公厅
关于印发《四川省政务服务工作规程（试行）》的通知
各市（州）人民政府，省政府各部门、各直属机构，有关单位：
《四川省政务服务工作规程（试行）》已经省政府同意，现印发给你们，请认真贯彻执行。
四川省人民政府办公厅
二〇二三年五月十八日
（此件公开发布）
四川省人民政府办公厅秘书处 2023年5月19日印发"""

JOINT = """国务院办公厅 中央军委办公厅关于印发《中国人民解放军军人配偶随军未就业期间社会保险暂行办法》的通知
国办发〔2019〕5号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构，各战区、各军兵种：
现将《办法》印发给你们，请认真贯彻执行。
国务院办公厅
中央军委办公厅
2019年1月2日"""

REPORT = """政府工作报
告
——2021年3月5日在第十三届全国人民代表大会第四次会议上
国务院总理
李克强
各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。"""

CASES = [
    ("opinion", OPINION, "title", "国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见"),
    ("opinion", OPINION, "docno", "国发〔2023〕11号"),
    # The number's issuer is the registry's name (the record stage links every issuer alike).
    ("opinion", OPINION, "doc_issuer", "中华人民共和国国务院"),
    ("opinion", OPINION, "doc_date", "2023-07-25"),
    ("opinion", OPINION, "addressees", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"),
    ("notice", NOTICE, "title", "国务院办公厅关于印发《提升行政执法质量三年行动计划（2023—2025年）》的通知"),
    ("notice", NOTICE, "docno", "国办发〔2023〕27号"),
    ("notice", NOTICE, "doc_issuer", "国务院办公厅"),
    ("notice", NOTICE, "doc_date", "2023-08-09"),
    ("province", PROVINCE, "title", "四川省人民政府办公厅关于印发《四川省政务服务工作规程（试行）》的通知"),
    ("province", PROVINCE, "docno", "川办发〔2023〕18号"),
    ("province", PROVINCE, "doc_issuer", "四川省人民政府办公厅"),
    ("province", PROVINCE, "doc_date", "2023-05-18"),
    ("province", PROVINCE, "addressees", "各市（州）人民政府，省政府各部门、各直属机构，有关单位"),
    ("joint", JOINT, "doc_issuer", ["国务院办公厅", "中央军委办公厅"]),
    ("joint", JOINT, "doc_date", "2019-01-02"),
    ("joint", JOINT, "addressees", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构，各战区、各军兵种"),
    ("report", REPORT, "title", "政府工作报告"),
    ("report", REPORT, "doc_date", "2021-03-05"),
    ("report", REPORT, "docno", None),
    ("report", REPORT, "addressees", "各位代表"),
]


@pytest.mark.parametrize("text,key,expected", [c[1:] for c in CASES], ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_summary_field(text, key, expected):
    assert document_summary(text, tag_docnos(text))[key] == expected


def test_summary_keys_without_mentions():
    out = document_summary(OPINION, [])
    assert set(out) == {"title", "docno", "doc_issuer", "doc_date", "effective", "expires", "addressees"}
    assert out["docno"] == "国发〔2023〕11号"


def test_dev_weekly_report():
    """A weekly report opens with its issue number, not a title; its date is in the masthead."""
    if not DEV.exists():
        pytest.skip("dev document not available")
    from govie.text.normalize import normalize

    doc = json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])
    out = document_summary(normalize(doc["text"]).text, [])
    assert out == {
        "title": None,
        "docno": None,
        "doc_issuer": "四川省政府政务服务和公共资源交易服务中心",
        "doc_date": doc["reference_date"],
        "effective": None,
        "expires": None,
        "addressees": None,
    }


def test_sentence_fragment_is_not_a_title():
    text = "第十二届全国人民代表大会第三次会议听取和审议了国务院总理李克强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作。"
    assert document_summary(text, [])["title"] is None


def test_a_work_report_reviews_the_year_before_it_is_delivered():
    import govie

    text = ("2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n"
            "各位代表：\n过去一年，全省地区生产总值比上年增长5.4%，全年粮食产量达到4000万吨。")
    meta = govie.extract(text).meta
    assert (meta["period"], meta["period_source"]) == ("2025", "report")
    dates = {e.text: e.attrs["value"] for e in govie.extract(text).entities if e.label == "DATE"}
    assert dates["上年"] == "2024" and dates["全年"] == "2025"
    # A bulletin's period stays an interval; a policy document has none.
    assert govie.extract("关于印发实施方案的通知\n各市人民政府：\n现将方案印发给你们。\n2025年3月1日").meta["period"] is None


@pytest.mark.parametrize(
    "opening",
    [
        # Titled without a place (Hainan 2026; Qinghai's dash is ―).
        "政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n各位代表：\n"
        "现在，我代表海南省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。",
        # No title at all: the speaker's formula (State Council 2016, excerpt; date given).
        "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。",
    ],
    ids=["untitled-place", "speaker-only"],
)
def test_a_work_report_is_known_by_its_opening(opening):
    import govie

    text = opening + "\n一、工作回顾\n过去一年，全年国内生产总值比上年增长6.9%。这五年，发展质效持续提升。"
    result = govie.extract(text, reference_date="2026-01-27", model=None)
    assert (result.meta["period"], result.meta["period_source"]) == ("2025", "report")
    body = text.index("一、工作回顾")
    dates = {e.text: e.attrs["value"] for e in result.entities if e.label == "DATE" and e.start > body}
    assert dates == {"过去一年": dates.get("过去一年"), "全年": "2025", "上年": "2024", "这五年": "2021/2025"}
