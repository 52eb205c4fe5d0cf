from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import govie
from govie.types import Activity, Entity, Extraction
from govie.render import COLORS, render_html

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="headless Chromium not installed (Debian: apt-get install chromium)"
)


class _Marks(HTMLParser):
    """Collect every entity <mark> with its attributes and text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self._depth = 0
        self._text: list[str] = []
        self._in_label = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "mark" and "entity" in (a.get("class") or ""):
            self.marks.append({k: v or "" for k, v in a.items()})
            self._depth = 1
            self._text = []
        elif self._depth and tag == "span":
            self._in_label += 1

    def handle_endtag(self, tag):
        if tag == "span" and self._in_label:
            self._in_label -= 1
        elif tag == "mark" and self._depth:
            self.marks[-1]["text"] = "".join(self._text)
            self._depth = 0

    def handle_data(self, data):
        if self._depth and not self._in_label:
            self._text.append(data)


def marks_of(html: str) -> list[dict[str, str]]:
    parser = _Marks()
    parser.feed(html)
    return parser.marks


def test_render_marks_carry_label_colour_and_hover_values():
    html = render_html(
        "2023年5月4日，省药监局召开会议，研究《四川省药品管理条例》。",
        model=None,
        jurisdiction="四川省",
        reference_date="2023-05-18",
    )
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
    marks = {m["data-label"]: m for m in marks_of(html)}
    assert marks["DEPT"]["title"] == "四川省药品监督管理局"
    assert marks["DEPT"]["text"] == "省药监局"
    assert COLORS["DEPT"] in marks["DEPT"]["style"]
    assert marks["DATE"]["title"] == "2023-05-04"
    assert marks["TITLE"]["text"] == "四川省药品管理条例"
    assert 'class="govie-activities"' in html and "meeting" in html
    trigger = re.search(r'<mark class="govie-trigger"[^>]*title="([^"]*)"[^>]*>召开', html)
    assert trigger and trigger.group(1).startswith("meeting · 2023-05-04 · 四川省药品监督管理局")
    plain = render_html("2023年5月4日，省药监局召开会议。", model=None, jurisdiction="四川省", triggers=False)
    assert 'class="govie-trigger"' not in plain and "<td>meeting</td>" in plain


def test_render_escapes_text_and_attributes():
    text = '<script>x</script>省药监局 & "q"'
    start = text.index("省药监局")
    result = Extraction(
        text,
        [Entity("DEPT", start, start + 4, "省药监局", "test", {"canonical": '甲"乙<丙>'})],
        [Activity({"start": 0, "end": 1, "text": "<"}, "other", None, ['<b>'])],
        {},
    )
    html = render_html(result, page=False)
    assert "<script>" not in html and "<b>" not in html
    assert marks_of(html)[0]["title"] == '甲"乙<丙>'  # the parser unescapes what we escaped


def test_render_vague_date_and_unknown_canonical_say_so():
    text = "近期，某某处开展检查。"
    result = Extraction(
        text,
        [Entity("DATE", 0, 2, "近期", "t", {"value": None}), Entity("DEPT", 3, 6, "某某处", "t", {"canonical": None})],
        [],
        {},
    )
    titles = {m["data-label"]: m["title"] for m in marks_of(render_html(result))}
    assert titles == {"DATE": "unresolved (vague date)", "DEPT": "canonical name unknown"}


def test_render_accepts_a_govie_doc_and_rejects_bytes():
    nlp = govie.load()
    doc = nlp("2023年5月4日，省药监局召开会议。")
    assert any(m["data-label"] == "DEPT" for m in marks_of(render_html(doc)))
    with pytest.raises(TypeError):
        render_html(b"bytes")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=90,
    )


@needs_chromium
def test_dev_report_in_headless_chromium(tmp_path, dev_result):
    page = tmp_path / "report.html"
    page.write_text(render_html(dev_result), encoding="utf-8")
    proc = _chromium(tmp_path, "--dump-dom", page.as_uri())
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    marks = marks_of(dom)
    # Every entity is one mark in the DOM the browser built, in order, with its text.
    assert [(m["data-label"], m["text"]) for m in marks] == [(e.label, e.text) for e in dev_result.entities]
    by_label = {lab: [m for m in marks if m["data-label"] == lab] for lab in ("DEPT", "DATE")}
    assert len(by_label["DEPT"]) >= 10 and len(by_label["DATE"]) >= 5
    for mark, ent in zip(marks, dev_result.entities):
        if ent.label == "DEPT" and ent.canonical:
            assert mark["title"].startswith(ent.canonical)
        if ent.label == "DATE" and ent.value:
            assert mark["title"] == ent.value
    assert "四川省药品监督管理局" in {m["title"] for m in by_label["DEPT"]}
    rows = re.findall(r"<tr[ >]", dom.split('class="govie-activities"', 1)[1])
    assert len(rows) == len(dev_result.activities) + 1  # header row + one per activity
    triggers = re.findall(r'<mark class="govie-trigger" data-label="ACTIVITY" title="([^"]*)" data-activity="(\d+)"', dom)
    assert len(triggers) >= len(dev_result.activities) - 2  # all but triggers inside an entity
    for title, number in triggers:
        assert title.startswith(dev_result.activities[int(number) - 1].type + " · ")


@needs_chromium
def test_dev_report_screenshot_shows_coloured_marks(tmp_path, dev_result):
    image = pytest.importorskip("PIL.Image", reason="Pillow is needed to read the screenshot")
    page = tmp_path / "report.html"
    page.write_text(render_html(dev_result), encoding="utf-8")
    shot = tmp_path / "shot.png"
    proc = _chromium(tmp_path, "--window-size=1000,900", f"--screenshot={shot}", page.as_uri())
    assert proc.returncode == 0 and shot.is_file(), proc.stderr[-2000:]
    colours = {c for _, c in image.open(shot).convert("RGB").getcolors(maxcolors=1 << 24)}
    for label in ("DEPT", "DATE", "METRIC"):
        hexcode = COLORS[label].lstrip("#")
        assert tuple(int(hexcode[i : i + 2], 16) for i in (0, 2, 4)) in colours, label


def test_assignments_shown_with_lead_and_support_on_hover():
    # State Council 2019 (国办发〔2018〕124号, not in annotations/): 由X会同Y确定并发布名单.
    text = "国办发〔2018〕124号\n中央所属转制文化企业的认定，由中央宣传部会同财政部、税务总局确定并发布名单。"
    result = govie.extract(text, model=None)
    html = render_html(result)
    assert "Assignments (1)" in html
    marked = re.search(r'<mark class="govie-assignment"[^>]*title="([^"]*)"', html)
    assert marked, "the assigning word is underlined"
    assert "lead: 中共中央宣传部" in marked.group(1) and "support: 财政部；国家税务总局" in marked.group(1)
    assert re.search(r'<tr data-assignment="1" title="lead: 中共中央宣传部 · support: 财政部；国家税务总局"', html)
