"""Probe org40d: a list's last item that another rule found whole closes the list of firms."""

from govie.taggers.entities import tag_orgs


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def test_last_item_found_whole_closes_the_list():
    # 鄂州市 2024 政府工作报告 (district.ce.cn/newarea/roll/202403/19/t20240319_38939899.shtml).
    text = "葛店经开区入选全省首批数字经济标杆园区。杜肯新材料、华中数控、合强机械获评省级工业设计中心。"
    assert _orgs(text) == ["华中数控", "合强机械", "杜肯新材料"]


def test_list_without_found_items_stays_unmarked():
    # 鄂州市 2024 report: fields listed before their figures are no firms.
    text = "光电子信息、高端装备制造、生命健康产业产值分别增长23.1%、22.9%、9.3%。"
    assert _orgs(text) == []


def test_clause_opening_list_of_coined_firms_before_a_firm_predicate():
    # 泽州县 2023 政府工作报告 digest (qiantufanwen.com/8877.html).
    text = "传统产业改造升级,煤矿智能化改造完成36处;晋钢智造科技产业园建成运营,晋能华昱、晋钢智造获批省级智能制造试点企业。"
    # The park's name before stays a site's (a LOC); the second 晋钢智造 is the firm.
    assert sorted({(m.start, text[m.start:m.end]) for m in tag_orgs(text)}) == [
        (text.index("晋能华昱"), "晋能华昱"), (text.rindex("晋钢智造"), "晋钢智造")]


def test_places_and_fields_before_the_predicate_are_no_firms():
    # A list of cities before 入选 (dev Hubei 2026 report shape); a 鄂州 2024 sentence of fields.
    assert _orgs("武汉、襄阳、宜昌入选全国中小企业数字化转型试点城市。") == []
    assert _orgs("乳制品、稀土新材料、现代煤化工入选国家先进制造业集群。") == []
