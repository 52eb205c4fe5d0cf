"""Review of linking and divisions (review5): bugs found by reading, each shown through extract."""

import govie


def _depts(text, **kw):
    return {e.text: e.canonical for e in govie.extract(text, model=None, **kw).entities if e.label == "DEPT"}


def test_shared_district_name_is_the_documents_own_city():
    # 新华区 is 石家庄's and 沧州's: in a 沧州 notice it is 沧州's, never 石家庄's (likewise 铁西区 in
    # 鞍山, 鼓楼区 in 徐州, 市中区 in 乐山).
    text = ("沧州市人民政府办公室关于做好防汛工作的通知\n请新华区人民政府、运河区人民政府落实责任。\n"
            "沧州市人民政府办公室\n2023年6月1日")
    depts = _depts(text)
    assert depts["新华区人民政府"] == "沧州市新华区人民政府"
    text = ("鞍山市人民政府关于推广经验的通知\n铁西区民政局的做法值得借鉴。\n鞍山市人民政府\n2023年6月1日")
    assert _depts(text)["铁西区民政局"] == "鞍山市铁西区民政局"


def test_shared_district_name_outside_the_province_names_no_body():
    # 鼓楼区 (南京, 福州, 徐州, 开封), 朝阳区 (北京, 长春): a Sichuan notice that names one without its
    # city does not say which; a wrong city's body is worse than null.
    text = ("四川省教育厅关于推广先进经验的通知\n鼓楼区教育局、朝阳区民政局的做法值得借鉴。\n"
            "四川省教育厅\n2023年5月6日")
    depts = _depts(text)
    assert depts["鼓楼区教育局"] is None
    assert depts["朝阳区民政局"] is None
    # Named with its city, it is that city's.
    text = ("四川省教育厅关于推广先进经验的通知\n福州市鼓楼区教育局的做法值得借鉴。\n"
            "四川省教育厅\n2023年5月6日")
    assert _depts(text)["福州市鼓楼区教育局"] == "福州市鼓楼区教育局"


def test_shared_district_name_in_its_province_names_no_body():
    # 鼓楼区 is both 南京's and 徐州's: a Jiangsu provincial notice naming it alone does not say which.
    text = ("江苏省教育厅关于推广先进经验的通知\n鼓楼区教育局的做法值得借鉴。\n江苏省教育厅\n2023年5月6日")
    assert _depts(text)["鼓楼区教育局"] is None


def test_subdistrict_after_a_shared_district_name_is_the_district_that_has_it():
    # 华大街道 is 福州市鼓楼区's; 宁海路街道 南京市鼓楼区's: the township table tells which 鼓楼区.
    text = ("四川省民政厅关于推广社区治理经验的通知\n鼓楼区华大街道办事处、鼓楼区宁海路街道办事处的做法值得借鉴。\n"
            "四川省民政厅\n2023年5月6日")
    depts = _depts(text)
    assert depts["鼓楼区华大街道办事处"] == "福州市鼓楼区人民政府华大街道办事处"
    assert depts["鼓楼区宁海路街道办事处"] == "南京市鼓楼区人民政府宁海路街道办事处"


def test_notice_of_a_shared_district_name_alone_has_no_division():
    # A notice signed 鼓楼区人民政府 that names no city: 南京's, 福州's, 徐州's or 开封's is not said, so
    # neither its division nor its 区民政局 is 南京's.
    text = ("鼓楼区人民政府关于印发某方案的通知\n各街道办事处，区政府各部门：\n请区民政局、区财政局负责。\n"
            "鼓楼区人民政府\n2023年5月6日")
    r = govie.extract(text, model=None)
    assert r.meta["division"] is None
    depts = {e.text: e.canonical for e in r.entities if e.label == "DEPT"}
    assert depts["区民政局"] is None


def test_full_width_document_number_is_read_as_half_width():
    # The record reads the page's own lines: a number in full-width digits is the same number.
    half = "关于印发某方案的通知\n川府发〔2023〕5号\n各市（州）人民政府：\n请省民政厅负责。\n2023年5月6日"
    full = "关于印发某方案的通知\n川府发〔２０２３〕５号\n各市（州）人民政府：\n请省民政厅负责。\n２０２３年５月６日"
    a, b = govie.extract(half, model=None).meta, govie.extract(full, model=None).meta
    assert b["docno"] == a["docno"] == "川府发〔2023〕5号"
    assert b["issuer"] == a["issuer"] == "四川省人民政府"


def test_a_former_body_is_one_already_ended_on_the_date():
    # 电力工业部 was a ministry in 1955-1958, 1979-1982 and 1993-1998: a 1990 text names one of the
    # ended ministries, never the one of 1993 not yet set up.
    text = "国务院关于电力工业管理体制的通知\n1979年恢复电力工业部，1982年电力工业部与水利部合并。\n国务院\n1990年6月1日"
    ids = {e.attrs.get("agency_id") for e in govie.extract(text, model=None).entities if e.text == "电力工业部"}
    assert ids == {"cn.mpower-1979"}
    # A body set up years after the text's date is no body of the text.
    text = "关于加强产品质量监督的通知\n请质检总局加强指导。\n1995年6月1日"
    depts = _depts(text, jurisdiction="国家")
    assert depts["质检总局"] is None


def test_an_intermediate_court_is_a_prefectures():
    # A county-level city has a basic court only: 市中级人民法院 in 寿光市's text is no 寿光市中级人民法院
    # (its city's court is 潍坊's, which the bare 市 does not name).
    text = ("寿光市人民政府关于做好执行工作的通知\n请市人民法院配合市中级人民法院、市中院做好执行联动工作。\n"
            "寿光市人民政府\n2023年5月6日")
    depts = _depts(text)
    assert depts["市人民法院"] == "寿光市人民法院"
    assert depts["市中级人民法院"] is None and depts["市中院"] is None
    # Bare, a county's 中院 is its prefecture's; a municipality's are numbered (北京市第一中级人民法院).
    from govie.link import Linker
    linker = Linker()
    assert linker.link("中院", jurisdiction="泸定县").canonical == "甘孜藏族自治州中级人民法院"
    assert linker.link("一中院", jurisdiction="北京市朝阳区").canonical == "北京市第一中级人民法院"
    assert linker.link("中院", jurisdiction="北京市朝阳区").canonical is None


def test_a_department_of_an_autonomous_region_after_a_bare_district_prefix():
    # A district has no 厅 and no high court: 区教育厅 in a 南宁 district's notice is 广西's, as 区教育局
    # is the district's.
    text = ("南宁市青秀区人民政府办公室关于做好学校安全工作的通知\n各街道办事处，区直各部门：\n"
            "根据区教育厅和区公安厅的部署，请区教育局做好学校安全工作，重大情况及时报区高级人民法院。\n"
            "南宁市青秀区人民政府办公室\n2023年5月6日")
    depts = _depts(text)
    assert depts["区教育厅"] == "广西壮族自治区教育厅"
    assert depts["区高级人民法院"] == "广西壮族自治区高级人民法院"
    assert depts["区教育局"] == "南宁市青秀区教育局"


def test_a_full_width_posting_date_is_the_reference_date():
    # A page date written full-width (２０２３－０５－０６) is read as its half-width form is.
    base = "关于印发某方案的通知\n川府发〔2023〕5号\n各市（州）人民政府：\n请省民政厅负责。\n四川省人民政府\n"
    half = govie.extract(base + "2023-05-06", model=None).meta["reference_date"]
    full = govie.extract(base + "２０２３－０５－０６", model=None).meta["reference_date"]
    assert half == full == "2023-05-06"
