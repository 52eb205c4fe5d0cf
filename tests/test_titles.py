"""TITLE: parse_title on real titles, tag_titles on real text."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from .timing import best_time

from govie.taggers.titles import parse_title, tag_titles

DATA = Path(__file__).parent / "data"
DEV = Path(__file__).resolve().parents[1] / "annotations" / "dev" / "weekly-report-2023-17.jsonl"


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows[1:]  # header


def _flat(value) -> str:
    if value is None:
        return "-"
    return "|".join(value) if isinstance(value, list) else value


SAMPLE = _rows("title_cases.sample.tsv")
ATTRS = _rows("title_cases.attrs.tsv")


@pytest.mark.parametrize("title,doc_type,issuer", SAMPLE, ids=[f"sample{i:03d}" for i in range(len(SAMPLE))])
def test_policy_title_sample(title, doc_type, issuer):
    info = parse_title(title)
    assert (_flat(info["doc_type"]), _flat(info["issuer"])) == (doc_type, issuer)


@pytest.mark.parametrize("title,attr,expected", ATTRS, ids=[f"{r[1]}{i:03d}" for i, r in enumerate(ATTRS)])
def test_title_attribute(title, attr, expected):
    assert _flat(parse_title(title)[attr]) == expected


def test_sample_is_a_hundred_titles():
    assert len(SAMPLE) == 100
    assert len(ATTRS) >= 100


def test_parse_title_keys_and_space_tolerance():
    info = parse_title("《四川省食品安全条例（草\n案二次审议稿）》")
    assert set(info) >= {"doc_type", "status", "issuer", "subject", "inner"}
    assert (info["doc_type"], info["status"]) == ("条例", "草案")


# --- tagging ----------------------------------------------------------------

def _with_own_title(text):
    """The context the pipeline gives the tagger: where the document's own title lies."""
    from govie.document.record import own_title_span
    from govie.types import Context

    return Context(own_title=own_title_span(text))


def _spans(text):
    return [(text[m.start : m.end], m.attrs["doc_type"]) for m in tag_titles(text, _with_own_title(text))]


TAG_CASES = [
    # Dev document sentences (clean text).
    ("send-letter", "2.向省大数据中心发送《关于商请解决四川政务服务网、天府通办APP实名认证有关工作的函》，协调解决相关事宜。",
     [("关于商请解决四川政务服务网、天府通办APP实名认证有关工作的函", "函")]),
    ("two-titles", "6.完成省级“省内通办”《事项目录》及《受理工作手册》梳理。",
     [("事项目录", "目录"), ("受理工作手册", "手册")]),
    ("three-titles", "深入学习《四川省无差别综合窗口前、中、后台协同联动机制(试行)》、《四川省政务服务“省内通办”工作规程(试行)》、《四川省政务服务工作规程(试行)》等文件",
     [("四川省无差别综合窗口前、中、后台协同联动机制(试行)", "机制"),
      ("四川省政务服务“省内通办”工作规程(试行)", "规程"), ("四川省政务服务工作规程(试行)", "规程")]),
    ("pdf-break", "各参会代表围绕《四川省食品安全条例（草\n\n案二次审议稿）》食品生产经营行政审批有关条款",
     [("四川省食品安全条例（草\n\n案二次审议稿）", "条例")]),
    ("spaces", "宣讲《中华人民共和 国枪支管理法》等法律法规", [("中华人民共和 国枪支管理法", "法")]),
    # Work reports: a TV series is a TITLE without doc_type; adjacent titles stay apart.
    ("series", "闽宁镇荣获“全国脱贫攻坚楷模”称号。《山海情》热播，中国脱贫攻坚故事受到海内外广泛赞誉。", [("山海情", None)]),
    ("adjacent", "以《中共中央、国务院关于支持海南全面深化改革开放的指导意见》《海南自由贸易港建设总体方案》《中华人民共和国海南自由贸易港法》为制度基石",
     [("中共中央、国务院关于支持海南全面深化改革开放的指导意见", "意见"),
      ("海南自由贸易港建设总体方案", "方案"), ("中华人民共和国海南自由贸易港法", "法")]),
    ("status-in-title", "《纲要（草案）》提出了“十五五”时期上海经济社会发展的主要目标", [("纲要（草案）", "纲要")]),
    ("law-and-rules", "全面施行《民营经济促进法》及我省《实施办法》，更高标准优化营商环境", [("民营经济促进法", "法"), ("实施办法", "办法")]),
    # Nested brackets stay inside the outer title.
    ("nested", "现将《国务院办公厅关于印发《提升行政执法质量三年行动计划（2023—2025年）》的通知》转发给你们。",
     [("国务院办公厅关于印发《提升行政执法质量三年行动计划（2023—2025年）》的通知", "通知")]),
    # A lone 《 does not run away: it stops at the sentence end.
    ("unbalanced", "学习《关于加强政务服务工作的意见，并开展讨论。随后传达《四川省政务服务工作规程(试行)》。",
     [("四川省政务服务工作规程(试行)", "规程")]),
    ("unbalanced-outer", "研究《关于《四川省政务服务工作规程(试行)》修订工作，", [("四川省政务服务工作规程(试行)", "规程")]),
    ("empty", "《》不是标题。", []),
    # Unbracketed official forms.
    ("relay", "为贯彻落实国务院关于印发《河套深港科技创新合作区深圳园区发展规划》的通知精神，",
     [("国务院关于印发《河套深港科技创新合作区深圳园区发展规划》的通知", "通知")]),
    ("relay-no-issuer", "按照关于印发盐业体制改革方案的通知要求，", [("关于印发盐业体制改革方案的通知", "通知")]),
    ("numbered", "认真落实国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见（国发〔2023〕11号）要求。",
     [("国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见", "意见")]),
    ("numbered-province", "按照四川省人民政府关于进一步优化营商环境的意见（川府发〔2023〕18号）要求，",
     [("四川省人民政府关于进一步优化营商环境的意见", "意见")]),
    ("forward-numbered", "根据国务院办公厅转发国家发展改革委关于恢复和扩大消费措施的通知（国办函〔2023〕70号），",
     [("国务院办公厅转发国家发展改革委关于恢复和扩大消费措施的通知", "通知")]),
    ("numbered-department", "根据四川省发展和改革委员会关于做好迎峰度夏工作的通知（川发改〔2023〕12号），",
     [("四川省发展和改革委员会关于做好迎峰度夏工作的通知", "通知")]),
    # 关于…的意见 without its number is not a complete title reference.
    ("no-number", "省政府出台关于进一步优化营商环境的意见，", []),
    ("common-noun", "加快国家水网建设规划实施，", []),
    ("bracketed-wins", "根据《国务院关于加快发展的意见》（国发〔2019〕5号），", [("国务院关于加快发展的意见", "意见")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in TAG_CASES], ids=[c[0] for c in TAG_CASES])
def test_tag_titles(text, expected):
    assert _spans(text) == expected


def test_own_title_line_is_not_a_reference():
    text = "国务院关于印发盐业体制改革方案的通知\n国发〔2016〕25号\n各省、自治区、直辖市人民政府：\n现将《盐业体制改革方案》印发给你们。"
    assert _spans(text) == [("盐业体制改革方案", "方案")]


def test_titles_inside_own_title_are_marked_only_in_brackets():
    # Guide v2 and the dev gold (pt-160725, pt-221933, sc19-16, sc19-60): the own title line is
    # no TITLE, a title cited in 《》 inside it is; an unbracketed one inside it is not.
    text = ("四川省人民政府办公厅\n关于印发《四川省政务服务工作规程（试行）》的通知\n川办发〔2023〕18号\n"
            "各市（州）人民政府，省政府各部门：\n《四川省政务服务工作规程（试行）》已经省政府同意，现印发给你们。")
    spans = [(m.start, text[m.start : m.end]) for m in tag_titles(text, _with_own_title(text))]
    assert spans == [(text.index("《") + 1, "四川省政务服务工作规程（试行）"),
                     (text.rindex("《") + 1, "四川省政务服务工作规程（试行）")]
    # sc19-60 (annotations/dev): the cited title wraps inside the own title.
    text = ("国务院办公厅关于印发《政府网站集约化\n试点工作方案》的通知\n国办函〔2018〕71号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n")
    spans = [(m.start, text[m.start : m.end]) for m in tag_titles(text, _with_own_title(text))]
    assert spans == [(11, "政府网站集约化\n试点工作方案")]


def test_issuer_linked_through_registry():
    from govie.kb.registry import default_registry
    from govie.types import Context

    from govie.link import Linker, link_mentions

    ctx = Context(jurisdiction="四川省", registry=default_registry())
    text = "根据《省政府关于加快推进政务服务标准化的意见》，"
    (m,) = tag_titles(text, ctx)
    assert "issuer_canonical" not in m.attrs  # the tagger finds; the link stage links
    link_mentions(Linker(), text, [m], ctx)
    assert (m.attrs["issuer"], m.attrs["issuer_canonical"]) == ("省政府", "四川省人民政府")


def test_mention_fields():
    (m,) = tag_titles("发送《关于商请解决有关工作的函》。", None)
    assert (m.label, m.priority, m.start, m.end) == ("TITLE", 30, 3, 15)
    assert m.attrs["doc_type"] == "函" and m.attrs["subject"] == "商请解决有关工作"


def test_dev_document_titles():
    """All gold TITLEs of the dev report, with doc_type, mapped back to original offsets."""
    if not DEV.exists():
        pytest.skip("dev document not available")
    from govie.text.normalize import normalize

    doc = json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])
    norm = normalize(doc["text"])
    pred = {norm.to_original(m.start, m.end): m.attrs["doc_type"] for m in tag_titles(norm.text, None)}
    gold = {(e["start"], e["end"]): e.get("doc_type") for e in doc["entities"] if e["label"] == "TITLE"}
    assert pred == gold


def test_linear_time():
    """Ten times the text takes about ten times as long, also on adversarial input."""
    unit = "向省中心发送《关于商请解决有关工作的函》，国务院关于加快X的意见（国发〔2019〕5号）。《《《关于印发" + "啊" * 30

    def run(n):
        return best_time(tag_titles, unit * n, None)

    small, big = run(500), run(5000)
    assert big < 30 * small + 0.2


# --- properties ---------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["《", "》", "关于", "印发", "的通知", "的意见", "（国发〔2019〕5号）", "。", "\n", "，", "国务院",
     "省政府", "条例", "（试行）", "啊", "X", " ", "、", "转发", "川府发〔2023〕18号"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_titles_never_overlap_and_stay_balanced(text):
    ms = tag_titles(text, None)
    last = -1
    for m in ms:
        assert 0 <= m.start < m.end <= len(text) and m.start >= last
        last = m.end
        span = text[m.start : m.end]
        assert span.count("《") == span.count("》")
        assert span == span.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parse_title_total(title):
    info = parse_title(title)
    assert info["doc_type_source"] in (None, "suffix", "fallback")
    assert (info["doc_type"] is None) == (info["doc_type_source"] is None)


def test_attachment_lists_name_titles():
    """附件： lists (dev gz-13, pt-208869): each name is a TITLE without its number or file
    extension; the list ends at the signature, also where normalization joins the lines."""
    import govie

    tianhe = ("汇总报天河区委统战部审核。\n附件： 1.天河区人才公寓申请表（个人）.docx\n2.诚信承诺书（高层次人才、企业人才）.docx\n"
              "7.天河区人才公寓申请人才情况汇总表.xls\n广州市天河区住房建设和园林局\n2025年8月11日")
    titles = [(e.text, e.attrs["doc_type"]) for e in govie.extract(tianhe, model=None).entities if e.label == "TITLE"]
    assert titles == [("天河区人才公寓申请表（个人）", "表"), ("诚信承诺书（高层次人才、企业人才）", "承诺书"),
                      ("天河区人才公寓申请人才情况汇总表", "表")]
    anhui = ("促进全省粮食生产稳定发展和农民持续增收，为打造“三个强省”、建设美好安徽作出新的贡献。\n"
             "附件：2014年全省粮食生产先进单位和先进个人名单\n安徽省人民政府\n2015年1月16日\n")
    titles = [e.text for e in govie.extract(anhui, model=None).entities if e.label == "TITLE"]
    assert titles == ["2014年全省粮食生产先进单位和先进个人名单"]


def test_forwarded_report_cited_without_brackets():
    # sc19-40 (annotations/dev, gold TITLE 关于召开棉花、糖料生产座谈会的情况报告, doc_type 报告).
    text = ("为了促进棉、糖生产发展，一九八〇年九月一日国务院批转国家农委关于召开棉花、糖料生产座谈会的情况报告，"
            "决定在适宜发展棉花、糖料的地区实行棉粮、糖粮挂钩。")
    assert _spans(text) == [("关于召开棉花、糖料生产座谈会的情况报告", "报告")]


def test_attachment_list_numbered_without_a_colon():
    """sc19-44 (annotations/dev): "附件1.X" then "2.Y": both names are TITLEs; the attachment's
    own heading "附件1." over its wrapped name is not a list."""
    text = ("权或者在租赁期满后续期。\n附件1.深圳湾口岸港方口岸区的查验区界址点坐标\n2.深圳湾公路大桥部分桥面界址点坐标\n"
            "国务院\n二〇〇六年十二月三十日\n附件1.\n深圳湾口岸港方口岸区的\n查验区界址点坐标\n坐标\n编号\n")
    assert [text[m.start : m.end] for m in tag_titles(text)] == [
        "深圳湾口岸港方口岸区的查验区界址点坐标", "深圳湾公路大桥部分桥面界址点坐标"]


def test_the_own_title_repeated_in_a_footer_is_no_title():
    """dev pt-165349 (粤办函〔2017〕176号): the portal's 全真版： footer repeats the own title; guide v2:
    the own title is no TITLE, the bodies in it are marked. Cited in 《》 it stays a TITLE."""
    import govie

    text = ("粤办函〔2017〕176号\n广东省人民政府办公厅关于印发广东省\n推进涉烟打假打私工作方案的通知\n"
            "各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：\n"
            "《广东省推进涉烟打假打私工作方案》已经省人民政府同意，现印发给你们，请认真抓好组织实施。\n"
            "全真版：广东省人民政府办公厅关于印发广东省推进涉烟打假打私工作方案的通知")
    result = govie.extract(text, model=None)
    assert [e.text for e in result.entities if e.label == "TITLE"] == ["广东省推进涉烟打假打私工作方案"]
    footer = text.rindex("广东省人民政府办公厅")
    assert any(e.label == "DEPT" and e.start == footer for e in result.entities)
