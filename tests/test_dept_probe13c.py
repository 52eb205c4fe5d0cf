"""DEPT in prefecture- and county-level documents, round-10 probe (dept13c): real lines of
published county pages (addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]


def test_a_county_cppcc_committee_with_its_term_is_one_body():
    # http://www.kmszx.gov.cn/c/2026-02-09/5056647.shtml (宜良县, Yunnan, 2026): the session news
    # names the committee 政协 + county + term + 委员会, as 沧源佤族自治县's does (next test).
    text = "2月8日上午，政协宜良县第十届委员会第五次会议在宜良会堂开幕。"
    assert ("政协宜良县第十届委员会", "中国人民政治协商会议宜良县委员会") in _depts(text)


def test_the_full_name_of_a_county_cppcc_committee_with_its_term():
    # https://www.cangyuan.gov.cn/info/1023/164982.htm (沧源佤族自治县, Yunnan, 2025).
    text = "2月22日下午，中国人民政治协商会议沧源佤族自治县第十四届委员会第四次会议在县委报告厅隆重开幕。"
    assert ("中国人民政治协商会议沧源佤族自治县第十四届委员会", "中国人民政治协商会议沧源佤族自治县委员会") in _depts(text)


def test_the_standing_committee_of_a_county_cppcc_committee():
    # http://www.kmszx.gov.cn/c/2026-02-09/5056647.shtml; 沧源 writes the same (代表政协沧源佤族自治县
    # 第十四届委员会常务委员会向大会报告工作). Named as the registry names the national one.
    text = "县政协党组书记、主席李锦昌代表政协宜良县第十届委员会常务委员会作工作报告。"
    assert ("政协宜良县第十届委员会常务委员会", "中国人民政治协商会议宜良县委员会常务委员会") in _depts(text)


def test_a_bare_county_cppcc_with_its_standing_committee():
    # https://www.cangyuan.gov.cn/info/1023/164982.htm (沧源佤族自治县 2025).
    text = "县政协主席李文明代表政协沧源佤族自治县第十四届委员会常务委员会向大会报告工作。\n一年来，县政协常委会坚持以习近平新时代中国特色社会主义思想为指导。"
    assert ("县政协常委会", "中国人民政治协商会议沧源佤族自治县委员会常务委员会") in _depts(text)


def test_the_national_cppcc_committee_keeps_its_record():
    # sc-report-1959 (readable) names 中国人民政治协商会议全国委员会; the national standing committee
    # is a registry record of its own.
    assert ("中国人民政治协商会议全国委员会", "中国人民政治协商会议全国委员会") in _depts(
        "我们相信，中国人民政治协商会议全国委员会的会议。")
    assert ("全国政协常委会", "中国人民政治协商会议全国委员会常务委员会") in _depts("全国政协常委会召开会议。")
