"""Probe dept53n: bodies in national (ministry and State Council) policy documents."""

from .mentions import depts


def _depts(text, ref):
    return depts(text, reference_date=ref, model=None)


# http://2016forest.slxxty.com/ (国家林业和草原局 应急管理部 林规发〔2022〕100号)
FOREST = ("国家林业和草原局 应急管理部关于印发《“十四五”全国草原防灭火规划》的通知\n林规发〔2022〕100号\n"
          "各有关省、自治区、新疆生产建设兵团林业和草原主管部门、应急管理厅（局）：\n为进一步提升草原火灾综合防控能力，"
          "根据《草原防火条例》，国家林业和草原局、应急管理部编制了《“十四五”全国草原防灭火规划》。")


def test_addressee_list_opened_by_ge_youguan_is_a_class():
    got = _depts(FOREST, "2022-10-12")
    # Before: 新疆生产建设兵团 and 应急管理厅 marked: 各有关 did not open the list of places as 各 does.
    assert not any(t in ("新疆生产建设兵团", "应急管理厅") for t, _ in got)
    assert got.count(("国家林业和草原局", "国家林业和草原局")) == 2
    assert got.count(("应急管理部", "应急管理部")) == 2


def test_corps_named_as_its_own_addressee_stays_a_body():
    # A made-up contrast to the list above: the Corps after a comma is one addressee of its own.
    got = _depts("各有关省、自治区、直辖市人民政府，新疆生产建设兵团：", "2022-10-12")
    assert ("新疆生产建设兵团", "新疆生产建设兵团") in got


# https://www.gov.cn/zhengce/zhengceku/202501/content_7000295.htm (工信部联信管〔2024〕256号, the signatories)
SIGNATORIES = "工业和信息化部\n中央空中交通管理委员会办公室\n国家发展和改革委员会\n公安部\n2024年12月31日"


def test_central_air_traffic_commission_office_is_registered():
    got = _depts(SIGNATORIES, "2024-12-31")
    # Before: missed by the rules, and linked to nothing by the model.
    assert ("中央空中交通管理委员会办公室", "中央空中交通管理委员会办公室") in got
    assert ("国家发展和改革委员会", "国家发展和改革委员会") in got


# https://wf.pub/perios/article:zgwshb201907003 (国务院办公厅 健康中国行动组织实施和考核方案, 2019)
HEALTHY_CHINA = ("（一）成立健康中国行动推进委员会。依托全国爱国卫生运动委员会，国家层面成立健康中国行动推进委员会"
                 "（以下简称推进委员会），统筹推进组织实施、监测和考核相关工作。推进委员会办公室设在国家卫生健康委。")


def test_office_of_a_defined_committee_is_a_body_without_a_guessed_name():
    got = _depts(HEALTHY_CHINA, "2019-06-24")
    # Before: missed. Its canonical stays null: the short name is the text's own.
    assert ("推进委员会办公室", None) in got
    assert ("国家卫生健康委", "国家卫生健康委员会") in got
    # The committee itself is a task force, not a body (guide v2).
    assert not any(t.endswith("推进委员会") for t, _ in got)


# 国函〔2006〕38号 (state-council-2019.jsonl line 22; its dev annotation marks 协调委办公室 with canonical null)
AIRPORT = ("组建2008年北京奥运会首都国际机场协调委员会（以下简称协调委）。\n协调委办公室设在民航总局，承担协调委的日常工作。")


def test_office_of_a_defined_coordination_committee():
    got = _depts(AIRPORT, "2006-03-01")
    assert ("协调委办公室", None) in got
    assert ("民航总局", "中国民用航空总局") in got


# 新华社, 2016-06-22 (国家防总通知须认真做好淮河流域防汛工作; page http://gwejianzhan.com/2016/0622/1771.html)
FLOOD = "国家防汛抗旱总指挥部办公室21日向江苏、安徽、山东、河南省防指和淮河防总发出通知，要求认真做好有关防范工作。"


def test_flood_headquarters_office_is_registered_and_the_headquarters_are_not_bodies():
    got = _depts(FLOOD, "2016-06-22")
    # Before: missed (no registry entry; the State Council prefix pattern needs 国务院).
    assert got == [("国家防汛抗旱总指挥部办公室", "国家防汛抗旱总指挥部办公室")]


def test_forest_fire_headquarters_office_short_name():
    # The short name as the office signs: 国家森防指办公室 (its registry alias).
    got = _depts("国家森防指办公室、应急管理部、国家林草局联合会商。", "2024-03-01")
    assert ("国家森防指办公室", "国家森林草原防灭火指挥部办公室") in got
    assert ("国家林草局", "国家林业和草原局") in got
