"""Probe org25: firms, institutes and associations named without a legal form or a place (2018-2025 local
reports and news)."""
from .mentions import spans as _spans


def test_firm_institute_and_industry_institute_are_orgs():
    # http://hutangcun.com/news/show-187114.html (郑政文〔2023〕200号, traditional script)
    text = "由鄭州安圖生物工程股份有限公司牽頭組建鄭州市體外診斷產業研究院,由鄭州磨料磨具磨削研究所有限公司牽頭組建鄭州市超硬材料及製品產業研究院。"
    orgs, depts = _spans(text, "ORG"), _spans(text, "DEPT")
    assert {"鄭州市體外診斷產業研究院", "鄭州磨料磨具磨削研究所有限公司"} <= set(orgs)
    assert not depts


def test_meeting_and_signing_verbs_end_the_lead():
    # https://cbgc.scol.com.cn/news/5529645 (四川 2024 news)
    orgs = _spans("10月16日,省委副书记、省长施小琳在成都会见中国电力建设集团有限公司董事长丁焰章一行。", "ORG")
    assert "中国电力建设集团有限公司" in orgs and not any(o.startswith("成都") for o in orgs)
    # https://www.cwq3tag.xyz/info/1076/41307.htm (湖北日报, 潜江 news, traditional script)
    orgs = _spans("5月17日,潛江市與湖北大學簽訂共建湖北大學潛江產業技術研究院協議。", "ORG")
    assert "湖北大學潛江產業技術研究院" in orgs and "湖北大學簽訂共建湖北大學" not in orgs


def test_he_after_a_list_comma_opens_the_name():
    # https://www.cwq3tag.xyz/info/1076/41307.htm
    orgs = _spans("現場,湖北大學還依次與湖北鼎龍控股股份有限公司、和遠氣體潛江有限公司、湖北菲布雷格光電科技有限公司簽訂校企合作協議。", "ORG")
    assert "和遠氣體潛江有限公司" in orgs and "遠氣體潛江有限公司" not in orgs


def test_item_beside_an_org_in_a_list():
    # https://www.cwq3tag.xyz/info/1076/41307.htm
    orgs = _spans("此前,該市與高校院所合作,成立了湖北省小龍蝦產業技術研究院、綠色化工產業技術研究院。", "ORG")
    assert {"湖北省小龍蝦產業技術研究院", "綠色化工產業技術研究院"} <= set(orgs)
    # https://f.qianzhan.com/yuanqu/detail/180511-06bd7de9.html (锦州 2018 news)
    orgs = _spans("锦州市先后与世界500强企业碧桂园集团、恒大地产集团举行合作框架协议签约仪式。", "ORG")
    assert {"碧桂园集团", "恒大地产集团"} <= set(orgs)


def test_founded_association_and_institute():
    # https://gongwensou.com/zhengfubaogao/36252.html (肇源县 2021 report)
    orgs = _spans("制定优质稻米产业发展规划和生产标准,组建大米协会和水稻种子研究所,自主培育吉源香1号稻米品种。", "ORG")
    assert {"大米协会", "水稻种子研究所"} <= set(orgs)
    # Kinds of bodies stay unmarked.
    assert not _spans("鼓励各地成立行业协会和专业合作社。", "ORG")


def test_township_chamber_of_commerce():
    # https://edutainingadventures.com/bhuazhong/10595.html (郏县 2024 report)
    assert "安良镇商会" in _spans("在全市率先实现基层商会全覆盖,安良镇商会被评为全省“四好商会”、全市唯一。", "ORG")


def test_cooperative_named_again_without_its_county():
    # https://www.eagle1author.com/xinwen/toutiao/129986 (安徽 2020 news)
    text = ("在万山镇,庐江县春清茶叶种植专业合作社的厂房,一楼是刚刚建好不久的冷库。改变作坊式的加工生产、“露天叫卖”的销售方式,"
            "春清茶叶种植专业合作社目前入社社员378人。")
    assert _spans(text, "ORG").count("春清茶叶种植专业合作社") == 1


def test_listed_firms_after_a_lead_and_beside_a_verb_item():
    # http://www.ajclub.net/n2/2023/0219/c182775-40306926.html (西宁 2023, traditional script)
    orgs = _spans("2022年,西寧市引進落地晶科、弗迪等15項強鏈補鏈項目,西寧市最大單體投資項目開工建設。", "ORG")
    assert {"晶科", "弗迪"} <= set(orgs)
    # http://www.yfyunchengqu.gov.cn/yfycgxj/gkmlpt/content/1/1798/post_1798893.html (云浮云城区 2023)
    orgs = _spans("同时把增资扩产作为最好的招商引资抓好抓实,推动金晟兰、衍生、中智、信基、万洋众创等现有优势企业加快增资扩产步伐。", "ORG")
    assert orgs == ["金晟兰", "衍生", "中智", "信基", "万洋众创"]
