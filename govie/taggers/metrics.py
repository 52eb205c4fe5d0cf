"""METRIC: numbers written in digits with a unit or measure word."""

from __future__ import annotations

import math
from govie.text import recached as re
from functools import lru_cache

from govie.kb.lexicons import alternation, load_words
from govie.taggers import PRIORITY
from govie.types import Context, Mention
from govie.text.guide import is_guide
from govie.text.layout import LineStarts
from govie.text.regex_cache import compile_cached
from govie.text.report import is_report
from govie.text.wordscan import finditer_from

__all__ = ["tag_metrics", "metric_value"]

_MULTIPLIERS = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}


# What a unit may be given per (32.5元/平方米/月, 500元/人): a compound unit.
_PER = "平方米|立方米|千瓦时|人次|人|户|月|年|日|天|次|亩|吨|台|辆|件|床|套|间|公里|公斤|千克|半小时|小时|学年|学期|份|张|家"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = alternation(load_words("metric_units"))
    # Not preceded by a digit, a decimal point, a letter or 第 (ordinals);
    # 余 stays inside the span, 多 between number and unit too. A minus sign right
    # after a word (同比增长-5.5%, 亏损-100亿元) belongs to the number; after a digit or
    # a unit it is a range dash (4.5-5%, 5%-5.5%), which tag_metrics tells apart.
    # A match starts at its sign or its first digit: the leading lookahead lets sre drop
    # every other position at once instead of trying the optional sign there (3x faster).
    return compile_cached(
        r"(?=[-−－\d])"
        r"(?:(?<=[\u4e00-\u9fff：:（(，,])(?P<sign>[-−－]))?"
        r"(?<![\d.．A-Za-z第])(?P<num>\d+(?:[,，]\d{3}(?!\d))*(?:[.．]\d+)?)\s*(?P<approx0>[余多]?)\s*(?P<mult>[十百千万亿]{0,2})(?<!千(?=[瓦米克]))"
        r"\s*(?P<approx>[余多]?)\s*(?P<mult2>[万亿]?)\s*"
        # A number with 万/亿 needs no unit: "户籍人口531.59万", "各15万左右", "76万群众" (unit null).
        # a density per ten thousand or per thousand people (360台/万人, 4.3张/千人) is per a multiple
        rf"(?:(?P<unit>{units})(?P<per>(?:/(?:[千万](?=人))?(?:{_PER})){{0,2}})|(?<=[万亿]))"
    )


# A constant of a formula (…总台次数×100%, 乘以100%): no quantity is reported. A size written
# length × width (号牌规格为480毫米×140毫米) is two quantities: × right after a figure's unit.
_FORMULA_BEFORE = re.compile(r"(?:[×✕÷＊*]|乘以|除以)\s*$")
# The bare first number of a range whose unit is written once: "4.5-5%", "3～5万元", "3至12个月".
# The range is one METRIC: its value the lower bound, ``high`` the upper one.
_RANGE_LOW = re.compile(r"(?<![\d.A-Za-z第])(\d+(?:\.\d+)?)\s*([十百千万亿]{0,2})\s*(?:[-—–~～至]|——)\s*$")
# The bare heads of a 分别 list whose unit is written once, after its last number: "第二、第三产业占地区生产
# 总值的比重分别回落2.16和1.66个百分点" (丹寨县 2015 统计公报), "设施产量占比分别提高15、22个百分点" (dev gold
# marks the 15): each number is its own METRIC with the unit (and multiplier) written after the last.
_LIST_HEAD = re.compile(r"(?<![\d.．A-Za-z第])(\d+(?:\.\d+)?)\s*(?:[、和]|与)\s*$")
_EACH_BEFORE = re.compile(r"分别[\u4e00-\u9fff]{0,4}$")

# A count of days is written "N日" like a day of the month; it is a time limit only where the text
# says so, counted from a point (之日起30日内, 期满后30日内, 在1日（24小时）内, 在10日内) or naming a
# period (公示期为45日): dev gz-37, gz-13, gz-1m, sc19-4, sc19-58 gold. A day after a month (5月30日内)
# is a DATE.
# Not a day of the month a notice names (截止日期为25日; 比赛时间为25日上午9时, 报名时间为15日至20日: a time of
# day, a range or a deadline follows, where 公示时间为20日。 is a period, dev gz-1m), nor days that open the name
# of a rate (受理后3日内办结率达99%: the name holds them): probe review20b.
_DAYS = re.compile(
    r"(?:(?<=[起后在于满逾过])(?P<num>\d{1,3})\s*日(?=(?:（[^（）]{1,10}）)?(?:以内|之内|内)(?![^，,。；;、\d]{0,6}率))"
    r"|(?<=[期间限][为是])(?<!日期.)(?<!时期.)(?P<num2>\d{1,3})\s*日"
    r"(?![上下中晚早凌午]|\s*\d|\s*[至到前起止—\-～~]|[（(]?(?:星期|周)))"
    # a period a notice runs (进行30日的公示, 为期7日的公开征求意见: 中牟县 2022 通告, probe dept54c)
    r"|(?<=进行|为期)(?P<num3>\d{1,3})\s*日(?=的?(?:公示|公告|公开征求意见|征求意见|试运行))")
# The character before every _DAYS match and the days after it: _DAYS opens with lookbehinds, so sre
# would try it at every character; it is tried only after these (finditer_from).
_DAYS_CUE = re.compile(r"[起后在于满逾过为是行期](?=\d{1,3}\s*日)")


def metric_value(number: str, multiplier: str) -> float | None:
    """The float a number with Chinese multipliers stands for ("5853.9", "亿").

    None when it does not fit a float (a 400-digit number is inf, which JSON
    cannot carry).
    """
    # thousands are grouped with "," or, in older reports, "，" (粮食产量33，212万吨)
    value = float(number.replace(",", "").replace("，", "").replace("．", "."))
    for ch in multiplier:
        value *= _MULTIPLIERS[ch]
    return value if math.isfinite(value) else None


def _unit(raw: str) -> str | None:
    if not raw:
        return None
    if raw in {"个百分点", "百分点"}:
        return "百分点"
    if raw in {"个千分点", "千分点"}:
        return "千分点"  # a gap between two rates in ‰ (出生率比上年下降1.09个千分点: 通化 2021 公报)
    if raw in {"个月", "个季度"}:
        return raw[1:]
    if raw == "％":
        return "%"
    return raw


# A count of years is a duration (3年内, 有效期1年, 连续19年); a year (2023年, 19年3月), a grade
# (3年级), a decade (90年代), a fiscal year (2019年度) or a period (40多年来, 30年间: a DATE) is not.
# "土地承包到期后再延长30年整省试点" names a pilot, no quantity of it.
_NOT_YEARS_AFTER = re.compile(r"[级級代度底初末份届屆号號来來间間]|\d{1,2}月|(?:整省|整县|整市)?试点")


# An age is a reported quantity only as a measure: life expectancy, an average age (人均预期寿命达到83岁,
# 从2020年的75.2岁提升至2025年的76.8岁; wr2026-guangdongm, wr2026-guizhoum gold).
_AGE_MEASURED = re.compile(r"(?:寿命|年龄)[^，,。；;]*$")


# Units that count only after 万/亿: electricity (亿度), computing power (万P), volume (亿方).
_AFTER_MULTIPLIER = frozenset({"度", "P", "方"})


def _year_count(text: str, m: re.Match[str]) -> bool:
    """Whether "N年" at ``m`` counts years rather than naming one."""
    num = m.group("num")
    if m.group("mult") or m.group("mult2") or m.group("per") or len(num.split(".")[0].replace(",", "")) > 3:
        return False
    # "新中国成立70年": the age of what was founded, an anniversary rather than a quantity (R6-E)
    return not _NOT_YEARS_AFTER.match(text, m.end()) \
        and not (text.endswith(("成立", "建立"), 0, m.start()) and not text.startswith(("内", "以内"), m.end()))


# Units of time: in a service guide a number of them is a time limit or a period of eligibility
# (15个工作日, 满6个月, 毕业2年内, 72小时内), no reported quantity (dev gz-9, gz-17, gz-19, gz-21 leave
# all 72 out; probe guide23 清新区, 光明区, 欧阳路街道, chaojilvshi pages).
# Words a one-character unit opens, after which it measures nothing: "1000支出", "50支持" (3支森林消防中队
# is a count of teams), a bare "3天然气" or "12天津" (5亿立方米天然气 is taken by 立方米), "等14部门" and
# "7部委" (部门 is the noun counted, no measure word: asg40's 生态环境部…等14部门, las.ac.cn 2018).
_UNIT_OPENS_WORD = {
    "支": ("支出", "支持", "支付", "支撑", "支援", "支部", "支行", "支线", "支流", "支农", "支柱", "支教", "支取"),
    "天": ("天然", "天津", "天府", "天山"),
    "部": ("部门", "部委"),
}
_TIME_UNITS = frozenset({"个工作日", "工作日", "个自然日", "自然日", "小时", "分钟", "天", "年", "个月", "个季度"})
# A numbered heading of a plan's outline ("6.2 处置措施", "3.1市应急指挥部主要职责" in the 目录 of an
# 应急预案: 穗府辦〔2015〕14號): the section's number opens a short line with no sentence in it.
_SECTION_NUMBER = re.compile(r"(?:(?<=\n)|^)[ \u3000]*\d{1,2}(?:\.\d{1,2})+\.?[ \u3000]*")
_SENTENCE_MARK = re.compile("[，,。；;：:、%％]")
_CJK_RUN = re.compile("[\u4e00-\u9fff]")


def _section_heading(text: str, lines: LineStarts, start: int, end: int) -> bool:
    """Whether the number at ``start`` opens an outline's heading line, its "unit" the heading's
    first character (处 of 处置措施): the heading's words run on after it; a table's cell of a
    value alone ("12.5 万吨") is no heading. The caller asks only of a figure with a one-character
    unit and no multiplier (a line opening "3.5万人次参观展览" states an amount)."""
    line_start = lines.start(start)
    h = _SECTION_NUMBER.match(text, line_start)
    if h is None or h.end() < start:
        return False
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return line_end - line_start <= 24 and not _SENTENCE_MARK.search(text, start, line_end) \
        and len(_CJK_RUN.findall(text[end:line_end])) >= 2


def tag_metrics(text: str, ctx: Context | None = None) -> list[Mention]:
    out: list[Mention] = []
    last_end = -1
    guide = not is_report(text) and is_guide(text)
    lines = LineStarts(text)  # a line's start per figure, found by one index
    for m in _pattern().finditer(text):
        if m.group("unit") == "年" and not _year_count(text, m):
            continue
        if guide and m.group("unit") in _TIME_UNITS and not m.group("per"):
            continue
        if m.group("unit") == "岁" and not _AGE_MEASURED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "5岁以下儿童", "年满60岁的父母": an age bound in a name or a rule (dev leaves them out)
        if m.group("unit") in _UNIT_OPENS_WORD and text.startswith(_UNIT_OPENS_WORD[m.group("unit")], m.end("unit") - 1):
            continue
        if m.group("unit") == "名" and text.endswith("前", 0, m.start()) and not (m.group("mult") or m.group("mult2")):
            continue  # "评价结果前3名的县", "排名前10名": a rank, like 第6名 or 前10位 (R-notes: rank ordinals are no METRIC)
        if m.group("unit") == "天" and text.endswith("出生", 0, m.start()):
            continue  # "出生180天内的新生儿": an age bound in a rule, like 年满60岁 (dev gz-3 leaves it out)
        if not (m.group("mult") or m.group("mult2")) and len(m.group("unit") or "") == 1 \
                and _section_heading(text, lines, m.start(), m.end()):
            continue  # the "unit" of 6.2 处置措施 is the heading's first character; 3.5万人次 is an amount
        if m.group("unit") in _AFTER_MULTIPLIER and not (m.group("mult") or m.group("mult2")):
            continue  # "345亿度", "4.8万P", "150亿方"; a bare "30度" is a temperature or an angle
        unit = (m.group("unit") or "") + (m.group("per") or "")
        mult = m.group("mult") + m.group("mult2")
        # "人" after a multiplier-less bare year-like number ("2023人") is rare,
        # but "21楼"-style floors never match because 楼 is not a unit.
        if unit == "万人次" or unit.startswith("万"):
            mult, unit = mult + "万", unit[1:]
        start = m.start()
        if _FORMULA_BEFORE.search(text, max(0, start - 4), start) and not (
                last_end > 0 and not text[last_end:start].strip(" ×✕*")):  # 480毫米×140毫米
            continue
        sign = 1.0
        value = metric_value(m.group("num"), mult)
        if m.group("sign"):
            if start == last_end:  # "3万元-5万元": a range, not a negative number
                start += 1
            else:
                sign = -1.0
        else:
            low = _RANGE_LOW.search(text, max(0, start - 24), start)
            if low and low.start() != last_end:
                # the range's first number takes the unit (and multiplier) written after the second
                mention = _mention(low.start(1), m.end(), metric_value(low.group(1), low.group(2) or mult), unit)
                mention.attrs["high"] = value
                out.append(mention)
                last_end = m.end()
                continue
        if unit and not m.group("sign"):
            out.extend(_list_heads(text, start, max(last_end, 0), mult, unit))
        out.append(_mention(start, m.end(), None if value is None else sign * value, unit))
        last_end = m.end()
    if not guide:
        out = _with_day_counts(text, out)
    return out


def _list_heads(text: str, start: int, floor: int, mult: str, unit: str) -> list[Mention]:
    """The bare numbers of a 分别 list right before the figure at ``start`` that carries their unit."""
    heads: list[re.Match[str]] = []
    at = start
    while (h := _LIST_HEAD.search(text, max(floor, at - 16), at)) is not None and len(heads) < 8:
        heads.append(h)
        at = h.start(1)
    if not heads or not _EACH_BEFORE.search(text, max(floor, at - 8), at):
        return []
    return [_mention(h.start(1), h.end(1), metric_value(h.group(1), mult), unit) for h in reversed(heads)]


def _with_day_counts(text: str, out: list[Mention]) -> list[Mention]:
    """Add the time limits written in days ("之日起30日内") that no other figure covers."""
    taken = [(x.start, x.end) for x in out]
    cues = map(re.Match.end, _DAYS_CUE.finditer(text))
    days = [_mention(d.start(), d.end(), float(d.group("num") or d.group("num2") or d.group("num3")), "日") for d in finditer_from(_DAYS, cues, text)
            if not any(a < d.end() and d.start() < b for a, b in taken)]
    return sorted(out + days, key=lambda x: x.start) if days else out


def _mention(start: int, end: int, value: float | None, unit: str) -> Mention:
    return Mention("METRIC", start, end, "metric.rule", {"value": value, "unit": _unit(unit)},
                   priority=PRIORITY["metric.rule"])
