"""Probe org32: ORG in city and county investment news (signings, bank agreements, company visits)."""
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_state_grid_prefix_belongs_to_the_company():
    # http://110.249.165.203/preview/hgxww/byfc/202309/t20230922_199238.html (故城县 2023)
    assert _orgs("近日,国网故城县供电公司紧紧围绕中心工作大局,认真落实省市公司和县委县政府决策部署。") == ["国网故城县供电公司"]
    # https://wxredian.com/art?id=3f35716f665b6452cc94c12a5d36ac44 (通渭县)
    orgs = _orgs("副市长徐兰军,国网甘肃省电力公司党委委员、副总经理张祥全陪同调研。")
    assert orgs == ["国网甘肃省电力公司"]


def test_group_branch_company_is_one_name():
    # http://www.fjznxww.com/2025-12/12/content_2289733.htm (宁德 2025)
    orgs = _orgs("代表团先后来到宁德时代新能源科技股份有限公司、上汽集团乘用车福建分公司、福安市下白石镇下岐村、青拓集团等地调研。")
    assert "上汽集团乘用车福建分公司" in orgs
    assert "上汽集团" not in orgs and "福建分公司" not in orgs


def test_firm_after_meeting_verb():
    # http://sc.people.com.cn/n2/2022/0709/c379470-40030515.html (四川日报 2022)
    assert "比亚迪公司" in _orgs("7月8日,省委书记王晓晖在成都会见比亚迪公司董事长王传福一行。")


def test_bank_after_hope_with_level_and_adverbial():
    # http://szb.xgrb.cn:9999/epaper/xgrbm/html/2020/09/03/02/02_50.htm (孝感 2020)
    assert _orgs("张志敏充分肯定了市农行所做的工作,希望市农行进一步加大支农力度。") == ["市农行", "市农行"]
    # http://cn.chinaebr.com/zjly/show.php?itemid=2413 (临沂 2021)
    assert _orgs("真诚希望农发行一如既往地关心沂蒙老区、支持临沂发展!") == ["农发行"]


def test_not_every_level_char_or_project_is_a_bank():
    # 城市 ends a word: no 市-branch read into it; a project a firm's name opens stays unmarked
    # (https://nnmfdq.com/zwgk/fayw/202110/t20211012_1535078, 福安 2021).
    assert "市农行" not in _orgs("推动城市农行网点转型。")
    assert _orgs("先后来到福安经济开发区嘉元年产1.5万吨高性能铜箔项目、宁德震裕汽车部件项目等,实地察看项目进展情况。") == []
