"""Probe org31: ORG in 2019-2025 work reports of 北京, 江苏, 湖南, 黑龙江, 广西 and news from their sessions (round 17):
media in captions, page titles and source lines; a company's brand named again without its legal form."""
import govie

QIANLONG = "http://beijing.qianlong.com/2019bjlh/2019/0114/3057831.shtml"  # 北京 2019 report, 千龙网
XINHUA = "http://www.news.cn/politics/2023-01/16/c_1129287723.htm"  # 黑龙江 2023 session, 新华每日电讯
GXZX = "http://www.gxzx.gov.cn/html/szdt/44876.html"  # 广西 2023 session, 广西日报


def _spans(text, label="ORG", **kw):
    return [e.text for e in govie.extract(text, **kw).entities if e.label == label]


def test_a_photo_credit_names_its_medium():
    # QIANLONG: the caption ends with the site that sent the photo.
    text = "1月14日,北京市第十五届人民代表大会第二次会议在北京会议中心开幕。图为怀柔科学城规划图。千龙网发\n"
    for kw in ({"model": None}, {}):
        assert _spans(text, **kw) == ["千龙网"]
    # 发 inside a sentence is no credit (互联网发展).
    assert _spans("推动互联网发展。\n", model=None) == []


def test_national_news_sites_and_a_source_line_in_电讯():
    # XINHUA: the page title, the breadcrumb and the source line.
    text = "龙江振兴正当时 黑龙江奋力书写高质量发展新答卷-新华网\n新华网 > 时政 > 正文\n2023 01/ 16 07:20:31\n来源:新华每日电讯\n"
    for kw in ({"model": None}, {}):
        assert _spans(text, **kw) == ["新华网", "新华网", "新华每日电讯"]


def test_a_companys_brand_named_again():
    # GXZX: 上汽通用五菱汽车股份有限公司 … 上汽通用五菱 (the legal form and the industry word dropped).
    text = ("上汽通用五菱汽车股份有限公司党委书记、副总经理姚佐平代表表示,通过创新驱动,该公司目前打造了一个国家级高水平的"
            "实验室。“十四五”时期,上汽通用五菱将快速形成纯电动汽车、混动汽车双百万。")
    for kw in ({"model": None}, {}):
        assert _spans(text, **kw) == ["上汽通用五菱汽车股份有限公司", "上汽通用五菱"]


def test_a_firm_named_after_its_site_leaves_the_site():
    # GXZX: 平陆运河集团有限公司 … 平陆运河一期工程: the bare name is the canal, not the firm.
    text = ("平陆运河集团有限公司党委书记、董事长王劼耘代表介绍,截至目前,平陆运河一期工程已完成70%,完成投资约40亿元。")
    orgs = _spans(text, model=None)
    assert orgs == ["平陆运河集团有限公司"], orgs
