"""A work report's parts: where its opening ends, where its plan part starts, and the
period each block speaks of (the review's years, the plan's year or a coming five-year
plan's). One authority for the date stage, activities and what else reads a report's
sections; it reads the clean text and its blocks (``text.layout``) only.
"""

from __future__ import annotations

from govie.text import recached as re
from dataclasses import dataclass, field

from govie.text.layout import Block, Structure
from govie.text.numerals import cn_int
from govie.timex import five_year_plans

__all__ = ["ReportParts", "is_report", "report_cited", "report_parts"]

# A government work report opens with these (《政府工作报告》 is cited, not the text; so is 〈政府工作报告〉 inside
# a title, as a province's 重点任务分工方案 names it: 《2021年省〈政府工作报告〉重点任务分工方案》, 粤府〔2021〕22号).
_REPORT_HEAD = re.compile(r"各位代表|(?<![《〈])政府工作报告(?![》〉])|向大会报告")


# The report itself names itself in its title line ("2026年安徽省政府工作报告", "政府工作报告") or its speaker's
# formula ("向大会作政府工作报告", a caption's "任振鹤作政府工作报告"); inside any other sentence it is cited:
# "全面理解把握政府工作报告的重大部署", "从八个方面传达政府工作报告主要精神" (工信部 干部大会 news,
# srtc.org.cn 2020): news of a meeting about the report, not the report.
_TITLE_PREFIX = re.compile(r"[^，。；：,;:！？!?\n]{0,24}")
# A headline whose words before the report name what a meeting does with it ("李克强主持国务院全体会议讨论政府工作报告",
# fx361.cc 2014-02-26, probe act46; "…审议政府工作报告（征求意见稿）", "学习传达…"): news, the report is cited.
# A notice that hands the report's tasks out ("关于印发2025年政府工作报告重点工作和民生实事项目责任分解的通知",
# "关于分解…政府工作报告目标任务的通知", probe date39p: 海盐县 2025, 张家川 2016) cites it too.
_CITING_VERB = re.compile(r"主持|讨论|审议|传达|学习|听取|修改|征求|召开|解读|贯彻|印发|分解|落实")


def report_cited(text: str, start: int, end: int) -> bool:
    """Whether the 政府工作报告 at text[start:end] is cited by a sentence, not the report's own name."""
    if text[start - 1 : start] == "作":
        return False
    line = text.rfind("\n", 0, start) + 1
    if _CITING_VERB.search(text, line, start):
        return True  # a headline that discusses the report is news of a meeting about it
    return _TITLE_PREFIX.fullmatch(text, line, start) is None


# An excerpt that opens at one of a report's top sections has lost the address and the title: "二、2025年工作安排"
# (2025 合肥 report's plan, probe act34), "一、2024年工作回顾", "一、过去五年工作回顾".
# A State Council excerpt cut after the speaker's formula opens on the review's lead line: "首先报告２００１年的工作"
# (2002 report, probe act71s; 一九XX / full-width years as the old reports write them).
# The old State Council reports word it "一、１９９３年国内工作的回顾和１９９４年工作的基本方针" (1994) and "一、关于过去五年的
# 政府工作" (1998, probe act72s): 的 before 回顾, 关于 before the period, 工作 closing the line.
# The 2026 provincial reports name the five-year plan beside the year, before or after it, and word the plan's
# heading 重点工作任务 or 主要任务: "一、“十四五”时期和2025年工作回顾" (新疆, 云南, 河南), "一、2025年工作和“十四五”
# 发展回顾" (安徽), "一、2025年工作总结和“十四五”发展成就" (宁夏), "三、2026年重点工作任务" (青海), "三、2026年主要任务"
# (上海; probe act78w).
_SECTION_HEAD = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、\s*(?:关于)?(?:“十[一二三四五六七八九]五”时期[和及]?(?=\d{4}年))?"
                           r"(?:\d{4}年|[０-９]{4}年|过去的?[一五]年|今年)"
                           r"(?:[^。\n]{0,12}?工作(?:的?回顾|安排|[ \t\u3000]*\n)"
                           r"|[^。\n]{0,12}?“十[一二三四五六七八九]五”(?:时期)?(?:发展)?(?:回顾|成就)[ \t\u3000]*\n"
                           r"|的?(?:重点|主要)(?:工作)?任务[ \t\u3000]*\n)|首先报告(?:\d{4}|[０-９]{4}|[一二][〇○零一二三四五六七八九]{3})年的?工作[ \t\u3000]*\n)")


# A news item quoting the report its head of government delivers: "河南省人民政府代省长尹弘在政府工作报告中提到，2020年，
# 河南将…" (人民网 2020, probe act35): the report's words, not news of a meeting about it.
_REPORT_QUOTED = re.compile(r"(?:长|主席|总理)[\u4e00-\u9fff]{0,4}在政府工作报告中")
# A digest of the report's plan: "《政府工作报告》从九个方面部署了今年的重点工作" over its items (news.cnhubei.com 2019,
# probe act47), or a digest that quotes it paragraph by paragraph ("报告提出，…", "报告指出，…", jxjw.net 2018 on
# 四川's report): the items are the report's own words.
_REPORT_DIGEST = re.compile(r"《政府工作报告》[^。\n]{0,16}?部署了?(?:今年|明年|\d{4}年)")
_DIGEST_QUOTE = re.compile(r"(?:^|\n)[^\n。]{0,6}报告(?:提出|指出|明确|强调)[，,：:]")


# A government's report to a standing committee (国务院关于2022年度环境状况…的报告, 审计查出问题整改情况的报告):
# its address line, then the speaker's formula ("受国务院委托，就…报告如下，请审议", "现报告如下"). It reviews a
# year's work and states the next steps, as a work report does (probe act43: huanbao.bjx.com.cn 2023-05-06,
# npc.gov.cn 2025-12-08). News of a sitting that hears such a report has no address line.
_TO_STANDING_COMMITTEE = re.compile(
    r"(?:^|\n)[ \t\u3000]*(?:[\u4e00-\u9fff]{0,12}人民代表大会常务委员会|(?:委员长|主任)、各位副(?:委员长|主任)、秘书长、各位委员)"
    r"[：:][ \t\u3000]*\n[^\n]{0,300}?(?:报告如下|请审议|请予审议|向[^。\n]{0,12}常委会报告)")


def _cited_in_sentence(text: str, start: int) -> bool:
    """Whether a citing verb comes before ``start`` in its sentence: "县十五届人大五次会议审议通过的《政府工作报告》，
    安排部署了2016年奋斗目标" opens a notice that hands out the report's tasks (probe date39p, 张家川 2016), no digest."""
    begin = max(text.rfind(c, 0, start) for c in "。！？!?\n") + 1
    return _CITING_VERB.search(text, begin, start) is not None


# An excerpt that opens at a review headed without its period ("一、工作回顾", 2026 吉林 report, probe act78w) is a
# report where the speaker turns to the deputies later on ("各位代表！" on a line of its own); a body's yearly
# summary headed so addresses no deputies.
_BARE_REVIEW = re.compile(r"(?:^|\n)[ \t\u3000]*一、\s*工作回顾[ \t\u3000]*\n")
_DEPUTIES_LINE = re.compile(r"\n[ \t\u3000]*各位代表[！!][ \t\u3000]*\n")


def is_report(text: str) -> bool:
    """A government work report (a review and a plan), by its first 600 characters; also a government's
    report to a standing committee."""
    return any(m.group() != "政府工作报告" or not report_cited(text, m.start(), m.end())
               for m in _REPORT_HEAD.finditer(text, 0, 600)) or _SECTION_HEAD.search(text, 0, 600) is not None \
        or _REPORT_QUOTED.search(text, 0, 600) is not None or _TO_STANDING_COMMITTEE.search(text, 0, 600) is not None \
        or any(not _cited_in_sentence(text, m.start()) for m in _REPORT_DIGEST.finditer(text, 0, 600)) \
        or ("《政府工作报告》" in text[:600] and len(_DIGEST_QUOTE.findall(text, 0, 1500)) >= 2) \
        or (_BARE_REVIEW.search(text, 0, 600) is not None and "各位代表" in text and _DEPUTIES_LINE.search(text) is not None)


@dataclass
class ReportParts:
    head_end: int = 0  # the opening ("我代表省人民政府，向大会报告工作") ends here
    # Where the opening formula's sentence starts, when its line reports actions before it ("国务院…拟订了一九九一年
    # 计划草案。现在，我受国务院委托，向大会报告…"); -1 otherwise. Those sentences are the review's, not the head's.
    opening: int = -1
    opening_from: int = -1  # where the paragraph holding the opening formula starts (its line, or an earlier one)
    plan_start: int = -1  # the plan part starts here (the review ends); -1: none found
    plan_by_heading: bool = False  # a heading (not a lead sentence or a mark) started the plan
    periods: dict[int, str] = field(default_factory=dict)  # block start -> the period its review speaks of
    plan_year: str | None = None
    plan_periods: dict[int, str] = field(default_factory=dict)  # block start -> a plan period other than plan_year
    # Where a lead that dates the whole plan (or a plan section) first opens a sentence ("二、对今年政府工作的建议",
    # "今年发展主要预期目标是", "做好今年工作，要…", "今年的农业和农村工作，要…"); -1: none in the text. A State
    # Council excerpt cut into the middle of its plan has lost it, and its undated tasks have no date (guide).
    plan_led: int = -1
    national: bool = False


    def period_starts(self) -> list[int]:
        """The sorted block starts of ``periods`` (sorted once per document)."""
        cached = self.__dict__.get("_period_starts")
        if cached is None or len(cached) != len(self.periods):
            cached = self.__dict__["_period_starts"] = sorted(self.periods)
        return cached

    def in_plan(self, pos: int) -> bool:
        return 0 <= self.plan_start <= pos


# Where a report's plan starts: "二、2026年工作安排", "今年经济社会发展的主要预期目标是", "今年是…开局之年",
# "各位代表！１９９３年是全面贯彻落实党的十四大精神…的一年" (the report's own year, as the plan's lead),
# "三、对2018年政府工作的建议" (sc-report-2018; "对今年政府工作的建议" in 2003, 2013, 2023).
_PLAN_START = re.compile(
    r"[\s一二三四五六七八九十、（）()]*(?:各位代表[！!，,：:]\s*)?(?:对?(?:(\d{4})年|今年|明年)(?:[^。\n]{0,16}?"
    r"(?:工作安排|工作任务|重点工作|总体要求|主要任务|政府工作|工作建议)|是)|今年要)"
)
# A plan's targets in a block's first sentences: "今年进出口总额预期增长7.5%左右" (a plan part whose heading
# an excerpt has lost), "今年计划安排的信贷规模", "今年我国发展面临的困难更多更大…，我们要做打硬仗的充分准备".
_TARGETS = re.compile(r"主要预期目标|预期目标(?:是|为|：)|今年(?:要|拟|将|计划)|今年[^。，；\n]{1,10}(?:预期|计划)(?:增长|目标|安排)"
                      r"|今年[^。；\n]{0,40}[，,]我们(?:要|将|必须)"
                      r"|是今年(?:政府)?工作的(?:重点|重中之重|首要任务)"
                      # the plan's lead after a heading without a year: "通观全局，今年经济发展要着重抓好以下几个方面"
                      # (sc-report-2007), "今年要着重抓好以下工作" (sc-report-2000, 1998), "是要着重抓好以下的十项工作"
                      # (sc-report-1979), "今年要着重做好以下几方面的工作" (sc-report-2006)
                      r"|今年[^。，；\n]{1,8}?要|要[^。，；\n]{0,6}(?:抓好|做好)以下"
                      # "做好今年政府工作，要把握好以下几点" (sc-report-2009, 2010, 2014, 2015, 2017, 2018, 2019; wr2026-山东
                      # "做好今年工作，必须坚持…"): the plan's principles, after its heading or as its lead
                      r"|^\s*做好今年[^。，；\n]{0,6}工作[，,](?:要|必须)"
                      # "今年，将重点做好以下九个方面工作" (2025 西藏 report), "今年河南将聚焦…" (probe act35); a forecast
                      # (今年预计将比去年增长) is no plan
                      r"|今年[，,]?(?:[^。，；\n预估比]{1,8}?)?将(?![军领士])"
                      # a section's lead naming this year's work in a field: "今年的经济体制改革，要以国有企业改革为重点"
                      # (sc-report-1995), "今年的农业和农村工作，要全面贯彻…" (1999 report, probe act56)
                      r"|^\s*今年的[^。，；\n]{1,12}[，,]\s*要(?![求素点闻件害务领])")
# A news item's lead into the plan it quotes, with the plan's year (no earlier than the report's):
# "报告指出，山西省2023年要加快构建…", "报告提出，2023年，在成渝地区双城经济圈建设上，四川将…", "针对2024年重点任务，
# 报告提出", "向大会报告政府工作时提出2022年主要任务" (probe act35: 山西, 四川, 北京 2024 and 2022).
_PLAN_LEAD = re.compile(r"(\d{4})年(?:[^。；\n]{0,24}?(?<![主重需必只纲摘提不纪简概险])(?:将(?![军领士比])|要(?![求素点闻件害务领]))"
                        r"|[^。\n]{0,4}?(?:主要任务|重点任务|重点工作|工作任务))")
# The same lead inside the opening of a news item ("今年深圳将怎么做", 深圳晚报 2025): the plan starts after it.
# So does a digest's lead naming the year's tasks the report set ("《政府工作报告》从九个方面部署了今年的重点工作",
# news.cnhubei.com 2019, probe act47).
_HEAD_PLAN_LEAD = re.compile(_PLAN_LEAD.pattern + r"|今年[^。，；\n预估比]{0,8}?将(?![军领士])"
                             r"|部署了?今年的?(?:重点|主要)?(?:工作|任务)")
_REVIEW_PERIOD = re.compile(r"过去的?五年|五年来|这五年|的五年|十四五”?(?:时期|以来)|过去的?一年|这一年|一年来")
# A year names the period of a block only where it opens it ("１９８４年，我国…", "一、２０１１年工作回顾",
# "刚刚过去的一九八三年"); a year further on is a figure's ("农民人均纯收入，１９８２年为２７０元").
# Old reports write it in Chinese numerals (一九八○年) or full-width digits.
_REVIEW_YEAR = re.compile(r"[\s一二三四五六七八九十、．.（）()]*(?:在|刚刚过去的|过去的)?"
                          r"(\d{4}|[一二][〇○零一二三四五六七八九]{3})年(?!代|以前|以后|前|后|至|到|—|-)")
_BASE_CLAUSE = re.compile(r"[^，,。\n]{0,16}基础上[，,]")
_CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")


# (not the noun 工作报告 followed by a word of work: a title line "2019年湖北省政府工作报告（今年重点工作摘编）", probe act52)
_REPORT_OPENING = re.compile(r"(?:我代表|我受|代表[^，。\n]{0,12}(?:政府|国务院))[^。\n]{0,40}(?:报告|報告)"
                             r"|(?<!工作)(?:报告|報告)[^。\n]{0,6}工作")


# A block that opens with a five-year plan's name (二、“十二五”时期的主要目标和任务; “十四五”时期是…) speaks of
# that plan's years; reviewed (“十三五”时期发展成就, 回顾) or begun before the report's year, it is no plan.
_FYP_OPEN = re.compile(r"[\s一二三四五六七八九十、．.（）()]*“?(十[一二三四五六七八九]?五|[一二三四五六七八九]五)”?(?:时期|期间|规划|计划)")
_FYP_REVIEW = re.compile(r"回顾|过去|成就|以来")
# A block whose first sentences set the coming plan's tasks ("…重大问题。“十五”期间要把…", "“七五”期间，要…"):
# a report cut after its plan's heading still shows where the plan speaks (sc-report-2001, -1981, -1986; wr2026 甘肃,
# 贵州, 内蒙古: "“十五五”时期要").
_FYP_TASKS = re.compile(r"“?(十[一二三四五六七八九]?五|[一二三四五六七八九]五)”?(?:时期|期间)[，,]?(?:要|必须)")
_TOP_SECTION = re.compile(r"\s*[一二三四五六七八九十]+、")
# A report's review is its first top section ("一、2014年工作回顾", "一、过去一年工作回顾", "一、１９９３年国内工作的回顾
# 和…"); every later top section is forward-looking (二、2015年工作总体部署, 三、把改革开放扎实推向纵深 in sc-report-1992,
# 1994, 1995, 1997, 1999, 2000, 2005, 2007, 2015 and the wr2026 reports). So a later top heading without a year
# starts the plan where an excerpt has lost the plan's dated heading (sc-report-2015 cut to "三、把改革开放…").
_TOP_HEADING = re.compile(r"\s*([一二三四五六七八九十]+)、([^。\n]{1,40})\n")
_NOT_PLAN_HEADING = re.compile(r"回顾|过去|以来|成就|经验|体会|年来")
_REVIEW_SECTIONS = 99  # review_rank of a review whose top sections are its own: no top heading starts the plan
# An excerpt that has lost both the plan's heading and its lead still shows the plan where a block
# speaks of this or next year's measures anywhere in it: "今年要新增8000万吨标准煤的节能能力"
# (sc-report-2010), "今年中央财政安排科技投入716亿元", "从今年起用两年时间，全部免除…" (sc-report-2006),
# "从今年起，在全国全面推行外贸承包经营责任制" (sc-report-1988), "明年计划轻工业产值…", "明年准备着手改造…"
# (sc-report-1980, delivered in August). 要 of 主要/重要, 计划 as a noun (今年增加灌溉面积的计划) and a
# 的 in between (为今年的生产做了…准备, sc-report-1959) are none.
# A report delivered late in its year reviews "今年" and forecasts its outcome (sc-report-1981: 今年预计将比去年
#增长９％, 今年比去年又将有较多的增加, 原来估计今年要动用…, 今年２月修订计划时, 今年１至９月安排了…就业): a
# comparison (比), an estimate, 计划 as a noun or 了 after the verb is no plan.
_PLAN_MARK = re.compile(r"(?:今年|明年)[^。，；;,\n的比]{0,8}?(?:(?<![主重需必只纲摘提不纪简概险])要(?![求素点闻件害务领])"
                        r"|拟|将(?![军领士比])|计划(?![的以和及与时、，,。；])|准备(?!工作)|安排(?!了))|从今年起")
# "根据…全会的决策，从今年起，把…" (sc-report-1979): a decision reviewed; 预计/估计: a forecast
_PLAN_MARK_QUOTED = re.compile(r"决策|决定|提出|号召|认为|预计|估计")
# A block with two sentences that open on 要 sets tasks ("当前，物价上涨较快…。要把稳定物价总水平作为宏观调控的首要
# 任务…。要以经济和法律手段为主…", sc-report-2011; "要积极推行…。要着手组建…", sc-report-1984): on the readable
# State Council reports 172 of 2808 plan blocks and 16 of 1076 review blocks (mostly 1984's headingless plan) do so.
_MODAL_OPEN = re.compile(r"(?:^|[。；！？])[\s\u3000]*(?:我们)?(?:都|还|也)?要(?![求素点闻件害务领])")
# A modal lead that opens a list of tasks ("全面改革经济体制，要着重解决以下问题。" over 第一、…第三、 of sc-report-1983's
# plan; "产业结构调整和升级…，要突出以下几个方面。" in 2001's, probe act66o): the items after it are the plan's.
_TASK_LIST_LEAD = re.compile(r"(?:^|[。；！？，,])[^。；！？\n]{0,24}?(?<![主重需必只纲摘提不纪简概险])要(?![求素点闻件害务领])"
                             r"(?:着重|重点|突出|切实|认真)?(?:解决|抓好|做好|突出|注意|把握|处理好)?以下[^。；！？\n：:]{0,6}?"
                             r"(?:问题|方面|工作|几点|任务)[。：:]")


# The year a report is delivered in, named by its title line before the body (not "关于2020年…的报告" of a year's work).
_TITLE_YEAR = re.compile(r"[^。\n]{0,8}?(?:(\d{4})年(?!工作|度)[^。\n]{0,20}?政府工作报告|[^。\n]{0,20}?政府工作报告[（(](\d{4})年?[）)])")


# A lead that dates the plan's tasks, opening a sentence (after at most a short clause): the plan's dated heading
# ("二、对今年政府工作的建议" sc-report-2003, "二、2015年工作总体部署"), its lead ("１９９３年是…的一年", "今年发展主要
# 预期目标是" 2023, "综合分析各方面情况，今年我国发展面临的困难更多更大…，我们要…" 2016, "做好今年工作，要…" 2021) or a
# section's ("今年的经济体制改革，要…" 1995). A topic's figure ("今年进出口总额预期增长7.5%左右", 2014) or a
# topic called this year's priority ("…是今年工作的重点", 2012) dates no other task.
_WIDE_LEAD = re.compile(
    r"(?:^|(?<=[。！!？?\n]))[\s\u3000一二三四五六七八九十、（）()]*(?:各位代表[！!，,：:]\s*)?(?:[^。，；！？\n]{0,12}[，,])?"
    r"(?:对?(?:(\d{4})年|今年|明年)的?[^。\n]{0,16}?(?:工作安排|工作任务|重点工作|总体要求|主要任务|政府工作|工作建议"
    r"|工作总体部署|工作的建议)"
    r"|(?:(\d{4})年|今年)是"
    r"|今年[^。\n]{0,12}主要预期目标"
    r"|做好今年[^。，；\n]{0,6}工作[，,]"
    # "通观全局，今年经济发展要着重抓好以下几个方面" (sc-report-2007), "今年要重点做好以下几方面工作" (2021)
    r"|今年[^。，；\n]{0,8}?要[^。，；\n]{0,4}?(?:抓好|做好)以下"
    r"|今年[^。；\n]{0,40}[，,]我们(?:要|将|必须)"
    r"|今年的[^。，；\n]{1,12}[，,]\s*要(?![求素点闻件害务领]))", re.M)


def _plan_led(text: str, start: int, year: int | None) -> int:
    """Where the first lead that dates the plan's tasks (``_WIDE_LEAD``, of the report's year or later) opens a
    sentence after ``start``, or -1."""
    for m in _WIDE_LEAD.finditer(text, start):
        y = m.group(1) or m.group(2)
        if y is None or year is None or int(y) >= year:
            return m.start()
    return -1


def _title_year(text: str, head_end: int) -> int | None:
    """The year in the head's title line "2021年XX省政府工作报告", or None."""
    for line in text[:head_end].split("\n"):
        m = _TITLE_YEAR.match(line)
        y = m and int(m.group(1) or m.group(2))
        if y and 1949 <= y <= 2100:
            return y
    return None


def _plan_lead(pattern: re.Pattern, text: str, start: int, end: int, year: int | None) -> bool:
    """Whether text[start:end] leads into a plan (``pattern``) of the report's year or later."""
    for m in pattern.finditer(text, start, end):
        if m.group(1) is None or year is None or int(m.group(1)) >= year:
            return True
    return False


def _top_heading(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(ordinal, title) of a top-level section heading "二、…" opening text[start:end], or None."""
    m = _TOP_HEADING.match(text[start : min(end + 1, start + 48)] + "\n")
    if not m or len(m.group(1)) > 2:
        return None
    n = cn_int(m.group(1), digits=False)
    return (n, m.group(2)) if n is not None else None


# "首先报告２００１年的工作": the review's lead line (its year's work), not a title naming the report.
_REVIEW_LEAD_LINE = re.compile(r"[ \t\u3000]*首先报告[^。\n]{0,12}工作[ \t\u3000]*$")


def report_parts(text: str, st: Structure, year: int | None, national: bool = False) -> ReportParts:
    """The start of a report's plan part and the period each block of its review speaks of;
    ``year``: the year the report is delivered in; ``national``: a State Council report (see
    ``_plan_after_results``)."""
    doc = ReportParts()
    head_end = 0
    opened = False  # the head is a delivered report's opening, not a title or a notice naming one
    for b in st.blocks:
        if b.start >= 800:
            break
        if _REVIEW_LEAD_LINE.match(text, b.start, b.end):
            break  # the review's lead line: the body has begun
        m = _REPORT_OPENING.search(text, b.start, b.end)
        if m:
            head_end = b.end  # "我代表省人民政府，向大会报告工作": the opening, not the plan
            lo = b.start
            stop = max(text.rfind(c, lo, m.start()) for c in "。！？!?")
            # The formula's sentence may open a line of its own inside a paragraph broken around a title
            # ("…国务院认真听取各方面意见，制定了《\n中华人民共和国…纲要（草案）\n》。现在，我代表国务院…", 2001 report,
            # probe act75s): the lines before it, joined to it by a title broken across lines, are that paragraph's
            # and report actions too.
            for prev in reversed(st.blocks[: st.blocks.index(b)]):
                if prev.end > lo or "\n\n" in text[prev.end : lo] or not (
                        text[lo:].lstrip().startswith("》") or text[prev.start : prev.end].rstrip().endswith("《")):
                    break
                lo = prev.start
                if stop < 0:
                    stop = max(text.rfind(c, lo, m.start()) for c in "。！？!?")
            if stop >= 0:
                doc.opening = stop + 1
                doc.opening_from = lo
            opened = True
            break  # a later "去年政府工作报告提出…" is the review
        if "政府工作报告" in text[b.start : b.end] or ("报告" in text[b.start : b.end] and "。" not in text[b.start : b.end]):
            # without that opening, the last title line ("2026年甘肃省政府工作报告") or a news item's lead naming
            # the report; a quoting paragraph ("报告称，…。", "报告提出，过去五年，…") is its body (probe act35, 四川 2023)
            head_end = b.end
        elif head_end and "。" in text[b.start : b.end]:
            # A body paragraph after the title: the head is over, and a later paragraph naming the report
            # ("2015年政府工作报告量化指标任务基本完成", mkcnfr.com 2016, probe act39) is body, not head.
            break
    doc.head_end = head_end
    if year is None and head_end:
        # No date known: a title line naming the report's year ("2021年陕西省政府工作报告", "（福建省）2020年福州市人民
        # 政府工作报告", probe act52) dates it, so its review's "一、2020年…回顾" and "这一年" read as that year's past
        year = _title_year(text, head_end)
    period = None
    plan_period = None
    review_rank = None  # the ordinal of the review's top heading ("一、…工作回顾")
    last_top = None  # the ordinal of the last top heading seen
    review_line = False  # the review opened on a heading line "…回顾" without an ordinal
    for b in st.blocks:
        if b.start < head_end:
            continue
        opening = text[b.start : min(b.end, b.start + 60)]
        top = _top_heading(text, b.start, b.end)
        if top:
            last_top = top[0]
        if review_rank is None and not top and doc.plan_start < 0 and _REVIEW_LINE.fullmatch(text, b.start, b.end):
            # "“十四五”时期发展成就和2025年工作回顾" (wr2026-内蒙古): a review heading without an ordinal
            review_rank = 0
            review_line = True
        elif review_rank is None and not top and doc.plan_start < 0 and year is not None:
            y = _past_year_line(text, b.start, b.end, year)
            if y:
                # "首先报告２００１年的工作" (sc-report-2002): a heading naming a past year's work is the review,
                # and that year its period until a block names another
                review_rank = 0
                period = y
        if top and doc.plan_start < 0:
            if review_line and review_rank == 0 and top[0] == 1:
                # "2023年工作回顾" over "一、做实为大局服务…" (the courts' and procuratorates' reports, probe
                # act31): a review heading without an ordinal numbers its own sections from one, and the plan
                # opens on its dated heading ("2024年工作安排"); a plan numbered from one follows its lead
                # ("今年经济社会发展的主要预期目标是…", wr2026-内蒙古) and has started already. A lead naming the
                # year's work ("首先报告２００１年的工作", sc-report-2002) is followed by the plan's "一、".
                review_rank = _REVIEW_SECTIONS
            elif review_rank is None and "回顾" in top[1]:
                review_rank = top[0]
            elif review_rank is not None and top[0] > review_rank and not _NOT_PLAN_HEADING.search(top[1]):
                doc.plan_start = b.start
                doc.plan_by_heading = True
        m = _PLAN_START.match(opening)
        f = _FYP_OPEN.match(opening) or _FYP_TASKS.search(opening)
        fyp = five_year_plans().get(f.group(1)) if f else None
        if fyp and year is not None and fyp[1] >= year and not _FYP_REVIEW.search(opening):
            # "二、“十二五”时期的主要目标和任务", "“十四五”时期是…第一个五年": the coming plan's tasks
            plan_period = f"{fyp[1]}/{fyp[2]}"
            if doc.plan_start < 0:
                doc.plan_start = b.start
                doc.plan_by_heading = top is not None or "。" not in text[b.start : b.end]
        elif m and (m.group(1) is None or year is None or int(m.group(1)) >= year) or _TARGETS.search(opening) or \
                _plan_lead(_PLAN_LEAD, text, b.start, b.start + len(opening), year):
            if "回顾" not in opening and not re.search(r"过去|五年来|一年来", opening):
                if doc.plan_start < 0:
                    doc.plan_start = b.start
                    doc.plan_by_heading = top is not None or "。" not in text[b.start : b.end]
                plan_period = None  # "三、2021年重点工作", "今年是…": the report's own year
        elif _TOP_SECTION.match(opening):
            plan_period = None  # "四、全面提升政府治理效能" after the plan's targets: the report's own year
        if doc.plan_start >= 0:
            if plan_period:
                doc.plan_periods[b.start] = plan_period
            continue
        p = _REVIEW_YEAR.match(opening) or _REVIEW_PERIOD.search(opening)
        if p and p.re is _REVIEW_YEAR and "在" in p.group():
            # "在１９９２年快速增长的基础上，１９９３年我国经济继续蓬勃发展" (1994 report, probe date44n): the year of
            # 在…基础上 is the base; the period is the year the clause after it names, if any
            base = _BASE_CLAUSE.match(opening, p.end())
            p = _REVIEW_YEAR.match(opening, base.end()) if base else p
        if p and year is not None:
            if p.re is _REVIEW_YEAR:
                y = int(p.group(1).translate(_CN_DIGITS))
                # 刚刚过去的2025年很不平凡 names the year under review itself, never a figure's year (wr2026-河南)
                if y < year and ("过去" in p.group() or not _figure_year_in_span(period, y, text, b.start + p.end())):
                    period = str(y)
            elif "五年" in p.group() or "十四五" in p.group():
                period = f"{year - 5}/{year - 1}"
            else:
                period = str(year - 1)
        if period:
            doc.periods[b.start] = period
            if review_rank is None and last_top == 1:
                # "一、一年接着一年干，新福建建设持续取得新进展新成效" over "2025年是…。一年来，…": a first
                # top section that reviews a period is the review, whatever its title (wr2026-福建, 广东)
                review_rank = 1
    if doc.plan_start < 0 and not doc.periods and head_end > 0:
        # a news item's opening leads into the plan it quotes: "…向大会报告政府工作时提出2022年主要任务" over the
        # tasks' list, "今年深圳将怎么做" (probe act35)
        head = next((b for b in st.blocks if b.start < head_end <= b.end), None)
        if head is not None and _plan_lead(_HEAD_PLAN_LEAD, text, head.start, head.end, year):
            doc.plan_start = next((b.start for b in st.blocks if b.start >= head_end), -1)
    # A State Council excerpt cut from its opening straight into the review, without the review's heading or
    # dated lead ("一是加大宏观调控力度…我们统筹稳增长…", 2024 report without "一年来，我们…主要做了以下工作";
    # "国民经济…稳步前进。一九八三年，农业生产…又获得大丰收", 1984; probe act75s): its first paragraph reports
    # results, so the review starts there, and the plan at the first block of tasks (要…。要…) or after the
    # review's last results block, not at the opening. (Its first paragraph: a heading line over it,
    # "经济体制改革全面推进，…初步建立。" in the 2001 report, reports nothing.)
    first = next((b for b in st.blocks if b.start >= head_end and len(text[b.start : b.end].strip()) > 40), None) \
        if national and head_end > 0 and doc.plan_start < 0 and not doc.periods and review_rank is None else None
    if first is not None and not _reads_as_results(text, first.start, first.end):
        first = None
    if doc.plan_start < 0:
        _plan_by_marks(text, st, doc, first.start if first is not None else -1)
    if first is not None:
        # the earlier of the two: the plan's first block of tasks may carry no modal (2001 report's 加快农业和农村经济
        # 结构调整。over 积极调整…，加快发展…; its 要…。要… comes a section later), or no results may follow
        # the review's (1984 report's 要积极推行…, whose tasks are too few task words for _plan_after_results)
        by_marks, periods = doc.plan_start, doc.periods
        doc.plan_start = -1
        _plan_after_results(text, st, doc, first.start)
        if by_marks >= 0 and (doc.plan_start < 0 or by_marks < doc.plan_start):
            doc.plan_start = by_marks
            doc.periods = {k: v for k, v in periods.items() if k < by_marks}
    elif doc.plan_start < 0 and not doc.periods and review_rank is None:
        _plan_by_aspect(text, st, doc)
    elif not doc.plan_by_heading and national:
        # Read on State Council reports only (act26-act28): a provincial excerpt whose review runs to the
        # cut read as review-then-plan (wr2026-tianjin 启用, 投入运营), and provincial reports keep
        # their plan headings.
        _plan_after_results(text, st, doc)
    if year is not None and opened and not national:
        # An excerpt cut right after the opening into the review ("…向大会报告工作，请予审议" then "七是民生福祉不断
        # 增进", dev wr2026-liaoningm, -hubeim, -shanghaim; probe act38): a provincial report reviews the year before
        # its own (过去一年) until a block names its period. Not the State Council's, some of which review other
        # spans (sc-report-1954: 1949/1952; sc-report-1980, delivered in August: 1979-01-01/1980-08-30), nor a
        # notice naming a report (县政府工作报告任务分解: its 全年 is its own year, probe date21).
        for b in st.blocks:
            if b.start < head_end:
                continue
            if doc.in_plan(b.start) or b.start in doc.periods:
                break
            doc.periods[b.start] = str(year - 1)
    doc.plan_year = str(year) if year is not None else None
    doc.national = national
    doc.plan_led = _plan_led(text, head_end, year)
    return doc


# An excerpt that keeps only the opening and a stretch of the plan (no heading, no dated lead) still reads as
# a plan: its sentences set tasks (推进, 加快, 深入实施, 力争) and hardly report results (达到, 累计, 获批, 增长5%,
# 了). On the readable wr2026 reports a 3000-character window of the review scores >= 0.48 on results per task
# word, one of the plan <= 0.19 (wr2026-河北, 河南, 江西, 陕西, 山东, 天津, 云南, 福建 plan excerpts: 0.00-0.12).
_RESULT_WORD = re.compile(r"达到|累计|突破|获批|入选|荣获|成功|建成|圆满|位居|居全国|首次|实现了|取得|增长\d|下降\d"
                          r"|提高到|获评|全面完成|了")
# 大力, 切实, 认真, 抓紧 lead the State Council plan's tasks ("大力整顿和规范市场秩序", "切实放宽市场准入", "认真落实…新36条",
# "抓紧制定…标准", 2011 report's 扩大内需 section; "抓紧研究和推进电子商务", 2000: probe act49).
_TASK_WORD = re.compile(r"力争|加快|推动|深入实施|持续|着力|积极|强化|健全|完善|深化|推进|打造|支持|做好|抓好|加强|提升|实施"
                        r"|大力|切实|认真|抓紧")
_REVIEW_LINE = re.compile(r"\s*[^。，；\n]{0,30}回顾\s*")
# A heading line (no ordinal, no sentence) naming a year's work: "首先报告２００１年的工作" (sc-report-2002),
# "2025年工作总结" (county reports: 一、2023年工作总结 / 二、2024年工作安排); the plan's own headings
# ("2026年重点工作", "2024年工作安排") name the report's year or a task word.
_YEAR_WORK_LINE = re.compile(r"\s*[^。，；：:\n]{0,12}?(\d{4}|[０-９]{4}|[一二][〇○零一二三四五六七八九]{3})年的?"
                             r"(?:政府|各项|主要)?工作(?:总结|情况)?\s*")
_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _figure_year_in_span(period: str | None, y: int, text: str, end: int) -> bool:
    """Whether a block's opening year is a figure's, inside the span the review speaks of: "1997年国内生产总值达到
    74772亿元" under "过去的五年，…" (1998 report, probe act72s) keeps 1993/1997; "１９８４年，我国…" (a comma)
    or a year outside the span opens a period of its own."""
    if not period or "/" not in period:
        return False
    a, _, b = period.partition("/")
    if not (a[:4].isdigit() and b[:4].isdigit() and int(a[:4]) <= y <= int(b[:4])):
        return False
    return text[end : end + 1] not in ("，", ",", "、", "是")


def _past_year_line(text: str, start: int, end: int, year: int) -> str | None:
    """The year (before ``year``) of a heading line that names that year's work, or None."""
    m = _YEAR_WORK_LINE.fullmatch(text, start, end)
    if not m:
        return None
    y = int(m.group(1).translate(_FULL_DIGITS).translate(_CN_DIGITS))
    return str(y) if y < year else None


# A State Council review's results without 了 (its five-year review items, 2018 report, probe act56: "营养改善计划惠及
# 3600多万农村学生", "已有1700多万人次受益", "重点群体就业得到较好保障", "城乡区域发展协调性显著增强"): 0.36 results per
# task word with them against 0.19 without, where plan excerpts score at most 0.14 (dev wr2026 *m, 2017 and 1999
# plans of probe act56).
_REVIEW_RESULT = re.compile(r"惠及|受益|得到(?:较好|有效|切实)?(?:保障|改善|缓解)|显著(?:增强|提高|改善|提升)|明显成效")


def _plan_by_aspect(text: str, st: Structure, doc: ReportParts) -> None:
    """Start the plan right after the opening where the whole body reads as tasks, not results."""
    body = text[doc.head_end :]
    tasks = len(_TASK_WORD.findall(body))
    results = len(_RESULT_WORD.findall(body)) + len(_REVIEW_RESULT.findall(body))
    # A short stretch of ten task words or more and not one result word reads as a plan as well (2026 福建 report's
    # 社保 tasks, probe act38: 480 characters, 19 task words).
    if (tasks >= 20 and results / (tasks + 1) < 0.2) or (tasks >= 10 and results == 0):
        doc.plan_start = next((b.start for b in st.blocks if b.start >= doc.head_end), -1)


# A review speaks of last year and of what "we" did: "去年城镇调查失业率一度明显攀升" (sc-report-2023), "面对跌宕起伏的
# 经济形势，我们保持定力" (sc-report-2014); a plan compares with last year (比去年增加8000亿元) and says what we will do.
_REVIEW_CUE = re.compile(r"(?<![比较同])去年(?!同期)|我们(?![要将必一还也都应需有]|[^。，；\n]{0,4}(?:要|将|必须))")


# A review reports projects opened or finished and growth beyond a figure: "联想创新园正式启用", "南港绿色石化科创
# 中心投入运营", "一汽丰田销售总部落户", "产值增长超50%" (wr2026-tianjin's review, whose excerpt ends before its
# targets); a plan sets them as tasks, under a modal or task verb in the same clause ("确保…建成投产").
# The event closes its clause ("投产增效，" at most two characters after), unlike a noun's modifier (不具备落户条件的).
_DONE_EVENT = re.compile(r"(?:启用|投产|投入(?:运营|使用)|落户|竣工|开通|通车|开业|增长超\d[\d.]*%?)"
                         r"(?=[^，。；、,;\n]{0,2}(?:[，。；、,;\n]|$))")
_CLAUSE_TASK = re.compile(r"要|将|力争|确保|争取|实现|促进|" + _TASK_WORD.pattern)


def _done_events(text: str, start: int, end: int) -> int:
    """How many clauses of text[start:end] report a project opened or finished (no task word before it)."""
    n = 0
    for m in _DONE_EVENT.finditer(text, start, end):
        clause = re.split(r"[，。；：,;:\n]", text[start : m.start()])[-1]
        n += not _CLAUSE_TASK.search(clause)
    return n


# A paragraph opening on a belief about what will follow looks forward, whatever its 了.
_BELIEF = re.compile(r"\s*我们(?:相信|深信|坚信)")


def _reads_as_results(text: str, start: int, end: int) -> bool:
    """A block that reports results (达到, 增长6.6%, 了, 投入运营...) more than it sets tasks, or speaks of last
    year's work."""
    if _BELIEF.match(text, start, end):
        return False  # "我们相信只要把以上一系列改革工作做好了，…就会改观" closes a plan section (1984 report, probe act75s)
    if _REVIEW_CUE.search(text, start, end):
        return True
    results = len(_RESULT_WORD.findall(text, start, end)) + _done_events(text, start, end)
    return results > 0 and results / (len(_TASK_WORD.findall(text, start, end)) + 1) >= 0.2


_LIST_ITEM = re.compile(r"\s*([一二三四五六七八九十])是")


def _next_item(text: str, prev: Block, nxt: Block) -> bool:
    """Whether block ``nxt`` opens with the list item after the one ``prev`` opens with (一是… then 二是…)."""
    a = _LIST_ITEM.match(text, prev.start, prev.end)
    b = _LIST_ITEM.match(text, nxt.start, nxt.end)
    return a is not None and b is not None and "一二三四五六七八九十".find(b.group(1)) == "一二三四五六七八九十".find(a.group(1)) + 1


def _plan_after_results(text: str, st: Structure, doc: ReportParts, review_start: int = -1) -> None:
    """Start the plan right after the review's last block that reads as results, where no heading started
    it and everything from there on reads as tasks: a State Council report excerpt keeps its review and a
    stretch of the plan without the plan's heading ("三、2011年的工作"), continuing under a sub-heading
    ("（四）加快推进经济结构战略性调整", sc-report-2011) or mid-section ("着力缓解企业融资难融资贵问题。", dev
    sc-report-2019), so no heading or lead starts the plan, or one in the plan's middle does (今年要…)."""
    given = review_start >= 0
    if review_start < 0:
        review_start = min(doc.periods) if doc.periods else next(
            (b.start for b in st.blocks if b.start >= doc.head_end and _top_heading(text, b.start, b.end)), -1)
    if review_start < 0:
        return
    limit = doc.plan_start if doc.plan_start >= 0 else len(text)
    blocks = [b for b in st.blocks if review_start <= b.start < limit]
    last = max((i for i, b in enumerate(blocks) if _reads_as_results(text, b.start, b.end)), default=-1)
    # The items of one list share their part: "二是…", "三是…" after the review's "一是…" are the review's too,
    # though they read as tasks (二是依靠创新引领产业升级…强化…加快实施…, 2024 report, probe act75s).
    while 0 <= last < len(blocks) - 1 and _next_item(text, blocks[last], blocks[last + 1]):
        last += 1
    if last < 0 or last + 1 >= len(blocks):
        return
    start = blocks[last + 1].start
    # the review before reads as results, the rest as tasks (the whole rest: a plan stretch, not a
    # problems paragraph closing a review)
    review = text[review_start:start]
    rest = text[start:]
    tasks = len(_TASK_WORD.findall(rest))
    # (a review whose first block was read as results, by its words or its 我们, needs no more: the 2024 report's
    # 一是…三是 say 增发1万亿元国债, 两次降低存款准备金率, few words of _RESULT_WORD)
    if (not given and len(_RESULT_WORD.findall(review)) < 3) or tasks < 10 or len(_RESULT_WORD.findall(rest)) / (tasks + 1) >= 0.2:
        return
    doc.plan_start = start
    doc.periods = {k: v for k, v in doc.periods.items() if k < start}


def _plan_by_marks(text: str, st: Structure, doc: ReportParts, review_start: int = -1) -> None:
    """Start the plan at the first block after the review's start that speaks of this or next
    year's measures (``_PLAN_MARK``), where no heading or lead has started it."""
    # The review has begun: a block dated as reviewed, or else the first top heading (一、国民经济在调整…
    # 取得了新的进展, sc-report-1980); a mark in the opening ("从今年起…", 1979) starts nothing.
    if review_start < 0:
        review_start = min(doc.periods) if doc.periods else next(
            (b.start for b in st.blocks if b.start >= doc.head_end and _top_heading(text, b.start, b.end)), -1)
    if review_start < 0:
        return
    for b in st.blocks:
        if b.start <= review_start:
            continue
        if (len(_MODAL_OPEN.findall(text[b.start : b.end])) >= 2 or _TASK_LIST_LEAD.search(text, b.start, b.end)) \
                and not re.search(
                r"回顾|过去|五年来|一年来", text[b.start : min(b.end, b.start + 60)]):
            doc.plan_start = b.start
            doc.periods = {k: v for k, v in doc.periods.items() if k < b.start}
            return
        for m in _PLAN_MARK.finditer(text, b.start, b.end):
            sent = max(text.rfind(c, b.start, m.start()) for c in "。！？；")
            if _PLAN_MARK_QUOTED.search(text, max(sent, b.start), m.start()):
                continue
            if re.search(r"回顾|过去|五年来|一年来", text[b.start : min(b.end, b.start + 60)]):
                break
            doc.plan_start = b.start
            doc.periods = {k: v for k, v in doc.periods.items() if k < b.start}
            return
