"""Place rules the DEPT and LOC taggers share."""

from __future__ import annotations

from govie.text import recached as re

from govie.kb.divisions import level_chars, levels_without

# What a coordinator follows when it joins two bodies: a body's last character (市委、市政府和县委) or
# a level's (省市和县委). Only the levels that open a body's name bare with one character.
_BEFORE_COORDINATOR = "委府局办厅部院会" + level_chars(levels_without("盟", "旗", "乡", "镇"))


def coordinator_opens(text: str, start: int, end: int) -> bool:
    """Whether a two-character place read at ``start`` may be a coordinator and a level instead
    (和县 in 市委、市政府和县委 or 省市和县委): it opens with 和/与/及 right after a body's or a level's
    last character, or after a post and a person's name (主任赵东升和县委副书记). It also fires on a two-character place that truly opens with 和 after a body
    (和田 read alone in 自治区人民政府和田…); the four-character 和田地区 is not affected. The caller
    keeps it where a place ends at ``start`` (安徽省和县, 马鞍山市和县)."""
    if end - start != 2 or not start or text[start] not in "和与及":
        return False
    # After a post and a person's name the 和 joins two people, the second named by a post.
    return text[start - 1] in _BEFORE_COORDINATOR or _POST_AND_NAME.search(text, max(0, start - 9), start) is not None


# A post, then a name of two or three characters, ending where a coordinator may stand.
_POST_AND_NAME = re.compile("(?:主席|书记|主任|[省市区县州]长|局长|部长|厅长|委员|常委)[\u4e00-\u9fff]{2,3}$")
