"""Probe org38: ORG in provincial recognition notices and prefecture news and reports 2019-2025 (a lead verb whose
first character is a stop, 同意; a news item's closing credit in brackets; a university's key laboratory named after
it; an institute opened by a university's short name)."""
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_lead_verb_opening_with_a_stop():
    # https://huaxiataike.com/news/19163.html (浙发改高技〔2019〕438号): 同 stops the walk, 意 is no part of the name.
    orgs = _orgs("根据《浙江省工程研究中心管理办法(试行)》,经各市发展改革委和省级有关部门推荐、形式审查、专家评审等环节,"
                 "现同意贝达药业股份有限公司等24家单位创建省级工程研究中心,具体名单见附件。")
    assert orgs == ["贝达药业股份有限公司"]


def test_bank_docked_after_a_stop_led_verb():
    # Same kind with 对接 (org_left_stops): the firm starts after the verb, never at 接.
    orgs = _orgs("县政府积极对接中国农业发展银行股份有限公司开展合作。")
    assert not any(o.startswith("接") for o in orgs)


def test_closing_credit_names_the_medium():
    # https://cando.cditv.cn/show-311-1553296-1.html (看度新闻 2022): 成都发布 is the city's news account.
    orgs = _orgs("市领导杜海波、鲜荣生,比亚迪股份有限公司副董事长吕向阳等参加。(图文据成都发布)")
    assert orgs == ["比亚迪股份有限公司", "成都发布"]


def test_statistics_in_brackets_name_no_medium():
    # 据统计 / 据了解 in brackets are no credit.
    assert _orgs("全年新增市场主体7500余户(据统计)。项目进展顺利(据了解)。") == []


def test_university_key_laboratory_is_one_name():
    # http://epaper.cnnb.com.cn/nbrb/pc/content/202501/14/content_195233.html (宁波 2025 report)
    orgs = _orgs("中国科学院宁波材料所海洋关键材料全国重点实验室、宁波大学农产品质量安全全国重点实验室获批。"
                 "获国家自然科学基金项目264项,宁波大学获批基金项目数量和资助经费均居省属高校第一。")
    assert orgs == ["宁波大学农产品质量安全全国重点实验室", "宁波大学"]


def test_institute_opened_by_a_university_short_name():
    # https://huaxiataike.com/news/19163.html (浙发改高技〔2019〕438号 addressees)
    orgs = _orgs("各市发展改革委,省教育厅、省水利厅、省卫生健康委,浙江大学、省农科院、清华长三角研究院:")
    assert orgs == ["浙江大学", "清华长三角研究院"]


def test_university_short_name_inside_beidahuang_is_no_institute():
    # 北大荒 is a state farm group, not 北大 (Peking University).
    assert "北大荒农垦集团研究院" not in _orgs("支持北大荒农垦集团研究院开展攻关。")
