"""Probe org35: ORG in policy notices, provincial reports and provincial state-firm news (a government and a bank
joined by 和, a province's state capital company, a county's short name inside a group's name, a list numbered by
its count, a clock time before a source, 上市公司 as a class, fields after 等)."""
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_government_and_bank_joined_by_he():
    # http://www.gsrdw.gov.cn/html/2015/rdxw_0120/151.html (甘肃 2015 银政合作)
    assert "中国农业银行股份有限公司" in _orgs(
        "副行长杨琨分别代表甘肃省政府和中国农业银行股份有限公司在银政战略合作备忘录上签字。")
    assert not any("政府" in o for o in _orgs(
        "副行长杨琨分别代表甘肃省政府和中国农业银行股份有限公司在银政战略合作备忘录上签字。"))


def test_state_capital_company_keeps_guoyou():
    # http://jjchem.net/news/202010/10162584.html (中国化工报 2020)
    assert "山西省国有资本运营有限公司" in _orgs(
        "中化新网讯 10月13日,山西省国有资本运营有限公司召开省属国有企业改革重组及相关情况通报会议。")


def test_county_short_name_inside_a_word_opens_with_the_word():
    # http://jjchem.net/news/202010/10162584.html: 阳新 (a Hubei county) inside 华阳
    orgs = _orgs("重组后的华阳新材料科技集团将大力布局功能性聚酯纤维、碳基半导体等新材料产业,打造碳基新材料全产业链。")
    assert orgs == ["华阳新材料科技集团"]  # and 碳基半导体 before 等新材料产业 is a technology


def test_list_numbered_by_its_count():
    # http://8.136.222.164:8000/guanfangxiaoxi/3278.html (山西日报 2021)
    assert _orgs("省国资运营公司日前召开涉煤企业专业化重组管理权移交签约会议,焦煤集团、晋能控股、华阳新材料、潞安化工"
                 "4家企业现场签订管理权移交协议。") == ["省国资运营公司", "焦煤集团", "晋能控股", "华阳新材料", "潞安化工"]
    # http://shadafang.com/a/bb/0422L95C2020.html (山西 2020 国资 news)
    assert _orgs("资料显示 , 焦煤集团旗下有西山煤电、山西焦化、南风化工3家上市公司 , 其中") == [
        "焦煤集团", "西山煤电", "山西焦化", "南风化工"]
    # a count that is not the number of items numbers something else
    assert "山西焦化" not in _orgs("资料显示 , 焦煤集团旗下有西山煤电、山西焦化、南风化工5家上市公司")


def test_fields_before_a_count_of_fields():
    # http://jjchem.net/news/202010/10162584.html
    assert _orgs("集中实施了涵盖焦煤、化工、新材料、燃气等14个领域国有企业的重组。") == []


def test_listed_companies_are_a_class_and_rare_lead_words_open_groups():
    # http://shadafang.com/a/bb/0422L95C2020.html
    assert _orgs("据了解 , 山西目前有37家A股上市公司 , 其中18家实际控制人为山西国资 。") == []
    orgs = _orgs("在聚焦专业化重组方面 , 会议提到要推动万家寨水控集团、华远陆港集团重组后续工作;推进国控集团分立改组 。")
    assert orgs[:3] == ["万家寨水控集团", "华远陆港集团", "国控集团"]
    # a common word before the short name stays outside it
    assert _orgs("推动重点水控集团改革。") != ["重点水控集团"]


def test_source_after_a_clock_time_and_news_colon():
    # http://8.136.222.164:8000/guanfangxiaoxi/3278.html
    assert "山西日报" in _orgs("4家省属企业签订专业化重组管理权移交协议\n\n2021-05-07 09:10 山西日报\n\n省国资运营公司日前召开会议。")
    # http://shadafang.com/a/bb/0422L95C2020.html
    assert "北极星大气网" in _orgs("北极星大气网讯:4月21日 , 山西省属企业、市国资委负责人会议在太原召开 。")
