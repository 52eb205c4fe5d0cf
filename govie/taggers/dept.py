"""DEPT: government and public bodies (found here; ``govie.link`` links them).

Candidates come from four linear scans of the clean text: registry names and
aliases (one trie-shaped regex), place + department type, place + an unlisted
name ending in a body word (…中心, …局), and a bare 省/市/州 prefix + type.
Each candidate may absorb a following internal unit (水利厅行政审批处) or an
institution named after it (农业部农村经济研究中心). The
longest candidates win; standalone units (审监处), second names in brackets,
functional short names defined in brackets (以下简称医保经办机构) with their later
mentions, and the issuing centre's bare "中心" fill the gaps. Smaller scans: the party
(中国共产党), 中央 as an actor, 常委会 alone, 国务院X主管部门, development zones' bodies,
places sharing one 人民政府 in an addressee line, and, in a central document only, central
bodies without their 国家/国务院/全国人大 (标准委, 财政经济委员会). Colloquial names of news
text: a county's short name + a court, police or government (海淀法院, 丰台公安分局), a
department's type alone after a function word (向税务局递交), a court's short form alone as
an object or a clause's subject (告上法院, ，检察院曾因…). Classes of bodies are
left out: a bare 区/县 prefix in a city's document (区民政部门), 国务院有关部门, and, for the
model's spans too (``is_class_dept``), class words such as 地方政府 or 街道办事处（镇人民政府）.
"""

from __future__ import annotations

from govie.text import recached as re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from collections.abc import Iterable
from functools import lru_cache

from govie.kb.dept_types import CPPCC_SPECIAL_COMMITTEES, ENTERPRISE_TYPES, FUNCTIONAL_ENDS, TERM, TERM_NUMBER, cppcc_only, central_functional_names, load_branches, load_dept_types, DeptTypes
from govie.kb.divisions import (places, BARE_LEVELS, MUNICIPALITIES, PUBLISHER_FIELD, at_word_start, citizens_word, enterprise_named, level_alternation, level_chars, levels_without,
                                load_divisions, own_township, townships, verb_place_at, word_bounds, VERB_PLACES)
from govie.kb.lexicons import load_words, named_lab, national_centre, national_park
from govie.kb.registry import GENERIC_INSTITUTE_ENDS, Registry, default_registry, foreign_state_before, is_central
from govie.taggers import PRIORITY
from govie.taggers._places import coordinator_opens
from govie.text.layout import HEAD_CHARS, addressee_line
from govie.text.regex_cache import compile_built, compile_cached
from govie.text.numerals import cn_int
from govie.text.segment import function_word_tags, shared_jieba, shared_words
from govie.text.wordscan import PairStarts, claim_each, finditer_from
from govie.types import Context, Mention

__all__ = ["CONGRESS_SPECIAL_COMMITTEE", "tag_depts", "find_dept_spans", "people_org_as", "trie_regex", "is_class_dept", "drop_class_depts", "drop_unplaced_levels",
           "institution_start", "STATION_KINDS", "POLICE_STATION", "RAILWAY_POLICE", "CENTRAL_DEPARTMENT",
           "MINISTRY_COMMITTEE", "CENTRAL_FUNCTIONAL", "DEFINITION_WORDS"]

_CJK = "\u4e00-\u9fff"
_ONE_CJK = re.compile(f"[{_CJK}]")
# The stations named after their own area (东风派出所, 玉林司法所): the tagger ends a township's body
# with them and the linker never reads a division's body from them. A police station is also a
# bureau's unit (西山公安分局东风派出所).
POLICE_STATION = "派出所"
STATION_KINDS = (POLICE_STATION, "司法所")
# A railway's police, named after its seat (南昌铁路公安局, 杭州铁路公安处宁波站派出所).
RAILWAY_POLICE = "铁路公安"
# Characters that never occur inside a body's name in running text: function
# words and verbs that join a body to the rest of its sentence.
_STOP = "的在将对与向从由了是为等及或并把被让给到于同召开组织赴按已责令要求各其这那使设兼"
_NAME_CHAR = f"(?:(?![{_STOP}])[{_CJK}])"
# An unlisted name's characters: no count or ordinal of a kind inside it (斗门区首个公安业务服务中心:
# the district's first such centre, a description; 全县首家…中心, 一个…中心).
_GENERIC_NAME_CHAR = f"(?:(?!首个|首家|首批|[一两这每]个)(?![{_STOP}])[{_CJK}])"
# Not after a verb or coordinator that opens the next body (国务院专利行政部门商国务院司法行政部门).
# A body word inside it makes two names, not a unit (教育部教材局承担办公室).
# 有关司局, 相关司局, 各司局, 其他处室 after a body name no unit of it: the body's own units as a class
# (办公室主任由市场监管总局有关司局负责同志兼任, 国办函〔2020〕52号; probe dept21n).
_NO_UNIT_NAMED = "有关|相关|各|其他|其它"
# 商 and 经 open a verb (商国务院, 经国务院批准), not 商贸行业管理处 or 经侦总队. A unit ends in 处
# only after a noun: 查处, 惩处, 依法查处 are verbs (新闻出版总署查处 is no unit). One character
# before the ending is a numbered unit (一处, 二科) or a verb (最高法拟司…: 拟 "plans to").
# Nor after a post (外交部长普里马科夫, 国防部长科恩: 科 ends a name) or a verb of an event
# (学位委员会举行学科评议会议, 中级人民法院以受贿罪判处). 处于, 处在 are verbs; 支队在 is a unit
# and a preposition (福州市公安局经侦支队在南京警方的协助下).
# A level's government or party committee opens another body, no unit (区委办公室 区政府办公室 关于印发…,
# the two offices of a joint notice: 下陆区 2023, probe dept28c).
# A national body's name opens another body, no unit: two people's organizations run together in a
# headline's joint issuer (全国妇联中国科协联合发布通知: 中国科 is no 科; probe dept75n).
_UNIT = re.compile(rf"(?![省市州县区旗盟](?:人民)?政府|[省市州县区旗盟]委|中国|全国|中共|国务院)"
                   rf"(?!商(?!贸|务|业)|会同|同|和|与|及|并|报|向|经(?!侦|济)|由|对|将|以|决定|批准|成立|设立|印发|要求|部署|领导|牵头|负责"
                   rf"|长|总理|副|主任|书记|举行|召开|组织|开展|进行|发布|主持|{_NO_UNIT_NAMED})"
                   # Never over a coordinator before a class: 国办督查室和有关秘书局 (国办函〔2016〕38号) is a unit,
                   # then the office's other bureaus (probe dept37n).
                   rf"(?:[一二三四五六七八九十]|(?:(?![局部厅署]|[和及与](?:有关|相关|其他|其它|各))[{_CJK}](?<![{_STOP}])){{2,8}}?)"
                   "(?:(?<![查惩判论罚相到各此出住好难益之何])处(?![于在])|科|室|司|总队|支队|大队|(?<=执法)中队|分局|总部"
                   # A county bureau's section (县教育体育局人事股); not a share (全资控股, 入股, 股份).
                   "|(?<![控参入持配炒新个])股(?![份东权票市本金])"
                   # A county bureau's station (旗农牧局畜牧站); not its website (财政局门户网站), nor a
                   # railway station before its police station (杭州铁路公安处宁波站派出所).
                   "|(?<![网车])站(?!派出所)"
                   # A police station of a bureau (西山公安分局东风派出所), and an office of a bureau
                   # before its post (广州市房管局住房保障办主任): 办 alone ends verbs (督办, 通办).
                   # A government's supervision office by its abbreviation (盘锦 2021: "市政府督考辦要加大督查考核力度").
                   f"|{POLICE_STATION}|办(?=副?主任|相关负责人|有关负责人|负责人|工作人员)|(?<=督考|督查)办)"
                   "(?![理置罚分级长技研学令法])")
_MINISTERS_MEETING = re.compile("长级?会(?:议|晤)")
# The organizing committee of numbered games or an expo (第19届亚运会组委会, 第4届亚残运会组委会: 国办函〔2022〕33号),
# a body like 北京奥组委 (dev sc19-46), named in the lists of its leading group's members.
_GAMES_COMMITTEE = re.compile(f"第[0-9０-９一二三四五六七八九十]{{1,3}}届[{_CJK}]{{0,10}}?"
                              "(?:运动会|运会|奥运会|残奥会|冬奥会|博览会|博会)(?:组委会|组织委员会)")
# A bureau of a central ministry (贸易救济调查局), not a body of its own (国家能源局), nor a post
# before another post (中央办公厅副主任兼秘书局局长: 副主任 is the post, as in _UNIT).
_MINISTRY_BUREAU = re.compile(rf"(?!国家|国务院|中国|中央|和|与|及|或|并|会同|商(?!贸|务|业)|向|经(?!侦|济)|由|对|将"
                              rf"|副|主任|书记|总理|部长|局长|司长|党组|总工程师|总经济师|秘书长|{_NO_UNIT_NAMED})"
                              rf"(?:(?![局部厅署委]|和(?:有关|相关|其他|其它|各))[{_CJK}](?<![{_STOP}])){{2,8}}(?<!总)局")
# A department of a central commission or bureau (统计部, 计划财务部): not after a coordinator or verb,
# not 部门 (a class), 部署, 部分, 部长, 部际.
CENTRAL_DEPARTMENT = re.compile(rf"(?!国家|国务院|中国|中央|和|与|及|或|并|会同|商|向|经|由|对|将|各|全|有关|相关)"
                                 rf"(?:(?![局部厅署委会])[{_CJK}](?<![{_STOP}])){{2,6}}?部(?![门署分长际委])")
# Words ending a "unit" that are not internal units (公司, 实验室).
_NOT_UNIT_END = ("公司", "实验室", "会议室", "教室", "工作室", "上司", "斯科",  # 新华社莫斯科…电
                 "判处", "惩处", "论处", "查处", "到处", "之处", "住处", "好处", "难处", "用处", "此处")
# Endings of unlisted public bodies after a place (成都市中小企业服务中心). Bare 中心 and
# 局 are not enough: 区域中心, 省域副中心, 发展新局 are goals, not bodies.
_GENERIC_END = (
    "(?:服务中心|管理中心|研究中心|促进中心|指挥中心|监测中心|保障中心|发展中心|信息中心"
    # Not a firm's institute (郑州磨料磨具磨削研究所有限公司) or an industry institute, which firms and universities
    # set up (郑州市体外诊断产业研究院: 郑政文〔2023〕200号): ORGs (org_suffixes.txt). Probe org25.
    "|管理局|事务局|服务局|发展局|促进局|执法局|(?<!产业)(?<!产业技术)研究院(?!有限|股份)|研究所(?!有限|股份)"
    "|委员会|办公室|联社"
    # Stations and centres of county agricultural and technical services.
    "|推广中心|技术中心|推广站|服务站|工作站|管理站|植保站|植检站|中心站|指导站|监测站"
    # A county-level city's bureau's centres, stations and enforcement brigades (寿光市植物保护站, 寿光市农业
    # 科技成果转化中心, 寿光市综合行政执法大队: shandong-chorography.org 2017, probe dept32t).
    "|保护站|转化中心|执法大队|执法支队|执法中队"
    # A province's stations at the head of a service (浙江省河道管理总站: 浙河管〔2007〕10号, probe loc51p;
    # 省农业技术推广总站, 省林业工作总站).
    "|管理总站|推广总站|工作总站|监测总站|服务总站"
    # Land reserve, loan guarantee and surveying centres of a city's bureaus.
    "|储备中心|担保中心|测绘中心"
    # Land and house expropriation centres of a city's or county's bureaus (市土地房屋征收安置中心 beside
    # 市土地储备和征地服务中心 in 兴宁市征收土地管理办法, 兴市府〔2023〕57号; 房屋征收事务中心, 征收补偿中心).
    "|安置中心|补偿中心|事务中心)"
)
# A congress's term between the place and the body (河南省第十四届人民代表大会, 市十六届人大), a
# line break of the page after it (广东省第十四届\n人民代表大会), an indented second line (白云区第十七届\n
#   人民代表大会) or a break before the term (在广州市白云区\n第十六届人民代表大会第二次会议上).
_SESSION = "(?:(?:\n第|第)?" + TERM_NUMBER + "届(?:\n[ \u3000]{0,4})?)?"
# A functional name: 市民政部门, 市医疗保障行政部门 (the field must name a kind of body).
# The levels that open a body's name bare. 旗 and 自治县/自治旗 are added with their own guards where
# a body type follows (国旗 is no banner); 盟 and the townships have no functional departments here.
_PREFIX_LEVELS = levels_without("自治县", "自治旗", "盟", "旗", "乡", "镇")
_LEVEL_FIRST = level_alternation(_PREFIX_LEVELS)
# 设 is a stop (设立) but not after 建: the construction field (市建设主管部门, 市住房城乡建设部门: 长春 2025).
_FIELD_CHAR = f"(?:(?<=建)设|{_NAME_CHAR})"
_FUNCTIONAL = re.compile(f"{_LEVEL_FIRST}(?:人民政府)?({_FIELD_CHAR}{{2,9}}?)(?:行政主管|行政|主管)?部门")
# The same after a named place (北京市应急管理部门): the field follows the place directly.
# A list of fields each with its own jurisdiction prefix, closed by a shared 部门 (经市人力资源社会保障、
# 市科技等相关部门认定): each item is that division's body of the field (dev gz-35).
# At most eight items: an unbounded list scanned from every start of a long 、-list is quadratic.
# (The first item written out of the repeat lets sre skip to a level character in C.)
_FIELD_LEVEL = f"[{level_chars(_PREFIX_LEVELS)}]"
_FIELD_LIST = re.compile(f"({_FIELD_LEVEL}{_NAME_CHAR}{{2,9}}?、(?:{_FIELD_LEVEL}{_NAME_CHAR}{{2,9}}?、){{0,7}}"
                         f"{_FIELD_LEVEL}{_NAME_CHAR}{{2,9}}?)"
                         "等?(?:相关|有关)?(?:行政主管|行政|主管)?部门")
_PLACE_FUNCTIONAL = re.compile(f"({_NAME_CHAR}{{2,12}}?)(?:行政主管|行政|主管)?部门")
# An insurance agency named by its function: 市医疗保险经办机构, 市社会保险经办机构; so is the
# body that scores the government's own targets: 区绩效考评机构, 市目标考核机构 (a county's task-split
# notice: 区绩效考评机构要将…纳入绩效管理考核范围, 蔡政办〔2023〕1号, probe dept65c). One body of the
# division, not a class (医疗机构, 中介机构 and 评估机构 are kinds of provider and stay out).
# The level is a word of its own, not the head of one (市场化考核机构, 区域性考评机构, 县域经济考核机构: kinds of
# assessor, no body of a division; review19).
_AGENCY = re.compile(f"{_LEVEL_FIRST}(?P<field>{_NAME_CHAR}{{2,6}}?)(?:经办|考评|考核)机构")
# A short name defined for the body before it: （以下简称医保经办机构）, （以下称市住房保障部门）.
# Older rules write it (下简称…): 市城市管理委员会办公室(下简称市城管办) (湛江 2002 户外广告设置管理规定).
# The words that open a short name's definition: one list for every stage that reads one.
DEFINITION_WORDS = "以下简称|以下称|下简称|下称|简称"
_ALIAS = re.compile(f"[（(](?:{DEFINITION_WORDS})[“\"]?([{_CJK}]{{2,12}}?)[”\"]?[）)]")
DEFINED_SHORT_NAME = _ALIAS  # for the link stage: a body's short name defined right after it
# Only a functional short name (医保经办机构, 市住房保障部门, 调查机关) is taken: a shortened proper
# name recurs inside other words. 两部门 and 双方 are anaphors, not names.
# 管委会 defined for a zone's committee (广州南沙开发区…管理委员会（以下简称“管委会”）, 穗南府办规〔2023〕1号).
_ALIAS_END = re.compile("(?:部门|经办机构|管委会)$")
# What may stand right before a short name: a coverb or particle (由管委会, 经管委会同意, 报管委会审定, 向管委会).
_ALIAS_LEAD = _STOP + "经报请和及与或向由"
# Endings of a second name in brackets (加挂牌子: 知识产权局, 工业合作联社).
_BRACKET_BODY = re.compile("(?:局|委员会|委|办公室|办|中心|院|所|社|会|厅|队|站|馆)$")
# Words that make a place-prefixed name an ORG or a project, not a public body.
# 新局 (开创新局) but not 创新局, a zone's bureau (广州开发区科技创新局: probe gz15).
_NOT_BODY = re.compile("大学|学院|公司|集团|协会|银行|医院|建设|打造|推进|申建|加快|探索|优化|[布格大全开结当]局$|(?<!创)新局$"
                       # rural credit cooperatives are financial enterprises (陇川县农村信用合作联社)
                       "|信用合作|信用社|信用联社")
# Plural and whole-system readings are generic phrases, not one body (各市场监管局).
_GENERIC_BEFORE = set("各全该本")
# 各有关 likewise (各有关市人民政府, the addressees of 粤府办[1996]21号: probe old46p).
_EACH_AREA = ("各", "各地", "各地区", "各地方", "各地市", "各有关")


def _each_before(text: str, s: int) -> bool:
    """各市场监管局, 各地发改委, 各地区财政局, 各地市发改委: the body of every area, a class (never the
    document's own body)."""
    return text.endswith(_EACH_AREA, max(0, s - 3), s)


# A 各 opening a list of level words right before a candidate (各区（市）县…).
_PLURAL_LIST = re.compile(r"各(?:[省市州县区（）()、]|自治区|自治州|直辖市|计划单列市|地级市|新疆生产建设兵团){1,7}$")
# The Corps as one more place of a ministry's addressee list (各省、自治区、直辖市及计划单列市、新疆生产建设兵团
# 工业和信息化主管部门, 工信部联运行〔2022〕160号; 各省…计划单列市及新疆生产建设兵团交通运输厅(局、委),
# 交办规划函〔2025〕1920号): the bodies after it are each place's, a class.
# 各有关 and 有关 open such a list as 各 does (各有关省、自治区、新疆生产建设兵团林业和草原主管部门、应急管理厅（局）:
# 林规发〔2022〕100号).
_CORPS_IN_PLACE_LIST = re.compile("(?:各有关|各|有关)(?:省|自治区|直辖市|计划单列市|[、及和])+(?<=[、及和])$")


def _corps_functional(text: str, e: int, mt) -> re.Match[str] | None:
    """A functional name after the Corps (新疆生产建设兵团林业和草原主管部门, an addressee of its own in 国家林业和
    草原局's 2019 opinion on 林草产业) is the Corps' body of the field, as after a place (北京市应急管理部门);
    in a list of places it is each place's, a class (_corps_in_place_list)."""
    f = _PLACE_FUNCTIONAL.match(text, e)
    return f if f and functional_type(f.group(1), mt.types) else None


def _corps_in_place_list(text: str, s: int) -> bool:
    """Whether the candidate at ``s`` is the Corps, or a type right after it, in a list of places."""
    for name in ("新疆生产建设兵团", "新疆兵团"):
        if text.startswith(name, s):
            return bool(_CORPS_IN_PLACE_LIST.search(text, max(0, s - 30), s))
        if text.endswith(name, 0, s):
            return bool(_CORPS_IN_PLACE_LIST.search(text, max(0, s - len(name) - 30), s - len(name)))
    return False
# A leading group is a task force, but its standing office is a body (guide v2):
# 京津冀协同发展领导小组办公室, 国务院扶贫开发领导小组办公室, 试点工作小组办公室.
# Its name is a programme (协同发展, 全面深化改革): 同 does not end it.
# Nor does 报 before a level (将有关工作台帐报市百日整治行动领导小组办公室备案: probe dept27m).
# 开 after 公 does not stop a name: 政务公开 is a programme (报送市政务公开工作领导小组办公室:
# 吉府发〔2003〕37号, probe dept63p); a verb of sending or of a partner before the name opens it (_group_office).
_GROUP_OFFICE = re.compile(
    f"(?:(?<=公)开|(?![{_STOP.replace('同', '')}和]|报[省市州县区])[{_CJK}]){{2,14}}?(?:领导|工作)小组办公室")
# A verb opens the name only before the level or place the office is of (报送市…, 根据县…, 配合长沙市…); a verb
# inside the name goes on with its work (市督促检查工作领导小组办公室: review15).
_GROUP_BREAK = re.compile("(?:报送|上报|报请|提交|送交|抄送|配合|协助|会同|牵头|负责|督促|通过|按照|根据)"
                          f"(?=[省市州县区旗镇乡]|[{_CJK}]{{1,6}}?[省市州县区旗])")


def _group_office(m: re.Match[str]) -> tuple[int, int]:
    """A group office's span, opening after the last verb inside the match (报送市…领导小组办公室)."""
    # the match may open inside the verb, its 14 characters too few for the verb and the name (请配合长沙市创建
    # 全国文明城市工作领导小组办公室 opens on 合): the verb is read from just before it too
    cuts = [c for c in _GROUP_BREAK.finditer(m.string, max(0, m.start() - 1), m.end() - 9) if c.end() > m.start()]
    return (cuts[-1].end() if cuts else m.start()), m.end()
# A central group's office opens with its level and may hold verbs and 和 (国家组织药品集中采购和
# 使用试点工作小组办公室); no body word (局, 部, 厅, 署, 院) or 的 inside it.
_GROUP_OFFICE_CENTRAL = re.compile(f"(?:国家|国务院|中央|全国)(?:(?![的局部厅署院])[{_CJK}]){{2,24}}?(?:领导|工作)小组办公室")
_CAMPAIGN = ("创建", "争创")
# A headquarters (指挥部) is a task force too, and its standing office a body (guide v2: "unless it has a
# standing office named as such"): 石柱县抗震救灾和地质灾害防治救援指挥部办公室 (石柱府办发〔2023〕41号, probe
# dept56c), 遂宁市人民政府防汛抗旱指挥部办公室 (probe dept36p). Its name may hold 和 (抗震救灾和地质灾害防治); the
# span opens with a division's name (石柱县) or a bare level (县防汛抗旱指挥部办公室) after a clause break.
_HQ_OFFICE = re.compile(f"(?:(?<![{_CJK}])|(?<=[{_STOP}]))(?:(?![{_STOP}])[{_CJK}]){{2,26}}?指挥部办公室")


# A body or a coverb before the headquarters' name is another party of the clause (市场监管部门配合县防汛抗旱指挥部
# 办公室, 应急管理局协助…): the name opens after it.
_HQ_BREAK = re.compile("部门|局|厅|配合|协助|会同|牵头|负责|指导|督促|报送|上报|报告|提交|通知|通过|按照|根据")
# A level character opening an ordinary word is no bare level (区域联动应急指挥部办公室, 市场…).
_LEVEL_WORD = re.compile("市场|市民|市政(?!府)|市域|市区|市内|区域|区块|区内|区间|县域|县城|县内|省域|省内|州域|州内")


def _hq_office(m: re.Match[str]) -> tuple[int, int] | None:
    """A headquarters' office named in full: a division's name or a bare level opens it."""
    start, name = m.start(), m.group()
    cuts = list(_HQ_BREAK.finditer(name, 0, len(name) - 6))
    if cuts:
        start, name = start + cuts[-1].end(), name[cuts[-1].end():]
    if len(name) < 8:
        return None
    if (name[0] in "省市州县区" and not _LEVEL_WORD.match(name)) or load_divisions().parse_prefix(name, None)[1] >= 2:
        return start, m.end()
    return None


def _campaign_office(text: str, s: int, e: int) -> tuple[int, int] | None:
    """A 国家/全国 group office's span; after 创建 or 争创 the 国家 names the title a place competes
    for (南沙区创建国家生态文明建设示范区工作领导小组办公室, 南沙 2023): the office is that place's,
    the span opens with the place (a bare level or a division's name), else there is none."""
    if not text.endswith(_CAMPAIGN, 0, s):
        return s, e
    at = s - 2
    forms = load_divisions().forms
    for k in range(min(8, at), 0, -1):
        if text[at - k:at] in forms or (k == 1 and text[at - 1] in "省市县区"):
            return at - k, e
    return None


# 省（区、市）, 省(自治区、直辖市): the levels in full words too (由省(自治区、直辖市)财政厅(局)…商定,
# a 1990 finance ministry notice; probe dept21n).
_BRACKETED_LEVELS = re.compile("[省市州县区][（(](?:[省市州县区、]|自治区|自治州|直辖市|计划单列市){1,5}[）)]$")
# 省市 joins two levels (北京、上海…6个省市工商局: a class of bureaus; probe dept28n).
_LEVEL_BEFORE = re.compile("(?:设区的?市|计划单列市|[省市县区乡镇]级|地级市|县级市|省市)$")
_TERM_BEFORE = re.compile(TERM + "$")
_BARE_START = ("省", "市", "州", "县", "区", "自治区")
# \Z, not $: $ also matches before a line break, and a table's cell (进出口总额增长5%以上 | 区商务委:
# 沙坪坝区 2022, probe dept48c) is no level list of the line before.
_LEVEL_LIST = re.compile("(?:国家|[省市州县区])(?:、|或|和|及|与)\\Z|(?:以上|以下|地级|县级|设区的?|各[省市州县区])\\Z")
# The chain of party committees down from the centre (坚决落实中央、省、市及县委各项决策部署: 玉屏 2023)
# ends on the document's own committee, one body, not a class of levels; the levels may stand
# together (坚决贯彻中央、省市和县委重大决策部署: 西和县 2019 report, probe dept48c).
_CENTRE_CHAIN = re.compile("中央(?:[、和][省市州县区]{1,3})+(?:、|和|及|以及)\\Z")


def _level_list(text: str, s: int, e: int) -> bool:
    """Whether the bare body at ``text[s:e]`` is one level of a list of levels (a class)."""
    if not (text.startswith(_BARE_START, s) and _LEVEL_LIST.search(text, max(0, s - 4), s)):
        return False
    return not (text[e - 1] == "委" and _CENTRE_CHAIN.search(text, max(0, s - 16), s))
_PLACE_SUFFIX = set("省市州县区盟旗")
# Words after a bare 中心 that make it a common noun (中心城区, 中心工作).
_NOT_ISSUER_AFTER = set("城区工任环点镇组思内")


def trie_regex(words) -> str:
    """A regex matching exactly `words`, shaped as a trie so matching stays linear.

    sre tries a group's alternatives one by one, so a node with hundreds of
    branches is split into a tree of character-range lookaheads.
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(items: list[tuple[str, dict]]) -> str:
        if len(items) <= 16:
            return "|".join(re.escape(ch) + emit(child) for ch, child in items)
        size = -(-len(items) // 16)
        parts = []
        for i in range(0, len(items), size):
            chunk = items[i : i + size]
            lo, hi = re.escape(chunk[0][0]), re.escape(chunk[-1][0])
            parts.append(f"(?=[{lo}-{hi}])(?:{branches(chunk)})")
        return "|".join(parts)

    def emit(node: dict) -> str:
        end = "" in node
        items = sorted((ch, child) for ch, child in node.items() if ch)
        if not items:
            return ""
        if len(items) == 1 and not end:
            return re.escape(items[0][0]) + emit(items[0][1])
        return "(?:" + branches(items) + ")" + ("?" if end else "")

    if not root:
        return "(?!)"
    # A leading class lets sre skip positions that cannot start a word.
    first = "".join(re.escape(ch) for ch in sorted(root))
    return f"(?=[{first}]){emit(root)}"


def scan_trie_regex(words) -> str:
    """``trie_regex(words)`` for a scan of whole texts (the same matches): one alternative per first
    character, each opening with its literal, so sre skips in C to the positions where a word can
    start (behind a leading lookahead it tries the pattern at every position). A class of first
    characters read back by a lookbehind per alternative gives the same matches, but is five times
    slower on the activity triggers (about 300 first characters) and slower on short lists too."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        by_first.setdefault(w[0], []).append(w[1:])
    if not by_first:
        return "(?!)"
    alts = []
    for ch, tails in by_first.items():
        rest = [t for t in tails if t]
        body = trie_regex(rest) if rest else ""
        if rest and "" in tails:
            body = f"(?:{body})?"  # the longer words first, as the trie's optional group
        alts.append(re.escape(ch) + body)
    return "(?:" + "|".join(alts) + ")"


# A local body whose name joins two fields (合并设置的机构): 区建设和交通局 (广州市海珠区, 成都市锦江区),
# 越秀区建设和水务局, 县农业农村和水利局, 区商务和投资促进局, 县文化广电和旅游体育局. Each side is one or two
# fields of the lexicon's department types (the stems before 局/委员会, split at their 和), joined by
# 和 or 与, and the name ends in 局 or 委员会: one body, never the last field's (建设和水务局 is no
# 水务局). The linker composes the division's name with it as written (probe dept72x).
_JOINED_ENDS = ("委员会", "局")


def _type_fields(types: DeptTypes) -> list[str]:
    """The fields of the lexicon's department types: their stems before 局/委员会, split at 和, and
    the rest of a stem after or before a known field (广电旅游体育 → 广电)."""
    stems: set[str] = set()
    for form, (full, kind) in types.forms.items():
        # A government's own offices (人民政府信访局) open with no field: 县人民政府和公安局 is two bodies.
        if kind != "department" or "{" in form or form != full or "政府" in form:
            continue
        for end in _JOINED_ENDS:
            if form.endswith(end):
                stems.update(p for p in form[:-len(end)].split("和") if len(p) >= 2)
                break
    fields = set(stems)
    for stem in stems:
        for f in stems:
            if f != stem and len(stem) - len(f) >= 2:
                if stem.endswith(f):
                    fields.add(stem[:-len(f)])
                elif stem.startswith(f):
                    fields.add(stem[len(f):])
    return sorted(f for f in fields if not f.startswith("与") and not f.endswith("与"))


def _joined_type_regex(types: DeptTypes) -> str:
    """Two fields' names joined by 和/与 + 局 or 委员会 (建设和交通局, 农业农村和水利局)."""
    f = f"(?:{trie_regex(_type_fields(types))})"
    return f"{f}{f}?[和与]{f}{f}?(?:委员会|局)"


def _trie_re(words: Iterable[str]) -> re.Pattern[str]:
    """The compiled trie of ``words``, built and compiled once per user (``compile_built``)."""
    return compile_built(trie_regex, sorted(set(words)))


class _Matchers:
    """Compiled scans for one registry."""

    def __init__(self, registry: Registry):
        divs = load_divisions()
        place_forms = [f for f in divs.forms if len(f) >= 2]
        types = load_dept_types()
        body_types = [f for f in types.bodies() if len(f) >= 2]
        typ = f"{_SESSION}(?:{_joined_type_regex(types)}|{trie_regex(body_types)})"
        self.types = types
        self.registry = registry
        heads = {f: canonical for forms, canonical, _ in load_branches() for f in forms}
        words = {w for _, _, ws in load_branches() for w in ws}
        self.branch_head_re = _trie_re(heads)
        # People's organizations are named alone too (残联, 科协, 工商联): distinctive words.
        orgs = [f for f, (full, kind) in types.forms.items()
                if kind == "people_org" and len(f) >= 2 and "{" not in f and f != "红十字会"]
        self.bare_org_re = compile_cached(scan_trie_regex(orgs + list(_BARE_TOWNSHIP)))  # scanned along texts
        self.branch_word_re = _trie_re(words)
        # Places are scanned on their own and the rest is matched from their end:
        # a repeated place alternation inside one regex backtracks badly.
        self.place_re = _trie_re(place_forms)
        # Scans of the whole text try the tries only where a word's first two characters stand.
        self.place_starts = PairStarts(place_forms)
        # Former divisions (崇文区, 襄樊市) and counties since made cities or districts
        # (无为县 → 无为市): their bodies in older texts.
        self.former_re = _trie_re(sorted(divs.former_forms))
        # Few texts hold a former name: looking for one from its last character (县, 区, 市, 盟)
        # is cheaper than running the trie from every character, so the trie runs only then.
        self.former_forms = frozenset(divs.former_forms)
        self.former_ends = compile_cached("[" + "".join(sorted({f[-1] for f in divs.former_forms})) + "]")
        self.former_lengths = sorted({len(f) for f in divs.former_forms})
        self.former_tails = frozenset(f[-2:] for f in divs.former_forms if len(f) >= 2)
        assert all(len(f) >= 2 for f in divs.former_forms)  # the tails cover every form
        self.place_forms = frozenset(place_forms)
        # Short names of counties and districts (海淀, 丰台, 宣武) and the bodies that may follow one.
        self.county_shorts = county_short_names()
        self.short_type_re = compile_cached(trie_regex(load_words("dept_short_place_types")))
        # A department's type alone (教育局, 房管局, 发改委): the document's own body (guide v2).
        bare = [f for f, (_, kind) in types.forms.items() if kind in ("department", "vertical")
                and len(f) >= 3 and "{" not in f and f.endswith(("局", "厅", "委", "办"))
                and f not in ENTERPRISE_TYPES]  # 招商局 alone is the enterprise
        self.bare_type_re = compile_cached(trie_regex(bare))
        # Few texts hold one: looked for from their last character (局, 厅, 委, 办) first, as
        # the former names are, the trie runs only then.
        self.bare_types = frozenset(bare)
        self.bare_type_ends = compile_cached("[" + "".join(sorted({f[-1] for f in bare})) + "]")
        self.bare_type_lengths = sorted({len(f) for f in bare})
        self.bare_type_tails = frozenset(f[-2:] for f in bare)  # each has three characters or more
        # The short forms of a court and a procuratorate of no level (法院, 检察院): news names the
        # court of its story so (告上法院, 向法院提交破产申请); a rule writes 人民法院, a class.
        self.bare_courts = tuple(f for f, (full, kind) in types.forms.items()
                                 if kind in ("court", "procuratorate") and full.startswith("人民") and f != full)
        self.bare_court_re = compile_cached("|".join(self.bare_courts))
        # After a place, 委 alone is its party committee (仙游县委), not 委员会 or 委托.
        self.type_re = compile_cached(f"(?:{typ}|委{_COMMITTEE_NOT_AFTER})")
        self.generic_re = compile_cached(f"{_GENERIC_NAME_CHAR}{{1,12}}?{_GENERIC_END}")
        # A bare 区委/县委 names the party committee (not 委员会, 委托).
        # 旗 is a banner's bare level as 县 is a county's (旗委, 旗人民政府, 旗财政局), not in 国旗;
        # an autonomous county's own documents name it 自治县 (我代表自治县人民政府, 自治县人大).
        # Every alternative opens with a literal (the lookbehinds follow their character): sre then
        # skips in C to the characters that can open a match (a tenth of the scan's time).
        self.prefix_type_re = compile_cached(
            f"(?:{'|'.join(_PREFIX_LEVELS)}|旗(?<![国红彩锦军战令党团队]旗)|自治(?<!民族自治)[县旗])"
            f"(?:{typ}|委{_COMMITTEE_NOT_AFTER}|{_GOV_FU})")
        # A bare prefix + an unlisted body name (市土地整理储备中心, 市大数据发展局): the document's
        # division's body. Not a level word (省级…中心, 区域养老服务中心) or a pair of levels (省市联社).
        # A banner's too, as 县's (旗药材产业研究发展中心: 奈曼旗 2025, probe dept28c). 市 before 市政 is the
        # city's (市市政园林管理局: 濮政办〔2011〕19号), as 市 before 市 is no other pair of levels.
        self.prefix_generic_re = compile_cached(
            f"(?:省|市|县|区|旗(?<![国红彩锦军战令党团队]旗))(?![级域省县区州]|市(?!政))(?!{_GENERIC_END}){_GENERIC_NAME_CHAR}{{1,12}}?{_GENERIC_END}")
        # A congress's committees are units only right after their congress (中央财经委员会 is the party's).
        units = [u for u in types.units() if len(u) >= 3 and u != "办公室" and not _CONGRESS_COMMITTEE.fullmatch(u)]
        self.unit_re = compile_cached(scan_trie_regex(units))  # scanned along texts
        # Two-character aliases (人行, 中办, 国办) occur inside ordinary words;
        # only the party committees 省委/市委 are frequent and safe enough, and 武警 (the armed police,
        # thanked beside the army in every provincial report: 驻琼部队和武警官兵) opens no other word;
        # 军委 (the Central Military Commission: 贯彻军委主席负责制 in the State Council's reports of
        # 2019 and 2025) only where it starts a word (not 将军委托, 海军委员会).
        forms = [f for f in registry.surface_forms()
                 if len(f) >= 3 or f in ("省委", "市委", "央行", "国办", "武警", "侨办", "军委")]
        # Names the place/prefix + type scans find anyway are left out: a smaller
        # pattern compiles faster, and the linker still finds their records.
        body = set(body_types)
        registry_forms = [f for f in forms if not self._composed(f, body)]
        self.registry_re = _trie_re(registry_forms)
        self.registry_starts = PairStarts(registry_forms)
        # In a central document a central body is often named without its 国家/国务院/中国
        # (体育总局、公安部、标准委、统计局负责): the stripped forms, scanned only there.
        known = set(registry.surface_forms())
        short_forms = sorted(central_short_forms(registry) - known)
        self.central_short_re = _trie_re(short_forms)
        self.central_short_starts = PairStarts(short_forms)
        self.central_short_set = frozenset(short_forms)

    def _composed(self, form: str, body: set[str]) -> bool:
        for prefix in _PREFIX_LEVELS:  # the levels prefix_type_re finds the form after
            if form.startswith(prefix) and form[len(prefix):] in body:
                return True
        end = self.places_end(form, 0, 3)
        return end > 0 and form[end:] in body

    def places_end(self, text: str, pos: int, most: int) -> int:
        """The end of up to ``most`` places written one after another from ``pos``."""
        for _ in range(most):
            m = self.place_re.match(text, pos)
            if not m:
                break
            pos = m.end()
        return pos


@lru_cache(maxsize=4)
def _matchers(registry: Registry) -> _Matchers:
    return _Matchers(registry)


# Prefixes a central body's name drops in a central document (国家标准委 → 标准委), and the
# endings the rest must have; the NPC's committees go without 全国人大 (由财政经济委员会负责).
# The standing committee's working bodies go without it (dev pt-20932m "发挥预算工委基层联系点作用").
CENTRAL_PREFIXES = ("中华人民共和国", "国务院", "国家", "中国", "全国人民代表大会常务委员会", "全国人大常委会",
                    "全国人民代表大会", "全国人大")
_CENTRAL_SHORT_END = {"全国人民代表大会": re.compile("委员会$"), "全国人大": re.compile("委员会$"),
                      "全国人民代表大会常务委员会": re.compile("委员会$|工委$"), "全国人大常委会": re.compile("委员会$|工委$")}
_CENTRAL_BODY_END = re.compile("(?:局|委|办|署|部)$")


# A two-character State Council office (台办, beside 侨办、港澳办、法制办 in the members' lists of
# joint conferences, 2016: probe dept52n) only as an item of a list: after a list mark or a line's
# start, before 、 or its head's post; 平台办理 or 电台办公 hold the same two characters.
CENTRAL_LIST_ITEM = re.compile(r"(?<=[、，,：:；;\n])..(?=[、，,；;。）)]|副?主任|负责|和|及|等)")


def central_short_forms(registry: Registry) -> set[str]:
    """Names and aliases of central bodies without their 国家/国务院/中国 prefix (three
    characters at least, ending in a body word): 标准委, 版权局, 扶贫办, 林业局; and a State
    Council office of two (国务院台办 → 台办, scanned only as a list's item: CENTRAL_LIST_ITEM)."""
    out = set()
    for a in registry:
        if a.division:
            continue
        for f in a.surface_forms:
            for p in CENTRAL_PREFIXES:
                rest = f[len(p):]
                if f.startswith(p) and (len(rest) >= 3 or p == "国务院" and len(rest) == 2 and rest.endswith("办")) \
                        and _CENTRAL_SHORT_END.get(p, _CENTRAL_BODY_END).search(rest) \
                        and not rest.startswith(("、", "和", "常务委员会")) and not rest.endswith(GENERIC_INSTITUTE_ENDS):
                    out.add(rest)
    return out


# A ministry's standing expert or technical committee right after it (住房和城乡建设部科学技术委员会,
# 住建部住房政策专家委员会): one of its units, not the former 国家科学技术委员会. Its field may hold
# 及 (住宅建设及产业现代化技术委员会); not after a verb or coordinator, no body word inside.
MINISTRY_COMMITTEE = re.compile(rf"(?!和|与|及|或|并|会同|向|由|对|将|组织|成立|设立|召开|邀请|联合|委托)"
                                rf"(?:(?![局部厅署委会的、，])[{_CJK}]){{0,14}}?(?:专家|科学技术|技术|咨询)委员会")


# A county congress's standing committee names its working committees 工作委员会, short 工委, after
# their field (县人大常委会财经工委: 镇坪县 2012; 县人大代工委: 蕲春县; 县人大教科文卫工委: 长子县).
# Not a post after the congress (县人大主任看望工委同志: the chairman, then a verb; review17), nor a
# generic word (县人大常委会相关工委委员: 和县 2016, probe dept20c).
CONGRESS_WORK_COMMITTEE = re.compile(f"(?!副|主任|书记|党组|秘书长|委员|相关|有关|各|其他|其它)(?:(?![{_STOP}和、常])[{_CJK}]){{1,5}}?(?:工委|工作委员会)(?!员)")
# A congress's special committees and its standing committee's working committees by their short or
# full names, right after the congress (市人大法工委: 鄂尔多斯市司法局 2021; 省人大法制委、省人大财经委:
# 辽宁省发展改革委 2025): units of that congress, one span.
# A special committee in full is its fields run together, as each congress names them (日喀则市第二届人民代表大会
# 财政经济农牧环资委员会: 日喀则市's 十四五 纲要 2021, probe dept43p; 环境与资源保护委员会, 农业与农村委员会,
# 民族宗教侨务外事委员会): only field words, so no verb or other body runs into it.
_CONGRESS_FIELD = ("民族|宗教|侨务|华侨|外事|法制|内务|司法|监察|财政|经济|农牧|农业|农村|环资|环境|资源|保护"
                   "|城乡|建设|教育|科学|文化|卫生|社会|人事|预算|选举|代表资格审查")
CONGRESS_SPECIAL_COMMITTEE = re.compile(f"(?:{_CONGRESS_FIELD})(?:[与和]?(?:{_CONGRESS_FIELD})){{0,6}}委员会")
_CONGRESS_COMMITTEE = re.compile("法制工作委员会|法工委|法制委员会|法制委|财政经济委员会|财经委|预算工作委员会|预工委"
                                 "|教育科学文化卫生委员会|教科文卫委|监察和司法委员会|监察司法委|社会建设委员会"
                                 "|代表工作委员会|代表工委|" + CONGRESS_WORK_COMMITTEE.pattern + "|" + CONGRESS_SPECIAL_COMMITTEE.pattern)
# A congress or its standing committee, before its committees (also read by the linker).
CONGRESS_ENDS = ("人大", "人大常委会", "人民代表大会", "人民代表大会常务委员会")
# A CPPCC committee's special committee by its name right after it (县政协提案委: 蕲春县 news).
_CPPCC_UNIT = re.compile("提案委员会|提案委")


# A discipline commission's group stationed in a body (中央纪委驻总局纪检组组长, 中央纪委国家监委驻农业农村部
# 纪检监察组): the commission's own unit, one span (gov.cn news of 工商总局 2009, probe dept28n).
STATIONED_GROUP = re.compile(f"驻(?:(?![{_STOP}，。；：、])[{_CJK}]){{1,16}}?纪检(?:监察)?组")


def _unit_after(text: str, end: int, mt: _Matchers | None = None, central: bool = False) -> int:
    if text.endswith(("纪委", "监委"), 0, end) and (g := STATIONED_GROUP.match(text, end)):
        return g.end()
    if mt is not None and text.startswith("办公厅", end):
        return end + 3  # 农业部办公厅: the ministry's general office
    if text.startswith("书记处", end):
        # 共青团中央书记处常务书记, 全国总工会书记处书记: the secretariat of a people's organization or a
        # party committee is its unit (_UNIT stops before 书记, a post; 2003 news, probe dept75n).
        return end + 3
    if text.endswith(CONGRESS_ENDS, 0, end) and (c := _CONGRESS_COMMITTEE.match(text, end)):
        return c.end()
    if text.endswith("政协", 0, end) and (c := _CPPCC_UNIT.match(text, end)):
        return c.end()
    if central:
        # 商务部贸易救济调查局, 教育部教材局: a ministry's bureau is one of its units.
        b = _MINISTRY_BUREAU.match(text, end)
        if b:
            return b.end()
        if text[end - 1] == "部" and (c := MINISTRY_COMMITTEE.match(text, end)):
            return c.end()
    m = _UNIT.match(text, end)
    if not m or m.group().endswith(_NOT_UNIT_END):
        m = _PAIRED_UNIT.match(text, end)
        return m.end() if m else end
    return m.end()


# A unit named for two fields joined by 与 (省教育厅职业教育与成人教育处, hubei 教育厅办公室 2017, probe
# full50p; 政策法规与标准处): 与 is a stop character of names, so _UNIT stops before it.
# The body's own action toward another body is none (市教育局加强与区教研室沟通, 县卫健委主动与教研室对接: review24):
# no manner or verb of working together opens the first field, and no level or 各 the second (区教研室 is a body).
_PAIRED_UNIT = re.compile(rf"(?!会同|负责|牵头|要求|决定|批准|成立|设立|印发|部署|领导|举行|召开|开展|进行|发布|主持"
                          rf"|加强|积极|主动|密切|共同|紧密|深化|强化|加大|注重|做好|配合|协调|联合|联系|对接|沟通|合作|交流"
                          rf"|{_NO_UNIT_NAMED})"
                          rf"{_NAME_CHAR}{{2,6}}与(?![省市县区州盟旗乡镇村各本该])"
                          rf"{_NAME_CHAR}{{2,6}}?(?:处|科|室)(?![于在理置罚分级长技研学令法])")


# Central bodies whose bureaus are their units (商务部贸易救济调查局, 中国人民银行金融研究局).
_MINISTRY_ENDS = ("部", "委", "委员会", "总局", "署", "人民银行", "办", "办公厅", "办公室")
SUPREME_ORGANS = ("最高人民法院", "最高人民检察院")


def holds_bureaus(registry: Registry, name: str) -> bool:
    """Whether ``name`` is a central ministry or commission, or the supreme court or procuratorate, whose
    bureaus are its units (最高人民法院新闻局: 2020 news, probe dept41n). The tagger and the linker both ask."""
    return (name.endswith(_MINISTRY_ENDS) and is_central(registry, name)) or name in SUPREME_ORGANS
# The supreme court's circuit courts and divisions (设立最高人民法院巡回法庭: the court's report of 2017 to
# the NPC's standing committee, probe dept41n; 最高人民法院第一巡回法庭, 民事审判第一庭), the
# procuratorate's numbered 厅 (第一检察厅): its units.
COURT_UNIT = re.compile("第?[一二三四五六]?巡回法庭|(?:民事|刑事|行政|环境资源)审判第?[一二三四五六七八九十]庭|第[一二三四五六七八九十]{1,2}检察厅")
# A public institution named after the body it belongs to (guide v2: institutions run by a body are
# bodies; 定远县农机局张桥农机中心站 is one span): 农业部农村经济研究中心, 国家体育总局体育信息中心,
# 北京市社会科学院经济研究所. Not after a verb or coordinator (支持…研究中心), no body word inside.
_INSTITUTION = re.compile(
    rf"(?!{'|'.join(load_words('dept_institution_stops'))}|与)"
    # 高等 and a joining 与 inside the name (教育部高等学校社会科学发展研究中心, 中科院数学与系统科学研究院);
    # no 所 inside: 中国社科院金融所|中国经济评价中心 is an institute, then its centre's post.
    rf"(?:高等|与|(?![局部厅署委院所和及或、])[{_CJK}](?<![{_STOP}])){{2,12}}?"
    # Review, evaluation, testing and exchange centres are the usual 事业单位 of central bodies
    # (生态环境部环境工程评估中心, 国家药监局药品审评中心; probe dept22n).
    "(?:研究中心|信息中心|管理中心|服务中心|研究所|研究院|研究室|中心站|推广站|服务站|工作站|管理站"
    "|评估中心|评价中心|审评中心|指导中心|检验中心|检测中心|认证中心|审核中心|核查中心|交流中心|事务中心)"
    f"(?![{_CJK}]*?(?:大学|学院|公司|集团|协会))")


def institution_start(surface: str) -> int:
    """Where a public institution named after its body starts in a DEPT span (中科院|数学与系统科学
    研究院, 教育部|高等学校社会科学发展研究中心), or -1: the link stage names it after its body's full
    name (guide: a public institution directly under a department is its own body)."""
    for k in range(2, len(surface) - 3):
        if surface[k - 1] in _BODY_LAST and _INSTITUTION.fullmatch(surface, k):
            return k
    return -1


# 中办 right before 国办 (中办、国办印发, 中办国办): the pair names the two general offices.
_PARTY_OFFICE_PAIR = re.compile("中办(?<![集其家心]中办)(?=[、和与及]?国办)")  # the literal first: sre skips to it


# The last character of a body's name before its institution.
_BODY_LAST = "局部厅署委院办"


# An academy's institute by its short name (中国社科院金融所, 湖北省社科院长江经济所: news), a unit
# of the academy; 所长 after it is the post.
_ACADEMY_INSTITUTE = re.compile(f"(?:(?![院所和与及])[{_CJK}](?<![{_STOP}])){{2,6}}?所(?![长有属以])")


def _institution_after(text: str, end: int) -> int:
    """The end of an institution named right after a body (``end``), or ``end``."""
    m = _INSTITUTION.match(text, end)
    if m is None and text.endswith(("社科院", "科学院"), 0, end):
        m = _ACADEMY_INSTITUTE.match(text, end)
    return m.end() if m else end


def _place_spans(text: str, mt: _Matchers, starts: frozenset[int] = frozenset()):
    """Place (up to three nested) + department type, or + an unlisted body name. ``starts``:
    positions that open a column of the original (a word starts there whatever jieba reads)."""
    pos = 0
    match = mt.place_re.match
    # Tried only where a place's first two characters stand (the same matches as search()).
    for p in mt.place_starts.narrowed(text):
        if p < pos or (m := match(text, p)) is None:
            continue
        s, e = m.span()
        if verb_place_at(text, s) or _coordinator_place_at(text, s, e, mt):
            pos = s + 1
            continue
        end = _body_after_place(text, m, mt)
        # A column gap (two or more spaces) between the place and the body: two cells of a roster,
        # the place the tail of a person's name (黑海宁   区委办副主任: 区委办, no 海宁 区委), as
        # _after_column_gap reads a longer body after such a gap.
        if end is not None and e in starts:
            pos = s + 1
            continue
        # The word boundary (jieba) is the costly test: asked only of a place a body follows.
        # 省海洋与渔业局和永嘉县政府: jieba reads 和永 as a word; a suffixed place after a coordinator
        # or list mark starts one.
        if end is not None and (s in starts or at_word_start(text, s, m.end())  # 保定 in 医保定点
                                or (s and text[s - 1] in "和与及、" and text[m.end() - 1] in _PLACE_SUFFIX)):
            yield s, end
            pos = e
        else:
            # A place read across two words may hide the one that starts inside it: 指定安庆市 reads
            # 定安 (a county of Hainan) before 安庆市.
            pos = s + 1


_LAB_COUNT_AFTER = re.compile("[0-9０-９一二三四五六七八九十两]+[家个所]")


def _named_lab_spans(text: str, mt: _Matchers):
    """Laboratories with a proper name (guide v2: public institutions; dev gold 崂山实验室, 赣南实验室,
    辽宁实验室): a name of ``dept_named_labs.txt`` or a province's or city's name right before 实验室
    (辽宁实验室, 广州实验室, 鄂尔多斯实验室), at a word start. A full division name (安徽省实验室) and a
    kind (重点实验室, 省实验室, 国家实验室) name labs of a class."""
    for m in named_lab().finditer(text):
        if at_word_start(text, m.start(), m.end()):
            yield m.span()
    for m in re.finditer("实验室", text):
        s0 = m.start()
        # 新增陕西实验室5家: a series of a province's labs, counted.
        # 安徽省实验室: a full division name (州 closes short names too: 广州实验室).
        if s0 < 2 or text[s0 - 1] in "省市县区盟旗" or _LAB_COUNT_AFTER.match(text, m.end()):
            continue
        for k in range(max(0, s0 - 6), s0 - 1):
            p = mt.place_re.match(text, k)
            # 香港STC青海实验室: the place closes a firm's name.
            if p and p.end() == s0 and (k == 0 or (text[k - 1] != "各" and not (text[k - 1].isascii() and text[k - 1].isalnum()))) \
                    and at_word_start(text, k, s0):
                yield k, m.end()
                break


# A division's own museum: the division's name, at most two words of its field, then 博物馆 or 博物院
# (上海博物馆, 河南博物院, 上海工业博物馆). A division's museum is a public institution it runs, a DEPT with
# its name as written (guide v2: 事业单位; dev gold wr2026-shanghaim 上海博物馆, wr2026-henanm 河南博物院).
# A museum named by a site (西域都护府博物馆, 殷墟博物馆) is none of a division's and stays with the ORG
# rules, as one named by a site after the division's name is (西安碑林博物馆: a field word of this closed set
# only stands between). Its new or east wing (上海博物馆东馆: Shanghai 2025 report) is a building, outside it.
_MUSEUM = re.compile("(?:工业|自然|科技|考古|地质|历史|民俗|革命|美术)?(?:博物馆|博物院)")


def _division_museum_spans(text: str, mt: _Matchers):
    """A division's name opening a museum's (上海博物馆, 河南博物院, 湖北省博物馆), at a word start."""
    for m in re.finditer("博物[馆院]", text):
        s0 = m.start()
        for k in range(max(0, s0 - 8), s0 - 1):
            p = mt.place_re.match(text, k)
            if p is None or not (0 <= s0 - p.end() <= 2) or (k and text[k - 1] in "各全本"):
                continue
            rest = _MUSEUM.match(text, p.end())
            if rest and rest.end() > s0 and at_word_start(text, k, p.end()):
                yield k, rest.end()
                break


def _coordinator_place_at(text: str, s: int, e: int, mt: _Matchers) -> bool:
    """和县 read across 和 + 县委 after a body (市委、市政府和县委, 州委州政府和县委, 省市和县委): the
    coordinator joins two levels' bodies; 和县 follows only its own place (安徽省和县, 马鞍山市和县)."""
    if not (coordinator_opens(text, s, e) or _coordinator_after_word(text, s, e)):
        return False
    return not any((p := mt.place_re.match(text, k)) and p.end() == s for k in range(max(0, s - 8), s))


def _coordinator_after_word(text: str, s: int, e: int) -> bool:
    """和 + a bare level's committee or government after any other word (认真执行党的路线方针政策和县委的
    各项部署, 盐池县 rules 2017; 在县人大及其常委会的法律监督、工作监督和县政协的民主监督下, 高县 2021):
    和县's own bodies are named after its place or open a clause. The county's other standing organs
    too (县委巡察工作领导小组成员和县纪委监委、县委组织部有关负责同志, 洞口县 2021, probe dept21c)."""
    return (e - s == 2 and text[s] == "和" and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff"
            and text[s - 1] not in "和与及" and not _BEFORE_COUNTY_NAME.search(text, max(0, s - 2), s)
            and (text.startswith(_COUNTY_ORGANS, e) or _COUNTY_SESSION.match(text, e) is not None))


def _coordinator_before_level(text: str, s: int, mt: _Matchers) -> bool:
    """Whether the 和 before the bare level at ``s`` is the coordinator, not 和县's first character (政策和县委,
    市委、市政府和县委): the level then opens a body of its own."""
    return _coordinator_after_word(text, s - 1, s + 1) \
        or (text[s] == "县" and _coordinator_place_at(text, s - 1, s + 1, mt))


# A preposition or a meeting's verb right before 和 takes 和县 as its object, the county itself: 在和县第十八届人民代表大会
# 第四次会议上 (和县's reports), 出席和县第十八届人大…, 在和县委的领导下 (review14); after a noun (部署和县十八届人大,
# 成员和县纪委) 和 is the coordinator.
# Not where the character closes an adverb or a noun: 已经/曾经/正在/还在 + 和 is "with", 数据/证据/行为 + 和 is "and"
# (镇政府已经和县政府签订了合作协议: the township's partner is its own county's government, not 和县's; review16).
_BEFORE_COUNTY_NAME = re.compile("(?:(?<![已曾正还仍都也现数证行])[在于向对经由据按为给]|召开|出席|列席|参加|举行|主持)$")


# 和 after a body's last character joins two of the county's bodies (县财政局和县农业局, 凤凰县 2024,
# probe dept28c): the bare 县 opens the second one, not 和县 (which follows only its own place).
# What follows a bare 县 as one of the county's standing organs (委, 政府, 人大, 政协, 纪委监委, 监委,
# 法院, 检察院, 人武部): after 和 glued to a word, 和 is the coordinator, not 和县's first character.
_COUNTY_ORGANS = ("委", "政府", "人民政府", "人大", "政协", "纪委", "监委", "法院", "人民法院", "检察院",
                  "人民检察院", "人武部")
# The same organs named by their term (部署和县十八届人大四次会议通过的《政府工作报告》: 金乡县 2025;
# 和县第十七届人民代表大会): 和 joins the county's congress or CPPCC of a numbered term to what precedes it.
_COUNTY_SESSION = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?:人大|人民代表大会|政协|县委)")


# The Xinjiang Production and Construction Corps governs like a province without being a
# division: its departments follow its name (新疆生产建设兵团财务局, 新疆生产建设兵团民政局).
# Its own short name 兵团 opens them too (兵团发展改革委, 兵团财政局), where no other word runs into it
# (第一兵团, 集团, 共青团 hold no Corps).
# Where a bare short name (兵团, 新区) may open: not inside a word, or after a coverb or a list mark.
_BARE_OPENS = "(?:(?<![\u4e00-\u9fff])|(?<=[由经和及与向对在并将把为从、]))"
_BINGTUAN = re.compile(f"新疆生产建设兵团|新疆兵团|{_BARE_OPENS}兵团")
# A department's name may hold 和 (兵团文化体育广电和旅游局牵头做好…: 文化和旅游部等 2023); it ends the
# clause or a verb of the assignment follows (not 格局, 布局).
_BINGTUAN_REST = compile_cached(f"(?:{_NAME_CHAR}|和){{2,10}}?(?:(?<![格布结])局|委员会|委|办公室|办|厅)"
                                f"(?![{_CJK}]|(?<=和)(?=[{_CJK}]))|(?:{_NAME_CHAR}|和){{2,10}}?(?<![格布结])局"
                                "(?=牵头|负责|会同|联合|配合|按照|等|和|及|与|要|在)")
# The Corps alone, in a document of the Corps (师市, 团场): 承接兵团…授予的职能, 党中央对兵团的定位要求.
_BINGTUAN_ALONE = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[是由经和及与向对在并将把为从、聚焦承接]))兵团"
                             "(?![\u4e00-\u9fff]{0,1}(?:师|团场|职工|人|精神))")
_BINGTUAN_DOC = re.compile("师市|团场|新疆生产建设兵团")
# A 新区 district's own documents call it 新区 before its bodies (由新区卫生健康委…, 新区民政局: 天津滨海新区
# 2022): the level opens the name where no place name runs into it (推进滨海新区 is the place's; 各新区 a class).
_BARE_NEW_AREA = re.compile(f"{_BARE_OPENS}新区")


# What 委 after a level is not the party committee before: 委员会, 委托, 县委会议 (a meeting). 会同
# ("together with") is a verb after the committee (县委会同县财政局, 团县委会同…), but 党委会同意 is
# the committee's meeting agreeing.
_COMMITTEE_NOT_AFTER = "(?![员托屈婉]|会(?!同(?!意)))"
# 府 alone after a bare level is the government in Guangdong's addressee lines and approvals (各镇人民政府、
# 街道办事处,市府直属和省、梅属驻兴各单位: 兴市府〔2023〕57号; 市府直属各单位: 东府〔2021〕54号; 区府属各单位:
# 穗埔府规〔2021〕18号; 经市府同意). Only before those words: 兴市府〔2023〕 is a document number, 开封府 a prefecture.
_GOV_FU = "府(?=直属|属[各单]|各[部委单直]|同意|批准|常务会议)"


# 任 (to take a post) before a bare level: jieba reads 任县 as the former county (任泽区 since 2020),
# so in an appointment list the level seems not to open a word (扈伟同志任县乡村振兴局局长, 任县统计局
# 副局长). After 同志, a name or another verb (兼任, 担任, 拟任) 任 is the verb; the county follows a
# place or opens a clause (河北省任县, 任县人民政府关于…).
_APPOINT_VERB = re.compile("(?<=[\u4e00-\u9fff])任(?=县)")


def _appointed_to(text: str, s: int) -> bool:
    """Whether the bare 县 at ``s`` follows 任 the verb (同志任县信访局副局长)."""
    return s > 1 and _APPOINT_VERB.match(text, s - 1) is not None and text[s - 2] not in _PLACE_SUFFIX


# Types that jieba joins to the level word before them (县委, 县政府, 市人民政府).
_LEVEL_WORD_TYPES = ("委", "政府", "人民政府")


def _word_starts(text: str, ends: re.Pattern[str], words: frozenset[str], lengths: list[int],
                 tails: frozenset[str]) -> list[int]:
    """Sorted starts of the ``words`` (whose last characters ``ends`` matches, of ``lengths``, whose
    last two characters are ``tails``) in ``text``. The two last characters are looked up first:
    most ends (县, 局) close no word of the list. A trie of the words matches only there
    (``finditer_from``), instead of being tried along the whole text."""
    return sorted({e - n for m in ends.finditer(text)
                   for e in (m.end(),) if text[e - 2:e] in tails for n in lengths if n <= e and text[e - n:e] in words})


def _former_county_spans(text: str, mt: _Matchers, starts: frozenset[int]):
    """A former division (崇文区教育委员会, 襄樊市人民政府) or a county the divisions table holds
    under its later name (无为县农业委员会) + a department type or an unlisted body name; the
    places written before it (北京市崇文区人民政府, 湖北省襄樊市) belong to the span."""
    found = _word_starts(text, mt.former_ends, mt.former_forms, mt.former_lengths, mt.former_tails)
    if not found:
        return
    for m in finditer_from(mt.former_re, found, text):
        s, e = m.span()
        typ = mt.type_re.match(text, e)
        if typ is None and text[e:e + 1] == text[e - 1] and text[e - 1] in "市县区旗":
            typ = mt.type_re.match(text, e + 1)  # 滦县县委: the level word repeated (as _body_after_place)
        t = typ or mt.generic_re.match(text, e)
        # The county's name is a word of its own: 新建县域医疗服务中心 is no 新建县's. jieba reads
        # 栾城县委, 监利县政府 as 栾城 + 县委: the name without its level word is one then.
        if typ is None and t and citizens_word(m.group(), t.group()):
            continue  # 通州市民中心: no former 通州市's body
        if t and not _NOT_BODY.search(t.group()) and (
                s in starts or word_bounds(text, s, e)
                or (typ is not None and typ.group() in _LEVEL_WORD_TYPES and word_bounds(text, s, e - 1))):
            yield _places_before(text, s, mt), t.end()


@lru_cache(maxsize=1)
def county_short_names() -> frozenset[str]:
    """Short names (two characters or more) of counties and districts, current and former
    (海淀, 旬阳, 宣武), that no place of a higher level shares."""
    divs = load_divisions()
    shorts = {d.short for d in divs.by_code.values() if d.level == "county" and len(d.short) >= 2}
    shorts |= {f[:-1] for f, row in divs.former_forms.items()
               if row is not None and row.level == "county" and len(f) >= 3 and f.endswith(("区", "县"))
               and not f.endswith("自治县")}
    # A name that is an ordinary word too (新建, 公安 n, 开发 v) is no place alone.
    common = set(load_words("county_short_words"))
    return frozenset(s for s in shorts if s not in divs.forms and s not in common)


def _county_short_spans(text: str, mt: _Matchers, starts: frozenset[int] = frozenset()):
    """A county's short name + a court, procuratorate, police or government (海淀法院, 丰台公安分局,
    房山政府; ``lexicons/dept_short_place_types.txt``). The province before it stays outside
    (陕西|旬阳法院): the linker would compose 陕西省旬阳法院, no body's name. A type that names its
    level (区委, 县政府) needs a county of that level by the name (海宁 is 海宁市 and was 海宁县: 黑海宁
    区委办副主任 is a person's name and 区委办), and a column gap before the type (``starts``) parts
    two cells of a roster."""
    for m in mt.short_type_re.finditer(text):
        at = m.start()
        if at in starts:
            continue
        for k in (4, 3, 2):
            s = at - k
            if s >= 0 and text[s:at] in mt.county_shorts and not text.startswith("性", m.end()) \
                    and _short_level_agrees(text[s:at], m.group()) and at_word_start(text, s, m.end()):
                yield s, m.end()
                break


def _short_level_agrees(short: str, typ: str) -> bool:
    """Whether a county's short name takes a type's level (区委 → a 区, 县政府 → a 县), current or former."""
    if typ[0] not in "区县":
        return True
    divs = load_divisions()
    return short + typ[0] in divs.forms or short + typ[0] in divs.former_forms


# The head of a 、-list item before a type that ends it (、轨道|交通局): a few characters, no function word.
_LIST_ITEM_HEAD = re.compile(f"、{_NAME_CHAR}{{1,4}}$")
# 据 and 根据 open an account or a ruling by the body (据卫生局工作人员介绍, 根据卫生局的认定结果).
_BARE_TYPE_AFTER = set(_STOP) | set("和及或据")
# A bare court opens a clause (，法院无法采信) or is an object (告上法院); after 、 or at a line's
# start it is an item of a list or a rule (民政部门、外交部门、法院有关婚姻状况信息: a class).
_BARE_COURT_AFTER = _BARE_TYPE_AFTER | set("上，。；！？")
# After a level's court or procuratorate in a list the bare one is that level's too (县法院、检察院、司法局
# 分管领导: 酉阳 county news), no class.
# (Read over the seven characters before: 县人民检察院、 is seven.)
_LEVEL_COURT_ITEM = re.compile("[省市州县区旗](?:人民)?(?:法院|检察院)、$")


def _bare_type_spans(text: str, mt: _Matchers):
    """A department's type alone, as a word of its own (教育局一把手, 向税务局递交): the document's
    own body (guide v2: a missing prefix means the document's division)."""
    found = _word_starts(text, mt.bare_type_ends, mt.bare_types, mt.bare_type_lengths, mt.bare_type_tails)
    if not found:
        return
    for m in finditer_from(mt.bare_type_re, found, text):
        s, e = m.span()
        # Only after a clause start, a function word or a coordinator: a noun before it may be the
        # rest of the name (营商环境建设厅 is Hainan's, not a 建设厅).
        before = text[s - 1] if s else "。"
        if (not ("\u4e00" <= before <= "\u9fff") or before in _BARE_TYPE_AFTER) and word_bounds(text, s, e):
            yield s, e


def _bare_court_spans(text: str, mt: _Matchers):
    """A court or procuratorate named by its short form alone (向法院提交破产申请, 告上法院,
    ，检察院曾因证据不足撤销起诉): the court of the story, or the document's own (guide v2)."""
    if not any(w in text for w in mt.bare_courts):
        return
    for m in mt.bare_court_re.finditer(text):
        s, e = m.span()
        if (s == 0 or text[s - 1] in _BARE_COURT_AFTER or _LEVEL_COURT_ITEM.search(text, max(0, s - 7), s)) \
                and not text.startswith(("工作", "系统"), e) and word_bounds(text, s, e):
            yield s, e


def _places_before(text: str, s: int, mt: _Matchers) -> int:
    """The start of up to two place names written right before ``s`` (湖北省|襄樊市)."""
    for _ in range(2):
        for k in range(min(s, 8), 1, -1):
            if text[s - k:s] in mt.place_forms:
                s -= k
                break
        else:
            break
    return s


_TRAFFIC_POLICE = re.compile("(?:公安)?交巡?警(?:[\u4e00-\u9fff]{0,2}?(?:总队|支队|大队)|部门)?(?![察官员车])")


_RAILWAY_POLICE = re.compile(f"{RAILWAY_POLICE}(?:局|处)")
# A bare level's traffic police corps (市交警支队, 县交警大队, 省公安厅交警总队 is named in full): the
# document's own division's unit, as 市交警支队 of a place (above); a word start before the level
# (城市交警支队 is no level).
# The level character comes first and the checks of the character before it look back over both (the
# same matches): sre skips to the class in C instead of trying the lookbehinds at every position.
_LEVEL_TRAFFIC_POLICE = re.compile(f"[省市县区](?:(?<![{_CJK}][省市县区])|(?<=[{_STOP}和、][省市县区]))交通?巡?警察?"
                                   f"[{_CJK}]{{0,2}}?(?:总队|支队|大队)")


def _without_office_word(text: str, span: tuple[int, int], mt: _Matchers) -> tuple[int, int]:
    """A bare level's body not running into 办公 (县政府办公大楼: the government's building, not its 政府办;
    共和县 2012, probe dept73r), as after a place (武汉市政府办公楼)."""
    s, e = span
    if text.startswith("办公", e - 1) and mt.prefix_type_re.fullmatch(text, s, e - 1):
        return s, e - 1
    return span


def _body_after_place(text: str, m: re.Match[str], mt: _Matchers) -> int | None:
    """The end of the body a place match opens (type or unlisted name), or None."""
    s, e = m.span()
    e = mt.places_end(text, e, 2)
    # 成都市场监管局 reads 成都 + 市场监管局: retry one character back. 乌审旗旗委, 石景山区区委,
    # 黄山市市政府: the level word repeated opens the body's colloquial name (旗委, 区委, 市政府).
    starts = (e, e - 1) if text[e - 1] in "市州县区省" and e - 1 > s + 1 else (e,)
    if e < len(text) and text[e] == text[e - 1] and text[e] in "市县区旗":
        starts = (e + 1, *starts)
    for at in starts:
        t = mt.type_re.match(text, at)
        if t:
            end = t.end()
            if text.startswith("办公", end - 1) and mt.type_re.fullmatch(text, at, end - 1):
                end -= 1  # 武汉市政府办公楼: the government, not its 政府办
            return end
    # 长沙警方, 锦江警方: the place's police, a functional name with a jurisdiction (guide v2);
    # 警方 alone is a class.
    if text.startswith("警方", e):
        return e + 2
    # 深圳交警, 广州市交警支队, 大同市公安交警特勤大队: the place's traffic police, as its 警方 (news).
    if (t := _TRAFFIC_POLICE.match(text, e)):
        return t.end()
    # 南昌铁路公安局, 上海铁路公安局杭州公安处: the railway's police, named after its seat (not
    # the city's 公安局, which a municipality's registry record would match inside it).
    if (t := _RAILWAY_POLICE.match(text, e)):
        return _unit_after(text, t.end())
    # A functional name after a place (北京市应急管理部门, 天河区科技工业和信息化部门) is that
    # place's body of the field (guide v2), when the field names a kind of body.
    f = _PLACE_FUNCTIONAL.match(text, e)
    if f and functional_type(f.group(1), mt.types):
        return f.end()
    # An unlisted name needs a full or suffixed place: a bare short name
    # is too often part of another word (确保定点 → 保定).
    if text[m.end() - 1] not in _PLACE_SUFFIX:
        return None
    # A county's township or subdistrict (天河区石牌街道办事处, 濉溪县孙疃镇人民政府). Its name may
    # read as a place after the county's (越秀区|北京街道办事处: 北京 is no division under 越秀区;
    # 杭州市钱塘区|白杨街道办事处).
    for at in dict.fromkeys((e, mt.places_end(text, m.end(), 1), m.end())):
        # The name is two to five characters; the body's word after it may be long (西长安街 +
        # 街道办事处), so the search does not end where the name must.
        t = _TOWNSHIP_END.search(text, at + 2, at + 14)
        if t and t.start() <= at + 5 and _TOWNSHIP_KIND.get(text[t.start()]) and text[at:t.start()] + _TOWNSHIP_KIND[text[t.start()]] in townships():
            return t.end()
    g = mt.generic_re.match(text, e)
    if g and not _NOT_BODY.search(g.group()):
        return g.end()
    return None


# 中央 alone as the actor of a decision or demand (落实中央对老龄工作提出的要求, 根据中央的部署) names
# the centre; before a noun (中央财政, 中央企业, 中央和地方) it is a level or a modifier. In a
# central document (the State Council's report) the centre names its own level, which the
# annotators leave unmarked like 本届政府: only a local document's 中央 is a DEPT.
_BARE_CENTRE = re.compile("中央(?<![党共]中央)(?=对[^。，；]{1,15}?(?:提出|作出|决策|部署|要求|指示)"
                          "|的(?:决定|部署|要求|精神|指示|号召|方针|政策|领导)"
                          "|决定|提出|要求|强调|指出|作出|部署|号召|批准|同意|确定|和国务院|、国务院"
                          # 落实中央决策部署和市委工作要求, 对中央和省委作出的决策部署 (2026 reports of
                          # Tianjin and Guizhou): the centre beside the province's party committee.
                          # Not where the committee's meeting follows: 落实中央、省委经济工作会议部署 is the
                          # central economic work conference (中央经济工作会议) cut short (武宁 2022).
                          # Nor where more committees follow before it (全面落实中央、省委、市委和区委经济工作会议
                          # 决策部署: 金华市婺城区 2025, probe dept47l).
                          # The chain of levels down to the document's own committee (坚决贯彻中央、省市和县委
                          # 重大决策部署: 西和县 2019; 中央、省、市和县委: probe dept48c).
                          "|(?:[、和][省市州]{1,2})+(?:、|和|及|以及)(?:市委|州委|县委|区委)(?![\u4e00-\u9fff]{0,6}?工作会议)"
                          "|决策部署|[和、](?:省委|市委|州委|县委|区委|自治区党委)"
                          "(?!(?:[和、](?:省委|市委|州委|县委|区委))*[\u4e00-\u9fff]{0,6}?工作会议))")
# A bare media centre in a byline (（融媒体中心记者 房子君 贾稳龙）: 内乡县 news 2025, probe dept64c) is the
# centre of the division the page belongs to, as 县融媒体中心 would be.
# The clean text drops a space between two CJK words, so a centre after a name or 文/图 in the byline
# (（通讯员 张三 融媒体中心记者 李四）, （文/图 融媒体中心记者 李四）: review18) starts at a gap of the original.
_MEDIA_CENTRE_BYLINE = re.compile("融媒体中心(?=(?:全媒体)?(?:记者|通讯员))")
# 常委会 alone is the people's congress's standing committee (省人大及其常委会, 提请常委会会议审议);
# after 政协, 政治局 or a party committee it is theirs.
_BARE_STANDING = re.compile("常委会(?<![协局委央]常委会)(?!委员|组成人员)")  # 民革中央常委会: a party's
# The CPPCC's standing committee by its term and session (县政协十一届十九次常委会会议, 黟县政协召开十一届
# 二十四次常委会会议: 松溪县 2026, 黟县, probe dept21c), and every bare 常委会 of a text that names the CPPCC
# and no congress (常委会工作报告 on the CPPCC's agenda): not the congress's.
_CPPCC_TERM_BEFORE = re.compile("政协(?:召开|举行)?" + TERM + "(?:第?[一二三四五六七八九十]{1,4}次)?$")
# A party committee's term and meeting number before it (并经市委十三届第94次常委会会议审议通过: 鹤岗
# 鹤政发〔2025〕4号) make it the party committee's standing committee, not the congress's.
# (Its numbers may be written in digits or with 百, so not TERM.)
_PARTY_TERM_BEFORE = re.compile("(?:[省市州县区旗盟]|党)委(?:第?[一二三四五六七八九十百零〇0-9]{1,4}届)?"
                                "(?:第?[一二三四五六七八九十百零〇0-9]{1,4}次)?$")


def _others_standing(text: str, s: int, e: int) -> bool:
    """Whether 常委会 alone at s:e is the CPPCC's or a party committee's (see _CPPCC_TERM_BEFORE,
    _PARTY_TERM_BEFORE), not the congress's."""
    if text[s:e] != "常委会":
        return False
    if "政协" in text and "人大" not in text and "人民代表大会" not in text:
        return True
    return (_CPPCC_TERM_BEFORE.search(text, max(0, s - 16), s) is not None
            or _PARTY_TERM_BEFORE.search(text, max(0, s - 16), s) is not None)
# In a central document the congress named without 全国 is the national one (State Council reports
# 1975-1984: 五届人大四次会议, 六届人大常委会第三次会议, 提请人大常委会审议批准): its term and 人大, or
# 人大常委会. Not after a level or a plural (地方人大常委会, 各省级人大常委会, 同级人大: classes), and
# 人大 alone without a term (加强人大对…监督) is the institution, not one body.
# (The leading class: sre tries the lookbehinds only where a match can start.)
_CENTRAL_CONGRESS = re.compile("(?=[第一二三四五六七八九十人])(?:(?<![全国省市州县区级各方层地])(?:" + TERM + ")?人大(?:常委会|常务委员会)"
                               "|(?<![全国省市州县区级各方层地第])" + TERM_NUMBER + "届人大(?!代表|常委))")
# A local report's congress by its term alone, at its sessions (较好地完成了十一届人大历次会议确定的工作任务:
# 萨尔图区 2021; 十届人大四次会议): the document's own congress, as 人大 beside 政协 is. Not after a level,
# a plural or 第 (区十一届人大 is the type scan's; 十三届全国人大 is no match).
# Not from inside a numeral (全国十三届人大: 三届人大 is no term of its own).
_OWN_TERM_CONGRESS = re.compile("(?<![全国省市州县区旗盟级各方层地第一二三四五六七八九十百0-9])" + TERM_NUMBER
                                + "届人大(?=第?[一二三四五六七八九十]{1,3}次(?:全体)?会议|历次会议)")
# The Central Committee of a term after 中国共产党 (第十一届中央委员会第三次全体会议, State Council reports
# 1959, 1979): the committee whose plenum it is, as 第五届全国人民代表大会第一次会议 names the congress.
_PARTY_TERM_CC = re.compile("第" + TERM_NUMBER + "届中央委员会")
# A democratic party's committee (民革南平市委) ends where a CPC committee's name would.
_DEMOCRATIC_PARTY = re.compile("民革|民盟|民建|民进|农工党|致公党|九三学社|台盟")
_DEMOCRATIC_PARTY_BEFORE = re.compile("(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)([\u4e00-\u9fff]{0,8})$")


def _democratic_party_before(text: str, s: int, mt: _Matchers) -> bool:
    """Whether a democratic party's name, then nothing or a place, ends at ``s`` (民革南平|市委)."""
    m = _DEMOCRATIC_PARTY_BEFORE.search(text, max(0, s - 12), s)
    return bool(m) and (not m.group(1) or bool(mt.place_re.fullmatch(m.group(1))))


# The party's committee in its full form (中国共产党北京市委员会, State Council report 1955): the
# places and 委员会 after 中国共产党 (中共北京市委员会 is a registry name; 中国共产党 is cut off at link).
# 中共 + a city's full committee name (中共石嘴山市委员会 over its joint notices with the city
# government, 中共包头市委员会 in a cited title) is the same; the registry lists only provinces'.
_CPC_FULL = re.compile("(?:中国共产党|中共)(?=[\u4e00-\u9fff]{2,16}?委员会)")
# The congress of each level before 及其常委会 (同级人大, 各级人民代表大会, 地方人大) is a class; a bare
# one (接受人大及其常委会监督 in a province's report) is the document's own. The longest opening,
# 同级人民代表大会及其, is ten characters (State Council reports 1994-2007).
_CLASS_CONGRESS = re.compile("(?:同级|各级|地方)(?:人大|人民代表大会)及其$")
# The congress named bare beside its standing committee or the CPPCC (依法接受人大及其常委会监督,
# 主动接受人大和政协监督, 自觉接受人大、政协监督: provincial reports 2026) is the document's own, as
# 常委会 and 政协 there are. Not after a level, a term or a plural (省人大, 十四届人大, 同级人大: the
# type scan or a class), nor 人大代表 or 人大工作 (the institution, no one body).
# (The literal first, the character before it read by a lookbehind over both: sre skips to
# 人大 in C; a leading lookbehind made it try the pattern at every position.)
_BARE_CONGRESS = re.compile("人大(?:(?<![全国省市州县区旗盟届级各方层地同]人大)(?=及其常委会|及其常务委员会|[、和]政协|[、和]人民政协)"
                            # 自觉接受人大监督、政协民主监督, 依法接受人大法律监督 (the same reports)
                            "|(?<=接受人大)(?=(?:依法|法定|法律)?的?监督)"
                            # 在人大的法律监督下、在政协的民主监督下 (a town's 2021 report, scnj.gov.cn): the
                            # report's opening names its own congress bare, as 接受人大监督 does
                            "|(?<=在人大)(?=的(?:依法|法定|法律)?监督))")
# A report's deputies' proposals beside the CPPCC's (办结人大代表议案建议608件、政协提案684件;
# 办理人大代表建议件、政协提案件; 向各位人大代表、政协委员: reports of 辽宁 2026 and 西安 2023): the
# congress is the document's own, as in 人大、政协. The State Council's reports too (认真办理人大代表建议和
# 政协委员提案: 2017, 2022): 政协 beside it is the national committee, and dev marks the pair together.
_DEPUTIES_BESIDE_CPPCC = re.compile("人大(?<![全国省市州县区旗盟届级各方层地同]人大)(?=代表[^。；，,、\n]{0,12}?[、和与及]政协)")
# A subject of every level before it makes the congress each level's (各级政府都要自觉接受人大监督).
# In a central document the deputies a local subject meets are its own congress's (教育部: 各地要主动邀请人大代表、
# 政协委员参与督导评估): a class, no national congress.
_LOCAL_SUBJECT_BEFORE = re.compile("各地|地方|当地|基层|各省|省级|市级|县级|市县|省市|乡镇")


def _sentence_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in "。；！？\n") + 1


_EACH_LEVEL_BEFORE = re.compile("各级|同级")


# A count before a body (儋州、琼海、五指山等5家市疾控中心): that many bodies of a kind, a class.
_COUNT_BEFORE = re.compile("[0-9０-９一二三四五六七八九十百两几多]+[家个所]$")


def _cpc_full_spans(text: str, mt: _Matchers):
    """中国共产党 + one to three places + 委员会: the places and 委员会 (the prefix joins later)."""
    for m in _CPC_FULL.finditer(text):
        end = mt.places_end(text, m.end(), 3)
        if end > m.end() and text.startswith("委员会", end):
            yield m.end(), end + 3


def _cppcc_committee_spans(text: str, mt: _Matchers):
    """政协 / 中国人民政治协商会议 + a place (up to two) + its term + 委员会 (+ its 常务委员会)."""
    for m in _CPPCC_COMMITTEE.finditer(text):
        term = _CPPCC_TERM_FIRST.match(text, m.end())
        at = term.end() if term else m.end()
        p = mt.place_re.match(text, at)
        if p:
            end = mt.places_end(text, p.end(), 2)
        elif text.startswith("全国委员会", at):
            # The national committee written in full (政协第十二届全国委员会常务委员会第十九次会议,
            # 政协全国委员会常务委员会工作报告: 2017 news of its standing committee, probe dept41n).
            end = at + 2
        else:
            continue
        rest = _CPPCC_COMMITTEE_REST.match(text, end) if not term else _COMMITTEE_WORD.match(text, end)
        if rest:
            # Its special committee right after it is a unit of the same span (政协甘孜州第十三届委员会
            # 提案委员会关于…的报告: 甘孜日报 2020).
            unit = _CPPCC_UNIT.match(text, rest.end())
            yield m.start(), unit.end() if unit else rest.end()


# The count may number the departments of a party committee or government named after it: 36个县委、
# 县政府部门 (遂川县 2016, probe dept68p) is thirty-six departments of one 县委 and one 县政府.
_ORGAN = "(?:[省市州盟县区旗]委|[省市州盟县区旗](?:人民)?政府)"
_COUNT_OF_PARTS = re.compile(f"{_ORGAN}(?:[、和及与]{_ORGAN})*(?:各|有关|所属|直属|工作)?(?:部门|单位|机关|机构)")


# A count after the scope of a higher level numbers the lower divisions, whatever follows: 全省11个市政府有关部门 is
# eleven cities' governments (a class), 全县36个县委、县政府部门 thirty-six parts of the county's own (review22).
_SCOPE_BEFORE_COUNT = re.compile("全([省市州盟县区旗])[^，,。；;、]{0,4}?$")


def _counted(text: str, s: int) -> bool:
    count = _COUNT_BEFORE.search(text, max(0, s - 6), s)
    if not count:
        return False
    if not _COUNT_OF_PARTS.match(text, s):
        return True
    scope = _SCOPE_BEFORE_COUNT.search(text, max(0, count.start() - 8), count.start())
    return scope is not None and scope.group(1) != text[s]


def _bilateral(text: str, s: int) -> bool:
    """泰中友协, 中日友协: a bilateral friendship association (an ORG), not the division's 友协."""
    return text.startswith("友协", s) and "中" in text[max(0, s - 2):s]


def _class_standing(text: str, s: int, e: int) -> bool:
    """常委会 of a congress that names no one division (同级人大及其常委会), or the CPPCC as an
    institution (人民政协)."""
    if text.startswith("政协", s) and e - s == 2:
        return text.startswith("人民", max(0, s - 2)) and s >= 2
    return text.startswith("常委会", s) and e - s == 3 and bool(_CLASS_CONGRESS.search(text, max(0, s - 10), s))
# A central functional name: 国务院市场监督管理部门, 国务院税务主管部门, 国务院证券监督管理机构 (one
# body; 国务院有关部门 is a class, 国务院直属机构 names no field); a regulation also writes 机关
# (国务院机构编制管理机关, 国务院令第227号 Art. 3; probe dept37n).
# Also 国家 + field + 主管部门 ("国家生态环境主管部门会同相关部门…": 生态保护红线管理办法 draft, probe asg55n),
# where the tail 主管 makes it one body of a field, not 国家机关 or 国家有关部门.
# The field may hold 设 after 建 (国务院建设行政主管部门, 建设工程质量管理条例 Art. 4), as a local one may. The
# linker reads a span with this same pattern: one authority for what a central functional name is.
CENTRAL_FUNCTIONAL = re.compile(f"国务院(?!有关|相关|其他|各|其它)({_FIELD_CHAR}{{1,8}}?)(?:行政主管|行政|主管)?(?:部门|机构|机关)"
                                f"|国家(?!有关|相关|其他|各|其它)({_FIELD_CHAR}{{2,8}}?)(?:行政主管|主管)(?:部门|机构)")
# A body of a development zone or new area (not a division): 赣江新区应急管理局, 万盛经开区管委会,
# 合肥新站综合开发试验区经贸发展局. The zone's name opens a phrase (after punctuation or a
# coordinator), so a verb before it (推进两江新区…) stays outside.
# 各 opens a class (各产业园区管委会: every zone's committee, 神木 2022; probe dept32t), never a zone's name.
_ZONE_CHAR = f"(?:(?![的在将对与向从由了是为等及或并把被让给到于各])[{_CJK}])"
# 辽河口生态经济区 (盘锦, Liaoning) is a zone with its own 管委会 like a 新区.
# 台商投资区 (海沧, 杏林, 集美: 厦门's addressee lines) is a zone with its own 管委会 too.
# The kinds of zone (新区, 开发区 …) whose bodies are named after them; the linker reads the same list.
# 产业园区 and 工业园区 (云南禄丰产业园区管委会 in 禄丰市's rules of 2024, 长乐山工业园区 on 下陆区's
# addressee line: probe dept28c) are a county's zones with their own 管委会.
# 工业区 too (嘉定工业区、菊园新区管委会 on 嘉定区's addressee line, 2024: probe loc41).
# 产业园 and 工业园 with their own 管委会 (黄冈产业园管委会 among 黄冈市's 责任单位, 2020: probe asg48).
# 功能区 (区电子机械功能区管委会 among 杭州市上城区's 配合部门, 2019: probe dept71c) has its own 管委会 too.
ZONE_WORDS = "新区|开发区|经开区|高新区|商务区|试验区|示范区|保税区|自贸区|合作区|经济区|投资区|园区|工业区|产业园|工业园|功能区"
# A dash may join two places inside the zone's name (磨憨—磨丁合作区管委会 among 昆明's 责任单位, 2023).
# A free trade zone's name opens with its province in brackets (中国(四川)自由贸易试验区管理委员会,
# 中国(广东)自由贸易试验区南沙片区管委会); 由 of 自由贸易 is no coverb there.
_ZONE_BODY_REST = (f"(?:中国[（(][{_CJK}]{{2,3}}[)）])?(?:自由|{_ZONE_CHAR}|(?<=[{_CJK}])—(?=[{_CJK}])){{2,12}}?"
                   f"(?:{ZONE_WORDS})"
                   # 管委 alone is Qingdao's short form (青岛西海岸新区管委, 青岛高新区管委: 青政发〔2019〕1号)
                   f"(?:管委会|管理委员会|管委(?![会员])|(?:(?!和){_NAME_CHAR}){{1,8}}?(?:局|办公室)"
                   # a second name of the zone in brackets before its committee: 广州南沙开发区(自贸区南沙片区)
                   # 管理委员会 (穗南府办规〔2023〕1号); a definition (以下简称…) is no name.
                   f"|[（(](?!以下|下简称|下称|简称){_ZONE_CHAR}{{1,10}}?(?:{ZONE_WORDS}|片区)[)）](?:管委会|管理委员会)"
                   # its party working committee and discipline body (潜江高新区党工委, 潜江高新区纪检监察工委,
                   # 潜江高新技术产业开发区纪检监察工作委员会: 潜江市's rules, 2024)
                   f"|(?:纪检监察)?(?:党工委|工委|工作委员会)"
                   # a township of the zone: 叶集改革发展试验区孙岗乡人民政府
                   f"|{_NAME_CHAR}{{1,4}}?(?:镇人民政府|乡人民政府|街道办事处))")
ZONE_BODY = compile_cached(f"(?:(?<![{_CJK}])|(?<=[和及与由向对])){_ZONE_BODY_REST}")
# The same at a column of a roster, where normalization joins the name to the cell before it
# (陈冬燕  合肥新站综合开发试验区经贸发展局 reads 陈冬燕合肥新站…).
_ZONE_BODY_AT = compile_cached(_ZONE_BODY_REST)
# Where the zone's word stands (overlaps too: 高新区 holds 新区): a match of ZONE_BODY opens 2 to 12
# characters before one, so the scan tries only there instead of at every character.
# Where a zone word starts (overlaps too: 高新区 holds 新区): its first character, the rest ahead;
# literal alternatives let sre skip to those characters in C (a lookahead first would not).
_ZONE_WORD = re.compile("新(?=区)|开(?=发区)|经(?=开区|济区)|高(?=新区)|商(?=务区)|试(?=验区)|示(?=范区)|保(?=税区)"
                        "|自(?=贸区)|合(?=作区)|投(?=资区)|园(?=区)|产(?=业园)|工(?=业园)|功(?=能区)")


# A county's addressee line names its one zone's committee by the kind alone, an item of the list
# (各乡镇人民政府、街道办事处，开发区管委会，县直各有关部门: 梁政发【2023】7号; 各镇人民政府，生态工业园区管委会，
# 县政府各部门: 民政发〔2020〕110号; probe dept56c): one body, the document's own zone, whose full name the
# text does not give (canonical null). Only between the list's separators: in a sentence (各开发区管委会,
# 推动开发区管委会改革) the bare kind is a class.
# The zone kinds that stand bare before their committee (开发区管委会, 园区管委会).
_BARE_ZONE_KINDS = "经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区|产业园区|园区"
_BARE_ZONE_COMMITTEE = re.compile(f"(?<=[，,、：:；;\n])(?:{_BARE_ZONE_KINDS})管委会(?=[，,、：:；;\n])")
_ADDRESSEE_LINE_END = re.compile("[：:][ \t\u3000]*$")


def _on_addressee_line(line: str) -> bool:
    """Whether a line is one of addressees: no sentence in it, ending with a colon (a 责任单位 note's
    list, 各管理区管委会、经开区管委会,以下统称各县(区)政府, is a class: probe20)."""
    return "。" not in line and bool(_ADDRESSEE_LINE_END.search(line))


_FIRST_COLON = re.compile("[：:]")
_SENTENCE_BREAK = re.compile("[。！？；;]")


def _addressee_head_end(line: str) -> int:
    """Where the addressee list opening a line ends (its colon), when a page ran the notice's body on
    after it in the same line (各县、区人民政府,各管理区管委会,经开区管委会,市政府各部门,市直属各单位:《…》已经市政府
    常务会议研究通过…: 张家口市人民政府办公室 2022, probe dept70p); 0 if the line opens none. An addressee
    list opens with 各 and holds no sentence before its first colon."""
    head = line.lstrip(" \t\u3000")
    if not head.startswith("各"):
        return 0
    c = _FIRST_COLON.search(line)
    if c is None or _SENTENCE_BREAK.search(line, 0, c.start()):
        return 0
    return c.start()


# A line of its own that labels the bodies of a task (主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、
# 有关直属单位: 灵璧县卫健委's 2021 task list, probe dept61c) names them as an addressee line does: its bare
# zone committee is the county's one zone's. Not where the list says it covers a class (各管理区管委会、经开区
# 管委会,以下统称各县(区)政府: a city's bracketed note, probe20), nor inside a sentence.
_UNIT_LABEL_LINE = re.compile("^[ \t\u3000]*(?:主要)?(?:牵头|责任|协作|配合|参与|协办|主办)?(?:责任)?单位[：:]")
_ITEM_SEPARATORS = frozenset("、，,；;：:")


def _on_unit_label_line(line: str) -> bool:
    """Whether a line is a labelled list of bodies of its own (see _UNIT_LABEL_LINE)."""
    return _UNIT_LABEL_LINE.match(line) is not None and "。" not in line and "统称" not in line


def _class_of_committees_before(text: str, start: int, s: int) -> bool:
    """Whether the item before ``s`` (from the line's ``start``) is a class of committees, 各…管委会 then a
    list comma right before ``s``: read back over that one item only (a search from the line's start for
    each item of a long line was quadratic)."""
    k = s - 4
    if k < start or text[s - 1] not in "、，," or not text.startswith("管委会", k):
        return False
    while k > start and text[k - 1] not in _ITEM_SEPARATORS:
        k -= 1
        if text[k] == "各":
            return True
    return False


def _listed_zone_committees(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Bare zone committees (开发区管委会) listed on an addressee line or a labelled line of bodies.

    Each line is read once for all its items: reading the whole line again for each item (the line's
    slice and a search to its end) was quadratic in a long line of them (经济开发区管委会、×7,000, 64,000
    characters: 3.3 s)."""
    found: list[tuple[str, tuple[int, int]]] = []
    start, end, addressee, labelled, head_end = 0, -1, False, False, 0
    for m in _BARE_ZONE_COMMITTEE.finditer(text):
        s, e = m.span()
        if s > end:  # a new line: the match holds no line break, so s..e lies on one line
            start = text.rfind("\n", max(end, 0), s) + 1 if end >= 0 else text.rfind("\n", 0, s) + 1
            end = text.find("\n", e)
            end = len(text) if end < 0 else end
            line = text[start:end]
            addressee, labelled = _on_addressee_line(line), _on_unit_label_line(line)
            head_end = 0 if addressee else start + _addressee_head_end(line)
        if addressee or e <= head_end or (labelled and not _class_of_committees_before(text, start, s)):
            found.append(("pattern", (s, e)))
    return found


_ZONE_PARTY_END = ("党工委", "工委", "工作委员会")
_BARE_KIND_END = re.compile(f"(?:{_BARE_ZONE_KINDS}|自由贸易试验区|自由贸易区)(?:管委会|管理委员会)$")


def _bare_zone_kind(name: str) -> bool:
    """The bare kind of zone, alone or after verbs and function words only (要推动开发区管委会改革, 推动自由贸易试验区
    管理委员会改革): a class of committees in a sentence, no zone's name (the addressee line's one is
    _BARE_ZONE_COMMITTEE's)."""
    bare = _BARE_KIND_END.search(name)
    tags = function_word_tags()
    return bool(bare) and all(tags.get(w) for w in shared_words(name[:bare.start()]))
_BARE_ZONE_PARTY = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[经由和及与]))党工委(?=[、和及与]管委会)|(?<=管委会[、和及与])党工委(?![\u4e00-\u9fff])")
_DEFINITION_LEAD = re.compile(DEFINITION_WORDS)


def _zone_party_from_place(text: str, m: re.Match[str], mt: _Matchers) -> tuple[int, int] | None:
    """A zone body's span; a zone's party or discipline working committee opens at the place its
    zone's name starts with (以潜江高新区党工委为主: 潜江), as 管委会 need not (no such names seen)."""
    # （以下简称保税区管委会）: the definition's words open no name (天津港保税区's rules, 1993).
    lead = _DEFINITION_LEAD.match(m.group())
    if lead:
        return m.start() + lead.end(), m.end()
    # An article's number before the zone's name (第二条 广州南沙开发区…管理委员会 in the clean text, where
    # spaces go): the rule's heading, no part of the name.
    article = _ARTICLE.match(m.group())
    if article:
        return (m.start() + article.end(), m.end()) if _ZONE_BODY_AT.fullmatch(text, m.start() + article.end(), m.end()) else None
    if not m.group().endswith(_ZONE_PARTY_END):
        tags = function_word_tags()
        if _bare_zone_kind(m.group()):
            return None
        # 主持云南禄丰产业园区管委会日常工作 (禄丰市 2024): a verb opening the line is no part of the name.
        for k in (2, 3):
            if tags.get(m.group()[:k], "").startswith("v") and _ZONE_BODY_AT.fullmatch(text, m.start() + k, m.end()):
                return m.start() + k, m.end()
        return m.span()
    for p in range(m.start(), m.end() - 4):
        if mt.place_re.match(text, p):
            return p, m.end()
    return None


# 建设 naming a kind of zone (曲阜文化建设示范区管委会 on 济宁's addressee line, 2021; 生态文明建设示范区)
# is part of the zone's name, no verb.
_ZONE_NAME_BUILD = re.compile(f"建设(?=(?:{ZONE_WORDS}))")


# The body that runs a named protected or scenic site, on a county's addressee line (富水湖湿地公园管理处 of
# 通山县 2023, 花亭湖风景名胜区管理处 of 太湖县 2019): a public institution (guide: DEPT). The site's name opens
# a phrase and holds no 各 (各风景名胜区管理处 is a class); the bare kind (风景区管委会) names no site.
# Two sites joined by a dash make one site's name (云居山—柘林湖风景名胜区管委会 on 九江's addressee line, 2011;
# 青城山—都江堰风景名胜区): the dash does not open the name.
_SITE_BODY = re.compile(f"(?<![{_CJK}])(?:{_ZONE_CHAR}{{2,6}}[—－])?{_ZONE_CHAR}{{2,10}}?(?:风景名胜区|风景区|湿地公园|森林公园|地质公园|自然保护区|旅游度假区)"
                        "(?:管理处|管理局|管理委员会|管委会|管理中心)")
# The zone and the office that every _SITE_BODY match ends with: _SITE_BODY, tried at every character,
# runs only in the texts that hold one (few do).
_SITE_OFFICE = re.compile("(?:风景名胜区|风景区|湿地公园|森林公园|地质公园|自然保护区|旅游度假区)"
                          "(?:管理处|管理局|管理委员会|管委会|管理中心)")


def _zone_not_body(name: str) -> bool:
    """_NOT_BODY read on a zone body's name, 建设 right before the zone's word left out."""
    return bool(_NOT_BODY.search(_ZONE_NAME_BUILD.sub("", name)))


def _zone_body_starts(text: str) -> list[int]:
    return sorted({s for q in map(re.Match.start, _ZONE_WORD.finditer(text)) for s in range(max(0, q - 12), q - 1)})
# A State Council body no registry lists, named in full or by its 办 (国务院反垄断委员会,
# 国务院职能转变协调办, 国务院知识产权战略实施工作部际联席会议办公室).
_SC_BODY = re.compile(f"国务院({_NAME_CHAR}{{2,18}}?)(?:办公室|委员会(?!办公室)|办(?![理法事公成结]))")
# The joint meetings renamed 国家… in 2022 (国家知识产权强国建设工作部际联席会议办公室, the issuer of the
# yearly 推进计划), and the 国务院… ones whose field holds a character _NAME_CHAR stops at (国务院自由贸易
# 试验区工作部际联席会议办公室, 国发〔2018〕38号: 由): their office, named in full, is a body.
# Any Han character inside: the field names 建设 or 自由; no 的 (a relative clause).
_NATIONAL_JOINT_OFFICE = re.compile(f"(?:国家|国务院)([{_CJK}]{{2,20}}?)部际联席会议办公室")
# The standing office of a coordinating body named by the short name the text defines for it (guide v2: a
# task force is no body, its standing office is): 成立健康中国行动推进委员会（以下简称推进委员会）…
# 推进委员会办公室设在国家卫生健康委 (健康中国行动组织实施和考核方案, 2019); 组建…首都国际机场协调委员会
# （以下简称协调委）…协调委办公室设在民航总局 (国函〔2006〕38号).
_DEFINED_GROUP = re.compile(f"(?:(?<=委员会)|(?<=联席会议)|(?<=小组))[（(](?:以下简称|下简称|简称)[“\"]?([{_CJK}]{{2,10}}?)[”\"]?[）)]")
_DEFINED_GROUP_END = re.compile("(?:委员会|委|联席会议|小组)$")


def _defined_group_offices(text: str) -> list[tuple[int, int]]:
    """Spans of ``<short name>办公室`` for each coordinating body the text names by a defined short name."""
    spans = []
    for m in _DEFINED_GROUP.finditer(text):
        alias = m.group(1)
        if not _DEFINED_GROUP_END.search(alias):
            continue
        office = alias + "办公室"
        i = text.find(office, m.end())
        while i >= 0:
            if _opens_its_phrase(text, i):
                spans.append((i, i + len(office)))
            i = text.find(office, i + len(office))
    return spans


_PHRASE_BEFORE_TAGS = ("v", "p", "c", "d")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def _opens_its_phrase(text: str, i: int) -> bool:
    """Whether a defined short name at ``i`` stands alone: after punctuation, a verb or a function word (由推进
    委员会办公室, 会同协调委办公室), not closing a longer name (各地食品安全委员会办公室 after 简称委员会, 地方协调委
    办公室: a class of other bodies' offices)."""
    if i == 0 or not _CJK_CHAR.match(text[i - 1]):
        return True
    tags = function_word_tags()
    return any(tags.get(text[max(0, i - k) : i], "").startswith(_PHRASE_BEFORE_TAGS) for k in (2, 1))


# Not a body: a government's own office (国务院办公厅 is listed), a class (国务院有关部门办).
# Nor a verb phrase after 国务院 as actor (国务院决定成立办公室, 国务院批准设立…委员会).
_SC_NOT_BODY = re.compile("^(?:有关|相关|各|其他|办公|常务)|部门|决定|批准|批转|转发|批复|同意|关于|印发|成立|设立|组建|领导|部署"
                          "|要求|审议|通过|授权|指定|委托|派出|负责|牵头|统一|直接|召开|建立|撤销|合并|调整"
                          "|根据|按照|依据|中国|中央|国家|全国|[年月日]")
# The Youth League's committee by its bare level (团省委, 团县委, 共青团市委): the party's committee
# of the same division with 共青团 for 中共 (linker). Not inside 集团, 社团, 兵团 or 共青团员.
# Each branch opens with its character, the lookbehind after it, so that sre skips ahead in C.
_LEAGUE_COMMITTEE = re.compile("(?:共青团|团(?<![集社兵军剧乐师营连青财]团))(?:自治区|[省市县区州])委" + _COMMITTEE_NOT_AFTER)
# What every match holds, found from its 团 in C (团 alone is common: 集团, 团结, 团队).
_LEAGUE_WORD = re.compile("团(?:自治区|[省市县区州])委")
# 政协 alone names the division's CPPCC committee (请各位政协委员…); 人民政协 is the institution
# (接受人民政协的民主监督, 发挥人民政协的作用), no one committee.
# 办 before a verb's second character is that verb (县人大办理代表建议, 县委办好实事, 县政府办结).
_OFFICE_VERB_SECOND = "理好结实事法妥成"
# 政协 before 工作 or 事业 is the institution's work, no one committee (市委对政协工作的要求, 对政协工作的支持:
# 三峡日报 2025-02-12, probe dept74p), as 人大工作 is for the congress; its report (政协工作报告) is the committee's.
_BARE_CPPCC = re.compile(f"政协(?<!人民政协)(?!办(?![{_OFFICE_VERB_SECOND}])|工作(?!报告)|事业)")  # the literal first: sre skips to it in C
# A CPPCC committee's special committee standing alone, in a text that names the CPPCC and no congress
# (see CPPCC_SPECIAL_COMMITTEES), opening an item or a clause.
_CPPCC_SPECIAL = re.compile(r"(?:^|(?<=[\n、，,。；;：:\s]))(?:" + "|".join(CPPCC_SPECIAL_COMMITTEES) + ")")
# A local CPPCC committee named in full, its place after 政协 and its term before 委员会 (政协沧源佤族
# 自治县第十四届委员会第四次会议, 中国人民政治协商会议宜良县第十届委员会, 代表政协宜良县第十届委员会常务委员会
# 作工作报告: county session news, Yunnan 2025/2026), with its standing committee: one body.
_CPPCC_COMMITTEE = re.compile("(?:中国人民政治协商会议|政协)(?=[\u4e00-\u9fff]{2,14}?(?:" + TERM + ")?委员会)")
# The term may stand before the place (政协第十六届夏县委员会: 夏县 2023, probe dept20c).
_CPPCC_TERM_FIRST = re.compile(TERM)
# With the term first its standing committee joins as well (政协第十一届山西省委员会常务委员会第二十七次
# 会议: 山西 2018 news, probe dept40p).
_COMMITTEE_WORD = re.compile("委员会(?:常务委员会|常委会(?!议))?")
_CPPCC_COMMITTEE_REST = re.compile("(?:" + TERM + ")?委员会(?:常务委员会|常委会(?!议))?")
# 县政协常委会, 市政协常务委员会: the CPPCC committee's standing committee, named with it.
# Its term may stand between (州政协十一届常务委员会带领…: 临夏 2016); not a session's number (州政协
# 十一届二十九次常委会 is a meeting of it).
_STANDING_AFTER_CPPCC = re.compile("(?:" + TERM + ")?(?:常务委员会|常委会(?!议|委员|组成人员))")
# A township's government or subdistrict office in colloquial form names one body (the formal
# 镇人民政府（街道办事处） in a rule is a class).
_BARE_TOWNSHIP = ("镇政府", "乡政府", "街道办")
_BARE_TOWNSHIP_KINDS = ("街道办事处", "街道办", "街道", "镇人民政府", "乡人民政府", "镇政府", "乡政府", "乡镇政府",
                        "乡镇人民政府")


# A township's party committee and discipline commission (灵溪镇纪委, 九龙镇党委, X街道党工委) are
# organs of the township as its government is (Cangnan and Yanting county pages, round 9).
# The lookahead on the first characters lets sre skip to them (the [镇乡] alternatives left it no
# prefix: it tried every alternative at every position, 2.5x slower).
_TOWNSHIP_END = re.compile("(?=[街镇乡办" + "".join(sorted({k[0] for k in STATION_KINDS})) + "])(?:"
                           "街道办事处|街道办|镇人民政府|乡人民政府|镇政府|乡政府|办事处"
                           "|镇党委|乡党委|镇纪委|乡纪委|街道党工委|街道纪工委"
                           # A town's own service centre, its public institution (乾务镇政务服务中心: 珠海
                           # 斗门区 news 2019; 便民服务中心 of 乡镇 and 街道 pages).
                           "|(?:镇|乡|街道)(?:政务|便民|党群)服务中心"
                           # A town's congress and its session (在庄墓镇第十二届人民代表大会第一次会议上).
                           "|[镇乡](?:第" + TERM_NUMBER + "届)?人民代表大会|[镇乡]人大(?!代表)|"
                           + "|".join(STATION_KINDS) + ")")
# A village or community named right after a township's body is a place (颍泉区中市街道办事处中北社区,
# 颍州区程集镇程集居委会: LOC), and so is a residents' or villagers' committee, a self-governing body
# of a place, no organ of the state (guide v2 lists organs down to 乡/镇/街道办事处).
_VILLAGE_AFTER = re.compile(f"{_NAME_CHAR}{{1,6}}?(?:社区|村)(?:居民委员会|村民委员会|居委会|村委会)?(?![{_CJK}])")
# The same where a roster's columns are joined (万湖村周德轩: the next cell's name follows).
_VILLAGE_NAME_AFTER = re.compile(f"{_NAME_CHAR}{{1,6}}?(?:社区|村)")
_SELF_GOVERNING_END = ("居民委员会", "村民委员会", "居委会", "村委会")
# Hospitals and schools, public or not, are organizations (ORG: the dev gold marks 广州市启明学校 so):
# a model span ending so is no body.
_HOSPITAL_SCHOOL_END = ("医院", "卫生院", "保健院", "学校", "小学", "中学", "幼儿园", "大学", "美院")
_STOP_SET = set(_STOP) | set("，。、；：（）()《》“”\n 和政府")
# The level word a township body's name keeps: 天园 + 街道办事处 is the subdistrict 天园街道.
_TOWNSHIP_KIND = {"街": "街道", "镇": "镇", "乡": "乡"}
# An article number before a body (第七条 镇人民政府 in the clean text, where spaces go).
_ARTICLE = re.compile("第[一二三四五六七八九十百零〇]+条")


def _township_spans(text: str):
    """A named township or subdistrict body or police station: 天园街道办事处, 孙疃镇人民政府,
    东风派出所. A township's name must be one of the divisions table (``kb.townships``): a
    verb or place word before a bare 镇人民政府 (委托镇人民政府, 发生地镇人民政府, 第七条 镇人民政府)
    leaves the class of bodies a rule names. A police station's name (two to four characters)
    starts a word."""
    names = townships()
    for m in _TOWNSHIP_END.finditer(text):
        s = m.start()
        kind = _TOWNSHIP_KIND.get(text[s])
        if text.startswith("办事处", s):
            # 福华街办事处, 铭功路办事处: a subdistrict office without 街道 (郑州市二七区's news of
            # 2017, probe dept28c), only where the divisions table lists that subdistrict; before a
            # village it is an address (蒙城县庄周办事处万湖村, a roster's place column).
            if _VILLAGE_NAME_AFTER.match(text, m.end()):
                continue
            kind = "街道"
        for size in (5, 4, 3, 2) if kind else (4, 3, 2):
            start = s - size
            if start < 0 or any(c in _STOP_SET or not ("\u4e00" <= c <= "\u9fff") for c in text[start:s]):
                continue
            if kind:
                if text[start:s] + kind not in names:
                    continue
                # 小城镇政府, 中心镇政府: a common noun that is also some township's name names no
                # one body unless a place opens it (XX县新城镇政府).
                if text[start:s] + kind in _common_township_words() and not (
                        start and text[start - 1] in _PLACE_SUFFIX):
                    continue
            elif any(q in text[start:s] for q in _qualifiers()) or _ARTICLE.match(text, start) \
                    or _opens_with_verb(text, start):
                continue  # 辖区派出所: each area's body, a class; 带回龙岗派出所: a verb's object
            if at_word_start(text, start, m.end()):
                yield start, m.end()
                break


# Towns sharing one station's word (整合了乾务、五山派出所的户籍资源; 乾务和五山派出所各2个: 珠海斗门
# 区 news 2019): each town's station is named (guide v2: each a DEPT, the name as written, as places
# sharing one 人民政府 are). Only a township the divisions table lists under that name.
def _shared_station_heads(text: str, stations: list[tuple[int, int]]):
    names = townships()
    for s, e in stations:
        if not text.endswith(STATION_KINDS, s, e):
            continue
        if s < 1 or text[s - 1] not in "、和":
            continue
        for size in (3, 2):
            start = s - 1 - size
            head = text[start:s - 1]
            if start >= 0 and _ONE_CJK.fullmatch(head[0]) and all("\u4e00" <= c <= "\u9fff" for c in head) \
                    and any(head + k in names for k in ("镇", "乡", "街道")) and at_word_start(text, start, s - 1):
                yield start, s - 1
                break


@lru_cache(maxsize=1)
def _common_township_words() -> frozenset[str]:
    return frozenset(load_words("township_common_words"))


def _opens_with_verb(text: str, start: int) -> bool:
    """Whether a verb of jieba's dictionary opens ``text`` at ``start`` (带回, 送往, 前往)."""
    tags = function_word_tags()
    return any(tags.get(text[start:start + k], "").startswith("v") for k in (2, 3))


def _field_list_spans(text: str, mt: _Matchers):
    """The items of a list of prefixed fields sharing one 部门 (市人力资源社会保障、市科技等相关部门),
    when every item's field names a kind of body."""
    for m in _FIELD_LIST.finditer(text):
        pos, items = m.start(1), []
        for item in m.group(1).split("、"):
            if not functional_type(item[1:], mt.types):
                items = []
                break
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        yield from items


# Fields a local rule names by their matter, not by the body's name: 土地行政主管部门 is the land authority
# (the 国土资源局 of 1999-2018: 六盘水市 市府发〔2010〕19号; which body it is at a date is the linker's).
FIELD_ALIASES = {"土地": "国土资源"}


def functional_type(field: str, types, ends: tuple[str, ...] = FUNCTIONAL_ENDS["local"]) -> str | None:
    """The type a functional name's field stands for: 民政 → 民政局, 发展改革 → 发展改革委."""
    field = FIELD_ALIASES.get(field, field)
    for end in ends:
        # An internal unit's name is no field (财政经济委员会, a congress's committee: 抚顺市财政经济部门
        # in the 1981 State Council report is the city's finance and economic departments, a class).
        if (t := types.get(field + end)) and t[1] != "unit":
            return field + end
    return None


def _branch_spans(text: str, mt: _Matchers):
    """A vertical body's branch: head + place + branch word (人民银行郑州中心支行)."""
    for m in mt.branch_head_re.finditer(text):
        e = mt.places_end(text, m.end(), 2)
        if e == m.end():
            continue
        w = mt.branch_word_re.match(text, e)
        if w:
            yield m.start(), w.end()


# A central body's short form after a class head is every division's body of that kind, not the
# central one: 各省、自治区、直辖市…数据管理部门、党委网信办 (国数政策〔2023〕11号's addressee line, probe
# dept62n), 各级网信办, 地方网信办.
_CLASS_BEFORE_SHORT = re.compile("(?:党委|各级|地方|各地|省级|市级|县级|市县)$")


def _after_place(text: str, start: int, mt: _Matchers) -> bool:
    return any(mt.place_re.fullmatch(text, start - k, start) for k in range(2, 8) if start >= k)


# 人民银行各分行 (an addressee line of a joint financial notice: 财政部、中国人民银行、中国证监会, law74
# infoeach): each branch of a vertical body is a class, as 国务院各部委.
_CLASS_AFTER = re.compile("(?:有关|相关|其他|其它)*(?:部门|各部委)|各(?:分行|分支行|分支机构|派出机构)")
# 国务院各部门, 国务院部委及直属机构: the State Council's departments as a class (an addressee
# line's 省政府各部门 keeps its government: the guide marks it); with a 顿号 in 国务院各部、委 (State
# Council report 1975) and 国务院各部、委员会、中国人民银行、审计署 (立法法 Art. 80). The other kinds
# of State Council bodies are classes too: 国务院办事机构, 国务院议事协调机构 (国务院令第227号 Art. 6;
# 民乐县编办 2013: 国务院议事协调机构承担跨国务院行政机构的…), 国务院主管部门 (国办秘函〔1998〕373号).
# So are its departments of one sector or all it holds (国务院各经济部门的领导同志, 国务院各工业部门,
# 国务院所属各部门的领导干部, 国务院所属的各部: State Council reports 1955 and 1981, probe dept45n).
_CENTRAL_CLASS_AFTER = re.compile("(?:所属的?)?(?:各|有关|相关|其他|其它)*(?:部门|部、?委|直属机构|组成部门|办事机构|议事协调机构"
                                  "|(?:行政)?主管部门|直属事业单位)"
                                  "|(?:所属的?)?各(?:[\u4e00-\u9fff]{2}部门|部(?![\u4e00-\u9fff]{0,1}[长署]))")


# Hong Kong and Macau before a central body's short name: the region's own body (香港证监会, 香港海关:
# CLUENER news), never the mainland's; the span takes the region (link.py names it as written).
# Bodies the central government keeps there (香港中联办, 驻港公署) stay the central body's.
_SAR_BEFORE = re.compile("(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?$")
_SAR_CENTRAL = ("中联办", "联络办", "特派员公署", "公署", "驻")
# Taiwan before a central body's name (台湾"交通部", 台湾"金管会"): the authorities' body, not a
# state organ of the guide's, and never the mainland ministry of that name.
# 台 and 岛内 alone only with the quote (平台, 出台, 电台 end other words).
_TAIWAN_BEFORE = re.compile("(?:(?:台湾|台湾地区|台湾当局)“?|(?:台|岛内)“)$")
# A Hong Kong or Macau body the registry and the type table do not name (香港金管局, 香港金融管理局,
# 香港廉政公署, 澳门司法警察局; its legislature, 香港特别行政区临时立法会: State Council report 1997,
# probe dept45n): the region and a name closed by a body word. Not after one
# character (香港政局, 香港大局: words), nor a 处 other than a department's (警务处, 入境处).
_SAR_BODY = re.compile(f"(?:香港|澳门)(?:特别行政区|特区)?(?:政府)?"
                       f"(?:(?![局署处委会和])[{_CJK}](?<![{_STOP}])){{2,8}}?"
                       "(?<![政时格布结骗当全变僵困开新危残棋牌饭赌大签部])"
                       "(?:局|署|委员会|法院|法庭|(?<=[务境计闻政生税])处|(?<=立法)会)(?![长势面部限])")


def _state_before(text: str, s: int, e: int, registry: Registry) -> int | None:
    """Where a central body's name starts with the state written before it: a foreign state's
    body (美国国务院, 印度外交部: never China's) or 中国/国家 written before it in news (中国国家发展计划委员会,
    中国外交部, 国家人事部).
    None for a foreign state's party (苏联共产党, 日本共产党: an ORG, not the CPC)."""
    agencies = registry.by_name(text[s:e])
    if not any(not a.division for a in agencies) or any(a.kind == "foreign_government" for a in agencies):
        return s
    f = foreign_state_before(text, s)
    if f is not None and text[f:s].endswith("和") and not text[s:e].endswith("部"):
        f = None  # 苏联人民和苏联政府: 和 joins two names, not a ministry of two fields
    if f is not None:
        return None if text[s:e].endswith("共产党") else f
    if (sar := _SAR_BEFORE.search(text, max(0, s - 9), s)) and not text[s:e].startswith(_SAR_CENTRAL):
        return sar.start()
    if _TAIWAN_BEFORE.search(text, max(0, s - 5), s):
        return None
    if text.endswith("中华民国", 0, s):
        return s - 4  # 中华民国交通部: the republic's ministry (linked to no body), not the PRC's
    # The official full name carries the state's full name (中华人民共和国电力工业部, the bodies
    # listed in the 1998 reform decision); the registry lists that form for a few bodies only.
    if s >= 7 and text.startswith("中华人民共和国", s - 7) and not text.startswith(("中华", "中国"), s):
        return s - 7
    # News writes the state before a ministry: 中国外交部, 中国国家教委, 国家人事部.
    if s >= 2 and text.startswith("中国", s - 2) and not text.startswith(("中国", "中华", "中共", "中央"), s):
        return s - 2
    if s >= 2 and text.startswith("国家", s - 2) and text[e - 1] == "部" and not text.startswith("国", s):
        return s - 2
    return s


def _division_before_central(text: str, s: int, e: int, registry: Registry, mt: _Matchers) -> int:
    """The start of a division's full name (市/县/区/州/盟/旗 closes it) written right before a
    central body's name at ``s``, or ``s``."""
    if not s or text[s - 1] not in "市县区州盟旗" or not is_central(registry, text[s:e]):
        return s
    for k in range(min(s, 8), 1, -1):
        if mt.place_re.fullmatch(text, s - k, s) and at_word_start(text, s - k, e):
            return s - k
    return s


# A central body before its branches in every province (an addressee or 抄送 line of a ministry's notice):
# 中国人民银行各省、自治区、直辖市分行 and 人民银行省级分行 (银发[1996]294号), 财政部驻各省、自治区、直辖市、
# 计划单列市财政监察专员办事处 (财建〔2001〕899号): the branches are a class, the body is not the addressee
# (as 国务院各部委; probe dept37n).
# So is 国家税务总局 before its bureaus (国家税务总局各设区市、杨凌示范区、西咸新区、韩城市税务局: 陕税发
# [2021]1号's addressee line, probe dept40p; 国家税务总局各省、自治区、直辖市和计划单列市税务局).
_BRANCH_CLASS_AFTER = re.compile("(?:驻)?各(?:省|自治区|直辖市|计划单列市|经济特区|设区市|[、，,及和])+"
                                 "(?:[\u4e00-\u9fff]{0,8}?(?:分行|分支行|分支机构|分局|监管局|办事处|税务局)"
                                 "|(?:[\u4e00-\u9fff]{2,8}?、){1,4}[\u4e00-\u9fff]{2,8}?税务局)"
                                 "|省级(?:分行|分支行|分支机构|分局)"
                                 # A national joint notice's addressee line names a vertical body's branches or
                                 # an academy's institutes as a class: 金融监管总局各监管局, 中国科学院院属各单位
                                 # (国数政策〔2023〕11号, probe dept62n), 证监会各派出机构, 海关总署各直属海关.
                                 "|各(?:监管局|派出机构|直属海关)|[院部署局]属各单位")


def _heads_a_class(text: str, end: int) -> bool:
    """国务院部门, 国务院各部委, 国务院有关部门, 省政府有关部门: a government naming the class of
    its departments."""
    if _BRANCH_CLASS_AFTER.match(text, end):
        return True
    # 商务部相关部门, 审计署有关部门 (news): a ministry's own departments; the ministry is named.
    if text[end - 1] in "局委厅办部署":
        return False
    if text.startswith("国务院", max(0, end - 3)) and _CENTRAL_CLASS_AFTER.match(text, end):
        return True
    return bool(_CLASS_AFTER.match(text, end))


def find_dept_spans(text: str, registry: Registry | None = None,
                    central: bool = False, starts: frozenset[int] = frozenset(),
                    gaps: frozenset[int] = frozenset()) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, kind) of department candidates in clean text.

    kind is "registry", "pattern" or "unit" (a unit standing alone). ``central``: a central
    document, where central bodies go without their 国家 (标准委, 版权局). ``starts``: clean
    positions after a column gap of the original (赵和俊  无为县农业委员会). ``gaps``: clean
    positions after any space of the original between two CJK characters.
    """
    registry = registry if registry is not None else default_registry()
    mt = _matchers(registry)
    cands: list[tuple[int, int, str]] = []
    found = [("registry", m.span()) for m in finditer_from(mt.registry_re, mt.registry_starts.narrowed(text), text)]
    # 中办 is too short to scan alone (集中办理, 家中办公), but beside 国办 it is the party's general
    # office: 中办、国办《关于…的意见》, the standing pair of central texts (probe dept22n).
    found += [("registry", m.span()) for m in _PARTY_OFFICE_PAIR.finditer(text)]
    if central:
        # Not after a place: 上海铁路局 is no 国家铁路局.
        shorts = [m.span() for m in finditer_from(mt.central_short_re, mt.central_short_starts.narrowed(text), text)]
        # Nor inside a longer name found there: 直辖市卫生计生委 is the provinces' commissions
        # (国卫办医函〔2016〕936号), and its 计生委 is no former national body (probe dept28n).
        longer = sorted(shorts + [sp for _, sp in found])
        # the furthest end of the spans opening before each: one bisect a short, not a scan of all (a list of
        # thousands of 台办、侨办 was quadratic: review4)
        longer_starts = [a for a, _ in longer]
        reach = list(accumulate((b for _, b in longer), max))
        found += [("registry", (s, e)) for s, e in shorts
                  if at_word_start(text, s, e) and not _after_place(text, s, mt)
                  and (e - s > 2 or CENTRAL_LIST_ITEM.match(text, s) is not None)
                  and not (s and text[s - 1] in _PLACE_SUFFIX)
                  and not _CLASS_BEFORE_SHORT.search(text, max(0, s - 4), s)
                  and not ((k := bisect_left(longer_starts, s)) and reach[k - 1] >= e)]
    found += [("pattern", span) for span in _place_spans(text, mt, starts)]
    found += [("pattern", _without_office_word(text, m.span(), mt)) for m in mt.prefix_type_re.finditer(text)]
    # A bare level + 联社 is a credit union (省农信联社), a financial enterprise.
    found += [("pattern", m.span()) for m in mt.prefix_generic_re.finditer(text)
              if not _NOT_BODY.search(m.group()) and not m.group().endswith("联社") and at_word_start(text, *m.span())]
    found += [("pattern", span) for span in _former_county_spans(text, mt, starts)]
    found += [("pattern", span) for span in _county_short_spans(text, mt, starts)]
    found += [("pattern", span) for span in _bare_type_spans(text, mt)]
    found += [("pattern", span) for span in _bare_court_spans(text, mt)]
    if "兵团" in text:
        found += [("pattern", (m.start(), t.end())) for m in _BINGTUAN.finditer(text)
                  if (t := mt.type_re.match(text, m.end()) or _BINGTUAN_REST.match(text, m.end())
                      or _corps_functional(text, m.end(), mt))]
        if _BINGTUAN_DOC.search(text):
            found += [("pattern", m.span()) for m in _BINGTUAN_ALONE.finditer(text)]
    if "新区" in text:
        found += [("pattern", (m.start(), t.end())) for m in _BARE_NEW_AREA.finditer(text)
                  if (t := mt.type_re.match(text, m.end())) and len(t.group()) > 1 and not t.group().startswith("管")]
    found += [("pattern", span) for span in _branch_spans(text, mt)]
    # The scans below open with a lookbehind or a run of name characters, so sre tries them at
    # every position: the word each match holds is looked for first (many texts have none).
    if "部门" in text:
        found += [("pattern", m.span()) for m in _FUNCTIONAL.finditer(text) if functional_type(m.group(1), mt.types)]
    if "经办机构" in text or "考评机构" in text or "考核机构" in text:
        found += [("pattern", m.span()) for m in _AGENCY.finditer(text)
                  if at_word_start(text, *m.span()) and at_word_start(text, m.start("field"), m.end())]
    if "、" in text and "部门" in text:
        found += [("pattern", span) for span in _field_list_spans(text, mt)]
    if "政协" in text:
        found += [("pattern", m.span()) for m in _BARE_CPPCC.finditer(text)]
    if "政协" in text or "政治协商会议" in text:
        found += [("pattern", span) for span in _cppcc_committee_spans(text, mt)]
        if cppcc_only(text):
            found += [("pattern", m.span()) for m in _CPPCC_SPECIAL.finditer(text)]
    if _LEAGUE_WORD.search(text):
        found += [("pattern", m.span()) for m in _LEAGUE_COMMITTEE.finditer(text)]
    if not central and "中央" in text:
        found += [("pattern", m.span()) for m in _BARE_CENTRE.finditer(text) if at_word_start(text, *m.span())]
    if "融媒体中心" in text:
        found += [("pattern", m.span()) for m in _MEDIA_CENTRE_BYLINE.finditer(text)
                  if m.start() in gaps or m.start() == 0 or text[m.start() - 1] in "（( \t\n\u3000"]
    if "常委会" in text:
        found += [("pattern", m.span()) for m in _BARE_STANDING.finditer(text) if at_word_start(text, *m.span())
                  and not _others_standing(text, *m.span())]
    if "人大及其" in text or "人大和" in text or "人大、" in text or "接受人大" in text or "人大代表" in text or "在人大的" in text:
        bare = list(_BARE_CONGRESS.finditer(text))
        if "人大代表" in text:
            bare += [m for m in _DEPUTIES_BESIDE_CPPCC.finditer(text)
                     if not (central and _LOCAL_SUBJECT_BEFORE.search(text, _sentence_start(text, m.start()), m.start()))]
        found += [("pattern", m.span()) for m in bare
                  if not _EACH_LEVEL_BEFORE.search(text, max(0, m.start() - 16), m.start())]
    if central and ("人大常" in text or "届人大" in text):
        found += [("pattern", m.span()) for m in _CENTRAL_CONGRESS.finditer(text)]
    elif "届人大" in text:
        found += [("pattern", m.span()) for m in _OWN_TERM_CONGRESS.finditer(text)]
    if "中国共产党" in text or "中共" in text:
        found += [("pattern", span) for span in _cpc_full_spans(text, mt)]
    found += [("pattern", span) for m in finditer_from(ZONE_BODY, _zone_body_starts(text), text)
              if not _zone_not_body(m.group()) and (span := _zone_party_from_place(text, m, mt))]
    if "区管委会" in text:
        found += _listed_zone_committees(text)
    # A zone's body after a space of the original too: issuers written one after another
    # (广州市黄埔区人民政府 广州开发区管委会, 中共广州开发区工委: probe gz15, 黄埔区 2020).
    # Such a name crosses no other space (广州市黄埔区人民政府 广州开发区管委会 is two bodies).
    found += [("pattern", m.span()) for p in sorted(starts | gaps) if (m := _ZONE_BODY_AT.match(text, p))
              and not _zone_not_body(m.group()) and not any(p < g < m.end() for g in gaps) and not _bare_zone_kind(m.group())]
    if "党工委" in text:
        # A zone's party working committee named bare beside its 管委会 (已经党工委、管委会、区委、区政府同意:
        # 穗南府办规〔2023〕1号; 开发区党工委、管委会): the zone's two bodies, the district's own zone.
        found += [("pattern", m.span()) for m in _BARE_ZONE_PARTY.finditer(text)]
    if "管" in text and _SITE_OFFICE.search(text):
        found += [("pattern", m.span()) for m in _SITE_BODY.finditer(text) if not _zone_not_body(m.group())]
    found += [("pattern", m.span()) for m in CENTRAL_FUNCTIONAL.finditer(text)
              if any(registry.by_name(n) for n in central_functional_names(m.group(1) or m.group(2)))]
    found += [("pattern", m.span()) for m in mt.bare_org_re.finditer(text)
              if at_word_start(text, *m.span()) and not text.startswith("事处", m.end())
              and not _bilateral(text, m.start())]
    stations = list(_township_spans(text))
    found += [("pattern", span) for span in stations]
    found += [("pattern", span) for span in _shared_station_heads(text, stations)]
    found += [("pattern", m.span()) for m in national_centre().finditer(text)]
    if "国家公园" in text:
        found += [("pattern", m.span()) for m in national_park().finditer(text)]
    if "实验室" in text:
        found += [("pattern", span) for span in _named_lab_spans(text, mt)]
    if "博物" in text:
        found += [("pattern", span) for span in _division_museum_spans(text, mt)]
    found += [("pattern", m.span()) for m in _SC_BODY.finditer(text) if not _SC_NOT_BODY.search(m.group(1))]
    if "部际联席会议办公室" in text:
        found += [("pattern", m.span()) for m in _NATIONAL_JOINT_OFFICE.finditer(text)
                  if not _SC_NOT_BODY.search(m.group(1)) and "的" not in m.group(1)]
    if "届" in text and "组" in text:
        found += [("pattern", m.span()) for m in _GAMES_COMMITTEE.finditer(text)]
    if "交" in text and "警" in text:
        found += [("pattern", m.span()) for m in _LEVEL_TRAFFIC_POLICE.finditer(text)]
    if "香港" in text or "澳门" in text:
        found += [("pattern", m.span()) for m in _SAR_BODY.finditer(text) if at_word_start(text, *m.span())]
    if "简称" in text and "办公室" in text:
        found += [("pattern", span) for span in _defined_group_offices(text)]
    if "指挥部办公室" in text:
        found += [("pattern", span) for m in _HQ_OFFICE.finditer(text) if (span := _hq_office(m)) is not None]
    if "小组办公室" in text:  # the scans try every position: most texts have none
        found += [("pattern", _group_office(m)) for m in _GROUP_OFFICE.finditer(text)]
        found += [("pattern", span) for m in _GROUP_OFFICE_CENTRAL.finditer(text)
                  if (span := _campaign_office(text, *m.span())) is not None]
    # A unit never swallows the start of another body (国务院办公厅转发司法部: 转发司 is no unit).
    starts = {s for _, (s, _) in found}
    for kind, (s, e) in found:
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""  # "" is in every string: test `after and after in ...`
        # 街道办事处（镇政府）, 镇人民政府（街道办事处）: the alternative of a class a rule names.
        if text.startswith(_BARE_TOWNSHIP_KINDS, s) and (
                (before in "（(" and text.endswith(_BARE_TOWNSHIP_KINDS, 0, s - 1))
                or (after in "（(" and text.startswith(_BARE_TOWNSHIP_KINDS, e + 1))):
            continue
        # 教育部门, 建设部署, 发展新局面: the type word is part of a common noun; 社会信用体系建设
        # 部际联席会议: 部际 (between ministries) opens a joint meeting, 建设部 names no ministry.
        if (after and after in "门署际" and text[e - 1] == "部") or (after == "面" and text[e - 1] == "局"):
            continue
        # 生态环境局部有所改善 (国发〔2004〕6号): 局部 (in part) is a word of its own; a bureau before 部
        # opens 部署, 部分 or 部门 (生态环境局部署, 交通局部分同志).
        if after == "部" and text[e - 1] == "局" and text[e + 1:e + 2] not in ("署", "分", "门"):
            continue
        if _class_standing(text, s, e) or _counted(text, s):
            continue
        # A registry alias that is only a type's name (交通局, Chongqing's) inside an item of a
        # 、-list is the tail of that item's own body (市城管执法局、轨道交通局、水利局).
        if kind == "registry" and text[s:e] in mt.bare_types and _LIST_ITEM_HEAD.search(text, max(0, s - 5), s):
            continue
        # 中国科学院大学: the body opens a university's name, an ORG (guide: universities).
        if text.startswith(("大学", "研究生院"), e) and kind == "registry":
            continue
        # 龙岗街道南联社区: 社 opens the word 社区 (a community), no 联社 ends there.
        if text[e - 1] == "社" and after == "区":
            continue
        # 常委会议室, 省委常委会议: a meeting (room) of the standing committee's members, no body.
        if text.endswith("常委会", s, e) and after == "议" and not text.startswith("议事", e):
            continue
        # 各地区党委, 本地区政府: 区 closes the word 地区 (every area's body), no bare district prefix.
        if text[s] == "区" and before == "地":
            continue
        # 东站街道第十居民委员会: a self-governing committee of a place; 中市街道办事处中北社区: a place.
        if text.endswith(_SELF_GOVERNING_END, s, e) or (
                _TOWNSHIP_END.search(text, max(s, e - 5), e) and text[e - 1] != "所"
                and _VILLAGE_AFTER.match(text, e)):
            continue
        # 各市场监管局 (plural) and 全省… (the whole system) are generic phrases.
        if _each_before(text, s) or (before in _GENERIC_BEFORE and text.startswith(_BARE_START, s)):
            continue
        # 各区卫生健康局、财政局、人力资源社会保障局: a bare type listed after a plural head is
        # each district's body too.
        if _in_plural_list(text, s, e, mt):
            continue
        # 财政厅(局)、国家税务局,地方税务局,新疆生产建设兵团财务局: a bare type after a comma of an
        # addressee line a plural level opens is each province's bureau too (财税〔2016〕140号 on a
        # reposting page); a registry name there (发展改革委 after 各…人民政府,) is a central body.
        if kind == "pattern" and before and before in "，," and mt.types.get(text[s:e]) and _in_addressee_line(text, s):
            continue
        # 市州政务服务中心, 市县市场监管局, 区县政府 (Chongqing's districts and counties, dev pt-10809):
        # every division's body at those levels, not one (the pairs of dept_level_pairs.txt).
        if before and before in "市省区县" and text[s] in "州县区" and before != text[s]:
            continue
        # 各区（市）县政务服务中心: a bare level word closing a plural list; 省直管县（市）应急管理局:
        # a type after bracketed levels is each of their bodies.
        if _PLURAL_LIST.search(text, max(0, s - 24), s) or _BRACKETED_LEVELS.search(text, max(0, s - 16), s):
            continue
        if _corps_in_place_list(text, s):
            continue
        # 市、区人力资源社会保障部门, 国家、省财政部门: one level of a list of levels is a class.
        if _level_list(text, s, e):
            continue
        # 共产党员, 共产党人: members, not the party; 中国共产党四川省委员会 is the province's
        # committee (its place follows). In 中国共产党第十六次全国代表大会 the party is marked (dev
        # sc-report-2003), the congress is not (guide).
        if text[e - 1] == "党" and ((after and after in "员人") or mt.place_re.match(text, e)):
            continue
        if text[e - 1] == "党" and (term := _PARTY_TERM_CC.match(text, e)):
            e = term.end()
        if text.endswith("政协", s, e) and (standing := _STANDING_AFTER_CPPCC.match(text, e)):
            e = standing.end()
        # 中共潜江市委潜江高新技术产业开发区工作委员会: the city committee's working committee of a zone,
        # named after the committee (潜江市's rules, 2024): one body.
        if text.startswith("中共", max(0, s - 2)) and text[e - 1] == "委" and (zone := _ZONE_BODY_AT.match(text, e)) \
                and zone.group().endswith("工作委员会"):
            e = zone.end()
        # 民革南平市委, 台盟南平市委: a democratic party's committee of that city, not the CPC's; also
        # by its term (民盟红河州第四届委员会, 2024).
        if text.endswith(("委", "委员会"), s, e) and _democratic_party_before(text, s, mt):
            continue
        # 市委会 (not 市委会议) in a text naming a democratic party is that party's committee (民进太原
        # 市委's news, 2013: 市委会对口联系的政府工作部门, 市委会在民进山西省委…的关怀支持下).
        if text[e - 1] == "委" and text.startswith("会", e) and not text.startswith("会议", e) \
                and _DEMOCRATIC_PARTY.search(text) is not None:
            continue
        # 致公党中央, 国民党中央: another party's centre, not the CPC's (jieba reads X党 as a word).
        if text.startswith("党中央", s) and s and not at_word_start(text, s, e):
            continue
        # 国办发〔2019〕6号, 国办函: a document number's code, not the body.
        if text[s:e] == "国办" and ((after and after in "发函秘明〔") or not at_word_start(text, s, e)):
            continue
        # 海南热带雨林国家公园管理局, 某国家公园管理局: a park's own administration, not the brand
        # 国家公园管理局 of 国家林业和草原局 read inside its name.
        if kind == "registry" and text.startswith("国家公园", s) and "\u4e00" <= before <= "\u9fff" \
                and before not in _STOP and before not in "和及或、":
            continue
        # 武警官兵: the force; 武警总医院, 武警警种学院 open a hospital's or a school's name.
        if text[s:e] == "武警" and "\u4e00" <= after <= "\u9fff" and not text.startswith(("官兵", "指战员", "和", "及"), e):
            continue
        # 漳州招商局经济技术开发区, 湛江招商局港口: the enterprise's zone or firm, not a city's 市招商局.
        if enterprise_named(text[s:e]):
            continue
        # 将军委托, 美军委派: 军 closes another word; 军委 must open one.
        if text[s:e] == "军委" and s and not at_word_start(text, s, e):
            continue
        # 解放军报: a newspaper's name.
        if text[e - 1] == "军" and after == "报":
            continue
        # 最高法官委员会: 最高法 inside another word.
        if text[s:e] == "最高法" and after == "官":
            continue
        # 四川省委托: 委 opens another word (委托, 委员).
        if text[e - 1] == "委" and after and after in "托员屈婉":
            continue
        if kind == "registry" and _heads_a_class(text, e):
            continue
        if _website_name(text, s, e):
            continue
        # 我市/本县 + a body (我市投资促进局汇报, 我市住建局: a 德州 paper, probe dept30p) is the document's
        # own body: marked from after the level, as 我市商务局's registry name 商务局 is.
        if kind == "pattern" and before and before in "我本" and text[s] in "市县区" and e - s >= 4 \
                and not text.startswith(("市委", "县委", "区委", "市政", "县政", "区政", "市人", "县人", "区人"), s):
            s += 1
            before = text[s - 1]
        # A bare prefix must start a word: 直辖市人民政府, 地级市政府 name classes of bodies.
        elif kind == "pattern" and text.startswith(_BARE_START, s) and before and not at_word_start(text, s, e) \
                and not any(verb_place_at(text, s - len(v)) for v in VERB_PLACES) and not _appointed_to(text, s) \
                and not _coordinator_before_level(text, s, mt):
            continue
        # 第一届全国人民代表大会: the national congress's term opens its name (a local
        # congress's term follows the place and is matched with it).
        if text.startswith(("全国人民代表大会", "全国人大"), s):
            term = _TERM_BEFORE.search(text, max(0, s - 5), s)
            if term:
                s = term.start()
                # The promulgation line's full name (由中华人民共和国第九届全国人民代表大会常务委员会第十八次
                # 会议通过: a law's order of 2000, probe dept75n): the state's name opens it.
                if text.endswith("中华人民共和国", 0, s):
                    s -= 7
        # 成员国农业部长会议, 中国—东盟交通部长会议: a meeting of several states' ministers names
        # no one body (wr2026 云南; the ministers of a multilateral meeting are never one state's ministry).
        if text[e - 1] == "部" and _MINISTERS_MEETING.match(text, e):
            continue
        # 社会主义国家邮电部长: 国家 ends the word before (国家邮电部 is a ministry's news form only
        # after a clause start or a function word or verb: 原国家建设部, 任国家铁道部部长).
        if (kind == "registry" and text.startswith(("国家", "中国"), s) and text[s + 2:e].endswith("部")
                and s and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP + "原"
                and not any(w in function_word_tags() for w in (text[s - 1], text[max(0, s - 2):s]))
                and registry.by_name(text[s + 2:e])):
            s += 2
        # 中共天河区委统战部: the party prefix belongs to the name.
        if text.startswith("中共", max(0, s - 2)) and s >= 2 and not text.startswith("中共", s):
            s -= 2
        elif s >= 3 and text.startswith("共青团", s - 3) and text[e - 1] == "委":
            s -= 3  # 共青团四川省委: the Youth League's committee, not the party's
        elif s >= 5 and text.startswith("中国共产党", s - 5):
            s -= 5  # the full form of the same prefix: 中国共产党四川省委员会
        elif kind == "registry":
            state = _state_before(text, s, e, registry)
            if state is None:
                continue
            if state == s:
                # 南昌市邮政局, 宜春市邮政局: a central body's name after a division's full name is
                # that division's body (one span, linked by its place), never the central body.
                state = _division_before_central(text, s, e, registry, mt)
            s = state
        # 中国国家互联网信息办公室网络管理技术局: the state's name joined before is not part of the body's
        # name, so the body is judged without it (probe dept28n).
        name = text[s + 2:e] if s < e - 2 and text.startswith("中国", s) and kind == "registry" else text[s:e]
        ministry = kind == "registry" and holds_bureaus(registry, name)
        unit_end = _unit_after(text, e, mt, ministry)
        if unit_end == e and kind == "registry" and name in SUPREME_ORGANS and (c := COURT_UNIT.match(text, e)):
            unit_end = c.end()
        if unit_end == e and kind == "registry" and text[e - 1] in "会局" and \
                (d := CENTRAL_DEPARTMENT.match(text, e)) and not registry.by_name(d.group()) and \
                not d.group().endswith("干部") and \
                is_central(registry, text[s:e]):
            # A central commission's or bureau's department (银监会统计部, 国家邮政局计划财务部) and
            # a division under it (国家邮政局计划财务部科技处).
            unit_end = _unit_after(text, d.end(), mt)
        if unit_end == e and (inst := _institution_after(text, e)) > e:
            unit_end = _unit_after(text, inst, mt)  # 建设部政策研究中心战略研究处
        stationed = text.endswith(("纪委", "监委"), 0, e) and STATIONED_GROUP.match(text, e) is not None
        if any(p in starts for p in range(e + 1, unit_end)) and not stationed:
            # The body a group is stationed in is inside the group's name (驻交通运输部纪检监察组).
            unit_end = e
        if stationed and text.endswith("国家监委", 0, e) and text.endswith("中央纪委", 0, e - 4):
            s = e - 8  # 中央纪委国家监委驻…纪检监察组: the two plates' one group, one span
        # A space-separated list of issuers or members (税务总局 医保局, 广电总局 统计局, 市场监管总局
        # 能源局): a body's name after the space is the next body, not a bureau of the one before.
        if unit_end > e and e in gaps and (text[e:unit_end] in mt.central_short_set or registry.by_name(text[e:unit_end])):
            unit_end = e
        cands.append((s, unit_end, kind))
    # Longest first, registry before pattern at equal length.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2] != "registry", c[0]))
    taken = bytearray(len(text) + 1)
    kept = []
    for s, e, kind in cands:
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append((s, e, kind))
    for m in mt.unit_re.finditer(text):
        s, e = m.span()
        # 试点地区政府办公厅, 各级政府办公厅: the unit of a government not tagged as one body
        # (a class) is a class too.
        if text.startswith("政府", max(0, s - 2)) and s >= 2:
            continue
        # 国务院各部委、各直属机构办公厅（室）, 各部门办公室: the office of each body of a class
        # (国办秘函〔1998〕373号's addressee line and text) is a class too, no one office.
        if s >= 2 and text[s - 2:s] in _CLASS_NOUN_BEFORE_UNIT or _CLASS_OWNED_BEFORE.search(text, max(0, s - 4), s):
            continue
        # 法规处理, 妥善处置: a unit word's 处 opening the verb 处理 / 处置 (依照国家有关法律法规处理).
        if text[e - 1] == "处" and text[e:e + 1] in _VERB_AFTER_CHU:
            continue
        if not any(taken[s:e]) and not (s > 0 and text[s - 1] in _GENERIC_BEFORE):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, "unit"))
    for m in _OWN_MINISTRY_UNIT.finditer(text):
        s, e = m.span()
        if not any(taken[s:e]) and _ministry_before(text, s, kept, registry):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, "unit"))
    for m in _POSTED_CENTRAL_DEPARTMENT.finditer(text):
        s, e = m.span(1)
        if not any(taken[s:e]) and _central_body_just_before(text, s, kept, registry):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, "unit"))
    for m in _BRACKETED_UNIT.finditer(text):
        s, e = m.span(1)
        own = text.endswith(("我部", "本部"), 0, m.start()) and _ministry_before(text, m.start(), kept, registry)
        if not any(taken[s:e]) and (own or _central_ministry_ends_at(text, m.start(), kept, registry)):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, "unit"))
    for m in _OWN_CENTRAL_UNIT.finditer(text):
        s, e = m.span(1)
        if not any(taken[s:e]) and _voiced_body_before(text, m.start(), text[m.start() + 1], kept, registry):
            taken[s:e] = b"\x01" * (e - s)
            kept.append((s, e, "unit"))
    _central_units(text, kept, taken, registry, mt.central_short_set)
    _listed_units(text, kept, taken, registry)
    _internal_units(text, kept, taken)
    _repeated_units(text, kept, taken)
    kept = [(_term_start(text, s), e, kind) for s, e, kind in kept]
    kept.sort()
    return kept


# A congress's or CPPCC's term before its level (十一届省政协常委会工作报告, 十三届省人大常委会: provincial
# news of 山西 2018, probe dept40p) belongs to the span, as the term after the level does (市十六届人大).
_TERM_BEFORE_LEVEL = re.compile("第?" + TERM_NUMBER + "届$")
LEVEL_ORGAN = "[省市州县区旗盟](?:人大|政协|人民代表大会)"  # the linker strips the term before it too
_LEVEL_ORGAN = re.compile(LEVEL_ORGAN)


# A member's post after the organ, or a count of terms served before it (连续当选三届省人大代表): the number
# counts terms, it names no term of the body (review of probe dept40p).
_TERMS_SERVED = ("连续", "当选", "曾任", "历任", "担任", "先后")


def _term_start(text: str, s: int) -> int:
    organ = _LEVEL_ORGAN.match(text, s)
    if not organ or text.startswith(("代表", "委员"), organ.end()):
        return s
    t = _TERM_BEFORE_LEVEL.search(text, max(0, s - 5), s)
    if t is None or text.endswith(_TERMS_SERVED, max(0, t.start() - 2), t.start()):
        return s
    return t.start()



# A department (司) or research office of a central ministry standing alone, in the ministry's own
# plan: (综合规划司牵头，各有关司局按职责分工负责), 在南水北调办设立对口支援司. It opens after a
# break, a list comma or a verb that takes a body; 与 may stand inside (安全与质量监督管理司).
# 等 of 高等/中等/初等 names a level of schooling (我部高等教育司: 教育部办公厅 2012, probe full37m), no 等 "and so on".
_UNIT_NAME_CHAR = f"(?:对(?=口)|(?<=[高中初])等|(?![局部厅署委司室处{_STOP.replace('与', '')}])[{_CJK}])"  # 对口支援司
_CENTRAL_UNIT = re.compile(
    rf"(?:(?<=[（(、，,。；：:\s])|(?<=设立|设置|会同|牵头))"
    rf"({_UNIT_NAME_CHAR}{{2,10}}?(?:司|研究室))(?![法机令长局职仪])")
# A 司 before its head's post after 为 or a coordinator (分别为外国人管理司司长陈斌和综合司副司长孟小援:
# 2020 news of the spokespersons' list, probe dept41n): a unit, as after a break.
# A coordinator counts after a post and its holder's name only: 与 and 和 stand inside units' names
# (安全与质量监督管理司, 就业收入分配和消费司: review of probe dept41n).
_POSTED_UNIT = re.compile(rf"(?:(?<=为)|(?<=[长员任][{_CJK}]{{2}}[和及与])|(?<=[长员任][{_CJK}]{{3}}[和及与]))"
                          rf"({_UNIT_NAME_CHAR}{{2,10}}?司)(?=副?司长)")
# A ministry's bureau (公路局, 水运局) only inside a note that names one of its 司 units, as an item.
_NOTE_BUREAU = re.compile(rf"(?<=[（(、，,])((?!国家|中国|中央|国务院){_UNIT_NAME_CHAR}{{2,8}}局)(?=[、，,）)等])")
# What every _CENTRAL_UNIT match ends with: its starts lie 2 to 10 characters before (the scan opens
# with lookbehinds, so sre would try it at every position).
_CENTRAL_UNIT_END = re.compile("司|研究室")


def _central_unit_starts(text: str) -> list[int]:
    return sorted({s for q in map(re.Match.start, _CENTRAL_UNIT_END.finditer(text)) for s in range(max(0, q - 10), q - 1)})


_NOT_CENTRAL_UNIT = ("公司", "上司", "有关司", "相关司", "各司", "检法司")  # 公检法司: the judicial organs


# A ministry's or commission's unit after its own voice (报送我委医政医管局: 国卫办医函〔2016〕936号, probe
# dept28n): the unit of the central body named before; 我委 itself is an anaphor, not marked.
# The unit closes a clause (我部决定撤销你公司 is a verb's object: 卫生部 2002).
_OWN_CENTRAL_UNIT = re.compile(rf"(?:我|本)[委部局署]({_UNIT_NAME_CHAR}{{2,8}}?(?<!总|公)(?:司|局))(?=[。，,、；;：:）)\s]|$)")


def _voiced_body_before(text: str, start: int, voice: str, kept: list[tuple[int, int, str]], registry: Registry) -> bool:
    """Whether a central body whose name ends as the voice (我委: a 委; 我部: a 部) is named before
    ``start``, its general office too (国家卫生计生委办公厅 issues for 国家卫生计生委): the speaker."""
    for s, e, kind in sorted(kept, key=lambda b: b[1], reverse=True):
        if kind == "unit" or e > start:
            continue
        name = text[s:e].removesuffix("办公厅")
        if name.endswith(voice) and is_central(registry, name):
            return True
    return False


def _repeated_units(text: str, kept: list[tuple[int, int, str]], taken: bytearray) -> None:
    """A central body's unit found standing alone (报送我委医政医管局), named again after a break
    (联系人：医政医管局 罗庆华): the same unit. Only names of a 司 or 局 of three characters or more."""
    names = {text[s:e] for s, e, kind in kept if kind == "unit" and e - s >= 3 and text[e - 1] in "司局"}
    for name in names:
        for s in claim_each(text, name, 0, taken):
            if s and _ONE_CJK.match(text[s - 1]):
                taken[s:s + len(name)] = b"\x00" * len(name)  # inside a longer word: give it back
                continue
            kept.append((s, s + len(name), "unit"))


# A body's own internal units listed after 内设 (南县住房和城乡建设局正科级行政单位,内设办公室、人事股、财计股…
# 燃气办…21个股室和直属单位: nanxian.gov.cn 2019, probe dept61c; 内设机构：办公室、财务股、执法股): each item
# ending in a unit's word (股, 科, 室, 办, 处) is a unit of that body. Items of another kind (城建档案馆,
# 质安监站, 信息中心, 联合工会) are institutions or bodies of their own, whose names the list does not give
# in full: they are skipped, the list goes on. The list ends at its count or total (21个股室, 等), a
# sentence's end or a line's.
_INTERNAL_LIST_OPEN = re.compile("内设(?![立置])(?:机构)?(?:有|为)?[:：]?")
# What may stand between the body and its 内设: nothing, or a description of the body itself (正科级行政单位,
# 为县政府工作部门). Another name there (县卫生健康局指导县人民医院内设急诊科; 管委会在园区内设立…) is the
# owner of the list, a hospital's, a school's or no body's: its sections are no units of the tagged body.
_INTERNAL_GAP = re.compile("[，,]?(?:(?:是|为|系|属)?[^，,。；;、\n]{0,12}?(?:单位|机构|部门))?[，,:：]?(?:现|目前|下|共)?")
_INTERNAL_ITEM = re.compile(rf"([{_CJK}]{{2,10}}?)(?=[、，,。；;\n]|等(?:[0-9０-９一二三四五六七八九十]|[，,。；;\n])"
                            "|[0-9０-９一二三四五六七八九十]{1,3}个)")
_INTERNAL_UNIT_END = ("股", "科", "室", "办", "处")
# Not a unit: a room (会议室, 档案室 kept as a place), a firm's or a verb's ending.
_NOT_INTERNAL_UNIT = ("会议室", "实验室", "档案室", "阅览室", "值班室", "工作室", "教室", "科室", "处室", "股室")


def _internal_units(text: str, kept: list[tuple[int, int, str]], taken: bytearray) -> None:
    """Add the units a body lists as its own after 内设, where the body is named just before it
    (a tagged body, not a unit, followed by nothing but a description of itself: _INTERNAL_GAP)."""
    # The nearest body's end by bisection, and a list walked once: a later 内设 inside a list already walked
    # (住建局内设办公室、住建局内设人事股、…) meets the same items from its second on, so its walk stops there.
    # Each 内设 had scanned all the text's bodies and walked its list to the end: quadratic before (64,000
    # characters of 住建局内设办公室、: 33 s).
    bodies = sorted(e for s, e, kind in kept if kind != "unit")
    walked: set[int] = set()
    for m in _INTERNAL_LIST_OPEN.finditer(text):
        k = bisect_right(bodies, m.start())
        if not k or m.start() - bodies[k - 1] > 30 or not _INTERNAL_GAP.fullmatch(text, bodies[k - 1], m.start()):
            continue
        pos = m.end()
        while pos not in walked and (it := _INTERNAL_ITEM.match(text, pos)):
            walked.add(pos)
            s, e = it.span(1)
            name = text[s:e]
            if name.endswith(_INTERNAL_UNIT_END) and not name.endswith(_NOT_INTERNAL_UNIT) and len(name) >= 2 \
                    and not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                kept.append((s, e, "unit"))
            if text[e:e + 1] != "、":
                break  # a count, a total (等), a comma or a sentence's end closes the list
            pos = e + 1


# Units listed after a central body's unit (中国国家互联网信息办公室网络管理技术局、网络安全协调局、国际合作局
# 负责人: a 2024 news item of 中国网信网, probe dept28n): each item a unit of the same body.
_LISTED_UNIT = re.compile(rf"、((?!国家|中国|中央|国务院){_UNIT_NAME_CHAR}{{2,8}}(?:局|司))(?=[、和及与负等，,。；\s]|副?[局司]长)")


def _listed_units(text: str, kept: list[tuple[int, int, str]], taken: bytearray, registry: Registry) -> None:
    """Add the items of a list of units that opens with a central body and one of its units."""
    for s, e, kind in list(kept):
        if kind == "unit" or text[e - 1] not in "局司" or not _LISTED_UNIT.match(text, e):
            continue  # no list of units follows (the registry is read only where one does)
        name = text[s:e]
        for prefix in ("中华人民共和国", "中国"):
            if name.startswith(prefix) and not registry.by_name(name):
                name = name[len(prefix):]
        if registry.by_name(name) or not any(is_central(registry, name[:i])
                                             for i in range(len(name) - 3, 2, -1)):
            continue
        pos = e
        while (m := _LISTED_UNIT.match(text, pos)) and not any(taken[m.start(1):m.end(1)]) \
                and not registry.by_name(m.group(1)):
            taken[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
            kept.append((m.start(1), m.end(1), "unit"))
            pos = m.end(1)


def _central_units(text: str, kept: list[tuple[int, int, str]], taken: bytearray, registry: Registry,
                   short: frozenset[str] | set[str]) -> None:
    """Add standalone units of a central ministry (综合规划司, 政策研究室, and 公路局 beside a 司 in
    one note) where the nearest body before them is a central ministry or commission."""
    notes = []
    posted = list(_POSTED_UNIT.finditer(text)) if "司长" in text else []
    for m in [*finditer_from(_CENTRAL_UNIT, _central_unit_starts(text), text), *posted]:
        s, e = m.span(1)
        if text[s:e].endswith(_NOT_CENTRAL_UNIT) or any(taken[s:e]) or not _central_body_before(text, s, kept, registry, short):
            continue
        taken[s:e] = b"\x01" * (e - s)
        kept.append((s, e, "unit"))
        lo = max(text.rfind("（", 0, s), text.rfind("(", 0, s))
        hi = min((k for k in (text.find("）", e), text.find(")", e)) if k >= 0), default=-1)
        if lo >= 0 and hi > 0 and "\n" not in text[lo:hi] and hi - lo < 200:
            notes.append((lo, hi + 1))
    for lo, hi in dict.fromkeys(notes):
        for m in _NOTE_BUREAU.finditer(text, lo, hi):
            s, e = m.span(1)
            if not any(taken[s:e]) and not registry.by_name(text[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                kept.append((s, e, "unit"))


def _central_body_before(text: str, start: int, kept: list[tuple[int, int, str]], registry: Registry,
                         short: frozenset[str] | set[str]) -> bool:
    """Whether the nearest body tagged before ``start`` is a central ministry or commission (交通运输部,
    南水北调办). The State Council and the Party's central organs are passed over: a ministry's plan
    cites their decisions (落实党中央、国务院…部署) between its name and its notes, and has no 司 of theirs."""
    for s, e, kind in sorted(kept, key=lambda b: b[1], reverse=True):
        if kind == "unit" or e > start:
            continue
        if text.startswith(TOP_ORGANS, s):
            continue
        # A ministry, commission or their offices (交通运输部, 南水北调办), not the armed police.
        return any(text[k - 1] in _MINISTRY_END and (text[s:k] in short or is_central(registry, text[s:k]))
                   for k in range(e, s + 1, -1))
    return False


_MINISTRY_END = "部委会办署局行"


# The State Council and the Party's central organs: cited between a ministry's name and its own units,
# never the body those units belong to.
TOP_ORGANS = ("国务院", "中共", "中央", "党中央", "中国共产党", "全国人")


# A ministry's department or bureau in brackets after the ministry, where a reply is to be sent
# (报工业和信息化部(规划司), 书面向我部（应对气候变化司）报告): the unit stands alone, its body
# being the ministry before the bracket.
_BRACKETED_UNIT = re.compile(
    rf"[（(]((?:(?![局部厅署委司])[{_CJK}]){{2,10}}(?<!总)(?:司|局))[）)]")


# A central body's department named with its head's post after a first post of the same person
# (国家统计局新闻发言人、国民经济综合统计司司长付凌晖 at the State Council Information Office's
# briefings, 2011 and 2021): the department (司, only central bodies have one) stands alone.
_POSTED_CENTRAL_DEPARTMENT = re.compile(
    rf"、((?:(?![局部厅署委司])[{_CJK}](?<![{_STOP}])){{2,10}}司)(?<!公司)(?=副?司长|(?:有关)?负责人)")
# (Not a firm: 中国储备粮管理总公司有关负责人 among a headquarters' members, 国办函〔2005〕57号.)


def _central_body_just_before(text: str, start: int, kept: list[tuple[int, int, str]], registry: Registry) -> bool:
    """Whether a central body tagged as a body ends a post's length before ``start`` (国家统计局|新闻发言人、)."""
    before = [(s, e) for s, e, kind in kept if kind != "unit" and e <= start]
    if not before:
        return False
    s, e = max(before, key=lambda b: b[1])
    gap = text[e:start]
    return len(gap) <= 10 and not re.search(f"[^{_CJK}、]|[和与及的]", gap) and is_central(registry, text[s:e])


def _central_ministry_ends_at(text: str, pos: int, kept: list[tuple[int, int, str]], registry: Registry) -> bool:
    """Whether a central ministry tagged as a body ends right at ``pos`` (工业和信息化部(规划司))."""
    return any(e == pos and kind != "unit" and text[e - 1] == "部" and is_central(registry, text[s:e])
               for s, e, kind in kept)


# A bare 部 in a ministry's own document is that ministry (由部运输局组织, 报部公路司): 部 + one of its
# bureaus or departments, after a word that takes a body (由, 报, 向…), or one of its centres, a public
# institution of its own (由部职业技能鉴定指导中心进行资格审核, 寄往部职鉴中心: 民政部 2013, probe full37m).
_OWN_MINISTRY_UNIT = re.compile(  # 部 consumed first: sre skips to it in C (a leading (?=部) gives it no literal to skip to)
    rf"部(?<=[由报向经送至给与和、及往]部)(?![分门署长际队委属级内])"
    rf"(?:(?:(?![局部厅署委司])[{_CJK}](?<![{_STOP}])){{2,6}}?(?<!总)(?:司|局)(?![长])"
    rf"|(?:(?![局部厅署委司心])[{_CJK}](?<![{_STOP}])){{2,10}}?中心(?![主副任长]))")


def _ministry_before(text: str, start: int, kept: list[tuple[int, int, str]], registry: Registry) -> bool:
    """Whether the nearest body tagged before ``start`` is a central ministry (铁道部, 交通部办公厅),
    or, with none before, the first one after it (the notice's signature: 中华人民共和国交通部办公厅)."""
    bodies = [(s, e) for s, e, kind in kept if kind != "unit"]
    before = [b for b in bodies if b[1] <= start]
    after = [b for b in bodies if b[0] >= start]
    if not before and not after:
        return False
    s, e = max(before) if before else min(after)
    # The ministry's own name, before a unit written after it (铁道部运输局).
    return any(text[k - 1] == "部" and is_central(registry, text[s:k]) for k in range(e, s + 1, -1))


# A list of bodies opened by a plural level (各区, 各县（市、区）, 各级), after an enumerator too
# (一是各地级以上市打假办、海防打私办): what follows in the list shares the plural.
# A verb may open the clause before the plural (要求各地妇联、科协带动…: every area's 科协 too, a class;
# 全国妇联 and 中国科协's joint notice of 2023, probe dept75n): any words of the clause before 各.
_PLURAL_HEAD = compile_cached(f"(?:[一二三四五六七八九十]是)?(?:[{_CJK}]{{1,12}}?)?各(?:[省市州县区]|地|级|地区)(?:[（）()]|{_NAME_CHAR}){{0,14}}(?:、(?:[（）()]|{_NAME_CHAR}){{1,14}})*、$")
# Openings that name a body's level or division itself (国务院各部委 after 各省…人民政府 is one body).
_NAMED_OPENINGS = ("国家", "国务院", "中央", "中国", "中华", "全国", "中共", "省", "市", "区", "县", "自治区")
_CLAUSE_STOP = re.compile("[，。；：:\n]")


def _in_plural_list(text: str, s: int, e: int, mt: _Matchers) -> bool:
    """A body of a class by what comes before it: an unprefixed item of a list a plural level
    opens (各区卫生健康局、财政局、人力资源社会保障局), or a type after a level (设区市应急管理局,
    计划单列市财政厅, 县级人民政府)."""
    if _LEVEL_BEFORE.search(text, max(0, s - 5), s) or (s > 0 and text[s - 1] == "各"):
        return True  # 中国银保监会各银保监局: every one of them
    if text.endswith("全国", 0, s) and text[e - 1] in "局厅":
        # 全国工商行政管理局长座谈会: the local bureaus of the whole country (the national body is a
        # 国家…局 or 总局), not one body (gov.cn news of 工商总局 2008-2010, probe dept28n).
        return True
    # A zone's body names its zone (各县、自治县、区(市)人民政府、新蒲新区管委会 on 遵义's addressee line): one body.
    return (s > 0 and text[s - 1] == "、" and (not text.startswith(_NAMED_OPENINGS, s) or bool(mt.types.get(text[s:e])))
            and not mt.place_re.match(text, s) and not _ZONE_BODY_AT.fullmatch(text, s, e)
            and not _central_only(text[s:e], mt) and _after_plural_head(text, s))


# The ends of a central body's name no local body bears (海关总署, 税务总局, 财政部, 共青团中央).
_CENTRAL_ONLY_ENDS = ("部", "总署", "总局", "中央")


def _central_only(name: str, mt: _Matchers) -> bool:
    """Whether ``name`` is a central body's that no division's body bears: a registry name of no
    division ending in 部/总署/总局/中央 that is no local type (科协, 宣传部 are). Listed after a plural
    head it is that central body (财政部会同各地财政部门、海关总署、税务总局; review26), not a class."""
    return (name.endswith(_CENTRAL_ONLY_ENDS) and mt.types.get(name) is None
            and is_central(mt.registry, name))


def _after_plural_head(text: str, start: int) -> bool:
    """Whether the list item at ``start`` follows a plural head in the same clause."""
    lo = max(0, start - 40)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, start)]
    lo = stops[-1] if stops else lo
    if _PLURAL_HEAD.match(text, lo, start):
        return True
    # A joint notice's addressee list runs longer and its items hold any word (各省、自治区、直辖市及
    # 计划单列市、新疆生产建设兵团发展改革委、商务主管部门、人民银行分支机构…): its head opens the clause.
    lo = max(0, start - _LONG_LIST)
    stops = [m.end() for m in _ADDRESSEE_STOP.finditer(text, lo, start)]
    if not stops and lo > 0:
        return False
    return bool(_ADDRESSEE_HEAD.match(text, stops[-1] if stops else lo, start))


def _in_addressee_line(text: str, start: int) -> bool:
    """Whether ``start`` lies in an addressee line opened by a plural level (各省、自治区、…) that
    runs to its colon, items joined by commas as well as 、."""
    lo = max(0, start - _LONG_LIST)
    stops = [m.end() for m in re.finditer("[。；;：:\n]", text[lo:start])]
    head = lo + stops[-1] if stops else lo
    if not stops and lo > 0:
        return False
    return bool(_ADDRESSEE_OPEN.match(text, head, start)) and _ADDRESSEE_END.match(text, start) is not None


_ADDRESSEE_OPEN = re.compile(r"\s*(?:各有关|各|有关)(?:省|自治区|直辖市)")
# The rest of the line holds no sentence: it closes with the addressees' colon.
_ADDRESSEE_END = re.compile(r"[^。；;：:\n]{0,120}[：:]")


_LONG_LIST = 240  # characters of an addressee list searched back for its plural head
# Half-width commas too: 各省、自治区、直辖市人民政府,发展改革委、监察部 (国函〔2006〕94号) names central bodies.
_ADDRESSEE_STOP = re.compile("[，,。；;：:\n]")
# 有关 opens it as 各 does in the Ministry of Finance's notices to some provinces (有关省、自治区、直辖市
# 财政厅(局)、教育厅(局、教委): 财教〔2020〕191号).
_ADDRESSEE_HEAD = re.compile(r"\s*(?:各有关|各|有关)(?:省|自治区|直辖市)[^，。；：:\n]*、$")


def _bracket_after(text: str, end: int) -> tuple[int, int] | None:
    """A second name in brackets right after a body: 中心（成都市工业合作联社）."""
    if end >= len(text) or text[end] not in "（(":
        return None
    close = re.compile(rf"[{_CJK}]{{2,20}}(?=[）)])")
    # （以下简称县征地拆迁办）: the definition's words open no name (富顺县's land rules, 2018).
    lead = _DEFINITION_LEAD.match(text, end + 1)
    m = close.match(text, lead.end() if lead else end + 1)
    if not m or not _BRACKET_BODY.search(m.group()):
        return None
    return m.span()


# Bare level prefixes below a document's own level: in a city's rules 区民政部门 and 区政府
# mean each district's body, a class (the guide's 市、区儿童福利机构), not one body.
_LOWER_PREFIXES = {"prefecture": ("区", "县")}


@lru_cache(maxsize=1)
def _class_words() -> frozenset[str]:
    return frozenset(load_words("dept_classes"))


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[str, ...]:
    return load_words("dept_qualifiers")


def _doc_level(ctx: Context | None) -> str | None:
    """national, province, prefecture or county: the level of the document's own division."""
    if ctx is None or not ctx.jurisdiction:
        return None
    divs = load_divisions()
    code = divs.resolve(ctx.jurisdiction)
    try:
        return divs.meta_level(code) if code else None
    except KeyError:
        return None


# A county's own bodies by their bare level (县委, 县人大常委会, 区政府办) and a city's (市委, 市政府,
# 全市): a text that speaks only as a county is no city's, whatever place its head named.
# Each branch opens with its character, the lookbehind after it: sre skips ahead in C.
_COUNTY_BODY_VOICE = re.compile("[县区旗](?<![自治辖新园城地社各][县区旗])(?:委(?![员托])|人民政府|政府|人大|政协)|[全本我][县旗]")
_CITY_VOICE = re.compile("市(?<!城市)(?:委(?![员托])|人民政府|政府|人大|政协)|[全本我]市")
_COUNTY_VOICE_MIN = 3


def _class_level(text: str, level: str | None) -> str | None:
    """The level whose lower bare prefixes name classes (区政府 in a city's rules): the document's,
    except a prefecture's text that speaks only as a county, with no city voice at all (县长李镇江就《政府
    工作报告》在县人大常委会征求意见: its head read 镇江 in a person's name). Its bare county bodies are the
    county's own, not every county's (unlinked where the county is not named)."""
    if level == "prefecture" and len(_COUNTY_BODY_VOICE.findall(text)) >= _COUNTY_VOICE_MIN \
            and not _CITY_VOICE.search(text):
        return None
    return level


def _lower_prefix(span: str, level: str | None) -> bool:
    """A bare prefix of a level below the document's own (区政府 in a city's document); a bare
    township body (街道办, 镇政府) in the document of a division above townships: each applicant's
    subdistrict or town, as 镇人民政府（街道办事处） in a rule (a document's own division is never
    a township; news without a known division keeps the colloquial 街道办 of one office)."""
    if level in ("province", "prefecture", "county") and span in _BARE_TOWNSHIP_KINDS:
        return True
    prefixes = _LOWER_PREFIXES.get(level or "", ())
    return bool(prefixes) and span.startswith(prefixes) and not span.startswith("区域")


def is_class_dept(span: str, level: str | None = None) -> bool:
    """Whether a DEPT-like span names a class of bodies rather than one body: a class word
    (地方政府, 人民法院 in a rule, 有关部门: ``lexicons/dept_classes.txt``), a type after a
    qualifier (同级人民政府: ``lexicons/dept_qualifiers.txt``), or a bare lower-level prefix
    in a document of ``level`` (区民政部门 in a city's rules)."""
    # 街道办事处（镇人民政府）: two class words, one the other's alternative.
    parts = [p for p in re.split("[（）()]", span) if p]
    if len(parts) > 1:
        return all(is_class_dept(p, level) for p in parts)
    if span in _class_words():
        return True
    for q in _qualifiers():
        # 同级人民政府, 辖区街道办事处: a qualified type is each area's body.
        if span.startswith(q) and len(span) > len(q):
            rest = span[len(q):]
            return rest in _class_words() or load_dept_types().get(rest) is not None
    # A bare type alone (教育局) is the document's own body (guide: a missing prefix).
    return _lower_prefix(span, level)


# 为X所V / 被X所V: 所 is the passive particle before a verb (被国民党反动派所破坏, 向会议所作的报告,
# 教育经费所占比例),
# not the end of an institute's name (研究所, 派出所, 事务所 end a word before it).
_PASSIVE_SUO = re.compile("所(?=[占作提必需分接介严要谓用得造遭控描表承掌领反赞发做带引推确决采取说讲指属])")
_INSTITUTE_SUO = ("研究所", "事务所", "派出所", "司法所", "财政所", "税务所", "工商所", "管理所", "检验所",
                  "检测所", "监测所", "卫生所", "设计所", "测绘所", "服务所", "保健所", "交易所", "供电所",
                  "公证所", "农技所", "兽医所", "林业所", "水利所", "粮食所", "土地所", "规划所", "劳动所")


def _passive_particle(text: str, m: Mention) -> bool:
    span = text[m.start:m.end]
    return span.endswith("所") and not span.endswith(_INSTITUTE_SUO) and bool(_PASSIVE_SUO.match(text, m.end - 1))


@lru_cache(maxsize=1)
def _level_pairs() -> tuple[str, ...]:
    return load_words("dept_level_pairs")


def _registry_of(ctx: Context | None) -> Registry:
    """The registry the pipeline runs with (a user's own), else the bundled one."""
    return ctx.registry if ctx is not None and isinstance(ctx.registry, Registry) else default_registry()


# A masked place in a template text (X市交通运输局, XX县委, **市生态环境局: the work summaries of
# 范文 sites, probe dept28p): letters or stars standing for the division's name.
_PLACEHOLDER_BEFORE = re.compile(r"(?<![A-Za-z0-9])(?:[XxＸｘ×*＊]{1,4})$")


def join_placeholder_places(text: str, mentions: list[Mention]) -> None:
    """Open a DEPT span that starts at a bare level (市, 县) over the placeholder before it (X市交通
    运输局), in place, and mark it a body of no known name: the placeholder is some division the
    writer hid, never the document's own nor a division named elsewhere in it."""
    for m in mentions:
        if m.label != "DEPT" or not text.startswith(_BARE_START, m.start):
            continue
        p = _PLACEHOLDER_BEFORE.search(text, max(0, m.start - 4), m.start)
        if p is not None:
            m.start = p.start()
            m.attrs["kind"] = "unnamed"


def _addressee_line(text: str, k: int) -> bool:
    """Whether position ``k`` lies on a line of addressees near the head (盟行政公署、市人民政府,
    自治区各委、办、厅、局,各大企业、事业单位:)."""
    return text.rfind("\n", 0, k) + 1 < 1500 and addressee_line(text, k)


def drop_unplaced_levels(text: str, mentions: list[Mention], ctx: Context | None = None) -> list[Mention]:
    """``mentions`` without, in a central document, the linked-to-nothing DEPT spans named by a
    bare level (建立乡政府, 城市防洪由市政府负责, 行政公署作为省政府的代表机关: State Council reports
    1982-1997) whose sentence names no place of that level before them: a central document has
    no own province, city or township, so these are every division's body at that level, a class.
    A body coordinated with a named one (河北省委和省政府) is linked and stays, and so does one
    after its place (广东省清远县试行由县经委统一领导).
    A provincial document has no own city, county or township either: its bare 市人民政府 that links
    to nothing is every city's (盟行政公署、市人民政府 among 内政发〔2024〕19号's addressees, probe full44p)."""
    if ctx is None:
        return mentions
    below = None
    if not ctx.central:
        if _doc_level(ctx) != "province":
            return mentions
        # A municipality's bare 市 is its own (市招商投资局 in a 重庆市 document: dev pt-10809).
        own_city = load_divisions().resolve(ctx.jurisdiction) in ("110000", "120000", "310000", "500000")
        below = ("州", "盟", "县", "区", "旗", "乡", "镇") if own_city else ("市", "州", "盟", "县", "区", "旗", "乡", "镇")
    mt = _matchers(_registry_of(ctx))
    out = []
    for m in mentions:
        span = text[m.start:m.end]
        level = next((lv for lv in BARE_LEVELS if span.startswith(lv)), None)
        if below is not None and (level not in below or not _addressee_line(text, m.start)):
            # Only among the addressees: in the body a bare 市 may be the text's own city where its division
            # was read no lower than the province (嵊州's 市經信局: tests/test_asg54p).
            level = None
        if m.label != "DEPT" or level is None or m.attrs.get("canonical"):
            out.append(m)
            continue
        start = _sentence_start(text, m.start)
        if any(p.group().endswith(level) for r in (mt.place_re, mt.former_re) for p in r.finditer(text, start, m.start)):
            out.append(m)
    return out


def _website_name(text: str, s: int, e: int) -> bool:
    """广州政府网, 县政府网站 (a county portal's 发文机构 field, 镇巴县 2024): a website's name, not a
    body. A government named in full inside a portal's name is marked, as a body inside another
    expression (广州市人民政府门户网站), and so is a named government before 网站 (海淀区政府网站 is
    that government's site); a bare level's (县政府网站, 各地区政府网站) names none. A portal named
    X人民政府网 (通过清远市人民政府网——清远市农业农村局频道: 清远 2021 report, probe dept28p) holds the
    government's official name, as 门户网站 does; the short brand (广州政府网) does not."""
    return text.startswith("网", e) and text[e - 2:e] == "政府" and (
        text.startswith(_BARE_START, s) or (not text.startswith("网站", e) and text[e - 4:e] != "人民政府"))


def drop_class_depts(text: str, mentions: list[Mention], ctx: Context | None = None) -> list[Mention]:
    """``mentions`` without the DEPT spans that name a class of bodies (for the model's spans,
    which the rules' class patterns never saw: 有关部门, 省市县乡综治中心) or end in the passive
    particle 所."""
    level = _class_level(text, _doc_level(ctx))
    mt = _matchers(_registry_of(ctx))
    local_classes = _local_class_spans(text)
    return [m for m in mentions if m.label != "DEPT"
            or not (is_class_dept(text[m.start:m.end], level) or _heads_a_class(text, m.end)
                    or _inside(local_classes, m.start, m.end)
                    or _in_plural_list(text, m.start, m.end, mt)
                    or text.startswith(_level_pairs(), m.start) or _passive_particle(text, m)
                    or _class_standing(text, m.start, m.end) or text[m.start:m.end] == "人民政协"
                    or _counted(text, m.start) or _others_standing(text, m.start, m.end) or _each_before(text, m.start)
                    or text.endswith(_SELF_GOVERNING_END, m.start, m.end)
                    # 区妇幼保健院, 省人民医院: hospitals and schools are ORGs (the dev gold's schools)
                    or text.endswith(_HOSPITAL_SCHOOL_END, m.start, m.end)
                    # 省、区、市党委宣传部: one level of a list of levels is a class.
                    or _level_list(text, m.start, m.end)
                    or _facility_item(text, m) or _abbreviated_institute(text[m.start:m.end])
                    or _website_name(text, m.start, m.end) or _quoted_word(text, m.start, m.end)
                    or _EACH_KIND.search(text[m.start:m.end]) is not None
                    or _unknown_national_short_name(text[m.start:m.end], ctx))]


# A list of bare kinds of local bodies after a class head (地方党委、人大常委会、政府、政协、纪委 in the
# 中共中央办公厅's 2004 规定; 县以上党委、人大、政协、法院、检察院 and 三级党委和人大、政协、法院、检察院 in
# the 国务院办公厅's 2002 notice on the 国务院公报): every division's bodies of those kinds, a class; in a
# central document the bare 人大 and 政协 were linked to the national bodies.
_LOCAL_ITEM = "(?:党委|人大常委会|人大|人民政府|政府|政协|纪委监委|纪委|监委|人民法院|法院|人民检察院|检察院)"
_ITEM_NOTE = r"(?:[（(][^）)\n]{1,6}[）)])?"
# Each alternative of the head opens with a literal character (两级|三级|四级, not [两三四]级): sre skips to them in C.
_LOCAL_CLASS_LIST = re.compile(f"(?:地方|县以上|县级以上|各级|两级|三级|四级|同级)(?:各级)?{_LOCAL_ITEM}{_ITEM_NOTE}"
                               f"(?:[、和及]{_LOCAL_ITEM}{_ITEM_NOTE})+")


def _local_class_spans(text: str) -> list[tuple[int, int]]:
    """Where lists of bare kinds of local bodies after a class head run (see _LOCAL_CLASS_LIST)."""
    if not any(h in text for h in ("地方", "以上", "级")):
        return []
    return [m.span() for m in _LOCAL_CLASS_LIST.finditer(text)]


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


# 市直各委、办、局, 市各委、办、局, 州直各部门: 各 before a kind of body after a level is the addressees'
# class (the model cuts 市直各委 out of the list), never one body's name; so is 市府各委办局 (南京's
# addressees: 宁政办发〔2022〕52号, 宁政办发〔2018〕47号).
_EACH_KIND = re.compile("(?:^|[直属省市州盟县区旗署府])各(?:委|办|局|厅|部门|部委|单位|直属)")


_NATIONAL_SHORT = re.compile(f"国家[{_CJK}]{{2}}")


def _unknown_national_short_name(span: str, ctx: Context | None) -> bool:
    """Whether a span is 国家 and two characters that name no body of the registry: the central bodies
    written so are abbreviations the registry lists (国家计委, 国家教委, 国家语委); any other is 国家 and a
    word (国家破局突围, 由国家大部收购)."""
    if not _NATIONAL_SHORT.fullmatch(span):
        return False
    return not _registry_of(ctx).by_name(span)


# A short abbreviation of an institute or college: 石科院, 陕工院, 北化院, 应化所.
_ABBREVIATED_INSTITUTE = re.compile(f"[{_CJK}]{{1,2}}[院所]")


def _abbreviated_institute(span: str) -> bool:
    """Whether a DEPT span is a company's or a university's abbreviated institute or college (石科院,
    陕工院): two or three characters ending in 院 or 所, no dictionary word, body type or registry name.
    A bare body name is the document's own body (guide: a missing prefix), but no document has an
    own 石科院; 法院, 科学院 and 研究所 as body types stay."""
    if not _ABBREVIATED_INSTITUTE.fullmatch(span) or load_dept_types().get(span) is not None or span in _INSTITUTE_SUO:
        return False
    tok, _ = shared_jieba()
    if tok.FREQ.get(span):
        return False  # a dictionary word (研究所, 派出所, 工程院): the model gate's common-word test
    return [sp[:2] for sp in find_dept_spans(span, central=True)] != [(0, len(span))]


# The rest of a list of kinds of facility: 、文化馆等文化设施, 等公共服务场所.
_FACILITY_LIST_AFTER = re.compile("(?:、[^，。；、\n]{1,8})*等[^，。；、\n]{0,8}?(?:设施|场所|场馆|阵地)")


def _facility_item(text: str, m: Mention) -> bool:
    """Whether a span is an item of a list of kinds of facility (图书馆、文化馆、科技馆、博物馆、
    档案馆等文化设施): a kind, not the document's own body."""
    return m.start > 0 and text[m.start - 1] == "、" and bool(_FACILITY_LIST_AFTER.match(text, m.end))


# A town's own bodies named bare in its report or plan (在镇党委的坚强领导下, 在镇人大的监督支持下, 我代表镇
# 人民政府): the town's, as 县委 is a county's in a county's text. Not 乡镇党委 (every township's).
# A subdistrict's own: 在街道党工委的坚强领导下 in 东明路街道's report (pudong.gov.cn 2022, probe dept31c).
# A bare 街道办事处 is as often the class of a rule (到户籍所在地街道办事处申请).
TOWN_OWN_BODY = re.compile("(?<![各乡城村镇])([镇乡])(?:党委|纪委|人大|人民政府|政府)|(?<![各])(街道)(?:党工委|纪工委)")
# The page's publisher field naming the document's own township (发布部门:华庄街道, 发布机构 | 东明路街道 |):
# its office (guide v2: mentions in metadata lines are marked). The clean text joins the next label.
_TOWN_FIELD = re.compile(PUBLISHER_FIELD)
# A field's whole value naming a town or township, its county before it or not: 永川区来苏镇, 王坛镇. The
# clean text joins the next label to it (发布机构:永川区来苏镇成文日期: 2021-03-11).
_TOWN_FIELD_VALUE = re.compile("(?:[\u4e00-\u9fff]{1,8}?[市区县旗])?([\u4e00-\u9fff]{1,6}?[镇乡])"
                               "(?:(?![\u4e00-\u9fff])|(?=(?!人民政府|政府|党委)[\u4e00-\u9fff]{2,4}[ \t\u3000]*[:：]))")


def town_own_level(m: re.Match[str]) -> str:
    """The level word a TOWN_OWN_BODY match opens with (镇, 乡, 街道)."""
    return m.group(1) or m.group(2)


def document_township(text: str, ctx: Context | None) -> str | None:
    """The town or township a county-level document speaks as (its report or plan), or None."""
    if ctx is None or not ctx.jurisdiction or _doc_level(ctx) != "county":
        return None
    town = own_township(text[:HEAD_CHARS], ctx.jurisdiction)
    return town[0] if town else None


def _town_own_bodies(text: str, town: str, taken: bytearray) -> list[Mention]:
    out = []
    for m in TOWN_OWN_BODY.finditer(text):
        s, e = m.span()
        if town.endswith(town_own_level(m)) and not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "pattern"}, PRIORITY["dept.pattern"]))
        # 乡党委政府 (统一到乡党委政府决策部署上来, 滑县 2019, probe dept32t): the 政府 the 党委 shares its
        # level with is the town's government, as 县委县政府 names two bodies.
        if text.startswith("党委政府", e - 2) and not text.startswith("人", e + 2) and not any(taken[e:e + 2]) \
                and town.endswith(town_own_level(m)):
            taken[e:e + 2] = b"\x01\x01"
            out.append(Mention("DEPT", e, e + 2, "dept.pattern", {"kind": "as", "as": town + "人民政府"},
                               PRIORITY["dept.pattern"]))
    for m in _TOWN_FIELD.finditer(text, 0, HEAD_CHARS):
        if town.endswith("街道"):
            s, e = m.end(), m.end() + len(town)
            if text.startswith(town, s) and not any(taken[s:e]):
                taken[s:e] = b"\x01" * (e - s)
                out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "pattern"}, PRIORITY["dept.pattern"]))
            continue
        # A town's publisher field, after its county or not (发布机构: 永川区来苏镇, cqyc.gov.cn 2021; probe
        # dept32t): the town's government. The whole value only: 来源:X镇人民政府网 is a website.
        v = _TOWN_FIELD_VALUE.match(text, m.end())
        if v and v.group(1) == town and not any(taken[v.start():v.end()]):
            s, e = v.span()
            taken[s:e] = b"\x01" * (e - s)
            out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": text[s:e] + "人民政府"},
                               PRIORITY["dept.pattern"]))
    return out


# In a text of an autonomous region's city or county, 区党委 is the region's party committee, not a district's
# (a district's goes by 区委): 在党中央的特殊关怀和区党委、市委的坚强领导下 (日喀则市's 十四五 纲要 2021, probe dept43p).
def _region_party(span: str, ctx: Context) -> bool:
    if not span.startswith("区党委") or not ctx.jurisdiction:
        return False
    divs = load_divisions()
    code = divs.resolve(ctx.jurisdiction)
    region = divs.by_code.get(divs.province(code)) if code else None
    return region is not None and region.name.endswith("自治区")


def tag_depts(text: str, ctx: Context | None = None) -> list[Mention]:
    """DEPT mentions in clean text. ``attrs["kind"]`` (registry, pattern, unit, bracket) tells
    the link stage how to link each; a registry name outranks a pattern."""
    ctx = ctx or Context()
    registry = _registry_of(ctx)
    level = _doc_level(ctx)
    class_level = _class_level(text, level)
    town = document_township(text, ctx)
    gaps = _space_gaps(ctx.source)
    spans = [sp for sp in find_dept_spans(text, registry, central=ctx.central or level == "national",
                                          starts=_column_starts(ctx.source), gaps=gaps)
             if not (sp[2] == "pattern" and _lower_prefix(text[sp[0]:sp[1]], class_level)
                     and not (town and TOWN_OWN_BODY.fullmatch(text, sp[0], sp[1]))
                     and not _region_party(text[sp[0]:sp[1]], ctx))]
    mt = _matchers(registry)
    spans = _merged_heads(text, spans, mt)
    spans = [_office_verb_trimmed(text, sp) for sp in spans]
    out: list[Mention] = []
    taken = bytearray(len(text) + 1)
    for s, e, _ in spans:
        taken[s:e] = b"\x01" * (e - s)
    prev_end = -1
    for s, e, kind in spans:
        if _bracket_after(text, prev_end) == (s, e):
            out.append(Mention("DEPT", s, e, "dept.bracket", {"kind": "bracket"}, PRIORITY["dept.bracket"]))
            prev_end = e
            continue
        source = "dept.unit" if kind == "unit" else f"dept.{kind}"
        out.append(Mention("DEPT", s, e, source, {"kind": kind}, PRIORITY[source]))
        prev_end = e
        br = _bracket_after(text, e)
        if br and not any(taken[br[0]:br[1]]):
            taken[br[0]:br[1]] = b"\x01" * (br[1] - br[0])
            out.append(Mention("DEPT", br[0], br[1], "dept.bracket", {"kind": "bracket"}, PRIORITY["dept.bracket"]))
            prev_end = br[1]
    out = [_after_column_gap(m, ctx.source) for m in out]
    out = [_wrapped_branch(text, m) for m in out]
    if gaps:
        out = [_after_name_gap(m, text, gaps) for m in out]
    out.extend(_missions(text, taken))
    out.extend(_shared_heads(text, taken, mt))
    out.extend(_shared_in_text(text, taken, mt))
    out.extend(_counted_governments(text, taken, mt, out))
    out.extend(_shared_zone_committees(text, taken))
    out.extend(_shared_departments(text, taken, mt, out))
    out.extend(_elliptic_governments(text, taken))
    out.extend(_elliptic_field_lists(text, taken, mt))
    out.extend(_elliptic_central_fields(text, taken, registry))
    out.extend(_bare_administrative_office(text, ctx, taken, mt))
    out.extend(_bare_party_departments(text, ctx, taken))
    out = _own_level_prefixed(text, ctx, out, taken, mt)
    out.extend(_standing_in_full(text, taken))
    out.extend(_congress_sessions(text, taken, mt, class_level))
    out.extend(_people_org_lists(text, taken, ctx.central or level == "national"))
    out.extend(_list_item_bodies(text, out, taken))
    out.extend(_posted_organs(text, out, taken))
    out.extend(_level_list_offices(text, out, taken))
    if town:
        out.extend(_town_own_bodies(text, town, taken))
    out.extend(_aliases(text, out, taken))
    if ctx.issuer and ctx.issuer.endswith("中心"):
        out.extend(_issuer_centres(text, ctx.issuer, registry, taken))
    out.extend(_bare_head_office(text, out, registry, taken))
    if local_classes := _local_class_spans(text):
        out = [m for m in out if not _inside(local_classes, m.start, m.end)]
    out = [m for m in out if not _quoted_word(text, m.start, m.end) and not _grassroots_coop(text, m)]
    out.sort(key=lambda m: m.start)
    return out


# A name in quotes before 字样 or 二字 is the word itself (名称可冠“国务院”字样: the 国务院办公厅's rules for
# 部际联席会议, probe dept29n), not a mention of the body.
_QUOTED_WORD_AFTER = re.compile("[”\"’'」]\\s*(?:等)?(?:字样|二字|三字|字眼)")
_QUOTE_OPEN = "“\"‘'「"


def _quoted_word(text: str, s: int, e: int) -> bool:
    """Whether the span is a whole quoted word cited as a word (“国务院”字样)."""
    return s > 0 and text[s - 1] in _QUOTE_OPEN and _QUOTED_WORD_AFTER.match(text, e) is not None


# A co-op named after its town or village (扶风县杏林供销合作社, 镇供销社) is a grassroots co-op, not the
# county's federation that a bare 供销社 stands for: a county page's member lists name both.
_BARE_COOP = ("供销社", "供销合作社")
_COOP_LEVEL_OPENERS = frozenset(level_chars(levels_without("乡", "镇")))


def _grassroots_coop(text: str, m: Mention) -> bool:
    if m.start == 0 or text[m.start:m.end] not in _BARE_COOP:
        return False
    before = text[m.start - 1]
    return _ONE_CJK.match(before) is not None and before not in _STOP and before != "和" and before not in _COOP_LEVEL_OPENERS


# A merged bureau's name joins its fields with 和 (区工业信息化和科技局, 区科技和经信局, 区计划和
# 科技局): a type after 和 (科技局, 经信局) is that bureau's tail, never a bureau of its own. The
# head runs back to the bare level, or the place, that opens the name.
# Not 州 or 盟: the rule was written on county and city bureaus (adding them would change output).
_MERGED_HEAD = re.compile(f"([{level_chars(levels_without('州', '盟', '乡', '镇'))}])((?:(?![{_STOP}和、])[{_CJK}]){{2,8}})和$")
_BODY_TAIL = re.compile("[局委办厅部院会府处室所站队科股]$")


def _merged_heads(text: str, spans: list[tuple[int, int, str]], mt: _Matchers) -> list[tuple[int, int, str]]:
    """Spans after 和 extended over the merged bureau's head (区工业信息化和科技局)."""
    out: list[tuple[int, int, str]] = []
    for s, e, kind in spans:
        # Only a bureau type standing bare (科技局, 经信局) is a tail: 和全国人大 is no merged name.
        if s > 3 and text[s - 1] == "和" and text[e - 1] == "局" and mt.types.get(text[s:e]):
            start = _merged_head_start(text, s, mt)
            if start is not None and (not out or out[-1][1] <= start):
                s = start
        out.append((s, e, kind))
    return out


def _merged_head_start(text: str, s: int, mt: _Matchers) -> int | None:
    lo = max(0, s - 12)
    m = _MERGED_HEAD.search(text, lo, s)
    if m is None or m.end() != s or _BODY_TAIL.search(m.group(2)):
        return None
    level = m.start()
    # A place opens it (拱墅区科学技术和…): the place's start.
    for k in range(max(0, level - 8), level):
        p = mt.place_re.match(text, k)
        if p and p.end() == level + 1:
            return k
    # Else a bare level standing alone (区工业信息化和科技局, 组建区经济发展和科技局), not 市 of 市场.
    if word_bounds(text, level, level + 1) and (
            level == 0 or not _ONE_CJK.match(text[level - 1]) or at_word_start(text, level, level + 1)):
        return level
    return None


def _column_starts(source) -> frozenset[int]:
    """Clean positions right after two or more spaces of the original (a list's columns)."""
    return _gap_ends(source, _COLUMN_GAP, ("  ", "\u3000\u3000"))


def _space_gaps(source) -> frozenset[int]:
    """Clean positions right after a space of the original between two CJK characters."""
    return _gap_ends(source, _SPACE_GAP, _GAP_SPACES)


def _gap_ends(source, gap: re.Pattern[str], needles: Iterable[str]) -> frozenset[int]:
    """Clean positions where a match of ``gap`` in the original ends; none without any of
    ``needles`` in the original (most texts have no such space: no scan)."""
    original, index = getattr(source, "original", None), getattr(source, "index", None)
    if not original or index is None or not any(n in original for n in needles):
        return frozenset()
    out = set()
    for m in gap.finditer(original):
        k = bisect_left(index, m.end())
        if 0 < k < len(index) and index[k] == m.end():
            out.add(k)
    return frozenset(out)


_GAP_SPACES = (" ", "\t", "\u3000", "\xa0")
# Each gap pattern consumes its first space before the lookbehind: sre skips to a space in C.
_SPACE_GAP = re.compile("[ \t\u3000\xa0](?<=[\u4e00-\u9fff][ \t\u3000\xa0])[ \t\u3000\xa0]*(?=[\u4e00-\u9fff])")
_COLUMN_GAP = re.compile("[ \t\u3000\xa0](?<=[\u4e00-\u9fff][ \t\u3000\xa0])[ \t\u3000\xa0]+(?=[\u4e00-\u9fff])")


# A bureau's district branch wrapped onto the next line of a table's cell (花府办〔2022〕6号:
# "市规划和自然资源局\n\n花都区分局"): the line holds the branch alone, so the two lines are one name.
_WRAPPED_BRANCH = re.compile(f"\n[ \u3000]*([{_CJK}]{{1,6}}[区县市]分局)[ \u3000]*(?=\n|\\Z)")


def _wrapped_branch(text: str, m: Mention) -> Mention:
    """A bureau at a line's end whose next line is only ``X区分局``: one DEPT over the break."""
    if not text.endswith("局", m.start, m.end) or m.end >= len(text) or text[m.end] != "\n":
        return m
    w = _WRAPPED_BRANCH.match(text, m.end)
    if not w:
        return m
    return Mention(m.label, m.start, w.end(1), m.source, m.attrs, m.priority)


def _after_column_gap(m: Mention, source) -> Mention:
    """A span that crosses two or more spaces of the original (a list's columns, which the clean
    text joins: 大庆  五河县农业委员会, 王平  和县农业委员会) starts after the last such gap;
    a line break inside a name (成\n\n都海关) is a PDF's and stays, and so does the indentation
    after one."""
    index = getattr(source, "index", None)
    if index is None or m.end > len(index):
        return m
    for k in range(m.end - 1, m.start, -1):
        gap = source.original[index[k - 1] + 1:index[k]]
        # The indentation of a page's next line is no column (白云区第十七届\n  人民代表大会).
        if source.original[index[k - 1]] == "\n":
            continue
        if len(gap) >= 2 and not gap.strip(" \t\u3000\xa0"):  # a line break inside a name is a PDF's
            if m.end - k >= 3:
                return Mention(m.label, k, m.end, m.source, m.attrs, m.priority)
            break
    return m


_GAP_LEVELS = frozenset("省市州县区旗")


def _after_name_gap(m: Mention, text: str, gaps: frozenset[int]) -> Mention:
    """A span whose place runs back over one space into the tail of a word starts after the
    space: a roster's 施宏伟 区政府办公室 is 区政府办公室 (not 宏伟区), 王城 区财政局 is
    区财政局 (not 城区). Only where the space stands right before a bare level (区, 县, 市…)
    and both sides are glued words (not letter-spaced: 由广 州 市 人 民 政 府 keeps)."""
    s, e = m.start, m.end
    if s == 0 or s in gaps or not _ONE_CJK.match(text[s - 1]):
        return m
    for k in range(s + 1, min(e, s + 4)):
        if k in gaps:
            if text[k] in _GAP_LEVELS and e - k >= 3 and k + 1 not in gaps:
                return Mention(m.label, k, e, m.source, m.attrs, m.priority)
            break
    return m


# An addressee line listing places that share one 人民政府: 北京、天津、…、陕西省（自治区、直辖市）人民政府：
# The list may follow another addressee on its line (北京、天津市各区人民政府，石家庄、唐山、…市人民政府：).
# The head may be the party committee and the government both, the committee after the last place's level
# (雄县、容城、安新县委和人民政府, 雄安发〔2021〕5号's addressees, probe loc58p): each place names its government.
_SHARED_HEAD = compile_cached(f"(?m)(?:^|(?<=[，,]))[ \u3000]*((?:[{_CJK}]{{2,8}}、)+[{_CJK}]{{2,8}}?)(?:[（(][{_CJK}、]{{1,12}}[）)])?"
                              f"(?:(?<=[县市区旗州])委[和、])?人民政府[：:，,]")
# Where _SHARED_HEAD may start: a line start or a comma before a first item and its 、. The
# pattern opens with lookbehinds, which make sre try it at every position.
_SHARED_HEAD_LEAD = re.compile(f"[\n，,](?=[ \u3000]*[{_CJK}]{{2,8}}、)")


# China's missions abroad (中国驻琅勃拉邦总领馆, 驻孔敬总领馆, 我驻缅使馆, 驻东盟使团): the state's own
# bodies. Not 驻华 (a foreign state's mission in China), 驻外 (the class 驻外使领馆), nor one a
# foreign state's name or any other name opens (伊朗驻华使馆, 法国驻…).
# Matched from 驻 (a literal start the regex engine jumps to); the state's name before it joins the span.
_MISSION = re.compile(f"驻(?P<place>[{_CJK}]{{1,8}}?)(?P<head>总领事馆|总领馆|领事馆|大使馆|使馆|使团|代表团)")
_MISSION_STATE = ("中华人民共和国", "中国")
_MISSION_LEAD = set("我及和与、，。；：（）于在的\n ")


def _missions(text: str, taken: bytearray) -> list[Mention]:
    """China's missions abroad as DEPT spans; the canonical is composed only for a consulate
    general named by its city (中华人民共和国驻琅勃拉邦总领事馆): an embassy's or delegation's full
    name needs the state's full name, which the text does not give (驻缅使馆), so it stays null."""
    out = []
    if "驻" not in text:
        return out
    for m in _MISSION.finditer(text):
        s, e = m.span()
        s -= next((len(p) for p in _MISSION_STATE if text.endswith(p, 0, s)), 0)
        place = m.group("place")
        if place[0] in "华外各" or any(taken[s:e]) or any(c in _MISSION_STOPS for c in place):
            continue
        if s > 0 and text[s - 1] not in _MISSION_LEAD and not text.startswith("中", s) \
                and not text.endswith(_MISSION_OWN, 0, s) and not text.endswith(_MISSION_VERBS, 0, s):
            continue  # 伊朗驻华, 法国驻…: another state's mission or a longer name
        head = m.group("head")
        canonical = f"中华人民共和国驻{place}总领事馆" if head in ("总领馆", "总领事馆") else None
        attrs = {"kind": "mission", "mission": canonical}
        if head in ("大使馆", "使馆"):
            attrs["embassy_in"] = place  # composed by the linker with the state's full name on the date
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", attrs, PRIORITY["dept.pattern"]))
    return out


# 我国驻南联盟使馆 (1999 report): "our country's" mission. A verb or preposition before 驻 leaves
# the mission China's (选择驻美国使馆或对应总领馆, 联系驻洛杉矶总领馆); a state's or body's name would not.
_MISSION_OWN = ("我国", "我方", "中方")
_MISSION_VERBS = ("选择", "联系", "通过", "咨询", "请", "向", "经", "由", "到", "赴", "至", "前往", "会同", "协助")

# Characters no mission's place holds (the place is one name: 驻琅勃拉邦).
_MISSION_STOPS = set("的和与及、使领馆")


def _shared_heads(text: str, taken: bytearray, mt: _Matchers) -> list[Mention]:
    """Each place of an addressee list sharing one 人民政府 names its government (guide v2:
    each a DEPT, the place as written); only when every item is a division's name."""
    out = []
    starts = [0, *map(re.Match.end, _SHARED_HEAD_LEAD.finditer(text))]
    for m in finditer_from(_SHARED_HEAD, starts, text):
        items, pos = [], m.start(1)
        for item in m.group(1).split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        # An item may drop the level the last one spells out (容城 in 雄县、容城、安新县委和人民政府: 容城县).
        level = text[items[-1][1] - 1]
        if not all(mt.place_re.fullmatch(text, s, e) or (level in "县市区旗州" and mt.place_re.fullmatch(text[s:e] + level))
                   for s, e in items):
            continue
        # The last place with 人民政府 may already be a body of its own (…、黄山市人民政府：): the
        # places before it still share that 人民政府.
        last_s, last_e = items[-1]
        if len(items) > 1 and (all(taken[last_s : text.index("人民政府", last_s) + 4])
                               or (text.startswith("委", last_e) and all(taken[last_s:last_e]))):
            items = items[:-1]  # the last place's committee (安新县委) is a body of its own
        if any(taken[items[0][0] : items[-1][1]]):
            continue
        out.extend(_claim_shared(items, taken))
    return out


def _shared_in_text(text: str, taken: bytearray, mt: _Matchers) -> list[Mention]:
    """Places joined by 、 or 和 before one 人民政府 or 政府 in running text (江西省、湖北省、湖南省人民政府要…;
    广东省和广州市人民政府合作共建): each names its government, as on an addressee line."""
    out = []
    for m in _SHARED_GOVERNMENT.finditer(text):
        # The last place's government must be a body found already.
        if not taken[m.start()] or (cur := _place_ending_at(text, m.start(), mt)) is None:
            continue
        # 香港、澳门特别行政区政府 (State Council report 2019): a region's government is 政府, never
        # a mainland 人民政府 (香港特别行政区政府 in the dev gold).
        head = "政府" if text.startswith(_SAR_NAMES, cur) else "人民政府"
        items = []
        while cur and text[cur - 1] in "、和" and (start := _place_ending_at(text, cur - 1, mt)) is not None \
                and not any(taken[start : cur - 1]):
            items.append((start, cur - 1))
            cur = start
        out.extend(_claim_shared(items, taken, head))
    return out


_SAR_NAMES = ("香港", "澳门")


# Places listed before a count of them and their class, then one 人民政府 (通知要求,广东、天津、福建、上海4省市人民政府和有关
# 部门要…: 新华网 2015 on the State Council's free trade zone notices, probe loc64p; 北京、天津、河北三省市人民政府):
# each place names its government, as before a bare 人民政府 (guide v2.2 LOC 5: places sharing one body head follow the
# DEPT convention, dev sc19-52). Only where the count is the list's length and each place is of the class's rank.
_COUNTED_GOVERNMENT = re.compile("([0-9０-９]{1,2}|[一二两三四五六七八九十]{1,2})个?(省区市|省市区|省市|省区|市县|县市|区县|[省市县区州盟])"
                                 "(?:人民政府|政府)(?![办各所驻部机网门])")
_CLASS_RANKS = {"省": {"province"}, "市": {"municipality", "city"}, "县": {"county"}, "区": {"province", "county"},
                "州": {"city"}, "盟": {"city"}}


def _counted_governments(text: str, taken: bytearray, mt: _Matchers, found: list[Mention]) -> list[Mention]:
    """Each place of a list before a count and class of places and one 人民政府 (广东、天津、福建、上海4省市人民政府);
    a bare class government read there (市人民政府 of 两市人民政府) is removed from ``found``."""
    out, classes = [], []
    if "政府" not in text:
        return out
    for m in _COUNTED_GOVERNMENT.finditer(text):
        if any(taken[m.start() : m.start(2)]):
            continue
        ranks = set().union(*(_CLASS_RANKS[c] for c in m.group(2)))
        items, cur = [], m.start()
        while (start := _place_ending_at(text, cur, mt)) is not None and not any(taken[start:cur]) \
                and _place_ranks(text[start:cur]) & ranks:
            items.append((start, cur))
            if start == 0 or text[start - 1] not in "、和及":
                break
            cur = start - 1
        if len(items) < 2 or len(items) != cn_int(m.group(1)) or (items[-1][0] > 0 and text[items[-1][0] - 1] in "、和及"):
            continue
        out.extend(_claim_shared(items[::-1], taken))
        classes.append((m.start(2), m.end()))
    if classes:
        # filtered once: a filter per match was quadratic in a long list of counted governments (review22)
        starts = [a for a, _ in classes]
        found[:] = [f for f in found if not ((k := bisect_right(starts, f.start) - 1) >= 0 and f.end <= classes[k][1])]
    return out


# The corps a central notice lists beside the provinces (…、新疆及新疆生产建设兵团发展改革委), a prefix as a place is.
_CORPS = "新疆生产建设兵团"


def _shared_departments(text: str, taken: bytearray, mt: _Matchers, found: list[Mention]) -> list[Mention]:
    """Places joined by 、, 和 or 及 before one department whose body is found already (请内蒙古、四川、…、新疆及
    新疆生产建设兵团发展改革委、能源局报请…: 国家能源局 2013 notice, probe org54p): each place names its own
    department of that type, as places before one 人民政府 do; only a department type of the lexicon."""
    out = []
    for m in found:
        s, e = m.start, m.end
        if m.label != "DEPT" or s == 0 or text[s - 1] not in "、和及":
            continue
        p = s + len(_CORPS) if text.startswith(_CORPS, s) else \
            next((k for k in range(min(e - 2, s + 9), s + 1, -1) if mt.place_re.fullmatch(text, s, k)), None)
        if p is None or load_dept_types().get(text[p:e]) is None or text.startswith(("人民政府", "政府"), p):
            continue  # a government and its offices are the shared-government rules' (江西省和湖南省人民政府办公厅)
        # Each place shares the department only at the named one's rank (review20): 成都、重庆和四川省交通运输厅
        # gives no 成都市交通运输厅 (a city has no 厅) and 北京、上海和广州市教育局 no 北京市教育局.
        rank = {"province"} if p == s + len(_CORPS) else _place_ranks(text[s:p])
        items, cur = [], s
        while cur and text[cur - 1] in "、和及" and (start := _place_ending_at(text, cur - 1, mt)) is not None \
                and not any(taken[start : cur - 1]) and rank & _place_ranks(text[start : cur - 1]):
            items.append((start, cur - 1))
            cur = start
        out.extend(_claim_shared(items, taken, text[p:e]))
    return out


@lru_cache(maxsize=1)
def _ranks_by_name() -> dict[str, frozenset[str]]:
    """Division names (full and short) -> their ranks: province, municipality, city, county."""
    out: dict[str, set[str]] = {}
    for pl in places():
        rank = "municipality" if pl.province_code in MUNICIPALITIES else pl.level
        for n in {pl.name, pl.short}:
            out.setdefault(n, set()).add(rank)
    return {k: frozenset(v) for k, v in out.items()}


def _place_ranks(name: str) -> frozenset[str]:
    return _ranks_by_name().get(name, frozenset())


# Zones joined by 、 before one 管委会 (辽东湾新区、辽河口生态经济区管委会 on 盘锦's addressee line;
# 两江新区、西部科学城重庆高新区、万盛经开区管委会 in a Chongqing plan): each zone's committee.
_SHARED_ZONE_COMMITTEE = re.compile(f"(?:{ZONE_WORDS})(?:管委会|管理委员会)")
# The bare level names the document's own zone too (市开发区、城南新区管委会 on 盐城's addressee line, 2013).
_ZONE_ITEM = re.compile(f"(?:{_ZONE_CHAR}{{2,12}}?|[市县区州])(?:{ZONE_WORDS})")
_ZONE_ITEM_STOPS = set("、，,；;：:\n（）()和及与")


def _shared_zone_committees(text: str, taken: bytearray) -> list[Mention]:
    """Each zone of a list whose last item is a zone's 管委会 (found already) names its own
    管委会; only when every item before is a zone's name."""
    out = []
    for m in _SHARED_ZONE_COMMITTEE.finditer(text):
        if not taken[m.start()]:
            continue
        cur = m.start()
        while cur and taken[cur - 1]:
            cur -= 1  # the start of the last zone's body
        items = []
        while cur > 1 and text[cur - 1] == "、":
            start = cur - 1
            while start > 0 and cur - 1 - start < 14 and text[start - 1] not in _ZONE_ITEM_STOPS:
                start -= 1
            if not _ZONE_ITEM.fullmatch(text, start, cur - 1) or any(taken[start:cur - 1]):
                break
            items.append((start, cur - 1))
            cur = start
        if items:
            out.extend(_claim_shared(items, taken, "管委会" if m.group().endswith("管委会") else "管理委员会"))
    return out


# An item of a list of a county's or district's bodies by an abbreviation no lexicon holds (区发改局、
# 区审改办、区住建局; 区人民法院、区人劳局、区财政局、区计生局、区煤工局负责人): the bare level, two to four
# characters and 局 or 办, joined by 、 to an item found as a body of the same level. Its full name is
# not known: the link stage leaves it null (kind "unnamed") rather than compose one.
# Not a level word (区域, 县级) or a pair of levels, as for a bare prefix's unlisted body.
# A city's or prefecture's list too (市投资促进委、市政府新闻办 in 广安's rules of the standing meeting, 2018;
# 市发改委、市经济局 in a 延边州 news item, 2013), and 委 as an abbreviation's end (投资促进委).
_LIST_ITEM_BODY = re.compile(f"([县区旗市州])(?![级域省市县区州])(?:(?![{_STOP}和、])[{_CJK}]){{2,4}}?[局办委]")
# A government's office by an abbreviation in such a list (市政府信息公开办、市政府督查室): the office, not
# the bare 市政府 the lexicon finds at its start.
# (Its name may hold a stop character: 信息公开办.)
_LIST_ITEM_GOV_OFFICE = re.compile(f"([县区旗市州])政府(?:(?![的和与及、])[{_CJK}]){{2,6}}?办")


def _beside_listed_body(text: str, s: int, e: int, level: str, starts: dict[int, Mention], ends: dict[int, Mention],
                        tails: str) -> bool:
    """Whether the item at s:e has a neighbour in its 、-list that is a body of the same level (its
    first character) ending in one of ``tails``."""
    before = ends.get(s - 1) if s and text[s - 1] == "、" else None
    after = starts.get(e + 1) if text[e:e + 1] == "、" else None
    return any(n is not None and text[n.start] == level and text[n.end - 1] in tails for n in (before, after))


def _list_item_bodies(text: str, bodies: list[Mention], taken: bytearray) -> list[Mention]:
    """Unlisted abbreviations in a list of bodies of one level (a county's 煤工局, 审改办).
    A bare 市政府 the lexicon found at the start of such an item is dropped from ``bodies``."""
    if not any(text[m.start] in "县区旗市州" for m in bodies):
        return []
    starts = {m.start: m for m in bodies}
    ends = {m.end: m for m in bodies}
    out = []
    for m in _LIST_ITEM_GOV_OFFICE.finditer(text):
        s, e = m.span()
        bare = starts.get(s)
        if (s and "\u4e00" <= text[s - 1] <= "\u9fff") or bare is None or bare.end != s + 3 \
                or any(taken[bare.end:e]):
            continue
        if not _beside_listed_body(text, s, e, m.group(1), starts, ends, "局办委院室"):
            continue
        bodies.remove(bare)
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "unnamed"}, PRIORITY["dept.pattern"]))
    for m in _LIST_ITEM_BODY.finditer(text):
        s, e = m.span()
        if any(taken[s:e]) or (s and "\u4e00" <= text[s - 1] <= "\u9fff"):
            continue
        if not _beside_listed_body(text, s, e, m.group(1), starts, ends, "局办委院"):
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "unnamed"}, PRIORITY["dept.pattern"]))
    return out


# 办 before a verb's second character (_OFFICE_VERB_SECOND): the body is the span without it.
_OFFICE_VERB_AFTER = frozenset(_OFFICE_VERB_SECOND)


def _office_verb_trimmed(text: str, sp: tuple[int, int, str]) -> tuple[int, int, str]:
    s, e, kind = sp
    if e - s >= 3 and text[e - 1] == "办" and text[e:e + 1] in _OFFICE_VERB_AFTER:
        return s, e - 1, kind
    return sp


# The offices of a level's congress, government and CPPCC named bare after its party committee's in one
# list (县委办、人大办、政府办、政协办: 夏县 2023, probe dept20c): each at the first item's level.
_LIST_OFFICE = re.compile("、(人大办|政府办|政协办)(?=[、，,。；;等和及\n]|$|汇报|负责|牵头|参加|配合)")
_LIST_HEAD_OFFICE = re.compile("(?<=[及和，,：:])(政府办)(?=、)")
# The list may open with any of these offices at its level (縣人大辦、政協辦匯報了…: a county's news 2020).
_LIST_OFFICE_FIRST = ("委办", "委办公室", "人大办", "政府办", "政协办")


def _level_list_offices(text: str, bodies: list[Mention], taken: bytearray) -> list[Mention]:
    out: list[Mention] = []
    if "、" not in text or "办" not in text:
        return out
    ends = {m.end: m for m in bodies}
    prev_end: dict[int, str] = {}  # end of a list item -> the list's level
    for m in _LIST_OFFICE.finditer(text):
        s, e = m.span(1)
        if any(taken[s:e]):
            continue
        level = prev_end.get(s - 1)
        if level is None and (first := ends.get(s - 1)) is not None and text[first.start] in "县区旗市" \
                and text[first.start + 1:first.end] in _LIST_OFFICE_FIRST:
            level = text[first.start]
        if level is None:
            continue
        taken[s:e] = b"\x01" * (e - s)
        prev_end[e] = level
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": level + m.group(1)}, PRIORITY["dept.pattern"]))
    # The government's office bare at the head of a list of bare bodies (县领导张海军、索剑峰及政府办、住建局、
    # 自然资源和规划局: a county's news 2019): the document's own government's, as the bureaus after it are.
    starts = {m.start for m in bodies}
    for m in _LIST_HEAD_OFFICE.finditer(text) if "政府办、" in text else ():  # the lookbehind is tried everywhere
        s, e = m.span(1)
        if not any(taken[s:e]) and e + 1 in starts:
            taken[s:e] = b"\x01" * (e - s)
            out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "pattern"}, PRIORITY["dept.pattern"]))
    return out


# A leader's posts after a party committee's membership name that committee's organs bare (县委常委、
# 宣传部部长: 西平县 2024; 县委常委、纪委书记、监委主任, 县委常委、政法委书记: 赵县 2018): each is the
# organ of the committee named before, at its level (县委宣传部, 县纪委, 县监委, 县委政法委).
_POSTED_ORGAN = re.compile("([县区市旗州])委常委、(宣传部|组织部|统战部|政法委|纪委)(?=副?(?:部长|书记))")
_POSTED_SUPERVISION = re.compile("纪委副?书记、(监委)(?=副?主任)")
_ORGAN_AS = {"宣传部": "委宣传部", "组织部": "委组织部", "统战部": "委统战部", "政法委": "委政法委", "纪委": "纪委"}


def _posted_organs(text: str, bodies: list[Mention], taken: bytearray) -> list[Mention]:
    """A party committee's organs named bare among a leader's posts, linked as the committee's."""
    out: list[Mention] = []
    if "委常委、" not in text:
        return out
    for m in _POSTED_ORGAN.finditer(text):
        s, e = m.span(2)
        level = m.group(1)
        if any(taken[s:e]) or not taken[m.start(1)]:
            continue  # the committee before must be a body found (县委), not part of a longer word
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": level + _ORGAN_AS[m.group(2)]},
                           PRIORITY["dept.pattern"]))
        if m.group(2) == "纪委" and (v := _POSTED_SUPERVISION.match(text, s)) and not any(taken[v.start(1):v.end(1)]):
            vs, ve = v.span(1)
            taken[vs:ve] = b"\x01" * (ve - vs)
            out.append(Mention("DEPT", vs, ve, "dept.pattern", {"kind": "as", "as": level + "监委"},
                               PRIORITY["dept.pattern"]))
    return out


def _claim_shared(items: list[tuple[int, int]], taken: bytearray, head: str = "人民政府") -> list[Mention]:
    """Each place of ``items`` as the body of one shared head (人民政府, 管委会), its span claimed."""
    out = []
    for s, e in items:
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "shared", "head": head},
                           PRIORITY["dept.pattern"]))
    return out


# 人民政府 shared by the places before it, itself a whole government (not 人民政府办公厅, 人民政府各部门);
# its short form too in a note (哈尔滨、黑河、绥芬河市政府负责: 黑龙江's measures, probe asg34).
# (人民)?政府 as two branches that open with a character each: sre scans for 人 and 政 in C instead of
# trying the optional group at every character (the same matches: 人民政府 that fails fails as 政府 too).
_SHARED_GOVERNMENT = re.compile("人民政府(?![办各所驻部机网门])|政府(?![办各所驻部机网门])")


def _place_ending_at(text: str, end: int, mt: _Matchers) -> int | None:
    """The start of the longest division name ending at ``end``."""
    return next((k for k in range(max(0, end - 9), end - 1) if mt.place_re.fullmatch(text, k, end)), None)


# The government written bare after its party committee with a level prefix (自治区党委、政府; 自治区党委、
# 人民政府): the same level's government, not the document's own (宁夏's 2026 report; the rules of work
# of 博尔塔拉州 and 巴音郭楞州, where the bare 人民政府 had been their own prefecture's).
# Not 自治县/自治旗 or the townships: the rule was written on province and prefecture documents.
_ELLIPTIC_GOVERNMENT = re.compile(f"({level_alternation(levels_without('自治县', '自治旗', '乡', '镇'))})(?:党)?委[、和]((?:人民)?政府)"
                                  f"(?![{_CJK}]{{0,2}}(?:机关|部门|办公|网站|门户|工作报告))")


# 行署 alone in a document of a 地区 or 盟 is its own 行政公署 (发文机构:地区行署 … 经地委、行署研究通过 in 阿里地区's
# rules of work; 行署各委、办、局 in 阿拉善盟's notice); elsewhere it is every prefecture's (a class, left out).
# Its office goes by 行署办 too (来源:行署办 on 兴安盟's gazette page); 办理 and 办事 are verbs, and
# 行署办公会议 is the 行署's meeting (as 市政府办公会议, 局长办公会议), not its office.
# 行政公署 in full goes bare as well (地委副书记、行政公署专员…主持召开行政公署常务会议, 以行政公署名义呈报 on
# 喀什地区's page of 2023).
_BARE_ADMIN_OFFICE = re.compile("(?:地区|盟)?(行署(?:办公室|办(?![理事法公]))?|行政公署(?:办公室)?)")
# The party committee of that 地区 or 盟 by its bare level, beside its 行署 (经地委、行署研究通过 in 阿里地区's
# rules of work; 在盟委、行署的关怀支持下 in 兴安盟's decision of 2019). Not inside 委托, 委员 (各地委托…),
# nor after a word that makes 地 an ordinary noun (各地, 本地, 当地, 外地 …).
_BARE_PREFECTURE_COMMITTEE = re.compile("(?<![各本当外异两该此属内实])([地盟]委)(?![托员会屈婉])")


# A county's party departments by their bare names in its own news (组织部牵头的乡镇公住房: 沅陵县 2015, beside
# 房产局、住建局、教育局 named bare too): the county committee's, as a bare 住建局 is the county's. Only
# in a county's or district's document (a city's 组织部 could be the province's in a provincial item), at
# a word's start, and not before 长 (组织部长 is a post, 部长 after it a person's).
# 宣传部门, 组织部门: a functional class, no party committee's department.
_BARE_PARTY_DEPARTMENT = re.compile("(组织部|宣传部|统战部)(?![长副门])")


def _bare_party_departments(text: str, ctx: Context, taken: bytearray) -> list[Mention]:
    divs = load_divisions()
    code = ctx.jurisdiction
    if "部" not in text or not code or code not in divs.by_code or ctx.central:
        return []
    name = divs.by_code[code].name
    if divs.meta_level(code) != "county" or not name.endswith(("县", "区", "旗")):
        return []
    level = name[-1]
    out = []
    for m in _BARE_PARTY_DEPARTMENT.finditer(text):
        s, e = m.span()
        before = text[s - 1] if s else ""
        if any(taken[s:e]) or (before and _ONE_CJK.match(before) and before not in _STOP + "和及"):
            continue  # 县委组织部 (found whole), 中央组织部, 省委宣传部: another word's tail
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": level + "委" + m.group(1)},
                           PRIORITY["dept.pattern"]))
    return out


def _bare_administrative_office(text: str, ctx: Context, taken: bytearray, mt: _Matchers) -> list[Mention]:
    divs = load_divisions()
    code = ctx.jurisdiction
    if ("行署" not in text and "委" not in text) or not code or code not in divs.by_code \
            or not divs.by_code[code].name.endswith(("地区", "盟")):
        return []
    out = []
    for m in _BARE_ADMIN_OFFICE.finditer(text):
        s, e = m.span()
        if any(taken[s:e]) or _CLASS_BEFORE.search(text, max(0, s - 3), s):
            continue  # 各地区行署, 其他地区行署: every prefecture's, a class
        taken[s:e] = b"\x01" * (e - s)
        # 地区行署 with its bare level is linked as 行署 (the linker knows no 地区 prefix).
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": m.group(1)}, PRIORITY["dept.pattern"]))
    level_char = "地" if divs.by_code[code].name.endswith("地区") else "盟"
    for m in _BARE_PREFECTURE_COMMITTEE.finditer(text):
        s, e = m.span()
        if text[s] != level_char or any(taken[s:e]):
            continue
        p = _places_before(text, s, mt)
        if p < s and not divs.by_code[code].name.startswith(text[p:s]):
            continue  # another prefecture's committee by its name (喀什地委 in a 阿里地区 document)
        taken[s:e] = b"\x01" * (e - s)
        # Linked as the document's own 党委 (中共阿里地区委员会): the linker knows no 地/盟 prefix.
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": "党委"}, PRIORITY["dept.pattern"]))
    return out


# In a 地区's or 盟's own document its bodies go by the bare level, as a city's go by 市 (经地区林草局、财政局联合审查,
# 地区发改委牵头制定 on 喀什地区's page of 2023; 盟发改委, 盟财政局): the document's own body. The level word ends
# other words (各地区, 贫困地区, 联盟) and opens others (盟市, 地区生产总值): only where it opens the body's name.
# (所在地区, 受灾地区, 边远地区, 农村地区, 沿海地区, 西部地区, 革命老区: the area of a phrase, not the 地区).
_OWN_LEVEL_STOP_BEFORE = frozenset("各本该全其他关点困族疆数区联同加结在灾远村市达边海部城山老")


def _own_level_prefixed(text: str, ctx: Context, out: list[Mention], taken: bytearray, mt: _Matchers) -> list[Mention]:
    divs = load_divisions()
    code = ctx.jurisdiction
    if not code or code not in divs.by_code:
        return out
    name = divs.by_code[code].name
    level = "地区" if name.endswith("地区") else "盟" if name.endswith("盟") else None
    if level is None or level not in text:
        return out
    by_start = {m.start: i for i, m in enumerate(out) if m.label == "DEPT"}
    out = list(out)
    for m in re.finditer(level, text):
        s, e = m.span()
        if any(taken[s:e]) or (s and text[s - 1] in _OWN_LEVEL_STOP_BEFORE) or text[e:e + 1] in ("市", "旗", "县", "区", "级"):
            continue
        i = by_start.get(e)
        if i is not None:
            body = out[i]
            if body.attrs.get("kind") not in ("pattern", "registry"):
                continue
            end = body.end
        else:
            t = mt.type_re.match(text, e)
            if not t or any(taken[e:t.end()]) or t.group().startswith("委"):
                continue
            end = t.end()
            # With its internal unit, as 市农牧局畜牧科 (上报盟农牧业局发展计划科: 锡林郭勒盟农牧业局 2015, probe dept43p).
            unit_end = _unit_after(text, end, mt)
            if not any(taken[end:unit_end]):
                end = unit_end
        taken[s:end] = b"\x01" * (end - s)
        # Linked as the bare body (财政局 in 喀什地区's text is 喀什地区财政局): the linker knows no 地区/盟 prefix.
        mention = Mention("DEPT", s, end, "dept.pattern", {"kind": "as", "as": text[e:end]}, PRIORITY["dept.pattern"])
        if i is not None:
            out[i] = mention
        else:
            out.append(mention)
    return out


# A level's congress by its session, 人代会 (市五届二次人代会《政府工作报告》确定的各项重点任务: 通政办发〔2019〕10号,
# probe dept43p; 县人代会, 省十四届一次人代会): the congress, as 市五届人大 is. After a bare level or a place's
# name only: 城市 and 各市 end other words, and a bare 人代会 is any congress's session.
_CONGRESS_SESSION = re.compile(f"([省市州县区旗盟])(?:第?{TERM_NUMBER}届(?:第?{TERM_NUMBER}次)?)?人代会")


def _congress_sessions(text: str, taken: bytearray, mt: _Matchers, class_level: str | None) -> list[Mention]:
    if "人代会" not in text:
        return []
    out = []
    for m in _CONGRESS_SESSION.finditer(text):
        s, e = m.span()
        start = s
        if s and "\u4e00" <= text[s - 1] <= "\u9fff":
            place = _places_before(text, s + 1, mt)
            if place <= s:
                start = place  # 通辽市五届二次人代会
            elif text[s - 1] not in _STOP or text[s - 1] in "各其这那":
                continue  # 城市人代会, 各市人代会: the level ends another word, or a class
        if any(taken[start:e]) or (start == s and _lower_prefix(text[s:e], class_level)) \
                or text.rfind("《", 0, start) > text.rfind("》", 0, start):
            # Nor inside a title (关于印发《市五届二次人代会〈政府工作报告〉重点任务分工方案》的通知).
            continue
        taken[start:e] = b"\x01" * (e - start)
        out.append(Mention("DEPT", start, e, "dept.pattern", {"kind": "as", "as": text[start:s + 1] + "人大"},
                           PRIORITY["dept.pattern"]))
    return out


# 常务委员会 written in full after its congress and 及其 (提请州人民代表大会及其常务委员会审议, a 州's rules;
# 对市人大及其常务委员会负责, 海口's rules 2011) is that congress's standing committee, as 及其常委会 is.
_STANDING_IN_FULL = re.compile("(?:(?<=人大及其)|(?<=代表大会及其))常务委员会")


def _standing_in_full(text: str, taken: bytearray) -> list[Mention]:
    if "及其常务委员会" not in text:
        return []
    out = []
    for m in _STANDING_IN_FULL.finditer(text):
        s, e = m.span()
        # Not after a class of congresses (各级人民代表大会及其常务委员会, 地方各级人大及其…).
        if any(taken[s:e]) or _CLASS_CONGRESS.search(text, max(0, s - 10), s) \
                or _EACH_LEVEL_BEFORE.search(text, max(0, s - 20), s):
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": "常委会"}, PRIORITY["dept.pattern"]))
    return out


_CLASS_BEFORE = re.compile("(?:各|其他|有关|相关)$")
# Nouns naming bodies of a kind, never one body: a unit after them is every such body's unit.
_CLASS_NOUN_BEFORE_UNIT = frozenset({"机构", "部门", "部委", "单位"})
# A unit owned by a class (各部门所属信息中心, 有关单位下属服务中心: 国办函〔2005〕57号) is every body's, a class too.
_CLASS_OWNED_BEFORE = re.compile("(?:机构|部门|部委|单位)(?:所属|下属|直属)$")
# What follows 处 where it opens a verb (处理, 处置, 处罚), as in _UNIT's last lookahead.
_VERB_AFTER_CHU = frozenset("理置罚分")
_CLASS_LEVEL_BEFORE = frozenset("省市县区州乡镇各级层地、")


# A list of fields whose first item alone carries the level, closed by a shared 部门 (区国土、环保、人社
# 等相关部门参加会议: 平鲁区 news 2018; 县住建、交通运输、自然资源和规划、城投公司等部门分别汇报: a county's
# news 2019): the level is written once for all, each field is that level's body. A firm in the list
# (城投公司) is passed over; any other item that names no field (a class, a phrase) voids the list.
_ELLIPTIC_FIELD_LIST = re.compile(f"({_FIELD_LEVEL})({_NAME_CHAR}{{2,9}}?)((?:、{_NAME_CHAR}{{2,9}}?){{1,7}})"
                                  "等?(?:相关|有关)?(?:行政主管|行政|主管)?部门")
_LIST_FIRM = re.compile("(?:公司|集团)$")


def _elliptic_field_lists(text: str, taken: bytearray, mt: _Matchers) -> list[Mention]:
    """Each field of a list whose level is written on its first item only, as that level's body."""
    out: list[Mention] = []
    if "、" not in text or "部门" not in text:
        return out
    for m in _ELLIPTIC_FIELD_LIST.finditer(text):
        level, s = m.group(1), m.start(1)
        before = text[s - 1] if s else ""
        if (before and _ONE_CJK.match(before) and before not in _STOP + "和及") \
                or _level_list(text, s, m.end(2)) or _each_before(text, s):
            continue  # 全县住建、…; 市、区财政、民政等部门 (a class of levels)
        items, pos, ok = [], m.start(2), True
        for k, field in enumerate([m.group(2)] + m.group(3)[1:].split("、")):
            start = s if k == 0 else pos
            body = functional_type(field, mt.types, FUNCTIONAL_ENDS["province" if level in ("省", "自治区") else "local"])
            if body is None and not (k and _LIST_FIRM.search(field)):
                ok = False
                break
            if body is not None:
                items.append((start, pos + len(field), level + body))
            pos += len(field) + 1
        # The list must be elliptic (an item without its level) and every item still free.
        if not ok or len(items) < 2 or any(any(taken[a:b]) for a, b, _ in items):
            continue
        for a, b, surface in items:
            taken[a:b] = b"\x01" * (b - a)
            out.append(Mention("DEPT", a, b, "dept.pattern", {"kind": "as", "as": surface}, PRIORITY["dept.pattern"]))
    return out


# A list of central functional names that writes 国务院 on its first item only (国务院人力资源社会保障行政
# 部门、教育行政部门在职责范围内，分别负责…; 国务院教育行政部门、人力资源社会保障行政部门和其他有关部门:
# 国发〔2019〕4号): each later item is the central body of its field, as its first item is. The item ends as
# the first does (行政部门, 主管部门, 部门); classes (其他有关部门) and unknown fields end the list.
_CENTRAL_LIST_ITEM = re.compile(f"[、和及]({_FIELD_CHAR}{{1,8}}?)((?:行政主管|行政|主管)?(?:部门|机构|机关))")


def _elliptic_central_fields(text: str, taken: bytearray, registry: Registry) -> list[Mention]:
    """Each later item of a list of 国务院's functional names written once, as that field's central body."""
    out: list[Mention] = []
    if "国务院" not in text:
        return out
    for m in CENTRAL_FUNCTIONAL.finditer(text):
        if not m.group(1):
            continue
        pos = m.end()
        while (item := _CENTRAL_LIST_ITEM.match(text, pos)) is not None:
            field = item.group(1)
            if field.startswith(("其他", "其它", "有关", "相关", "各")) \
                    or not any(registry.by_name(n) for n in central_functional_names(field)):
                break
            a, b = item.start(1), item.end()
            if any(taken[a:b]):
                break
            taken[a:b] = b"\x01" * (b - a)
            out.append(Mention("DEPT", a, b, "dept.pattern", {"kind": "as", "as": "国务院" + field + item.group(2)},
                               PRIORITY["dept.pattern"]))
            pos = b
    return out


def _elliptic_governments(text: str, taken: bytearray) -> list[Mention]:
    divs = load_divisions()
    out = []
    for m in _ELLIPTIC_GOVERNMENT.finditer(text) if "委、" in text or "委和" in text else ():  # its match holds one
        s, e = m.span(2)
        if any(taken[s:e]) or text[max(0, m.start(1) - 1):m.start(1)] in _CLASS_LEVEL_BEFORE \
                or "各" in text[max(0, m.start(1) - 3):m.start(1)]:
            continue  # 市县党委、政府, 各地区党委和政府: every division's, a class
        # After a place's name the level is the place's (新疆维吾尔自治区党委、人民政府 in another region's text).
        lo = max(0, m.start(1) - 12)
        place = min((lo + a for a, b, _ in divs.mentions(text[lo:m.end(1)]) if lo + b == m.end(1)),
                    default=m.start(1))
        if place == m.start(1) and not at_word_start(text, m.start(1), m.end(1)):
            continue  # the level ends another word (社区党委、政府, 开发区党委、政府): no division's
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": text[place:m.end(1)] + "人民政府"},
                           PRIORITY["dept.pattern"]))
    return out


# A list of people's organizations by their bare names (支持工会、共青团、妇联等群团组织更好发挥作用: State
# Council reports 1987-2025, provincial reports 2026). 妇联, 残联, 科协 alone are distinctive and
# found by the bare-name scan; 工会, 共青团 and 红十字会 alone are not (经工会或职代会同意: a company's
# union), but beside one of those they are the division's bodies of the same list (牵头单位：红十字会、
# 残联、妇联、卫健委 in Inner Mongolia's 2026 report; 残联、红十字会 in Jiangxi's, Henan's, Fujian's).
_ORG_ITEM = "(?:工会(?<!总工会)(?!联合会)|共青团(?![员中省市县区])|妇联|残联|科协|侨联|文联|社科联|工商联|红十字会)"
_PEOPLE_ORG_LIST = re.compile(f"{_ORG_ITEM}(?:[、和]{_ORG_ITEM})+")
_ORG_ITEM_RE = re.compile(_ORG_ITEM)
# What each needs to be linked as: the division's 总工会 and Youth League committee (团中央 at the centre).
_ORG_ITEM_AS = {"工会": ("总工会", "总工会"), "共青团": ("团委", "团中央"), "红十字会": ("红十字会", "红十字会")}
# A list of fields of work, not of bodies (老龄、妇女儿童、青少年、工会、科协、红十字、慈善等事业实现新发展).
_FIELDS_AFTER = re.compile(f"(?:、[{_CJK}]{{1,8}}){{0,8}}等(?:事业|工作)")
# 工会 / 共青团 as a whole item of such a list: after a 、 or a clause start, before a 、.
_FIELD_ITEM = re.compile("(?:(?<=[、，。；：\n])|^)(工会(?<!总工会)|共青团)(?=、)", re.M)
# The rest of the list from the item's end: more 、-items (each at most eight characters) then 等工作/等事业.
_FIELD_LIST_TAIL = re.compile(f"(?:、[{_CJK}]{{1,8}}){{1,15}}等(?:事业|工作)")


def people_org_as(name: str, central: bool) -> str | None:
    """What a people's organization's bare name (工会, 共青团, 红十字会) is linked as: the division's
    总工会 / 团委 (团中央 in a central document); None for other names."""
    link_as = _ORG_ITEM_AS.get(name)
    return link_as[central] if link_as else None


def _people_org_lists(text: str, taken: bytearray, central: bool) -> list[Mention]:
    """工会, 共青团 and 红十字会 as items of a list of people's organizations that names another
    by its bare name (工会、共青团、妇联): each the division's body, linked as its 总工会 / 团委."""
    out: list[Mention] = []
    if "工会" not in text and "共青团" not in text and "红十字会" not in text:
        return out
    for m in _PEOPLE_ORG_LIST.finditer(text):
        items = [i.span() for i in _ORG_ITEM_RE.finditer(text, m.start(), m.end())]
        if all(text[s:e] in _ORG_ITEM_AS for s, e in items) or _FIELDS_AFTER.match(text, m.end()):
            continue  # 工会、共青团 alone: the fields-of-work scan below decides
        for s, e in items:
            name = text[s:e]
            if name not in _ORG_ITEM_AS or any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": people_org_as(name, central)},
                               PRIORITY["dept.pattern"]))
    # 工会 and 共青团 as items of a report's list of fields of work closed by 等工作/等事业 (民族宗教、工会、
    # 共青团、妇女儿童…等工作全面进步; 工会、青少年、妇女儿童…等事业取得新进展): dev gold marks each as the
    # division's body (wr2026-guangdongm, wr2026-liaoningm), as 科协 in such a list already is.
    # Only a whole 、-item: 工会 inside a word or beside 或 (经工会或职代会同意) is no item.
    for m in _FIELD_ITEM.finditer(text):
        s, e = m.span(1)
        if any(taken[s:e]):
            continue
        tail = _FIELD_LIST_TAIL.match(text, e)
        if not tail:
            continue
        taken[s:e] = b"\x01" * (e - s)
        out.append(Mention("DEPT", s, e, "dept.pattern", {"kind": "as", "as": people_org_as(text[s:e], central)},
                           PRIORITY["dept.pattern"]))
    return out


def _issuer_centres(text: str, issuer: str, registry: Registry, taken: bytearray) -> list[Mention]:
    """A bare 中心 in a centre's own report is the issuer."""
    agencies = registry.by_name(issuer)
    agency_id = agencies[0].id if len(agencies) == 1 else None
    out = []
    for m in re.finditer("中心", text):
        s, e = m.span()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if any(taken[s:e]) or _ONE_CJK.match(before) or after in _NOT_ISSUER_AFTER:
            continue
        attrs = {"canonical": issuer, "agency_id": agency_id, "unit": None, "derived": False,
                 "link": "issuer", "score": 0.8}
        out.append(Mention("DEPT", s, e, "dept.issuer", attrs, PRIORITY["dept.issuer"]))
    return out


# A bare 总局 (总局党组, 在总局…副局长的陪同下, 总局的工作安排) in a text that names one general
# administration (工商总局 news of gov.cn 2008-2010, probe dept28n): that body, as a bare 中心 is the
# centre's own. Not 总局长 (a post) nor the tail of a longer word.
_BARE_HEAD_OFFICE = re.compile("总局(?![长])")


def _bare_head_office(text: str, bodies: list[Mention], registry: Registry, taken: bytearray) -> list[Mention]:
    """Bare 总局 after the one 总局 the text names (国家工商总局 … 总局党组): that body."""
    first = min((m.start for m in bodies if text[m.end - 2:m.end] == "总局"), default=None)
    if first is None:
        return []
    ids = {a.id for m in bodies if text[m.end - 2:m.end] == "总局"
           for a in registry.by_name(text[m.start:m.end]) if not a.division}
    if len(ids) != 1:
        return []
    agency = registry.get(next(iter(ids)))
    out = []
    for m in _BARE_HEAD_OFFICE.finditer(text, first):
        s, e = m.span()
        # After a word's character it ends another name (铁路总局 unlisted): only after a break or a
        # function word (在总局, 和总局).
        if any(taken[s:e]) or (s and _ONE_CJK.match(text[s - 1]) and text[s - 1] not in _STOP and text[s - 1] != "和"):
            continue
        taken[s:e] = b"\x01" * (e - s)
        attrs = {"canonical": agency.name, "agency_id": agency.id, "unit": None, "derived": False,
                 "link": "antecedent", "score": 0.8}
        out.append(Mention("DEPT", s, e, "dept.issuer", attrs, PRIORITY["dept.issuer"]))
    return out


def _aliases(text: str, bodies: list[Mention], taken: bytearray) -> list[Mention]:
    """A short name defined right after a body (市医疗保险经办机构（以下简称医保经办机构）) and its
    later mentions: each the same body (``attrs["of"]``: the defining mention's start)."""
    out = []
    for b in bodies:
        m = _ALIAS.match(text, b.end)
        if not m or not _ALIAS_END.search(m.group(1)) or m.group(1)[0] in "两二三四五双各该本":
            continue
        alias = m.group(1)
        # A zone committee's short name also stands before its definition: the cover letter of the rules
        # that define it names it first (已经党工委、管委会、区委、区政府同意, 穗南府办规〔2023〕1号).
        start = 0 if alias == "管委会" else m.start(1)
        for s in claim_each(text, alias, start, taken):
            if alias == "管委会" and s and _CJK_CHAR.match(text, s - 1) and text[s - 1] not in _ALIAS_LEAD:
                # 各园区管委会, 开发区管委会, 中新广州知识城管委会: the tail of some other zone's committee, no short
                # name of this one; the short name follows a clause break or a coverb (经党工委、管委会同意, 由管委会)
                continue
            out.append(Mention("DEPT", s, s + len(alias), "dept.bracket", {"kind": "alias", "of": b.start},
                               PRIORITY["dept.bracket"]))
    return out
