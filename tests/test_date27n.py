"""Probe date27n: dates of national documents and State Council news (real lines)."""
from .mentions import dates, spans


def test_a_date_before_an_unknown_code_keeps_its_day():
    # http://law161.infoeach.com/view-MTYxfDU4NDE5.html (国务院关税税则委员会, 税委会[2000]17号)
    text = "国务院关税税则委员会关于调整若干商品进出口关税税率的通知\n\n2000年12月28日 税委会[2000]17号\n\n海关总署:"
    assert ("2000年12月28日", "2000-12-28") in dates(text, reference_date="2000-12-28")
    assert spans(text, "DOCNO", reference_date="2000-12-28") == ["税委会[2000]17号"]


def test_a_date_in_chinese_numerals_run_into_a_code_is_cut_from_it():
    # the same line with the date in Chinese numerals and no space (as normalization leaves it)
    text = "二〇〇〇年十二月二十八日税委会[2000]17号"
    assert ("二〇〇〇年十二月二十八日", "2000-12-28") in dates(text, reference_date="2000-12-28")
    assert spans(text, "DOCNO", reference_date="2000-12-28") == ["税委会[2000]17号"]


def test_a_code_that_opens_with_ri_is_kept_whole():
    # 日政发 is 日照市人民政府's code: no numeral before its 日
    assert spans("根据日政发〔2020〕1号文件", "DOCNO", reference_date="2020-06-01") == ["日政发〔2020〕1号"]


def test_the_bare_day_under_a_dated_headline_is_the_headlines_date():
    # http://politics.people.com.cn/BIG5/n/2013/0831/c1001-22759851-22.html (2013 review of 国务院常务会议)
    text = ("3月18日 國務院常務會議重點研究推進政府職能轉變事項\n"
            "國務院總理李克強18日主持召開新一屆國務院第一次常務會議,研究加快推進機構改革,"
            "重點是抓緊把政府職能轉變的各項任務落到實處。")
    assert dates(text, reference_date="2013-08-31") == [("3月18日", "2013-03-18"), ("18日", "2013-03-18")]


def test_another_day_or_a_dated_sentence_gives_no_bare_day():
    # a different day is not the headline's; a line with sentence punctuation is no headline
    assert dates("3月18日 國務院常務會議\n李克強17日主持召開會議。", reference_date="2013-08-31") == [
        ("3月18日", "2013-03-18")]
    assert dates("3月18日,市政府召開會議\n李克強18日主持召開。", reference_date="2013-08-31") == [
        ("3月18日", "2013-03-18")]
