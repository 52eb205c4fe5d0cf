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
