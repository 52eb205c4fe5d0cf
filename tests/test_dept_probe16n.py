"""DEPT in national documents, round-11 probe (dept16n): real lines of published pages
(addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str, reference_date: str | None = None) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical"))
            for e in govie.extract(text, reference_date=reference_date).entities if e.label == "DEPT"]


def test_a_provincial_press_and_publication_bureau_is_a_body():
    # http://ask.fsou.com/html/text/chl/1187/118745.html (新出音[2006]1018号): the addressee of a
    # State press administration's reply; provinces had a 新闻出版局 from 1987 until the 2013-2014 mergers.
    text = ("新闻出版总署关于同意江苏省新闻出版局建立网络出版监管系统的批复\n"
            "(2006年9月29日 新出音[2006]1018号)\n\n江苏省新闻出版局:\n  你局苏新出电字[2006]29号文收悉。")
    assert _depts(text, "2006-09-29").count(("江苏省新闻出版局", "江苏省新闻出版局")) == 2


def test_the_addressee_class_of_press_bureaus_stays_a_class():
    # http://law751.infoeach.com/view-NzUxfDUzNTAw.html (工商广字(2001)第37号): every province's bureau.
    text = "各省、自治区、直辖市及计划单列市工商行政管理局、广播影视局(厅)、新闻出版\n局:"
    assert _depts(text, "2001-01-01") == []


def test_the_state_bureau_of_standards_of_the_1980s():
    # https://www.ppdoc.com/periodical/6c47861225490b8b8c55ee1981abb4e4.html (进口商品质量监督管理办法,
    # 1980s): 国家标准局 (1978-1988, merged into 国家技术监督局) and 国家工商管理局, the usual short
    # name of 国家工商行政管理局.
    text = ("现将国家商检局、国家经委、经贸部、海关总署联合制订,并经交通部、国家工商管理局、国家标准局同意的"
            "《进口商品质量监督管理办法》发给你们。")
    found = _depts(text, "1986-01-01")
    assert ("国家工商管理局", "国家工商行政管理局") in found
    assert ("国家标准局", "国家标准局") in found
