"""Bare short names of county-level divisions in the scope the document sets (probe loc48)."""

import pytest

import govie


def _locs(text, jurisdiction=None):
    return [(e.text, e.start, e.end) for e in govie.extract(text, model=None, jurisdiction=jurisdiction).entities
            if e.label == "LOC"]


@pytest.mark.parametrize("text, jurisdiction, expected", [
    # The document's own city holds both counties.
    ("到金堂、大邑调研。", "成都市", ["金堂", "大邑"]),
    # zj.news.cn 2021-12-26 (浙江日报): the province is named in the same text.
    ("去年，泰顺持续推进生态立县。在浙江成为历史。", None, ["泰顺", "浙江"]),
    # cs82326980.com.tw (新华社, 浙江山海协作 2023): a county after its city's county.
    ("包括丽水、衢州全境以及杭州建德、淳安，温州苍南、泰顺等县市的部分区域", None,
     ["丽水", "衢州", "杭州建德", "淳安", "温州苍南", "泰顺"]),
    # A count of counties closes the list: no province is named.
    ("金堂、大邑两县", None, ["金堂", "大邑"]),
])
def test_scoped_county_shorts(text, jurisdiction, expected):
    found = _locs(text, jurisdiction)
    assert [t for t, _, _ in found] == expected
    assert all(text[s:e] == t for t, s, e in found)


@pytest.mark.parametrize("text, word", [
    # A noun after the short name makes a longer name (dev wr2026-shanghai: a rail line; wr2026-shandongm: a product).
    ("上海市加快建设崇明线、南枫线。", "崇明"),
    ("山东临朐鹅肝、平邑金银花、文登西洋参等特色产业发展。", "文登"),
    # An idiom and a disaster's name (Yunnan 2026 report).
    ("上海践行绿水青山就是金山银山的理念。", "金山"),
    ("云南有效处置漾濞6.4级地震。", "漾濞"),
    # 惠民 is an ordinary word (dev sc19-56).
    ("山东扎实做好稳增长、促改革、调结构、惠民生、防风险各项工作。", "惠民"),
])
def test_not_a_bare_county(text, word):
    assert word not in [t for t, _, _ in _locs(text)]
