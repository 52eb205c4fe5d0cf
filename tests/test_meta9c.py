"""A capital's or sub-provincial city's government office built from a number's prefix (probe meta9c):
办公厅 or 办公室 as the evidence of data/city_gov_offices.tsv names it in the number's year, else no issuer."""
import govie
from govie.taggers.docno import city_office, local_issuer, parse_docno


def test_table_rows_name_an_office_and_an_address():
    from govie.taggers.docno import _city_office_rows
    import csv
    from importlib import resources
    with (resources.files("govie") / "data" / "city_gov_offices.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert rows and all(r["office"] in ("人民政府办公厅", "人民政府办公室") and r["address"] for r in rows)
    assert all(r["kind"] in ("page", "record", "dataset") for r in rows)
    assert "140100" in _city_office_rows()


# http://www.shenyang.gov.cn/zwgk/zfxxgkzd/sszf/202112/t20211201_1729584.html (沈政办发〔2017〕39号,
# signed 沈阳市人民政府办公厅 2017-06-26): the city's own page names the office in that year.
SHENYANG_2017 = ("沈政办发〔2017〕39号\n各区、县(市)人民政府,市政府各部门、各直属单位:\n"
                 "  经市政府同意,现将《沈阳市2017年政务公开工作要点任务明细表》印发给你们,请结合实际,认真贯彻执行。\n")


def test_shenyang_number_of_2017_is_its_general_office():
    assert parse_docno("沈政办发〔2017〕39号")["issuer"] == "沈阳市人民政府办公厅"
    meta = govie.extract(SHENYANG_2017, model=None).meta
    assert meta["doc_issuer"] == "沈阳市人民政府办公厅"


def test_conflicting_evidence_in_the_year_builds_no_issuer():
    # github-index 68475953513 (unchecked data) gives 沈阳市人民政府办公室 for 沈政办发〔2022〕21号, the city's
    # pages of 2017 and 2026 a 办公厅: in 2022 the evidence conflicts, so no body is built.
    assert parse_docno("沈政办发〔2022〕21号")["issuer"] is None
    meta = govie.extract(SHENYANG_2017.replace("2017〕39", "2022〕21"), model=None).meta
    assert meta["doc_issuer"] is None


def test_taiyuan_office_follows_the_year_of_its_evidence():
    # github-index 40303533651: 太原市人民政府办公厅关于下达2018年全市主要经济指标考核目标的通知 (2018);
    # github-index 68324821081 (unchecked): 太原市人民政府办公室, 并政办发〔2022〕42号.
    assert city_office("140100", 2018) == "人民政府办公厅"
    assert city_office("140100", 2020) is None
    assert parse_docno("并政办发〔2022〕42号")["issuer"] is None
    assert local_issuer("并政办发") is None


def test_hefei_government_has_an_office():
    # github-index 6492763142: 20220531 合政办〔2022〕18号 - 合肥市加快推进集成电路产业发展若干政策;
    # github-index 53633200447: 合肥市人民政府办公室关于印发合肥市支持低空经济发展若干政策的通知.
    assert parse_docno("合政办〔2022〕18号")["issuer"] == "合肥市人民政府办公室"


def test_only_unchecked_data_builds_no_issuer():
    # github-index 68344406422 (石政办发〔2023〕18号) and 68582893806 (郑政办〔2022〕56号): a generated data
    # file, wrong for 沈阳 where it can be checked; alone it names no body.
    assert parse_docno("石政办发〔2023〕18号")["issuer"] is None
    assert parse_docno("郑政办〔2022〕56号")["issuer"] is None


def test_evidenced_general_offices_stand():
    # http://per-better.com/rule/47841.html: 宁政办发〔2018〕47号《南京市人民政府办公厅关于加强中小学幼儿园…》
    assert parse_docno("宁政办发〔2018〕47号", within="320100")["issuer"] == "南京市人民政府办公厅"
    # https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_10577391.html (穗府办〔2025〕13号)
    assert parse_docno("穗府办〔2025〕13号")["issuer"] == "广州市人民政府办公厅"


def test_prefecture_city_keeps_its_office_by_rule():
    # dept60x: 鄂州政办发 is 鄂州市人民政府办公室 (a prefecture's office; no table row needed).
    assert local_issuer("鄂州政办发") == "鄂州市人民政府办公室"


def test_a_capital_with_no_evidence_builds_none():
    # 乌鲁木齐: neither name found (pages corpus and code index, round 24).
    assert city_office("650100") is None
