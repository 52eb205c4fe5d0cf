"""The one reader of Chinese numerals and of full written dates (二〇一九年一月十八日)."""

from __future__ import annotations

import datetime as dt
from govie.text import recached as re

__all__ = ["CN_DIGITS", "cn_int", "FULL_DATE", "full_date"]

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0, "ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_NUM = r"(?:\d{1,4}|[〇零○Ｏ一二三四五六七八九十]{1,4})"
# A date written out in full, Arabic or Chinese numerals; spaces from PDF extraction allowed.
FULL_DATE = re.compile(
    # Not the tail of a longer number: 12023年 or 二〇二〇〇年 is no year.
    rf"(?<![\d〇零○Ｏ一二三四五六七八九])(?P<y>\d{{4}}|[〇零○ＯOoｏ一二三四五六七八九]{{4}})\s*年\s*(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*日"
)


def cn_int(s: str, *, digits: bool = True) -> int | None:
    """Arabic or Chinese numerals: 18, 十八, 二十七, and with ``digits`` digit runs (二〇二三).

    Positional values go up to 99 (one 十); None when ``s`` is not a numeral.
    """
    if s.isdigit():
        return int(s)
    if "十" in s:
        tens, _, ones = s.partition("十")
        if "十" in ones or len(tens) > 1 or len(ones) > 1:
            return None
        t = CN_DIGITS.get(tens) if tens else 1
        o = CN_DIGITS.get(ones) if ones else 0
        return None if t is None or o is None else t * 10 + o
    if len(s) > 1 and not digits:
        return None
    value = 0
    for ch in s:
        if ch not in CN_DIGITS:
            return None
        value = value * 10 + CN_DIGITS[ch]
    return value if s else None


def full_date(m: re.Match[str]) -> dt.date | None:
    """The date of a FULL_DATE match, None when it is impossible (2023年13月45日)."""
    y, mo, d = (cn_int(m.group(k)) for k in ("y", "m", "d"))
    if not (y and mo and d):
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None
