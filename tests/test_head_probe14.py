"""Document division: two-character county names (round 10 probe div14, /work/r10/probe-div14.md)."""

from __future__ import annotations

from .test_head_probe12 import _canonicals, _division


def test_a_two_character_county_in_the_title_is_the_division():
    # https://yz.rednet.cn/m/content/2020/05/01/7165670.html (红网, 永州): a 道县 news item that names
    # its county only as 道县; the bare 县委宣传部 is 道县's.
    text = ("道县召开2020年全县宣传委员会议\n"
            "道县县委常委、宣传部长张穆宸出席并讲话,县委宣传部常务副部长周镜忠主持会议。\n")
    assert _division(text) == "431124"
    assert _canonicals(text, "县委宣传部") == ["中共道县委员会宣传部"]


def test_a_two_character_county_named_in_a_county_voice_is_the_division():
    # http://xinyang.henanrexian.cn/xinyang/2022/1216/169762.html (息县, Henan): no line names another
    # place; the text speaks as a county (县委常委, 县政府).
    text = ("为庆祝新春佳节即将到来,息县将开展“美好息县欢乐新春”系列文化活动,12月14日下午,筹备会召开,"
            "息县县委常委、宣传部部长、县政府副县长贡少辉,县政府副县长谢文彬出席了会议。\n")
    assert _division(text) == "411528"
    assert _canonicals(text, "县政府") == ["息县人民政府", "息县人民政府"]


def test_a_two_character_county_inside_a_word_is_no_place():
    # wr2026-安徽省 (/work/r6/readable): 和县 in 城市和县城 and 新县 in 新县城 are no counties.
    from govie.document.head import _short_county_mentions
    from govie.kb.divisions import load_divisions
    divs = load_divisions()
    text = "城市和县城建成区黑臭水体基本消除"
    assert _short_county_mentions(text, divs, divs.mentions(text)) == []
