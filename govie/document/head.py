"""Document metadata: reference date, reporting period, issuer, division and jurisdiction.

The division is the most specific administrative division the document belongs to
(guide v2): read from an explicit argument, the work report's own place, the issuer,
the document number's prefix (a hook, ``docno_division``), the city or county its title
names, or else the places the text names at word boundaries, counted up the division tree.
Central documents are national.
"""

from __future__ import annotations

import datetime as dt
from govie.text import recached as re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from govie.text.normalize import DATELINE as _DATELINE, fold_script
from govie.kb.dept_types import TERM_NUMBER
from govie.kb.divisions import NATIONAL, Divisions, load_divisions, own_township, places, townships, word_bounds
from govie.kb.lexicons import alternation, load_words
from govie.kb.registry import STATE_COUNCIL
from govie.text.layout import HEAD_CHARS as _HEAD_CHARS, addressee_line, county_addressed, county_addressee_level
from govie.text.numerals import FULL_DATE, full_date
from govie.text.report import report_cited
from govie.text.regex_cache import compile_cached
from govie.text.segment import shared_jieba

__all__ = ["infer_meta", "division_of_body", "issuer_division"]

# A full date not followed by a range dash (the start of 5月4日—5月12日 is no reference date).
_FULL_DATE = compile_cached(FULL_DATE.pattern + r"(?!\s*[—\-–~～至到])")
# A page's posting date with its time (2021-11-30 17:20, 2022-03-23 11:18:04): normalizing drops the
# space between the day and the hour (2021-11-3017:20), so a time may follow the day at once.
# A full-width page writes its dashes full-width too (２０２３－０５－０６: the clean text folds only the digits).
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-－](\d{2})[-－](\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))")
_PERIOD_LINE = re.compile(r"^[（(]([^（）()\n]{4,40})[）)]$", re.M)
# The year may follow the place ("武汉市2007年政府工作报告", "2010年江西政府工作報告": probe act33).
# A report named as the object of a notice is cited, not the text's own title: "关于认真做好我市承担的2021年省、郑州市
# 政府工作报告重点工作任务落实的通知" (新密政办〔2021〕6号, probe asg44), "…政府工作报告目标任务责任分解": the notice is the
# city's own, and the cited report's place made 郑州市 its issuer (every 市X局 then linked to 郑州, not 新密市).
_WORK_REPORT = re.compile(r"(?:\d{4}年)?(?P<place>[\u4e00-\u9fff]{2,12}?)(?:\d{4}年)?(?:人民)?政府工作[报報]告"
                          r"(?!\s*(?:(?:提出|确定|部署|明确)的|重[点點]|主要|目[标標]|(?:工作)?任[务務]|(?:[责責]任|部[门門])?分[工解]))")
_CONGRESS = re.compile(r"在(?P<place>[\u4e00-\u9fff]{0,10}?)第" + TERM_NUMBER + r"届\s*(?:全国)?\s*人民代表大会")
# The same session line reprinted without 在…上, alone on its line under a report's title: "2014年1月6日武汉市第十三届
# 人民代表大会第三次会议" over "武汉市长唐良智" (guanchang.qwyd.net 2014 武汉 report, probe act47). It names the venue,
# whose place's government delivers the report; read as a masthead it made the congress the issuer.
_SESSION_LINE = re.compile(r"^[ \t\u3000—－-]*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*(?P<place>[\u4e00-\u9fff]{2,10}?)第" + TERM_NUMBER
                           + r"届\s*人民代表大会第[一二三四五六七八九十]{1,3}次会议(?:上)?[ \t\u3000]*$", re.M)
# The speaker of a report: "我代表国务院，向大会报告政府工作".
# A work report opens with its title or with the speaker's formula, the title often without a
# place ("政府工作报告" over "——2026年1月26日在广东省…会议上").
_REPORT_OPENING = re.compile(r"政府工作报告|代表[\u4e00-\u9fff]{2,12}?[，,]?\s*(?:向大会报告(?:政府)?工作|作(?:政府)?工作报告)")
_SPEAKER = re.compile(r"代表(?P<place>[国國]务院|[国國]務院|中央人民政府|[\u4e00-\u9fff]{2,12}?(?:人民)?政府)[，,]?\s*[向作]")
# The State Council's speaker in other words, the report named in the same sentence: "我代表国务院，就当前的
# 经济形势…，向大会作以下报告" (1981), "我受国务院的委托，现在向大会提出…的报告" (1980, 1979), "我受中共中央和国务院
# 的委托，向大会作…" (1960), "我现在根据国务院的决定，向…作政府工作报告" (1959), "国务院决定由我向…作报告"
# (1957), "我代表中华人民共和国国务院向…提出…" (1956). Without it the congress addressed was taken for the issuer.
# The speaker is the first person: the congress's resolution on the report ("第二届全国人民代表大会第三次会议听取了
# 周恩来总理代表国务院所作的政府工作报告", its 1962 决议) is the congress's, not the State Council's.
_CENTRAL_SPEAKER = re.compile(r"(?:我(?:现在)?(?:代表|受|根据)(?:中共中央和)?(?:中华人民共和国)?(?P<place>[国國][务務]院|中央人民政府)"
                              r"(?:的(?:委托|决定))?|(?P<decided>[国國][务務]院)决定由我)[^。\n]{0,80}?报告")
# The speaker of another body's report to a congress: "我代表最高人民法院，向大会报告工作", "我受十三届全国人民
# 代表大会常务委员会委托，向大会报告工作", "我代表十届全国人大常委会，向大会报告工作" (probe act31: the courts',
# procuratorates' and standing committees' reports). Delivered "在第N届全国人民代表大会…上", they were read as
# the State Council's.
# A session named as where someone delivered a report the text only cites (三道通镇…学习了李克强总理在第十三届
# 全国人民代表大会第一次会议上所作出的政府工作报告: a 林口 town's news item, 2018), not the report's own head
# (——2026年1月26日在广东省第十四届人民代表大会第四次会议上).
_CITED_SESSION = re.compile(r"[^，,。；\n]{0,12}?上(?:所作|作的|作出的|的讲话|的报告|的政府工作报告)")
# A news item on a congress session whose head of government delivers the report: "北京市第十六届人民代表大会…次会议
# 1月21日上午…开幕，市长殷勇代表市人民政府向大会报告政府工作", "深圳市七届人大六次会议…开幕。深圳市市长覃伟中向大会作
# 政府工作报告", "河南省第十三届人民代表大会第三次会议开幕。河南省人民政府代省长尹弘在政府工作报告中提到" (probe act35):
# the report, and so the actions it announces, are that place's government's, not the congress's.
_SESSION_OPENED = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,10}?)第?" + TERM_NUMBER + r"届\s*(?:人民代表大会|人大)"
                             r"[^。\n]{0,30}?(?:开幕|召开|举行)")
_REPORT_DELIVERED = re.compile(r"(?:长|主席)[\u4e00-\u9fff]{0,6}(?:向大会|在政府工作报告中)|代表[^。\n]{0,10}政府[，,]?\s*向大会")
_BODY_SPEAKER = re.compile(r"我(?:代表|受)(?P<body>[^，,。；\n]{2,30}?)(?:的?委托)?[，,]?\s*向大会报告工作")
# A report the State Council has a ministry deliver: "受国务院委托，现将…预算草案提请…审查" under the masthead
# line 财政部 or 国家发展和改革委员会 (probe act31): its author is the masthead's body, not 国务院.
_ENTRUSTED = re.compile(r"(?<![我的])受[国國][务務]院委托[，,]\s*现将")
# Words by which a text speaks of the whole country, or of its own division.
# (Early reports are in traditional characters: 全國, 國務院.)
_NATIONAL_CUE = re.compile("[全我中][国國]|[国國][务務]院|[党黨]中央|中央人民政府|中央政府")
_LOCAL_CUE = re.compile("[全本我][省市区县州盟旗]")
# An autonomous prefecture speaks of itself as 自治州 where a city says 本市 (结合自治州实际, 已经自治州
# 人民政府审议通过, 自治州党委工作要求: the rules of work of 博尔塔拉 2024 and 巴音郭楞 2022); not
# 各自治州 or a list (自治区、自治州人民政府) naming every one.
_PREFECTURE_VOICE = re.compile("(?<![各、])自治州(?=人民政府|党委|实际)")
# A prefecture that is no 市 speaks as its level (州委, 州政协, 全州; 盟委, 行署; 地委): a 州 paper's news of
# 州政协 meetings names 临夏 once, as 构建和谐临夏 (临夏 2016), and is the prefecture's, not the province's.
_PREFECTURE_LEVEL_CUE = re.compile("[全本我]([州盟])|(?<![各、])([州盟])(?:委(?!员)|人民政府|政府|人大|政协)|(地)(?:委(?!员)|区行署)|行(署)")
_CITY_CUE = re.compile("[全本我]市")
# A city's report speaks as its level (市委, 市人大, 市政协, 我代表市人民政府, 全市) and may name its city
# once, in a slogan (共同守护健康遂宁: a 遂宁 report 2023 whose title has the name blanked out).
_CITY_LEVEL_CUE = re.compile("[全本我]市|(?<![各、省])市(?<!城市)(?:委(?!员)|人民政府|政府|人大|政协)")
_PROVINCE_CUE = re.compile("[全本我]省")
# A county-level text speaks of its own county, district or banner by its bare level (我县,
# 全旗, 县委, 区政府各部门, 旗人民政府); 自治区 bodies are a province's, not a district's.
_DISTRICT_VOICE = re.compile("[全本我]区")
# The lookbehind follows its character: a pattern whose every branch opens with a character lets sre skip ahead in C.
# The head's bare post speaks as the county too (县委副书记、县长张志杰, 政府副县长: a 代县 news item,
# 2024), not a named county's (代县县长) nor a word running on (区长期, 区长江).
_COUNTY_CUE = re.compile("[全本我]([县旗])|([县区旗])(?<![自治辖新园城地社][县区旗])(?:委(?!员)|人民政府|政府|人大|政协"
                         "|(?<![县区旗][县区旗])长(?![期效远久江廊]))")
# A city's own bodies by their bare level (市委, 市政府): a city document's voice.
_CITY_BODY_CUE = re.compile("市(?<!城市)(?:委(?!员)|人民政府|政府)")
# A county's report names its city's bodies as its superiors before its own party committee (在市委、
# 市政府和区委的坚强领导下: 独山子区, 沙依巴克区 and 高昌区 reports, Xinjiang 2023-2024): no city's voice.
_SUPERIOR_CITY = re.compile("市委[、，]?市(?:人民)?政府[、，]?(?:和|及|以及)?[县区旗]委(?!员)")
# A government's or party committee's own bodies by their bare level (市政府各部门, 县委县政府, 省政府):
# not 各县政府 (every county's) and not 自治区/新区 (a name's end).
_OWN_BODY_CUE = re.compile("[省市县区旗](?<![各自新])(?<![自治辖新园城地社][县区旗])(?:委(?!员)|人民政府|政府)")
# 各县委、县政府: every county's bodies, in a city's or a province's voice.
_PLURAL_BEFORE = re.compile("各(?:[县区旗]|乡镇|镇)[^，。；：\n]{0,10}$|各$")
# A masthead body inside a cited title or after 根据 is cited, not the author.
# A news lead: a line opening on a month and day, then a comma (6月22日，; 3月12日下午,).
# A paper's dateline opens a news lead too (本报讯(记者…)昨天, 滨州日报/滨州网讯(记者…)11月3日下午,
# 浙江在线12月23日讯 (…)昨天下午,): the paper is no body, and the subject after it is the lead's.
# Only a paper's, site's or agency's 讯 (报讯, 网讯, 日讯, 社讯, 在线讯): a title's 通讯/资讯 opens no lead.
_NEWS_LEAD = re.compile("^[ \t\u3000]*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[至到—\\-](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:上午|下午|晚|晚上)?[，,]"
                        "|[^\n，,。]{0,24}?(?<=[报网日社线])讯[ \t\u3000]*(?:[(（][^)）\n]{0,40}[)）])?[ \t\u3000]*"
                        "(?:(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|昨天|昨日|今天|今日|近日|日前)(?:上午|下午|晚上|晚)?[，,]?)?)", re.M)
# The verbs a text cites a higher document or body with (根据《…》, 贯彻落实党中央、国务院…): what follows
# is cited, not the text's own issuer or voice; every body of a list after them (按照党中央、国务院的决策部署).
_IMPLEMENTING = "根据|依据|按照|依照|遵照|贯彻|落实"
# A body in the number cited right after a title (《自然资源规范性文件管理规定》(自然资源部令第2号) in a
# county bureau's disclosure table, 沧源县 2024, probe dept21c) is the cited decree's, not the author.
# A notice that forwards another body's document names that body after 转发/批转 ("县人民政府办公室关于转发国家统计局
# 通知的通知", "关于转发省财政厅、省发展改革委…的通知"): the forwarded text's author, never the forwarding notice's issuer.
_FORWARDING = "转发|批转|转送|转印"
_CITED_BEFORE = re.compile(f"(?:(?:{_IMPLEMENTING}|{_FORWARDING})(?:[^，,。；\n]{{0,20}}?[、和及])?|《[^》\n]{{0,60}}(?:》[(（])?)$")
# A body right before a cited title, alone or heading a list of bodies (第一条 为规范…，根据《自然灾害救助条例》
# (国务院令第577号)，财政部、民政部《自然灾害生活救助资金管理暂行办法》…: 江门市 2014, probe asg56p) issued
# the cited document; it does not author this one. A masthead line does not run on from its body into a title.
_CITED_AFTER = re.compile(r"(?:[、和及与][^，,。；;\n《》、]{1,20}+)*+《")  # possessive: a long list never backtracks


def _runs_on(text: str, pos: int) -> bool:
    """Whether something other than spaces stands before ``pos`` on its line."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    return i > 0 and text[i - 1] != "\n"


# A body after 向 is the one given or told something (向加查县政府、县人民检察院…捐赠援助资金; 向省政府
# 报告), never the author; so is every body of a list after it.
_RECIPIENT_BEFORE = re.compile("向(?:[^，,。；\n]{0,20}?[、和及])?$")
# A body after 经 whose clause goes on to 批准/同意 approved what is reported (经党中央、国务院批准，第三轮中央生态
# 环境保护督察…启动; 经国务院同意): the approver, not the author; so is every body of a list after 经. So is
# one after 获/由/被 that grants, approves or names (厦门都市圈发展规划获国务院批复, 漳州 2024 report; 由省政府
# 批复同意; 被国务院命名为…): an unheaded report excerpt's author is never the body it reports approval from.
_APPROVER_BEFORE = re.compile("(?:经|获|由|被)(?:[^，,。；\n]{0,20}?[、和及])?$")
_APPROVED_AFTER = re.compile("[^，,。；\n]{0,24}?(?:批准|批复|同意|审定|审议通过|授权|授予|命名)")
# A body a reporter learned the news from (记者日前从生态环境部获悉, 这是记者当天从生态环境部获悉的: 新华社 2024-02-14,
# 成都日报 2023-11-22) is the news's source, not its author.
_SOURCE_BEFORE = re.compile("从(?:[^，,。；\n]{0,20}?[、和及])?$")
_SOURCE_AFTER = re.compile("[^，,。；\n]{0,8}?(?:获悉|了解到|得知|获知)")
# A body whose decisions are the topic (党中央、国务院有关重大决策部署落实情况, 成都日报 2023-11-22 on a central
# inspection's focus) is cited, as after 贯彻落实, not the author.
_DECISIONS_AFTER = re.compile("(?:[、和及][^，,。；\n]{1,12}?)?(?:有关|的)?(?:重大)?决策部署")
# A body after a preposition of partnership that follows no body of a list (加强和国家发改委的衔接沟通,
# 与省交通运输厅对接), or one a thing is ranked under (争取将兰州列为国家发改委…联系点), is an object
# of the sentence, never its author (a city's meeting minutes that name a ministry in the first lines);
# so is one a draft is sent to (报国家发改委基础产业司相关处室, 报省政府审批).
_PARTNER_BEFORE = re.compile("(?:和|与|同|跟)(?:[^，,。；\n和与同跟]{0,20}?[、及])?$")
_RANKED_BEFORE = re.compile("(?:列为|列入|纳入|(?<![日晚周画简])报)$")
_CENTRAL_NAMES = frozenset({"", "全国", "全國", "国务院", "國務院", "國务院", STATE_COUNCIL, "中央人民政府"})
_MENTION_SPAN = 20000  # characters read for the places a text names

# The other party of a visit or meeting, as a news item's title or lead names it: its places
# are that party's, never the document's own (天峻县党政代表团来海曙区考察 on Haishu's site,
# 会见了…天津市各民主党派、工商联赴黔考察团一行 in a Guizhou paper, 宋军继拜访海淀区政府 on
# Liaocheng's, 朱晓东与太原海关关长高继科会谈 on Xinzhou's).
# A delegation that comes (来, 莅临, 到我/到本) is a visitor; one that goes (到北京参观) may be the
# document's own, so a bare 到 does not mark it.
_CLAUSE = "[^，,。；;：:\n]"
# 莅临 says the coming by itself (宜昌市秭归县工作考察团莅临加查县, a title ending on its host); a
# leader's party (副区长王怀福一行莅临刚察县沙柳河镇) is a delegation too.
# 视察 is the visit of congress and CPPCC members (率住濮省政协委员视察团，赴驻马店市视察: a 濮阳 paper, 2021).
_VISITOR = compile_cached(f"(?P<p>{_CLAUSE}{{2,40}}?)(?:(?:党政|人大|政协)?(?:代表团|考察团|访问团|调研组|调研团|视察团)(?:一行)?|一行)"
                          "[^。；;\n]{0,30}?(?:莅临|莅(?=[\u4e00-\u9fff](?:考察|调研|参观|访问|交流|指导|视察))|(?:来|(?:到|赴)(?=我|本))"
                          "(?=我|本|[^，,。；;\n]{0,8}?(?:考察|调研|参观|访问|学习|交流|座谈|指导|对接|视察)))")
# The delegation word every _VISITOR match holds: _VISITOR, which reads up to 40 characters from every
# position, runs only over the heads that have one (few do).
_DELEGATION = re.compile("代表团|考察团|访问团|调研组|调研团|视察团|一行")
_GUEST = compile_cached(f"(?:会见|会晤|拜访|拜会)了?(?P<p>[^，,。；;：:\n（(]{{2,40}}?)(?:一行|代表团|考察团|时|[，,。；;（(\n]|$)")
_PARTNER = compile_cached(f"与(?P<p>{_CLAUSE}{{2,30}}?)等?(?:进行了?|举行了?)?(?:工作)?(?:会谈|会晤|座谈)")
# A delegation that goes 到 a place to study it goes there as 赴 (率县党政考察团到北京市通州区考察).
# Going 到 or 前往 a place to learn from it (县自然资源局到郏县考察学习, 一行前往平顶山市郏县考察学习: a
# Luanchuan bureau's news item, 2021): a body studies another division's practice, never its own.
_HOST = compile_cached(f"(?:赴|(?:团|组)(?:一行)?到)(?P<p>{_CLAUSE}{{2,20}}?)(?:考察|调研|学习|拜访|对接|洽谈|视察)"
                       f"|(?:到|前往)(?P<q>{_CLAUSE}{{2,20}}?)(?:考察|参观|观摩)?学习"
                       # 我省党政代表团一行，今天中午抵达广州 (a Gansu paper's dateline story, 2007)
                       # (only one's own: 江苏省党政代表团…抵达浙江省 on 浙江在线 arrives at the site's own province)
                       f"|我[省市县区旗](?:党政)?(?:代表团|考察团|访问团)[^。；;\n]{{0,12}}?抵达(?P<r>{_CLAUSE}{{2,12}})")
_RECEIVING = re.compile("(?:接待|迎接|欢迎|陪同|会见|接见)了?")
_VISITING_US = re.compile("(?:来|到|赴)(?:我|本)[省市区县州旗]|莅临(?:我|本)")
# A place that is a person's given name after a post and a surname (县长李镇江, 市长王长春).
_POST_BEFORE = compile_cached("(?:[省市区县州盟旗乡镇]长|书记|主任|主席|局长|部长|厅长|委员|代表)$")
# A roster's name opens its line or follows the role's colon; a bare level body follows it.
_ROSTER_BEFORE = frozenset("\n:：")
_ROSTER_LEVELS = frozenset("区县市旗")
_ROSTER_BODY = compile_cached("[区县市旗](?:委|政府|人大|政协|纪委|[\u4e00-\u9fff]{1,8}?(?:局|办|中心|部))")


def _date_of(m: re.Match[str]) -> dt.date | None:
    return _plausible(full_date(m))


def _plausible(d: dt.date | None) -> dt.date | None:
    """A reference date read from the text has a year the DATE tagger knows (1500-2199)."""
    return d if d is not None and 1500 <= d.year <= 2199 else None


def _signature_line(clean: str) -> dt.date | None:
    """The date of a signature line near the end: a line that holds a full date and nothing else."""
    tail = clean[-300:]
    found = [d for m in _FULL_DATE.finditer(tail)
             if (d := _date_of(m)) and _line_of(tail, m.start(), m.end()).strip() == m.group().strip()]
    return found[-1] if found else None


def _line_of(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : b if b >= 0 else len(text)]


# A date told inside the first sentence of the body (2003年5月13日，安徽省淮北…发生特大瓦斯爆炸事故: an
# accident bulletin, 国办发〔2004〕7号) is an event's, not the document's: a labelled or lone date is.
_DATE_LABEL = re.compile(r"(?:日期|时间|发布|发文|成文|印发|更新)")


def _in_running_text(head: str, m: re.Match[str]) -> bool:
    line = _line_of(head, m.start(), m.end())
    label = head[max(head.rfind("\n", 0, m.start()) + 1, m.start() - 8) : m.start()]
    return len(line.strip()) - len(m.group().strip()) > 20 and not _DATE_LABEL.search(label)


# Dates in the head that are not the document's own: a page's clock (今天是：2025年12月06日), a
# deadline (截止：2019-06-18), the day a rule or measure starts (自2003年9月1日起, 2022年11月22日
# 零时起施行: a 通告's effective date, its signature is days before) or ends (延长至2022年8月28日).
_NOT_OWN_BEFORE = re.compile(r"(?:今天是|今天|今日|截止|截至|自|从|至|到)[：:\s]*$")
_NOT_OWN_AFTER = re.compile(r"\s*(?:\d{1,2}[:：]\d{2}|[零〇0]时|\d{1,2}时)?\s*起")


# A page's archive time (归档时间：2023-06-15), or the time a law site, a 文库 or a repost site put the
# text up: a bare 时间 with a clock to the second on a line of the site's own counters and credits
# (作者:法律资料网 时间:2024-07-04 06:19:03 浏览:8438; 浏览量: 时间:2016-01-17 23:45:19 above
# 鲁政发〔2014〕20号; 时间:2019-05-14 10:45:55下载本文作者:会员上传 above a 2009 notice: probe meta28).
# It dates the copy, not the document: no reference date is better than that one.
_ARCHIVED_BEFORE = re.compile(r"归档(?:时间|日期)[：:\s]*$")
# (clean text drops the spaces: 作者:法律资料网时间:2024-07-0406:19:03; a labelled 发布时间 is the
# portal's own posting time, not a crawl)
_CRAWLED = re.compile(r"(?<![布新档文效施行印])时间[：:]\s*$")
_CRAWL_CLOCK = re.compile(r"\s*\d{1,2}:\d{2}:\d{2}")
_SITE_CREDIT = re.compile(r"作者|浏览量|瀏覽量|阅读[：:]|下载|上传|资料网|文库")


def _crawl_time(head: str, m: re.Match[str]) -> bool:
    if _ARCHIVED_BEFORE.search(head, max(0, m.start() - 8), m.start()):
        return True
    return bool(_CRAWLED.search(fold_script(head[max(0, m.start() - 5) : m.start()]))
                and _CRAWL_CLOCK.match(head, m.end())
                and _SITE_CREDIT.search(fold_script(_line_of(head, m.start(), m.end()))))


def _own_date_at(head: str, m: re.Match[str]) -> bool:
    return not (_NOT_OWN_BEFORE.search(head, max(0, m.start() - 6), m.start())
                or _NOT_OWN_AFTER.match(head, m.end()) or _crawl_time(head, m))


def _page_date_before(head: str, end: int) -> dt.date | None:
    """An ISO date standing before ``end`` on a line of its own head (the page's date line)."""
    for m in _ISO_DATE.finditer(head, 0, end):
        if _own_date_at(head, m) and not _in_running_text(head, m):
            try:
                return _plausible(dt.date(*map(int, m.groups())))
            except ValueError:
                continue
    return None


def _find_reference(clean: str) -> tuple[dt.date | None, str | None]:
    head = clean[:_HEAD_CHARS]
    for m in _FULL_DATE.finditer(head):
        d = _date_of(m)
        if d and _own_date_at(head, m):
            if _in_running_text(head, m):
                if (signed := _signature_line(clean)) is not None:
                    return signed, "signature"
                # An unsigned copy dated by its page above the text (2024-02-08 18:24 来源:兴仁市融媒体中心
                # over a 通告 naming 除夕夜<2024年2月9日>: probe meta29): the page's date, not the text's.
                # Only a date after a sentence of the text: a speech's subtitle (——2026年1月28日在…会议上)
                # dates the report itself.
                page = _page_date_before(head, m.start()) if re.search(
                    "[。；]", head[head.rfind("\n", 0, m.start()) + 1 : m.start()]) else None
                if page is not None:
                    return page, "masthead"
            return d, "masthead"
    for m2 in _ISO_DATE.finditer(head):
        if not _own_date_at(head, m2):
            continue
        try:
            d = _plausible(dt.date(*map(int, m2.groups())))
            if d:
                return d, "masthead"
        except ValueError:
            pass
    tail = clean[-300:]
    found = [d for d in (_date_of(m) for m in _FULL_DATE.finditer(tail) if _own_date_at(tail, m)) if d]
    if found:
        return found[-1], "signature"
    return None, None


# A notice that issues or breaks down a work report names it without being one: inside
# brackets (《政府工作报告》, 〈政府工作報告〉), in the title of the notice that issues it (关于印发2023年
# 县政府工作报告任务分解一览表的通知), or as the owner of its tasks (政府工作报告目标任务责任分解方案).
# A report already adopted is the subject of the notice that breaks it down ("2022年县政府工作报告已经县十九届
# 人民代表大会一次会议审议通过。为全面落实…": 通山县 2023).
_REPORT_NAMED = re.compile(r"[》〉]?(?:的)?(?:任务|目标|责任|分解|重点工作|确定|提出|部署|落实|明确|涉及|各项"
                           r"|(?:已经|已)[^。；;\n]{0,30}?(?:审议)?通过)")


def _opens_as_report(head: str) -> bool:
    """Whether the head of a text opens a work report (its title or its speaker's formula),
    not a notice that only names one."""
    for m in _REPORT_OPENING.finditer(head):
        if m.group() == "政府工作报告":
            line = head[head.rfind("\n", 0, m.start()) + 1 : m.start()]
            if head[m.start() - 1 : m.start()] in ("《", "〈", "<") or "印发" in line or "关于" in line \
                    or _REPORT_NAMED.match(head, m.end()) or report_cited(head, m.start(), m.end()):
                continue
        return True
    return False


def _find_period(clean: str, reference: dt.date | None) -> tuple[tuple[dt.date, dt.date] | None, str | None]:
    from govie.timex import resolve  # the resolver is the one authority on date values

    for m in _PERIOD_LINE.finditer(clean[:_HEAD_CHARS]):
        value = resolve(m.group(1), reference=reference).value
        if value and "/" in value:
            a, b = value.split("/")
            try:
                return (dt.date.fromisoformat(a), dt.date.fromisoformat(b)), "masthead"
            except ValueError:
                continue
    # A government work report, delivered early in the year, reviews the year before
    # (guide: a work report's period is its reviewed year).
    if reference is not None and reference.month <= 4 and _opens_as_report(clean[:_HEAD_CHARS]):
        year = reference.year - 1
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), "report"
    # One delivered in its year's last weeks (a district's congress in December: "——2022年12月21日在
    # 北京市延庆区第三届人民代表大会第三次会议上", reviewing "2022年工作情况") reviews that year.
    if reference is not None and reference.month == 12 and _opens_as_report(clean[:_HEAD_CHARS]):
        year = reference.year
        return (dt.date(year, 1, 1), dt.date(year, 12, 31)), "report"
    return None, None


def _period_value(period: tuple[dt.date, dt.date] | None) -> str | None:
    """ISO value of a period: a calendar year is its year ("2025"), other periods an interval."""
    if period is None:
        return None
    a, b = period
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    return f"{a.isoformat()}/{b.isoformat()}"


@lru_cache(maxsize=1)
def _first_places() -> dict[tuple[str, str, str], tuple[int, str]]:
    """(level, "name" or "short", the name) -> (order in ``places()``, full name) of the first
    place so named: a lookup instead of a walk of every division per report."""
    first: dict[tuple[str, str, str], tuple[int, str]] = {}
    for i, p in enumerate(places()):
        first.setdefault((p.level, "name", p.name), (i, p.name))
        first.setdefault((p.level, "short", p.short), (i, p.name))
    return first


def _government_of(place: str) -> str | None:
    """人民政府 of a province or city named in full or short ("贵州省", "北京", "成都市")."""
    short = place.removesuffix("市").removesuffix("省")
    if not short:
        return None
    first = _first_places()
    for level in ("province", "city"):
        # The first place of the level with either name, as a walk in order would find it.
        hits = [h for h in (first.get((level, "name", place)), first.get((level, "short", short))) if h]
        if hits:
            return min(hits)[1] + "人民政府"
    return None


_ADDRESS = re.compile(r"各位代表[：:，,!！]")
_SPEAKING_FOR = re.compile(r"(?:代表|受)$")  # "各位代表，现在，我代表上海市人民政府…": the speaker's own body


def _find_issuer(clean: str, head_depts: list[Any],
                 other: tuple[list[tuple[int, int]], frozenset[str]] = ([], frozenset())) -> tuple[str | None, str | None]:
    head = clean[:_HEAD_CHARS]
    speaker = _BODY_SPEAKER.search(head)
    if speaker:
        for mention in head_depts:
            canonical = mention.attrs.get("canonical")
            if canonical and speaker.start("body") <= mention.start < speaker.end("body") and \
                    not canonical.endswith("人民政府") and canonical not in _CENTRAL_NAMES:
                return canonical, "title"
    # The report's title names its government ("2026年北京市政府工作报告"); a
    # report is delivered "在X第N届人民代表大会…上" by that place's government.
    reported = _REPORT_OPENING.search(head) is not None
    for pattern in () if _ENTRUSTED.search(head) else (_WORK_REPORT, _CONGRESS, _SESSION_LINE, _SPEAKER):
        if pattern is _SESSION_LINE and not reported:
            continue  # a news item's line naming a session is its subject, not a report's venue
        m = None if pattern is _WORK_REPORT and "政府工作报告" not in head and "政府工作報告" not in head \
            else pattern.search(head)  # each match holds the title's words: sre tries the pattern at every position
        if not m or (pattern is _CONGRESS and _CITED_SESSION.match(head, m.end())):
            continue
        if m.group("place") in _CENTRAL_NAMES:
            return "国务院", "title"
        if pattern is _SPEAKER:
            # 代表省人民政府: a bare prefix names no place of its own; the speaker's line above may name it in full
            # ("汉滨区人民政府代区长 向诗兵" … "我代表区人民政府向大会报告工作", 2025 汉滨区 report, probe act34;
            # _government_of reads no county name alone)
            bare = m.group("place")
            for mention in head_depts:
                canonical = mention.attrs.get("canonical")
                if mention.start < m.start("place") and canonical and canonical.endswith("人民政府") \
                        and len(bare) < mention.end - mention.start and head.endswith(bare, mention.start, mention.end):
                    return canonical, "title"
            # Or the session line names the place the bare prefix stands for ("在杨陵区第七届人民代表大会…上" …
            # "我代表区人民政府", 2010 杨陵区 report, probe act41; "在仙桃市第八届…" … "代表市人民政府", 2015):
            # _government_of reads no county's name, but the congress named there is linked, and the speaker
            # is the government of that congress's place.
            session = _CONGRESS.search(head)
            place = session.group("place") if session else ""
            if len(place) >= 2 and place[-1] == bare[0] and bare.endswith("人民政府"):
                for mention in head_depts:
                    canonical = mention.attrs.get("canonical") or ""
                    if mention.start == session.start("place") and canonical.endswith(place + "人民代表大会"):
                        return canonical.removesuffix("人民代表大会") + "人民政府", "title"
            continue
        gov = _government_of(m.group("place"))
        if gov:
            return gov, "title"
    if _CENTRAL_SPEAKER.search(head):
        return "国务院", "title"
    session = _SESSION_OPENED.search(head) if "届" in head else None  # every match holds 届
    if session and _REPORT_DELIVERED.search(head, session.end()):
        gov = _government_of(session.group("place"))
        if gov:
            return gov, "title"
    # Otherwise the body named in the masthead: the first lines only, since
    # bodies named later are the report's subjects, not its author.
    masthead_end = _nth_line_end(clean, 4)
    lead = _NEWS_LEAD.search(clean, 0, masthead_end)
    spans, excluded = other
    divs = load_divisions()
    for mention in head_depts:
        if any(a <= mention.start < b for a, b in spans) or \
                (excluded and (_of_other_party(clean[mention.start : mention.end], divs, excluded) or
                               # a bare body linked to the other party's (重庆市委、市政府 of a Chongqing
                               # team met in Qamdo: 市政府 is 重庆市人民政府)
                               _of_other_party(mention.attrs.get("canonical") or "", divs, excluded))):
            continue  # the visiting delegation, the host or the guest: not this document's author
        canonical = mention.attrs.get("canonical")
        if lead and mention.start >= lead.start() and mention.start != lead.end():
            # A news item's lead names its author only as the subject right after the date
            # (4月28日，广州市天河区教育局公布…); a body further on is what the news is about
            # (3月12日下午，…一行到北京拜访海关总署), and so is every body after the lead.
            continue
        if _ADDRESS.search(clean, 0, mention.start) and not _SPEAKING_FOR.search(clean, max(0, mention.start - 3), mention.start):
            # "各位代表:我受市人民政府的委托,…一九八六年,我市在省委、省人民政府…领导下,认真贯彻执行了党中央、国务院…"
            # (1987 广州 report on one line, probe act33): after the address the report speaks of its subjects
            continue
        if clean[max(0, mention.start - 1) : mention.start] == "在":
            continue  # "——2006年3月5日在第十届全国人民代表大会第四次会议上": the venue, not the author (probe act31)
        if canonical and mention.start < masthead_end and not _in_body_text(clean, mention.start) and \
                not _CITED_BEFORE.search(clean, max(0, mention.start - 70), mention.start) and \
                not (_CITED_AFTER.match(clean, mention.end) and _runs_on(clean, mention.start)) and \
                not _RECIPIENT_BEFORE.search(clean, max(0, mention.start - 30), mention.start) and \
                not (_APPROVER_BEFORE.search(clean, max(0, mention.start - 24), mention.start)
                     and _APPROVED_AFTER.match(clean, mention.end)) and \
                not (_SOURCE_BEFORE.search(clean, max(0, mention.start - 24), mention.start)
                     and _SOURCE_AFTER.match(clean, mention.end)) and \
                not _DECISIONS_AFTER.match(clean, mention.end) and \
                not addressee_line(clean, mention.start) and \
                not _object_of_sentence(clean, mention.start, head_depts):
            return canonical, "masthead"
    return None, None


# A numbered item opens a line of the body (一、各地要…统一到…党中央决策部署上来), never a masthead; so does a
# bulletin's bulleted item ("◆…9月24日,由县直工委、县卫体局、县总工会…联合举办的…篮球赛", 长子 要闻简报 2023).
_BODY_ITEM = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.．、](?![0-9])"
                        r"|[◆◇◎●○■□▲△★☆])")


def _in_body_text(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a numbered item's line (probe act30 d07, a city's 森林草原防火 要求: 党中央
    in item 一 is no author). A full stop before it is no mark: an unheaded text's first sentence may
    name its author after it (dev pt-20932, 全国人大常委会 in the second sentence)."""
    start = text.rfind("\n", 0, pos) + 1
    return _BODY_ITEM.match(text, start) is not None


def _object_of_sentence(text: str, pos: int, depts: list[Any]) -> bool:
    """Whether the body at ``pos`` is an object (after 和/与/同 that ends no list of bodies, 列为, 报)."""
    if _RANKED_BEFORE.search(text, max(0, pos - 2), pos):
        return True
    start = max(0, pos - 24)
    m = _PARTNER_BEFORE.search(text[start:pos])
    if m is None:
        return False
    at = start + m.start()  # the preposition: after a body it joins a list of authors (市委和市政府)
    return not any(d.end == at for d in depts)


def _nth_line_end(text: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return len(text)
    return pos


def division_of_body(name: str, divs: Divisions, linker: Any) -> str | None:
    """The division of a body named in full: its registry record's, or its name's place."""
    if linker is not None:
        # An office is where its body is: 农业农村部办公厅 is central like 农业农村部.
        parent = re.sub(r"(办公厅|办公室)$", "", name)
        agencies = linker.registry.by_name(name) or linker.registry.by_name(parent)
        # A form with a bare level (市政府, 区政府办公室) is an alias of every municipality's or
        # region's body: it names no division of its own.
        if len({a.division for a in agencies}) > 1:
            agencies = []
        for agency in agencies:
            if agency.level == "national" or not agency.division:
                return NATIONAL
            return divs.effective(agency.division)
    # A party committee's place follows the party's name (中共石嘴山市委, 中国共产党石嘴山市委员会).
    bare = _PARTY_OPENING.sub("", name)
    chain, pos = divs.parse_prefix(bare, None)
    if len(chain) == 1 and divs.unsaid(bare[:pos], None):
        return None  # 鼓楼区人民政府 alone: 南京's, 福州's, 徐州's or 开封's is not said
    return divs.effective(chain[-1]) if chain else None


_PARTY_OPENING = re.compile("^(?:中共|中国共产党)")


@lru_cache(maxsize=1)
def _two_char_county_re() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """The counties whose full name is two characters (道县, 魏县, 沛县, 歙县) and a pattern for them."""
    divs = load_divisions()
    names: dict[str, list[str]] = {}
    for code, d in divs.by_code.items():
        if d.level == "county" and len(d.name) == 2 and d.name.endswith("县"):
            names.setdefault(d.name, []).append(code)
    table = {n: tuple(dict.fromkeys(divs.effective(c) for c in cs)) for n, cs in names.items()}
    return re.compile("|".join(sorted(map(re.escape, table)))), table


def _short_county_mentions(text: str, divs: Divisions,
                           found: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The two-character county names ``divs.mentions`` leaves out as too short to be sure of
    (道县召开…全县宣传委员会议; 魏县人民政府), outside the places in ``found``: such a name counts
    where it is a word of its own (not 新县城, 高县级: the segmenter ends no word after 县 there),
    and not after a word that makes its first character a conjunction (会议和县十六届…会议)."""
    taken = [(a, b) for a, b, _ in found]
    pattern, table = _two_char_county_re()
    extra = []
    for m in pattern.finditer(text):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        if text[a] in "和与及或" and a and "\u4e00" <= text[a - 1] <= "\u9fff":
            continue  # a conjunction before a county's bodies (会议和县十六届第9次政府常务会议)
        if not word_bounds(text, a, b):
            continue
        extra.append((a, b, table[m.group()]))
    return extra


# The first addressee line of a head (各…：). Only the centre writes to every province (各省、自治区、
# 直辖市人民政府，国务院各部委、各直属机构: a 国办 opinion of 2009 naming 西安 four times in its railway
# items is no 西安 document; a ministry's 各省、自治区、直辖市发展改革委 too); a province writes to its
# cities (各市、县人民政府) and forwards a central text below its own line.
_FIRST_ADDRESSEE = re.compile("(?:^|\n)[ \t\u3000]*(各[^\n：:。]{2,80}?)[：:]")
_ALL_PROVINCES = re.compile("^各省[、，,]自治[区區][、，,]直[辖轄]市")


def _central_addressee(head: str) -> bool:
    """Whether the head's first addressee line is addressed to every province."""
    m = _FIRST_ADDRESSEE.search(head)
    return m is not None and _ALL_PROVINCES.match(m.group(1)) is not None


# 首都 as the capital of the country the text speaks for, where it opens a phrase (紧紧围绕首都城市战略定位,
# 服务首都, “首都…”): not another country's (柬埔寨首都金边, 各国首都), whose name comes just before it. Not
# the capital another city's text goes to, sells to or works with (我区运动员在首都参加全国比赛, 向首都市场推介
# 农产品, 与首都对接: a 长春 朝阳区's or 南通 通州区's voice as well; review13).
_CAPITAL_OWN = re.compile("(?:^|(?<=[\\s，,。、；;：:“”\"（(])|(?<=围绕)|(?<=服务)|(?<=建设)|(?<=作为)|(?<=落实)|(?<=推动)"
                          "|(?<=是))首都(?![国家])")


def _division_from_text(clean: str, divs: Divisions, excluded: frozenset[str] = frozenset()) -> str | None:
    """The division the places a text names point to, counted up the division tree.

    Every mention counts for its division and each ancestor; the document belongs to the
    province named most, then to the child that holds at least half of its parent's
    mentions (a Tianhe notice names 天河区 more than the rest of 广州市). A text that speaks
    of the whole country more than of any place is national."""
    text = clean[:_MENTION_SPAN]
    if _central_addressee(clean[:_HEAD_CHARS]):
        return NATIONAL
    # The other party's province (or city) named alone (青海省 of 海西州天峻县's delegation) is
    # theirs too; the host's own cities in it still count for it through their ancestry.
    above = {a for c in excluded for a in divs.ancestry(c)} - excluded
    # A place named as a tier (绍兴市级智能工厂 beside 省级未来工厂 in a 嵊州 policy) is the level of an
    # honour another government grants: it tells nothing of whose the text is.
    found = [m for m in divs.mentions(text)
             if not excluded.intersection(m[2]) and not set(m[2]) <= above and text[m[1] : m[1] + 1] != "级"]
    found = _honourees_as_grantor(text, found, divs)
    # The counties of a city visited (泌阳县 where 濮阳's CPPCC members went 赴驻马店市视察) are the host's
    # too, where the text names a city or county of its own besides (濮阳和驻马店两市); a text naming none
    # (郑州市…调研组莅临巩义市 on 巩义's site) keeps them.
    cities = {c for c in excluded if divs.meta_level(c) == "prefecture"}
    if cities:
        outside = [m for m in found if not cities.intersection(a for c in m[2] for a in divs.ancestry(c))]
        if any(divs.meta_level(c) in ("prefecture", "county") for m in outside for c in m[2]):
            found = outside
    if excluded and _OWN_PROVINCE_DELEGATION.search(text):
        # 我省党政代表团…抵达广州…在广州、佛山、东莞和深圳四市…学习考察: every place of the host's province is the host's.
        hosts = {divs.province(c) for c in excluded}
        found = [m for m in found if not any(divs.province(c) in hosts for c in m[2])]
    # A firm's place (济宁青草牧业有限公司 in a 微山 town's report) corroborates its province but never
    # decides it alone (吉林森工北京门业分公司, a firm a county's delegation visited in Beijing).
    # So does a place an office is stationed in (市政府驻北京联络处 in a city's 三定 规定, 驻京办): the
    # city keeps an office there, the text is not Beijing's.
    # So does the place visitors come from (北京专家来固出诊 in 固安县's review, probe full49c; 上海专家到我县坐诊):
    # the experts are another city's, the text is the host's.
    firms = {i for i, m in enumerate(found) if _opens_company(text, m[1]) or text[m[0] - 1 : m[0]] == "驻"
             or _VISITORS_FROM.match(text, m[1])}
    named = {divs.province(c) for i, m in enumerate(found) if i not in firms for c in m[2]}
    found = [m for i, m in enumerate(found) if i not in firms or any(divs.province(c) in named for c in m[2])]
    found += _compound_county_mentions(text, divs, found)
    # Two-character county names (道县) are read only where the text speaks as a county: a city's
    # report names its counties (泗县 three times in a 宿州 report) without being theirs.
    short = [m for m in _short_county_mentions(text, divs, found) if not excluded.intersection(m[2])]
    counts: Counter[str] = Counter()
    # Names shared by several divisions (朝阳区) count for the one inside the province
    # the unambiguous names point to.
    for _, _, codes in found:
        if len(codes) == 1:
            for a in divs.ancestry(codes[0]):
                counts[a] += 1
    # A text that speaks of 首都 as its own city (紧紧围绕首都城市战略定位, 首都“四个中心”) is Beijing's: a
    # district name Beijing shares with another city (朝阳区: 长春; 通州区: 南通) is then Beijing's, where
    # nothing else tells them apart (朝阳区人民政府's report to its congress, 2016: probe dept61c).
    capital = _CAPITAL_OWN.search(text) is not None
    for _, _, codes in found:
        if len(codes) > 1:
            # A mainland name a Taiwan district shares (金山区) is the mainland one's.
            key = lambda c: (counts[divs.province(c)], capital and divs.province(c) == "110000",  # noqa: E731
                             -divs._rank(c), not c.startswith("71"))
            best = max(map(key, codes))
            # Tied (鼓楼区 alone: 南京, 福州, 徐州, 开封), the name counts only for what they share.
            shared = set.intersection(*(set(divs.ancestry(c)) for c in set(codes) if key(c) == best))
            for a in shared:
                counts[a] += 1
    # A county's document by its addressees (各乡（镇）人民政府，县直各单位：) is never national, whatever central
    # bodies it cites or names (国家统计局共和调查队 in 共和县's notice of 2012, probe dept73r).
    national = 0 if county_addressed(clean[:_HEAD_CHARS]) else _national_voice(text)
    local = len(_LOCAL_CUE.findall(text)) + len(_PREFECTURE_VOICE.findall(text))
    provinces = [c for c in counts if c.endswith("0000")]
    if not provinces:
        if short and not national:
            return _county_by_voice(text, short, divs.province(short[0][2][0]), divs)
        # A county's news item naming its county only bare (普定, 襄城), in its own voice.
        bare = _bare_county_by_voice(text, divs, national, excluded)
        if bare:
            return bare
        # A text that names no place and speaks as a local government (我市, 市政府各部门, 县委县政府)
        # more than it cites the centre (按照国务院《…》) is some division's own, not national.
        own = local + len(_OWN_BODY_CUE.findall(text))
        return NATIONAL if national > own else None
    top = max(provinces, key=lambda c: (counts[c], c))
    if national > counts[top] + local:
        return NATIONAL
    # A text that says 本市/全市 more than 本省/全省 belongs to a city even where the
    # province is named often (广东省居住证 in a Guangzhou notice).
    city_voice = len(_CITY_CUE.findall(text)) > len(_PROVINCE_CUE.findall(text))
    cur = top
    for _ in range(3):
        children = [c for c in counts if c != cur and divs.parent_of(c) == cur]
        if not children:
            break
        best = max(children, key=lambda c: (counts[c], c))
        to_city = city_voice and divs.meta_level(cur) == "province" and not divs.by_code[cur].name.endswith("市")
        if divs.meta_level(cur) == "province" and 2 * counts[best] >= counts[cur] and _speaks_as(text, divs.by_code[best].name):
            cur = best
            continue
        if counts[best] >= 2 and (2 * counts[best] >= counts[cur] or to_city):
            cur = best
        else:
            break
    county = _county_by_voice(text, found + short, cur, divs)
    if county is None and divs.meta_level(cur) in ("province", "prefecture"):
        # A county's news item naming its province or city only in a firm's or a site's name (山东梦之旅房车
        # 有限公司, 德州新闻网讯) and itself only by its short name (齐河 three times, 我县): that county.
        bare = _bare_county_by_voice(text, divs, national, excluded)
        county = bare if bare and cur in divs.ancestry(bare) else None
        if county is None and not excluded:
            county = _county_abroad(text, found, bare, cur, divs)
    return county or cur


# The places a government names or honours (经研究，市人民政府决定命名张家港市、昆山市为…示范市; 授予江阴市“…”称号): the
# list runs from the verb to 为, a quote or the clause's end. The honourees are not the text's own: the grantor is
# above them. The honour's own name (授予肖颖等同志“宜兴市见义勇为先进个人”称号) is the grantor's, not in the list.
_HONOUR_LIST = re.compile(r"(?:命名|授予)([^。；;，,：:\n为“”\"《「]{2,80})")


def _honourees_as_grantor(text: str, found: list[tuple[int, int, tuple[str, ...]]],
                          divs: Divisions) -> list[tuple[int, int, tuple[str, ...]]]:
    """Each place named in an honour's list counts for its parent (the government that grants it),
    never for itself: a 苏州 decision naming one county-level city (张家港市) is no 张家港 text."""
    if "命名" not in text and "授予" not in text:
        return found
    spans = [m.span(1) for m in _HONOUR_LIST.finditer(text)]
    if not spans:
        return found
    out = []
    for m in found:
        if any(a <= m[0] and m[1] <= b for a, b in spans):
            parents = tuple(dict.fromkeys(p for c in m[2] if (p := divs.parent_of(c))))
            if parents:
                out.append((m[0], m[1], parents))
            continue
        out.append(m)
    return out


def _mask_honourees(clean: str, divs: Divisions) -> str:
    """``clean`` with the places of an honour's list in its head blanked out (same length)."""
    head = clean[:_HEAD_CHARS]
    if "命名" not in head and "授予" not in head:
        return clean
    spans = [m.span(1) for m in _HONOUR_LIST.finditer(head)]
    hits = [(s, e) for s, e, _ in divs.mentions(head) if any(a <= s and e <= b for a, b in spans)]
    if not hits:
        return clean
    chars = list(clean)
    for s, e in hits:
        chars[s:e] = "\u3007" * (e - s)
    return "".join(chars)


def _county_abroad(text: str, found: list[tuple[int, int, tuple[str, ...]]], bare: str | None, cur: str,
                   divs: Divisions) -> str | None:
    """A county's news item that names its own county only (in full or bare, twice or more, speaking
    as a county) and other provinces' places more, where it goes to invest or recruit: 縣長…率隊趕赴
    廣東深圳、東莞…落戶云霄 (a 云霄县 page, probe loc28), 凤庆县…先后到河南、深圳、上海…广东等地. The places
    named most are the hosts'; the county the text speaks for is its own (none where nothing below
    ``cur`` is named: a text naming one of cur's counties keeps the reading above)."""
    named = {c[0] for _, _, c in found if len(c) == 1 and divs.meta_level(c[0]) == "county"}
    if any(cur in divs.ancestry(c) for c in named):
        return None
    pick = bare if bare else (next(iter(named)) if len(named) == 1 else None)
    if pick is None or cur in divs.ancestry(pick):
        return None
    d = divs.by_code[pick]
    said = sum(1 for _, _, c in found if c == (pick,))
    short = d.short if len(d.short) >= 2 and d.short != d.name else ""
    if short:
        said += sum(1 for k in _find_each(text, short) if not text.startswith(d.name, k) and word_bounds(text, k, k + len(short)))
    if said < 2:
        return None
    # The text speaks as that county's level, more than as a city (县长, 我县, 全县).
    return divs.effective(pick) if _county_by_voice(text, [(0, 0, (pick,))], divs.province(pick), divs) else None


def _find_each(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


def _speaks_as(text: str, name: str) -> bool:
    """Whether a text speaks twice as the prefecture ``name`` by its bare level (临夏回族自治州: 州委,
    州政协; 阿拉善盟: 盟委; 阿里地区: 地委, 行署; a city: 市委, 市人大, 全市, where the text speaks as
    no county, whose reports name their city's bodies as superiors)."""
    if name.endswith("市"):
        return len(_CITY_LEVEL_CUE.findall(text)) >= 2 and not _COUNTY_CUE.search(text)
    level = "州" if name.endswith("州") else "盟" if name.endswith("盟") else "地" if name.endswith("地区") else ""
    if not level:
        return False
    said = [next(g for g in m.groups() if g) for m in _PREFECTURE_LEVEL_CUE.finditer(text)]
    return sum(1 for g in said if g == level or (level == "地" and g == "署")) >= 2


# A place that opens a firm's name (吉林森工北京门业分公司, 北京汽车动力总成有限公司): the name runs on
# to 公司/集团 with no clause, list or government word between.
_COMPANY_AFTER = re.compile("[\u4e00-\u9fff]{0,12}?(?:公司|集团)")
_NOT_COMPANY = re.compile("政府|人民|党委|[与和及在到赴向市县区省]")


@lru_cache(maxsize=1)
def _org_after() -> re.Pattern[str]:
    """A few name characters, then an organization's ending (org_suffixes: 厂, 中学, 医院, 银行 …)."""
    return re.compile(f"[\u4e00-\u9fff]{{0,4}}?(?:{alternation(load_words('org_suffixes'))})")


# people a place sends to the text's own place, named right after the place: 北京专家来固出诊, 省城名医到我县坐诊
_VISITORS_FROM = re.compile(r"的?(?:知名|权威|资深)?(?:专家|名医|医生|医疗专家|教授|学者|客商)(?:团队|组|团)?(?:来|到|赴|下沉)")


def _opens_company(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a company's or another organization's name: a
    works or a school named after a town (白沙水厂 in a 吉水 county table) is no mention of the
    division that shares the name (白沙黎族自治县, Hainan)."""
    m = _COMPANY_AFTER.match(text, end, end + 16) or _org_after().match(text, end, end + 12)
    return bool(m) and not _NOT_COMPANY.search(m.group())


def _compound_county_mentions(text: str, divs: Divisions,
                               found: list[tuple[int, int, tuple[str, ...]]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """A county's bare short name right after its own province's or city's name (上海金山 in a
    site's byline 上观号作者:上海金山, 西安未央): the pair names the county, as a full name would."""
    shorts = divs.county_shorts
    out = []
    for _, end, codes in found:
        if len(codes) != 1 or divs.meta_level(codes[0]) == "county":
            continue
        for size in (4, 3, 2):
            if end + size > len(text):
                continue
            kids = [c for c in shorts.get(text[end : end + size], ())
                    if codes[0] in divs.ancestry(divs.effective(c))]
            # The pair is one name: the short name ends a word (上海金山区 is a full name mentions reads).
            if len(kids) == 1 and (end + size == len(text) or text[end + size] not in "县区旗市") and \
                    word_bounds(text, end, end + size):
                out.append((end, end + size, (divs.effective(kids[0]),)))
                break
    return out


# A county's own bodies and voice (县委, 县政府, 全县, 我区) and a city's (市委, 本市).
_BARE_SHORT_MIN = 2
_BARE_COMMON_MIN = 3
# A short name jieba counts this often as a word (平安 1438, 长子 786; 普定 3, 襄城 64) is an ordinary
# word first: a wrong division would link every bare body of the text to another county's.
_ORDINARY_WORD_FREQ = 200


def _bare_county_by_voice(text: str, divs: Divisions, national: int = 0,
                          excluded: frozenset[str] = frozenset()) -> str | None:
    """The county a text that names no place in full speaks for, by its bare short name
    (普定 five times in a 县委书记 news item of 普定县's; 襄城 in 襄城天气 and 襄城高质量发展
    beside 县委, 县政府): the text must speak as that level (县委/县政府/全县 for a 县, 区委/全区
    for a 区), more than as a city, and only one county of that level bears the name. Names
    that are ordinary words too (普定, 长子, 平安) need three mentions, others two."""
    levels = Counter(m.group(1) or m.group(2) for m in _COUNTY_CUE.finditer(text)
                     if not _PLURAL_BEFORE.search(text, max(0, m.start() - 13), m.start()))
    if levels.get("区"):
        levels["区"] += len(_DISTRICT_VOICE.findall(text))
    city = len(_CITY_CUE.findall(text)) + len(_CITY_BODY_CUE.findall(text))
    voice = [lv for lv, n in levels.items() if n >= 2]
    if len(voice) != 1 or max(city, national) >= levels[voice[0]]:
        return None
    shorts = divs.county_shorts
    common = _common_county_shorts()
    counts: Counter[str] = Counter()
    longest = max(map(len, shorts))
    i = 0
    while i < len(text) - 1:
        for size in range(min(longest, len(text) - i), 1, -1):
            name = text[i : i + size]
            if name in shorts and word_bounds(text, i, i + size):
                counts[name] += 1
                i += size - 1
                break
        i += 1
    picks = []
    for name, n in counts.items():
        if name in common and shared_jieba()[0].FREQ.get(name, 0) >= _ORDINARY_WORD_FREQ:
            continue  # 平安 of 平安建设, 长子: said three times in any county's news, no county's name
        if excluded.intersection(shorts[name]):
            continue  # the other party's county (金寨 of 赴安徽省金寨、霍山、岳西三县考察学习)
        codes = [c for c in shorts[name] if divs.by_code[c].name.endswith(voice[0])]
        if len(codes) == 1 and n >= (_BARE_COMMON_MIN if name in common else _BARE_SHORT_MIN):
            picks.append(codes[0])
    # Two counties' names (a twin county's visit) leave the text undecided.
    return divs.effective(picks[0]) if len(picks) == 1 else None


@lru_cache(maxsize=1)
def _common_county_shorts() -> frozenset[str]:
    return frozenset(load_words("county_short_words"))


def _national_voice(text: str) -> int:
    """How often a text speaks of or for the whole country: 全国, 我国, 国务院, 党中央 …, except
    where it cites the centre after a verb of implementing (贯彻落实党中央、国务院决策部署, 根据《国务院
    关于…》, 按照国务院《…》): a city's notice that implements central and provincial documents cites
    them without being central. A ministry's own title in 《》 still speaks for the centre."""
    count = 0
    for m in _NATIONAL_CUE.finditer(text):
        if _CITING.search(text, max(0, m.start() - 90), m.start()):
            continue
        if _NATIONAL_TIER.search(text, max(0, m.start() - 8), m.start()):
            continue
        count += 1
    return count


# 全国 as the tier of an honour a local body wins or an event it hosts (“固安番茄”入选全国名特优新农产品名录,
# 承办全国竞走大奖赛, 入选第二批全国全民运动健身模范县创建名单: 固安县's review, probe full49c): the text speaks
# of what the place won, not for the whole country (as 绍兴市级 is a tier, not Shaoxing's voice).
_NATIONAL_TIER = re.compile(r"(?:入选|获评|荣获|获得|列入|纳入|评为|跻身|承办)(?:第[一二三四五六七八九十\d]+批)?$")


# A verb of implementing (根据, 按照, 贯彻落实 …), then the centre's bodies listed (党中央、国务院) or the
# cited title up to the cue (《国务院关于…, 国务院《…).
_CITING = re.compile(f"(?:{_IMPLEMENTING})[ \t\u3000]*"
                     "(?:[^，,。；\n《》]{0,20}?[、和及]|《[^》\n]{0,80}|[^，,。；\n《》]{0,8}《[^》\n]{0,80})?$")


def _county_by_voice(text: str, found: list[tuple[int, int, tuple[str, ...]]], cur: str,
                     divs: Divisions) -> str | None:
    """The one county-level division below ``cur`` a text names, where the text speaks as that
    level (蔡甸区人民政府办公室 signs a notice of 区政府各部门; a 东乌珠穆沁旗 report of 旗委):
    named once, in a signature or a session's name, it is still the document's own."""
    if divs.meta_level(cur) == "county":
        return None
    levels = _county_voice(text)
    if not levels and (own := county_addressee_level(text[:_HEAD_CHARS])):
        # Addressed to its own county's bodies (各乡镇人民政府、县政府各部门: 共和县 2012, probe dept73r).
        levels = Counter({own: 1})
    if not levels:
        return None
    named = {c[0] for _, _, c in found if len(c) == 1 and divs.meta_level(c[0]) == "county"}
    named |= _shared_counties_below(found, cur, divs)
    if len(named) != 1:
        return None
    code = next(iter(named))
    name = divs.by_code[code].name
    if cur not in divs.ancestry(code) or not levels.get(name[-1]):
        return None
    return divs.effective(code)


def _county_voice(text: str) -> Counter[str]:
    """The bare county levels (县, 区, 旗) a text speaks as, counted, where they outweigh a city's
    voice; empty where they do not."""
    levels = Counter(m.group(1) or m.group(2) for m in _COUNTY_CUE.finditer(text)
                     if not _PLURAL_BEFORE.search(text, max(0, m.start() - 13), m.start()))
    if levels.get("区"):
        # 我区/全区 is an autonomous region's voice too: it counts beside a district's body only.
        levels["区"] += len(_DISTRICT_VOICE.findall(text))
    city = len(_CITY_CUE.findall(text)) + len(_CITY_BODY_CUE.findall(text)) - 2 * len(_SUPERIOR_CITY.findall(text))
    if sum(levels.values()) < 2 or city >= sum(levels.values()):
        return Counter()
    return levels


def _shared_counties_below(found: list[tuple[int, int, tuple[str, ...]]], cur: str, divs: Divisions) -> set[str]:
    """The counties of names several divisions share (白云区 of 广州市 and of 贵阳市, 鼓楼区, 城关区)
    that lie below ``cur`` where only one of them does: a Guangzhou text's 白云区 is Guangzhou's."""
    out = set()
    for _, _, codes in found:
        if len(codes) > 1:
            below = [c for c in codes if divs.meta_level(c) == "county" and cur in divs.ancestry(c)]
            if len(below) == 1:
                out.add(below[0])
    return out


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(w for w in load_words("surnames") if len(w) == 1)


# A list of persons' names before a name that holds a place (县领导马善军、王建民、赵明国、肖文昌以及…:
# 文昌 is no place of the text): another name of two to four characters, after 、, a post or a mark.
# Or the first name of a list after its post (市政协副主席王秋霞、郑玉林: 玉林 is no place of a 濮阳 item).
_NAME_BEFORE_IN_LIST = re.compile("(?:、|领导|[^\u4e00-\u9fff])[\u4e00-\u9fff]{2,4}、$"
                                  "|(?:主席|书记|主任|[省市区县州]长|部长|局长|秘书长)[\u4e00-\u9fff]{2,3}、$")


def _mask_person_places(clean: str, divs: Divisions) -> str:
    """``clean`` with every person's name that holds a place name blanked out (县长李镇江…李镇江代表
    县政府: 镇江 is no place of the text), so that it decides no division. Same length as ``clean``."""
    names = set()
    surnames = _surnames()
    for start, end, _ in divs.mentions(clean[:_MENTION_SPAN]):
        if end - start == 2 and start >= 3 and clean[start - 1] in surnames and \
                (_POST_BEFORE.search(clean, max(0, start - 5), start - 1)
                 or _NAME_BEFORE_IN_LIST.search(clean, max(0, start - 12), start - 1)):
            names.add(clean[start - 1 : end])
        # A roster line (副组长:施宏伟 区政府办公室副主任, 朱向阳 区机关事务管理中心副主任): the
        # clean text joins a given name to the bare level of the body after it (宏伟区, 向阳区).
        elif end - start == 3 and start >= 1 and clean[start - 1] in surnames and \
                clean[end - 1] in _ROSTER_LEVELS and _ROSTER_BODY.match(clean, end - 1) and \
                (start == 1 or clean[start - 2] in _ROSTER_BEFORE):
            names.add(clean[start - 1 : end - 1])
        # A township named like a city (文昌镇 of 宣州区, 文昌 of 文昌市): no place of that city.
        elif end - start == 2 and clean[end : end + 1] in ("镇", "乡") and clean[start : end + 1] in townships():
            names.add(clean[start:end])
        # A subdistrict named so too (白杨街道 of 钱塘区, 白杨 of 白杨市: qiantang.gov.cn 2023, probe dept39c).
        elif end - start == 2 and clean.startswith("街道", end) and clean[start:end] + "街道" in townships():
            names.add(clean[start:end])
    for name in names:
        clean = clean.replace(name, "\u3007" * len(name))
    return clean


# A news agency's or paper's dateline at the head of a line or after a title on the same line ("新华社北京3月5日电 国务院
# 总理…主持召开国务院常务会议", "新华社武汉4月24日电", "中新社上海电"): the place the dispatch was filed from, never the
# division of the text (a State Council meeting reported from Beijing is no 北京市 document).
_DISPATCH_DATELINE = re.compile(r"(?:^|(?<=[ \t\u3000]))(?:[^，,。；;\n \t\u3000]{0,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
                                r"|(?:新华社|中新社|新华网|人民网|中新网|央视网|央广网|光明网|中国新闻网)[\u4e00-\u9fff]{2,8}?)[电電]",
                                re.M)


def _mask_datelines(clean: str, divs: Divisions | None = None) -> str:
    """``clean`` with every dateline blanked out, so that it decides no division. Same length as ``clean``.
    A dateline's place the text names again outside any dateline (新华社武汉5月5日电 武汉市…大会, 会议在武汉召开)
    is kept: the text's own place, which the dateline only repeats, still counts."""
    if "电" not in clean and "電" not in clean:
        return clean
    spans = [m.span() for m in _DISPATCH_DATELINE.finditer(clean)]
    if not spans:
        return clean
    kept: list[tuple[int, int]] = []
    if divs is not None:
        inside, outside = [], set()
        for start, end, codes in divs.mentions(clean[:_MENTION_SPAN]):
            if any(a <= start and end <= b for a, b in spans):
                inside.append((start, end, codes))
            else:
                outside.update(codes)
        kept = [(s, e) for s, e, codes in inside if outside.intersection(codes)]
    out = list(clean)
    for a, b in spans:
        for i in range(a, b):
            if not any(s <= i < e for s, e in kept):
                out[i] = "\u3007"
    return "".join(out)


def _lead_end(clean: str) -> int:
    """End of a news item's title and lead: the first sentence after the first line."""
    end = clean.find("。", _nth_line_end(clean, 1))
    return min(_HEAD_CHARS, len(clean) if end < 0 else end + 1)


def _other_party(clean: str, divs: Divisions) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The spans of the title and lead that name the other party of a visit or meeting (the
    delegation that comes, the host visited, the guest received, the partner of talks), and the
    division codes named there: the document's own division is none of them."""
    head = clean[: _lead_end(clean)]
    # The visitor's clause may open with its host receiving it (我委参与会见西藏山南市党政代表团来皖):
    # the host's own places stand before the last receiving verb.
    visitors = list(_VISITOR.finditer(head)) if _DELEGATION.search(head) else []
    spans = [(_after_receiving(head, *m.span("p")), m.end("p")) for m in visitors]
    # A delegation that comes to us (泰安市副市长张颖率考察团，来我市学习考察) goes 到 our own place in
    # the title (泰安市考察团到德州考察, a 德州 paper): that place is the host's, the document's own.
    coming = any(_VISITING_US.search(head, m.start(), m.end() + 3) for m in visitors)
    for pattern in (_GUEST, _PARTNER, _HOST):
        spans.extend(m.span(m.lastgroup or "p") for m in pattern.finditer(head)
                     if not (coming and pattern is _HOST and m.group().startswith(("团", "组"))))
    # A two-character county is the other party too (到郏县考察学习).
    codes = {c for a, b in spans for _, _, cs in divs.mentions(clean[a:b]) + _short_county_mentions(clean[a:b], divs, [])
             for c in cs}
    codes |= {c for a, b in spans for c in _listed_short_counties(clean[a:b], divs)}
    return spans, frozenset(codes)


def _listed_short_counties(span: str, divs: Divisions) -> set[str]:
    """Counties a span names by their short names after the province or city it names (赴安徽省金寨、
    霍山、岳西三县开展考察学习: an 英山 delegation's news item on its county's site): each is the host's."""
    named = {c for _, _, cs in divs.mentions(span) for c in cs if divs.meta_level(c) in ("province", "prefecture")}
    if not named:
        return set()
    out = set()
    for short, codes in divs.county_shorts.items():
        at = span.find(short)
        if at < 0 or not word_bounds(span, at, at + len(short)):
            continue
        out |= {c for c in codes if named.intersection(divs.ancestry(c))}
    return {divs.effective(c) for c in out}


def _after_receiving(text: str, a: int, b: int) -> int:
    """Where a visitor's span starts once a receiving verb before it is cut off."""
    last = None
    for m in _RECEIVING.finditer(text, a, b):
        last = m
    return last.end() if last and last.end() < b else a


def _of_other_party(text: str, divs: Divisions, excluded: frozenset[str]) -> bool:
    """Whether a body's name places it in (or under) a division of the other party."""
    return any(a in excluded for _, _, cs in divs.mentions(text) for c in cs for a in divs.ancestry(c))


def _find_division(clean: str, issuer: str | None, issuer_src: str | None, linker: Any,
                   docno_division: Callable[[str], str | None] | None,
                   excluded: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
    """The document's division code and where it was read. ``excluded``: the divisions of the
    other party of a news item's visit or meeting; places in persons' names are not read."""
    divs = load_divisions()
    if issuer:
        code, by_plan = issuer_division(issuer, clean, divs, linker)
        if by_plan:
            return code, "title"
        if code:
            return code, "title" if issuer_src == "title" else "issuer"
    if docno_division is not None:
        # The document number's prefix (穗 = 广州市, 穗天 = 广州市天河区): read by
        # taggers/docno.py, which knows the issuing-organ codes.
        code = docno_division(clean)
        if code and (code == NATIONAL or code in divs.by_code) and not _prefix_of_another(clean, code, divs):
            return divs.effective(code), "docno"
    masked = _mask_datelines(_mask_person_places(clean, divs), divs)
    # A title naming an honour's places (关于命名张家港市为…的决定) names the honourees, not the grantor.
    titled = _mask_honourees(masked, divs)
    code = _division_from_title(titled, divs, excluded) or _division_from_issued(titled, divs, excluded)
    if code:
        return code, "title"
    code = _division_from_text(masked, divs, excluded)
    # A town's report or plan: a township is no division, its county is the document's.
    if code is None or code == NATIONAL or divs.meta_level(code) != "county":
        town = own_township(clean[:_HEAD_CHARS], code)  # a town's own name, not masked as a city's
        if town:
            return divs.effective(town[1]), "township"
    return (code, "text") if code else (None, None)


def _prefix_of_another(clean: str, code: str, divs: Divisions) -> bool:
    """Whether a number's prefix read as a city or province (长政办发: 长沙市) belongs to a county that
    shares it (长阳县): the text speaks as a county (县政府各部门, 县人民政府办公室) and never names
    the city or province the prefix was read as."""
    if code == NATIONAL or divs.meta_level(code) not in ("province", "prefecture"):
        return False
    place = divs.by_code[code]
    if place.name in clean or (len(place.short) >= 2 and place.short in clean):
        return False
    return bool(_county_voice(clean))


# A province's or city's reform plan that the central offices issue (中共中央办公厅、国务院办公厅印发
# 《甘肃省机构改革方案》, 2018): the plan is the province's, and its bare 省X厅 are the province's
# bodies, though the issuer is central (probe asg38).
_LOCAL_REFORM_PLAN = re.compile(r"印发(?:了)?《([^《》]{2,16}?)机构改革(?:实施)?方案》")


def issuer_division(issuer: str, clean: str, divs: Divisions, linker: Any) -> tuple[str | None, bool]:
    """The division of a document's issuer, and whether a local plan the centre issues gave it
    (中共中央办公厅、国务院办公厅印发《甘肃省机构改革方案》: the plan is the province's)."""
    code = division_of_body(issuer, divs, linker)
    if code == NATIONAL and (plan := local_plan_division(clean, divs)):
        return plan, True
    return code, False


def local_plan_division(clean: str, divs: Divisions) -> str | None:
    """The one division whose reform plan the document's head says is issued, by its title."""
    m = _LOCAL_REFORM_PLAN.search(clean[:_HEAD_CHARS])
    if not m:
        return None
    codes = [c[0] for _, _, c in divs.mentions(m.group(1)) if len(c) == 1]
    if not codes:
        return None
    deepest = max(codes, key=lambda c: len(divs.ancestry(c)))
    if any(c not in set(divs.ancestry(deepest)) for c in codes) or deepest == NATIONAL:
        return None
    return divs.effective(deepest)


# Lines of page chrome before a title: breadcrumbs (首页 > …), location and font-size bars.
_CHROME_LINE = re.compile("[>＞]|当前位置|所在的位置|字体|字号|关注|打印|分享")
_TITLE_LINES = 4


def _division_from_title(clean: str, divs: Divisions, excluded: frozenset[str] = frozenset()) -> str | None:
    """The city or county a title names (2025年，广州市企业职工基本养老金申领详解; 2026年天河区…指引),
    when the document's issuer is not known: guide v2 reads the division from the title too.
    Only the first line that is no page chrome is read, and only one chain of places in it
    (a title naming two cities, or a province alone, leaves the text to decide)."""
    seen = 0
    for line in clean[:_HEAD_CHARS].split("\n"):
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > _TITLE_LINES:
            return None
        if _CHROME_LINE.search(line) or len(line) < 6:
            continue
        # An excerpt opening with a paragraph: only its first sentence stands where a title
        # would (西平县召开…推进会。); the places of the sentences after it are the story's
        # (深刻汲取张家口1128爆炸事故教训 in a 赵县 item is no 张家口 document).
        if "。" in line[:-1]:
            line = line[:line.index("。") + 1]
        # A dateline names where the story was filed (本报广州4月14日电 in a Gansu paper), not its division.
        line = _DATELINE.sub("", line, count=1)
        # A two-character county in a title line (道县召开…会议); a paragraph (an excerpt opening
        # mid-report: 主城区、茌平、莘县成功创建…) names a city's counties as often as its own.
        code = _title_place(line, divs, excluded, short="。" not in line)
        # An opening sentence that speaks as a county (市委宣传部…深入我县融媒体中心开展调研)
        # names its city as the visitor or superior: the document is the county's, not the city's.
        if code and line.endswith("。") and divs.meta_level(code) == "prefecture" and _OWN_COUNTY.search(line):
            return None
        return code
    return None


_OWN_COUNTY = re.compile("[我本][县区旗]")
# A province's own delegation (我省党政代表团): the places it goes to are all of the host's province.
_OWN_PROVINCE_DELEGATION = re.compile("我省(?:党政|政府|人大|政协)?(?:代表团|考察团|访问团)")


def _title_place(title: str, divs: Divisions, excluded: frozenset[str], short: bool = True) -> str | None:
    """The city or county a title names in one chain of places (a title naming two cities, or a
    province alone, names no division of its own)."""
    found = _narrowed_by_chain(divs.mentions(title), divs)
    if short:
        found = found + _short_county_mentions(title, divs, found)
    codes = [c[0] for _, _, c in found if len(c) == 1 and c[0] not in excluded]
    if not codes:
        return None
    deepest = max(codes, key=lambda c: len(divs.ancestry(c)))
    chain = set(divs.ancestry(deepest))
    if any(c not in chain for c in codes) or divs.meta_level(deepest) not in ("prefecture", "county"):
        return None
    return divs.effective(deepest)


def _narrowed_by_chain(found: list[tuple[int, int, tuple[str, ...]]], divs: Divisions
                      ) -> list[tuple[int, int, tuple[str, ...]]]:
    """A name several divisions share, written right after its own city's (广州市南沙区: 三沙市 has a
    南沙区 too; 广州市白云区: so has 贵阳市), is that city's: else the title reads as the city's."""
    out: list[tuple[int, int, tuple[str, ...]]] = []
    for start, end, codes in found:
        if len(codes) > 1 and out and out[-1][1] == start and len(out[-1][2]) == 1:
            inside = tuple(c for c in codes if c != out[-1][2][0] and divs.is_under(c, out[-1][2][0]))
            if len(inside) == 1:
                codes = inside
        out.append((start, end, codes))
    return out


# The title of the rules or plan a notice issues as its own (现将《菏泽市…分工落实方案》印发给你们;
# 《禄丰市人民政府常务会议议事规则》已经…常务会议通过，现予印发): a notice 印发 only its own
# issuer's text (another body's it 转发 or 批转).
_ISSUED_TITLE = re.compile("现将[^《。\n]{0,8}《(?P<a>[^》\n]{4,80})》[^。\n]{0,20}?印发"
                           "|《(?P<b>[^》\n]{4,80})》已(?:经)?[^。\n]{0,60}?(?:现予|现)印发")
_ISSUED_SPAN = 1500


def _division_from_issued(clean: str, divs: Divisions, excluded: frozenset[str] = frozenset()) -> str | None:
    """The city or county the title of the text a notice issues names, near its head."""
    m = _ISSUED_TITLE.search(clean, 0, _ISSUED_SPAN)
    return _title_place(m.group("a") or m.group("b"), divs, excluded) if m else None


def infer_meta(
    clean: str,
    *,
    head_depts: list[Any],
    reference_date: dt.date | None = None,
    jurisdiction: str | None = None,
    linker: Any = None,
    docno_division: Callable[[str], str | None] | None = None,
    record_date: dt.date | None = None,
) -> dict[str, Any]:
    """Work out the document's metadata; explicit arguments win over the text.

    ``jurisdiction`` is a division name or code (checked by the caller); ``meta`` gets
    ``division`` ({code, name, level}) and ``jurisdiction`` (its province, or 国家), and
    ``_division`` the code the linker works with."""
    meta: dict[str, Any] = {}
    ref: dt.date | None
    ref_src: str | None
    jur: str | None
    jur_src: str | None
    if reference_date is not None:
        ref, ref_src = reference_date, "argument"
    elif _plausible(record_date):
        # The record's own date (the signature, or the masthead's) is the issue date; the first
        # date of the head may be a reposting site's time or the day a 通告 takes effect.
        found, found_src = _find_reference(clean)
        ref, ref_src = record_date, (found_src if found == record_date else "signature")
    else:
        ref, ref_src = _find_reference(clean)
    period, period_src = _find_period(clean, ref)
    divs = load_divisions()
    other = _other_party(clean, divs)
    issuer, issuer_src = _find_issuer(clean, head_depts, other)
    if jurisdiction is not None:
        jur, jur_src = divs.resolve(jurisdiction), "argument"
    else:
        jur, jur_src = _find_division(clean, issuer, issuer_src, linker, docno_division, other[1])
    meta["reference_date"] = ref.isoformat() if ref else None
    meta["reference_date_source"] = ref_src
    meta["period"] = _period_value(period)
    meta["period_source"] = period_src
    meta["issuer"] = issuer
    meta["issuer_source"] = issuer_src
    meta["jurisdiction"] = divs.province_name(jur) if jur else None
    meta["jurisdiction_source"] = jur_src
    meta["division"] = divs.info(jur) if jur else None
    meta["_division"] = jur
    meta["_period"] = period
    meta["_reference"] = ref
    return meta
