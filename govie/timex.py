"""Resolve Chinese time expressions to ISO 8601 values.

``resolve`` turns one expression (as tagged in a document) into a
``DateValue``: an ISO 8601 / 8601-2 string and its grain.

Value forms:

- day ``2023-05-04``, month ``2023-05``, year ``2023``;
- an interval ``2023-05-04/2023-05-12``; parts of periods are intervals too
  (上旬 ``2023-05-01/2023-05-10``, 一季度 ``2023-01/2023-03``, 上半年
  ``2023-01/2023-06``, 十三五 ``2016/2020``);
- an open end (``2024年3月1日起``, ``2003年以后``) is ISO 8601-2's ``2024-03-01/..``;
- a deadline (``2021年6月25日前``) has the value of its date; by a month's end
  (``2019年2月底前``) it is that month, and so is a month's end itself (``11月底``);
- X以来 / X至今 run from the first day of X to the reference date; without a
  reference the end is unknown, which ISO 8601-2 writes as an empty end
  (``2019-01-01/``);
- a date without a year takes the reference year, or the year before when it
  would land more than a month after the reference date; quarters, half-years
  and ranges land where they end (reports give a period's figures once it is
  over), days and months where they start;
- a date without a year and without a reference date keeps what is known and
  marks the unknown year with ISO 8601-2 unspecified digits: ``XXXX-05-04``;
- vague expressions (近期, 近日, 日前, 近年), 年中, a bare 年初/年底 (it looks
  back in a report on last year and ahead in a plan) and days that do not
  exist (2月30日) have value ``None``; relative expressions (今年, 本周, a bare 年内) without a
  reference date have value ``None`` and their grain.

Grains: ``day``, ``dekad`` (a 旬, ten days), ``week``, ``month``, ``quarter``,
``half_year``, ``year``, ``decade``, ``century`` (21世纪 ``2001/2100``). A range has the grain of its start.
"""

from __future__ import annotations

import calendar
import datetime as dt
from govie.text import recached as re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import cast

from govie.text.numerals import CN_DIGITS, cn_int

__all__ = ["DateValue", "resolve", "five_year_plans", "VAGUE", "DISCUSSED", "WEEKDAY", "parse_date_arg", "ahead",
           "due_month"]


@dataclass(frozen=True)
class DateValue:
    """An ISO 8601(-2) value and its grain; both None when nothing is known."""

    value: str | None
    grain: str | None


NONE = DateValue(None, None)


def _data(name: str) -> list[str]:
    path = resources.files("govie") / "data" / "dates" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def five_year_plans() -> dict[str, tuple[int, int, int]]:
    """Short plan name (十三五) → (ordinal, first year, last year)."""
    out = {}
    for line in _data("five_year_plans.tsv"):
        name, n, a, b = line.split("\t")
        out[name] = (int(n), int(a), int(b))
    return out


VAGUE = frozenset(_data("vague.txt"))

_CN_RUN = re.compile(r"[〇零○一二两三四五六七八九十]+")
_SPACE = re.compile(r"\s+")
# Full-width forms the normalizer may have left (it folds only digits and letters).
_FOLD = str.maketrans({"．": ".", "／": "/", "－": "-", "：": ":", "～": "~", "，": ","})


def _cn_number(run: str) -> int | None:
    """Positional value of a Chinese numeral up to 99 (十二 → 12, 二十七 → 27)."""
    return cn_int(run, digits=False)


def _arabic(s: str) -> str:
    """Chinese numerals to Arabic: digit by digit for years (二〇二四年), positional otherwise."""

    def sub(m: re.Match[str]) -> str:
        run = m.group()
        if "十" not in run and len(run) > 1:
            # 二〇二四年, or a list of digits such as 一九五八.
            return "".join(str(CN_DIGITS[c]) for c in run)
        n = _cn_number(run)
        if n is None:
            return run
        return str(n)

    return _CN_RUN.sub(sub, s)


# The letter O (Latin upper or lower case, full-width, Cyrillic) typed for 〇 between Chinese
# digits (二ＯＯ七年, 二o一二年四月一日 on a Guangzhou police notice).
# The digit 0 typed likewise, in runs (二00一年九月一日, the signature of 皖政[2001]73号: probe old46p),
# only after a Chinese digit and before another or 年, so that 2010年 keeps its Arabic zero.
_O_ZERO = re.compile(r"(?<=[〇零○一二三四五六七八九])[OＯОoｏ]|[OＯОoｏ](?=[〇零○一二三四五六七八九OＯОoｏ]*年)"
                     r"|(?<=[〇零○一二三四五六七八九])[0０]+(?=[〇零○一二三四五六七八九0０]*年|[〇零○一二三四五六七八九])")


# A weekday or the lunar date in brackets after a day (2月2日（星期六）, 2020年2月27日(二月初五),
# 2月20日(正月十六)): part of the date's span (the DATE tagger reads this pattern) and nothing of
# its value.
_LUNAR_DAY = (
    r"(?:农历|農曆|阴历)?(?:正|冬|腊|臘|十[一二]|[一二三四五六七八九十])月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
)
WEEKDAY = rf"[（(](?:(?:星期|周|礼拜|禮拜)[一二三四五六日天]|{_LUNAR_DAY})[）)]"
_WEEKDAY = re.compile(WEEKDAY)

# The time of day after a day, or a stretch of it (1月24日24: 00前, 2020年1月30日零時起,
# 2月20日早晨4時至中午12時): in the span, nothing of the value (the value keeps the day).
# The parts of a day, one list for finding and resolving; the bare 晚 and 夜 are parts only right
# after a day or a clock, where the caller adds them.
DAYPARTS = "上午|下午|中午|晚上|晚间|晚間|凌晨|早上|早晨|傍晚|夜间|夜間"
_DAYPART = rf"(?:{DAYPARTS}|晚|夜)"
_CLOCK = (
    rf"(?:{_DAYPART}?\s*(?:(?:\d{{1,2}}|[零〇一二三四五六七八九十]{{1,3}})\s*[时時点點](?:\s*\d{{1,2}}\s*分|半|整)?"
    rf"|\d{{1,2}}\s*[:：]\s*\d{{2}}(?:[:：]\d{{2}})?)|{_DAYPART})"
)
_DAY_TIME = re.compile(rf"(?<=[日号])\s*{_CLOCK}(?:\s*(?:至|到|[—–\-~～－])\s*{_CLOCK})?")


# 今年内, 今年年内, 2025年内: the year itself.
_WITHIN = re.compile(r"(年)年?内$")


# A page's time stamp (2026-02-03 09:02:33) is valued as its day.
_STAMP = re.compile(r"^(\d{4}[-－]\d{1,2}[-－](?:\d{2}|\d(?=\s)))\s*\d{1,2}:\d{2}(?::\d{2})?$")


# A year whose 年 a web page lost, run into its month and day (并于20251月20日前…报区政府督查室:
# 洪山区 2025, probe date43p): the year is the four digits before the month.
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=(?:1[0-2]|[1-9])月\d{1,2}[日号])")


def _clean(expr: str) -> str:
    s = _WEEKDAY.sub("", _SPACE.sub("", _STAMP.sub(r"\1", expr.strip())))
    s = _DAY_TIME.sub("", s).translate(_FOLD).replace("來", "来")
    s = _GLUED_YEAR.sub(r"\1年", s)
    # A bare 年内 (年内基本完成) is within the year spoken in, as 今年内 is.
    s = "今年" if s in ("年内", "年內") else _WITHIN.sub(r"\1", s)
    s = "".join(chr(ord(c) - 0xFEE0) if "\uff10" <= c <= "\uff19" else c for c in s)
    s = _O_ZERO.sub(lambda m: "〇" * len(m.group()), s)
    return s.strip("“”\"'‘’「」()（）")


# --- relative expressions ---------------------------------------------------

_REL_YEAR = {"今": 0, "本": 0, "去": -1, "上": -1, "明": 1, "下": 1, "前": -2, "后": 2, "大前": -3, "大后": 3}
_REL_DAY = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1, "前天": -2, "后天": 2,
            "大前天": -3, "大后天": 3}
REL_DAY_WORDS = frozenset(_REL_DAY)  # the days named relative to a reference day (今天, 昨日 …)
# 上一个月 and the traditional 上個月 are 上个月 (a monthly report of 上一個月的工作情況).
_REL_MONTH = {"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "上一个月": -1, "上個月": -1, "上一個月": -1,
              "下月": 1, "下个月": 1, "下一个月": 1, "下個月": 1, "下一個月": 1}
_REL_WEEK = {"本周": 0, "这周": 0, "上周": -1, "下周": 1}
# A quarter named from the reference date's (每季度…将本季度落实情况报送: 蔡甸区 2023, probe date43p).
_REL_QUARTER = {"本季度": 0, "当季度": 0, "上季度": -1, "上个季度": -1, "上一季度": -1, "上一个季度": -1,
                "上個季度": -1, "上一個季度": -1, "下季度": 1, "下个季度": 1, "下一季度": 1, "下一个季度": 1,
                "下個季度": 1, "下一個季度": 1}
_PAST_YEARS = re.compile(r"^(?:过去的?|这|近)(\d{1,2})年(?:来|间|以来)?$|^(\d{1,2})年(?:来|以来)$")
_NEXT_YEARS = re.compile(r"^(?:今后|未来)的?(\d{1,2})年内?$")
# Two years listed as one stretch, after numerals were made Arabic (1978、1979两年 → 1978年、19792年).
_YEAR_PAIR = re.compile(r"^(\d{4})年?[、和](\d{4})年?(?:2年)?$")
# A plan's end (“十三五”末, 十三五末) is its last year.
_PLAN_END = re.compile(r"^([一二三四五六七八九十]{1,2}五)”?末$")
# The first or last years of a plan (“十四五”前4年, “十四五”前四年: 2021/2024; 后两年 2024/2025).
_PLAN_PART = re.compile(r"^([一二三四五六七八九十]{1,2}五)”?(?:[计計][划劃]|规划)?(前|头|后|最后)([1-4一二两三四])年$")
_PLAN = re.compile(
    r"^(?:第([一二三四五六七八九十]{1,3})[个個]五年(?:[计計][划劃])?"
    # a year or years of a numbered plan (第五个五年计划的最后一年 → 1980, 第一个五年计划的第一年 → 1953)
    r"(?:的?(?:第([一二三四五])|(最后|[头前后])([一二三两四])[个個]?)年)?"
    r"|([一二三四五六七八九十]{1,2}五)(?:时期|期间|规划|计划)?)$"
)
_DECADE = re.compile(r"^(?:(\d{2})世纪|(上个?)世纪|本世纪)?(\d)0年代$")
_DOTTED = re.compile(r"(?<!\d)(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?!\d)")

# One point in time, after numerals were made Arabic. Yearless parts and a bare
# number (the first half of "1—10月") are allowed; the caller checks what fits.
_POINT = re.compile(
    rf"""^(?:(?P<y>\d{{4}})年|(?P<ry>[今本去上明下前后]|大[前后])年)?
    (?:
        (?P<yd>度)
      | 年?(?P<yp>初|底|末|中)
      | (?P<half>[上下])半年
      | (?:第|(?P<qfirst>前))?(?P<q>[1-4])季度
      | (?P<m>\d{{1,2}})月份?
        (?:(?P<d>\d{{1,2}})[日号](?P<time>{_DAYPART}?
                                   (?:\d{{1,2}}[时点:](?:\d{{1,2}}分?|半|整)?(?::?\d{{1,2}}秒?)?)?)
          |(?P<xun>上中|中下|[上中下])旬|(?P<mp>初|底|末|中)|(?P<mb>\d{{1,2}}))?
      | (?P<dd>\d{{1,2}})[日号]
      | (?P<bare>\d{{1,4}})
    )?$""",
    re.X,
)
_SEP = re.compile(r"起?(?:[—–\-~─]{1,2}|至|到|、)")
_QUARTER_LIST = re.compile(r"第(\d、)")
_OPEN = re.compile(r"^(?P<x>.+?)(?P<open>起|开始|以来|至今|[以之]?后)$")
_YEARS_AGO = re.compile(r"^(\d{1,2}|[一两二三四五六七八九十]{1,3})年前$")
# A deadline (2019年2月底前, 2021年6月25日之前) has the value of the date it is due by.
_BEFORE = re.compile(r"^(?P<x>.+?)[以之]?前$")
_MONTH_END = re.compile(r"(\d{4}-\d\d)-2[1-9]/\1-(?:28|29|30|31)")


@dataclass
class _Point:
    year: int | None  # explicit or relative year, resolved
    fields: dict[str, str | None]
    yearless: bool  # no year in the expression at all

    @property
    def kind(self) -> str:
        f = self.fields
        for k in ("yd", "yp", "half", "q", "d", "xun", "mp", "mb", "m", "dd", "bare"):
            if f.get(k):
                return k
        return "y"


def _point(s: str, ref: dt.date | None) -> _Point | None:
    m = _POINT.match(s)
    if not m or not s:
        return None
    f = m.groupdict()
    year: int | None = None
    if f["y"]:
        year = int(f["y"])
    elif f["ry"]:
        if ref is None:
            return _Point(None, f, False)  # relative, unknown without a reference
        year = ref.year + _REL_YEAR[f["ry"]]
    yearless = not (f["y"] or f["ry"])
    if yearless and not any(f[k] for k in ("m", "q", "half", "dd", "bare", "yp")):
        return None
    return _Point(year, f, yearless)


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


_Bounds = tuple[str, str, str, tuple[int, int, int], tuple[int, int, int]]


def _bounds(p: _Point, year: int | None) -> _Bounds | None:
    """(low, high, grain, first day, last day) of a point placed in ``year``.

    ``year`` None means unknown: the year is written XXXX.
    """
    f = p.fields
    Y = f"{year:04d}" if year is not None else "XXXX"
    yy = year if year is not None else 2000  # a leap year: any real day is valid
    kind = p.kind
    if kind in ("y", "yd"):
        return Y, Y, "year", (yy, 1, 1), (yy, 12, 31)
    if kind == "yp":
        if f["yp"] == "初":
            return f"{Y}-01", f"{Y}-01", "month", (yy, 1, 1), (yy, 1, 31)
        if f["yp"] in ("底", "末"):
            return f"{Y}-12", f"{Y}-12", "month", (yy, 12, 1), (yy, 12, 31)
        return None  # 年中 has no defensible value
    if kind == "half":
        a, b = (1, 6) if f["half"] == "上" else (7, 12)
        return f"{Y}-{a:02d}", f"{Y}-{b:02d}", "half_year", (yy, a, 1), (yy, b, _last_day(yy, b))
    if kind == "q":
        q = int(cast(str, f["q"]))
        a, b = (1 if f["qfirst"] else 3 * q - 2), 3 * q
        return f"{Y}-{a:02d}", f"{Y}-{b:02d}", "quarter", (yy, a, 1), (yy, b, _last_day(yy, b))
    if kind in ("m", "d", "xun", "mp"):
        mo = int(cast(str, f["m"]))
        if not 1 <= mo <= 12:
            return None
        last = _last_day(yy, mo)
        if kind == "m":
            return f"{Y}-{mo:02d}", f"{Y}-{mo:02d}", "month", (yy, mo, 1), (yy, mo, last)
        if kind == "d":
            d = int(cast(str, f["d"]))
            if not 1 <= d <= last:
                return None
            iso = f"{Y}-{mo:02d}-{d:02d}"
            return iso, iso, "day", (yy, mo, d), (yy, mo, d)
        if f["mp"] in ("底", "末"):
            # 11月底, 一九五三年七月底: the month it closes, as 年底 is December and 2月底前 is February.
            return f"{Y}-{mo:02d}", f"{Y}-{mo:02d}", "month", (yy, mo, 1), (yy, mo, last)
        part = f["xun"] or {"初": "上", "中": "中"}[cast(str, f["mp"])]
        a = {"上": 1, "中": 11, "下": 21}[part[0]]
        b = {"上": 10, "中": 20, "下": last}[part[-1]]
        if year is None and part[-1] == "下" and mo == 2:
            return None  # the last day of February depends on the year
        return f"{Y}-{mo:02d}-{a:02d}", f"{Y}-{mo:02d}-{b:02d}", "dekad", (yy, mo, a), (yy, mo, b)
    return None


def _add_month(d: dt.date) -> dt.date:
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return dt.date(y, m, min(d.day, _last_day(y, m)))


def _day(t: tuple[int, int, int]) -> dt.date:
    y, m, d = t
    return dt.date(y, m, min(d, _last_day(y, m)))


def _too_late(when: tuple[int, int, int], ref: dt.date) -> bool:
    """Would this day lie more than a month after the reference date?"""
    return _day(when) > _add_month(ref)


# Quarters, half-years and ranges are placed by their end (a report states a
# period's figures once it is over); days by themselves; parts of a month
# (下旬, 月底) with their month, as a plan's "6月底前" belongs to June.
_BY_END = ("q", "half")


def _place(p: _Point, ref: dt.date | None, by_start: bool = False) -> int | None:
    """The year of a yearless point: the reference year, or the one before when
    that would put the point more than a month after the reference date."""
    if not p.yearless:
        return p.year
    if ref is None or p.kind == "yp":
        # A bare 年底 looks back in a report on last year and ahead in a plan.
        return None
    b = _bounds(p, ref.year) or _bounds(p, 2000)  # 2月29日 in a common year: place, then check
    if b is None:
        return ref.year
    when = b[4] if p.kind in _BY_END and not by_start else b[3]
    if p.kind in ("xun", "mp"):
        when = (when[0], when[1], 1)  # 6月底 is placed with June
    return ref.year - 1 if _too_late((ref.year, when[1], when[2]), ref) else ref.year


def _single(p: _Point, ref: dt.date | None, by_start: bool = False) -> _Bounds | None:
    if not p.yearless and p.year is None:
        return None  # relative year without a reference
    if p.kind in ("bare", "dd"):
        return None
    if p.yearless and p.kind == "yp":
        return None  # 年底 alone: see _place
    return _bounds(p, _place(p, ref, by_start))


def _inherit(left: _Point, right: _Point) -> tuple[_Point, _Point] | None:
    """Fill the parts a range leaves out on one side: 3月6日—8日, 1—10月, 2021—2035年."""
    lf, rf = dict(left.fields), dict(right.fields)
    if lf.get("bare"):
        n = cast(str, lf.pop("bare"))
        lf["bare"] = None
        rk = right.kind
        if rk == "y" and len(n) == 4:
            lf["y"] = n
            left = _Point(int(n), lf, False)
            return left, right
        if rk in ("m", "xun", "mp") and not lf.get("m"):
            lf["m"] = n
        elif rk == "d" and not lf.get("m"):
            lf["m"] = n  # "1—5月3日" is unusual; treat the number as a month
        elif rk == "q":
            lf["q"] = n
        else:
            return None
        left = _Point(left.year, lf, left.yearless)
    elif left.kind == "mb":
        if right.kind != "dd":
            return None
        lf["d"], lf["mb"] = lf["mb"], None  # 3月6—8日
        left = _Point(left.year, lf, left.yearless)
    if right.kind == "dd":
        if left.kind != "d":
            return None
        rf["m"], rf["d"], rf["dd"] = lf["m"], rf["dd"], None
        right = _Point(right.year, rf, right.yearless)
    elif right.kind == "bare":
        return None
    # A side without a year takes the other side's.
    if right.yearless and not left.yearless:
        right = _Point(left.year, rf, False)
        right.fields.update({"y": left.fields.get("y"), "ry": left.fields.get("ry")})
    elif left.yearless and not right.yearless:
        left = _Point(right.year, left.fields, False)
    return left, right


def _range_bounds(left: _Point, right: _Point, year: int | None) -> tuple[_Bounds, _Bounds] | None:
    lb = _bounds(left, year)
    ry = year if right.yearless else right.year
    rb = _bounds(right, ry)
    if lb is None or rb is None:
        return None
    if rb[4] < lb[3]:
        if not (right.yearless and ry is not None):
            return None
        rb = _bounds(right, ry + 1)  # 12月28日至1月3日 crosses the new year
        if rb is None:
            return None
    return lb, rb


def _range(s: str, sep: re.Match[str], ref: dt.date | None) -> DateValue:
    ls, rs = s[: sep.start()], s[sep.end() :]
    left, right = _point(ls, ref), _point(rs, ref)
    if left is None or right is None:
        return NONE
    if sep.group() == "、" and not (right.kind == "q" and left.kind == "bare"):
        return NONE
    pair = _inherit(left, right)
    if pair is None:
        return NONE
    left, right = pair
    if (not left.yearless and left.year is None) or (not right.yearless and right.year is None):
        b = _bounds(left, 2000)
        return DateValue(None, b[2] if b else None)
    if sep.group() == "、" and int(cast(str, right.fields["q"])) != int(cast(str, left.fields["q"])) + 1:
        return NONE  # 一、三季度 is not one interval
    year: int | None
    if left.yearless and right.yearless and ref is not None:
        # A yearless range is placed by its end (see _BY_END); a range of days, an event's, by its
        # start as a day is (5月1日至5日 in a notice of 1 April: probe gz15, Guangzhou police 2012).
        year = ref.year
        pair_b = _range_bounds(left, right, year)
        if pair_b is not None and _too_late(pair_b[0][3] if pair_b[0][2] == "day" else pair_b[1][4], ref):
            year -= 1
    else:
        year = left.year if not left.yearless else None
    pair_b = _range_bounds(left, right, year)
    if pair_b is None:
        return NONE
    lb, rb = pair_b
    return DateValue(f"{lb[0]}/{rb[1]}", lb[2])


def _interval(lo: str, hi: str, grain: str) -> DateValue:
    return DateValue(lo if lo == hi else f"{lo}/{hi}", grain)


def _late_in_year(ref: dt.date | None) -> bool:
    """Whether a text of this date looks back on its own year and ahead from the next: its last
    six weeks (year-end reports and summaries of late November and December)."""
    return ref is not None and (ref.month, ref.day) >= (11, 16)


def _relative(s: str, ref: dt.date | None, period: tuple[dt.date, dt.date] | None) -> DateValue | None:
    if s in _REL_DAY:
        if ref is None:
            return DateValue(None, "day")
        return DateValue((ref + dt.timedelta(days=_REL_DAY[s])).isoformat(), "day")
    if s in _REL_WEEK:
        shift = _REL_WEEK[s]
        if shift == 0 and period is not None:
            return DateValue(f"{period[0].isoformat()}/{period[1].isoformat()}", "week")
        anchor = period[0] if period is not None else ref
        if anchor is None:
            return DateValue(None, "week")
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift)
        return DateValue(f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}", "week")
    if s in _REL_QUARTER:
        if ref is None:
            return DateValue(None, "quarter")
        q = (ref.year * 4 + (ref.month - 1) // 3) + _REL_QUARTER[s]
        y, first = q // 4, q % 4 * 3 + 1
        return DateValue(f"{y:04d}-{first:02d}/{y:04d}-{first + 2:02d}", "quarter")
    if s in _REL_MONTH:
        if ref is None:
            return DateValue(None, "month")
        y, m = ref.year, ref.month + _REL_MONTH[s]
        y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
        return DateValue(f"{y:04d}-{m:02d}", "month")
    if s in ("过去一年", "过去的一年", "一年来"):
        if _late_in_year(ref) and period in (None, (dt.date(ref.year, 1, 1), dt.date(ref.year, 12, 31))):
            # a report delivered at the year's end reviews its own year (head's late-year rule; the
            # 1981 State Council report of 30 November: 一年来经济建设中取得的成就 is 1981)
            return DateValue(str(ref.year), "year")
        return DateValue(None if ref is None else str(ref.year - 1), "year")
    if s == "新的一年":
        # the year ahead of a review: the report's own year, the next one at a year's end
        if ref is None:
            return DateValue(None, "year")
        return DateValue(str(ref.year + _late_in_year(ref)), "year")
    if s in ("本年度", "上年度"):
        if ref is None:
            return DateValue(None, "year")
        return DateValue(str(ref.year - (s == "上年度")), "year")
    return None


def _plan(s: str) -> DateValue | None:
    m = _PLAN.match(s)
    if not m:
        return None
    plans = five_year_plans()
    if m.group(1):
        n = _cn_number(m.group(1))
        for _, (k, a, b) in plans.items():
            if k == n:
                if m.group(2):
                    return DateValue(str(a + cn_int(m.group(2)) - 1), "year")
                if m.group(3):
                    # the first or last years (头两年, 最后一年 → 1980, 最后两年 → 1984/1985 of the sixth plan)
                    k = cn_int(m.group(4))
                    lo, hi = (a, a + k - 1) if m.group(3) in ("头", "前") else (b - k + 1, b)
                    return DateValue(str(lo) if lo == hi else f"{lo}/{hi}", "year")
                return DateValue(f"{a}/{b}", "year")
        return None
    hit = plans.get(m.group(5))
    return DateValue(f"{hit[1]}/{hit[2]}", "year") if hit else None


def _plan_part(s: str) -> DateValue | None:
    m = _PLAN_PART.match(s)
    hit = five_year_plans().get(m.group(1)) if m else None
    if not hit:
        return None
    n = cn_int(m.group(3))
    a, b = hit[1], hit[2]
    return DateValue(f"{a}/{a + n - 1}" if m.group(2) in ("前", "头") else f"{b - n + 1}/{b}", "year")


def _plan_end(s: str) -> DateValue | None:
    m = _PLAN_END.match(s)
    if not m:
        return None
    hit = five_year_plans().get(m.group(1))
    return DateValue(str(hit[2]), "year") if hit else None


_CENTURY = re.compile(r"^(?:(\d{2})|(本|上个?|下个?))世纪(?:(初|末)|(头|前|最后|后)(\d{1,2})年)?内?$")


def _century(s: str, ref: dt.date | None) -> DateValue | None:
    """21世纪 -> 2001/2100; 本世纪 the reference year's (in 1985: 1901/2000), 本世纪末 its last year; 世纪初 has no one value."""
    m = _CENTURY.match(s)
    if not m:
        return None
    if m.group(3) == "初" or (m.group(3) and not m.group(1) and ref is None):
        return DateValue(None, "century")
    if m.group(1):
        n = int(m.group(1))
    elif ref is None:
        return DateValue(None, "century")
    else:
        n = (ref.year - 1) // 100 + 1 + {"本": 0, "上": -1, "上个": -1, "下": 1, "下个": 1}[m.group(2)]
    first, last = (n - 1) * 100 + 1, n * 100
    if m.group(3):
        # 到本世纪末 (1982: 2000) is a target's year, the century's last, as “十三五”末 is the plan's;
        # 世纪初 stays open (dev gold sc19-20 下世纪初: null).
        return DateValue(str(last), "year")
    if m.group(4):
        # 本世纪头二十年 (in 2003: 2001/2020), 本世纪最后二十年 (in 1979: 1981/2000)
        k = int(m.group(5))
        if not 0 < k < 100:
            return DateValue(None, "year")
        first, last = (first, first + k - 1) if m.group(4) in ("头", "前") else (last - k + 1, last)
        return DateValue(f"{first}/{last}", "year")
    return DateValue(f"{first}/{last}", "century")


def _decade(s: str, ref: dt.date | None) -> DateValue | None:
    m = _DECADE.match(s)
    if not m:
        return None
    digit = int(m.group(3))
    if m.group(1):
        century = int(m.group(1)) - 1
    elif m.group(2) or s.startswith("本世纪"):
        if ref is None:
            return DateValue(None, "decade")
        century = ref.year // 100 - (1 if m.group(2) else 0)
    elif ref is not None:
        # The reference year's century, unless that decade lies more than twenty
        # years ahead (80年代 in 2026 is the 1980s, 九十年代 in 1985 the 1990s).
        century = ref.year // 100
        if century * 100 + digit * 10 > ref.year + 20:
            century -= 1
    else:
        return DateValue(f"XX{digit}0/XX{digit}9", "decade")
    a = century * 100 + digit * 10
    return DateValue(f"{a}/{a + 9}", "decade")


def resolve(
    expression: str,
    *,
    reference: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> DateValue:
    """Resolve one time expression against the document's reference date and
    reporting period; see the module docstring for the value forms."""
    if expression.startswith(("每年", "每月", "每个月", "每個月")):
        # A recurring time has no one value (guide: 每年4月底前 → null), only its grain.
        rest = expression[3:] if expression.startswith(("每个月", "每個月")) else expression[2:]
        return DateValue(None, resolve(rest.lstrip(), reference=reference).grain)
    if _EACH_QUARTER.match(expression):
        # 每个季度第1个月的20日前, 每季度末: a day or a part of every quarter, no one value.
        return DateValue(None, "day" if re.search(r"[日号]", expression) else "quarter")
    try:
        dv = _resolve(expression, reference, period)
    except (OverflowError, ValueError):
        # Arithmetic past the calendar's ends (下周 of 9999-12-31): no value.
        return NONE
    if dv.value and not all(_on_calendar(part) for part in dv.value.split("/")):
        return DateValue(None, dv.grain)  # 明年 of 9999, 前年 of 0001: no year 1-9999
    return dv


_EACH_QUARTER = re.compile(r"每[个個]?季度|季[后後]")  # 季后第1个月: the month after each quarter


_ISO_PART = re.compile(r"(?:\d{4}|XXXX)(?:-\d\d){0,2}|\.\.|")


def _on_calendar(part: str) -> bool:
    return bool(_ISO_PART.fullmatch(part)) and not part.startswith("0000")


# 去年同期, 上年同期: the same part of the year before as the period the sentence names (guide
# gold: 今年上半年又比去年同期增长 → last year's first half). Alone it is at least that year.
# A written year's 同期 (相较2018年同期, in a notice on 2019年以来) is that year's same part.
SAME_PERIOD_TEXT = r"(?:去年|上一?年|(?<![\d.])(?:1[5-9]|2[01])\d\d年)同期"
SAME_PERIOD = re.compile(rf"^{SAME_PERIOD_TEXT}$")


def same_period_year(expression: str) -> str | None:
    """The year word of 去年同期 / 上年同期 (去年, 上年), or None for another expression."""
    return expression[: -len("同期")] if SAME_PERIOD.match(expression) else None
_SUB_YEAR = re.compile(r"\d{4}-\d\d(?:-\d\d)?(?:/\d{4}-\d\d(?:-\d\d)?)?")


def same_period_before(value: str | None, years: int = 1) -> str | None:
    """The same months or days ``years`` earlier (1980-01/1980-06 → 1979-01/1979-06); None
    for what is not a part of a year (a whole year, an open interval)."""
    if not value or not _SUB_YEAR.fullmatch(value) or years < 1:
        return None
    parts = []
    for part in value.split("/"):
        year = int(part[:4]) - years
        if part[4:] == "-02-29":
            part = part[:-2] + "28"  # no 29 February the year before a leap year
        parts.append(f"{year:04d}{part[4:]}")
    return "/".join(parts)


# Events that open an era, with their start (dev gold: 建国以来 1949/1980-08-30, 党的十一届三中全会以来
# 1978-12/1980-08-30, 改革开放40多年来 1978/2019).
_ERA = re.compile(r"^(?:党的|中国共产党)?(新中国成立|中华人民共和国成立|建国|改革开放|十一届三中全会|(?:全国)?解放|新世纪)(以来|(?:\d{1,2}|[一二三四五六七八九十]{1,3})多?年来)$")
_ERA_START = {"新中国成立": "1949", "中华人民共和国成立": "1949", "建国": "1949", "解放": "1949", "全国解放": "1949", "改革开放": "1978", "十一届三中全会": "1978-12", "新世纪": "2001"}


def _era(s: str, reference: dt.date | None) -> DateValue | None:
    """X以来 from the year (or month) X happened up to the reference date; X N多年来 up to its year."""
    m = _ERA.match(s)
    if not m:
        return None
    start = _ERA_START[m.group(1)]
    if reference is None:
        return DateValue(None, "year")
    end = reference.isoformat() if m.group(2) == "以来" else str(reference.year)
    return DateValue(f"{start}/{end}", "month" if "-" in start else "year")


def era_until(expression: str, year: int) -> str | None:
    """X以来 up to a written year (2009年是新世纪以来…最为困难的一年: 2001/2009, the 2010 report's gold),
    or None where ``expression`` is no era's 以来 or the era opens after ``year``."""
    m = _ERA.match(expression)
    if not m or m.group(2) != "以来" or int(_ERA_START[m.group(1)][:4]) > year:
        return None
    return f"{_ERA_START[m.group(1)]}/{year}"


def _resolve(expression: str, reference: dt.date | None, period: tuple[dt.date, dt.date] | None) -> DateValue:
    s = _clean(expression)
    if not s or s in VAGUE:
        return NONE
    era = _era(s, reference)
    if era is not None:
        return era
    year_word = same_period_year(s)
    if year_word is not None:
        return _resolve(year_word, reference, period)
    m = _YEARS_AGO.match(s)
    if m:  # 5年前 (相当于5年前1.5个百分点): a year, not a deadline
        n = int(m.group(1)) if m.group(1).isdigit() else cn_int(m.group(1))
        return DateValue(None if reference is None or not n else str(reference.year - n), "year")
    m = _BEFORE.match(s)
    if m:
        dv = _resolve(m.group("x"), reference, period)
        if s.endswith(("以前", "之前")) and dv.grain == "year" and dv.value and dv.value.isdigit() \
                and m.group("x").endswith("年"):
            # 2008年以前 (sc19 gold ../2007): the years before it, not a deadline in it
            return DateValue(f"../{int(dv.value) - 1:04d}", "year")
        # Due by a month's end (2019年2月底前) is due in that month, as 年底 is in December.
        month = _MONTH_END.fullmatch(dv.value or "")
        if month:
            dv = DateValue(month.group(1), "month")
        return _due(dv, m.group("x"), reference)
    m = _OPEN.match(s)
    if m:
        # An open interval starts with X, so X is placed by its start.
        inner = _closed(m.group("x"), reference, period, by_start=True)
        if inner.value is not None:
            lo = inner.value.split("/")[0]
            if m.group("open") == "后" and inner.grain == "day" and "/" not in inner.value:
                # A bare 后 on a day is that day, as a bare 前 on a day is (dev gz-11: 2025年12月1日后
                # 生育 is 2025-12-01; pt-49083: 2021年6月25日前 is 2021-06-25); 以后 opens (2003年以后).
                return inner
            if m.group("open") in ("起", "开始", "后", "以后", "之后"):
                return DateValue(f"{lo}/..", inner.grain)
            # X以来 and X至今 run from X's first day up to the reference date.
            first = _first_day(lo)
            if reference is None:
                return DateValue(f"{first}/", "day")
            if first > reference.isoformat():
                return DateValue(None, "day")  # starts after the reference date
            return DateValue(f"{first}/{reference.isoformat()}", "day")
        if inner.grain is not None:
            return DateValue(None, inner.grain)  # relative, without a reference
    return _closed(s, reference, period)


def _due(dv: DateValue, expression: str, reference: dt.date | None) -> DateValue:
    """A yearless deadline lies ahead: the reference year, or the next one when it would fall
    more than a month before the reference date (guide: …前完成 in a plan). A part of a month
    (2月上旬前: days 1-10) moves with its start, as a month or a day does."""
    if not dv.value or reference is None or "年" in expression:
        return dv
    parts = dv.value.split("/")
    if len(parts) > 2 or len({p[:4] for p in parts}) != 1 \
            or not all(re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", p) for p in parts):
        return dv
    year = reference.year
    first = f"{year}{parts[0][4:]}"
    if dt.date.fromisoformat(first if len(first) == 10 else first + "-01") < reference - dt.timedelta(days=31):
        year += 1
    value = "/".join(f"{year}{p[4:]}" for p in parts)
    for p in value.split("/"):
        dt.date.fromisoformat(p if len(p) == 10 else p + "-01")  # 2月29日 of a common year raises
    return DateValue(value, dv.grain)


# Years named by the one under discussion (guide: 这一年, 当年, 上年 take its value; the
# corpus reads 上年 as the year before it, as 比上年增长 means).
_DISCUSSED = {"全年": 0, "当年": 0, "当年度": 0, "这一年": 0, "上年": -1, "上年度": -1, "上一年": -1, "上一年度": -1}
DISCUSSED = frozenset(_DISCUSSED)  # the words that name the year under discussion


def _discussed(s: str, reference: dt.date | None, period: tuple[dt.date, dt.date] | None) -> DateValue:
    """The year under discussion is a report's period (2025 in a 2026 work report); without one,
    a year before it is counted from the reference date (上年度 in a 2025 notice: 2024)."""
    offset = _DISCUSSED[s]
    if period is not None and period[0].year == period[1].year:
        return DateValue(str(period[0].year + offset), "year")
    if offset and reference is not None:
        return DateValue(str(reference.year + offset), "year")
    return DateValue(None, "year")


def _closed(
    s: str, reference: dt.date | None, period: tuple[dt.date, dt.date] | None, by_start: bool = False
) -> DateValue:
    """A value for an expression without 起/以来/至今."""
    plan = _plan(s) or _plan_end(s) or _plan_part(s)
    if plan is not None:
        return plan
    if s in _DISCUSSED:
        return _discussed(s, reference, period)
    rel = _relative(s, reference, period)
    if rel is not None:
        return rel
    s = _arabic(s)
    s = _DOTTED.sub(lambda m: f"{m.group(1)}年{int(m.group(3))}月{int(m.group(4))}日", s)
    dec = _decade(s, reference) or _century(s, reference)
    if dec is not None:
        return dec
    m = _YEAR_PAIR.match(s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return DateValue(f"{a}/{b}" if b == a + 1 else None, "year")
    m = _PAST_YEARS.match(s)
    if m:
        n = int(m.group(1) or m.group(2))
        if reference is None or n < 1:
            return DateValue(None, "year")
        a, b = reference.year - n, reference.year - 1
        return DateValue(str(a) if a == b else f"{a}/{b}", "year")
    m = _NEXT_YEARS.match(s)
    if m:
        n = int(m.group(1))
        if reference is None or n < 1:
            return DateValue(None, "year")
        # At the year's end the coming years start with the next (the 1982 report of 30 November:
        # 在今后三年内 are 1983-1985, the rest of the sixth five-year plan).
        a = reference.year + _late_in_year(reference)
        b = a + n - 1
        return DateValue(str(a) if a == b else f"{a}/{b}", "year")
    return _resolve_closed(s, reference, by_start)


def _first_day(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-01-01"
    if len(parts) == 2:
        return f"{parts[0]}-{parts[1]}-01"
    return iso


def _resolve_closed(s: str, ref: dt.date | None, by_start: bool = False) -> DateValue:
    s = _QUARTER_LIST.sub(r"\1", s)  # 第二、三季度 → 2、3季度
    for sep in _SEP.finditer(s):
        if sep.start() == 0:
            continue
        return _range(s, sep, ref)
    p = _point(s, ref)
    if p is None:
        return NONE
    if not p.yearless and p.year is None:
        b = _bounds(p, 2000)
        return DateValue(None, b[2] if b else None)
    b = _single(p, ref, by_start)
    if b is None:
        return DateValue(None, "month") if p.kind == "yp" and p.yearless else NONE
    return _interval(b[0], b[1], b[2])


def parse_date_arg(value: object) -> dt.date | None:
    """Accept a date, a datetime or an ISO string for ``reference_date``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"[E103] reference_date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"[E104] reference_date must be a date or an ISO string, got {type(value).__name__}")


_YEAR_PART = re.compile(r"\d{4}")
_BARE_YEAR_END = re.compile(r"(?:年底|年末)(?:前|以前|之前)?")
_SAME_MONTH = re.compile(r"(\d{4}-\d\d)-\d\d/\1-\d\d")


def ahead(value: str | None, expression: str, reference: object) -> str | None:
    """``value`` of a yearless ``expression`` moved a year on when it lies before ``reference``.

    ``resolve`` places a yearless date where a report looks back; what a plan schedules or a
    task is due by lies ahead (a plan of May 2022: 拟安排在8月份 → 2022-08, not 2021-08).
    """
    try:
        ref = parse_date_arg(reference)
    except (TypeError, ValueError):
        return value
    if not value and ref is not None and _BARE_YEAR_END.fullmatch(expression.strip()):
        # A bare 年底 has no value of its own (it looks back in a report); ahead of the reference
        # it is that year's December (威海 2023 工作要点 of August: 年底前基本实现… → 2023-12).
        return f"{ref.year:04d}-12"
    if not value or ref is None or "年" in expression or "/.." in value:
        return value
    end = value.split("/")[-1] or value.split("/")[0]
    if not _YEAR_PART.match(end) or int(end[:4]) >= ref.year:
        return value
    return _YEAR_PART.sub(lambda m: str(int(m.group()) + 1), value)


def due_month(value: str | None) -> str | None:
    """A deadline by a part of a month (12月底前, 6月下旬前) is due in that month: ``2022-12``."""
    if value:
        m = _SAME_MONTH.fullmatch(value)
        if m:
            return m.group(1)
    return value
