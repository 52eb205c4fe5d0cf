"""Probe docno33: document numbers whose page lost their brackets, and things that are no number."""

from govie.taggers.docno import iter_docnos, parse_docno, tag_docnos


def _spans(text):
    return [(text[m.start:m.end], m.attrs["issuer"], m.attrs["year"], m.attrs["serial"]) for m in tag_docnos(text)]


def test_lost_closing_bracket_cited_after_title():
    # http://www.quanzhou.gov.cn/zfb/xxgk/ztxxgk/fp/fpzc/201907/t20190704_1808258.htm (2019)
    text = ("根据《泉州市人民政府关于印发泉州市市级财政专项资金管理规定的通知》(泉政文〔20177号)、"
            "《泉州市人民政府关于印发泉州市推进涉农资金统筹整合实施方案(试行)的通知》(泉政文〔2018137号),制定本暂行规定。")
    assert _spans(text) == [("泉政文〔20177号", "泉州市人民政府", 2017, 7),
                            ("泉政文〔2018137号", "泉州市人民政府", 2018, 137)]


def test_lost_both_brackets():
    # https://www.zhetiaohe.com/ss/5af19a0f78a24c96376a8c00ccbd56c3f8ef90ed5eaa8e81219d0f4579e8a725441165f19b2bde87.html
    assert [(c, y, s) for _, _, c, y, s in iter_docnos("甘区政办发201756号文件规定")] == [("甘区政办发", 2017, 56)]
    d = parse_docno("泉政文〔2018137号")
    assert (d["code"], d["year"], d["serial"]) == ("泉政文", 2018, 137)


def test_digits_and_words_are_no_lost_number():
    # A serial run of digits after a label or a plain word is no code (公告编号, 第, 印发 + digits).
    for text in ("公告编号:CG2019005号", "第2019001号", "编号2019001号", "现印发20191号", "联系电话05958812345号"):
        assert list(iter_docnos(text)) == [], text


def test_closed_bracket_serial_is_not_reread():
    # A bracketed number whose serial has four digits is read once, as it is written (广东, 33jin.com 2023).
    text = "根据国家发展改革委《关于进一步完善政策环境加大力度支持民间投资发展的意见》(发改投资〔2022〕1652号)要求"
    assert _spans(text) == [("发改投资〔2022〕1652号", "国家发展和改革委员会", 2022, 1652)]


def test_decree_without_year_is_no_docno():
    # http://cc.gztypiano.com/ycsrmzf/gzk/gzk_list.shtml (宜春, 2019-2021): 市政府令第2号 has no year (guide v2)
    assert _spans("2 (2019年12月12日市政府令第2号公布  自2020年1月12日起施行) 下载文字版 下载图片版") == []
