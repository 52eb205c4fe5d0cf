"""A document number whose prefix a county shares with a city of another province or its own
(长政办发: 长沙市's prefix, and 长阳土家族自治县's own numbers, 湖北; round 24's county probes)."""
import govie
from govie.taggers.docno import parse_docno

# The head of a 长阳土家族自治县 notice: its own number, addressees and signature (standard lines).
HEAD = ("关于印发2024年重点工作责任分解的通知\n长政办发〔2024〕3号\n各乡镇人民政府，县政府各部门：\n"
        "经县人民政府同意，现将《2024年重点工作责任分解》印发给你们，请认真贯彻落实。\n")


def _extract(text):
    r = govie.extract(text, model=None).to_dict()
    return r["meta"], [e for e in r["entities"] if e["label"] == "DOCNO"]


def test_prefix_read_in_another_province_names_no_city():
    # 420528 长阳土家族自治县 (湖北): its 长政办发 is not 长沙's (湖南).
    assert parse_docno("长政办发〔2024〕3号", within="420528")["division"] is None
    assert parse_docno("长政办发〔2024〕3号", within="420528")["issuer"] is None
    # Inside 湖南 the prefix is still 长沙's.
    assert parse_docno("长政办发〔2024〕3号", within="430100")["division"] == "430100"


def test_named_county_keeps_its_own_issuer_and_number():
    meta, docnos = _extract("长阳土家族自治县人民政府办公室" + HEAD + "长阳土家族自治县人民政府办公室\n2024年2月1日")
    assert meta["division"]["code"] == "420528"
    assert meta["doc_issuer"] == "长阳土家族自治县人民政府办公室"
    assert docnos[0]["division"] is None


def test_county_voice_rejects_a_city_prefix_when_no_place_is_named():
    meta, docnos = _extract(HEAD + "县人民政府办公室\n2024年2月1日")
    assert meta["jurisdiction"] != "湖南省" and meta["division"] is None
    assert meta["doc_issuer"] == "县人民政府办公室"
    assert docnos[0]["issuer"] is None and docnos[0]["division"] is None


def test_city_voice_keeps_the_city_prefix():
    text = ("关于印发2024年重点工作责任分解的通知\n长政办发〔2024〕3号\n各区县（市）人民政府，市政府各部门：\n"
            "经市人民政府同意，现将《2024年重点工作责任分解》印发给你们，请认真贯彻落实。\n市人民政府办公厅\n2024年2月1日")
    meta, docnos = _extract(text)
    assert meta["division"]["code"] == "430100"
    assert docnos[0]["issuer"] == "长沙市人民政府办公厅"


def test_bare_region_office_keeps_its_regions_prefix():
    # An autonomous region's office signs by its bare level (区人民政府办公厅) under 桂政办发: 广西's.
    text = ("关于印发2024年重点工作责任分工的通知\n桂政办发〔2024〕3号\n各市、县（区）人民政府，自治区政府各部门、各直属机构：\n"
            "经自治区人民政府同意，现将《2024年重点工作责任分工》印发给你们，请认真贯彻落实。\n区人民政府办公厅\n2024年2月1日")
    meta, docnos = _extract(text)
    assert docnos[0]["issuer"] == "广西壮族自治区人民政府办公厅"
