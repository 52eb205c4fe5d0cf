"""Link a department mention to its canonical body in the registry.

Order of rules: exact name or alias (filtered by date and jurisdiction) → the
mention with its 省/市 prefix replaced by the jurisdiction → a department plus
an internal unit → a unit standing alone, linked through the bodies named before it →
place (divisions) + department type (lexicon), marked derived → rapidfuzz
near-miss over the jurisdiction's names → NIL.
"""

from __future__ import annotations

import datetime as dt
from govie.text import recached as re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from rapidfuzz import fuzz, process

from govie.kb.dept_types import (CPPCC_SPECIAL_COMMITTEES, FUNCTIONAL_ENDS, TERM, cppcc_only, TERM_NUMBER, branch_word_full, central_functional_names, load_branches,
                                 load_dept_types, renamed_on)
from govie.types import Context, Mention
from govie.kb.divisions import MUNICIPALITIES, NATIONAL, citizens_word, enterprise_named, level_chars, levels_without, load_divisions, townships
from govie.kb.lexicons import foreign_state_full_name, load_words, named_lab, national_centre, national_park
from govie.kb.registry import (GENERIC_INSTITUTE_ENDS, Agency, Registry, default_registry, foreign_state_before,
                                foreign_state_prefix, is_central)
from govie.text.regex_cache import compile_cached
from govie.text.layout import HEAD_CHARS, county_addressed
from govie.taggers.dept import (DEFINITION_WORDS, CENTRAL_FUNCTIONAL, COURT_UNIT, LEVEL_ORGAN, holds_bureaus, SUPREME_ORGANS, CENTRAL_DEPARTMENT, CONGRESS_ENDS, CONGRESS_SPECIAL_COMMITTEE, CONGRESS_WORK_COMMITTEE, MINISTRY_COMMITTEE, POLICE_STATION, RAILWAY_POLICE, STATION_KINDS,
                                DEFINED_SHORT_NAME, STATIONED_GROUP, TOP_ORGANS, TOWN_OWN_BODY, ZONE_WORDS, document_township,
                                town_own_level,
                                institution_start)
from govie.taggers.docno import DECREE_TAIL, DECREE_TAIL_INVERTED
from govie.model import functional_name

__all__ = ["Link", "Linker", "link_mentions", "drop_unplaced"]

_SPACE = re.compile(r"\s+")
# Tail of a name that is an internal unit of the body before it.
# 督考办 / 督查办: a government's supervision office by its abbreviation (盘锦 2021 市政府督考辦), a unit like 督查室.
UNIT_TAIL = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:处|科|室|司|股|支队|大队|(?<=督考|督查)办)$")
# A station a bureau runs, named after it (定远县农机局张桥农机中心站): the bureau is the body, the
# station its unit, as an internal unit (guide v2: canonical is the top-level body).
_STATION_TAIL = re.compile(r"^[\u4e00-\u9fff]{2,10}?站$")
# So are a bureau's office and police station (广州市房管局住房保障办, 西山公安分局东风派出所).
_OFFICE_TAIL = re.compile(f"^[\u4e00-\u9fff]{{2,8}}?(?:办|{POLICE_STATION})$")
# Endings that make an unlisted tail a plausible body name after a place. An enforcement brigade is a
# county's body (寿光市综合行政执法大队, probe dept32t).
_BODY_END = re.compile(r"(?:局|委员会|委|办公室|办|中心|研究院|院|所|站|总队|执法大队|执法支队|馆|联社|社|会|厅)$")
# Prefixes standing for the document's own jurisdiction or an ancestor of it (_place_for_prefix).
# Not 乡/镇: the linker's divisions stop at the county. Not 盟: never resolved here (a change of
# output, left to a rule with its own test).
_BARE_PREFIX = levels_without("盟", "乡", "镇")
# The levels a full place name ends with (四川省, 天河区), as told from a short one before a street or station.
_PLACE_END_LEVELS = level_chars(levels_without("乡", "镇"))
_SAR = ("81", "82")


@lru_cache(maxsize=1)
def _type_openings() -> frozenset[str]:
    """The first two characters of department types that open with a level character
    (市场 of 市场监督管理局): there the 市 is part of the type, not a bare prefix."""
    types = load_dept_types()
    return frozenset(n[:2] for n in types.forms if n.startswith(_BARE_PREFIX) and types.get(n[1:]) is None)


def bare_prefix(m: str) -> str | None:
    """The bare level a mention opens with (市 of 市民政局), none in 市场监管所 or 市场监管局稽查局."""
    if m[:2] in _type_openings():
        return None
    if m.startswith("新区") and not m.startswith(("新区管", "新区党工委")):
        # A district named 新区 calls itself 新区 (由新区卫生健康委…, 新区民政局: 天津滨海新区 2022); a
        # document of no such district has no division for it (null, never another district).
        return "新区"
    return next((p for p in _BARE_PREFIX if m.startswith(p)), None)
# Prefixes a central body's name drops in a central document (国家标准委 → 标准委).
_NEAREST_WINDOW = dt.timedelta(days=366)  # how long before its start a body may be named
_CENTRAL_PREFIXES = ("国家", "国务院", "中国", "中华人民共和国", "全国人民代表大会", "全国人大", "全国人大常委会")
# A congress's term inside its name (第十四届人民代表大会, 十六届人大), the Central Committee's after
# the party (中国共产党第十一届中央委员会).
# A government's term after its place (自治州第十五届人民政府 in 巴音郭楞州's rules of work) is that government.
_SESSION = re.compile(f"(?<=[省市州县区盟旗]){TERM}(?=人民政府$)"
                      f"|(?<=政协){TERM}(?=常务委员会$|常委会$)"
                      f"|{TERM}(?=(?:全国)?(?:人民代表大会|人大))"
                      f"|(?<=^中国共产党)第{TERM_NUMBER}届(?=中央委员会$)"
                      # A term whose number the page lost (鄂尔多斯市届人民代表大会常务委员会第会议: ordosrd.gov.cn
                      # 2022, probe dept74p): the congress itself, as with its number.
                      "|(?<=[省市州县区盟旗])第?届(?=人民代表大会|人大)")
# A local party committee's term inside its full name (中国共产党湖州市第八届委员会, …第八届纪律检查委员会
# in 湖州's news of its first plenum, 2017) is that committee.
_PARTY_TERM = re.compile("^(中国共产党|中共)([\u4e00-\u9fff]{2,14}?[省市州县区盟旗])" + TERM +
                         "(?=(?:纪律检查)?委员会$)")
# A department of a central commission or bureau, as the tagger reads it, and a division under it
# (统计部, 计划财务部科技处).
_CENTRAL_DEPT_TAIL = re.compile(f"(?:{CENTRAL_DEPARTMENT.pattern})(?:[\u4e00-\u9fff]{{2,10}}?(?:处|科|室))?")
# The working committees of a congress's standing committee go by 工作委员会 or 工委 (法工委, 预工委,
# 县人大财经工委); its special committees (法制委, 财经委) are the congress's own.
_STANDING_WORK_COMMITTEE_ENDS = ("工委", "工作委员会")
# A local CPPCC committee in full (政协宜良县第十届委员会, 政协第十六届夏县委员会, 中国人民政治协商会议沧源佤族自治县委员会) or its
# standing committee (政协宜良县第十届委员会常务委员会, 县政协常委会): the committee, as X政协 names it;
# its special committee after it (政协甘孜州第十三届委员会提案委员会) is a unit of the committee.
_CPPCC_FULL = re.compile("^(?:中国人民政治协商会议|政协)(?:" + TERM + ")?(?![第全])([\u4e00-\u9fff]{2,14}?)(?:" + TERM + ")?"
                         "委员会(常务委员会|常委会)?(?:提案委员会|提案委)?$")
_CENTRE_BESIDE_COMMITTEE = re.compile("[^，。；,;！？\n]{0,30}?(?:省委|市委|州委|县委|区委|盟委|旗委|党委)")
_CPPCC_SHORT_TERM = re.compile("(?<=[\u4e00-\u9fff])政协" + TERM + "委员会(常务委员会|常委会)?$")
_CPPCC_NATIONAL = re.compile("^(?:中国人民政治协商会议|政协)(?:" + TERM + ")?全国委员会(常务委员会|常委会)?$")
# Its standing committee is named after it, as the registry's national one (中国人民政治协商会议全国委员会
# 常务委员会).
_CPPCC_STANDING_END = re.compile("(?<=政协)(?:常务委员会|常委会)$")
# The level word repeated before a colloquial body name (乌审旗旗委, 石景山区区委, 黄山市市政府).
_REPEATED_LEVEL = re.compile("(?<=[\u4e00-\u9fff])([市县区旗])\\1(?=委$|政府$|人民政府$)")
# A zone's 管理委员会 whose zone is spelled out, no short word (高新区, 经开区) in it, and a city party
# committee's working committee of such a zone.
_ZONE_FULL_WORDS = "(?:经济技术开发区|高新技术产业开发区|经济开发区|技术开发区|产业开发区|工业园区|产业园区|保税区|新区)"
_ZONE_COMMITTEE_FULL = compile_cached(f"(?![省市县区各])(?:(?!高新区|经开区)[\u4e00-\u9fff]){{2,10}}{_ZONE_FULL_WORDS}管理委员会")
_ZONE_PARTY_FULL = compile_cached(f"中共[\u4e00-\u9fff]{{2,10}}?[市州县区]委(?:(?!高新区|经开区)[\u4e00-\u9fff]){{2,10}}"
                                  f"{_ZONE_FULL_WORDS}工作委员会")
# A city's own zone by the bare level and a kind that names one zone (市经济技术开发区管委会).
_OWN_ZONE_COMMITTEE = re.compile(f"市(经济技术开发区|高新技术产业开发区|{ZONE_WORDS})(?:管委会|管理委员会)")
# The kind of zone right after a place's name (德阳 + 经济技术开发区), no name of its own between.
_ZONE_KIND_AFTER_PLACE = re.compile(f"{_ZONE_FULL_WORDS}管委会$")
# A zone's second name in brackets before its committee (广州南沙开发区(自贸区南沙片区)管理委员会,
# 穗南府办规〔2023〕1号): the committee is the zone's, linked by its first name.
_ZONE_SECOND_NAME = re.compile(f"(?<=[区园])[（(][\u4e00-\u9fff]{{1,10}}?(?:{ZONE_WORDS}|片区)[)）](?=(?:管委会|管理委员会)$)")
# A development zone's body (赣江新区应急管理局, 万盛经开区管委会): zones are no divisions.
_ZONE_BODY = compile_cached(f"[\u4e00-\u9fff]{{2,12}}?(?:{ZONE_WORDS})"
                            "(?:管委会|管理委员会|管委(?![会员])|[\u4e00-\u9fff]{1,8}?(?:局|办公室)|(?:纪检监察)?(?:党工委|工委|工作委员会))")
# A kind of zone anywhere in a name (a district's own zone after its name: 滨海新区高新区管委会).
_ZONE_WORD_IN = re.compile(f"(?:{ZONE_WORDS})")
# A standing office of a leading or working group (京津冀协同发展领导小组办公室).
_GROUP_OFFICE = re.compile("[\u4e00-\u9fff]{2,16}(?:领导|工作)小组办公室|[\u4e00-\u9fff]{2,26}指挥部办公室")
# A group's office under the short name the text defines for the group, which is no body itself:
# 成立国务院中医药工作部际协调小组（以下简称协调小组）… 由成员单位向协调小组办公室提出 (国办发〔2007〕16号,
# probe dept67n). The office is the group's full name + 办公室.
_SHORT_GROUP_OFFICE = re.compile("(?:[\u4e00-\u9fff]{0,8}(?:领导|工作|协调)小组|[\u4e00-\u9fff]{0,8}(?:推进|协调)委员会"
                                 "|[\u4e00-\u9fff]{0,8}联席会议)办公室")
# Where a group's full name starts, read back from its definition (成立…, 建立…, a clause's start).
_GROUP_NAME_OPENERS = ("成立", "建立", "设立", "组建", "调整", "同意", "的", "，", "。", "；", "：", "、", "\n", "（", "(")
# Openers of a central body's own name (国家组织…工作小组办公室, 国务院…, 中央…, 全国…).
_CENTRAL_OPENERS = ("国家", "国务院", "中央", "全国", "中共中央")
# A bureau inside a ministry (贸易救济调查局): not itself a central body's name.
_MINISTRY_UNIT = re.compile("(?!国家|国务院|中国|中央|和|与|及|或|并|会同|商)[\u4e00-\u9fff]{2,8}(?<!总)局")
# Conjunctions that names are written with or without (住房和城乡建设部, 住房城乡建设部).
_CONJUNCTIONS = re.compile("[和与及]")
# The year from which a local 建设 field names the 住房和城乡建设 bureau (the State Council's 2008 reform
# made 建设部 the 住房和城乡建设部; local governments followed by 2010).
_HOUSING_REFORM_YEAR = 2010
_LAND_RESOURCES_YEARS = (1999, 2018)
# A functional name: 民政部门, 医疗保障行政部门.
_FUNCTIONAL = re.compile("(?:行政主管|行政|主管)?部门$")
# A township or subdistrict body after its county: 天河区人民政府天园街道办事处, 孙疃镇人民政府.
_TOWNSHIP = re.compile("(?:人民政府)?(?P<name>[\u4e00-\u9fff]{1,6}?)(?P<kind>街道办事处|街道办|街道|镇人民政府|乡人民政府|镇政府|乡政府"
                      "|镇党委|乡党委|镇纪委|乡纪委|街道党工委|街道纪工委|镇人民代表大会|乡人民代表大会|镇人大|乡人大"
                      # Its party committee by the official name (中共重庆市永川区来苏镇委员会, cqyc.gov.cn 2021;
                      # probe dept32t): the 中共 before the county is stripped by the caller.
                      "|镇委员会|乡委员会|镇纪律检查委员会|乡纪律检查委员会|街道工作委员会|街道纪律检查工作委员会"
                      # 福华街办事处: a subdistrict office without 街道 (郑州 2017, probe dept28c).
                      "|办事处)$")
# A township's congress (庄墓镇第十二届人民代表大会, 镇人大): …县X镇人民代表大会.
_TOWNSHIP_CONGRESS = ("人民代表大会", "人大")
# A township's party bodies by their official names (中共…县X镇委员会, …街道工作委员会).
_TOWNSHIP_PARTY = {"党委": "委员会", "纪委": "纪律检查委员会", "党工委": "工作委员会", "纪工委": "纪律检查工作委员会"}
# The office of a commission or group named in the mention itself (空管委办公室).
_OWN_OFFICE = re.compile("(?:委|委员会|小组|局|部|厅)办公室$")
# A traffic police, fire or enforcement corps standing alone (兰山交警支队, 城关消防支队, 城管执法中队) and
# the kinds of body that hold one as a unit (公安局交警支队, 城市管理局执法大队).
_CORPS = re.compile("(交巡?警|消防|执法|城管)[\u4e00-\u9fff]{0,4}?(?:总队|支队|大队|中队)$")
_CORPS_OWNERS = {"交警": ("公安",), "交巡警": ("公安",), "消防": ("消防",),
                 "执法": ("执法", "城市管理", "城管"), "城管": ("执法", "城市管理", "城管")}
# Halls and windows end like a body (…厅, …室) but are places (省政务服务大厅).
_SC_CLASS = re.compile("有关|相关|各|部门")
_NOT_BODY_END = ("大厅", "窗口", "会议室", "服务厅")
# The railway's regional bureaus (铁路局, 铁路分局, 铁路公安局): named by a city, not the city's bodies.
_RAILWAY_END = ("铁路局", "铁路分局", "铁路公安局", "铁路公安处")
# A short form's last character (金融工作办, 咨询委, 经科委): official names end in 办公室 or 委员会.
_SHORT_FORM_END = re.compile("(?<!党)(?<!纪)[办委]$")
# A body of a government written with its short 政府 (市政府发展研究中心); not the bodies whose
# name holds 政府 as a modifier (市政府采购中心, 政府投资项目评审中心, 政府信息公开办).
_GOV_OWN_BODY = re.compile("政府(?!采购|投资|信息|性|债|和|购买|质量|网)[\u4e00-\u9fff]{2,}")
# Short forms of the police's traffic corps (市交警总队, 省交巡警总队): the official name spells out
# 公安局/公安厅…交通警察 (上海市公安局交通警察总队), which depends on the division; place + short form
# is no body's name (probe asg29, 上海 2023).
_SHORT_FORM_HEAD = ("交警", "交巡警")
# A street or road named after a place (北京街, 北京路, 中山大道): a short place name before it names
# the street, not the division (越秀区北京街派出所 is no body of 北京市).
_STREET_OPENING = re.compile("街(?!道)|路|大街|大道|巷|胡同")
# A railway's police named after its seat (南昌铁路公安局, 杭州铁路公安处宁波站派出所) is no body of
# that city: none of its official names is composed from the city's.
_RAILWAY_OPENING = re.compile(RAILWAY_POLICE)
# Kinds of body whose name the knowledge base knows besides the department types: the
# gate's body words of two or more characters (model.py) and the registry's institutes.
_BODY_KINDS = ("中心", "委员会", "办公室", "管委会", "常委会", "人民代表大会", "党组", "总队", "支队", "大队",
               "供销社", "贸促会", "人民银行", "领事馆") + GENERIC_INSTITUTE_ENDS
# Body words that are plain nouns too: after a level they need a field (市中心 is downtown).
_PLAIN_NOUNS = ("中心", "办公室")
# Words before a body type that place it at a level without naming a division.
_LEVEL_PREFIX = re.compile("(?:国家|中央|全国|中共|自治区|[省市州县区旗乡镇])+")


@dataclass
class Link:
    """The outcome of linking one mention, with the rule that made it."""

    canonical: str | None
    agency_id: str | None = None
    unit: str | None = None
    score: float = 0.0
    derived: bool = False
    source: str = "nil"


# Links kept per Linker (a few hundred bytes each): the bodies of many documents.
_MEMO_SIZE = 8192


class Linker:
    """Links mentions to registry records, or derives a canonical name from parts."""

    def __init__(self, registry: Registry | None = None, threshold: float = 0.85):
        self.registry = registry if registry is not None else default_registry()
        self.threshold = threshold
        self.divisions = load_divisions()
        self.types = load_dept_types()
        self._fuzzy_choices: dict[str, list[str]] = {}
        # link() is a function of its arguments and the registry: a document names the same
        # bodies many times and the head's bodies are linked again with the whole text, and
        # one link may run the fuzzy search over every registry name (a third of the linking).
        self._memo: dict[tuple, Link] = {}

    # -- public -----------------------------------------------------------------
    def link(self, mention: str, *, jurisdiction: str | None = None,
             date: dt.date | None = None, antecedents: Sequence[str] = ()) -> Link:
        """Link one mention; ``antecedents`` are the bodies named before it, nearest last
        (a bare unit belongs to one of them). The linker never looks for mentions itself."""
        key = (mention, jurisdiction, date, tuple(antecedents), self.registry.version)
        link = self._memo.get(key)
        if link is None:
            link = self._link(mention, jurisdiction, date, antecedents)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = link
        # A copy: the caller owns what it is given.
        return Link(link.canonical, link.agency_id, link.unit, link.score, link.derived, link.source)

    def _link(self, mention: str, jurisdiction: str | None, date: dt.date | None,
              antecedents: Sequence[str]) -> Link:
        m = _SPACE.sub("", mention)
        if not m:
            return Link(None)
        jur = self.divisions.resolve(jurisdiction)
        central = jur == NATIONAL  # known to be central, not merely of unknown division
        if central:
            jur = None  # a central document: bare prefixes name no division
        m = _SESSION.sub("", m) or m  # 河南省第十四届人民代表大会 is 河南省人民代表大会
        m = _TERM_FIRST.sub("", m) or m  # 十一届省政协常委会 is 省政协常委会
        m = _PARTY_TERM.sub(r"\1\2", m)
        # The national committee in full, its term dropped (政协第十二届全国委员会 is 全国政协; 政协全国委员会
        # 常务委员会 is 全国政协常委会: 2017 news of its standing committee, probe dept41n).
        # A committee after its short name and term (县政协九届委员会第七次会议: 雷山县 news 2021, probe dept64c):
        # X政协 itself.
        m = _CPPCC_SHORT_TERM.sub(lambda g: "政协" + ("常委会" if g[1] else ""), m)
        m = _CPPCC_NATIONAL.sub(lambda g: "全国政协" + ("常委会" if g[1] else ""), m)
        if ("政协" in m or "政治协商" in m) and not central:
            m = _CPPCC_FULL.sub(lambda g: g[1] + "政协" + ("常委会" if g[2] else ""), m)
            standing = _CPPCC_STANDING_END.search(m)
            if standing and not m.startswith("全国"):
                committee = self.link(m[:standing.start()], jurisdiction=jurisdiction, date=date)
                if committee.canonical and committee.canonical.startswith("中国人民政治协商会议"):
                    return Link(committee.canonical + "常务委员会", None, None, committee.score,
                                True, "cppcc_standing")
                return Link(None)
        if enterprise_named(m):
            return Link(None)  # 招商局 alone is 招商局集团, 漳州招商局… its zone: no division's bureau
        m = _REPEATED_LEVEL.sub(r"\1", m)  # 石景山区区委 is 石景山区委
        m = _ZONE_SECOND_NAME.sub("", m)
        if m.endswith("警方") and len(m) > 2:
            m = m[:-2] + "公安部门"  # 长沙警方: the city's police, a functional name (长沙市公安局)
        m = self._without_state(m)
        if foreign_state_prefix(m):
            # 美国国务院, 印度外交部: a foreign state's body, listed (美国政府) or null, never China's.
            return self._exact(m, None, date) or Link(None, source="foreign")
        if m in CPPCC_SPECIAL_COMMITTEES and antecedents:
            # A CPPCC special committee after its committee (经济委员会 after 全国政协提案委员会): a unit of
            # that committee, never the congress's 外事委员会 or the former 国家经济委员会.
            # Other special committees listed between are passed over (经济委员会主任…、外事委员会主任).
            for a in reversed(antecedents):
                if a in CPPCC_SPECIAL_COMMITTEES:
                    continue
                head = self.link(a, jurisdiction=jurisdiction, date=date)
                if head.canonical and head.canonical.startswith("中国人民政治协商会议") and not head.canonical.endswith("常务委员会"):
                    return Link(head.canonical, head.agency_id, m, round(head.score * 0.9, 3), head.derived, "context")
                break
        return (
            self._former_name(m, jur, date)
            or self._exact(m, jur, date)
            or self._league_committee(m, jur, date)
            or (self._ministry_unit(m, date, antecedents) if central and antecedents else None)
            or (self._central_short(m, date) if central else None)
            or self._branch(m)
            or self._substituted(m, jur, date)
            or self._own_zone_committee(m, jur)
            or self._zone_body(m)
            or self._group_office(m, jur, central)
            or self._central_functional(m, date)
            or self._functional(m, jur, date)
            # 市人力资源社会保障 in 经市人力资源社会保障、市科技等相关部门: the item of a list whose 部门
            # is shared is a functional name.
            # 人社 (人力资源和社会保障) is a field, no 社 (区人社、区财政等部门).
            or (self._functional(m + "部门", jur, date)
                if bare_prefix(m) and (not _BODY_END.search(m) or m.endswith("人社")) else None)
            or self._township(m, jur)
            or self._sc_body(m)
            or self._national_centre(m)
            or self._former_county(m)
            or self._bingtuan_body(m)
            or self._derived(m, jur, date, generic=False, central=central)
            or self._with_unit(m, jur, date, central)
            or self._standalone_unit(m, jur, date, antecedents)
            or self._derived(m, jur, date, central=central)
            or self._fuzzy(m, jur, date)
            or Link(None, source="nil")
        )

    def places(self, mention: str) -> bool:
        """Whether the knowledge base can place a name it does not link: a kind of body it knows
        (a department type of ``dept_types.tsv`` or a body word such as 中心, 委员会) after a
        prefix that places it: none (a bare type is the document's own), a level (国家, 中央,
        市), a division's name, or a body whose unit it is (协调委办公室); or a foreign state's
        body (美国使馆), which the linker leaves null.

        A span the model labels DEPT that the linker cannot link and this cannot place reads
        like a body without naming one (美国军队, 深化府院, 物流和运营组织中心 after 西部).
        """
        m = _SPACE.sub("", mention)
        if foreign_state_prefix(m):
            # A foreign state's body, which the linker leaves null by design (美国国务院, 英国边境局);
            # armed forces and teams (美国军队, 海军陆战队) and the state or its people (苏联人民) are no body.
            return not m.endswith("队") and (_BODY_END.search(m) is not None or m.endswith(("部", "署", "政府")))
        chain, opened = self.divisions.parse_prefix(m, None)
        level = _LEVEL_PREFIX.match(m, opened)
        opened = level.end() if level else opened  # 国家|知识产权保护中心, 广州市|住房保障管理中心
        for k in range(1, len(m) - 1):  # the longest head first
            head, prefix = m[k:], m[:k]
            kind = self.types.get(head)
            if kind is None and head not in _BODY_KINDS:
                continue
            if opened and (opened < k or head not in _PLAIN_NOUNS):
                return True
            if (kind is None or kind[1] == "unit") and head in ("办公室",) + tuple(self.types.units()) \
                    and _BODY_END.search(prefix):
                return True  # 协调委|办公室: a unit of the body named before it
        if opened and len(m) - opened >= 3 and _SHORT_FORM_END.search(m):
            return True  # 市金融工作办, 市咨询委: a placed short form (linked null, see _derived)
        kind = self.types.get(m)
        # a bare type: the document's own body (but 招商局 alone is the enterprise)
        return kind is not None and kind[1] != "unit" and not enterprise_named(m)

    # -- rules --------------------------------------------------------------------
    def _exact(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        cands = self.registry.by_name(m)
        if cands and not jur and bare_prefix(m):
            # A bare level names the document's own division, unknown here: 市医保中心 with no city
            # named is no alias of one city's body (广州市医疗保险服务中心 lists it for its own pages).
            cands = [a for a in cands if not a.division]
        if cands and jur:
            cands = self._at_prefix_level(m, jur, cands)
            if not self.types.get(m):
                cands = self._no_province_department_below(m, jur, cands)
            if self.types.get(m):
                # A bare type is the body of the division it belongs to (人力资源社会保障局 in a
                # Guangzhou document is the city's, not the alias of Guangdong's 厅).
                place = self._level_of_type(m, jur)
                cands = [a for a in cands if a.division and self.divisions.effective(a.division) == place]
        if not cands:
            return None
        picked = self._choose(cands, jur, date, m)
        if picked is None:
            return None
        agency, score, how = picked
        return Link(agency.name, agency.id, None, score, False, "registry" + how)

    def _former_name(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        """杭州市交通局, 省交通厅 in a document dated before the rename: the body by the name it
        then had (the registry lists the form as an alias of the renamed body)."""
        if date is None:
            return None
        for size in range(3, min(len(m), 7)):
            era = renamed_on(m[-size:])
            if era and date.isoformat() < era[0]:
                return self._derived(m, jur, date, generic=False, registry=False)
        return None

    def _central_short(self, m: str, date: dt.date | None) -> Link | None:
        """In a central document a central body without its prefix: 标准委 → 国家标准化管理委员会,
        扶贫办 → 国务院扶贫开发领导小组办公室 (only a central body: 林业局 in a province is its own);
        a State Council office of two characters (台办 → 国务院台办) as the tagger's CENTRAL_LIST_ITEM."""
        if (len(m) < 3 and not (len(m) == 2 and m.endswith("办"))) or m.endswith(GENERIC_INSTITUTE_ENDS):
            return None
        for prefix in _CENTRAL_PREFIXES:
            link = self._exact(prefix + m, None, date)
            if link and link.agency_id and not getattr(self.registry.get(link.agency_id), "division", ""):
                link.source += "+central"
                return link
        return None

    def _at_prefix_level(self, m: str, jur: str, cands: list[Agency]) -> list[Agency]:
        """A bare prefix names the document's own division at its level: 区政府 in a Nanning
        district is the district's, not the autonomous region's (whose alias it also is)."""
        if self.types.get(m):
            return cands  # 市场监管局 is a type, not 市 + 场监管局
        prefix = bare_prefix(m)
        if prefix is None:
            return cands
        place = self._place_for_prefix(prefix, jur)
        if place is None:
            return cands
        return [a for a in cands if not a.division or self.divisions.effective(a.division) == place]

    def _no_province_department_below(self, m: str, jur: str, cands: list[Agency]) -> list[Agency]:
        """A department named with no prefix at all in a prefecture's or county's document is the
        document's own (州旅游委 cut to 旅游委 in an Enshi notice, 2012): not the province's
        department whose bare alias it also is (湖北省旅游发展委员会). Types (水利厅) are placed
        by ``_level_of_type``."""
        if bare_prefix(m) is not None or self.divisions.parse_prefix(m, jur)[0]:
            return cands
        if self.divisions.meta_level(jur) not in ("prefecture", "county"):
            return cands
        return [a for a in cands if not (a.kind == "department" and a.level == "province")]

    def _substituted(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        """市商务局 with jurisdiction 成都市 → 成都市商务局."""
        if not jur:
            return None
        prefix = bare_prefix(m)
        if prefix is not None and len(m) > len(prefix):
            place = self._place_for_prefix(prefix, jur)
            if place:
                link = self._exact(self.divisions.chain_name(place) + m[len(prefix):], place, date)
                if link:
                    link.source += "+jurisdiction"
                    return link
        return None

    def _place_for_prefix(self, prefix: str, jur: str) -> str | None:
        """The division a bare prefix names in a document of division ``jur``: the nearest of
        the division and its ancestors whose name ends with it (区政府 in a Tianhe notice is
        天河区's, 市民政局 its city's, 省委 its province's). None when no level fits."""
        if jur not in self.divisions.by_code:
            return None
        chain = self.divisions.ancestry(jur)  # top-down
        if prefix in ("自治区", "区") and chain and self.divisions.by_code[chain[0]].name.endswith("自治区") \
                and (prefix == "自治区" or len(chain) == 1):
            return chain[0]
        for code in reversed(chain):
            d = self.divisions.by_code[code]
            if prefix == "省":
                if d.level == "province" and d.name.endswith("省"):
                    return code
            elif prefix == "自治区":
                continue
            elif d.name.endswith(prefix) and not (prefix == "区" and d.level == "province"):
                # 州 is a prefecture (甘孜州), never a county ending in 州 (通州区 ends in 区).
                if prefix == "州" and d.level != "city":
                    continue
                return code
        return None

    def _branch(self, m: str) -> Link | None:
        """人民银行郑州中心支行 → 中国人民银行郑州中心支行 (head + place as written + branch)."""
        for forms, canonical, words in load_branches():
            head = next((f for f in sorted(forms, key=len, reverse=True) if m.startswith(f)), None)
            if head is None:
                continue
            rest = m[len(head):]
            chain, pos = self.divisions.parse_prefix(rest, None)
            if chain and rest[pos:] in words:
                word = rest[pos:]
                return Link(canonical + rest[:pos] + branch_word_full().get(word, word), None, None, 0.85, True,
                            "derived+branch")
        return None

    def _functional(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        """市民政部门 → the city's 民政局; only with a prefix: 民政部门 alone is a class."""
        if not _FUNCTIONAL.search(m):
            return None
        stem = _FUNCTIONAL.sub("", m)
        gov = stem.find("人民政府")
        if 0 < gov <= 10 and len(stem) - gov >= 6:
            # 市人民政府卫生行政部门 (a local rule's full wording): the government's department of the field.
            stem = stem[:gov] + stem[gov + 4 :]
        if stem.endswith("土地"):
            # The land authority was the 国土资源局 from the 1998-2000 reforms until the 2018-2019 ones made
            # it a 自然资源局 (or 自然资源和规划局: which one is the division's): other dates name no body.
            if date is None or not _LAND_RESOURCES_YEARS[0] <= date.year <= _LAND_RESOURCES_YEARS[1]:
                return None
            stem = stem[:-2] + "国土资源"
        if stem.endswith(("市建设", "州建设", "县建设", "区建设")) and date is not None and date.year >= _HOUSING_REFORM_YEAR:
            # After the 2008-2009 reforms a city's or county's construction authority is its 住房和城乡建设局
            # (市建设主管部门 in 长春's 2025 reply); 建设局 is a body of older texts.
            stem = stem[:-2] + "住房和城乡建设"
        ends = FUNCTIONAL_ENDS["province" if stem.startswith(("省", "自治区")) else "local"]
        # The field after the prefix: a bare 省/市 or a named place (北京市应急管理, 广东人社).
        chain, pos = self.divisions.parse_prefix(stem, jur)
        if chain and chain[0][:2] in _SAR:
            return None  # 香港警方: Hong Kong has no 公安局; a SAR body is only the name written
        field = stem[pos:] if chain else None
        if chain and self.divisions.by_code[self.divisions.effective(chain[-1])].name.endswith(("省", "自治区")):
            ends = FUNCTIONAL_ENDS["province"]  # a named province's department (广东人社部门 → 人社厅)
        elif self._province_commission(stem, jur):
            ends = FUNCTIONAL_ENDS["commission"]
        for end in ends:
            link = self._derived(stem + end, jur, date, generic=False) if stem != m else None
            if link and (self.types.get(stem[1:] + end) or self.types.get(stem[3:] + end)
                         or (field and self.types.get(field + end))):
                link.source += "+functional"
                return link
        return None

    def _province_commission(self, stem: str, jur: str | None) -> bool:
        """Whether a city's field (市卫生健康行政部门) names a commission: a field whose body is
        a 局 or a 委员会 by city is the province's form (广东省卫生健康委员会 → 广州市卫生健康
        委员会; 教育厅 → 教育局), a municipality's its own registry body. A county's stays a 局
        (天河区卫生健康局)."""
        chain, pos = self.divisions.parse_prefix(stem, jur)
        if chain:
            place, field = self.divisions.effective(chain[-1]), stem[pos:]
        elif stem.startswith(("市", "州")) and jur:
            place, field = self._place_for_prefix(stem[0], jur), stem[1:]
        else:
            return False
        if not place or not field or self.divisions.meta_level(place) not in ("province", "prefecture"):
            return False
        if not (self.types.get(field + "委员会") and self.types.get(field + "局")):
            return False
        # A municipality (重庆市卫生健康部门) is its own province.
        province = self.divisions.ancestry(place)[0]
        # The commission's full form (发展改革 → 发展和改革委员会), as the registry names it.
        commission = self.types.get(field + "委员会")[0]
        return any(a.division == province for a in self.registry.by_name(self.divisions.full_name(province) + commission))

    def _zone_body(self, m: str) -> Link | None:
        """A development zone's body is named by the zone (not a division): a department keeps its
        name as written (赣江新区应急管理局), marked derived; a 管委会's official name spells out
        the zone (万盛经开区 → 重庆市万盛经济技术开发区), which the text does not give: null."""
        if _ZONE_PARTY_FULL.fullmatch(m) or _ZONE_COMMITTEE_FULL.fullmatch(m):
            # Named in full (潜江高新技术产业开发区管理委员会, 中共潜江市委潜江高新技术产业开发区工作委员会,
            # 天津港保税区管理委员会): the name as written is the official one.
            return Link(m, None, None, 0.7, True, "derived+zone")
        if not _ZONE_BODY.fullmatch(m):
            return None
        chain, pos = self.divisions.parse_prefix(m, None)
        if chain and self.divisions.by_code[chain[-1]].level == "county" and m[:pos].endswith("新区") \
                and not _ZONE_WORD_IN.search(m, pos):
            # A district named 新区 is a division (浦东新区 of 上海市, 滨海新区 of 天津市), no zone: its
            # bodies take the city's name as any district's do (浦东新区人民政府办公室 → 上海市浦东新区…,
            # 浦府办〔2016〕25号; 滨海新区医保局, 天津 2022).
            return None
        if m.endswith("管委会") and _ZONE_COMMITTEE_FULL.fullmatch(m[:-3] + "管理委员会") \
                and _ZONE_KIND_AFTER_PLACE.match(m, self._place_end(m) or len(m)):
            # A city's zone named in full, only 管委会 short (德阳经济技术开发区管委会, 库尔勒经济技术开发区管委会:
            # 德府发〔2016〕20号, 巴州 2022): the official name spells 管理委员会 out. A zone's own name
            # (新蒲新区管委会) stays null: its official name spells out its city.
            return Link(m[:-3] + "管理委员会", None, None, 0.7, True, "derived+zone")
        pe = self._place_end(m)
        if pe and m[pe:] in ("高新区管委会", "高新区管理委员会"):
            # A city's 高新区 right after its name (咸宁高新区管委会 among a city's 责任单位: 咸宁 2020, probe
            # dept28p): the short form of its 高新技术产业开发区, as the zone's official name spells it.
            # The zone's name takes the city's short name (长沙市高新区 is 长沙高新技术产业开发区). (经开区
            # stays null: it shortens 经济开发区 as well as 经济技术开发区.)
            return Link(m[:pe].removesuffix("市") + "高新技术产业开发区管理委员会", None, None, 0.7, True, "derived+zone")
        if m.endswith(("管委会", "管委", "管理委员会", "党工委", "工委", "工作委员会")):
            return Link(None, None, None, 0.0, False, "zone-without-name")
        return Link(m, None, None, 0.7, True, "derived+zone")

    def _own_zone_committee(self, m: str, jur: str | None) -> Link | None:
        """The city's own zone by its kind after the bare 市 (市经济技术开发区管委会 on 南通's addressee
        line, 2019): the zone takes the city's short name, as 德阳经济技术开发区 and 长沙高新技术产业
        开发区 do. Only the kinds that name one zone (市开发区, 市经开区 may be an 经济开发区: null)."""
        g = _OWN_ZONE_COMMITTEE.fullmatch(m)
        if not g or not jur:
            return None
        place = self._place_for_prefix("市", jur)
        if place is None:
            return None
        if g[1] not in ("经济技术开发区", "高新技术产业开发区", "高新区"):
            # 市开发区 (盐城's addressee line, 2013): which kind of 开发区 is not said; no name composed.
            return Link(None, None, None, 0.0, False, "zone-without-name")
        kind = "高新技术产业开发区" if g[1] == "高新区" else g[1]
        return Link(self.divisions.by_code[place].name.removesuffix("市") + kind + "管理委员会", None, None, 0.7,
                    True, "derived+zone")

    def _place_end(self, m: str) -> int:
        """Where the place names opening ``m`` end: a division's name or a county-level city's short
        name (库尔勒 of 库尔勒经济技术开发区, which place forms leave out); 0 if none opens it."""
        chain, pos = self.divisions.parse_prefix(m, None)
        if pos:
            # A county-level city's short name after its province's or city's (云南禄丰 of 云南禄丰
            # 产业园区管委会, 禄丰市's addressee line, 2024): the place goes on, when that county lies in it.
            # Whether it lies there is read from its ancestry, not a code prefix (500000 of 重庆 stripped of its
            # zeros is 5, the prefix of 四川, 贵州, 云南 and 西藏: 重庆禄丰 is no place; review19).
            k = next((k for k in (4, 3, 2) if any(chain[-1] in self.divisions.ancestry(c)
                                                  for c in self.divisions.county_shorts.get(m[pos:pos + k], ()))), 0)
            return pos + k
        return next((k for k in (4, 3, 2) if m[:k] in self.divisions.county_shorts), 0)

    def _group_office(self, m: str, jur: str | None, central: bool) -> Link | None:
        """A leading or working group's standing office that no registry lists, named in full
        (a place or 国家/国务院… opening it, or any name in a central document: 京津冀协同发展
        领导小组办公室, as written) or after a bare prefix (省就业创业工作领导小组办公室 → 河南省…);
        marked derived. A short name in a local document (扶贫开发领导小组办公室) is null."""
        g = _GROUP_OFFICE.fullmatch(m)
        if not g:
            return None
        prefix = bare_prefix(m)
        rest = m[len(prefix):] if prefix is not None else m[self.divisions.parse_prefix(m, jur)[1]:]
        if (typ := self.types.get(rest)) and typ[1] == "party":
            return None  # 市委农村工作领导小组办公室: the party committee's office, composed by _derived
        if prefix is not None:
            place = self._place_for_prefix(prefix, jur) if jur else None
            if place is None:
                return None
            return Link(self.divisions.chain_name(place) + m[len(prefix):], None, None, 0.7, True,
                        "derived+group-office")
        chain, pos = self.divisions.parse_prefix(m, jur)
        if chain and m.endswith("指挥部办公室"):
            # A headquarters' office under a short name of its division (石柱县 for 石柱土家族自治县):
            # the division's full name + the rest (guide: an unlisted body's canonical; probe dept56c).
            return Link(self.divisions.full_name(chain[-1]) + m[pos:], None, None, 0.7, True, "derived+group-office")
        if chain or m.startswith(_CENTRAL_OPENERS) or central:
            return Link(m, None, None, 0.7, True, "derived+group-office")
        return None

    def _zone_head(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        return self._zone_body(m)

    def _zone_full_head(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        if _ZONE_PARTY_FULL.fullmatch(m) or _ZONE_COMMITTEE_FULL.fullmatch(m):
            return self._zone_body(m)
        return None

    def _central_functional(self, m: str, date: dt.date | None) -> Link | None:
        """国务院市场监督管理部门 → 国家市场监督管理总局, 国务院税务主管部门 → 国家税务总局: the
        central body of that field (国务院 names the level, whatever the document's division)."""
        f = CENTRAL_FUNCTIONAL.fullmatch(m)
        if not f:
            return None
        field = f.group(1) or f.group(2)
        for name in central_functional_names(field):
            link = self._exact(name, None, date)
            agency = self.registry.get(link.agency_id) if link and link.agency_id else None
            if agency is None or getattr(agency, "division", ""):
                continue
            # A dated text's field names the body of its day: a ministry gone by then with no single successor
            # (铁道部 after 2013, split in two; 电力工业部 after 1998) is none of the text's, a later name of the
            # line is (国家铁路局), or none.
            if date is not None and not agency.valid_on(date):
                continue
            link.source += "+functional"
            return link
        return None

    def _township(self, m: str, jur: str | None) -> Link | None:
        """A named township or subdistrict under a county: its county's full name + the
        official form (…区人民政府X街道办事处, …县X镇人民政府). Needs the county named or
        the document's own county; the divisions table stops at counties, so it is derived."""
        party_name = m.startswith("中共") and m.endswith("委员会")
        if party_name:
            m = m[2:]
        chain, pos = self.divisions.parse_prefix(m, jur)
        whole = _TOWNSHIP.fullmatch(m)
        if chain and whole and jur and jur in townships().get(_township_name(whole), ()):
            chain, pos = [], 0  # 中山东路街道 of the document's own district, not 中山市 + 东路街道
        t = _TOWNSHIP.fullmatch(m, pos)
        if chain and whole and (not t or _township_name(t) not in townships()) and _township_name(whole) in townships():
            # 东区街道办事处 is a subdistrict of that name (中山市), not 攀枝花市东区 + 街道办事处 (probe dept54c)
            chain, pos, t = [], 0, whole
        if not t or not t.group("name"):
            return None
        name, kind = t.group("name"), t.group("kind")
        if kind.endswith("委员会") and not (party_name and chain):
            return None  # X镇委员会 without 中共 and its county is no township party name
        # The county that has a township of that name (2023 table), when the text names none.
        listed = townships().get(_township_name(t), ())
        county = self.divisions.effective(chain[-1]) if chain else None
        if len(chain) == 1 and self.divisions.unsaid(m[:pos], jur):
            # 鼓楼区华大街道 (福州's, not 南京's): the one county of that name that has the township.
            named = [c for c in self.divisions.forms[m[:pos]] if c in listed]
            county = self.divisions.effective(named[0]) if len(named) == 1 else None
            if county is None:
                return None
        if county is None and jur and self.divisions.meta_level(jur) == "county":
            if listed and jur not in listed:
                return None  # another county's township: null, not this county's
            county = jur
        elif county is None and jur and self.divisions.meta_level(jur) == "prefecture":
            inside = [c for c in listed if self.divisions.parent_of(c) == jur or c == jur]
            county = inside[0] if len(inside) == 1 else None
        elif county is None and jur and self.divisions.meta_level(jur) == "province":
            # A provincial paper's county news (临海市东塍镇纪委, then 东塍镇纪委 alone; 台州日报):
            # the one county of the province that has a township of that name.
            inside = [c for c in listed if self.divisions.ancestry(c)[0] == jur]
            county = inside[0] if len(inside) == 1 else None
        # A city with no counties holds its towns itself (儋州市新州镇, 东莞市石龙镇, 中山市小榄镇):
        # the table lists the city as their county.
        if county is None or (self.divisions.meta_level(county) != "county" and county not in listed):
            return None
        county_name = self.divisions.full_name(county)
        party = next((v for k, v in _TOWNSHIP_PARTY.items() if kind.endswith(k)), None)
        if kind.endswith("委员会"):
            canonical = f"中共{county_name}{name}{kind}"
        elif party:
            canonical = f"中共{county_name}{name}{'街道' if kind.startswith('街道') else kind[0]}{party}"
        elif kind.endswith(_TOWNSHIP_CONGRESS):
            canonical = f"{county_name}{name}{kind[0]}人民代表大会"
        elif kind.startswith("街道") or kind == "办事处":
            canonical = f"{county_name}人民政府{name}街道办事处"
        else:
            canonical = f"{county_name}{name}{kind[0]}人民政府"
        return Link(canonical, None, None, 0.8, True, "derived+township")

    def _sc_body(self, m: str) -> Link | None:
        """A State Council body no registry lists, named in full (国务院反垄断委员会,
        国务院知识产权战略实施工作部际联席会议办公室, and the joint meetings renamed 国家…部际联席会议 in
        2022: 国家知识产权强国建设工作部际联席会议办公室): its own canonical name. A short 办 is null."""
        if m.startswith("国家") and m.endswith("部际联席会议办公室") and len(m) > 12 and not _SC_CLASS.search(m):
            return Link(m, None, None, 0.7, True, "derived+state-council")
        if m.startswith("国务院") and len(m) > 7 and m.endswith(("委员会", "办公室")) and not _SC_CLASS.search(m):
            if m.endswith("办公室") and self.registry.by_name(m[:-3]):
                return None  # 国务院妇儿工委办公室: a listed committee's office, composed from its full name
            return Link(m, None, None, 0.7, True, "derived+state-council")
        return None

    def _national_centre(self, m: str) -> Link | None:
        """A named national centre no registry lists (国家血液病医学中心) or a national park's
        administration (东北虎豹国家公园管理局) or a laboratory with a proper name (崂山实验室, 辽宁实验室)
        or a division's museum (河南博物院, 上海博物馆: dev gold): its name as written."""
        if national_centre().fullmatch(m) or national_park().fullmatch(m) or named_lab().fullmatch(m) \
                or (m.endswith("实验室") and not m.endswith("重点实验室") and not m.startswith(("省", "市", "国家"))) \
                or (m.endswith(("博物馆", "博物院")) and not m.startswith(("省", "市", "县", "区"))):
            return Link(m, None, None, 0.7, True, "derived+national-centre")
        return None

    def _corps_kind(self, field: str) -> str | None:
        """The body type of a field in the Corps, known only where a province and a city agree on it
        (林业和草原 → 林业和草原局, 统计 → 统计局): the Corps' bureaus are a province's in rank but a city's
        in form (兵团民政局, yet 兵团发展改革委), so 民政 (厅 or 局) leaves the body unknown."""
        kinds = {next((field + e for e in FUNCTIONAL_ENDS[level] if self.types.get(field + e)), None)
                 for level in ("province", "local")}
        return kinds.pop() if len(kinds) == 1 else None

    def _bingtuan_body(self, m: str) -> Link | None:
        """A department of the Xinjiang Production and Construction Corps (no division): its name
        in full as written (新疆生产建设兵团财务局, 兵团财政局 under the Corps' own short name), or the Corps
        itself named 兵团."""
        if m == "兵团":
            # The Corps by its own short name (承接兵团…授予的职能, in 第一师阿拉尔市's plan).
            return Link("新疆生产建设兵团", "cn.xpcc", None, 0.8, False, "derived+bingtuan")
        for head in ("新疆生产建设兵团", "新疆兵团", "兵团"):
            rest = m[len(head):]
            if not (m.startswith(head) and rest):
                continue
            if self.types.get(rest) and "{P}" not in self.types.full_at(rest, "province"):
                # 兵团党委 → 中共新疆生产建设兵团委员会, 兵团民政局 → …民政局 (a province's type). The Corps
                # has no 人民政府: its government's departments are the Corps' own (兵团国资委 →
                # 新疆生产建设兵团国有资产监督管理委员会, 兵团办公厅 → 新疆生产建设兵团办公厅).
                full = self.types.full_at(rest, "province")
                if full.startswith("人民政府") and len(full) > len("人民政府"):
                    full = full[len("人民政府"):]
                canonical = self.types.compose(full, "新疆生产建设兵团", "兵团")
            elif _BODY_END.search(rest):
                canonical = "新疆生产建设兵团" + rest  # 财务局: the Corps' own name for it
            elif (field := _FUNCTIONAL.sub("", rest)) != rest and (kind := self._corps_kind(field)):
                # 兵团林业和草原主管部门 → 新疆生产建设兵团林业和草原局: the Corps' body of the field (as a place's
                # functional name is its body: _functional)
                canonical = self.types.compose(self.types.full_at(kind, "province"), "新疆生产建设兵团", "兵团")
            else:
                continue
            return Link(canonical, None, None, 0.7, True, "derived+bingtuan")
        return None

    # Bodies whose full name did not change with the reforms (a former division's 政府 is its 人民政府).
    _FORMER_FULL_KINDS = frozenset({"government", "party", "congress", "cppcc", "court", "procuratorate", "office"})

    def _without_state(self, m: str) -> str:
        """News writes the state before a central body: 中国国家发展计划委员会, 中国外交部, 国家人事部
        are the bodies without it (when the registry knows the name only so); the official full
        name 中华人民共和国电力工业部 is 电力工业部."""
        for prefix in ("中华人民共和国", "中国", "国家"):
            rest = m[len(prefix):]
            if m.startswith(prefix) and len(rest) >= 3 and not self.registry.by_name(m) \
                    and is_central(self.registry, rest):
                return rest
        return m

    def _league_committee(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        """共青团四川省委, 团市委: the Youth League's committee of the division whose party
        committee the rest names (中共四川省委员会 → 共青团四川省委员会)."""
        rest = m[3:] if m.startswith("共青团") else m[1:] if m.startswith("团") else ""
        if not rest.endswith("委") or rest.startswith("中央"):
            return None
        party = self._exact(rest, jur, date) or self._derived(rest, jur, date, generic=False)
        if not party or not party.canonical or not party.canonical.startswith("中共") \
                or not party.canonical.endswith("委员会"):
            return None
        return Link("共青团" + party.canonical[2:], None, None, party.score, True, "derived+league")

    def _former_county(self, m: str) -> Link | None:
        """A body of a former division (崇文区教育委员会, 襄樊市人民政府) or of a county since made
        a city or district (无为县农业委员会): its name as written under the division's name of
        the time (guide v2: composed, never the successor's body); a district carries its city
        (北京市崇文区…). Places written before the former name (湖北省襄樊市) are dropped."""
        chain, pos = self.divisions.parse_prefix(m, None)
        # 中共滦县县委: the party's name before the committee's place is no place
        for at in dict.fromkeys((pos, 0, 2 if m.startswith("中共") else 0)):
            for size in self.divisions.former_sizes:
                head, rest = m[at:at + size], m[at + size:]
                if rest == "委":
                    rest = "党委"  # 栾城县委: the county's party committee
                if head not in self.divisions.former_forms or len(rest) < 2:
                    continue
                former = self.divisions.former_forms[head]
                hit = self.types.get(rest)
                if hit and hit[1] in self._FORMER_FULL_KINDS and not re.search("{[SPN]}", hit[0]):
                    # 襄樊市政府 → 襄樊市人民政府, 监利县委 → 中共监利县委员会: the type's full form at
                    # the division's level (a department keeps its name as written: 铜陵县农业局
                    # was no 农业农村局).
                    level = "prefecture" if former is not None and former.level == "city" else "county"
                    canonical = self.types.compose(self.types.full_at(rest, level),
                                                   self.divisions.former_full_name(head))
                elif hit or (_BODY_END.search(rest) and not rest.endswith(_NOT_BODY_END)
                             and not citizens_word(head, rest)):
                    canonical = self.divisions.former_full_name(head) + rest
                else:
                    continue
                return Link(canonical, None, None, 0.6, True, "derived+former-county")
        return None

    def _with_unit(self, m: str, jur: str | None, date: dt.date | None, central: bool = False) -> Link | None:
        """水利厅行政审批处 → 四川省水利厅 with unit 行政审批处; in a central document the head may be a
        central body without its prefix (妇儿工委办公室: 国务院妇儿工委's office)."""
        splits = [(m[:i], m[i:]) for i in range(len(m) - 2, 1, -1)
                  if UNIT_TAIL.match(m[i:]) or self._is_unit(m[i:])
                  or (_STATION_TAIL.match(m[i:]) and m[i - 1] in "局委办")
                  or (_OFFICE_TAIL.match(m[i:]) and m[i - 1] == "局")
                  or (MINISTRY_COMMITTEE.fullmatch(m[i:]) and self._central_body(m[:i]))
                  or ((CONGRESS_WORK_COMMITTEE.fullmatch(m[i:]) or CONGRESS_SPECIAL_COMMITTEE.fullmatch(m[i:]))
                      and m[:i].endswith(CONGRESS_ENDS))
                  or (m[:i] in SUPREME_ORGANS and COURT_UNIT.fullmatch(m[i:]))
                  or (STATIONED_GROUP.fullmatch(m[i:]) and m[:i].endswith(("纪委", "监委")))]
        # A ministry's bureau (商务部贸易救济调查局, 教育部教材局) is one of its units.
        splits += [(m[:i], m[i:]) for i in range(len(m) - 3, 1, -1)
                   if _MINISTRY_UNIT.fullmatch(m[i:]) and self._central_body(m[:i])]
        # A central commission's or bureau's department (银监会统计部, 国家邮政局计划财务部科技处).
        splits += [(m[:i], m[i:]) for i in range(len(m) - 3, 1, -1)
                   if m[i - 1] in "会局" and _CENTRAL_DEPT_TAIL.fullmatch(m[i:])
                   and is_central(self.registry, m[:i])]
        # A registered head beats a derived one: 省市场监管局|办公室, not 省市场监管局办|公室.
        # A zone's committee named in full keeps its written name as a head too (金华经济技术开发区管理
        # 委员会|党政综合办公室), before _derived composes one with the city's 市 that does not exist.
        # The state's name before a central head is set aside once per split (中国国家互联网信息办公室|网络管理技术局).
        splits = [(self._without_state(head), tail) for head, tail in splits]
        # 中央纪委国家监委|驻交通运输部纪检监察组: the two plates' group is the commission's unit (its first plate).
        splits = [(head[:-4] if head == "中央纪委国家监委" and STATIONED_GROUP.fullmatch(tail) else head, tail)
                  for head, tail in splits]
        first: tuple = (self._exact, self._substituted)
        if central:
            first += (lambda head, _jur, day: self._central_short(head, day),)
        for rules in (first, (self._zone_full_head, self._derived, self._zone_head)):
            for head, tail in splits:
                for rule in rules:
                    link = rule(head, jur, date)
                    if link and tail == "办公室" and link.agency_id and link.canonical.endswith("委员会") \
                            and "国有资产" not in link.canonical \
                            and getattr(self.registry.get(link.agency_id), "kind", "") == "special":
                        # A deliberative committee's office is its standing body, not a unit (dev
                        # sc19-54: 国家教材委员会办公室设在教育部; guide v2: a group's standing office).
                        # A 国资委 is an administering body: its 办公室 is a unit.
                        return Link(link.canonical + tail, None, None, link.score, True, "derived+office")
                    if link and tail == "办公室" and not link.agency_id and not link.unit and link.canonical \
                            and link.canonical.endswith("委员会") and not link.canonical.endswith("管理委员会") \
                            and not any(w in link.canonical for w in ("人民代表大会", "政治协商会议", "中共")) \
                            and not self._typed_end(link.canonical):
                        # So is an unlisted committee's (省绿化委员会办公室, 省安全生产委员会办公室: 甘肃
                        # 2018, probe dept40p), unless the committee is a department (发展和改革委员会).
                        return Link(link.canonical + tail, None, None, link.score, True, "derived+office")
                    if link and tail.endswith("办公室") and link.canonical and link.canonical.endswith("人民政府") \
                            and not link.unit:
                        # A government's office named after it is a working body of its own, as dev
                        # gold's 市政府口岸物流办 -> 重庆市人民政府口岸和物流办公室 (虹口区人民政府合作交流办公室,
                        # 区政府外事办公室 in 虹府办〔2005〕40号), not a unit of the government.
                        return Link(link.canonical + tail, None, None, link.score, True, "derived+office")
                    if link and tail.endswith(_STANDING_WORK_COMMITTEE_ENDS) \
                            and link.canonical \
                            and link.canonical.endswith("人民代表大会") and not link.canonical.startswith("全国"):
                        # 市人大法工委: a working committee is the standing committee's, not the congress's.
                        return Link(link.canonical + "常务委员会", None, tail, link.score, True, link.source + "+unit")
                    if link:
                        link.unit = tail
                        link.source += "+unit"
                        return link
        return None

    def _typed_end(self, name: str) -> bool:
        """Whether ``name`` ends with a department type of the lexicon (…发展和改革委员会)."""
        return any(self.types.get(name[k:]) is not None for k in range(len(name) - 2))

    def _central_body(self, m: str) -> bool:
        """Whether ``m`` names a central ministry or commission (a registry body of no division), the
        state's name written before it in news set aside (中国国家互联网信息办公室|网络管理技术局)."""
        return holds_bureaus(self.registry, self._without_state(m))

    def _is_unit(self, s: str) -> bool:
        hit = self.types.get(s)
        return bool(hit and hit[1] == "unit")

    def _ministry_unit(self, m: str, date: dt.date | None, antecedents: Sequence[str]) -> Link | None:
        """办公厅 alone in a ministry's notice ((办公厅牵头，…)): the ministry's office, not the State
        Council's (a central short name). The offices of the State Council and the Party Centre are
        bodies of their own, named by the short name."""
        if not self._is_unit(m):
            return None
        link = self.link(antecedents[-1], jurisdiction=NATIONAL, date=date)
        return _unit_of(link, m) if _holds_units(self.registry, link) else None

    def _standalone_unit(self, m: str, jur: str | None, date: dt.date | None,
                         antecedents: Sequence[str]) -> Link | None:
        """审监处 after a sentence about 水利厅 → 四川省水利厅 with unit 审监处."""
        if m[0] == "部" and m.endswith(("司", "局")) and not self.types.get(m):
            # 部运输局 after 铁道部: the bare 部 is the ministry named before (find_dept_spans tags
            # it only there), the rest its unit.
            for head in reversed(antecedents):
                link = self.link(head, jurisdiction=jur, date=date)
                if link.canonical:
                    ok = link.canonical.endswith("部") and is_central(self.registry, link.canonical)
                    return Link(link.canonical, link.agency_id, m[1:], round(link.score * 0.9, 3),
                                link.derived, "context") if ok else None
            return None
        if m.endswith("司") and len(m) > 6 and not self._is_unit(m) and UNIT_TAIL.match(m):
            # A central body's department of a long name (国民经济综合统计司): only the central body
            # named just before it (only central bodies have a 司).
            for head in reversed(antecedents[-1:]):
                link = self.link(head, jurisdiction=jur, date=date)
                if link.canonical and is_central(self.registry, link.canonical):
                    return Link(link.canonical, link.agency_id, m, round(link.score * 0.9, 3),
                                link.derived, "context")
            return None
        if not (self._is_unit(m) or (UNIT_TAIL.match(m) and len(m) <= 6)):
            return None
        if _OWN_OFFICE.search(m):
            return None  # 空管委办公室: a body's own office, not a unit of the body named before
        corps = _CORPS.search(m)
        if self.divisions.parse_prefix(m, jur)[0]:
            return None
        for head in reversed(antecedents):
            link = self.link(head, jurisdiction=jur, date=date)
            if head.endswith(m) and len(head) > len(m):
                # 办公厅 after 省政府办公厅: that body named again, linked or not (an unlinked one must not
                # hand the unit to a body named before it: 国务院 → 国务院's 办公厅).
                return link if link.canonical else Link(None, None, None, 0.0, False, "unit-repeats-unlinked")
            if link.canonical:
                if link.agency_id in _OWN_OFFICE_HOLDERS:
                    return None  # 国务院's offices are bodies of their own, not its units
                if corps and not any(w in link.canonical for w in _CORPS_OWNERS[corps.group(1)]):
                    # 市场监管局、城管执法中队、兰山交警支队 (a 街道's joint action, 兰州 2021): a police,
                    # fire or enforcement corps is no unit of another kind of body listed before it.
                    return Link(None, None, None, 0.0, False, "corps-of-its-own")
                return Link(link.canonical, link.agency_id, m, round(link.score * 0.9, 3),
                            link.derived, "context")
        return Link(None, None, m, 0.0, False, "unit-without-context")

    def _derived(self, m: str, jur: str | None, date: dt.date | None, generic: bool = True,
                 registry: bool = True, central: bool = True) -> Link | None:
        """Place (explicit, 省/市 prefix or implicit) + department type; a composed name the
        registry lists is its record (with ``registry`` False only under that very name: a
        former name may be an alias of the renamed body)."""
        if m.startswith("中国共产党") and len(m) > 7:
            m = "中共" + m[5:]  # 中国共产党四川省委员会: the party prefix in full
        party = m.startswith("中共") and len(m) > 4
        if party:
            m = m[2:]  # 中共天河区委统战部: the party prefix is composed back from the type
        chain, pos = self.divisions.parse_prefix(m, jur)
        if len(chain) == 1 and self.divisions.unsaid(m[:pos], jur):
            return None  # 鼓楼区教育局 in a Sichuan text: 南京's, 福州's, 徐州's or 开封's is not said
        rest = m[pos:]
        # A police or justice station is named after its own area (玉林派出所 in 成都市武侯区, 朝阳东湖派出所): a
        # division's name before it is the area's, and no division has one such station of its own.
        if (chain and m[pos - 1] not in _PLACE_END_LEVELS and _STREET_OPENING.match(rest)) or _RAILWAY_OPENING.match(rest) \
                or (chain and (rest in STATION_KINDS
                               or (rest.endswith(STATION_KINDS) and m[pos - 1] not in _PLACE_END_LEVELS))):
            return None
        if chain and m[pos - 1] not in _PLACE_END_LEVELS and rest.startswith(("镇", "乡", "街道")):
            # 文昌镇人民代表大会: a township named like a city (文昌 of 文昌市), not that city's 镇 body.
            return None
        if party and chain and rest == "委员会":
            rest = "委"  # 中共北京市委员会: the committee's full form after its place (its short form 委)
        if chain and self.types.get(rest) is None and m[pos - 1] in "市州县区省" and self.types.get(m[pos - 1:]):
            # 江油市场监管局 reads 江油(市) + 市场监管局.
            rest = m[pos - 1:]
        place_name: str | None
        place: str | None = None
        implicit = False  # no prefix at all: the document's own division at the type's level
        if chain:
            place = self.divisions.effective(chain[-1])
        else:
            # 市场监管局 is a type that opens with 市, not the bare prefix 市 + 场监管局.
            prefix = bare_prefix(m)
            if prefix is not None and jur:
                place = self._place_for_prefix(prefix, jur)
                if place:
                    rest = m[len(prefix):]
                    top = self.divisions.ancestry(jur)[0]
                    kind = self.types.get(rest)
                    if prefix == "区" and place != top and self.divisions.by_code[top].name.endswith("自治区") \
                            and kind and (kind[0].endswith("厅") or kind[0].startswith("高级")):
                        # 区教育厅 in a 南宁 district's text: a 厅 is the autonomous region's, never the district's.
                        place = top
            if place is None:
                typ = self.types.get(m)
                national = self.types.levels.get(typ[0], {}).get("national") if typ else None
                if jur is None and national and central:
                    # 政协, 五届人大 in a central document: the national body (in a document of
                    # unknown division, 残联 is no more the national federation than a local one).
                    hit = self._exact(national, None, date)
                    return Link(national, hit.agency_id if hit else None, None, 0.85, hit is None,
                                "derived+registry" if hit else "derived")
                if jur is None or typ is None:
                    return None
                # A department type without any prefix: the document's own division
                # (水利厅 in a Sichuan report), at the level the type belongs to.
                place = self._level_of_type(m, jur)
                if place is None:
                    return None
                implicit = True
                if typ[0] in ("人民法院", "人民检察院") and self.divisions.meta_level(place) != "county":
                    # 告上法院 in a city's or province's text: a court of no level is the basic court
                    # of some district or county, not the high or intermediate court of its division.
                    return None
        place_name = self.divisions.full_name(place)
        if not rest:
            return None
        typ = self.types.get(rest)
        instead = None
        if party and not (typ and typ[1] == "party"):
            return None
        if place[:2] in _SAR:
            # Hong Kong and Macau bodies keep their own names (特别行政区政府): no mainland type
            # names one (法院 or 工商局 in a Hong Kong sentence is no 高级人民法院 or
            # 工商行政管理局 of the region), nor does 特区政府工商局 compose.
            if not chain or ("特区" in rest and not rest.endswith("特区政府")) or _FUNCTIONAL.search(rest):
                return None
            # 澳门特别行政区第一届政府 (SC report 1999): the government of its first term is the government.
            rest = _TERM_OPENING.sub("", rest)
            canonical, score = place_name + ("政府" if rest.endswith("特区政府") else rest), 0.7
        elif typ and typ[1] != "unit":
            full = self.types.full_at(rest, self.divisions.meta_level(place))
            if full.endswith("中级人民法院"):
                place = self._intermediate_court_place(place, full, implicit)
                if place is None:
                    return None
                place_name = self.divisions.full_name(place)
            instead = self.types.registered_instead(full)
            era = renamed_on(rest)
            if era and date is not None and date.isoformat() < era[0]:
                full = era[1]  # 杭州市交通局 in 2003: the bureau's name before the rename
            if "{P}" in full:
                # A district's branch of its city's bureau (天河区公安分局 → 广州市公安局天河区分局):
                # only a district (区) has one; a county's bureau is its own.
                parent = self.divisions.parent_of(place)
                district = self.divisions.by_code[place]
                if not (district.level == "county" and district.name.endswith("区")) or not parent:
                    return None
                canonical = full.replace("{P}", self.divisions.full_name(parent)).replace("{N}", district.name)
                score = 0.8
            else:
                canonical, score = self.types.compose(full, place_name, self.divisions.by_code[place].short), 0.85
        elif rest[0] in "县区旗":
            # 芜湖县农业技术推广中心: a county the divisions table no longer holds (abolished, or
            # renamed), not a body of 芜湖市. Named in full, the body's name is as written (the
            # county's name then + its body); never a name composed across two divisions.
            if rest[0] == "县" and chain and m.endswith(rest) and len(rest) > 2 and (
                    self.types.get(rest[1:]) or (_BODY_END.search(rest) and not rest.endswith(_NOT_BODY_END))):
                return Link(m, None, None, 0.6, True, "derived+former-county")
            return None
        elif generic and rest.endswith(_RAILWAY_END):
            # 北京铁路局, 成都铁路局 (a 2012 Beijing joint conference's members, probe dept68p): the
            # railway's regional bureaus bear a city's short name, and are no body of that city
            # (北京市铁路局 does not exist). Named as written, or none when the text adds 市 or 省.
            if m.endswith(rest) and not re.search(r"[市省]", m[: len(m) - len(rest)]):
                return Link(m, None, None, 0.6, True, "derived+railway")
            return None
        elif generic and _BODY_END.search(rest) and len(rest) >= 2 and not rest.endswith(_NOT_BODY_END):
            if _SHORT_FORM_END.search(rest) or rest.startswith(_SHORT_FORM_HEAD):
                # 市金融工作办 (青岛 2017), 市咨询委 (柳州 2013): a short form no type expands; the
                # place + 办/委 is no official name, and which 办公室 or 委员会 it stands for is unknown.
                return None
            canonical, score = place_name + rest, 0.7
            if _GOV_OWN_BODY.match(rest):
                # 县政府园区发展服务中心 (金乡 2025), 市政府发展研究中心: the government's own body bears
                # its full name (金乡县人民政府园区发展服务中心), as 县政府研究室 does by its type.
                canonical = place_name + "人民" + rest
        else:
            return None
        hit = self._exact(canonical, None, date)
        if hit is None and instead:
            # 广州市发改局: Guangzhou's registered body is its 发展和改革委员会, while 佛山市发展和改革局
            # (no commission registered) stays as written.
            other = self._exact(self.types.compose(instead, place_name), None, date)
            if other and other.canonical and self._same_place(other, place):
                hit = other
        if hit and not registry and hit.canonical != canonical:
            hit = None  # 浙江省交通厅 in 2003 is not yet the 交通运输厅 it is an alias of
        if hit and hit.canonical and self._same_place(hit, place):
            hit.source = "derived+registry"
            hit.score = 0.95
            return hit
        if implicit and place not in MUNICIPALITIES and self.divisions.meta_level(place) == "province" \
                and canonical.endswith("局") and typ and self.types.get(typ[0][:-1] + "厅"):
            # 工信局 in a Jilin department's notice: the province's body of that kind is a 厅, so a
            # bare bureau is some city's or county's (吉林省工业和信息化局 does not exist).
            return None
        return Link(canonical, None, None, score, True, "derived")

    def _intermediate_court_place(self, place: str, full: str, implicit: bool) -> str | None:
        """The division of an intermediate court: a prefecture, or a municipality by its number
        (北京市第一中级人民法院). 中院 written bare in a county's text is its city's; a county's or a
        province's own 中级人民法院 (泸定县…, 四川省…) does not exist."""
        numbered = not full.startswith("中级")
        chain = self.divisions.ancestry(place)
        if not implicit:
            chain = chain[-1:]
        for code in reversed(chain):
            if self.divisions.meta_level(code) == "prefecture" and not numbered:
                return code
            if code in MUNICIPALITIES and numbered:
                return code
        return None

    def _same_place(self, hit: Link, place: str) -> bool:
        """A composed name found in the registry is the place's own body (or a central one)."""
        agency = self.registry.get(hit.agency_id) if hit.agency_id else None
        return agency is None or not agency.division or self.divisions.effective(agency.division) == place

    def _level_of_type(self, m: str, jur: str) -> str | None:
        """The division a type written without any prefix belongs to: 水利厅 (a provincial
        type) is the province's even in a city document; 水利局 the nearest level below."""
        chain = self.divisions.ancestry(jur)
        if not chain:
            return None
        typ = self.types.get(m)
        # A government's office written bare (政府办, 政府办公厅) is the document's own government's,
        # as its 政府 is: 政府办 in a county's news is no province's 办公厅 (a county's news 2019,
        # probe dept44c), though the type's full form ends in 厅.
        if typ and typ[1] == "office" and typ[0].startswith("人民政府"):
            return chain[-1]
        if typ and typ[0].endswith("厅") or (typ and typ[1] in ("court",) and typ[0].startswith("高级")):
            return chain[0]
        return chain[0] if len(chain) == 1 else chain[-1]

    def _fuzzy(self, m: str, jur: str | None, date: dt.date | None) -> Link | None:
        if len(m) < 3 or _FUNCTIONAL.search(m):
            return None  # 民政部门 (a class of bodies) is no near-miss of 民政部
        choices = self._choices(jur)
        best = process.extractOne(m, choices, scorer=fuzz.ratio, score_cutoff=self.threshold * 100)
        # A near-miss keeps its first character, the jurisdiction prefix:
        # 州政务服务中心 is not 省政务服务中心.
        if not best or best[0][0] != m[0]:
            return None
        # A near-miss is the name cut short or without a conjunction (四川省市场监督管理); a
        # changed or missing character inside it names another body (国家教材委员会 is not
        # 国家教育委员会, 加大政府 not 加拿大政府).
        a, b = _CONJUNCTIONS.sub("", m), _CONJUNCTIONS.sub("", best[0])
        if not (a.startswith(b) or b.startswith(a)):
            return None
        link = self._exact(best[0], jur, date)
        if not link:
            return None
        link.score = round(best[1] / 100 * 0.9, 3)
        link.source = "fuzzy"
        return link

    def _choices(self, jur: str | None) -> list[str]:
        key = self.divisions.province(jur) if jur else ""
        if key not in self._fuzzy_choices:
            forms: list[str] = []
            for a in self.registry:
                if a.division == "" or (key and a.division[:2] == key[:2]):
                    forms.extend(a.surface_forms)
            self._fuzzy_choices[key] = sorted(set(forms))
        return self._fuzzy_choices[key]

    # -- candidate choice -------------------------------------------------------
    def _choose(self, cands: list[Agency], jur: str | None, date: dt.date | None,
                m: str) -> tuple[Agency, float, str] | None:
        how = ""
        valid = [a for a in cands if a.valid_on(date)]
        if not valid and date is None and len({a.id for a in cands}) == 1 and cands[0].valid_to:
            # A text with no date naming only a former body (建设部, 中国银监会: news of the 2000s)
            # names that body, not its successor of today. Two former bodies of one name (国家计委,
            # 1952-1998 and 1998-2003) keep the successor: a null canonical would leave activities
            # naming the body by its short name.
            valid, how = cands[:1], "+former"
        if not valid and date is not None:
            # A text of the very day a body's end was decided (the NPC's decision on the 1998
            # reform, dated 1998-03-10, lists 中华人民共和国邮电部 among the bodies not kept) names
            # that body, not the successor that starts the same day.
            valid = [a for a in cands if a.valid_to == date.isoformat()]
            how = "+last_day" if valid else ""
        if not valid:
            valid = self._successors(cands, date)
            how = "+successor" if valid else ""
        score = 1.0
        if not valid and date is not None:
            # A body named shortly before it was set up (国家数据局 in a report of
            # spring 2023): the record that starts next, within a year. A body set up years
            # later is another body of that name (国家版权局 of 1995 is no 国家新闻出版署 of 2018,
            # 电力工业部 of 1956 no ministry of 1993).
            soon = (date + _NEAREST_WINDOW).isoformat()
            future = [a for a in cands if a.valid_from and date.isoformat() < a.valid_from <= soon]
            first = min((cast(str, a.valid_from) for a in future), default=None)
            valid = [a for a in future if a.valid_from == first]
            how, score = ("+nearest", 0.8) if valid else ("", score)
        if not valid and date is not None and cands and all(not a.division and a.valid_to for a in cands):
            # A central body abolished with no successor, named later (南京军区 in 2020, 原冶金部):
            # the body as written, not a name composed from its parts (南京市军区).
            # Only a body already ended on the date: 电力工业部 in 1990 is the ministry of 1979-1982,
            # not that of 1993; 质检总局 (2001) in a 1995 text is none.
            ended = [a for a in cands if cast(str, a.valid_to) <= date.isoformat()]
            last = max((cast(str, a.valid_to) for a in ended), default=None)
            valid = [a for a in ended if a.valid_to == last]
            how, score = ("+former", 0.8) if valid else (how, score)
        if not valid:
            if date is not None:
                return None
            # No date and nothing current: the most recent historical record (国家计委 undated is
            # the 国家发展计划委员会 of 1998-2003, the last body of that name).
            last = max(a.valid_to or "9999" for a in cands)
            valid = [a for a in cands if (a.valid_to or "9999") == last]
        tiers = self._tiers(valid, jur, m)
        for tier in tiers:
            if not tier:
                continue
            if len(tier) == 1:
                return tier[0], score, how
            exact = [a for a in tier if a.name == m]
            if len(exact) == 1:
                return exact[0], score, how
            return None  # ambiguous at the best tier
        return None

    def _tiers(self, valid: list[Agency], jur: str | None, m: str) -> list[list[Agency]]:
        if jur is None:
            national = [a for a in valid if not a.division]
            return [national] if national else [[a for a in valid if self._names_division(m, a.division)]]
        own, above, below, national = [], [], [], []
        for a in valid:
            if not a.division:
                national.append(a)
            elif a.division == jur:
                own.append(a)
            elif self.divisions.is_under(jur, a.division):
                above.append(a)
            elif self.divisions.is_under(a.division, jur):
                below.append(a)
        # A body outside the jurisdiction links only when the mention names its division
        # (重庆市药监局); a bare 市水利局 in an Anhui document is not Chongqing's.
        others = [a for a in valid if a not in own + above + below + national
                  and self._names_division(m, a.division)]
        return [own, above, below, national, others]

    def _names_division(self, m: str, code: str) -> bool:
        """False for a generic name (水利局, 市水利局: a kind of body, with at most a bare 省/市
        prefix) unless it names the body's division or one above it (重庆 in 重庆市水利局).
        A proper name (黄埔海关) names its body by itself."""
        prefix = bare_prefix(m)
        rest = m[len(prefix):] if prefix else m
        if self.types.get(m) is None and self.types.get(rest) is None:
            return True
        for _ in range(4):
            div = self.divisions.by_code.get(code)
            if div is None:
                return False
            if div.name in m or (len(div.short) >= 2 and div.short in m):
                return True
            code = div.parent
        return False

    def _successors(self, cands: list[Agency], date: dt.date | None) -> list[Agency]:
        seen: set[str]
        out: list[Agency]
        # Only a body already abolished on the date has successors then (国家行政学院 named in March
        # 1994, before it opened, is no 中央党校 of 2018).
        iso = date.isoformat() if date else None
        frontier = [a for a in cands if iso is None or (a.valid_to and a.valid_to <= iso)]
        seen, out = set(), []
        for hop in range(4):
            nxt: list[Agency] = []
            for a in frontier:
                if hop == 0 and len(a.successors) > 1:
                    # A body named after it was split (劳动人事部 into 劳动部 and 人事部, 重工业部 in
                    # 1956) has no one successor: the text names the former body itself, not the
                    # branch still standing on the date. (A functional name resolved to a body whose
                    # successor later split, 国务院著作权行政管理部门, follows the function on.)
                    continue
                for sid in a.successors:
                    s = self.registry.get(sid)
                    if s is None or s.id in seen:
                        continue
                    seen.add(s.id)
                    (out if s.valid_on(date) else nxt).append(s)
            if out:
                return out
            frontier = nxt
        return out


# A congress's or CPPCC's term before its bare level (十一届省政协常委会, taggers.dept._term_start).
_TERM_FIRST = re.compile(f"^第?{TERM_NUMBER}届(?={LEVEL_ORGAN})")
_SENT_BREAK = re.compile("[。\n]")
# Central bodies whose office is a body of its own (国务院办公厅, 中共中央办公厅), not a unit of theirs.
_OWN_OFFICE_HOLDERS = frozenset({"cn.sc", "cn.cpc-cc"})

_UNIT_WINDOW = 300  # characters before a bare unit searched for the body it belongs to
_MAX_ANTECEDENTS = 50
_SAME_BODY_WINDOW = 200  # characters before a bare short name searched for the body it repeats
_WORD_BEFORE = "的由经向对与和及据被从同在让请将"  # words a repeated short name may follow


def _holds_units(registry, link: Link) -> bool:
    """Whether a bare unit (办公厅, 综合规划司) may be this linked body's: a central body, but not the
    State Council or the Party Centre, whose offices are bodies of their own."""
    return bool(link.canonical) and link.agency_id not in _OWN_OFFICE_HOLDERS and is_central(registry, link.canonical)


def _unit_of(link: Link, unit: str) -> Link:
    """The body ``link`` names, with ``unit`` as its internal unit read from the context."""
    return Link(link.canonical, link.agency_id, unit, round(link.score * 0.9, 3), link.derived, "context")


def _township_name(t: re.Match[str]) -> str:
    """The township's name as the divisions table writes it: 天园 + 街道办事处 → 天园街道."""
    kind = t.group("kind")
    return t.group("name") + ("街道" if kind.startswith("街道") or kind == "办事处" else kind[0])


# A former post after a body: 原局长, 原副主任, 原党委书记.
# A ministry's numbered notice (国家环境保护总局公告2006年第41号 cited in 2017, probe dept22n): like a
# decree, its issuer is the body of that year, not the successor of the citing text's date.
_NOTICE_TAIL = re.compile(r"公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,5}\s*[号號]")
_FORMER_POST = re.compile("原(?:常务)?副?(?:党组|党委)?(?:[\u4e00-\u9fff]{0,2}长|主任|书记|主席|总编辑|总经理|委员)")
# The first issuer of a joint decree or document (建设部等七部委令第162号, cited in 安庆's rules of 2017, probe
# dept47l): the rest of the issuers as a count stands between the body and the decree.
_JOINT_ISSUERS = re.compile(r"等\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*个?(?:部委|部门|单位)")


def _decree_issuer_at(clean: str, end: int) -> bool:
    """Whether a decree's or numbered notice's number follows a body ending at ``end``, alone or after the
    count of its co-issuers: the body of the decree's year, not the successor of the citing text's date."""
    j = _JOINT_ISSUERS.match(clean, end)
    at = j.end() if j else end
    return bool(DECREE_TAIL.match(clean, at) or DECREE_TAIL_INVERTED.match(clean, at) or _NOTICE_TAIL.match(clean, at))


# A reform's statements: the bodies they merge or abolish are named as they were (将省农业厅的职责…
# 整合,组建省农业农村厅; 不再保留省农业厅), never as the body that succeeds them.
_REFORM_WORDS = ("组建", "整合", "划入", "划归", "不再保留", "撤销")
# The source may be one item of a list closed by 等…的 (省国土资源厅、省水利厅等部门的自然保护区…管理职责:
# 2018 reform news of 云南 and 甘肃, probe dept40p); the duties may be named after a longer object.
_TRANSFER_SOURCE = re.compile(r"(?:[（(][^）)]{0,30}[）)])?(?:(?:[、和及][^，,；;。、和及]{2,30}?)*等[^，,；;。、的]{0,12})?"
                              r"(?:承担|管理)?的[^，,；;。]{0,64}?职[责能]")
# 原 before a list names every item as former (原国土资源部和国家海洋局等部门职责整合,组建自然资源部:
# 2020 news of the spokespersons' list, probe dept41n).
# 原 opening the list, not inside a word (原因, 原则, 草原, 高原: review of probe dept41n).
_FORMER_LIST = re.compile(r"(?<![草高平中复还])原(?![则因有来始料本先])[^，,；;。、和及\s]{2,20}(?:[、和及][^，,；;。、和及\s]{2,20})*[、和及]$")
_ABOLISHED_LIST = re.compile(r"(?:不再保留|撤销)(?:单设的)?(?:[^，,；;。！？]*?[、和及])?")
# The body, or what it holds, said to be abolished after it (国家卫生和计划生育委员会计划生育兼职委员制度同时撤销
# in a 2022 函, probe dept46n): the former body, not its successor. Within the clause only.
_ABOLISHED_AFTER = re.compile(r"[^，,；;。！？]{0,24}?(?:同时|一并|相应)?(?:予以)?(?:撤销|不再保留)")


# A body whose founding is told after it ended (１９９３年７月成立香港特别行政区筹委会预备工作委员会 in the 1997
# report, the committee wound up in 1996: probe dept45n) is the body founded then, not its successor.
_FOUNDED_BEFORE = re.compile("(?:成立|组建|设立|建立)了?$")


class _ReformSentences:
    """The sentences (to 。 or a line break) of a text and whether each holds a reform word, found by bisect and
    read once each: a search back and forth per body was quadratic in a long sentence of bodies."""

    def __init__(self, clean: str) -> None:
        self.clean = clean
        self._stops: list[int] | None = None
        self.reform: dict[tuple[int, int], bool] = {}

    @property
    def stops(self) -> list[int]:
        if self._stops is None:
            self._stops = [m.start() for m in re.finditer("[。\n]", self.clean)]
        return self._stops

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        k = bisect_left(self.stops, start)
        s = self.stops[k - 1] + 1 if k else 0
        k = bisect_left(self.stops, end)
        return s, self.stops[k] if k < len(self.stops) else len(self.clean)

    def has_reform(self, s: int, e: int) -> bool:
        found = self.reform.get((s, e))
        if found is None:
            found = self.reform[(s, e)] = any(w in self.clean[s:e] for w in _REFORM_WORDS)
        return found


def _named_as_former(clean: str, start: int, end: int, sentences: _ReformSentences | None = None) -> bool:
    """A body named in a reform sentence as the source of moved duties (X的…职责, X承担的…职能),
    as abolished (不再保留X, 撤销X and the list's later items, X…同时撤销), or after 原."""
    sentences = sentences or _ReformSentences(clean)
    s, e = sentences.bounds(start, end)
    if not sentences.has_reform(s, e):
        return False
    if (start and clean[start - 1] == "原") or _TRANSFER_SOURCE.match(clean, end, e):
        return True
    if _ABOLISHED_AFTER.match(clean, end, e):
        return True
    before = clean[s:start]
    if _FORMER_LIST.search(before):
        return True
    k = max(before.rfind("不再保留"), before.rfind("撤销"))
    return k >= 0 and _ABOLISHED_LIST.fullmatch(before, k) is not None


def _former_body(linker: Linker, surface: str, link: Link, jur: str | None,
                 date: dt.date | None) -> Link | None:
    """The former body a mention names where ``link`` went on to its successor on the date:
    the registry's former body of that name in the successor's division, or a renamed type's
    body composed by the name it had (区农业局 in April 2019 is no 农业农村局 yet)."""
    if date is None or not link.canonical:
        return None
    now = linker.registry.get(link.agency_id) if link.agency_id else None
    if now is not None:
        def leads_to(a: Agency, hops: int = 3) -> bool:
            return now.id in a.successors or (hops > 0 and any(
                (b := linker.registry.get(sid)) is not None and leads_to(b, hops - 1) for sid in a.successors))
        # 原中华人民共和国国家发展计划委员会令: the registry knows the former body without the state's name.
        former = {a.id: a for a in linker.registry.by_name(linker._without_state(surface))
                  if a.valid_to and a.valid_to <= date.isoformat() and a.division == now.division and leads_to(a)}
        if len(former) == 1:
            a = next(iter(former.values()))
            return Link(a.name, a.id, None, link.score, False, "registry+former")
        return None
    for size in range(2, min(len(surface), 8) + 1):
        era = renamed_on(surface[-size:])
        if era and date.isoformat() >= era[0]:
            before = linker.link(surface, jurisdiction=jur, date=dt.date.fromisoformat(era[0]) - dt.timedelta(days=1))
            return before if before.canonical and before.canonical != link.canonical else None
    return None


def _in_local_list(linker: Linker, clean: str, m: Mention, surface: str, depts: list[Mention],
                   local: _LocalLists | None = None) -> bool:
    """Whether a bare type (统计局) stands in a 、-list one of whose items before it has a county's or
    district's level (县委办、人大办、政府办、政协办、统计局): that level's body, not the central body the
    type is also the short name of (国家统计局), in a text that never names its county."""
    kind = linker.types.get(surface)
    if kind is None or kind[1] == "unit":
        return False
    return (local or _LocalLists(clean, depts)).after_local(m)


def _county_own_text(linker: Linker, clean: str, depts: list[Mention]) -> bool:
    """Whether a text that never names its division speaks of its own county's or district's government
    or party committee by the bare level (区政府第38次常务会议, 区委五届五次全会: 宝山区's 宝府办〔2008〕18号,
    probe dept71c): its bodies named by a bare type are that county's, whose full names it does not give."""
    # Addressed to its own county's bodies (各乡（镇）人民政府，县直各单位：) under a county's name the table does
    # not hold (沙县人民政府, 2012: now 沙县区): probe dept73r.
    if county_addressed(clean[:HEAD_CHARS]):
        return True
    for d in depts:
        if d.end - d.start <= 5 and clean[d.start] in "县区旗" and (
                _OWN_LEVEL_AFTER.match(clean, d.end) or clean.startswith("经", d.start - 1)):
            kind = linker.types.get(clean[d.start + 1:d.end])
            if kind is not None and kind[1] in ("government", "party"):
                return True
    return False


# What shows the bare level is the text's own government or committee (its meeting, its session, its
# consent, its offices on an addressee line); a central text or news names 县委、县政府 as a class of every
# county (新华社北京电 …会议要求，县委、县政府要支持国有企业改革: review23), whose bare 国资委 stays central.
_OWN_LEVEL_AFTER = re.compile("[一二三四五六七八九十]+届|第[0-9０-９一二三四五六七八九十百]+次|常务会议|常務會議|常委会|常委會"
                              "|全会|全會|全体会议|全體會議|各(?:委|部门|部門|局|办|辦|直属|直屬)|(?:研究)?(?:同意|决定|決定|批准)")


def _central_by_bare_type(linker: Linker, surface: str, link: Link) -> bool:
    """Whether a bare type (统计局) was linked to the central body it is also the short name of (国家统计局)."""
    kind = linker.types.get(surface)
    if kind is None or kind[1] == "unit" or not link.agency_id:
        return False
    agency = linker.registry.get(link.agency_id)
    return agency is not None and agency.level == "national"


class _LocalLists:
    """For each DEPT of a text, whether an item before it in its 、-list has a county's or district's level, found
    in one pass (a search of the list and a walk back along it per body was quadratic in a long list)."""

    def __init__(self, clean: str, depts: list[Mention]) -> None:
        self.index: dict[int, int] = {}
        for i, d in enumerate(depts):
            self.index.setdefault(id(d), i)
        self.local = [False] * len(depts)
        for k in range(1, len(depts)):
            self.local[k] = clean[depts[k - 1].end:depts[k].start] == "、" \
                and (clean[depts[k - 1].start] in "县区旗" or self.local[k - 1])

    def after_local(self, m: Mention) -> bool:
        return self.local[self.index.get(id(m), 0)]


def _defined_group_office(linker: Linker, clean: str, surface: str, jur: str | None,
                          date: dt.date | None) -> Link | None:
    """The office of a group under the short name the text defined for it (协调小组办公室 after
    成立国务院中医药工作部际协调小组（以下简称协调小组）): the group's full name + 办公室, linked as written
    in full. None when the text defines no such short name or its full name does not end as it does."""
    short = surface[:-3]
    d = re.search(f"[（(](?:{DEFINITION_WORDS})[“\"]?{re.escape(short)}[”\"]?[）)]", clean)
    if d is None:
        return None
    window = clean[max(0, d.start() - 32):d.start()]
    cut = max((window.rfind(w) + len(w) for w in _GROUP_NAME_OPENERS if w in window), default=0)
    name = window[cut:]
    if len(name) <= len(short) or not name.endswith(short[-2:]):
        return None
    link = linker.link(name + "办公室", jurisdiction=jur, date=date)
    return link if link.canonical else None


def link_mentions(linker: Linker, clean: str, mentions: list[Mention], ctx: Context) -> None:
    """Fill ``canonical``/``agency_id``/``unit`` of DEPT mentions and the canonical issuer of
    TITLE mentions, in place. Mentions come from the taggers; this stage only links them."""
    jur, date = ctx.jurisdiction, ctx.reference_date
    if jur is None and ctx.central:
        jur = NATIONAL  # central short names (标准委) are the central bodies only here
    cppcc_text = cppcc_only(clean)
    cache: dict[str, Link] = {}
    decree_issuers: dict[str, Link] = {}  # former bodies found as a decree's issuer, by their surface
    town = document_township(clean, ctx)  # a town's report: its 镇党委 is that town's
    bodies: list[Mention] = []  # DEPT mentions that name a body, in text order
    prev: Mention | None = None
    depts = sorted((m for m in mentions if m.label == "DEPT"), key=lambda m: m.start)
    sentences = _ReformSentences(clean)
    local_lists = _LocalLists(clean, depts)
    county_own = jur is None and _county_own_text(linker, clean, depts)
    dept_ends = {d.end for d in depts}  # where a body ends: a unit right after one has it before (one set, not a scan per unit)
    by_start = {m.start: m for m in depts if m.attrs.get("kind") not in (None, "alias")}
    aliases: set[int] = set()  # never re-linked from the sentence (defined short names, attached names)
    unit_links: dict[str, Link] = {}  # a unit standing alone, linked where first named
    for m in depts:
        kind = m.attrs.pop("kind", None)
        if kind is None:
            continue  # not from the rule tagger: linked below
        if kind == "alias":
            # A defined short name (以下简称…) is the body it was defined for.
            src = by_start.get(m.attrs.pop("of", None))
            if src is not None:
                m.attrs.update({k: v for k, v in src.attrs.items() if k != "kind"})
            aliases.add(id(m))
            continue
        if kind == "bracket" and prev is not None:
            # A second name in brackets is the same body as the name before it.
            m.attrs.update(prev.attrs)
            prev = m
            continue
        if kind == "unnamed":
            # An abbreviation no lexicon expands (区煤工局 in a list of 区…局): a body, name unknown.
            aliases.add(id(m))
            m.attrs.update(canonical=None, agency_id=None, unit=None, derived=False, link="unnamed", score=0.0)
            prev = m
            continue
        if kind == "mission":
            # China's mission abroad: the canonical its tagger composed, or null (no registry body).
            canonical = m.attrs.pop("mission", None)
            place = m.attrs.pop("embassy_in", None)
            if canonical is None and place and (state := foreign_state_full_name(place, date and str(date))):
                # An embassy's full name carries the state's full name (驻缅使馆 → 中华人民共和国驻缅甸联邦
                # 共和国大使馆, dev pt-218662), known for the states of foreign_state_full_names.tsv.
                canonical = f"中华人民共和国驻{state}大使馆"
            aliases.add(id(m))
            m.attrs.update(canonical=canonical, agency_id=None, unit=None, derived=canonical is not None,
                           link="mission", score=0.7)
            prev = m
            continue
        surface = clean[m.start:m.end]
        if surface == "中央" and _CENTRE_BESIDE_COMMITTEE.match(clean, m.end):
            # 中央 alone beside the party committees below it (贯彻落实中央、省委、市委和县委决策部署: 内乡县 2025,
            # probe dept64c; 统一到中央对…的决策部署和市委…) is the party's Central Committee, as 党中央; alone in
            # its clause (落实中央对老龄工作提出的有关要求) it may be the centre at large: null.
            surface = "党中央"
        own = TOWN_OWN_BODY.fullmatch(surface) if town else None
        if own and town.endswith(level := town_own_level(own)):
            surface = town[:-len(level)] + surface  # 镇党委 in 庄墓镇's report: 庄墓镇党委
        if kind == "shared":
            # 北京、天津、…、陕西省（自治区、直辖市）人民政府: each place's government.
            surface += m.attrs.pop("head", "")
        elif kind == "as":
            # 工会 in 工会、共青团、妇联: the tagger names what it stands for (总工会).
            surface = m.attrs.pop("as")
        if kind == "unit":
            near = _between(clean, bodies, m.start - _UNIT_WINDOW, m.start)
            if m.start and clean[m.start - 1] in "局厅委" and m.start not in dept_ends:
                # "2019年1月15日上午,局综合处、办公室…参加了…" (tjj.gz.gov.cn 2019-01-15): a bare 局 before the unit is
                # the writing bureau, not the body named before it (…政协十三届三次会议召开期间): no antecedent
                near = []
            if not near and surface[0] == "部":
                # 报部公路司 with no body before: the ministry signing the notice after it.
                k = bisect_left(depts, m.end, key=_start)  # the first body after it (depts are by start)
                near = [clean[d.start:d.end] for d in depts[k:k + 1]]
            link = linker.link(surface, jurisdiction=jur, date=date, antecedents=near)
            if link.canonical is None and surface[0] == "部" and surface.endswith("中心"):
                link = _own_ministry_centre(linker, surface, jur, date, near) or link
            if jur in (None, NATIONAL) and _CENTRAL_UNIT_NAME.fullmatch(surface):
                link = _central_unit_link(linker, clean, m, surface, bodies, date) or link
            if m.start and clean[m.start - 1] in "（(" and clean[m.end:m.end + 1] in ("）", ")"):
                link = _bracketed_unit_link(linker, clean, m, surface, near, depts, jur, date) or link
            if link.canonical is None and surface in unit_links:
                # 联系人：医政医管局 after 报送我委医政医管局: the unit named again (probe dept28n).
                link = unit_links[surface]
            elif link.canonical and link.unit == surface:
                unit_links.setdefault(surface, link)
        elif m.start and clean[m.start - 1] == "原":
            # 原国家安全监管总局: the former body itself, not its successor on the document's date.
            link = linker.link(surface, jurisdiction=jur, date=date)
            link = _former_body(linker, surface, link, jur, date) or link
            m.source = "dept.registry" if link.agency_id and not link.derived else "dept.pattern"
            bodies.append(m)
        else:
            link = cache.get(surface) if surface not in CPPCC_SPECIAL_COMMITTEES else None
            if link is None and bodies and surface in CPPCC_SPECIAL_COMMITTEES:
                # The CPPCC committee named before it holds it (see Linker._link).
                link = linker.link(surface, jurisdiction=jur, date=date,
                                   antecedents=[clean[b.start:b.end] for b in bodies[-12:]])
                if link.source != "context":
                    link = None
            if link is None and surface in CPPCC_SPECIAL_COMMITTEES and cppcc_text:
                # A CPPCC text with no CPPCC committee named before it: null, never the congress's committee or the old state
                # commission of that name (经济委员会 → 国家经济委员会, abolished 1993; review of probe dept41n).
                link = Link(None, source="context-unlinked")
            if link is None:
                link = linker.link(surface, jurisdiction=jur, date=date)
                if link.canonical is None:
                    link = _institution_link(linker, surface, jur, date) or link
                cache[surface] = link
            if link.canonical and (_named_as_former(clean, m.start, m.end, sentences) or (
                    link.source.endswith("+successor") and _FOUNDED_BEFORE.search(clean, max(0, m.start - 4), m.start))):
                link = _former_body(linker, surface, link, jur, date) or link
            if m.start > 1 and clean[m.start - 1] == "的" and foreign_state_before(clean, m.start - 1) is not None:
                # 日本的财政部, 美国的中央银行: the body of the state named before it, never China's.
                link = Link(None, source="foreign-state")
            decree = link.source.endswith("+successor") and _decree_issuer_at(clean, m.end)
            if link.source.endswith("+successor") and (_FORMER_POST.match(clean, m.end) or decree):
                # The body of a former post is the former body itself (dev sc19-54: 韦建桦 教授、
                # 中央编译局原局长), not its successor on the document's date; so is the body
                # that issued a decree (建设部令第89号 cited in 2018, like dev pt-85109's 原国家安全监管总局令第3号).
                former = [a for a in linker.registry.by_name(linker._without_state(surface)) if a.valid_to]
                if len(former) == 1:
                    link = Link(former[0].name, former[0].id, None, link.score, False, "registry+former")
                    if decree:
                        decree_issuers.setdefault(surface, link)
            if link.canonical is None and bodies and link.source != "context-unlinked":
                link = _coordinated(linker, clean, bodies[-1], m, surface, date) or link
            if link.canonical is None and bodies:
                link = _corps_list_item(linker, clean, bodies[-1], m, surface) or link
            if link.canonical and surface == "政协":
                link = _deputies_level(linker, clean, m, surface, jur, date) or link
            if link.canonical and bodies:
                link = _committee_partner(linker, clean, bodies[-1], m, surface, jur, date) or link
            if link.canonical and bodies:
                link = _sharing_place(linker, clean, bodies[-1], m, surface, jur, date, link) or link
            if link.canonical and not (bodies and clean[bodies[-1].end:m.start] in _COORDINATOR):
                link = _list_opening_place(linker, clean, m, surface, jur, date) or link
            if link.canonical:
                link = _roster_place(linker, clean, m, surface, jur, date, depts) or link
            if link.canonical and jur is None and (_in_local_list(linker, clean, m, surface, depts, local_lists) or (
                    county_own and _central_by_bare_type(linker, surface, link))):
                link = Link(None, source="local-list")
            if link.canonical and _after_other_body(linker, clean, m, surface, bodies):
                link = Link(None, source="attached")
            same = None if link.source == "registry+central-list" or _central_own_name(linker, link, surface) \
                else _same_body_before(linker, clean, m, surface, depts)
            if same is not None:
                link = _as_link(same)
            if link.source in ("attached", "coordinated-unlinked", "same-body", "foreign-state", "context-unlinked",
                               "local-list") or (kind == "as" and link.canonical is None):
                # Null on purpose: not re-linked from the sentence either (the bare 政府 of 自治区党委、政府
                # stands for the region's government, never for the document's own city's).
                aliases.add(id(m))
            if _GROUP_OFFICE.fullmatch(surface):
                # 试点工作小组办公室 after 国家组织…试点工作小组办公室: the office named in full before.
                full = next((b for b in reversed(bodies) if b.end - b.start > len(surface)
                             and clean[b.start:b.end].endswith(surface) and b.attrs.get("canonical")), None)
                if full is not None:
                    link = Link(full.attrs["canonical"], full.attrs.get("agency_id"), None,
                                full.attrs.get("score", 0.7), bool(full.attrs.get("derived")), "antecedent")
            if link.canonical is None and _SHORT_GROUP_OFFICE.fullmatch(surface):
                link = _defined_group_office(linker, clean, surface, jur, date) or link
            hit = link.agency_id is not None and not link.derived and link.source != "fuzzy"
            m.source = "dept.registry" if hit else "dept.pattern"
            bodies.append(m)
        m.attrs.update(canonical=link.canonical, agency_id=link.agency_id, unit=link.unit,
                       derived=link.derived, link=link.source, score=link.score)
        prev = m
    # A former body found as a decree's issuer is that body in every mention of its name in the text
    # (建设部等七部委《廉租住房保障办法》(建设部等七部委令第162号): 安庆 2017, probe dept47l), not the
    # successor of the text's date in the mentions without the decree's number.
    # (A former post's body is not: 中央编译局原局长 beside the 中央编译局 of today's post.)
    for b in bodies:
        f = decree_issuers.get(clean[b.start:b.end])
        if f is not None and str(b.attrs.get("link", "")).endswith("+successor"):
            b.attrs.update(canonical=f.canonical, agency_id=f.agency_id, link=f.source)
    # A short name defined right after a linked body (潜江高新技术产业开发区管理委员会（简称“潜江高新区管委会”）,
    # 潜江市's rules, 2024) and found as a body of its own, unlinked (a zone's 管委会 or 党工委): that body.
    defined = {}
    for b in bodies:
        d = DEFINED_SHORT_NAME.match(clean, b.end)
        if d and b.attrs.get("canonical"):
            defined.setdefault(d.group(1), b)
    for m in depts:
        b = defined.get(clean[m.start:m.end])
        if b is not None and not m.attrs.get("canonical") and id(m) not in aliases:
            m.attrs.update(canonical=b.attrs["canonical"], agency_id=b.attrs.get("agency_id"), derived=True,
                           link="defined-short-name")
    todo = [m for m in depts if not m.attrs.get("canonical") and id(m) not in aliases]
    if todo:
        # Sentence breaks once, then a binary search per mention: scanning back from
        # each mention is quadratic in a long text without line breaks.
        limit = max(m.start for m in todo)
        breaks = [b.start() for b in _SENT_BREAK.finditer(clean, 0, limit)]
        for m in todo:
            k = bisect_left(breaks, m.start)
            sent_start = breaks[k - 1] + 1 if k else 0
            near = _between(clean, bodies, sent_start, m.start)
            same = _same_body_before(linker, clean, m, clean[m.start:m.end], depts)
            link = _as_link(same) if same is not None else linker.link(
                clean[m.start:m.end], jurisdiction=jur, date=date, antecedents=near)
            m.attrs.update(canonical=link.canonical, agency_id=link.agency_id,
                           unit=link.unit or m.attrs.get("unit"))
            if link.derived:
                m.attrs["derived"] = True
    _office_as_written(clean, depts)
    _functional_as_written(linker, depts)
    _short_as_joined(linker, clean, depts)

    def issuer_of(name: str) -> str | None:
        return linker.link(name, jurisdiction=jur, date=date).canonical

    for m in mentions:
        issuer = m.attrs.get("issuer") if m.label == "TITLE" else None
        if issuer:
            m.attrs["issuer_canonical"] = [issuer_of(x) for x in issuer] if isinstance(issuer, list) else issuer_of(issuer)


# 政府办 is a short form of both 人民政府办公厅 and 人民政府办公室; a city's is composed as its 办公厅 (the
# type lexicon's city form), which most prefecture cities do not have (固原市政府办, 2016; 抚州's 市政府办
# beside its 市政府办公室, 2024). A province's and a municipality's office is always a 办公厅.
_GOV_OFFICE_SHORT = re.compile("府办$")
_PROVINCE_OFFICE = re.compile("^(?:.{2,8}(?:省|自治区)|北京市|天津市|上海市|重庆市)人民政府办公厅$")
# The cities whose government's office may be a 办公厅 (provincial capitals, cities separately listed in
# the plan: ``lexicons/dept_office_hall_cities.txt``). Any other prefecture's is a 办公室 (市政府办 in
# 汉阴县's notice of 2022 → 安康市人民政府办公室, probe dept48c; 固原市政府办, 2016), so it is composed
# even where the document does not write it out.
_OFFICE_HALL_CITIES = frozenset(load_words("dept_office_hall_cities"))


def _office_as_written(clean: str, depts: list[Mention]) -> None:
    """A city's 政府办 composed as its 办公厅, in place: the office the document writes in full
    (市政府办公室 → 办公室, 市政府办公厅 → 办公厅); null where it writes neither. A registry body
    stays as listed."""
    written = {d.attrs.get("canonical") for d in depts
               if not _GOV_OFFICE_SHORT.search(clean[d.start:d.end])}
    for m in depts:
        canonical = m.attrs.get("canonical")
        if (not canonical or not canonical.endswith("人民政府办公厅") or _PROVINCE_OFFICE.match(canonical)
                or not _GOV_OFFICE_SHORT.search(clean[m.start:m.end])
                or (m.attrs.get("agency_id") and not m.attrs.get("derived"))):
            continue
        if canonical in written:
            continue
        office = canonical[:-1] + "室"
        city = canonical.removesuffix("人民政府办公厅")
        found = office in written or (city.endswith(("市", "州")) and city not in _OFFICE_HALL_CITIES)
        m.attrs.update(canonical=office if found else None, agency_id=None, derived=found,
                       link="office-as-written" if found else "office-unwritten")


_TYPE_END = re.compile("(?:局|委员会|委|厅)$")


def _functional_as_written(linker: Linker, depts: list[Mention]) -> None:
    """A functional name composed as a body no registry lists (区工业和信息化主管部门 → …区工业和信息化局),
    in place: the one body of the same division the document names whose name holds every part of
    the field (海珠区科工商信局 → 广州市海珠区科技工业商务和信息化局, 414w.com 2024): where bureaus were
    merged, the field is that body's, and the composed name names no body."""
    named = {d.attrs["canonical"] for d in depts if d.attrs.get("canonical")
             and not (d.attrs.get("link") or "").endswith("functional")}
    for m in depts:
        composed = m.attrs.get("canonical")
        if not composed or not m.attrs.get("derived") or not (m.attrs.get("link") or "").endswith("+functional"):
            continue
        chain, pos = linker.divisions.parse_prefix(composed, None)
        if not chain or composed in named:
            continue
        parts = [p for p in _TYPE_END.sub("", composed[pos:]).split("和") if p]
        found = [c for c in named if c.startswith(composed[:pos]) and linker.divisions.parse_prefix(c, None)[1] == pos
                 and _TYPE_END.search(c) and all(p in c[pos:] for p in parts)]
        if parts and len(found) == 1:
            m.attrs.update(canonical=found[0], agency_id=None, derived=True, link="functional-as-written")


def _in_order(short: str, name: str) -> bool:
    """Whether the characters of ``short`` occur in ``name`` in order (文旅 in 文体广电和旅游)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _short_as_joined(linker: Linker, clean: str, depts: list[Mention]) -> None:
    """A bare level + a type's short form (区文旅局) composed as the lexicon's full type (…区文化和旅游局)
    the document never names, in place: the one body of the same division the document writes in full
    under a joined name (two fields joined by 和: 西峰区文体广电和旅游局, gsxf.gov.cn 2024) that holds the
    short form's characters in order. Where bureaus were merged the short form is the merged body's,
    and the composed name names no body (probe dept72x)."""
    full: dict[str, int] = {}
    for d in depts:
        c, surface = d.attrs.get("canonical"), clean[d.start:d.end]
        if c and c.endswith(surface[len(bare_prefix(surface) or ""):]):
            full[c] = full.get(c, 0) + 1
    joined = [c for c in full if "和" in c]
    if not joined:
        return
    # Each joined name under the place chain that opens it (its parse's prefix): a short form looks only at
    # those of its own division, not at every joined name (one pass, not bodies x joined names).
    by_division: dict[str, list[str]] = {}
    for c in joined:
        by_division.setdefault(c[: linker.divisions.parse_prefix(c, None)[1]], []).append(c)
    for m in depts:
        composed, surface = m.attrs.get("canonical"), clean[m.start:m.end]
        bp = bare_prefix(surface)
        if not composed or not m.attrs.get("derived") or not bp or composed in full:
            continue
        chain, pos = linker.divisions.parse_prefix(composed, None)
        end = _TYPE_END.search(composed)
        short = surface[len(bp):]
        if not chain or end is None or not short.endswith(end.group()):
            continue
        short = short[:-len(end.group())]
        found = [c for c in by_division.get(composed[:pos], ()) if c.endswith(end.group())
                 and "和" in c[pos:] and len(short) >= 2 and _in_order(short, c[pos:])]
        if len(found) == 1:
            m.attrs.update(canonical=found[0], agency_id=None, derived=True, link="short-as-joined")


def _institution_link(linker: Linker, surface: str, jur, date) -> Link | None:
    """A public institution named after its body (中科院数学与系统科学研究院) that the registry does
    not list: its own body, named after the body's full name (中国科学院数学与系统科学研究院), derived;
    None where the registry knows the surface or the body is not linked."""
    k = institution_start(surface)
    if k < 0 or linker.registry.by_name(surface):
        return None
    body = linker.link(surface[:k], jurisdiction=jur, date=date)
    if not body.canonical or body.unit:
        return None
    return Link(body.canonical + surface[k:], None, None, body.score, True, "institution")


def drop_unplaced(linker: Linker, clean: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the model's DEPT spans that the knowledge base neither links nor
    places (``Linker.places``): the model earns a DEPT where the registry, the department types
    or the divisions back it, not where a span merely ends like a body (美国军队, 深化府院)."""
    # A functional name with a jurisdiction (市住房保障部门) is one body by the guide, linked or not.
    return [m for m in mentions if m.label != "DEPT" or m.source != "model" or m.attrs.get("canonical")
            or linker.places(clean[m.start:m.end]) or functional_name(clean[m.start:m.end])]


_COORDINATOR = ("和", "、", "及", "与", "以及")


def _coordinated(linker: Linker, clean: str, before: Mention, m: Mention, surface: str,
                 date: dt.date | None) -> Link | None:
    """A bare prefix joined to a body of a named division shares its division: 省政府 in
    河北省委和省政府 (only where the document's own division gives it no body, as in a
    central document)."""
    if not surface.startswith(_BARE_PREFIX) or clean[before.end:m.start] not in _COORDINATOR:
        return None
    agency = linker.registry.get(before.attrs.get("agency_id") or "")
    if agency is None or not agency.division:
        return None
    link = linker.link(surface, jurisdiction=agency.division, date=date)
    return link if link.canonical else None


def _corps_list_item(linker: Linker, clean: str, before: Mention, m: Mention, surface: str) -> Link | None:
    """A bare bureau listed right after a bureau of the Xinjiang Corps is the Corps' too: 财政局 and
    生态环境局 in 新疆生产建设兵团自然资源局、财政局、生态环境局 (a ministries' addressee line)."""
    prev = before.attrs.get("canonical") or ""
    if clean[before.end:m.start] not in _COORDINATOR or not prev.startswith("新疆生产建设兵团") \
            or prev == "新疆生产建设兵团":
        return None
    return linker._bingtuan_body("新疆生产建设兵团" + surface)


# A party committee named with its place (台州市委, 中共苏州市委): the place and its level word.
_PLACED_COMMITTEE = re.compile("^(?:中共)?(.{2,8}?([省市县区州旗]))委(?:员会)?$")


# The level of deputies named right before a bare 政协 (部分市人大代表、政协委员: a 福建法治报 item of 2024 on
# 福州 and 南平, probe dept74p): the members are of that level's committee, as the deputies are of its congress.
_DEPUTIES_LEVEL_BEFORE = re.compile("([省市州盟县区旗])人大代表[、和与及]$")


def _deputies_level(linker: Linker, clean: str, m: Mention, surface: str, jur: str | None,
                    date: dt.date | None) -> Link | None:
    """政协 of 市人大代表、政协委员 is the 市's committee (市政协), null where the document names no one 市;
    never the province's of a provincial or unplaced text."""
    if surface != "政协" or m.start < 6:
        return None
    lv = _DEPUTIES_LEVEL_BEFORE.search(clean, m.start - 6, m.start)
    if lv is None:
        return None
    own = linker.link(lv.group(1) + "政协", jurisdiction=jur, date=date)
    return own if own.canonical else Link(None, source="coordinated-unlinked")


def _committee_partner(linker: Linker, clean: str, before: Mention, m: Mention, surface: str,
                       jur: str | None, date: dt.date | None) -> Link | None:
    """A bare government right after a committee named with its place shares that place: 市政府
    in 台州市委市政府 or 苏州市委、市政府 in a county-level city's document is 台州市's / 苏州市's, not
    the document's own 市; 省政府 in 青海省委、省政府 in a Zhejiang news item is 青海's. Only the
    committee's own level word (市 after 台州市委; 县 after X县委)."""
    if clean[before.end:m.start] not in _COORDINATOR + ("",) or not surface.startswith(_BARE_PREFIX):
        return None
    cm = _PLACED_COMMITTEE.match(clean[before.start:before.end])
    if cm is None:
        return None
    if not re.fullmatch(f"{cm.group(2)}(?:人民)?政府", surface):
        return None
    chain, pos = linker.divisions.parse_prefix(cm.group(1), jur)
    if not chain or pos != len(cm.group(1)) or chain[-1] == jur:
        return None
    link = linker.link(cm.group(1) + surface[1:], jurisdiction=jur, date=date)
    return link if link.canonical else None


# Where a list of bodies opens: after punctuation, or after 的 (…为团长的天津市各民主党派、工商联).
_LIST_OPENERS = set("，。；：,;:\n（(“的")


def _list_opening_place(linker: Linker, clean: str, m: Mention, surface: str,
                        jur: str | None, date: dt.date | None) -> Link | None:
    """A bare name in a list that opens with another division's name is that division's: 工商联
    in 天津市各民主党派、工商联 (a Guizhou news item, 金黔在线) or in 菏泽市民革、民盟、…和工商联
    (九三学社山东省委's site) is Tianjin's / Heze's, not the document's. Null when it does not
    link there. Only where no body of the list sits right before it (``_sharing_place``)."""
    if not m.start or clean[m.start - 1] not in "、和及" or not _bare(linker, surface):
        return None
    start = m.start - 1
    while start > 0 and m.start - start < 60 and clean[start - 1] not in _LIST_OPENERS:
        start -= 1
    if start == 0 or clean[start - 1] not in _LIST_OPENERS:
        return None
    chain, pos = linker.divisions.parse_prefix(clean[start:m.start], jur)
    if not chain or not pos or chain[-1] == jur or clean[start:start + pos].startswith(_BARE_PREFIX):
        return None
    own = linker.link(surface, jurisdiction=chain[-1], date=date)
    return own if own.canonical else Link(None, source="coordinated-unlinked")


# A roster of another division's leaders goes on with bare bodies of that division's level until a
# verb or a word of the news opens the predicate (巴中市市委书记罗增斌,市委副书记、市长何平,市人大常委会
# 主任魏文通带领…; 新密市委书记陈春梅,市长程洋,市委副书记张治怀…等陪同考察).
_ROSTER_STOP = re.compile("带领|率|陪同|会见|会晤|接见|接待|看望|主持|出席|参加|表示|指出|强调|介绍|听取|代表"
                          "|前往|来|到|赴|在|对|向|与|等|[：:（(“]")
# The post after a place that opens a roster without a body (绍兴市市长盛阅春,副市长…,市政府秘书长章长胜).
_POST_AFTER_PLACE = re.compile("[省市县区旗]?(?:长|委书记|委副书记)")
_ROSTER_BREAK = "。；;！？!?\n"


def _branch_in(name: str, place: str) -> bool:
    """Whether ``name`` is a bureau's branch named by ``place`` (长春市生态环境局|榆树市|分局): the place right
    after the bureau and before 分局, not inside another word (高新西区分局 is no 西区's branch)."""
    k = name.rfind(place + "分局")
    return k > 0 and name[k - 1] in "局厅委" and k + len(place) + 2 == len(name)


def _roster_place(linker: Linker, clean: str, m: Mention, surface: str, jur: str | None,
                  date: dt.date | None, depts: list[Mention]) -> Link | None:
    """A bare body in a roster of leaders that opens with another division's name is that
    division's (市委 and 市人大常委会 of 巴中市市委书记罗增斌,市委副书记、市长何平,市人大常委会主任魏文通
    in a 汉中 news item; 县人大常委会 of 湖北省公安县县委书记、县人大常委会主任 on 澧县's site): the
    nearest place before it in the sentence, at the body's own level, with no predicate between."""
    if surface[:1] not in "省市县区旗" or bare_prefix(surface) is None:
        return None
    floor = max(0, m.start - 120)  # a break further back than the window changes nothing: look no further
    lo = max(max(clean.rfind(c, floor, m.start) for c in _ROSTER_BREAK) + 1, m.start - 120)
    divs = linker.divisions
    own = divs.by_code.get(jur) if jur else None
    anchors: list[tuple[int, str]] = []
    # depts are by start: only those from lo on, not every body of the text per body (a long roster
    # of role lines was quadratic; hostile8)
    for i in range(bisect_left(depts, lo, key=_start), len(depts)):
        d = depts[i]
        if d.start > m.start:
            break
        if d.end <= m.start:
            name = clean[d.start:d.end]
            skip = 2 if name.startswith("中共") else 0
            # read within the document's division: a name several divisions share (朝阳区) is its own,
            # and names none when it is none of theirs (which one is not said)
            chain, pos = divs.parse_prefix(name[skip:], jur)
            if chain and pos and not (len(chain) == 1 and divs.shared_elsewhere(name[skip:skip + pos], jur)):
                # A city's bureau's branch in the document's own division (长春市生态环境局榆树市分局
                # in a 榆树市 news item, probe dept35c) sits there: the 市农业农村局 after it is 榆树市's.
                here = own is not None and _branch_in(name, own.name)
                anchors.append((d.start + skip + pos, jur if here else chain[-1]))
    for a, b, codes in divs.mentions(clean[lo:m.start]):
        if len(codes) == 1 and _POST_AFTER_PLACE.match(clean, lo + b):
            anchors.append((lo + b, codes[0]))
    if not anchors:
        return None
    end, code = max(anchors)
    code = divs.effective(code)
    if code == jur or not divs.by_code[code].name.endswith(surface[0]) or _ROSTER_STOP.search(clean, end, m.start):
        return None
    own = linker.link(surface, jurisdiction=code, date=date)
    return own if own.canonical else Link(None, source="coordinated-unlinked")


def _bare(linker: Linker, surface: str) -> bool:
    """Whether a body's name carries no place and no level (畜牧局, 扶贫办; not 市畜牧局, 怀柔县…,
    人行重庆营管部)."""
    divs = linker.divisions
    return (not surface.startswith(_BARE_PREFIX + _CENTRAL_PREFIXES + ("中共", "中央"))
            and not divs.parse_prefix(surface, None)[0] and not divs.mentions(surface)
            # a former division's name is a place too (襄樊市政府, 崇文区教育委员会)
            and not any(surface[:k] in divs.former_forms for k in divs.former_sizes if k < len(surface)))


_TERM_OPENING = re.compile("^第" + TERM_NUMBER + "届(?=政府$)")


_LEVEL_ONLY = frozenset("省市州县区旗")


def _sharing_place(linker: Linker, clean: str, before: Mention, m: Mention, surface: str,
                   jur: str | None, date: dt.date | None, current: Link | None = None) -> Link | None:
    """A bare name joined to a body named with its place shares that place, not the
    document's: 畜牧局 in 北京市怀柔县民政局、畜牧局 is the county's (怀柔县畜牧局), never the
    city's 北京市畜牧兽医局. The body before is read as place + type; the bare name is linked
    under that place, and is null when it does not link there. A central body's own name that
    no division's body bears (劳动人事部 in 北京市人民政府、劳动人事部, a State Council reply of
    1985) is not a type and stays the central body (``current``, its link)."""
    if clean[before.end:m.start] not in _COORDINATOR or not _bare(linker, surface):
        return None
    linked = linker.registry.get(current.agency_id) if current is not None and current.agency_id else None
    if current is not None and (current.agency_id is None or (linked is not None and linked.division)):
        # linked to a local body (or derived): a central body before it may claim the name
        central = _after_central_body(linker, before, surface, date)
        if central is not None:
            return central
    if current is not None and current.agency_id and linker.types.get(surface) is None:
        agency = linker.registry.get(current.agency_id)
        if agency is not None and not agency.division:
            return None
    name = clean[before.start:before.end]
    for cut in range(1, len(name) - 1):
        if linker.types.get(name[cut:]) is not None:
            place = name[:cut]
            break
    else:
        return None
    bare_place = place[2:] if place.startswith("中共") else place
    if bare_place in _LEVEL_ONLY and linker.types.get(surface) is not None:
        # 市法院、检察院 in a county's notice: the bare name shares the level written before it, which
        # need not be the document's (the city's procuratorate, not the county's): linked as 市检察院.
        # Only a type's bare name (检察院, 财政局); a body's own name (市科委、中关村管委会) is its own.
        own = linker.link(place + surface, jurisdiction=jur, date=date)
        return own if own.canonical else Link(None, source="coordinated-unlinked")
    if not linker.divisions.parse_prefix(bare_place, jur)[0] and not (
            len(bare_place) >= 3 and bare_place.endswith(("县", "区", "旗"))):  # a former county's name
        return None  # 国家发展改革委、财政部, 区教育局、财政局: no named division before the type
    own = linker.link(place + surface, jurisdiction=jur, date=date)
    return own if own.canonical else Link(None, source="coordinated-unlinked")


def _after_central_body(linker: Linker, before: Mention, surface: str, date: dt.date | None) -> Link | None:
    """A bare name joined to a central body is the central body of that name where there is one:
    发展改革委 in 联合向国家工业和信息化部、发展改革委和科技部报送 (a Jilin department's notice) is
    国家发展和改革委员会, not the province's commission."""
    agency = linker.registry.get(before.attrs.get("agency_id") or "")
    if agency is None or agency.division or agency.level != "national":
        return None
    own = linker.link(surface, date=date)
    found = linker.registry.get(own.agency_id or "")
    if found is None or found.level != "national" or found.division:
        return None
    own.source = "registry+central-list"  # not the same body as a provincial one named before it
    return own


# An organisation's name ending right before a bare name (民航西藏区局扶贫办): the bare name is
# that organisation's own office, not a government body of the document's division; so is a
# sector's own body (南昌铁路公安局). Levels the span left out before it (全国省市妇联,
# 各直辖市妇联主席) make it a class or another level's bodies, not the document's.
# \Z, not $: $ also matches before a final line break, and a name on the line before (a joint
# notice's signature block: 中国人民银行 / 金融监管总局) is no name the next one is glued to.
_ORG_BEFORE = re.compile("[\u4e00-\u9fff]{2,}(?:局|站|公司|集团|银行|大学|学院|医院|中心|协会|厂)\\Z"
                         "|(?:铁路|民航|机场|港口|油田|邮政|电网|电力|烟草|航空)\\Z"
                         "|(?:省市|市县|区县|直辖市|城市|地市)\\Z"
                         # a zone's or a community's own federation (开发区妇联 among a city's addressees, 风光社区
                         # 妇联协理员 in a commendation list: probe award45p), not the division's
                         "|(?:开发区|高新区|园区|社区|街道|乡镇)\\Z"
                         # a township's or a village's own (各镇街计生协和村计生协, 镇计划生育协会 in a district's
                         # report: review12), the level word standing alone after a list mark or a boundary
                         "|(?:[^\u4e00-\u9fff]|[各和与及])(?:镇街|镇|乡|村)\\Z")


def _after_other_body(linker: Linker, clean: str, m: Mention, surface: str, bodies: list[Mention]) -> bool:
    """Whether a bare name is glued to an organisation's name that no DEPT mention covers."""
    if not m.start or not _bare(linker, surface) or (bodies and bodies[-1].end == m.start):
        return False
    window = clean[max(0, m.start - 12):m.start]
    return bool(_ORG_BEFORE.search(window if m.start > 12 else "\n" + window))


def _same_body_before(linker: Linker, clean: str, m: Mention, surface: str, depts: list[Mention]) -> Mention | None:
    """The body named in full earlier in the sentence that a bare short name repeats: 法院 in
    "…天津第一中级人民法院，旁听…案，法院以…" is that court, not the document's high court. Only
    mentions already linked (their ``canonical`` set, even to null) are taken."""
    if len(surface) < 2 or not _bare(linker, surface):
        return None
    if m.start and "\u4e00" <= clean[m.start - 1] <= "\u9fff" and clean[m.start - 1] not in _WORD_BEFORE:
        return None  # 苏联列宁农业科学院: the name goes on before the span, another body
    lo = max(0, m.start - _SAME_BODY_WINDOW)
    cut = max(clean.rfind("。", lo, m.start), clean.rfind("\n", lo, m.start))
    lo = cut + 1 if cut >= 0 else lo
    i, j = bisect_left(depts, lo, key=_start), bisect_left(depts, m.start, key=_start)
    for b in reversed(depts[i:j]):
        name = clean[b.start:b.end]
        if (b is not m and b.end <= m.start and "canonical" in b.attrs and len(name) > len(surface)
                and name.endswith(surface) and not _bare(linker, name)):
            return b
    return None


def _central_own_name(linker: Linker, link: Link, surface: str) -> bool:
    """Whether ``surface`` is the full official name of the national body it links to (审计署, 公安部): such a
    name is that body, never a repeat of a longer one ending in it (审计署 after 中央军委审计署、 is the State
    Council's audit office, not the CMC's)."""
    agency = linker.registry.get(link.agency_id or "") if link.canonical else None
    return agency is not None and not agency.division and agency.level == "national" and agency.name == surface


def _as_link(b: Mention) -> Link:
    """The link an earlier mention got, for a later mention of the same body."""
    a = b.attrs
    return Link(a.get("canonical"), a.get("agency_id"), None, a.get("score", 0.7), bool(a.get("derived")), "same-body")


def _bracketed_unit_link(linker: Linker, clean: str, m: Mention, surface: str, near: list[str],
                         depts: list[Mention], jur: str | None, date: dt.date | None) -> Link | None:
    """报工业和信息化部(规划司), 向我部（应对气候变化司）报告: the unit of the central ministry written
    before the bracket, or for 我部 the nearest ministry named (the issuer signing after it when none
    is named before). Only a central ministry: a bracket after another body is no unit of it."""
    own = clean.endswith(("我部", "本部"), 0, m.start - 1)
    heads = list(reversed(near)) if own else \
        [clean[d.start:d.end] for d in depts if d.end == m.start - 1][:1]
    if own:
        heads += [clean[d.start:d.end] for d in depts if d.start >= m.end][:1]
    for head in heads:
        link = linker.link(head, jurisdiction=jur, date=date)
        if link.canonical and link.canonical.endswith("部") and is_central(linker.registry, link.canonical):
            return Link(link.canonical, link.agency_id, surface, round(link.score * 0.9, 3), link.derived, "context")
        if not own:
            break
    return Link(None, None, surface, 0.0, False, "unit-without-context")


# A ministry's department, research office or bureau standing alone (综合规划司, 政策研究室, 公路局).
_CENTRAL_UNIT_NAME = re.compile(r"[^部]\w{1,9}(?:司|研究室|局)")


def _central_unit_link(linker: Linker, clean: str, m: Mention, surface: str, bodies: list[Mention],
                       date: dt.date | None) -> Link | None:
    """综合规划司 in a ministry's plan: a unit of the nearest central ministry or commission named
    before it, however far (its notes come pages after the title), passing over the State Council
    and the Party's central organs cited in between. Null canonical, never theirs, otherwise.
    After the speaker's voice (报送我委医政医管局) the unit is the speaker's: the nearest central body
    named as the voice (a 委 for 我委), passing over the addressees (新疆生产建设兵团卫生局)."""
    voice = clean[m.start - 1] if m.start >= 2 and clean[m.start - 2] in "我本" else None
    for d in reversed(bodies):
        if d.end > m.start or clean.startswith(TOP_ORGANS, d.start):
            continue
        link = linker.link(clean[d.start:d.end], jurisdiction=NATIONAL, date=date)
        # A canonical name ends as a ministry or commission does (室: 国务院新闻办公室), not as a site.
        if _holds_units(linker.registry, link) and link.canonical[-1] in "部委会室署局行":
            if voice and not clean[d.start:d.end].removesuffix("办公厅").endswith(voice):
                continue
            return _unit_of(link, surface)
        if voice:
            continue
        return Link(None, None, surface, 0.0, False, "unit-without-context")
    return None


def _own_ministry_centre(linker: Linker, surface: str, jur: str | None, date: dt.date | None,
                         near: list[str]) -> Link | None:
    """部职业技能鉴定指导中心 in a ministry's notice: a public institution of its own (guide: a public
    institution directly under a department is its own body), named ministry + centre. A short name
    (部职鉴中心, 部信息中心) may be an abbreviation: null rather than a name never written."""
    if len(surface) < 8:
        return None
    # The ministry is the body named nearest before (or the signature after: see the caller's near).
    ministry = next((c for c in (linker.link(a, jurisdiction=jur, date=date).canonical for a in reversed(near))
                     if c), None)
    if not ministry or not ministry.endswith("部"):
        return None
    return Link(ministry + surface[1:], derived=True, score=0.6, source="context-own-centre")


def _between(clean: str, bodies: list[Mention], lo: int, hi: int) -> list[str]:
    """Names of the bodies lying inside [lo, hi), in text order (bisection: linear overall)."""
    i = bisect_left(bodies, max(lo, 0), key=_start)
    j = bisect_left(bodies, hi, key=_start)
    # The nearest bodies only: a sentence without breaks may name thousands, and the
    # linker tries them nearest first, taking the first that links.
    i = max(i, j - _MAX_ANTECEDENTS)
    return [clean[b.start:b.end] for b in bodies[i:j] if b.end <= hi]


def _start(m: Mention) -> int:
    return m.start
