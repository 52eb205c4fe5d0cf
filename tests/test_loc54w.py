"""LOC in provincial work reports after a dev-miss study (probe loc54w): a county's bare short name
that qualifies a common noun or a new round of something, and provinces inside the reports' own
programme slogans (绿美广东, 创新型河北)."""

import pytest

import govie


def _locs(text, jurisdiction=None):
    found = [(e.text, e.start, e.end) for e in govie.extract(text, model=None, jurisdiction=jurisdiction).entities
             if e.label == "LOC"]
    assert all(text[s:e] == t for t, s, e in found)
    return [t for t, _, _ in found]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    # Fujian 2026 report, paragraph 48 (../shared/data/work-reports-2026/2026_福建省_政府工作报告.csv).
    ("福州获评国际湿地城市，莆田、平潭案例入选全国海洋生态保护修复典型。", None, ["福州", "莆田", "平潭"]),
    # Dev wr2026-fujianm (Fujian 2026 report).
    ("做强金砖创新基地等能级，支持平潭新一轮开放发展。", "福建省", ["平潭"]),
    # Dev wr2026-gansu (Gansu 2026 report).
    ("找矿取得重大突破，新探明泾川特大型铀矿。", "甘肃省", ["泾川"]),
    ("建成阿克塞生态保护及城乡供水工程。", "甘肃省", ["阿克塞"]),
])
def test_short_county_before_common_noun(text, jurisdiction, expected):
    assert _locs(text, jurisdiction) == expected


def test_short_county_opening_a_site():
    # Dev wr2026-fujianm marks 平潭台湾小镇 whole: a name goes on after 平潭, which stays no bare place
    # (the small town itself is still missed, as before).
    assert "平潭" not in _locs("推进平潭台湾小镇创新发展。", "福建省")


@pytest.mark.parametrize("text, expected", [
    # Dev wr2026-guangdongm (Guangdong 2026 report): a programme's slogan, no place (guide v2.2, LOC 2).
    ("全面开展绿美广东生态建设“六大行动”，累计完成林分优化", []),
    # Dev wr2026-hebeim (Hebei 2026 report).
    ("加快科技成果转化应用，推动创新型河北建设。", []),
    # Not a slogan where the province stands apart from the word.
    ("建设创新型省份，河北创新发展取得新成效。", ["河北"]),
])
def test_province_in_slogan(text, expected):
    assert _locs(text) == expected
