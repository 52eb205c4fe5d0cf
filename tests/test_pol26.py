"""Probe pol26: DATE and METRIC deep inside full State Council texts (gov.cn, 2004-2019)."""
import govie

# 国办发〔2004〕7号, http://www.gov.cn/zhengce/content/2018-12/02/content_5345294.htm (abridged)
BULLETIN = (
    "国务院办公厅关于山西、安徽省\n四起特大煤矿瓦斯爆炸事故\n调查处理情况的通报\n国办发〔2004〕7号\n"
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "2003年，全国安全生产形势总体稳定，生产安全事故总起数和死亡总人数比上年都有所下降。"
    "2003年5月13日，安徽省淮北矿业（集团）公司芦岭煤矿发生特大瓦斯爆炸事故，造成86名矿工遇难。"
    "最近一段时间，特别是进入2003年12月下旬，又相继发生了广东连州市“12·21”特大道路交通事故、"
    "中石油川东北气矿“12·23”特大井喷事故和辽宁昌图县“12·30”特大烟花爆竹爆炸事故（这3起事故正在调查处理中），"
    "给人民群众生命财产造成了巨大的损失。\n"
    "安徽芦岭煤矿“5·13”事故的两名直接责任人已经在事故中死亡，不再追究责任。"
    "其他22名相关责任人员也分别受到了党纪、政纪处分。\n"
    "国务院办公厅\n二〇〇四年一月十六日\n"
)


def _ents(text, label, **kw):
    return [e for e in govie.extract(text, model=None, **kw).entities if e.label == label]


def test_reference_date_is_the_signature_when_the_body_opens_with_an_event_date():
    r = govie.extract(BULLETIN, model=None)
    assert r.meta["reference_date"] == "2004-01-16"


def test_dates_naming_events_in_quotes_are_past_days():
    dates = {e.text: e.attrs["value"] for e in _ents(BULLETIN, "DATE")}
    assert dates["12·21"] == "2003-12-21"
    assert dates["12·30"] == "2003-12-30"
    assert dates["5·13"] == "2003-05-13"


def test_event_date_bounds_no_indicator_and_other_determines_none():
    metrics = {e.text: e.attrs for e in _ents(BULLETIN, "METRIC")}
    assert metrics["3起"]["indicator"] == "事故"
    assert metrics["22名"]["indicator"] == "相关责任人员"
    assert metrics["86名"]["indicator"] == "矿工"


def test_mid_year_and_year_end_reports_recur():
    # 国发〔2004〕18号 (国务院工作规则), content_5345397.htm
    dates = _ents("三十四、各地区、各部门要认真落实国务院年度工作安排布局，并在年中和年末向国务院报告执行情况。",
                  "DATE", reference_date="2004-06-26")
    assert [(d.text, d.attrs["value"]) for d in dates] == [("年中", None), ("年末", None)]


def test_days_are_a_unit_and_time_limits_within():
    # 国令第707号 第五条, content_5351177.htm
    m = _ents("第五条 在中国境内无住所的个人，在一个纳税年度内在中国境内居住累计不超过90天的，其来源于中国境内的所得，免予缴纳个人所得税。",
              "METRIC", reference_date="2018-12-18")
    assert [(x.text, x.attrs["qualifier"]) for x in m] == [("90天", "以内")]
    # 国办发〔2018〕118号, content_5354528.htm
    m = _ents("行政执法机关要在执法决定作出之日起20个工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息。",
              "METRIC", reference_date="2018-12-05")
    assert [(x.text, x.attrs["qualifier"]) for x in m] == [("20个工作日", "以内")]


def test_no_days_in_natural_gas():
    assert not any(x.text.endswith("天") for x in _ents("年产5亿立方米天然气，新建3天然气站。", "METRIC"))


def test_bounds_before_a_number_are_qualifiers():
    # 国办发〔2018〕118号
    m = _ents("原则上各级行政执法机关的法制审核人员不少于本单位执法人员总数的5%。", "METRIC", reference_date="2018-12-05")
    assert m[0].attrs["qualifier"] == "以上" and "本单位" not in m[0].attrs["indicator"]
    # 国办发〔2018〕128号, content_5359620.htm
    m = _ents("推广应用标准地膜，禁止生产和使用厚度低于0.01毫米的地膜。", "METRIC", reference_date="2018-12-29")
    assert m[0].attrs["qualifier"] == "以内"
    # 国发〔2019〕4号, content_5365341.htm
    m = _ents("职业院校、应用型本科高校教师每年至少1个月在企业或实训基地实训。", "METRIC", reference_date="2019-01-24")
    assert m[0].attrs["qualifier"] == "以上"
    # 国办发〔2019〕6号, content_5365711.htm: a negated bound bounds the other way
    m = _ents("支小支农担保金额占全部担保金额的比例不得低于80%。", "METRIC", reference_date="2019-02-14")
    assert m[0].attrs["qualifier"] == "以上"


def test_reaching_a_length_links_it_to_what_is_measured():
    # 国令第707号 第四条
    m = _ents("第四条 在中国境内无住所的个人，在中国境内居住累计满183天的年度连续不满六年的，经向主管税务机关备案。",
              "METRIC", reference_date="2018-12-18")
    assert (m[0].text, m[0].attrs["indicator"]) == ("183天", "在中国境内居住")


def test_higher_and_secondary_education_are_one_noun():
    # 国发〔2019〕4号
    m = _ents("具体指标：到2022年，职业院校教学条件基本达标，建设50所高水平高等职业学校和150个骨干专业（群）。",
              "METRIC", reference_date="2019-01-24")
    assert m[0].attrs["indicator"] == "高水平高等职业学校"


def test_a_gap_between_rates_is_no_bound():
    m = _ents("出口增速低于2个百分点。", "METRIC")
    assert m[0].attrs["qualifier"] is None
