"""ORG probe round 10 (org15): securities houses and life insurers by a short name of their own, and a
school's renaming that joined two names. Sentences from the 2026 provincial work reports."""
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return {text[m.start:m.end] for m in tag_orgs(text)}


def test_securities_and_life_insurers_in_a_list():
    # Shandong 2026 report
    text = "完善省市县金融直连服务机制，德邦证券、富泽人寿成功落户，恒丰银行稳健发展，新增上市公司10家"
    assert {"德邦证券", "富泽人寿"} <= _orgs(text)


def test_securities_house_with_a_two_word_name():
    # Shanghai 2026 report
    text = "推动数字人民币国际运营中心、银行间市场数据报告库、中国资本市场学会落户，完成国泰海通证券重组更名上市"
    assert "国泰海通证券" in _orgs(text)


def test_securities_classes_are_no_firms():
    for text in ("鼓励发展私募证券投资基金", "推动资产证券化"):
        assert not any("证券" in o for o in _orgs(text)), text


def test_renamed_school_is_not_joined_to_its_new_kind():
    # Fujian 2026 report
    text = "福州大学获批设置临床医学本科专业，闽江学院更名大学工作顺利推进"
    orgs = _orgs(text)
    assert "闽江学院" in orgs and not any("更名" in o for o in orgs)


def test_renamed_school_with_wei_keeps_both_names():
    # Hainan 2026 report: 为 already ends the new name's left walk.
    text = "海南大学“双一流”建设稳步推进，海南医学院更名为海南医科大学，海南热带海洋学院实现深度转海"
    assert {"海南医学院", "海南医科大学"} <= _orgs(text)
