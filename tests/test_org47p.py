"""Probe org47p: a class of bodies named like one body (an honour for cooperatives, 内地 + a region's school)."""

from govie.taggers.entities import tag_orgs


def _orgs(text):
    return sorted({text[m.start:m.end] for m in tag_orgs(text) if m.label == "ORG"})


def test_honour_for_cooperatives_is_a_class():
    # 东阳市人民政府 2018 涉农先进 decision (nbxinxi.com/a/dongyangshi/20210606/263692.html).
    text = "东阳市紫溪粮食专业合作社等5家合作社为东阳市示范性农民专业合作社,东阳市城东鑫链家庭农场等11家家庭农场为东阳市示范性家庭农场。"
    # The named farm is an ORG since probe org48s made 家庭农场 a suffix (org47p's gold marks it); the honour stays none.
    assert _orgs(text) == ["东阳市城东鑫链家庭农场", "东阳市紫溪粮食专业合作社"]


def test_named_cooperative_in_an_award_stays():
    # 叶县人民政府 叶政〔2013〕2号 (yexian.gov.cn/contents/33178/271076.html).
    text = "决定授予河南省金牛足食品有限责任公司、叶县中医院、叶县福旺蔬菜大棚专业合作社等3家单位“2012年度叶县县长质量奖”"
    assert "叶县福旺蔬菜大棚专业合作社" in _orgs(text)


def test_inland_schools_for_a_region_are_a_class():
    # 国务院办公厅 2019 on 内地西藏班 (dev sc19-52, state-council-2019.jsonl).
    text = "承办内地西藏中学和西藏班的有关省（市）人民政府,要根据中发〔1994〕8号文件关于“继续办好内地西藏中学和西藏班,长期坚持”的要求"
    assert _orgs(text) == []


def test_a_named_school_of_a_city_stays():
    # The same words with a city before them name one school (北京西藏中学).
    text = "北京西藏中学、天津红光中学承担招生任务。"
    assert _orgs(text) == ["北京西藏中学", "天津红光中学"]
