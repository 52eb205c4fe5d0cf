"""DATE tagger: time expressions found by one compiled pattern, valued by ``govie.timex``.

The pattern is built from bounded pieces (no nested repetition), so a scan is
linear in the length of the text. Spans are indices into the text given (the
normalized text in the pipeline).

Years named by the one under discussion (全年, 当年, 这一年, 上年, 上年度) are DATEs
valued from the report's period (guide v2). Left untagged on purpose: 同期, 同年 (the
year last named), seasons, 目前/当前/下一步, durations (三年, 两年行动), ordinals
(第17期), 最近, and plan numbers of the 普法 series.
"""

from __future__ import annotations

import bisect
import datetime as dt
from govie.text import recached as re
from functools import lru_cache
from collections.abc import Callable

from govie.kb.divisions import place_name_set
from govie.text.layout import LineStarts
from govie.text.numerals import cn_int
from govie.timex import (era_until, five_year_plans, DAYPARTS, ahead, DISCUSSED, REL_DAY_WORDS, SAME_PERIOD, SAME_PERIOD_TEXT, WEEKDAY, DateValue, resolve, same_period_before,
                         same_period_year)
from govie.taggers import PRIORITY
from govie.text.regex_cache import compile_cached
from govie.text.wordscan import PatternStarts, finditer_from
from govie.types import Context, Mention

__all__ = ["tag_dates", "DATE_PATTERN", "lost_units_date"]

_S = r"[ \t\u3000]{0,2}"  # stray layout spaces the normalizer may have left
_CN = "〇零○一二两三四五六七八九十"

# A year: four Arabic digits (1500-2199) or four Chinese digits, or a relative year.
# A list mark glued to a year (附件:1.2025年县…任务清单, 20.2026年10件民生实事, b.2025年12月1日后生育) does
# not hide it: after "1." / "20." / "b." opening a line or an item (after a colon, ；or 。), four digits
# and 年 are a year, not a decimal.
_LISTED = "(?:" + "|".join(
    rf"(?<={before}{mark}[.．])" for mark in (r"\d", r"\d\d", "[A-Za-z]") for before in ("^", r"[\n\t \u3000：:；;。]")
) + ")"
_YNUM = (
    rf"(?:(?<![\d.])(?:1{_S}[5-9]|2{_S}[01]){_S}\d{_S}\d(?![\d])"
    rf"|{_LISTED}(?:1[5-9]|2[01])\d\d(?=[ \t\u3000]{{0,2}}年)"
    rf"|(?<![{_CN}])[一二][〇零○ＯОOoｏ0０一二三四五六七八九]{{3}}(?=[ \t\u3000]{{0,2}}年))"
)
# Relative years, minus the words they hide in: 如今年轻, 说明年度, 过去年度, 日本年.
_YREL = (
    r"(?:(?<![如])今年|(?<![过失除减])去年|(?<![说表证声标阐查透鲜文光聪开英分精发申])明年"
    r"|(?<![扩放加增强重伟远广宏最巨庞])大[前后]年"  # 大前年 = three years back, not 前年 (扩大前年…: 前年)
    r"|(?<![提之以目当此空日月年])前年|(?<![之以此然最前])后年"
    r"|(?<![成资基根样版文脚课账日书])本年)(?![轻龄纪])"
)
_YEAR = rf"(?:{_YNUM}{_S}年|{_YREL})"
_MNUM = rf"(?:(?<!\d)(?:1{_S}[0-2]|0?[1-9])|(?<![{_CN}])(?:十[一二]?|[一二三四五六七八九]))"
_DNUM = (
    rf"(?:(?<!\d)(?:3{_S}[01]|[12]{_S}\d|0?[1-9])"
    rf"|(?<![{_CN}])(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))"
)
_DAYPART = rf"(?:{DAYPARTS})"
# 零时 / 零時 (2020年1月30日零時起) and a layout space after the colon (1月24日24: 00前) too.
_CLOCK = (
    rf"(?:{_S}{_DAYPART}?{_S}(?:\d{{1,2}}|零){_S}(?:[时時]|[点點](?=\d|半|整|[，。、；,起前]))(?:半|整)?"
    rf"(?:{_S}\d{{1,2}}{_S}分(?:{_S}\d{{1,2}}{_S}秒)?)?"
    rf"|{_S}{_DAYPART}?{_S}\d{{1,2}}:{_S}\d{{2}}(?::\d{{2}})?)"
)
# A stretch of the day is one time (2月20日早晨4時至中午12時).
_TIME = (
    rf"(?:{_CLOCK}(?:{_S}(?:至|到|[—–\-－～~]){_CLOCK})?"
    rf"|{_S}(?:{DAYPARTS}|晚(?![会宴饭餐间報报霞年期])))"
)
# A weekday in brackets after a day belongs to its date: 2月2日（星期六）.
_DAY = rf"{_DNUM}{_S}[日号](?!报|记|志|程)(?:(?:{WEEKDAY}))?"
_MONTH = rf"{_MNUM}{_S}月(?!革命|球|饼|光|亮|薪|票|嫂|子|季)(?:份)?"
# A month with what may follow it: a day and a time, or a part of the month.
# A month directly followed by a day number _DAY rejects (5月32日) is no date at all.
_MD = (
    # 初 before a day number is the lunar 二月初五, not early February.
    rf"{_MONTH}(?:{_S}{_DAY}(?:{_TIME})?|{_S}(?:上中|中下|[上中下])旬|{_S}(?:初(?![一二三四五六七八九十])|[底末])(?!步|期|级|稿|心|次|始|衷|见)"
    rf"|(?!{_S}\d{{1,3}}{_S}[日号]))"
)
_QNUM = r"(?:[1-4]|[一二三四])"
_QUARTER = rf"(?:(?:第|前){_S})?(?<![{_CN}\d]){_QNUM}(?:{_S}[、和]{_S}{_QNUM})?{_S}季度"
_HALF = r"[上下]半年"
# 年初/年底/年末 after a year, or alone (not after a numeral: 三年初见成效).
_YPART = rf"年?(?:初(?!步|期|级|稿|心|次|始|衷|见|中|赛|审|选|等)|底|末(?!期))"
# A bare 年初 opening 年初预算 names a kind of budget (结转预算、年初预算、调整预算, 黔府辦發〔2012〕34號),
# as bare 年度 of 年度预算 is no DATE in dev; so is 年初 of 上年年初预算 (the DATE is 上年).
# Within a relative year: 今年内, 今年年内 (not 内蒙古, 内容, 内部, 内陆 …).
_YWITHIN = r"年?内(?!蒙|容|部|外|涵|需|地|销|资|河|江|湖|陆(?!续)|在|核|生|控|心|网|务|科|政|设|港|贸)"
# A bare 年内 of a task list (年内基本完成…, 力争年内建成, （…负责，年内持续推进）) is the document's year, as
# 今年内 is (dev sc19-30 今年年内): only after a clause break or a word that schedules, so that durations
# (一年内, 三年内, 毕业5年内) and words (离岛年内可不限次数: dev wr2026-hainan, 少年内心, 老年内科) stay out.
_YWITHIN_BARE = (
    rf"(?:^|(?<=[\n，,。；;：:（(、])|(?<=力争|确保|争取|力求|计划|预计|务必|基本|全部|全面|要求)|(?<=[于在将并要]))"
    rf"年内(?!蒙|容|部|外|涵|需|地|销|资|河|江|湖|陆|在|核|生|控|心|网|务|科|政|设|港|贸|[\d{_CN}])"
)
_YPART_BARE = rf"(?<![{_CN}\d今去明本上前后年])年(?:初(?!步|期|级|稿|心|次|始|衷|见|中|赛|审|选|等|预算|預算)|底|末(?!期)|中(?=[和及与、]))"
_DOTTED = "|".join(
    rf"(?<![\d.]){_YNUM}{sep}{_MNUM}{sep}{_DNUM}(?![\d.])" for sep in (r"[.．]", r"[-－]", r"[/／]")
)
# A page's time stamp keeps its time of day (2026-02-03 09:02:33; clean text may have lost
# the space: 2026-02-0309:02:33).
_STAMP = rf"(?<![\d.]){_YNUM}[-－]{_MNUM}[-－](?:[0-3]\d|[1-9](?=[ \t]))[ \t]{{0,2}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?!\d)"
_DOTTED = rf"(?:{_STAMP}|{_DOTTED})"

_POINT = (
    rf"(?:{_DOTTED}"
    # A year directly followed by a month number _MD rejects (2023年13月) is no date.
    rf"|{_YREL}{_YWITHIN}"  # a written year keeps its span (gz-25: 在2025年内 → 2025年)
    rf"|{_YEAR}(?:{_S}(?:{_MD}|{_QUARTER}|{_HALF}|{_YPART}|度)|(?!{_S}\d{{1,3}}{_S}月))"
    rf"|{_MD}|{_QUARTER}|{_HALF}|{_YPART_BARE}|{_YWITHIN_BARE}"
    # a year whose 年 the page lost, run into a month and day (并于20251月20日前: 洪山区 2025, probe date43p)
    rf"|(?<![\d.])(?:19|20)\d\d(?:1[0-2]|[1-9])月{_S}{_DAY}(?:{_TIME})?)"
)
_SEP = rf"{_S}起?(?:[—–\-－～~─]{{1,2}}|至|到){_S}"
# What may stand after a separator: a full point, or the part a range shares.
_TAIL = rf"(?:{_POINT}|{_DAY}(?:{_TIME})?)"
_RANGE = (
    rf"(?:{_POINT}{_SEP}{_TAIL}"
    rf"|(?:{_YEAR}{_S})?{_MNUM}{_SEP}{_MD}"  # 2024年1-5月, 1—10月
    rf"|(?:{_YEAR}{_S})?{_MONTH}{_S}{_DNUM}{_SEP}{_DAY}"  # 3月6—8日
    rf"|{_YNUM}{_SEP}{_YNUM}{_S}年"  # 2021—2035年
    rf"|(?:第{_S})?(?<![{_CN}\d]){_QNUM}{_SEP}{_QNUM}{_S}季度)"  # 一至三季度
)
# Two years listed as one stretch (dev gold sc-report-1980: 1978、1979两年, 1980、1981年国民经济计划;
# 一九五八年和一九五九年两年造林): one DATE. 2019年和2020年 alone stay two.
# Written in Chinese numerals the first year may drop its 年 and the second run straight into 两年
# (一九八一和一九八二两年计划执行的结果: 1982 report; 一九七九和一九八○两年合计: 1986 report).
_CN_YEAR_RUN = r"(?<![〇零○一二两三四五六七八九十])[一二][〇零○一二三四五六七八九]{3}"
_YEAR_PAIR = (
    rf"(?:{_YNUM}(?:{_S}年)?{_S}[、和]{_S}{_YNUM}{_S}年?{_S}[两二]年|{_YNUM}{_S}、{_S}{_YNUM}{_S}年"
    rf"|{_CN_YEAR_RUN}(?:{_S}年)?{_S}[、和]{_S}{_CN_YEAR_RUN}{_S}[两二]年)"
)
_OPEN = rf"(?:起(?!草|步|诉|义|来|點|点|飞|源|跑|伏|航|床|因|码|身|重|到|始|色|效|作)|以[来來]|至今|(?<=[年度月日])开始(?![的时了]))"
# A bound after a date is part of it (guide: 每年4月底前, 2025年底前完成): 前 of a deadline,
# 以后 of an open start; not 前 of 前三季度 or 后 of 后续. 前提 is a premise, but 前提交 / 前提出 / 前提供 / 前提报
# are a deadline's verb (并于6月17日前提交: 广东省科技厅 2022, probe full44p).
_BOUND = (
    rf"(?:[以之][前后]"
    rf"|前(?![\d{_CN}两几半后期列景沿往进夕行者身台线端面方述款项头]|提(?![交出供报]))"
    rf"|后(?![\d{_CN}两几半续期勤来者备面方果台端劲]))"
)

_NEAR = r"(?<![最附接靠将將临逼贴])近"  # 接近年底, 靠近日本: not a time word
# a two-digit count keeps its units (过去二十八年: 1982 report)
_NUM = r"(?:十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?|[一两二三四五六七八九]|\d{1,2})"
# 全年 of 全年龄, 当年 of 相当年均 and 上年 of 上年纪 or 基础上年均 are not these years; nor is 全年 "all
# year round" or a kind of report in a rule (可全年申办, 全年无休; 报送项目半年和全年总结: dev gz-25, pt-176849),
# nor the first of a run of all-round scopes (实行全年全时段全区域禁烧, 全年全天候巡查: 亳州 秸秆禁烧方案, probe
# date45p); 全年全市/全区 (the year's figure for the whole city or district) stays a date.
_DISCUSSED = r"(?:全年(?!龄|级|无休|开放|受理|申办|总结|全时|全天候|全区域|不间断)|(?<![相适应每充])当年度?(?!龄|纪|轻)|这一年|上一?年(?:度)?(?!纪|龄|级|均))"
_RELATIVE = (
    # 明日 ends 光明日报 and 昆明日报, papers (昆明日报 记者 张丽亚: 昆明日报 2015; probe org34), not 明日报到, 明日报名.
    r"(?:今天|今日(?!头条)|昨天|昨日|明天|明日(?!报(?![到名告送批备销]))|(?<![扩放加增强重伟远广宏最巨庞])大[前后]天|前天|后天"
    r"|本周|上周|下周|本月|上一?[个個]?月|下一?[个個]?月"
    # a quarter named from the document's (将本季度落实情况报区人民政府办公室: 蔡甸区 2023, probe date43p)
    r"|(?:本|当|[上下]一?[个個]?)季度"
    r"|(?<![相适应充每])当月(?!份?[以之]?[前后内])"  # 印发当月, 截至当月 (gz-27, pt-176849); not 当月前 (a bound)
    r"|本年度"
    # the year a report plans, after its review (新的一年，我们要…: State Council reports 2019, 2025)
    r"|新的一年(?![级度])"
    r")"
)
_SPANS = (
    rf"(?:过去的?|这(?!一)|{_NEAR}){_S}{_NUM}{_S}年(?:[来來]|间)?(?!的?[时時][间間]|左右|多)"
    rf"|(?<![{_CN}\d多几数百千])(?:{_NUM}){_S}年(?:以)?[来來]"
    rf"|(?:今后|未来)的?{_S}{_NUM}{_S}年(?:内(?![容部外涵需地在核心务]))?(?![内间度代级])"
    rf"|(?<![{_CN}\d多几数百千第])(?:{_NUM}){_S}年前(?![夕后列景期])"
)
_VAGUE = (
    rf"(?:{_NEAR}(?:年以[来來]|期|日(?![本报常])|年来?|来|些年|几年[来來]?)"
    rf"|(?<![\d{_CN}])(?:前|这)几年[来來]?(?![级])|(?<![\d{_CN}前这近])几年(?:[来來]|以前(?![的后]))"
    # a vague stretch of years back (sc-report-1985 gold 过去几年, 过去的几年; 近几十年来):
    # 过去几年, 最近几年, 过去十多年, 近几十年来
    rf"|(?:过去的?|最近){_S}(?:几|十多|十几|几十|数十)年[来來]?(?![级代])|{_NEAR}几十年[来來]?"
    # not 日前后, a named day's "around" (国办发〔2018〕129号: 在国家扶贫日前后积极开展消费扶贫活动)
    r"|(?<![节假生期末时当每前之两三几数作念止今昨此该请\d〇零一二四五六七八九十])日前(?!后)"
    # a vague stretch back to now (dev gold sc-report-1980 多年来农业生产发展缓慢, 经过一年多来…; sc19-40
    # 几个月来，有关省、市…: null); not 十多年来 (a number before 多), nor inside 许多年来
    rf"|(?<![\d{_CN}几数百千许差不很好诸众])多年[来來]|(?<![\d{_CN}]){_NUM}{_S}年多[来來]|(?<![\d{_CN}])几[个個]月[来來]"
    # as 这几年 (dev sc-report-1983): 这些年来，认真纠正了… (1987 report); bare 这些年 too (2013 report: 这些年我们在
    # 发展经济的同时…), not 这些年轻人, 这些年份/年度/年龄/年级 (nouns after 这些), nor 年 opening a word of
    # its own: 这些年代久远的古建筑, 这些年画, 这些年限, 这些年金产品, 年产 before its quantity (这些年产10万吨以上的企业)
    r"|这些年(?:[来來]|(?![轻龄份度级纪华终头报鉴会薪货检代画限金假]|产[\d０-９一二三四五六七八九十百千万]))"
    r")"
)
# A stretch since an event the calendar fixes (dev gold: 建国以来 1949/…, 新中国成立以来, 改革开放40多年来
# 1978/2019, 党的十一届三中全会以来，… 1978-12/…); the plenum only heading its clause (…三中全会以来改革开放
# 和现代化建设伟大成果 modifies a noun: dev sc-report-1993 leaves it).
_ERA = (
    # (全国)解放以来 is 建国以来 of the 1950s reports (解放以来，我国小学、中学…: 1957; 全国解放以来: 1955, 1975, 1981;
    # 自解放以来, 我国解放以来); a word before a bare 解放 says whose it was, with a date of its own or none:
    # 西藏和平解放 (1951), 海南解放 (1950), 思想解放, 妇女解放.
    r"(?<!关于)(?:(?:(?:新中国|中华人民共和国)成立|(?<![创再重])建国|改革开放"
    r"|(?:全国|(?<![\u4e00-\u9fff])|(?<=[自从在])|(?<=我国))解放)以[来來]"
    r"|改革开放\d{1,2}多?年[来來]"
    # the founding N years back, one stretch from 1949 (建国三十二年来: 1981 report; 新中国成立70年来 in 2019 national
    # news): not 70年来 alone, counted back from the reference year
    r"|(?:(?:新中国|中华人民共和国)成立|(?<![创再重])建国)(?:\d{1,2}|[一二三四五六七八九十]{1,3})多?年[来來]"
    # since records began, or an era without a calendar day (dev gold 有记录以来 wr2026-guangdongm, 有统计以来
    # sc-report-2023, 近代以来 pt-102676: null). Not 新时代以来: dev gold marks it twice (wr2026-neimenggu,
    # wr2026-yunnan 178) and leaves it once (wr2026-yunnan 1789), so it waits for the gold to settle.
    r"|(?:近代|有(?:气象|水文)?记录|有(?:统计|数据))以[来來]"
    # the new century, 2001 on (dev gold sc-report-2010 新世纪以来); its opening years have no one value
    # (新世纪初, as 下世纪初: dev sc19-20 null; 展望新世纪初的国内外形势: 2001 report). Not 新世纪 alone
    # (新世纪新阶段, 新世纪的宏伟目标 name an age, not a time).
    r"|新世纪(?:以[来來]|初(?!步|见|次|始|衷|心|级|稿|中|审|选|等|赛|期))"
    r"|(?:党的|中国共产党)?十一届三中全会以[来來](?=[，,]))"
)
# (关于建国以来党的若干历史问题的决议 names a topic: a title's words, no DATE: tests/data/date_cases 351.)
# "八五"普法 and "九五"普法 number the legal-education plans (八五 = 2021-2025), a
# series of their own: not the economic plans, so not tagged. 第一个五年计划 is a DATE only
# as a time (…期间, …时期, …的第一年); the plan itself (…规定, …草案, 列入第六个五年计划的产品:
# dev gold sc-report-1985 leaves it unmarked) is not.
_PLAN = (
    # the end of a plan is its last year, the quotes in its span (wr2026-gansu gold “十三五”末)
    r"(?:“(?:[一二三四五六七八九]|十[一二三四五六]?)五”末(?![期尾])"
    # its first or last years, the quotes in the span like 末's (“十四五”前4年: 山西 2025, 长治 2025 news)
    # and with the plan word between (“八五”计划后三年经济的加快发展: 1992 report)
    r"|“?(?:[一二三四五六七八九]|十[一二三四五六]?)五”?(?:[计計][划劃]|规划)?(?:前|头|后|最后)[1-4一二两三四]年(?![度级底末初])"
    r"|(?<=“)(?:[一二三四五六七八九]|十[一二三四五六]?)五(?=”(?!普法))"
    r"|(?<![一二三四五六七八九十〇零])十[一二三四五六]五(?:末(?![期尾]))?(?![年月日\d一二三四五六七八九十〇零个])"
    # a plan's own year or years are in its span, as “六五”后三年 is (dev gold sc-report-1983): 第一个五年计划
    # 最后一年即一九五七年 (1964 report), 第五个五年计划的最后一年 (1982), 第一个五年計划的第一年
    r"|(?<!世纪)第[一二三四五六七八九十]{1,2}[个個]五年[计計][划劃]"
    r"(?:的?(?:第[一二三四五]|(?:最后|[头前后])[一二三两四][个個]?)年(?![度级底末初])"
    r"|(?=的?期间|时期|以来|内(?!容)|中[，,]))"
    # The plan's five years named without 计划 are its time (第七个五年的发展速度必将高于第六个五年, 1982;
    # 第二个五年各年度, 1959; 第一个五年合计, 1957); not 新征程的第一个五年 (a predicate: dev wr2026-liaoningm).
    r"|(?<![世纪的])第[一二三四五六七八九十]{1,2}[个個]五年(?![计計规規划劃])"
    r")"
)
_DECADE = (
    rf"(?:(?:(?:20|二十|19|十九)世纪|上个?世纪|本世纪)?(?<![\d{_CN}])(?:[1-9]0|[一二三四五六七八九]十)年代"
    # a part of the decade is in its span (五十年代后期, 80年代后期以来: dev sc19-2); not 九十年代初步建立
    rf"(?:初(?!步|见|次|始|衷|心|级|稿|中|审|选|等|赛)期?|中期|后期|末期?)?)"
)
# A century (21世纪, 本世纪, 下世纪初): not 新世纪 or 世纪之交.
_CENTURY = (
    rf"(?:(?<![\d{_CN}])(?:1[5-9]|2[0-2]|十[五六七八九]|二十[一二]?)世纪|本世纪|上个?世纪|下个?世纪)"
    # its first or last years and 内 belong to it (本世纪头二十年, 本世纪最后二十年内, 在本世纪内)
    rf"(?:(?:头|前|最后|后){_S}{_NUM}{_S}年|初|末|以来)?(?:内(?!容|部|外|涵|需|地|在|核|心|务))?(?!之交)"
)

# A recurring point in time (guide: 每年4月底前, 每月10日前 are DATEs valued null); a bare
# frequency (每年, 每月) is not.
# A quarter's recurring deadline (each quarter's reports: 每个季度第1个月的20日前, 每季度首月10日前, 每季度末).
_QUARTER_MONTH = rf"(?:第{_S}[1-3一二三]{_S}[个個]?月|首月|末月|最后一?[个個]?月)的?"
# A month after each quarter (季后第1个月, its 20日前 or 最后1日前: the quarterly subsidy claims of a
# 人社 procedure, probe date45p) recurs as a quarter's month does. Its 季 is a word of its own: after a word's
# character it ends a season (旱季后第1个月, 赛季后, 采摘季后: review24), after a preposition it opens the phrase.
_AFTER_QUARTER = (
    rf"(?:(?<![\u4e00-\u9fff])|(?<=[于於在至到从從每和及或即按应應须須并並为為]))季[后後]{_S}第{_S}[1-3一二三]{_S}[个個]?月(?:的?{_S}(?:{_DAY}|最[后後]{_S}[1一]{_S}[日天]))?"
)
_RECURRING = (
    # A time of day stays inside, as after any day (纸质材料…在每月28日15点前送县林业局: probe date39p).
    # A stretch of months each year is one (每年1月-3月集中受理, 每年1—3月: probe date45p).
    rf"(?:每年{_S}(?:{_MONTH}{_SEP}{_MD}|{_MNUM}{_SEP}{_MD}|{_MD}|{_QUARTER}|{_HALF})"
    rf"|每[个個]?月{_S}(?:{_DAY}(?:{_TIME})?|(?:上中|中下|[上中下])旬|[初底末](?!步|期|级))"
    rf"|每[个個]?季度{_S}(?:(?:{_QUARTER_MONTH}{_S})?{_DAY}|[初末](?!步|期|级))|{_AFTER_QUARTER})(?:{_BOUND})?"
)

# Every match starts with one of these; checking it first lets the engine skip
# other positions at once instead of trying each alternative (10x faster).
_FIRST = rf"(?=[\d{_CN}今去明本前后上下第年日昨近过未大全当这每几最“新中建改党有多解季])"

# A month or day right after a year of five or more digits (12023年1月1日, 二〇〇〇〇年)
# belongs to that impossible date: not tagged, never given the reference year.
_LONG_YEAR = r"[\d〇零○一二三四五六七八九]{5}年"
_NOT_AFTER_YEAR = rf"(?<!{_LONG_YEAR})(?<!{_LONG_YEAR}[ \t\u3000])"


DATE_PATTERN = compile_cached(
    rf"{_FIRST}{_NOT_AFTER_YEAR}(?:{_RECURRING}|{_ERA}|{_PLAN}|{_DECADE}(?:以来)?|{_CENTURY}|{_SPANS}|{SAME_PERIOD_TEXT}"
    rf"|{_YEAR_PAIR}|(?:{_RANGE}|{_POINT})(?:{_OPEN}|{_BOUND})?"
    rf"|{_RELATIVE}(?:起(?![草步来点])|以[来來])?|{_DISCUSSED}|{_VAGUE})"
)


@lru_cache(maxsize=1)
def _date_starts() -> PatternStarts:
    """Where a date may start: a character the pattern opens with and one that can follow it.
    sre tries the whole pattern (~2.5 µs) at every position its leading lookahead lets
    through, a tenth of a text's characters; this leaves about a quarter of those."""
    return PatternStarts(DATE_PATTERN)


# What follows the digits (and layout spaces) a date opens with: 年 (a year, 80年代, 3年来), 月, 季度,
# 世纪, a list of quarters (1、2季度), a dotted date's separator or a range's (2021—2035年, 1-5月).
_DIGITS_THEN = re.compile(r"[\d \t\u3000]*[年月季世、和.．\-－/／起—–～~─至到]")


def _may_open(folded: str, p: int) -> bool:
    """Whether a date may start at ``p`` (True for any position not a digit): every alternative of
    DATE_PATTERN that opens with a digit looks behind it for no digit, but 20世纪/19世纪 of a
    decade, and is followed by one of _DIGITS_THEN. Most numbers (12.5%, 35个, the 023 of 2023)
    fail here in one small match instead of the whole pattern (~5 µs a try)."""
    if not folded[p].isdecimal():
        return True
    if p and folded[p - 1].isdecimal() and not folded.startswith(("20世纪", "19世纪"), p):
        return False
    return _DIGITS_THEN.match(folded, p) is not None


_FOLD = {0xFF10 + i: 0x30 + i for i in range(10)} | {ord("．"): ".", ord("／"): "/", ord("："): ":"}
# str.translate looks up every character of the text; replacing the few it maps is ten times faster.
_FOLDED = re.compile("[０-９．／：]")  # the keys of _FOLD
_FOLD_CHARS = {chr(k): v if isinstance(v, str) else chr(v) for k, v in _FOLD.items()}


# A day or month without a year and without a relative word (6月17日, 5月7日至11日).
_YEARLESS = re.compile(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?!份?[以之]?[来來])|(?:第|前)?[1-4一二三四](?:[、和][1-4一二三四])?季度)"
    r"(?:(?!年|今|本|上|下|去|明|前|后).)*$"
)
# (or one whose 年 the page lost before its month: 20254月8日, probe date43p)
_WRITTEN_YEAR = re.compile(r"(\d{4})(?:年|(?=(?:1[0-2]|[1-9])月))")
# A plan's five years named without 计划 (第七个五年的发展速度, 第九个五年 in 1982, 第一个五年合计 in 1957) are a
# plan of the text's own time or ahead of it, never one ended long before: in a text of 2025, 新征程第一个五年 is the
# new journey's, not 1953/1957.
_BARE_PLAN = re.compile(r"第[一二三四五六七八九十]{1,2}[个個]五年")
_PLAN_OF_ITS_TIME = 10
# The bracket that opens a plan stage's dates: 宣传发动阶段（7月3日至7月15日）, 集中整治阶段：8月.
_STAGE = re.compile(r"阶段[（(：:][ \t\u3000]*$")
# A notice's schedule names its stages after the date (3—4月为调查研究和资料整理阶段) and its deadlines
# (8月底完成…初稿): they lie ahead too (粤府办[1996]21号, a notice of 1996-03-06: probe old46p).
_MONTH_RANGE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[—–\-－~～至到](?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?")
_STAGE_AFTER = re.compile(r"[ \t\u3000]*(?:为[^。；;，,、\n]{1,20}阶段|(?:以?前|之前)?完成)")
# A yearless date a notice schedules (报告拟安排在4月份举行, 计划于10月, 将于, 定于) lies ahead: never in
# the year before its reference, even after a 关于2021年度…的报告 that names the year reported on
# (guide: a plan's date; dev pt-20932: 4月份/10月份/12月份 of a 2022 plan are 2022).
_SCHEDULED = re.compile(r"(?:拟|擬|计划|計劃|将|將|(?<!原)定)(?:安排)?[于於在]$")  # 原定于: a plan once made
# The year under discussion, the next or the one before, written before a yearless date (当年7月3日,
# 下年1月3日前, 次年3月31日前, 上一年度1月至12月): one date with it. Not 相当年, 每年, 依次年, 以上年.
_YEAR_OF = re.compile(r"(?<![相适应每充依逐层档其以])(?:当年度?|下一?年度?|次年度?|翌年|上一?年度?)$")
_YEAR_SHIFT = {"当": 0, "下": 1, "次": 1, "翌": 1, "上": -1}
# A year counted from a person's or a project's event (出生次年, 入学当年, 毕业当年, 投产次年) is that
# event's year, different for each case: an offset from an event, no DATE (guide v2; dev gz-3 自出生
# 次年1月1日起, gz-5 入学当年的5月1日前). A date it governs recurs with the event: value null.
_EVENT_YEAR = re.compile(
    r"(?:出生|入学|毕业|退休|参保|投保|入职|离职|就业|录取|录用|注册|设立|成立|投产|竣工|建成|开业|获批"
    r"|认定|立项|验收|发生|到期|缴费|落户|迁入|签约|购置|购买|申请|申报|受理)(?:的|之)?$")
# Only 当年, 次年 and 翌年 count from an event: 上年/上一年度 and 下年/下一年度 count from the year spoken in, so after
# one of these verbs they are its object (申报上一年度研发投入, 受理上年度补助资金, 申报下一年度项目), a DATE.
_YEAR_WORD = re.compile(r"(?:当年度?|次年度?|翌年)")


def _event_year(text: str, word: str, start: int) -> bool:
    """Whether the year word ``word`` at ``start`` is the year of an event named just before it (入学当年)."""
    return bool(_YEAR_WORD.fullmatch(word)) and bool(_EVENT_YEAR.search(text, max(0, start - 4), start))
_MONTH_FIRST = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月")


def _names_a_place(text: str, pos: int) -> bool:
    """Whether a place's name (甘肃, 新疆维吾尔自治区) follows ``pos``, after an optional 的."""
    if text.startswith("的", pos):
        pos += 1
    places = place_name_set()
    return any(text[pos : pos + k] in places for k in range(2, 9))


_MEDIUM_AFTER_TODAY = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:网|新闻网)(?:消息|讯)")


def _opens_a_medium(text: str, pos: int) -> bool:
    """Whether 今日 at ``pos`` opens a local news site's name before 消息/讯 (今日竹山网消息 8月19日: 竹山县 2021,
    probe org28): a division's name, or a county's or city's without its 县/市/区, stands between."""
    m = _MEDIUM_AFTER_TODAY.match(text, pos)
    if m is None:
        return False
    places = place_name_set()
    name = m.group(1)
    return name in places or any(name + tail in places for tail in "县市区")


# 确保/完成/实现 right before 全年: the year's goal, not a yearly quantity of a rule (全年实际占用总床日数).
_YEAR_GOAL = re.compile(r"(?:确保|確保|完成|实现|實現)(?:完成|实现|實現)?了?$")
# The year's work or goals named after 全年 (是全年工作的军令状, 全年目标任务): that year too, not a
# quantity (全年工作日, 全年工作量).
# A qualifier may come between (明确了全年经济社会发展的目标任务: a State Council meeting, 2024).
# So are the year's work plan and its report on what was done (认真制定全年办理工作方案; 将…各季度及全年完成情况
# …报送: 洪山区 2025, probe date43p).
_YEAR_WORK = re.compile(r"(?:各[项項]|主要|(?:经济社会|經濟社會)[发發]展的?|办理|落实|落實|推进|推進)?(?:工作(?![日时時量])|目[标標]|任[务務])"
                        r"|完成情[况況]")


def _paragraph_year(text: str, lines: LineStarts, out: list[Mention], pos: int,
                    year_of: Callable[[str, Mention], int | None], reach: int | None = None) -> int | None:
    """The year ``year_of`` reads from the last DATE before ``pos`` in its paragraph that has one (within
    ``reach`` characters before ``pos`` if given)."""
    para = lines.start(pos) - 1  # a DATE ending at or before it lies in an earlier paragraph
    if reach is not None:
        para = max(para, pos - reach)
    for d in reversed(out):
        if d.end <= para:
            return None
        year = year_of(text, d)
        if year is not None:
            return year
    return None


# How far back before a 上年 after a stretch of years its paragraph's single year is looked for.
_STRETCH_YEAR_REACH = 600


def _valued_year(text: str, d: Mention) -> int | None:
    """A DATE valued as one year (2012)."""
    value = d.attrs.get("value")
    return int(value) if value and len(value) == 4 and value.isdigit() else None


_IN_ONE_YEAR = re.compile(r"\d{4}(?:-\d\d){0,2}(?:/\d{4}(?:-\d\d){0,2})?")


def _year_within(text: str, d: Mention) -> int | None:
    """A DATE whose value lies in one year (2012, 去年底 → 2012-12) and is no comparison's base
    (由上年分别增长5.6％ is not the year spoken of); 五年来 says no one year."""
    if text[d.start - 1 : d.start] in ("比", "较", "由", "與", "与"):
        return None
    value = str(d.attrs.get("value") or "")
    return int(value[:4]) if _IN_ONE_YEAR.fullmatch(value) and value[:4] == value.split("/")[-1][:4] else None


def _block_year(report, pos: int) -> int | None:
    """The one year a report's review block containing ``pos`` speaks of, or None."""
    starts = report.period_starts()
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or report.in_plan(pos):
        return None
    value = report.periods[starts[i]]
    return int(value) if value.isdigit() else None


# The first or last years of a plan named before without its ordinal ("第一个五年计划…超过了五年计划的前三年",
# 1957 report: 1953/1955), and the same count repeated bare after it in the text ("钢产量前三年共增加了…",
# "比前三年的年产量": the same years). Not 前三年 before a plan was named (a review's 比前两年: _review_spans).
_PLAN_PART = re.compile(r"五年[计計][划劃]的([前头後后])([一二两三四])年(?![度级底末初])")
_PLAN_NAMED = re.compile(r"第([一二三四五六七八九十]{1,2})[个個]五年[计計][划劃]")
_BARE_PART = re.compile(r"(?<![〇零○一二两三四五六七八九十百千\d第上前后])([前头後后])([一二两三四])年"
                        r"(?![度级底末初前后以来來间內内多])")


def _plan_parts(text: str, out: list[Mention]) -> list[Mention]:
    """DATEs of a plan's first or last years named after the plan (see _PLAN_PART)."""
    covered = bytearray(len(text) + 1)
    for d in out:
        covered[d.start : d.end] = b"\x01" * (d.end - d.start)
    by_ordinal = {n: (a, b) for n, a, b in five_year_plans().values()}
    found: list[Mention] = []
    values: dict[tuple[str, int], tuple[str, int]] = {}  # (前/后, count) -> (value, where first named)
    for m in _PLAN_PART.finditer(text):
        named = None
        for named in _PLAN_NAMED.finditer(text, max(0, m.start() - 600), m.start()):
            pass  # the last plan named before it
        years = by_ordinal.get(cn_int(named.group(1))) if named else None
        n = cn_int(m.group(2))
        if not years or not n:
            continue
        a, b = (years[0], years[0] + n - 1) if m.group(1) in "前头" else (years[1] - n + 1, years[1])
        value = f"{a}/{b}"
        key = ("前" if m.group(1) in "前头" else "后", n)
        values.setdefault(key, (value, m.end()))
        if covered.find(1, m.start(1), m.end()) < 0:
            found.append(Mention("DATE", m.start(1), m.end(), "date.rule", {"value": value, "grain": "year"}, PRIORITY["date.rule"]))
    if values:
        first = min(end for _, end in values.values())
        for m in _BARE_PART.finditer(text, first):
            key = ("前" if m.group(1) in "前头" else "后", cn_int(m.group(2)))
            if key in values and m.start() >= values[key][1] and covered.find(1, m.start(), m.end()) < 0:
                found.append(Mention("DATE", m.start(), m.end(), "date.rule", {"value": values[key][0], "grain": "year"},
                                     PRIORITY["date.rule"]))
    return found


def _whole_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _follows_year(text: str, anchor: tuple[int, int], start: int, dv, ctx: Context) -> bool:
    """A date without a year is in the year last written before it: in its paragraph
    always (2025年…，11月6日至10日), further back when that year lies after the one the
    reference date gives and not beyond the next (a 2022 work plan adopted in 2021:
    8月份 is 2022-08; a notice of April 2026 on 2026 admissions: 6月17日 is 2026)."""
    year, end = anchor
    if "\n" not in text[end:start]:
        return True
    ref = ctx.reference_date
    return ref is not None and int(dv.value[:4]) < year <= ref.year + 1


def _long_before(value: str, reference: dt.date | None) -> bool:
    """Whether a value starts more than a month before the reference date."""
    if reference is None:
        return False
    first = value.split("/")[0]
    try:
        start = dt.date.fromisoformat(first if len(first) == 10 else first + "-01")
    except ValueError:
        return False
    return start.year == reference.year and start < reference - dt.timedelta(days=31)


# Inside a report's review of several years (过去的五年 …), the years it counts are named bare:
# "五年间产值增长２倍", "五年共利用外资６０９亿美元" (the review's years), "比上五年", "比上一个五年",
# "相当于前九年总和" (as many years before them, never fewer than the review's: 后三年…比前两年 are a
# plan's first years). Not 第一个五年计划, "…的五年" / 关键性五年 / 关键五年 (a predicate), "过去了五年", 经过五年,
# 五年内, 五年的努力, 连续5年, 5年过渡期 or 一年、五年、十年 (durations), 13.5年.
_REVIEW_SPAN = re.compile(
    # The class of the first characters a count opens with (上, 前, a numeral): sre tries the
    # lookbehinds only where it lets through.
    rf"(?=[上前{_CN}\d])"
    rf"(?<![{_CN}\d.．第个個的了这每近多几数前上去来后过性键续、])(?:(上一?[个個]?)|(?:(?<=比)|(?<=相当于))(前))?({_NUM})年(间)?"
    rf"(?![过计計规規内以前后来來多度代底末初份级龄纪轻的左时時期、])"
)


def _review_spans(text: str, report, taken: list[tuple[int, int]]) -> list[Mention]:
    """The bare year counts of a report's multi-year review, valued from the block's period."""
    starts = sorted(report.periods)
    covered = bytearray(len(text) + 1)
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)
    out = []
    # Only the blocks whose review spans several years are scanned (a block runs to the next start).
    for i, block in enumerate(starts):
        if "/" not in report.periods[block]:
            continue
        block_end = starts[i + 1] if i + 1 < len(starts) else len(text)
        first, last = (int(y) for y in report.periods[block].split("/"))
        # endpos just past the block: a count is a few characters and its lookahead one more.
        for m in _REVIEW_SPAN.finditer(text, block, min(len(text), block_end + 16)):
            if m.start() >= block_end:
                break
            if report.in_plan(m.start()) or covered.find(1, m.start(), m.end()) >= 0:
                continue
            out.extend(_review_span(m, first, last))
    return out


def _review_span(m: re.Match[str], first: int, last: int) -> list[Mention]:
    """The DATE of one year count in a review of the years first..last, if it counts them."""
    n = cn_int(m.group(3))
    if not n:
        return []
    if m.group(1) or m.group(2):
        if n < last - first + 1:
            return []
        value = f"{first - n}/{first - 1}"  # 上五年, 比前五年: the years before the review's
    elif n == last - first + 1:
        value = f"{first}/{last}"
    else:
        return []
    return [Mention("DATE", m.start(), m.end(), "date.rule", {"value": value, "grain": "year"}, PRIORITY["date.rule"])]


_SENTENCE_END = re.compile(r"[。！？；\n]")


def _period_in_sentence(text: str, found: list[Mention], start: int, year: int | None = None) -> DateValue | None:
    """The value, a year earlier (or in ``year``, written before 同期), of the last part of a year
    (上半年, 一季度, 3月份) tagged in the sentence before ``start``; None when the sentence names none."""
    for prior in reversed(found):
        if _SENTENCE_END.search(text, prior.end, start):
            return None
        if SAME_PERIOD.match(text[prior.start : prior.end]):
            # …比去年同期增长62%，…比去年同期增长184%: the same period again
            return DateValue(prior.attrs.get("value"), prior.attrs.get("grain"))
        value = prior.attrs.get("value")
        years = 1 if year is None or not value or not value[:4].isdigit() else int(value[:4]) - year
        earlier = same_period_before(value, years)
        if earlier is not None:
            return DateValue(earlier, prior.attrs.get("grain"))
    return None


# A relative period (上个月, 当月, 本年度, 上一年度) or a yearless date (3月底前) in the sentence of a
# recurring time (每月10日前, 每年2月底前) recurs with it: no one value (dev gold pt-165349
# 每月10日前将上个月…, pt-176849 每月28日前…填报截至当月…, sc19-4 每年2月底前…，3月底前…).
_RECURS_WITH = re.compile(
    rf"(?:本月|当月|上一?[个個]?月|下一?[个個]?月|次月|本年度|当年度?|上一?年度?|下一?年度?|(?:本|当|[上下]一?[个個]?)季度"
    rf"|(?:第|前)?{_QNUM}季度|{_MNUM}月.*)$"
)


# A bare day listed after a date (2026年8月25日、26日; 每个月 14 日、29 日) is a date of the same month;
# so is a bare range of days (4月15日至19日、23日至27日: a Guangzhou police notice, probe gz15), and a
# day joined by 和/及 with the deadline it shares (务必于每月15日和30日前…报送: 国家茧丝绸协调办公室 2006,
# probe date35). Not a span of days (15日和30日内: an offset).
_LISTED_DAY = compile_cached(
    rf"(?:、|和|及){_S}({_DNUM}){_S}[日号](?:{_S}[至到—－–~～-]{_S}({_DNUM}){_S}[日号])?(?:[以之]?前)?(?![报记志程内游])"
)
# Joined by 和/及 the day keeps the date's own mark: 3月15日和30日, 5号和6号; 2024年5月1日和3号楼 (or 和10号线,
# 和2号令) goes on with a number, no day (review4); nor does 12月31日及1日游.


# The day of a recurring month that a bracketed gloss names (季后第1个月(即1月、4月、7月和10月)8-20日,
# 季后第2个月(即2月、5月、8月、11月)10日前: a 人社 procedure, probe date45p): a bare day right after the
# gloss is in that month, and recurs with it (null). Only after a recurring month: a bare day after any
# other bracket names no month.
_GLOSSED_DAY = compile_cached(
    rf"[(（][^()（）。；\n]{{1,30}}[)）]{_S}({_DNUM}{_S}(?:[至到—－–~～-]{_S}{_DNUM}{_S})?[日号](?:[以之]?前)?)(?![报记志程内游])"
)


def _glossed_days(text: str, out: list[Mention]) -> list[Mention]:
    """Bare days after the bracketed gloss of a recurring month (value null)."""
    found = []
    for prior in out:
        expression = text[prior.start : prior.end]
        if prior.attrs.get("value") is not None or not expression.endswith(("月", "月份")) \
                or not expression.startswith(("每", "季后", "季後")):
            continue
        if (m := _GLOSSED_DAY.match(text, prior.end)) is not None:
            found.append(Mention("DATE", m.start(1), m.end(1), "date.rule", {"value": None, "grain": "day"},
                                 PRIORITY["date.rule"]))
    return found


def _listed_days(text: str, out: list[Mention]) -> list[Mention]:
    """The bare days that continue a list after a date ending in 日 (gz-5: 8月25日、26日)."""
    found = []
    for prior in out:
        if not text[prior.start : prior.end].endswith(("日", "号")):
            continue
        end = prior.end
        while (m := _LISTED_DAY.match(text, end)) is not None:
            if text[m.start()] in "和及" and text[m.end(1):m.end()].lstrip()[:1] != text[prior.end - 1]:
                break
            day = cn_int(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
            last = (cn_int(m.group(2)) if not m.group(2).isdigit() else int(m.group(2))) if m.group(2) else None
            value, prev = None, prior.attrs.get("value")
            if prev and "/" in prev:
                prev = prev.split("/")[-1]  # after a range the list goes on in the month it ended in
            if prev and len(prev) == 10 and prev[:4].isdigit() and day:
                try:
                    value = dt.date(int(prev[:4]), int(prev[5:7]), day).isoformat()
                    if m.group(2):
                        value += "/" + dt.date(int(prev[:4]), int(prev[5:7]), last or 0).isoformat()
                except ValueError:
                    break
            found.append(Mention("DATE", m.start(1), m.end(), "date.rule", {"value": value, "grain": "day"},
                                 PRIORITY["date.rule"]))
            end = m.end()
    return found


# A chronicle (大事记) lists a month's events under a line naming the month alone ("8月"), each item
# opening its line with its bare day or days ("1—2日 洞庭湖生态经济区…", "23日 岳阳市召开…":
# yueyang.gov.cn 大事记 2018-08): the day is a DATE of that month. Without the month's line a bare
# day names no month, and is left alone.
_MONTH_LINE = re.compile(r"^[ \t\u3000]*(?:(\d{4})年)?(1[0-2]|0?[1-9])月(?:份)?[ \t\u3000]*$", re.M)
_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
_CHRONICLE_DAY = re.compile(rf"^[ \t\u3000]*(({_DAY_NUM})(?:[—\-－–~～至]({_DAY_NUM}))?日)(?!报|记|志|程)", re.M)


def _chronicle_days(text: str, out: list[Mention], ctx: Context) -> list[Mention]:
    """The bare days that open a chronicle's lines under the line of their month."""
    months = list(_MONTH_LINE.finditer(text))
    if not months:
        return []
    taken = [(d.start, d.end) for d in out]
    found = []
    for m in _CHRONICLE_DAY.finditer(text):
        head = None
        for h in months:
            if h.end() > m.start():
                break
            head = h
        s, e = m.span(1)
        if head is None or any(a < e and s < b for a, b in taken):
            continue
        expression = f"{head.group(1) + '年' if head.group(1) else ''}{head.group(2)}月{m.group(2)}日"
        if m.group(3):
            expression += f"—{m.group(3)}日"
        dv = resolve(expression, reference=ctx.reference_date, period=ctx.period)
        found.append(Mention("DATE", s, e, "date.rule", {"value": dv.value, "grain": dv.grain}, PRIORITY["date.rule"]))
    return found


# A page that drew 年, 月 and 日 as pictures keeps only the digits of a date: the signature
# "2023515" (cqlp.gov.cn 曲水镇 2023-06), "2018525" (dongning.gov.cn 2018), a field "发布日期:20235",
# or a signature "2021年2月22" that lost its 日 (jinxiang.gov.cn 2021-02). Such a run is a DATE
# alone on its line, under the signing body's line or after a date field's label, and only where
# its digits read as one date (2023111 may be 1月11日 or 11月1日: left alone). Table cells and
# counts are no such lines. A portal's other date fields lose it alike ("发布日期:2018年03月27" then
# "生效日期:2018年03月27": a 山西 晋政发〔2018〕13号 page, probe date29).
_LOST_UNITS = r"((?:19|20)\d\d)(?:(\d{1,4})|年(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9]))"
_DATE_FIELD = (r"(?:[发發]布|成文|印[发發]|[发發]文|生效|生成|施行|[实實]施|公布|公[开開]|[签簽][发發]|"
               r"废止|廢止|失效|[终終]止)")
_STRIPPED_DATE = re.compile(
    rf"^[ \t\u3000]*((?:{_DATE_FIELD}?日期[:：][ \t\u3000]*)?){_LOST_UNITS}[ \t\u3000\r]*$", re.M)
_LOST_UNITS_LINE = re.compile(rf"[ \t\u3000]*{_LOST_UNITS}[ \t\u3000]*")
# the signing body's line: a name and nothing else (a table's row has digits or separators)
_SIGNER_LINE = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff（）()]{3,30}"
                          r"(?:政府|办公室|辦公室|委员会|委員會|[局厅廳委部院处處镇鎮]|中心|办事处|辦事處|管委会|管委會)[ \t\u3000\r]*$")


def _digit_readings(year: int, rest: str) -> list[tuple[int, int, int | None]]:
    """The dates a year's trailing digits can write: (year, month, None) or (year, month, day)."""
    found: list[tuple[int, int, int | None]] = []
    if len(rest) <= 2 and 1 <= int(rest) <= 12:
        found.append((year, int(rest), None))
    for i in range(1, len(rest)):
        month, day = rest[:i], rest[i:]
        if len(month) > 2 or len(day) > 2 or month[0] == "0" and len(month) == 1:
            continue
        try:
            dt.date(year, int(month), int(day))
        except ValueError:
            continue
        found.append((year, int(month), int(day)))
    return found


def _lost_units(m: re.Match[str], first: int) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a match of _LOST_UNITS whose year is group ``first``."""
    year, rest = int(m.group(first)), m.group(first + 1)
    if rest:
        readings = _digit_readings(year, rest)
        return readings[0] if len(readings) == 1 else None
    return year, int(m.group(first + 2)), int(m.group(first + 3))


def lost_units_date(line: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a line that is only a date whose 年/月/日 the page lost
    (2018525, 20235, 2021年2月22); None where its digits read as no date or as two. The
    document record reads a signature with it; whether the line is a signature is the caller's."""
    m = _LOST_UNITS_LINE.fullmatch(line)
    return _lost_units(m, 1) if m else None


def _stripped_dates(text: str, out: list[Mention], ctx: Context) -> list[Mention]:
    """Dates whose unit characters the page lost, on a signature line or after a date label.
    Read on the original lines (normalization joins a signature to the sentence before it)."""
    source = ctx.source
    original, index = getattr(source, "original", None), getattr(source, "index", None)
    lines = original if original and index is not None else text
    found = []
    for m in _STRIPPED_DATE.finditer(lines):
        if not m.group(1):
            k = m.start()
            while k > 0 and lines[k - 1].isspace():
                k -= 1  # the line above, past blank lines (not a copy of all the text before)
            if not _SIGNER_LINE.search(lines[lines.rfind("\n", 0, k) + 1 : k]):
                continue
        ymd = _lost_units(m, 2)
        if ymd is None or not 1949 <= ymd[0] <= (ctx.reference_date.year + 1 if ctx.reference_date else 2100):
            continue
        expression = f"{ymd[0]}年{ymd[1]}月" + (f"{ymd[2]}日" if ymd[2] else "")
        s, e = m.start(2), m.end(3) if m.group(3) else m.end(5)
        if lines is not text:
            a, b = bisect.bisect_left(index, s), bisect.bisect_left(index, e - 1)
            if a >= len(index) or b >= len(index) or index[a] != s or index[b] != e - 1:
                continue
            s, e = a, b + 1
        dv = resolve(expression, reference=ctx.reference_date, period=ctx.period)
        if not dv.value:
            continue
        out[:] = [d for d in out if not (d.start < e and s < d.end)]  # 2021年2月 of 2021年2月22
        found.append(Mention("DATE", s, e, "date.rule", {"value": dv.value, "grain": dv.grain}, PRIORITY["date.rule"]))
    return found


# A news lead opens with its dateline (新华社北京3月5日电) and then names the day alone (国务院总理李克强
# 5日在政府工作报告中指出; 新華社受權于14日全文播發): that bare day is in the dateline's month. Days of
# a count (15日内, 30日以上) and listed days are not these.
_DATELINE = re.compile(r"(1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日[电電]")
# A part of the day belongs to the span (dev pt-102676: 习近平和夫人彭丽媛4日晚在上海).
_LEAD_DAY = re.compile(r"(?<=[\u4e00-\u9fff])(?<![月年第每至到、前后後近数數])(3[01]|[12]\d|[1-9])日"
                       rf"(?:{DAYPARTS}|晚)?"
                       r"(?=[\u4e00-\u9fff])(?![内內以起前后後至到报報记記志程的])")


# A news item under a dated headline line ("3月18日 國務院常務會議重點研究…" / "國務院總理李克強18日主持召開…":
# people.com.cn's 2013 review of the 国务院常务会议, probe date27n) names the headline's day alone in its
# lead: that bare day, when it is the headline's day, is that date. The headline has no sentence punctuation.
_DATED_HEADLINE = re.compile(r"^[ \t\u3000]*(?:(?:19|20)\d\d年)?(?:1[0-2]|0?[1-9])月(3[01]|[12]\d|0?[1-9])日"
                             r"[ \t\u3000]*[^\s\d。，,；;：:！!？?][^\n。，,；;：:！!？?]{3,60}$", re.M)


def _day_value_at(out: list[Mention], pos: int) -> str | None:
    """The day value (YYYY-MM-DD or XXXX-MM-DD) of the DATE found at ``pos``, if it names a whole day."""
    dated = next((d for d in out if d.start <= pos < d.end), None)
    value = dated.attrs.get("value") if dated else None
    return value if value and len(value) == 10 else None


def _headline_days(text: str, out: list[Mention]) -> list[Mention]:
    """The bare day in the first sentence under a dated headline line, when it is the headline's day."""
    found = []
    taken = [(d.start, d.end) for d in out]
    for line in _DATED_HEADLINE.finditer(text):
        value = _day_value_at(out, line.start(1))
        if value is None:
            continue
        start = line.end() + 1
        stop = min((k for k in (text.find("\n", start), text.find("。", start)) if k >= 0), default=len(text))
        for m in _LEAD_DAY.finditer(text, start, stop):
            if int(m.group(1)) != int(line.group(1)) or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found.append(Mention("DATE", m.start(), m.end(), "date.rule", {"value": value, "grain": "day"},
                                 PRIORITY["date.rule"]))
            break
    return found


# A written year the sentence says an era's 以来 runs up to (2009年是新世纪以来我国经济发展最为困难的一年).
_YEAR_IS = re.compile(r"(?<!\d)((?:1[89]|20)\d\d)年(?:将|又|也|则|就)?是$")


def _era_up_to_year(text: str, out: list[Mention]) -> None:
    """An era's 以来 (新世纪以来, 改革开放以来) after "YYYY年是" runs up to that year, not the reference date:
    2009年是新世纪以来…最为困难的一年 in the 2010 report (dev gold 2001/2009; review26)."""
    for d in out:
        if not d.attrs.get("value") or not text.endswith(("以来", "以來"), d.start, d.end):
            continue
        m = _YEAR_IS.search(text, max(0, d.start - 8), d.start)
        if m is not None and (value := era_until(text[d.start : d.end].replace("以來", "以来"), int(m.group(1)))):
            d.attrs["value"] = value


def _dateline_days(text: str, out: list[Mention]) -> list[Mention]:
    """The bare days of a news lead, valued in the month of its dateline (…3月5日电 …5日在…); its 今天 and 昨天
    are valued from the dateline's day."""
    if "日电" not in text and "日電" not in text:
        return []  # no dateline (most texts): the scan is skipped
    found = []
    taken = [(d.start, d.end) for d in out]
    starts = [d.start for d in out]  # out is sorted by start
    for line in _DATELINE.finditer(text):
        value = _day_value_at(out, line.start())
        if value is None:
            continue
        stop = text.find("\n", line.end())
        for d in out[bisect.bisect_left(starts, line.end()) :]:
            if stop >= 0 and d.end > stop:
                break
            if text[d.start : d.end] in REL_DAY_WORDS and value[:4].isdigit():  # not XXXX-04-14 (no year known)
                # 新华社北京12月27日电 …国务院今天举行… (人民日报 1989-12-28, probe act39): the dateline's day, not
                # the paper's (the day after)
                d.attrs["value"] = resolve(text[d.start : d.end], reference=dt.date.fromisoformat(value)).value
        for m in _LEAD_DAY.finditer(text, line.end(), stop if stop >= 0 else len(text)):
            day = int(m.group(1))
            if day > int(value[8:]) or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found.append(Mention("DATE", m.start(), m.end(), "date.rule",
                                 {"value": f"{value[:8]}{day:02d}", "grain": "day"}, PRIORITY["date.rule"]))
    return found


# An event named by its date in quotes ("“12·21”特大道路交通事故", "“5·13”事故": 国办发〔2004〕7号)
# carries a day of the past: the reference date's year, or the year before when that day is later.
_EVENT_DAY = re.compile(r"(?<=[“\"「『])(1[0-2]|[1-9])[·•．.](3[01]|[12]\d|[1-9])(?=[”\"」』])")


def _event_days(text: str, out: list[Mention], ctx: Context) -> list[Mention]:
    """The dates that name events in quotes (“12·21”), valued as days already past."""
    taken = [(d.start, d.end) for d in out]
    found = []
    for m in _EVENT_DAY.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        value = None
        ref = ctx.reference_date
        if ref is not None:
            try:
                day = dt.date(ref.year, int(m.group(1)), int(m.group(2)))
                value = (day if day <= ref else dt.date(ref.year - 1, day.month, day.day)).isoformat()
            except ValueError:
                continue  # 2·30 is no day, nor 2·29 in the year before
        found.append(Mention("DATE", m.start(), m.end(), "date.rule", {"value": value, "grain": "day"},
                             PRIORITY["date.rule"]))
    return found


# A year written bare as part of a name (guide: a year inside an event name is a DATE): at either
# end of a quoted name ("中国制造2025", "2030启航计划", "2020中国最具幸福感城市": dev pt-160725,
# wr2026-jiangxi; a 鹿城区 建议 2021, probe date29) or opening the name after a quoted slogan
# ("鹭引五洲 才聚八闽"2025全球创新创业大赛: dev wr2026-fujian). A count is no name's year: a unit or
# measure word after the digits (“2025个”, “四类管线”2000公里: 宁夏 2026) leaves them alone.
_UNITS = ("年月日号號元万萬亿億千百个個人家件次项項所台辆輛吨噸米亩畝余餘多条條座名户戶份场場届屆期批支种種类類篇部套块塊"
          "张張只隻头頭匹位股倍度分秒天周点點公平立克斤瓦间間架艘箱桶升")
# The year comes first and the characters before it are looked at behind its four digits: a
# pattern that opens with lookbehinds is tried at every character, one that opens with 1 or 2
# only at those.
_NAME_YEAR = re.compile(
    rf"(?:19[5-9]\d|20\d\d)(?<=[“「『”」』]\d{{4}})(?=[\u4e00-\u9fff])(?![{_UNITS}])"
    rf"|(?:19[5-9]\d|20\d\d)(?<=[\u4e00-\u9fff]\d{{4}})(?<![第{_UNITS}]\d{{4}})(?=[”」』])"
)


def _name_years(text: str, out: list[Mention]) -> list[Mention]:
    """Bare years that open or close a quoted name, valued as that year."""
    taken = [(d.start, d.end) for d in out]
    found = []
    for m in _NAME_YEAR.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        found.append(Mention("DATE", m.start(), m.end(), "date.rule", {"value": m.group(), "grain": "year"},
                             PRIORITY["date.rule"]))
    return found


# An indicator's formula (计算方法：本年度医疗收入－上一年度医疗收入）/上一年度医疗收入×100%; 人数=（本年度人数+
# 上一年度人数）/2) holds for every year it is applied to: its relative years recur like those beside a 每
# (dev gold sc19-4, a national 绩效考核 notice: 本年度 and 上一年度 in its formulas are null).
_FORMULA = re.compile(r"计算(?:方法|公式)[:：]|[=＝]|×\s*100")


def _null_in_recurring_sentences(text: str, out: list[Mention]) -> None:
    """Drop the value of the relative or yearless dates that share a sentence (or clause after ；, or
    line) with a recurring time or that stand in a formula."""
    if not out:
        return
    # One pass over the text: sentence bounds, then each mention's sentence by bisection (linear time).
    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]

    def sentence(pos: int) -> int:
        return bisect.bisect_left(ends, pos)

    flagged, searched = set(), set()
    for rec in out:
        k = sentence(rec.start)
        if k in flagged:
            continue
        if text.startswith(("每", "季后", "季後"), rec.start):
            flagged.add(k)
        elif k not in searched:
            searched.add(k)
            if _FORMULA.search(text, ends[k - 1] + 1 if k else 0, ends[k]):
                flagged.add(k)
    for i, other in enumerate(out):
        if other.attrs.get("value") is None or sentence(other.start) not in flagged:
            continue
        if sentence(other.end) != sentence(other.start):
            continue
        if _RECURS_WITH.match(text[other.start : other.end]):
            out[i] = Mention(other.label, other.start, other.end, other.source,
                             {**other.attrs, "value": None}, other.priority)


# A bare start or end of a year and its month, once the year is known.
_YEAR_EDGE = {"年初": "01", "年底": "12", "年末": "12"}
_BARE_YEAR_END = re.compile(r"(?:年底|年末)(?:前|以前|之前)")
# The words that name one year relative to the reference date.
_RELATIVE_YEAR = re.compile(r"去年|前年|今年|明年")
# How many dates back a 全年 or 年初 looks for its year: a paragraph names it a few dates before.
_SPOKEN_YEAR_REACH = 12


def _spoken_year(text: str, lines: LineStarts, out: list[Mention], pos: int) -> int | None:
    """The year of the last 去年/今年/明年 before ``pos`` in its paragraph that is no comparison's
    base (比去年); None when a written year (2019年) comes after it or the paragraph has none."""
    para = lines.start(pos) - 1
    for n, d in enumerate(reversed(out)):
        if d.end <= para or n >= _SPOKEN_YEAR_REACH:
            return None
        if _WRITTEN_YEAR.search(text, d.start, d.end):
            return None  # a written year speaks for itself (the anchor)
        if text.startswith("今年", d.start) and d.end - d.start > 2:
            return None  # 今年以来, 今年1-9月: the reference year's own stretch, no other year named
        if _RELATIVE_YEAR.fullmatch(text, d.start, d.end) and text[d.start - 1 : d.start] not in ("比", "较", "由", "与", "與"):
            value = d.attrs.get("value")
            return int(value) if value and value.isdigit() else None
    return None


def tag_dates(text: str, ctx: Context) -> list[Mention]:
    """DATE mentions in ``text`` with their resolved ``value`` and ``grain``."""
    out = []
    # Same-length folding keeps offsets: full-width digits match the ASCII patterns.
    folded = _FOLDED.sub(lambda c: _FOLD_CHARS[c.group()], text)  # text.translate(_FOLD)
    starts = _date_starts()
    anchor: tuple[int, int] | None = None  # the last written year and where it ends
    next_year: int | None = None  # the year after the reference date's, once a date names it
    report = ctx.report
    plan = None
    # A document writes the same dates many times (2023年, 今年, 上年): each is resolved once per
    # document and reference (DateValue is frozen; the memo lives for this call only).
    memo: dict[tuple, DateValue] = {}

    def value_of(expression: str, reference: dt.date | None = None, period=None) -> DateValue:
        key = (expression, reference, period)
        dv = memo.get(key)
        if dv is None:
            dv = memo[key] = resolve(expression, reference=reference, period=period)
        return dv

    if report is not None and report.plan_start >= 0 and report.plan_year:
        plan = _whole_year(int(report.plan_year))
    lines = LineStarts(text)  # a paragraph's start per date, found by one index
    found = finditer_from(DATE_PATTERN, [p for p in starts(folded) if _may_open(folded, p)], folded) \
        if starts.usable else DATE_PATTERN.finditer(folded)
    for m in found:
        span = m.group()
        # Trailing layout spaces are never part of a span.
        end = m.end() - (len(span) - len(span.rstrip(" \t\u3000")))
        if end <= m.start():
            continue
        expression = text[m.start() : end]
        if expression in ("今天", "今日") and (_names_a_place(text, end) or _opens_a_medium(text, end)):
            continue  # 今天的甘肃, 今日新疆: the present-day place, no date; 今日竹山网: a county's news site
        if _event_year(text, expression, m.start()):
            continue  # 入学当年, 出生次年: the event's own year (see _EVENT_YEAR)
        same = same_period_year(expression)
        year_word = same or expression
        period = ctx.period
        spoken = None  # the year a 去年/今年 of the paragraph names, when it is the one spoken of
        if plan is not None and report.in_plan(m.start()):
            period = plan  # a report's plan part speaks of the plan year (全年 is 2026 there)
        elif period is None and (report is None or not report.periods) \
                and (year_word in DISCUSSED or expression in _YEAR_EDGE) \
                and (spoken := _spoken_year(text, lines, out, m.start())) is not None:
            # A year named by a word (去年) is the one its paragraph then speaks of: 去年财政增发1000亿元
            #国债…全年货币发行还比年初计划少了…比上年下降 (1999 report: 1998, 1998-01, 1997); 去年，…
            # 基本建设投资比上年增长７．３％ (1987 report: 1985).
            period = _whole_year(spoken)
        elif period is None and report is not None and report.periods and year_word in DISCUSSED \
                and (block_year := _block_year(report, m.start())) is not None:
            # A report read without its head (an excerpt) still has its blocks' periods: 比上年增长 under
            # "在１９９２年快速增长的基础上，１９９３年我国经济继续蓬勃发展" is 1992 (1994 report, probe date44n)
            period = _whole_year(block_year)
        elif period is None and report is None and anchor is not None and year_word in DISCUSSED \
                and "\n" not in text[anchor[1] : m.start()] and not text.endswith(("起", "开始"), 0, anchor[1]):
            # Outside a report, the year its paragraph names is the one under discussion
            # (2014年，…全年粮食生产创造历史新高…比上年增产: 2014 and 2013).
            # Not after an open start (自2025年起, 2027年起): a rule from that year on, whose 当年 is each
            # year it applies in (dev gz-3 按照当年本市居民医保的个人缴费标准, gz-19, gz-33: null).
            year = anchor[0]
            last = None
            for d in reversed(out):
                if d.end <= anchor[1]:
                    last = d if d.end == anchor[1] else None
                    break
            value = str(last.attrs.get("value") or "") if last is not None else ""
            if "/" in value and value[:4] != value.split("/")[-1][:4]:
                # A stretch of years (把１９８４年末至１９８５年一度出现的经济过热现象初步调整过来) is no year under
                # discussion: the paragraph's last single year is (过去一年里…比上年增长: 1986 and 1985, 1987 report).
                # Read within a reach: a long paragraph of stretches is not scanned back whole for each 上年.
                year = _paragraph_year(text, lines, out, m.start(), _year_within, _STRETCH_YEAR_REACH) or year
            period = _whole_year(year)
        elif period is None and expression == "全年" and (report is None or report.plan_start < 0 and not report.periods) \
                and (_YEAR_GOAL.search(text, max(0, m.start() - 4), m.start()) or _YEAR_WORK.match(text, end)):
            # A notice's goal for the year (确保全年各项目标任务圆满完成, 確保全年硬賬硬結) is the year it
            # last named, or its own year (dev sc19-56: 确保完成全年经济社会发展目标 in 2018 is 2018).
            # The year last named may be a word (过去一年…实现了全年正增长: 2020 in a January 2021 meeting).
            named = _paragraph_year(text, lines, out, m.start(), _valued_year)
            year = named or (anchor[0] if anchor is not None else ctx.reference_date.year if ctx.reference_date else None)
            period = _whole_year(year) if year else None
        dv = value_of(expression, reference=ctx.reference_date, period=period)
        if expression in _YEAR_EDGE and dv.value is None:
            month = _YEAR_EDGE[expression]
            if anchor is not None and "\n" not in text[anchor[1] : m.start()] \
                    and _paragraph_year(text, lines, out, m.start(), _year_within) == anchor[0]:
                # A bare 年初/年底 in the paragraph of a written year is in that year, as 全年 is
                # there (2012年，…全面实现年初确定的主要目标: 2012-01; 2006 年，…没有实现年初确定的…目标);
                # not when a later date names another year (从2007年底…到去年底).
                dv = DateValue(f"{anchor[0]}-{month}", "month")
            elif (report is not None or spoken is not None) and period and period[0].year == period[1].year:
                # It looks back in a report's review and ahead in its plan: its part says which year
                # (dev sc-report-2021: 年初剩余的551万农村贫困人口 is 2020-01).
                dv = DateValue(f"{period[0].year}-{month}", "month")
        if dv.value and report is not None and expression == "年内":
            dv = DateValue(None, dv.grain)  # a report's review speaks of the year before its date: no one year
        if dv.value is None and report is None and ctx.reference_date is not None and _BARE_YEAR_END.fullmatch(expression) \
                and not text.endswith(("每年", "每"), 0, m.start()):
            # A notice's bare 年底前 is due ahead, in its own year (许政〔2020〕20号 of May 2020: 年底前，围绕…开展综合督查
            # → 2020-12), as an assignment's deadline already reads it (timex.ahead); 每年年底前 recurs.
            dv = DateValue(ahead(None, expression, ctx.reference_date), "month")
        if anchor is not None and dv.value and _YEARLESS.match(expression) and _follows_year(text, anchor, m.start(), dv, ctx):
            dv = value_of(expression, reference=dt.date(anchor[0], 12, 31), period=ctx.period)
        elif plan is not None and period is plan and dv.value and _YEARLESS.match(expression):
            # A report's plan schedules in its own year: 今年将采取三项举措。一是全面实施营改增，从5月1日起 (2016).
            dv = value_of(expression, reference=plan[1], period=period)
        elif report is None and dv.value and ctx.reference_date is not None \
                and (_YEARLESS.match(expression) or _MONTH_RANGE.fullmatch(expression)) \
                and dv.value[:4] == str(ctx.reference_date.year - 1) and (_STAGE.search(text, max(0, m.start() - 4), m.start())
                                                                         or _STAGE_AFTER.match(text, m.end())):
            # A plan's stage (（四）抽查和重点检查阶段（9月1日至9月30日）) lies ahead, in the reference year,
            # never in the year before as a review's late dates do (probe date35: a 2005 环保专项行动 plan).
            dv = value_of(expression, reference=dt.date(ctx.reference_date.year, 12, 31), period=period)
        elif next_year and dv.value and _YEARLESS.match(expression) and _long_before(dv.value, ctx.reference_date):
            # A text that has named the year after its own speaks of it (a notice of December 2018
            # on the 2019 holidays: 4月5日 is 2019-04-05); a yearless date more than a month
            # before the reference date is in that year (guide: a plan's date takes the year after).
            dv = value_of(expression, reference=dt.date(next_year, 12, 31), period=ctx.period)
        if report is None and dv.value and ctx.reference_date is not None and _YEARLESS.match(expression) \
                and dv.value[:4] == str(ctx.reference_date.year - 1) and _SCHEDULED.search(text, max(0, m.start() - 5), m.start()):
            dv = value_of(expression, reference=dt.date(ctx.reference_date.year, 12, 31), period=period)
        if same:
            # Its period is the part of a year its sentence named before it (今年上半年又比去年同期增长).
            written = _WRITTEN_YEAR.match(same)
            before = _period_in_sentence(text, out, m.start(), int(written.group(1)) if written else None)
            if before is not None:
                dv = before
        if ctx.reference_date is not None and _BARE_PLAN.fullmatch(expression) and dv.value \
                and int(dv.value[-4:]) + _PLAN_OF_ITS_TIME < ctx.reference_date.year:
            continue  # 新征程第一个五年 in 2025: the journey's first five years, no plan of the 1950s
        if ctx.reference_date is not None and str(ctx.reference_date.year + 1) in _WRITTEN_YEAR.findall(expression):
            next_year = ctx.reference_date.year + 1
        start = m.start()
        of = _YEAR_OF.search(text, max(0, start - 4), start) if _MONTH_FIRST.match(expression) else None
        if of is None and _MONTH_FIRST.match(expression):
            # 入学当年的5月1日前: the 的 parts the date from its event's year, which still governs it
            of = _YEAR_OF.search(text, max(0, start - 5), start - 1) if text.endswith("的", 0, start) else None
            if of is not None and not _event_year(text, of.group(), of.start()):
                of = None
            elif of is not None:
                dv = DateValue(None, dv.grain)
                of = None
        if of is not None and _event_year(text, of.group(), of.start()):
            # 出生次年1月1日起: the day recurs with the event; its year word is no DATE of its own
            if out and (out[-1].start, out[-1].end) == (of.start(), start):
                out.pop()
            dv = DateValue(None, dv.grain)
            of = None
        if of is not None:
            # 当年7月3日, 下年1月3日前, 次年3月31日前: one date in the year under discussion, the next
            # or the one before (a recurring deadline in a rule has none: guide, 每年4月底前; dev
            # sc19-4: 上一年度1月至12月 is one DATE, null).
            own = None
            if out and (out[-1].start, out[-1].end) == (of.start(), start):
                own = out.pop().attrs.get("value")  # the 当年 / 上一年度 just tagged is this date's year
            base = value_of("当年", reference=ctx.reference_date, period=period).value
            year_of = int(base) + _YEAR_SHIFT[of.group()[0]] if base and base.isdigit() else None
            if year_of is None and of.group() in ("上年", "上一年") and isinstance(own, str) and own.isdigit():
                # 比上年12月末增长5.2% in a report: the year before the reference, as 上年 alone resolves,
                # not null (review 20a; a rule's recurring 上一年度1月至12月 stays null: dev sc19-4).
                year_of = int(own)
            dv = value_of(f"{year_of}年{expression}", reference=ctx.reference_date) if year_of else DateValue(None, dv.grain)
            start = of.start()
        year = _WRITTEN_YEAR.match(expression)
        if year and dv.value and dv.value[:4] == year.group(1):
            anchor = (int(year.group(1)), end)
        out.append(
            Mention("DATE", start, end, "date.rule", {"value": dv.value, "grain": dv.grain}, PRIORITY["date.rule"])
        )
    if "年是" in text:
        _era_up_to_year(text, out)
    if "、" in text or "和" in text or "及" in text:
        out.extend(_listed_days(text, out))
        out.sort(key=lambda d: d.start)
    if "月" in text:
        chronicle = _chronicle_days(text, out, ctx)
        if chronicle:
            out.extend(chronicle)
            out.sort(key=lambda d: d.start)
    if "电" in text or "電" in text:
        lead = _dateline_days(text, out)
        if lead:
            out.extend(lead)
            out.sort(key=lambda d: d.start)
    headline = _headline_days(text, out) if "月" in text else []
    if headline:
        out.extend(headline)
        out.sort(key=lambda d: d.start)
    stripped = _stripped_dates(text, out, ctx)
    if stripped:
        out.extend(stripped)
        out.sort(key=lambda d: d.start)
    if "·" in text or "•" in text or "．" in text or "." in text:
        events = _event_days(text, out, ctx)
        if events:
            out.extend(events)
            out.sort(key=lambda d: d.start)
    if "“" in text or "「" in text or "『" in text:
        named = _name_years(text, out)
        if named:
            out.extend(named)
            out.sort(key=lambda d: d.start)
    if "季" in text or "每" in text:
        glossed = _glossed_days(text, out)
        if glossed:
            # the characters the dates found cover, marked once: a day overlapping one is left (each day read
            # against every date was quadratic, 8 s for 50 kB of 季后 glosses: review24)
            taken = bytearray(len(text) + 1)
            for d in out:
                taken[d.start : d.end] = b"\x01" * (d.end - d.start)
            out.extend(g for g in glossed if taken.find(b"\x01", g.start, g.end) < 0)
            out.sort(key=lambda d: d.start)
    _null_in_recurring_sentences(text, out)
    if "五年计划的" in text or "五年計劃的" in text:
        parts = _plan_parts(text, out)
        if parts:
            out.extend(parts)
            out.sort(key=lambda d: d.start)
    if report is not None and report.periods:
        out.extend(_review_spans(text, report, [(d.start, d.end) for d in out]))
    return out
