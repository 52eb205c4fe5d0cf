"""Probe date26: dates of city and county policy pages whose 年/月/日 the page lost (real lines)."""
from .mentions import dates


def test_a_signature_of_bare_digits_under_the_signing_body_is_its_date():
    # https://www.dongning.gov.cn/index.php/cms/item-view-id-48360.shtml (东宁市, 2018)
    text = "经市政府同意,现将东宁市干旱灾害应急预案》现印发给你们,请认真贯彻执行\n\n \n\n东宁市人民政府办公室      \n\n2018525        \n\n东宁市干旱灾害应急预案"
    assert ("2018525", "2018-05-25") in dates(text, reference_date="2018-05-25")


def test_a_date_fields_bare_digits_read_as_one_month():
    # http://cqlp.gov.cn/qs/zwgk_29815/fdzdgknr_29817/yjya/202306/t20230603_12026259.html (曲水镇, 2023)
    text = "重庆市梁平区曲水镇人民政府\n\n          2023515\n\n(此件公开发布)\n\n发布日期:20235\n\n编制单位:重庆市梁平区曲水镇安全生产委员会办公室"
    found = dates(text, reference_date="2023-06-03")
    assert ("2023515", "2023-05-15") in found
    assert ("20235", "2023-05") in found


def test_a_signature_that_lost_its_day_character_keeps_the_day():
    # http://www.jinxiang.gov.cn/art/2021/2/22/art_18350_2713139.html (金乡县, 2021)
    text = "现将金乡县2021年国民经济和社会发展计划下达给你们,请认真组织实施。\n\n                               金乡县人民政府\n\n                               2021年2月22\n\n\n金乡县2021年国民经济和社会发展计划"
    found = dates(text, reference_date="2021-02-22")
    assert ("2021年2月22", "2021-02-22") in found
    assert ("2021年2月", "2021-02") not in found


def test_digits_that_read_as_two_dates_or_stand_in_a_table_are_left_alone():
    # 2023111 is 1月11日 or 11月1日; a count under a row's body is no signature
    text = "金乡县人民政府\n2023111\n"
    assert dates(text, reference_date="2023-12-01") == []
    text = "责任单位 | 县财政局\n20235\n"
    assert dates(text, reference_date="2023-12-01") == []
    text = "全县新增就业人数\n20235\n"
    assert dates(text, reference_date="2023-12-01") == []


def test_the_record_reads_a_signature_that_lost_its_units():
    import govie
    # https://www.dongning.gov.cn/index.php/cms/item-view-id-48360.shtml (东宁市, 2018)
    text = ("东宁市人民政府办公室关于印发东宁市干旱灾害应急预案的通知\n\n各镇人民政府,市政府各有关直属单位:\n\n"
            "经市政府同意,现将东宁市干旱灾害应急预案》现印发给你们,请认真贯彻执行\n\n \n\n东宁市人民政府办公室      \n\n"
            "2018525        \n\n \n\n东宁市干旱灾害应急预案\n\n1 总则\n\n1.1 编制目的")
    meta = govie.extract(text, model=None).meta
    assert meta["doc_date"] == "2018-05-25"
    assert meta["reference_date"] == "2018-05-25"
