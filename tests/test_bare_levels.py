"""The one list of bare levels and the subsets the taggers and the linker build from it."""
import pytest

from govie.kb.divisions import BARE_LEVELS, level_alternation, level_chars, levels_without


def test_subsets_are_drawn_from_the_authority():
    assert levels_without("盟", "乡", "镇") == ("自治区", "自治州", "自治县", "自治旗", "省", "市", "州", "县", "区", "旗")
    assert level_chars(levels_without("乡", "镇")) == "省市州盟县区旗"
    assert level_alternation(("自治区", "省")) == "(?:自治区|省)"
    assert set(level_chars()) < set("".join(BARE_LEVELS))


def test_an_unknown_level_is_refused():
    with pytest.raises(ValueError):
        levels_without("地区")


def test_coordinator_rule_fires_on_two_characters_only():
    # A guard, not a rule of its own: 和田 after 人民政府 looks like 和 + 田 to the coordinator
    # test, but the place read there is the four-character 和田地区, which it leaves alone.
    from govie.taggers._places import coordinator_opens
    text = "经自治区人民政府和田地区行政公署研究决定"
    s = text.index("和田")
    assert coordinator_opens(text, s, s + 2)
    assert not coordinator_opens(text, s, s + 4)


def test_hotan_prefecture_after_the_regional_government_stays_a_place():
    import govie
    result = govie.extract("请自治区人民政府和田地区各县市认真执行。")
    entities = result["entities"] if isinstance(result, dict) else result.entities
    texts = [e["text"] if isinstance(e, dict) else e.text for e in entities]
    assert "和田地区" in texts
