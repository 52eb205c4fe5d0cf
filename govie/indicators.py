"""What each number measures: the indicator attributes of METRIC mentions (guide v2).

Runs after the document record, on the resolved mentions of the clean text, and adds to
every METRIC:

* ``indicator``: what is measured, as written ("地区生产总值", "城镇新增就业"): the phrase
  before the number once the words linking it to the number are taken off (增长, 达到,
  稳定在 …), or the noun after it (惠及26个省份); a number without its own phrase takes the
  indicator of the number before it in the sentence (地区生产总值5.3万亿元、增长5.5%), and
  names listed with 、 before as many numbers (刑事、治安案件分别下降12%、3.3%) are one indicator as
  written, for each number; two names written out in full and joined by 和 (事故起数和死亡人数分别
  下降) are handed out in order. Names listed with 、 before one number share it
  (非化石能源发电量、用电量占比均超过30%); a list as long as the count after it names what the
  noun after counts (光伏、风电、光热3条产业链). Spans of time (连续9年, 5年增长), comparison
  bases (较“十三五”同期) and a place's facility (郑州|机场年货邮吞吐量) are no part of it.
* ``standard_indicator``: the indicator's standard name from ``data/lexicons/indicators.tsv``
  (生产总值, GDP, 经济增长 → 地区生产总值), null when none fits.
* ``change``: growth, decline, level or null, from the linking words.
* ``kind``: target or actual, from the section of a report: the review of the past year or
  five years reports results (actual); the year's expected targets (主要预期目标), the work
  plan and the next five-year plan set targets. Null outside reports.
* ``qualifier``: 以上 / 左右 / 以内 / 超过 / 近 / 约 (不少于 → 以上, 接近 → 近 …); one after the
  last of numbers joined by 、/和 holds for all (分别增长5%、6.5%左右).
* ``period``: the year (or span) the number refers to: the year under review, the five years
  under review (2021/2025), the plan year (2026), the next plan (2026/2030), a date in the
  number's own clause (从2020年的A增长到2025年的B), or a year the sentence opens with.
* ``range``: "low" / "high" for the two ends of a range written as two numbers (4.5%—5%); a
  range with its unit written once is one METRIC whose ``high`` is the upper bound (4.5-5%).

Word lists live in ``data/lexicons/indicator_cues.tsv``.
"""

from __future__ import annotations

import bisect
from govie.text import recached as re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from govie.resources import data_path, read_lines, read_tsv
from govie.text.layout import LineStarts, Structure, segment
from govie.text.normalize import BULLETS
from govie.text.segment import dictionary_tags as _dictionary_tags, function_word_tags, shared_words
from govie.text.wordscan import PatternStarts
from govie.types import Mention
from govie.text.regex_cache import compile_cached

__all__ = ["annotate_indicators", "standard_indicator", "targets", "INDICATOR_ATTRS"]

#: The attributes every METRIC carries after this stage (null when unknown).
INDICATOR_ATTRS = ("indicator", "standard_indicator", "change", "kind", "qualifier", "period")

# "第二十七条 ": an article's number opening a rule's clause
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零〇两\d]{1,4}条\s*")
# whom a rule's figure is for, before a figure per period or a term (职工参保人员|每月上门次数)
_RULE_TOPIC = re.compile(r"^(?:(?:其他|其余|各类)?[\u4e00-\u9fff]{0,12}?(?:人员|职工|居民|毕业生|对象)|本(?:通知|办法|细则|规定|意见|方案|条例|公告))"
                         r"(?=每[月年日天周次][\u4e00-\u9fff]{2}|[\u4e00-\u9fff]{0,4}(?:期限|有效期|见习期|试用期|租期)$)")
_BOUND_BEFORE = re.compile(r"(?:不超过|不低于|不少于|不高于|不多于|不大于|不小于|不得(?:超过|低于|少于|高于)|不能(?:超过|低于))"
                           r"(?:每人|每户|每月|每年|每天|每日|每次)*$")

# Where a clause starts, reading back from a number.
_CLAUSE_BREAK = frozenset("，,；;。：:！？!?\n、（(）)—-–~～/")
_SENTENCE_BREAK = frozenset("。；;！？!?\n")
_PHRASE_MAX = 40
_AFTER_MAX = 20
# How far back from a number its sentence is read for dates and names: keeps a sentence
# without punctuation linear.
_WINDOW = 300
# "5G-A基站": a hyphen inside a name breaks no clause
_NAME_HYPHEN = re.compile(r"[A-Za-z0-9][-–][A-Za-z]|[Ⅰ-Ⅻ][-–~～—][Ⅰ-Ⅻ]")  # 地表水Ⅰ-Ⅲ类水体比例 (probe ind59n)
_ASCII_NAME = re.compile(r"\d+[A-Za-z]")  # 5G工厂
_RANGE_DASH = re.compile(r"\s*(?:[-—–~～至到]|——)\s*")
# Section cues of reports. A review reports results; a plan sets targets.
_FIVE_YEARS = re.compile(r"五年来|过去五年|过去的五年|这五年|的五年|“?十[一二三四]五”?(?:时期|以来|期间|规划)")
# the year an earlier plan's span ends: "“十二五”时期" reviews five years only in the report on 2015
_PLAN_END = {"十一五": 2010, "十二五": 2015, "十三五": 2020}
_ONE_YEAR = re.compile(r"过去一年|过去的一年|一年来|这一年|去年")
_REVIEW = re.compile(r"回顾|成就|总结|主要做了|重点做了|工作进展|完成情况")
_TARGETS = re.compile(r"目标任务|工作安排|重点工作|主要任务|工作建议|总体要求"
                      r"|做好以下|抓好以下|做好.{1,4}方面|抓好.{1,4}方面|下一步")
# The plan year itself: 今年, 开局之年, the year's expected targets.
_THIS_YEAR = re.compile(r"今年|开局之年|起步之年|第一年|预期目标\s*(?:是|为|：|:)|主要目标\s*(?:是|为)")
_GOALS_ONLY = re.compile(r"预期目标|主要目标")
# "党的二十届四中全会对未来五年…作出…": a paragraph about the next plan
_PLAN_FOR = re.compile(r"^[^，。]{0,16}(?:对|为)(?:我省|我区|我市|全省|全区|全市)?(?:未来|今后)五年")
_NEXT_PLAN = re.compile(r"十五五|未来五年|今后五年|第十五个五年")
_PLAN_WORDS = re.compile(r"时期|期间|规划|目标|任务|五年|建议|纲要")
# "2025年目标任务顺利完成" reports a plan fulfilled
_DONE = re.compile(r"完成|顺利|圆满|收官|取得|实现了")
# "经济主要预期目标是：地区生产总值增长5%左右，力争取得更好结果" (dev ningxia 2026): a done word after an aim
# word in its clause is what the plan strives for, not a plan fulfilled.
_AIMED = re.compile(r"(?:力争|争取|确保|力求|努力)[^，,。；;：:]{0,10}$")


# "2009年…主要预期目标:全省生产总值增长9%,完成灾后重建主要目标任务的72%" (probe ind34, 四川 2009): once the
# targets are listed, a done word is one of them, not the plan reported fulfilled
_LIST_OPENED = re.compile(r"(?:预期目标|主要目标)\s*(?:是|为)?\s*[：:]")


def _done(opener: str) -> bool:
    """Whether the opening words report a plan fulfilled ("2025年目标任务顺利完成")."""
    listed = _LIST_OPENED.search(opener)
    end = listed.start() if listed else len(opener)
    return any(not _AIMED.search(opener, 0, m.start()) for m in _DONE.finditer(opener, 0, end))
_NEXT_PLAN_SPAN = re.compile(r"年均|累计|到20\d\d年|十五五")
# "N个方面": the count of a report's own tasks, not a quantity.
_OWN_COUNT = re.compile(r"\s*(?:个)?(?:方面|领域|板块|部分)")
_OWN_PARTS = re.compile(r"\s*(?:个)?((?:方面|领域|板块|部分)(?!的)[\u4e00-\u9fff]{1,4})(?=[：:，,。；;])")
# Words of a number counted over the whole period (累计, 新增, 年均): a flow, not a stock.
# 平均每年 is 年均; "五年共利用外资", "五年生产原煤" count the five years under review (not 五年前, 十五年)
_FLOW = re.compile(r"累计|新增|净增|年均|平均每年|(?<![十两])五年(?![前后])|新建|开工|建成|实施|完成|实现|开行|办成|解决|惠及|新探明|形成|获批")
# a total (累计达到) of what was new (新增公园): the things themselves
_TOTAL = re.compile(r"累计|总数|总量|总计|共计")
_NEW = re.compile(r"^(?:新增|新设)")
_CLAUSE_END = re.compile(r"[，,；;]")
# a stock's own words: the level reached, or the total, at the end of the span
_STOCK = re.compile(r"总量|总数|(?<![到])达(?:到)?(?![成标])|增至|增加到|提高到|提升至|提升到")


def _last_comma(text: str, lo: int, hi: int) -> int:
    """Just after the last clause break (，；) in text[lo:hi], or lo."""
    i = max(text.rfind(c, lo, hi) for c in "，,；;")
    return i + 1 if i >= 0 else lo
# a clause that counts a part of the figure before it (其中企业57.5万户)
_PART_OF = re.compile(r"\s*其中[：:]?")
_DURATION_UNITS = frozenset({"年", "月", "季度", "日", "小时", "周", "个月", "工作日", "个工作日"})
# "内" after a time, a short note in brackets between them or not (1日（24小时）内, 24个月（含）内)
_WITHIN_AFTER = re.compile(r"(?:[（(][^（）()]{1,8}[）)])?内|[）)]内")
# what names a span of time as the thing measured (认证周期, 每月服务时间, 待遇享受最高时长)
# "本办法…有效期3年", "见习期最长不超过12个月", "租期5年以上": the terms a rule sets are spans named as such
_MIN_SPAN = re.compile(r"(?:[（(]含[）)])?(?:及)?以上")  # a least time (3个月以上, 1年（含）以上)
_SPAN_NAME = re.compile(r"(?:时间|时长|周期|间隔|期限|年限|有效期|见习期|试用期|租期|租赁期|服务期|任期|过渡期|公示期)$")
_WITHIN = re.compile(r"^[^，,]{1,8}?(?:期|年度|年|月)内(?=..)")
_CJK = compile_cached(r"[\u4e00-\u9fff“”‘’《》（）]")


@dataclass(frozen=True)
class _Cues:
    links: tuple[tuple[str, str | None], ...]  # longest first
    before: dict[str, str]
    after: tuple[tuple[str, str], ...]
    leads: tuple[tuple[str, int], ...]  # word, characters that must remain after it
    object_verbs: tuple[str, ...]
    stops: tuple[str, ...]
    non_nouns: frozenset[str]
    heads: tuple[str, ...]
    compares: tuple[str, ...]
    parallels: frozenset[str]
    count_leads: tuple[str, ...]
    owners: tuple[str, ...]
    reach: tuple[str, ...]
    verbs_in_ji: tuple[str, ...]
    modals: tuple[str, ...]
    head_parts: tuple[str, ...]
    noun_parts: tuple[str, ...]
    drives: tuple[str, ...]
    done: tuple[str, ...]
    done_after: tuple[str, ...]
    body_nouns: frozenset[str]
    opens: tuple[str, ...]
    verbs_out: tuple[str, ...]
    verb_tails: tuple[str, ...]
    verbs_inner: tuple[str, ...]
    verb_names: tuple[str, ...]
    scopes_out: tuple[str, ...]
    scope_names: tuple[str, ...]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    rows = read_tsv(data_path("lexicons", "indicator_cues.tsv"))
    by_role: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        role, word = row[0], row[1]
        value = row[2] if len(row) > 2 else ""
        by_role.setdefault(role, []).append((word, value))

    def words(role: str) -> tuple[str, ...]:
        return tuple(sorted({w for w, _ in by_role.get(role, [])}, key=len, reverse=True))

    links = tuple(sorted(((w, None if v in ("-", "") else v) for w, v in by_role.get("link", [])),
                         key=lambda p: len(p[0]), reverse=True))
    after = tuple(sorted(by_role.get("qualifier_after", []), key=lambda p: len(p[0]), reverse=True))
    leads = tuple(sorted(((w, int(v) if v.isdigit() else 0) for w, v in by_role.get("lead", [])),
                         key=lambda p: len(p[0]), reverse=True))
    return _Cues(links, dict(by_role.get("qualifier_before", [])), after, leads,
                 words("object_verb"), words("stop_after"), frozenset(words("non_noun")), words("head"),
                 words("compare"), frozenset(words("parallel")), words("count_lead"), words("owner"),
                 words("reach"), words("verb_ji"), words("modal"), words("head_part"),
                 words("noun_part"), words("drive"), words("done"), words("done_after"),
                 frozenset(words("body_noun")), words("open_after"),
                 words("verb_out"), words("verb_tail"), words("verb_inner"), words("verb_name"),
                 words("scope_out"), words("scope_name"))


@lru_cache(maxsize=None)
def _any_word(role: str) -> re.Pattern[str]:
    """A regex finding any word of ``role`` (a field of ``_Cues`` holding words): one C scan says
    whether a phrase holds one, where a loop over the words calls ``find`` for each."""
    words = getattr(_cues(), role)
    return re.compile("|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w)))) or "(?!)")


@lru_cache(maxsize=1)
def _object_verbs_listed() -> tuple[str, ...]:
    """The object verbs that make a listed item an action (新增 counts: 新增就业岗位 is a name)."""
    return tuple(v for v in _cues().object_verbs if v != "新增")


@lru_cache(maxsize=1)
def _link_words() -> tuple[str, ...]:
    return tuple(w for w, _ in _cues().links)


@lru_cache(maxsize=None)
def _char_index(role: str, last: bool) -> dict[str, tuple[Any, ...]] | None:
    """The cue words of ``role`` (a field of ``_Cues``) grouped by their last (or first) character,
    each group in the field's order: only a group can end (or start) a phrase with that character.
    None if a word is empty (it fits any phrase)."""
    out: dict[str, list[Any]] = {}
    for item in getattr(_cues(), role):
        word = item if isinstance(item, str) else item[0]
        if not word:
            return None
        out.setdefault(word[-1] if last else word[0], []).append(item)
    return {ch: tuple(items) for ch, items in out.items()}


def _ending(role: str, phrase: str) -> tuple[Any, ...]:
    """The cue words of ``role`` that may end the non-empty ``phrase``, in the field's order."""
    index = _char_index(role, True)
    return getattr(_cues(), role) if index is None else index.get(phrase[-1], ())


def _starting(role: str, ch: str) -> tuple[Any, ...]:
    """The cue words of ``role`` that may start with ``ch``, in the field's order."""
    index = _char_index(role, False)
    return getattr(_cues(), role) if index is None else index.get(ch, ())


@lru_cache(maxsize=1)
def _owner() -> re.Pattern[str]:
    """The facility or area of a place that owns a figure (郑州|机场年货邮吞吐量, 兰州|新区经济总量)."""
    names = "|".join(map(re.escape, _cues().owners))
    return re.compile(rf"^[\u4e00-\u9fff]{{0,4}}?(?:{names})(?=[\u4e00-\u9fff]{{3}})")


@lru_cache(maxsize=1)
def _standard_names() -> tuple[str, ...]:
    """Every way of writing a standard indicator, for ``startswith``."""
    return tuple(_standards())


@lru_cache(maxsize=1)
def _standards() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in read_tsv(data_path("lexicons", "indicators.tsv")):
        for variant in row[1].split("|"):
            table.setdefault(variant.strip(), row[0])
    return table


_SCOPE = re.compile(r"^(?:全省|全市|全区|全州|全县|全国|全体|我省|我市|我区|本省|本市|地方|全社会(?=固定))")
_RATE_WORD = re.compile(r"(?:增速|涨幅|增幅|降幅|总水平|水平)$")


def standard_indicator(name: str | None, change: str | None = None) -> str | None:
    """The standard name of an indicator as written (``indicators.tsv``), or None.

    "经济" is GDP only in a growth figure (经济增长5%).
    """
    if not name:
        return None
    table = _standards()
    name = name.strip()
    for cand in (name, _SCOPE.sub("", name), _RATE_WORD.sub("", _SCOPE.sub("", name))):
        std = table.get(cand)
        if std and (cand != "经济" or change == "growth"):
            return std
    return None


_JOINERS = ("和", "及", "与", "、")
# adverbs of time or number before a verb of doing: 新打造, 再减少 (not 新建, already a verb)
_VERB_PREFIXES = ("新", "再")
# adverbs of a thing done before a verb of doing: 成功引进, 成功创建
# adverbs of manner before a verb of doing, no part of what is measured: "成功引进商户", "同步建成充电桩
# 450个" (黔东南州 2025), "有序改造供热管网1287公里" (天津 2026), "全面完成优化营商环境7.0版150项改革举措"
# "高质量办理人大代表建议395件" (宁夏 2026); 高质量 before a verb of doing also 新疆, 海南, 辽宁, 安徽 2026
_DONE_ADVERBS = ("成功", "同步", "有序", "全面", "高质量", "精准", "积极")  # 积极争取…710万亩以上 (probe ind32)
# housing or an area closing the phrase before 改造 (guide v2.1, rule 1; sc-report-2019 gold 棚户区住房,
# 农村危房); a kind of work (适老化改造, 无障碍改造, 节能改造) is a name of its own
_REBUILT = re.compile(r"(?<=..[区房村])改造$")


def _boundaries(name: str) -> set[int]:
    """Where jieba's words of ``name`` end."""
    words = _cut(name)
    out, k = set(), 0
    for w in words:
        k += len(w)
        out.add(k)
    return out


# "吸纳技术合同成交额年均增长51.3%" (dev wr2026-anhuim gold), "全省吸纳京津技术合同成交额增长101.1%" (河北 2024
# report digest, probe ind42): technology contracts taken in (吸纳), against those sold out (输出), is a
# statistical name of its own, whoever they are taken from (guide v2.1, rule 1: a word inside a fixed name stays)
_ABSORBED_CONTRACTS = re.compile(r"(?:吸纳|输出)[\u4e00-\u9fff]{0,6}?技术合同成交")


def _verb_at_start(name: str) -> int:
    """The length of a verb of doing opening ``name`` (``verb_out``), or 0: the verb must end
    where a word ends, or jieba must read a shorter word first (保|供电煤 is 保供 电煤), so that
    服务业, 突破性 stay."""
    if name.startswith(_cues().verb_names) or _ABSORBED_CONTRACTS.match(name):
        return 0
    verbs = [w for w in _starting("verbs_out", name[0]) if name.startswith(w)] if name else []
    # "新建成轨道交通线路", "新设立企业": 新 before a verb of doing goes with that verb (not 新建|成, 新设|立)
    if name.startswith("新") and len(name) > 3:
        verbs = sorted(verbs + ["新" + w for w in _starting("verbs_out", name[1])
                                if len(w) >= 2 and name.startswith(w, 1) and len(name) - len(w) >= 3],
                       key=len, reverse=True)
    if not verbs:
        return 0
    ends = _boundaries(name)
    first = min(ends)
    # "修复性养护工程", "预防性…": a verb before 性 makes a word of kind (修复性), no verb of doing
    # (交通运输部等 新一轮农村公路提升行动方案 2023, probe ind57p)
    return next((len(w) for w in verbs if (len(w) in ends or first < len(w)) and name[len(w) : len(w) + 1] != "性"), 0)


@lru_cache(maxsize=1)
def _verb_modifiers() -> frozenset[str]:
    """Dictionary verbs that open a name as a modifier of its noun (在建铁路项目, 退休人员): reviewed,
    see the file's comment."""
    return frozenset(read_lines(data_path("lexicons", "indicator_verb_modifiers.txt")))


# a measure closing the rest: the verb names the event measured (快递业务量, 担保费率, 扣除标准),
# part of the name
_MEASURE_HEAD = re.compile(r"(?:量|额|率|度|数|费|价|时间|时长|期限|年限|周期|标准|规模|面积|能力|比例|占比|比重|强度|水平|"
                           r"指数|总值|产值|收入|支出|余额|人次|次数|天数|里程|容量|增速|增幅|费用|额度|年期|成本)$")
# "签约过亿元项目", "落地过10亿元项目": 过 before an amount is "over", a size class, no aspect particle
_PASS_AMOUNT = re.compile(r"过(?:\d|[一二三四五六七八九十百千万亿])")
# "签约省外项目到位资金": the money of the projects the verb is done to; the verb tells which projects
_OBJECT_MONEY = re.compile(r"(?:项目|企业).*(?:资金|投资)$")


def _dictionary_verb_at_start(name: str) -> int:
    """2 if a two-character verb by jieba's dictionary opens ``name`` and what follows is a noun
    phrase of three characters or more, not opening or closing with a verb, not a measure of the
    verb's event (快递业务量), not a list: the verb is done to what is measured (guide v2.1, rule 1:
    签约亿元以上项目 -> 亿元以上项目, 关停小煤电机组 -> 小煤电机组, 拨付惠企政策资金); 4 if two such verbs
    open it (开挖疏浚沟渠); else 0: how many characters to cut. A verb that modifies the noun (在建, 退休) is in
    ``indicator_verb_modifiers.txt``."""
    tags = function_word_tags()
    # The opening verb can only be name[:2]: no segmentation when that is no dictionary verb.
    if len(name) < 5 or tags.get(name[:2]) != "v" or re.search("[的、和及与或]", name):
        return 0
    words = _cut(name)
    if len(words) < 2 or len(words[0]) != 2 or tags.get(words[0]) != "v" or words[0] in _verb_modifiers() \
            or words[0] in _cues().verbs_out or (words[1][:1] in "了着过" and not _PASS_AMOUNT.match(name, 2)):
        return 0  # a verb of ``verb_out`` the loop of ``_as_measured`` left stays (培养架和培养筐)
    rest = name[2:]
    if len(words) >= 3 and len(words[1]) == 2 and tags.get(words[1]) == "v" and words[1] not in _verb_modifiers() \
            and len(name) >= 6 and tags.get(words[2], "n").startswith("n") and not tags.get(words[-1], "").startswith("v") \
            and not _MEASURE_HEAD.search(name, 4) and not _OBJECT_MONEY.search(name, 4):
        # "开挖疏浚沟渠11.76万公里" (dev wr2026-henan gold 沟渠), "签约入驻国内外知名高校26所" (海南 2026, probe
        # ind44w): two verbs of doing in a row are both done to what is measured (guide v2.1, rule 1)
        return 4
    if not _CJK.match(rest) or tags.get(words[1], "").startswith("v") or tags.get(words[-1], "").startswith("v") \
            or _MEASURE_HEAD.search(rest) or _OBJECT_MONEY.search(rest):
        return 0
    return 2


# a condition clause opening a name, closed by 的 before its head noun (达到…标准的, 符合…条件的)
_CONDITION_CLAUSE = re.compile(r"(?:达到|符合|满足|具备)[^的，,；;。]{2,12}(?:标准|条件|要求|资质)的[\u4e00-\u9fff“]{2}")


# a time clause of a step taken, opening a name: 提标后, 调整后, 改造后 (probe ind59n: 提标后…老人月高龄补贴)
_AFTER_STEP = re.compile(r"(?:提标|调标|调整|提高|改造|整合|合并|扩容|升级)后(?![的期])")


# The same indicators recur through a report (生产总值, 城镇新增就业) and the answer depends only on
# the name and the scope: kept per name.
@lru_cache(maxsize=4096)
def _as_measured(name: str | None, national: bool) -> str | None:
    """The indicator as guide v2.1 writes it: without the verbs of doing or of change before or
    after the measured noun phrase (rule 1: 新增高新技术企业 → 高新技术企业, 中央财政拟安排补贴资金
    → 补贴资金), without the document's own scope (rule 2: 全市生产总值 → 生产总值; 全国 and 我国 only in a
    national document). Rule 3 (涨幅, 增速 after it) is the link words' (``_read_before``). A standard name (城镇新增就业) or a name in ``verb_name`` stays as written."""
    if not name:
        return name
    cues, table = _cues(), _standards()
    out = name
    if _CONDITION_CLAUSE.match(out):
        # "达到服务能力标准的乡镇卫生院、社区卫生服务中心占比" (青海 2026, probe ind55w): a condition the
        # measured things meet, closed by 的, defines them; its verb is no verb done to them (rule 1)
        return out
    while out not in table:
        scope = next((w for w in cues.scopes_out if out.startswith(w) and len(out) - len(w) >= 2
                      and (w not in ("全国", "我国") or national) and not out.startswith(cues.scope_names)),
                     None) if out.startswith(cues.scopes_out) else None
        if scope:
            out = out[len(scope):]
            continue
        modal = next((w for w in cues.modals if out.startswith(w)), "")
        if modal and len(out) - len(modal) >= 5 and (_verb_at_start(out[len(modal):])
                                                     or (out[len(modal)] in _VERB_PREFIXES and _verb_at_start(out[len(modal) + 1:]))):
            out = out[len(modal):]  # "郑州要新改造农村无害化卫生厕所3万户": the modal of a plan is no part of it
            continue
        if (step := _AFTER_STEP.match(out)) and len(out) - step.end() >= 4:
            out = out[step.end():]  # "提标后70-79岁…老人月高龄补贴": the step it follows is no part of it (probe ind59n)
            continue
        if out.startswith("共") and _verb_at_start(out[1:]):
            out = out[1:]  # "五年共培养本科和专科毕业生584万人": 共 sums what the verb did
            continue
        done = "已经" if out.startswith("已经") else "已" if out.startswith("已") else ""
        if done and len(out) - len(done) >= 4 and _verb_at_start(out[len(done):]):
            # "已完成整改任务66项" (番禺区卫生健康局 2022 report, probe gz58): 已 marks the verb done; the
            # verb and its mark are no part of what is measured (rule 1)
            out = out[len(done):]
            continue
        n = _verb_at_start(out)
        if not n and out[:1] in _VERB_PREFIXES and len(out) >= 6:
            # "新打造省级特色酒庄", "新集聚海内外人才", "再减少企业税负": 新 / 再 before a verb of doing
            k = _verb_at_start(out[1:])
            n = k + 1 if k and len(out) - k - 1 >= 3 else 0
        rest = out[n:]
        if n and rest[:1] in _JOINERS and _verb_at_start(rest[1:]):
            out = rest[1:]  # "新建、改扩建及维修改造义务教育学校": the verbs listed
            continue
        # "培养架和培养筐": a verb before one character joined to the next name is part of a noun
        if n and len(rest) >= 2 and rest[:1] not in _JOINERS + ("的", "了") and rest[1:2] not in _JOINERS:
            out = rest
            continue
        adverb = next((a for a in _DONE_ADVERBS if out.startswith(a)), "")
        if adverb and len(out) >= len(adverb) + 4 and _verb_at_start(out[len(adverb):]):
            out = out[len(adverb):]  # "成功引进商户", "成功创建省级…": 成功 before a verb of doing
            continue
        break
    if out not in table and not out.startswith(cues.verb_names) and not out.startswith(_standard_names()) \
            and (n := _dictionary_verb_at_start(out)):
        out = out[n:]
    if out in table or out.startswith(cues.verb_names):
        return out
    tail = next((w for w in cues.verb_tails if out.endswith(w) and len(out) - len(w) >= 2), None) \
        if out.endswith(cues.verb_tails) else None
    if tail:
        out = out[: -len(tail)]
    standard = out.startswith(_standard_names())
    inner = [] if standard or not _any_word("verbs_inner").search(out, 2) else [(k, w) for w in cues.verbs_inner if (k := out.find(w, 2)) >= 2
                                 and len(out) - k - len(w) >= 2 and not out.startswith(cues.verb_names, k)
                                 # "重点制造业企业研发投入强度" (probe ind37, 上海 2023): the verb closes a name (研发投入)
                                 and not out.endswith(cues.verb_names, 0, k + len(w))]
    agent = _agent_verb(out) if not inner and not standard else None
    if agent:
        # "社区卫生服务中心预约二、三级医院专家号源", "金融机构发放科技型企业知识价值信用贷款": a body
        # that acts and its verb are no part of what is measured
        return out[sum(agent):]
    if inner:
        # "中央财政拟安排补贴资金", "提请省人大常委会审议地方性法规": who acts is no part of what is
        # measured
        k, w = max(inner)
        ends = _boundaries(out)
        # "研发经费投入占GDP比重": what a share (占…比重) is of is a noun phrase, the verb within it too
        if k in ends and k + len(w) in ends and not out.startswith("占", k + len(w)):
            out = out[k + len(w):]
    return out


# words opening a clause, not a name, as jieba's first word of a phrase: a phrase opening with them
# is no indicator (并自收到…之日起, 可以延长, 按每人, 且每月按不低于…, 关于); not 对, 在, 为, 每, which
# open names (对外直接投资, 在建铁路项目, 为民实事, 每万人口发明专利拥有量), nor 可 (可|再生能源)
_CLAUSE_OPENERS = frozenset({"并", "且", "可以", "应当", "应", "须", "已经", "已", "关于", "按", "按照", "确定",
                             "相当于", "是", "大大", "以", "由", "从", "当"})
_OPENER_PREFIXES = tuple(_CLAUSE_OPENERS)
# the rest of a 对… clause after its number, closed by 的 (对…1亿元以上的企业)
_FOR_WHOM_AFTER = re.compile(r"[^，,；;。：:\n]{0,24}?的")
# 每增加1人给予3000元: a step of a rate, no name; so is 每接收1名见习人员 (宁波 见习补贴, probe ind38)
_PER_STEP = ("每增加", "每招用", "每接收", "每吸纳", "每安置")
# a time bound closing the phrase (…之日起, 在培训班结束前): when, not what
_TIME_BOUND = re.compile(r"(?:之日起|之日|结束前|开班前|以前|之前|前)$")


_BY = re.compile(r"^按(?:照)?(?!每)(?=[\u4e00-\u9fff“]{2})")
# 按 after who acts, before the base (not 按规定, 按要求: by the rules; not 按不低于…: a bound)
_BY_INNER = re.compile(r"(?<=[\u4e00-\u9fff])按(?:照)?(?![揭时期月季年日需每规要程不])(?=[\u4e00-\u9fff“]{2})")


_DIVISION_SUFFIX = re.compile(r"(?:省|市|县|(?:壮族|回族|维吾尔)?自治区)$")  # 重庆市 → 重庆 (probe ind36)


def _without_own(name: str | None, own: tuple[str, ...]) -> str | None:
    """"2022年福建省地区生产总值突破5万亿元" (a digest that names the province): the document's own
    division before a standard name is its scope, as 全省 is (guide v2.1, rule 2)."""
    if not name:
        return name
    for n in own:
        if not name.startswith(n):
            continue
        rest = name[len(n):]
        # "广东全省地区生产总值", "安徽全省经济总量" (广东 and 安徽 2023 digests, probe ind42): the name
        # with a scope word after it is scope twice over, whatever follows
        scope = next((w for w in _cues().scopes_out if rest.startswith(w) and w not in ("全国", "我国")), "")
        if scope and len(rest) > len(scope) + 1:
            return rest[len(scope):]
        if rest.startswith(_standard_names()):
            return rest
    return name


# a percent's change written after it: 20%以上增长, 4.5%左右的增长目标, 5%的下降 (not 增长到, 下降至: a level)
_RATE_AFTER = re.compile(r"(?:以上|左右|以内)?(?:的)?(?:预期)?(增长|下降)(?![到至])")
# words of hope or estimate standing alone before a number's link (有望|突破, 预计|达到)
_HOPE_ONLY = frozenset({"有望", "可望", "预计", "预期", "力争", "争取", "确保"})
_MODAL_ONLY = frozenset({"可", "可以", "应", "应当", "须", "必须", "并", "且", "均", "统一"})


def _without_by(name: str | None) -> str | None:
    """"由购买方按扣除标准的100%扣除": the base a share is taken by is measured, without 按 (sc19-32:
    扣除标准); 按每人 stays and is no name (``_not_a_name``)."""
    if not name:
        return name
    # "高新区按市级财政拨付资金100%进行匹配", "由其中一方按扣除标准的100%扣除" (probe ind39, sc19-32): who
    # acts by the base is no part of it
    inner = _BY_INNER.search(name)
    # "可以按照投资额的70%" (pt-160725 gold null): after a bare modal no one acts by the base
    if inner and len(name) - inner.end() >= 2 and name[: inner.start()] not in _MODAL_ONLY:
        name = name[inner.end():]
    return _BY.sub("", name)


# "两项合计34800元" (probe ind37, 闽侯 2020): a count of the items summed, in words, names nothing measured
_ITEMS_COUNTED = re.compile(r"[一二两三四五六七八九十几]{1,2}(?:项|类|笔)(?:合计|共计|总计)?")


_SCOPE_OR_NOTE = re.compile(r"(?:不)?含|[\u4e00-\u9fff]{0,6}(?:范围|区域|辖区)内")


def _not_a_name(name: str | None, near: list[Mention], text: str) -> bool:
    """Whether an indicator read before a number is no name of what is measured: a clause opening
    with a function word or a modal, a time bound, or a body, place or building named alone (富力大厦,
    人力资源社会保障部门, 合肥市等). Null is better than such a phrase."""
    if not name or name in _standards():
        return False
    if name.startswith(_PER_STEP) or _TIME_BOUND.search(name) or _ITEMS_COUNTED.fullmatch(name):
        return True
    # "辖区范围内6亩以下（不含6亩）的土地" (probe ind39, 官渡区): where a bound holds and the note of
    # whether it is in name nothing measured
    if _SCOPE_OR_NOTE.fullmatch(name):
        return True
    # jieba's first word is an opener only where the name starts with one: most names skip the cut.
    if name.startswith(_OPENER_PREFIXES):
        first = _cut(name)[0]
        if first in _CLAUSE_OPENERS:
            return True
    # A date named alone measures nothing either: 比上年12月末增长5.2% (the base of a comparison; review 20a).
    return any(o.label in ("LOC", "ORG", "DEPT", "PERSON", "DATE") and name.rstrip("等") == text[o.start : o.end] for o in near)


# ---------------------------------------------------------------- sections


@dataclass
class _State:
    kind: str | None = None
    period: str | None = None


def _years(meta: dict[str, Any]) -> tuple[int | None, bool]:
    """The year a report reviews, and whether the document reads as a report."""
    period = str(meta.get("period") or "")
    m = re.fullmatch(r"(\d{4})(?:-01-01/(\d{4})-12-31)?", period)
    if m and m.group(2) in (None, m.group(1)):
        return int(m.group(1)), True
    ref = str(meta.get("reference_date") or "")
    return (int(ref[:4]) - 1 if ref[:4].isdigit() else None), False


class _Opening:
    """``re.compile(f"(?:^|[{marks}]){rest}").search``, the same first match: ``rest`` matched at the
    text's start, else searched after one of the marks. A pattern that opens with ``^|`` is tried at
    every position; one that opens with a class lets sre skip to the marks in C."""

    def __init__(self, marks: str, rest: str) -> None:
        self._at_start = re.compile(rest)
        self._after_mark = re.compile(f"[{marks}]{rest}")

    def search(self, text: str) -> re.Match[str] | None:
        return self._at_start.match(text) or self._after_mark.search(text)


# A report page without a date of its own (a county report reposted, a digest) still names the year it
# reviews in its review heading ("一、2024年工作回顾", "2019 年成绩", "要点之一：2022年工作回顾", "一、2020年和十三五
# 时期工作回顾") or,
# failing that, the plan year in its plan heading ("二、2025年工作安排", and in county reports "三、2024年主要工作
# 安排", "二、2025年目标任务和重点工作") or plan sentence ("建议2025年全县经济社会发展的努力目标为：…").
_HEADING_REVIEW_YEAR = _Opening("\n、：:。", r"\s*((?:19|20)\d\d)\s?年\s?(?:[及和]“?十[一二三四五]五”?(?:时期)?)?(?:工作回顾|工作总结|工作成绩|成绩|回顾)")
_HEADING_PLAN_YEAR = _Opening("\n、：:。", r"\s*((?:19|20)\d\d)\s?年\s?(?:主要)?(?:目标任务和)?"
                                r"(?:工作安排|工作任务|重点工作)")


# A heading line that sums the year up ("2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单",
# a city report's review heading) names it too; so does a digest's plan sentence ("福建将全力做好2023年工作，
# 2023年经济社会发展的主要预期目标是：…").
_HEADING_SCORECARD = re.compile(r"(?:^|\n)[\s一二三四五六七八九十、]*((?:19|20)\d\d)\s?年[^\n。]{0,40}(?:成绩单|答卷)[\s”]*(?:\n|$)")
# A digest's headline names the plan year with the place between ("政府工作报告提出:2010年漳州经济社会发展预期目标",
# 闽南日报 2010, probe ind53p).
_PLAN_SENTENCE_YEAR = _Opening("\n、：:。，,", r"\s*(?:建议)?((?:19|20)\d\d)\s?年(?:全[省市区县]|[\u4e00-\u9fff]{2,3}[省市县]?)?"
                               r"(?:国民经济和|经济)社会发展的?(?:主要预期|努力|预期)目标")


# A news digest of a report with no date of its own names the year it reviews after its attribution
# ("作政府工作报告时介绍，2024年浙江省生产总值增长5.5%左右", "报告显示，2023年北京市地区生产总值增长5.2%"), or
# names the report by its year ("江苏省政府2025年政府工作报告新鲜出炉": it reviews 2024).
_DIGEST_YEAR = re.compile(r"(?:报告|会议)[^，,。；;\n]{0,6}(?:指出|显示|介绍|提到|称)[，,：:]\s*"
                          r"(?:[\u4e00-\u9fff]{2,6}?[省市区县])?((?:19|20)\d\d)\s?年")
# or says what it reviews ("报告首先回顾了2017年工作": probe ind31, 广州 2018 news)
_DIGEST_REVIEW = re.compile(r"(?:报告|会议)[^，,。；;\n]{0,4}回顾了?((?:19|20)\d\d)\s?年(?:的)?工作")
_REPORT_OF_YEAR = re.compile(r"((?:19|20)\d\d)\s?年[《“]?政府工作报告")
# Failing those, a digest that speaks of the year past (过去一年) names it where a sentence opens with it
# ("会议公布了一组数据：2023年，湖南地区生产总值迈上新台阶").
_PAST_YEAR_WORDS = re.compile(r"过去一年|过去的一年|一年来|这一年")
# A report's opening names the year it reviews as the one just past ("刚刚过去的2019年，我们隆重庆祝…").
_JUST_PAST_YEAR = re.compile(r"刚刚过去的((?:19|20)\d\d)\s?年")
_OPENING_YEAR = re.compile(r"(?:^|[。：:\n])\s*((?:19|20)\d\d)\s?年[，,]")


def _reviewed_year(text: str, meta: dict[str, Any]) -> int | None:
    """The year under review: the report's period, else the year before its reference date, unless
    its own review heading names the reference year itself. A county congress often sits in late
    December and reviews the year then ending ("——2018年12月25日在沅陵县第十七届人民代表大会第三次
    会议上 … 一、2018年工作回顾"; 谷城 2020-12-23, 太湖 2019-12-30): its figures are that year's results,
    not the next year's plan (probe ind55w)."""
    year, is_report = _years(meta)
    if year is None:
        return _heading_year(text)
    if not is_report:
        m = _HEADING_REVIEW_YEAR.search(text) or _HEADING_SCORECARD.search(text)
        if m and int(m.group(1)) == year + 1:
            return year + 1
        # without such a heading, a report given in December whose own year opens a paragraph
        # ("2018年是本届政府的开局之年，…预计到年末，全县地区生产总值完成115亿元", 建平县 2018-12-22, probe
        # ind58w) reviews the year then ending: 一年来 there is that year
        ref = str(meta.get("reference_date") or "")
        if ref[5:7] == "12" and re.search(rf"(?:^|\n)\s*{year + 1}\s?年(?:是|，|,)", text):
            return year + 1
    return year


def _heading_year(text: str) -> int | None:
    """The year under review named by a report's own review or plan heading, or None."""
    m = _HEADING_REVIEW_YEAR.search(text) or _HEADING_SCORECARD.search(text)
    if m:
        return int(m.group(1))
    m = _HEADING_PLAN_YEAR.search(text) or _PLAN_SENTENCE_YEAR.search(text)
    if m:
        return int(m.group(1)) - 1
    m = _DIGEST_YEAR.search(text) or _DIGEST_REVIEW.search(text)
    if m:
        return int(m.group(1))
    m = _JUST_PAST_YEAR.search(text)
    if m:
        return int(m.group(1))
    m = _REPORT_OF_YEAR.search(text)
    if m:
        return int(m.group(1)) - 1
    m = _PAST_YEAR_WORDS.search(text) and _OPENING_YEAR.search(text)
    return int(m.group(1)) if m else None


# One pattern per report year (about a millisecond to build): a batch of many years' reports
# (the State Council's since 1954) built most of them again with room for eight.
@lru_cache(maxsize=128)
def _any_cue(year: int | None) -> re.Pattern[str]:
    """Any word ``_section_state`` reads: without one, an opener starts no state."""
    cues = [p.pattern for p in (_FIVE_YEARS, _ONE_YEAR, _REVIEW, _TARGETS, _THIS_YEAR, _NEXT_PLAN)]
    union = re.compile("|".join(cues + ([f"{year}年", f"{year + 1}年"] if year else []) + ["预期目标"]))
    # A lookahead on the cues' first characters lets sre skip the other positions at once (3x faster).
    starts = PatternStarts(union)
    return re.compile(f"(?={starts.first_class})(?:{union.pattern})") if starts.usable else union


# a news report's speaker before the year reviewed ("胡衡华说,2014年,在市委的坚强领导下" 长沙 2015, "邓辉在报告中
# 说,2018年涪城全区…" 涪城 2019: probe ind35); an estimate's attribution ("经初步预计,五莲县2012年全年…")
_SPEAKER = r"(?:[\u4e00-\u9fff]{2,4}?(?:在报告中)?(?:说|介绍|表示)[，,：:])"
_ESTIMATED = r"(?:经|据)?(?:初步)?(?:预计|统计|核算|测算)[，,]"


# The patterns ``_section_state`` builds on the report's year, each compiled on its first use for that
# year (it reads every sentence's opening words; most need none of them).
_YEAR_PATTERNS = {
    "opening": rf"[{BULLETS}\s]*[“\"]?(?:报告(?:指出|显示|提出|称|[^，,。；;\n]{{0,4}}回顾了?)[，,：:]?)?{_SPEAKER}?"
               rf"(?:{_ESTIMATED})?(?:关于)?(?:[\u4e00-\u9fff]{{2,6}}?[省市区县])?(?:刚刚过去的|在|(?:初步)?预计)?{{year}}\s?年",
    "just_past": r"刚刚过去的{year}\s?年",
    "reported": r"(?:报告|会议)(?:中)?(?:指出|显示|提到|称)[，,：:]?(?:[\u4e00-\u9fff]{2,6}?[省市区县])?{year}\s?年",
    "spoken": rf"{_SPEAKER}(?:[\u4e00-\u9fff]{{2,6}}?[省市区县])?{{year}}\s?年(?:[，,]|[\u4e00-\u9fff]{{2,6}}?[省市区县])",
    "subject": r"{year}\s?年[^，,、：:是以]",
    "plan_year": r"(?<![自从]){year}年(?!(?:\d{1,2}月(?:\d{1,2}日)?)?起)",
}


@lru_cache(maxsize=512)
def _year_re(name: str, year: int | None) -> re.Pattern[str]:
    """``_YEAR_PATTERNS[name]`` for ``year`` (``plan_year``: the year given is the plan's), compiled."""
    return re.compile(_YEAR_PATTERNS[name].replace("{year}", str(year)))


def _section_state(opener: str, state: _State, year: int | None, heading: bool,
                   sentence: bool = False) -> _State | None:
    """The state a heading, a paragraph's or a sentence's opening words start, or None."""
    if not _any_cue(year).search(opener):
        return None  # most sentences: one scan instead of eight
    plan = year + 1 if year else None
    five = _FIVE_YEARS.search(opener)
    if five and (end := next((e for name, e in _PLAN_END.items() if name in five.group()), None)) and end != year:
        # "“十二五”时期…" in a report on 2015 (嵊州 2016, probe ind35) reviews its five years; named in a
        # later report it is history, not the span under review
        five = None
    # a digest's attribution and the place it speaks of may come first ("报告指出，坪山区2021年实现了…"); a
    # digest's quotation of the report may open the paragraph ("“2020年是扬州发展历程中非常特殊…")
    one = _ONE_YEAR.search(opener) or (year and not sentence and _year_re("opening", year).match(opener))
    if not one and year:
        # "王三运在报告中说,刚刚过去的2008年,…", "特别是刚刚过去的2012年,…" (probe ind34, 安徽 2009 and 湖北
        # 2013): the year just past is the one reviewed, wherever the opening words name it
        one = _year_re("just_past", year).search(opener)
    if not one and year and sentence:
        # inside a paragraph only the attribution opens the review ("人民网哈尔滨1月24日电 …作《政府工作报告》。
        # 报告指出，2023年黑龙江农业现代化水平持续提升。"); a bare year there may be a base or an aside
        one = _year_re("reported", year).match(opener) or _year_re("spoken", year).match(opener)
    if one and "/" in str(state.period or "") and state.kind == "actual" and not _ONE_YEAR.search(opener) \
            and _year_re("subject", year).match(opener):
        # "2025年四大主导产业占GDP比重较2020年提高约14个百分点" inside a review of the five years: a
        # paragraph whose subject is dated by the year opens no review of that year ("2025年，我们…" does)
        one = None
    if sentence and five and _PLAN_NAME.search(five.group()):
        # a sentence inside a paragraph that names the plan's span after its first clause ("经济运行稳中
        # 有进、进中提质,保持了“十四五”以来向上向好的积极态势", a 2024 county report) sums up and opens no
        # review of five years; "报告过去五年的工作" still does
        first = _CLAUSE_END.search(opener)
        if first and five.start() > first.start():
            five = None
    if five and "十四五" in five.group() and (year is None or year < 2025) and not _done(opener) \
            and "目标" in opener[five.end():]:
        # "“十四五”期间，福州市卫生健康事业发展主要目标为" in a plan written before 2025: the plan's
        # goals, not a review of its years
        return _State("target", "2021/2025")
    if five and "十四五" in five.group() and year is not None and year <= 2020 and "以来" not in five.group():
        # "“十四五”期间，地区生产总值年均增长8%以上" in a 2021 digest of the plan (保定 2021): none of the
        # plan's years has passed, so it sets goals for them and reviews nothing
        return _State("target", "2021/2025")
    review = min((m.start() for m in (five, one) if m), default=None)
    # "该《办法》对自2017年起培育…的企业进行奖励" (probe ind37, 白水 2017 news): the year a rule takes effect
    # from opens no plan of that year
    this_year = _THIS_YEAR.search(opener) or (plan and _year_re("plan_year", plan).search(opener)) \
        or ((heading or len(opener.strip()) <= 12) and re.search("预期目标", opener))
    if this_year and year and this_year.group() in ("开局之年", "起步之年", "第一年") \
            and re.match(rf"\s*{year}\s?年是", opener):
        # "2018年是本届政府的开局之年" opening a review of 2018 (建平县 2018-12-22, probe ind58w): the year
        # under review was the first of a term, no plan
        this_year = None
    next_plan = _NEXT_PLAN.search(opener)
    plan_at = min((m.start() for m in (this_year, next_plan) if m), default=None)
    # "一年来，…锚定目标任务": a review that names its targets is still a review
    if not _done(opener) and not (review is not None and (plan_at is None or review < plan_at)):
        # "“十五五”时期经济社会发展的主要目标是": the goals of the next plan
        year_named = this_year and not _GOALS_ONLY.match(opener, this_year.start())
        if this_year and (not next_plan or (year_named and this_year.start() < next_plan.start())
                          or (heading and not next_plan) or this_year.start() < next_plan.start()):
            return _State("target", str(plan) if plan else None)
        # "“十五五”时期是…", "今后五年…": the next plan opens the paragraph, not a later reference
        if next_plan and (heading or (not sentence and (next_plan.start() <= 4 or _PLAN_FOR.match(opener)))) \
                and _PLAN_WORDS.search(opener):
            return _State("target", f"{plan}/{plan + 4}" if plan else None)
        if _TARGETS.search(opener) and (review is None):
            return None if state.kind == "target" else _State("target", str(plan) if plan else None)
    if not heading and (five or one):
        if five and (not one or five.start() < one.start()):
            return _State("actual", f"{year - 4}/{year}" if year else None)
        return _State("actual", str(year) if year else None)
    if heading and (_REVIEW.search(opener) or five or one):
        if five and not one:
            return _State("actual", f"{year - 4}/{year}" if year else None)
        return _State("actual", str(year) if year else None)
    return None


# a review headline closes on how a field fared ("社会治理创新持续深化", "重点领域风险防范化解取得积极进展",
# "七是民生福祉不断增进"); a plan headline opens with what is to be done ("奋力推进高水平对外开放",
# "全力促开放", "提升开放平台能级")
_REVIEW_HEADLINE = re.compile(
    r"(?:取得[\u4e00-\u9fff]{0,6}(?:进展|成效|突破|成果|成绩)|(?:持续|不断|稳步|稳中|显著|明显|全面|日益|更加|进一步)"
    r"[\u4e00-\u9fff]{0,2}(?:深化|增进|增强|提升|提高|改善|优化|巩固|向好|加强|扩大|完善|释放|壮大|彰显|夯实|加快|拓展|有力|有效)"
    r"|(?:成效|进展|变化)(?:明显|显著|良好|积极)|迈出[\u4e00-\u9fff]{0,8}步伐|(?:新|更大|积极|重大)(?:进展|成效|突破|跨越|提升)"
    r"|(?:全面|圆满|超额)完成|(?:深入|扎实|稳步|有序|加快|持续)(?:推进|形成|改进)|提质增效)$")
_PLAN_HEADLINE = re.compile(
    r"(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)?(?:全力|奋力|着力|大力|加快|加力|持续|扎实|坚定|"
    r"纵深|深入|全面|积极|切实|更好|更大力度|推进|推动|深化|提升|建设|加强|强化|完善|扩大|促进|坚持|实施|打造|培育|"
    r"发展|优化|健全|构建|筑牢|守牢|统筹|激发|做强|做优|做大|用好|抓实|抓好|提高|巩固|拓展|增强|聚焦|稳住|稳定|"
    r"防范|保障|办好|守护|繁荣|壮大|释放|夯实|织密|兜牢|创新)")


# the year's figures are preliminary where a report opens their paragraph ("据初步统计，全省生产总值增长
# 14.5%" in 浙江 2008, "经济运行稳中向好，预计全省地区生产总值增长5.7%" in 四川 2025: probe ind46w)
_PRELIMINARY = re.compile(r"(?:[\u4e00-\u9fff]{2,10}[，,])?(?:据初步(?:统计|核算)|初步(?:统计|核算)|预计全(?:年|省|市|区|县))")


def _headline_state(block: str, year: int) -> _State | None:
    """The state a paragraph's short headline shows in a report cut from the middle of a part: a
    review of ``year`` or the plan of the year after; None without a headline."""
    if _PRELIMINARY.match(block.strip()):
        return _State("actual", str(year))
    head = re.split("[。；;\n]", block.strip(), maxsplit=1)[0].strip()
    if not 4 <= len(head) <= 30 or re.search(r"\d", head):
        return None
    if "，" not in head and _REVIEW_HEADLINE.search(head):
        return _State("actual", str(year))
    last = head.split("，")[-1]
    # every clause of a plan headline says what to do ("坚持扩大内需，着力提振消费"); a last clause naming a field
    # and how it went ("坚持创新驱动，新质生产力加快发展") closes a review's headline, whatever verb opens it
    if _PLAN_HEADLINE.match(head) and _PLAN_HEADLINE.match(last) and not _REVIEW_HEADLINE.search(last):
        return _State("target", str(year + 1))
    return None


def _sentence_states(text: str, meta: dict[str, Any],
                     st: Structure | None = None) -> tuple[list[tuple[int, int, _State]], bool]:
    """(start, end, state) of every sentence, and whether any report section was found."""
    is_report = _years(meta)[1]
    year = _reviewed_year(text, meta)
    st = st if st is not None else segment(text)
    state = _State()
    found = False
    out: list[tuple[int, int, _State]] = []
    sentences = st.sentences
    si = 0
    for bi, block in enumerate(st.blocks):
        if block.kind in ("masthead", "distribution", "footer"):
            continue
        heading = block.kind == "heading" or (block.kind == "item" and block.title_end >= 0)
        opener = text[block.body : min(block.end, block.body + 40)]
        new = _section_state(opener, state, year, heading)
        if new is not None:
            state, found = new, True
        elif is_report and year and not found:
            # a report read from the middle of a part, its heading cut away (the address, then "社会治理
            # 创新持续深化。…" or "（四）奋力推进高水平对外开放。…"): a paragraph's headline tells a review
            # from a plan (dev gold wr2026-*m: 9 documents, every number of such a part). A review comes
            # before the plan, and its headings may read as tasks too ("着力加强民生建设" in 上海's
            # review): once a review is seen, only a section heading starts the plan
            inferred = _headline_state(text[block.body : block.end], year)
            if inferred is not None and state.kind != "actual":
                state = inferred
            elif inferred is not None and inferred.kind == "actual":
                state = inferred
        while si < len(sentences) and sentences[si].block < bi:
            si += 1
        first = True
        while si < len(sentences) and sentences[si].block == bi:
            s = sentences[si]
            if not first:
                new = _section_state(text[s.start : min(s.end, s.start + 40)], state, year, False, True)
                if new is not None:
                    state, found = new, True
            first = False
            out.append((s.start, s.end, state))
            si += 1
    return out, found or is_report


# ---------------------------------------------------------------- phrases


@dataclass
class _Read:
    phrase: str
    changes: list[str]
    qualifier: str | None
    distribute: bool  # 分别 before the number
    compare: bool  # 高于全国 before the number
    start: int = -1  # where the clause read starts in the text
    measured_after: bool = False  # 分别 inside the phrase: what follows it is measured


_INNER_BRACKET = re.compile(r"[（(](?:[\u4e00-\u9fff、]{1,5}|[A-Z]{2,5}|[A-Z]{1,4}\d{1,2}(?:\.\d)?)[）)]")  # 国内生产总值（GDP）, 细颗粒物（PM2.5）
_NOTE = re.compile(r"见|详见|含|不含|下同|以下|简称|暂定")  # "（见附表）" is a note, no part of a name


_NOTE_OPEN = re.compile(r"[（(](?:不?包括|不?含|注[：:])")


def _note_before(text: str, start: int, floor: int) -> int | None:
    """Where a bracketed note closing right before ``start`` opens ("（包括…，不包括…）"), or None."""
    if text[start - 1 : start] not in ("）", ")"):
        return None
    k = max(text.rfind("（", floor, start), text.rfind("(", floor, start))
    if k <= floor or not _NOTE_OPEN.match(text, k) or text.find("）", k, start - 1) >= 0 or text.find(")", k, start - 1) >= 0:
        return None
    return k


def _inner_bracket_before(text: str, i: int, lo: int) -> int:
    """Where a short bracket inside a name ends at ``i`` starts (高速（一级）公路, 县（市、区）,
    乡镇（街道）综合养老服务中心), or ``i`` if there is none: it is part of the name."""
    if i < 2 or text[i - 1] not in "）)":
        return i
    k = max(text.rfind("（", lo, i), text.rfind("(", lo, i))
    if k > lo and _INNER_BRACKET.fullmatch(text, k, i) and _CJK.match(text, k - 1) and text[k - 1] not in "（）“”":
        return k
    return i


# Any five-year plan's name: a sentence that names its span after its first clause sums up (十二五 as 十四五).
_PLAN_NAME = re.compile("十[一二三四五]五")
_LEAD_QUALIFIER = re.compile("^(?:均|分别|首次)")
# 过 right after the noun a size is measured by (产值过, 纳税过, 营业收入过, 销售额过); 通过, 经过 are no bound
_PASS_BEFORE = re.compile("(?<=[值税入收售模额量资])过$")
_WHOLE_OR_GOAL = re.compile(r"(?:占(?:全[国省市区州县]|世界)(?:的)?|预期目标)$")
# "预约二、三级医院专家号源", "引进央企二、三级子公司": ranks listed inside one name, no list of names
_NUMERAL_LIST = re.compile("[一二三四五六七八九十]、[一二三四五六七八九十]")


def _in_quote(text: str, k: int, lo: int, hi: int) -> bool:
    """Whether the break at ``k`` is inside a quoted name closed before ``hi`` ("培育“专、精、特、新”中小企业500家",
    probe ind32: 河北 2019)."""
    q = text.rfind("“", lo, k)
    return q >= 0 and text.find("”", q, k) < 0 and 0 <= text.find("”", k, hi) and k - q <= 12


def _read_before(text: str, start: int, floor: int) -> _Read:
    """The words before a number back to its clause start: indicator phrase and linking words."""
    cues = _cues()
    i = start
    lo = max(floor, start - _PHRASE_MAX)
    while i > lo and (text[i - 1] not in _CLAUSE_BREAK or _NAME_HYPHEN.match(text, i - 2)
                      or _inner_bracket_before(text, i, lo) < i or _NUMERAL_LIST.match(text, i - 2)
                      or _in_quote(text, i - 1, lo, start)):
        i = _inner_bracket_before(text, i, lo) if text[i - 1] in "）)" else i - 1
    # "利润总额为“十三五”时期的2.2倍": a quote opening before the number or date is no part of the phrase
    phrase = text[i:start].rstrip().rstrip("“‘「『《")
    # "比上年（下同）增长14.6%，五年（下同）年均增长15%": a note on how figures read is no part of a name
    phrase = _SAME_BELOW.sub("", phrase)
    # "不高于每人每天35元", "不能超过每月1000元": the unit a bound is per stands between it and the number;
    # it is part of the unit, and the bound still bounds the number (gz-33 gold: 以内)
    per = _PER_AFTER_BOUND.search(phrase)
    if per:
        phrase = phrase[: per.start()]
    changes: list[str] = []
    qualifier = None
    distribute = False
    compare = False
    nearest = True
    while phrase:
        if nearest and _PASS_BEFORE.search(phrase):
            # "纳税过1亿元", "产值过500亿元" (衡阳 2021): 过 after a measured noun is 超过
            qualifier, nearest = "超过", False
            changes.append("level")
            phrase = phrase[:-1]
            continue
        if _PER_HEAD_END.search(phrase):
            break  # "提高到月人均370元", "养老金月平均达到": 均 of a per-head word is no link (probe ind59n)
        word = next((w for w in _ending("compares", phrase) if phrase.endswith(w)), None)
        # "不高于23微克": a bound (a link word), not a comparison with another rate
        if word and any(len(w) > len(word) and w.endswith(word) and phrase.endswith(w) for w, _ in cues.links):
            word = None
        if word:
            compare = True
            if nearest and word in cues.before:
                # "厚度低于0.01毫米": a bound right before the number; "不得低于80%" bounds it the other way
                qualifier = cues.before[word]
                if phrase[: -len(word)].endswith(("不得", "不应", "不能", "不")):
                    qualifier = {"以内": "以上", "超过": "以内"}.get(qualifier)
            phrase = phrase[: -len(word)].rstrip()
            nearest = False
            continue
        for word, change in _ending("links", phrase):
            if phrase.endswith(word):
                if word.startswith("均") and phrase[: -len(word)].endswith("平"):
                    word = word[1:]  # "每人平均达到83.4元": 平均 is no 均 of a list
                # "城镇新增就业人数年均超过46万人": 年均 is no part of the name
                year = word.startswith("均") and phrase[: -len(word)].endswith("年") and len(phrase) - len(word) >= 3
                bare = _LEAD_QUALIFIER.sub("", word)  # 均超过30% is 超过
                if nearest and (word in cues.before or bare in cues.before):
                    qualifier = cues.before.get(word) or cues.before[bare]
                    if qualifier == "超过" and phrase[: -len(word)].endswith(("不得", "不能", "不应", "不可")):
                        qualifier = "以内"  # "歇业的期限最长不得超过3年" is a cap (gz-37 gold: 以内)
                if word.startswith("分别"):
                    distribute = True
                if change:
                    changes.append(change)
                phrase = phrase[: -len(word) - year].rstrip()
                nearest = False
                break
        else:
            break
    # "物价涨幅要从１４．８％降到": the start of a number the tagger did not take is no part of it
    phrase = _NUMBER_END.sub("", phrase).rstrip()
    # "棚户区住房改造600多万套", "城中村改造6100套": the housing before the number is counted; after a
    # count the works themselves are ("完成4个城中村改造", tianjinm gold)
    if (rebuilt := _REBUILT.search(phrase)):
        phrase = phrase[: rebuilt.start()]
    # "核电装机规模占全国25.8%", "中西部地区占全国的４３％": the part is measured, its share of the
    # whole is the link; "经济增长预期目标为7%": the target word is no part of what it is for
    tail = _WHOLE_OR_GOAL.search(phrase)
    if tail and tail.start() >= 2:
        phrase = phrase[: tail.start()].rstrip()
    # "粮食总产量连续9年稳定在", "5年增长18.7%": a span of time is no part of what is measured
    phrase = _SPAN_INSIDE.sub("", _SPAN_OF_TIME.sub("", phrase).rstrip())
    # "网络创业培训每人最高可补贴2000元": the grant per head is measured (gz-19 gold: 补贴)
    grant = _PER_GRANT.search(phrase)
    if grant:
        phrase = next(g for g in grant.groups() if g)
    # "平均每年增长５％": how often is no part of what is measured
    # "固定资产投资规模每年仍按10亿元安排": an adverb before the link ends no name
    phrase = _ADVERB_END.sub("", phrase)
    per = _PER_UNIT.search(phrase) if len(phrase) > 4 else None
    phrase = _PER_TIME.sub("", phrase).rstrip()
    if per:
        # "个人缴费标准为每人413元", "基金最高支付限额为职工参保人员每人1000元": the link stands before
        # the unit the figure is per (and before whom it is for); "低保标准提高到每月815元"
        phrase = phrase[: min(per.start(), len(phrase))].rstrip()
        link = _PER_LINK.search(phrase)
        if link:
            phrase = phrase[: link.start()].rstrip()
            changes = changes or ["level"]
        elif _WHOM.search(phrase):
            # "…标准为职工参保人员每人每天120元，居民参保人员每人每天60元": whom the figure is for, not
            # what it is; the figure before names that
            phrase = ""
    # "死亡人数分别较“十三五”时期下降": the base of a comparison is no part of it either
    base = _BASE.search(phrase)
    if base:
        phrase = phrase[: base.start()].rstrip()
        distribute = distribute or base.group(1) is not None or base.group(2) is not None
        while phrase.endswith(tuple(w for w, c in cues.links if c is None)):
            phrase = phrase[: -len(next(w for w, c in cues.links if c is None and phrase.endswith(w)))].rstrip()
    # "煤炭、电解铝分别淘汰落后生产能力1.1亿吨和120万吨": what follows 分别 is measured
    measured_after = False
    if "分别" in phrase[1:]:
        cut = phrase.rindex("分别")
        if text[start - 1 : start] == "的" and phrase.startswith(_SHARE_OF, cut + 2):
            # "城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%": the share is of what is listed
            phrase, distribute = phrase[:cut].rstrip(), True
        else:
            phrase, distribute, measured_after = phrase[cut + 2 :], True, True
    # "规上民营工业增加值增速高于全部规上工业2.3个百分点": a comparison; what is compared comes first
    # "配套公共服务设施比例应不小于住宅建筑面积的11%": a bound on a share of a base; what is bound
    # comes first
    bound = _BOUND_OF.search(phrase) if text[start - 1 : start] == "的" else None
    if bound:
        # "并按不低于我市最低工资标准的80%对见习人员支付…" (probe ind45p, 坪山 2025): with no name before it
        # the bound still bounds the share
        qualifier = qualifier or _BOUND_QUALIFIER[bound.group(1)]
        if bound.start() >= 2:
            phrase = phrase[: bound.start()]
    cmp = _COMPARE_IN.search(phrase)
    if cmp:
        phrase, compare, changes = phrase[: cmp.start()].rstrip("，,"), True, []
    # "审批期限在法定时间的基础上压缩1/3" (pt-160725), "在《规划》的基础上新增了228个水环境保护项目" (sc19-22):
    # the base a change is made on is no part of what is measured
    phrase = _ON_BASIS.sub("", phrase)
    # "年薪应当在30万元以上", "总额最高不超过3万元": a modal or a bound word ends no name
    phrase = _TRAILING.sub("", phrase) if len(phrase) > 3 else phrase
    # "期限最长不得超过3年": a cap word before a modal
    phrase = _TRAILING.sub("", phrase) if len(phrase) > 3 else phrase
    # "贷款额度由经办银行…确定，最高不超过300万元": a cap word alone names nothing; the clause before does
    # (probe guide24's 柳州 and 大庆 loan guides)
    if phrase in _CAP_WORDS:
        phrase = ""
    # "将雄安新区蓝绿空间占比稳定在70%", "主要建设内容包括改造试验车间3360平方米", "我国共发生5级以上
    # 地震48次": what is measured follows the word that opens it
    cut = max((k + len(w) for w in cues.opens if (k := phrase.rfind(w)) >= 0), default=0) \
        if _any_word("opens").search(phrase) else 0
    if cut and len(phrase) - cut >= 2:
        phrase = phrase[cut:]
    # "“票根经济”带动在线旅游收入增长近7倍": what is driven is measured, not what drives it
    tail = phrase[2:]
    drive_end = next((k + len(w) for w in cues.drives if (k := tail.find(w)) >= 0), None) \
        if _any_word("drives").search(tail) else None
    if drive_end is not None and len(phrase) - 2 - drive_end >= 2:
        phrase = phrase[2 + drive_end :]
    # "对首次进入服务业企业名录库且年度营业收入分别在2亿元": conditions joined by 且; the last is measured
    joined = phrase.rfind("且")
    if joined > 0 and len(phrase) - joined > 2:
        phrase = phrase[joined + 1 :]
    return _Read(phrase, changes, qualifier, distribute, compare, i, measured_after)


# "单户担保金额500万元及以下的": a bound that defines what a rule covers
# ("投资500万元以上（含）的": the bound's own note, probe ind37 长丰)
_THRESHOLD = re.compile(r"(?:及以下|及以上|以下|以上)(?:[（(]含[）)])?的")
# "10亿元以上重大产业项目": a size class of what follows
_RANKED = re.compile(r"成为[\u4e00-\u9fff]{0,6}第[一二三四五六七八九十\d]{1,3}(?:个|家|座|位)$")
_SITE_END = re.compile(r"(?:产业园|工业园|科技园|园区|开发区|高新区|基地)$")
_AREA_UNITS = ("平方米", "亩", "公顷")
_SIZE_CLASS = re.compile(r"(?:及)?以上(?=[\u4e00-\u9fff])(?!的)")
# units of a size class before 以上 (投资10亿元以上项目, 海拔1500米以上, 500千伏以上): money and measures of size
_SIZE_UNITS = ("元", "米", "千瓦", "千伏", "吨", "亩")
# "完成年计划的", "占全省的": a share of a base, after 分别
# "能耗、排放强度分别约为全国平均的70%、60%": a share of a base too
_SHARE_OF = ("完成", "占", "达到", "相当于", "约占", "约为", "为", "是")
# "首期100亿元省级科技创新母基金", "首批24个…": which batch, no name of what is counted
_BATCH = re.compile(r"(?:首|第[一二三四五六七八九十\d]{1,2}|[一二三四五六七八九十])(?:期|批|轮)")
_SPAN_OF_TIME = re.compile(r"(?:连续|近|已连续)?(?:(?<![\d０-９])\d{1,2}|[一二三四五六七八九十两]{1,2})(?:个)?(?:年|季度|个月|月)(?:来|以来|内)?$"
                           r"|^\d{1,2}年(?=.)")
# who a figure per head is for (居民参保人员每人每天60元)
_WHOM = re.compile(r"(?:人员|职工|居民|家庭|学生|儿童|老人|农户|对象)$")
# "进出口总额接连突破8万亿元、9万亿元" (广东 2026, probe ind51w): adverbs of succession (接连, 相继, 先后, 陆续)
# before the link are no part of the name either
_ADVERB_END = re.compile(r"(?<=..)(?:仍然|仍|还|也|都|全部|已经|已|又|总体|接连|相继|先后|陆续|统一)$")  # 比例总体达到70%以上: 总体 is adverbial; so is 全部 (收入全部达45万元)
_PER_TIME = re.compile(r"(?:平均)?每(?:年|月|天|日|周)?$")
# "保费由每生每年5元提高至10元": the unit a figure is per, and the 由 of a from-to, are no part of it
_YEAR_OPENER = re.compile(r"(?:^|[，,；;。：:\n])[\d０-９]{4}年$")
_PER_HEAD = re.compile(r"(?:每人|每户|人均|户均)(?:平均)?")
# the unit a grant or a cap is per, opening the phrase: 每个企业, 每家企业, 每新增一户 (not 每万人口, 每千人)
# ("单家企业补助最高不超过100万元", "单个项目奖励金额最高50万元", "每家企业每年最高不超过300万元", "该项奖励最高为
# 1000万元": a single unit, the grant just named, or the year a cap is per, likewise; probe ind43)
# (单户担保金额 is the name of a loan rule's cap: 单 only before 个, 家, 项 and the unit's noun)
_PER_SCOPE = re.compile(r"(?:每(?:新增|新认定|引进)?(?:一|1)?(?:个|家|户|名|项)(?:企业|项目|单位)?|单(?:个|家|项)(?:企业|项目|单位))"
                        r"(?:每(?:年|月))?(?:最高|最多)?"
                        r"|该项(?=..)|其(?![他余它中次])(?=..)")
# "普通小学、普通初中每生每年分别为600元、800元", "硕士每人7000元": the unit an amount is per closes the
# phrase before it; it is part of the unit (元/生/年), not of what is measured (guide: 500元/人)
_GRANT_WORDS = r"(?:一次性)?(?:奖励|补贴|补助|资助|奖补)"
_GRANT_TO = re.compile(r"(" + _GRANT_WORDS + r")(?:给)?[\u4e00-\u9fff]{0,10}(?:领导班子|企业|单位|部门|机构|个人|主体|运营主体)")
_GRANT_AT_SHARE = re.compile(r"(?:[、和][\d.]+%)*的?(?:给予)?((?:财政|一次性)?(?:奖励|补贴|补助|贴息|资助|奖补))")
_SHARE_PAID_BY = re.compile(r"按照?|给予")
# "按不低于当地最低工资80%的标准对见习人员支付工作补贴" (gz-19 gold: 工作补贴), "按不低于我市最低工资标准的80%
# 对见习人员支付工作补贴" (probe ind45p, 坪山 2025): the pay a rate is set for, paid to whom
_PAID_AT_RATE = re.compile(r"(?:的标准)?对[\u4e00-\u9fff]{1,10}?(?:支付|发放)((?:工作|生活|见习)?(?:补贴|补助|津贴|报酬))")
# a verb or a word of reference read alone names nothing measured ("按每超1亿元给予8万元", "超过5亿元的部分")
_NO_NAME = frozenset({"给予", "按", "按照", "部分", "超过部分"})
_PER_TAIL = re.compile(r"(?<=..)(?:每(?:人|生|户|名|个|家|床|张|套|亩|平方米|吨|次|车|辆)){1}(?:每(?:年|月|天|日|学年|学期|次))?(?:可|最高)?$")
_PER_LINK = re.compile(r"(?:分别)?(?:为|是|按|达到|提高到|提高至|调整为|不高于|不低于|不超过|不少于)[^为是按\d，,]{0,8}$")
_PER_HEAD_LEAD = re.compile(r"每(?:人|生|户|名)每(?:年|月|天|日|学年|学期)")
# a standard raised by a step per head: "按月人均增加267元提高了…", "按每人每月增加15元将…提高至" (probe ind59n)
_RAISED_BY = re.compile(r"按(?:每人|每户|每生)?(?:每月|每年)?(?:[月年])?(?:人均|户均|生均)?(?:增加|提高)$")
_RAISED_WHAT = re.compile(r"[，,]?(?:将|把)(?:全[省市区县国])?([^，,。；;\d]{2,30}?)(?:分别)?(?:提高|调整|上调|增加)"
                          r"|提高了?(?:(?:19|20)\d\d年)?([^，,。；;\d]{2,30}?)(?=[，,。；;])")
# "每个奖励300万元", "最高奖励500万元": per unit or capped, the grant is measured (probe ind32)
# ("每个企业最高奖补不超过20万元", probe ind37 长丰: with the kind of unit named)
_PER_GRANT = re.compile(r"每(?:人|户|名|家|个|项|所|位|台|套)(?:企业|项目|单位)?(?:最高|最多)?可?(补贴|补助|奖励|资助|奖补)$"
                        r"|^(?:最高|最多)可?(补贴|补助|奖励|资助|奖补)$")
# "低保标准由现行的人均每月392元调整为465元" (象山 2012): the standing value the change starts from
_PER_UNIT = re.compile(r"(?:由|从)?(?:现行的?|原来的?|原有的?|目前的?)?(?:平均|人均)?"
                       r"(?:每(?:人|户|生|亩|吨|公斤|斤|千瓦时|次|年|月|天|日|周))+以?$"
                       # "生活补贴由原50元提高至100元", "分别提高到月人均370元", "养老金月平均达到2910元",
                       # "筹资年人均统一增加40元": the standing value's 由原, and a per-head or average word
                       # right before the number (or its link), are no part of what is measured (probe ind59n)
                       r"|(?:由|从)(?:现行的?|原来的?|原有的?|目前的?|原)$|(?<=..)(?:[年月日]平均|[年月日]?(?:人均|户均|生均))$")
# a per-head or per-period average word closing a phrase (月人均, 月平均; not 全国平均, a base: probe19)
_PER_HEAD_END = re.compile(r"(?<=.)(?:[年月日]平均|[年月日]?(?:人均|户均|生均))$")
_NUMBER_END = re.compile(r"(?:要)?(?:从|由)?[\d０-９]+[.．]$")
# "非常规天然气五年累计产量", "五年净增民营经营主体": the span a total is summed over
_SPAN_INSIDE = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]))(?:[一二三四五六七八九十两]|\d{1,2})年(?:(?=累计|新增|净增|年均)|共(?![建同享]))")
# "较“十三五”时期", "比2020年", "较上年同期": the base a change is measured from
_BASE = re.compile(r"(分别)?(?:(?:较|比)(?:上一?个(?:五年)?|上年末|上年底|年初|上年|去年|上一年|同期|前[一二三两\d]年|“?(?:十[一二三四五]|[六七八九])五”?(?:时期|期间|末)?|\d{4}年(?:底|末)?)|由(?:上年|去年|今年|前[一二三两\d]年))"
                   r"(?:同期|预算|预计数|预计)?(?:的)?(分别)?$")
_BASE_BEFORE = re.compile(r"(?:较|比)“?$")
# 优于 before a water class (达到或优于Ⅲ类比例) compares nothing; 比规模以上工业快4.6和3.1个百分点 does.
_COMPARE_IN = re.compile(r"(?:增速|增幅)?(?:分别)?(?<!不)(?:高于|低于|快于|慢于|高出|优于(?![ⅠⅡⅢⅣⅤIV]+类)|超过全国|超出全国"
                         r"|(?:比|较)(?!上年|去年|同期|上月|上季)[\u4e00-\u9fff]{2,12}?(?:快|慢)(?=$|[\d.]+(?:个)?(?:和|、)))")
_PER_AFTER_BOUND = re.compile(r"(?<=超过|高于|低于|少于|多于)(?:每(?:人|户|月|年|天|日|次|生|名)){1,2}$")
_BOUND_OF = re.compile(r"(?:应当|应|须|均)?(?:按)?(不小于|不大于|不超过|不低于|不高于|不少于|不多于|低于|高于|少于)[^，,。；;\d]{2,16}$")
# the qualifier a bound on a share of a base stands for (gz-1 gold: 不小于…的11% 以上, 不大于…的5% 以内)
_BOUND_QUALIFIER = {"不小于": "以上", "不低于": "以上", "不少于": "以上", "高于": "超过",
                    "不大于": "以内", "不超过": "以内", "不高于": "以内", "不多于": "以内", "低于": "以内", "少于": "以内"}
# "预算内专项资金须于2017年6月底前下达60%以上": 于 after the modal opens the deadline (probe polind25, 云南 2017)
_TRAILING = re.compile(r"(?:应当|应该|应|须|必须|需|不得|不能|原则上)(?:于|在)?$|(?<=..)(?:最高|最低|最长|最短|最多|最少|一般)$"
                       r"|(?<=..)(?<![许认不])可(?:以)?$"  # "贷款基准利率可上浮3个百分点": a modal (probe ind38)
                       r"|(?<=..)(?<![规原细准法守否])则$"  # "而旅游综合收入则将达到300亿元"
                       r"|(?<=..)(?<![通经超越度路穿])过$")  # "主营业务收入过100亿元", "纳税过1亿元": a bound word
_ON_BASIS = re.compile(r"在[^，,。；;：:]{1,20}?基础上$")
_CAP_WORDS = frozenset({"最高", "最低", "最多", "最少"})


def _enumerated(text: str, m: Mention, floor: int) -> bool:
    """Whether the items listed with 、 right before a count are as many as it counts."""
    value = m.attrs.get("value")
    if not isinstance(value, (int, float)) or value != int(value) or not 2 <= value <= 9:
        return False
    i = m.start
    while i > floor and text[i - 1] not in "，,；;。：:\n":
        i -= 1
    items = text[i : m.start].split("、")
    return len(items) == int(value) and not any(re.search(r"\d", x) or not x.strip() for x in items)


_LIST_WHEN = re.compile(r"(?:今年|明年|去年|上年|本年|全年|当年|同年|年内|\d{4}年(?:底|末|初)?(?:前)?|到\d{4}年(?:底|末)?)")


def _shared_list(text: str, start: int, floor: int, phrase: str, after_number: bool, n: int = 1) -> str | None:
    """"非化石能源发电量、用电量占比均超过30%": the names listed with 、 before one number share it."""
    if start <= floor or text[start - 1] != "、" or start - len(phrase) < 0:
        return None
    cues = _cues()
    if not after_number:
        # "改造苏北、苏中棚户区40万套", "当年缴纳增值税、营业税和企业所得税在2000万元以上": a place or a
        # date tagged in the list bounds the phrase, not the list; the list runs to the clause's start
        bound = floor
        floor = _clause_start(text, floor, 0)
        # "今年小麦、稻谷最低收购价": a time before the list is when, no part of its first name
        when = _LIST_WHEN.match(text, floor, bound)
        floor = when.end() if when else floor
    items = [phrase]
    j = start - 1
    while j > floor and text[j] == "、":
        k = j
        while k > floor and text[k - 1] not in _CLAUSE_BREAK:
            k -= 1
        if k == floor and after_number and text[k - 1 : k] not in _LIST_OPENERS:
            return None  # "推进2000个省级重点项目、完成投资": the list began before a number
        item = text[k:j].strip()
        if not item or len(item) > 16 or re.search(r"\d", item) or any(item.endswith(w) for w, _ in _ending("links", item) if len(w) >= 2):
            return None
        items.insert(0, item)
        j = k - 1
    if j > floor and text[j] not in "，,；;。：:\n" :
        return None
    first = next((w for w in cues.count_leads if items[0].startswith(w)), "") \
        if items[0].startswith(cues.count_leads) else ""
    items[0] = items[0][len(first):]
    if n == len(items) >= 2 and not _is_name(items[0]):
        # "改造老旧供热、燃气、排水管网800公里、600公里、300公里": a verb before the first of as many
        # names as numbers is no part of the list
        items[0] = _strip_verb_word(items[0])
    if items[0].startswith("我国") and _is_name(items[0][2:]):
        # "我国信息传输、软件和信息技术服务业增加值": the nation opens the clause, not the first name
        items[0] = items[0][2:]
    if not _is_name(items[0]):
        # "累计举办大型旅游、演艺、体育赛事活动600场", "改造城市供排水、燃气、供热等管网600公里": the
        # verbs of doing before the first name open the clause, not the list (guide v2.1, rule 1)
        items[0] = _strip_doing_verbs(items[0])
    if re.search(r"\d", phrase) or _has_modal(phrase) or not all(_is_name(x) for x in items[:-1]):
        return None  # "建设外贸优品库、精准服务企业5000余家": a list of actions, not of names
    items[0] = _strip_leads(items[0], examples=False)
    if not items[0]:
        return None
    # "集成电路、生物医药、人工智能三大先导产业规模": the examples of the 三大 are not the indicator
    named = _COUNTED.search(phrase)
    if named and named.start() > 0 and "等" not in phrase:
        return phrase[named.start():]
    return "、".join(items)


def _has_modal(phrase: str) -> bool:
    """Whether a modal (要, 将, 应) stands as a word of its own in ``phrase`` ("氨氮排放量要"), not inside
    one ("电力、热力、燃气及水生产和供应业": 供应 is no modal)."""
    if not _any_word("modals").search(phrase):
        return False
    modals = set(_cues().modals)
    return any(w in modals for w in _cut(phrase))


def _strip_doing_verbs(item: str) -> str:
    """``item`` without the lead words and verbs of doing (``verb_out``) opening it, if what is left
    is a name of two characters or more; else ``item``. A condition clause (达到…标准的) stays."""
    if _CONDITION_CLAUSE.match(item):
        return item
    out = item
    while True:
        rest = _strip_leads(out, examples=False)
        n = _verb_at_start(rest)
        rest = rest[n:]
        if rest == out or len(rest) < 2:
            break
        out = rest
    return out if out != item and _is_name(out) else item


def _strip_verb_word(item: str) -> str:
    """``item`` without its first jieba word when that is a verb of two characters or more
    (改造|老旧供热); else ``item``."""
    words = _cut(item)
    if len(words) > 1 and len(words[0]) >= 2 and function_word_tags().get(words[0]) == "v" \
            and not _CONDITION_CLAUSE.match(item):
        return item[len(words[0]):]
    return item


def _is_name(item: str) -> bool:
    """Whether a listed item reads as a name (非化石能源发电量) rather than an action or a clause
    (购置安装净化系统, 新探明泾川特大型铀矿, 花卉产量全球第一, 及以下)."""
    cues = _cues()
    if item.startswith(_object_verbs_listed()):
        return False
    if _CONDITION_CLAUSE.match(item):
        return True  # "达到服务能力标准的乡镇卫生院": a condition defining the head noun, no action
    if len(item) >= 3 and item.endswith("型") and not _verb_at_start(item):
        return True  # "科技型、高成长创新型、新型工业化示范型企业" (wr2026-ningxia): kinds of one head
    words = _cut((next((item[len(w):] for w in cues.count_leads if item.startswith(w)), item)
                  if item.startswith(cues.count_leads) else item) or item)
    tags = function_word_tags()
    flags = [tags.get(w, "x") for w in words]
    if not words or flags[0][:1] in ("v", "c", "p", "f", "d", "r") and flags[0] != "vn":
        return False
    if len(words) > 1 and len(words[0]) == 1 and flags[1] == "v":
        return False
    return not any(f in ("m", "r") for f in flags)


# "一是", "十二是": an ordinal opening one item of a list written in a paragraph
_ORDINAL_ITEM = re.compile(r"^\s*[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff“])")
# 等 closing examples, not the 等 of 高等级, 中等职业, 同等
_ETC = re.compile(r"(?<![高中初同平对相均一二三四五六七八九十])等(?!级)")
_SET_BY = re.compile(r"\s*([^，,；;。：:\d]{2,24}?(?:标准|基数|费率|限额))(?:应当|应)?(?:按照|按|为|是)[^，,；;。：:]{2,30}的")
_PAIR = re.compile(r"([^\d和与及、]{4,})[和与及]([^\d和与及、]{4,})")
_LIST_OPENERS = frozenset("，,；;。：:\n")
_COUNTED = re.compile(r"[一二三四五六七八九十两]+(?:大|个|项|类|条)")


_BULLETS = BULLETS


def _strip_leads(phrase: str, examples: bool = True) -> str:
    """The phrase without the words opening it that are not part of it; ``examples``: also
    without examples before 等 (left in where the phrase is written as a whole)."""
    # "三是对上消化道癌高危人群…", "七是完成困难重度残疾人家庭无障碍改造": the item's ordinal opens
    # the clause, and what follows it is read as from the clause's start
    phrase = _ORDINAL_ITEM.sub("", phrase)
    # "◆地区生产总值增长5%左右": a summary page's bullet opens the line, not the name (probe ind23, 广东 2024)
    phrase = phrase.lstrip(_BULLETS)
    # "对首次同时达到营业收入5亿元以上…的企业" (probe ind39, 滨海高新区): 对 before a lead word is the
    # preposition of a condition (对外贸易 has no lead after 对)
    if phrase.startswith("对"):
        skip = 3 if phrase.startswith("首次", 1) else 1  # 对首次 + a lead: 首次 is the lead's adverb
        if any(phrase.startswith(w, skip) and len(phrase) - skip - len(w) >= max(rest, 2)
               for w, rest in _starting("leads", phrase[skip : skip + 1])):
            phrase = phrase[1:]
    # "在北方地区占比由20.5%提升至21.1%" (山东 2026, probe ind55w): 在 as a word of its own opens the
    # whole a share is within, a prepositional phrase before the share's name; 在 joined to one character
    # is a name's modifier (在岗职工, 在园幼儿, 在孵企业) and stays, as does 在 before a condition that is
    # no share (dev gz-13 gold 在公司连续缴纳社会保险)
    if phrase.startswith("在") and len(phrase) >= 5 and phrase.endswith(("占比", "比重")):
        words = shared_words(phrase[:6])
        if words[0] == "在" and len(words) > 1 and len(words[1]) >= 2:
            phrase = phrase[1:]
    changed = True
    # "将“生产总值增长5.5%左右”列入…": a quotation opening before the name, closed after the number, is
    # no part of it
    if phrase.startswith(("“", "‘")) and not re.search("[”’]", phrase):
        phrase = phrase[1:]
    # "其他营利性服务业": 其 opens the word 其他/其余 before a name, not a pronoun lead
    other = phrase.startswith(("其他", "其余", "其它")) and len(phrase) >= 5
    # a condition clause (达到服务能力标准的乡镇卫生院) defines what is measured: its verb is no lead
    other = other or _CONDITION_CLAUSE.match(phrase) is not None
    while changed and phrase and not other:
        changed = False
        if phrase.startswith("首次") and any(phrase.startswith(w, 2) and len(phrase) - 2 - len(w) >= rest
                                             for w, rest in _starting("leads", phrase[2:3])):
            # "首次同时达到营业收入…" (probe ind39): the adverb of a condition's lead; before a name it is part
            # of it (首次申领失业保险金人数, 首次进入全国百强县的县: probe review20b)
            phrase = phrase[2:]
            changed = True
            continue
        for word, rest in _starting("leads", phrase[0]):
            # "建设和改造城镇地下管网": a verb joined to the next one stays
            if phrase.startswith(word) and len(phrase) - len(word) >= rest and phrase[len(word) : len(word) + 1] not in ("和", "及", "与", "、") \
                    and (len(word) > 1 or rest or shared_words(phrase[:6])[0] == word):
                # a one-character lead with no length of its own (从, 比, 较, 由) is a word of its own
                # (从|2020年, 比|上年), not the start of one (从业人员, 从事…工作, 比较优势产业: review10)
                phrase = phrase[len(word):]
                changed = True
                break
    # "…平凉7亿吨级冶镁白云岩等大中型矿产地35处": examples holding numbers of their own are not the
    # indicator; "“四化”等政府投资基金…的资金占比" is written as a whole
    etc = [m.start() for m in _ETC.finditer(phrase, 1, len(phrase) - 1)]
    if etc and examples:
        phrase = phrase[etc[-1] + 1 :]
    # "全省(地区)生产总值" is (地区)生产总值; "全市生产总值" is the name of a city's GDP
    phrase = _WHOLE_SCOPE.sub("", phrase)
    return phrase.strip(" 　的")


# "国内生产总值增长6.6%，总量突破90万亿元": the total of the indicator before
_OF_BEFORE = frozenset({"总量", "总额", "总数"})
_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]+[）)])\s*")
# the price or scope a change is counted at (按不变价计算, 按可比价格计算, 按同口径计算) names no indicator
# "可比年均增长10.3%" (谷城 2020, probe ind35): bare 可比 is the basis too
_PRICE_BASIS = re.compile(r"(?:按照?|以)?(?:不变价格?|可比价格?|现价|同口径|可比口径|可比)(?:计算|计)?")
_PRICE_INDEX = re.compile(r"价格(?:总)?指数$|价格总水平$")
_PRICE_BASIS_END = re.compile(r"(?<=..)(?:按照?|以)(?:不变价格?|可比价格?|现价|同口径|可比口径)(?:计算|计)?$")
# the population or exchange rate a figure is counted per (按常住人口计算人均地区生产总值39102元, 按2017年平均
# 汇率计算为5791美元: 通辽 2017 公报; 按常住人口计算，人均GDP42258元: 亳州 2022 公报解读) names how, not what; a
# figure converted at a rate is the one before it in another unit (probe ind50p)
_COUNT_BASIS = re.compile(r"(?:按照?|以)?(?:(?:年末|年平均|年均)?(?:常住|户籍)人口|(?:(?:19|20)\d\d年)?(?:平均|年均)?汇率)"
                          r"(?:计算|折算|计)为?[，,]?")
# "地区生产总值（GDP）1222.62亿元" (通辽 2017, 亳州 2022): the bracketed abbreviation is another name
# of what is measured, no part of it (probe ind50p)
_LATIN_ALIAS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][A-Z]{2,6}[）)]$")
# "全年地区生产总值同比（下同）增长4.5%", "比上年（下同）增长14.6%": a note on how figures read is no part of a
# name; _read_before strips it from every phrase it reads.
_SAME_BELOW = re.compile(r"[（(](?:下同|以下同)[）)]")
# "其他22名相关责任人员": 其他 alone before a count determines the noun after it, which is measured
_OTHER_ONLY = frozenset({"其他", "其它", "其余", "另有", "另"})
_SCOPE_ONLY = re.compile(r"全[省市区州县国]|我[省市区]|本[省市]|各[省市地]")
# "无人机产量增长39%、占全国9成": a share of the whole is of the figure before it (guangdong gold)
_SHARE_OF_SCOPE = re.compile(r"占(?:全[省市区州县国球]|世界)(?:人口|总量|总人口)?(?:的)?")  # 占全国人口的19.8%
_WHOLE_SCOPE = re.compile(r"^全(?:[省区州县]|市(?!生产总值))(?=..)")
# "贡献了全国38.7%的贸易增量", "扩大到全国40%的县": a predicate ending in the whole the share is of, the
# number then 的: what the share is of is named after it (wr2026-guangdong gold 增量); 占 keeps the
# figure before ("粮食产量占全国25%的份额", handled by _SHARE_OF_SCOPE)
_DONE_TO_WHOLE = re.compile(r"(?<!占)(?:了|到|至)?(?:全[国省市区球]|世界)$")


_ETC_FUNDS = re.compile(r"等(?:专项)?(?:资金|经费)")
_BAR_IN_NAME = re.compile(r"[\d.]+(?:万|亿)?(?:元|人|吨|户)(?:以上|及以上)?的(?=[\u4e00-\u9fff])")


# a count's classifier and a measure closing the noun after it: what the counted things yield (产品产能,
# 产业链产值, 企业年销售收入), a figure of its own (``_noun_after``)
_COUNT_CLASSIFIERS = frozenset("个家所项条座处户只台套批类种款")
_MEASURE_OF_COUNTED = r"(?:年|年度)?(?:总产值|产值|产能|产量|销售收入|营业收入|主营业务收入|营收|增加值|销售额|营业额)"
_COUNTED_MEASURE = re.compile(_MEASURE_OF_COUNTED + "$")
_ONLY_MEASURE = re.compile(_MEASURE_OF_COUNTED)


# funds counted after an amount, and the verbs that say what they do (probe ind48p: 滨江区 2023, 怀化 2023)
_FUNDS = ("资金", "经费")
_FUNDS_DO = ("用于", "保障", "支持", "扶持")
# words of manner that open a predicate (战略性重组, 系统性重塑, 超低排放改造), not the end of a counted noun
_PREDICATE_MODIFIER = re.compile(r"(?:[\u4e00-\u9fff]{2}性|超低)$")


def _noun_after(text: str, end: int, ceiling: int, _levels: int = 0) -> str | None:
    """The noun a number counts, read after it: 26个[省份], 8个[抽水蓄能电站]. (``_levels``: how many levels
    alone this reading follows, see below.)"""
    cues = _cues()
    j = end
    for word, _ in cues.after:
        if text.startswith(word, j):
            j += len(word)
            break
    if text.startswith("级", j):
        j += 1  # "平凉7亿吨级冶镁白云岩": a size class, then what it is of
    if text.startswith("的", j):
        j += 1
    k = j
    limit = min(ceiling, j + _AFTER_MAX)
    spec = _SPEC.match(text, j)
    if spec and _CJK.match(text, spec.end()):
        # "建成20个500千伏输变电工程": the size of each is part of what is counted
        k, limit = spec.end(), min(ceiling, spec.end() + _AFTER_MAX)
    while k < limit and not (text[k].isdigit() and not _ASCII_NAME.match(text, k)
                             and not (k > j + 1 and text[k - 1] in "超过达" and _BAR_IN_NAME.match(text, k))):
        if text[k].isdigit() and k > j + 1 and text[k - 1] in "超过达" and (bar_m := _BAR_IN_NAME.match(text, k)):
            # "80个主营业务收入超100亿元的产业集群": a bar inside the name (probe ind32: 河北 2019)
            bar = bar_m.group()
            k, limit = k + len(bar), min(ceiling, limit + len(bar))
            continue
        if text[k] == "《" and k > j + 1:
            break  # "4条市级传统村落《传统村落保护发展规划》成果审批": a title after the counted noun is no part of it
        if text[k] in _CLAUSE_BREAK:
            inner = _INNER_BRACKET.match(text, k) if k > j else None
            if inner and not _NOTE.match(text, k + 1):
                k = inner.end()  # "8个省（市）试点", "16个省（市）扩大…": the bracket ends the name
            break
        if k > j + 1 and text.endswith(_FUNDS, j, k) and text.startswith(_FUNDS_DO, k):
            break  # "58亿元财政资金保障…建设", "3000万元资金用于发放消费券": what the funds do is no part of them
        part = next((w for w in cues.noun_parts if text.startswith(w, k)), None) \
            if text.startswith(cues.noun_parts, k) else None
        if part is None and k > j + 1 and (funds := _ETC_FUNDS.match(text, k)):
            part = funds.group()  # "安排110亿元农业生产发展等资金": the funds are counted, 等 ends no noun
        if part:  # "4个在建铁路项目": 在建 is no stop
            k += len(part)
            continue
        # a one-character stop ends the noun anywhere (5个市被评为); a longer one only after two
        # characters (新投产项目)
        if k > j and any(text.startswith(w, k) and (len(w) == 1 or k - j >= 2 or text[j] in _ONE_CHAR_UNITS)
                         for w in _starting("stops", text[k])):
            if k - 1 > j and _word_through(text, j, k):
                k -= 1  # the stop ends a verb the predicate opens with: the noun ends before the verb
            elif k - 1 > j and not any(text.startswith(w, k) and len(w) > 1 for w in _starting("stops", text[k])) \
                    and _word_through(text, j, k, verb=False):
                k += 1  # "33万农民工就近就业": 近 closes the word 就近, it is no stop there
                continue
            break
        k += 1
    k = _joined_noun(text, j, k, limit)
    k = _modified_noun(text, j, k, ceiling)
    if k >= limit and k < len(text) and text[k] not in _CLAUSE_BREAK:
        k = j + _before_object(text[j:k])
    noun = _before_predicate(text[j:k].strip(), closed=k >= len(text) or text[k] in _CLAUSE_BREAK)
    if k < len(text) and text[k] in "在于" and len(noun) >= 4 and text.startswith(noun, j) and j + len(noun) == k:
        noun = _before_located(noun)
    if (modifier := _PREDICATE_MODIFIER.search(noun)) and modifier.start() >= 2 and text.startswith(noun, j) \
            and _CJK.match(text, j + len(noun)):
        # "19家企业战略性重组" (dev wr2026-henan gold 企业), "395台燃煤锅炉超低排放改造" (dev wr2026-neimenggu gold
        # 燃煤锅炉): a word of manner before the predicate that cut the noun is the predicate's (rule 1)
        noun = noun[: modifier.start()]
    if noun.endswith("中") and len(noun) >= 3 and text[k : k + 1] in _PREDICATE_END:
        noun = noun[:-1]  # "104种工业产品中，": among them, no part of the noun
    # "11户企业入选工信部5G工厂名录", "89.4%的公园实现24小时开放": what won or does it is measured,
    # not the predicate (guide v2.1, rule 1: verbs after the noun phrase are out)
    # "12条重点产业链项目占比达84.4%": the link to the next number is no part of the noun
    link = k < len(text) and text[k].isdigit() and noun.endswith(_link_words()) and \
        next((w for w, _ in cues.links if noun.endswith(w) and len(noun) - len(w) >= 2), None)
    if link:
        noun = noun[: -len(link)]
    elif k < len(text) and text[k].isdigit() and len(noun) >= 4:
        # "17名县级领导干部率领50个招商组": a verb closing the noun before the next count is done to
        # what that count counts (guide v2.1, rule 1: verbs after the noun phrase are out)
        words = _cut(noun)
        while len(words) > 1 and len(words[-1]) == 2 and function_word_tags().get(words[-1]) == "v" \
                and words[-1] not in _verb_modifiers() and len(noun) >= 4:
            noun = noun[:-2]  # "为5.01万名农民工追回欠薪6.83亿元": each verb of the predicate
            words.pop()
    if noun.endswith("建设") and len(noun) > 4:  # "4个国家现代流通战略支点城市建设"
        noun = noun[:-2]
    if text[end - 1 : end] in _COUNT_CLASSIFIERS and (measure := _COUNTED_MEASURE.search(noun)) \
            and measure.start() >= 2 and measure.start() in _boundaries(noun):
        # "80多种产品产能全国第一", "8条产业链产值两位数增长" (dev neimenggu, shaanxi gold 产品, 产业链), "75家…农业
        # 龙头企业年销售收入18.4亿元" (闽清 2019, probe ind44w): a count counts the things; the measure of
        # them after is a figure of its own, no part of what is counted
        noun = noun[: measure.start()]
    # "按每人300元标准给予补贴", "按每人10000元标准向承办机构支付培训补助": what is granted at the rate
    granted = _GRANTED.fullmatch(text[j:k].strip()) if noun.startswith("标准") else None
    if granted:
        noun = granted.group(1)
    level = _NEXT_LEVEL.match(text, k) if _LEVEL_ONLY.fullmatch(noun) and _levels < _LEVELS_MAX else None
    if level:
        # "4个国家级、4个自治区级区域医疗中心": a level alone shares the noun after the next level
        # (a list of levels is short: read at most _LEVELS_MAX ahead, so 5家二级、×5,000 is linear, not
        # quadratic, and no recursion overflows)
        shared = _noun_after(text, level.start(1), min(len(text), level.end() + _AFTER_MAX), _levels + 1)
        if shared and shared.startswith(level.group(1)) and len(shared) > len(level.group(1)):
            noun = noun + shared[len(level.group(1)):]
    unit = noun in _ONE_CHAR_UNITS and k == j + 1 and k < len(text) and text[k] not in _CLAUSE_BREAK and text[k] != "和"
    # "全区辖18个街道办事处和4个镇。", "共有12个村和3个社区": a division counted by 个 ends its item
    # (白云区 news 2013, probe gz56)
    unit = unit or (noun in _COUNTED_DIVISIONS and k == j + 1 and text[end - 1 : end] == "个"
                    and (k >= len(text) or text[k] in "，,。；;、和"))
    if (len(noun) < 2 and not unit) or not _CJK.match(_SPEC.sub("", noun, count=1)) \
            or noun in cues.non_nouns or \
            (any(noun.startswith(w) and (len(w) < 4 or len(noun) == len(w)) for w in _starting("stops", noun[0]))
             and not noun.startswith(cues.noun_parts)):
        # a stop of four characters opening a longer noun opens a name ("2500个左右提档升级村")
        return None
    if any(len(w) >= 2 and c is not None and noun.startswith(w) for w, c in _starting("links", noun[0])):
        return None  # "9323.1亿元增加4374.4亿元": a verb, not what is counted
    return noun


def _before_object(run: str) -> int:
    """How much of ``run``, read after a count up to the reading limit with no stop or clause end in
    it, is the counted noun: "19条标志性产业链立起先进制造业强省“四梁八柱”" (山东 2026, probe ind55w): no
    name runs that long, so a dictionary verb after three characters of noun, with an object of three
    or more after it, starts the predicate (guide v2.1, rule 1: verbs after the noun phrase are out).
    A verb that modifies a noun (在建) stays."""
    if len(run) < 8:
        return len(run)
    tags, modifiers = function_word_tags(), _verb_modifiers()
    n = 0
    for w in _cut(run):
        if n >= 3 and tags.get(w) == "v" and w not in modifiers and len(run) - n - len(w) >= 3:
            return n
        n += len(w)
    return len(run)


def _per_population(text: str, m: Mention) -> bool:
    """Whether ``m`` is the population a rate is per ("每10万人口高等教育平均在校生增长27%", "每10万人
    刑事案件数下降36.9％"): no figure of its own, so the next number's name reads through it."""
    return text[m.start - 1 : m.start] == "每" and text[m.end - 1 : m.end] == "人" \
        and _CJK.match(text, m.end + (text[m.end : m.end + 1] == "口")) is not None


def _word_through(text: str, j: int, k: int, verb: bool = True) -> bool:
    """Whether jieba, reading on past ``k``, takes ``text[k-1:k+1]`` as a two-character verb: the
    stop at ``k`` is that verb's second character, and the verb opens the predicate ("6676家企业
    参与…" is 企业 | 参与, not 企业参 | 与; "学校办学", "机组建成" hold no such verb).
    ``verb=False``: as a two-character word that is no verb (就近, 附近: the stop is inside a word)."""
    n = j
    for w in _cut(text[j : k + 3]):
        if n == k - 1:
            return len(w) == 2 and (function_word_tags().get(w) == "v") == verb
        n += len(w)
        if n > k - 1:
            return False
    return False


# divisions counted by one character: "2个县被命名为", "16个区首次全部获评" (shanghaim gold 区); a stop
# right after one ends the noun (longer stops need two characters of noun elsewhere: 新投产项目)
_ONE_CHAR_UNITS = frozenset("省市县区")
_COUNTED_DIVISIONS = frozenset("省市县区镇乡村")
# a level alone read after a count, and the next count's level in the same list
_LEVEL_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}级")
_LEVELS_MAX = 8
_NEXT_LEVEL = re.compile(r"、[\d.]+[个家所项条座处]?(?:左右)?([\u4e00-\u9fff]{1,3}级)(?=[\u4e00-\u9fff、])")
# "按90%的比例支付", "按机构护理75%、居家护理90%的比例": a share set by a rule, of 比例
# (a list of shares is short: bounded, so a long 、 list of percentages is read in linear time)
_BY_SHARE = re.compile(r"(?:[、和][^，,；;。\d]{0,12}[\d.]+%){0,12}的比例")
_BY_WHOM = re.compile(r"(?:^|[^照])按(?!照)[^，,；;。：:\d]{0,12}$")

_RATE_LABEL = re.compile(r"\s*([\u4e00-\u9fff]{0,6}标准)(?:为)?[：:]")
_RATE_LABEL_IN = re.compile(r"(?<=[，,；;])\s*([\u4e00-\u9fff]{0,6}标准)(?:为)?[：:]")


# a list's label naming what its items' figures are (2.个人缴费费率：, 三、租赁费用及期限), its items (（1）…)
_LABEL_HEAD = r"\s*(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)\s*([\u4e00-\u9fff]{2,10}?(?:费率|标准|限额|额度|费用))"
_LIST_LABEL = re.compile(_LABEL_HEAD + r"(?:及[\u4e00-\u9fff]{1,4})?\s*[：:]?\s*$")
_LABEL_INLINE = re.compile(_LABEL_HEAD + r"[，,]")
_ITEM_MARK = re.compile(r"\s*[（(]\d{1,2}[）)]")
_WHOM_ONLY = re.compile(r"[\u4e00-\u9fff、]{0,30}(?:人员|职工|居民|对象)")
# which units a label's figures take: a rate a percent, a standard or a fee a sum
_LABEL_UNIT = {"费率": lambda u: u == "%", "标准": lambda u: u.startswith("元"), "限额": lambda u: u.startswith("元"),
               "额度": lambda u: u.startswith("元"), "费用": lambda u: u.startswith("元")}


def _item_label(text: str, start: int) -> str | None:
    """The label of the list a figure at ``start`` is an item of: on its own line before ("1.单位缴费费率，
    …均为0.15%"), or the line heading the items ("2.个人缴费费率：" over "（2）…为0.02%", "三、租赁费用及期限"
    over the line of rents); None if the line is no item of such a list."""
    ls = text.rfind("\n", 0, start) + 1
    inline = _LABEL_INLINE.match(text, ls, start)
    if inline:
        return inline.group(1)
    item = _ITEM_MARK.match(text, ls) is not None
    for _ in range(12):  # sibling items between the label and this one
        if ls == 0:
            return None
        prev = text.rfind("\n", 0, ls - 1) + 1
        line = text[prev : ls - 1]
        if item and _ITEM_MARK.match(line):
            ls = prev
            continue
        # the line right above an unmarked line, or above the marked items
        label = _LIST_LABEL.match(line)
        return label.group(1) if label else None
    return None


def _rate_label(text: str, s_start: int, start: int) -> re.Match[str] | None:
    """The label the sums of a sentence are listed under: at its start ("补贴标准：一等奖20万元"), or after a
    clause of scope ("发放范围为城乡低保对象和五保对象，补贴标准为：城市低保对象每人200元", probe polind27's
    内乡 notice)."""
    label = _RATE_LABEL.match(text, s_start)
    # (read within the paragraph-date window: a sentence of thousands of sums stays linear)
    for later in _RATE_LABEL_IN.finditer(text, max(s_start, start - _WINDOW), start):
        label = later
    return label


_GRANTED = re.compile(r"标准(?:向[\u4e00-\u9fff]{2,10}?)?(?:给予|支付|发放)([\u4e00-\u9fff]{2,8})")
_SPEC = re.compile(r"(?:[\d.]+(?:千伏|兆瓦|万千瓦|千瓦|万吨|吨)级?[和及、]?)+(?<![和及、])")
# a count: a number with a measure word (12所, 24个省份), not a quantity (40吨) or a rate
_COUNT_WORD = re.compile(r"[个家所项条座处户名只台套批类种支部件家]$")
# verbs of a purpose a set of measures serves (优化…机制12条举措, 支持…发展20条措施)
_PURPOSE_VERB = re.compile(r"(?:优化|支持|促进|推动|加快|稳定|扩大|提振|激发|完善|深化|助力|服务)")
# a verb of doing closing the words before a count (实现, 完成, 为 after a two-character subject)
_DOING_BEFORE = re.compile(r"(?:实现|完成|办成|办好|(?<=[\u4e00-\u9fff]{2})为)$")
# what may follow a count without being its noun: a qualifier or 的 (职工人数为30人以上的企业)
_NOT_NOUN_AFTER = ("以上", "以下", "以内", "左右", "多", "余", "的", "及", "或")
_PREDICATE_END = frozenset("，,。；;：:\n")
_PREDICATE_END_RE = re.compile("[，,。；;：:\n]")


def _modified_noun(text: str, j: int, k: int, ceiling: int) -> int:
    """"100项具有较大知名度的体育精品赛事": a modifier read after a count, opening with a verb by
    jieba's tags and closed by 的, goes with the noun after it; ``k`` unless two characters or more
    of a noun follow 的 before a stop."""
    if k - j < 2 or text[k : k + 1] != "的" or text[j : j + 1] == "的":
        return k
    first = _cut(text[j:k])[0]
    if function_word_tags().get(first) != "v":
        return k  # "6个综合保税区的先行…": a noun of its own before 的, not a modifier
    e = k + 1
    limit = min(ceiling, e + _AFTER_MAX)
    while e < limit and _CJK.match(text, e) and text[e] not in "（）“”《》":
        if e - k > 2 and any(text.startswith(w, e) for w in _starting("stops", text[e])):
            break
        e += 1
    return e if e - k - 1 >= 2 and not any(text.startswith(w, k + 1) for w in _starting("stops", text[k + 1])) else k


def _joined_noun(text: str, j: int, k: int, limit: int) -> int:
    """Where a noun read after a count ends when 和 joins a second noun to it (353项技术和产品实现…,
    100多项国际性和全国性赛事, 90个国家和地区): both are what is counted. ``k`` if nothing is
    joined (4个单位和20名个人: the second has a count of its own; 14条高速公路项目和黄百等…: examples
    of something else); the second noun ends at its first verb by jieba's tags (国家和地区参会) and
    is short."""
    if k - j < 2 or k >= limit or text[k] not in "和、":
        return k
    if text[k] == "、":
        return _listed_noun(text, j, k)
    e = k + 1
    if e >= len(text) or not _CJK.match(text, e) or text[e] in "一二三四五六七八九十两这该其各等有":
        return k
    while e < min(len(text), k + 1 + _AFTER_MAX) and _CJK.match(text, e) and text[e] not in "“”‘’《》（）":
        e += 1
    if e < len(text) and (text[e] == "等" or text[e].isdigit()):
        return k
    words = _cut(text[k + 1 : e])
    n = 0
    for w in words:
        if n and function_word_tags().get(w, "") in ("v", "p", "c", "d", "u"):
            break
        n += len(w)
    # a long second part is rarely a noun of its own (全国整治项目和基础教育公平…)
    return k + 1 + n if 2 <= n <= 5 else k


def _listed_noun(text: str, j: int, k: int) -> int:
    """Where a noun read after a count ends when 、 lists modifiers sharing its head: "183个新建、续建
    项目", "20个具有支撑性、关键性、标志性的重点项目" (probe polind25: 滨江区 2023, 云南省 2017). ``k``
    unless the list runs to the clause's end with no number (3个先行区、10个基地: counts of their own)
    and its last item closes with a head of two characters or more."""
    e = k
    while e < len(text) and text[e] == "、":
        e += 1
        if e >= len(text) or not _CJK.match(text, e) or text[e] in "一二三四五六七八九十两这该其各等有":
            return k
        while e < min(len(text), j + 3 * _AFTER_MAX) and _CJK.match(text, e) and text[e] not in "“”‘’《》（）":
            e += 1
    if e - k > 2 * _AFTER_MAX or (e < len(text) and (text[e] == "等" or text[e].isdigit() or text[e] not in _CLAUSE_BREAK)):
        return k
    if "等" in text[k:e]:
        return k  # "3个煤制气、慧能煤炭清洁高效利用等项目": examples of something else (wr2026-xinjiang)
    items = text[j:e].split("、")
    last = items[-1]
    # modifiers are short and the last item carries the head; nouns of their own are not joined
    # ("2条在建国际海缆、海口国际通信业务出入口局建设": two things, the first counted)
    if any(len(i) > 5 for i in items[:-1]) or len(last) < max(len(i) for i in items[:-1]) + 2:
        return k
    words = _cut(last)
    if any(function_word_tags().get(w, "") in ("v", "p", "c", "d") for w in words[1:]):
        return k
    return e


# 为 / 在 / 对 right before a count make it the object of a preposition, not of the clause's verb: "为
# 2.15万名劳动者追回工资", "在16家医疗机构设置“免陪护”病房", "对2000户特殊困难老年人家庭适老化改造";
# not after a verb that ends in the character (成为, 作为, 分为, 存在, 针对: a link or a verb of its own)
_PREPOSITION = re.compile(r"(?<![成作分认因列更较称改定视划升降调提增减达存现所正位实处针面相绝核应])[为在对]$"
                          # "与78家央企合作" (probe ind36, 重庆 2020): with whom, then the predicate
                          r"|(?<![参给赋授])与$|(?<![共相不连如等协会合陪])同$")
# what such a count counts ends with a noun of who or what is acted on (人, 家庭, 机构, 县)
_OBJECT_HEAD = re.compile(r"(?:人|者|工|生|户|家庭|群众|老人|儿童|妇女|职工|机构|企业|[央国外民]企|单位|部门|医院|学校|高校|"
                          r"中心|主体|[省市县区乡镇村]|省份|城市)$")


def _before_prepositional_predicate(noun: str) -> str:
    """The noun a count after 为 / 在 / 对 counts, without the predicate that follows it in the
    clause (guide v2.1, rule 1): it ends where a verb by jieba's dictionary follows a noun of who or
    what is acted on (劳动者|追回工资, 医疗机构|设置…, 特殊困难老年人家庭|适老化改造, 县|建设运营…).
    ``noun`` as it is if no such verb follows such a head."""
    words = _cut(noun)
    tags, n = function_word_tags(), 0
    for i, w in enumerate(words):
        if n and tags.get(w, "") in ("v", "vn") and (len(w) >= 2 or i + 1 < len(words)) \
                and w not in _verb_modifiers() and _OBJECT_HEAD.search(noun, 0, n) \
                and (n >= 2 or noun[:n] in _ONE_CHAR_UNITS):
            return noun[:n]
        n += len(w)
    return noun


# nouns of bodies that act (服务中心, 金融机构, 企业, 国家部委), before a verb of doing
_AGENT_NOUNS = "中心|机构|企业|银行|部委|部门|医院|学校|高校|单位"
_AGENT_END = re.compile(f"(?:{_AGENT_NOUNS})$")
_AGENT_WORD = re.compile(_AGENT_NOUNS)


def _agent_verb(noun: str) -> tuple[int, int] | None:
    """Where a body that acts ends inside ``noun`` and how long its verb is: a noun of a body
    followed by a verb of doing (``verb_out``, ``verb_inner``; a verb by jieba's dictionary) and
    two characters or more (企业发行各类债券 → 企业 | 发行), by jieba's words; None if there is none."""
    # The body must end three characters before the noun's end at the latest: most nouns hold none.
    if len(noun) < 6 or not _AGENT_WORD.search(noun, 0, len(noun) - 2):
        return None
    cues = _cues()
    words = _cut(noun)
    tags, n = function_word_tags(), 0
    for i, w in enumerate(words[:-1]):
        n += len(w)
        nxt = words[i + 1]
        if n >= 2 and _AGENT_END.search(noun, 0, n) and tags.get(nxt) == "v" and len(noun) - n - len(nxt) >= 2 \
                and (nxt in cues.verbs_out or nxt in cues.verbs_inner) and not noun.startswith(cues.verb_names, n):
            # a verb that opens a name (企业|补充医疗保险, 职工|补充养老保险: review24) is no body's doing
            return n, len(nxt)
    return None


# who a count counts when it acts: bodies and people (企业, 特派员, 人才, 农户)
_PEOPLE = "[员者户]|人才|干部|专家|人员|家庭|群众|农民"
_ACTOR_END = re.compile(f"(?:{_AGENT_NOUNS}|{_PEOPLE})$")
_PEOPLE_END = re.compile(f"(?:{_PEOPLE})$")


def _actor_predicate(noun: str) -> int:
    """Where a body or people counted after a number end when a verb by jieba's dictionary follows
    them with an object of three characters or more (企业|入驻园区投资兴业, 农村科技特派员|服务县域
    特色产业发展): the predicate is no part of what is counted (guide v2.1, rule 1); 0 if none. One
    word for the verb and its object (企业服务中心) or a short object (企业上市融资) keeps the noun."""
    if len(noun) < 7 or not _AGENT_WORD.search(noun) and not re.search(_PEOPLE, noun):
        return 0
    tags, n = function_word_tags(), 0
    for w in _cut(noun):
        # a verbal noun after a body names its work (国际商事仲裁中心建设试点); after people it is
        # what they do (特派员服务县域…)
        tag = tags.get(w)
        if n >= 2 and len(w) == 2 and w not in _verb_modifiers() and len(noun) - n - 2 >= 3 \
                and (tag == "v" and _ACTOR_END.search(noun, 0, n) or tag == "vn" and _PEOPLE_END.search(noun, 0, n)):
            return n
        n += len(w)
    return 0


@lru_cache(maxsize=1)
def _idioms() -> dict[str, str]:
    return _dictionary_tags(r"^(\S+) \d+ (i)$")


def _before_located(noun: str) -> str:
    """"90%以上的研发机构设立在企业", "90%以上的研发人员集中在企业": a verb before 在 / 于 where the
    noun stopped is the predicate that places what is counted (guide v2.1, rule 1: verbs after the noun
    phrase are out); ``noun`` as it is unless a two-character verb by jieba's dictionary closes it after
    two characters or more."""
    words = _cut(noun)
    if len(words) >= 2 and len(words[-1]) == 2 and function_word_tags().get(words[-1]) == "v" \
            and words[-1] not in _verb_modifiers() and len(noun) - 2 >= 2:
        return noun[:-2]
    return noun


@lru_cache(maxsize=2048)  # one noun in seven is new: kept per noun
def _before_predicate(noun: str, closed: bool) -> str:
    """"5300多栋楼宇拔地而起", "6个省级区域医疗中心开诊运营", "316项省级行政职权由市县实施", "14所省属
    高职院校划转为省级教育部门主管": the noun a count counts ends where its predicate starts, after
    two characters of noun (guide v2.1, rule 1): 由 or 向 with who takes it over, a verb with 为,
    or, where the noun runs to its clause's end (``closed``), an idiom closing it or two verbs or
    more closing it after three characters (by jieba's dictionary). One verb closing it names a
    kind of project (4个城中村改造) and stays, as do two after a two-character noun (6项专项附加扣除),
    and an idiom inside it (传统产业集群大气污染综合治理)."""
    agent = _agent_verb(noun)
    if agent:
        return noun[: agent[0]]  # "175家企业发行各类债券", "44个国家部委制定配套支持文件": the body is counted
    acting = _actor_predicate(noun)
    if acting:
        return noun[:acting]  # "20户企业入驻园区投资兴业", "2000名农村科技特派员服务县域特色产业发展"
    if len(noun) < 4:
        return noun
    words = _cut(noun)
    tags, idioms = function_word_tags(), _idioms()
    verbal = [tags.get(w, "") in ("v", "vn") and len(w) >= 2 for w in words]
    n = 0
    for i, w in enumerate(words):
        last = closed and i + 1 == len(words) and w in idioms
        # "6.2万名农民工解决了拖欠工资问题", "1100万户困难家庭住上了新房": a word with 了 is done, a
        # predicate, never part of a name
        if n >= 2 and len(w) >= 2 and words[i + 1 : i + 2] == ["了"]:
            # the predicate starts at the first of its verbs (30个国家建立或恢复了外交关系)
            while i and (verbal[i - 1] or words[i - 1] in ("或", "和", "并", "及")) and n - len(words[i - 1]) >= 2:
                i -= 1
                n -= len(words[i])
            return noun[:n]
        # "90%以上的重大科技项目发明专利来源于企业": a verb closed by 于 places what is counted (probe ind57p)
        if n >= 2 and (last or w in ("由", "向") or (verbal[i] and words[i + 1 : i + 2] == ["为"])
                       or (verbal[i] and len(w) >= 3 and w.endswith("于") and i + 1 < len(words))
                       or (closed and n >= 3 and verbal[i] and len(words) - i >= 2 and all(verbal[i:]))):
            return noun[:n]
        n += len(w)
    return noun


def _done_after(text: str, end: int) -> bool:
    """Whether a verb of a thing done follows the noun a count counts, in its clause
    (8家全国重点实验室落户河北, 13个大模型通过国家备案)."""
    limit = min(len(text), end + 18)
    if end >= limit:
        return False
    brk = _PREDICATE_END_RE.search(text, end, limit)
    stop = brk.start() if brk else limit
    return _any_word("done_after").search(text, end + 1, stop) is not None


_INCLUSIVE = re.compile(r"[（(]不?含[）)]")  # "1亿元(含)以上", "5亿元(不含)以下"
# "全球最高10米液压支架" is a superlative, no cap
_MOST_BEFORE = re.compile(r"(?<!全球)(?<!世界)(?<!全国)(?<!国内)(?<!亚洲)(?<!全省)最高(?:为|可|可达)?(?:补贴|补助|奖励|资助)?$")


# "给予50万元、20万元一次性奖补": 一次性 is part of the grant's name, as dev writes 一次性创业补贴 (gz-19)
# "可一次性给予10000元创业补贴资金（…）", "给予1万元创业补贴，": a grant named by its purpose, and its fund
# (probe guide24's 创业担保贷款 page)
# "一次引进20人以下的按每人120元、20人至50人的按每人150元、50人以上的按每人300元的标准给予职业介绍补贴":
# each sum of a scale (its condition written before it) is of the grant named once after the last; after
# 给予 or 发放 any grant is named by its purpose (probe polind27's 烟台 job-placement rule)
# (an item's condition holds no 、 and no 和 right after a sum, and its sum starts at a digit run's start:
# a list of sums has one reading, not exponentially many — 补贴1000元、×15 and 60元和×30 took minutes; and
# a scale is short: bounded, a long list is read in linear time)
_GRANT_AFTER = re.compile(r"(?:[、和](?:[^，,；;。：:\n、和]|(?<![\d.]元)(?<![\d.][万亿]元)和){0,20}?(?<![\d.])[\d.]+[万亿]?元){0,20}"
                          # a range's upper bound: "给予0.5万元-20万元的扶持奖励" (官渡区 2017, probe dept54c)
                          r"(?:[-—–~～至到][\d.]+[万亿]?元)?"
                          r"(?:的标准|的)?"
                          r"(?:(?:给予|发放)((?:一次性)?[\u4e00-\u9fff]{2,6}?(?:奖励|补贴|补助|资助|奖补)(?:资金)?)"
                          r"|(?:给予|予以|进行)?((?:一次性)?(?:创业|就业|培训|岗位|社保|生活|交通|租房|住房|扶持|专项)?"
                          r"(?:奖励|补贴|补助|资助|奖补)(?:资金)?))(?=[，,。；;（(）)\n]|$)")
_GRANT_BEFORE = re.compile(r"给予|予以|按(?:照)?")


def _granted(text: str, m: Mention, s_start: int) -> str | None:
    """"给予6000元奖励", "分别给予20万元、5万元、5万元奖励", "按1.2%给予奖励", "按5%进行奖励", "给予50%的
    奖励": in a rule the grant
    named after the sum is what it measures (gz-17/gz-19 gold: 按每人2000元给予补贴 -> 补贴)."""
    after = _GRANT_AFTER.match(text, m.end)
    if not after:
        return None
    clause = max(s_start, max(text.rfind(c, 0, m.start) for c in "，,；;：:") + 1)
    if not _GRANT_BEFORE.search(text, clause, m.start) and "给予" not in after.group(0) and "予以" not in after.group(0):
        return None
    return after.group(1) or after.group(2)


def _qualifier_after(text: str, end: int) -> str | None:
    # "工业产值在1亿元(含)以上、5亿元(不含)以下": the note of whether the bound is in stands between
    inclusive = _INCLUSIVE.match(text, end)
    if inclusive:
        end = inclusive.end()
    for word, value in _cues().after:
        if text.startswith(word, end):
            return value
    return None


# leads that open a clause without acting: "其中奖补资金50%待企业达产升规后兑现" (probe ind37, 长丰) names
# what is measured before the number
_PLAIN_LEADS = frozenset({"其中", "同时", "全年", "当年", "即", "而"})


def _lone_verb(phrase: str) -> bool:
    """"完成新建、重组11家全国重点实验室", "筛选100家优质潜力企业", "启动改造19个城中村": verbs
    alone before the number (dictionary verbs, four characters at most), whose object follows it."""
    phrase = phrase[1:] if phrase[:1] in ("再", "又", "还", "将", "共") else phrase  # 争取再纳规3个沙戈荒大基地
    # "当年成功申报5000万元以上投资项目" (probe ind37, 白水 2017): a verb of doing after 成功 alone
    adverb = next((a for a in _DONE_ADVERBS if phrase.startswith(a)), "")
    if adverb and phrase[len(adverb):] in _cues().verbs_out:
        return True
    if not 2 <= len(phrase) <= 4:
        return False
    words = _cut(phrase)
    tags = function_word_tags()
    return all(len(w) >= 2 and tags.get(w) in ("v", "vn") for w in words)


def _verb_end(phrase: str) -> bool:
    """Whether the words before a count end with a verb by jieba's tags (农产品远销), after a name."""
    phrase = phrase.strip()
    if len(phrase) < 4 or re.search(r"[\d]", phrase[-3:]):
        return False
    words = _cut(phrase)
    return len(words) >= 2 and len(words[-1]) >= 2 and function_word_tags().get(words[-1]) == "v"


def _measured_before_threshold(text: str, m: Mention, raw: str) -> bool:
    """"技术设备投入300万元以上的鼓励类项目" (a policy's threshold): a noun with its verb before an amount
    closed by 以上的/以下的 is what is measured; the noun after is what the bound selects, no object of
    the verb. A lone verb (新建200亩以上的园区) leaves the noun after as the measured one."""
    if not _THRESHOLD.match(text, m.end) or not str(m.attrs.get("unit") or "").endswith(_SIZE_UNITS):
        return False  # "信息服务惠及80%以上的涉农农户": a share of whom is reached is of the noun after
    verb = _ends_with_object_verb(raw) or ""
    rest = _strip_leads(raw.strip()[: len(raw.strip()) - len(verb)])
    # "可以处10万元以下的罚款": a modal before the verb names nothing; the fine after is measured
    return len(rest) >= 2 and not _not_a_name(rest, [], text)


def _acts(phrase: str) -> bool:
    """Whether the words before a count are an action rather than a name: they open with a verb
    or an adverb by jieba's tags (发挥, 加快落地, 全面), not with a word that counts (新增, 累计)."""
    phrase = phrase.strip()
    if len(phrase) < 2 or phrase.startswith(_cues().count_leads) or re.search(r"[\d“”]", phrase):
        return False
    words = _cut(phrase)
    tag = function_word_tags().get(words[0], "")
    return len(words[0]) >= 2 and (tag == "v" or tag.startswith("d"))


def _place_of_figure(text: str, start: int, end: int, raw: str, indicator: str, own: tuple[str, ...]) -> bool:
    """Whether the place ``text[start:end]`` opening a clause, right before the noun phrase a
    figure measures, is part of what is measured: another place than the document's own division
    (guide v2.1, rule 2 leaves out only that one) whose figure it is, "西安地铁运营里程" (陕西 2026),
    "南疆高校在校生" (新疆 2026), "大湾区经济总量" (guangdongm gold). Not where the phrase opens with a
    verb: the place then acts (西安建成…)."""
    place = text[start:end]
    if len(place) < 2 or (start > 0 and text[start - 1] not in _CLAUSE_BREAK) or raw.strip() != indicator:
        return False
    if any(place in o or place.startswith(o[:2]) for o in own) or place in ("中国", "我国", "全国"):
        return False
    return not _verb_at_start(indicator) and not _dictionary_verb_at_start(indicator)


# "计划推进全区183个新建、续建项目", "全力推进全省20个…重点项目": the scope after the verb is where,
# the object still follows the number (probe polind25: 滨江区 2023, 云南省 2017)
_SCOPE_END = re.compile(r"(?<=..)(?:全[省市区县州]|我[省市区县])$")


def _ends_with_object_verb(phrase: str) -> str | None:
    phrase = _SCOPE_END.sub("", phrase) if phrase else phrase
    for verb in _ending("object_verbs", phrase) if phrase else _cues().object_verbs:
        if phrase.endswith(verb):
            return verb
    return None


# ---------------------------------------------------------------- the stage


def annotate_indicators(text: str, mentions: list[Mention], meta: dict[str, Any],
                        structure: Structure | None = None) -> None:
    """Add the indicator attributes to every METRIC in ``mentions`` (clean text), in place;
    ``structure``: ``segment(text)`` if the caller has it."""
    metrics = sorted((m for m in mentions if m.label == "METRIC"), key=lambda m: m.start)
    if not metrics:
        return
    others = sorted((m for m in mentions if m.label != "METRIC"), key=lambda m: m.start)
    lines = LineStarts(text)  # a paragraph's start per figure, found by one index
    starts = [o.start for o in others]
    states, report = _sentence_states(text, meta, structure)
    reviewed = _reviewed_year(text, meta)
    # a policy document (its own number or issuers, or a title that is no report's: a guide, a service
    # list) has no review or plan sections: its headings (主要任务, 工作安排) set rules, a year opening a
    # paragraph starts no plan (gz-19: the amounts of a subsidy list are kind and period null), and a
    # number is a target or a result only by its sentence
    title = str(meta.get("title") or "")
    policy = not _years(meta)[1] and bool(meta.get("docno") or meta.get("doc_issuers") or (title and "报告" not in title)
                                          or _TASK_DIVISION.search(text, 0, 400))
    report = report and not policy
    ref = str(meta.get("reference_date") or "")
    ref_year = int(ref[:4]) if ref[:4].isdigit() else None
    # a statistics bureau's communiqué or data release reports results, each of the period its own
    # clause or paragraph opens with (前三季度, 2021年1—11月份, 年末), whatever its year-to-date words
    # (今年以来) would mean in a work report
    stats_year = _statistics_year(text, meta, others)
    national = meta.get("jurisdiction") == "国家" or (meta.get("division") or {}).get("level") == "national"
    own = tuple(n for n in (str(meta.get("jurisdiction") or ""), str((meta.get("division") or {}).get("name") or ""),
                            str(meta.get("issuer") or "")) if len(n) >= 2)
    # "2023年广东地区生产总值达到13.57万亿元" (probe ind34, 广东 and 四川 2024 digests): the province named
    # without its 省 is its own scope too
    # (and so are a city's: "2020年重庆地区生产总值增长6%", probe ind36, 重庆 2020 digest)
    own += tuple(short for n in own[:2] if len(short := _DIVISION_SUFFIX.sub("", n)) >= 2 and short != n)
    si = 0
    prev: Mention | None = None  # the previous METRIC of the sentence
    prev_sentence = -1
    run: list[str | None] = []  # indicators a 分别 still hands out
    run_change: str | None = None
    carried: dict[int, str] = {}  # the phrase before a streak's length, for the number after it
    least_times: set[int] = set()  # the least times named by their doing (``_done_for``)
    prev_flow = False  # whether the previous METRIC of the sentence is a flow of the period
    for mi, m in enumerate(metrics):
        while si + 1 < len(states) and states[si][1] <= m.start:
            si += 1
        if states and states[si][0] <= m.start < states[si][1]:
            s_start, s_end, state = states[si]
        else:
            s_start, s_end = _sentence_bounds(text, m.start)
            state = _State()
        if si != prev_sentence:
            prev, run, prev_sentence, prev_flow = None, [], si, False
        near = others[bisect.bisect_left(starts, max(s_start, m.start - _WINDOW)) : bisect.bisect_left(starts, m.start)]
        floor = max(s_start, prev.end if prev else s_start)
        # a DATE before the number bounds its phrase; so does a place or body opening its clause
        # (郑州机场年货邮吞吐量) or standing right before it (宜昌3家高新区)
        bound_kind = None
        bound_end = -1
        clause_at = _clause_start(text, m.start, max(floor, m.start - _PHRASE_MAX))
        for o in near:
            if o.label == "DATE" and _BASE_BEFORE.search(text, max(0, o.start - 3), o.start):
                continue  # "较“十三五”时期下降": the base of a change bounds nothing
            if o.label == "DATE" and text[o.start - 1 : o.start] == "“" and text[o.end : o.end + 1] == "”" \
                    and sum(text[o.start : o.end].count(c) for c in "·•．.") == 1:
                continue  # "“12·30”特大烟花爆竹爆炸事故（这3起事故…）": a date naming an event is no time of it
            if o.end > floor and (o.label == "DATE" or o.start <= clause_at or o.end == m.start):
                floor, bound_kind, bound_end = o.end, o.label, o.start
                if o.label != "DATE" and o.end < clause_at:
                    # a name in an earlier clause only bounds the reading; it is not what the
                    # number's clause counts ("国家融资担保基金再担保业务收费…，单户担保金额500万元以上")
                    bound_kind = None
        # "典型经验做法（共130项）", "推广的改革举措（共23项）": 共 opening the bracket sums the items listed
        # under the noun before it, as "先进单位（25个）" counts them (sc19-10, sc19-56 gold)
        lead = 2 if text[m.start - 2 : m.start] in ("（共", "(共") and text[m.start - 3 : m.start - 2] not in _CLAUSE_BREAK else 1
        bracketed = text[m.start - lead : m.start - lead + 1] in ("（", "(") and text[m.end : m.end + 1] in ("）", ")")
        note = _note_before(text, m.start, s_start)
        if note is not None:
            # "年末全国人口（包括31个省、…，不包括…外籍人员）141175万人": the note on what is counted stands
            # between the name and its number; the name is read before it, past the numbers inside it
            floor = max([s_start] + [o.end for o in near if o.end <= note and o.label == "DATE"]
                        + [x.end for x in metrics[:mi] if x.end <= note])
            read = _read_before(text, note, floor)
        elif bracketed:
            floor = max(s_start, m.start - lead - _PHRASE_MAX)  # "先进单位（25个）": the noun before the bracket
            read = _read_before(text, m.start - lead, floor)
            read.phrase = _LABEL.sub("", read.phrase)
            if any(o.start <= m.start - lead - len(read.phrase) and o.end >= m.start - lead and o.label in ("LOC", "DEPT", "ORG")
                   for o in near):
                read.phrase = ""  # "1．合肥市（8名）": a count per place measures no indicator
        else:
            read = _read_before(text, m.start, floor)
        # "单日最高客运量分别达1409万、1305万人次": numbers before this one that share its unit were not
        # tagged; the phrase stands before the first of them, and this number is not the first
        skipped = 0
        bare = None if bracketed or read.phrase else _BARE_BEFORE.search(text, floor, m.start)
        if bare:
            again = _read_before(text, bare.start(), floor)
            if again.distribute:
                read, skipped = again, len(_BARE_ITEM.findall(bare.group()))
        raw = read.phrase
        # "惠及60万人": 及 closes a verb here, it joins no list
        joined = raw.endswith(("和", "及", "与", "等")) and not raw.endswith(_cues().verbs_in_ji)
        after_number = prev is not None and read.start <= prev.end
        phrase = _strip_leads(raw.rstrip("和及与等") if joined else raw, examples=after_number)
        if phrase in _HOPE_ONLY:
            # "地区生产总值增长6.5%、有望突破3500亿元" (荆州 2025 digest, probe ind44w): a word of hope or
            # estimate alone names nothing; the number is of the indicator before it in the sentence
            phrase = ""
        # "对年销售收入首次超5亿元…的企业", "对单户担保金额500万元以下的": 对…的 is whom a rule is for, and 对
        # opens that clause, not the name; without 的 after, 对 is part of it (对地方一般性转移支付增长7.8%,
        # 对全球经济增长的贡献率); 对外/对口/对台/对华 open names
        if phrase.startswith("对") and len(phrase) >= 4 and phrase[1] not in "外口台华" \
                and _FOR_WHOM_AFTER.match(text, m.end):
            phrase = phrase[1:]
        if after_number and len(phrase) >= 3 and not phrase.startswith(_cues().noun_parts):
            # "认定雏鹰企业、瞪羚企业358户和种子独角兽企业1户": the 和 joins the two counts
            phrase = re.sub(r"^(?:以及|和|及|与)", "", phrase)
        counted = prev.attrs.get("indicator") if prev is not None and read.start == prev.end else None
        if counted and phrase.rstrip("的 ") == counted:
            phrase = ""  # "43个省级部门（单位）的691项主项": 691项 counts what follows it
        if counted and phrase.startswith(counted) and len(phrase) - len(counted) >= 2 \
                and not _ONLY_MEASURE.fullmatch(phrase, len(counted)):
            # "为24个省份保供电煤20亿吨": 省份 is what 24个 counts; "10个先导区集聚…企业150家". Not "75家县级以上
            # 农业龙头企业年销售收入18.4亿元": what the counted things yield is theirs, they stay in its name
            phrase = _strip_leads(phrase[len(counted):])
        phrase = _with_body(text, phrase, read.start, bound_kind, bound_end)
        if text[m.start - 1 : m.start] == "的" and not bracketed:
            # "最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍确定", "长护险缴费基数为2021年度本市
            # 在岗职工月平均工资的60%": a standard set as a multiple or share of a base is measured,
            # not the base
            cs = _clause_start(text, m.start, max(s_start, m.start - 2 * _PHRASE_MAX))
            set_by = _SET_BY.fullmatch(text, cs, m.start)
            if set_by:
                phrase = raw = _strip_leads(set_by.group(1))
        phrase = _with_verb_list(text, phrase, read.start, floor)
        if bound_kind in ("LOC", "ORG") and phrase.startswith("等") and len(phrase) >= 3:
            phrase = phrase[1:]  # "新增黄石、咸宁、天门等全国文明城市12个": the places are examples
        if _PER_HEAD.fullmatch(phrase):
            # "农民从集体分得的收入，每人平均达到83.4元": the clause before names what is per head
            phrase = raw = ""
        share_of_scope = prev is not None and bool(_SHARE_OF_SCOPE.fullmatch(phrase))
        converted = bool(_COUNT_BASIS.fullmatch(phrase))
        if converted:
            phrase = ""
        elif (basis := _COUNT_BASIS.match(phrase)) and len(phrase) - basis.end() >= 2:
            phrase = phrase[basis.end():]
        phrase = _LATIN_ALIAS.sub("", phrase)
        if (rank := _RANKED.search(phrase)) and rank.start() >= 2:
            # "工业经济总量成为全区第四个突破2000亿元大关的地区" (赤峰 2025, probe ind58w): the rank the
            # figure earns is no part of what it measures
            phrase = phrase[: rank.start()]
        if _PRICE_BASIS.fullmatch(phrase):
            phrase = ""  # "地区生产总值预计完成213亿元，按不变价计算增长4%": how it is counted, not what
        elif (basis := _PRICE_BASIS_END.search(phrase)):
            phrase = phrase[: basis.start()]  # "规模以上工业增加值按可比价格计算同比增长6.0%": how, not what
        if phrase in _OF_BEFORE and prev is None and read.start >= 0:
            # "全年地区生产总值迈上新台阶，总量突破5万亿元" (湖南 2024, probe ind46w), "市场经营主体增量
            # 提质，总量突破1000万户" (wr2026-hubei gold): the total of what the clause before names
            # a change noun closing that clause's opening is no part of it (guide v2.1, rule 3)
            phrase = re.sub("(?<=..)(?:增量|增速|增幅|涨幅)$", "", _clause_subject(text, s_start, read.start) or "") or phrase
        if _SCOPE_ONLY.fullmatch(phrase) or len(phrase) == 1 or phrase in _OTHER_ONLY or (phrase in _OF_BEFORE and prev is not None) or share_of_scope:
            phrase = ""  # "全省新增8个国家级临床重点专科": the scope is no indicator
        unit = m.attrs.get("unit")
        after = _noun_after(text, m.end, s_end)
        if m.start and text[m.start - 1] in "“‘" and "”’"["“‘".index(text[m.start - 1])] in text[m.end : m.end + 10]:
            # A count that opens a quoted name (紧密结合爱国卫生“7个专项行动”: 云政函〔2021〕25号, probe full50p)
            # is part of that name: neither the words before the quote nor the rest of the name are measured.
            phrase = raw = ""
            after = None
        if after in _ONE_CHAR_UNITS and text[m.start - 1 : m.start] == "等":
            after = None  # "合肥市等5个市被评为…": the places are named before, none is measured (pt-208869 gold)
        if after and _COUNT_WORD.search(text, m.start, m.end) and _PREPOSITION.search(text, max(0, m.start - 3), m.start):
            after = _before_prepositional_predicate(after)
        if bound_kind == "DATE":
            phrase = re.sub(r"^(?:时期|期间)", "", phrase.lstrip("”’」』》末底初的"))  # "较“十三五”末的9323.1亿元"
        if not phrase and bound_kind == "DATE" and not bracketed and not converted:
            # "农产品加工转化率从2020年的51%": the indicator stands before the date
            # "今年上半年又比去年同期增长6％": the base's date (去年) is not the one the value is of
            dates = [o for o in near if o.label == "DATE" and o.end <= m.start]
            date = max((o for o in dates if not _BASE_BEFORE.search(text, max(0, o.start - 3), o.start)) or dates,
                       key=lambda o: o.end)
            phrase = _strip_leads(_read_before(text, date.start, max(s_start, prev.end if prev else s_start)).phrase)
            if len(phrase.strip("“”‘’")) <= 1:
                phrase = ""
            if not phrase:
                # "农民人均纯收入，１９８２年为２７０元": named in the clause before the date
                # "每吨钢的综合能耗，由上年的2.51吨煤", "…的比重，由今年预计的44％提高到45％": after the
                # base's 由/从 too
                at = date.start - 1 if text[date.start - 1 : date.start] in ("由", "从") else date.start
                phrase = _clause_subject(text, max(s_start, prev.end if prev else s_start), at) or ""
        if not phrase and not after and bound_kind in ("LOC", "DEPT", "ORG", "PERSON") and not bracketed:
            # "新增境内外上市公司16家": the name before the number is what it counts
            read = _read_before(text, m.start, max(s_start, prev.end if prev else s_start))
            raw = read.phrase
            phrase = _strip_leads(raw)
        # 增长超过7%: the rate word wins over the level word next to the number
        change = next((c for c in read.changes if c != "level"), read.changes[0] if read.changes else None)
        rate = change in ("growth", "decline")
        own_count = bool(_OWN_COUNT.match(text, m.end))
        indicator: str | None = None
        inherited = False
        if own_count:
            change = None
            # "主要做了6个方面工作：": the parts are named as written; "14个方面的工作", "4个方面的指标"
            # name none (shaanxi, yunnan / guangdong, sc19-4 gold)
            parts = _OWN_PARTS.match(text, m.end)
            indicator = parts.group(1) if parts else None
        elif bracketed:
            indicator = phrase or None
        elif after and text.startswith("级", m.end):
            # "平凉7亿吨级冶镁白云岩", "30万千瓦级煤电机组": a size class of what follows, no change
            indicator, change = after, None
        elif read.distribute:
            n = _distributed_count(text, mi, metrics) + skipped
            # a date opening the clause bounds the list ("“十四五”时期全省…分别较“十三五”时期下降")
            list_floor = max(s_start, m.start - 2 * _PHRASE_MAX, floor if bound_kind == "DATE" else s_start)
            listed = _list_before_distribute(text, m.start, list_floor, n)
            if phrase and len(listed) == n and not read.measured_after:
                # guide v2.1, rule 4: names coordinated before as many numbers are one indicator as
                # written (城镇、农村居民人均可支配收入, 广州、深圳地铁线网单日最高客运量), unless each is
                # written out in full with a head of its own (关键工序数控化率、数字化研发设计工具普及率),
                # one each
                written = _written_list(text, m.start, list_floor, n)
                handed = [written] * n if written and not _each_in_full(written) else listed
            elif phrase and n == 1 and len(listed) >= 2 and not read.measured_after \
                    and (written := _written_list(text, m.start, list_floor, n)):
                # "国家现代农业产业园、优势特色产业集群、地理标志保护示范区分别增加2个", "化学需氧量、
                # 氨氮排放量要分别下降2%": one number shared by every listed name; the list as written
                # (guide v2.1, rule 4), not its last name
                handed = [_MODAL_END.sub("", written)]
            elif phrase:
                handed = [phrase] * n
            else:
                handed = _earlier_indicators(metrics, mi, s_start, n, text) or \
                    [carried.get(id(prev)) if prev is not None else None] * n
            handed = handed[skipped:] or handed[-1:]
            indicator, run, run_change = handed[0], list(handed[1:]), change
        elif after and ((_ends_with_object_verb(raw) and not _measured_before_threshold(text, m, raw))
                        or _lone_verb(raw) or _lone_verb(phrase)
                        or (text.startswith("的", m.end) and _DONE_TO_WHOLE.search(raw))):
            indicator, change = after, "level" if _raised_count(text, m, read) else change or "level"
        elif raw.endswith(_cues().reach) and len(raw) > 4 and not after:
            # "育儿补贴惠及60万人": who is reached is not named; what reaches them is measured
            indicator = _strip_leads(raw[:-2])
        elif after and not policy and not read.changes and text[m.start - 1 : m.start] == "的" \
                and _COUNT_WORD.search(text, m.start, m.end) and not _acts(after):
            # "国家公布产量的104种工业产品中": outside a policy, a clause with 的 before a count modifies
            # what the count counts, the noun after it
            indicator = after
        elif after and not rate and _BATCH.fullmatch(phrase):
            indicator, change = after, change or "level"
        elif after and not rate and _COUNT_WORD.search(text, m.start, m.end) and not _acts(after) \
                and _CJK.match(text, m.end) and not text.startswith(_NOT_NOUN_AFTER, m.end) \
                and _DOING_BEFORE.search(text, max(s_start, m.start - 4), m.start):
            # "跨境电商实现4种模式全覆盖", "高质量完成20件民生实事", "以长协价为24个省份保供电煤": a verb of
            # doing right before a count is done to the noun after it; what stands before the verb is who
            # or how (dev gold 8 of 8: shanxi, liaoningm, guangdongm, neimenggu, gansu, jiangxi, ningxia)
            indicator, change = after, change or "level"
        elif after and not rate and not read.changes and _COUNT_WORD.search(text, m.start, m.end) \
                and _CJK.match(text, m.end) and not text.startswith(_NOT_NOUN_AFTER, m.end) and len(raw) >= 5 \
                and not joined and _PURPOSE_VERB.match(raw):
            # "优化工商业电价机制12条举措加快落地" (山西 2026, probe ind44w): a verb and its object before a
            # count say what the counted things are for; the noun after the count is what is counted
            indicator, change = after, change or "level"
        elif after and not rate and _COUNT_WORD.search(text, m.start, m.end) and not _acts(after) \
                and (read.changes == ["level"] and text[m.start - 1 : m.start] in ("至", "到") or _verb_end(raw)):
            # "绿电外送拓展至22个省区市", "“青字号”农产品远销54个国家和地区": reached or served, the noun
            # after the count is what is counted; a number after it (增长32%) is of the phrase before
            indicator, change = after, change or "level"
            if phrase:
                carried[id(m)] = phrase
        elif after and not rate and phrase and 2 <= len(phrase) <= 4 and raw.strip() != phrase \
                and raw.strip().endswith(phrase) and not _HEAD_END.search(phrase) and not _SUBJECT_END.search(phrase) \
                and raw.strip()[: -len(phrase)] not in _PLAIN_LEADS:
            # "推动桥头铝电50万吨绿电铝产能…", "推动吉林梅花60万吨赖氨酸等项目": after the verb, a short
            # name (a company, a place) holds what follows the number
            indicator, change = after, change or "level"
        elif after and not rate and not read.changes and phrase and len(phrase) <= 4 and _COUNT_WORD.search(text, m.start, m.end) \
                and not _HEAD_END.search(phrase) and not _SUBJECT_END.search(phrase) \
                and not phrase.startswith(_cues().count_leads) and not _acts(after) and text[m.start - 1 : m.start] not in ("由", "从"):
            # "省外12所高水平大学", "晋电外送24个省份": a short name with no head before a count is
            # where or whose the things are; the noun after the count is what is counted
            indicator, change = after, change or "level"
        elif after and not rate and not read.changes and _SITE_END.search(phrase) \
                and str(unit or "").endswith(_AREA_UNITS):
            # "经济开发区家居产业园60万平方米标房入驻46家企业" (建平县 2018, probe ind58w): a park before an
            # area is where it lies; the noun after the area is what it measures
            indicator, change = after, "level"
        elif joined and after and not rate:
            indicator, change = after, change or "level"
        elif after and rate and _raised_count(text, m, read):
            # "“县中振兴”工程提升40所普通高中办学能力", "完善提升20个县乡村三级养老服务网络": the verb
            # raises the things counted; the count is a level
            indicator, change = after, "level"
        elif after and not phrase and not raw and text[m.start - 2 : m.start] == "增加" and _COUNT_WORD.search(text, m.start, m.end):
            # "增加5000个普通高中招生计划": 增加 is the verb here, what it adds follows the count
            indicator = after
        elif after and not rate and not read.changes and _acts(raw) and not _HEAD_END.search(raw):
            # "发挥济青烟3个新业态新模式新场景消费试点作用", "建好首批24个拔尖创新人才培养改革试点项目":
            # a verb phrase before the count, whose object the noun after it is
            indicator, change = after, "level"
        elif after and not rate and _enumerated(text, m, floor):
            # "光伏、风电、光热3条新能源装备制造完整产业链": the list names the 3, the noun after is counted
            indicator, change = after, change or "level"
        elif phrase and not (bound_kind in ("LOC", "DEPT", "ORG") and after and not read.changes):
            indicator = _shared_list(text, read.start, floor, phrase, prev is not None and floor == prev.end,
                                     _distributed_count(text, mi, metrics)) or phrase
            pair = _PAIR.fullmatch(indicator)
            listed = indicator.split("、")
            if pair and _distributed_count(text, mi, metrics) == 2:
                # "城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％": one name for each;
                # "战略性新兴产业和高技术制造业增加值年均增长8％、7.2％": coordinated, one as written
                # for both (guide v2.1, rule 4)
                if _each_in_full(indicator):
                    indicator, run, run_change = pair.group(1), [pair.group(2)], change
                else:
                    run, run_change = [indicator], change
            elif len(listed) > 1 and _distributed_count(text, mi, metrics) == len(listed):
                # "国内游客人次、总花费增长5.6％、7.5％": as many numbers as names, each of the list as written
                run, run_change = [indicator] * (len(listed) - 1), change
            if bound_kind == "LOC" and floor == read.start and bound_end >= 0 \
                    and (_owner().match(indicator) or text[bound_end:floor].endswith(_cues().owners)
                         or _place_of_figure(text, bound_end, floor, raw, indicator, own)):
                # "郑州机场年货邮吞吐量", "京津冀区域优良天数比率": another place's facility or area owns
                # the figure, named after the place or with it (LOC 郑州机场, 兰州新区); only the
                # document's own scope is left out (guide v2.1, rule 2); a list of places owns it
                # together ("改造苏北、苏中棚户区40万套", 苏政发〔2016〕49号: both regions' shanty towns)
                owners_at = bound_end
                while (listed_place := next((o for o in near if o.label == "LOC" and o.end == owners_at - 1
                                             and text[owners_at - 1] == "、"), None)) is not None:
                    owners_at = listed_place.start
                indicator = text[owners_at:floor] + indicator
        elif run:
            indicator, inherited = run.pop(0), True
            change = change or run_change
        elif after and not rate:
            indicator, change = after, change or "level"
        elif not raw and (subject := _clause_subject(text, floor, read.start)):
            # "全省进出口总值创历史新高，达到5379亿元": what the clause before is about
            indicator, change = subject, change or "level"
        elif prev is not None and unit not in _DURATION_UNITS and id(prev) not in least_times:
            # a least time's doing (运营1年以上) is no name for the count after it ("(含300张,下同)": 花山区, probe ind48p)
            src = _outside_note(text, metrics, mi, s_start)
            indicator, inherited = _measure_of(src, carried), True
            change = "level" if share_of_scope else change or src.attrs.get("change")
            if indicator and _TOTAL.search(text, read.start, m.start):
                # "新增公园127座，…累计达到1100座": the total counts the parks, not the new ones
                indicator = _NEW.sub("", indicator) or indicator
        elif prev is None and unit not in _DURATION_UNITS and (rate or read.compare):
            # "地区生产总值连跨两个万亿元台阶，年均增长5.7%": the sentence's subject
            indicator = _sentence_subject(text, s_start, m.start)
        if bracketed:
            change = None
        if text[m.start - 1 : m.start] == "每":
            # "最低收购价平均每50公斤分别提高7.4元": the unit a price is per measures nothing; the
            # numbers after it take the phrase
            carried[id(m)], indicator, change = indicator, None, None
        # a span joined by 、/和 to the one before it in the same unit (a 分别 list written with the unit once)
        handed_span = prev.attrs.get("indicator") if prev is not None and prev.attrs.get("unit") == unit \
            and text[prev.end : m.start] in ("、", "和") and unit in _DURATION_UNITS else None
        if unit in _DURATION_UNITS or (unit == "次" and text[max(s_start, m.start - 2) : m.start] == "连续"):
            streak = _streak_of(text, m, indicator, prev, s_start)
            if streak:
                # the number after a streak (粮食总产量连续9年稳定在1300亿斤以上) takes the phrase before
                # it; the streak itself counts periods: null (guide v2.1, rule 5)
                carried[id(m)] = streak
            elif prev is not None and _CHANGE_AFTER.match(text, m.end):
                # "一般公共预算收入累计完成3.7万亿元，5年增长18.7%": the years a change is over; the
                # number after them is of the figure before
                carried[id(m)] = indicator or _measure_of(prev, carried)
            # "每次认证周期为12个月", "每月服务时间为28小时": a span named as such is measured; other
            # durations (15个工作日内完成审核) measure nothing named
            # so is a term a rule sets with or without its link (有效期3年, 期限最长不超过12个月)
            # "平均受教育年限从2020年的9.6年提升至2025年的10.2年" (dev wr2026-guizhoum): read before the date
            # that bounds it, the span is named too
            named = not streak and phrase and _SPAN_NAME.search(phrase) \
                and (read.changes or read.qualifier or text.endswith(phrase, 0, m.start) or bound_kind == "DATE")
            # "连续缴纳职工基本养老保险3个月以上", "失能状态持续6个月以上", "运营1年以上的": a least time a rule
            # sets for doing something measures the doing written right before it (dev gz-13, gz-33 gold:
            # 3 of 3; 花山区 养老机构补贴, probe ind48p)
            done_for = None if named or streak or not phrase or _MIN_SPAN.match(text, m.end) is None \
                else _done_for(text, phrase, s_start, m.start)
            # "一个有效期内待遇享受最高时长": the span it is within is no part of its name
            indicator = _WITHIN.sub("", phrase) if named else done_for
            if done_for and not named:
                least_times.add(id(m))
            if not named and not streak and not phrase and bound_kind == "DATE" and prev is not None \
                    and prev.attrs.get("unit") == unit and _SPAN_NAME.search(prev.attrs.get("indicator") or ""):
                # "…年限从2020年的9.6年提升至2025年的10.2年": the length the span reaches is of the same span
                indicator = prev.attrs.get("indicator")
            if indicator is None and handed_span and not streak:
                # "审批时间分别压缩至70、40、35个工作日" (湖北 2021, probe ind47p): the later spans of a 分别
                # list whose first span is named are of the same name
                indicator = handed_span
        if (grant := _granted(text, m, s_start)):
            indicator = grant
        if prev is not None and indicator and _ADJUSTED_FOR.fullmatch(indicator):
            # "一般公共预算收入105亿元、扣除留抵退税因素增长0.5%": the adjustment is how the change is
            # counted, the figure is the one before it
            indicator = _measure_of(prev, carried)
        if indicator and text.endswith(indicator, 0, m.start) and \
                (bound := _SIZE_BOUND.search(text, max(0, m.start - len(indicator) - 16), m.start - len(indicator))):
            # "实施5000万元以上重大项目160个": the size class is part of what is counted, as with 亿元以上项目
            indicator = bound.group() + indicator
        if indicator and prev is not None and (classed := _classed_count(text, prev, m, indicator)):
            # "主营业务收入过100亿元龙头企业达到6家", "500-1000亿元产业链达到4个": a size class written
            # with the amount before it is part of what is counted (guide v2.1 rule 1's 投资额百亿元以上
            # 重大工业项目)
            indicator = classed
            # the amount is a size class of what is counted: neither a goal nor a result, nor of a
            # period (as 10亿元以上 in 10亿元以上重大产业项目47个, wr2026-shanghai gold)
            prev.attrs.update({"change": None, "kind": None, "period": None})
        if prev is not None and indicator and indicator == after and text[prev.end : m.start] in ("、", "和", "及", "与") \
                and prev.attrs.get("unit") == unit and not _COUNT_WORD.search(text, m.start, m.end) \
                and _measure_of(prev, carried) not in (None, after):
            # "对年销售收入首次超5亿元、10亿元…和50亿元的企业": the last amount of a list is of the list's
            # name, not of the noun the list's 的 selects
            indicator = _measure_of(prev, carried)
        if prev is not None and _verbs_after_joint(text, prev, m):
            # "工业项目新开工110个、竣工投产60个": a list item that is only a verb counts what the item
            # before it counts (the shared noun, guide v2.1 rules 1 and 4)
            indicator = _measure_of(prev, carried) or indicator
        # "培养架和培养筐各1套", "湖北、河南两省各15万左右" (pt-176849, sc19-48 gold: 3 of 3), "乡镇和村各50%"
        # (probe ind45p, 东至 2021): each one's share or lot states no level
        each = not read.changes and text[m.start - 1 : m.start] == "各"
        if change is None and indicator and not own_count and not text.startswith("级", m.end) and not each:
            change = "level"
        # "每次认证周期为12个月", "平均受教育年限达到10.8年": a span named as such and linked to its length
        # has a level (gz-25 gold); a bound on it (租赁期限不超过3年) and other durations have none
        named_span = unit in _DURATION_UNITS and ("level" in read.changes or bound_kind == "DATE" and not read.changes
                                                  or (handed_span is not None and prev is not None and prev.attrs.get("change") == "level")) \
            and not read.qualifier and _SPAN_NAME.search(indicator or "") is not None
        if (unit in _DURATION_UNITS and not named_span) or (unit == "个" and text.startswith("月", m.end)) or read.compare:
            change = None
        elif unit == "百分点" and prev is not None and text[prev.end : m.start] == "、" \
                and prev.attrs.get("change") is None and prev.attrs.get("indicator") == indicator:
            # "增速分别高于全省和全国0.8个、1.3个百分点": the second gap of a comparison, no change either
            change = None
        if (policy or not report) and change == "level" and indicator and (scope_after := _SCOPE_AFTER.match(text, m.end)) \
                and text.rfind(indicator, max(s_start, m.start - 40), m.start) >= 0 \
                and not (unit == "%" and text.startswith(indicator, scope_after.end())):
            # (a share of the noun the bound's 的 opens is a level: "研发机构200家，90%以上的研发机构设立在企业",
            # probe ind57p)
            # "对年销售收入首次突破100亿元、500亿元、1000亿元的民营企业", "市辖区户籍人口超过100万的城市":
            # a bound on the measure named before it that selects whom a rule is for states no level
            # (dev gold: sc19-2, sc19-22, sc19-32, gz-13, gz-25 null; probe ind56p 山东 2021)
            change = None
        qualifier = _qualifier_after(text, m.end) or read.qualifier
        if read.compare and unit == "百分点" and qualifier in ("以内", "超过") and not _qualifier_after(text, m.end):
            qualifier = None  # "增速低于2个百分点": a gap between two rates, no bound (优于全国约1个百分点 keeps 约)
        if qualifier is None and unit in _DURATION_UNITS and _WITHIN_AFTER.match(text, m.end):
            qualifier = "以内"  # "之日起20个工作日内", "3年内", "在1日（24小时）内", "24个月（含）内": a time limit
        # "给予最高200万元资助", "每人最高可补贴300元", "奖励最高为1000万元": a cap as written (gz-19 gold: 最高)
        if qualifier is None and _MOST_BEFORE.search(text, max(0, m.start - 6), m.start):
            qualifier = "最高"
        if policy and qualifier == "以上" and (floor_word := _FLOOR_AS_WRITTEN.search(text, max(0, m.start - 10), m.start)):
            # "有不少于1名员工按规定缴纳社会保险费", "比例不得低于80%": a rule's floor as written (dev gold 4 of 4:
            # gz-19, sc19-2); 不低于 stays 以上 (dev gold 6 以上 : 4 as written), so do goals in reports
            qualifier = floor_word.group(1)
        elif policy and qualifier == "以内" and unit not in _DURATION_UNITS and unit != "次" \
                and (cap_word := _CAP_AS_WRITTEN.search(text, max(0, m.start - 24), m.start)):
            # "总额最高不超过3万元", "担保费率原则上不超过1%", "不高于承担风险责任的0.5%": a rule's cap as written
            # (dev gold 不超过 13 : 以内 3, 不高于 2 : 1 in gz, pt, sc19; probe ind56p 苏州园区 稳增促产奖励); limits of
            # time and of times (租赁期限不超过3年, 享受待遇次数不超过2次: gz-13, gz-25, gz-33 以内) stay 以内
            qualifier = "不" + cap_word.group(1)
        kind, period = (state.kind, state.period) if report else (None, None)
        if own_count:
            kind, period = None, period if indicator else None
        elif ((policy or not report) and (unit not in _DURATION_UNITS or named_span)) \
                or (report and state.kind is None and ref_year
                    and (any(int(y) > ref_year for y in _HEADING_YEAR.findall(text, s_start, m.start))
                         # "《行动计划》明确，到2025年，…下降10%…；氮氧化物…分别下降10%以上。京津冀…分别下降
                         # 20%、15%" (新华社 2023 on the 空气质量持续改善行动计划, probe ind52p): a goal's
                         # deadline opening the paragraph holds for its later sentences too
                         or any(int(y) > ref_year for y in _DEADLINE_YEAR.findall(
                             text, lines.start(s_start), s_start)))):
            # a page that is neither a report nor a policy by its masthead (a news digest of a plan:
            # "《方案》明确，到2025年，…下降13.5%") still sets its goals by its sentences; so does a goal for a
            # year after the page's date before any section of a page read as a report ("《纲要》中指出，到2025年，
            # 保定市区常住人口达到355万人", "2025年地区生产总值将达到3.5万亿元": 2021 digests of plans)
            para = lines.start(s_start)
            in_para = others[bisect.bisect_left(starts, max(para, m.start - _WINDOW)) : bisect.bisect_left(starts, m.start)]
            kind, period = _policy_kind(text, para, s_start, m.start, in_para, ref_year)
        elif report:
            clause = _clause_start(text, m.start, max(s_start, m.start - _PHRASE_MAX))
            # flows are often written a clause earlier: "新增荆州、孝感、黄冈3个过三千亿元城市"
            # or after a count: "8家全国重点实验室落户河北", "13个大模型通过国家备案"
            # a flow word before the previous number of the sentence is that number's ("大科学装置新增2个，
            # 国家技术创新中心…达到8家": the 8 is a stock at the end of the five years)
            # ("新增2个国家先进制造业集群、19个…" shares its verb: only a clause break ends it)
            own_clause = prev is not None and _CLAUSE_END.search(text, prev.end, m.start) is not None
            flow_from = max(s_start, m.start - _PHRASE_MAX, prev.end if own_clause else 0)
            # a number whose own stretch states a stock (总量达474万户 after 累计净增…155万户; 全国重点实验室达
            # 8家 after 国家级大院大所实现“零”的突破) is the level at the end, not the earlier clause's flow
            seg = max(flow_from, prev.end if prev is not None else 0, _last_comma(text, flow_from, m.start))
            stock = _STOCK.search(text, seg, m.start) is not None and not _FLOW.search(text, seg, m.start) \
                and _any_word("done").search(text, seg, m.start) is None
            if stock:
                flow_from = seg
            flow = rate or bool(_FLOW.search(text, flow_from, m.start)) \
                or text[clause : m.start].endswith("等") or _any_word("done").search(text, clause, m.start) is not None \
                or bool(_COUNT_WORD.search(text, m.start, m.end) and _done_after(text, m.end))
            # "净增经营主体242.8万户，其中企业57.5万户": the part of a flow is of the flow's period too; a
            # share is none ("经营主体总量276.81万户、增长8.85%，其中民营经济主体占97.2%": a stock's make-up)
            flow = flow or (prev_flow and not stock and (_same_list(text, prev, m, read)
                                           or (_PART_OF.match(text, clause, m.start) is not None and unit != "%")))
            para_at = max(lines.start(s_start), m.start - _WINDOW)
            in_para = others[bisect.bisect_left(starts, para_at) : bisect.bisect_left(starts, m.start)]
            period = _sentence_period(text, s_start, m.start, near, period, state, flow, in_para)
            if read.compare and unit == "百分点" and prev is not None and prev.attrs.get("period") \
                    and _CLAUSE_END.search(text, prev.end, m.start) is not None:
                # "地区生产总值年均增长13.7%，分别高于全国全省5.9和2.9个百分点": the gap is of the figure
                # it compares, over that figure's years (probe ind31: 西宁 2016)
                period = prev.attrs["period"]
            if "每年" in text[clause : m.start].replace("平均每年", ""):
                period = None  # a yearly figure (每年办成10件实事) is of no one period
            if unit == "年" and not named_span:
                # a count of years (连续9年, 延长30年) spans years: of no one period; a named span's length
                # is of its date (平均受教育年限从2020年的9.6年: 2020, dev wr2026-guizhoum gold)
                period = None
            if kind != "actual" and state.kind in (None, "target") and reviewed and period == str(reviewed) \
                    and state.period != period and not _GOAL.search(text, s_start, m.start) \
                    and not _WILL.search(text, s_start, m.start):
                # a digest's lead before any section ("2024年浙江GDP增长5.5%左右", "作政府工作报告时介绍，
                # 2024年浙江省生产总值增长5.5%左右") or a digest's aside among the targets ("比如，2024年广西
                # 地区生产总值增长4.2%左右，今年预期目标增长5%左右"): a number dated to the year under review is
                # a result
                kind = "actual"
            elif kind == "actual" and reviewed and period == str(reviewed + 1) \
                    and _EXPECTED.search(text, clause, m.start):
                # "去年全省地区生产总值48810亿元、增长8.0%，今年全省地区生产总值预期增长6.5%" (probe ind36,
                # 福建 2022 digest): a clause of the plan year written as expected, inside a sentence of the
                # review, is a goal
                kind = "target"
            elif kind is None and state.kind is None and reviewed and period == str(reviewed + 1) \
                    and (_GOAL.search(text, s_start, m.start) or _WILL.search(text, s_start, m.start)):
                # a digest's headline before any section ("今年GDP预期增长7.5%左右", 广州 2018 news, probe
                # ind35): a number dated to the plan year and written as expected is a goal
                kind = "target"
            prev_flow = flow
        if stats_year is not None and not own_count and (unit not in _DURATION_UNITS or named_span):
            para = lines.start(s_start)
            in_para = others[bisect.bisect_left(starts, para) : bisect.bisect_left(starts, m.start)]
            kind, period = _statistics_kind_period(text, para, s_start, m, in_para, stats_year)
            if kind == "target" and indicator in ("预期目标", "目标") and prev is not None:
                # "实际增长7.7%，…超过年初确定的7.5%的预期目标": the goal is for the figure before it
                indicator, change = _measure_of(prev, carried), prev.attrs.get("change")
        # (a page on a policy that is neither, a news digest of a 办法, sets its size classes and thresholds
        # the same way: "当年成功申报5000万元以上投资项目" probe ind37, 白水 2017)
        if (policy or not report) and kind is None and not read.changes and text[m.start - 1 : m.start] not in ("：", ":") \
                and ((after and indicator == after
                      and ((policy and _COUNT_WORD.search(text, m.start, m.end)) or _SIZE_CLASS.match(text, m.end)))
                     or (_THRESHOLD.match(text, m.end) and indicator != after)):
            # a policy's count of what follows it (推广8个自贸试验区的改革举措), size class (10亿元以上
            # 重大产业项目) or threshold (单户担保金额500万元及以下的小微企业), neither a goal nor a result, states no level; a value it sets
            # is written with its link (标准为, 不超过, 补贴标准：), after what it counts (富力大厦31套) or
            # before the amount it bounds (处10万元以下的罚款)
            change = None
        if report and after and indicator == after and _SIZE_CLASS.match(text, m.end) \
                and str(unit or "").endswith(_SIZE_UNITS):
            # "引进10亿元以上项目24个", "500万元以上固定资产投资完成39.73亿元": a size class of what
            # follows is neither a goal nor a result, nor of a period (wr2026-shanghai gold: 10亿元以上
            # 重大产业项目47个); a count or a share with 以上 (新增10个以上平台, 80%以上村卫生室,
            # 1000万以上农村贫困人口) is one
            kind = period = change = None
        if text.startswith("的", m.end) and _PASS_BEFORE.search(text, max(0, m.start - 8), m.start):
            # "产值过1000亿元的企业实现“破零”" (衡阳 2021): a size class of the noun after, with no count
            kind = period = change = None
        listed_share = prev is not None and prev.attrs.get("indicator") == "比例" \
            and re.fullmatch(r"[、和][^，,；;。\d]{0,12}", text[prev.end : m.start]) is not None
        if unit == "%" and _BY_SHARE.match(text, m.end) \
                and (listed_share or _BY_WHOM.search(text, max(s_start, m.start - _PHRASE_MAX), m.start)):
            # "由长护险基金按90%的比例支付", "按机构护理75%、居家护理90%的比例支付": the share a rule sets
            # is of 比例; who pays and for what are no name of it (gz-33 gold)
            indicator, change = "比例", "level"
        label = _rate_label(text, s_start, m.start) if str(unit or "").endswith("元") else None
        if label and label.end() <= m.start:
            # "补贴标准：一等奖20万元，二等奖15万元": a guide's amounts under their label are of the
            # label (gz-17, gz-19 gold: 补贴标准)
            indicator = label.group(1)
        if policy and (not indicator or _WHOM_ONLY.fullmatch(indicator) or not _MEASURE_HEAD.search(indicator)) \
                and (item := _item_label(text, m.start)) and _LABEL_UNIT[item[-2:]](str(unit or "")):
            # "2.个人缴费费率：（2）满35周岁至未满45周岁参保人员为0.02%", "三、租赁费用及期限 富力大厦32.5元/平方米
            # /月": the items of a rule's list name whom or where; the label they are listed under is what
            # is measured (gz-33, gz-13 gold)
            indicator = item
        raw = _without_by(indicator)
        indicator = _without_own(_as_measured(raw, national), own)
        if indicator and "的" in indicator[2:]:
            indicator = _with_clause_verb(text, indicator, s_start, m.start)
        if indicator in _cues().object_verbs:
            # "出台…10项民生政策，惠及251.6万人" (新疆 2026, probe ind40): a verb whose object the
            # number is names nothing measured (guide: null where nothing is named)
            indicator = None
        if indicator and (per_unit := _PER_SCOPE.match(indicator)):
            # "每家企业该项奖励": a per-unit scope and a word of reference after it
            while (more := _PER_SCOPE.match(indicator, per_unit.end())) and more.end() > per_unit.end():
                per_unit = more
            # "每新增一户一次性奖励每人1000元", "每个企业最高不超过20万元" (probe ind37, 白水 2017, 长丰): the
            # unit a grant is per is no part of what is measured; alone it names nothing
            indicator = indicator[per_unit.end():] or None
            if indicator is None and not read.changes:
                change = None
        if indicator and (grant := _GRANT_TO.fullmatch(indicator)):
            # "奖励企业领导班子10万元": the grant and whom it goes to; the grant is measured (probe ind43)
            indicator = grant.group(1)
        if indicator and unit == "%" and (after := _GRANT_AT_SHARE.match(text, m.end)) \
                and _SHARE_PAID_BY.search(text, max(s_start, m.start - 24), m.start):
            # "按增加额的10%奖励企业领导班子", "给予参展企业展位费80%、30%的补助": a share of a base a
            # grant is paid at measures the grant, not the base (dev gz-19 gold: 按实际利率的50%给予财政贴息
            # → 财政贴息; probe ind43)
            indicator = after.group(1)
        elif unit == "%" and (paid_at := _PAID_AT_RATE.match(text, m.end)) \
                and _SHARE_PAID_BY.search(text, max(s_start, m.start - 24), m.start):
            indicator = paid_at.group(1)
        if indicator and prev is not None and text.startswith(indicator, prev.end) \
                and (paid := re.search(_GRANT_WORDS + "$", indicator)) and paid.start() > 0:
            # "按照每新增1亿元工业产值奖励10万元的标准": after the step a grant is per, the grant is measured
            # (the step's noun belongs to the step; probe ind43)
            indicator = paid.group(0)
        if (_RAISED_BY.search(text, max(s_start, m.start - 12), m.start)
                and (raised := _RAISED_WHAT.match(text, m.end))):
            # "按月人均增加267元提高了2015年企业退休人员基本养老金待遇水平", "按每人每月增加15元将全省城乡
            # 居民基本养老保险基础养老金标准提高至…": the step a standard is raised by measures the standard
            # the clause names after it (probe ind59n)
            indicator = raised.group(1) or raised.group(2)
        if indicator in _NO_NAME:
            indicator = None
        if indicator and (per_head := _PER_HEAD_LEAD.match(indicator)) and len(indicator) - per_head.end() >= 2:
            indicator = indicator[per_head.end():]  # "达到每生每年补助800元": the unit it is per opens no name (probe ind59n)
        if indicator and (per_tail := _PER_TAIL.search(indicator)):
            indicator = indicator[: per_tail.start()]
        if change == "level" and unit == "%" and indicator and _PRICE_INDEX.search(indicator) \
                and (m.attrs.get("value") or 0) < 50:
            # "居民消费价格指数控制在3.5%以内" (五莲 2013, probe ind35): a price index's percent is its rise,
            # as in 居民消费价格指数上涨2%; the link 控制在 bounds it, it sets no level. The index written
            # as a level (居民消费价格总指数为102.6%, the year before = 100) stays one.
            change = "growth"
        if change in (None, "level") and unit == "%" and (rate_after := _RATE_AFTER.match(text, m.end)):
            # "产业营收保持20%以上增长" (dev wr2026-hubeim), "确定4.5%左右的增长目标" (dev wr2026-liaoning, hubei),
            # "经营收入均保持10%以上增长" (山西 2026, probe ind44w): a percent before 增长 / 下降 is the rate of
            # that change, whatever links it (保持, 实现, 确定)
            change = "growth" if rate_after.group(1) == "增长" else "decline"
        if change in (None, "level") and raw and indicator and raw != indicator and raw.endswith(indicator) \
                and _declines_before(raw[: -len(indicator)]):
            # "全年再减少企业税负3500亿元左右" (State Council report 2017): the verb of change taken off
            # the front of what is measured (rule 1) still says how it changes
            change = "decline"
        if indicator:
            # "第二十七条 住房租赁补贴期限为5年" (gz-1m): the article's number opens the clause, no name
            indicator = _ARTICLE.sub("", indicator) or None
        if policy and indicator:
            # "一个年度内享受待遇次数不超过2次": the span a count is within is no part of its name
            indicator = _WITHIN.sub("", indicator)
        if indicator and (topic := _RULE_TOPIC.match(indicator)) is not None \
                and (policy or not indicator.startswith("每", topic.end())):
            # Outside a rule a population before 每年/每月 is part of a statistic's name: 农村居民每年人均可支配
            # 收入, 城乡居民每月最低生活保障标准 (review 20a).
            # "其中职工参保人员每月上门次数不低于12次", "其他人员见习期最长不超过6个月", "本通知有效期1年":
            # whom a rule's figure is for, or the rule itself, opens the clause (gz-33, gz-27 gold:
            # 每月上门次数, 有效期; probe ind38, 宁波 见习期)
            indicator = indicator[topic.end():]
        if change == "level" and (bound_at := _BOUND_BEFORE.search(text, max(s_start, m.start - 16), m.start)) \
                and (policy or (not report and text.endswith(("最高", "最低", "最多", "最少", "最长", "最短"), 0, bound_at.start()))):
            # "每月上门次数不低于12次", "担保费率原则上不超过1%": a rule's bound states no level (guide: level
            # is 达到, 为, 共, 累计; dev policy gold 17 of 20); a page that is no policy by its masthead
            # bounds a rule with a cap word (贷款期限最长不超过3年), a goal without one (城镇新增就业不少于28万人)
            change = None
        if _honoree_count(text, m, near, s_start):
            # "决定授予浪头镇等 12个乡镇优胜乡镇荣誉称号", "钱之云等100名同志被评为…" (pt-208869 gold): a
            # commendation counts the units and people it names, it measures nothing of a period
            indicator = change = kind = period = None
        if _not_a_name(indicator, near, text):
            if indicator.startswith(_PER_STEP):
                change = None  # "每接收1名见习人员": the step a grant is per states no level either
            indicator = None
        m.attrs.update({
            "indicator": indicator,
            "standard_indicator": standard_indicator(indicator, change),
            "change": change,
            "kind": kind,
            "qualifier": qualifier,
            "period": period,
        })
        if prev is not None and _RANGE_DASH.fullmatch(text, prev.end, m.start) and prev.attrs.get("unit") == unit:
            prev.attrs["range"], m.attrs["range"] = "low", "high"
            for key in ("indicator", "standard_indicator", "change", "period"):
                m.attrs[key] = prev.attrs[key]
        if not _per_population(text, m):
            prev = m
    _share_qualifiers(text, metrics)
    _share_periods(text, metrics)
    _share_bounds(text, metrics)


# the verbs of a commendation (表彰, 授予…称号, 评为, 通报表扬, 命名)
_HONOURS = re.compile(r"表彰|表扬|授予|评为|命名|予以奖励")
_COUNT_UNITS = frozenset("个名人位家所项")


# "完成集体产权制度改革的村达93.7%" (安徽 2020, probe ind49w), "组建城市合作银行的大中城市，由35个增加到100个"
# (dev sc-report-1997 gold): the verb opening a 的 clause is the clause's own, telling which things are
# measured, when a link (达, 为, 由) and not the verb leads to the number; a verb of a count (新增, 累计)
# still counts what follows it (dev wr2026-jiangxim gold: 新增年销售收入超亿元的…龙头企业100家)
_LINK_TO_NUMBER = re.compile(r"[，,]?(?:均|已|分别)?(?:达到|达|为|占|由|是|超过|突破|提高到|增至)")
_CLAUSE_VERB_BEFORE = re.compile(r"(?:^|(?<=[，,；;。：:、\n]))([\u4e00-\u9fff]{2})$")


def _with_clause_verb(text: str, indicator: str, s_start: int, start: int) -> str:
    """``indicator`` with the verb of doing opening its 的 clause put back (guide v2.1, rule 1 is of verbs
    next to the measured noun, not inside a clause modifying it), when the clause opens after a break
    and a link stands between the name and the number; else ``indicator``."""
    k = text.rfind(indicator, s_start, start)
    if k < 0 or not _LINK_TO_NUMBER.fullmatch(text, k + len(indicator), start):
        return indicator
    verb = _CLAUSE_VERB_BEFORE.search(text, max(s_start, k - 3), k)
    if not verb or verb.group(1).startswith(("新", "累", "净", "共")) or indicator.startswith("的") \
            or _verb_at_start(verb.group(1) + indicator) != 2:
        return indicator
    return verb.group(1) + indicator


def _honoree_count(text: str, m: Mention, near: list[Mention], s_start: int) -> bool:
    """Whether ``m`` counts the honourees a commendation names before 等 ("海安镇人民政府等24个",
    "郭天彬等71人"), in a sentence that commends."""
    if text[m.end - 1 : m.end] not in _COUNT_UNITS:
        return False
    j = m.start
    while j > s_start and text[j - 1] in " \u3000":
        j -= 1
    if text[j - 1 : j] != "等":
        return False
    if not any(o.end == j - 1 and o.label in ("PERSON", "LOC", "DEPT", "ORG") for o in near):
        return False
    s_end = _sentence_bounds(text, m.start)[1]
    return _HONOURS.search(text, s_start, s_end) is not None


def _share_bounds(text: str, metrics: list[Mention]) -> None:
    """"处1万元以上10万元以下的罚款", "处虚报注册资本金额5%以上15%以下的罚款": both bounds measure
    the noun after the upper one (annotator notes R2-A)."""
    for a, b in zip(metrics, metrics[1:]):
        if text[a.end : b.start] == "以上" and re.match(r"(?:以下|以内)的", text[b.end : b.end + 3]) \
                and a.attrs.get("unit") == b.attrs.get("unit") and b.attrs.get("indicator"):
            for key in ("indicator", "standard_indicator", "change"):
                a.attrs[key] = b.attrs.get(key)


# a goal a policy sets: 到2025年, 至1998年达到, 力争, 确保…达到, 目标是, 计划
# (计划 closing a cited title, 《…三年行动计划(2023-2025年)》, sets no goal of its own: probe ind37, 上海 2023 digest)
_GOAL = re.compile(r"(?:到|至)\s*(?:19|20)\d\d\s*年|力争|争取(?=建成|达到|新增|培育|引进|创建|实现)|确保|目标(?:是|为|：|:)|计划(?!单列|外|内|》|[(（]\d)|未来五年|今后五年")
# a rule's wording: a value it sets or bounds is no result, whatever year it names
# a plan's sentence that names the year under review ("2024年将…") is no result
_WILL = re.compile(r"将|要|拟|计划|预期|目标")
_EXPECTED = re.compile(r"预期|(?<!主)要(?!求)|拟|力争|争取|计划(?!单列|外|内)")
# (not the 应 of 供应链, 适应, 响应: "产业链供应链自主可控能力持续提高" is no rule, probe ind37)
_RULE = re.compile(r"应当|(?<![供适响对反相效])应|须|不得|可以|按|为基数|基数为")


# a deadline a goal is set by: 到2025年, 至2030年, 2025年年底前, 2020年底前
_DEADLINE = re.compile(r"(?:到|至)\s*(?:19|20)\d\d\s*年|(?:19|20)\d\d\s*年(?:年)?(?:底|末)前")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[、.．]|[（(][\d一二三四五六七八九十]{1,3}[）)]|——|[一二三四五六七八九十]{1,3}是)")


def _goal_year(text: str, date: Mention) -> str:
    """The period a goal's date gives: its value, but the year of a deadline at a year's end
    (2025年年底前 → 2025; the DATE's own value stays 2025-12)."""
    value = str(date.attrs.get("value"))
    if re.fullmatch(r"\d{4}/\d{4}", value) and re.match(r"[”\"]?(?:时期|期)?末", text[date.end : date.end + 4]):
        return value[5:]  # "到“十四五”期末", "“十三五”末": the plan's last year
    if re.fullmatch(r"\d{4}-12", value) and (text[date.start : date.end].endswith("前") or text.startswith("前", date.end)):
        return value[:4]
    return value


def _list_intro(text: str, para: int) -> str | None:
    """The line that opens the list a paragraph is an item of (it ends with a colon), or None."""
    if not _LIST_ITEM.match(text, para):
        return None
    end = para
    for _ in range(30):  # up the items to the line before the first one
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end].rstrip()
        if not line:
            end = start
            continue
        if not _LIST_ITEM.match(text, start):
            return line if line.endswith(("：", ":")) else None
        end = start
    return None


_HEADING_LINE = re.compile(r"[^，,；;\n]{2,40}")
_HEADING_GOAL = re.compile(r"目标(?!任务)")
_HEADING_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def _goal_heading(text: str, para: int) -> tuple[bool, str | None, bool]:
    """Whether the nearest heading above paragraph ``para`` is one of goals ("一、主要目标", "（一）总体要求和
    主要预期目标。"), and the year of the nearest heading or title line that names one ("咸阳市2023年国民经济
    和社会发展计划", "2018年民生基础设施补短板实施方案"): a plan's goals listed under it are of that year
    (probe polind27: 三明, 咸阳, 广东, 国发〔2020〕6号). A heading is a short line with no comma, or a
    numbered run-in heading ("（二）发展目标。到2025年，…"). Under a goal heading, the deadline opening its
    first paragraph ("二、发展目标" / "到2020年，全市…" / "——创新能力显著增强。…达到2.5%") dates the items
    below it (probe ind31: 包头 2017, 新乡 2023). The third value: whether the line naming that year titles
    a plan of the year ("内蒙古自治区2023年…政策清单", probe ind32)."""
    goal, year, first, end, plan = False, None, True, para, False
    deadline = None
    lines = 0
    for _ in range(40):
        if end <= 0 or (year and not first) or lines >= 6:
            break
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end].strip()
        end = start
        if not line:
            continue
        if _LABEL_LINE.match(line) or (_LIST_ITEM.match(line) and _FIGURE.search(line)):
            # "牵头单位：省财政厅" under each numbered target, and the targets above it ("1.地区生产总值增长5.5%左右。"),
            # are body lines of the list, no heading (probe ind32: 辽政发〔2024〕3号)
            continue
        lines += 1
        run_in = None if _HEADING_LINE.fullmatch(line) else _RUN_IN_HEADING.match(line)
        if run_in is None and not _HEADING_LINE.fullmatch(line):
            if first and (d := _DEADLINE_OPENING.match(line)):
                deadline = d.group(1)  # the nearest paragraph under the heading that opens with one
            continue
        head = run_in.group(1) if run_in else line
        if first:
            goal, first = _HEADING_GOAL.search(head) is not None, False
            if goal and run_in and (d := _DEADLINE_OPENING.match(line, run_in.end())):
                deadline = d.group(1)
        if year is None and (y := _HEADING_YEAR.search(head)):
            year, plan = y.group(1), _PLAN_TITLE.search(head, y.end()) is not None
    return goal, (deadline or year) if goal else year, plan


_LABEL_LINE = re.compile(r"(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门|领导)[：:]\s*\S")
_FIGURE = re.compile(r"\d(?:%|％|\s*(?:万|亿|千|百)?(?:元|个|家|人|项|公里|吨|亩|户))")
# "实施珠三角规划纲要2014年重点工作任务" (粤 2014, 2015): a year's task list is a plan of the year
# "2025年省《政府工作报告》重点工作分工方案", "…目标任务分解": a year's report divided into tasks is its plan
_PLAN_TITLE = re.compile(r"(?:政策清单|工作要点|行动计划|实施方案|工作方案|计划|工作任务(?:清单)?|分工方案|任务分解|责任分解(?:方案)?)$")
# A task division of a work report (重点工作分工方案, 目标任务分解) names the report in its title line but
# is a policy document: its targets are set by it, no review or plan sections of its own (probe ind39)
_TASK_DIVISION = re.compile(r"(?:^|\n)[^\n，,。]{0,40}(?:工作报告|报告》)[^\n，,。]{0,16}(?:分工方案|任务分解|责任分解(?:方案)?)(?:的通知)?\s*(?:\n|$)")
_RUN_IN_HEADING = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])"
                             r"\s*([^，,。；;：:\n]{2,12})[。：:]")
_DEADLINE_OPENING = re.compile(r"\s*(?:到|至)\s*((?:19|20)\d\d)\s*年")


# A statistics bureau's own text: its masthead line, a communiqué's name, or its release cited at the
# opening ("国家统计局日前发布的数据显示", "统计局：2022年城镇化率达65.22%").
_STATISTICS = re.compile(r"统计公报|统计局[^，,。\n]{0,12}(?:发布|数据显示|公报)|统计局[：:]|(?:^|\n)\s*(?:中华人民共和国)?国家统计局\s*(?:\n|$)")
_COMMUNIQUE_TITLE = re.compile(r"[^，,。；;\n]{0,40}(?:19|20)\d\d\s*年[^，,。；;\n]{0,30}统计公报\s*(?:[\[［【]\d+[\]］】])?\s*")
_COMMUNIQUE_FIRST_PART = re.compile(r"(?:^|\n)[ \u3000]*一[ \u3000]*[、.．][ \u3000]*综[ \u3000]*合[ \u3000]*\n")
_COMMUNIQUE_ESTIMATE = re.compile(r"(?:据|经)?初步(?:测算|核算|统计)[，,][^，,。；;\n]{0,10}?((?:19|20)\d\d)\s*年")
_STAT_GOAL_AFTER = re.compile(r"(?:左右|以上|以内)?的(?:预期)?目标")
_TWO_YEARS = re.compile(r"两年平均(?:实际)?(?:增长|下降)$")
_WHOLE_YEAR = re.compile(r"全年|当年|本年|年初")
_YEAR_END = re.compile(r"年末|年底")


def _statistics_year(text: str, meta: dict[str, Any], others: list[Mention]) -> int | None:
    """The year a statistics bureau's communiqué or release reports on (its first dated period:
    "关于1990年…的统计公报", "前三季度…"), or None if the text is no such release."""
    if _years(meta)[1] or meta.get("docno"):
        return None
    # a communiqué's own title line names it even where no bureau is named on the page ("2021年宿州市
    # 国民经济和社会发展统计公报": probe ind31, 宿州 and 通化 2021, whose issuer meta reads from the preamble)
    first = text.lstrip()[:80].split("\n", 1)[0]
    body = _COMMUNIQUE_FIRST_PART.search(text, 0, 1500)
    prelim = _COMMUNIQUE_ESTIMATE.search(text, body.end(), body.end() + 300) if body else None
    if prelim:
        # a communiqué's body reposted without its title line still has its first part, "一、综合", and that
        # part's preliminary estimate of the year ("一、综合\n初步测算,2015年全县地区生产总值…": 丹寨县 2015 and
        # 玉环市 2019 统计公报, probe ind53p): the year estimated is the one reported on
        return int(prelim.group(1))
    if not _COMMUNIQUE_TITLE.fullmatch(first) and not (
            str(meta.get("issuer") or "").endswith("统计局") and _STATISTICS.search(text, 0, 400)):
        return None
    for o in others:
        value = str(o.attrs.get("value") or "") if o.label == "DATE" else ""
        if re.fullmatch(r"\d{4}(?:/\d{4}|-\d\d/\d{4}-\d\d|-\d\d)?", value):
            return int(value[:4])
    return None


def _statistics_kind_period(text: str, para: int, s_start: int, m: Mention, in_para: list[Mention],
                            year: int) -> tuple[str, str | None]:
    """Kind and period of a figure in a statistics release: a result (a target only where the figure
    is called one: "超过年初确定的7.5%的预期目标"), of the last period named in its own clause, else
    opening a clause of its paragraph (前三季度，…; 年末全国人口…), else of the release's year; a
    two-year average (两年平均增长5.1%) is of that year and the one before."""
    kind = "target" if _STAT_GOAL_AFTER.match(text, m.end) else "actual"
    clause_at = _clause_start(text, m.start, max(s_start, m.start - _PHRASE_MAX))

    def value_of(o: Mention) -> str | None:
        value = str(o.attrs.get("value") or "")
        words = text[o.start : o.end]
        if words == "年初" and value:
            value = value[:4]  # a goal set at the year's start is the year's goal (超过年初确定的7.5%的预期目标)
        if not value:
            return f"{year}-12" if _YEAR_END.fullmatch(words) else str(year) if _WHOLE_YEAR.fullmatch(words) else None
        if re.fullmatch(r"\d{4}(?:/\d{4}|-\d\d/\d{4}-\d\d|-\d\d)?", value) and not text.startswith("以来", o.end):
            return value
        return None

    own = opener = None
    for o in in_para:
        if o.label != "DATE" or o.end > m.start or (value := value_of(o)) is None:
            continue
        if _BASE_BEFORE.search(text, max(0, o.start - 3), o.start) or text[o.start - 1 : o.start] in ("与", "和", "同"):
            continue  # "比上年末减少85万人", "增速与上半年持平": the base dates nothing
        if o.start >= clause_at:
            own = value
        elif o.start == para or text[o.start - 1] in "，,；;：:。\n":
            # an earlier sentence's date holds only where it opens that sentence's figures ("初步核算，
            # 前三季度国内生产总值…"), not in a list of them ("一季度…6.7%，二季度…，三季度增长6.7%")
            # nor in a breakdown by period ("分季度看，一季度同比增长6.7%")
            sentence_at = max(para, max(text.rfind(c, para, o.start) for c in "。；;！？!?\n") + 1)
            breakdown = (v := _VIEWPOINT.match(text, sentence_at)) is not None and text[v.end() : v.end() + 1] in "，,"
            if o.start >= s_start or not (breakdown or re.search(r"[\d０-９]", text[sentence_at : o.start])):
                opener = value
    period = own or opener or str(year)
    if _TWO_YEARS.search(text, max(clause_at, m.start - 8), m.start) and re.fullmatch(r"\d{4}", period):
        period = f"{int(period) - 1}/{period}"
    return kind, period


_GOAL_LIST = re.compile(r"目标(?:是|为)?[：:][^。！？!?\n]*$")
_SET_TO = re.compile(r"将[^。；;！？\n]{1,120}?(?:稳定在|控制在|压缩(?:至|到)|降(?:至|到|低至|低到)|提高(?:至|到)|提升(?:至|到))"
                     r"(?:分别)?(?:[\d.]+[、，,])*$")
_PLAN_SPAN = re.compile(r"((?:19|20)\d\d)/((?:19|20)\d\d)")
_CLAUSE_OPEN = re.compile(r"(?:[，,；;：:\n]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])\s*[“\"]?$")


# "完善“十三五”规划项目库" (官渡区 2016 稳增长政策措施, probe ind57p): a plan's period naming the plan (its
# 项目库, its 目标) dates no goal of the paragraph
_PLAN_NAMED = re.compile(r"[”\"’]?(?:规划|计划)")


def _policy_kind(text: str, para: int, s_start: int, start: int, in_para: list[Mention],
                 ref_year: int | None) -> tuple[str | None, str | None]:
    """Kind and period of a number in a policy document: a goal its sentence or its paragraph's
    opening sets (到2025年…达到, 力争, 确保…达到 → target, period the goal's date when written; a
    year after the document's: 1998年达到2000人); a result its sentence or clause opens with a
    year before the document's (1995年我国共发生5级以上地震48次 → actual 1995); else a rule's value
    (标准为每人每月1309元), a threshold or a standing fact: null, null; ``para``: its paragraph's start."""
    # the words that make a goal or a rule are read within the window the paragraph's dates are
    # (a 、 list of thousands of numbers in one sentence stays linear)
    reach = max(s_start, start - _WINDOW)
    dates = [o for o in in_para if o.label == "DATE" and o.start >= para and o.end <= start
             and _YEAR_VALUE.match(str(o.attrs.get("value") or ""))
             and not _BASE_BEFORE.search(text, max(0, o.start - 3), o.start)
             and not _PLAN_NAMED.match(text, o.end)]
    in_sentence = [o for o in dates if o.start >= s_start]
    year = lambda o: int(str(o.attrs["value"])[:4])  # noqa: E731
    heading_goal, heading_year, plan_title = _goal_heading(text, para)
    # "（一）推进粮油等重要农作物生产。确保…": a run-in heading before the paragraph's opening (probe ind32)
    lead = _RUN_IN_HEADING.match(text, para)
    opening = lead.end() if lead and lead.end() < start else para
    # "全市经济社会发展主要预期目标是：地区生产总值增长7%左右；规模以上工业增加值增长9%左右；…" (十堰 2025 计划,
    # probe ind53p): the goals an intro opens run through its ；-list to the sentence's end
    goal_list = _GOAL_LIST.search(text, max(para, start - _WINDOW), start) is not None
    if _GOAL.search(text, reach, start) or _GOAL.search(text[opening : min(opening + 16, start)]) or heading_goal \
            or goal_list:
        return "target", (_goal_year(text, dates[-1]) if dates else heading_year or _dash_goal(text, para)
                          or _issued_plan_year(text, ref_year))
    if ref_year and in_sentence and year(in_sentence[-1]) > ref_year:
        return "target", str(in_sentence[-1].attrs["value"])
    if ref_year and in_sentence and in_sentence[0].start == s_start and str(in_sentence[0].attrs["value"]) == str(ref_year) \
            and len(in_sentence) == 1 and not _RULE.search(text, reach, start):
        # "2023年政府专项债储备额度45亿元以上，年度专项债资金使用完成率实现100%" (杭州滨江区 2023年4月 若干政策,
        # probe ind56p): a sentence of a policy opening with the year it is issued in sets that year's figures
        return "target", str(ref_year)
    # (a later year alone is not enough: "1998年达到2000人的规模。…确定在…等16个省（市）扩大…", sc19-52)
    plan = next((o for o in reversed(in_sentence) if _PLAN_SPAN.fullmatch(str(o.attrs["value"]))
                 and (o.start == s_start or _CLAUSE_OPEN.search(text, max(0, o.start - 6), o.start))), None)
    if plan is not None and (not ref_year or int(str(plan.attrs["value"])[5:]) >= ref_year):
        # "“十四五”时期完成506公里农村公路" (禹州 2021, probe ind47p), "（二）“九五”期间，固定资产投资规模每年仍按
        # 10亿元安排" (sc19-42 gold): a clause opening with a plan's five years that have not ended when the
        # policy is issued sets that plan's goals
        return "target", str(plan.attrs["value"])
    if dates and not _RULE.search(text, reach, start) and _DEADLINE.search(text, max(para, start - _WINDOW), start):
        # a goal's date earlier in the paragraph holds for its later sentences ("到2025年年底前，…普及率达到94%；
        # 实现…比例达到100%", a 实施方案's numbered task): the last date before the number
        return "target", _goal_year(text, dates[-1])
    dash_year = _dash_goal(text, para)
    if dash_year and not _RULE.search(text, reach, start):
        # "到2025年，…工业增加值超过1.3万亿元。\n——高端制造引领功能大幅提升。…比重达45%" (probe ind37, 上海
        # 2023 digest of a 行动计划): the dashed lines under a goal paragraph are more of its goals
        return "target", dash_year
    intro = _list_intro(text, para)
    if intro is not None and _GOAL.search(intro):
        # the items of a list under a goal line ("到2020年将实现：" / "1、…千人床位数达到4.3张")
        goal_years = re.findall(r"(?:19|20)\d\d(?=\s*年)", intro)
        return "target", (goal_years[-1] if goal_years else None)
    past = [o for o in in_sentence if ref_year and year(o) < ref_year and not text.startswith("以来", o.end)
            and (o.start == s_start or text[o.start - 1] in "，,；;：:\n"
                 or text[max(s_start, o.start - 2) : o.start] in ("其中", "截至", "截止"))
            and not _RULE.search(text, o.end, start)]
    if past:
        return "actual", str(past[-1].attrs["value"])
    # dates of the plan's own year (7月底前, 年底前 in a 2014 task list) leave an item undated
    if plan_title and heading_year and all(year(o) == int(heading_year) for o in dates) \
            and not _RULE.search(text, reach, start) \
            and (not ref_year or int(heading_year) >= ref_year):
        # "内蒙古自治区2023年…政策清单" / "1.…安排110亿元农业生产发展等资金": an undated item of a plan for
        # the year its title names is planned for that year (probe ind32)
        return "target", heading_year
    issued = _issued_plan_year(text, ref_year)
    if issued and not dates and not _RULE.search(text, reach, start):
        # "浙江省人民政府印发《关于下达2025年浙江省国民经济和社会发展计划的通知》。…安排省级财政资金1042.8亿元"
        # (probe ind37, a 2025 digest): a page on a year's plan issued sets that year's goals
        return "target", issued
    if _SET_TO.search(text, max(s_start, start - 160), start):
        # "将雄安新区蓝绿空间占比稳定在70%" (sc19-14 gold), "引导合作机构逐步将平均担保费率降至1%以下" (sc19-2),
        # "将…等6类工程项目的审批时间分别压缩至70、40、30、30、40、35个工作日" (湖北 2021, probe ind47p): a
        # policy that brings a measure to a level sets a goal
        return "target", None
    return None, None


# "印发《关于下达2025年浙江省国民经济和社会发展计划的通知》", "出台《2024年…工作要点》": a year's plan issued,
# named in a page's opening
_ISSUED_PLAN = re.compile(r"(?:印发|下达|出台|发布)(?:了)?《[^《》]{0,30}?((?:19|20)\d\d)\s*年[^《》]{0,40}?"
                          r"(?:国民经济和社会发展计划|工作要点|实施方案|行动方案|工作方案|政策清单)[^《》]{0,6}》")


def _issued_plan_year(text: str, ref_year: int | None) -> str | None:
    """The year of a plan for one year that the page's opening reports issued (not one already past)."""
    m = _ISSUED_PLAN.search(text, 0, 300)
    if m is None or (ref_year and int(m.group(1)) < ref_year):
        return None
    return m.group(1)


_DASH_ITEM = re.compile(r"\s*——")
_DEADLINE_YEAR = re.compile(r"(?:到|至)\s*((?:19|20)\d\d)\s*年")


def _dash_goal(text: str, para: int) -> str | None:
    """The goal year of the paragraph a run of dashed lines ("——…") hangs under: the year of the
    deadline (到2025年) in the nearest paragraph before the run that is no dashed line, else None."""
    if not _DASH_ITEM.match(text, para):
        return None
    end = para
    for _ in range(12):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start:end]
        end = start
        if not line.strip() or _DASH_ITEM.match(line):
            continue
        deadline = _DEADLINE_YEAR.search(line)
        return deadline.group(1) if deadline else None
    return None


def _outside_note(text: str, metrics: list[Mention], mi: int, s_start: int) -> Mention:
    """The number before ``metrics[mi]`` whose indicator it takes: the last one before a bracketed
    note that closed in between ("…标准为职工参保人员每人每天120元（其中床位费不高于每人每天35元），
    居民参保人员每人每天60元": 60元 is of the 标准, not of the 床位费), else the one right before."""
    prev = metrics[mi - 1]
    close = max(text.rfind("）", prev.end, metrics[mi].start), text.rfind(")", prev.end, metrics[mi].start))
    if close < 0:
        return prev
    opened = max(text.rfind("（", s_start, prev.start), text.rfind("(", s_start, prev.start))
    if opened < 0 or text.find("）", opened, prev.start) >= 0 or text.find(")", opened, prev.start) >= 0:
        return prev
    outer = [x for x in metrics[:mi - 1] if s_start <= x.start and x.end <= opened]
    return outer[-1] if outer else prev


def _raised_count(text: str, m: Mention, read: _Read) -> bool:
    """Whether 提升 right before a count (提升40所普通高中办学能力) is a verb whose object the noun
    after the count is, not a rise of the phrase before (增加5000个招生计划 adds, and stays growth)."""
    return bool(_COUNT_WORD.search(text, m.start, m.end)) and not read.compare and not read.distribute \
        and read.changes[:1] == ["growth"] and text[max(0, m.start - 2) : m.start] == "提升" \
        and not text[m.end : m.end + 2].startswith(("以上", "左右", "、"))


# A change right after a count of years (5年增长18.7%, 3年翻一番).
_CHANGE_AFTER = re.compile(r"(?:累计|年均|共)?(?:增长|提高|提升|下降|降低|减少|增加|翻)")


_DONE_FOR_GAP = re.compile(r"[\u4e00-\u9fff]{0,3}")
# Words that open the doing: the clause's modal (应当已…), and a join of conditions, of which the least time
# is the last one's ("取得中级以上职称并从事本专业工作3年以上"). Words, not characters: 应急, 供应, 合并 hold none.
_DONE_FOR_OPENERS = frozenset({"应当", "应该", "必须", "应", "须", "已经", "已", "并", "并且", "且"})


def _done_for(text: str, phrase: str, s_start: int, start: int) -> str | None:
    """What a least time (N个月以上) is of: the doing written right before it, with a verb that the
    reading left out (失能状态持续6个月以上) and without 满, the clause's modal (应当已…) or the conditions
    joined before it (取得中级职称并|从事本专业工作3年以上)."""
    k = text.rfind(phrase, s_start, start)
    if k < 0 or not _DONE_FOR_GAP.fullmatch(text, k + len(phrase), start):
        return None
    words = _cut(text[k:start])
    opened = max((i + 1 for i, w in enumerate(words) if w in _DONE_FOR_OPENERS), default=0)
    done = "".join(words[opened:]).removesuffix("满")
    return done if len(done) >= 2 else None


def _streak_of(text: str, m: Mention, indicator: str | None, prev: Mention | None, s_start: int) -> str | None:
    """The indicator of a streak's length (连续24个月, 连续9年): the figure the streak is of, named
    before it (粮食总产量连续9年, 耕地面积连续4年) or by the number before it in the sentence
    (高技术制造业增加值增长30.4%、连续24个月保持两位数增长), as most dev annotators write it (F, R2-F,
    R2-H; G leaves it null). Other durations measure nothing named: null."""
    if not text[max(s_start, m.start - 3) : m.start].endswith("连续"):
        return None
    if indicator:
        return indicator
    if prev is not None and re.fullmatch(r"[、，,]?(?:已)?连续", text[prev.end : m.start]):
        return prev.attrs.get("indicator")
    return None


def _with_verb_list(text: str, phrase: str, start: int, floor: int) -> str:
    """"制定、修改、废止省政府规章72部", "新建、改建、扩建农村寄宿制学校2400多所": verbs listed
    with 、 before the phrase govern it together; the phrase is written with all of them, as a
    verb joined by 和 stays (建设和改造城镇地下管网). Unchanged unless every listed item is a verb."""
    if not phrase or text[start - 1 : start] != "、" or not _acts(phrase):
        return phrase
    k = start - 1  # the 、 before the phrase
    items = []
    while True:
        j = k
        while j > floor and text[j - 1] not in _CLAUSE_BREAK:
            j -= 1
        item = text[j:k]
        if not (1 <= len(item) <= 3 and (function_word_tags().get(item) == "v" or item in ("新建", "新设"))):
            return phrase
        items.append(item)
        if j <= floor or text[j - 1] != "、":
            break
        k = j - 1
    return "、".join(reversed(items)) + "、" + phrase


def _with_body(text: str, phrase: str, start: int, kind: str | None, body_start: int) -> str:
    """"全国政协提案5件", "省人大代表建议292件": a body and what it submits make one noun; the
    body stays in the indicator (the words are the cue file's ``body_noun`` rows)."""
    if kind in ("DEPT", "ORG") and phrase in _cues().body_nouns and 0 <= body_start < start \
            and text[start - 1 : start] not in _CLAUSE_BREAK:
        return text[body_start:start] + phrase
    return phrase


# a size class in figures closing the phrase before a count (5000万元以上|重大项目160个)
# what closes a figure (or a list of figures) that bounds a scope: its bound word and 的 ("500万元及以下的",
# "100亿元、500亿元、1000亿元的")
_SCOPE_AFTER = re.compile(r"(?:[及或]?(?:以上|以下|以内))?(?:[、和至到～~\-—](?:[\d.]+[十百千万亿]{0,2}[^\d\s、，,。；;的和]{0,3})"
                          r"(?:[及或]?(?:以上|以下))?)*的"
                          # "按照每月1000元的标准", "达到2000人的规模", "每月2000元的扣除额度": 的 opens what the
                          # figure measures (sc19-32, sc19-52, gz-19 gold: level), not whom it selects
                          r"(?![^，,。；;\d]{0,4}(?:标准|规模|水平|比例|比重|额度|幅度|限额|增量|速度))")
_SIZE_BOUND = re.compile(r"(?<![\d.])\d+(?:\.\d+)?[万亿]?元(?:及)?以上$")
# 2022-2023 revenue figures "扣除留抵退税因素（后）增长X%", "剔除…因素": an adjustment, not a name
_ADJUSTED_FOR = re.compile(r"(?:扣除|剔除|扣减|考虑)[^，。；、]{1,12}因素(?:后)?")


_CLASS_LINK = re.compile(r"(?:达到|达|为|有|超过|突破)?")


def _classed_count(text: str, prev: Mention, m: Mention, indicator: str) -> str | None:
    """The counted noun with the size class before it when ``indicator`` directly follows the amount
    ``prev`` (过100亿元|龙头企业达到6家); None where it does not."""
    # "纳税过1亿元的企业达30家" (衡阳 2021): 的 may join the class to the noun
    gap = "的" if text.startswith("的", prev.end) else ""
    if not _COUNT_WORD.search(text, m.start, m.end) or not str(prev.attrs.get("unit") or "").endswith("元") \
            or not text.startswith(indicator, prev.end + len(gap)):
        return None
    link = _CLASS_LINK.match(text, prev.end + len(gap) + len(indicator))
    if link.end() != m.start:
        return None
    start = prev.start
    named = re.sub(r"(?:超过|过|超)$", "", prev.attrs.get("indicator") or "")
    if named and named != indicator:  # the class's own noun after it is the counted one
        k = text.rfind(named, max(0, prev.start - len(named) - 2), prev.start)
        if k < 0 or text[k + len(named) : prev.start] not in ("过", "超", "超过"):
            return None  # "投资10亿元项目达到…": the amount has a name of its own, no class
        start = k
    return text[start : prev.end + len(gap)] + indicator


def _verbs_after_joint(text: str, prev: Mention, m: Mention) -> bool:
    """Whether only 、 and verbs stand between ``prev`` and ``m`` (新开工110个、竣工投产60个)."""
    between = text[prev.end : m.start]
    if not between.startswith("、"):
        return False
    verbs = between[1:].strip()
    cues = _cues()
    if verbs.startswith(cues.verb_names):
        # "完成产业类投资553.1亿元、研发投入133.5亿元" (甘肃 2026, probe ind51w): a name that opens with a
        # verb (研发投入, 研发经费) is the next item's own name, no verb shared with the item before
        return False
    # govie's own verbs of doing only: jieba calls 出口, 受理, 颁发 verbs too, and those name what is
    # measured (出口增长53.6%) or a different count (咨询4844人次、受理558件)
    return bool(verbs) and (verbs in cues.verb_tails or all(w in cues.verb_tails or w in cues.verbs_out
                                                              for w in _cut(verbs)))


def _same_list(text: str, prev: Mention | None, m: Mention, read: _Read) -> bool:
    """Whether ``m`` is the next item of a list the verb before ``prev`` governs
    (改造棚户区16.72万套、城镇老旧小区6594个; 分别增长544.4%、199.2%): joined by 、/和 right after
    ``prev``, with no change word or total of its own."""
    if prev is None or read.changes:
        return False
    between = text[prev.end : m.start]
    joint = re.match(r"(?:以上|左右|多|余)?[、和及]", between)
    # bare numbers (分别增长9.4%、9.1%) share the first one's period in _share_periods
    return bool(joint) and joint.end() < len(between) and not _TOTAL.search(between) and len(between) <= _PHRASE_MAX


# What joins numbers (compiled once: these are asked for every pair of neighbouring numbers).
_JOINED = re.compile(r"(?:以上|左右)?[、和及]")
_JOINER = re.compile(r"[、和及]")
_JOINED_COUNT = re.compile(r"(?:以上|左右|以内)?[、和及与]")


def _share_periods(text: str, metrics: list[Mention]) -> None:
    """"分别增长544.4%、199.2%、110.9%": numbers joined by 、/和 alone are of the first one's period."""
    first: Mention | None = None
    for a, b in zip(metrics, metrics[1:]):
        if _JOINED.fullmatch(text, a.end, b.start) and a.attrs.get("unit") == b.attrs.get("unit"):
            first = first or a
            if first.attrs.get("kind") and b.attrs.get("kind") == first.attrs.get("kind"):
                b.attrs["period"] = first.attrs.get("period")
        else:
            first = None


# a qualifier closing a list item that another number follows: "10%以上、10%以上"
_QUALIFIED_ITEM = re.compile(r"(?:以上|左右|以内|以下)[、和及与]\s*[\d０-９]")


# a rule's floor word written right before its number (per-unit words between)
# a cap before a rule's figure, right before it or bounding a share of a base (不超过总计划的50%). A cap with
# the unit it is per between (不高于每人每天35元: gz-33 gold 以内, sc19-32 不超过: 1 : 1) is left as it was.
_CAP_AS_WRITTEN = re.compile(r"不(超过|高于)(?:[^，,。；;\d每]{2,16}的)?$")
_FLOOR_AS_WRITTEN = re.compile(r"(不少于|不得低于)(?:每(?:人|户|月|年|天|日|次))*$")


def _share_qualifiers(text: str, metrics: list[Mention]) -> None:
    """"分别增长5%、6.5%左右": a qualifier after the last of numbers joined by 、/和 holds for all."""
    group: list[Mention] = []
    for m in metrics + [None]:  # type: ignore[list-item]
        if m is not None and group and _JOINER.fullmatch(text, group[-1].end, m.start) \
                and m.attrs.get("unit") == group[-1].attrs.get("unit"):
            group.append(m)
            continue
        # "分别下降8%、8%、10%以上、10%以上" (节能减排 方案, probe ind52p): where the list writes a
        # qualifier after an earlier number too, each number has its own, and a bare one has none
        if len(group) > 1 and group[-1].attrs.get("qualifier") \
                and not any(_qualifier_after(text, x.end) for x in group[:-1]) \
                and not _QUALIFIED_ITEM.match(text, group[-1].end):
            for x in group[:-1]:
                if not x.attrs.get("qualifier"):
                    x.attrs["qualifier"] = group[-1].attrs["qualifier"]
        group = [m] if m is not None else []


# "分季度看，一季度同比增长6.7%", "从环比看，": the angle a statistics release reads its figures from
_VIEWPOINT = re.compile(r"\s*(?:分|从|按)[\u4e00-\u9fff]{1,8}看\s*")
_DATE_CLAUSE = re.compile(r"\s*(?:[\d０-９]{4}年(?:[\d０-９]{1,2}月)?|去年|今年|过去一年|一年来|五年来)\s*")
# "根据“重庆发布”消息，2019年，重庆地区生产总值…，初步预计全年增长6.3%" (probe ind36): a digest's
# attribution of its figures opens the sentence, not its subject
_SOURCE_CLAUSE = re.compile(r"\s*(?:(?:根据|据)[^，,。；;]{0,16}?(?:消息|报道|统计|测算|核算|数据|了解)"
                            r"|(?:经|据)?初步(?:统计|核算|测算)|[^，,。；;]{0,12}(?:显示|指出|表明))\s*")


def _sentence_subject(text: str, s_start: int, start: int) -> str | None:
    """The noun phrase opening the sentence, up to its first linking word."""
    end = _clause_start(text, start, s_start)
    first = s_start
    while first < min(end, s_start + _PHRASE_MAX) and text[first] not in _CLAUSE_BREAK:
        first += 1
    head = text[s_start:first]
    if (_DATE_CLAUSE.fullmatch(head) or _VIEWPOINT.fullmatch(head) or _SOURCE_CLAUSE.fullmatch(head)) and first < end:
        # "１９８４年，我国工农业总产值突破一万亿元，…比上年增长１４．２％": a year alone opens the
        # sentence; the subject opens the clause after it
        return _sentence_subject(text, first + 1, start)
    cut = len(head)
    for word, _ in _cues().links:
        if len(word) >= 2:
            k = head.find(word)
            if 0 < k < cut:
                cut = k
    digit = re.search(r"\d", head)
    if digit and digit.start() < cut:
        cut = digit.start()
    phrase = _strip_leads(head[:cut])
    return phrase if 2 <= len(phrase) <= 20 else None


_PLANNED = re.compile(r"^(?:明年|今年|本年)?(?:计划|预计)(?=..)")


_TIME_LEAD = re.compile(r"(?:(?:经|据)?(?:初步)?预计)?(?:全年|当年|今年|去年|上年)")


def _clause_subject(text: str, floor: int, start: int) -> str | None:
    """The indicator a number's clause leaves unsaid, named by the clause right before it
    (粮食产量再创新高，达到…): its longest opening that ends like an indicator, if the clause
    holds no number of its own."""
    j = start
    while j > floor and text[j - 1] in " 　":
        j -= 1
    if j <= floor or text[j - 1] not in "，,":
        return None
    k = _clause_start(text, j - 1, max(floor, j - 1 - _PHRASE_MAX))
    if k == floor and k > 0 and text[k - 1] not in _CLAUSE_BREAK:
        # "预计全年地区生产总值迈上万亿元台阶，增长8.8%左右" (成都 2015, probe ind35): the floor is the date
        # 全年 inside the clause; the clause opens before it
        k0 = _clause_start(text, k, max(0, k - 12))
        if _TIME_LEAD.fullmatch(text, k0, k) and (k0 == 0 or text[k0 - 1] in _CLAUSE_BREAK):
            k = k0
    # the clause may open after a year ("1979年农民从集体分得的收入，每人平均达到83.4元")
    if k == j - 1 - _PHRASE_MAX or (k > 0 and text[k - 1] not in _CLAUSE_BREAK and not _YEAR_OPENER.search(text, max(0, k - 6), k)):
        return None
    # "明年计划轻工业产值占工业总产值的比重，": the plan's year and 计划 are no part of the name
    clause = _PLANNED.sub("", _strip_leads(text[k : j - 1]))
    if not clause or re.search(r"[\d０-９]", clause) or "、" in text[k : j - 1]:
        return None
    first = _cut(clause)[0]
    if function_word_tags().get(first) in ("p", "v", "c", "d", "r"):
        return None  # "按可比价格计算，": a condition, not what is measured
    for end in range(min(len(clause), 20), 1, -1):
        if (_HEAD_END.search(clause, 0, end) or _SUBJECT_END.search(clause, 0, end)) and _CJK.match(clause):
            return clause[:end]
    return None


def _clause_start(text: str, pos: int, floor: int) -> int:
    while pos > floor and text[pos - 1] not in _CLAUSE_BREAK:
        pos -= 1
    return pos


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    s = pos
    while s > max(0, pos - _WINDOW) and text[s - 1] not in _SENTENCE_BREAK:
        s -= 1
    e = pos
    while e < min(len(text), pos + _WINDOW) and text[e] not in _SENTENCE_BREAK:
        e += 1
    return s, e


_AFTER_DATE = re.compile(r"[”’」』]*(?:时期|期间|以来)?")


def _list_span(text: str, start: int, floor: int) -> tuple[int, int] | None:
    """Where the names before the last 分别 in ``text[floor:start]`` are written: from their
    clause's start to 分别."""
    k = text.rfind("分别", floor, start)
    if k < 0:
        return None
    i = k
    while i > floor and text[i - 1] not in "，,；;。：:\n":
        i -= 1
    # read from after a date (“十四五”时期全省…): its closing quote and 时期 are no part of the names
    i += _AFTER_DATE.match(text, i, k).end() - i
    return i, k


def _list_before_distribute(text: str, start: int, floor: int, n: int = 0) -> list[str]:
    """"金融业、软件和信息服务业增加值分别增长": the listed indicators before 分别."""
    span = _list_span(text, start, floor)
    if span is None:
        return []
    i, k = span
    cues = _cues()
    listed = text[i:k]
    pair = re.match(r"(..)[和与及](.+)$", listed)
    if "、" not in listed and pair and pair.group(1) in cues.parallels and pair.group(2)[:2] in cues.parallels:
        listed = pair.group(1) + "、" + pair.group(2)  # 城镇和农村常住居民人均可支配收入
    elif "、" not in listed and n == 2 and len(re.findall("[和与及]", listed)) == 1:
        # "生产安全事故起数和死亡人数分别下降9.5%、7.1%": two numbers, two names
        listed = re.sub("[和与及]", "、", listed)
    items = [_strip_leads(_read_before(x, len(x), 0).phrase, examples=False) for x in listed.split("、")]
    if len(items) < 2 or not all(items):
        return []
    last = items[-1]
    if all(len(x) == 2 and x in cues.parallels for x in items[:-1]) and last[:2] in cues.parallels and len(last) > 4:
        return [x + last[2:] for x in items[:-1]] + [last]  # 城镇、农村常住居民人均可支配收入
    return _with_head(items)


# adverbs between a list and 分别 (工业投资年均分别增长): no part of what is measured; nor a change noun
# (guide v2.1, rule 3: "投资、消费增速分别快于全国3.4个、1个百分点" -> 投资、消费)
_LIST_TAIL = re.compile(r"(?<=..)(?:年均|同比|平均|累计|实际|均|每人每月|每人每年|每月|每年|增速|增幅|涨幅)+$")


# "排放量要分别下降2%": a modal before 分别 is no part of the names
_MODAL_END = re.compile(r"(?<=..)(?:要|将|力争)$")


def _written_list(text: str, start: int, floor: int, n: int = 0) -> str | None:
    """"食品、石化、医药、信息等产业增加值分别增长": the names listed with 、 (or two joined by 和
    before two numbers) before 分别, as written."""
    span = _list_span(text, start, floor)
    if span is None:
        return None
    names = text[span[0] : span[1]]
    listed = "、" in names
    if not listed and (n != 2 or len(re.findall("[和与及]", names)) != 1):
        return None
    phrase = _LIST_TAIL.sub("", _strip_leads(names.strip(), examples=False))
    base = _BASE.search(phrase)
    if base:
        phrase = phrase[: base.start()]  # "死亡人数较“十三五”同期分别下降": the base is no part of it
    if listed:
        if "、" not in phrase or "、" in (phrase[0], phrase[-1]):
            return None
        # "接待游客、实现旅游总花费分别增长": a verb of doing opening a later name is out too (rule 1)
        return "、".join([phrase.split("、")[0]] + [_strip_doing_verbs(x) for x in phrase.split("、")[1:]])
    return phrase if re.search("[和与及]", phrase[1:-1]) else None


def _each_in_full(written: str) -> bool:
    """Whether every name of a coordinated list but the last ends with a head of its own and the
    last is of five characters or more (关键工序数控化率、数字化研发设计工具普及率; 城镇居民人均可支配收入和农村居民人均纯收入):
    each is written out in full."""
    items = written.split("、") if "、" in written else re.split("[和与及]", written)  # 普及率 is no list
    # a short last name leaves out what the first writes (生产安全事故起数、死亡人数, 国内游客人次、总花费)
    if len(items) >= 2 and len(items[-1]) >= 5 and all(len(x) >= 3 and _HEAD_END.search(x) for x in items[:-1]):
        return True
    # "进口货值、免签入境游客、国际航行船舶进出、新增外资企业、离岛免税销售额分别增长…": in a longer
    # list of names of three characters or more, one before the last with a head of its own shows
    # that the last one's head (销售额) is not shared: each name is whole (限额以上通讯器材、家用电器、
    # 新能源汽车零售额 shares it)
    return len(items) >= 3 and all(len(x) >= 3 for x in items) and any(_HEAD_END.search(x) for x in items[:-1])


def _with_head(items: list[str]) -> list[str]:
    """Listed names with the head the last one carries for all: 刑事、治安案件 → 刑事案件;
    第一、第三产业增加值 → 第一产业增加值; 国家级、部级创新平台 → 国家级创新平台. An item with a
    head of its own (生产安全事故起数、死亡人数) takes none."""
    *firsts, last = items
    if firsts and firsts[0].startswith("对") and not any(x.startswith("对") for x in firsts[1:] + [last]):
        # "对东盟、欧盟进出口": the trade with each partner
        items = [items[0]] + ["对" + x for x in items[1:]]
        *firsts, last = items
    etc = _ETC.search(last, 1)
    if etc and len(firsts) >= 2:
        last = last[: etc.start()] + last[etc.end():]  # 食品、石化、医药、信息等产业增加值: 信息产业增加值
    level = re.match(r".{1,4}?级", last)
    if all(x.endswith("级") for x in firsts) and level and len(last) - level.end() >= 2:
        return [x + last[level.end():] for x in firsts] + [last]
    # an industry may be long (规模以上高技术制造业和装备制造业增加值): it still takes the head
    if not firsts or not all((len(x) <= 8 or len(x) <= 12 and x.endswith("业")) and not _HEAD_END.search(x) for x in firsts):
        return items
    words, known = _shared_head(firsts + [last]), _known_head(last)
    if words and known and words.endswith(known) and _HEAD_END.search(words[: -len(known)]):
        words = None  # 二氧化硫、化学需氧量排放量: 需氧量 is a name of its own, the head is 排放量
    heads = [h for h in (words, known) if h and len(h) < len(last)]
    if not heads:
        return items
    # the longer reading wins: 先进产能占比 (words) over 占比, 产业产值 (known words) over 产值
    head = max(heads, key=len)
    if any(x + head == last for x in firsts):
        # "工业、制造业、工业技改投资": 工业 + 技改投资 would be the last name again; the shorter head
        head = min(heads, key=len)
        if any(x + head == last for x in firsts):
            return items
    rest = last[: len(last) - len(head)]
    if len(rest) == 2 and _one_char_pair(firsts, rest):
        # "金融机构本外币存、贷款余额": 存 stands for 存款 as 贷 for 贷款; the head is 款余额, not 余额
        head = rest[1] + head
    # 规上制造业、工业战略性新兴产业增加值: 制造业 is an industry already (制造业增加值)
    return [x + (head[2:] if x.endswith("业") and head[:2] in ("产业", "行业") else head) for x in firsts] + [last]


def _one_char_pair(firsts: list[str], rest: str) -> bool:
    """Whether every listed name ends in one character that, with the second character of the last
    name's word (贷款), makes a word of the same shape (存款): a list of one-character halves."""
    tok, lock = _jieba()
    with lock:
        ends = [tok.lcut(x)[-1] for x in firsts]
        return all(len(e) == 1 and e != rest[0] and tok.FREQ.get(e + rest[1], 0) > 0 for e in ends)


def _known_head(name: str) -> str | None:
    """The end of ``name`` made of known heads and the words joining them (产业产值, 限上零售额,
    设施产量占比), ending in a head."""
    cues = _cues()
    rest = name
    if not any(rest.endswith(h) for h in cues.heads):
        return None
    while True:
        word = next((w for w in cues.heads + cues.head_parts if rest.endswith(w) and len(rest) > len(w)), None)
        if word is None:
            break
        rest = rest[: -len(word)]
    return name[len(rest):] if rest != name else None


_HEAD_END = re.compile(r"(?:率|量|数|人次|额|值|比重|占比|收入|投资|案件|规模|面积|产量|价格)$")


# more words that end what a clause before a number is about (利润, 产能)
# (额度: "贷款额度由经办银行…确定，最高不超过300万元", probe guide24's 柳州 loan guide)
_SUBJECT_END = re.compile(r"(?:利润|利税|成本|税收|里程|装机|产能|支出|储量|总值|额度)$")


def _shared_head(items: list[str]) -> str | None:
    """The head the last of short listed names carries for all (刑事、治安案件 → 案件;
    蔬菜、小浆果设施产量占比 → 设施产量占比): what follows the last name's first words, as many
    words as the name before it has."""
    *firsts, last = items
    if not all(len(x) <= 6 and not _HEAD_END.search(x) for x in firsts) or len(last) <= len(firsts[0]) + 1:
        return None
    k = len(_cut(firsts[0]))
    head = "".join(_cut(last)[k:])
    # a shared head is short (行业增加值, 限上零售额, 设施产量占比); a longer rest is a name of its own
    if not 2 <= len(head) <= 6 or head[0] in "和与及的" or not _HEAD_END.search(head) or any(x.endswith(head) for x in firsts):
        return None
    return head


def _cut(text: str) -> list[str]:
    """jieba's words of ``text``, by the shared segmenter under its lock (a new list)."""
    return list(_cut_words(text))


# Half the phrases are cut again (the same noun before many numbers of a report, and each one
# by several checks); the shared segmenter's dictionary never changes, so its answer is kept.
@lru_cache(maxsize=4096)
def _cut_words(text: str) -> tuple[str, ...]:
    tok, lock = _jieba()
    with lock:
        return tuple(tok.lcut(text))


def _jieba() -> tuple[Any, Any]:
    """The segmenter on jieba's own dictionary that the place tagger and the model gate share,
    and its lock (one prefix dictionary in memory, not one per stage)."""
    from govie.text.segment import shared_jieba

    return shared_jieba()


def _measure_of(m: Mention, carried: dict[int, str]) -> str | None:
    """What an earlier number measures: the phrase carried past it (a streak's, a per-unit price's)
    or its own indicator."""
    return carried.get(id(m)) or m.attrs.get("indicator")


def _earlier_indicators(metrics: list[Mention], mi: int, floor: int, n: int, text: str = "") -> list[str]:
    """The last ``n`` distinct indicators of the numbers before ``metrics[mi]`` in its sentence; when the
    ``n`` numbers right before are one list of their own (城乡居民收入达到23292元和7750元、分别增长8.8%和10%),
    theirs, one each, as a shared name is handed to each (probe ind54w, 镇安县 2016)."""
    prev = metrics[mi - n : mi] if n >= 2 and mi >= n else []
    if prev and text and prev[0].start >= floor and all(x.attrs.get("indicator") for x in prev) \
            and all(_JOINED_COUNT.fullmatch(text, a.end, b.start) for a, b in zip(prev, prev[1:])):
        return [str(x.attrs.get("indicator")) for x in prev]
    out: list[str] = []
    for x in reversed(metrics[max(0, mi - 4 * n) : mi]):
        ind = x.attrs.get("indicator")
        if x.start < floor or len(out) == n:
            break
        if ind and (not out or out[-1] != ind):
            out.append(ind)
    return out[::-1]


def _distributed_count(text: str, mi: int, metrics: list[Mention]) -> int:
    """How many numbers 分别 spreads over: this one and those joined to it by 、/和/及."""
    n = 1
    end = metrics[mi].end
    for i in range(mi + 1, len(metrics)):  # no copy of the list's tail per number: quadratic on one long line
        x = metrics[i]
        if x.start < end:
            continue
        if _JOINED_COUNT.fullmatch(text, end, x.start):
            n += 1
            end = x.end
        else:
            break
    return n


# the start value of 从A增加到B, a bound word allowed between (从不到70万亿元, 从近5000家)
_FROM = re.compile(r"(?:从|由)([\u4e00-\u9fff]{0,3})$")


def _declines_before(lead: str) -> bool:
    """Whether the words taken off the front of an indicator end with a verb of decline (减少, 降低)."""
    # The links that may end it, looked up by its last character as _shared_list does.
    return bool(lead) and any(lead.endswith(w) for w, c in _ending("links", lead) if c == "decline" and len(w) >= 2)


def _from_before(text: str, lo: int, start: int) -> bool:
    """Whether the number at ``start`` is the start value after 从/由 (a bound word may come between)."""
    m = _FROM.search(text, lo, start)
    return bool(m) and (not m.group(1) or m.group(1) in _cues().before)
# a start value, then the verb to the value reached: 729万人增加到
_FROM_THEN = re.compile(r"[\d０-９][^，,；;。]*?(?:到|至|为)")
# numbers without a unit listed before the one that carries it: "1409万、", "15、"
_BARE_BEFORE = re.compile(r"(?<![\d.．])(?:[\d.．]+(?:万亿|万|亿|千)?(?:以上|左右)?[、和])+$")
_BARE_ITEM = re.compile(r"[、和]")
_STREAK = re.compile(r"连续(\d{1,2})年(?!\d)")
_AVERAGE = re.compile(r"平均每年|年均")
_YEAR_VALUE = re.compile(r"\d{4}(?:/\d{4})?")
_MULTIPLE_BASE = re.compile(r"[”’]?(?:末|底)?的[\d.．]+倍")
_IS_BEFORE = re.compile(r"(?:是|为|相当于)\s*[“‘]?$")


def _sentence_period(text: str, s_start: int, start: int, others: list[Mention], period: str | None,
                     state: _State, flow: bool, in_para: list[Mention] | None = None) -> str | None:
    """A year the sentence (or the number's clause) opens with wins over the section's; a stock
    reported at the end of the five years under review (地区生产总值达到6万亿元) is of the last year;
    a date in the number's own clause dates it (上半年5.5%); a value held over a streak has the
    streak's years (连续9年稳定在1300亿斤以上 → 2017/2025)."""
    clause_at = _clause_start(text, start, max(s_start, start - _PHRASE_MAX))
    opener = None
    own = None  # the last date of the number's own clause: 从2020年的A增长到2025年的B
    for o in others:
        if o.start >= start:
            break
        if o.label != "DATE" or o.start < s_start:
            continue
        value = str(o.attrs.get("value") or "")
        if not value or text.startswith("以来", o.end) or text[o.start : o.end] == "年初":
            # a bare 年初 dates the stock a result starts from, not its period (dev sc-report-2021:
            # 年初剩余的551万农村贫困人口全部脱贫 is 2020's result)
            continue
        if state.kind == "target" and text[o.start : o.end] == "全年":
            continue  # "力争全年完成交通投资2300亿元": the year of the plan, not of the report's date
        lead = text[max(s_start, o.start - 2) : o.start]
        # "“十四五”期间，地区生产总值年均增长8%以上": a quote opening the sentence before its date
        opens = o.start == s_start or (lead and lead[-1] in "，,；;：:、") or text[s_start : o.start] in ("“", "\"")
        bare = lead.rstrip("“\"")  # 到“十四五”期末
        to_at = o.start - (len(lead) - len(bare)) - 1
        deadline = state.kind == "target" and (text.startswith("前", o.end) or text[o.start : o.end].endswith("前") or (
            bare[-1:] in ("到", "至") and (to_at == s_start or text[to_at - 1 : to_at] in "，,；;：:、")))
        if deadline and o.start < clause_at and _YEAR_VALUE.match(value):
            # a goal's deadline opening a clause of a plan ("年均增长6%左右，到2025年，国内生产总值达到
            # 3.5万亿元", "2025年年底前，建成100个以上…") dates what follows: a goal due by a year's end is of that year
            opener = _goal_year(text, o)
            continue
        if o.start >= clause_at and o.end <= start:
            if _MULTIPLE_BASE.match(text, o.end) and _IS_BEFORE.search(text, max(0, o.start - 5), o.start):
                continue  # "是2010年的1.8倍", "是“十一五”的3.7倍": the base's years date the base only (西宁 2016)
            if text[o.start - 1 : o.start] in ("由", "从") and _FROM_THEN.search(text, o.end, start):
                continue  # "常住人口由上年729万人增加到732万人": the start's year dates the start only
            if not _BASE_BEFORE.search(text, max(0, o.start - 3), o.start) \
                    or re.fullmatch(r"[”’末底初的\s]*", text[o.end : start]):
                # "比去年增加5600亿元": the base's year dates nothing but the base
                own = _goal_year(text, o) if state.kind == "target" else value
        elif opener is None and opens and _YEAR_VALUE.fullmatch(value) and not text.startswith(("末", "底"), o.end):
            opener = value
    if not own and opener and period and "/" in period and _AVERAGE.search(text, clause_at, start):
        # "１９８２年为２７０元，１９８７年提高到４６３元，…平均每年增长８．６％": an average over the
        # years under review is of all of them, not of the year an earlier clause opens with
        return period
    if own or opener:
        return own or opener
    if state.kind == "actual" and period and "/" in period and _from_before(text, clause_at, start):
        return str(int(period[:4]) - 1)  # "一般公共预算收入从3826.5亿元增长到…": the year before the five
    streak = _STREAK.search(text, clause_at, start)
    if streak and period and period[-4:].isdigit():
        y = int(period[-4:])
        return f"{y - int(streak.group(1)) + 1}/{y}"
    if state.kind == "actual" and period and "/" in period and not flow:
        return period.split("/")[1]
    if state.kind == "target" and period and "/" in period:
        # a plan's goals after a deadline earlier in the paragraph ("到“十四五”期末，全市人均期望寿命80岁，…；
        # 千人均注册护士力争达到4.1人") are of the deadline, not of the plan's whole span
        para = text.rfind("\n", 0, s_start) + 1
        due = [o for o in (in_para or []) if o.label == "DATE" and para <= o.start < s_start and _YEAR_VALUE.match(str(o.attrs.get("value") or ""))
               and (text[o.start : o.end].endswith("前") or text[max(para, o.start - 2) : o.start].rstrip("“\"")[-1:] in ("到", "至"))]
        if due:
            return _goal_year(text, due[-1])
    if state.kind == "target" and period and "/" not in period:
        clause = text[max(s_start, start - _WINDOW) : start]
        if (_NEXT_PLAN.search(clause) and _NEXT_PLAN_SPAN.search(clause)) or "年均" in clause[-12:]:
            y = int(period)
            return f"{y}/{y + 4}"
    return period


def targets(rows: list[dict[str, Any]], period: str | None = None) -> list[dict[str, Any]]:
    """The targets a document sets, one per standard indicator and unit: the first target
    METRIC of the period (``period``, or the single year most targets name), with a range
    joined (``value`` .. ``high``). ``rows`` is ``Extraction.indicators_table()``.
    """
    wanted = [r for r in rows if r.get("kind") == "target" and r.get("standard_indicator")]
    chosen = {id(r) for r in wanted}
    if period is None:  # the plan year: the single year most targets are set for
        years = Counter(str(r["period"]) for r in wanted if r.get("period") and str(r["period"]).isdigit())
        period = years.most_common(1)[0][0] if years else None
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for i, r in enumerate(rows):
        if id(r) not in chosen or (period is not None and str(r.get("period")) != period):
            continue
        key = (r["standard_indicator"], r.get("unit") or "")
        if key in out or r.get("range") == "high":
            continue
        row = {k: r.get(k) for k in ("document", "jurisdiction", "division", "division_code", "standard_indicator",
                                     "indicator", "change", "value", "unit", "qualifier", "period", "text", "start")}
        row["high"] = r.get("high")
        if r.get("range") == "low" and i + 1 < len(rows) and rows[i + 1].get("range") == "high":
            row["high"] = rows[i + 1].get("value")
            row["qualifier"] = row["qualifier"] or rows[i + 1].get("qualifier")
        out[key] = row
    return list(out.values())
