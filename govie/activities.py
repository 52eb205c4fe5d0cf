"""Activities: who did what, when — one frame per reported action.

The clean text is segmented (``govie.structure``). Masthead, headings and
distribution lists carry no actions; neither do sections of plans or norms
(2026年重点工作, 工作要求), dense statistics paragraphs, reported speech (会议强调，…)
and clauses of intention (要/将/拟/下一步). A heading such as 大厅巡查情况 over
findings is an inspection by the issuer.

In each body sentence the event predicates of ``triggers.tsv`` are read clause by
clause: light verbs give way to the verb after them (组织X开展Y), adjacent verbs
join (制定印发), generic verbs take their type from the head noun of their object
(``activity_objects.tsv``), and the first trigger of a clause takes the rest of
the clause as its object. Steps of one event (same type, same numbered item, no
place or subject of their own) share its frame.

Agents are the DEPT mentions opening the clause, with partners (与/会同/联合) and
organized bodies (组织X), never recipients (向X), places (在X) or ORGs; without
one, the item's earlier subject, the body its section heading names, or the
document's issuer. The date is the sentence's, else the one leading the item.
"""

from __future__ import annotations

import bisect
import itertools
from govie.text import recached as re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from collections.abc import Iterator
from typing import Any

from govie.kb.lexicons import alternation, load_words
from govie.kb.registry import STATE_COUNCIL
from govie.timex import ahead
from govie.types import Mention
from govie.text.layout import Block, Structure, segment
from govie.text.guide import POLICY_CLOSE as _POLICY_CLOSE, is_guide
from govie.text.report import ReportParts, is_report, report_parts
from govie.taggers.dept import scan_trie_regex
from govie.text.regex_cache import compile_cached

__all__ = ["find_activities", "ActivityFrame"]

_START, _END = re.Match.start, re.Match.end


@dataclass
class ActivityFrame:
    trigger: tuple[int, int]
    type: str
    date: str | None
    agents: list[str]
    name: str | None = None
    location: str | None = None
    titles: tuple[int, ...] = ()
    mode: str = "done"


# What the words just before a chain of DEPT mentions make of those bodies.
_RECIPIENT_MARK = ("向", "对", "给", "为", "将", "把", "督促", "指导", "推动", "要求", "帮助", "支持", "经")
_PLACE_MARK = ("在", "到", "赴", "于", "至", "进", "深入")
_PARTNER_MARK = ("与", "同", "会同", "联合", "协同", "携手", "配合", "协助")
_ORGANIZED_MARK = ("组织", "邀请", "带领", "召集", "抽调")
# What may come before a subject in its clause: numbering, connectives, 由 (由X主办).
_SUBJECT_LEAD = re.compile(
    r"[\s\d.、．（）()一二三四五六七八九十]*(?:[一二三四五六七八九十]是)?(?:上午|下午|晚上|当天|当日|随后|此前)?"
    r"(?:同时|此外|另外|其中|并|还|由|经)?"
)
_CHAIN_GAP = re.compile(r"[、和及与（）()\s]*")
_PART_BREAK = re.compile(r"[；;]")

# Bounds of the windows read around a trigger; they keep long unpunctuated text linear.
_LOOKBACK = 60
_SENTENCE_BACK = 300
_OBJECT_MAX = 150
_CLAUSE_BREAK = re.compile(r"[，,。；;！？!?：:\n]")
_FULL_STOP = frozenset("。！？!?\n")
# Reported speech and plans are not reported actions.
# (Each alternative spelled out to open with a literal: sre then skips in C to the characters the
# scan of every sentence opens with; a leading lookahead made it try the pattern at every position.)
_SPEECH = re.compile(r"强调[，,：:]|指出[，,：:]|表示[，,：:]|认为[，,：:]|要求[：:]|提出[：:]"
                     r"|会议要求[，,]|会上要求[，,]|他要求[，,]|她要求[，,]|并要求[，,]|同时要求[，,]"
                     r"|长要求[，,]|记要求[，,]|任要求[，,]"
                     # a meeting's demand on classes of bodies: "会议将…逐项分解、明确责任，要求各部门、各单位依法履职，
                     # 建立…责任制，…制定…方案" (国务院常务会议, cctv.com 2018-03-21): what follows is required, not done
                     r"|，要求各|,要求各|，要求有关|,要求有关")
# A paragraph that opens with the meeting's words ("会议强调，当前改革发展任务艰巨繁重。各级政府要…。…出台…",
# 国务院常务会议 2018-03-21; "会议指出，…"): its later sentences go on with them.
_MEETING_SPEECH_LEAD = re.compile(r"[\s\u3000]*(?:会议|会上)")
# A sentence on the business of a meeting already reported: 会上…, 会议听取/审议/讨论…
_AT_MEETING = re.compile(r"在(?:会上|会议上)")
_MEETING_STEP_LEAD = re.compile(r"[\s\u3000]*(?:会上|会议(?:还|首先|集中|先后|最后|专题)?(?=听取|传达|审议|讨论|研究|学习|通报))")
# Norms and intentions in the trigger's clause: 各地要开展, 应当组织, 将召开. "在…的大力支持下" is the
# circumstance of a reported action, no norm ("在国家有关部委…的大力支持下,我区与农业部携手合作,成功举办了三届
# 中国(宁夏)园艺博览会", 宁夏回族自治区人民政府表彰决定, fsou.com).
# Prescriptions (what a rule requires or allows): no activity. 要 is a plan in a report's plan part.
_MODAL = re.compile(
    r"应当|(?<![响供对相适反效顺])应(?![用急对收付届有聘]|纳税)|必须|务必|(?<![必无])须(?![知])|鼓励|支持(?!下)|可以|决定|负责(?![人同])"
    r"|(?<![主重需必只纲摘提不纪简概险])要(?![求素点闻件害务领])"
    # a prohibition is a requirement too (guide): 即:不得召开30人以上的地方工作情况汇报会 (news.china.com
    # 2019-09-03, 国务院第六次大督查), 不得面向社会公开举办论坛活动 (10-department notice, freewechat.com)
    r"|不得|严禁|禁止|不准(?!确)|不许(?!可)"
)
# 应 opening 应纳税所得额 (the tax base, a noun) is no modal: "对小微企业年应纳税所得额…再减半征收企业所得税" (dev
# sc-report-2021, 2022 report, probe act68s) reports the government's tax cut.
# The characters _MODAL's and _REPORT_MODAL's matches open with (their lookbehinds read before them).
_MODAL_FIRST = re.compile("[应必务须鼓支可决负要不严禁]")
# A prohibition in a report binds others too (sc-report-2022 不得违规新建楼堂馆所, sc-report-2004 坚决禁止和纠正擅自
# 出台税收优惠政策的行为, sc-report-1997 不准假破产): no action of the government.
# A modal word right after a verb that carries out a policy names the policy, binding no one: "实行鼓励出口和吸引外资
# 等多种政策，深入开展…斗争" (sc-report-1999, probe act45), "出台支持汽车…等消费政策" (sc-report-2024).
_POLICY_NORM = re.compile(r"(?:实行|实施|出台|制定|推出|采取|执行)(?:了|一系列|多项|一批|各项|新的)*$")
_REPORT_MODAL = re.compile(r"应当|必须|务必|鼓励|可以|负责(?![人同])|(?<![响供对相适反效顺回答呼])应(?![用急对收付届有聘该]|纳税)|要求(?![，,。；;])"
                           r"|不得|严禁|禁止|不准(?!确)|不许(?!可)")
# A report's task for a class of bodies, the sentence's subject (sc-report-2022 各地区各部门要切实担负起…责任，积极推出…;
# sc-report-1992 各地要加强中小河流的治理，开展…; sc-report-1975 国务院各部、委，地方各级革命委员会，…都要发动群众…制订
# 自己的计划): a prescription, no activity of the government (guide: tasks for classes of bodies). The
# modal 要 only, as in _MODAL: not 重要/主要/需要 (sc-report-2017 各地区、各部门…取得新的重要进展).
_CLASS_DUTY = re.compile(r"[^。；;！？\n，,]{0,6}?各(?:地|级|部门|地区|部|有关|省|市|县)[^。；;\n]{0,40}?[都也均]?(?:(?<![主重需必只纲摘提不纪简概险])要|必须|务必)(?![求素点])")
# The same task for all of a class: "在三年内，所有企业都要建立起…领导班子" (sc-report-1979), "所有企业都要增强质量观念"
# (1986), "所有工业企业都要努力提高产品质量" (1987), "所有国营大中型企业都要在转换…" (1992), dev sc-report-1995
# "所有企业都要树立市场观念": the firms' or staff's duty, not the government's action.
# The same task for a class of regions, the sentence's subject (2001 report's plan, probe act75s: "粮食主销区要加快…，
# 通过与粮食主产区建立…购销关系", "粮食主产区要继续坚持…，按保护价敞开收购农民余粮"; "西部地区要…", "中部地区要…"): the
# regions' governments act, not the report's; a place named as a scope (在贫困地区…, 对…地区) is no subject.
_REGION_DUTY = re.compile(r"[\s\u3000]*(?![在对向为把同与给从使让])[^。；;！？\n，,、“”]{0,8}?(?:地区|主产区|主销区)[都也均]?"
                          r"(?:(?<![主重需必只纲摘提不纪简概险])要|必须|务必)(?![求素点])")
# ... or the subject of a later clause of the sentence ("在适当扩大中央储备粮规模的同时，粮食主销区要加快…，通过与粮食主产区
# 建立长期稳定的购销关系", 2001 report, probe act75s)
_REGION_DUTY_AFTER = re.compile(r"[，,；;]" + _REGION_DUTY.pattern)
# A clause after the regions' duty that names the government as its subject (…，国务院将出台…, …，国家将建立…,
# …，中央财政要加大…, …，我们将…) reports the government's own action again.
_OWN_SUBJECT_AFTER = re.compile(r"[，,；;]\s*(?:国务院|国家|中央(?:政府|财政)?|我们|各级政府|政府)(?:还|也|则|再)?"
                                r"(?:将|要|会|必须|应)")
# A sentence whose first clause, within its first words, is a command (要…, 各村务必要…, 必须…).
_COMMAND_OPEN = re.compile(r"[^，,。；;：:\n]{0,8}?(?:(?<![主重需必只纲摘提不纪简概险])要(?![求素点闻件害务领])|必须|务必)")
_ALL_DUTY = re.compile(r"(?:[^。；;！？\n，,]{0,10}[，,])?[^。；;！？\n，,]{0,6}?(?:所有|一切)[^。；;\n，,]{0,20}?[都也均]"
                       r"(?:(?<![主重需必只纲摘提不纪简概险])要|必须|务必)(?![求素点])")
# A rule or notice as the subject of the trigger's clause, in a news item that explains it (细则制定了细致安排, 细则明确).
_DOC_SUBJECT = re.compile(r"(?:细则|办法|通知|规定|意见|方案|条例|新政|政策|》)(?:还|也|特别|专门|同时|进一步)?$")
# A call to the reader opening the trigger's clause (快转发给需要的人！, 请及时申领).
_READER_COMMAND = re.compile(r"\s*(?:请|快|赶快|赶紧|记得|别忘了?)(?:您|大家)?\s*")
# Announced for the future: 将, 拟, 计划, 下一步 before the trigger.
# 定于 sets a date for it (定于2015年5月至10月举办…大赛: 教育部 2015, probe full37m).
_PLANNED = re.compile(r"将于|将(?![军领士])|拟|计划|准备|即将|下一步|下步|今后|定于")
# In a report's review 要 and 今年 announce the plan too (今年拟安排, 要对…实行); 今年 as a bare DATE mention too
# ("今年安排地方专项债券1.35万亿元", sc-report-2018 plan, probe act49) in a report delivered early in the year, not a
# dated day (今年4月8日, sc-report-1980).
_REPORT_PLANNED = re.compile(_PLANNED.pattern + r"|(?<![主重需必只纲摘提不纪简概险])要(?![求素点闻件害务领])|今年")
# 将 before its object (将省重点项目…纳入) marks the object, not the future: the future 将 stands
# a few words from its verb at most (将自动默认延续, 将组织召开); so do 计划, 拟 (扩面保计划 is a noun).
# 将对X进行Y announces Y ("县政府督查室将对未达到序时进度要求的目标任务,进行重点督查", shouxian.gov.cn 2022);
# with another verb the 对-phrase may be what a result bears on ("必将对建立和完善…体系起到积极的带动作用", dev sc19-30).
_JOINED_ON = re.compile(r"[，,]?\s*(?:并|并且)\s*$")
_FUTURE_TARGET = re.compile(r"(?:对(?![口象外接])|就)[^，。；]{2,30}?[，,]?")


# The light verb before an event noun that is the trigger (就…进行专项督查: the trigger is 督查).
_LIGHT_TAIL = re.compile(r"(?:进行|开展|组织)[^，,。；;、]{0,6}")


def _future_light(gap: str) -> bool:
    """The gap ends with a light verb (and the noun's modifiers) whose own gap before it is a future one."""
    for m in _LIGHT_TAIL.finditer(gap):
        if m.end() == len(gap):
            head = gap[: m.start()]
            return not head or _future_adverbs(head) or _future_target(head)
    return False


def _future_target(gap: str) -> bool:
    """将 [adverbs and phrases] 对X / 就X before 进行/开展/组织: "教育部将在各地各校自查基础上，就春季开学工作进行专项
    督查" (教育部 2014-02-24)."""
    for i, ch in enumerate(gap):
        if ch in "对就" and _FUTURE_TARGET.fullmatch(gap, i) and (i == 0 or _future_adverbs(gap[:i])):
            return True
    return False
_TARGET_VERBS = ("进行", "开展", "组织")
# What may stand between a future 将 and its verb: adverbs, and phrases of time, place, basis, means, mission
# and partner. The mission and its partner: "王超将率团赴美参加", "陈德铭还将在25日和…柯克举行会谈"
# (taiwan.cn 2010-05-17, probe act46). Read by _future_adverbs, which tries each split once: as one regex
# of alternatives repeated (于…|在…|和…)* it backtracks exponentially on a run of 于 and 在 with no match.
_FUTURE_WORDS = ("胜利", "继续", "进一步", "全面", "加快", "自动", "默认", "组织", "适时", "陆续", "统一", "重点", "深入",
                 "逐步", "持续", "会同", "联合", "协同", "尽快", "及时", "择优", "后续", "分别", "共同", "正式", "启动",
                 "再", "也", "还", "同步", "抓紧", "大力", "集中", "按期", "如期", "首次", "以", "，", ",", "基本", "全线",
                 "全部", "先后", "相继", "率团", "率队", "带队",
                 # 发展改革委将会同水利部…认真进行研究 (dev sc19-48), 我们将认真研究 (国办函〔2006〕71号), 国办将…积极探索
                 "认真", "积极")
# A phrase's opening word, the characters that end it, and its longest run after the word.
_FUTURE_PHRASES = (("于", "，。；", None), ("在", "，。；", 12), ("按照", "，。；", 12), ("根据", "，。；", 12),
                   ("通过", "，。；", 12), ("赴", "，。；", 8), ("前往", "，。；", 8),
                   # "并将邀请网民与三大电信运营商面对面沟通交流" (gov.cn 2018-09-10): those invited take part
                   ("邀请", "，。；", 20),
                   ("和", "，。；和与同", 30), ("与", "，。；和与同", 30), ("同", "，。；和与同", 30))


# A partner phrase stands before a verb done with the partner only: 将同类事项纳入, 将与民生密切相关的事项纳入
# (review of probe act46) have their object after 将.
_TOGETHER = ("一起", "一道")
_WITH_PARTNER = ("会谈", "会见", "会晤", "签署", "签订", "举行", "座谈", "洽谈", "磋商", "共同", "联合", "合作", "对接")


@lru_cache(maxsize=1)
def _future_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in _FUTURE_WORDS) | frozenset(p[0][0] for p in _FUTURE_PHRASES)


def _future_adverbs(gap: str, verb: str = "") -> bool:
    """Whether ``gap`` is all adverbs and phrases of time, place, basis, means, mission and, before a verb done
    with someone (``verb`` is the text after the gap), partner."""
    partner = verb.startswith(_WITH_PARTNER)
    firsts = _future_firsts()
    n = len(gap)
    reach = [False] * (n + 1)
    reach[0] = True
    furthest = 0  # no split lies beyond it: the rest of a long gap is not read (its end cannot be reached)
    for i in range(n):
        if not reach[i]:
            if i > furthest:
                break
            continue
        if gap[i] not in firsts:
            continue  # no word or phrase opens here
        for w in _FUTURE_WORDS:
            if gap.startswith(w, i):
                reach[i + len(w)] = True
                furthest = max(furthest, i + len(w))
        for head, stops, longest in _FUTURE_PHRASES:
            if not gap.startswith(head, i):
                continue
            with_partner = head in ("和", "与", "同")
            j = i + len(head)
            if not with_partner:  # a partner names someone
                reach[j] = True
                furthest = max(furthest, j)
            last = n if longest is None else min(n, j + longest)
            while j < last and gap[j] not in stops:
                j += 1
                # 将与国家标准委…等单位一起，组织制定: a phrase closed by 一起 is a partner before any verb
                if not with_partner or partner or gap.endswith(_TOGETHER, 0, j):
                    reach[j] = True
                    furthest = max(furthest, j)
    return reach[n]


# A generic plural subject (各市（州）…, 全省各级…) is not the issuer.
# So is a class of bodies (中央和国家机关有关部门共举行17场新闻发布会: scio.gov.cn 2019-06; 承办单位主动对接: the
# bodies handling NPC proposals, sankehs.com 2025-02; probe act69n): no body is named, and the subject carried from the
# sentence before (国新办) is not theirs.
_GENERIC_SUBJECT = re.compile(r"\s*(?:全[省市区县国州])?各|\s*(?:中央和国家机关|国务院|中央)?(?:有关|相关)(?:部门|单位|部委)"
                              r"|\s*(?:各|有关)?承办单位")
# 提请 a standing committee: a bill or regulation submitted (sc-report-2009 国务院提请全国人大常委会审议了…8件法律议案;
# wr2026-anhuim, wr2026-liaoningm 提请省人大常委会审议, gold other)
# The government's report to a standing committee or a session, made (作了/作过): 向人大常委会第十四次会议作了报告
# (dev sc-report-1980), 先后向全国人民代表大会常务委员会作过六次报告 (sc-report-1981).
_BRIEFED = re.compile(r"向[^，,。；;]{0,30}?(?:常务委员会|常委会|会议)[^，,。；;]{0,8}?作[了过][^，,。；;]{0,6}$")
# News of a sitting: a minister's report to the standing committee on the government's behalf ("受国务院委托，财政部部长
# 刘昆向全国人大常委会作了2018年度…管理情况的专项报告", 光明日报 2019-10-24, probe act43); not 向大会作政府工作报告.
_BRIEFED_NEWS = re.compile(r"受[^，,。；;]{1,12}委[托託][，,]?[^。；;！？]{0,40}?向[^，,。；;]{0,30}?(?:常务委员会|常委会)"
                           r"[^，,。；;]{0,8}?作了[^，,。；;]{0,40}$")
# News of a sitting: the government's report laid before it ("《国务院关于2022年度环境状况…的报告》24日提请十四届全国人大
# 常委会审议", 中新网 2023-04-24, probe act43); not a relative clause (提请…审议的…报告指出).
_SUBMITTED_NEWS = re.compile(r"(?:报告|议案|草案)》?[^，,。；;《》]{0,8}$")
# A cause reported (由于大幅度压缩…, sc-report-1981): what follows 由于 was done.
_CAUSE_DONE = re.compile(r"由于[^，,。；;]{0,6}$")
_TO_STANDING_COMMITTEE = re.compile(r"[^，,。；;]{0,12}?(?:常委会|常务委员会)")
# 请各位代表审议: a request to the deputies; 提请全国人大常委会审议了… reports a bill submitted (sc-report-2009)
# 提请审议地方性法规43件 (wr2026-yunnan's review): counted bills submitted, done, not the report's request.
_COUNTED_BILLS = re.compile(r"[^，,。；;]{0,16}?\d[\d.]*\s*[件部项]")
# "国务院决定，从今年第四季度开始，进行利改税的第二步改革" (1984 report, probe act59): what the government decided
# to carry out is its action, whatever the object of 进行.
_DECIDED_LEAD = re.compile(r"(?:国务院|政府)(?:已经|已)?决定[，,]")
# "国务院决定，从今年第四季度开始，进行利改税的第二步改革…。具体做法是：合理调整产品税税率，增设资源税…" (1984
# report, probe act59): the steps spelled out go with the announced measure.
_DETAILS_LEAD = re.compile(r"[\s　]*(?:其)?(?:具体|主要)(?:做法|办法|措施|内容|步骤)(?:是|为|有)[：:]")
# 在第六个五年计划正式提请这次大会审议之前，国务院…曾分别制订了… (1982 report): a time clause; 《中外合资经营企业法》已经由
# 人大常委会提请本次会议审议；随后，国务院将制定… (1979 report): the standing committee's submission, done (probe act59).
_SUBMITTED_BEFORE = re.compile(r"[^，,。；;]{0,16}?(?:之前|以前)[，,]")
_STANDING_COMMITTEES = ("常委会", "常务委员会")
_FUTURE = re.compile(rf"请予|提请(?!{_TO_STANDING_COMMITTEE.pattern})(?!{_COUNTED_BILLS.pattern})|请(?:各位)?代表|请大会")
# Sections of plans, not of reported work: 2026年重点工作, 下一步工作打算, 主要目标任务.
_PLAN_HEADING = re.compile(
    r"下一步|下阶段|下步|下周|下月|今后|工作打算|工作计划|工作安排|工作思路|总体要求|主要考虑|"
    # the normative sections of a notice or plan
    r"(?:内容|要求|原则|步骤|目标|保障措施|组织保障|实施范围|适用范围)$"
)
# "2026年重点工作", "“十五五”时期主要目标任务": tasks named for the coming years are plans too,
# while "重点工作推进情况" reports work done.
_TASK_HEADING = re.compile(r"重点工作|主要工作|目标任务|主要任务|重点任务|重大任务|主要目标|重大举措|战略举措|重要要求")
_FUTURE_PERIOD = re.compile(r"(\d{4})年|十五五|今年|明年")
_SECTION_REST = re.compile(r"\s*(?:窗口|工作|动态|工作动态|工作情况|窗口工作|窗口工作动态)?\s*")
_PLAN_EXCEPT = re.compile(r"回顾|总结|成就|完成|进展|情况")
# Central leaders in person (总书记考察): the issuer did not act. Other posts without a
# named body are the issuer's own leaders (办公室副主任李四带队).
_POST = re.compile(r"总书记|(?<![副团])主席(?!团)|总理|委员长|领导同志|负责同志|国家领导人")
# A leader's post right before the verb (总书记视察, 总书记亲临…考察), and 亲临, said only of leaders'
# visits (再次亲临辽宁考察): a person acts, whatever body the clause named before.
_POST_RIGHT_BEFORE = re.compile(r"总书记(?:亲自|再次|多次|亲临)?$")
_LEADER_VISIT = "亲临"
# 通过验收, 通过行业验收: a work passed someone's acceptance, no action of the report's government.
_PASSED = re.compile(r"通过[^，,。；;、]{0,4}$")
_PASSED_WORDS = ("验收", "评审")
_RESULT_OBJECT = re.compile(r"目标|任务|投资|指标|\d")
# In a work report completing a named task or a counted work is a reported action (完成营造林200万亩,
# 保交房任务全面完成, 提前两年完成病险水库除险加固任务: R4-R6 gold); reaching targets, the year's tasks
# as a whole and sums invested are results (完成全年主要目标任务, 完成国家下达的降碳减排任务,
# 293项年度改革任务基本完成, 顺利完成“三年上台阶”任务, 完成投资1万亿元, 对外承包工程完成营业额);
# 完成率 is a noun (整改完成率达94.2%). All the work of an event done is a summary too (保证了各项工作协调推进、胜利完成,
# 2010 北京 report, probe act41).
# A plan fulfilled is a result too (sc-report-1958 主要工业产品也绝大多数超额完成了产量计划, 第一个五年计划的完成和
# 超额完成; sc-report-1987 超额完成了国家计划, 超额完成出口计划); an action plan (三年行动计划) is a named task.
_REPORT_RESULT_OBJECT = re.compile(
    # 以现有的运输设备完成更多的运输任务 (1959 report, probe act77s): doing more is an aim, whatever its object
    r"目标|指标|投资|营业额|产值|的任务|更多|[多各]项(?:任务|工作)|主要任务|[”\"]任务|年度[^，,。；;]{0,4}任务|下达[^，,。；;]{0,24}任务"
    r"|(?<!行动)计划"
    # 收入完成预算的９６．９８％ (sc-report-1956, x9), 完成预算数257288万元的41.9% (dayao.gov.cn budget report):
    # a share of the budget, a result
    r"|预算数?[^，,。；;]{0,16}的[\d０-９]"
    # revenue collected (完成地方财政一般预算收入120亿元, 2004 青岛 report) and the tasks a congress set (较好地完成了
    # 市十届人大四次会议确定的八项重点工作和十项重点工程, 2002 武汉 report; probe act33): results, as 完成投资 is
    r"|收入|确定的"
    # a leap or a shift completed (经济总量完成历史性跨越, 潮州 2021 report, probe act52): a result
    r"|跨越|转变")
# Statements of direction (坚持, 推动, 探索, 加强 + an aim; 逐步/初步建立 a system, an aim or a partial outcome)
# carry no reported action.
_DIRECTION = re.compile(r"坚持|推动|推进|促进|探索|引导|带动|力争|争取|助力|助推|确保|鼓励|支持|深化|加快|加大|优化|迎接|逐步|初步|加强")
_DIRECTION_REACH = 12
_TEAM_SUFFIX = ("组", "小组")  # a trigger word naming a team: 督查组, 调研组, 检查组
_STEPWISE = frozenset({"逐步", "初步"})
# A project's start or completion caused or aimed at (推动/推进/力争/确保 X 开工建设): the event, not a direction
_CAUSED = frozenset({"推动", "推进", "力争", "确保"})
# ... of named works: "有序推进国家重大项目开工建设" (sc-report-2012) names none, a direction
_GENERIC_WORKS = re.compile(r"(?:国家|省|市|县|各地|一批)?(?:重大|重点|在建|新建|续建|各类|基础设施|产业)*(?:项目|工程)(?:及早|尽快|按期|如期)?")
_WORKS_DONE = frozenset({"开工", "开工建设", "动工建设", "建成", "建成通车", "建成投用", "建成投运", "建成投产", "竣工", "投产", "通车"})
# A verb that takes a noun (加强, 深化; not 推动X开工建设, 推进X开工建设) opening a clause whose last word is the
# trigger: the trigger is its noun object.
_DIRECTION_OPEN = re.compile(r"[\s、]*(?:(?:积极|大力|持续|全面|深入|不断|进一步|着力|切实|稳步|有序|扎实)\s*)*(?:加强|强化|深化|加大)")
_STRATEGY = re.compile(r"[^，,。；;、]{0,20}?战略\s*(?:$|[，,。；;])")
# the trigger word as a noun whose progress or count the clause reports (创建顺利推进, 设立取得…进展)
_PROGRESS_OF_NOUN = re.compile(r"数量|顺利推进|取得[^，。；]{0,6}进展")
# ... or the trigger opens a subject whose progress its clause reports: "传统工业改造和淘汰落后生产能力有较大进展",
# "巩固和扩大…行业淘汰落后生产能力取得的成果" (sc-report-2002); dev gold marks no trigger in this frame (2 of govie's
# dev false positives are: "创建全国双拥模范城（县）取得历史最好成绩", wr2026-anhuim).
# Not after 了 or across 并 ("制定实施…三个“十条”并取得扎实成效": the action, then its result), nor 卓有成效 (a manner).
_PROGRESS_IN_CLAUSE = re.compile(r"(?!了)[^，,。；;：:并]*?(?:(?<!卓)有|取得了?|获得)[^，,。；;]{0,6}(?:进展|成效|成绩|成果|突破)")

# the object of 实施 ending in a count of projects (实施亿元以上项目2000个以上)
_PROJECTS_COUNTED = re.compile(r"[^，。；：]*项目\s*\d[\d.]*\s*[万千]?\s*[多余]?\s*个(?:以上|左右)?\s*")

# The stance of fiscal or monetary policy (实行稳健的货币政策 sc-report-1999, 2001, 2007; 实施积极的财政政策
# sc-report-1999, 2001, 2002, 2009; sc-report-2010 gold leaves 实行积极的财政政策 out): a direction, no action.
_POLICY_STANCE = re.compile(r"[^，,。；;、]{0,6}?(?:稳健|积极|宽松|从紧|紧缩)的(?:财政|货币)政策")
# The same stance after 实施 or 实行, with or without 的 and after an aim of several words (以“控制赤字、调整结构、推进
# 改革、增收节支”为主要内容的稳健财政政策, ——实施稳健财政政策: probe act31, the 2006 budget report).
_STANCE_OBJECT = re.compile(r"了?(?:以[^。；;]{0,40}?为[^，,。；;]{0,8}?的)?[^，,。；;、]{0,6}?(?:稳健|积极|宽松|从紧|紧缩)的?"
                            r"(?:财政|货币)政策\s*(?:$|[，,。；;])")
# An object that is every case or the list that follows (高质效办好每一个案件 in the procuratorate's reports of 2024,
# 主要开展了以下工作 in the standing committee's of 2023: probe act31): a standard or a lead, no action.
_ANY_OR_LISTED = re.compile(r"\s*了?(?:每一[个件项位起]|以下[^，,。；;]{0,6}?工作)")
_BARE_WORK = re.compile(r"\s*了?\s*工作\s*(?:$|[，,。；;])")
# 办好 + a standing duty or an institution run all year (办好人民满意的教育, 办好特殊教育、专门教育, 办好老年大学,
# 全力办好国家大事: dev wr2026-hebei, henanm, jiangxim; 办好两件大事, 2025 赤峰 report, probe act60d): a direction,
# no action; events held (办好第十八届省运会) and the year's listed 民生实事 (dev gold) stay activities.
# 创建 or 争创 after 支持, 推进 or 鼓励 and the places, parks or firms it backs (支持郑州、开封、洛阳、安阳创建国家文物保护利用
# 示范区 dev wr2026-henanm, 推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区 dev wr2026-xinjiang; dev gold leaves these
# out, as 支持有条件的地方创建… in wr2026-jiangxi): the named ones bid, the government backs them; no action of its own.
_BACKED_BID = re.compile(r"(?:支持|推进|推动|鼓励|引导)(?P<who>[^，,。；;]{2,24}?)(?:等)?$")
# Institutions and zones kept running are that too (继续办好现有大的企业集团 dev sc-report-1995; 要继续办好经济特区、浦东新区
# 2001 report, probe act68s; 继续办好内地西藏中学和西藏班 dev sc19-52, gold leaves them out).
_DUTY_RUN_WELL = re.compile(r"\s*[^，,。；;、]{0,12}?(?:大事|教育|大学|学校|中学|集团|特区|新区)\s*(?:$|[，,。；;、])")
# What 采取 takes in a report's review: measures (sc-report-1980 由于采取了在原料、燃料和动力供应…方面的…措施,
# sc-report-2007 中央及时采取了一系列宏观调控措施, sc-report-2009 采取一系列…政策措施); in the plan
# "要采取多种措施" states a direction (sc-report-2007, 1979), and 采取…办法 or 方针 are read as a rate's object.
# 实施 + policy in general in a report: the ones in force (存量政策, 既定政策举措, 上述政策, 宏观政策) or a policy
# told by its aim (稳定外贸增长的政策, 新的结构性减税举措, 更加便利的出入境管理政策). Dev gold leaves these out
# (sc-report-2014, 2016, 2021, 2023, 2025; wr2026-hainan, xinjiang) and marks named ones: 实施重要农产品临时收储政策
# (sc-report-2010), 继续实施消费品“以旧换新”政策 (wr2026-jilin), 持续实施重点项目贷款贴息政策 (wr2026-shaanxi).
_GENERIC_POLICY = re.compile(r"(?:[^，,。；;、“”]{0,16}?的|\s*(?:上述|存量|既定|宏观|这些|各项|相关|有关))"
                             r"[^，,。；;、“”的]{0,12}?(?:政策|举措)\s*(?:$|[，,。；;])")
# 采取了一系列改善外部环境、转换内部机制、增强国营大中型企业活力的改革措施 (sc-report-1992; 1980 由于采取了在原料、燃料和
# 动力供应…方面的…措施): a long list of aims before 措施, so the reach is 40.
# A tax the state levies in a report (开征…新税种, 征收调节税, 增设资源税、增值税和几种地方税): see triggers.tsv.
_LEVY_VERBS = ("开征", "征收", "增设")
_LEVIED = re.compile(r"[^，,。；;]{0,20}?税种?\s*等?(?:$|[，,。；;])")
_TAKEN_MEASURES = re.compile(r"[^，,。；;]{0,40}?措施\s*(?:$|[，,。；;])")
# "采取果断措施，解决了…赤字" (sc-report-1983 gold marks 解决): the measure taken is the next clause's done verb.
# Measures named by no content: "政府都已经采取措施，陆续加以落实" (1979 report), "正在采取措施，逐步加以解决" (1999),
# "也正在采取措施" (1956), "采取有效措施，努力解决…" (2003; probe act54): a promise of action, none reported.
# Measures named by comparatives alone are no content either: 采取更直接、更有力的政策措施，促进粮食增产和农民增收 (2005
# report, a section heading; probe act73s). So are decisive ones: "采取果断措施，及时遏制高致病性禽流感疫情蔓延" (2005
# report, probe act77s), as dev sc-report-1983 leaves 采取果断措施 out.
_BARE_MEASURES = re.compile(r"\s*了?\s*(?:(?:有效|必要|相应|各种|积极|切实|有力|果断|坚决|紧急)?"
                            r"|(?:更加?|更为)[\u4e00-\u9fff]{2}(?:、(?:更加?|更为)[\u4e00-\u9fff]{2})*)(?:的)?(?:政策)?措施\s*(?:$|[，,。；;])")
_MEASURE_THEN_DONE = re.compile(r"[^，,。；;]{0,30}?措施[，,](?!有)[^，,。；;]{1,3}了")
# What 增加 gives in a report: subsidies and transfers the government pays (sc-report-2006 增加对种粮农民的补贴,
# sc-report-2007 继续增加对种粮农民直接补贴…, 增加对财政困难县乡和产粮大县的转移支付; sc-report-2009 及时增加对
# 低收入群体和大学生的生活补贴); 增加投入, 增加收入 are aims, 每增加1人 a condition (gz-17).
# Pay and pensions too (sc-report-2000 增加机关事业单位在职职工工资和离退休人员的离退休费, sc-report-2002 增加了企业离退休
# 人员基本养老金, 2001 适当增加机关事业单位人员工资, 2012 增加企业退休人员基本养老金).
_GIVEN_SUBSIDY = re.compile(r"(?:(?:了|对)[^，,。；;、]{0,24}?(?:补贴|转移支付)"
                            r"|[^，,。；;、]{0,24}?(?:工资|离退休费|离退休金|养老金))\s*(?:$|[，,。；;])")
# What a report's government proposes (提出): a conception, a task or a guideline (dev sc-report-2014 提出建设丝绸之路
# 经济带、21世纪海上丝绸之路的构想, dev sc-report-2021 明确提出“六保”任务, sc-report-1986 提出了以提高经济效益为中心的
# 十项经济建设方针), or the requirement that follows it (sc-report-1986 我们曾经提出，要切实改变…; sc-report-1999
# 去年就明确提出，利用财政债券搞建设，一定要…); other objects keep 提出 weak (提出意见 is a step).
# Bills the government lays before the legislature, counted (1998 report 五年来，国务院提出法律草案66个, probe act77s).
_PROPOSED = re.compile(r"了?[^，,。；;]{0,40}?(?:构想|任务|方针|思路|(?:法律|法规)(?:草案|议案)\s*\d+\s*[件个项])\s*(?:$|[，,。；;])")
_PROPOSAL_CLAUSE = re.compile(r"[，,：:]\s*(?:[^，,。；;]{0,12}?[，,])?\s*(?:要|一定要|必须)")
# A proposal by someone else than the government: a document's content (《纲要（草案）》提出，要…, sc-report-2006;
# 《纲要（草案）》提出了…主要任务, wr2026-shanghai), a leader (邓小平同志提出“一国两制”的构想, sc-report-1997), the Party
# or a congress (中共中央已经提出…的方针, sc-report-1958; 第五届全国人民代表大会第一次会议提出…总任务, 1979); 中央
# alone is the Party's centre too (中央提出，要用三年左右的时间…使大多数国有大中型亏损企业摆脱困境, sc-report-1998),
# 中央政府 the State Council.
_OTHER_PROPOSER = re.compile(r"》|同志|[党黨]|中共|代表大会|会议|中央(?!政府|人民政府)")
# …通过了《…建议》，提出了…目标 (sc-report-2006): the document just named goes on as the subject.
_TITLE_THEN = re.compile(r"》\s*[，,]\s*(?:并|又|还)?\s*$")
# A quantity the government sets, changed to a stated figure: 将扶贫标准提高到2300元 (sc-report-2013), dev
# sc-report-2021 将小规模纳税人增值税起征点从月销售额10万元提高到15万元, dev sc-report-2014 中央预算内投资拟增加到
# 4576亿元; without 将/把/拟 a figure reached is an outcome (城镇化率由45.9%提高到52.6%).
# A scope the government extends to the whole country is set the same way (2012 report 把跨境贸易人民币结算范围扩大到全国,
# probe act53; 将营改增试点扩大到全国).
_SET_TO = re.compile(r"(?:到|至)\s*(?:\d|全国)")
# 用于 inside a noun closed in its own clause (中央财政用于这些方面的支出987亿元，投入国债资金147亿元: 2005 report,
# probe act77s) lists no uses: the next clause's measure is one of its own.
_USED_FOR = re.compile(r"用于(?![^，,。；;]{0,20}?的(?:支出|资金|经费)[^，,。；;]*[，,])[^。；;！？!?\n]*$")
_SET_TO_VERBS = ("降至", "降到")
# A verb inside a spending noun, closed in its clause: 加上减免农村税收、增加进口商品价格补贴等方面的支出，共… (1982
# report), 用于提高职工工资和实行奖金制度的支出三百亿元: the noun names where money went, no measure of its own.
_SPENDING_NOUN = re.compile(r"[^，,。；;！？!?\n]{0,40}?(?:方面的(?:支出|开支)"
                            r"|的(?:支出|开支)\s*[\d一二三四五六七八九十百千两][\d一二三四五六七八九十百千万两零点.]*\s*[亿万]?元)")
# A clause whose subject is no government: a cooperative, its members, peasants, the masses or a plant, opening the
# part of the sentence (after 。 or ；) the trigger is in: 也有些农业合作社推行青贮饲料，建立饲料饲草基地 (1958 report),
# 例如，吉林省有一个制糖厂，…，费时三年多，才建设完成 (1958 report). A government word after it takes the clause back;
# a bare 合作社/农民/群众 is the subject of its own clause only (群众体育蓬勃开展，成功举办…: 2024 report, the government's).
_NON_GOV_OPENER = re.compile(
    r"[\s\u3000]*(?:例如[，,]\s*)?(?:也|还|并且|另外|同时)?"
    r"(?:[^，,。；;！？\n]{0,6}?(?:有(?:一个|一家|一座|一些|些|的)|有些|有的|不少|许多|很多)[^，,。；;！？\n]{0,8}?"
    r"(?:合作社|社员|农户|农民|群众|[^，,。；;！？\n]{0,4}?[厂矿]|企业)"
    r"|(?:(?:农业|手工业)?(?:生产)?合作社|(?:广大)?(?:农民|社员|群众))(?:也|都|还|又|就|积极|普遍|自发|纷纷|自愿)*$)")
_GOV_WORD = re.compile(r"政府|国家|国务院|中央|部门|[部委局厅]")
# A benefit standard named before its verb and raised by or to a stated figure: dev wr2026-liaoningm 基本养老金总体上调2%,
# 基础养老金月最低标准提高到174元, 医保财政年补助标准提高到700元; 2013 report 企业退休人员基本养老金继续提高10%,
# 新农合…财政补助标准由每人每年240元提高到280元 (probe act58d). A year after 到 (低保平均标准分别从2020年的645元/月…
# 提高到2025年的801元/月, dev wr2026-guizhoum) is the level a period ended at, an outcome.
_STANDARD_BEFORE = re.compile(r"(?:标准|养老金|离退休金|离退休费)(?:水平)?(?:总体|继续|进一步|分别|也|再|平均|均)*"
                              r"(?:[由从][^，,。；;！？\n]{1,24}?)?$")
# An expected target (主要预期目标是：…农村低保标准提高6%, dev wr2026-jilin) or the level a period went from and to
# (从2020年的645元/月…提高到2025年的801元/月, 最低标准从98元/月提高到178元/月: dev wr2026-guizhoum) is an outcome.
_STANDARD_OUTCOME = re.compile(r"预期目标|目标是|[从到由]\d{4}年")
# A measure word read as a noun that goes from one figure to another (2011 report 财政投入从2006年的18亿元增加到2010年的306亿元,
# probe act73s): the subject of a statistic, no measure taken.
_SPAN_FROM_TO = re.compile(r"\s*[从由][^，,。；;！？\n]{1,24}?(?:增加|提高|增长|扩大|上升|下降|减少|降低)(?:到|至)")
_RELIEF_VERBS = frozenset({"安置", "抢救", "抢修"})
_RELIEF_MANNER = re.compile(r"(?:妥善|迅速|及时|全力|紧急|连夜|从[^，,。；;]{1,8}中)$")
_FIGURE_AFTER = re.compile(r"(?:到|至)?\s*\d(?![\d.]*\s*年)")
_SET_BY = re.compile(r"(?:[将把][^，,。；;]{1,40}?|拟)$")
# A reform or a pilot named before 扩大到 and extended to a number of provinces or cities, or the whole country: the
# scope the government set, reported object first (2005 report 农村信用社改革扩大到29个省（自治区、直辖市）, probe act63s;
# 2004 report …试点扩大到…); a pilot's cities or firms counted (dev sc-report-1997 今年试点城市扩大到１１０个) are a plan's figure.
# With no subject of its own (a time word at most) 扩大到 regions extends the measure the clause before named (dev
# sc-report-2006 免除…学杂费，今年在西部地区实施，明年扩大到中部和东部地区).
_EXTENDED_REFORM = re.compile(r"(?:改革|试点)(?:工作)?\s*(?:已经|已|进一步|逐步|继续|又|再)?$")
_EXTENDED_BARE = re.compile(r"\s*(?:今年|明年|去年|\d{4}年)?\s*(?:起|开始)?\s*(?:已经|已|将|进一步|逐步|继续|又|再)?\s*")
_EXTENDED_TO = re.compile(r"到\s*(?:[\d一二三四五六七八九十百]+\s*个?\s*(?:省|市|县|城市|地区)|全国"
                          r"|[^，,。；;、\d]{0,10}?(?:地区|省份|省（区、市）|省（自治区、直辖市）)(?:[，,。；;]|$))")
# Works joined up or begun, named before 贯通 / 开始建设 at the end of their clause (triggers.tsv, final: 2004 report
# 西气东输东段工程成功贯通, 2005 report 15个采煤沉陷区治理工程开始建设, probe act63s; dev wr2026-ningxia 河道治理工程全面
# 贯通); a firm's line (鞍钢…中试线全流程贯通, dev wr2026-liaoning) or a chain (全产业链贯通) is no public work.
_WORKS_JOINED = re.compile(r"(?:工程|铁路|高铁|公路|管道|隧道|大桥|廊道|通道|航道|运河|干线|正线)[^，,。；;]{0,6}$")
# A Party congress or plenum as the subject of its own meeting (党的二十届三中全会胜利召开).
_PARTY_MEETING = re.compile(r"党的[^，。；]{1,10}(?:大|全会)(?:胜利|隆重|顺利)?$")
# The Party's conference or plenum as the subject, or the setting, of what it adopted or discussed: no
# government body acted ("中国共产党全国代表会议通过了《…建议》" sc-report-1986; "在…召开的中国共产党第八届中央
# 委员会第六次全体会议上，曾经讨论了…" sc-report-1959; "党的十四届五中全会通过" sc19-20).
# Not 中共中央向全国人民代表大会: the people's congress is no Party body, and 向/和 join another.
_PARTY_BODY_ACTS = re.compile(r"(?:中国共产党|中共|党的)[^。；;，,向和]{0,24}(?:全会|全体会议|代表会议|(?<!人民)代表大会)"
                              r"(?:上[，,])?(?:曾经|已经|又|还|先后|再次)?$")
# A Party congress or plenum as the object of 召开/举行: the Party's meeting, no government body convenes it
# (sc-report-2017 今年将召开中国共产党第十九次全国代表大会, 2022 胜利召开党的十九届六中全会 and 今年将召开中国共产党第二十次
# 全国代表大会).
_PARTY_BODY_NAME = r"(?:中国共产党|党的)第?[一二三四五六七八九十]+(?:届[^，,。；;]{0,8}?(?:全会|全体会议)|次全国代表大会|大)"
_PARTY_MEETING_HELD = re.compile(r"了?" + _PARTY_BODY_NAME)
# A sentence led by a Party congress or plenum (党的十九大确立了…，制定了…: sc-report-2018; 党的十六大制定了… 2003,
# 党的十四大确立了… 1993): what follows is the Party's, unless a body opens the trigger's clause.
_PARTY_SUBJECT = re.compile(r"[\s\u3000]*(?:以[^，,。；;]{2,12}为核心的党中央团结带领|" + _PARTY_BODY_NAME + ")"
                            r"(?!\s*(?:以来|以后|之后|后|前|精神|报告|上|期间|召开|胜利召开|的))")
_ANNIVERSARY = re.compile(r"\s*\d+\s*周年")
# A law, a constitution or a code as the subject of its clause ("宪法确立了…", "这部法律确立了…", "外商投资法确立了…",
# "民法典确立了…" in State Council reports): what the text provides, no act of a government; 依法/执法/立法/设法 name a
# manner, and a clause that names the government or cites the law as its basis (我们依照宪法确立…) stays the government's.
_LAW_SUBJECT = re.compile(r"\s*(?![^，,。；;]{0,14}?(?:我们|国务院|依照|依据|根据|按照|遵照|遵循|通过|运用|利用|依))"
                          r"(?:这部|这一|该|本|新|现行)?(?:[^，,。；;：:、\s]{0,12}?(?:宪法|法律|法典|条例|修正案|》)"
                          r"|[^，,。；;：:、\s]{0,12}?[^依办方做用守执立司合违非无书说看想宪设取效手疗技]法)"
                          r"\s*(?:已经|已|还|也|首次|明确|正式|进一步|同时|则|又|都|均|从法律上|在法律上)*")
# The Party as the subject of a clause ("我们党确立了…", "党中央确立了…"): the Party's act, not the
# government's (as _PARTY_SUBJECT for its congresses).
_PARTY_CLAUSE_SUBJECT = re.compile(r"\s*(?:我们党|我们的党|我党|党中央|中国共产党|中共中央|党)"
                                   r"\s*(?:已经|已|还|也|首次|明确|正式|进一步|先后|又|都|团结带领[^，,。；;]{0,12}?)*")
# A rate named by the trigger, a measure between or none (上线率, 巡查覆盖率, 核查完成率, 抽检合格率: review22);
# not 率先, 率领, 率队 (河长巡查率先在全省实现全覆盖: the patrols came first, an activity). 竣工 as the measure too
# (农村危房改造竣工率达100%, 2026 江西 report: diff26).
_RATE_AFTER = re.compile("(?:覆盖|合格|达标|完成|竣工|办结|满意|知晓|到位|执行|通过|整改|处置|结案|发现|准确|及时)?率(?![先领队])")
_CONCERTED = ("推进",)
# A sentence opening with 据…统计, or holding 数据显示 or 统计数据 (two scans of the sentence in place,
# no slice of it; the second opens with literals, which sre skips to in C).
_STATISTICS_LEAD = re.compile(r"据.{0,30}统计")
# 统计数据 as a verb's object (建立跨省财税分成、统计数据分算机制, 2026 安徽 report, probe act38) reports no figures:
# only data that show (统计数据显示, 从统计数据看) or a source (根据统计数据) do.
_STATISTICS = re.compile(r"数据显示|数据表明|统计数据(?:显示|表明|看|来看)|(?:根据|按照|据|从)[^，,。；;]{0,12}统计数据")
_TOPIC_OPEN = ("就", "围绕", "针对", "关于", "重点")
_TOPIC_LIST = re.compile(r"重点是|重点(?:检查|调研|了解)")
# An object named by a figure of speech (放开市场这只“看不见的手”, 用好政府这只“看得见的手”): the
# clause states a principle, no action is taken on a hand.
_FIGURATIVE_OBJECT = re.compile(r"[^，,。；;\n]{0,8}?[这那]只\s*[“\"]?[^，,。；;”\"\n]{0,5}手")
_FOCUS = ("围绕", "针对", "重点", "根据", "按照", "为了", "沿着",  # 根据建立…体制的要求, 为了建立…, 沿着建立…的方向: a basis or an aim
          # "进行网络填报志愿，以便开展摇号派位工作" (福州 晋安区 招生, m.senbk.com 2023): a purpose, no action
          "以便", "以利于", "以期")
# A trigger right after a copula (目标，是建立…体制; 也是建立…制度的重要内容) states an aim or defines a thing;
# 一是建立 numbers an action and 特别是发行 stresses one.
_COPULA = re.compile(r"(?<![一二三四五六七八九十别其要还或正就凡])是$")
# "新宪法的颁布，", "群众性体育活动的广泛开展，": a trigger after 的 that ends its clause is a noun;
# "没有得到清理和纠正", "受到检查", "这些现在虽然大都已经获得了平反，" (sc-report-1979): an outcome undergone, no action reported.
_NOMINAL = re.compile(r"的(?:广泛|全面|普遍|顺利|成功|胜利|深入|大力|正式)?$|(?:得到|受到|获得)(?:了|有效|及时|彻底|初步|进一步)?$")
# …的社会主义改造。, 对民族资产阶级的和平改造，: a trigger a few words after 的 that ends its clause
# at a full break is a noun too (进行了全面的社会主义改造: 进行 carries the action).
_NOMINAL_WIDE = re.compile(r"的(?!给予|予以|加以|进行|开展|实施|组织)[^，,。；;、：:的“”]{1,4}$")
_NOMINAL_WIDE_END = frozenset("，,。；;：:")
_NOMINAL_END = frozenset("，,。；;、：:和与及")
# What a trigger in the object of these verbs names is no action of the body: an offence it punishes
# (查处发布虚假信息…), what funds are for (用于…培训), what its effort should stress (重在制定). Followed by
# 情况 the verb is a noun, the object an inspection looks at: "对…常务会议确定事项落实情况开展了专项督查"
# (zyx.gov.cn 紫阳县督察通报, 2022), "对…《政府工作报告》上半年落实情况进行了专项督查" (shouxian.gov.cn, 2022);
# so is 落实X情况 right before the trigger: "对贯彻落实省第十一次党代会、省政府重大决策部署情况开展实地大督查" (湖北日报 2017).
# (治理工程, 整治工程 name works: 15个采煤沉陷区治理工程开始建设, 2005 report, probe act63s)
_TASK_HEAD = re.compile(r"(?:任务|工作|部署|要求)$")
# A campaign named by such a verb is the subject whose completion the trigger reports: "农村人居环境整治五年提升
# 行动圆满完成" (2026 新疆 report's review, probe act78w), "…专项整治三年行动全面完成".
_NOT_DONE_OBJECT = re.compile(r"(?:查处|打击|治理|整治|惩治|严惩|取缔|用于|重在|落实)(?!(?:工作)?情况|工程)"
                              r"(?![^，,。；;：:]{0,30}?情况$)"
                              r"(?![^，,。；;：:]{0,24}?(?:行动|工程|攻坚战)(?:圆满|全面|基本|如期|顺利)?$)[^，,。；;：:]{0,30}$")
# A trigger inside a clause that ends as a time or a ground (…以后, …的基础上) reports no action of its own.
# 在全国生态环境保护大会召开近一周年之际 (生态环境部部常务会议, h2o-china.com 2024-07-02): 之际 dates too
_SPEECH_OCCASION = re.compile(r"[^，,。；;！？!?]{0,40}?(?:时|上|期间)的(?:重要|系列重要)?(?:讲话|致辞|指示|批示)")
_TIME_NOUNS = ("时间", "时期", "时限", "时效", "时代", "时段")
# "广州市十五届人大四次会议、政协十三届三次会议召开期间,我局积极为“两会”提供统计咨询服务" (tjj.gz.gov.cn 2019-01-15):
# 期间 too
_TIME_FRAME = re.compile(r"[^，,。；;：:\n]{0,26}?(?:以[后後]|以前|之[后後]|之前|以来|的基础上|的時候|的时候|过程中|之际|期间)"
                         r"(?:[，,。；;]|$)")
# A norm opening the clause after a time clause: "…确立了自己的政治统治以后，必须…", "一个国家在确立了社会主义制度
# 以后，仍然要经历…" (old State Council reports' general statements): the time clause is a condition, no action done.
_GENERAL_NORM_AFTER = re.compile(r"[，,]?\s*(?:我们|人们|国家|就|也|还|仍然|仍|都|则|首先|更)*(?:必须|应当|应该|需要|要|才能)")
# The trigger itself closing a time clause: "在中央擴內需、保增長政策出臺後，我們…" (2009 山东 report, probe act33):
# the policy's issue dates what follows: 在 opens the clause, 后 and a comma right after the verb ("加以修改后，提请…"
# is a step of a sequence, test_activities_probe25).
_THEN_AFTER = re.compile(r"[后後]\s*[，,]")
# A task faced or a setting that favours an action (面临着开展…的任务, 有利于…开展…的环境): read with a 的 after
# the trigger in its clause; 面临的问题 is a noun's modifier, not this frame.
# Clauses before a later clause of their sentence that opens on a copula or judges them ("…，建立合理的价格形成
# 机制，对整个国民经济的发展具有十分重要的意义。" sc-report-1992; "实现人民币牌价与外汇调剂市场价并轨，\n是一项具有
# 重要意义的改革措施" sc-report-1994; "中国举办国际进口博览会，主动扩大进口，是着眼于…" dev pt-102676) are the
# subject of that judgement, no action reported; at most three clauses before it (a long list's early verbs are
# not its subject). 是为了/是要/是由 give a purpose or a means of an action that is; a copula clause that compares a
# figure (是2010年的2.2倍, 是…最多的一年) or names the year's task (是今年的一项重要工作) keeps the action.
_JUDGED_AFTER = re.compile(r"[^，,。；;！？!?]*[，,](?:[^，,。；;！？!?]*[，,]){0,2}\s*"
                           r"(?:是(?![否为要由在从以因])(?![^，,。；;！？!?]*(?:倍|最|任务|工作))"
                           r"|对[^，,。；;]{0,30}(?:具有|有着|有)[^，,。；;]{0,12}(?:意义|作用))")
# A trigger right after the preposition 对 or 向 is the preposition's object, a noun phrase ("对取消和下放审批事项要同步落实
# 监管责任" sc-report-2022; "我国向建立社会主义市场经济体制迈出了重要步伐" sc-report-1994); 面对/针对/反对, 面向/方向/
# 转向 are other words.
_PREPOSITION_BEFORE = re.compile(r"(?:(?<![面针反相绝应核校比配])对|(?<![面方走转导趋倾一双单定纵横逆正反流去投意志指风偏])向)(?:[\u4e00-\u9fff]{2}[和及、]){0,2}$")
# Compounds in which a trigger's characters belong to two words: 线上线下 (online and offline) holds 上线 (go live):
# "线上线下互动的新兴消费" (sc-report-2015), "完善线上线下服务网络" (wr2026 山东), "志愿者线上线下接力" (wr2026 广东).
# 公开工作 / 公开工程…: 开工 straddles 公开 and 工作 (丽水 2017 政务公开 report: "健全政务公开工作年度考核机制").
_STRADDLING = ("线上线下", "公开工")
_FRAMED_TASK = re.compile(r"(?:面临着?|有利于)(?!的)[^，,。；;：:]{0,12}$")
# An ability or a wish (能够, 愿意, 有可能), not an action.
# A collective or private actor right before the verb acts, not the government (guide: actions of firms and people are
# no activities): 公社举办了许多土化肥厂, 各地人民公社已经建立起…种子基地 (1960 report, probe act54), 人民公社还举办了
# 很多…工业 (1959), 鼓励有条件的用人单位为职工建立补充养老和医疗保险 (2001), 支持社会力量兴办各类服务机构 (2014,
# 2015, 2019), 允许外商兴办独资企业 (1984). A preposition before the actor (对…企业实施, 为社会力量提供) makes it an object.
# Firms and commercial banks are private actors too (dev sc-report-2006 国有企业建立现代企业制度步伐加快, sc-report-1995
# 商业银行开始试行资产负债比例管理, wr2026-hubeim 175家企业发行各类债券: no gold); a verb that hands them a role (组织企业
# 参加境外展洽活动 wr2026-shandongm, 从小微企业扩大到所有企业 sc-report-2016, 支持…) keeps them its object.
_PRIVATE_ACTOR = re.compile(r"(?<![对把将向为给同与])(?:人民公社|公社|社队|生产队|社会力量|社会资本|民间资本|用人单位|外商"
                            r"|企业|商业银行)"
                            r"(?:还|也|都|又|已经|已|普遍|先后|陆续|大量|自己|自行|开始)*(?:为[^，,。；;：:、]{1,8})?$")
# Foreign economies and states in a report's outlook act on their own (2011 report 主要发达经济体进一步推行宽松货币政策,
# probe act73s): no action of the reporting government; nor do the two powers (美苏即使削减了５０％的战略核武器,
# 1986 report: diff26).
# Bare 国家 is the state itself (国家已经组织了５７户企业集团试点, 1997): only qualified states are foreign.
_FOREIGN_ACTOR = re.compile(r"(?<![对把将向为给同与])(?:(?:发达|新兴)?(?:市场)?经济体|(?:发达|西方|一些|有的|许多|其他|部分|少数)国家|各国"
                            r"|美苏(?:两国)?|超级大国)"
                            r"(?:还|也|都|又|已经|已|普遍|先后|陆续|纷纷|相继|进一步|即使|即便|如果)*$")
# A preposition heads the firm's noun phrase as well when a modifier stands between them (省政府与30家大型企业签署
# 战略合作协议, 与中央企业签订…协议, 为中小企业提供…贷款, 通过商业银行发放…贷款: the government acts, the firms
# or banks are its partners or channel); the lookbehind of _PRIVATE_ACTOR sees only the character before the name.
# 使 of 即使 / 假使 / 纵使 is a conjunction (美苏即使削减了…: diff26).
_ACTOR_AS_OBJECT = re.compile(r"[对把将向给从让]|(?<![即假纵])使|组织|支持|鼓励|引导|推动|帮助|帮扶|扶持|允许|指导|督促|要求"
                              r"|(?:(?<![作成认行因以])为|与(?!此)|同(?![时比期样])|通过)[^，,。；;：:、]{0,8}$")
# A payment ensured with its object before it: 确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放 (2000,
# 2001, 2002 reports), 保证教师工资按时足额发放 (2002, 2003), 确保工资按时足额发放 (dev sc-report-2003, no gold): the
# outcome a task must secure, no payment the government reports making (probe act54).
_ENSURED_PAYMENT = re.compile(r"(?:确保|保证)[^，,。；;：:]{2,40}?(?:按时|足额|及时|按月|如数)+$")
_PAYMENT_WORDS = frozenset(("发放", "兑现", "支付", "拨付"))
# A payment word read as a noun before the step or pace it names (合理安排…项目资金拨付进度 2026 海南 report; 工程价款的
# 结算和拨付手续 1956 report: diff26), or inside a sum taken out of a comparison (如果从１９５５年决算中扣除用上年结余拨付
# 国营企业流动资金等不可比的因素, 1956 report: diff26): no payment made. Not 支付手续费 (a fee, dev sc-report-2021).
_PAYMENT_NOUN = re.compile(r"进度|手续(?!费)|流程|时限|环节")
_DEDUCTED_ITEM = re.compile(r"扣除[^，,。；;：:]{0,30}$")
_ABILITY = re.compile(r"(?:愿意|能够|有可能|可望|有望)[^，,。；;：:]{0,20}$")
# "国务院及地方政府机构改革顺利实施。": the object before the verb, reported carried out.
# A reform, policy or work reported under way (方案正在实施 sc-report-1999; 促进中部地区崛起的政策开始实施, 公务员工资
# 制度改革和规范收入分配秩序顺利进行 sc-report-2007; dev 国务院机构改革有序实施).
# A law named by its title, reported put in force: "我国第一部《国防法》开始实施" (1998 report, probe act77s).
# So is an arrangement or agreement: "内地与香港、澳门更紧密经贸关系安排顺利实施" (2005 report, probe act77s).
_PASSIVE_DONE = re.compile(r"(?:改革|政策|工程|计划|规划|方案|战略|秩序|制度|》|安排|协议|协定)(?:顺利|有序|全面|正式|如期|稳步|正在|开始)$")
# "第六次大督查", "第三次全国土壤普查": an ordinal of campaigns before the trigger (a meeting's 第N次会议通过 has 会).
# Attending a visit the text reports (参加, 陪同 + 此次/对接 + 调研, 走访活动 ending the sentence).
_ATTEND_VERBS = ("参加", "陪同", "出席", "列席")
# The event reported elsewhere, named again (本次督查主要内容是…: 株洲 2020-08-03; 这次机构改革的重点是: sc-report-1988;
# 参加此次调研): no new activity.
_NAMED_AGAIN = ("本次", "此次", "这次")
# The event named again as a time or a place, no subject ("这次会议以后，这些改革办法…将由国务院正式颁布": 1979 report)
_EVENT_AS_TIME = re.compile(r"(?:本次|此次|这次)[\u4e00-\u9fff]{1,6}?(?:以后|之后|以来|期间|结束后|后|前|上|中)[，,]")
_THIS_EVENT = r"了?(?:" + "|".join(_NAMED_AGAIN) + r"|上述)?"
_ATTENDED = re.compile("(?:" + "|".join(_ATTEND_VERBS) + ")" + _THIS_EVENT + r"(?:对接|实地)?$")  # 参加实地督查
# "丁薛祥、李强…等参加上述活动。" (人民日报 2019-11-05, dev pt-102676): the events reported above.
# 约300人参加了本次会议 (卫生部 全国卫生工作会议 2007-01-08): the attendance line of a meeting
# 开幕式 / 仪式 too: "副县长牛艳丽出席开幕式。" (长子 要闻简报 2023), the close of the item on the event it opened
# 督查 too (a campaign the news reports): "同时邀请了部分全国人大代表、…专家学者参加督查。" (国务院大督查 2018, gwy.newdu.com, probe act76n)
_ATTENDED_EVENT = re.compile(r"(?:(?:对接)?(?:调研|走访|考察|视察|慰问|督查)(?:活动|工作)?|活动|会议|开幕式|闭幕式|仪式)[。！!；;\s]*")
_LIAISON_EVENTS = ("调研", "座谈")
_ATTENDED_LINE = re.compile(_THIS_EVENT + r"(?:实地)?" + _ATTENDED_EVENT.pattern)
# A clause that faults the way its verb is done (发布信息并不够及时, 开展检查不到位): no action reported
# A finding between the verb and the fault faults what was found, not the verb: "开展督查发现整改不到位问题6个，"
# reports the inspection.
_FAULTED = re.compile(r"(?:(?!发现|查出|检出|存在|暴露)[^，,。；;！？!?]){0,12}?(?:并|还|仍)?(?:不够|不及时|不到位|不得力|不力)"
                      r"(?![的等问])[^，,。；;]{0,4}[，,。；;！？!?]")
_NTH_CAMPAIGN = re.compile(r"第[一二三四五六七八九十\d]+次[^，,。；;、\s会]{0,6}$")
# What was intended, not what was done (原定…, 原计划…).
_INTENDED = re.compile(r"原(?:定|计划)[^，,。；;、]{0,10}$")
# A bare 未 right before the verb negates it too: "听取各副市长前期未完成重点工作…情况" (武穴市 市长碰头会,
# m.hbwuxue.com/p/66447) reports work not done, no action.
_NEGATED = re.compile(r"(?:(?:没有|尚未|并未|从未|未能|未曾|没能|不再)[^，,。；;、：:]{0,10}|(?<![尚并从])未)$")
# A measure whose figure comes before it: 赤字率拟按3%安排 (the rate it is set at).
_SLOGANS = re.compile(r"\s*[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4}){2,}\s*")
# What makes 应对 a reported response: a date, a count or a quoted name in its object.
_NAMED_EVENT = re.compile(r"\d|[“\"]")
# A list of works named by their verb (X新建、Y加固等…工程): the rest of the first item's clause.
_LISTED_WORKS = re.compile(r"、[^，,。；;、]{1,12}(?:、[^，,。；;、]{1,12}){0,4}等[^，,。；;、]{0,10}(?:项目|工程)")
# Projects counted in a signing's clause (签约亿元以上项目27个, 273个项目签约落地).
_PROJECTS_SIGNED = re.compile(r"项目\s*\d[\d.]*\s*[万千]?\s*[多余]?\s*个|\d[\d.]*\s*[万千]?\s*[多余]?\s*个[^，,。；;]{0,4}项目")
# The sum a government wins (争取中省预算内资金17亿元, 争取…资金超过300亿元): what makes 争取 a counted measure.
_SUM_SOUGHT = re.compile(r"\d[\d.]*\s*[万亿千百]*\s*(?:元|美元)")
_GROWTH = re.compile(r"增长|下降|增加|减少|同比")
# 投入 before 累计/共计 is the noun of a total (2011 report 中央财政“三农”投入累计近3万亿元, probe act53): a statistic
_TOTAL_AFTER = re.compile(r"\s*(?:累计|共计|总计|合计|总额)")
_GROWTH_AFTER = re.compile(r"[，,、]\s*(?:同比)?(?:增长|下降|增加|减少)\s*\d")  # a bare rate of change, no 比上年
_RATE_SET = re.compile(r"按\s*\d[^，,。；;、]{0,8}$")
_FIRST_COUNT = re.compile(r"\d[\d.]*\s*[万千百亿]?\s*([^\s\d.万千百亿])")
_CASE_COUNT = re.compile(r"\d\s*[万千百]?\s*件\s*$")
# 建设 opening its clause with a count in it: a report's counted build (dev gold marks 12 of 14: wr2026-jilin
# 建设高标准农田910万亩, -jiangxim 建设“口袋体育公园”40个以上, -guangdong 累计建设24个国家现代农业产业园, -guizhou
# 布局建设5条铁路专用线); uncounted (建设现代化产业体系, 建设一批智能工厂) or after a noun (生态文明建设示范区23个,
# 公路建设投资12343亿元) it is an aim or a noun.
# 高质量建设…46个特色小镇 (湖北 2019 plan, probe act52): a manner adverb or a list's bullet may open the clause too
# Uncounted, 建设 opening its clause still reports a build when its object is a platform, a database or a pilot named as
# one thing (dev gold marks all 6 in work reports: wr2026-shandongm 建设小麦人工智能育种平台, -shanghai 建设全市统一的
# 中小企业融资服务平台, -henanm 建设全省文化遗产资源数据库, -shaanxim 建设国家农作物种质资源中期库, -neimenggu 建设呼伦贝尔
# 国家生态产品价值实现机制试点, -tianjinm 建设货运零排放区域、通道试点; 2026 海南 plan 建设“双碳”综合管理平台, probe
# act57); a system, a city or a hub built (建设现代化产业体系, 建设…枢纽) stays an aim.
_BUILT_FACILITY = re.compile(r"(?:平台|数据库|库|试点)\s*(?=[，,。；;]|$)")
# ... but a class of them wished for by its quality (建设高水平创新平台, dev wr2026-hebeim's 十五五 aims) is an aim.
_QUALITY_CLASS = re.compile(r"\s*(?:高水平|高能级|高质量|高标准|(?:世界|国际|国内)?一流)")
_TERRITORY_SUBJECT = re.compile(r"\s*全[省市区县国]")
_BUILD_LEAD = re.compile(r"[\s●•·◆■▲★]*(?:高质量|高标准|高水平|高起点)*(?:累计|新|布局|落地|规划)?")
# A State Council report counts the works it builds with 一批 as with a number: "建设一批高技能人才培训基地" (dev
# sc-report-2021), "建设国家重大科技基础设施和一批产业技术研发试验设施" (2006), "建设一批重点项目" (2018 report,
# probe act56); provincial gold leaves 建设一批… out 6 times of 9.
_BATCH = re.compile(r"[^，,。；;]{0,16}?一批")
# Report wording that is no action of the government (probe act56, State Council reports):
# 清理规范 / 清理和规范 + charges or items is a standing task ("清理规范银行及中介服务收费", "清理规范行政处罚事项",
# dev sc-report-2019; "重点是全面清理和规范收费", 1999), unlike 清理 with its object (清理拖欠企业账款);
_TIDY_UP = re.compile(r"\s*(?:和|与|、)?\s*规范")
# a system "基本建立" is a result ("新财政体制已经基本建立", dev sc-report-1995; "大病保险制度基本建立", 2018);
_BASICALLY = re.compile(r"(?:已经|已)?基本$")
# "…广泛开展" closing its clause tells what society does widely ("线上办公、网络购物、无接触配送等广泛开展", dev
# sc-report-2021; "全民健身广泛开展", 2018), unlike 广泛开展全民健身运动 (dev 2006) with its object after it.
_WIDELY = re.compile(r"广泛$")
# 深入/蓬勃/扎实/普遍 开展 closing its clause reports a work under way only when its subject is a campaign or a pilot
# (dev gold: wr2026-anhuim 依法行政能力提升行动深入开展, wr2026-shanghaim …等试点深入开展); a field of work is a
# state ("制造业数字化转型深入开展", dev wr2026-jiangxi; "决策咨询等工作深入开展", wr2026-shanghaim; "群众体育蓬勃开展",
# 2026 福建 report, probe act70w).
_CLAUSE_END_MANNER = re.compile(r"(?:深入|蓬勃|扎实|普遍)$")
# ... and a campaign people run themselves is theirs ("职工自己组织的读书活动蓬勃开展", 1984 report, probe act75s;
# 群众自发组织的…活动).
# Mass activities are the people's too: "群众性体育活动蓬勃开展" (2005 report, probe act77s).
_SELF_ORGANIZED = re.compile(r"(?:自己|自行|自发)(?:组织|发起|举办)?的|群众性")
# A census and a study campaign are events too (第五次全国经济普查扎实开展, 主题教育扎实开展, 党史学习教育深入开展).
_CAMPAIGN_SUBJECT = re.compile(r"(?:行动|活动|试点|专项[^，,。；;、]{0,4}|整治|攻坚|运动|工程|计划|普查|主题教育|学习教育|”)$")
# A trigger inside the name of a pilot another verb opens ("稳妥推进第二轮土地承包到期后再延长30年试点", dev
# wr2026-shandongm; "…到期后再延长三十年整省试点", 2026 辽宁 report, probe act70w): the pilot is the object.
_PILOT_OPENER = re.compile(r"推进|推动|开展|深化|扩大|启动|做好")
_PILOT_AFTER = re.compile(r"[^，,。；;、]{0,12}试点(?:工作)?\s*(?=[，,。；;]|$)")
# An offence named before the verb ("实施非法倾倒处置固废、…等重点领域专项整治", 2026 山西 report, probe act70w; 违法
# 建设, 违规举办): what offenders do, the object of the government's action.
_OFFENCE_BEFORE = re.compile(r"(?:非法|违法|违规|擅自|私自)[\u4e00-\u9fff]{0,3}$")
# An offence after 对/针对/把/将 is what the government acts on (对违法用地开展专项整治行动, 对违规企业实施联合惩戒):
# the verb after it is the government's own (review15).
_OFFENCE_OBJECT = re.compile(r"(?:对|对于|针对|把|将)$")
# The last of a list of nominalised aims a direction verb opens ("推动源头管控减量、资源化利用、无害化处置", 2026 山西
# report, probe act70w): an aim, no action.
# Joint work of the bodies a direction verb names before it ("引导高校、科研机构、企业共同凝练科技问题、联合开展科研攻关",
# 2026 湖北 plan, probe act70w; "推进…战略科技力量共建共享，协同开展技术研发", dev wr2026-guangdong): they act, the
# government guides; a partner named with 与/同/会同 in the clause makes it the government's own joint work.
_GUIDED_JOINT = re.compile(r"(?:引导|鼓励|支持|推动|推进|带动)[^。；;！？]{0,40}(?:联合|协同|共同)$")
_PARTNER_IN_CLAUSE = re.compile(r"与|(?<![共协相合认赞不])同(?!步|时|样|等)")
_AIM_LIST = re.compile(r"(?:推动|推进|促进|实现)[^，,。；;]{2,12}、(?:[^，,。；;、]{2,6}、)*[^，,。；;、]{0,4}$")
# 大力/积极/认真 开展 + a general work (综合利用, 技术改造, 科技攻关) is what a plan calls for from every unit, a direction
# ("大力开展以节能为中心的技术改造", "大力开展综合利用", dev sc-report-1980; "积极开展综合利用", 1985; "认真开展科技攻关", 1986
# report, probe act66o), unlike 深入开展…专项行动 or 开展…改造 of a named work (dev wr2026-hebei, shaanxim).
_URGED = re.compile(r"(?:大力|积极|认真)$")
_GENERAL_WORKS = re.compile(r"[^，,。；;、]{0,16}?(?:综合利用|技术改造|科技攻关)\s*(?:$|[，,。；;、])")
# 划分 (kind split): the centre's and the localities' shares (划分中央收入、地方收入; 划分中央、地方和企业的投资范围)
_SPLIT_SHARES = re.compile(r"(?:了)?\s*(?:中央|地方)")
# 改造 with no object after it names the work on the noun before it ("钢铁工业通过挖潜改造，", "传统工业改造步伐加快",
# "城镇棚户区和农村危房改造、", "批发市场和农贸市场升级改造，", "把企业改组、改制和改造结合起来", dev sc-report-1997,
# 2003, 2016, 2010, 1995; "已经改造成守法劳动者", 1983): report gold marks 改造 only before its object (改造城镇老旧小区,
# 新建改造…, 改造了一批…).
# 加快推进农产品标准化生产、品牌创建和保护 (2017 report, probe act77s): a verb joined to a second verb that ends
# the clause is one noun with it, the object of the clause's opening verb; it has no object of its own.
_JOINED_NOUN_VERB = re.compile(r"[和与及][\u4e00-\u9fff]{2}\s*(?:$|[，,。；;、])")
# "数以亿计的城乡劳动者接受了不同形式和不同程度的岗位培训" (1998 report, probe act77s): the trainees' side, people
# taught, not a training the report's government held.
_TRAINING_RECEIVED = re.compile(r"接受了?[^，,。；;]{0,30}$")
_NO_OBJECT_AFTER = re.compile(r"[，,。；;、和与及）)]|步伐|结合|成|升级|提升|的|等")
# Nouns ending in 所 before a verb: the subject, not the particle of 所发布的 (大数据交易所投入运营, 2023 湖南 report,
# probe act34)
_SUO_NOUNS = ("交易所", "研究所", "事务所", "派出所", "卫生所", "服务所", "管理所", "场所", "诊所", "托育所", "检测所",
              "营业所", "指挥所", "招待所",
              # 科研院所, 高校院所 (与7所在蓉高校院所签署…协议, 2017 成都 report, probe act47)
              "院所")
_YI_VERBS = ("予以", "加以", "得以", "给以", "难以", "可以")
# 后 opening these words after a trigger is no "after" (后续, 后勤): the trigger is not a time clause.
_AFTER_NOUNS = ("后续", "后备", "后勤", "后期", "后方", "后劲", "后盾")
# A trigger joined by 和/、/及/与/或 to short verbs that end in 的: a relative clause before a noun.
# (the first verb joined must be a trigger word or a verb of doing: 及时的调整 and 建立和平、稳定…的秩序 join none)
_UNFOLD = ("展开", "展開")  # typed by its object and yielding to a verb right after it, unlike 创建/建好
_UNFOLD_BEFORE = frozenset("拓发")
_COORDINATED_MODIFIER = re.compile(r"(?:\s*[和、及与或]\s*[^\s，,。；;、和及与或的“”《》\d]{1,3}){1,4}的")
_TOPIC_CLOSE = ("问题", "方面", "事宜", "情况")
_TOPIC_CLOSE_WORD = re.compile("|".join(_TOPIC_CLOSE))
# Kinds whose object decides at once (a count, a rate, a report's reform): not the count checks of the rest.
_COUNTED_KINDS = frozenset(("measure", "rate", "reform"))
# A trigger word followed by these is a noun (检查标准, 调研组, 巡视员, 培训班).
_NOUN_SUFFIX = (
    "情况", "结果", "标准", "机制", "方案", "报告", "制度", "办法", "组", "员", "对象", "记录",
    "中心", "平台", "系统", "成果", "意见", "内容", "范围", "能力", "水平", "任务", "要点", "计划",
    "经费", "会", "班", "工作", "手册", "流程", "区", "频次", "费", "站", "室", "基地", "专区", "成效",
    # 资助体系, 修订草案, 检查作用 (guide): nouns; 宝鸡峡灌区改造等项目建设: a project's name
    "体系", "草案", "作用", "等项目", "等工程",
    # 建成面积占永久基本农田比例 (dev wr2026-jilin): the area built, a figure's name
    "面积",
    # 在计划制定方法上, 使计划制定过程成为… (sc-report-2001), 在计划编制过程中 (1982), 改进计划编制方法 (1995), 在社会主义
    # 改造过程中 (1955): the way or the course of a process, a noun
    "过程", "方法",
    # 注重压减督查规模、精简督查环节 (国务院第六次大督查, 2019-09-04): the size or the stage of a process, a noun
    "规模", "环节",
    # 根据省政府大督查总体安排, 在各地督查时间为一周左右 (湖北日报 2017): the event's plan and duration
    "总体安排", "时间",
    # 符合受理条件的, 同意受理证明, 受理阶段, 发放条件 (probe guide24: 出生登记, 茂名 and 广东 passport pages): a
    # service's conditions, papers and stages, nouns
    "条件", "证明", "阶段", "回执", "通知书", "期限",
    # 就近到居住地派出所、户政大厅受理窗口申请办理, 可至受理点领取 (js.people.com.cn 2021-10-20): the counter, a noun
    "窗口", "点",
    # 督導調研組由中央農辦、農業農村部…帶隊 (gov.cn 2018-07-26), 督导检查组: a team named by two event words
    "调研组", "检查组", "督查组", "督导组", "巡查组", "考核组", "指导组", "暗访组",
    # 省政府政务督查专员周传浩 (a post), 出席督查对接会 (the meeting that opens an inspection, held by its hosts:
    # 黄冈 2017, misleddogs.com/html/2017/633.html)
    "专员", "对接会",
    # 加大督查力度 (灌云 2019 督查通报), 明确责任单位、完成时限 (周口日报 2016-11-28): the force or the deadline of an
    # action, a noun
    "力度", "时限",
)
# An inspection word before these is a noun: 督查中发现 (灌云 2019 督查通报: the occasion of what was found),
# 传达贯彻省政府督查通知精神, 7个督查事项 (周口日报 2016-11-28), 督查专报, 督查通报. Only inspection words: 印发通知
# and 办理事项 are a verb and its object.
_INSPECTION_WORDS = frozenset(("督查", "检查", "督导", "巡查", "暗访", "抽查", "核查"))
_INSPECTION_NOUN_AFTER = re.compile(r"(?:事项|通知|专报|快报|通报|中(?=发现|了解|看到|查出|还发现))")
# A clause that judges an action faulty reports no action: 有个别单位报送材料不及时 (灌云 2019 督查通报), 整改不到位.
_FAULTED_CLAUSE = re.compile(r"(?:不及时|不到位|不力|不规范|不扎实|进展缓慢|滞后序时)\s*$")
# The agenda of the meeting a speech opens: "今天，我们召开局系统工作会议，主要任务是：…全面总结2021年工作，…安排部署
# 2022年度工作" (岳阳市城管局 2022-02-28): steps of that meeting, which is the activity.
_AGENDA_REACH = 160
_MEETING_AGENDA = re.compile(r"(?:会议|大会)[，,]?(?:的)?主要任务是[：:]?")
# Steps of an inspection whose team is the subject: "第二督查组采取“四不两直”方式,分别走访了炎陵县…" (株洲 2020-08-03):
# they share the inspection's frame (guide: spot checks in an inspection); 督查组…开展督查 names the event itself.
_TEAM_SUBJECT = re.compile(r"(?:督查|检查|督导|巡查|暗访|考核|督察|巡察)组")
# (…,发现了问题并提出了建议和措施,督查情况将形成专报报送给市委: the same sentence, the same inspection)
_TEAM_STEPS = frozenset(("走访", "抽查", "核查", "暗访", "提出", "报送"))  # trigger words only
# A time clause ends the team's part: 市委督查组到我县督查后，县委书记张三走访了… (review of probe act48).
_AFTER_CLAUSE = re.compile(r"[后时][，,]")
# A team named after a preposition is no subject (针对省督查组反馈的问题，…报送).
_TEAM_AS_OBJECT = re.compile(r"针对|根据|按照|对|向|随|陪同|配合")


def _team_is_subject(text: str, sent_start: int, s: int) -> bool:
    """Whether an inspection team opens the sentence or the step's own clause (a level or body word before it
    at most) as the subject of the step at ``s``: 督查组走访…，提出… (株洲 2020-08-03), "对其中有代表性的问题线索,
    国务院督查组将在实地督查时进行抽查核查" (国务院第八次大督查公告 2021-07-15); not 针对省督查组反馈的问题，…报送."""
    cs = max(text.rfind("，", sent_start, s), text.rfind(",", sent_start, s)) + 1
    for start in (sent_start, cs) if cs > sent_start else (sent_start,):
        m = _TEAM_SUBJECT.search(text, start, min(s, start + 16))
        if m is not None and not _TEAM_AS_OBJECT.search(text, start, m.start()) \
                and not _AFTER_CLAUSE.search(text, m.end(), s):
            return True
    return False


def _team_step(word: str) -> bool:
    """A step of an inspection team, or adjacent steps joined into one trigger (抽查核查)."""
    return word in _TEAM_STEPS or (len(word) == 4 and word[:2] in _TEAM_STEPS and word[2:] in _TEAM_STEPS)


# 政府办、督查局有关部门列席会议 (汝州 2021, jrrz.ruzhounews.com): a body named by its work, a noun; not 召开局党组会议
# or 检查局机关 or 处置局部地区聚集性疫情 (a report's action), where 局 opens the object.
_BUREAU_NOUN = re.compile(r"局(?=[、，,。；;和及与等）)]|有关|$)")
_GENERIC_NOUN_SUFFIX = ("情况", "结果", "以来", "的", "频次", "过程", "方法")
# A verb with a complement of manner or degree: 鉴于过去年度计划制定得比较晚 (sc-report-1980), 大多数是安排得恰当的
# (1957), 执行得还很不够 (1956): how something was done is judged, no action is reported. Not 得到/得以/得益/得力.
_MANNER_AFTER = re.compile(r"得(?![到以益力分奖])")
_HOLDING = ("召开", "举办", "举行")
# The verbs that hold a meeting named as their object (市长…主持召开市政府第N次常务会议); 主持 alone chairs one.
_HOLDING_VERBS = ("召开", "主持召开", "举行")
_BY_MEANS = re.compile(r"通过(?:[^，,。；;、]{0,4}、)*[^，,。；;、]{0,6}$")
_MEANS_CLOSE = re.compile(r"(?:[^，,。；;]{0,16}?)等?(?:方式|形式|途径|手段)(?:[，,。；;]|$)")
_LIST_BEFORE = frozenset("、与和及")
_LIST_AFTER = frozenset("、与和及等")
# "受理558件、": a count that is the whole object is a statistic; "梳理汇总10个新增…" is not.
# A clause that opens with a count of its subject (66个产业集群和园区…, 1.4万余家企业…).
_COUNTED_SUBJECT = re.compile(r"\s*(?:累计|全年|共|新增)?\d[\d.]*\s*[万千百亿]?余?\s*([家个所项座名条户])")
_COUNT_AFTER = re.compile(r"[了共计达超近约]{0,2}\s*\d[\d.,]*\s*[万亿千百]?\s*[^\s\d，,、；;。]{1,3}?(?:[，,、；;。）)]|$)")
# A sum paid with the noun of what it pays: "对种粮农民一次性发放200亿元补贴" (sc-report-2022, probe act45), "兑现1.2亿元
# 奖励": the sum is the object's measure, not a count that makes the clause a statistic (受理558件).
# Between two measures of one clause: 、 and the times each was taken (两次降低…、两次下调…).
_LISTED_MEASURE = re.compile(r"、\s*(?:[一二两三四五六七八九十\d]+次)?$")
# Works named before their verb and measured after it (江河堤防加固工程开工3.5万公里, dev sc-report-2003; 城镇保障性住房基本
# 建成470万套、新开工630万套, 2013 report, probe act58d): the works' size, not a count of cases (受理558件).
_WORKS_SUBJECT = re.compile(r"(?:工程|项目|住房)[^，,。；;：:]{0,16}$")
# Projects counted inside the object, the list of their kinds running past 、 (dev sc-report-2006 启动了178项节能、节水和资源
# 综合利用等重大项目): the object's measure, not a statistic of cases (受理558件、).
_COUNTED_WORKS = re.compile(r"了?\s*\d[\d.,]*\s*[万千百]?\s*[项个批][^，,。；;]{1,30}?(?:项目|工程)\s*(?:[，,。；;]|$)")
_SUM_OBJECT = re.compile(r"[了共计达超近约]{0,2}\s*\d[\d.,]*\s*[万亿千百]*元[\u4e00-\u9fff]")
_COUNT_BEFORE = re.compile(r"(?:有|其中|共)\s*\d[\d.]*\s*[万千百]?\s*[个家所项座][^，,。；;、\d]{0,6}$")
# 相当于 compares (二千一百一十六个县和相当于县的行政单位): no place follows it.
_PLACE_WORD = re.compile(r"(?<![存正现所实关对由至等属用基位])(?:在|到|赴|(?<!相当)于)(?![于位期线达])")
# 了 after a light verb too (对广安市水淹区进行了实地调查: the event is on 调查 since probe full47n).
_ADVERB_TAIL = re.compile(r"(?:(?:成功|顺利|隆重|集中|共同|联合|分别|再次|正式|专门|蹲点|驻点|实地|现场|深入|开展|组织|召开|进行)了?)+$")
# What may follow the head noun of an object: the clause end, a list, a count, 工作/活动.
_HEAD_END = re.compile(r"\s*(?:$|[、，,。；;：:！？）)”]|等|工作|活动|\d|共|各|一|两|三)")
# Trailing words after an object's head: counts, 等, 工作.
# Atomic: a digit run is one count, never split between repetitions (which took
# exponential time on "0.0000000000000000000001%": 7 s at 22 zeros).
_OBJECT_TAIL = re.compile(r"(?:(?>\s*\d+(?:\.\d+)?\s*[万亿千百余多]*\s*[次场期个批项名人家轮件部]*(?:次)?)|等|工作)+\s*$")
_HEAD_MAX = 5
# How far a weak verb's object may run before a trigger it yields to (进行年度地震趋势会商).
_YIELD_GAP = 8
_PILOT_OBJECT = re.compile(r"[^，,。；;]{1,30}?的?试点(?:工作)?(?=[，,。；;、和]|$)")
# The object of 进行 ending on an event verb used as a noun: 进行了…核心内容培训, 进行安全隐患排查工作.
# A plan or a budget revised (1981 report 对原定的１９８１年国民经济计划和国家概算进行必要的修订, probe act63s; dev sc19-22
# 正在对《规划》进行修订, gold 修订) is so too.
_WEAK_OBJECT_VERB = re.compile(r"了?[^，,。；;、：:\n]{0,14}?(培训|排查|检查|督查|巡查|调研|调查|审查|清理|暗访|督导|抽查|核查|修订|修改)(?:工作)?(?=[，,。；;！？\n]|$)")
# Event nouns that carry an event only as the object of 进行 (alone, 调查 is also 根据现场调查, 调查取证): 对…地质险情
# 进行了现场调查 (国办函〔2004〕80号 and its two attachments, probe full47n; dev sc19-22 进行了实地调查, gold 调查).
_WEAK_OBJECT_ONLY = {"调查": "research"}
_COUNT_TAIL = re.compile(r"\s*\d+(?:\.\d+)?\s*[万亿千百]?\s*[次场期个批项名人家轮件部]+(?:次)?$")
_COUNT_TAIL_LAST = frozenset("次场期个批项名人家轮件部")  # what a _COUNT_TAIL match of a stripped text ends with
_HEADING_EVENT = re.compile(r"(巡查|检查|督查|暗访|抽查|督导|调研|考察)(?:工作)?(?:情况|通报|结果)?$")
_QUOTE_MAX = 80
_QUOTE_OPEN = "“「『《"
_QUOTE_CLOSE = "”」』》"
_QUOTE_MARK = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}\n]")


def _read_tsv(name: str) -> list[list[str]]:
    path = resources.files("govie") / "data" / "lexicons" / name
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Trigger table and one pattern that also matches the non-trigger phrases.

    A non-trigger phrase (城市更新) is matched like a trigger so that it consumes the
    trigger word inside it; its table entry has kind "none".
    """
    table = {r[0]: (r[1], r[2] if len(r) > 2 else "") for r in _read_tsv("triggers.tsv")}
    for r in _read_tsv("non_triggers.txt"):
        table.setdefault(r[0], ("other", "none"))
    # A trie (longest word first at each position, as the longest-first alternation it
    # replaces): sre tries the alternatives of a flat alternation one by one (a third slower).
    return table, compile_cached(scan_trie_regex(table))


@lru_cache(maxsize=1)
def _report_types() -> dict[str, str]:
    """A trigger's type in a report where it differs from elsewhere (the fourth column of
    ``triggers.tsv``): 开通 is a service opened to the public in a notice (开通热线), the
    opening of built works in a report (高速公路相继开通, 开通航线483条)."""
    return {r[0]: r[3] for r in _read_tsv("triggers.tsv") if len(r) > 3 and r[3]}


# Drafting verbs whose object is a policy the government issues (制定…实施方案, 制定实施…政策举措,
# 联合制定…若干措施): in a report that is a publication; other drafts (计划, 指引, 标准) stay other.
# Policies, plans and regulations drafted (sc-report-2006 gold 制定和实施了…发展规划和产业政策, 1980 制订法规,
# wr2026-liaoning 制定实施…等政策) and measures proposed (sc-report-2006 gold 提出了…的政策措施 x2) are too.
# Laws and judicial interpretations made or amended by a legislature or a supreme court (probe act31: 制定法律47件,
# 修改法律111件次, 制定长江保护法、海南自由贸易港法等, 修改反洗钱法等, 制定司法解释119件) are publications too.
_DRAFT_VERBS = ("制定", "制订", "提出", "修改", "修订")
_PUT_IN_FORCE = ("和实施", "并实施")
# A report's list set up is a list issued: "updating or issuing a list is publication" (guide; dev wr2026-xinjiang
# 建立鼓励民间资本参与的项目清单, gold publication, as wr2026-hubei 推出…项目清单 and wr2026-hubeim 发布投资项目清单;
# 2025 重庆 plan 建立存量项目增资扩产清单和外商投资项目机会清单).
_LIST_VERBS = ("建立", "编制")
_LIST_SET_UP = re.compile(r"[^，,。；;]{0,40}?清单\s*(?:$|[，,。；;])")
# What a report's 办理 handles itself: deputies' and members' proposals (wr2026-hubei 办理人大代表建议3623件、政协提案
# 3862件, wr2026-yunnan 办理人大代表建议4249件); other objects (办理登记手续) are people's or firms' unless a body acts.
_PROPOSALS_HANDLED = re.compile(r"[^，,。；;、]{0,8}?(?:建议|提案|议案)")
# The object heads that type a report's 完成 (完成职业技能培训200万人次 is training; 完成…改造 stays other).
_RESULT_OBJECT_TYPES = frozenset(("training", "research", "inspection"))
# 制定、修改、废止省政府规章72部 (wr2026-hubei, wr2026-yunnan): rules issued, counted or not.
# Lists drafted or amended are issued too (guide: updating or issuing a list is publication; sc-report-2014 gold
# 修订政府核准的投资项目目录; probe act49: 2015 report 再次修订投资项目核准目录, 2017 制定国务院部门权力和责任清单).
_ISSUED_POLICY = re.compile(r"(?:措施|举措|方案|办法|细则|政策|规划|纲要|法规|规章|法律|(?<![方想做看说办])法|司法解释|清单|目录)"
                            r"(?:等)?\s*(?:\d+\s*[件部项条个]次?)?\s*$")


# A regulation or policy named by its title right after the drafting verb: 制定《突发公共卫生事件应急条例》 (2004
# report, probe act50; the wikisource text breaks the line inside 《》, so the clause ends before the title); a draft
# laid before the congress (制定了《…规划纲要（草案）》, dev wr2026-shanghaim, other) is not issued.
# 决定 and 意见 are issued as they are made (2005 report 制定了《关于深化改革严格土地管理的决定》, probe act53)
_ISSUED_TITLE = re.compile(r"(?:条例|规定|措施|方案|办法|细则|政策|规划|纲要|法规|规章|法律|(?<![方想做看说办])法|清单|目录|决定|意见)$")
_TITLE_LEAD = re.compile(r"了?\s*《?\s*")


def _issued_title(doc: _Doc, pos: int) -> bool:
    """Whether a TITLE of an issued kind (条例, 办法, 规划 …; not a 草案) follows the drafting verb at ``pos``."""
    lead = _TITLE_LEAD.match(doc.text, pos)
    at = lead.end() if lead else pos
    for m in _mentions_in(doc, at, at + 1):
        if m.label == "TITLE" and m.start == at:
            return _ISSUED_TITLE.search(doc.text, m.start, m.end) is not None
    return False


@lru_cache(maxsize=1)
def _rates() -> re.Pattern[str]:
    """An object that ends in an administered price or rate, up to the clause end."""
    words = sorted((r[0] for r in _read_tsv("activity_rates.txt")), key=len, reverse=True)
    # 等 closes a list of measures (提高部分优抚对象抚恤标准等。 sc-report-2000)
    return re.compile(f"[^，,。；;、]{{0,16}}?(?:{'|'.join(map(re.escape, words))})\\s*等?(?:$|[，,。；;])")


@lru_cache(maxsize=1)
def _rates_listed() -> re.Pattern[str]:
    """An object listing its holders with 、 before the rate they share (降低失业保险、工伤保险等缴费率)."""
    words = sorted((r[0] for r in _read_tsv("activity_rates.txt")), key=len, reverse=True)
    return re.compile(f"[^，,。；;]{{2,28}}?(?:{'|'.join(map(re.escape, words))})\\s*等?(?:$|[，,。；;])")


@lru_cache(maxsize=1)
def _rates_done() -> re.Pattern[str]:
    """A rate after 了 in a report, with a long modifier before it (sc-report-1992 调整了２５年没有动过的城镇居民定量
    平价粮油销售价格, 2002 国家提高了机关事业单位职工工资和离退休人员养老金水平): the action is reported as done, so the
    object may run to 30 characters."""
    words = sorted((r[0] for r in _read_tsv("activity_rates.txt")), key=len, reverse=True)
    return re.compile(f"了?[^，,。；;、]{{0,30}}?(?:{'|'.join(map(re.escape, words))})\\s*等?(?:$|[，,。；;])")


# A count of times before the verb marks a rate change as done as 了 does (2003 report 1999年以来，三次提高机关事业单位
# 职工基本工资标准和离退休人员离退休金, probe act53; 两次提高…, 先后提高…, 连续…次提高…).
# What a report's 实行了 puts in force (1992 report, probe act72s: 实行了计划内外两种价格的并轨, 逐步实行了外贸企业自主经营、
# 自负盈亏的新体制): a system, reported done by 了; 要实行多种形式的经济责任制 (dev sc-report-1985, 1997: a plan's
# direction, no 了) stays out.
_SYSTEM_PUT_IN = re.compile(r"了[^，,。；;]{0,30}?(?:体制|责任制|负责制|工作制|工时制|制度|并轨)\s*(?:$|[，,。；;]|等|或[^，,。；;]{0,8}(?:$|[，,。；;]))")
_TIMES_DONE = re.compile(r"(?:[一二三两四五六七八九十多几]次|先后|相继|连续[一二三两四五六七八九十]?[次年]?)\s*$")


# 部署 opening a report's clause, marked as a whole work laid out (全面, 专门) or as done (了), with its object:
# the government's action (全面部署农村综合改革 sc-report-2007, 全面部署推进新型工业化 sc-report-2024, dev
# sc-report-2006 全面部署了加入世界贸易组织后过渡期的各项工作); bare 部署稳住经济大盘工作 (dev sc-report-2023) and
# 部署推动… (dev wr2026-fujian) are left out by the dev gold; 决策部署, 部署的 stay nouns and modifiers.
_DEPLOY_LEAD = re.compile(r"\s*(?:(?:及时|认真|系统|迅速|先后|再次|进一步)\s*)*(?P<whole>全面|专门|周密)?\s*")


# 召开了全国性会议，部署加强工程质量管理的工作 (sc-report-1999): what the meeting laid out, inside its frame.
_MEETING_BEFORE = re.compile(r"会议?[，,]\s*$")


def _deployed(doc: _Doc, h: re.Match[str], s: int, e: int, ce: int, sent_start: int) -> bool:
    """部署 as the report's own action: it opens its clause (after adverbs) and has an object."""
    lead = _DEPLOY_LEAD.fullmatch(doc.text, _clause_start(doc, s, sent_start), s)
    return (h.group() == "部署" and doc.kind == "report" and lead is not None
            and (lead.group("whole") is not None or doc.text.startswith("了", e))
            and not _MEETING_BEFORE.search(doc.text, sent_start, _clause_start(doc, s, sent_start))
            and len(doc.text[e:ce].strip(" 了")) >= 2)


def _rate_list(text: str, e: int, ce: int) -> bool:
    """A report's rate measure whose object lists holders with 、 (sc-report-2015 降低失业保险、工伤保险等缴费率,
    2018 重点降低制造业、交通运输等行业税率, 2019 取消或降低一批铁路、港口收费); a listed item that opens on a
    trigger (提高质量、降低关税) is another clause, so the first verb has no rate of its own."""
    m = _rates_listed().match(text, e, ce + 1)
    if not m or "、" not in text[e : m.end()]:
        return False
    pattern = _triggers()[1]
    return not any(pattern.match(text, i + 1) for i in range(e, m.end()) if text[i] == "、")


@lru_cache(maxsize=1)
def _objects() -> tuple[dict[str, str], re.Pattern[str]]:
    table = {r[0]: r[1] for r in _read_tsv("activity_objects.tsv")}
    words = sorted(table, key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, words)))


@dataclass
class _Cand:
    start: int
    end: int
    words: list[str]
    kind: str


@dataclass
class _Draft:
    frame: ActivityFrame
    generic: bool
    own_place: bool
    explicit: bool
    order: int
    title: bool = False  # found in the heading sentence of a numbered line
    obj_end: int = 0  # end of the trigger's object
    leader: bool = False  # a leader in person acted (总书记考察), no body
    named: bool = False  # its subject is named in the text (this clause or earlier in the item)


@dataclass
class _Doc:
    """Per-document state shared by the helpers."""

    text: str
    mentions: list[Mention]
    issuer: str | None
    st: Structure
    covered: bytearray
    quoted: bytearray
    ordered: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    section_agent: dict[int, str] = field(default_factory=dict)  # block start -> body
    breaks: list[int] = field(default_factory=list)  # clause-break positions, ascending
    kind: str = "other"  # report | policy | other
    parts: ReportParts = field(default_factory=ReportParts)  # a report's opening, plan part and periods
    reference: str | None = None  # the document's reference date
    issued: str | None = None  # the document's own date (signature), else its reference date
    forwarded: tuple[int, str] | None = None  # where a forwarded text starts, and the body that wrote it
    own_government: tuple[str, str] | None = None  # the division's last character (县) and its government
    triggers: list[re.Match[str]] = field(default_factory=list)  # the trigger pattern's matches in the text
    trigger_starts: list[int] = field(default_factory=list)
    trigger_ends: list[int] = field(default_factory=list)
    rank: list[int] = field(default_factory=list)  # mention index -> its place in ``ordered``
    date_ranks: list[int] = field(default_factory=list)  # the places in ``ordered`` of the DATE mentions
    date_starts: list[int] = field(default_factory=list)
    # ``_agents``' last reading: (sent_start, the mentions read, its state after them), resumed by the next
    # trigger of the sentence whose mentions extend it
    agents_memo: tuple[int, list[int], tuple[Any, ...]] | None = None
    end_max: list[int] = field(default_factory=list)  # place in ``ordered`` -> the latest end up to it
    lead_cut: dict[int, int] = field(default_factory=dict)  # clause start -> see _lead_too_long
    inline_head: int = -1  # where a dateline starts that follows its headline on one line (see _inline_news_head)


def find_activities(text: str, mentions: list[Mention], meta: dict[str, Any],
                    structure: Structure | None = None, report: ReportParts | None = None) -> list[ActivityFrame]:
    """Frames for the clean ``text`` given its resolved entity mentions (titles index ``mentions``);
    ``structure``: ``segment(text)`` and ``report``: a report's parts, if the caller has them."""
    st = structure if structure is not None else segment(text)
    covered = bytearray(len(text) + 1)
    for m in mentions:
        if m.label != "METRIC":
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
    ordered = [mentions[i] for i in order]
    doc = _Doc(text, mentions, meta.get("issuer"), st, covered, _quote_mask(text), ordered, [m.start for m in ordered])
    doc.inline_head = _inline_news_head(text)
    doc.rank = [0] * len(mentions)
    for r, i in enumerate(order):
        doc.rank[i] = r
    doc.end_max = list(itertools.accumulate((m.end for m in ordered), max))
    doc.date_ranks = [r for r, m in enumerate(ordered) if m.label == "DATE"]
    doc.date_starts = [ordered[r].start for r in doc.date_ranks]
    doc.breaks = list(map(_START, _CLAUSE_BREAK.finditer(text)))
    doc.own_government = _own_government(meta.get("division"))
    doc.triggers = list(_triggers()[1].finditer(text))
    doc.trigger_starts = list(map(_START, doc.triggers))
    doc.trigger_ends = list(map(_END, doc.triggers))
    ref = str(meta.get("reference_date") or "")
    year = int(ref[:4]) if ref[:4].isdigit() else None
    doc.reference = ref or None
    # A past action is dated before the document's own date: a masthead's first date may be a cited one.
    doc.issued = str(meta.get("doc_date") or "") or doc.reference
    issuance = _issuance(doc, meta)
    if issuance is not None:
        doc.forwarded = _forwarded_text(doc, issuance)
    doc.kind = _doc_kind(text, meta, issuance is not None)
    if doc.kind == "report" and issuance is not None and text[issuance.trigger[0] : issuance.trigger[1]] == "报告":
        # "现就…情况报告如下，请审议": a report's own delivery to its standing committee, as 向大会报告工作 is
        # none (triggers.tsv, briefed); a report laid before a ministry (sc19-20 …意见报告如下) is no report kind.
        issuance = doc.forwarded = None
    if doc.kind == "report":
        # A report's plan part holds planned actions, not statements to skip.
        doc.parts = report if report is not None else report_parts(
            text, st, year, (meta.get("division") or {}).get("level") == "national")
        plan = set()
    elif doc.kind == "plan":
        plan = set()
    elif doc.kind == "policy":
        # Its sections are norms throughout; only what its own body reports or announces is kept.
        plan = set()
        if meta.get("doc_issuers"):
            doc.issuer = meta["doc_issuers"][0]
    else:
        plan = _plan_blocks(st, year)
    figures = _statistics_blocks(doc)
    plan |= figures
    # A report's "…执行情况" paragraph of figures may open with the body that acted: "国务院…曾分别制订了一九八一和
    # 一九八二两个年度计划，并经人大常委会审议批准" (1982 report, 六五计划前两年的执行情况, probe act59).
    told = figures if doc.kind == "report" else ()
    _section_agents(doc)
    frames: list[ActivityFrame] = []
    headed: list[tuple[ActivityFrame, int]] = []  # heading frames and the end of their sections
    for bi, block in enumerate(st.blocks):
        if bi in plan or block.kind != "heading":
            continue
        f = _heading_frame(doc, block)
        if f is not None:
            headed.append((f, _section_end(st, bi)))
    # Sentences are grouped by numbered item (else by block): steps of one event share its frame.
    ptr = 0
    scope_key: int | None = None
    scope: list[_Draft] = []
    subject: list[str] = []
    speech_block = -1
    full_start = -1
    skipped_blocks: dict[int, bool] = {}
    # Most documents hold none of these: no sentence of theirs can, so the searches of every
    # sentence are skipped (a statistics match holds 统计 or 数据显示).
    statistics = "统计" in text or "数据显示" in text
    speech = _SPEECH.search(text) is not None
    future = _FUTURE.search(text) is not None
    # Loop invariants held in locals: the loop runs once per sentence of every document.
    sentences, blocks = st.sentences, st.blocks
    n_order = len(order)
    starts = doc.starts
    head_end, opening, opening_from = doc.parts.head_end, doc.parts.opening, doc.parts.opening_from
    news_head = _news_headline_end(text)
    in_report = doc.kind == "report"
    own_title = _WS.sub("", str(meta.get("title") or "")) if meta.get("docno") or meta.get("doc_date") else ""
    prev = None
    for sent in sentences:
        sb, ss, se = sent.block, sent.start, sent.end
        block = blocks[sb]
        key = block.item if block.item >= 0 else -1 - sb
        if key != scope_key:
            if scope:
                frames.extend(_merge_steps(scope, doc))
            scope, scope_key, subject = [], key, []
        if prev is None or prev.block != sb or text[prev.end - 1] in _FULL_STOP:
            full_start = ss
            if in_report:
                subject = []  # a report names its actors sentence by sentence; the issuer acts between
        prev = sent
        # A sentence of many ；-parts is read back a bounded way, to stay linear.
        if full_start < ss - _SENTENCE_BACK:
            full_start = ss - _SENTENCE_BACK
        while ptr < n_order and ordered[ptr].end <= full_start:
            ptr += 1
        if speech_block == sb or (sb in plan and not (sb in told and _names_body(doc, ss, se))) \
                or (se <= head_end and not (ss >= opening_from and se <= opening)) or se <= news_head:
            continue
        # Whether the block is an attachment line or a heading line: asked once per block, not per sentence.
        skip = skipped_blocks.get(sb)
        if skip is None:
            skip = skipped_blocks[sb] = bool(
                _ATTACHMENT.match(text, block.start, block.end)
                or (in_report and _is_heading_line(text, block))
                or _record_line(text, block, own_title))
        if skip:
            continue
        hits = _trigger_hits(doc, ss, se)
        if not hits and not speech:
            continue  # most sentences: no trigger, so no candidate (and no speech line to note)
        if statistics and (_STATISTICS_LEAD.match(text, full_start, se)
                           or _STATISTICS.search(text, full_start, se)):
            continue
        cut = se
        sp = _SPEECH.search(text, full_start, se) if speech else None
        if sp and _reports_done(doc, hits, sp, se):
            sp = None  # 他特别指出，国防部今年确立了…制度: the speaker reports a body's action done, no demand
        if sp:
            cut = sp.start()
            if text[sp.end() - 1] in "：:" or (
                    ss == block.start and _MEETING_SPEECH_LEAD.fullmatch(text, block.start, sp.start())):
                speech_block = sb
        if not hits:
            continue
        fu = _FUTURE.search(text, full_start, se) if future else None
        if fu and fu.group() == "提请" and (_SUBMITTED_BEFORE.match(text, fu.end())
                                            or text.endswith(_STANDING_COMMITTEES, 0, fu.start())):
            fu = None  # a time clause or a bill the standing committee laid before the congress, no request
        if fu:
            cut = min(cut, fu.start())
        cands = _candidates(doc, hits, ss, se, cut)
        if not cands:
            continue  # most sentences: their mentions are not gathered
        j = ptr
        while j < n_order and starts[j] < se:
            j += 1
        sent_idx = order[ptr:j]
        n = len(scope)
        _sentence(doc, block, ss, se, full_start, cands, sent_idx, scope, subject)
        if in_report and 0 < n < len(scope) and scope[n - 1].frame.mode == "planned" and _DETAILS_LEAD.match(text, ss):
            for d in scope[n:]:
                d.frame.mode = "planned"  # the steps of the measure just announced
        if doc.kind == "other" and _MEETING_STEP_LEAD.match(text, ss) and (
                any(d.frame.type == "meeting" for d in scope[:n]) or any(f.type == "meeting" for f in frames)):
            # "会上,全体与会人员通报了…,并专题讨论了《区政府工作报告》主要任务分解工作" (dgxww.gov.cn 2021-01-27): the
            # business of the meeting just reported, one event (guide: steps inside one event share its frame)
            scope[n:] = [d for d in scope[n:] if d.frame.type != "meeting"]
        elif doc.kind == "other" and (at := _AT_MEETING.search(text, ss, se)) and (
                any(d.frame.type == "meeting" for d in scope[:n]) or any(f.type == "meeting" for f in frames)):
            # "…负责同志在会上作工作总结，谋划思路举措，提出推进工作的意见建议" (文化和旅游部 汇报会, 2023-01-12): what
            # is done at the meeting just reported is its business, one event with it
            scope[n:] = [d for d in scope[n:] if d.frame.trigger[0] < at.start()]
        for d in scope[n:]:
            d.title = sent.title
    frames.extend(_merge_steps(scope, doc))
    # Sentence frames by start, so each heading looks only at its own section (was a
    # scan of all frames per heading: quadratic on long documents).
    found = sorted((g.trigger[0], g.type) for g in frames)
    found_starts = [s for s, _ in found]
    for f, end in headed:
        # "大厅巡查情况" over findings is the inspection; over reported inspections it is a title.
        lo, hi = bisect.bisect_left(found_starts, f.trigger[1]), bisect.bisect_left(found_starts, end)
        if not any(found[k][1] == f.type for k in range(lo, hi)):
            frames.append(f)
    if issuance is not None:
        # The document's own issuance replaces whatever its trigger words gave; so does the issuance
        # of the text it forwards.
        for own in (issuance, _forwarded_issuance(doc)):
            if own is not None:
                frames = [f for f in frames if not (f.trigger[0] < own.trigger[1] and own.trigger[0] < f.trigger[1])]
                frames.append(own)
    frames.sort(key=lambda f: f.trigger)
    frames = _dispatch_then_event(doc, frames)
    frames = _inspection_scope(doc, frames)
    if doc.kind in ("other", "policy"):
        frames = [f for f in frames if not _rule_payment(doc, f) and not _reader_schedule(doc, f)]
    if doc.kind == "other":
        frames = _reported_once(doc, frames)
    return frames


# Teams sent to do what the sentence then reports (省政府派出13个督查组,分赴…开展实地大督查: 湖北日报 2017,
# probe news27): the sending is the event's first step, one activity; sending a team for no reported
# event stays one (派出联合工作组援助乌兹别克斯坦, probe act34).
_DISPATCHED_TEAM = re.compile(r"[^，,。；;！？!?\n]{0,12}?[组队]")


def _dispatch_then_event(doc: _Doc, frames: list[ActivityFrame]) -> list[ActivityFrame]:
    text, out = doc.text, []
    for i, f in enumerate(frames):
        s, e = f.trigger
        if text[s:e] == "派出" and _DISPATCHED_TEAM.match(text, e):
            end = _SENTENCE_OPEN.search(text, e)
            stop = end.start() if end else len(text)
            if any(g.trigger[0] < stop and g.type != "other" for g in frames[i + 1:]):
                continue
        out.append(f)
    return out


# The event a ceremony or meeting noun names, at the end of an activity's name (its object).
_EVENT_NAME_HEAD = re.compile(r"仪式|典礼|发布会|开幕式|闭幕式|宴会|座谈会|会议|活动")
_SIGN_VERBS = frozenset(("签署", "签订", "签约", "签字"))
_THIS_REPORTED = re.compile(r"了?(?:此次|本次|这次|上述)")
_SENTENCE_OPEN = re.compile(r"[。！？!?\n]")
# A sentence that opens with 本次/此次 recaps the event just reported: "…组织开展…明查暗访工作 本次共派出16个明查暗访组,
# 对…开展督导检查" (国务院安委办, 中新网 2020-12-22), "…明查暗訪日前正式啟動。…此次安全生產明查暗訪…深入開展明查暗訪"
# (应急管理部, 新华网 2025-03-19): after the event, in the trigger's sentence (a page that lost its 。 runs them on).
_RECAP = re.compile(r"此次|本次|这次")
# An inspection announced and its places named after it in the same sentence: "国务院拟于8月下旬至9月上旬组织开展第八次
# 大督查,对北京、天津…等16个省(区、市)进行实地督查" (国务院第八次大督查公告 2021-07-15, probe act74n): one event, the second
# verb its scope.
_SCOPE_REACH = 160
# The scope is the next clause: 对 the preposition (not the verb 对照/对标/对接), its places listed within that clause; a
# clause after it is another subject's step ("…开展督查，对照问题清单，县委书记对全县各乡镇进行了全面检查").
_SCOPE_AFTER = re.compile(r"[^，,。；;！？!?\n]{0,30}[，,]\s*对(?![照标接比应])[^，,。；;！？!?\n]{1,120}?进行(?:了)?(?:实地|现场|全面)?")


def _inspection_scope(doc: _Doc, frames: list[ActivityFrame]) -> list[ActivityFrame]:
    """Drop an inspection whose trigger names the places of the inspection just before it in its sentence."""
    kept: list[ActivityFrame] = []
    last = -1
    for f in frames:
        s = f.trigger[0]
        if f.type == "inspection" and 0 <= last and s - last <= _SCOPE_REACH \
                and _SCOPE_AFTER.fullmatch(doc.text, last, s):
            continue
        kept.append(f)
        if f.type == "inspection":
            last = f.trigger[1]
    return kept


def _reported_once(doc: _Doc, frames: list[ActivityFrame]) -> list[ActivityFrame]:
    """A news item reports one event in several places: a photo caption and its lead, the signing
    ceremony and the signing by the representatives, the leaders who attend it, the items a meeting
    reviews. Keep the first report; drop (in text order) a repeat of a held event (same verb, date and
    event noun: 举行宴会 ×3 in 人民日报 2019-11-05, dev pt-102676; 签字仪式…举行 in a caption and the lead,
    河南日报 2011-09-23), attending an event already reported (11家参与部委的相关领导出席了仪式, 媒体记者
    参加发布会, 参加了此次…活动), a signing after the signing is reported (分别代表双方签署协议, 出席签约仪式,
    协议正式签订) and the steps of a reported meeting in sentences that open with 会议 (会议听取并审议了…,
    会议原则同意启动实施…: 洋县, 盐亭, 兴县 常务会议 news)."""
    text = doc.text
    kept: list[ActivityFrame] = []
    heads: set[str] = set()
    held: dict[tuple[str, str | None, str], list[str]] = {}
    signed = meeting = False
    last_end: dict[str, int] = {}  # where the last kept frame of each type ends
    for f in frames:
        s, e = f.trigger
        verb = text[s:e]
        # the last event noun of the name: "…首发暨赠送仪式10月16日上午" names a 仪式
        found = _EVENT_NAME_HEAD.findall(f.name or "")
        head = found[-1] if found else None
        if verb in _ATTEND_VERBS and (_THIS_REPORTED.match(text, e) or (head and any(h.endswith(head) for h in heads))):
            continue
        if verb in _SIGN_VERBS and signed:
            continue
        if head and f.date and any(_same_event(n, f.name or "") for n in held.get((verb, f.date, head), ())):
            continue
        if head and f.date:
            # A news item's title line names the event with no date and its lead reports it dated ("03生态环境部
            # 召开部常务会议" / "3月21日，生态环境部部长黄润秋主持召开部常务会议": 生态环境部一周要闻 2025): one
            # event, dated by the lead
            undated = next((k for k, g in enumerate(kept) if g.date is None and text[g.trigger[0]:g.trigger[1]] == verb
                            and g.name and _same_event(g.name, f.name or "") and s - g.trigger[1] < 200), None)
            if undated is not None:
                kept[undated] = f
                held.setdefault((verb, f.date, head), []).append(f.name or "")
                continue
        recap = f.type in last_end
        meeting_step = meeting and (f.type != "meeting" or verb not in ("召开", "举行"))
        if recap or meeting_step:
            # Where the trigger's sentence opens, within 200 characters (None: no break there).
            opened = max((k.end() for k in _SENTENCE_OPEN.finditer(text, max(0, s - 200), s)), default=None)
        if recap and _RECAP.search(text, max(max(0, s - 200) if opened is None else opened, last_end[f.type]), s):
            continue  # the same event again, its steps or its plan (本次共派出…组,对…开展督导检查)
        if meeting_step:
            opening = 0 if opened is None else opened
            if _MEETING_SPEECH_LEAD.match(text, opening) and not _SPEECH.search(text, opening, s):
                continue
        kept.append(f)
        last_end[f.type] = e
        if head:
            heads.add(head)
            if f.date:
                held.setdefault((verb, f.date, head), []).append(f.name or "")
        if verb in _SIGN_VERBS or (f.type == "coordination" and head == "仪式"):
            signed = True
        if f.type == "meeting" and verb in _HOLDING_VERBS:
            meeting = True
    return kept


def _same_event(a: str, b: str) -> bool:
    """Whether two names of held events of one day and kind name one event: one holds the other (宴会 in
    欢迎宴会) or, their event nouns cut, they share four characters in a row (…战略合作框架协议签约仪式,
    …战略合作签字仪式); not two meetings of one body (部党组会议, 部常务会议: 生态环境部一周要闻 2025-03-21)."""
    a, b = a.strip(), b.strip()
    if a in b or b in a:
        return True
    a, b = _EVENT_NAME_TAIL.sub("", a), _EVENT_NAME_TAIL.sub("", b)
    return any(a[i : i + 4] in b for i in range(len(a) - 3))


_EVENT_NAME_TAIL = re.compile(r"(?:" + _EVENT_NAME_HEAD.pattern + r")$")


# An attachment's label or title line: "附件：…时间安排表", "…典型经验做法（共130项）".
_ATTACHMENT = re.compile(r"\s*附件|[^。；！？\n]{4,60}(?:表|清单|目录|名单|做法)(?:[（(][^）)\n]*[）)])?\s*$")
# "…督导检查反馈意见" (教育部 2016-11-26, 国家教育督导检查组对河北省…反馈意见): an inspection's feedback reports what
# the inspectors did; no policy
_POLICY_TITLE = re.compile(r"(?:通知|(?<!反馈)意见|办法|方案|决定|规定|批复|通告|公告|公示|细则|通报|规划|函|条例|规则|措施|清单|目录|指南|指引|须知)$")
# A body's own work plan (全国人大常委会2022年度监督工作计划): what it lists is planned.
_PLAN_TITLE = re.compile(r"(?:工作计划|工作要点|工作安排)$")
_PLAN_DOC = re.compile(r"工作的?总体要求是")
# A text that names itself a plan, opinion or rules it drafts ("…,特制定本工作方案。") is a policy document even
# when its title is not on a line of its own (pages that run the whole text into one line: probe act30 d06,
# d16, county 秸秆禁烧 and 创国卫 方案); read as a bulletin, its requirements (县创卫办对…进行督查) were done.
_OWN_RULES = re.compile(r"(?:制定|制订|编制)本(?:实施|工作)?(?:意见|方案|措施|办法|规定|细则|预案|规则)")
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条", re.M)
# "现印发给你们", "现提出如下意见", "现批复如下", "特通知如下", "决定…给予通报表扬", "现将…予以公告":
# the document's own issuance; so are "…开展了专项督查,现通报如下" (紫阳县督察通报, zyx.gov.cn 2022), "现就…
# 相关问题作如下要求" (黔国土资发[2006]83号) and "市政府决定对…先进单位进行表彰" (宛政〔2011〕7号).
_ISSUANCE = (
    # "现将《2023年全市卫生健康工作要点》下发给你们" (湖卫健发〔2023〕1号): a bureau's 下发 is its 印发
    # a list of titles counts a title as one (现将《…若干措施》《…若干措施》…印发给你们: 宣政办秘〔2020〕1号, probe full39c)
    # 批转 too: a government forwards its department's report with its approval ("现将省经贸委《…》，批转给你们",
    # 皖政[2001]73号: probe old46p).
    # 分解 too: a county office hands out the work report's tasks so ("现将…县《政府工作报告》确定的2021年重点工作，以及
    # 市《政府工作报告》涉及嘉鱼的重点事项责任分解给你们": 嘉政办发〔2021〕5号, probe full46c).
    re.compile(r"现(?:《[^》\n]{1,120}》|[^。\n《]){0,80}?(印发|转发|批转|下达|下发|发布|公布|分解)(?:给|至|到)?(?:你们|你单位|各)"),
    # 特 is the adverb 特, not the 特 of 特别 / 特殊 (2013 report 结合过去十年特别是近五年工作的体会，对今年政府主要工作提出
    # 以下建议: the report's speech, probe act73s); 现 not the 现 of 实现 / 出现 / 体现.
    re.compile(r"(?:(?<![实出体表呈兑显再发])现|特(?![别殊色点定有性])|经研究，?)(?:[^。：:\n]{0,80}?)"
               r"(提出|批复|函复|答复|报告|通知|通告|通报|公告|明确|规定)(?:如下|以下)"),
    re.compile(r"现(?:[^。\n]{0,60}?)(公布|宣布|发布|印发)"),
    re.compile(r"(?:决定|同意，)(?:[^。\n]{0,100}?)(?:给予|予以|进行)(通报表扬|通报表彰|表彰|表扬|通报批评)"),
    # "市政府决定授予浪头镇等 12个乡镇…称号" (丹政发[2008]37号), "决定表彰金坛市金城镇等17个单位" (常体发[2003]17号),
    # "决定对…海安镇人民政府等24个…、汪国军等26名…予以表彰" (通委〔2004〕16号, its list of honourees too long for the
    # pattern above): a commendation's own decision (probe award45p)
    _COMMENDATION := re.compile(r"决定(?:[，,]?|对[^。\n]{0,300}?(?:给予|予以))(通报表扬|通报表彰|授予|表彰|表扬)"),
    re.compile(r"(?:^|[。\n])\s*(公告|通告)如下", re.M),
    re.compile(r"现将(?:[^。\n]{0,80}?)予以(公告|公布|发布|印发)"),
    # "现对第四批7个典型案例进行集中公开通报。" (中央生态环境保护督察, 生态环境部 2024-06-13): the bulletin itself
    re.compile(r"现对(?:[^。\n]{0,80}?)(?:进行|予以)(?:集中|公开|点名)*(通报|曝光)(?=[。；;\n]|$)"),
    # "现就…作如下要求" states the document's own rules; a report's "作如下说明" / "作以下报告" is its speech.
    re.compile(r"(?:现|特)(?:[^。：:\n]{0,80}?)(作出|做出|作|做)(?:如下|以下)(?:的)?(?:要求|规定|通知|补充通知|补充规定|决定|批复|答复)"),
    # An opinion or plan that opens "…，结合我市实际，制定本意见" (济政字〔2021〕30号) issues itself so; a 办法's
    # or 规则's first article ("…，制定本办法") is part of the rules it carries, not their issuance.
    re.compile(r"[，,]\s*特?(制定|制订)本(?:实施)?(?:意见|方案|措施)[。：:]"),
    # An opinion's preamble that closes "…，结合我省实际，提出如下意见。" without 现 (鄂政发〔2018〕26号, probe
    # full44p) issues itself as "现提出如下意见" does (guide: its own issuance is a publication).
    re.compile(r"[，,]\s*(提出)(?:如下|以下)(?:实施|若干)?意见[。：:]"),
)
# Words each issuance pattern needs (one of): a text without them skips its slow scan.
_ISSUANCE_NEEDS = (("印发", "转发", "批转", "下达", "下发", "发布", "公布", "分解"), ("如下", "以下"), ("公布", "宣布", "发布", "印发"),
                   ("给予", "予以", "进行"), ("决定",), ("如下",), ("予以",), ("进行", "予以"), ("如下", "以下"),
                   ("制定本", "制订本"), ("如下", "以下"))


_WS = re.compile(r"\s+")
# A page's record field naming the body that posted it ("• 发布:湖州卫生健康委", "发布机构:…").
_RECORD_FIELD = re.compile(r"[\s•·]*(?:发布|发布机构|发文机关|发文单位|来源|信息来源)\s*[:：]")


def _record_line(text: str, block: Any, own_title: str) -> bool:
    """Whether a line is the document's record, not its text: a record field of the page, or a line of the
    document's own title repeated in its masthead (湖州市卫生健康委关于印发 / 2023年…工作要点的通知 under 湖卫健发
    〔2023〕1号): its 印发 and 发布 are the title's words, and the issuance is read from the notice itself."""
    if _RECORD_FIELD.match(text, block.start, block.end):
        return True
    line = _WS.sub("", text[block.start : block.end])
    return len(line) >= 6 and bool(own_title) and line in own_title


def _issuance(doc: _Doc, meta: dict[str, Any]) -> ActivityFrame | None:
    """A policy document's own issuance: one publication of its issuers on its date."""
    best = None
    for pattern, needs in zip(_ISSUANCE, _ISSUANCE_NEEDS):
        if not any(w in doc.text for w in needs):
            continue
        m = pattern.search(doc.text) if pattern is not _COMMENDATION else \
            next((c for c in pattern.finditer(doc.text) if _decided_now(doc.text, c.start())), None)
        if m and not doc.covered[m.start(1)] and (best is None or m.start(1) < best.start(1)):
            best = m
    issuers = list(meta.get("doc_issuers") or []) or ([meta["issuer"]] if meta.get("issuer") else [])
    date = meta.get("doc_date") or meta.get("reference_date")
    if best is None:
        span = _own_decision(doc, meta, issuers)
        return ActivityFrame(span, "publication", date, issuers, mode="done") if span else None
    return ActivityFrame(best.span(1), "publication", date, issuers, mode="done")


# A rule's power to commend (第十条 …的，由省人民政府决定授予…称号; 可以决定表彰) is no decision the text makes.
_RULE_POWER = re.compile(r"由|可以|可|应当|应|须")


def _decided_now(text: str, pos: int) -> bool:
    """Whether the 决定 at ``pos`` is the text's own decision: no article's line, no 由 or modal in its clause."""
    line = text.rfind("\n", 0, pos) + 1
    clause = max(line, max(text.rfind(c, 0, pos) for c in "。；;") + 1)
    return not _ARTICLE.match(text, line) and not _RULE_POWER.search(text, clause, pos)


def _own_decision(doc: _Doc, meta: dict[str, Any], issuers: list[str]) -> tuple[int, int] | None:
    """A decision (…的决定) issued as "国务院决定…": its issuer's 决定 is the document's issuance."""
    if not issuers or not str(meta.get("title") or "").endswith("决定"):
        return None
    for m in doc.ordered:
        if (m.label == "DEPT" and m.attrs.get("canonical") in issuers and doc.text.startswith("决定", m.end)
                and not doc.quoted[m.start]):
            return m.end, m.end + 2
    return None


_FORWARDING = ("转发", "批转")


# Between a signer and its date: layout spaces, and a page's broken entity (国务院办公厅 &sp;, sc19-52).
_SIGNATURE_GAP = re.compile(r"(?:[ \u3000\xa0\n]|&sp;)*")


def _forwarded_text(doc: _Doc, issuance: ActivityFrame) -> tuple[int, str] | None:
    """Where the text a forwarding notice carries starts (after the issuer's signature date that
    follows 转发), and the body named after 转发 in its title."""
    text = doc.text
    if text[issuance.trigger[0] : issuance.trigger[1]] not in _FORWARDING:
        return None
    body = _forwarded_body(doc)
    if body is None:
        return None
    for d in _mentions_in(doc, issuance.trigger[1], len(text)):
        if d.label != "DATE" or text[d.end : d.end + 1] != "\n":
            continue
        signer = [s for s in _mentions_in(doc, max(0, d.start - 40), d.start)
                  if s.label == "DEPT" and s.attrs.get("canonical") in issuance.agents
                  and _SIGNATURE_GAP.fullmatch(text, s.end, d.start)]
        if signer:
            return d.end, body.attrs["canonical"]
    return None


def _forwarded_body(doc: _Doc) -> Mention | None:
    return next((m for m in doc.ordered if m.label == "DEPT" and m.attrs.get("canonical")
                 and doc.text.endswith(_FORWARDING, 0, m.start)), None)


def _forwarded_issuance(doc: _Doc) -> ActivityFrame | None:
    """A forwarding notice (国务院办公厅转发国家教委关于…请示的通知) carries the text it forwards,
    whose own "现提出如下意见" / "…报告如下" is a publication of the body it names after 转发, dated by
    that text's signature (国家地震局⏎一九九六年一月二十五日) when it has one."""
    if doc.forwarded is None:
        return None  # no forwarding notice, or no signature parts the forwarded text from it
    text = doc.text
    start, name = doc.forwarded
    m = _ISSUANCE[1].search(text, start)
    if m is None or doc.covered[m.start(1)]:
        return None
    date = None
    for d in _mentions_in(doc, m.end(), len(text)):
        if d.label != "DATE" or text[d.end : d.end + 1] not in ("", "\n") or text[d.start - 1 : d.start] != "\n":
            continue
        line_start = text.rfind("\n", 0, d.start - 1) + 1
        signer = [s for s in _mentions_in(doc, line_start, d.start - 1) if s.end == d.start - 1]
        if signer and signer[0].label == "DEPT" and signer[0].attrs.get("canonical") == name:
            date = d.attrs.get("value")
            break
    if date is None:
        # Or by the dateline under its title: "（省经贸委 二00一年八月七日）" (皖政[2001]73号: probe old46p).
        for d in _mentions_in(doc, start, m.start()):
            if d.label != "DATE" or not _DATELINE_CLOSE.match(text, d.end):
                continue
            signer = [s for s in _mentions_in(doc, max(start, d.start - 40), d.start)
                      if s.label == "DEPT" and s.attrs.get("canonical") == name
                      and _SIGNATURE_GAP.fullmatch(text, s.end, d.start) and _DATELINE_OPEN.search(text, start, s.start)]
            if signer:
                date = d.attrs.get("value")
                break
    return ActivityFrame(m.span(1), "publication", date, [name], mode="done")


_DATELINE_OPEN = re.compile(r"[（(][ \u3000]*$")
_DATELINE_CLOSE = re.compile(r"[ \u3000]*[）)]")


def _doc_kind(text: str, meta: dict[str, Any], issued: bool) -> str:
    """report (a government work report: review and plan), plan (a body's work plan: every
    action is planned), policy (rules and tasks; also a service guide, whose procedure steps
    申请, 受理, 审核通过后发放 are prescribed, not reported), or other (bulletins, news)."""
    title = str(meta.get("title") or "")
    if is_report(text) and not (meta.get("docno") and _POLICY_TITLE.search(title)):
        # A notice with its own number about the work report (泾县人民政府关于分解落实政府工作报告目标任务的通知,
        # 泾政〔2023〕1号, probe full39c) is a policy document, not the report.
        return "report"
    if is_guide(text):
        return "policy"
    if _PLAN_TITLE.search(title) or _PLAN_DOC.search(text, 0, 400):
        return "plan"
    if (issued or meta.get("docno") or _POLICY_TITLE.search(title) or _POLICY_CLOSE.search(text)
            or len(_ARTICLE.findall(text, 0, 20000)) >= 2 or _OWN_RULES.search(text, 0, 600)):
        return "policy"
    return "other"


_BULLET_NEXT = re.compile(r"\s*[●•◆■▲★◎]")


def _is_heading_line(text: str, block: Block) -> bool:
    """"（六）着力办好办实民生实事，人民生活品质稳步提高": a numbered line without a full stop."""
    if block.kind == "heading":
        return True
    line = text[block.start : block.end].rstrip()
    if block.level > 0:
        return len(line) <= 60 and not any(ch in line for ch in "。；！？;!?")
    # A digest's topic line over bulleted items ("办好公平优质教育" over "●新建改建一批…", news.cnhubei.com 2019,
    # probe act52): short, without a mark, the next line a bullet.
    return (len(line) <= 20 and not any(ch in line for ch in "。；！？;!?，,、：:")
            and _BULLET_NEXT.match(text, block.end) is not None)


def _section_agents(doc: _Doc) -> None:
    """Blocks under a heading that names a body ("（二）省公安厅") report that body's work."""
    st = doc.st
    for i, b in enumerate(st.blocks):
        own = None
        if b.title_end >= 0:
            head = st.heading_text(b)
            depts = [m for m in _mentions_in(doc, b.body, b.title_end) if m.label == "DEPT"]
            if len(depts) == 1 and depts[0].attrs.get("canonical"):
                m = depts[0]
                rest = doc.text[b.body : m.start] + doc.text[m.end : b.body + len(head)]
                if _SECTION_REST.fullmatch(rest):
                    own = m.attrs["canonical"]
        inherited = doc.section_agent.get(st.blocks[b.parent].start) if b.parent >= 0 else None
        agent = own or inherited
        if agent:
            doc.section_agent[b.start] = agent  # keyed by block start


def _is_plan_heading(head: str, year: int | None) -> bool:
    if not head or _PLAN_EXCEPT.search(head):
        return False
    if _PLAN_HEADING.search(head):
        return True
    if not _TASK_HEADING.search(head):
        return False
    m = _FUTURE_PERIOD.search(head)
    if not m:
        return False
    return m.group(1) is None or (year is not None and int(m.group(1)) >= year)


def _statistics_blocks(doc: _Doc) -> set[int]:
    """Unnumbered paragraphs of figures under a "…情况" heading (省本级综窗办件情况)."""
    st = doc.st
    out = set()
    for i, b in enumerate(st.blocks):
        if b.kind != "paragraph" or b.parent < 0:
            continue
        if not st.heading_text(st.blocks[b.parent]).endswith("情况"):
            continue
        metrics = sum(m.label == "METRIC" for m in _mentions_in(doc, b.start, b.end) if m.end <= b.end)
        # Dense figures, not a news paragraph that gives a count or two.
        if metrics >= 3 and (b.end - b.start) <= 30 * metrics:
            out.add(i)
    return out


def _plan_blocks(st: Structure, year: int | None) -> set[int]:
    """Blocks inside a section of plans (下一步工作打算, 2026年重点工作)."""
    is_plan: dict[int, bool] = {}
    out = set()
    for i, b in enumerate(st.blocks):
        own = _is_plan_heading(st.heading_text(b), year)
        # Headings come before their blocks, so the parent's flag is already known.
        flag = own or (b.parent >= 0 and is_plan.get(b.parent, False))
        is_plan[i] = flag
        if flag:
            out.add(i)
    return out


def _quote_mask(text: str) -> bytearray:
    """1 inside quotation and book-title marks: names and slogans, not predicates.

    Only closed quotes of a name's length count, so a stray mark in PDF text
    does not hide the rest of its paragraph.
    """
    mask = bytearray(len(text) + 1)
    opened: list[int] = []
    for m in _QUOTE_MARK.finditer(text):  # only the marks and line breaks, not every character
        i, ch = m.start(), m.group()
        if ch in _QUOTE_OPEN:
            opened.append(i)
        elif ch in _QUOTE_CLOSE and opened:
            start = opened.pop()
            if i - start <= _QUOTE_MAX:
                mask[start:i] = b"\x01" * (i - start)
        elif ch == "\n":
            opened.clear()
    return mask


def _section_end(st: Structure, index: int) -> int:
    """End of the section a heading opens: the next heading of its level or above."""
    level = st.blocks[index].level
    for b in st.blocks[index + 1 :]:
        if b.kind == "heading" and b.level <= level or b.kind in ("distribution", "footer"):
            return b.start
    return len(st.text)


def _heading_frame(doc: _Doc, block: Block) -> ActivityFrame | None:
    """A section headed "大厅巡查情况" reports an inspection by the issuer."""
    if block.level > 2 or block.title_end < 0:
        return None
    head = doc.st.heading_text(block)
    m = _HEADING_EVENT.search(head)
    if not m:
        return None
    if doc.kind in ("policy", "plan") and m.end(1) == len(head):
        # A notice's or plan's bare "（一）综合督查" titles the section that prescribes the inspection
        # (probe act30 d10, a city's 督查 notice); only "…督查情况" reports one.
        return None
    table, _ = _triggers()
    start = block.body + m.start(1)
    name = head[: m.end(1)]
    return ActivityFrame((start, start + len(m.group(1))), table[m.group(1)][0], None,
                         [doc.issuer] if doc.issuer else [], name or None)


# The means an event used, listed before its own verb: "采取听取汇报、校园巡视、随机听课、查阅资料、走访座谈等形式开展
# 春季开学专项督查" (教育部 2014-02-24), "考核巡查组采取随机抽查、突击检查、夜查走访等多种方式，…进行核查抽查"
# (新华社 2023-12-07): steps of the event the verb after them carries, no actions of their own.
# A meeting held as one of the means keeps its own verb and is an event of its own (guide: a 座谈会 during a field
# study): "调研组通过召开座谈会、实地走访等方式" (dev weekly-report-2023-17); so are a report's measures taken
# ("国家通过加大建设投入、…、实施优惠财税政策等措施", dev sc-report-2003).
_MANNER_LIST = re.compile(r"(?<![审议])(?:采取|采用|通过|运用|以)[^，,。；;：:\n]{2,60}?等(?:多种|多样|各种|多元|系列)?"
                          r"(?:形式|方式|方法|手段|途径)")
_MANNER_END = re.compile("形式|方式|方法|手段|途径")
_HELD_IN_LIST = ("召开", "举办", "举行", "组织", "开展")
# An event noun naming the plan an action follows: "根据国务院2023年度省级政府安全生产和消防工作考核巡查统一安排部署"
# (新华社 2023-12-07), "按照国务院第六次大督查工作安排": the basis, not an action.
_BASIS_LEAD = re.compile(r"(?:根据|按照|依据|依照)[^，,。；;：:\n]{0,60}$")
# An event naming the source of what it found: 督查暗访发现的问题隐患, 检查中发现的问题, 巡查反馈的问题.
_FOUND_BY = re.compile(r"[^，,。；;、：:\s]{0,4}?(?:中|过程中|期间)?(?:发现|查出|查处|反馈|反映|移交|交办)的")
_BASIS_NOUN = re.compile(r"(?:工作)?(?:统一|总体|整体|相关|有关)?(?:安排部署|工作部署|部署|安排|要求|方案)")


# Verbs that launch what they name: a document or measure (publication), an event when their object is one.
_LAUNCH_VERBS = frozenset(("推出",))
# A campaign named by its slogan alone, nothing after the quote (dev sc-report-2006 坚持开展“扫黄打非”。, wr2026-guizhoum
# 常态化开展“打非治违”，): 开展 holds it as an event, as the lexicon's 行动 / 活动 heads do.
_BARE_NAME = re.compile(r"了?“[^”“，。]{2,12}”(?=[，,。；;])")
# The trade-in subsidy carried out by 实施 is a policy (dev gold other: wr2026-shaanxi 继续实施消费品以旧换新 x2,
# wr2026-anhui 优化实施消费品以旧换新); 开展 the same is a drive (wr2026-shanghai gold event), kept by the lexicon.
_TRADE_IN = re.compile(r"[^，,。；;、]{0,10}?“?以旧换新”?(?=[，,。；;、])")
# What a report's 推出 offers the public: products, scenes, tourist trains (dev wr2026-guizhou 推出一批…主题消费场景,
# wr2026-hainan 推出…特色医疗旅游产品, wr2026-shandong 创新推出…旅游列车、…等旅游产品: gold service, none other);
# measures, lists and maps launched stay publications.
_OFFERINGS = re.compile(r"[^，,。；;]{0,40}?(?:产品|场景|列车|专列|线路)\s*(?:$|[，,。；;])")
# Projects a report's 推出 offers investors are work of their own kind, not documents (dev sc-report-2014 gold other:
# 推出一批重大支撑项目, 再推出一批民间投资示范项目; 2014 推出一批投资项目, 2018 推出一批有吸引力的项目); a list of
# projects (推出面向民间资本的投资项目清单, dev wr2026-hubei) is a publication.
_PROJECTS_LAUNCHED = re.compile(r"[^，,。；;]{0,30}?项目\s*(?=[，,。；;]|$)")


def _in_manner_list(text: str, s: int, e: int, sent_start: int) -> bool:
    """The trigger is one of the means listed in 采取…等形式/方式 before another verb."""
    if text.startswith(_HELD_IN_LIST, s) or not _MANNER_END.search(text, e, e + 20):
        return False  # a list the trigger is in ends with its kind word within the window read below
    for m in _MANNER_LIST.finditer(text, max(sent_start, s - 62), min(len(text), e + 20)):
        if m.start() < s and e <= m.end() - 2:
            return True
    return False


def _non_gov_subject(text: str, s: int, sent_start: int) -> bool:
    """The part of the sentence before ``s`` (from its last 。 or ；) opens on a subject that is no government."""
    lo = max(sent_start, s - 120)
    seg = max(text.rfind("；", lo, s), text.rfind(";", lo, s), text.rfind("。", lo, s)) + 1 or lo
    if seg == 0 and lo > 0:
        seg = lo
    m = _NON_GOV_OPENER.match(text, seg, s)
    return m is not None and not _GOV_WORD.search(text, seg, s) and "地方" not in m.group() \
        and "各地" not in m.group()


def _keep_hit(doc: _Doc, h: re.Match[str], kind: str, sent_start: int, sent_end: int) -> bool:
    text = doc.text
    s, e = h.span()
    if doc.covered.find(1, s, e) >= 0 or doc.quoted[s] or s < doc.inline_head:
        return False
    if _in_manner_list(text, s, e, sent_start):
        return False
    if _BASIS_NOUN.match(text, e) and _BASIS_LEAD.search(text, max(sent_start, s - 60), s):
        return False
    if _FOUND_BY.match(text, e):
        return False  # 前三季度督查暗访发现的问题隐患 (新华社 2023-12-07): what an inspection found, a noun
    word = h.group()
    # The clause around the trigger, which many checks below read: found once (two bisects).
    cs, ce = _clause_start(doc, s, sent_start), _clause_end(doc, e, sent_end)
    if doc.kind == "report":
        if word == "清理" and _TIDY_UP.match(text, e):
            return False
        closes = e >= ce or text[e] in "，,。；;、"  # the verb closes its clause: nothing is its object
        if _SPENDING_NOUN.match(text, e, ce + 1):
            return False  # 减免农村税收、增加…等方面的支出: part of a spending noun (_SPENDING_NOUN)
        if _non_gov_subject(text, s, sent_start):
            return False  # 有些农业合作社推行…，建立…: no government acts (_NON_GOV_OPENER)
        if _triggers()[0][word][0] == "training" and _TRAINING_RECEIVED.search(text, cs, s):
            return False
        if word == "改造" and (e >= ce or _NO_OBJECT_AFTER.match(text, e)):
            return False
        if word == "建立" and closes and _BASICALLY.search(text, max(cs, s - 4), s):
            return False
        if word == "确立" and closes:
            # a system or framework 确立 with no object is a result, no action: "主要领域改革主体框架基本确立。"
            # (2018 report), "社会主义所有制已经确立，" (1956 report): 确立 of 065a1a7d takes an object (确立了…制度)
            return False
        if word == "开展" and closes and _WIDELY.search(text, max(cs, s - 2), s):
            return False
        if word == "开展" and closes and _CLAUSE_END_MANNER.search(text, max(cs, s - 2), s) \
                and (not _CAMPAIGN_SUBJECT.search(text, cs, s - 2) or _SELF_ORGANIZED.search(text, cs, s)):
            return False
        if _PILOT_AFTER.match(text, e) and _PILOT_OPENER.search(text, cs, s):
            return False
        if (off := _OFFENCE_BEFORE.search(text, max(cs, s - 5), s)) is not None \
                and not _OFFENCE_OBJECT.search(text, max(cs, off.start() - 2), off.start()):
            return False
        if closes and _AIM_LIST.search(text, cs, s):
            return False
        if (g := _GUIDED_JOINT.search(text, max(sent_start, s - 46), s)) is not None \
                and (g.start() >= cs or not text[cs : g.end() - 2].strip()) \
                and not _PARTNER_IN_CLAUSE.search(text, cs, s):
            # the guided bodies are the direction verb's object, in its clause or in a clause opening on the
            # adverb; a clause naming its own subject (川渝联合开展…, 省市县联合开展…) is the governments' work
            return False
        if word == "开展" and _URGED.search(text, max(cs, s - 2), s) and _GENERAL_WORKS.match(text, e, ce + 1):
            return False
    if kind == "build":
        if doc.kind != "report" or not _BUILD_LEAD.fullmatch(text, cs, s) \
                or not (any(ch.isdigit() for ch in text[e:ce])
                        or (doc.parts.national and _BATCH.match(text, e, ce))
                        or (_BUILT_FACILITY.search(text, e, ce) and not _QUALITY_CLASS.match(text, e))):
            return False
        counted = _PROJECTS_COUNTED.match(text, e, ce)
        if counted and (counted.end() == ce or text[counted.end()] == "、"):
            # 建设亿元以上项目4000个、完成投资超4500亿元 (wr2026-liaoning): projects counted, a statistic, as
            # for 实施 (dev gold leaves 2 of 3 out)
            return False
    if kind in ("rate", "reform") and text.endswith(("通过", "经过"), 0, s):
        return False  # “六五”期间，通过调整和改革，生产发展 (sc-report-1986, 经过调整和改革 too; 1983 经过改革、调整): a means
    if kind in _COUNTED_KINDS:
        # Most measures and rates fail on their object alone (提高补助标准): checked before the
        # searches around the trigger that every kind goes through (all checks only reject).
        if doc.kind == "report" and _USED_FOR.search(text, sent_start, s):
            # 超收收入主要用于解决…历史欠账，依法增加对地方税收返还和一般转移支付，增加…支出 (2007 report, probe act50):
            # the uses the funds go to, listed after 用于, are no measures of their own
            return False
        if kind == "measure" and doc.kind == "report" and _SPAN_FROM_TO.match(text, e, ce + 1):
            return False  # 财政投入从2006年的18亿元增加到2010年的306亿元: the sum's path, a statistic (_SPAN_FROM_TO)
        if kind == "measure":
            # 拟安排地方政府专项债券3.8万亿元, 取消123项…事项: a report counts its government's own
            # measures; uncounted (制度安排, 货币发行得到控制) or in a policy (a requirement) they are none.
            # A policy document's letter may report one too (发展改革委已在国债中安排该项目2亿元): kept here,
            # then only with a named body and a mark of done or planned (_policy_action).
            # 赤字率拟按3%安排: a measure set at a rate before its verb (act8)
            if doc.kind not in ("report", "policy") or not (
                    any(ch.isdigit() for ch in text[e:ce])
                    or _RATE_SET.search(text, cs, s)
                    or _deployed(doc, h, s, e, ce, sent_start)):
                return False
            if word == "争取" and (not _SUM_SOUGHT.search(text, e, ce) or _GROWTH.search(text, e, ce)):
                # 争取到2025年…, 争取更好结果: an aim; only funds won (a sum of money) are counted, and a sum compared
                # with last year's (争取…资金311.5亿元、增长9.5%, dev wr2026-liaoning) is a statistic
                return False
            if word == "投入" and (_GROWTH_AFTER.match(text, ce) or _TOTAL_AFTER.match(text, e)):
                # 中央财政科技投入1163亿元，增长16.4% (2009 report, probe act50): the spending a year came to, compared
                # with the last, is a statistic with 投入 as its noun; 去年投入国债资金152亿元，主要用于… (dev 2006) is not
                return False
            if word == "退出" and (doc.kind != "report" or "产能" not in text[e:ce]):
                return False  # 退出 is the state's measure on capacity only (退出煤炭产能1.5亿吨); else people or firms exit
            if _TERRITORY_SUBJECT.fullmatch(text, cs, s):
                # 全省办结行政复议案件32910件 (dev wr2026-anhuim, gold leaves it out): the whole province's count, every
                # level's cases, a statistic, not the government's own measure
                return False
            if word != "办结" and _CASE_COUNT.search(text, max(e, ce - 12), ce):
                # 解决突出困难问题69万件: a count of cases handled, a statistic; 办结…608件 counts the government's
                # own closing of cases (dev wr2026-liaoningm, probe act57), the measure itself
                return False
            first = _FIRST_COUNT.search(text, e, ce)
            if first and first.group(1) in "家户":
                # 新设外商投资企业673家 (wr2026-hubeim), 新设外资企业3.6万家 (wr2026-guangdong): firms counted, a
                # statistic; 安排219亿元支持116户国有企业 (sc-report-2006) counts the sum first
                return False
        elif kind == "rate":
            if word == "采取":
                if not _TAKEN_MEASURES.match(text, e, ce + 1) or doc.kind != "report" \
                        or _is_planned(doc, sent_start, s, e) or _MEASURE_THEN_DONE.match(text, e) \
                    or _BARE_MEASURES.match(text, e, ce + 1):
                    return False  # 采取…方式 is a means; 要采取多种措施 in a plan, a direction
            elif word in _LEVY_VERBS:
                if not _LEVIED.match(text, e, ce + 1):
                    return False  # 征收土地, 增设网点: not a tax the state levies
            elif doc.kind == "report" and _SET_TO.match(text, e) \
                    and _SET_BY.search(text, cs, s):
                pass  # 将扶贫标准提高到2300元, 拟增加到4576亿元: a figure the government sets
            elif doc.kind == "report" and word in ("提高", "上调") and _FIGURE_AFTER.match(text, e) \
                    and _STANDARD_BEFORE.search(text, cs, s) and not _STANDARD_OUTCOME.search(text, sent_start, e + 12):
                pass  # 基本养老金继续提高10%, 补助标准由…240元提高到280元: a benefit standard the government raises
            elif doc.kind == "report" and word == "扩大" and _EXTENDED_TO.match(text, e) \
                    and (_EXTENDED_REFORM.search(text, cs, s) or _EXTENDED_BARE.fullmatch(text, cs, s)):
                pass  # 农村信用社改革扩大到29个省: a reform's scope the government extended
            elif word in _SET_TO_VERBS:
                if not (doc.kind == "report" and text[e:e + 1].isdigit() and _SET_BY.search(text, cs, s)):
                    return False  # 下降至30微克: an outcome; 将…比例从20%降至16% (set by 将) is a measure
            elif word == "增加":
                if not _GIVEN_SUBSIDY.match(text, e, ce + 1) or doc.kind != "report":
                    return False
            elif word == "实行" and doc.kind == "report" and _SYSTEM_PUT_IN.match(text, e, ce + 1):
                pass  # 逐步实行了外贸企业自主经营、自负盈亏的新体制 (1992 report, probe act72s): a system put in force
            elif not _rates().match(text, e, ce + 1) and not (doc.kind == "report" and (
                    _rate_list(text, e, ce) or ((text.startswith("了", e) or _TIMES_DONE.search(text, cs, s)) and _rates_done().match(text, e, ce + 1)))):
                return False  # 提高补助标准, 降低融资成本: an aim or an outcome, not a measure
            if _POLICY_STANCE.match(text, e, ce + 1):
                return False  # 继续实行稳健的财政政策: a stance, no action
        elif doc.kind != "report":  # reform: in a report, counted or not (取消123项…事项): no count check
            return False  # 取消…资格 in a policy: a requirement, not a reported reform
        elif word in ("关停", "关闭") and not text[e:ce].strip(" 了"):
            return False  # 破产企业要真关闭，(sc-report-1997): firms close; the government closes something it names
    if word not in _HELD_EVENT_VERBS and _HELD_SUBJECT.match(text, e, ce):
        return False  # 商会成立大会…在北京举行, 新闻发布活动在…举行: the verb names the event held, no action
    if _COPULA_BEFORE.search(text, max(sent_start, s - 6), s):
        return False  # 成为全国纪念…80周年文艺精品, 作为庆祝…的献礼: the verb sits inside what something becomes
    if _YEAR_OF.match(text, e) and _YEAR_IS.search(text, max(cs, s - 41), s):
        return False  # 也是全面完成“十一五”规划、科学编制…的重要一年: the year described, no action
    after = text[e : e + 4]
    if kind in ("generic", "weak"):
        if after.startswith(_GENERIC_NOUN_SUFFIX):
            return False
    elif after.startswith(_NOUN_SUFFIX) and not doc.covered[e] and not after.startswith("标准化"):
        # 推行标准化生产 (2010 杨陵区 report, probe act41): 标准化 qualifies the object, 推行标准 would be a noun
        return False
    elif word not in _HOLDING and _BUREAU_NOUN.match(after) and not doc.covered[e]:
        return False
    if word in _INSPECTION_WORDS and _INSPECTION_NOUN_AFTER.match(text, e):
        return False
    # (bounded windows: an unpunctuated run of triggers must stay linear)
    if _FAULTED_CLAUSE.search(text, max(e, ce - 8), ce):
        return False
    if word not in _HOLDING and _MEETING_AGENDA.search(text, max(sent_start, s - _AGENDA_REACH), s):
        return False
    # (进行抽查核查: the light verb before the team's steps is no event of its own)
    if (_team_step(word) or (word == "进行" and (_team_step(text[e:e + 4]) or _team_step(text[e:e + 2])))) \
            and _team_is_subject(text, sent_start, s):
        return False
    if text.endswith(_NAMED_AGAIN, 0, s) or text.startswith("而成", e) or (
            text.endswith(_NAMED_AGAIN, 0, s - 2) and text.startswith(("实地", "专项"), s - 2)):
        # (这次实地督查, 本次专项检查: the event named again, 国务院大督查 2018, probe act76n)
        # 综合…政府信息公开年度工作报告编制而成 (丽水 2017 年度报告): how the text itself came about, no activity
        return False
    if _MANNER_AFTER.match(text, e) and not doc.covered[e]:
        return False
    if word not in _HOLDING and _BY_MEANS.search(text, max(sent_start, s - 12), s) and _MEANS_CLOSE.match(text, e, sent_end):
        # "通过实地观摩、座谈交流等方式,感受长子变化" (长子 要闻简报 2023): the means of the reported event, no event;
        # but a meeting held in it is one ("调研组通过召开座谈会、实地走访等方式", dev weekly report)
        return False
    if after.startswith("权") and not after.startswith(("权益", "权利")):
        # 2008年奥运会举办权 (sc-report-2002), 2010年世界博览会举办权 (sc-report-2003), 审批权限 (1984, 1987,
        # 2000, 2014): a right, a noun
        return False
    if kind == "adopt":
        if not text.endswith(_ADOPTING, 0, s) and not _ADOPTED_ON.search(text, max(0, s - 24), s) \
                and not (_ADOPTED_BY.search(text, max(sent_start, s - 16), s) and _CLAUSE_BREAK.match(text, e)):
            return False  # 通过…方式, 通过审核: a means or a passed check, no meeting
        if word.endswith("批准") and _BY_APPROVAL.search(text, max(sent_start, s - 20), s) \
                and not text.startswith("了", e):
            # 经全国人大常委会批准调整预算后，国务院增发1000亿元财政债券 (1999 report, probe act71s): the approval
            # the action rests on, as 经国务院批准 (dev: 42 of 42 经…批准/同意 carry no activity); 经…审议和通过了
            # 11项法律 reports the adoption itself and stays
            return False
        if text.startswith(("的《", "的“"), e):
            return True  # 第二十四次会议通过的《…决定》: the meeting that adopted a text it names
    # 十四届全国人大一次会议审议批准的国务院机构改革方案 (国务院常务会议 2023-03-14): the meeting that adopted what it
    # names, as 会议通过的《 above (a Party plenum's adoption is left out below, as sc19-20's)
    adopted = text.startswith("的", e) and word in _MEETING_ADOPTS and text.endswith(_ADOPTING, 0, s)
    adopted = adopted or _issued_by_named(doc, word, s, e)
    if (text.startswith(("的", "后的", "过的"), e) and not adopted) or (s and text[s - 1] == "所" and not text.endswith(_SUO_NOUNS, 0, s)) \
            or (text.endswith("以", 0, s) and not text.endswith(_YI_VERBS, 0, s)):
        return False  # 所发布的规范性文件, 召开的会议, 修订后的条例, 以开展…引领: a modifier or a means, no action
    if text.startswith("后", e) and not text.startswith(_AFTER_NOUNS, e) and not _CLAUSE_BREAK.match(text, e + 1):
        # 铁：全部建成后增加的年产能力将为五百七十五万吨 (sc-report-1955, 13 lines), 津滨轻轨改造后高峰运力提升四成
        # (wr2026-tianjin): the trigger dates what follows in its clause, no action of its own; 加以修改后，提请…
        # (sc-report) is a step of a sequence and stays
        return False
    if _COORDINATED_MODIFIER.match(text, e) and _verb_at(doc, e + 1):
        # 新建和修复的铁路 (sc-report-1957), 正确处理新建和改造、扩建、挖潜的关系 (1984): verbs joined before 的
        # modify a noun, as a single verb before 的 does (建立和平、稳定…的新秩序: 和平 is no verb)
        return False
    if kind == "object" and word in _UNFOLD and (
            text[s - 1 : s] in _UNFOLD_BEFORE or _NOMINAL.search(text, max(sent_start, s - 8), s)):
        # 拓展开放, 发展开辟: another word's characters; 经济体制改革的全面展开需要…: a noun
        return False
    back8 = s - 8 if s - 8 > sent_start else sent_start
    # 作了…情况的专项报告: a briefing's 报告 is named by its subject (checked above), not a noun
    if kind != "briefed" and (_NOMINAL.search(text, back8, s) and (e >= sent_end or text[e] in _NOMINAL_END)
            or _NOMINAL_WIDE.search(text, back8, s) and (e >= sent_end or text[e] in _NOMINAL_WIDE_END)
            and not (doc.kind == "report" and _PASSIVE_DONE.search(text, max(sent_start, s - 4), s))):
        # 新宪法的颁布，标志着…; 体育活动的广泛开展，…; 得到清理: a noun or a passive outcome; but …的方案正在
        # 实施。, …的政策开始实施， report the plan or policy under way (sc-report-1999, 2007)
        return False
    if _PROGRESS_OF_NOUN.match(text, e) or doc.kind == "report" and _PROGRESS_IN_CLAUSE.match(text, e, sent_end):
        # 国家公园创建顺利推进 (wr2026-qinghai), 国家植物园设立取得突破性进展 (wr2026-yunnanm), 示范创建数量居
        # 全国第1位 (wr2026-anhuim): the trigger names a process whose progress is reported, no action
        return False
    if _NEGATED.search(text, max(sent_start, s - 12), s):
        return False  # 在…没有实行社会主义改造以前, 尚未建立: no action is reported
    if _ATTENDED.search(text, max(sent_start, s - 8), s) and _ATTENDED_EVENT.fullmatch(text, s, sent_end):
        # The closing line of a visit's news: "…县委办常务副主任郑先骥、莽张镇镇长桂小辉陪同此次调研。" (罗山县,
        # meipian.cn/4jmgk9by), "区直相关部门、相关镇街负责同志参加走访活动。" (淮北 烈山区, hbnews.net 2022-06-29),
        # "规划处、区域处…负责同志参加对接调研。" (陕西省发展改革委, sndrc.shaanxi.gov.cn 2025-09-18): attending the
        # reported visit is a step of it, as 出席会议 is (non_triggers.txt)
        return False
    if word in _ATTEND_VERBS and _ATTENDED_LINE.fullmatch(text, e, sent_end):
        return False  # 参加走访活动。, 参加对接调研。: the attending verb of the same closing line
    if word == "对接" and text.startswith(_LIAISON_EVENTS, e):
        return False  # 赴汉中市对接调研 (sndrc.shaanxi.gov.cn 2025-09-18): 对接 says what kind of 调研; that verb carries it
    if _NTH_CAMPAIGN.search(text, max(sent_start, s - 10), s):
        # 国务院第六次大督查重点就…开展督促检查 (news.china.com 2019-09-03), 国务院第五次大督查发现的 (sc19-56),
        # 第七次全国人口普查 (sc-report-2021): the Nth campaign's name, a noun; 开展/启动 before it carries the action
        return False
    if text.startswith("大", s - 1) and s - 1 > sent_start and doc.covered[s - 2] and not doc.covered[s - 1] \
            and not text.startswith("了", e):
        # "今年国务院大督查继续坚持“开门搞督查”" (新华社 2020-10-14, probe act76n): a body's 大督查 / 大检查 names its
        # campaign, a noun, as the Nth campaign's name does
        return False
    if _CLAUSE_BREAK.match(text, e) and (opening := text[sent_start:s].lstrip(" \u3000\t\n")).startswith(_NAMED_AGAIN) \
            and not text.startswith("了", e) and not _EVENT_AS_TIME.match(opening):
        # "这次实地督查围绕…贯彻落实，重点聚焦五个方面开展：一是…" (国务院大督查 2018, gwy.newdu.com, probe act76n):
        # the event named again (这次/本次/此次) is the sentence's subject; its verb with no object adds no event
        return False
    if _FAULTED.match(text, e, sent_end):
        # "也有一些地方和部门发布信息并不够及时" (中国青年报 2008-12-31, probe act76n): the clause faults how it is
        # done, no action reported
        return False
    if _INTENDED.search(text, max(sent_start, s - 14), s):
        return False  # 原定去年下半年增加…工资 (dev sc-report-2003), 原定5年取消…的目标 (sc-report-2015): an intention
    if text.endswith(_FOCUS, 0, s):
        return False  # 围绕实施…战略, 重点调研…: the topic or focus of an event named before
    if _COPULA.search(text, max(sent_start, s - 2), s) or _after_de(doc, s, sent_start):
        return False
    if _FIGURATIVE_OBJECT.match(text, e):
        return False
    # "人员与培训、": a listed noun.
    if s > sent_start and text[s - 1] in _LIST_BEFORE and e < sent_end and text[e] in _LIST_AFTER:
        return False
    if _SLOGANS.fullmatch(text, cs, ce):
        # 大讲学习、深入调研、真抓实干、清正廉洁: a clause of four-character slogans names a style of work, no event
        # (a report's 政府自身建设; an excerpt opening at "一、2025年工作回顾" reads as a report since probe act34)
        return False
    if word == "应对" and (doc.kind != "report" or not _NAMED_EVENT.search(text, e, ce)):
        # 应对 a named or dated event is a reported action (有效应对2019年伏秋连旱和2020年特大洪涝灾害, 妥善应对“7·22”
        # “8·25”…等多轮疫情冲击: 2022 天门, 2023 简阳 reports, probe act34; dev wr2026-hubeim 成功应对主汛期9轮强降雨,
        # sc-report-2014 成功应对光伏“双反”等重大贸易摩擦); 有效应对风险挑战, 积极应对气候变化 are directions
        return False
    if text.startswith("、", e) and _LISTED_WORKS.match(text, e, ce):
        # 沉湖二泵新建、汉北河堤防加固等水利补短板工程全面完成 (2022 天门 report, probe act34): the works' names,
        # listed before 等…工程 (as 宝鸡峡灌区改造等项目建设 in _NOUN_SUFFIX); the clause's verb comes after
        return False
    if kind == "final" and e < sent_end and not _CLAUSE_BREAK.match(text, e):
        return False  # 投产达效, 投产上市, 通车里程, 投产1000万千瓦: a noun, a firm's step or a count
    if word in ("贯通", "开始建设") and not _WORKS_JOINED.search(text, cs, s):
        return False  # 全产业链贯通, 中试线全流程贯通: no public work joined up or begun
    if kind == "object" and (e >= ce or doc.kind != "report" or text.startswith("投资", e)
                             or _JOINED_NOUN_VERB.match(text, e)):
        # 国家植物园创建。, 管道更新改造，: a noun; 创建…, 建好… with an object is the report's action;
        # 更新改造投资二千七百六十亿元 (sc-report-1986, like 技术改造投资 in 1983, 1988): a sum, a noun
        return False
    if word in _RELIEF_VERBS and not _RELIEF_MANNER.search(text, max(cs, s - 6), s):
        # relief given at once (妥善安置受灾群众, 从废墟中抢救生还者, 迅速抢修基础设施); 企业安置、个人自谋职业 and
        # 收入先安置职工 (dev sc-report-1995, 1997) say how firms settle their workers
        return False
    if kind == "submit" and not (
            doc.kind == "report" and (_TO_STANDING_COMMITTEE.match(text, e) or _COUNTED_BILLS.match(text, e)
                                      or text.endswith(_STANDING_COMMITTEES, 0, s))
            or doc.kind == "other" and _TO_STANDING_COMMITTEE.match(text, e) and _SUBMITTED_NEWS.search(text, cs, s)):
        # 提请大会审议, 请予审议: the report's own request to the deputies; 视情况提请常委会会议审议 in a
        # standing committee's own work plan (pt-20932) is a step of its procedure, not a reported submission
        return False
    if kind == "tabled" and (doc.kind != "report" or not text.endswith(("已", "已经"), 0, s)):
        return False  # 将提交本次大会审议: the report's request; 提交司法机关处理: a prescription
    if kind == "split" and not (doc.kind == "report" and _SPLIT_SHARES.match(text, e)):
        return False  # 事权和支出责任划分改革, 划分标准: a noun; only the state's division of shares is an action
    if kind == "cut" and (doc.kind != "report" or not (text.startswith("了", e) or _CAUSE_DONE.search(text, cs, s))):
        return False  # 进一步压缩…规模: a direction; 办理时限压缩65%: an outcome (triggers.tsv, cut)
    if kind == "briefed" and not (doc.kind == "report" and _BRIEFED.search(text, cs, s)
                                  or doc.kind == "other" and _BRIEFED_NEWS.search(text, sent_start, s)):
        return False  # 向大会作政府工作报告, 报告期: the report itself or a noun (triggers.tsv, briefed)
    if kind == "consult" and not _consulted(doc, s, e, cs, ce):
        return False  # 商 alone: 商务, 经商办企业; only 经商X / 商X同意 with a body X is a consultation
    if kind == "procedure" and not (_PROCEDURE_OPEN.fullmatch(text, cs, s) and text[ce : ce + 1] in ("，", ",")
                                    and _PROCEDURE_OUTCOME.match(text, ce + 1)):
        return False  # 示范区评选, 评选表彰: a noun; only 经…评选，…决定/评为/命名 reports the issuer's selection
    back40 = s - 40 if s - 40 > sent_start else sent_start
    # Every norm opens with one of a few characters: most windows hold none, and skip the scan. 关于鼓励…, 关于支持…
    # name a document's topic without 《》 ("认真落实国务院关于鼓励引导民间投资新36条，抓紧制定…", 2011 report, probe
    # act49): no norm on what follows.
    norms = [m.start() for m in (_REPORT_MODAL if doc.kind == "report" else _MODAL).finditer(text, back40, s)
             if not doc.covered[m.start()] and not doc.quoted[m.start()] and not _body_decided(doc, m.start())
             and not _POLICY_NORM.search(text, max(0, m.start() - 8), m.start())
             and not text.endswith("关于", 0, m.start())] \
        if _MODAL_FIRST.search(text, back40, s) else ()
    if norms and not (norms[-1] < cs and _opens_with_body(doc, cs, s)):
        return False  # 学生应…，我市已为…办理了: the norm binds the earlier clause's subject only
    if not norms and doc.kind not in ("report", "plan") and _COMMAND_OPEN.match(text, sent_start, s) \
            and not _REPORTED.search(text, cs, s) and not _opens_with_body(doc, cs, s):
        # "要全面落实…政策体系,严格规范涉企生态环境行政检查,深入实施…重点举措" (生态环境部部务会议, npoall.com
        # 2025-08-28), "各村(居)务必要高度重视,…,发现隐患第一时间上报整改" (沂水县道托镇, ingsd.com 2018): a
        # sentence that opens with a command goes on with it past the 40 characters read back above
        return False
    if doc.kind != "report" and _DOC_SUBJECT.search(text, max(cs, s - 8), s):
        return False  # 细则制定了细致安排 (dev gz-5): what a rule provides, told by an explainer, no action of a body
    if doc.kind != "report" and _READER_COMMAND.fullmatch(text, cs, s):
        return False  # 快转发给需要的人！ (dev gz-11): a call to the reader, no action of a body
    if doc.kind == "report" and "各" in text[sent_start : min(s, sent_start + 8)]:
        duty = _CLASS_DUTY.match(text, sent_start, s)
        if duty:
            return False  # 各地区各部门要…积极推出…: the class's task, not the government's action
    if doc.kind == "report" and ((duty := _REGION_DUTY.match(text, sent_start, s))
                                 or (duty := _REGION_DUTY_AFTER.search(text, sent_start, s))) \
            and not _OWN_SUBJECT_AFTER.search(text, duty.end(), s):
        # 粮食主产区要…敞开收购农民余粮: the task of a class of regions, not the government's action; a later clause
        # with the government as its own subject is the government's (东部地区要加快转型升级，国务院将出台…: review24)
        return False
    if doc.kind == "report" and ("所有" in text[sent_start : min(s, sent_start + 20)]
                                 or "一切" in text[sent_start : min(s, sent_start + 20)]):
        if _ALL_DUTY.match(text, sent_start, s):
            return False  # 所有企业都要建立起…: the class's task
    # "受理558件": a statistic; so is "国务院各部门网站中有31个开通了英文版" (measures, rates and
    # reforms were checked above).
    if kind not in _COUNTED_KINDS and (_COUNT_AFTER.match(text, e) and not _SUM_OBJECT.match(text, e)
                                       and not (doc.kind == "report" and _COUNTED_WORKS.match(text, e))
                                       and not (doc.kind == "report" and word in _WORKS_DONE
                                                and _WORKS_SUBJECT.search(text, cs, s))
                                       or _COUNT_BEFORE.search(text, max(cs, s - 12), s)):
        return False
    if doc.kind == "report" and kind not in ("measure", "rate", "reform"):  # 5个重点事项…审批材料精简80%, 28个省全部免征了农业税: a measure
        counted = _COUNTED_SUBJECT.match(text, cs)
        if counted and counted.end() <= s and (counted.group(1) == "家" or text[e:ce].strip(" 了")):
            # 66个产业集群和园区开展试点, 1.4万余家企业实施改造, 44个国家部委制定配套支持文件: the
            # counted ones act (firms, parks, a class); 196个“两重”项目全部开工 reports works begun.
            return False
    if text.startswith("实施", s) and _STRATEGY.match(text, e, ce + 1):
        return False  # 深入实施区域发展总体战略, 实施“宽带中国”战略: a standing strategy, no action
    if doc.kind == "report" and text.startswith("实施", s) and _GENERIC_POLICY.match(text, e, ce + 1):
        return False  # 加力实施存量政策, 实施稳定外贸增长的政策: policy in general, no action of its own
    if doc.kind == "report" and text.startswith(("实施", "实行"), s) and _STANCE_OBJECT.match(text, e, ce + 1):
        return False  # 实施了以“控制赤字…”为主要内容的稳健财政政策 (probe act31, a budget report): a stance
    if _ANY_OR_LISTED.match(text, e, ce):
        return False  # 高质效办好每一个案件, 主要开展了以下工作: a standard or a summary's lead, no action
    if doc.kind == "report" and text.startswith(("创建", "争创"), s):
        backed = _BACKED_BID.search(text, cs, s)
        if backed and any(m.label in ("LOC", "ORG", "DEPT")
                          for m in _mentions_in(doc, backed.start("who"), backed.end("who"))):
            return False  # 支持郑州、开封…创建国家文物保护利用示范区: the places bid, backed by the government
    if text.startswith("办好", s) and _DUTY_RUN_WELL.match(text, e, ce + 1):
        return False  # 办好人民满意的教育, 办好两件大事: a standing duty, no action
    if text.startswith(("开展", "開展"), s) and _BARE_WORK.match(text, e, ce + 1):
        return False  # 创造性地开展工作 (2001 内蒙古 report, probe act33): work in general, no action
    if text.startswith("实施", s) and _PROJECTS_COUNTED.fullmatch(text, e, ce):
        # 实施重点项目2800多个 (wr2026-ningxia), 实施省级重点项目640个 (wr2026-shaanxi), 累计实施工业技改项目
        # 2.15万个 (wr2026-hubei): a count of projects under way, a statistic (dev gold: 9 of 11 left out)
        return False
    if kind == "stat" and any(ch.isdigit() for ch in text[e:ce]):
        return False  # 受理各类事项8972件: a count of cases
    if _PARTY_MEETING.search(text, max(cs, s - 20), s) or _PARTY_BODY_ACTS.search(text, max(sent_start, s - 40), s):
        return False  # 党的二十大胜利召开: the Party's meeting took place; no government body acted
    if doc.kind == "report" and word in ("召开", "举行") and _PARTY_MEETING_HELD.match(text, e):
        return False  # 胜利召开党的十九届六中全会: the Party's plenum
    if doc.kind == "report" and _PARTY_SUBJECT.match(text, sent_start) and not _opens_with_body(doc, cs, s):
        return False  # 党的十九大确立了…，制定了…: the Party congress acted
    if 0 < s - cs <= 40 and (_LAW_SUBJECT.fullmatch(text, cs, s)
                   or _PARTY_CLAUSE_SUBJECT.fullmatch(text, cs, s)):
        return False  # 宪法确立了…, 这部法律确立了…, 我们党确立了…: the law's provision or the Party's act
    if word in _PASSED_WORDS and _PASSED.search(text, max(sent_start, s - 6), s):
        return False  # 国家数据知识产权试点通过验收: a result
    if text.endswith("获批", 0, s):
        # 获批设立宁夏职业技术大学, 滁州保税物流中心（B型）获批设立 (2026 宁夏, 安徽 reports, probe act38): a higher
        # body approved it; dev gold marks no verb after 获批 (获批建设, 获批立项, 获批落地: 9 times)
        return False
    if text.startswith(("之日", "之时"), e):
        return False  # 自受理之日起15个工作日 (js.people.com.cn 2021-10-20): a time counted from an event, no action
    if _ANNIVERSARY.match(text, e):
        return False  # 自治区成立60周年: an anniversary
    if _RATE_AFTER.match(text, e):
        # 本科上线率和强基上线率同比提升 (固安县 2024 review, probe full49c), 开工率, 办结率: the verb and 率 are
        # one noun, a rate measured, whatever the kind of the verb (a result's 完成率 was already left out)
        return False
    if word == "协调" and text.startswith(_CONCERTED, e):
        # 统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局 (sc19-2, sc19-14, sc19-34, sc-report-2017/
        # 2018/2019; 环境保护部 2017 法治政府建设情况): 协调 is the manner of 推进, a direction, not a coordination
        return False
    result = _REPORT_RESULT_OBJECT if doc.kind == "report" else _RESULT_OBJECT
    if kind == "result" and (result.search(text, e, ce) or result.search(text, cs, s) or text.startswith("率", e)):
        return False  # 完成投资1万亿元, 完成国家下达目标: a result, not an action
    if kind == "result" and doc.kind == "report" and text.endswith("超额", 0, s):
        # 超额 measures a target exceeded, so what is done is a target met, a result, whatever its object or topic
        # (2001 report 人均国民生产总值比1980年翻两番的任务，已经超额完成, probe act64s; dev sc-report-1980 预计工农业
        # 总产值可以超额完成; sc-report-1987 超额完成出口计划)
        return False
    # 坚持面向全球开展…, 推动各类企业大规模开展…: a statement of direction, and so is every
    # trigger after it in its clause (推动X建立听取和审议…制度).
    lead_in = s
    # A trigger word opening in the clause before this one is a match of the whole text's scan
    # that starts there, or lies under one that runs across the clause start: without either,
    # the clause holds none and is not searched again.
    i = bisect.bisect_left(doc.trigger_starts, cs)
    if (i < len(doc.trigger_starts) and doc.trigger_starts[i] < s) or (i and doc.trigger_ends[i - 1] > cs):
        # A trigger's characters inside a title or another mention lead no clause: "《开封市推动制造业高质量
        # 发展实施方案》已经市政府第48次常务会议审议通过" (开封市 2020, probe full39c) is the meeting's adoption.
        for first in _triggers()[1].finditer(text, cs, e):
            if first.start() >= s:
                break
            if _triggers()[0].get(first.group(), ("", ""))[1] == "none":
                # a non-trigger phrase leads no clause: 统筹 (non_triggers.txt) in "统筹推进片区更新" (wr2026-guizhou),
                # where 推进 still states the direction (probe act78w)
                continue
            if not doc.covered[first.start()] and not text.startswith(_TEAM_SUFFIX, first.end()):
                # (督查组, 调研组 name a team, no verb: "各督查组坚持小范围对接" (新华社 2020-10-14, probe act76n)
                # is led by 坚持)
                lead_in = first.start()
                break
    direction_end = lead_in
    if lead_in < s and text.startswith("争取", lead_in):
        direction_end = lead_in + 2  # 争取实施…, 积极争取在我省设立…: an aim (争取 is a trigger only for funds won)
    if doc.kind == "report" and lead_in == s and text.startswith("坚持开展", s - 2):
        # 坚持开展“扫黄打非” (dev sc-report-2006 gold; 2007 坚持开展扫黄打非, 1988 坚持开展爱国卫生运动, 2003
        # 坚持开展东部和西部地区协作扶贫): a campaign kept up, as with 继续; 坚持实施/实行 name stances (…战略, …政策)
        direction_end = s - 2
    direction = _DIRECTION.search(text, max(cs, direction_end - _DIRECTION_REACH), direction_end)
    while direction and doc.covered[direction.start()]:
        # a direction word inside a title (《…推动…方案》) states none of the clause's own
        direction = _DIRECTION.search(text, direction.end(), direction_end)
    if direction and direction.group() in _STEPWISE and doc.kind == "report" and (text.startswith("了", e) or text.startswith("起", e) and not doc.parts.in_plan(s)) \
            and lead_in == s and direction.end() == s:
        # 逐步实行了外贸企业自主经营、自负盈亏的新体制 (1992 report's review, probe act72s): a step-by-step action
        # reported done (了), not an aim; so is one set up (起) in a review: "全国初步建立起统一的企业职工基本养老保险制度"
        # (1998 report's review, probe act77s); in a plan 初步建立起…新的工资制度 is the aim (dev sc-report-1985, 1993)
        direction = None
    if direction and not (direction.group() in _CAUSED and word in _WORKS_DONE and lead_in == s
                          and (e >= sent_end or _CLAUSE_BREAK.match(text, e))
                          and not _GENERIC_WORKS.fullmatch(text, direction.end(), s)):
        # "推动太原铁路枢纽西环线开工建设，" (2023 山西 report, probe act35) is the event, as dev marks
        # "推动“吉电入京”特高压输电通道开工建设" and "力争延安东绕城、洛卢高速公路建成通车" whose lead
        # words lie beyond the reach: the project's start or completion closes the clause
        return False
    if (e >= sent_end or _CLAUSE_BREAK.match(text, e)) and _DIRECTION_OPEN.match(text, cs):
        return False  # 加强…从业人员专业培训，推进…设施提标扩能改造，: the noun object of the clause's opening verb
    if "在" in text[cs:s] and (_SPEECH_OCCASION.match(text, e, sent_end) or (
            text.startswith("时", e) and not text.startswith(_TIME_NOUNS, e))):
        # 传达学习习近平总书记在湖北武汉考察时的重要讲话精神 (生态环境部 2022-07-08, bxzyhb.com), 国务院督查组将在实地
        # 督查时进行抽查核查 (国务院第八次大督查公告 2021-07-15): the occasion of a speech or a time, no action
        return False
    if ((tf := _TIME_FRAME.match(text, e, min(ce, e + 30))) and (
            not text.startswith("了", e) or _GENERAL_NORM_AFTER.match(text, tf.end()))) \
            or (not text.startswith("了", e) and _THEN_AFTER.match(text, e) and text[cs:s].lstrip().startswith("在")):
        # 当…社会主义革命基本完成以后, 在深入广泛开展社会主义教育运动的基础上: a time or a ground
        # (开展了…竞赛运动以后 reports the action it dates, unless a norm follows: "无产阶级在夺取政权、确立了自己的政治
        # 统治以后，必须把工作重点转到经济建设上来" states a condition of a general rule, no action done)
        return False
    for w in _STRADDLING:
        i = text.find(w, max(0, e - len(w)), s + len(w))
        if 0 <= i <= s and e <= i + len(w) and (i, i + len(w)) != (s, e):
            return False  # 线上线下: 上线 straddles two words
    if _PREPOSITION_BEFORE.search(text, max(0, s - 9), s) and not doc.covered[s - 1]:
        return False  # 对取消和下放审批事项要…, 向建立…迈出: the preposition's object, a noun phrase
    if doc.kind == "report" and _JUDGED_AFTER.match(text, e, min(len(text), e + 120)):
        return False  # …，建立…机制，对…具有十分重要的意义: the subject of a judgement, no action reported
    if word in _PAYMENT_WORDS and _ENSURED_PAYMENT.search(text, max(cs, s - 44), s) \
            and (e >= ce or _CLAUSE_BREAK.match(text, e)):
        return False  # 确保…基本养老金按时足额发放: an outcome ensured (_ENSURED_PAYMENT)
    actor = _PRIVATE_ACTOR.search(text, max(cs, s - 24), s) if doc.kind == "report" else None
    if actor and not _ACTOR_AS_OBJECT.search(text, cs, actor.start()):
        return False  # 公社举办了许多土化肥厂: a commune, a firm or a private party acts (_PRIVATE_ACTOR)
    if word in _PAYMENT_WORDS and (_PAYMENT_NOUN.match(text, e) or _DEDUCTED_ITEM.search(text, max(cs, s - 32), s)):
        return False  # 项目资金拨付进度, 扣除用上年结余拨付流动资金: a noun or a deducted sum (_PAYMENT_NOUN)
    if doc.kind == "report" and _FOREIGN_ACTOR.search(text, max(cs, s - 16), s) \
            and not _ACTOR_AS_OBJECT.search(text, cs, s):
        return False  # 主要发达经济体进一步推行宽松货币政策: a foreign economy acts (_FOREIGN_ACTOR)
    if word == "评估" and not _ASSESSED.search(text, max(cs, s - 10), s):
        return False  # 资产评估, 效能评估实现…, 审查和评估: a noun or a step; only 进行了(绩效)评估 reports one
    if _members_act(doc, s, sent_start):
        return False  # 我省全国人大代表…提出了…建议, 代表们正对答复进行研究: deputies and members act as people
    if _ABILITY.search(text, max(cs, s - 24), s):
        return False  # 我们完全能够依靠自己的力量，建立…; 愿意接受改造: an ability or a wish
    if _FRAMED_TASK.search(text, max(cs, s - 16), s) and "的" in text[e:ce]:
        # 我们面临着开展大规模建设的任务 (sc-report-1984), 取得了有利于我们迅速开展和平建设的国内外环境 (1979): the
        # action describes the task faced or the setting it favours, no action taken
        return False
    if (nd := _NOT_DONE_OBJECT.search(text, max(cs, s - 40), s)) and not (
            nd.group().startswith("落实") and text[cs:nd.start()].lstrip().startswith("围绕")
            and _TASK_HEAD.search(text, nd.start(), s)):
        # "围绕做好“六稳”工作、落实“六保”任务开展实地督查" (国务院第七次大督查, 新华社 2020-10-14, probe act76n):
        # 落实…任务 inside the 围绕 phrase is its topic; the trigger after the task noun is the clause's verb
        return False  # 查处发布虚假信息…等违法行为, 用于…转岗转业培训, 重在制定…规则: an offence, a use or an aim
    # "就…签订…合同等问题": the topic of a discussion; "重点是…情况，…开展…情况": a list of topics.
    before = text[max(cs, s - _LOOKBACK) : s]
    close = _TOPIC_CLOSE_WORD.search(text, e, min(ce, e + _LOOKBACK)) is not None
    if close and (any(w in before for w in _TOPIC_OPEN) or _TOPIC_LIST.search(text, max(sent_start, s - _SENTENCE_BACK), cs)):
        return False
    return True


# An assessment carried out, its light verb right before it: "对…2021年度新闻发布工作进行了评估" (交通运输部 news 2022,
# probe act69n), "对省、地、县各级政府门户网站进行了绩效评估" (dev sc19-30). Elsewhere 评估 is mostly a noun (资产评估,
# 风险评估全部完成) or one step of a review (进行了审查和评估, dev sc19-48: 审查 only).
_ASSESSED = re.compile(r"(?:进行|开展|组织)了?(?:全面|综合|专项|绩效|第三方|中期|阶段性)*$")
# Deputies and political-consultative members opening a clause are people, not bodies (guide: actions of people are
# no activities): "我省全国人大代表以四川代表团的名义提出了…建议", "目前,我省全国人大代表正对答复(征求意见稿)进行研究,
# 提出回复意见" (scspc.gov.cn 2009-06-11, probe act69n). A body named after them in the sentence acts itself.
_MEMBERS_OPEN = re.compile(r"[\s\u3000]*(?:目前|近日|此前|随后|会上|会后|同时|其中)?[，,\s]*(?:我[省市区县州]|各级)?"
                           r"(?:(?:全国|省|市|县|区|州)?(?:人大代表|政协委员|代表委员|代表们|委员们)"
                           r"|(?:多|部分|一些|不少|许多|众多|\d+)名?(?:代表|委员)|(?:多|\d+)位(?:代表|委员))"
                           r"(?!大会|联络|工作|建议|议案|提案|之家|小组|团|会)")


_MEMBERS_REACH = 100


def _members_act(doc: _Doc, s: int, sent_start: int) -> bool:
    """Deputies or members open a clause of the sentence before ``s`` and no body is named after them."""
    text = doc.text
    first = max(sent_start, s - _MEMBERS_REACH)  # a bounded window: a long unpunctuated run stays linear
    if text.find("代表", first, s) < 0 and text.find("委员", first, s) < 0:
        return False
    lo = bisect.bisect_left(doc.breaks, first)
    hi = bisect.bisect_left(doc.breaks, s)
    for p in ([sent_start] if first == sent_start else []) + [b + 1 for b in doc.breaks[lo:hi]]:
        m = _MEMBERS_OPEN.match(text, p, s)
        if m is None:
            continue
        i = bisect.bisect_left(doc.starts, m.end())
        return not any(o.label == "DEPT" for o in itertools.takewhile(lambda o: o.start < s, doc.ordered[i:]))
    return False


_DE_RUN = 4


@lru_cache(maxsize=1)
def _doing_verbs() -> tuple[str, ...]:
    """Verbs of doing that are no trigger words (修复, 改建, 扩建): the indicators' ``verb_out`` list."""
    return tuple(r[1] for r in _read_tsv("indicator_cues.tsv") if len(r) > 1 and r[0] == "verb_out")


def _verb_at(doc: _Doc, pos: int) -> bool:
    """Whether a trigger word of the whole text's scan, or a verb of doing, starts at ``pos``."""
    i = bisect.bisect_left(doc.trigger_starts, pos)
    return (i < len(doc.trigger_starts) and doc.trigger_starts[i] == pos) or doc.text.startswith(_doing_verbs(), pos)


def _after_de(doc: _Doc, s: int, limit: int) -> bool:
    """The trigger at ``s``, alone or after adjacent triggers (的督查检查), follows 的: a noun.
    A few triggers back at most: a run of them (开展调研开展调研…) must not make the scan quadratic."""
    for _ in range(_DE_RUN):
        if s <= limit:
            return False
        if doc.text[s - 1] == "的":
            return True
        i = bisect.bisect_left(doc.trigger_ends, s)
        if i == len(doc.trigger_ends) or doc.trigger_ends[i] != s:
            return False
        s = doc.trigger_starts[i]
    return False


# "经与有关部门协商，…现函复如下", "经商信息产业部、国务院信息办，现答复如下", "商有关部门同意":
# the consultation the issuing body held before it acted; a rule's "经双方协商…，可…" is none.
# The consultation opens its clause: "经与X协商", "经商X", "商X同意" (not "由X经与Y协商后确定", a rule).
_CONSULT_OPEN = re.compile(r"[\s\d.、（）()一二三四五六七八九十]*(?:并|同时|已|现|此前|其中)?(?:经(?:与|同)?商?|商)")
_CONSULT_AFTER = re.compile(r"[^，,。；;：:]{1,30}?同意")
_CONSULT_NORM = re.compile(r"可|应|须|要(?!求)|不得")


def _consulted(doc: _Doc, s: int, e: int, cs: int, ce: int) -> bool:
    """商 of a consultation: after 经 or before X同意, with a body (a DEPT, 有关/相关…) as X."""
    text = doc.text
    if not (text.endswith("经", 0, s) or _CONSULT_AFTER.match(text, e, ce)):
        return False
    lead = _CONSULT_OPEN.match(text, cs)
    if lead is None or lead.end() != e:
        return False  # 报市财政局商市发展改革委同意后实施: a step a rule lays down
    if text.startswith(("有关", "相关"), e):
        return True
    i = bisect.bisect_left(doc.starts, e)
    return i < len(doc.ordered) and doc.ordered[i].start == e and doc.ordered[i].label == "DEPT"


def _consultation(doc: _Doc, d: _Draft, start: int, end: int) -> bool:
    """A coordination reported as the procedure behind the document (经与X协商, 经商X, 商X同意)."""
    s, e = d.frame.trigger
    if d.frame.type != "coordination" or d.frame.mode == "planned":
        return False
    cs = _clause_start(doc, s, start)
    lead = _CONSULT_OPEN.match(doc.text, cs)
    return lead is not None and lead.end() <= e and not _CONSULT_NORM.search(doc.text, e, end)


# What ends before 通过 when a meeting adopts a text (常务会议通过, 第二十四次会议通过).
# 通过/批准 is an adoption only right after the adopting body: a meeting, or a congress and its standing committee
# (dev sc-report-1983 gold 全国人民代表大会和人大常委会通过了一系列法律, 五届人大五次会议批准了…部署; sc-report-1981
# 人大常委会审议并批准了这个修订方案)
# 经/已经 + a body (not a meeting) right before 批准: the approval a step rests on (经国务院批准), no adoption.
# A meeting that adopts is a meeting even after 经 (已经市政府第48次常务会议研究通过, guide v2; 开封 2020, probe full39c).
_BY_APPROVAL = re.compile(r"经(?!济|营|费|验|常|贸|销)(?:(?!会议|全会|常务会)[^，,。；;经]){1,18}$")
_ADOPTING = ("会议", "全会", "常务会", "常委会", "人民代表大会", "常务委员会")
_MEETING_ADOPTS = ("审议通过", "表决通过", "审议批准", "讨论通过", "修订通过")
# A named body's past issuance of the document it names: "国务院发布的《破坏性地震应急条例》" (dev sc19-20),
# "中共河南省委办公厅河南省人民政府办公厅印发的《…实施方案》" (开封市 2020), "2018年1月12日区政府办公室印发的
# 《…应急预案》同时废止" (广丰区 2019: probe full39c). Without the body right before it (所发布的规范性文件) 的 makes a modifier.
_ISSUED_BY_VERBS = frozenset(("印发", "发布", "颁布", "出台", "制定", "制定印发"))


def _issued_by_named(doc: _Doc, word: str, s: int, e: int) -> bool:
    if word not in _ISSUED_BY_VERBS or not doc.text.startswith(("的《", "的〈"), e):
        return False
    i = bisect.bisect_left(doc.starts, s)
    return i > 0 and doc.ordered[i - 1].end == s and doc.ordered[i - 1].label == "DEPT"
# A promulgation dates the adoption between the meeting and 通过: "《…法》已由…常务委员会第十八次会议于2000年10月31日
# 通过,现予公布" (中华人民共和国主席令(九届第37号), law633.infoeach.com).
# A draft adopted by a government that the clause names after 由, the verb closing the clause: "这个草案，已经由国务院通过，
# 提请这次人民代表大会审议" (1959 report, probe act72s); 国务院通过…方式 (a means) has no 由 and an object.
_ADOPTED_BY = re.compile(r"由(?:国务院|[^，,。；;由]{1,12}?(?:人民政府|政府))$")
_ADOPTED_ON = re.compile(r"(?:会议|全会|常务会|常委会)于\s*[\d〇○零一二三四五六七八九十年月日\s]{4,16}$")


def _body_decided(doc: _Doc, pos: int) -> bool:
    """A 决定 at ``pos`` right after a body: its reported decision (国务院决定对…进行调整, dev sc19-54;
    國務院決定開展第六次大督查), not a rule's 决定 (由县级人民政府决定, 法律或者国务院决定另有规定)."""
    if not doc.text.startswith("决定", pos):
        return False
    i = bisect.bisect_left(doc.starts, pos)
    for m in doc.ordered[max(0, i - 3) : i]:
        if (m.end == pos or _DECIDED_WHEN.fullmatch(doc.text, m.end, pos)) and m.label == "DEPT" \
                and not doc.text.endswith(("由", "经", "或", "或者", "和", "、"), 0, m.start):
            return True
    return False


# A time or 研究 between the body and its decision: "国务院近日决定开展农村人居环境整治大检查" (央视网 2019-11-27).
_DECIDED_WHEN = re.compile(r"(?:近日|日前|近期|最近|今天|今日|昨天|昨日|当天|当日|正式|经?研究|已经|已)+[，,]?")


def _opens_with_body(doc: _Doc, cs: int, pos: int) -> bool:
    """A body of its own (a DEPT, 我市, 本局) opens the clause from ``cs`` to ``pos``."""
    p = cs
    while p < pos and doc.text[p] in " \u3000\n":
        p += 1
    if _SELF.match(doc.text, p):
        return True
    i = bisect.bisect_left(doc.starts, p)
    return i < len(doc.ordered) and doc.ordered[i].start == p and doc.ordered[i].label == "DEPT" and doc.ordered[i].end <= pos


def _clause_end(doc: _Doc, pos: int, limit: int) -> int:
    """Position of the clause break at or after ``pos``, at most ``limit``."""
    i = bisect.bisect_left(doc.breaks, pos)
    return min(limit, doc.breaks[i]) if i < len(doc.breaks) else limit


@lru_cache(maxsize=1)
def _state_partner() -> re.Pattern[str]:
    states = alternation(load_words("foreign_countries"))
    return re.compile(f"(?:与|同)(?:{states})(?:[、和及](?:{states}))*(?:等(?:国家|国)?)?[^，,。；;：:]{{0,6}}$")


def _state_partners(doc: _Doc, cs: int, pos: int) -> bool:
    """Partners named as foreign states after 与/同 in the clause (与瑞士、冰岛签署自由贸易协定): their
    governments have no mention of their own, yet the action is a coordination with them."""
    return _state_partner().search(doc.text, cs, pos) is not None


# An agreement signed with partners the clause names ("与7所在蓉高校院所签署共建“双一流”战略合作协议", 2017 成都
# report, probe act47): a coordination (guide: signing an agreement is one), though universities and firms are
# ORGs and so no agents; "签署合作协议10份" names no partner.
_PARTNERED = re.compile(r"(?:与|同)[^，,。；;：:]{2,30}$")
_AGREEMENT = re.compile(r"[^，,。；;]{0,30}?(?:协议|协定|合同|备忘录)")


def _signed_with(doc: _Doc, verb: str, cs: int, pos: int, ce: int) -> bool:
    """A signing verb after 与/同 + partners in its clause, an agreement its object."""
    return verb in _SIGN_VERBS and _PARTNERED.search(doc.text, cs, pos) is not None \
        and _AGREEMENT.match(doc.text, pos + len(verb), ce) is not None


def _clause_start(doc: _Doc, pos: int, limit: int) -> int:
    """Start of the clause holding ``pos``, at least ``limit``."""
    i = bisect.bisect_left(doc.breaks, pos)
    return max(limit, doc.breaks[i - 1] + 1) if i else limit


# A speaker's words that report a named body's action done: "他特别指出，国防部今年确立了新闻发布和新闻发言人制度"
# (中国青年报 2008-12-31 on 国务院新闻办公室's year, probe act76n). After 指出/表示/介绍 and a comma, the next clause opens
# on a body (a DEPT mention) and its trigger takes 了 with no norm before it: a fact told, not a demand.
_TOLD_SPEECH = re.compile(r"(?:指出|表示|介绍)[，,]$")


def _reports_done(doc: _Doc, hits: list[re.Match[str]], sp: re.Match[str], se: int) -> bool:
    text = doc.text
    if not _TOLD_SPEECH.search(text, sp.start(), sp.end()):
        return False
    i = bisect.bisect_left(doc.starts, sp.end())
    if i >= len(doc.starts) or doc.starts[i] != sp.end() or doc.ordered[i].label != "DEPT":
        return False
    for h in hits:
        if h.start() < sp.end():
            continue
        if _CLAUSE_BREAK.search(text, sp.end(), h.start()):
            return False
        return text.startswith("了", h.end()) and not _MODAL.search(text, sp.end(), h.start())
    return False


def _trigger_hits(doc: _Doc, start: int, end: int) -> list[re.Match[str]]:
    """The trigger pattern's matches in ``text[start:end]`` (``finditer(text, start, end)``), taken
    from its matches in the whole text. The pattern matches words only (a trie), so the two differ
    only where a match of the whole text runs across ``start`` or ``end``: then the sentence is scanned."""
    lo = bisect.bisect_left(doc.trigger_starts, start)
    hi = bisect.bisect_left(doc.trigger_starts, end, lo)
    if (lo and doc.trigger_ends[lo - 1] > start) or (hi > lo and doc.trigger_ends[hi - 1] > end):
        return list(_triggers()[1].finditer(doc.text, start, end))
    return doc.triggers[lo:hi]


@lru_cache(maxsize=1)
def _report_kinds() -> dict[str, str]:
    """A trigger's kind in a report where it differs from elsewhere (the fifth column of
    ``triggers.tsv``): 延续 is a licence renewed by people or firms in a notice (agent), the
    government extending a measure in a report (rate: sc-report-2021 延续降低失业和工伤保险费率);
    纳入 is a service in a notice (纳入医保), in a report a count or result (none)."""
    return {r[0]: r[4] for r in _read_tsv("triggers.tsv") if len(r) > 4 and r[4]}


def _candidates(doc: _Doc, found: list[re.Match[str]], start: int, end: int, cut: int) -> list[_Cand]:
    """Trigger candidates of a sentence from its trigger matches ``found`` (``_trigger_hits``)."""
    table, _ = _triggers()
    report_kinds = _report_kinds() if doc.kind == "report" else {}
    hits = []
    for h in found:
        if h.start() >= cut:
            break  # matches come in order: no later one starts before the cut
        word = h.group()
        kind = report_kinds.get(word, table[word][1])
        if kind != "none" and _keep_hit(doc, h, kind, start, end):
            hits.append((h, kind))
    out: list[_Cand] = []
    for h, kind in hits:
        prev = out[-1] if out else None
        # 制定印发, 梳理汇总: adjacent event verbs are one trigger.
        if (
            prev
            and prev.end == h.start()
            and prev.kind in ("", "discuss")
            and kind in ("", "discuss")
            and table[prev.words[-1]][0] in ("other", table[h.group()][0])
        ):
            prev.end = h.end()
            prev.words.append(h.group())
            continue
        out.append(_Cand(h.start(), h.end(), [h.group()], kind))
    for c in out:
        if c.words[-1] in _DRAFT_VERBS and doc.text.startswith(_PUT_IN_FORCE, c.end):
            # 制定和实施“九五”计划 (1998 report, probe act72s), 制定并实施了…政策 (dev sc-report-2006 gold 制定和实施,
            # 制定并实施): drafting and putting in force are one trigger, typed by what was drafted
            c.end += 3
    return out


def _sent_range(doc: _Doc, sent_idx: list[int], lo: int, hi: int) -> list[int]:
    """The part of ``sent_idx`` (a run of the start order) whose mentions start in [lo, hi), in order: a
    bisect, where a scan of the whole sentence per trigger was quadratic in a long sentence of mentions
    (省政府办公厅印发的《某某方案》×2000)."""
    if not sent_idx:
        return sent_idx
    off = doc.rank[sent_idx[0]]
    end = off + len(sent_idx)
    a = bisect.bisect_left(doc.starts, lo, off, end)
    b = bisect.bisect_left(doc.starts, hi, a, end)
    return sent_idx[a - off : b - off]


def _sent_date_span(doc: _Doc, sent_idx: list[int], lo: int, hi: int) -> tuple[int, int, int]:
    """``(off, a, b)``: the DATE mentions of ``sent_idx`` that start in [lo, hi), in order, found without reading
    the others, are ``sent_idx[doc.date_ranks[j] - off]`` for j in [a, b): a caller reads as few as it needs
    (a list of every date before each trigger was quadratic in a long sentence of dated triggers: 4月份举行，×6000)."""
    if not sent_idx:
        return 0, 0, 0
    off = doc.rank[sent_idx[0]]
    end = off + len(sent_idx)
    a = bisect.bisect_left(doc.date_ranks, off)
    b = bisect.bisect_left(doc.date_ranks, end, a)
    a = bisect.bisect_left(doc.date_starts, lo, a, b)
    b = bisect.bisect_left(doc.date_starts, hi, a, b)
    return off, a, b


class _SentObjects:
    """The objects (trigger end, object end) of the drafts of the scope's tail from ``full_start`` on, as
    ``_build`` gathered them per trigger (a pass over every earlier draft of the sentence, then over every
    object per date: quadratic in a long sentence of dated triggers). Read from the scope once, when a date
    first asks, then kept up as ``_sentence`` appends its drafts."""

    def __init__(self, scope: list[_Draft], full_start: int) -> None:
        self.scope, self.full_start = scope, full_start
        self.spans: list[tuple[int, int]] | None = None

    def _load(self) -> None:
        self.spans, self.ends, self.reach, self.ordered = [], [], [], True
        tail = []
        for d in reversed(self.scope):
            if d.order < self.full_start:
                break
            tail.append(d)
        for d in reversed(tail):
            self._push(d.frame.trigger[1], d.obj_end)

    def _push(self, a: int, b: int) -> None:
        if self.ends and a < self.ends[-1]:
            self.ordered = False
        self.spans.append((a, b))
        self.ends.append(a)
        self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def add(self, d: _Draft) -> None:
        """``d`` was appended to the scope."""
        if self.spans is None:
            return  # read from the scope when first asked
        if d.order < self.full_start:
            self.spans, self.ends, self.reach, self.ordered = [], [], [], True  # the tail starts after it
        else:
            self._push(d.frame.trigger[1], d.obj_end)

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies inside one of the objects."""
        if self.spans is None:
            self._load()
        if not self.ordered:
            return any(a <= pos < b for a, b in self.spans)
        k = bisect.bisect_right(self.ends, pos)
        return k > 0 and self.reach[k - 1] > pos


def _sentence(
    doc: _Doc,
    block: Block,
    start: int,
    end: int,
    full_start: int,
    cands: list[_Cand],
    sent_idx: list[int],
    scope: list[_Draft],
    subject: list[str],
) -> None:
    """The drafts of one sentence's trigger candidates ``cands`` (at least one)."""
    text = doc.text
    table, pattern = _triggers()
    first = len(scope)
    objects = _SentObjects(scope, full_start)
    consumed = -1
    region = full_start
    # Index of the last candidate that can carry an event by itself.
    last_event = len(cands) - 1
    while last_event >= 0 and cands[last_event].kind in ("light", "host"):
        last_event -= 1
    for i, c in enumerate(cands):
        if c.start < consumed:
            continue
        clause_end = _clause_end(doc, c.end, min(end, c.end + _OBJECT_MAX))
        later = last_event > i
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if c.kind == "light" and not (text.startswith("了", c.end) and (nxt is None or nxt.start >= clause_end)):
            continue  # 组织X开展Y, 赴X调研: the event is the later verb; alone it names none (组织了X is done)
        if c.words == ["研究"] and (
                (nxt is not None and nxt.start - c.end <= 2 and text[c.end : c.end + 1] in "和与及、")
                or ((after := pattern.match(text, c.end)) is not None and table[after.group()][1] != "none")):
            # 进一步研究和拟订了…计划草案 (1991 plan report), 要抓紧研究制定退耕还林的法规 (2002 report): the verb
            # joined or written right after it carries the event; 研究制定的…规划纲要颁布实施 (2007 report): an
            # attributive 研究制定 takes no event, so 研究 must not take the sentence's own (颁布)
            continue
        if c.words == ["派出"] and _DISPATCHED_TEAM.match(text, c.end) and any(
                x.kind not in ("light", "host") for x in cands[i + 1 :] if x.start < clause_end):
            # 國務院…派出督查組赴各地各部門開展實地督查 (mkcnfr.com 2016, probe act39): the team is sent to do
            # the later event, which carries the activity (as 组织X开展Y); _dispatch_then_event does it across clauses
            continue
        if c.kind == "host" and later:
            continue  # 由X主办…举办: X is an agent of the later event
        if c.kind == "yield" and nxt is not None and nxt.start < clause_end and nxt.kind not in ("light", "host", "none"):
            continue  # 组织动员X开展Y: the later verb carries the event; alone (组织动员X扎根一线) it is one
        if c.kind == "weak" and nxt is not None and nxt.kind in ("", "discuss") and nxt.start - c.end <= _YIELD_GAP \
                and nxt.start < clause_end \
                and not (doc.kind == "report" and _PILOT_OBJECT.match(text, c.end, clause_end + 1)):
            # (in a report a pilot is the object: "选择一批企业，进行建立现代企业制度的试点", dev sc-report-1995, as
            # 进行了优化资本结构的试点 in 1997 and 开展…体制试点 in the 2017 report)
            continue  # 进行专题调研, 进行修订: the verb after the light one carries the event (guide)
        if c.kind == "weak" and c.words[-1] == "进行" and not _is_planned(doc, full_start, c.start, c.end):
            # (not 实施: dev wr2026-yunnanm marks 实施重点产业职业技能专项培训 on 实施; not 将对X进行Y, whose
            # planned mode is read from 进行: test_activities_act23)
            tail = _WEAK_OBJECT_VERB.match(text, c.end, clause_end)
            if tail and (tail.group(1) in table or tail.group(1) in _WEAK_OBJECT_ONLY):
                # 对…公务员进行了公共管理核心内容培训, 积极进行安全隐患排查工作 (山西日报 2009, 红网 溆浦 2015): the
                # event noun ending the object is the trigger, as dev marks 进行了审查 / 进行专题调研
                c.start, c.end, c.words, c.kind = tail.start(1), tail.end(1), [tail.group(1)], ""
                clause_end = _clause_end(doc, c.end, min(end, c.end + _OBJECT_MAX))
        types = [table[w][0] if w in table else _WEAK_OBJECT_ONLY[w] for w in c.words]
        typ = types[-1] if types[-1] != "other" else types[0]
        obj_end = clause_end
        obj_limit = clause_end
        if doc.kind == "report" and c.kind in _COUNTED_KINDS:
            for later_c in cands[i + 1 :]:
                if later_c.start >= clause_end:
                    break
                listed = later_c.kind in _COUNTED_KINDS and _LISTED_MEASURE.search(text, c.end, later_c.start)
                if listed:
                    # 两次降低存款准备金率、两次下调政策利率 (sc-report-2024, probe act45): two measures, each its own
                    obj_end = obj_limit = listed.start()
                    break
        if c.kind in ("generic", "weak"):
            weak = c.kind == "weak"
            for later_c in cands[i + 1 :]:
                if later_c.start >= clause_end:
                    break
                if later_c.kind not in ("light", "none") and text[later_c.start - 1 : later_c.start] == "并":
                    # 开展实地调研并召开…专题座谈会 (发展改革委规划司, xy178.com 2023): the object ends before
                    # 并 + the next event, which is an event of its own
                    obj_limit = later_c.start - 1
                    break
            head, obj_end = _object_head(doc, c.end, obj_limit, loose=not weak)
            if weak and doc.text[c.end : c.end + 1] in "、，,":
                head = None  # 接续推出、…: no object of its own
            if head:
                typ = head
                if typ == "event" and c.words[-1] == "实施" and _TRADE_IN.match(text, c.end, clause_end + 1):
                    typ = "other"  # 实施消费品以旧换新: a subsidy policy carried out (dev gold other), 开展 one a drive
            elif c.words[-1] == "开展" and _BARE_NAME.match(text, c.end):
                typ = "event"  # 常态化开展“打非治违”，: a campaign named by its slogan alone, as 开展“扫黄打非”
            elif doc.kind == "report" and c.words[-1] == "提出" and (
                    _PROPOSED.match(text, c.end, clause_end + 1) or _PROPOSAL_CLAUSE.match(text, c.end)) \
                    and not _OTHER_PROPOSER.search(text, _clause_start(doc, c.start, start), c.start) \
                    and not _TITLE_THEN.search(text, max(start, c.start - 8), c.start):
                typ = "other"  # 提出…的构想 / 任务 / 方针, 明确提出，…要…: the government's proposal, reported
            elif c.kind == "weak" and not (doc.kind == "report" and _PASSIVE_DONE.search(text, max(start, c.start - 4), c.start)
                                           and text[c.end : c.end + 1] in ("，", "。", "；")) \
                    and not (doc.kind == "report" and c.words[-1] == "进行" and _DECIDED_LEAD.search(text, start, c.start)):
                continue  # 进行深入交流: a step, not an event (国务院机构改革有序实施。 reports its object done)
        elif c.kind == "object" and text[c.start : c.end] in _UNFOLD:
            if nxt is not None and nxt.start == c.end + text.startswith("了", c.end):
                continue  # 对…重大问题展开讨论和预测 (sc-report-1986): the verb after it carries the event
            # 展开了一个群众性的养猪运动 (sc-report-1960), dev 1954 展開大規模的鬥爭: a campaign or struggle
            # unfolded is typed by what it is (event), as generic verbs are
            head, _ = _object_head(doc, c.end, clause_end)
            if head:
                typ = head
        elif c.words[-1] in _LAUNCH_VERBS and _object_head(doc, c.end, clause_end, loose=False)[0] == "event":
            typ = "event"  # 商务部推出“电商惠全球”主题活动 (商务部 2025-06-05): a campaign launched, not a document
        elif c.words[-1] in _LAUNCH_VERBS and doc.kind == "report" and _PROJECTS_LAUNCHED.match(text, c.end, clause_end + 1):
            typ = "other"  # 推出一批民间投资示范项目: projects offered, not a document
        elif c.words[-1] in _LAUNCH_VERBS and doc.kind == "report" and _OFFERINGS.match(text, c.end, clause_end + 1):
            typ = "service"  # 推出…特色医疗旅游产品: an offering to the public, not a document
        elif c.kind == "result" and doc.kind == "report":
            # 完成职业技能培训284万人次 (wr2026-henan, dev wr2026-henanm, wr2026-hainan): the training done, typed by
            # its object; other objects (改造, 项目, 行动) keep 完成 other
            head, _ = _object_head(doc, c.end, clause_end, loose=False)
            if head in _RESULT_OBJECT_TYPES:
                typ = head
        if c.words[-1] in _HELD_VERBS and (c.kind != "generic" or not _object_head(doc, c.end, clause_end, loose=False)[0]):
            # 开幕式在宁波举行, 工作会议于1月15日在北京开幕: the event held is the verb's subject
            typ = _subject_head(doc, _clause_start(doc, c.start, start), c.start) or typ
        if doc.kind == "report":
            typ = _report_types().get(c.words[-1], typ)
            if c.kind == "agent" and _PROPOSALS_HANDLED.match(text, c.end, clause_end):
                typ = "other"  # 办理人大代表建议…、政协提案…: the government's handling of proposals (dev gold other)
            if c.words[0] in _DRAFT_VERBS and typ == "other" and (
                    _ISSUED_POLICY.search(text, c.end, clause_end) or _issued_title(doc, c.end)):
                typ = "publication"
            if c.words[-1] in _LIST_VERBS and typ == "other" and _LIST_SET_UP.match(text, c.end, clause_end + 1):
                typ = "publication"  # 建立…项目清单: a list issued (guide), as 推出 / 发布 a list is
            if c.words == ["扩大"] and len(scope) > first and _EXTENDED_TO.match(text, c.end) \
                    and _EXTENDED_BARE.fullmatch(text, _clause_start(doc, c.start, start), c.start):
                typ = scope[-1].frame.type  # 免除…学杂费，…明年扩大到中部和东部地区 (dev 2006): the measure extended
        consumed = obj_limit
        draft = _build(doc, block, c, typ, region, start, end, full_start, obj_end, sent_idx, subject, scope, objects)
        if doc.kind == "policy" and not _policy_action(doc, draft, full_start) \
                and not _consultation(doc, draft, start, end):
            # "将组织召开评审会，择优推荐三家企业": a later clause with no subject of its own goes on
            # with the announced action before it in the sentence.
            prev = scope[-1] if len(scope) > first else None
            if prev is None or prev.frame.mode != "planned" or draft.explicit or not draft.named:
                continue
            draft.frame.mode = "planned"
        if c.kind == "consult":
            # 经商信息产业部、国务院信息办: the bodies consulted take part
            for i in _sent_range(doc, sent_idx, c.end, clause_end + 1):
                m = doc.mentions[i]
                if m.label == "DEPT" and c.end <= m.start and m.end <= clause_end:
                    name = m.attrs.get("canonical") or text[m.start : m.end]
                    if name not in draft.frame.agents:
                        draft.frame.agents.append(name)
        if c.words == ["研究"] and (_STUDY_NOUN.match(text, c.end)
                                   or _DELIBERATED.search(text, max(start, c.start - 8), c.start)
                                   or _HANDED_ON.search(text, max(start, c.start - 16), c.start)):
            # 考古研究中心, 研究成果: a noun; 国务院经过认真研究，对…提出 (dev sc-report-2003), 经研究，答复如下: the
            # deliberation; 我们已转请司法部研究: a study asked of another body (review12)
            continue
        if c.words[-1] in ("办理", "研究", "研究办理") and _HANDED_TASK.search(text, max(start, c.start - 40), c.start):
            # 将此件建议交由国家发展和改革委员会办理 (scspc.gov.cn 2009-06-11, probe act69n), 批请有关部门研究办理
            # (dev sc19-26): the task of the body it was handed to, named in the handing on (交由, a trigger)
            continue
        if c.words == ["研究"] and doc.kind == "report":
            # A body's own 研究 is read in replies and notices (dev sc19-22, sc19-48); in reports no dev activity
            # rests on it, and it takes what remains to be studied (许多问题有待于在实践中进行深入研究: 1982 report).
            continue
        if c.words == ["研究"] and any(d.frame.type == "meeting" and d.frame.trigger[0] >= start for d in scope[first:]):
            continue  # "主持召开市政府第52次常务会议，研究进一步推动本市老龄工作" (dev pt-298445): a step of the meeting
        if c.kind == "agent" and not _own_subject(doc, sent_idx, _clause_start(doc, c.start, start), c.start) \
                and not (c.words == ["研究"] and _own_subject(doc, sent_idx, start, c.start)) \
                and not (doc.kind == "report" and _PROPOSALS_HANDLED.match(text, c.end, clause_end)):
            continue  # 已办理登记手续, 未办理: people and firms do it unless a body opens the clause
        if doc.kind != "other" and draft.leader:
            continue  # 总书记考察, 国务院有关领导同志出席: people, no body of the document acts
        if doc.kind == "report" and draft.frame.type == "coordination" and len(draft.frame.agents) < 2 \
                and not _state_partners(doc, _clause_start(doc, c.start, start), c.start) \
                and not _signed_with(doc, text[c.start : c.end], _clause_start(doc, c.start, start), c.start, clause_end):
            if text[c.start : c.end] == "签约" and _PROJECTS_SIGNED.search(text, _clause_start(doc, c.start, start), clause_end):
                # 签约亿元以上项目27个, 长江精工等273个项目签约落地 (2025 汉滨区, 2022 渭南 reports, probe act34): investment
                # deals the government signed, counted; not a coordination with named partners
                draft.frame.type = "other"
            else:
                continue  # 健全协商合作机制, 积极对接港澳资源: a report's coordination needs its partners
        if doc.kind not in ("report", "policy") and draft.frame.mode == "done" and not draft.explicit \
                and len(scope) > first and scope[-1].frame.mode == "planned" \
                and _JOINED_ON.search(text, max(start, c.start - 4), c.start):
            # "王超将会见当地政界和商界人士，并举行系列贸易投资促进活动" (taiwan.cn 2010-05-17, probe act46): a clause
            # joined by 并 with no subject of its own goes on with the announced action before it
            draft.frame.mode = "planned"
        if (that := _THAT_BODY.search(text, max(start, c.start - 12), c.start)) is not None:
            # "财政部正在抓紧修改完善…，林业局与该部也正在研究…" (dev sc19-22): 该部 is the ministry last named
            body = _last_named(doc, that.start(), that.group(1))
            if body and body not in draft.frame.agents:
                draft.frame.agents.append(body)
        scope.append(draft)
        objects.add(draft)
        region = clause_end
    # Titles an action issues or discusses: up to the next action of the sentence.
    mine = scope[first:]
    mentions = doc.mentions
    titled = [i for i in sent_idx if mentions[i].label == "TITLE"]  # most sentences: none
    title_starts = [mentions[i].start for i in titled]  # ascending: sent_idx is in start order
    for k, d in enumerate(mine):
        if not titled:
            d.frame.titles = ()
            continue
        stop = mine[k + 1].frame.trigger[0] if k + 1 < len(mine) else end
        a = bisect.bisect_left(title_starts, d.frame.trigger[1])
        b = bisect.bisect_left(title_starts, stop, a) if stop > d.frame.trigger[1] else a
        d.frame.titles = tuple(titled[a:b])


# A verb inside the name of the event its clause reports held (北京岳阳企业商会成立大会暨岳阳市招商推介会在北京
# 举行, yueyang.gov.cn 大事记 2018-08; …专场新闻发布活动在汉丰街道安康社区篮球场举行, kzwmsj.cbg.cn 2021-11-30):
# the event is the subject of 举行, which carries the activity.
_HELD_EVENT_VERBS = frozenset(("举行", "举办", "开幕", "闭幕", "召开"))
# A verb right after 成为/作为 (and a scope word) opens the noun phrase of what something becomes or serves as.
_COPULA_BEFORE = re.compile("(?:成为|作为)(?:全国|全省|全市|全区|全县)?$")
# The year a report characterizes by what is due in it: "2010年是…，也是全面完成“十一五”规划、科学编制“十二五”
# 规划的重要一年" (静安区 2010 工作要点, probe act41), "今年是…的开局之年": the verbs sit inside the year's description.
_YEAR_IS = re.compile(r"(?<![但还特别就于尤其凡总要])是[^，,。；;：:\n]{0,40}$")
_YEAR_OF = re.compile(r"[^。；;！!？?\n]{0,40}?的[^，,。；;、\n]{0,8}?(?:一年|之年)")
_HELD_SUBJECT = re.compile(r"[^，,。；;：:、\n]{0,12}?(?:大会|会|活动|仪式|典礼)(?:暨[^，,。；;：:\n]{1,24}?(?:会|活动|仪式|典礼))?"
                           r"(?:将|已)?(?:于[^，,。；;：:\n]{1,12}?)?在[^，,。；;：:\n]{1,20}?(?:隆重|正式|顺利)?(?:举行|举办|开幕|召开)")
# Verbs whose event may be their subject, with nothing after them: "…全国总开幕式在宁波举行" (教育部职成司,
# fj51e.cn 2018), "全國交通運輸工作會議于1月15日在北京開幕" (物流天下 2009), "第三轮中央生态环境保护督察11月21日全面
# 启动" (成都日报 2023-11-22).
# 开展 too: "依法行政能力提升行动深入开展，" (dev wr2026-anhuim gold event): the campaign is its subject.
_HELD_VERBS = frozenset(("举行", "举办", "开幕", "闭幕", "启动", "开展"))  # 培训班第二期在浙江大学举办: no object, the subject is the event
# Between the subject and the verb: a date and a place only ("于1月15日在北京", "在宁波", "16日").
_HELD_GAP = re.compile(r"(?:将|已)?(?:于|在)?[\d０-９]*(?:年|月|日|号)?[^，。；;,：:\n]{0,14}?(?:在[^，。；;,：:\n]{1,12})?(?:隆重|正式|顺利)?")


def _subject_head(doc: _Doc, clause_start: int, verb: int) -> str | None:
    """Type given by the head noun of a held verb's subject ("…开幕式在宁波举行" → event), or None."""
    table, obj_re = _objects()
    text = doc.text
    head = None
    for m in obj_re.finditer(text, clause_start, verb):
        if not any(doc.covered[m.start() : m.end()]) and _HELD_GAP.fullmatch(text, m.end(), verb):
            head = table[m.group()]
    if head is None:
        # unlisted names of the same make (cf. _object_head): …工作会议, …博览会
        m = re.search(r"[会节展赛](?=(?:将|已)?(?:于|在))", text[clause_start:verb])
        if m and _HELD_GAP.fullmatch(text, clause_start + m.end(), verb):
            head = "meeting" if m.group() == "会" else "event"
    return head


def _object_head(doc: _Doc, start: int, end: int, loose: bool = True) -> tuple[str | None, int]:
    """Type given by the head noun of the object (outside entity spans), and where the object ends.

    The head is the lexicon noun that ends the object ("业务培训会" → 培训会, after
    trailing counts and 等/工作 are set aside); else the last lexicon noun that may
    end it. A head followed by 、 ends the object: 召开座谈会、实地走访 is a meeting.
    """
    table, obj_re = _objects()
    text = doc.text
    found = None  # the last head that may end the object
    anywhere = None  # the last head at all (开展…调研指导)
    for m in obj_re.finditer(text, start, end):
        if any(doc.covered[m.start() : m.end()]) or text[m.end() : m.end() + 1] == "的":
            continue
        anywhere = table[m.group()]
        if not _HEAD_END.match(text, m.end(), end) and m.end() < end:
            continue
        found = table[m.group()]
        # 召开座谈会、实地走访: the listed event ends the object; a 、 inside a quoted name
        # (“抓招商、推项目、促落地”专项行动) lists no event.
        if text[m.end() : m.end() + 1] == "、" and not doc.quoted[m.start()]:
            return found, m.end()
    stop = end
    tail = _OBJECT_TAIL.search(text, start, end)
    if tail:
        stop = tail.start()
    for size in range(min(_HEAD_MAX, stop - start), 0, -1):
        word = text[stop - size : stop]
        if word in table and not any(doc.covered[stop - size : stop]):
            return table[word], end
    if found is None and stop - start >= 2 and not doc.covered[stop - 1]:
        # Unlisted names of the same make: 座谈交流会 is a meeting, 美食节, 书画展 or 消费季 an event.
        q = stop
        while q - start > 2 and text[q - 1] in _QUOTE_CLOSE:
            q -= 1  # a quoted name: 启动首届“九九消费季”
        last = text[q - 1]
        if last == "会":
            return "meeting", end
        if last in "节展赛季":
            return "event", end
    return found or (anywhere if loose else None), end


# 去年经全国人大常委会审议和通过了11项法律 (1987 report, probe act59): 审议 joined to its 通过 by 和 is the
# adopting body's meeting, as 审议通过 is.
_ADOPTED_AFTER = re.compile(r"[和并]\s*(?:通过|批准)")


def _build(
    doc: _Doc,
    block: Block,
    c: _Cand,
    typ: str,
    region: int,
    sent_start: int,
    sent_end: int,
    full_start: int,
    clause_end: int,
    sent_idx: list[int],
    subject: list[str],
    scope: list[_Draft],
    sent_objects: _SentObjects,
) -> _Draft:
    text, mentions = doc.text, doc.mentions
    leader = False
    before = _sent_range(doc, sent_idx, region, c.start + 1)
    if not before:
        before = []
    elif doc.end_max[doc.rank[before[-1]]] > c.start:
        before = [i for i in before if mentions[i].end <= c.start]
    # else every mention before the trigger ends before it (a filter per trigger was quadratic in a long
    # sentence: 经省政府同意，现印发给你们，×4600)
    basis_to = _basis_end(text, full_start, len(text))  # -1, or the end of the basis opening the sentence
    basis = basis_to if basis_to <= c.start else -1
    if basis > 0:
        # 根据一九八三年九月人大常委会第二次会议通过的《…决定》，全国依法开展了…斗争 (1984 report, probe act71s): the
        # basis that opens the sentence names who laid it down, not who acts
        before = [i for i in before if mentions[i].start >= basis]
    subjects, others, partnered, owned = _agents(doc, before, sent_start)
    if subjects:
        subjects = _government_post(doc, before, subjects, c.start)
    clause = _clause_start(doc, c.start, sent_start)  # asked once: the checks below read it
    cs0 = clause if clause > region else region
    if not subjects and (c.words[-1].endswith(("通过", "批准")) or c.words[-1] == "研究同意"
                         or c.words[-1] == "审议" and _ADOPTED_AFTER.match(text, c.end)):
        # 经区政府常务会议审议通过: the body whose meeting adopted the text (经 marks no recipient here);
        # …和十四届全国人大一次会议审议批准的…方案 (国务院常务会议 2023-03-14): the congress, not the issuer.
        cs = clause
        for i in before:
            m = mentions[i]
            if m.label == "DEPT" and m.start >= cs and (m.attrs.get("canonical") or text[m.start : m.end]) not in subjects:
                subjects.append(m.attrs.get("canonical") or text[m.start : m.end])
    if not subjects and _issued_by_named(doc, c.words[-1], c.start, c.end):
        # 根据中共河南省委办公厅河南省人民政府办公厅印发的《…》: the bodies chained right before the verb issued it,
        # though 根据 makes the clause a basis
        pos = c.start
        for i in reversed(before):
            m = mentions[i]
            if m.label != "DEPT" or not _CHAIN_GAP.fullmatch(text, m.end, pos):
                break
            subjects.insert(0, m.attrs.get("canonical") or text[m.start : m.end])
            pos = m.start
    if owned and not subjects and not subject and doc.issuer:
        subject[:] = [doc.issuer]  # its later clauses go on with the same body
    named = bool(subjects or subject)  # a subject of this clause, or one carried from earlier in the item
    if _POST_RIGHT_BEFORE.search(text, max(cs0, c.start - 6), c.start) or text.find(_LEADER_VISIT, cs0, c.start) >= 0:
        base = []  # 总书记视察甘肃重要讲话, 再次亲临辽宁考察: a leader's own visit, no body acts
        leader = True
    elif subjects:
        # 扶贫办已会同交通部…进行了实地调查，并向国务院上报了…: the partners go on with the subject; a body inside the
        # basis that opens the sentence (根据…常委会…通过的《…》，全国依法开展了…) does not go on after it
        if basis_to <= c.start:
            subject[:] = subjects + [o for o in others if partnered and o not in subjects]
        base = subjects
    elif _state_council_leader(doc, max(cs0, c.start - 40), c.start) or (
            _JOINED_CLAUSE.match(text, cs0) and cs0 > region
            and _state_council_leader(doc, _clause_start(doc, cs0 - 1, region), cs0)):
        # "温家宝总理就…作了很多指示和批示，并于2005年12月28日主持召开国务院常务会议" (国办函〔2006〕69号): a clause
        # joined by 并 with no subject of its own goes on with the Premier of the clause right before it (温家宝总理
        # 作出批示，各地区各部门认真贯彻落实，并于…召开专题会议: the nearer subject goes on, review12)
        # 温家宝总理率国务院有关部门负责同志赴你省考察: the Premier acts for the State Council
        base = [STATE_COUNCIL]
        named = True
    elif _POST.search(text, max(region, c.start - 20), c.start):
        base = []  # a leader in person (总书记考察): no body is named
        leader = True
    elif _GENERIC_SUBJECT.match(text, cs0):
        base = []  # 各市（州）开展…: many bodies, none named
    elif doc.kind != "report" and _place_subject(doc, before, cs0):
        # 天津市滨海新区搭建…: that place's government, which no mention names; "上海市市长韩正…主持召开" (dev
        # pt-298445): the place's head of government names its government
        gov = _place_government(doc, before, cs0, c.start)
        base = [gov] if gov else []
        named = True
    elif not doc.issuer and doc.own_government and (own_m := _SELF_PLACE.match(text, cs0, c.start)) and \
            (own_m.group(1) or own_m.group(2)) == doc.own_government[0]:
        # "9月23日,我县在政府二楼会议室召开…调度会" (长子 要闻简报 2023): with no issuer named, the division's own
        # government; a body's own notice speaks of 我市 for itself (dev gz-3: 我市正式启动…, the 医保 centre)
        base = [doc.own_government[1]]
        named = True
    else:
        section = doc.section_agent.get(block.start)
        own = doc.issuer
        if doc.forwarded and c.start >= doc.forwarded[0]:
            own = doc.forwarded[1]  # the forwarded text's implicit subject is the body that wrote it
        base = list(subject) or ([section] if section else [own] if own else [])
    if not base and not subjects and (body := _meeting_body(doc, c.start, c.end, clause_end)):
        # "自治区副主席、市长马汉成主持召开市政府第57次常务会议" (nxgy.gov.cn 2021-01-13): no body opens the
        # clause, but the meeting held is the named body's own; it holds it
        base = [body]
        named = True
    agents: list[str] = []
    for agent in base + others:
        if agent not in agents:
            agents.append(agent)
    if partnered and (typ == "meeting" or c.kind == "discuss"):
        typ = "coordination"  # discussion with named partners (guide); internal ones are meetings
    # Drafts are in text order: only the tail can lie in this sentence (a scan of the whole
    # item per trigger was quadratic in a paragraph of many short sentences).
    # Only a date of the sentence reads them: a sentence with none (省政府召开会议，×8000) gathered all its earlier
    # drafts per trigger, quadratic.
    date, expression = _date(doc, block, c.start, full_start, sent_idx, sent_objects, basis)
    planned = _is_planned(doc, full_start, c.start, c.end)
    if not planned and doc.kind == "report" and isinstance(date, str) and _begins_after(date, doc.reference):
        planned = True  # 国务院决定，从今年第四季度开始，进行… (1984 report of May, probe act59): ahead of the report
    if planned and date not in (None, _NO_DATE):
        date = ahead(date, expression, doc.reference)  # what is announced lies ahead
    if date is _NO_DATE:
        date = None
        if doc.kind == "report":
            # A report's action takes the period of its part: the review's year(s), the plan's year.
            if not planned:
                date = doc.parts.periods.get(block.start)
            elif doc.parts.in_plan(c.start):
                date = doc.parts.plan_periods.get(block.start)
                if date is None and (not doc.parts.national or 0 <= doc.parts.plan_led <= c.start):
                    # A State Council excerpt cut into its plan's middle has lost the lead that dates it: an
                    # undated task there has no date (dev sc-report-2006, 2010, 2019; 2017 report, probe act56)
                    date = doc.parts.plan_year
                elif date is None:
                    # … its own sentence may still name the year after it: "继续提高粮食最低收购价，今年小麦、稻谷
                    # 最低收购价平均每50公斤分别提高7.4元和16元" (sc-report-2012)
                    off, a, b = _sent_date_span(doc, sent_idx, c.end, len(text) + 1)
                    date = next((doc.mentions[i].attrs.get("value")
                                 for i in (sent_idx[doc.date_ranks[j] - off] for j in range(a, b))
                                 if doc.mentions[i].label == "DATE" and doc.mentions[i].start >= c.end
                                 and doc.text[doc.mentions[i].start : doc.mentions[i].end] == "今年"), None)
    cs = max(cs0, c.start - _LOOKBACK)
    location, own = _location(doc, cs, c.start)
    name = _name(doc, c, region, clause_end)
    frame = ActivityFrame((c.start, c.end), typ, date, agents, name, location, mode="planned" if planned else "done")
    # 进行深入沟通 is a step like a bare verb; only 开展/召开/举办… name whole events.
    return _Draft(frame, c.kind == "generic", own, bool(subjects), c.start, obj_end=clause_end, leader=leader,
                  named=named)


_STATE_COUNCIL_ISSUERS = (STATE_COUNCIL, "国务院办公厅")

# A party committee of a division, whose government is "<division>人民政府".
_PARTY_COMMITTEE = re.compile(r"中共(.{1,30}?[省市县区州旗盟镇乡])委员会")  # 中共兴县委员会: one-character names
# A bare committee no division names (县委, 市委副书记、市长…): its government cannot be named either.
_BARE_COMMITTEE = re.compile(r"[省市县区州旗盟镇乡]委")
# The posts after a party committee's mention up to a government post ending the chain:
# 市委副书记、市长, 市委常委、常务副市长, 县委副书记、代县长.
# The head of a division's government (市长, 常务副市长, 代县长), its level captured.
_GOVERNMENT_HEAD = r"(?:常务|代)?副?([省市县区州旗盟镇乡])长"
_GOVERNMENT_POST = re.compile(r"\s*(?:副书记|常委)、(?:[^，,。；;、：:\n]{1,10}、){0,2}\s*"
                              r"(?:[省市县区州旗盟镇乡](?:人民)?政府)?" + _GOVERNMENT_HEAD)  # 县委副书记、县政府县长


# A body's own meeting named right after the verb that holds it: 市政府第57次常务会议, 七届省政府第三次全体（扩大）会议,
# 市委常委会会议; a term (七届) may open it, the body comes first, the meeting noun ends it.
_OWN_MEETING_LEAD = re.compile(r"[一二三四五六七八九十\d]{0,3}届?")
_OWN_MEETING_TAIL = re.compile(r"[^，,。；;、：:\n]{0,10}?(?:常务会议|全体(?:[（(]扩大[）)])?会议|办公会议?|党组(?:扩大)?会议|常委(?:会)?会议)")


def _meeting_body(doc: _Doc, s: int, e: int, end: int) -> str | None:
    """The canonical body whose own meeting the holding verb at ``s:e`` names as its object, else None."""
    text = doc.text
    if text[s:e] not in _HOLDING_VERBS and text[s:e] != "主持":
        return None
    lead = _OWN_MEETING_LEAD.match(text, e, end)
    i = bisect.bisect_left(doc.starts, lead.end())
    if i >= len(doc.ordered) or doc.ordered[i].start != lead.end():
        return None
    m = doc.ordered[i]
    name = m.attrs.get("canonical") if m.label == "DEPT" else None
    if not name or not _OWN_MEETING_TAIL.match(text, m.end, end):
        return None
    return name


def _government_post(doc: _Doc, before: list[int], subjects: list[str], pos: int) -> list[str]:
    """Subjects with a party committee replaced by its division's government where the person who acts
    holds a government post after the committee post ("市委副书记、市长查俊主持召开市长碰头会", 武穴市,
    m.hbwuxue.com/p/66447; "市委常委、常务副市长郑光照…督查", 渭南市发改委 2014): the mayor acts for the
    government (dev pt-298445: 上海市市长韩正主持召开… → 上海市人民政府)."""
    text, mentions = doc.text, doc.mentions
    out = list(subjects)
    for i in before:
        m = mentions[i]
        name = m.attrs.get("canonical") if m.label == "DEPT" else None
        pm = _PARTY_COMMITTEE.fullmatch(name) if name else None
        if pm is None:
            raw = text[m.start : m.end] if m.label == "DEPT" and not name else None
            if raw in out and _BARE_COMMITTEE.fullmatch(raw) and _GOVERNMENT_POST.match(text, m.end, pos):
                # "县委副书记、县长卢昊主持召开…县政府…常务会议" with no county named (盐亭, 安图 news): the
                # government acts, and no name of it can be given; the committee would be a wrong body
                out.remove(raw)
            continue
        if name not in out or not _GOVERNMENT_POST.match(text, m.end, pos):
            continue
        gov = pm.group(1) + "人民政府"
        out = [a for a in out if a != gov]
        out[out.index(name)] = gov
    return out


# A clause opened by 并 (并于…, 并且): it has no subject of its own.
_JOINED_CLAUSE = re.compile(r"[\s\u3000，,]*并(?![购入列存举重])")
_PREMIER = re.compile(r"总理|国务院(?:有关)?领导同志")


def _state_council_leader(doc: _Doc, start: int, pos: int) -> bool:
    """总理 or 国务院领导同志 opens the clause before ``pos`` in a document of the State Council or
    its General Office: the State Council acts (a foreign premier in the news, 总书记 do not)."""
    if doc.issuer not in _STATE_COUNCIL_ISSUERS or doc.kind == "other":
        return False
    m = _PREMIER.search(doc.text, start, pos)
    return m is not None and not _role_marked(doc, start, m.start())


def _role_marked(doc: _Doc, start: int, pos: int) -> bool:
    """A recipient, place or partner mark just before ``pos`` (向国务院领导同志报送)."""
    return _role(doc, max(start, pos - 10), pos) != "subject"


# 我们 in a body's reply or letter is that body (国办函〔2006〕71号 "我们将认真研究", dev sc19-28 "我们将在下一步工作中…")
# 我们 before a verb of learning or judging reports what others do (我们注意到，一些地方已经出台了相关办法: review12).
_SELF = re.compile(r"我(?:们(?!注意到|了解到|获悉|得知|看到|发现|认为|感到|相信|知道|理解)|市|省|区|县|局|委|部|厅|司|办|署|中心)"
                   r"|本(?:局|委|部|厅|机关)")
# 我县 / 我市 opening a clause: the document's own division acts
# 我县 / 我市 opening a clause, or the head of the division's government ("区长潘功发主持召开区长碰头会",
# dgxww.gov.cn 2021-01-27; "副县长李晋平带领…开展…联合执法行动", 长子 要闻简报 2023): the division's own government
_SELF_PLACE = re.compile(r"[\s\u3000]*(?:我([省市区县旗])|(?:常务)?副?([省市区县旗])长(?=[\u4e00-\u9fff]{2,3}(?:主持|带领|带队|率)))")


def _own_government(division: dict[str, Any] | None) -> tuple[str, str] | None:
    """("县", "长子县人民政府") for a county's documents: what 我县 names."""
    name = (division or {}).get("name") or ""
    if (division or {}).get("level") in (None, "national", "township") or not name.endswith(("省", "市", "区", "县", "旗")) \
            or name.endswith("地区"):  # 地区 is governed by a 行署, no 人民政府
        return None
    return name[-1], name + "人民政府"

# Paying a benefit, as a news item or a guide describes how a rule pays it (guide: not what a rule requires or
# allows): paid from a date on (本月起，这笔钱直接发放至个人, dev gz-11; 从2016年1月份起发放, 芗城区 2016; 2019年7月1日起，
# 残疾人两项补贴从由省残联主导发放, 湖北日报 2021), paid directly or by a rule's channel (直接发放至个人, 按原渠道发放,
# gz-11), or counted (今年前6月累计发放城市低保资金608.66万元, 红网 2019 道县: a statistic).
_PAYMENT_VERBS = frozenset(("发放", "发给", "补发", "兑现"))
_PAID_BY_RULE = re.compile(r"(?:直接|按(?:原渠道|规定|月|季度?|年|标准|时)|由[^，,。；;！!\n]{1,12}?(?:主导|统一|负责))$")
_PAID_COUNTED = re.compile(r"(?:累计|共|合计)$")


def _rule_payment(doc: _Doc, f: ActivityFrame) -> bool:
    """A benefit paid as a rule provides, not a reported payment (news and guides only)."""
    s, e = f.trigger
    text = doc.text
    if text[s:e] not in _PAYMENT_VERBS:
        return False
    if f.date and f.date.endswith("/.."):
        return True
    cs = _clause_start(doc, s, max(0, s - _LOOKBACK))
    if _PAID_BY_RULE.search(text, cs, s):
        return True
    ce = _clause_end(doc, e, min(len(text), e + _OBJECT_MAX))
    return _PAID_COUNTED.search(text, max(cs, s - 3), s) is not None and any(ch.isdigit() for ch in text[e:ce])


# The steps of a procedure that a notice, a guide or an admission news item sets out for its readers
# (完成网络和现场报名手续，经有关登记审核工作结束后，各区文体教育局…统筹安排学位，发放入学通知书, 中山日报 2017; 登录…系统填报志愿，
# 6月12日公布录取结果, dev gz-5; 4.完成《信息采集表》上传, gz-11): a schedule, no reported action, unless marked done
# or announced (将), or dated on or before the text's own date (4月28日，广州市天河区教育局公布…细则).
_READER_STEP = re.compile(r"登录|填报|填写|上传|报名|递交|提交(?:材料|资料|申请)|申请办理|手续")
_SCHEDULE_TYPES = frozenset(("service", "publication", "other", "inspection"))
_NEWS_TIME = re.compile(r"近日|日前|近期|昨日|昨天|今天|今日|目前")


def _reader_schedule(doc: _Doc, f: ActivityFrame) -> bool:
    s, e = f.trigger
    text = doc.text
    if f.type not in _SCHEDULE_TYPES or f.mode == "planned":
        # a body's announced action stays (市医保部门将自动默认延续参加2026年度城乡居民医保，个人无需重新办理参保登记手续,
        # dev gz-3)
        return False
    # The sentence, read a bounded way (an unpunctuated run must not go quadratic).
    lo, hi = max(0, s - _SENTENCE_BACK), min(len(text), e + _SENTENCE_BACK)
    ss = max(max(text.rfind(c, lo, s) for c in "。！？!?\n") + 1, lo)
    ends = [i for i in (text.find(c, e, hi) for c in "。！？!?\n") if i >= 0]
    se = min(ends) if ends else hi
    if not _READER_STEP.search(text, ss, se) or _NEWS_TIME.search(text, ss, s):
        return False
    if _REPORTED.search(text, max(ss, s - 12), s) or text.startswith("了", e):
        return False
    if f.date and doc.issued and f.date[:4].isdigit() and f.date.split("/")[0] <= doc.issued[:10]:
        return False  # dated on or before the text's own date: a reported action
    return True


# Marks of a reported action: done (已, 了) or under way (正在), which the guide counts as done.
_REPORTED = re.compile(r"已|正式|了|正在|先后")
# "我局现开展…项目申报工作", "现组织开展": 现 right before the trigger announces the action the notice
# or guide itself starts (probe guide23 宝安区 申报 page); 现行, 实现, 发现 are other words.
_NOW = re.compile(r"(?<![实发体表出呈])现(?:组织|决定)?$")


# A goal reached after years of effort to come: 经过若干年的努力，在全国范围内逐步建立起…体系 (1983 report); 经过五年的
# 努力 reviews a term (a count of years is left out), and 已/了/终于 report the goal reached.
_EFFORT_AHEAD = re.compile(r"经过(?:若干年|几年|一个时期|一段时间|一个较长时期)(?:的)?(?:艰苦|不懈|共同)?(?:的)?努力")
_GOAL_VERBS = ("建立", "形成", "建成")
_GOAL_REACHED = re.compile(r"已|了(?![解结])|终于|曾")


def _effort_ahead(text: str, start: int, pos: int, end: int) -> bool:
    if not text.startswith(_GOAL_VERBS, pos) or text.startswith("了", end) or text.startswith("起了", end):
        return False
    m = None
    for m in _EFFORT_AHEAD.finditer(text, max(start, pos - 80), pos):
        pass
    return m is not None and not _GOAL_REACHED.search(text, m.end(), pos)


# A completed past fact inside a plan part: 费时三年多，才建设完成 (1958 report), 已经基本建设完成; 才能/才可 is a condition.
_PAST_FACT = re.compile(r"(?:(?<![人天英口奇通])才(?![能可会])|已经?)[^，,。；;将要能]{0,6}$")
# The verb of an attributive 已经…的 before its noun (落实已经规定下放给企业的权力, 1987 plan part; 巩固已经取得的成果):
# it names what the noun is, no act the report tells; 的 comes right after the verb or after its 给/到/于 complement.
_ATTRIBUTIVE_DE = re.compile(r"(?:[给到于向][^，,。；;、的了]{1,6})?的(?![确话])")


def _is_planned(doc: _Doc, start: int, pos: int, end: int) -> bool:
    """Announced for the future: the plan part of a report, or 将/拟/计划 before the trigger."""
    if doc.kind == "plan":
        return True
    if _DONE_AFTER.match(doc.text, end):
        # 了 reports it done, in a report's plan part too ("国务院编制了《…纲要（草案）》";
        # "作为今后一段时期…的重点地区，同时提出了…意见")
        return False
    if doc.kind == "report" and _effort_ahead(doc.text, start, pos, end):
        return True  # 经过若干年的努力，…逐步建立起…体系 (1983 report): a goal, planned
    if doc.kind == "report" and doc.parts.in_plan(pos):
        if (doc.text.endswith(("已", "已经"), 0, pos) or _PAST_FACT.search(doc.text, max(start, pos - 10), pos)) \
                and not _ATTRIBUTIVE_DE.match(doc.text, end):
            # "国务院的机构改革方案已提交大会" (sc-report-1988), "国家已经组织了５７户企业集团试点" (sc-report-1997):
            # 已 reports it done inside the plan part too
            return False
        if _looks_back(doc.text, start, pos):
            return False
        if _EXPERIENCED_AFTER.match(doc.text, end) \
                and _PAST_BEFORE.search(doc.text, max(_clause_start(doc, pos, start), pos - 12), pos):
            # "全国解放以来，我们已经多次地进行过增产节约运动" (1958 report, plan part): 已经/曾 … V过 tells what was
            # done before, in the plan part too
            return False
        if _UNDER_WAY.search(doc.text, max(start, pos - 8), pos):
            # "国务院正着手制定有关全民所有制工业企业转换经营机制的暂行条例" (sc-report-1992 plan), "正在加紧研究"
            # (dev sc-report-1983 gold done): under way, which the guide counts as done
            return False
        # 进行了规划衔接并修改完善: a verb joined by 并 to a done one is done too
        return not _DONE_JOINED.search(doc.text, max(_clause_start(doc, pos, start), pos - 30), pos)
    if doc.kind == "policy" and _ATTRIBUTIVE_AFTER.match(doc.text, end) \
            and _FRAMED_IN.search(doc.text, max(_clause_start(doc, pos, start), pos - 6), pos):
        # "拟在起草制订的加强政府网站建设和管理的指导意见中，明确要求…" (dev sc19-28, gold done): 拟 plans the clause's
        # main verb; the attributive verb names a text already being drafted
        return False
    if doc.kind == "policy" and _UNDER_WAY_CLAUSE.search(doc.text, max(_clause_start(doc, pos, start), pos - 12), pos):
        # "发展改革委正按程序抓紧组织研究，并将根据评审情况继续予以支持" (dev sc19-22, gold done): under way in its
        # own clause, whatever the joined clause after it announces
        return False
    if doc.kind != "report" and _joined_future(doc.text, start, pos, end):
        return True
    if doc.kind == "other" and _in_planned_list(doc.text, pos):
        return True
    return _planned_before(doc, start, pos)


# A lead that announces the coming work as a list: "商务部将持续密切跟踪形势，…，主要开展以下几方面工作：\n一是稳住外贸订单。
# …办好广交会等重点展会" (商务部例行记者会 2023-01-12), "下一步，我们将重点做好以下工作：一是…；二是…". Its items
# (一是…, （一）…) are planned until a paragraph that is no item.
# Not a notice's "现将有关事项通知如下：" (将 there marks the object), and only in news and other texts: a
# policy document's items are its requirements.
# 将 that marks an object (将安全生产摆在突出位置，重点抓好以下几项工作), 计划 as a noun (紧紧围绕年度工作计划，扎实
# 开展以下几方面工作) and a lead that reports its list done (开展了以下工作) announce no coming work: review 20a.
_LIST_LEAD = re.compile(r"(?<![现特兹已])(?:将(?![^，,。；;：:\n]{1,16}?(?:摆在|摆上|放在|作为|列为|列入|纳入|融入|贯穿|当作|视为))"
                        r"|拟|下一步|下步|计划(?![，,、；;。的和与及]))"
                        r"(?:(?!了(?:以下|如下|下列))[^。！？!?\n]){0,60}?(?:以下|如下|下列)[^。！？!?\n：:]{0,8}?"
                        r"(?:工作|举措|措施|方面|任务|重点)[^。！？!?\n：:]{0,4}[：:]")
_ITEM_OPEN = re.compile(r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[一二三四五六七八九十]+、)")


def _in_planned_list(text: str, pos: int) -> bool:
    lo = max(0, pos - 1500)
    if all(text.find(w, lo, pos) < 0 for w in ("以下", "如下", "下列")):
        return False  # no lead can be there: the pattern's run of 将 and 拟 is not read (slow in a long sentence)
    lead = None
    for m in _LIST_LEAD.finditer(text, lo, pos):
        lead = m
    if lead is None or not _ITEM_OPEN.match(text, lead.end()):
        return False  # no lead, or its colon opens no list
    i = text.find("\n", lead.end(), pos)
    while i >= 0:
        line = text[i + 1 : pos].split("\n", 1)[0]
        if line.strip() and not _ITEM_OPEN.match(line):
            return False  # a paragraph that is no item ends the list (blank lines do not)
        i = text.find("\n", i + 1, pos)
    return True


# A clause joined by 并将/还将/也将 to the next one lies ahead with it (深入开展第三轮中央生态环境保护督察，并将在省域
# 督察中统筹流域督察: 新华社 2024-02-14), unless its own clause reports it done (已开展…，并将…; 开展了…，并将…).
_JOINED_FUTURE = re.compile(r"[^，,。；;：:\n]{0,40}?[，,]\s*(?:并|还|也|同时)将")
_DONE_IN_CLAUSE = re.compile(r"已|了(?![解结])|曾|正在")  # 正在对《规划》进行修订，同时将… (dev sc19-22): under way


def _joined_future(text: str, start: int, pos: int, end: int) -> bool:
    m = _JOINED_FUTURE.match(text, end)
    if m is None:
        return False
    cs = max(start, *(text.rfind(ch, 0, pos) + 1 for ch in "，,。；;：:\n"))
    return not _DONE_IN_CLAUSE.search(text, cs, m.end() - 3)


# A plan's sentence that opens on a past span reports what was done: "两年来通过财政向银行发行2100亿元长期国债"
# (sc-report-2000), "已建成的主要有：加固大江大河大湖堤防…" (sc-report-2000), "去年出台的…政策措施"; not when
# a coming time or a modal stands anywhere before the trigger ("原定去年出台…，这一措施推迟到今年出台", dev
# sc-report-2003; "今年拟从去年超收收入中安排", sc-report-2007; "要在去年取得阶段性成果的基础上，…开展下去",
# sc-report-2002: the past span is the source or the ground of a planned step) or 比/较 compares.
# 这几年/近几年/这些年/几年来/多年来 open on a past span of unstated length the same way (1987 report 这几年在基本建设中
# 推行各种形式的投资包干责任制…，起了显著的促进作用, probe act64s; 2006 近几年，我们在安全生产方面采取了一系列措施).
# Not a span ahead: 用近两年时间, 在今后这几年, 近两年内 measure the time a plan gives itself.
_LOOK_BACK = re.compile(r"(?:(?<![十百])[两三四五六七八九十]|\d)年来|近[两三四五]?年来|(?<![比较于])去年(?!同期|基础|水平)"
                        r"|过去的?[一两三四五]?年|已(?:经)?[^，,。；;]{0,4}的"
                        r"|(?<!今后)(?<!未来)(?<![用花再])(?:这|近)(?:几|两|些)年(?![内中后里时])|(?<![十百\d])[几多]年来")
_COMING = re.compile(r"今年|明年|将|拟|(?<![主重需必只纲])要|推迟|计划")


def _looks_back(text: str, start: int, pos: int) -> bool:
    """The sentence before ``pos`` opens on a past span and names no coming time before ``pos``."""
    m = _LOOK_BACK.search(text, start, pos)
    return m is not None and m.start() - start <= 12 and not _COMING.search(text, start, pos)


# 了 right after a trigger (编制了, 组织了): done, even in a plan part.
_DONE_AFTER = re.compile(r"了(?![解结])")
# 拟在 / 将在 framing a text (…的…中) before an attributive verb.
_FRAMED_IN = re.compile(r"(?:拟|将)在$")
_ATTRIBUTIVE_AFTER = re.compile(r"(?:制订|制定|修订|编制|拟定)?的")
# 正 of 真正, 公正 is no mark (民政部将真正按照代表的建议开展专项调研: planned, review12).
# 正 with its manner before the verb, in the verb's own clause: 正按程序抓紧组织研究 (dev sc19-22)
_UNDER_WAY_CLAUSE = re.compile(r"(?<![真公])正(?:在|着手|抓紧|加紧|按)[^，,。；;：:]{0,8}$")
# 正在/正着手/正抓紧 a few characters before the trigger in its clause: the action is under way.
_UNDER_WAY = re.compile(r"(?<![真公])正(?:在|着手|抓紧)[^，,。；;：:]{0,4}$")
# 过 of experience right after a trigger (进行过, 举办过), not a word 过 opens (过程, 过渡, 过度, 过于, 过去…),
# with 已经/已/曾经/曾 earlier in its clause.
_EXPERIENCED_AFTER = re.compile(r"过(?![程渡度于去快多高大少低长重剩分硬热冷])")
_PAST_BEFORE = re.compile(r"已经|已|曾经|曾")
_DONE_JOINED = re.compile(r"了(?![解结])[^，,。；;]{0,24}并$")


# A basis whose wording holds a 要 ("按照出手要快、出拳要重…的要求，迅速推出…十项措施", sc-report-2009; "按照“一要吃饭、
# 二要建设”的原则，保证…", 2001; "按照经济建设要同各项社会事业协调发展的方针，切实做好…", 1986): the 要 closes with
# the basis before the action, so it marks no plan.
_BASIS_OPEN = re.compile(r"按照|根据|本着|遵循")
# A basis clause that opens the sentence before the trigger's clause: "根据…《…决定》，全国依法开展了…".
_BASIS_CLAUSE = re.compile(r"[\s\u3000]*(?:根据|按照|依据|依照)[^，,。；;：:\n]{2,80}?[，,]")


def _basis_end(text: str, full_start: int, pos: int) -> int:
    """Where a basis clause opening the sentence at ``full_start`` ends (after its comma), if before ``pos``; else -1."""
    m = _BASIS_CLAUSE.match(text, full_start, pos)
    return m.end() if m else -1
_BASIS_CLOSE = re.compile(r"[^。；;！？\n]{0,40}?的(?:要求|原则|方针|精神)”?[，,]")


# A clause that closes on 之际 or 前夕 names the occasion of a reported action (长子 要闻简报 2023, 淮北 2025)
_OCCASION_CLOSE = re.compile(r"[^，,。；;：:\n]{0,16}?(?:之际|前夕)[，,]")


def _bare_date(doc: _Doc, s: int, e: int) -> bool:
    """A DATE mention that is exactly text[s:e] (a bare 今年, not 今年4月8日)."""
    i = bisect.bisect_left(doc.starts, s)
    return i < len(doc.ordered) and doc.ordered[i].start == s and doc.ordered[i].end == e \
        and doc.ordered[i].label == "DATE" and _early_in_year(doc.reference)


def _begins_after(value: str, reference: str | None) -> bool:
    """Whether a date value (2023, 1984-10, 1984-10/1984-12) begins after the reference date's month."""
    first = value.split("/", 1)[0]
    if not reference or len(first) < 7 or not first[:4].isdigit():
        return False  # a year alone holds the reference's own month
    return first[:7] > reference[:7]


def _early_in_year(reference: str | None) -> bool:
    """A report delivered by April, whose 今年 lies ahead; one delivered in August (sc-report-1980: "今年提前制定1981年
    国民经济计划", done) speaks of this year's work done."""
    month = (reference or "")[5:7]
    return month.isdigit() and int(month) <= 4


def _planned_before(doc: _Doc, start: int, pos: int) -> bool:
    """将/拟/计划 (and in a report 要, 今年) before the trigger in its sentence."""
    pattern = _REPORT_PLANNED if doc.kind == "report" else _PLANNED
    # Each mark is judged on its own (the answer is whether any passes), so the nearest, with the shortest gap
    # and the likeliest to pass, is read first: from the sentence's start, a sentence of planned clauses
    # (将召开会议，×10000) read every earlier mark's gap first, 3 s at 64,000 characters.
    for m in reversed(list(pattern.finditer(doc.text, max(start, pos - _SENTENCE_BACK), pos))):
        if (doc.covered[m.start()] and not (m.group() == "今年" and _bare_date(doc, m.start(), m.end()))) \
                or doc.quoted[m.start()]:
            continue
        if m.group() == "要" and _BASIS_OPEN.search(doc.text, max(start, m.start() - 40), m.start()) \
                and _BASIS_CLOSE.match(doc.text, m.end(), pos):
            continue  # 按照出手要快…的要求，迅速推出…: the 要 is the basis's, not the action's
        if _OCCASION_CLOSE.match(doc.text, m.end(), pos):
            continue  # 在中秋、国庆“两节”即将到来之际，9月27日，县政协组织…开展…: the coming time is the occasion
        if m.group() in ("将", "计划", "拟", "准备"):
            gap = _uncovered(doc, m.end(), pos)
            if m.group() == "计划" and gap[:1] in ("，", ","):
                continue  # 实施…就业创业推进计划,推出十项专项行动 (人社部 2023-04-24): a plan's name ends its clause

            if m.group() == "拟" and gap[:1] in ("将", "把") and len(gap) <= _SENTENCE_BACK:
                return True  # 国家计委拟将过去的五道手续简化为两道手续 (1984 report, probe act54): 拟 plans the change 将 sets
            if len(gap) > _SENTENCE_BACK or not (
                    _future_adverbs(gap, doc.text[pos : pos + 2])
                    or (doc.text.startswith(_TARGET_VERBS, pos) and _future_target(gap))
                    or _future_light(gap)):
                continue  # 将X纳入: X is the object
        return True
    return False


# A notice's own schedule, its issuer the implied subject: "…，定于2015年5月至10月举办首届…大赛。现将有关事项通知如下"
# (教育部 2015, probe full37m): 定于 opening a clause after a purpose or 经研究, with no other subject.
_SCHEDULED_BY_ISSUER = re.compile(r"(?:^|[，,。；;：:\n])\s*(?:经研究[，,]?\s*)?(?:决定)?定于[^，,。；;：:\n]{0,30}$")


def _policy_action(doc: _Doc, d: _Draft, start: int) -> bool:
    """In a policy document only an action its own body reports or announces is an activity:
    a named or self-named subject (我市, 市医保部门将…) and a mark of done or planned."""
    s, e = d.frame.trigger
    text = doc.text
    if _procedure_done(doc, d, start):
        return True
    named = d.named or _SELF.search(text, max(start, s - _LOOKBACK), s) is not None \
        or _SCHEDULED_BY_ISSUER.search(text, max(start, s - 40), s) is not None
    marked = d.frame.mode == "planned" or _REPORTED.search(text, max(start, s - 12), s) is not None \
        or _NOW.search(text, max(start, s - 5), s) is not None \
        or _UNDER_WAY_CLAUSE.search(text, max(start, s - 12), s) is not None \
        or text.endswith(("通过", "研究同意"), s, e) or _issued_by_named(doc, text[s:e], s, e) \
        or text.startswith("了", e) or _dated_before(doc, d.frame.date)
    return named and marked


# "经逐级推荐评选,自治区人民政府决定,授予…" (宁夏回族自治区人民政府表彰决定, fsou.com), "经综合检查评定,市政府决定
# 对…进行表彰" (宛政〔2011〕7号), "经推荐评选，合肥市等5个市被评为…" (dev pt-208869): a 经-clause before the
# decision or the award reports the procedure its issuer went through, done.
_PROCEDURE_OPEN = re.compile(r"\s*经[^，,。；;：:]{0,4}")
_PROCEDURE_OUTCOME = re.compile(r"[^。；;！？\n]{0,60}?(?:决定|评为|授予|命名)")


def _procedure_done(doc: _Doc, d: _Draft, start: int) -> bool:
    s, e = d.frame.trigger
    cs = _clause_start(doc, s, start)
    if not _PROCEDURE_OPEN.fullmatch(doc.text, cs, s):
        return False
    ce = _clause_end(doc, e, min(len(doc.text), e + _OBJECT_MAX))
    return doc.text[ce : ce + 1] in ("，", ",") and _PROCEDURE_OUTCOME.match(doc.text, ce + 1) is not None


def _dated_before(doc: _Doc, date: str | None) -> bool:
    """A date of its own before the document's (2018年11月，党中央、国务院印发…): a past action."""
    if not date or not doc.issued or not date[:4].isdigit():
        return False
    end = date.split("/")[-1] or date
    return end < doc.issued[: len(end)]


# What makes 研究 a noun (研究中心, 研究成果, 研究生) or a deliberation before a decision (经研究, 经过认真研究).
# 研究和拟订…, 研究、论证 (1991 plan report, test_activities_act39): the verb joined after it carries the event.
_STUDY_NOUN = re.compile(r"中心|院|所|会|室|站|生|员|基地|成果|机构|课题|报告|项目|领域|工作|型|性|方向|人员|团队|能力|水平|论文|经费"
                         r"|[和与及、]")
_DELIBERATED = re.compile(r"经过?[^，,。；;、]{0,4}$")
# A study handed on to another body, in its own clause: 我们已转请司法部研究, 转交有关部门研究.
_HANDED_ON = re.compile(r"(?:转请|转交|转给|转送|转由|交由|责成|委托)[^，,。；;]{0,12}$")
# The same, read further back for a task verb right after the receiver: 交由工业和信息化部、交通运输部等部门办理.
_HANDED_TASK = re.compile(r"(?:转请|转交|转由|交由|批请)[^，,。；;！？!?\n]{1,36}?$")


# A partner named back (与该部, 会同该委): the body of that kind named last before it.
_THAT_BODY = re.compile(r"(?:与|会同|同|和)该([部委局厅])")


def _last_named(doc: _Doc, pos: int, kind: str) -> str | None:
    """The canonical name of the last DEPT before ``pos`` (within 200 characters) whose name ends in ``kind``."""
    i = bisect.bisect_left(doc.starts, pos)
    for m in reversed(doc.ordered[:i]):
        if m.end < pos - 200:
            break
        if m.label == "DEPT" and m.end <= pos and doc.text[m.start : m.end].endswith(kind):
            return m.attrs.get("canonical") or doc.text[m.start : m.end]
    return None


def _own_subject(doc: _Doc, sent_idx: list[int], cs: int, pos: int) -> bool:
    """A body (or 我市, 本局) stands in the clause before ``pos``: the clause's own subject."""
    return _SELF.search(doc.text, cs, pos) is not None or any(
        doc.mentions[i].label == "DEPT" and doc.mentions[i].end <= pos for i in _sent_range(doc, sent_idx, cs, pos + 1))


# A place then 与 + its partner, up to the signing verb: the place is a party to the agreement.
_SIGNS_WITH = re.compile(r"\s*(?:与|同|和)[^，,。；;！？\n]{1,30}$")
# The head of a division's government right after its name: 上海市市长, 武穴市副市长, 紫阳县县长.
_HEAD_OF_GOVERNMENT = re.compile(r"\s*" + _GOVERNMENT_HEAD)


def _place_government(doc: _Doc, before: list[int], cs: int, pos: int) -> str | None:
    """"<division>人民政府" when the place opening the clause is followed by its own head of government
    (上海市市长韩正主持召开…) and names one division only; else None (a wrong body is worse than none)."""
    from govie.kb.divisions import load_divisions  # the gazetteer of the link stage's knowledge base
    text = doc.text
    for i in before[bisect.bisect_left(before, cs, key=lambda i: doc.mentions[i].start):]:
        m = doc.mentions[i]
        if _lead_too_long(doc, cs, m.start):
            return None  # no later place opens the clause either (see _place_subject)
        if m.label != "LOC" or not _opens_clause(doc, cs, m.start):
            continue
        head = _HEAD_OF_GOVERNMENT.match(text, m.end, pos)
        name = text[m.start : m.end]
        if head is None and text.startswith(tuple(_SIGN_VERBS), pos) and _SIGNS_WITH.match(text, m.end, pos) \
                and name.endswith(("省", "市", "县", "区", "州", "旗", "盟")):
            pass  # "济宁市与上海市黄浦区人民政府签署友好合作协议" (jnnews.tv 2024-03-29): a division signs by its government
        elif head is None or not name.endswith(head.group(1)):
            return None
        divs = load_divisions()
        code = divs.resolve(name)
        # one division only: 上海市 is the municipality and its 市辖区 (nested); 通州区 is in 北京 and in 南通
        if code is None or not all(divs.is_under(c, code) or divs.is_under(code, c) for c in divs.forms.get(name, ())):
            return None
        return divs.info(code)["name"] + "人民政府"
    return None


def _place_subject(doc: _Doc, before: list[int], cs: int) -> bool:
    """A place opens the clause as its subject (天津市滨海新区搭建…平台)."""
    # ``before`` is in start order: read from ``cs`` only, and only while a lead may still open the clause
    # (each place of a long clause read the clause from its start: quadratic in a 、 list of places before a
    # trigger, 继续办好经济特区、浦东新区、… 办好, 64,000 characters: 4.5 s)
    for i in before[bisect.bisect_left(before, cs, key=lambda i: doc.mentions[i].start):]:
        m = doc.mentions[i]
        if _lead_too_long(doc, cs, m.start):
            return False
        if m.label == "LOC" and _opens_clause(doc, cs, m.start):
            return True
    return False


def _uncovered(doc: _Doc, start: int, end: int) -> str:
    """The characters of ``text[start:end]`` outside entity spans (a slice when none is covered)."""
    covered, text = doc.covered, doc.text
    i = covered.find(1, start, end)
    if i < 0:
        return text[start:end]
    parts = []
    while i >= 0:  # the runs between spans, sliced whole (a character at a time was the slow part of a long clause)
        parts.append(text[start:i])
        start = covered.find(0, i, end)
        if start < 0:
            break
        i = covered.find(1, start, end)
    else:
        parts.append(text[start:end])
    return "".join(parts)


# A news dateline before the lead's subject, with no stop after it: "人民网北京1月3日电 国务院安委会办公室3日发布了…"
# (zjol.com.cn 2013-01-03), "新华社北京10月1日电 …国务院办公厅日前发出通报" (2017); its reporters' byline goes with it
# ("新华社北京12月27日电 (记者孙本尧)国务院今天举行第七次全体会议", 人民日报 1989-12-28, probe act39).
_DATELINE = re.compile(r"\s*[^，,。；;：:\n]{0,12}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电(?:讯)?\s*"
                       r"(?:[（(]记者[^（()）\n]{1,30}[）)]\s*)?")

# The headline lines of a news release over its dateline ("李强主持召开国务院常务会议\n讨论通过《…》\n听取关于…的汇报\n
# 审议通过《…》\n  新华社北京3月12日电 国务院总理李强3月12日主持召开…", 国务院常务会议 2024-03-12, probe act74n): headings
# that repeat the lead, no activities of their own (guide: section headings).
_NEWS_HEAD_REACH = 600


def _top_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that is not blank within _NEWS_HEAD_REACH of the text's top."""
    pos = 0
    limit = min(len(text), _NEWS_HEAD_REACH)
    while pos < limit:
        nl = text.find("\n", pos, limit)
        end = limit if nl < 0 else nl
        if pos < end and not text[pos:end].isspace():
            yield pos, end
        if nl < 0:
            return
        pos = nl + 1


def _news_headline_end(text: str) -> int:
    """Start of the dateline line when only lines without a full stop stand before it near the top, else -1."""
    for pos, end in _top_lines(text):
        if _DATELINE.match(text, pos, end + 1):
            return pos if pos > 0 else -1
        if any(ch in text[pos:end] for ch in "。；！？;!?"):
            return -1
    return -1


# A headline run into its dateline on one line: "国家机关新闻发言人 名单联络方式公布 新华网北京12月28日电国务院新闻
# 办公室28日首次对外公布了…" (sina.com.cn 2004-12-29, probe act76n): the words before the dateline repeat the lead
# (guide: headings are no activities); the lead's own trigger carries the event.
_INLINE_DATELINE = re.compile(r"(?:新华社|新华网|人民网|中新社|中新网|央视网|央广网|光明网|中国新闻网|中国网|国际在线)"
                              r"[^\s，,。；;：:\n]{0,8}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                              r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日电")


def _inline_news_head(text: str) -> int:
    """Start of a dateline that follows a headline on its line near the top (no full stop before it), else -1."""
    for pos, end in _top_lines(text):
        line = text[pos:end]
        m = _INLINE_DATELINE.search(text, pos, end)
        # a headline has no clause before the dateline, and a dateline opens the lead: "3月1日，县委召开常委会议，
        # 传达学习新华社北京2月28日电精神" names a dispatch inside a sentence
        if m and text[pos:m.start()].strip() and not any(ch in text[pos:m.start()] for ch in "。；！？;!?，,") \
                and not text.startswith(("精神", "《", "的", "内容"), m.end()):
            return m.start()
        if any(ch in line for ch in "。；！？;!?"):
            return -1
    return -1


# The open byline before a reporter's name: "（记者孙本尧", "(记者王思北、".
_BYLINE_OPEN = re.compile(r"[（(]记者[^（()）\n，,。]*$")


def _source_end(doc: _Doc, start: int, pos: int) -> int | None:
    """End of a news source named with 据 that opens the clause at ``start`` (据新华社, 据新华社报道), or None:
    "据新华社 国务院总理温家宝9月2日主持召开国务院常务会议" (news.sina.com.cn 2003-09-03); normalization
    drops the space, so the source is the ORG mention right after 据."""
    text = doc.text
    while start < pos and text[start].isspace():
        start += 1
    if not text.startswith("据", start):
        return None
    i = bisect.bisect_left(doc.starts, start + 1)
    if i >= len(doc.ordered) or doc.ordered[i].start != start + 1 or doc.ordered[i].label != "ORG":
        return None
    end = doc.ordered[i].end
    m = _SOURCE_TAIL.match(text, end, pos)
    return m.end() if m else end


_SOURCE_TAIL = re.compile(r"\s*(?:报道|消息|讯)?\s*")


# Characters outside _SUBJECT_LEAD's first class (spaces, digits, numbering): the lead holds at most 5 of them
# (一是, 上午, 同时), a dateline it skips at most 48 (…12月27日电讯 (记者…30…)), a source named with 据 3 besides
# its ORG; a clause whose text outside mentions holds more of them before ``pos`` is opened by no lead.
_NOT_LEAD_FILLER = re.compile(r"[^\s\d.、．（）()一二三四五六七八九十]")
_LEAD_SLACK = 80


def _lead_too_long(doc: _Doc, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]`` holds more than _LEAD_SLACK characters outside the mentions that are no lead
    filler (see _NOT_LEAD_FILLER). The position where the count passes the slack is found once per clause start,
    so a clause of many places asks in constant time, and a text is read only where a clause is asked about
    (a count over every character of every text was a tenth of a rules-only pass)."""
    cut = doc.lead_cut.get(start)
    if cut is None:
        covered, n, cut = doc.covered, 0, len(doc.text) + 1
        for m in _NOT_LEAD_FILLER.finditer(doc.text, start):
            if not covered[m.start()]:
                n += 1
                if n > _LEAD_SLACK:
                    cut = m.start()
                    break
        doc.lead_cut[start] = cut
    return cut < pos


def _opens_clause(doc: _Doc, start: int, pos: int) -> bool:
    """Whether only dates, numbering and connectives (or a news dateline, or a source named with 据)
    precede ``pos`` in its clause."""
    if start < doc.inline_head <= pos:
        start = doc.inline_head  # the headline before an inline dateline opens no clause (_inline_news_head)
    if _lead_too_long(doc, start, pos):
        return False
    m = _DATELINE.match(doc.text, start, pos)
    if m:
        start = m.end()
    src = _source_end(doc, start, pos)
    if src is not None and src <= pos:
        start = src
    rest = _uncovered(doc, start, pos)
    return bool(_SUBJECT_LEAD.fullmatch(rest))


def _agents(doc: _Doc, idx: list[int], sent_start: int) -> tuple[list[str], list[str], bool, bool]:
    """(subjects, partners and organized bodies, whether partners take part, whether a body's own website
    opens the clause) among the DEPT mentions before a trigger."""
    text, mentions = doc.text, doc.mentions
    subjects: list[str] = []
    others: list[str] = []
    partnered = False
    owned = False
    prev_end = -1
    prev_role = ""
    # Each mention's reading depends only on the state left by those before it, so a trigger whose mentions
    # extend the previous trigger's (the next one of the same sentence) resumes from that state: reading them
    # all again per trigger was quadratic in a long sentence of bodies and triggers (经省政府同意，现印发给你们，
    # ×4600: 23 s).
    done: list[int] = []
    memo = doc.agents_memo
    if memo is not None and memo[0] == sent_start and len(memo[1]) <= len(idx) and memo[1] \
            and idx[len(memo[1]) - 1] == memo[1][-1] and idx[: len(memo[1])] == memo[1]:
        done = memo[1]
        subs, oths, partnered, owned, prev_end, prev_role = memo[2]
        subjects, others = list(subs), list(oths)
    for i in idx[len(done):]:
        m = mentions[i]
        if m.label not in ("DEPT", "ORG", "PERSON"):
            continue
        if m.label == "PERSON" and _BYLINE_OPEN.search(text, max(0, m.start - 24), m.start):
            continue  # a reporter of the byline (…12月27日电 (记者孙本尧)国务院今天举行…): no actor, no chain
        if m.label == "ORG" and prev_end < 0:
            src = _source_end(doc, max(_clause_start(doc, m.start, 0), sent_start, m.start - _LOOKBACK), m.start)
            if src is not None and src >= m.end:
                continue  # 据新华社 before the lead's subject: the source, no link of a chain
        gap = text[prev_end : m.start] if prev_end >= 0 else ""
        if prev_end >= 0 and _CHAIN_GAP.fullmatch(gap):
            role = prev_role
            if "与" in gap and role == "subject":
                role = "partner"
        else:
            cs = max(_clause_start(doc, m.start, 0), sent_start, m.start - _LOOKBACK)
            role = _role(doc, max(prev_end, cs, m.start - 10), m.start)
            if role == "subject" and not _opens_clause(doc, cs, m.start):
                role = "excluded"  # 传达学习省委…精神: a body inside another verb's object
        prev_end, prev_role = m.end, role
        if m.label != "DEPT" or role == "excluded":
            continue  # ORGs are never agents; they only extend a chain
        if text[m.end : m.end + 1] == "的":
            continue  # 党中央的决策部署: a modifier, not an actor
        if text.startswith("委员", m.end) and not text.startswith("委员会", m.end):
            continue  # 召开了人大代表/政协委员…座谈会 (教育部 2016-11-26): members, people, no body acts
        if text.startswith(_owned(), m.end):
            # 中央政府门户网站正式开通: the body's own website, the object before its verb; the
            # document's body acts (named, as a subject is)
            if role == "subject":
                owned = True
            continue
        if doc.kind == "report" and role == "subject" and text[m.start : m.end].endswith(_FACILITY_HEADS) \
                and _FACILITY_SET_UP.match(text, m.end):
            # 国家生物育种产业创新中心建成投用, 赣南实验室启动运行 (dev wr2026-henan, wr2026-jiangxi, wr2026-shandong
            # 崂山实验室加快建设，…挂牌运行: gold the issuer): the lab or centre set up is the object before its
            # verb, as a body's own website is; the document's body acts
            owned = True
            continue
        name = m.attrs.get("canonical") or text[m.start : m.end]
        if role == "subject" and subjects and not _CHAIN_GAP.fullmatch(gap) and _PART_BREAK.search(gap):
            # "…已经由人大常委会提请本次会议审议；随后，国务院将制定…" (1979 report, probe act59): a subject after ；
            # opens a new part; the earlier part's subject does not act in it
            subjects.clear()
        (subjects if role == "subject" else others).append(name)
        partnered = partnered or role == "partner"
    done = done + idx[len(done):] if done else list(idx)
    doc.agents_memo = (sent_start, done, (tuple(subjects), tuple(others), partnered, owned, prev_end, prev_role))
    return subjects, others, partnered, owned


# A lab or centre a report says was built, opened or set up (…实验室启动运行，…中心建成投用。), its clause ending there.
_FACILITY_HEADS = ("实验室", "中心", "研究院", "平台")
_FACILITY_SET_UP = re.compile(r"[^，,。；;：:\n]{0,12}?(?:加快|正式|成功|顺利|全面|相继|陆续)?(?:建设|建成|投用|投运|运行|"
                              r"挂牌|揭牌|成立|组建|重组|落地|落户|开工|竣工|获批)+[。；;，,]")


@lru_cache(maxsize=1)
def _owned() -> tuple[str, ...]:
    """What a body owns and names after it (中央政府门户网站): ``activity_owned_channels.txt``."""
    return load_words("activity_owned_channels")


@lru_cache(maxsize=1)
def _marks() -> tuple[dict[str, str], re.Pattern[str]]:
    roles = {w: "partner" for w in _PARTNER_MARK}
    roles.update({w: "organized" for w in _ORGANIZED_MARK})
    roles.update({w: "excluded" for w in _RECIPIENT_MARK + _PLACE_MARK})
    return roles, re.compile("|".join(map(re.escape, sorted(roles, key=len, reverse=True))))


def _role(doc: _Doc, start: int, end: int) -> str:
    """Role of the body at ``end`` from the last marker shortly before it in its clause.

    "组织各区（市）县政务服务中心" is organized although a few words part them.
    """
    roles, pattern = _marks()
    role = "subject"
    for m in pattern.finditer(doc.text, start, end):
        if doc.covered[m.start()]:
            continue  # 至 inside a date range
        reach = 3 if len(m.group()) == 1 else 6
        if end - m.end() <= reach:
            role = roles[m.group()]
    return role


# The rest of an event's name between a year that opens it and its verb (…工作会议在京召开).
# "7月22日,2015年君山区政府重点工作半年度讲评会召开" (rednet.cn 2015-07-23): any X会 a meeting is named by
# (讲评会, 推进会, 调度会), not 工会 or 协会, which are bodies.
# "2018年9月12日，…中心2018年政务服务工作者培训班开班典礼在山东大学中心校区第四讲学厅顺利举办" (sdgxzx.sdu.edu.cn): a
# class (培训班, 研修班) and its opening ceremony are named the same way.
_EVENT_NAME_BEFORE = re.compile(r"[^，,。；;：:\s\d]{2,30}?(?:会议|论坛|[^\s工协学商字委]会|[训修]班(?:开班(?:典礼|仪式|式))?)"
                                r"(?:[（(][^）)]{0,6}[）)])?"
                                r"\s*(?:在[^，,。；;：:]{1,20}|隆重|正式|顺利|胜利)*")
_FROM_SOURCE = re.compile(r"从[^，,。；;：:]{1,20}?中\s*$")
_NO_DATE: Any = object()  # no date applies (a vague date is None)
_BASELINE = ("比", "较")


def _date(
    doc: _Doc, block: Block, pos: int, full_start: int, sent_idx: list[int], objects: _SentObjects, basis: int = -1
) -> tuple[Any, str]:
    """The sentence's last date before the trigger, else the date leading the numbered item (and its words).

    Dates inside an earlier action's object (召开2023年第1次会议) are not the time of this one.
    """
    mentions = doc.mentions
    # only the last date that passes counts: read back from the trigger and stop there (a list comprehension
    # over every date of the sentence, each against every earlier object, was cubic in a long sentence
    # of dated triggers: 2017年印发，×500)
    off, a, b = _sent_date_span(doc, sent_idx, full_start, pos)
    dates = (
        mentions[i]
        for i in (sent_idx[doc.date_ranks[j] - off] for j in range(b - 1, a - 1, -1))
        if mentions[i].label == "DATE"
        and not objects.covers(mentions[i].start)
        # 根据一九八三年九月…通过的《…》，全国依法开展了…: the date of the basis, not of the action
        and mentions[i].start >= basis
        # 比上年预算减少198亿元；拟发行…: the baseline of a comparison is no time of an action
        and not doc.text.endswith(_BASELINE, 0, mentions[i].start)
        # “十四五”重大工程, 2023年的任务: a date that qualifies a noun is no time of an action
        and doc.text[mentions[i].end : mentions[i].end + 1] not in ("”", "的")
        # “2030启航计划”启动实施 (江西 2026 report, dev), “鹭引五洲 才聚八闽”2025全球创新创业大赛: a year that opens a
        # quoted name, or a name after a quoted slogan, names the thing (probe date29), not the time of the action
        and not _opens_a_name(doc.text, mentions[i])
        # "7月7日至8日,2022年全国水生态环境保护工作会议召开" (生态环境部 2022-07, bxzyhb.com): the year opens the name
        # of the meeting held, as in 召开2023年第1次会议 above
        and not (doc.text.endswith("年", 0, mentions[i].end)
                 and _EVENT_NAME_BEFORE.fullmatch(doc.text, mentions[i].end, pos))
        and not _in_target(doc, mentions[i], full_start, pos)
        # 21世纪海上丝绸之路 (sc-report-2014 and later): a century that opens a name is no time of an action
        and not (doc.text.endswith("世纪", 0, mentions[i].end)
                 and "\u4e00" <= doc.text[mentions[i].end : mentions[i].end + 1] <= "\u9fff"
                 and doc.text[mentions[i].end : mentions[i].end + 1] not in "初末中以")
        # 今年拟从去年超收收入中安排500亿元 (2007 report, probe act50): the date inside 从…中 dates the source of the
        # funds, not the time of the action
        and not _FROM_SOURCE.fullmatch(doc.text, mentions[i].start - 1, pos)
        # 全年新增税费优惠…，增发1万亿元国债 (sc-report-2024, probe act45): in a report the whole year is the year its part
        # speaks of (the review's, the plan's), not a vague date
        and not (doc.kind == "report" and mentions[i].attrs.get("value") is None
                 and doc.text[mentions[i].start : mentions[i].end] in ("全年", "全年度"))
        # 作了2018年度…管理情况的专项报告 (光明日报 2019-10-24, probe act43): the period the report covers, not the
        # time it was made
        and not (doc.text.endswith(("作了", "作过"), 0, mentions[i].start) and doc.text.startswith("报告", pos))
    )
    last = next(dates, None)
    if last is not None:
        # a vague date (近期) is null and stops here
        return last.attrs.get("value"), doc.text[last.start : last.end]
    if block.item < 0:
        return _dated_paragraph(doc, block)
    item = doc.st.blocks[block.item]
    for m in _mentions_in(doc, item.body, min(item.end, item.body + 4)):
        if m.label == "DATE" and m.start < item.body + 3:
            return m.attrs.get("value"), doc.text[m.start : m.end]
    return _NO_DATE, ""


# A bulletin's dated item is an unnumbered paragraph that opens with its day: "8月18日,督查组在宁城县检查。上午,在县政府
# 召开工作汇报会" (wjw.chifeng.gov.cn 2023-08-30); a bullet (◆, ◎) may come before it.
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?")
_PARAGRAPH_LEAD = re.compile(r"[\s\u3000◆◇◎●○■□▲△★☆·•]*")


def _dated_paragraph(doc: _Doc, block: Block) -> tuple[Any, str]:
    """The day (or days) that opens an unnumbered paragraph before a comma, else no date."""
    text = doc.text
    for m in _mentions_in(doc, block.start, min(block.end, block.start + 16)):
        if m.label != "DATE":
            continue
        if (_PARAGRAPH_LEAD.fullmatch(text, block.start, m.start) and text[m.end : m.end + 1] in ("，", ",")
                and _DAY_VALUE.fullmatch(m.attrs.get("value") or "")):
            return m.attrs.get("value"), text[m.start : m.end]
        break
    return _NO_DATE, ""


def _opens_a_name(text: str, m: Mention) -> bool:
    """Whether the date opens a name: right after an opening quote, or after a closing one and
    followed by the name's first character."""
    before = text[m.start - 1 : m.start] if m.start else ""
    return before in ("“", "「", "『") or (before in ("”", "」", "』") and "\u4e00" <= text[m.end : m.end + 1] <= "\u9fff")


def _in_target(doc: _Doc, m: Mention, full_start: int, pos: int) -> bool:
    """A date inside the 对-phrase of the trigger's clause qualifies its object: "11月27日,…联合派出8个督查组…,对近一年来
    党中央、国务院出台的…落实情况开展一次全面督查" (2013, soolun.net): the inspection is of 11月27日, not of 近一年来."""
    text = doc.text
    lo = max(full_start, m.start - 30)
    k = text.rfind("对", lo, m.start)
    if k < 0 or text.startswith(("对接", "对照", "对比", "对外", "对口", "对象"), k):
        return False
    return _CLAUSE_BREAK.search(text, k, m.start) is None and _CLAUSE_BREAK.search(text, m.end, pos) is None


def _names_body(doc: _Doc, start: int, end: int) -> bool:
    """Whether a government body is named between ``start`` and ``end``."""
    return any(m.label == "DEPT" and m.end <= end for m in _mentions_in(doc, start, end))


def _mentions_in(doc: _Doc, start: int, end: int) -> list[Mention]:
    i = bisect.bisect_left(doc.starts, start)
    out = []
    while i < len(doc.starts) and doc.starts[i] < end:
        out.append(doc.ordered[i])
        i += 1
    return out


def _location(doc: _Doc, start: int, trigger: int) -> tuple[str | None, bool]:
    """Place named by 在/到/赴/于 X before the trigger in its clause, and whether there is one."""
    text = doc.text
    last = None
    for m in _PLACE_WORD.finditer(text, start, trigger):
        if not doc.covered[m.start()] and not doc.quoted[m.start()]:
            last = m
    if last is None:
        return None, False
    if text[last.end() : last.end() + 1].isdigit():
        return None, False  # 于5月4日: a date, not a place
    if any(m.label == "DATE" and m.start == last.end() for m in _mentions_in(doc, last.end(), last.end() + 1)):
        return None, False  # 在今后十年内, 在本世纪内: a date written in words, not a place
    place = _ADVERB_TAIL.sub("", text[last.end() : trigger]).strip()
    if not place or len(place) > 40:
        return None, False
    return place, True


def _name(doc: _Doc, c: _Cand, region: int, clause_end: int) -> str | None:
    """The event's name or object: what follows the trigger in its clause, else (passive) what precedes it."""
    text = doc.text
    obj = text[c.end : clause_end].strip()
    if obj.startswith(("、", "并", "及", "和", "同时")):
        obj = ""  # 调研并指导工作: a second verb, not an object
    obj = obj.lstrip("了 ")
    if obj[-1:] in _COUNT_TAIL_LAST:  # the scan tries every position: most objects end in no unit
        obj = _COUNT_TAIL.sub("", obj)
    obj = obj.strip()
    if not obj and c.kind in ("generic", "host"):
        cs = max(_clause_start(doc, c.start, region), region, c.start - _LOOKBACK)
        before = text[cs : c.start]
        before = before[before.rfind("的") + 1 :]
        place = _PLACE_WORD.search(before)
        obj = before[: place.start()] if place else _ADVERB_TAIL.sub("", before)
        obj = obj.strip()
    if obj.startswith("《") and obj.endswith("》") and obj.count("《") == 1:
        obj = obj[1:-1]
    return obj or None


def _merge_steps(scope: list[_Draft], doc: _Doc) -> list[ActivityFrame]:
    """Drop bare triggers that are steps of a same-type event in the same item.

    In reports, plans and policy documents each clause reports its own action: nothing is a
    step. A plan's item names its event and then schedules it ("（一）听取和审议…的报告。…
    报告拟安排在8月份…听取和审议"): the same verb again in the item is the same event."""
    if doc.kind == "plan":
        # The item's heading names the event; the body schedules it and gives its date.
        out = []
        said: dict[str, ActivityFrame] = {}
        for d in scope:
            word = doc.text[d.frame.trigger[0] : d.frame.trigger[1]]
            if word in said:
                if said[word].date is None:
                    said[word].date = d.frame.date
                continue
            said[word] = d.frame
            out.append(d.frame)
        return out
    if doc.kind != "other":
        in_body = {d.frame.type for d in scope if not d.title}
        return [d.frame for d in scope if not (d.title and d.frame.type in in_body)]
    first: dict[str, int] = {}
    generic: set[str] = set()
    in_body: set[str] = set()
    for d in scope:
        first.setdefault(d.frame.type, d.order)
        if d.generic:
            generic.add(d.frame.type)
        if not d.title:
            in_body.add(d.frame.type)
    out = []
    for d in scope:
        typ = d.frame.type
        if d.title and typ in in_body:
            continue  # "（二）召开主任办公会。5月8日，中心召开…": the body tells the same event
        # "other" gathers unlike actions (梳理, 完成, 编制): none is a step of another.
        if typ != "other" and not d.generic and not d.own_place and not d.explicit and (
            typ in generic or first[typ] < d.order
        ):
            continue
        out.append(d.frame)
    return out
