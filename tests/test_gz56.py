"""Guangzhou city and district documents, round-22 full-document probe (gz56): a district
command's code after its name, a page titled by its PDF file's name and a division counted by 个
(real lines; addresses in each test). Its lists of communities rule was left out at merge."""

from __future__ import annotations

import govie

from .mentions import spans

# https://www.kunmingchi.com/archives/4remv39owzpw3odgk05p.html (越防〔2019〕5号, PDF text)
YUEFANG = ("广州市越秀区防汛防旱防风指挥部关于印发《越秀区防汛防旱防风防冻应急预案(试行)》的通知.pdf\n"
           "广州市越秀区防汛防旱防风指挥部 越防〔2019〕5 号 广州市越秀区防汛防旱防风指挥部关于印发 《越秀区防汛防旱防风防冻应急预案 "
           "(试行) 》的通知 区三防指挥部各成员单位: 现将《越秀区防汛防旱防风防冻应急预案(试行) 》印发给你 们,请遵照执行。"
           "执行中遇到的问题,请径向区应急管理局反映。 越秀区防汛防旱防风指挥部 2019 年 7 月 19 日")


def test_a_commands_code_after_its_name_is_the_number_alone():
    assert "越防〔2019〕5 号" in spans(YUEFANG, "DOCNO", model=None)


def test_a_page_titled_by_its_pdf_file_gives_the_title_and_issuer():
    meta = govie.extract(YUEFANG, model=None).to_dict()["meta"]
    assert meta["title"] == "广州市越秀区防汛防旱防风指挥部关于印发《越秀区防汛防旱防风防冻应急预案(试行)》的通知"
    assert meta["doc_issuer"] == "广州市越秀区防汛防旱防风指挥部"


def test_a_township_counted_by_ge_is_what_is_counted():
    # 白云区 news 2013 (address above): 全区辖18个街道办事处和4个镇
    s = "调整后,全区辖18个街道办事处和4个镇。"
    ms = govie.extract(s, model=None).entities
    got = [(e.text, e.attrs.get("indicator")) for e in ms if e.label == "METRIC"]
    assert got == [("18个", "街道办事处"), ("4个", "镇")]
