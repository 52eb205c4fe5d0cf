"""DOCNO: document numbers, their issuer codes, years and serials."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

import govie
from govie.taggers.docno import code_issuer, docno_division, parse_docno, tag_docnos

# number, code, issuer, year, serial. The first block is from the doc_number column of
# the State Council policy titles; the rest are numbers as official text writes them.
CASES = [
    ("国函〔2023〕98号", "国函", "国务院", 2023, 98),
    ("国办发〔2023〕27号", "国办发", "国务院办公厅", 2023, 27),
    ("国发〔2023〕13号", "国发", "国务院", 2023, 13),
    ("国办函〔2023〕70号", "国办函", "国务院办公厅", 2023, 70),
    ("国办发明电〔2022〕16号", "国办发明电", "国务院办公厅", 2022, 16),
    ("国发明电〔2020〕14号", "国发明电", "国务院", 2020, 14),
    ("国办应急明电〔2008〕1号", "国办应急明电", "国务院办公厅", 2008, 1),
    ("国海管字〔2015〕16号", "国海管字", "国家海洋局", 2015, 16),
    ("灾总指挥部发明电〔2010〕2号", "灾总指挥部发明电", None, 2010, 2),
    ("国发〔1978〕213号", "国发", "国务院", 1978, 213),
    ("国函〔1986〕165号", "国函", "国务院", 1986, 165),
    ("国办发〔2018〕128号", "国办发", "国务院办公厅", 2018, 128),
    # Guide examples and provincial numbers.
    ("国发〔2019〕5号", "国发", "国务院", 2019, 5),
    ("川府发〔2023〕18号", "川府发", "四川省人民政府", 2023, 18),
    ("川办函〔2022〕7号", "川办函", "四川省人民政府办公厅", 2022, 7),
    ("川办发〔2023〕20号", "川办发", "四川省人民政府办公厅", 2023, 20),
    ("川府函〔2021〕88号", "川府函", "四川省人民政府", 2021, 88),
    ("京政发〔2022〕3号", "京政发", "北京市人民政府", 2022, 3),
    ("京政办发〔2021〕10号", "京政办发", "北京市人民政府办公厅", 2021, 10),
    ("沪府发〔2023〕1号", "沪府发", "上海市人民政府", 2023, 1),
    ("沪府办发〔2022〕5号", "沪府办发", "上海市人民政府办公厅", 2022, 5),
    ("渝府发〔2022〕21号", "渝府发", "重庆市人民政府", 2022, 21),
    ("津政发〔2021〕9号", "津政发", "天津市人民政府", 2021, 9),
    ("粤府〔2020〕36号", "粤府", "广东省人民政府", 2020, 36),
    ("粤府办〔2021〕4号", "粤府办", "广东省人民政府办公厅", 2021, 4),
    ("浙政发〔2023〕9号", "浙政发", "浙江省人民政府", 2023, 9),
    ("苏政办发〔2022〕1号", "苏政办发", "江苏省人民政府办公厅", 2022, 1),
    ("皖政〔2022〕53号", "皖政", "安徽省人民政府", 2022, 53),
    ("闽政〔2021〕12号", "闽政", "福建省人民政府", 2021, 12),
    ("赣府厅发〔2023〕8号", "赣府厅发", "江西省人民政府办公厅", 2023, 8),
    ("鲁政发〔2022〕4号", "鲁政发", "山东省人民政府", 2022, 4),
    ("豫政〔2021〕40号", "豫政", "河南省人民政府", 2021, 40),
    ("鄂政发〔2022〕13号", "鄂政发", "湖北省人民政府", 2022, 13),
    ("湘政办发〔2023〕2号", "湘政办发", "湖南省人民政府办公厅", 2023, 2),
    ("桂政发〔2022〕7号", "桂政发", "广西壮族自治区人民政府", 2022, 7),
    ("琼府〔2022〕15号", "琼府", "海南省人民政府", 2022, 15),
    ("黔府发〔2023〕6号", "黔府发", "贵州省人民政府", 2023, 6),
    ("云政发〔2022〕11号", "云政发", "云南省人民政府", 2022, 11),
    ("藏政发〔2021〕3号", "藏政发", "西藏自治区人民政府", 2021, 3),
    ("陕政发〔2023〕2号", "陕政发", "陕西省人民政府", 2023, 2),
    ("甘政发〔2022〕24号", "甘政发", "甘肃省人民政府", 2022, 24),
    ("青政〔2022〕6号", "青政", None, 2022, 6),  # 青海 and 青岛
    # 宁 is both 宁夏 and 南京 (宁政发): without context the number names no body.
    ("宁政发〔2021〕8号", "宁政发", None, 2021, 8),
    ("新政发〔2022〕5号", "新政发", "新疆维吾尔自治区人民政府", 2022, 5),
    ("内政发〔2023〕4号", "内政发", "内蒙古自治区人民政府", 2023, 4),
    ("黑政规〔2021〕1号", "黑政规", "黑龙江省人民政府", 2021, 1),
    ("吉政发〔2022〕2号", "吉政发", "吉林省人民政府", 2022, 2),
    ("辽政发〔2022〕3号", "辽政发", "辽宁省人民政府", 2022, 3),
    ("冀政字〔2021〕12号", "冀政字", "河北省人民政府", 2021, 12),
    ("晋政发〔2022〕2号", "晋政发", "山西省人民政府", 2022, 2),
    # Ministries: a fixed head plus a bureau part.
    ("财税〔2019〕13号", "财税", "财政部", 2019, 13),
    ("财办预〔2021〕6号", "财办预", "财政部办公厅", 2021, 6),
    ("发改价格〔2023〕567号", "发改价格", "国家发展和改革委员会", 2023, 567),
    ("发改办高技〔2020〕1号", "发改办高技", "国家发展和改革委员会办公厅", 2020, 1),
    ("教发〔2018〕3号", "教发", "教育部", 2018, 3),
    ("人社部发〔2021〕3号", "人社部发", "人力资源和社会保障部", 2021, 3),
    ("人社厅发〔2022〕11号", "人社厅发", "人力资源和社会保障部办公厅", 2022, 11),
    ("工信部联规〔2020〕1号", "工信部联规", "工业和信息化部", 2020, 1),
    ("国卫医发〔2019〕2号", "国卫医发", "国家卫生健康委员会", 2019, 2),
    ("国科发资〔2021〕4号", "国科发资", "科学技术部", 2021, 4),
    ("建标〔2020〕8号", "建标", "住房和城乡建设部", 2020, 8),
    ("交公路发〔2021〕5号", "交公路发", "交通运输部", 2021, 5),
    ("农计财发〔2022〕2号", "农计财发", "农业农村部", 2022, 2),
    ("商财发〔2020〕6号", "商财发", "商务部", 2020, 6),
    ("银发〔2022〕92号", "银发", "中国人民银行", 2022, 92),
    ("税总发〔2019〕1号", "税总发", "国家税务总局", 2019, 1),
    ("国市监注发〔2021〕3号", "国市监注发", "国家市场监督管理总局", 2021, 3),
    ("医保发〔2020〕5号", "医保发", "国家医疗保障局", 2020, 5),
    ("自然资发〔2022〕1号", "自然资发", "自然资源部", 2022, 1),
    ("环办〔2021〕9号", "环办", "生态环境部办公厅", 2021, 9),
    # Other brackets, spaces, 第.
    ("川办函[2022]7号", "川办函", "四川省人民政府办公厅", 2022, 7),
    ("人社部发（2021）3号", "人社部发", "人力资源和社会保障部", 2021, 3),
    ("苏政办发【2020】 12 号", "苏政办发", "江苏省人民政府办公厅", 2020, 12),
    ("京政发 〔2019〕 第3号", "京政发", "北京市人民政府", 2019, 3),
    ("国发［2016］25号", "国发", "国务院", 2016, 25),
    ("国发(2010)7号", "国发", "国务院", 2010, 7),
    # Running text before the code is not part of it.
    ("根据川府发〔2023〕18号", "川府发", "四川省人民政府", 2023, 18),
    ("审议通过财税〔2023〕12号", "财税", "财政部", 2023, 12),
    ("按照成府发〔2023〕2号", "成府发", "成都市人民政府", 2023, 2),
    ("完成财税〔2023〕12号", "财税", "财政部", 2023, 12),
    # A provincial department's code is its own, not the ministry's.
    ("川发改〔2023〕12号", "川发改", "四川省发展和改革委员会", 2023, 12),
    ("根据京财预〔2022〕3号", "京财预", "北京市财政局", 2022, 3),
    ("印发国发〔2023〕1号", "国发", "国务院", 2023, 1),
]


@pytest.mark.parametrize("text,code,issuer,year,serial", CASES, ids=[f"docno{i:03d}" for i in range(len(CASES))])
def test_parse_docno(text, code, issuer, year, serial):
    found = parse_docno(text)
    assert {k: found[k] for k in ("code", "issuer", "year", "serial")} == {
        "code": code, "issuer": issuer, "year": year, "serial": serial}


@pytest.mark.parametrize("text", ["（2021）3号", "2023年第17期", "国发2019年5号", "第437期", ""])
def test_not_a_docno(text):
    assert parse_docno(text) is None


def test_tag_docnos_spans_in_text():
    text = "印发国务院关于X的意见（国发〔2019〕5号）和财税〔2020〕3号文件"
    found = [(text[m.start : m.end], m.label, m.priority, m.attrs["issuer"]) for m in tag_docnos(text, None)]
    # Mentions carry the registry's full name of the body.
    assert found == [("国发〔2019〕5号", "DOCNO", 25, "中华人民共和国国务院"), ("财税〔2020〕3号", "DOCNO", 25, "财政部")]


PROVINCES = [
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
    "宁夏回族自治区", "新疆维吾尔自治区",
]


@pytest.mark.parametrize("province", PROVINCES)
def test_every_province_has_government_and_office_codes(province):
    path = resources.files("govie") / "data" / "docno_codes.csv"
    with path.open(encoding="utf-8") as f:
        issuers = {row["issuer"] for row in csv.DictReader(f)}
    assert f"{province}人民政府" in issuers and f"{province}人民政府办公厅" in issuers


def test_code_issuer_prefers_exact_then_longest_prefix():
    assert code_issuer("国办发") == "国务院办公厅"
    assert code_issuer("财办预") == "财政部办公厅"
    assert code_issuer("财预") == "财政部"
    assert code_issuer("某某发") is None


# Local numbers from Guangzhou, Tianhe, Shanghai and Beijing documents
# (../shared/data/policy-documents, annotations/dev): number, issuer, division.
LOCAL = [
    ("穗天科工信规字〔2023〕1号", "广州市天河区科技工业和信息化局", "440106"),
    ("穗建规字〔2024〕5号", "广州市住房和城乡建设局", "440100"),
    ("穗府办规〔2024〕13号", "广州市人民政府办公厅", "440100"),
    ("穗民规字〔2025〕2号", "广州市民政局", "440100"),
    ("穗人社规字〔2019〕2号", "广州市人力资源和社会保障局", "440100"),
    ("穗医保规字〔2024〕1号", "广州市医疗保障局", "440100"),
    ("穗天教〔2026〕2号", "广州市天河区教育局", "440106"),
    ("沪科〔2014〕12号", "上海市科学技术委员会", "310000"),
    ("沪科合〔2005〕第11号", "上海市科学技术委员会", "310000"),
    ("沪财法[2007]9号", "上海市财政局", "310000"),
    ("京财科文〔2014〕1218号", "北京市财政局", "110000"),
    ("渝府办发〔2022〕109号", "重庆市人民政府办公厅", "500000"),
    ("粤办函〔2017〕176号", "广东省人民政府办公厅", "440000"),
    ("辽政发〔1998〕34号", "辽宁省人民政府", "210000"),
    ("浙政发〔2004〕4号", "浙江省人民政府", "330000"),
    ("泸市府发〔2020〕3号", "泸州市人民政府", "510500"),
    ("甘府发〔2020〕3号", "甘孜藏族自治州人民政府", "513300"),
    ("甘政发〔2020〕3号", "甘肃省人民政府", "620000"),
]


@pytest.mark.parametrize("number,issuer,division", LOCAL)
def test_local_prefix_gives_local_issuer_and_division(number, issuer, division):
    found = parse_docno(number)
    assert (found["issuer"], found["division"]) == (issuer, division)
    assert docno_division(number) == division
    # The prefix stays part of the number.
    assert number.startswith(found["code"])


def test_local_prefix_never_yields_a_central_issuer():
    # 科工 is 国家国防科技工业局's code and 建 住房和城乡建设部's; behind 穗 they are Guangzhou's.
    for number in ("穗天科工信规字〔2023〕1号", "穗建规字〔2024〕5号", "穗港澳〔2020〕1号"):
        found = parse_docno(number)
        assert found["code"].startswith("穗")
        assert found["issuer"] is None or found["issuer"].startswith("广州市")


def test_docno_division_of_prefixes():
    assert docno_division("穗") == "440100"
    assert docno_division("穗天") == "440106"
    assert docno_division("川") == "510000"
    assert docno_division("国发〔2019〕5号") is None
    # 宁 is 宁夏 and 南京: the province of the context decides.
    assert docno_division("宁") is None
    assert docno_division("宁政发〔2021〕8号", within="320000") == "320100"
    assert docno_division("宁政发〔2021〕8号", within="640000") == "640000"


def test_prefix_table_covers_every_province():
    provinces = {row["division"] for row in csv.DictReader(
        (resources.files("govie") / "data" / "docno_prefixes.csv").open(encoding="utf-8"))
        if row["division"].endswith("0000")}
    assert len(provinces) == 31


def test_docno_mentions_carry_division_and_keep_prefix():
    # From a Guangzhou notice (../shared/data/policy-documents/guangzhou.jsonl, doc_27).
    text = "本通知有效期1年。《广州市民政局 广州市财政局关于提高我市2024年最低生活保障及相关社会救助标准的通知》（穗民规字〔2024〕5号）同时废止。"
    [m] = tag_docnos(text, None)
    assert text[m.start : m.end] == "穗民规字〔2024〕5号"
    assert (m.attrs["issuer"], m.attrs["division"]) == ("广州市民政局", "440100")


DECREES = [
    ("中华人民共和国国务院令\n第706号", "国务院", None, 706),
    ("根据《广东省城镇住房保障办法》（广东省人民政府令第181号）", "广东省人民政府", None, 181),
    ("《广州市社会医疗保险规定》（广州市人民政府令 第193号）", "广州市人民政府", None, 193),
    ("中华人民共和国商务部令（2018年第2号）", "中华人民共和国商务部", 2018, 2),
]


@pytest.mark.parametrize("text,issuer,year,serial", DECREES)
def test_decree_numbers_have_a_serial_and_no_year(text, issuer, year, serial):
    found = parse_docno(text)
    assert (found["issuer"], found["year"], found["serial"]) == (issuer, year, serial)


def test_decree_numbers_are_no_docno_mentions():
    # Guide v2: a decree number without a year (令第11号) is not a DOCNO entity.
    assert tag_docnos("根据《公共租赁住房管理办法》（住房城乡建设部令第11号）", None) == []


@pytest.mark.parametrize("text,number,issuer", [
    # pt-218662 (annotations/dev, gold DOCNO "2012年第26号", issuer 海关总署).
    ("现将调整后的《参加车改试点的驻外使领馆名单》予以公告。原海关总署2012年第26号公告附件《参加车改试点的驻外使领馆名单》同时废止。",
     "2012年第26号", "海关总署"),
    ("中华人民共和国商务部令（2018年第2号）", "2018年第2号", "商务部"),
])
def test_numbers_with_a_year_of_announcements_and_decrees(text, number, issuer):
    # Guide v2: a decree number without a year is no DOCNO; one with a year is.
    [m] = tag_docnos(text, None)
    assert (text[m.start : m.end], m.attrs["issuer"], m.attrs["year"]) == (number, issuer, int(number[:4]))


@pytest.mark.parametrize("jurisdiction,issuer,division", [
    ("江苏省", "南京市人民政府", "320100"),
    ("宁夏回族自治区", "宁夏回族自治区人民政府", "640000"),
])
def test_ambiguous_prefix_resolved_by_the_documents_province(jurisdiction, issuer, division):
    import govie

    text = "根据《关于加快发展的意见》（宁政发〔2023〕5号）要求，现通知如下。"
    [docno] = [e for e in govie.extract(text, model=None, jurisdiction=jurisdiction).entities if e.label == "DOCNO"]
    assert (docno.attrs["issuer"], docno.attrs["division"]) == (issuer, division)


def test_docno_issuer_is_the_body_of_the_numbers_year():
    # 国土资 codes were 国土资源部's until 2018 (the table names today's 自然资源部).
    [m] = tag_docnos("根据《关于加强地质灾害防治工作的通知》（国土资发〔2010〕113号）", None)
    assert m.attrs["issuer"] == "国土资源部"
    [m] = tag_docnos("《中国农业科学院关于报送…的请示》（农科院基建〔2016〕211号）收悉", None)
    assert m.attrs["issuer"] == "中国农业科学院"
    # 中国民用航空局 names two bodies (1980-1993 and from 2008); in 2006 the name was 总局's.
    [m] = tag_docnos("民航总局〔2006〕80号", None)
    assert m.attrs["issuer"] == "中国民用航空总局"


def test_a_city_code_under_its_provinces_prefix_names_no_province():
    # 赣州's numbers open with the province's 赣 and then 市府 (a province's own government is
    # 府); the table lists no prefix for 赣州, so the number names no division rather than 江西省.
    # Real number: 赣州市人民政府公报 2017年第3期, reprinted at http://jinmi8.com/doc/13548/50811
    assert docno_division("赣市府办发〔2017〕39号") is None
    assert code_issuer("赣市府办发") is None
    assert docno_division("赣府办发〔2017〕39号") == "360000"
    assert code_issuer("川市监发") == "四川省市场监督管理局"  # 市监 is a provincial bureau's code


# The issuer the text itself names for a number: the body opening the title the number follows,
# or the one body opening a line near a number of its own (round 8 probe, fresh pages).
NAMED_ISSUER_CASES = [
    # 办 is the Party committee's office as much as the government's: the title says which.
    # https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html
    ("及《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知》"
     "(湘办发〔2016〕41号)要求", "湘办发〔2016〕41号", "中共湖南省委员会办公厅"),
    # A bare 发 after a province's prefix is its Party committee's. https://0798ci.com/law/8240.html
    ("和《中共山东省委山东省人民政府关于深化财税体制改革的意见》(鲁发〔2014〕18号)有关要求",
     "鲁发〔2014〕18号", "中共山东省委员会"),
    # A prefix no table lists (金 = 金华). http://www.dongyang.gov.cn/art/2023/3/21/art_1229692327_59603057.html
    ("《金华市人民政府办公室关于印发〈金华市促进残疾人就业行动方案(2022—2025年)〉的通知》"
     "(金政办发〔2022〕50号)精神", "金政办发〔2022〕50号", "金华市人民政府办公室"),
    # The document's own number under its title. http://law717.infoeach.com/view-NzE3fDEyNTc4NA==.html
    ("宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知\n江苏省宿迁市人民政府\n\n宿政发〔2008〕65号",
     "宿政发〔2008〕65号", "宿迁市人民政府"),
    # 黑 + 市 is a city's (黑河市), never 黑龙江's. http://law705.infoeach.com/view-NzA1fDEwNjQ2OA==.html
    ("黑河市人民政府办公室关于印发黑河市城区廉租住房保障办法的通知\n黑龙江省黑河市人民政府办公室\n\n"
     "黑市政办字〔2008〕34号", "黑市政办字〔2008〕34号", "黑河市人民政府办公室"),
]


@pytest.mark.parametrize("text, number, issuer", NAMED_ISSUER_CASES)
def test_issuer_named_by_the_text(text, number, issuer):
    [m] = [m for m in tag_docnos(text, None) if text[m.start:m.end] == number]
    assert m.attrs["issuer"] == issuer



def test_ban_fa_is_the_government_office_in_sichuan_only():
    # X办发 is the Party committee's office in most provinces (湘办发, 鲁办发, 粤办发) and the
    # government's in Sichuan (川办发, 成办发): outside Sichuan the code alone gives no issuer.
    from govie.taggers.docno import local_issuer

    assert local_issuer("川办发") == "四川省人民政府办公厅"
    assert local_issuer("粤办函") == "广东省人民政府办公厅"  # dev pt-165349's gold
    assert local_issuer("湘办发") is None and local_issuer("鲁办发") is None
    # The title before the number names the issuer (岳阳 2017, https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html).
    text = ("根据《中共湖南省委办公厅湖南省人民政府办公厅印发〈关于全面推进政务公开工作的实施意见〉的通知》"
            "(湘办发〔2016〕41号)要求,结合我市实际,现就全面推进政务公开工作提出如下实施意见。")
    docnos = [e for e in govie.extract(text).entities if e.label == "DOCNO"]
    assert [d.attrs.get("issuer") for d in docnos] == ["中共湖南省委员会办公厅"]


# 济 opens the numbers of 济南 and of 济宁 (both in 山东): the prefix alone names no city, the
# text or the document's own city does. http://jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html
JINING = "济宁市人民政府\n关于持续深化“市县同权”改革的实施意见\n济政字〔2021〕30号\n各县(市、区)人民政府，市政府各部门:\n"


def test_shared_city_prefix_names_no_other_city():
    [m] = tag_docnos(JINING, None)
    assert m.attrs["issuer"] == "济宁市人民政府"
    [m] = tag_docnos("济政字〔2021〕30号", None)
    assert m.attrs["issuer"] is None


def test_shared_city_prefix_resolved_by_the_documents_city():
    [m] = [e for e in govie.extract("根据济政字〔2021〕30号要求，现通知如下。", model=None,
                                    jurisdiction="济宁市").entities if e.label == "DOCNO"]
    assert (m.attrs["issuer"], m.attrs["division"]) == ("济宁市人民政府", "370800")


def test_a_prefix_two_divisions_share_is_decided_by_the_text():
    """鄂 is 湖北's and 鄂尔多斯's: an Ordos notice's own number is not Hubei's
    (https://ordos.gov.cn/ordosml/bmlq/lqzc/sbjzcwj/202504/t20250418_3786792.html)."""
    import govie

    text = ("鄂府办发〔2025〕18号\n各旗区人民政府,市人民政府各部门,各直属单位,各大企事业单位:\n"
            "《鄂尔多斯市持续打造一流营商环境行动方案(6.0版)》已经市人民政府2025年第9次常务会议审议通过,"
            "现印发给你们,请认真组织实施。\n")
    (docno,) = [e for e in govie.extract(text, model=None).entities if e.label == "DOCNO"]
    assert docno.attrs["division"] == "150600"
    assert not (docno.attrs["issuer"] or "").startswith("湖北")
