"""ORG kinds found by probe org14 (2026 provincial work reports, round 10)."""

import pytest

from govie.taggers.entities import tag_orgs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_orgs(sentence)]


# A provincial state-owned group named by a rare jieba word + 集团 is an ORG; a common word before
# 集团 names a kind of group.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    # dev wr2026-guizhoum gold (Guizhou 2026 report)
    ("深入推进国资国企改革，推动磷化集团战略转型", ["磷化集团"], []),
    # Anhui 2026 report (/work/r6/readable), outside the dev slices
    ("高质量完成国企改革深化提升行动，省文旅投控集团组建运营，海螺集团与皖维集团启动重组。", ["海螺集团"], []),
    # kinds (common words)
    ("组建医疗集团，推进紧密型县域医共体建设。", [], ["医疗集团"]),
])
def test_rare_word_groups(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found
    for f in forbidden:
        assert f not in found


# A known university's innovation centre named after it is one ORG, not the university alone.
@pytest.mark.parametrize("sentence,expected,forbidden", [
    # dev wr2026-tianjin gold
    ("北京大学京津冀生物医学前沿创新中心、智能网联新能源汽车科技生态港、京津电子化学品基地等加快建设",
     ["北京大学京津冀生物医学前沿创新中心"], ["北京大学"]),
    # Hainan 2026 report (/work/r6/readable), outside the dev slices
    ("推动北京大学海南研究院落地，启动西安交通大学国际化区域创新中心建设",
     ["北京大学海南研究院", "西安交通大学国际化区域创新中心"], ["西安交通大学"]),
])
def test_university_centres(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found
    for f in forbidden:
        assert f not in found
