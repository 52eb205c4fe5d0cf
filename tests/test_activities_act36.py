"""Probe act36: activities in State Council work reports of years unused before (1989, 1996, 2020, 2026).
Sentences are quoted from the pages named in comments."""
import govie

_OPEN = "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、2025年工作回顾\n"


def _acts(text, ref):
    return {(a.trigger["text"], a.type, a.mode, a.date, tuple(a.agents))
            for a in govie.extract(text, reference_date=ref).activities}


def test_commemorating_an_anniversary_is_an_event():
    # https://hk.crntt.com/doc/1071/7/3/5/107173520.html (2026 report, review; traditional script)
    text = _OPEN + "我們隆重紀念中國人民抗日戰爭暨世界反法西斯戰爭勝利80週年，設立台灣光復紀念日，極大振奮民族精神。"
    acts = _acts(text, "2026-03-05")
    assert ("紀念", "event", "done", "2025", ("中华人民共和国国务院",)) in acts
    assert ("設立", "other", "done", "2025", ("中华人民共和国国务院",)) in acts


def test_memorial_nouns_are_no_trigger():
    # the 纪念日 just set up (same sentence, simplified), and a memorial hall: nouns, no event
    text = _OPEN + "设立台湾光复纪念日，组织干部参观抗战纪念馆。"
    triggers = {t for t, *_ in _acts(text, "2026-03-05")}
    assert "纪念" not in triggers and "纪念日" not in triggers


def test_a_verb_inside_what_something_becomes_is_no_action():
    # dev wr2026-liaoningm (Liaoning 2026 report) and corpora/work-reports-2026 (Yunnan 2026 report):
    # the verb after 成为(全国) opens the noun phrase of what the work became.
    text = _OPEN + "纪录片《东北抗联》成为全国纪念抗战胜利80周年文艺精品，杂技剧《先声》获文华奖。"
    assert "纪念" not in {t for t, *_ in _acts(text, "2026-01-20")}
    text = _OPEN + "“云南方案”成为全国开展市场准入效能评估的基础性方案。"
    assert "开展" not in {t for t, *_ in _acts(text, "2026-01-20")}
