"""LOC zones whose name jieba cuts at a numeral or verb after the place (probe loc17, round 11)."""

import pytest

from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # jieba reads 零|碳 and 算|电: the zone's name, not the place alone (Qinghai 2026 report;
    # the same split in 博鳌零碳示范区, Hainan 2026 report, and 国家级零碳园区, dev wr2026-henanm/qinghai)
    ("加快推进西宁绿电智算融合示范园、海东零碳算力产业园、海南算电协同发展产业园、柴达木绿色微电网算力中心建设",
     ["海东零碳算力产业园", "海南算电协同发展产业园"], ["海东", "海南"]),
])
def test_zone_after_split_modifier(sentence, expected, forbidden):
    spans = _spans(sentence)
    for e in expected:
        assert e in spans
    for f in forbidden:
        assert f not in spans


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # a national designation after the place: dev gold marks the place alone
    ("一体推进海湾、海岛、海域开发利用保护，高质量建设福州、厦门全国海洋经济发展示范区，发展壮大海湾经济",
     ["福州", "厦门"], ["厦门全国海洋经济发展示范区"]),
    ("创造型、引领型改革全面推进，深圳中国特色社会主义先行示范区47项经验、深圳综合改革试点48项经验获",
     ["深圳"], ["深圳中国特色社会主义先行示范区"]),
])
def test_place_before_a_designation(sentence, expected, forbidden):
    spans = _spans(sentence)
    for e in expected:
        assert e in spans
    for f in forbidden:
        assert f not in spans
