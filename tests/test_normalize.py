from __future__ import annotations

import pytest

from govie.text.normalize import normalize

# (raw text, clean text expected, a clean substring whose original span is checked)
CASES = [
    ("2023年 5月 1 8日", "2023年5月18日", "5月18日"),
    ("受理 558件、颁发 5042件", "受理558件、颁发5042件", "558件"),
    ("（5月 4日—5月 12日）", "（5月4日—5月12日）", "5月4日—5月12日"),
    ("全角数字２０２４年３月", "全角数字2024年3月", "2024年3月"),
    ("ＡＰＰ实名认证", "APP实名认证", "APP"),
    ("第一行\r\n第二行", "第一行\n第二行", "第二行"),
    ("天府通办 APP实名", "天府通办APP实名", "通办APP"),
    ("Hello World 你好", "Hello World你好", "World"),
    ("零\u200b宽\ufeff字符", "零宽字符", "宽字"),
]


@pytest.mark.parametrize("raw,clean,probe", CASES, ids=[c[0][:12] for c in CASES])
def test_normalize_cases(raw, clean, probe):
    norm = normalize(raw)
    assert norm.text == clean
    i = norm.text.index(probe)
    s, e = norm.to_original(i, i + len(probe))
    # The original span holds the same characters, plus only removed noise.
    assert normalize(raw[s:e]).text == probe or raw[s:e].replace(" ", "") == probe


def _wrapped(lines):
    return "\n\n".join(lines)


def test_normalize_joins_wrapped_lines_and_drops_page_markers():
    body = [
        "1.赴德阳市、甘孜州、雅安市开展综合窗口改革、“一件事",
        "一次办”等专题调研，并派员到雅安市政务服务和大数据管理局",
        "蹲点调研、驻点指导。",
        "2.向省大数据中心发送《关于商请解决四川政务服务网、天",
        "府通办 APP实名认证有关工作的函》，协调解决相关事宜。",
        "3.梳理汇总 10个新增跨层级、跨部门“一件事一次办”的推",
        "进情况、受理工作手册和流程图。",
        "已进驻省政务服务大厅的省级部门（单位）共 45 个，其中",
        "—2—",
        "已授权无差别综合窗口 44 个，未授权无差别综合窗口 1 个：成",
        "都海关。",
    ]
    norm = normalize(_wrapped(body))
    assert "“一件事一次办”等专题调研" in norm.text
    assert "天府通办APP实名认证" in norm.text
    assert "其中已授权" in norm.text
    assert "—2—" not in norm.text
    assert "成都海关" in norm.text
    # Items stay on their own lines.
    assert "\n2.向省大数据中心" in norm.text
    i = norm.text.index("成都海关")
    s, e = norm.to_original(i, i + 4)
    assert _wrapped(body)[s:e] == "成\n\n都海关"


def test_normalize_offsets_on_dev_document(dev_text):
    norm = normalize(dev_text)
    assert len(norm.index) == len(norm.text)
    assert list(norm.index) == sorted(set(norm.index))
    from govie.text.normalize import _FOLD_CHARS  # full-width forms and traditional characters (祥昇 → 祥升)
    for i, ch in enumerate(norm.text):
        orig = dev_text[norm.index[i]]
        assert orig == ch or (ord(orig) - 0xFEE0 == ord(ch)) or orig == "\u3000" or _FOLD_CHARS.get(orig) == ch


@pytest.mark.parametrize("raw", ["", " ", "\n\n", "\r\n", "\u200b", "—2—"])
def test_normalize_blank_inputs(raw):
    norm = normalize(raw)
    assert norm.text.strip() == ""
    assert len(norm.index) == len(norm.text)


def test_no_wrapping_where_most_lines_are_short():
    # sc19-44 (annotations/dev): its attachments are tables of coordinates, one cell a line;
    # the title lines and the number below them are lines of their own, not a wrapped paragraph.
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "annotations" / "dev" / "sc19-44.jsonl"
    text = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["text"]
    clean = normalize(text).text
    assert clean.startswith("国务院关于授权香港特别行政区实施管辖的\n深圳湾口岸港方口岸区范围和\n土地使用期限的批复\n国函〔2006〕132号\n")


def test_docno_line_is_never_the_tail_of_a_wrapped_title():
    # dev pt-176849's head, hard-wrapped at the title's width as PDF text is: the title line is as
    # wide as the body lines, yet the number under it is the masthead's own line.
    body = ("《中国农业科学院关于报送农业资源与农业区划研究所国家食用菌育种创新基地建设项\n"
            "目初步设计的请示》（农科院基建〔2016〕211号）收悉。经研究，批复如下。\n"
            "原则同意该项目初步设计。主要建设内容包括改造试验车间3360平方米，土方工程\n"
            "2956立方米，购置安装净化系统、环控系统、智能中控系统、培养架和培养筐各1\n"
            "套、大型灭菌锅2台、叉车和冷藏车各1辆。\n")
    text = "农业部办公厅关于国家食用菌育种创新基地建设项目初步设计和概算的批复\n农办计〔2016〕92号\n" + body
    clean = normalize(text).text
    assert clean.startswith("农业部办公厅关于国家食用菌育种创新基地建设项目初步设计和概算的批复\n农办计〔2016〕92号\n")
    assert "建设项目初步设计的请示" in clean  # the body's wrapped lines are still joined
