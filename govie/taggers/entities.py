"""First rule taggers for ORG, PERSON and LOC."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from govie.text import recached as re
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from govie.kb.dept_types import load_dept_types
from govie.kb.lexicons import alternation, load_words, region_words
from govie.kb.divisions import (Place, at_word_start, level_chars, levels_without, former_divisions, load_divisions, place_name_set,
                                place_names, places, townships, verb_place_at, word_bounds)
from govie.text.numerals import cn_int
from govie.text.segment import dictionary_tags, function_word_tags, shared_jieba, shared_word_ends, shared_words
from govie.text.wordscan import PairStarts, PatternStarts, claim_each, finditer_from
from govie.taggers import PRIORITY
from govie.taggers._places import coordinator_opens
from govie.taggers.dept import DEFINITION_WORDS, trie_regex
from govie.types import Context, Mention
from govie.text.regex_cache import compile_cached

__all__ = ["tag_orgs", "tag_persons", "tag_locs", "drop_unnamed", "join_model_names", "drop_model_kinds"]

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_CJK_RUN = re.compile(f"[{_CJK}]+")


def _first_alternation(words: tuple[str, ...]) -> str:
    """``alternation(words)`` behind a lookahead on their first characters: the regex engine
    then skips a position in one test instead of trying every word there."""
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return f"(?=[{firsts}])(?:{alternation(words)})"
# Characters that end the stretch before an organization name: punctuation
# and the function words that introduce one (在X, 和X, 由X, 对X …).
_PUNCT = set("，。、；：！？“”‘’（）()《》【】\n ")
_ORG_NAME_CHAR = re.compile(f"[{_CJK}A-Za-z0-9]")
_ORG_STOP = set("，。、；：！？“”‘’（）()《》【】\n 在和与及由对向到赴同为是的了将把被从给让并或跟于至等")


@lru_cache(maxsize=1)
def _org_suffix() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('org_suffixes'))})")


_CLOCK_MINUTES = re.compile("[0-9]{2}(?![0-9])")


# A county's or district's own firm by its short name in a list of bodies given roles: "(区发改局牵头,区财政局、
# 区国投公司、各街道办事处配合)" (官渡区 2016-2017), "责任单位:区发改局、区林业局,区经发集团,相关乡镇办" (咸安区
# 2023), "区发改局、区经商局、区供电公司" (莲都区 2023; probe dept54c): the level word opens the firm's name, as
# 县城投公司 does; the role word or the 单位: label after or before it shows the list is one of bodies.
_LEVEL_FIRM = re.compile("[区县市][\u4e00-\u9fff]{2,4}")
_NOTE_ROLES = re.compile("配合|牵头|负责|参与|协助|单位[：:]")


# Words that make the firms a class: 县级平台公司, 县直有关公司, 区属国有公司 (the level word bound to 级/直/属
# is a word of jieba's and fails the test of the level character standing alone).
_LEVEL_FIRM_CLASS = frozenset(("有关", "相关", "平台", "国有", "下属", "所属", "其他", "各类"))


def _level_firm_in_note(text: str, start: int, suffix_start: int, end: int) -> bool:
    if not _LEVEL_FIRM.fullmatch(text, start, suffix_start) or start == 0 or text[start - 1] not in "、，,（(：:；;":
        return False
    words = shared_words(text[start:suffix_start])
    tags = function_word_tags()
    if words[0] != text[start] or any(w in _LEVEL_FIRM_CLASS or tags.get(w, "n").startswith(("d", "r", "p", "c"))
                                      for w in words[1:]):
        return False  # the level character opens no firm's name here: a class of firms
    close = min((k for k in (text.find(c, end, end + 80) for c in ")）\n。") if k >= 0), default=end + 80)
    return bool(_NOTE_ROLES.search(text, end, close) or _NOTE_ROLES.search(text, max(0, start - 60), start))


# A programme's role word before 银行 makes the banks that play the role a class, whatever place or scheme opens
# the phrase: 广州市社保服务银行网点 (dev gz-25, an annex of service banks), 推动FT账户试点银行扩容增效 (dev
# wr2026-tianjinm), 社保卡合作银行, 代发银行 (probe org44p). No bank's own name ends in one of these words.
_BANK_ROLES = ("服务", "试点", "代理", "托管", "承办", "结算", "经办", "指定", "定点", "签约", "存管", "监管",
               "代发", "主办", "导办", "发卡", "收款", "开户")


# Second characters that make 本/该/各/我 + one character a pointer at a division or unit (本市, 该县, 各级, 本院, 我国).
_POINTED_UNITS = frozenset("市县区省地级土部院村会届国镇乡州盟旗校所局委厅处科室站队组单")


def _anaphor_edge(name: str) -> bool:
    """Whether an anaphor or class word opens or closes the name (该公司, 本协会, 我市…公司): not where the character is
    inside a word with its neighbour, as 本 in a city's or firm's name (本溪钢铁集团有限公司, 鞍钢集团与本钢集团重组)
    or a brand's word (中信资本集团, 人本集团, 深圳日本商会; probe org51w)."""
    tok, _ = shared_jieba()
    head = name[:1] in ("该", "本", "各", "我") and not (
        name[:1] == "本" and len(name) >= 2 and name[1] not in _POINTED_UNITS and tok.FREQ.get(name[:2], 0) > 0)
    tail = name[-1:] in ("该", "本", "各", "我") and not (
        name[-1:] == "本" and len(name) >= 2 and tok.FREQ.get(name[-2:], 0) > 0)
    return head or tail


def tag_orgs(text: str, ctx: Context | None = None) -> list[Mention]:
    out = []
    for m in _org_suffix().finditer(text):
        end = m.end()
        start = m.start()
        # Walk left over name characters, at most 25 of them.
        strong = m.group() in _STRONG_SUFFIXES
        while start > 0 and m.end() - start < 25:
            ch = text[start - 1]
            if ch in "）)":
                # A place in brackets inside the name: 中国银行（香港）有限公司; before a legal form or
                # 合作社 any short bracketed word: 广州华新(集团)有限公司 (穗府〔2010〕28号), 马关县古林箐古(野)茶
                # 专业合作社 (马关县 2014 命名).
                open_ = max(text.rfind("（", max(0, start - 10), start), text.rfind("(", max(0, start - 10), start))
                inner = text[open_ + 1 : start - 1]
                if open_ > 0 and (inner in _place_words() or (strong and _BRACKETED.fullmatch(inner)
                                                               and _ORG_NAME_CHAR.match(text[open_ - 1])
                                                               and text[open_ - 1] not in _ORG_STOP)):
                    start = open_
                    continue
            if strong and ch in "和同" and _place_before(text, start - 1) and _last_opener(_org_openers()[0], text, start, m.start()) < 0:
                # 和/同 right after a place opens the firm's own name: 沧县和胜农民专业合作社 (沧州市农牧局
                # 2018 公示), 福建同元龙旺文化古镇旅游开发有限公司 (福州 2018 表彰).
                start -= 1
                continue
            if (strong or m.group() in ("集团", "公司")) and ch in "和同" and _place_then_one(text, start - 1):
                # 和/同 one or two characters after a place is inside the firm's coined name: 上海均和产业发展
                # 集团, 上海均和集团 (老边区 2024 news; probe org33), not a conjunction between two names.
                start -= 1
                continue
            if strong and ch == "和" and start >= 2 and text[start - 2] == "、":
                # Right after a list comma 和 opens the name, no conjunction follows one: 湖北鼎龙控股股份有限公司、
                # 和远气体潜江有限公司 (湖北日报, 潜江 news; probe org25).
                start -= 1
                continue
            if (ch in _ORG_STOP and not (ch in "等和为" and _inside_a_name_word(text, start - 1))) \
                    or not _ORG_NAME_CHAR.match(ch) or (ch == "暨" and not _inside_a_name_word(text, start - 1)):
                break  # 暨 joins two names (温州市个体劳动者协会暨鹿城区民营经济发展联合会), not in 暨南大学
            if text.startswith(_RENAMED, start - 2) and start - 2 > 0:
                break  # a school renamed or upgraded: 闽江学院更名大学 (Fujian 2026 report) is two names
            if _spaced_name_end(text, ctx.source if ctx is not None else None, start):
                break  # an annex list sets its units between spaces: 城关镇闵庄小学 城关镇兴田小学 (紫政发〔2015〕3号)
            start -= 1
        if start > 0 and (w := _stop_led_word(text, start - 1)) and start - 1 + len(w) < m.start() - 1:
            # The walk stops at the first character of a lead verb that is itself a stop (同 of 同意): the rest of
            # the verb is no part of the name (现同意贝达药业股份有限公司等24家单位创建…: 浙发改高技〔2019〕438号; probe org38).
            start = start - 1 + len(w)
        if start > 0 and text[start - 1] in ":：" and (t := _CLOCK_MINUTES.match(text, start, m.start())):
            # The minutes of a time of day, joined to the source after it once normalization drops the space:
            # 2021-05-07 09:10 山西日报 (山西日报 2021 page; probe org35).
            start = t.end()
        start = _cut_descriptors(text, start, m.start(), society=m.group() in _SOCIETIES)
        if text.startswith("据", start) and (start == 0 or text[start - 1] in _ORG_STOP or not _ORG_NAME_CHAR.match(text[start - 1])):
            # 据 opening a clause is the preposition of a source (据人民日报报道, 据光明日报: probe org34), as
            # 根据 is; not a stop word, which would cut 大数据有限公司.
            start += 1
        # Before the name is judged: a padded roster name is no part of it (林韩|省电力公司 is a province's firm).
        start = _after_padded_name(text, ctx.source if ctx else None, start, m.start())
        name_start = start
        if m.start() - start < 2 and not (m.group() in _LEVEL_STATIONS and text[start : m.start()] in ("省", "市")):
            continue  # a bare suffix ("公司", "该公司") names nobody; 省广电总台 is the province's own (_proper_start)
        name = text[start : m.start()]
        if _OWN_DIVISION.match(name) and len(name) >= 4:
            # 我市/本省/该县 before a firm points at the division, and the firm's own name follows
            # (我市淄博大染坊丝绸集团有限公司的“淄博大染坊”…进入公示名单: 淄博市商务局 2023 news).
            start += 2
            name = name[2:]
        if m.group() in ("厂", "总厂") and (name.endswith(("工", "电", "水")) or text[end : end + 1] in _NOT_AFTER_FACTORY):
            # 智能工厂, 绿色工厂 are classes; 厂长, 厂区, 陶厂镇 no factory's name; power and water plants are
            # sites and projects as often as firms (新开工了南疆铁路、山西阳城坑口电厂、…: 1997 report, unmarked in dev).
            continue
        if _anaphor_edge(name) or "各" in name[2:]:
            continue  # anaphors (该公司, 本协会) and classes (南充商务系统各行业协会: 南充市商务局 2020 news)
        start = _proper_start(text, start, m.start(), m.end())
        if start >= 0 and m.group() not in _STRONG_SUFFIXES and (_place_style(text, start) or text.startswith("组织", end)):
            # A bare place's 特色 says what kind (广州特色商会组织, 广州特色标杆商会: 广州市工商联 2022 通报), and
            # 商会组织 / 协会组织 are classes of bodies, not one body's name.
            continue
        if start >= 0 and (k := _predicate_in(text, start, m.start())) >= 0:
            # The name is what the predicate says of its subject, or no name at all (山西博物院位列
            # 国家一级博物馆: Shanxi 2026 report).
            after = _predicate_end(text, k)
            start = _proper_start(text, after, m.start(), m.end()) if m.start() - after >= 2 else -1
        if start < 0:
            start = _short_enterprise(text, m.start(), m.end(), name_start)
        if start < 0:
            start = _brand_group(text, name_start, m.start(), m.end())
        if start < 0:
            start = _name_by_context(text, name_start, m.start(), m.end(), out)
        if start < 0:
            start = _listed_group(text, m.start(), m.end())
        if m.group() in _HALLS and (h := _site_hall_start(text, name_start, m.start())) >= 0 and (start < 0 or h < start):
            start = h
        if start < 0 and m.group() in _STATION_SUFFIXES and text[name_start : m.start()] in _place_words() \
                and len(text[name_start : m.start()]) >= 3 and text[name_start : m.start()][-1] in "省市县区州旗":
            # A division's own broadcaster is one medium, named by the division's full name (德阳市电视台 among the
            # 协办单位 of a 大赛 notice, 2023; probe org41p): media are ORG (guide), as 四川日报 is.
            start = name_start
        if start < 0 and m.group() == "银行" and _branch_end(text, end) > end and 2 <= m.start() - name_start <= 4 \
                and _starts_an_org(text, name_start):
            # A bank's own short name is shown by its branch in a place: 区政府与包商银行赤峰分行签订…协议
            # (元宝山区 news), as 工商银行上饒分行.
            start = name_start
        if m.group() in ("公司", "集团") and _level_firm_in_note(text, name_start, m.start(), end):
            start = name_start  # 区国投公司, 区经发集团 in a responsibility note: a county's own firm
        if start < 0:
            continue
        if (m.group() in _CLASS_BY_KIND and _generic_cooperative(text, start, m.start())) or (
                m.group() in _CLASS_BY_KIND_WORD and _generic_cooperative(text, start, m.start(), kind_word=True)):
            continue
        if m.group() in _INLAND_CLASS_SCHOOLS and text.endswith("内地", 0, start):
            # 内地 + a region's school is the class of schools inland provinces run for that region's pupils
            # (继续办好内地西藏中学和西藏班, 承办内地西藏中学和西藏班的有关省（市）人民政府: 国办 2019 (sc19-52)).
            continue
        if m.group() == "银行" and text.endswith(_BANK_ROLES, start, m.start()):
            continue  # banks by the role a programme gives them are a class: 社保服务银行, FT账户试点银行
        if m.group() == "公司" and text.endswith("上市", start, m.start()):
            continue  # 上市公司 is a class of firms, whatever board names it (37家A股上市公司: 山西 2020 国资 news; probe org35)
        if (text.startswith(("城", "村", "社区", "科技城"), end) and not _spaced_name_end(text, ctx.source if ctx is not None else None, end)) \
                or (text.startswith("生", end) and text.endswith("大学", start, end)):
            continue  # 福州大学城, 岳麓山国家大学科技城 and 石沛镇联盟村 are places, 东北大学生 students
        # A bank's legal form may come before its branch: 中国银行股份有限公司浙江省分行 (缙云 2022 news).
        bank = text.endswith("银行", m.start(), end) or (m.group() in _LEGAL_FORMS and text.endswith("银行", start, m.start()))
        end = _branch_end(text, end) if bank else _campus_end(text, end)
        if m.group() in _SOCIETIES and text.startswith(("国际", "世界"), start):
            # An international union's committee or office named after it is one ORG with it, as the UN bodies' are
            # (国际天文学联合会小行星命名委员会: 人民日报 1998, probe org58n).
            end = _unit_end(text, end)
        if m.group() in _HALLS and text.startswith(_HALL_WINGS, end):
            end += 2  # a museum's new or east wing is the museum's (殷墟博物馆新馆: Henan 2026 report)
        if text.endswith(("大学", "学院"), start, end):
            end = _university_branch_end(text, end)
        elif m.group() in _LEGAL_FORMS and (c := _FIRM_CENTRE.match(text, end)):
            # A firm's technical centre recognised by a list is the firm's internal unit, one span with it as a
            # department's unit is (拟定北京当升材料科技股份有限公司技术中心等98家技术中心: 国家发展改革委 2015
            # 公示; probe org41p).
            end = c.end()
        if m.group() == "分公司" and out and out[-1].end == start and text.endswith(_LEGAL_FORMS, 0, start):
            # A company's branch in a place is one name with the company: 吉视传媒股份有限公司磐石分公司
            # (磐政函〔2021〕86号), as 中国电信集团有限公司磐石分公司 already is where a place opens it.
            start = out[-1].start
        if start >= 1 and text[start] == "关" and text[start - 1] in "有相":
            # 有关 / 相关 + a kind of body is a class (有关中等职业学校: the schools concerned, hubei 教育厅办公室
            # 2017, probe full50p); its 关 opens no name (关中 is a region only as a word of its own).
            continue
        start = _after_roster_name(text, ctx.source if ctx else None, start, end)
        start = _glued_roster_head(text, ctx.source if ctx else None, start, m.start(), end)
        start = _after_city_of_site(text, start, m.start())
        if start >= 2 and text.startswith(_GROUP_PREFIXES, start - 2) and _longest(_org_openers()[0], text, start) > start:
            # State Grid's companies write 国网 before their place: 国网故城县供电公司 (故城 2023 news),
            # 国网甘肃省电力公司, 国网通渭县供电公司 (通渭 2023 news; probe org32).
            start -= 2
        out.append(Mention("ORG", start, end, "org.suffix", {}, priority=PRIORITY["org.suffix"]))
    out.extend(_short_mentions(text, out))
    out.extend(_firm_short_forms(text, out))
    out.extend(_known_orgs(text))
    out.extend(_media(text, ctx.source if ctx is not None else None))
    out.extend(_listed_enterprises(text))
    out.extend(_brand_enterprises(text))
    out.extend(_international_centres(text))
    out.extend(_financial_firms(text))
    out.extend(_carriers(text))
    out.extend(_listed_schools(text))
    out.extend(_township_schools(text, out))
    out.extend(_table_schools(text))
    out.extend(_listed_project_firms(text))
    out.extend(_listed_coined_firms(text))
    out.extend(_central_subsidiaries(text))
    out.extend(_listed_on_exchange(text))
    out.extend(_ranked_subjects(text))
    out.extend(_own_level_hospitals(text, out))
    out.extend(_campus_named_hospitals(text, out))
    out.extend(_renamed_pairs(text))
    out.extend(_launched_bodies(text, out))
    out.extend(_place_school_shorts(text, out))
    out.extend(_listed_university_shorts(text))
    out.extend(_list_peers(text, out))
    out.extend(_sibling_branches(text, out))
    out = _firm_hospitals(text, out)
    return _drop_site_openers(text, _party_committees(text, _university_short_units(text, _group_branches(text, out))))


# A new institute or society is named with no place at the head of its own clause, its launch said right after it:
# 科技与产业融合创新协会组建运行 (dev Anhui 2026 report), 环境研究院挂牌成立, 人工智能与大数据研究院、单原子材料
# 研究院组建挂牌, 能源、大健康、人工智能、数据空间研究院建成运行 (合肥 2023 report; probe org49w). The name runs from
# the clause boundary (a list comma too) to the suffix, each item of a list of such names before the launch; 与 joins two fields inside it. A kind (行业协会, 产业研究院),
# a count or class (一批研究院, 新型研究院) or a division's own body (省…研究院: DEPT) names none.
_LAUNCH_SUFFIXES = ("研究院", "研究所", "协会", "学会", "研究会", "促进会", "联合会", "联盟")
_LAUNCH_TAIL = compile_cached("(?:正式|顺利|已)?(?:组建运行|组建挂牌|组建成立|挂牌成立|揭牌成立|挂牌运行|揭牌运行|建成运行|投入运行"
                              "|组建|挂牌|揭牌|成立)(?:[，。；、]|$|并|运行|运营|开展)", re.M)
_LAUNCH_START = compile_cached(f"(?:^|(?<=[，。；：、\n]))[{_CJK}]", re.M)
_CJK_CHAR = compile_cached(f"[{_CJK}]")
_LAUNCH_RUN = compile_cached(f"[{_CJK}、]+")
_LAUNCH_WORDS = ("组建", "挂牌", "揭牌", "成立", "建成运行", "投入运行")  # every _LAUNCH_TAIL holds one


class _LaunchedListEnd:
    """Whether a launch (挂牌成立, 组建运行…) follows a position right after a name, at once or after a 、 list
    of more such names (、X研究院、Y研究院组建挂牌). A lookahead reading the list to its launch from every
    name was quadratic in a long list that no launch closes (人工智能研究院、×8,000: 9 s for 64,000 chars);
    here each run of names and 、 is settled once, right to left, from the first position asked. Positions
    of a run must be asked first at its lowest (as ``_launched_matches`` does) for that to stay linear."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, bool] = {}

    def __call__(self, q: int) -> bool:
        known, text = self.known, self.text
        if q in known:
            return known[q]
        end = q
        while end < len(text) and (text[end] == "、" or _CJK_CHAR.match(text, end)):
            end += 1
        item_end = end  # the next 、 (or the run's end) after the position being settled
        for y in range(end - 1, q - 1, -1):
            ok = _LAUNCH_TAIL.match(text, y) is not None
            if not ok and text[y] == "、":
                # an item: 2-14 characters and a suffix, ending before the next 、, where the list goes on
                ok = any(known.get(z, False) and any(text.endswith(x, 0, z) and 2 <= z - len(x) - y - 1 <= 14
                                                     for x in _LAUNCH_SUFFIXES)
                         for z in range(y + 5, min(y + 18, item_end) + 1))
            known[y] = ok
            if text[y] == "、":
                item_end = y
        return known.get(q, False)  # q at the run's end: no launch


def _launched_matches(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, name end, end) of each name of a launched body (see _launched_bodies): the shortest name of
    2-14 characters and a suffix, after a clause boundary, that a launch follows (at once or after a list)."""
    if not any(w in text for w in _LAUNCH_WORDS):
        return
    launched = _LaunchedListEnd(text)
    last = 0
    # A name, its list and its launch lie in one run of characters and 、: only runs holding both a launch
    # word and a suffix are read (trying every clause start of every text was a fifth of a rules-only pass).
    for run in _LAUNCH_RUN.finditer(text):
        seg = run.group()
        if not any(w in seg for w in _LAUNCH_WORDS) or not any(x in seg for x in _LAUNCH_SUFFIXES):
            continue
        for m in _LAUNCH_START.finditer(text, run.start(), run.end()):
            s = m.start()
            if s < last:
                continue
            launched(s)  # settle the run from its lowest position asked
            for n in range(2, 15):
                if s + n > len(text) or not _CJK_CHAR.match(text, s + n - 1):
                    break
                x = next((x for x in _LAUNCH_SUFFIXES if text.startswith(x, s + n) and launched(s + n + len(x))), None)
                if x is not None:
                    last = s + n + len(x)
                    yield s, s + n, last
                    break


_CAS = ("中国科学院", "中科院")
_NOT_A_LAUNCHED_NAME = re.compile("[各该本每一二三四五六七八九十百千两多个家批类级0-9]|^[省市县区州旗盟镇乡村国全新]|^(?:新型|高等|重点|专业|行业)")
# A time word at the clause head dates the launch, no word of the name: 同年人工智能研究院挂牌成立 (review13).
_LAUNCH_TIME_HEAD = re.compile("(?:同年|当年|今年|去年|明年|上年|年内|年底|年末|年初|近年|随后|此后|其后|同期|目前|现已)(?=..)")


def _launched_bodies(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for s, name_end, e in _launched_matches(text):
        name = text[s:name_end]
        if (head := _LAUNCH_TIME_HEAD.match(name)):
            s, name = s + head.end(), name[head.end():]
        words = shared_words(name.replace("与", "，"))
        tags = function_word_tags()
        if any(f.start < e and s < f.end for f in found) or _NOT_A_LAUNCHED_NAME.search(name) or "的" in name \
                or words[0] in _KIND_WORDS or words[-1] in _KIND_WORDS or name.startswith(_CAS) \
                or (tags.get(words[0], "n").startswith(("v", "p", "c", "d", "r")) and tags.get(words[0]) != "vn"):
            continue  # 推动行业协会成立: the clause's verb before a kind (融合创新 inside a name is its field);
            # 中国科学院…研究所 is DEPT by the dev gold's majority
        out.append(Mention("ORG", s, e, "org.name", {}, priority=PRIORITY["org.name"]))
    return out


# A school is as often named by its place and a short form of its kind (安庆师大、安庆医专、桐城师专; 扩大安庆一中的
# 招生规模: 安庆 report; probe org49w), as 西北农大 is (dev Shaanxi 2026). The place must be a division's name or
# short name ending right before the short form; 中 of 一中 before 心/全 is another word (一中心).
_SCHOOL_SHORT = compile_cached("(?:[一二三四五六七八九十]{1,2}中(?![心全华国学央])|师大|师院|师专|医专|医高专|工大|农大|财大|职院|高专|幼专)"
                               "(?![学院校生])")


# Universities by the short names that are also words or places (清华 opens 清华附中, 北大 北大荒), taken only as items of
# a list of universities: 北大、清华等高校以及中国科学院等科研院所 (人民日报 1998, probe org58n), 复旦大学、浙大等. The
# name stands between list marks (、和及与 or the list's 等) and the list names universities (等高校, another 大学).
_UNIVERSITY_SHORTS = compile_cached("北大|清华|复旦|浙大|交大|上海交大|西安交大|北师大|华东师大")
_UNIVERSITY_LIST_MARK = frozenset("、和及与")
_UNIVERSITY_LIST_CLASS = compile_cached("等(?:[0-9一二三四五六七八九十几多]+所)?(?:重点|知名|著名|国内外|国内|一流)?(?:高校|高等院校|院校|大学|名校)")


def _listed_university_shorts(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _UNIVERSITY_SHORTS.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else ""
        after = text[end : end + 1]
        if (before and before not in _ORG_STOP and _ORG_NAME_CHAR.match(before)) or not after \
                or (after not in _UNIVERSITY_LIST_MARK and after != "等"):
            continue
        if after == "等" and not _UNIVERSITY_LIST_CLASS.match(text, end):
            continue
        # The clause around it: another item a university (…大学, a short name) or the list's class after it.
        lo = max(0, start - 30)
        clause_start = max(text.rfind(c, lo, start) for c in "，。；：\n") + 1
        hi = min(len(text), end + 30)
        stops = [i for i in (text.find(c, end, hi) for c in "，。；：\n") if i >= 0]
        clause_end = min(stops) if stops else hi
        clause = text[clause_start:clause_end]
        if _UNIVERSITY_LIST_CLASS.search(clause) or "大学" in clause:
            out.append(Mention("ORG", start, end, "org.name", {}, priority=PRIORITY["org.name"]))
    return out


def _place_school_shorts(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    places = _place_words()
    for m in _SCHOOL_SHORT.finditer(text):
        k = m.start()
        s = next((k - n for n in range(4, 1, -1) if k - n >= 0 and text[k - n : k] in places), -1)
        if s < 0 or any(f.start < m.end() and s < f.end for f in found):
            continue
        if s > 0 and text[s - 1] in "省市县区州旗" and any(text[j:k] in places for j in range(max(0, s - 4), s - 1)):
            continue  # the place ends a longer division's name: that name's school is the suffix rule's
        out.append(Mention("ORG", s, _campus_end(text, m.end()), "org.name", {}, priority=PRIORITY["org.name"]))
    return out


# A firm or body whose name opens a named site's (a base, a park) is a word of the site's name, as a place inside
# a DEPT or ORG is (guide: LOC v2.2 rule 3, sites are LOC as a whole): 联想创新园 (dev Tianjin 2026), 上合组织农业
# 基地 (dev Shaanxi 2026), 中国原子能科学院葫芦岛基地 (dev Liaoning 2026). A firm before its 总部 stays (新紫光北方
# 总部, 中资信创总部: dev Tianjin): a headquarters is the firm's own seat, no site.
_SITE_AFTER_ORG = re.compile(f"(?:(?![{''.join(sorted(_ORG_STOP))}])[{_CJK}]){{0,5}}?(?:基地|创新园|产业园|科技园|工业园)")


# A verb between the firm and the site makes the firm the actor, the site its object (联想集团投资建设产业园, 比亚迪公司
# 新建研发基地, 华为打造创新园): the firm is an ORG of its own.
_VERB_BEFORE_SITE = re.compile("建设|新建|投资|打造|建成|建立|创建|组建|共建|援建|筹建|兴建|扩建|设立|布局|落地|落户|入驻|进驻|"
                               "引进|规划|申报|获批|成立|运营|管理|拥有|依托")


# A works named by the firm and its capacity is the firm's project, as a phase makes one (长江存储二期): 延长石油150亿方/年
# 天然气产能倍增工程 (dev Shaanxi 2026 report, unmarked). The phrase from the figure to 工程 or 项目 holds no clause stop;
# a figure that ends the firm's clause (促进延长石油千万吨原油稳产: Shaanxi 2026 report) names no works.
_WORKS_AFTER_ORG = compile_cached(f"[0-9０-９.]+[^，。；：、等\n]{{0,24}}?(?:工程|项目)(?=[，。；：、等\n]|$)")


def _drop_site_openers(text: str, found: list[Mention]) -> list[Mention]:
    """Drop the ORGs that open a site's name (联想创新园, 上合组织农业基地) or a works's with its capacity
    (延长石油150亿方/年天然气产能倍增工程)."""
    return [x for x in found if x.label != "ORG" or not (
        ((m := _SITE_AFTER_ORG.match(text, x.end)) and not _VERB_BEFORE_SITE.search(m.group()))
        or _WORKS_AFTER_ORG.match(text, x.end))]


# A body's party committee or branch honoured as a collective is that body's internal unit and one span with
# it, as a department's unit is (首都医科大学附属北京地坛医院党委等150个集体: 人民日报 2020 公示; 对市人民医院党委
# 等26个先进集体…予以表彰: 金坛市卫生局 2014; probe org34). Before a post (党委书记, 党委委员) it is the post's.
_PARTY_UNIT = re.compile("党委|党总支|党支部")
_NOT_AFTER_PARTY_UNIT = set("书副委常成班会组宣统纪办")


def _party_committees(text: str, found: list[Mention]) -> list[Mention]:
    if "党" not in text:
        return found
    out = []
    for x in found:
        u = _PARTY_UNIT.match(text, x.end) if x.label == "ORG" else None
        if u is not None and text[u.end() : u.end() + 1] not in _NOT_AFTER_PARTY_UNIT:
            x = Mention(x.label, x.start, u.end(), x.source, x.attrs, priority=x.priority)
        out.append(x)
    return out


# Universities' short names that open the names of their schools, hospitals and colleges only (alone they are
# words: 北大, 清华; org_names leaves them out): 北大附中云南实验学校小学部 (昆明日报 2015), 北大经济学院 (郑州日报
# 2018; probe org34), 清华附中湾区学校 (天河区 2026 notice); their institutes in a region or city likewise:
# 浙江大学、省农科院、清华长三角研究院 (浙发改高技〔2019〕438号; probe org38), 北大深圳研究生院. A school named after the attached one is one name with it.
# 人大 is the people's congress as often: it opens only its attached schools (人大附中), never 人大代表…学院. The
# short name starts a word (南开 in 河南开封 does not).
# Their own hospitals, numbered or named by their field: 北大第一医院, 北大人民医院, 川大华西医院, 北大医院 (the hospitals'
# usual names); a hospital a place names after it is its branch, one name with it as 上海市第一人民医院酒泉医院 is:
# 北大第一医院宁夏妇儿医院 (Ningxia 2026 report; probe org57w).
_SHORT_UNIVERSITY_HOSPITAL = "(?:第[一二三四五六七八九]|人民|口腔|肿瘤|精神|儿童|妇儿|华西|中山|同济|协和|湘雅)?医院"
_BRANCH_HOSPITAL = compile_cached(f"[{_CJK}]{{2,8}}?医院")
_UNIVERSITY_SHORT_UNIT = re.compile(
    f"(?:北大|清华|复旦|浙大|南开|北师大|华师大|交大|川大|武大)(?!学|大学|荒)"  # not 清华大学, 四川大学, 北大荒
    f"(?:附中|附小|附属(?:中学|小学|医院|实验学校)|医学部|{_SHORT_UNIVERSITY_HOSPITAL}"
    f"|[{_CJK}]{{2,6}}?(?:学院|研究生院|研究院)(?![{_CJK}]{{0,2}}(?:院长|书记)|路|街))"
    f"|人大(?:附中|附小|附属(?:中学|小学|实验学校))")


_ATTACHED_SCHOOL = compile_cached(f"[{_CJK}]{{2,6}}?(?:实验学校|学校|中学|小学|分校)")


def _university_short_units(text: str, found: list[Mention]) -> list[Mention]:
    units = [u for u in _UNIVERSITY_SHORT_UNIT.finditer(text)
             if text[u.start() - 1 : u.start()] not in ("东", "西") and text[u.end() - 1 : u.end() + 1] != "荒"
             and at_word_start(text, u.start(), u.start() + 2)]
    if not units:
        return found
    by_start: dict[int, Mention] = {}
    for x in found:
        if x.label == "ORG" and (x.start not in by_start or x.end > by_start[x.start].end):
            by_start[x.start] = x
    drop, add = set(), []
    for u in units:
        s, e = u.span()
        if any(c in _ORG_STOP for c in text[s:e]):
            continue
        nxt = by_start.get(e)
        if nxt is not None and text.endswith(("附中", "附小"), s, e) \
                and re.search("学校|中学|小学|幼儿园", text[nxt.start : nxt.end]):
            drop.add(id(nxt))  # 北大附中 + 云南实验学校小学部: one school
            e = nxt.end
        elif text.endswith("医院", s, e) and (b := _BRANCH_HOSPITAL.match(text, e)) \
                and not any(c in _ORG_STOP for c in b.group()) and any(text[e : e + k] in _place_words() for k in (2, 3)):
            if nxt is not None and nxt.end == b.end():
                drop.add(id(nxt))
            e = b.end()  # 北大第一医院 + 宁夏妇儿医院: the branch hospital a place names after it
        elif text.endswith(("附中", "附小"), s, e) and (w := _ATTACHED_SCHOOL.match(text, e)) \
                and not any(c in _ORG_STOP for c in w.group()):
            e = w.end()  # 清华附中 + 湾区学校, which no place opens
        add.append(Mention("ORG", s, _campus_end(text, e), "org.name", {}, priority=PRIORITY["org.name"]))
    return [x for x in found if id(x) not in drop] + add


# A renaming names the old and the new name in quotes: “纸都实验学校”命名为“顺湖中学”, “耒阳市第一实验幼儿园”命名为
# “耒阳市第二幼儿园” (耒阳市教育局 2019 校名公示; probe org34), as “某某县人民医院”更名为“某某县第一人民医院”.
# Both are names without a place before them; a quoted phrase that is a kind (“省级示范幼儿园”) or a description
# (“市环保局原机关大院改建学校”) is none.
_RENAMED_PAIR = compile_cached(f"“([{_CJK}]{{2,20}}?)”(?:命名|更名|改名|定名)为“([{_CJK}]{{2,12}}?)”")
_RENAMED_NAME_END = re.compile("(?:中学|小学|学校|幼儿园|医院|卫生院|大学|学院|公司)$")


def _renamed_pairs(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "名为“" not in text:
        return out
    classes = _school_classes()
    for m in _RENAMED_PAIR.finditer(text):
        for g in (1, 2):
            name = m.group(g)
            head = _RENAMED_NAME_END.sub("", name)
            if name == head or len(head) < 2 or head in classes or any(c in _ORG_STOP for c in name) \
                    or any(head.startswith(c) and head[len(c):] in classes for c in classes) \
                    or re.search("[局委厅办府]|原|改建|新建", head):
                continue
            out.append(Mention("ORG", m.start(g), m.end(g), "org.list", {}, priority=PRIORITY["org.list"]))
    return out


# A group's prefix before the place that opens its company's name.
_GROUP_PREFIXES = ("国网",)
# What may stand between a group and its branch company's place: a business word, no punctuation.
_BRANCH_GAP = compile_cached(f"[{_CJK}]{{0,4}}")


def _group_branches(text: str, found: list[Mention]) -> list[Mention]:
    """A group's branch company in a place is one name with the group: 上汽集团乘用车福建分公司 (宁德 2025 news;
    probe org32) was 上汽集团 and 福建分公司; the group ends with 集团/公司 or is a known name (中国石化, 人保财险)."""
    heads = {}
    for x in found:
        if x.label == "ORG" and (text.endswith(("集团", "公司"), x.start, x.end) or x.source == "org.name"):
            heads.setdefault(x.end, x)
    if not heads:
        return found
    drop, add = set(), []
    for x in found:
        # An insurer's branch in a county or city is a 支公司 or 中心支公司: 人保财险东阳支公司 (东阳 2012; probe org50p).
        if x.label != "ORG" or not text.endswith(("分公司", "支公司"), x.start, x.end) \
                or max(_longest(_org_openers()[0], text, x.start), _longest(_org_openers()[1], text, x.start)) <= x.start:
            continue  # a county's short name opens the branch too (东阳支公司)
        for gap in range(0, 5):
            h = heads.get(x.start - gap)
            if h is not None and h is not x and _BRANCH_GAP.fullmatch(text, h.end, x.start) \
                    and not any(c in _ORG_STOP for c in text[h.end : x.start]):  # 上汽集团和福建分公司: two parties
                drop.update((id(h), id(x)))
                add.append(Mention("ORG", h.start, x.end, x.source, {}, priority=x.priority))
                break
    if not add:
        return found
    return [x for x in found if id(x) not in drop] + add


def _after_city_of_site(text: str, start: int, suffix_start: int) -> int:
    """Start of a province's body after the city it stands in: 前往杭州浙江省物产集团 is 杭州 (a LOC) and
    浙江省物产集团 (仙居 news; probe org29). No name opens with a city and then a whole province."""
    places = _org_openers()[0]
    p = _longest(places, text, start)
    if p < 0 or p >= suffix_start:
        return start
    q = _longest(places, text, p)
    if q > p and q < suffix_start and text.endswith(("省", "自治区"), p, q):
        return p
    return start


# Verbs that found a body: the name after one is its own (组建大米协会和水稻种子研究所: 肇源县 2021 report).
_FOUNDING = ("组建", "成立", "设立", "筹建", "创办", "组建了", "成立了", "设立了")
# Suffixes of bodies a county or city founds by name without a place before it.
_FOUNDED_SUFFIXES = ("协会", "学会", "商会", "研究会", "促进会", "联合会", "联盟", "研究所", "产业研究院", "产业技术研究院")
# Words of a name that make it a kind of body, not one body (成立行业协会, 组建专业合作社, 设立村级联合会).
_KIND_WORDS = frozenset(("行业", "专业", "产业", "各类", "相关", "村级", "乡级", "镇级", "基层", "地方", "农民", "社会",
                         "民间", "企业", "新型", "群众", "志愿者", "老年", "妇女", "青年", "慈善", "自律"))
# Class words a firm's name follows as an apposition (世界500强企业碧桂园集团).
_FIRM_CLASSES = ("企业", "央企", "国企", "民企", "外企")


def _name_by_context(text: str, start: int, suffix_start: int, end: int, found: list[Mention]) -> int:
    """Start of a name with no place before it that its context shows is one body's, or -1: an item right after
    another ORG in a list (湖北省小龙虾产业技术研究院、绿色化工产业技术研究院: 湖北日报; 碧桂园集团、恒大地产集团:
    锦州 2018 news), a body a verb founds (组建大米协会: 肇源县 2021 report), a group after the class it belongs to
    (世界500强企业碧桂园集团), a township's society (安良镇商会). Probe org25."""
    name = text[start:suffix_start]
    if not 2 <= len(name) <= 10 or any(c in _ORG_STOP for c in name) or _NOT_AN_ENTERPRISE.search(name) \
            or name in _place_words():
        return -1
    words = shared_words(name)
    tags = function_word_tags()
    suffix = text[suffix_start:end]
    founded = suffix in _FOUNDED_SUFFIXES and text.endswith(_FOUNDING, 0, start)
    # A verbal noun names a founded society's field (组建省区域国别研究联盟: dev Jiangxi 2026; 成立产教融合促进会);
    # elsewhere it may be the clause's own verb.
    if any(w in _KIND_WORDS or w in _NOT_IN_RARE_NAME
           or (len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "r")) and not (founded and tags.get(w) == "vn"))
           for w in words):
        return -1
    if founded and any(tags.get(w) != "vn" for w in words):
        return start  # 组建研究联盟 names no field: a kind
    if suffix in ("公司", "集团") and text.endswith(_FOUNDING, 0, start) and _rare_name(name):
        # A firm a government founds by a coined name: 组建吉翼具身智能机器人公司 (dev Jilin 2026 report); a kind
        # (组建平台公司, 成立国有资本投资公司) holds no coined word.
        return start
    if suffix in _SOCIETIES + ("商会",) and name in townships():
        return start  # a township's chamber or association (安良镇商会被评为全省“四好商会”: 郏县 2024 report)
    tok, _ = shared_jieba()
    if tok.FREQ.get(name, 0) >= _RARE_WORD:
        return -1  # one common word (职业学院, 文化公司) is a kind
    before = text[start - 1] if start > 0 else ""
    if before in "、和及与" and found and found[-1].end == start - 1 and len(name) >= 3:
        return start
    if suffix in ("集团", "集团公司") and text.endswith(_FIRM_CLASSES, 0, start) and not text.endswith("企业集团", 0, end):
        return start
    return -1


def _short_mentions(text: str, found: list[Mention]) -> list[Mention]:
    """A body named once with its place and again without it (庐江县春清茶叶种植专业合作社 … 春清茶叶种植专业合作社
    目前入社社员378人: 安徽 2020 news; probe org25). The rest must open with a coined name (春清), not a kind
    (第一人民医院)."""
    places = _org_openers()[0]
    out = []
    seen = set()
    for m in found:
        p = _longest(places, text, m.start)
        if text[m.start:m.end] in seen:
            continue
        if p < 0:
            rest = _brand_of_company(text[m.start:m.end])
            if rest is None:
                continue
        elif m.end - p < 5:
            continue
        else:
            rest = text[p:m.end]
            suffix = next((x for x in _org_suffix().finditer(rest) if x.end() == len(rest)), None)
            if suffix is None or suffix.start() < 4 or not _rare_name(rest[:4]):
                continue
        seen.add(text[m.start:m.end])
        i = text.find(rest)
        while i >= 0:
            if not any(o.start <= i < o.end for o in found) and (i == 0 or not _ORG_NAME_CHAR.match(text[i - 1]) or text[i - 1] in _ORG_STOP):
                out.append(Mention("ORG", i, i + len(rest), "org.suffix", {}, priority=PRIORITY["org.suffix"]))
            i = text.find(rest, i + 1)
    return out


# The word a firm's short form ends with: the legal form and the industry words are dropped, 公司 or 集团 stays.
def _firm_short_forms(text: str, found: list[Mention]) -> list[Mention]:
    """A firm named in full and later by the head of its own name and 公司 (三眼泉供水有限公司 … 三眼泉公司要安排
    人员24小时轮班值守: 澧县 2022 news; probe org56p). The head is whole words of the name after its place
    (三眼|泉 of 三眼泉|供水), of two characters or more, no common word alone nor a place, and the short form
    comes after the full name, at a word boundary. Each 公司 or 集团 of the text is read once against the heads."""
    if "公司" not in text and "集团" not in text:
        return []
    places = _org_openers()[0]
    tok, _ = shared_jieba()
    heads: dict[str, int] = {}  # a head -> where its firm's first full name ends
    for m in found:
        if m.label != "ORG" or not text.endswith(_LEGAL_FORMS, m.start, m.end):
            continue
        p = _longest(places, text, m.start)
        base = text[max(p, m.start):m.end]
        base = next(base[: -len(f)] for f in _LEGAL_FORMS if base.endswith(f)).removesuffix("集团")
        if len(base) < 3 or not _CJK_RUN.fullmatch(base):
            continue
        k = 0
        for w in shared_words(base)[:-1]:
            k += len(w)
            head = base[:k]
            # A head ending in a common word of two characters or more is a kind of firm, no short form of this
            # one: 国有资本投资公司 (one of the reform's two classes), 城市建设公司, 农业产业化集团 (review24)
            if k >= 2 and head not in _place_words() and (k >= 4 or tok.FREQ.get(head, 0) < _RARE_WORD) \
                    and (len(w) < 2 or tok.FREQ.get(w, 0) < _COMMON_HEAD_WORD):
                heads[head] = min(heads.get(head, m.end), m.end)
    if not heads:
        return []
    longest = max(map(len, heads))
    taken = bytearray(len(text) + 1)
    for f in found:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    out: list[Mention] = []
    for t in _FIRM_SHORT_TAIL.finditer(text):
        i = t.start()
        for n in range(min(longest, i), 1, -1):
            after = heads.get(text[i - n : i])
            if after is None:
                continue
            b = i - n
            if b >= after and (b == 0 or text[b - 1] in _ORG_STOP or not _ORG_NAME_CHAR.match(text[b - 1])) \
                    and not any(taken[b : t.end()]):
                out.append(Mention("ORG", b, t.end(), "org.suffix", {}, priority=PRIORITY["org.suffix"]))
            break
    return out


_COMMON_HEAD_WORD = 1000  # jieba frequency from which a word is an industry's or a field's (投资, 建设, 旅游)
# 集团化, 公司化, 公司制 are words of their own (推动文化旅游集团化发展, 公司制改革): no firm ends inside them (review24).
_FIRM_SHORT_TAIL = compile_cached("(?:公司|集团)(?![化制])")


# A firm's own hospital is named by the firm and 医院 (平煤集团总医院 beside 平煤集团 among award winners:
# 平政〔2010〕9号; probe org56p): one ORG, as a university's affiliated hospital is.
_FIRM_HOSPITAL = compile_cached("(?:总|职工|中心)?医院")


def _firm_hospitals(text: str, found: list[Mention]) -> list[Mention]:
    if "医院" not in text:
        return found
    out = []
    for m in found:
        h = _FIRM_HOSPITAL.match(text, m.end) if m.label == "ORG" and text.endswith(("集团", "公司"), m.start, m.end) else None
        if h is not None:
            m = Mention("ORG", m.start, _campus_end(text, h.end()), m.source, m.attrs, priority=m.priority)
        out.append(m)
    return out


# A bank's branch in another place listed after a branch of the same bank, its bank unsaid: 中国工商银行福建分行
# 副行长、福州分行行长周灿森 (福清 2022 news; probe org56p). The central bank's branches are DEPT (guide): none
# follows one of them.
_SIBLING_BRANCH = compile_cached(f"(?<=[、，,和及与])([{_CJK}]{{2,6}}?)(?:分行|支行)")


def _sibling_branches(text: str, found: list[Mention]) -> list[Mention]:
    if "分行" not in text and "支行" not in text:
        return []
    banks = sorted((o for o in found if o.label == "ORG" and text.endswith(("分行", "支行"), o.start, o.end)
                    and "人民银行" not in text[o.start:o.end]), key=lambda o: o.end)
    if not banks:
        return []
    ends = [o.end for o in banks]
    # where sentences end and the central bank is named: each read once, found by bisection
    stops = [x.start() for x in _BRANCH_BREAK.finditer(text)]
    taken = bytearray(len(text) + 1)
    for f in found:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    out = []
    for b in _SIBLING_BRANCH.finditer(text, banks[0].end):
        if b.group(1) not in _place_words() or any(taken[b.start() : b.end()]):
            continue
        k = bisect.bisect_right(ends, b.start()) - 1
        if k < 0:
            continue
        j = bisect.bisect_left(stops, ends[k])
        if j < len(stops) and stops[j] < b.start():
            continue  # a sentence end or the central bank between the bank's branch and this one
        out.append(Mention("ORG", b.start(), b.end(), "org.name", {}, priority=PRIORITY["org.name"]))
    return out


_BRANCH_BREAK = compile_cached("[。；;\n]|人民银行|人行")


def _brand_of_company(name: str) -> str | None:
    """The brand a company with no place before it is named by again, or None: its legal name less the
    legal form and the industry word (上汽通用五菱汽车股份有限公司 … 上汽通用五菱将快速形成…双百万: 广西日报 2023,
    probe org31). The brand must hold 4 characters or more; shorter ones are common words too often."""
    base = next((name[: -len(f)] for f in _LEGAL_FORMS if name.endswith(f)), None)
    if base is None:
        return None
    base = base.removesuffix("集团")
    head = next((h for h in _brand_heads() if base.endswith(h)), "")
    brand = base[: len(base) - len(head)]
    if len(brand) < 4 or any(c in _ORG_STOP for c in brand) or not _CJK_RUN.fullmatch(brand) \
            or brand.endswith(_SITE_BRANDS) or brand in _natural_features() or brand in _infrastructure():
        return None
    # A phrase of the language is no brand (乡村振兴投资有限公司 … 乡村振兴是全党的大事, 城市更新: one
    # dictionary word, or a word of action or function in it).
    words = shared_words(brand)
    tags = function_word_tags()
    if len(words) == 1 or any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "f", "u", "r", "m", "q"))
                              for w in words):
        return None
    return brand


# A state firm named after the site it builds or runs: its bare name is the site (平陆运河集团有限公司 …
# 平陆运河一期工程已完成70%: 广西日报 2023, probe org31).
_SITE_BRANDS = ("运河", "河", "江", "湖", "山", "港", "机场", "铁路", "大桥", "水库", "电站", "码头", "隧道", "通道")


# A hospital named by a bare level and its kind is the document's own division's hospital, an ORG (guide:
# hospitals are not government bodies; dept.py drops them as DEPT): 加快推进区妇幼保健院、区第六人民医院建设,
# 推进区第一人民医院(天津医院)…创建三级医院 (万州 2021 plan); 縣人民醫院成為三級綜合醫院, 建成縣婦幼保健院新院區
# (蕲春县 2021 report, traditional script). Probe locorg22.
# 县中医院 is as common as 县中医医院 (仙居 news: 县卫计局、县中医院相关负责人; probe org29).
_OWN_LEVEL_HOSPITAL = re.compile("[省市县區区縣](?:第[一二三四五六七八九十]+)?"
                                 "(?:(?:人民|中医|中西医结合|妇幼|婦幼|妇女儿童|儿童|口腔|精神病?|传染病)(?:医院|醫院|保健院)|中[医醫]院)")


def _own_level_hospitals(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    for m in _OWN_LEVEL_HOSPITAL.finditer(text):
        s = m.start()
        if any(f.start < m.end() and s < f.end for f in found) \
                or any(text[s + 1 - k : s + 1] in _place_words() for k in range(3, 7) if s + 1 - k >= 0):
            continue  # a named division's hospital (万州区第一人民医院) is the suffix rule's; 建成|縣 is no 成县
        if s > 0 and (text[s - 1] in "各级所家个座" or (text[s - 1] == "、" and s > 1 and text[s - 2] in "省市县区縣區")):
            continue  # a class of hospitals: 各县人民医院, 市、县人民医院, 500所县中医院 (a count)
        # Its campus belongs to it, as to a named hospital (朝阳医院东院): 省人民医院南院…等医疗项目投入使用 (Hainan
        # 2026 report; probe org46w).
        out.append(Mention("ORG", s, _campus_end(text, m.end()), "org.suffix", {}, priority=PRIORITY["org.suffix"]))
    return out


# A hospital named without a place (安贞医院, 积水潭医院, 首儿所附属儿童医院) is one hospital where a campus
# or a new campus of it is named: 安贞医院通州院区基本完工, 积水潭医院回龙观院区二期, 佑安医院新院区基本确定…选址
# (北京市卫健委 2023 summary; probe org29). The name runs from a clause boundary to 医院; a verb in it
# (加快推进妇产医院) or a class word (三级医院, 公立医院) makes none. Its later bare mentions are the same ORG.
_HOSPITAL_BOUNDARY = set("，。、；：！？“”（）()《》【】\n ,;:")
_NOT_A_HOSPITAL_NAME = re.compile("[各级类该本一二三四五六七八九十0-9]|所有|公立|新建|市属|省属|县属|区属|民营|综合|专科|定点|医疗")


# A school so named likewise: 执信中学天河校区 among schools named with their campuses (dev gz-5 admission notice).
_CAMPUS_HEAD = re.compile("医院|中学|小学")


def _campus_named_hospitals(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    names = set()
    tags = function_word_tags()
    for m in _CAMPUS_HEAD.finditer(text):
        s, e = m.start(), m.end()
        campus = _campus_end(text, e)
        if campus == e and not text.startswith("新院区", e):
            continue
        b = s
        while b > 0 and s - b < 8 and text[b - 1] not in _HOSPITAL_BOUNDARY:
            b -= 1
        if not (b == 0 or text[b - 1] in _HOSPITAL_BOUNDARY):
            continue
        name = text[b:s]
        words = shared_words(name)
        # A verb before the name (加快推进妇产医院) makes none; a name that is one word is a name (安定医院).
        if len(name) < 2 or _NOT_A_HOSPITAL_NAME.search(name) \
                or any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "r")) for w in words[:-1]):
            continue
        if any(f.start < campus and b < f.end for f in found):
            continue
        out.append(Mention("ORG", b, campus, "org.suffix", {}, priority=PRIORITY["org.suffix"]))
        names.add(text[b:e])
    for name in names:
        for m in re.finditer(re.escape(name), text):
            a, z = m.start(), m.end()
            if any(f.start < z and a < f.end for f in found + out):
                continue
            if a > 0 and text[a - 1] not in _HOSPITAL_BOUNDARY and text[a - 1] not in _ORG_STOP:
                before = shared_words(text[max(0, a - 4):a])
                if not before or not tags.get(before[-1], "n").startswith("v"):
                    continue  # after a verb (组织宣武医院与…签署) the name stands alone

            out.append(Mention("ORG", a, z, "org.suffix", {}, priority=PRIORITY["org.suffix"]))
    return out


# Schools listed by their own short names in an award or assessment list: 郊区教育局授予荫营中学、三郊中学、…
# 河底联校、育才小学、…文苑幼儿园“2023年度教育工作先进集体”称号 (阳泉郊区 2024 news); 荫营二中 is a
# school's numbered short name. Two or more items of the list must be schools, and a name that is a
# kind of school (农村小学、城镇小学) makes none (org_school_classes).
_SCHOOL_LIST = compile_cached(f"[{_CJK}]{{3,16}}(?:[、和及与][{_CJK}]{{3,16}})+")
# 一完小 is a county's numbered 完全小学 by its short name, 实验学校 a named kind (澧县教育局 2016 招生通知).
_SCHOOL_ITEM = re.compile(f"([{_CJK}]{{2,6}}?)(初级中学|高级中学|中学|小学|幼儿园|双语学校|实验学校|学校|联校|初中|[一二三四五六七八九十]中)"
                          "|()([一二三四五六七八九十]完小)")
# The last character of a _SCHOOL_ITEM (中学, 幼儿园, 学校, 二中) at the end of a list item.
_SCHOOL_ITEM_END = re.compile("[学园校中](?=[、和及与]|\\Z)")
# A list item that ends as a school's name does, and another item after it: a list that has two
# such items holds one (the last may end the list). Only the runs of list characters around one
# are scanned: a match of _SCHOOL_LIST never takes another character, so the scan restarts at
# each run and its matches there are those of the whole-text scan (most runs hold none).
_SCHOOL_END_JOINED = re.compile("[学园校中][、和及与]")
_LIST_RUN_REST = re.compile(f"[{_CJK}、]*")
# What opens a list's first item and is no part of its name.
_SCHOOL_LEAD = re.compile("(?:授予|表彰|命名|确定|认定|评为|推荐|包括|如|对|向|给予|为|有|是)")


@lru_cache(maxsize=1)
def _school_classes() -> frozenset[str]:
    return frozenset(load_words("org_school_classes")) | frozenset(load_words("loc_slogan_prefixes"))


def _school_list_matches(text: str):
    """``_SCHOOL_LIST.finditer(text)``'s matches in the runs that can hold two schools."""
    run_end = 0
    for j in _SCHOOL_END_JOINED.finditer(text):
        q = j.start()
        if q < run_end:
            continue  # in the run just scanned
        start = q
        while start > run_end and ("\u4e00" <= text[start - 1] <= "\u9fff" or "\u3400" <= text[start - 1] <= "\u4dbf"
                                   or text[start - 1] == "、"):
            start -= 1
        run_end = _LIST_RUN_REST.match(text, q).end()
        yield from _SCHOOL_LIST.finditer(text, start, run_end)


def _spaced_name_end(text: str, norm, i: int) -> bool:
    """Whether a space of the original, which normalization removed, stands before clean character ``i``
    right after a complete organization's name (its suffix ends there): a list's next item starts at ``i``."""
    if norm is None or norm.text != text or not 2 <= i < len(norm.index):
        return False
    gap = norm.original[norm.index[i - 1] + 1 : norm.index[i]]
    if not gap or gap.strip():
        return False  # a space or a line break the normalization joined, not a character of the text
    # A name wrapped at its legal form or its branch goes on past the break (…集团\n有限公司, …大学\n附属中学).
    if _org_suffix().match(text, i) or text[i] in "附分第":
        return False
    return any(m.end() == i for m in _org_suffix().finditer(text, max(0, i - 8), i))


# A township's school by its town's name: 官垸镇中学, 小渡口镇中学 (澧县教育局 2016 招生通知), 洞河镇中心学校
# (紫政发〔2015〕3号). The town's name is two characters, or three where a line or a stop opens it; what
# makes the town a class (乡镇中学, 全镇小学, 各乡中心学校) is no name.
_TOWN_SCHOOL = compile_cached("[镇乡](?:中心学校|中心小学|初级中学|九年制学校|中学|小学)")
_NOT_A_TOWN = set("乡镇城村集全各本该每一两个县市区省新老大小")


def _town_school_start(text: str, p: int) -> int:
    for n in (3, 2):
        s = p - n
        if s < 0:
            continue
        name = text[s:p]
        if any(c in _ORG_STOP or not _NAME_CHAR.match(c) for c in name) or text[p - 1] in _NOT_A_TOWN:
            continue
        if n == 3 and not _starts_an_org(text, s):
            continue
        if n == 2 and name[0] in _NOT_A_TOWN:
            return -1
        return s
    return -1


def _township_schools(text: str, found: list[Mention]) -> list[Mention]:
    out = []
    # The longest reach of the mentions starting at or before each start: one bisect per school, not a
    # scan of every mention (an annex of thousands of schools).
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    for m in _TOWN_SCHOOL.finditer(text):
        s = _town_school_start(text, m.start())
        if s < 0 or text[s : m.start()] in _school_classes():
            continue
        # A name the suffix rule already holds from a place (城关镇兴田小学) or a longer one keeps its span.
        k = bisect.bisect_right(starts, s)
        if k and reach[k - 1] >= m.end():
            continue
        out.append(Mention("ORG", s, m.end(), "org.list", {}, priority=PRIORITY["org.list"] + 1))
    return out


# A table's cell holding a school's name alone, next to a cell of figures: 闸口中学\n88\n2 (澧县教育局 2016 招生
# 计划表). A heading (学校) or a kind (农村小学) makes none.
_TABLE_SCHOOL = compile_cached(f"(?m)^([{_CJK}]{{2,8}}?)(中学|小学|实验学校|中心学校|学校|幼儿园)$(?=\n[0-9]+$)")


def _table_schools(text: str) -> list[Mention]:
    out = []
    for m in _TABLE_SCHOOL.finditer(text):
        name = m.group(1)
        if name in _school_classes() or any(c in _ORG_STOP for c in name) or name.endswith(("乡镇", "城镇", "农村")):
            continue
        out.append(Mention("ORG", m.start(), m.end(), "org.list", {}, priority=PRIORITY["org.list"] + 1))
    return out


def _listed_schools(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "、" not in text:
        return out
    classes = _school_classes()
    for m in _school_list_matches(text):
        if len(_SCHOOL_ITEM_END.findall(m.group())) < 2:
            continue  # fewer than two items end as a school's name does: no list (most matches)
        spans = []
        kinds = 0
        pos = m.start()
        parts = re.split("([、和及与])", m.group())
        for k, item in enumerate(parts):
            if k % 2:
                pos += len(item)
                continue
            s = pos
            pos += len(item)
            if k == 0:
                # The last lead word after which a school's name remains (授予为民小学: 为 is the name's).
                cut = next((e for e in reversed([x.end() for x in _SCHOOL_LEAD.finditer(item)])
                            if _SCHOOL_ITEM.fullmatch(item, e)), 0)
                s += cut
                item = item[cut:]
                # A verb the ORG rules know ends the lead too: 建成玉树河湟中学、达日果育英才学校 (Qinghai 2026 report).
                cut = _cut_descriptors(text, s, s + len(item) - 2) - s
                s += cut
                item = item[cut:]
            t = _SCHOOL_ITEM.fullmatch(item)
            if t is None and k == len(parts) - 1 and (t := _SCHOOL_ITEM.match(item)) is not None \
                    and text[s + t.end()] not in _ORG_STOP:
                t = None  # the list's last item runs into the sentence: 九澧实验学校由县教育局… (澧县 2016) ends at 由
            if t is not None and t.end() < len(item):
                item = item[: t.end()]
            if t is None or item.endswith("中小学"):
                continue  # 城乡中小学 is a kind
            name = t.group(1) if t.group(1) is not None else t.group(4)
            kind = t.group(2) if t.group(2) is not None else "完小"
            if name in classes or any(name.startswith(c) and name[len(c):] in classes for c in classes if len(c) < len(name)) \
                    or any(c in _ORG_STOP for c in name) or (k == 0 and s == m.start() and not _starts_an_org(text, s)):
                continue
            spans.append((s, s + len(item)))
            kinds += kind not in ("学校", "联校", "双语学校")
        # Two schools of a named kind (中学, 小学, 幼儿园, 二中) make the list; 学校 alone is also a kind's
        # word (各种函授刊授学校、广播电视学校、职工轮训学校: 1980s State Council report).
        if len(spans) >= 2 and kinds >= 2:
            out.extend(Mention("ORG", a, b, "org.list", {}, priority=PRIORITY["org.list"]) for a, b in spans)
    return out


# Endings that make a name whatever words it holds: a bracket or 和/同 inside it is part of it.
_STRONG_SUFFIXES = frozenset(("股份有限公司", "有限责任公司", "有限公司", "合作社"))
_BRACKETED = re.compile(f"[{_CJK}]{{1,4}}")


# What a place's one or two characters before 和 make a government body of, so that 和 joins two names: 代表甘肃省政府和
# 中国农业银行股份有限公司在…上签字 (甘肃 2015 银政合作 news; probe org35), 省委和…, 市委和….
_BODY_AFTER_PLACE = frozenset(("政府", "委", "人大", "政协", "党委", "府"))


def _place_then_one(text: str, i: int) -> bool:
    """Whether a place's name ends one or two name characters before ``i`` and opens a clause or follows a verb
    (会见了上海均|和), so the character at ``i`` is inside a name."""
    for k in (1, 2):
        j = i - k
        if j < 2 or not all(_ORG_NAME_CHAR.match(c) and c not in _ORG_STOP for c in text[j:i]):
            continue
        if text[j - 2 : j] in _place_words() or (j >= 3 and text[j - 3 : j] in _place_words()):
            if text[j:i] in _BODY_AFTER_PLACE:
                continue  # a place's government or committee before 和 is a body joined to the next (甘肃省政府和中国农业银行)
            if not any(text[j - n : j] in _place_words() and text[j:i] + text[i] in _place_words() for n in (2, 3)):
                return True
    return False


def _place_before(text: str, i: int) -> bool:
    """Whether a division's name or short name ends right before ``i``."""
    places = _place_words()
    return any(text[i - k : i] in places for k in range(2, 7) if i - k >= 0)


# What a cooperative named only by its place and kind is: a class (四川省农民专业合作社建设工作联席会议,
# 衡水市农民合作社示范社, 四川省第六批农民合作社省级示范社), not a cooperative.
# An honour named for a class is one too: 东阳市紫溪粮食专业合作社等5家合作社为东阳市示范性农民专业合作社
# (东阳市人民政府 2018 涉农先进 decision; probe org47p).
# Family farms and township health centres likewise: 江苏省省级示范家庭农场 (沛县 2020 公示), 四川省第四批家庭农场
# 示范场 (平昌 news), 四川省乡镇卫生院 (probe org48s).
_COOPERATIVE_KIND = re.compile("(?:第[一二三四五六七八九十0-9]+批|农民|专业|农业|林业|股份|经济|省级|市级|县级|国家级|示范性|示范|"
                               "乡镇|鄉鎮)*")
# A place alone before a farm names the class (沛县家庭农场), before a health centre the town's own (仙台镇卫生院).
_CLASS_BY_KIND = frozenset(("合作社", "家庭农场", "家庭牧场"))
_CLASS_BY_KIND_WORD = frozenset(("卫生院", "衛生院"))


_INLAND_CLASS_SCHOOLS = frozenset(("中学", "高中", "学校", "小学"))


def _generic_cooperative(text: str, start: int, suffix_start: int, kind_word: bool = False) -> bool:
    places = _org_openers()[0]
    k = _longest(places, text, start)
    return k > 0 and _COOPERATIVE_KIND.fullmatch(text, k, suffix_start) is not None and not (kind_word and k == suffix_start)


# The telecom carriers and the tower company, named by the place they serve: 庆阳移动、庆阳电信、庆阳联通和
# 庆阳铁塔 (庆阳市工信局 2019 news), 化州移动、化州电信、化州联通共同研讨 (化州 2020 5G meeting news),
# 铜仁联通综合通信楼 is a building (a name word follows: no ORG); or by the carrier and its branch's
# place: 铁塔茂名市分公司 (化州 news), 移动十堰分公司.
_CARRIER = re.compile("移动|联通|电信|铁塔")
# What may follow the short name: a count (化州移动100个), or a verb of the meeting (共同研讨, 分别提出, 汇报).
_AFTER_CARRIER = ("共同", "分别", "汇报", "负责")
_CARRIER_BRANCH = compile_cached(f"([{_CJK}]{{2,5}}?)分公司")


def _carriers(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not _CARRIER.search(text):
        return out
    places = _place_words()
    for m in _CARRIER.finditer(text):
        k, e = m.start(), m.end()
        b = _CARRIER_BRANCH.match(text, e)
        if b and b.group(1) in places and _starts_an_org(text, k):
            out.append(Mention("ORG", k, b.end(), "org.carrier", {}, priority=PRIORITY["org.name"]))
            continue
        s = next((k - n for n in (4, 3, 2) if k >= n and text[k - n : k] in places), -1)
        if s < 0 or not _starts_an_org(text, s):
            continue
        nxt = text[e : e + 1]
        if not nxt or nxt in _ORG_STOP or nxt.isdigit() or not _NAME_CHAR.match(nxt) or text.startswith(_AFTER_CARRIER, e):
            out.append(Mention("ORG", s, e, "org.carrier", {}, priority=PRIORITY["org.name"]))
    return out


def _starts_an_org(text: str, i: int) -> bool:
    """Whether ``i`` starts an organization's name: the text's start, or punctuation or a function word before it."""
    return i == 0 or text[i - 1] in _ORG_STOP or not _NAME_CHAR.match(text[i - 1])


# A securities house or life insurer named by a short name of its own, no place before it: 德邦证券、
# 富泽人寿成功落户 (Shandong 2026 report), 完成国泰海通证券重组更名上市 (Shanghai 2026 report). What
# follows 证券 in a class or market (证券化, 证券市场, 证券公司, 证券投资基金) makes it no name.
_FINANCIAL_FIRM = compile_cached(f"(?=([{_CJK}]{{2}}(?:[{_CJK}]{{2}})?)(?:证券|人寿))")
_NOT_AFTER_FIRM = set("化市场公司交易业投资期货法基金监发")
# Words before 证券 that make it a class of securities, not a house: 私募证券持有人, 单只证券,
# 公募证券, 有价证券 (国办发〔2017〕11号, probe full38n).
_SECURITY_CLASS = frozenset(("私募", "公募", "单只", "每只", "有价", "记账", "存托", "债务", "权益", "衍生"))


def _before_words(text: str, words: tuple[str, ...], offsets: tuple[int, ...]) -> list[int]:
    """The sorted positions ``offset`` characters before an occurrence (overlaps too) of one of
    ``words``: where a zero-width pattern that needs one of them there can match."""
    found: set[int] = set()
    for w in words:
        k = text.find(w)
        while k >= 0:
            found.update(k - o for o in offsets if k >= o)
            k = text.find(w, k + 1)
    return sorted(found)


def _financial_firms(text: str) -> list[Mention]:
    """Securities houses and life insurers whose name is one or two rare words (德邦证券, 国泰海通证券,
    富泽人寿); 资产证券, 私募证券投资 are classes: a common word or a following class word rules them out."""
    tok, _ = shared_jieba()
    out: list[Mention] = []
    taken = -1
    # The pattern opens with a lookahead, which sre tries at every position: it is tried only
    # two and four characters before each 证券 or 人寿 instead (the same matches, in order).
    match = _FINANCIAL_FIRM.match
    for s in _before_words(text, ("证券", "人寿"), (4, 2)):
        m = match(text, s)
        if m is None:
            continue
        name = m.group(1)
        if s < taken:
            continue
        for n in ((name, name[:2]) if len(name) == 4 else (name,)):
            e = s + len(n) + 2
            if text[e - 2 : e] not in ("证券", "人寿") or text[e : e + 1] in _NOT_AFTER_FIRM:
                continue
            parts = [n[i : i + 2] for i in range(0, len(n), 2)]
            if any(c in _ORG_STOP or c in _NOT_SHORT_NAME or not _NAME_CHAR.match(c) for c in n) \
                    or any(tok.FREQ.get(p, 0) >= _RARE_WORD or p in _SECURITY_CLASS for p in parts) \
                    or not (s == 0 or text[s - 1] in _ORG_STOP or at_word_start(text, s, s + 2)):
                continue
            out.append(Mention("ORG", s, e, "org.financial", {}, priority=PRIORITY["org.suffix"]))
            taken = e
            break
    return out


# A school's renaming or upgrade between two names (闽江学院更名大学 Fujian 2026; 海南医学院更名为海南医科大学
# Hainan 2026 and 西藏农牧学院升格为西藏农牧大学 Xizang 2026 stop at 为 already).
_RENAMED = ("更名", "升格")


def _inside_a_name_word(text: str, i: int) -> bool:
    """Whether the function character at ``i`` (等, 和) is inside a longer jieba word that is no
    conjunction, preposition or verb: 高等 in 安庆医药高等专科学校, 协和 in 北京协和医学院 (not 和 in
    政协和社会各界, 加强和改进)."""
    lo = max(0, i - 4)
    words = shared_words(text[lo : i + 5])
    pos = lo
    for w in words:
        if pos <= i < pos + len(w):
            return len(w) >= 2 and not function_word_tags().get(w, "n").startswith(("c", "p", "u", "v"))
        pos += len(w)
    return False


# A school's campus or section belongs to its name: 清华附中湾区学校（智谷校区）, 执信中学天河校区,
# 华南师范大学附属中学初中部.
# A compass campus too: 朝阳医院东院, 徐汇中学南校 (北京市卫健委 2023 summary; 孝义 2024 news; probe org29).
# Web copies write the brackets narrow: 荆门市第一人民医院(北院区) (荆门 2020 notice; probe org30).
_CAMPUS = compile_cached(f"（[{_CJK}]{{1,10}}(?:校区|院区|园区)）|\\([{_CJK}]{{1,10}}(?:校区|院区|园区)\\)|[{_CJK}]{{2,6}}(?:校区|院区)|初中部|高中部|小学部|国际部"
                         "|[东南西北][院校]区?(?!长)")


# A university's institute, branch or centre in a place (北京大学海南研究院: Hainan 2026 report).
_UNIVERSITY_BRANCH = re.compile(f"([{_CJK}]{{2,4}}?)(?:研究院|研究中心|分院|分校)")


# An international organization's office, committee or institute named after it is one ORG:
# 联合国粮农组织海南项目合作办公室 (Hainan 2026 report), 联合国教科文组织保护非物质文化遗产政府间委员会
# (Fujian 2026 report), as 联合国教科文组织国际STEM教育研究所 (Shanghai 2026 report).
_INTERNATIONAL_UNIT = compile_cached(f"[{_CJK}A-Za-z]{{2,20}}?(?:办公室|委员会|研究所|研究中心|代表处|办事处)")


def _unit_end(text: str, end: int) -> int:
    u = _INTERNATIONAL_UNIT.match(text, end)
    return u.end() if u and not any(c in _ORG_STOP for c in u.group()) else end


# A university's own innovation centre named after it, with a field or region between:
# 北京大学京津冀生物医学前沿创新中心 (Tianjin 2026 report), 西安交通大学国际化区域创新中心 (Hainan 2026
# report). A verb or stop character between (与清华大学共建创新中心) makes it no name.
_UNIVERSITY_CENTRE = re.compile(f"([{_CJK}]{{2,12}}?)创新中心")
# Its key laboratory likewise, the field between: 宁波大学农产品质量安全全国重点实验室获批 (宁波 2025 report;
# probe org38), as a department's internal unit is one span with it.
_UNIVERSITY_LAB = re.compile(f"([{_CJK}]{{2,14}}?)(?:全国重点实验室|国家重点实验室|重点实验室)")
# What a university does with a laboratory (浙江大学获批全国重点实验室, 宁波大学新增省级重点实验室): the lab is
# the verb's object, no unit named by the university (review 20a).
_LAB_VERBS = ("获批", "获得", "新增", "新建", "新获", "入选", "认定", "拥有", "建成", "建有", "设有", "申报", "申请",
              "增加", "成为")
_CENTRE_VERBS = ("共建", "建设", "合作", "联合", "打造", "建立", "成立", "设立", "牵头", "参与", "组建", "布局")


# A university's affiliated hospital or school is one name with it, the hospital's place and campus
# included: 安徽医科大学附属安庆第一人民医院龙山院区 (安徽省卫健委 2024 news; probe org33), as the dev
# gold's 华南师范大学附属中学初中部.
_AFFILIATED = compile_cached(f"附属(?:[{_CJK}]{{0,12}}?)(?:医院|中学|小学|学校|幼儿园)")


# A university's own institute named by the regions it studies, joined by 与: 上海财经大学长三角与长江经济带发展
# 研究院 (zjol 2019-07-23, 嘉善; probe org52p). 与 joins two bodies elsewhere (复旦大学与上海研究院), so it may
# stand only between two regions or places, each a name of its own.
_UNIVERSITY_INSTITUTE = compile_cached(f"([{_CJK}]{{4,16}}?)(?:研究院|研究所|研究中心)")


def _institute_field(field: str) -> bool:
    """Whether ``field`` (between a university's name and 研究院) names regions joined by 与, and no verb."""
    if "与" not in field or any(c in _ORG_STOP and c != "与" for c in field) or any(v in field for v in _CENTRE_VERBS):
        return False
    left, _, right = field.partition("与")
    regions = _region_words() | _place_words()
    return left in regions and any(right.startswith(r) for r in regions if len(r) >= 2)


def _university_branch_end(text: str, end: int) -> int:
    """End of a university's institute in a place, for a name found by its suffix (北京大学海南研究院)
    or a known name (复旦大学义乌研究院, beside 浙江大学金华研究院 in the Jinhua 2023 report), of its
    innovation centre (北京大学京津冀生物医学前沿创新中心), or of its affiliated hospital or school."""
    a = _AFFILIATED.match(text, end)
    if a and not any(ch in _ORG_STOP for ch in a.group()):
        return _campus_end(text, a.end())
    b = _UNIVERSITY_BRANCH.match(text, end)
    if b and b.group(1) in _place_words():
        return b.end()
    i = _UNIVERSITY_INSTITUTE.match(text, end)
    if i and _institute_field(i.group(1)):
        return i.end()
    c = _UNIVERSITY_CENTRE.match(text, end) or _UNIVERSITY_LAB.match(text, end)
    if c and c.re is _UNIVERSITY_LAB and "实验室" in c.group(1):
        # The university's own lab closes at its first 实验室; a 重点实验室 after it is the class it joins:
        # 青海师范大学藏语智能实验室跻身全国重点实验室 (Qinghai 2026 report; probe org55w).
        own = c.group(1)[:c.group(1).index("实验室")]
        if own and not any(ch in _ORG_STOP for ch in own) and not any(v in own for v in _LAB_VERBS + _CENTRE_VERBS):
            return end + len(own) + 3
        return end
    if c and not any(ch in _ORG_STOP for ch in c.group(1)) and not any(v in c.group(1) for v in _CENTRE_VERBS) \
            and not (c.re is _UNIVERSITY_LAB and any(v in c.group(1) for v in _LAB_VERBS)):
        return c.end()
    return end


# A school's campus named by the place that hosts it, in brackets after the school: 西藏完全中学（四川天府）开学招生
# (Xizang 2026, probe org53w), as 清华附中湾区学校（智谷校区） (dev gz-5).
_PLACE_CAMPUS = compile_cached(f"[（(]([{_CJK}]{{2,6}})[）)]")
_CAMPUS_SCHOOL_HEADS = ("中学", "小学", "学校")


def _campus_end(text: str, end: int) -> int:
    c = _CAMPUS.match(text, end)
    if c is None and text.endswith(_CAMPUS_SCHOOL_HEADS, 0, end):
        c = _PLACE_CAMPUS.match(text, end)
        if c and not any(c.group(1)[:n] in _place_words() for n in (2, 3)):
            c = None
    return c.end() if c else end


@lru_cache(maxsize=1)
def _org_names() -> re.Pattern[str]:
    return compile_cached(_first_alternation(load_words("org_names")))


@lru_cache(maxsize=1)
def _org_name_starts() -> PairStarts:
    """Where an org name may start: the scan tries the names only there."""
    return PairStarts(load_words("org_names"))


def _known_orgs(text: str) -> list[Mention]:
    """Banks, exchanges, news agencies and enterprises that reports name bare (工商银行,
    郑商所, 新华社, 比亚迪), where the name is a word of its own; a bank's branch in a place
    is part of its name (建设银行澳门分行)."""
    out: list[Mention] = []
    stops: list[int] = []  # the last stretch searched for where a phrase ends: [from, stop]
    for m in finditer_from(_org_names(), _org_name_starts().narrowed(text), text):
        end = _branch_end(text, m.end()) if m.group().endswith("行") else _group_end(text, m.end())
        if m.group().endswith(("大学", "学院")):
            end = _university_branch_end(text, end)
        elif m.group().endswith(("组织", "署")):
            end = _unit_end(text, end)
        elif m.group().endswith(("财险", "寿险", "农险", "人寿", "人保", "太保")):
            end = _insurer_branch_end(text, end)
        start = m.start()
        if m.group().endswith("行") and start > 0 and text[start - 1] in "省市县区" \
                and (start == 1 or text[start - 2] in _ORG_STOP or not _NAME_CHAR.match(text[start - 2])
                     or _level_word(text, start - 1)):
            # A bank's short name after a bare level is its branch there, as 省药监局 is a body:
            # 根据协议,省农发行将… (农发行黑龙江省分行: 黑龙江日报 2016); the level is part of the name.
            start -= 1
        if _ROAD.match(text, start) and _ROAD.match(text, start).start(2) == end:
            continue  # a road the firm's word names: 加快…、中兴大道延伸 (枣庄市中区 2022)
        if m.group() in _KIND_SHORT_NAMES and (start, end) == m.span() \
                and not _LEVEL_ITEM_BEFORE.search(text, max(0, start - 10), start):
            continue
        if text.startswith(_PERSON_AFTER, m.end()) or _verb_reading(text, m.group(), start):
            continue
        if _stands_alone(text, start, end, stops):
            out.append(Mention("ORG", start, end, "org.name", {}, priority=PRIORITY["org.name"]))
    return out


# A short name that is also a person's (柳钢, 湘钢, 马钢, 柳工) names the person before a form of address: 免去柳钢同志的
# 市财政局局长职务 (review11).
_PERSON_AFTER = ("同志", "先生", "女士")
# What a chain-extending task extends: 进一步延长石油天然气产业链条 (review11).
_CHAIN_AFTER = re.compile(f"[{_CJK}]{{0,8}}?(?:产业链|链条)")


def _verb_reading(text: str, name: str, start: int) -> bool:
    """Whether a name that opens with a verb of two characters or more (延长石油: 延长|石油) reads as that verb
    here: after an adverb or a modal (进一步延长石油天然气产业链条), or extending a chain (延长石油产业链条); not
    after a verb whose object it is (促进延长石油千万吨原油稳产: Shaanxi 2026 report)."""
    first = shared_words(name)[0]
    if len(first) < 2 or len(first) == len(name) or not function_word_tags().get(first, "").startswith("v"):
        return False
    before = shared_words(text[max(0, start - 6) : start])
    prev = before[-1] if before else ""
    return function_word_tags().get(prev, "").startswith("d") or prev in ("要", "将", "应", "需", "进一步") \
        or _CHAIN_AFTER.match(text, start + len(name)) is not None


# Short names that name a kind of bank as well as one: bare, 农商行 is the kind (推动农商行、村镇银行改革重组;
# 推动农商行统一法人制度改革: Shandong and Shaanxi 2026 reports), one bank only with its level (县农商行) or
# listed after a body of the writer's level (县人行、农商行、农业银行: 平利 news; probe org33).
_KIND_SHORT_NAMES = frozenset({"农商行"})
_LEVEL_ITEM_BEFORE = re.compile(f"(?:^|[、，,；;：:\\s])[县市区][{_CJK}]{{1,6}}、$")


def _level_word(text: str, i: int) -> bool:
    """Whether the level character at ``i`` is a word of its own after a verb (希望|市|农行: 孝感 2020 news;
    probe org32), not the end of a word (城市, 省市) or of a place (孝感市)."""
    lo = max(0, i - 6)
    pos = lo
    for w in shared_words(text[lo : i + 4]):
        if pos == i:
            return len(w) == 1 and function_word_tags().get(prev, "n").startswith("v")
        prev, pos = w, pos + len(w)
    return False


# 我市, 本省, 该县: the writer's or the named division, not part of a firm's name after it.
_OWN_DIVISION = re.compile("[我本该][省市县区州旗镇乡]")
# After a factory's 厂 these make another word (厂长, 厂区, 厂房, 厂矿, 厂务, 厂内, 厂办, 厂网) or a place (陶厂镇,
# 大河厂村).
_NOT_AFTER_FACTORY = set("长区房矿务内办网镇乡村街")


def _place_style(text: str, i: int) -> bool:
    """Whether a bare place name (广州, not 广东省) opens the text at ``i`` and 特色 follows it: the place
    describes a kind (广州特色标杆商会), where a registered body's name writes the division in full."""
    k = _longest(_org_openers()[0], text, i)
    return k > i and text[k - 1] not in "省市区县旗盟" and text.startswith("特色", k)


# A bank's branch named by its place: 建设银行澳门分行, 工商银行广州分行, 农业银行天河支行.
_BRANCH = re.compile(f"([{_CJK}]{{2,6}}?)(?:分行|支行)")


# An insurer's branch in a place: 人保财险东阳支公司 (东阳 2012 news; probe org50p), 太平洋财险温州中心支公司.
_INSURER_BRANCH = re.compile(f"([{_CJK}]{{2,6}}?)(?:中心支公司|支公司|分公司)")


def _insurer_branch_end(text: str, end: int) -> int:
    b = _INSURER_BRANCH.match(text, end)
    if b and (b.group(1) in _place_words() or _longest(_loc_tables()[0], text, end) == b.end(1)
              or _longest(_org_openers()[1], text, end) == b.end(1)):
        return b.end()
    return end


# A bank's branch at a bare level is the writer's division's, as 省药监局 is a body: 工行省分行营业部,
# 农行省分行营业部 (杭政办函〔2011〕106号; probe org54p); its 营业部 is part of the branch's name.
_LEVEL_BRANCH = re.compile("[省市县区](?:分行|支行)")


def _branch_end(text: str, end: int) -> int:
    b = _BRANCH.match(text, end)
    if b and (b.group(1) in _place_words() or _longest(_loc_tables()[0], text, end) == b.end(1)):
        end = b.end()
    elif (b := _LEVEL_BRANCH.match(text, end)) is not None:
        end = b.end()
    else:
        return end
    return end + 3 if text.startswith("营业部", end) else end


# A known name's group or company word belongs to it: 中储粮集团公司, 酒钢集团 (Gansu 2026 report).
# A carmaker's 汽车 too where the firm acts or a phrase ends (奇瑞汽车连续19年位居…: 芜湖经开区 2022 report, probe
# locorg22; 小米汽车 in dev wr2026-qinghai), not before a product or a park (比亚迪汽车零部件, 吉利汽车产业园).
_GROUP_TAIL = re.compile("集团(?:股份有限公司|有限公司|公司)?|(?:股份)?有限公司|公司"
                         "|汽车(?=[，。、；：,;和与及的等]|连续|位居|成为|实现|入选|获|荣获|首次|再次|持续)")


# A known firm's own business unit named after it is one name with it, as a department's internal unit is:
# 华为矿山油气军团 (Shanxi 2026 report; probe org57w), 华为数字能源事业部. The field between is a few name
# characters, no stop and no verb (与华为共建…事业部 names no unit of the firm's).
_FIRM_UNIT = compile_cached(f"([{_CJK}]{{0,6}}?)(?:事业部|事业群|军团)")


def _group_end(text: str, end: int) -> int:
    g = _GROUP_TAIL.match(text, end)
    if g and not text.endswith(("集团", "公司"), 0, end):
        return g.end()
    u = _FIRM_UNIT.match(text, end)
    if u and not any(c in _ORG_STOP for c in u.group()) and not any(v in u.group(1) for v in _CENTRE_VERBS):
        return u.end()
    return end


@lru_cache(maxsize=1)
def _posts() -> tuple[str, ...]:
    """Posts and party bodies written right after an organization (国家能源集团党组书记、董事长)."""
    # 领导 before its people's names: 招商局集团领导傅育宁、李建红、胡政参加签字仪式 (福建日报 2012, probe org26).
    return tuple(w for w in load_words("person_titles") if len(w) >= 2) + ("党组", "党委", "董事会", "行长", "副行长", "领导")


_TIME_WORD = re.compile("(?:[今去明前后近当同]|[一二三四五六七八九十两几多]{1,3})年(?:以来|来)?|[今明]后")


def _stands_alone(text: str, start: int, end: int, stops: list[int]) -> bool:
    """Whether the name at ``start:end`` is a word of its own with no other name word before it
    (each neighbour is punctuation, a function word or a verb: jieba's words) and, where a name word
    follows, no list item after it (the name then opens a listed project or product). ``stops``:
    the text's last stretch searched to a phrase end (_PHRASE_STOP), shared by the text's names."""
    lo, hi = max(0, start - 8), min(len(text), end + 8)
    words = shared_words(text[lo:hi])
    tags = function_word_tags()
    pos, before, after, bounds = lo, None, None, set()
    for w in words:
        bounds.add(pos)
        if pos + len(w) == start:
            before = w
        if pos == end:
            after = w
        pos += len(w)
    bounds.add(pos)
    if start not in bounds or end not in bounds:
        return False
    # 代表 before a signatory (…副行长代表交行江苏省分行与徐州市…签订) is the verb jieba tags a noun.
    # A number or a date before it is no name word (2025年上海合作组织峰会, 第十届上海合作组织成员国…会议:
    # dev Tianjin and Yunnan 2026 reports), nor 经, a preposition jieba leaves untagged (经世卫组织认可).
    # A span of time jieba leaves untagged is no name word either: 未来五年农发行上饶市分行将… (弋阳 2021 signing),
    # 今年农业银行…
    # A dateline's 讯, which jieba leaves a word of its own, untagged, is no name word: 本报北京5月6日讯新华社记者黄威
    # (人民日报 1998, probe org58n).
    if not all(w is None or w[0] in _ORG_STOP or not _NAME_CHAR.match(w) or w in ("了", "的", "总部", "代表", "经", "讯")
               or tags.get(w, "n").startswith(("v", "p", "c", "d", "f", "m", "q", "t")) or _TIME_WORD.fullmatch(w)
               or w in _org_lead_words() or w in _known_org_words()
               for w in (before,)):
        return False
    if before in place_name_set():
        # A place jieba tags a verb (遵义 v) still opens a name: 争取遵义茅台机场纳入…口岸发展规划
        # (Guizhou 2026 report) names the airport, not the distiller.
        return False
    # A name word after it: the organization is the modifier of a phrase (推广胖东来经验, 支持郑商所品种工具
    # 创新, 鞍钢全球首套氢冶金中试线), unless the phrase is an item of a list (华润微电子12英寸产线、…,
    # 宝钢三期扩建工程等重大项目, 潍柴齐天等…大模型): a project or product it names.
    if _CODED_PROJECT.match(text, end):
        # A project's code after it names the firm's project, as a phase does: 华星光电T7项目一期达产 (深圳 2022
        # report; probe org36).
        return False
    if _PHASE.match(text, end):
        # A phase after it names the firm's project (埃克森美孚一期, 深汕比亚迪二期: Guangdong 2026 report;
        # 长江存储二期, 长江存储三期: Hubei's; 中船二期: dev Tianjin): jieba tags 一期 an adverb.
        return False
    if after is None or after[0] in _ORG_STOP or not _NAME_CHAR.match(after) or after in ("了", "的", "总部") \
            or tags.get(after, "n").startswith(("v", "p", "c", "d")) or _HQ_AFTER.match(text, end):
        return True
    if text.startswith("地", end + len(after)):
        # An adverbial phrase after it (…地): the body is the subject, as in signing news' 希望农发行一如既往地关心
        # 沂蒙老区、支持临沂发展 (临沂 2021; probe org32), where the 、 joins the verbs, not listed projects.
        return True
    if after in _OWN_FIGURES:
        # A figure of its own: the firm is the subject (奇瑞销量突破188万辆、出口93万辆: 芜湖 2024 report),
        # and the 、 after the figure joins figures, not listed projects.
        return True
    if text.startswith(_OWN_MEETINGS, end):
        # Its own meeting or members: the body is named (上海合作组织峰会, 博鳌亚洲论坛年会: SC reports
        # 2002-2019, dev Hainan 2026 gold; 上海合作组织成员国…会议: Yunnan 2026 report).
        return True
    if text.startswith(_posts(), end):
        return True  # its officer's posts follow (…党组书记、董事长李凡荣), not a listed project
    if text.startswith(_PARTY_AGREEMENTS, end) and text.endswith(_PARTY_JOINERS, 0, start):
        # A party to an agreement with the government, and the 、 after it joins agreements: 见证了省政府与招商局集团
        # 战略合作框架协议、省政府与华润集团深化战略合作框架协议的签字仪式 (江西 2017 news, probe org26).
        return True
    # The last search's interval [from, stop] holds no other stop: the names come in text order, so
    # each stretch is scanned once (not once per name, nor the whole text for a few names).
    if stops and stops[0] <= end <= stops[1]:
        stop = stops[1]
    else:
        found = _PHRASE_STOP.search(text, end)
        stop = found.start() if found else len(text)
        stops[:] = [end, stop]
    return text[stop : stop + 1] not in ("、", "等")


_OWN_MEETINGS = ("峰会", "年会", "成员国")
# A firm's regional headquarters names the firm, as its bare 总部 does (新紫光北方总部 ORG in the dev Tianjin gold):
# 新引進華為區域總部等重大項目300個 (长春 2023 report; probe org36).
_HQ_AFTER = re.compile("(?:区域|地区|中国|亚太|全球|国际|北方|南方|华北|华东|华南|华中|西南|西北|东北|第二)总部")
_PARTY_AGREEMENTS = ("战略合作", "合作框架", "合作协议", "框架协议", "深化战略合作", "全面战略合作")
_PARTY_JOINERS = ("与", "同", "和")
# What a firm makes or sells, said of it right after its name.
_OWN_FIGURES = ("销量", "产量", "产销", "营收", "产值", "营业收入", "销售收入", "进出口额", "出口额")
_PHASE = re.compile("[一二三四五六七八九十]期")
_CODED_PROJECT = re.compile("[A-Za-z][A-Za-z0-9]{0,5}(?:项目|产线|生产线|工厂|[一二三四五六七八九十]期)")


# Where the phrase after a name ends: punctuation, a quote, a bracket, or 等 closing a list.
# Web pages often write the half-width comma and semicolon (…与中国中化保持良好合作关系,在煤炭、电力…).
_PHRASE_STOP = re.compile("[，,。；;：！？、等\n（(“”]")


# A newspaper, agency or app before 记者 in a caption or a dateline: 新甘肃·甘肃日报记者,
# 石榴云/新疆日报记者, 贵州日报天眼新闻记者 (本报记者 names no one).
# A byline may set the reporter apart with a space: 昆明日报 记者 张丽亚 (昆明日报 2015; probe org34).
_MEDIA = re.compile(rf"(?:^|(?<=[\s，。：（(]))([{_CJK}·/]{{2,24}}?)[ \u3000]?记者", re.M)
# 时报 and 周刊 too (证券时报记者 聂英好: 证券时报 2025, probe org27).
_MEDIA_WORD = re.compile("日报|晚报|时报|周刊|报社|新闻|通讯社|社|台|网|云|融媒")


def _media(text: str, norm=None) -> list[Mention]:
    out = []
    if "记者" not in text:
        return _media_lines(text, norm)  # every match ends with it; the scan tries a name at every line and comma
    for m in _MEDIA.finditer(text):
        pos = m.start(1)
        for part in m.group(1).split("/"):
            s, e = pos, pos + len(part)
            pos = e + 1
            if part.endswith("全媒体") and _MEDIA_WORD.search(part[:-3]):
                e -= 3  # 全媒体记者 is the reporter's post: 周口日报全媒体记者 张猛 (周道 2023 news)
                part = part[:-3]
            if len(part) >= 2 and _MEDIA_WORD.search(part) and not part.startswith(("本", "该", "我", "特约")):
                out.append(Mention("ORG", s, e, "org.media", {}, priority=PRIORITY["org.media"]))
    out.extend(_media_lines(text, norm))
    return out


# A news item's source line and dateline name its medium: 来源:福州新闻网, 来源:东南网, 来源:周道客户端 (the
# app 客户端 outside, as 宁夏日报客户端 → 宁夏日报); 东南网-福建日报6月28日讯, 齐鲁网·闪电新闻9月26日讯,
# 新甘肃客户端兰州1月10日讯 (the place of the dateline outside).
# 电讯: 来源:新华每日电讯 (新华网 2023, probe org31).
_MEDIA_END = "(?:网|日报|晚报|时报|商报|晨报|都市报|报社|新闻|电视台|广播电视台|广播电台|通讯社|云|电讯)"
_MEDIA_AT_END = re.compile(_MEDIA_END + "$")
# A page's own source line, not a table's data source (数据来源：医院填报: sc19-4).
_SOURCE = compile_cached(r"来源[:：][ \u3000]*")
_SOURCE_NAME = compile_cached(rf"[{_CJK}·\-－]{{2,16}}")
_DATELINE = compile_cached(rf"(?:^|(?<=[\s（(]))([{_CJK}·\-－]{{2,20}}?)[0-9]{{1,2}}月[0-9]{{1,2}}日(?:讯|电)", re.M)
# A medium's 讯 or 消息 opening a line before the date: 西部网讯 1月26日上午，… (西部网 2024, probe org27);
# 今日竹山网消息 8月19日，… (竹山县 2021, probe org28).
# Or before its reporters in brackets: 河南商报讯(首席记者 孙科/文…) (Henan 2020 report news, probe loc40).
_MEDIUM_NEWS = compile_cached(rf"^([{_CJK}·]{{2,12}}?)(?:讯|消息)(?=[:：]?[ \u3000]*[0-9]{{1,2}}月[0-9]{{1,2}}日|[（(][^）)\n]{{0,8}}?记者)", re.M)
# 人民 opens a government's name, not 人民网's, 人民日报's or a broadcaster's (人民网武宁11月2日电: 人民网 2015, probe loc29;
# 来源：南通人民广播电台官网: probe org28).
# A compass region's 部 is no body's (西部网: probe org27).
_NOT_MEDIA = re.compile("政府|人民(?!网|日报|广播)|局|厅|委|办|(?<![东西南北中])部|中心|本报|本网|我|该|网络")


# A photo's credit line names the medium that sent it: 图为怀柔科学城规划图。千龙网发 (千龙网 2019, probe org31);
# （新华社发）. The credit closes the caption: a line end or a bracket follows 发.
_PHOTO_CREDIT_END = re.compile(r"发[ \u3000]*(?:$|[）)])", re.M)
_PHOTO_CREDIT = compile_cached(rf"(?:^|(?<=[。\s（(]))([{_CJK}·]{{2,12}}?)发(?=[ \u3000]*(?:$|[）)]))", re.M)


# A news item's closing credit in brackets names the medium it was taken from: （图文据成都发布） (看度新闻 2022;
# probe org38), （据新华社）, (据四川日报). A city's 发布 is its government's news account, a medium as a
# newspaper is (成都发布, 上海发布); 据统计 and 据了解 name no one and end in no medium's word.
_CREDIT = compile_cached(rf"[（(](?:图文|文图|图片|文字|视频|图|文)?据([{_CJK}·]{{2,12}}?)[）)]")


def _media_lines(text: str, norm=None) -> list[Mention]:
    out: list[Mention] = []
    if _PHOTO_CREDIT_END.search(text):  # most texts have no credit's end: the slow scan is skipped
        for m in _PHOTO_CREDIT.finditer(text):
            if _MEDIA_AT_END.search(m.group(1)) and not _NOT_MEDIA.search(m.group(1)):
                out.append(Mention("ORG", m.start(1), m.end(1), "org.media", {}, priority=PRIORITY["org.media"]))
    if "据" in text:
        for m in _CREDIT.finditer(text):
            name = m.group(1)
            if (_MEDIA_AT_END.search(name) or (name.endswith("发布") and len(name) >= 4)) and not _NOT_MEDIA.search(name):
                out.append(Mention("ORG", m.start(1), m.end(1), "org.media", {}, priority=PRIORITY["org.media"]))
    if "来源" not in text and "日讯" not in text and "日电" not in text and "讯" not in text and "消息" not in text:
        return out
    places = _place_words()
    for m in _SOURCE.finditer(text):
        run = _SOURCE_NAME.match(text, m.end())
        if run is None or not (m.start() == 0 or not _ORG_NAME_CHAR.match(text[m.start() - 1])
                               or text.endswith("信息", 0, m.start()) or _gap_before(norm, text, m.start())):
            continue
        # The name ends at the run's end or where normalization dropped the space after it
        # (来源:东南网 我来说两句).
        ends = [e for e in range(run.start() + 2, run.end()) if _gap_before(norm, text, e)] + [run.end()]
        for e in ends:
            name = text[run.start() : e]
            app = name.endswith("客户端")
            if app:
                name = name[:-3]
            elif name.endswith("官网") and _MEDIA_AT_END.search(name[:-2]):
                name = name[:-2]  # the medium's own site: 来源：南通人民广播电台官网 (probe org28)
            if len(name) >= 2 and (app or _MEDIA_AT_END.search(name)) and not _NOT_MEDIA.search(name):
                out.append(Mention("ORG", run.start(), run.start() + len(name), "org.media", {}, priority=PRIORITY["org.media"]))
                break
    for m in _MEDIUM_NEWS.finditer(text) if "讯" in text or "消息" in text else ():
        name = m.group(1)
        if _MEDIA_AT_END.search(name) and not _NOT_MEDIA.search(name):
            out.append(Mention("ORG", m.start(1), m.end(1), "org.media", {}, priority=PRIORITY["org.media"]))
    # Every dateline holds 日讯 or 日电: a page with 来源 only is not scanned (the scan tries every position).
    for m in _DATELINE.finditer(text) if "日讯" in text or "日电" in text else ():
        s, e = m.start(1), m.end(1)
        # The dateline's place: a division's name or a county's short name (人民网武宁11月2日电).
        e -= next((k for k in range(min(6, e - s - 2), 1, -1)
                   if text[e - k : e] in places or text[e - k : e] in _county_shorts()[0]), 0)
        app = text.endswith("客户端", s, e)
        if app:
            e -= 3
        name = text[s:e]
        if len(name) >= 2 and (app or _MEDIA_AT_END.search(name)) and not _NOT_MEDIA.search(name):
            out.append(Mention("ORG", s, e, "org.media", {}, priority=PRIORITY["org.media"]))
    return out


# Enterprises listed by name before 等(一批)…企业: 牧原、宇通、华兰等一批龙头企业. The
# anchor (等…企业) is found first, then the list that ends before it.
_ENTERPRISE_ANCHOR = re.compile(
    # A count of firms right after the list, with no 等, numbers the names listed (焦煤集团、晋能控股、华阳新材料、潞安化工
    # 4家企业现场签订…协议: 山西日报 2021; 旗下有西山煤电、山西焦化、南风化工3家上市公司: 山西 2020 国资 news; probe org35);
    # the count must equal the number of items (below).
    # (The guard in front fails every position that opens neither 等 nor a count in one test: twice as fast.)
    "(?=[等0-9两二三四五六七八九十])"
    "(?:等(?:一批|多家|[0-9]+家|[一二三四五六七八九十百]+家)?|(?P<bare>[0-9]{1,2}|[两二三四五六七八九十]{1,2})家)"
    # A short description with 的 may stand before the class (天味食品、棒棒娃、味聚特、徽记食品、吉香居等特色鲜明的
    # 食品企业: Sichuan 2025 news, probe org26); a field or a region before 的 makes the items fields (新能源、新材料
    # 等领域的企业), which _ANCHOR_FIELD refuses.
    "(?:(?P<desc>[^的，。、；：\\s]{2,6})的)?"
    # 央企, 外企, 民企 stand for 企业 (华润、招商局、国投等央企; 诺和诺德、碧迪等重点外企).
    "[^的，。、；：\\s]{0,8}?(?:企业|集团|公司|央企|外企|民企|国企|车企|药企)"
    "(?![\u4e00-\u9fff]*(?:名单|标准|目录))")
_ENTERPRISE_LIST = compile_cached(f"((?:[{_CJK}A-Za-z]{{2,12}}、)+[{_CJK}A-Za-z]{{2,8}})$")
# A single item stands between clause punctuation (or a line start) and 等 + a count of firms.
_ENTERPRISE_ITEM = compile_cached(f"(?:^|(?<=[，。；：,;\n]))([{_CJK}A-Za-z]{{2,8}})$", re.M)
_COUNTED = re.compile("等(?:[0-9]+|[一二三四五六七八九十百]+)家")
# A ranked or leading class of firms makes one name before it one of them, as a count does: 新加坡丰益国际等
# 世界500强企业入驻 (潮州 2021 report).
_RANKED = re.compile("等(?:世界|中国|全国|国内|民营|行业)?(?:500强|五百强|百强|龙头|领军|头部|链主|知名)")
_NOT_IN_RARE_NAME = set("上下中内外其各该本全每")
_ANCHOR_FIELD = re.compile("(?:领域|行业|产业|方面|地区|地方|国家|城市|类型|类|地|业)$")
# Words that open a list as its lead, not as part of the first name: 既有新希望集团、五粮液…, 也有天味食品、棒棒娃…
# (Sichuan 2025 news, probe org26).
_LIST_LEAD_WORDS = frozenset(("有", "既有", "还有", "也有", "又有", "包括"))


def _opens_with_verb(item: str) -> bool:
    """Whether ``item``'s first word is a verb, preposition or conjunction of two characters or more (回春|堂)."""
    words = shared_words(item)
    return len(words[0]) >= 2 and function_word_tags().get(words[0], "n").startswith(("v", "p", "c"))


def _rare_name(item: str) -> bool:
    """Whether ``item`` reads as a coined name: two characters in a row that jieba joins into no word
    (东方|雨|虹, 安|可|森), and no function word (规|上|工业, 其中|龙头)."""
    words = shared_words(item)
    tags = function_word_tags()
    if any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "f", "u", "r", "m", "q")) for w in words) \
            or any(w in _NOT_IN_RARE_NAME or w in _ORG_STOP for w in words):
        return False
    return any(len(a) == 1 and len(b) == 1 for a, b in zip(words, words[1:]))
# Items that are classes or places, not names: 国有企业、民营企业; 郑州、洛阳等地企业;
# 重点实验室、博士后工作站.
_NOT_AN_ENTERPRISE = re.compile(f"(?:企业|行业|产业|部门|机构|单位|领域|中心|实验室|工作站|基地|平台|[省市县区州国])$|[0-9]")


_CN_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


# A count of fields or sectors between 等 and the firms makes the items fields: 涵盖焦煤、化工、新材料、燃气等14个领域
# 国有企业的重组 (中国化工报 2020 on Shanxi; probe org35).
_FIELD_COUNT = re.compile("个(?:领域|行业|产业|板块|方面)")


def _count_value(count: str) -> int:
    """A small count written in digits or Chinese numerals (3, 四, 十二) as an int; 0 where unread."""
    if count.isdigit():
        return int(count)
    if count == "十":
        return 10
    if count.startswith("十"):
        return 10 + _CN_DIGITS.get(count[1:], 0)
    return _CN_DIGITS.get(count, 0) if len(count) == 1 else 0


def _listed_enterprises(text: str) -> list[Mention]:
    out = []
    for a in _ENTERPRISE_ANCHOR.finditer(text):
        if text.startswith("地", a.start() + 1) or (a.group("desc") and _ANCHOR_FIELD.search(a.group("desc"))) \
                or _FIELD_COUNT.search(a.group()):
            continue  # 等地企业: the items are places; 等领域的企业, 等14个领域国有企业: fields
        m = _ENTERPRISE_LIST.search(text, max(0, a.start() - 120), a.start())
        if a.group("bare") and (m is None or _count_value(a.group("bare")) != m.group(1).count("、") + 1):
            continue
        single = m is None
        if single and (_COUNTED.match(text, a.start()) or _RANKED.match(text, a.start())):
            # One name before a count of enterprises is one of them: 东方雨虹等70家企业获评… (Jinan
            # Tianqiao 2025 report); readable's 中豫航空集团等19家企业 (Henan), 能源发展集团等6家企业 (Qinghai).
            m = _ENTERPRISE_ITEM.search(text, max(0, a.start() - 9), a.start())
            if m and not (m.group(1).endswith(("集团", "公司")) or _rare_name(m.group(1))):
                continue  # a class or a phrase: 规上工业等50家企业
        if m is None:
            continue
        pos = m.start(1)
        items = m.group(1).split("、")
        tags = function_word_tags()
        # Two known firms among the items make it a list of firms, where a short name may be a verb's
        # or a place's homograph (曙光、海光、麒麟、飞腾、联想、中芯国际、华海清科…等头部企业: Tianjin 2026
        # report; 麒麟 is also a district, 飞腾 and 联想 verbs).
        known = sum(bool(_org_names().fullmatch(item)) for item in items) >= 2
        # Most items coined names likewise: a one-word item that is a verb is then a name too (金晟兰、衍生、中智、
        # 信基、万洋众创等现有优势企业: 云浮云城区 2023 review; probe org25).
        first = shared_words(items[0])
        first = first[max((k + 1 for k, w in enumerate(first) if function_word_tags().get(w, "n").startswith(("v", "p"))), default=0):]
        coined = len(items) >= 3 and 2 * sum(_rare_name(item) for item in ["".join(first), *items[1:]]) > len(items)
        # One short item among three or more that opens with a verb is a name like the others, as 回春堂 (回春|堂) in
        # 华侨凤凰、新绿色药业、回春堂、好医生攀西药业等生物医药企业 (Sichuan 2025 news, probe org26); two are a list of actions.
        verbal = [k for k, item in enumerate(items) if k and len(item) <= 4 and _opens_with_verb(item)] \
            if len(items) >= 3 else []
        homograph = len(verbal) == 1
        spans = []
        for i, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            words = shared_words(item)
            if i == 0 and not single:  # a single item starts at the punctuation before it
                # The first name starts after a verb or a particle: 集聚了比亚迪, 实现中国平煤神马.
                # A one-character verb may open a name (合源生物); a preposition ends the lead (深化与中远海运).
                # A verb that ends the item is a word of the name (培育了超聚变: 超|聚变), not the lead.
                cut = [k for k, w in enumerate(words) if w in ("了", "的", "如") or w in _LIST_LEAD_WORDS
                       or (len(w) > 1 and tags.get(w, "n").startswith("v") and k < len(words) - 1)
                       or tags.get(w, "n").startswith("p")]
                # A cut that leaves a bare suffix (org_suffixes.txt: 集团, 公司) or one character cut inside the
                # name: 既有|新|希望|集团 is 新希望集团.
                while cut and (len(rest := "".join(words[cut[-1] + 1 :])) < 2 or _org_suffix().fullmatch(rest)):
                    cut.pop()
                if cut:
                    s += sum(len(w) for w in words[: cut[-1] + 1])
                    words = words[cut[-1] + 1 :]
                elif s > 0 and _NAME_CHAR.match(text, s - 1) and text[s - 1] not in _ORG_STOP:
                    continue  # the first name's start is unknown
            name = text[s:e]
            # A verb, preposition or conjunction opens an activity, not a name; inside a short name a
            # verb is a word of the name (超聚变: 超|聚变).
            verbs = [k for k, w in enumerate(words) if len(w) >= 2 and tags.get(w, "n").startswith(("v", "p", "c"))]
            # A group's or company's name may hold a verb (能源发展集团: Qinghai 2026 report).
            if len(name) < 2 or _NOT_AN_ENTERPRISE.search(name) or (name in _place_words() and not known) \
                    or (verbs and (verbs[0] == 0 or len(name) > 4) and not name.endswith(("集团", "公司"))
                        and not ((known or coined) and len(words) == 1) and not (homograph and i in verbal)):
                spans = []
                break  # a class, a place or an activity in the list: not a list of names
            spans.append((s, e))
        out.extend(Mention("ORG", s, e, "org.list", {}, priority=PRIORITY["org.list"]) for s, e in spans)
    return out


# Firms a city or county report lists by short name for the projects they build: 海博思创、阳光电源、国瑞协创等
# 一批储能装备制造项目建成投产 (大同 2025 report), 沃拓农药、翔普科技等46个亿元以上项目竣工投产 (固镇 2024
# report), as 空客二线、电科蓝天宇航电源、启源芯动力等投产增效 in the dev Tianjin gold. The list opens a clause.
_PROJECT_ANCHOR = re.compile("等(?:一批|[0-9]+个|[一二三四五六七八九十百]+个)?([^，。；、的\n]{0,12}?)项目")
# A kind of work or site between 等 and 项目 makes the items sites (旭龙、奔子栏、古水、橄榄坝等水电站项目: dev
# Yunnan 2026 report).
_PROJECT_SITE_KIND = re.compile("站|库|场|港|路|桥|线|矿|田|园|区|城|馆|工程")
# The first item may hold the clause's lead (西宁市引进落地晶科、弗迪等15项强链补链项目: 西宁 2023 news), cut below.
_PROJECT_FIRM_LIST = compile_cached(f"(?:^|(?<=[，。；：,;:\n]))([{_CJK}]{{2,20}}、(?:[{_CJK}]{{2,7}}、)*[{_CJK}]{{2,7}})$", re.M)
# Items that are works, sites, phases or offices, not firms (光伏玻璃深加工, 平湖智创园, 中船二期, 通信模块研发生产;
# 中国华能总部: dev Hebei 2026 report, where the firm alone is the name and the 等…企业 rule finds it).
# Lines are works too (深江高铁、广佛环城际等项目建设: Guangdong 2022 report, probe locorg22).
_NOT_A_PROJECT_FIRM = re.compile("(?:园|区|城|期|线|厂|港|站|路|桥|馆|高铁|城际|高速|总部|工程|项目|基地|中心|生产|改造|建设|加工|深加工)$")


@lru_cache(maxsize=1)
def _known_org_words() -> frozenset[str]:
    """The names of org_names.txt: one standing right before another is a name of its own, no word of the next one
    (我市与国开行农发行中国进出口银行举行签约仪式: 汉中 2021 headline; probe org56p)."""
    return frozenset(load_words("org_names"))


@lru_cache(maxsize=1)
def _org_lead_words() -> frozenset[str]:
    """The verbs and modifiers of org_left_stops.txt, which jieba may tag as nouns (落地)."""
    return frozenset(load_words("org_left_stops"))


# What a firm builds, ending an item after its name: a process plant (荣盛煤化一体化: Inner Mongolia 2025 report, probe org27).
_PROCESS_END = re.compile("(?:一体化|煤制烯烃|煤制油|煤制气|炼化)$")


def _firms_project(item: str) -> bool:
    """Whether a list item is a project a firm's name opens, opaque like its other projects (长江存储二期,
    大连石化（西中岛）炼化一体化 unmarked in dev Hubei and Liaoning 2026): a known firm and more words
    (中石化煤制烯烃: Inner Mongolia 2025 report, probe org27), or a process plant's name."""
    known = _org_names().match(item)
    return bool(known and known.end() < len(item)) or bool(_PROCESS_END.search(item))


# The trade word that ends a firm's short name (赛诺维制药, 布科思机器人, 中科芯时代).
# 光学 and 铜业 likewise (禹衡光学: 长春 2023 report; 东南铜业: 宁德 2024-2025 reports; probe org36).
_FIRM_TRADE_END = re.compile("(?:制药|药业|机器人|电子|科技|精工|电工|风电|光电|电气|新材|材料|化工|时代|智能|智造|生物|装备|实业|重工|机械|食品|光学|铜业)$")


def _list_items(start: int, items: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, item) of each item of a list written from ``start`` with one separator (、) between items."""
    out, pos = [], start
    for w in items:
        out.append((pos, pos + len(w), w))
        pos += len(w) + 1
    return out


def _coined_firm(item: str) -> bool:
    """Whether ``item`` is a coined name and a trade word: a head jieba reads with a single character in
    it (赛|诺维|制药, 布|科思|机器人, 中科|芯|时代: 三明 开发区 2023 news; probe org33), where a field
    (海上|风电, 新能源|汽车) is words."""
    t = _FIRM_TRADE_END.search(item)
    if t is None or t.start() < 2:
        return False
    head = shared_words(item[: t.start()])
    return any(len(w) == 1 and _ORG_NAME_CHAR.match(w) for w in head) and not any(w in _NOT_IN_RARE_NAME or w in _ORG_STOP for w in head)


def _listed_project_firms(text: str) -> list[Mention]:
    out = []
    places = _place_words()
    for a in _PROJECT_ANCHOR.finditer(text):
        if _PROJECT_SITE_KIND.search(a.group(1)):
            continue
        m = _PROJECT_FIRM_LIST.search(text, max(0, a.start() - 60), a.start())
        if m is None:
            continue
        items = m.group(1).split("、")
        start = m.start(1)
        lead = shared_words(items[0])
        tags = function_word_tags()
        # The last two-character verb before the first name ends the lead (加快恩都法、美宜佳等一批重点项目建设:
        # 钟楼区 2024 report; 西宁市引进落地晶科: what comes before the verb is the subject).
        cut = [k for k, w in enumerate(lead[:-1]) if len(w) >= 2 and (tags.get(w, "n").startswith("v") or w in _org_lead_words())]
        if cut and len(items[0]) - sum(len(w) for w in lead[: cut[-1] + 1]) >= 2:
            n = sum(len(w) for w in lead[: cut[-1] + 1])
            start += n
            items[0] = items[0][n:]
            lead = lead[cut[-1] + 1 :]
        if tags.get(lead[0], "n").startswith(("v", "p", "c", "d")) or len(items[0]) > 7:
            continue  # a one-character verb or a particle: where the first name starts is unknown
        if any(_NOT_AN_ENTERPRISE.search(w) or _NOT_A_PROJECT_FIRM.search(w) or w in places
               or any(w[-k:] in places for k in (2, 3, 4) if len(w) > k) for w in items):
            continue  # a place ends the item: a firm's plant named by its site (天楹辽源), not the firm
        # Most items read as coined names or known firms; fields (新能源汽车, 生物医药) do not.
        named = sum(_rare_name(w) or bool(_org_names().fullmatch(w)) or _coined_firm(w) for w in items)
        if 2 * named < len(items) or named < 2:
            continue
        out.extend(Mention("ORG", s, e, "org.list", {}, priority=PRIORITY["org.list"])
                   for s, e, w in _list_items(start, items) if not _firms_project(w))
    return out


# A clause that opens with a 、 list of short names and says what firms do (获批…试点企业, 获评, 实现重组) lists firms
# where half its items or more are coined names (晋能华昱、晋钢智造获批省级智能制造试点企业: 泽州县 2023 report; 鞍本钢、
# 鞍凌钢实现重组: dev Liaoning 2026 report; probe org40d). A place, a common noun or a field in the list (武汉、襄阳…入选;
# 乳制品、稀土新材料、现代煤化工…) makes it no list of firms.
_COINED_LIST = compile_cached(f"(?:^|(?<=[，。；：,;\n]))((?:[{_CJK}]{{2,5}}、)+[{_CJK}]{{2,5}})"
                              "(?=(?:获批|获评|荣获|入选|跻身|实现重组|建成投产|投产|落户))", re.M)


def _reads_as_person(w: str) -> bool:
    """A surname and a given name of one or two characters."""
    surnames = _surname_set()
    return (2 <= len(w) <= 3 and w[0] in surnames) or (3 <= len(w) <= 4 and w[:2] in surnames)


# Heritage and natural sites listed before 入选 are no firms (喇家遗址、热水墓群入选全国“百年百大考古发现”: Qinghai
# 2026 report); 城, 桥, 馆 and 园 are _NOT_A_PROJECT_FIRM's.
_COINED_SITE = re.compile("(?:遗址|遗迹|墓群|墓|石窟|窑址|古镇|古村|村|寺|庙|塔|山|湖|河|江|景区|公园|故居|长城|古道)$")


def _listed_coined_firms(text: str) -> list[Mention]:
    out = []
    places = _place_words()
    # each match holds a 、 and ends before one of the words of its lookahead: looked for first
    if "、" not in text or not any(w in text for w in ("获批", "获评", "荣获", "入选", "跻身", "实现重组", "投产", "落户")):
        return out
    for m in _COINED_LIST.finditer(text):
        items = m.group(1).split("、")
        if any(w in places or _all_tags().get(w) in _COMMON_NOUN or _NOT_AN_ENTERPRISE.search(w)
               or _NOT_A_PROJECT_FIRM.search(w) or _COINED_SITE.search(w) or _opens_with_verb(w) for w in items):
            continue
        # A list of people's names before 荣获/获评/入选 is no list of firms (张伟、李娜荣获全国五一劳动奖章): every
        # item a surname and one or two characters.
        if all(_reads_as_person(w) for w in items):
            continue
        named = sum(_rare_name(w) or bool(_org_names().fullmatch(w)) for w in items)
        if named == 0 or 2 * named < len(items):
            continue
        out.extend(Mention("ORG", s, e, "org.list", {}, priority=PRIORITY["org.list"])
                   for s, e, _ in _list_items(m.start(1), items))
    return out


# Peers in a list of firms: where two items of a 、 list are organizations the other rules found whole, the other items
# are firms too (宁德时代、新能源科技、青拓集团、上汽集团、东南铜业等“金娃娃”: 宁德 2025 report); so where every item ends
# with 集团 or 公司 and one is found (75%三一集团、中国建材集团、绿地集团等投资的一批大项目: 株洲 2020 report; probe org36),
# as the dev Guizhou gold marks 能源集团、大数据集团、民航集团. Items that are works, phases, sites or offices
# (空客二线, 亿纬锂能沈阳工厂, 中国华能总部) stay out, as _listed_project_firms keeps them.
# jieba's tags of common nouns (物业 n), not of names (中国建材 nt).
_COMMON_NOUN = ("n", "vn")
_FIELD_AFTER_LIST = compile_cached("等?(?:新兴|重点|优势|特色|相关)?(?:产业|领域|行业|方面|板块|产品|技术|品牌)")
_PEER_ITEM = compile_cached(f"[{_CJK}A-Za-z0-9\n]{{2,14}}")
_PEER_OPEN = set("，。；：,;:\n“”（）() %％0123456789")


def _list_peers(text: str, found: list[Mention]) -> list[Mention]:
    orgs = {(m.start, m.end) for m in found if m.label == "ORG"}
    ends = {s: e for s, e in orgs}
    if len(orgs) < 1 or "、" not in text:
        return []
    out: list[Mention] = []
    places = _place_words()
    tags = function_word_tags()
    done: set[int] = set()
    taken = bytearray(len(text) + 1)  # a mask, not a scan of every mention per item
    for f in found:
        taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    for m in sorted(found, key=lambda x: x.start):
        if m.label != "ORG" or m.start in done or not (text.startswith("、", m.end) or text.startswith("、", m.start - 1)):
            continue
        # The list: items joined by 、 around the found name.
        a = m.start
        while a > 1 and text[a - 1] == "、":
            b = a - 1
            k = b
            while k > 0 and text[k - 1] not in _ORG_STOP and text[k - 1] not in _PEER_OPEN and b - k < 14:
                k -= 1
            a = k
            if text[k - 1 : k] not in ("、",) and not (k == 0 or text[k - 1] in _PEER_OPEN):
                break  # the first item's start is unknown: a lead runs into it
        spans = []
        pos = a
        while True:
            e = pos
            while e < len(text) and text[e] not in _ORG_STOP and text[e] not in "，。；：,;:“”（）() " and e - pos <= 14:
                e += 1
            spans.append((pos, e))
            if not text.startswith("、", e):
                break
            pos = e + 1
        # The last item ends at the list's 等 (…东南铜业等“金娃娃”); without one its end is unknown (万达也在…).
        s_last, e_last = spans[-1]
        cut = text.find("等", s_last, e_last)
        spans[-1] = (s_last, cut) if cut > s_last else (s_last, e_last)
        # ... or where another rule found the last item whole: 杜肯新材料、华中数控、合强机械获评省级工业设计中心
        # (鄂州 2024 report; probe org40d), 鞍本钢、鞍凌钢实现重组 read the same way.
        last = ends.get(s_last, 0) if cut < 0 else 0
        if s_last < last <= e_last:
            spans[-1] = (s_last, last)
        elif cut < 0 and not text.startswith("等", e_last):
            spans = spans[:-1]
        # A list of fields or products with a firm among them (宁德时代、比亚迪、锂电池、新能源汽车等产业链).
        if _FIELD_AFTER_LIST.match(text, spans[-1][1] if spans else a):
            continue
        first_open = a == 0 or text[a - 1] in _PEER_OPEN
        if not first_open and spans and spans[0] not in orgs:
            spans = spans[1:]  # a lead may open the first item (接连抱上宁德时代): only a found name is sure
        for s, e in spans:
            done.add(s)
        whole = [sp for sp in spans if sp in orgs]
        suffixed = len(spans) >= 2 and all(text.endswith(("集团", "公司"), s, e) for s, e in spans)
        if len(spans) < 2 or not (len(whole) >= 2 or (suffixed and whole)) or 2 * len(whole) < len(spans) - (len(spans) if suffixed else 0):
            continue
        for s, e in spans:
            if (s, e) in orgs or any(taken[s:e]):
                continue
            item = text[s:e]
            flat = item.replace("\n", "")
            words = shared_words(flat)
            # A verb opens an activity; inside a short coined name it is a word of the name, as in _listed_enterprises
            # (火眼|位置 among 华海清科、海光信息、安擎信息、合源生物: dev Tianjin 2026 report). Where every item is a group
            # (农发集团、纺织集团、外经贸集团: dev Guizhou 2026 report) the industry word is the group's name, whatever its tag.
            verbal = [k for k, w in enumerate(words) if len(w) >= 2 and tags.get(w, "n").startswith(("v", "p", "c", "d"))]
            if suffixed:
                verbal, lead_word = [], False
            else:
                # … only where a coined word stands before the verb (火眼, 25 in jieba's counts): after a common
                # one it is a task, 技术攻关、成果转化、信号优化 beside firms (probe review20b).
                freq = shared_jieba()[0].FREQ
                verbal = [k for k in verbal if k == 0 or len(flat) > 4
                          or not any(0 < freq.get(w, 0) < _RARE_WORD for w in words[:k])]
                lead_word = any(w in _NOT_IN_RARE_NAME for w in words[:1])
            # A common noun (广告) or one + 公司 (物业公司) is a thing or a class, no name.
            if _all_tags().get(flat) in _COMMON_NOUN or (flat.endswith("公司") and _all_tags().get(flat[:-2]) in _COMMON_NOUN) \
                    or not 2 <= len(flat) <= 8 or not _PEER_ITEM.fullmatch(item) or any(c.isdigit() for c in item) \
                    or flat in places or _NOT_AN_ENTERPRISE.search(flat) or _NOT_A_PROJECT_FIRM.search(flat) \
                    or _firms_project(flat) or (flat[:2] in places and not flat.endswith(("集团", "公司"))) \
                    or (flat[0] in "省市县区州" and flat.endswith(("局", "委", "办", "厅", "处"))) \
                    or verbal or lead_word:
                # a bare level and a bureau's ending is the writer's division's body, a DEPT whatever its type
                # (市公路局直属分局、市煤炭局 after award-winning firms: 平政〔2010〕9号; probe org56p)
                continue
            out.append(Mention("ORG", s, e, "org.list", {}, priority=PRIORITY["org.list"]))
    return out


# A firm a report says went public on a named exchange: 丰安股份在北交所上市 (浦江县 2023 report). The name
# opens the clause; the exchange names are those org_names.txt holds.
_LISTED_ON = compile_cached(
    f"(?:^|(?<=[，。；：,;:\n]))([{_CJK}]{{2,8}}?)(?:成功)?(?:在|于|登陆)"
    "(?:上交所|深交所|北交所|港交所|上海证券交易所|深圳证券交易所|北京证券交易所|香港联交所|纽交所|纳斯达克)"
    "(?:主板|创业板|科创板)?(?:成功)?(?:挂牌)?上市", re.M)


# What every exchange _LISTED_ON names holds (上交所, 上海证券交易所, 纳斯达克).
_EXCHANGE_WORDS = ("交所", "交易所", "纳斯达克")


def _listed_on_exchange(text: str) -> list[Mention]:
    out = []
    if "上市" not in text or not any(w in text for w in _EXCHANGE_WORDS):
        return out  # most texts name no exchange: the scan tries every position
    tags = function_word_tags()
    for m in _LISTED_ON.finditer(text):
        words = shared_words(m.group(1))
        # A class or a count is no name (3家企业在北交所上市, 企业在科创板上市).
        if any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "r", "m", "q")) for w in words) \
                or any(w in _NOT_IN_RARE_NAME or w in _ORG_STOP or w.isdigit() for w in words) \
                or _NOT_AN_ENTERPRISE.search(m.group(1)) or m.group(1) in _place_words():
            continue
        out.append(Mention("ORG", m.start(1), m.end(1), "org.list", {}, priority=PRIORITY["org.list"]))
    return out


# Firms a review names by a coined short name as the subject of a ranking or award among firms: 欧科亿成为全县首家
# 税收过亿元工业企业，欧科亿、今成钽铌进入全市制造业亩均税收前50强 (炎陵县 2023 report); 科来兴、联科新材料入选全省
# 制造业单项冠军培育企业名单 (来安县 2025 report). The names open a clause; the rest of the clause ranks firms.
_RANKED_SUBJECTS = compile_cached(
    f"(?:^|(?<=[，。；：,;:\n]))((?:[{_CJK}]{{2,6}}、)*[{_CJK}]{{2,6}}?)"
    f"(?:连续[0-9一二三四五六七八九十两]+年|再次|首次|均|先后|又)?"
    "(?:入选|获评|荣获|跻身|进入|成为|入围|荣登|位列)", re.M)
# What makes the ranking one of firms (企业家 ranks people).
_RANK_CUE = re.compile("企业(?!家)|[0-9]+强|百强|冠军|小巨人|瞪羚|独角兽|上市公司")
_CLAUSE_END = re.compile("[，。；,;\n]")
# The ranking verbs, scanned in C: a match of _RANKED_SUBJECTS ends with one and starts where the
# run of characters before it starts (after a clause mark or a line start; it takes none of them),
# so it is tried only there, once per run (its scan would try every position of the text).
_RANKING_VERB = re.compile("入选|获评|荣获|跻身|进入|成为|入围|荣登|位列")
_RANK_OPEN = frozenset("，。；：,;:\n")


def _ranked_subject_matches(text: str):
    """``_RANKED_SUBJECTS.finditer(text)``'s matches."""
    last = prev = -1  # the run start of the previous verb, and where it stands
    for v in _RANKING_VERB.finditer(text):
        s = v.start()
        while s > 0 and text[s - 1] not in _RANK_OPEN:
            s -= 1
            if s == prev:  # in the previous verb's run: not walked again
                s = last
                break
        prev = v.start()
        if s != last:
            last = s
            m = _RANKED_SUBJECTS.match(text, s)
            if m:
                yield m


# A second ranked clause joined to the first by 、 after its ranking: 湖南钢铁进入财富世界500强、三一集团跻身福布斯全球
# 500强 (Hunan 2023 report; probe org39).
_RANKED_SECOND = compile_cached(f"(?:强|冠军|名单|榜单)、([{_CJK}]{{2,6}}?)(?:连续[0-9一二三四五六七八九十两]+年|再次|首次|均|先后|又)?(?:入选|获评|荣获|跻身|进入|成为|入围|荣登|位列)")
# A ranking of the world's or the country's 500 largest firms ranks firms only: a place and an industry is then a
# provincial group's short name (湖南钢铁进入财富世界500强: Hunan 2023 report; probe org39), as 山东能源 or 陕西煤业.
_FIRM_500 = re.compile("(?:世界|全球|中国|财富|福布斯)[^，。；、]{0,6}?(?:500|五百)强")
_PLACE_FIRM_TRADE = frozenset(("钢铁", "能源", "交通", "建工", "港口", "高速", "煤业", "焦煤", "化工", "建投", "交投",
                               "有色", "黄金", "农垦", "物产", "国贸", "建设", "航空", "机场", "电力", "投资", "医药", "重工"))


def _place_firm(item: str, places: frozenset[str]) -> bool:
    """Whether ``item`` is a province's or city's short name and an industry word (湖南钢铁, 山东能源)."""
    return any(item[:k] in places and item[k:] in _PLACE_FIRM_TRADE for k in (2, 3))


def _ranked_subjects(text: str) -> list[Mention]:
    out = []
    places = _place_words()
    counties = _county_shorts()[0]
    matches = list(_ranked_subject_matches(text))
    if "、" in text:
        matches += list(_RANKED_SECOND.finditer(text))
    for m in matches:
        stop = _CLAUSE_END.search(text, m.end())
        cue_end = stop.start() if stop else len(text)
        if not _RANK_CUE.search(text, m.end(), cue_end):
            continue
        items = m.group(1).split("、")
        firm_500 = bool(_FIRM_500.search(text, m.end(), cue_end))
        # Every item is a known firm or a coined name, none a place or a class (高坪、嘉陵入选…百强县).
        # A coined head and a trade word (光华|微|电子) is a firm's name too: 禹衡光学、光华微电子获评国家制造业单项冠军
        # 示范企业 (长春 2023 report; probe org36).
        if not all(bool(_org_names().fullmatch(w)) or ((_rare_name(w) or _coined_firm(w)) and w not in places and w not in counties
                                                        and not _NOT_AN_ENTERPRISE.search(w))
                   or (firm_500 and _place_firm(w, places)) for w in items):
            continue
        out.extend(Mention("ORG", s, e, "org.list", {}, priority=PRIORITY["org.list"])
                   for s, e, _ in _list_items(m.start(1), items))
    return out


# Engineering bureaus of the central construction groups, named by group and number: 引入中建二局、中铁一局等央企
# (龙子湖区 2022 report); 中交一公局, 中冶二十局 likewise.
_CENTRAL_SUBSIDIARY = re.compile("(?:中建|中铁|中交|中冶|中电建|中能建|中核|中水)"
                                 "[一二三四五六七八九十]{1,3}(?:公)?局(?:集团)?")


# State Grid's provincial companies by their short names: 国网福建电力 (国网福建省电力有限公司, Fujian 2018 news),
# 国网江苏电力; the place must be a province's or city's name.
_GRID_COMPANY = compile_cached(f"国网([{_CJK}]{{2,3}}?)省?电力(?!有限|公司|[{_CJK}]{{0,2}}公司)")


def _central_subsidiaries(text: str) -> list[Mention]:
    out = [Mention("ORG", m.start(), m.end(), "org.name", {}, priority=PRIORITY["org.name"])
           for m in _CENTRAL_SUBSIDIARY.finditer(text)]
    out += [Mention("ORG", m.start(), m.end(), "org.name", {}, priority=PRIORITY["org.name"])
            for m in _GRID_COMPANY.finditer(text) if m.group(1) in _place_words()]
    return out


# An international or cross-border cooperation centre a report says was set up is an organization:
# 国际红树林中心落户深圳 (Guangdong), 东北亚具身智能创新中心落户沈阳 (Liaoning), 上合科技创新合作中心挂牌运行
# (Shandong), 中国-中亚荒漠化防治合作中心落户宁夏 and 国际葡萄与葡萄酒宁夏交流合作中心正式运行 (Ningxia 2026
# reports). The predicate keeps out roles and venues (国际消费中心城市, 国际会展中心).
_INTERNATIONAL_CENTRE = compile_cached(
    f"(?:^|(?<=[，。；：“\n])|(?<=[一二三四五六七八九十]是))"
    f"((?:国际|上合|东北亚|金砖国家|中国[-—－])[{_CJK}A-Za-z—－-]{{1,20}}?中心)"
    # Another centre may share the predicate: 中国—中亚减贫合作中心、教育交流合作中心落地新疆 (Xinjiang 2026).
    f"(?=(?:、[{_CJK}]{{2,16}}?中心)?(?:落户|落地|挂牌|揭牌|成立|启用|正式运行|正式运营|投入运营))", re.M)
# Its lookbehinds keep sre from skipping to the centre's first word: tried only where those open.
_INTERNATIONAL_CENTRE_STARTS = PatternStarts(_INTERNATIONAL_CENTRE)


# A centre or institute China founds with another country or group is named by the two (中拉 China-Latin America,
# 中新 China-Singapore, 上合 the SCO) and needs no predicate: 发挥上合科创中心等平台作用 (dev Shandong 2026),
# 支持中新济南未来产业城、中新绿色科技研究院建设 (dev Shandong 2026), 获批建设…、中拉可持续粮食创新中心等国际科技合作
# 载体 (Hainan 2026 report; probe org43w). Its head is a research or cooperation body's: 中欧班列济南集结中心 is a rail
# hub (历城区 2025 report) and 上合组织 the organization itself (unmarked in the dev gold).
_BILATERAL_CENTRE = compile_cached(
    "((?:中[拉新哈欧非阿俄德法日韩英巴乌吉塔蒙老柬泰意以印]|上合)"
    f"[{_CJK}]{{0,12}}?(?:科创中心|创新中心|合作中心|交流中心|研究中心|研究院))(?![{_CJK}]{{0,2}}(?:院长|主任))")
# What may stand before the bilateral prefix: clause punctuation, a list comma, or a verb of support or use.
_BILATERAL_BEFORE = ("发挥", "支持", "推动", "推进", "加快", "建设", "建好", "用好", "依托", "打造", "共建", "组建", "成立", "设立")


def _bilateral_centres(text: str) -> list[Mention]:
    out = []
    if "中" not in text:
        return out
    for m in _BILATERAL_CENTRE.finditer(text):
        s = m.start(1)
        if s > 0 and _ORG_NAME_CHAR.match(text[s - 1]) and not text.endswith(_BILATERAL_BEFORE, 0, s):
            continue  # 集中新建…研究中心: 中新 inside a word
        if not word_bounds(text, s, s + 2):
            continue  # 中老年健康研究中心, 中英文翻译研究中心: the prefix opens a word of its own, no partner
        if any(c in _ORG_STOP for c in m.group(1)) or re.search("班列|物流|集结|产业园|示范区", m.group(1)):
            continue
        out.append(Mention("ORG", s, m.end(1), "org.centre", {}, priority=PRIORITY["org.centre"]))
    return out


def _international_centres(text: str) -> list[Mention]:
    return [Mention("ORG", m.start(1), m.end(1), "org.centre", {}, priority=PRIORITY["org.centre"])
            for m in finditer_from(_INTERNATIONAL_CENTRE, _INTERNATIONAL_CENTRE_STARTS(text), text)
            if not any(c in _ORG_STOP and c != "与" for c in m.group(1))] + _bilateral_centres(text)


@lru_cache(maxsize=1)
def _brand_pattern() -> re.Pattern[str]:
    heads, preds = load_words("org_brand_heads"), load_words("org_brand_predicates")
    # A short name stands between clause punctuation (or a line start) and a list comma or what the
    # review says of it: 。金禾实业成功打造…, ，晶科能源、金瑞投资入选…
    # The list it opens or continues ends in one of those predicates (动力机械、耕作机械、脱粒机械、… names
    # no one), and not in 等领域 or 等产业 (量子科技、聚变能源、深空探测等领域 are fields).
    # The punctuation is consumed, not looked behind: the scan then jumps from one mark to the next
    # (the captured name is what counts, and the lookahead leaves the next mark to the next item).
    # An adverbial may come before the predicate (中普石油连续两年荣获全省民营企业制造业百强: 来安县 2025 report).
    return re.compile(f"(?:^|[，。；、：,;])([{_CJK}]{{2,3}}?(?:{alternation(heads)}))"
                      f"(?=(?:、[{_CJK}A-Za-z0-9]{{2,12}}?)*?{_ADVERBIAL}?(?:{alternation(preds)})"
                      "(?!领域|产业|行业|方面|未来产业))", re.M)


_ADVERBIAL = "(?:连续[0-9一二三四五六七八九十两]+年|再次|首次|均|先后|又)"



@lru_cache(maxsize=1)
def _brand_heads() -> list[str]:
    """The industry words that end a brand's name, longest first (the one a name ends with is cut)."""
    return sorted(load_words("org_brand_heads"), key=len, reverse=True)


# The list the short name is an item of names projects: 唐晶半导体等项目释放产能 (the guide leaves
# enterprise names listed as projects open; no rule decides them).
_PROJECT_AFTER = re.compile(f"[{_CJK}、]{{0,30}}?等[^，。；]{{0,8}}项目")


# The list ends in 等 and a field a few words on: 布局功能性聚酯纤维、碳基半导体等新材料产业 (中国化工报 2020 on Shanxi;
# probe org35) names technologies, as 等领域 right after does.
_FIELDS_AFTER = compile_cached(f"(?:、[{_CJK}A-Za-z0-9]{{2,12}}?)*?等[{_CJK}]{{1,6}}?(?:领域|产业|行业|方面)")


def _brand_enterprises(text: str) -> list[Mention]:
    """Enterprises named by a brand and an industry word as the subject or a list item of a review
    sentence (金禾实业, 晶科能源, 合源生物、瑞普生物等民企, 招银金投). The brand holds no word of
    jieba's dictionary (新能源汽车, 生物医药, 高端装备, 风险投资 are fields and classes) and is no place."""
    if not any(p in text for p in load_words("org_brand_predicates")):
        return []
    heads = _brand_heads()
    tok, _ = shared_jieba()
    out = []
    for m in _brand_pattern().finditer(text):
        name = m.group(1)
        brand = name[: -len(next(h for h in heads if name.endswith(h)))]
        if len(brand) < 2 or brand in _place_words() or any(c in _ORG_STOP for c in brand) \
                or any(tok.FREQ.get(brand[i:j], 0) >= 100 for i in range(len(brand)) for j in range(i + 2, len(brand) + 1)):
            continue
        if _PROJECT_AFTER.match(text, m.end()) or _FIELDS_AFTER.match(text, m.end()):
            continue
        if text.startswith(_OWN_FIGURES, m.end()) and (m.start(1) == 0 or text[m.start(1) - 1] == "、"
                                                       or any(c in _NOT_IN_RARE_NAME for c in brand)):
            # A figure after a class reads as the class's output (规上电子产值, 全县医药产值): the brand
            # must open a clause and hold no word of place or scope.
            continue
        out.append(Mention("ORG", m.start(1), m.end(1), "org.brand", {}, priority=PRIORITY["org.brand"]))
    return out


@lru_cache(maxsize=1)
def _stop_led_words() -> tuple[str, ...]:
    """The words of org_left_stops.txt that open with a stop character (同意), longest first."""
    return tuple(sorted((w for w in load_words("org_left_stops") if len(w) >= 2 and w[0] in _ORG_STOP), key=len, reverse=True))


def _stop_led_word(text: str, i: int) -> str:
    return next((w for w in _stop_led_words() if text.startswith(w, i)), "")


@lru_cache(maxsize=1)
def _org_stops() -> re.Pattern[str]:
    # A count or a ranking before the name describes it: 5家, 500强企业 (世界 500 强企业中化(青岛)实业有限公司:
    # a Hunan county's 2017 review; the web copy spaces the figure).
    # A count in words likewise: 吉林省有一个制糖厂, 辽阳、天津、四川三大化纤厂 (1950s reports) name no factory.
    # Two digits or more after a Latin letter are a code inside the name, no count: 长三角G60科创走廊新能源产业联盟
    # (宣城 2022 report; probe org36); one is a grade, as the count was (以企业为主体的P3实验室: 长春 2023).
    return re.compile(f"(?:{alternation(load_words('org_left_stops'))}|(?:(?<![A-Za-z0-9])\\d+|(?<=[A-Za-z])\\d(?![0-9])) ?(?:强企业|[{_CJK}])?"
                      "|[一两三四五六七八九十几][一二三四五六七八九十]*(?:个|家|大|座|所))")


# Modifiers that describe an enterprise (民营企业, 外资企业) but, before an association's suffix, name
# the members it gathers: 鹿城区民营经济发展联合会, 浙江省民营企业发展联合会 (温州 2024 news),
# 温州市民营企业协会; with no place before them they stay classes (_proper_start).
_MEMBER_MODIFIERS = frozenset(("民营", "国有", "外资", "外商独资", "中外合资", "民办", "公办"))
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# The research units lists of 企业技术中心 and 工程技术研究中心 recognise inside a firm, named after it.
_FIRM_CENTRE = re.compile("(?:企业)?(?:技术中心|研发中心|工程技术研究中心)(?!有限|股份|[0-9])")
# Broadcasters a division runs, named by the division alone (德阳市电视台).
_STATION_SUFFIXES = ("电视台", "广播电视台", "广播电台", "广播电视总台", "广电总台")
# A province's or city's broadcasting group, which its level word alone may name (省广电总台; _proper_start).
_LEVEL_STATIONS = ("广电总台", "广播电视总台")


# Museums and memorial halls (ORG, org_suffixes.txt) are often named after the heritage site they stand at, with no
# place to open the name: 建成西域都护府博物馆等文博场馆 (dev Xinjiang 2026), 殷墟博物馆新馆、大河村遗址博物馆、汉魏洛阳
# 故城遗址博物馆等文化新地标建成开放 (Henan 2026 report; probe org43w). The site's word ends the stretch before the
# suffix; 各级博物馆, 省市县博物馆 and 国家一级博物馆 end in none and stay classes.
_HALLS = ("博物馆", "纪念馆", "美术馆", "科技馆", "版本馆")
_HALL_WINGS = ("新馆", "东馆", "西馆", "南馆", "北馆", "分馆")
_SITE_NAME = compile_cached(f"[{_CJK}]{{1,10}}(?P<site>遗址|故城|古城|旧址|故居|会址|都护府|殷墟|石窟|窑址|墓群|王陵)|殷墟")
# What a kind of site is called by: common nouns, verbal nouns, time words (红色遗址纪念馆, 名人故居纪念馆, 工业遗址
# 博物馆, 考古遗址博物馆, 古代窑址): a class of halls; a site's own name is a place or a word of no such kind (大河村,
# 西域, 二里头, 三星堆).
_SITE_KIND_TAGS = ("n", "vn", "t", "b")


def _site_hall_start(text: str, name_start: int, suffix_start: int) -> int:
    """Start of a hall named after a heritage site right before its suffix, or -1."""
    name = text[name_start:suffix_start]
    site = _SITE_NAME.fullmatch(name) if 2 <= len(name) <= 12 and not any(c in _ORG_STOP for c in name) else None
    if site is None:
        return -1
    tags = function_word_tags()
    if any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "r")) for w in shared_words(name)):
        return -1  # 建设遗址博物馆, 推进旧址纪念馆: a verb before a kind of hall
    if site.group("site") and all(_all_tags().get(w) in _SITE_KIND_TAGS for w in shared_words(name[: site.start("site")])):
        return -1  # 红色遗址纪念馆, 名人故居纪念馆: a kind of site names a kind of hall
    return name_start


def _cut_descriptors(text: str, start: int, suffix_start: int, society: bool = False) -> int:
    """Move ``start`` past the last verb, modifier or count before the name proper; before an
    association's suffix (``society``), past the last verb or count only."""
    for m in _org_stops().finditer(text, start, suffix_start):
        if m.group() == "国有" and _place_before(text, m.start()) and text.startswith("资", m.end()):
            # A province's or city's state capital company holds 国有 in its name: 山西省国有资本运营有限公司
            # (中国化工报 2020; probe org35), 北京国有资本运营管理有限公司; 国有 describes a firm elsewhere.
            continue
        if not (society and m.group() in _MEMBER_MODIFIERS):
            start = m.end()
            if m.group()[:1].isdigit() and _longest(_org_openers()[0], text, start - 1) > 0:
                # A numbered list's item opens with its place, no measure word after a count: 1天津市西青区
                # 田园风情家庭农场 (农办政改〔2020〕14号 annex; probe org48s), as 3家 is a count.
                start -= 1
    return start


_COMPASS = ("华南", "华中", "华北", "华东", "华西", "西北", "西南", "东南", "中南", "东北")


@lru_cache(maxsize=1)
def _org_openers() -> tuple[dict, dict, re.Pattern[str]]:
    # The country's own names open national organizations (中国银行, 中华全国总工会); so do the
    # compass regions (华中科技大学, 西南交通大学).
    # 首都 (Beijing) opens the capital's universities and institutes (首都体育学院, 首都师范大学).
    names = list(place_names()) + list(region_words()) + ["中国", "中华", "首都"] + list(_COMPASS)
    # Counties' short names open schools, banks and enterprises (长安大学, 库尔勒银行, 金川集团), not
    # those that are verbs (合作, 前进) or slogan words (平安医院 in 平安校园、平安医院).
    tags, slogans = function_word_tags(), set(load_words("loc_slogan_prefixes"))
    counties = [w for w in _county_shorts()[0] if w not in tags and w not in slogans]
    proper = re.compile(f"(?:{alternation(load_words('org_proper_suffixes'))})$")
    return _trie([w for w in names if len(w) >= 2]), _trie(counties), proper


_SOCIETIES = ("学会", "协会", "研究会", "促进会", "联合会", "基金会", "联盟")


# A township's health centre is named by its town, which a list may give with no county and no registry knows:
# 桑棗鎮中心衛生院、河清鎮中心衛生院、界牌鎮中心衛生院 (安州 2017 news; probe org48s). 乡镇 is the class (推进乡镇
# 卫生院), 全镇/各乡 the division's own, a verb no town's name (建设镇卫生院).
_TOWN_CENTRE = compile_cached(f"[{_CJK}]{{2,3}}[镇乡鎮鄉](?:中心)?")


def _town_name(name: str) -> bool:
    if not _TOWN_CENTRE.fullmatch(name) or re.search("乡镇|鄉鎮|镇乡|鎮鄉", name) or name[0] in "全本该各每我一":
        return False
    tags = function_word_tags()
    return not any(len(w) > 1 and tags.get(w, "n").startswith(("v", "p", "c", "d", "r", "m")) for w in shared_words(name))


def _township_centre(text: str, start: int, suffix_start: int) -> int:
    """Start of a town's name (and 中心) before its 卫生院 in ``text[start:suffix_start]``, or -1; a verb may lead it
    (包括桑枣镇中心卫生院)."""
    if _town_name(text[start:suffix_start]):
        return start
    tags, pos = function_word_tags(), start
    for w in shared_words(text[start:suffix_start]):
        pos += len(w)
        if len(w) > 1 and tags.get(w, "n").startswith("v") and _town_name(text[pos:suffix_start]):
            return pos
    return -1


# A foreign firm named by its state and its own name (会见了日本三菱公司副社长: 人民日报 1998, probe org58n): the state
# opens the name as a division does (guide: a place that is the prefix of an ORG is part of it). The name between is
# a rare word or two, no field or kind of firm (美国跨国公司, 日本汽车公司, 德国知名企业 are classes).
_FOREIGN_FIRM_CLASS = frozenset(("跨国", "外资", "外国", "合资", "独资", "国有", "私营", "民营", "上市", "大型", "中型",
                                 "小型", "知名", "著名", "一家", "两家", "这家", "该", "各", "有关", "相关", "其他", "本国"))


# What a bloc is named by (a doctrine, a class, a power): 集团 after it is a political group, no firm.
_BLOC_WORDS = ("主义", "资本", "统治", "军事", "利益", "反动", "侵略", "垄断", "财阀", "寡头", "势力", "政治")


def _foreign_firm_start(text: str, start: int, suffix_start: int) -> int:
    """Where a foreign state opens the firm's name before ``suffix_start``, or -1."""
    tok, _ = shared_jieba()
    states = _foreign_states()
    for k in range(start, suffix_start - 3):
        state = next((st for st in (text[k : k + 4], text[k : k + 3], text[k : k + 2]) if st in states), None)
        if state is None or not (k == start or _ends_a_lead(text, start, k)):
            continue
        name = text[k + len(state) : suffix_start]
        if text.startswith("集团", suffix_start) and name.endswith(_BLOC_WORDS):
            continue  # 南斯拉夫修正主义集团, 日本垄断资本集团 (1959 report): a political bloc, no firm
        words = shared_words(name)
        if 2 <= len(name) <= 5 and len(words) <= 2 and not _FOREIGN_FIRM_CLASS.intersection(words) \
                and all(_CJK_CHAR.match(c) for c in name) and not any(c in _ORG_STOP for c in name) \
                and all(tok.FREQ.get(w, 0) < _COMMON_HEAD_WORD for w in words) \
                and not any(function_word_tags().get(w, "n").startswith(("v", "a", "m", "r", "d", "p", "c")) for w in words):
            return k
    return -1


def _proper_start(text: str, start: int, suffix_start: int, end: int) -> int:
    """Start of the proper name of an ORG candidate, or -1 for a class of organizations.
    A legal form or newspaper (祥昇建工有限公司) or a Latin name keeps its start; other
    names open with a place (中国银行, 四川省电子商务协会), and words before the last place
    are not the name (可以前往香港工会联合会 -> 香港工会联合会); with no place, 三级公立医院
    and 住房租赁公司 are classes."""
    places, counties, suffixes = _org_openers()
    if suffixes.search(text, suffix_start, end) or re.search("[A-Za-z]", text[start:suffix_start]):
        return start
    if text[suffix_start:end] in ("卫生院", "衛生院") and (t := _township_centre(text, start, suffix_start)) >= 0:
        return t
    opener = _last_opener(places, text, start, suffix_start)
    # A lab a county names is a public institution as often as not (崂山实验室: DEPT in the gold);
    # 工农联盟 is the worker-peasant alliance.
    if opener < 0 and text[suffix_start:end] not in ("实验室", "联盟"):
        opener = _last_opener(counties, text, start, suffix_start)
        if opener > start:
            # A county's short name inside a longer word opens the name with that word: 阳新 in 华阳|新|材料
            # (重组后的华阳新材料科技集团: 中国化工报 2020 on Shanxi's groups; probe org35), not the tail after it.
            pos = start
            for w in shared_words(text[start:suffix_start]):
                if pos < opener < pos + len(w):
                    opener = pos
                    break
                pos += len(w)
    if opener < 0 and text[suffix_start:end] in _SOCIETIES:
        # International societies and unions name no place (国际深空探测学会, 世界自然保护联盟), their field of three
        # characters or more (国际天文学联合会: 人民日报 1998, probe org58n; not 世界一流学会, a class).
        opener = next((k for k in range(start, suffix_start - 4) if text.startswith(("国际", "世界"), k)
                       and (k == start or _ends_a_lead(text, start, k))), -1)
    if opener < 0 and text[suffix_start:end] in ("公司", "集团", "集团公司"):
        opener = _foreign_firm_start(text, start, suffix_start)
    if opener < 0 and text[suffix_start:end] in ("集团", "公司", "集团公司"):
        # A province's or city's state-owned group: 省水投集团, 组建省种业集团, 深化省国资运营集团.
        # Not 省属企业完成集团层面重组 or 省级征信公司: 省属, 省级 describe; the name holds no 企业.
        opener = next((k for k in range(start, suffix_start - 2) if text[k] in "省市" and text[k + 1] not in "属级"
                       and suffix_start - k <= 7 and "企业" not in text[k:suffix_start]
                       and (k == start or _ends_a_lead(text, start, k))), -1)
    if opener < 0 and text[suffix_start:end] in _LEVEL_STATIONS and suffix_start - 1 >= start \
            and text[suffix_start - 1] in "省市" and (suffix_start - 1 == start or _ends_a_lead(text, start, suffix_start - 1)):
        # A province's or city's own broadcasting group, named by its level alone as its state-owned groups are
        # (省水投集团): 省广电总台评为…引领工程单位 (Gansu 2026 report; probe org55w). Not 全省广电总台.
        return suffix_start - 1
    if opener < 0 or suffix_start - opener < 2:
        return -1
    name = text[opener:suffix_start]
    if "）" in name and "（" not in name:
        return -1  # the place is a bracket inside a longer name: 中欧班列（成渝）定价协商合作联盟
    # 天河区小学, 上海市大学(生): a full division name right before the suffix is a class;
    # 四川大学 and 中国银行 open with a short name.
    # A named county's, city's or district's 医院 is that division's general hospital, a name:
    # 霞浦县医院、古田县医院, 宁德市医院 (宁德 list of designated hospitals, 2020; probe org30), as 北京门头沟区医院.
    # So is a division's maternal-child hospital (白山市妇幼保健院: 白山 2024 notice; probe org44p) and a township's
    # health centre (花荄鎮衛生院: 安州 2017 news; probe org48s): each division has one.
    own_hospital = len(name) >= 3 and (
        (text[suffix_start:end] in ("医院", "妇幼保健院", "婦幼保健院") and text[suffix_start - 1] in "市区县旗區縣")
        or (text[suffix_start:end] in ("卫生院", "衛生院") and text[suffix_start - 1] in "镇乡鎮鄉"))
    if _longest(places, text, opener) == suffix_start and text[suffix_start - 1] in "省市区县盟旗" \
            and name not in _region_words() and not own_hospital:
        return -1  # but a region's name opens one: 大湾区大学 (Guangdong 2026 report)
    if name in ("中国", "中华") and text[suffix_start:end] in ("大学", "中学", "小学", "学校", "医院"):
        return -1  # the country's universities (软科中国大学排名): a class
    return opener


# Below this jieba frequency a two-character word before 集团 is a name (磷化 8, 海螺 68), not a
# kind of group (医疗 3488, 能源 2232, 民航 548, 物流 610).
_RARE_WORD = 100

# Characters that make the two before 公司/集团 a count or a class, not a name (8个公司, 二级公司).
_NOT_SHORT_NAME = set("一二三四五六七八九十百千万两个家级类型属")


def _short_enterprise(text: str, suffix_start: int, end: int, name_start: int = -1) -> int:
    """Start of an enterprise's two-character short name before 公司, 集团 or 集团公司 (海垦集团, 天焦公司,
    吉翼公司, 中交集团公司), or -1: the two characters start a word, are no word of jieba's dictionary (上市公司,
    资产公司, 医疗集团, 跨国公司 are classes) and no count or level."""
    s = suffix_start - 2
    if text[suffix_start:end] not in ("公司", "集团", "集团公司") or s < 0:
        return -1
    name = text[s:suffix_start]
    if not _NAME_CHAR.match(name[0]) or not _NAME_CHAR.match(name[1]) or any(c in _ORG_STOP or c in _NOT_SHORT_NAME for c in name):
        return -1
    if name.endswith("企") or name in _GROUP_CLASS_WORDS:
        return -1  # a class of firms missing from jieba's dictionary (央企集团, 国企公司, 链主集团: review16)
    tok, _ = shared_jieba()
    # A rare word names a group rather than a kind of one: 磷化集团 (Guizhou 2026 report), 海螺集团
    # (Anhui 2026 report); 医疗集团, 能源集团, 资产公司 are common words and kinds.
    rare = text[suffix_start:end] == "集团" and 0 < tok.FREQ.get(name, 0) < _RARE_WORD
    if (tok.FREQ.get(name, 0) > 0 and not rare) or tok.FREQ.get(text[s - 1 : suffix_start], 0) > 0:
        return -1
    # A place right before opens the name (鞍山鋼鐵公司).
    place = next((k for k in range(max(0, s - 4), s - 1) if text[k:s] in _place_words()), -1)
    if place < 0 and 2 <= s - name_start <= 3 and at_word_start(text, s, suffix_start):
        # So does a rare proper word that is all the walk found before the short name, after a verb or a list comma:
        # 推动万家寨水控集团、华远陆港集团重组 (山西 2020 国资 news; probe org35); 省属|水控 or 重点|水控 are not.
        lead = text[name_start:s]
        if shared_words(lead) == [lead] and 0 < tok.FREQ.get(lead, 0) < _RARE_WORD:
            place = name_start
        elif text[name_start - 1 : name_start] == "、" and all(len(w) == 1 for w in shared_words(lead)) \
                and not any(c in _NOT_SHORT_NAME or c in _ORG_STOP for c in lead) and lead not in _place_words():
            # A list item is one name from its comma: a coined name of single characters, no word among them
            # (中|盐|皓|龙 of 中盐皓龙公司 among a city's award winners: 平政〔2010〕9号; probe org56p).
            place = name_start
    return place if place >= 0 else s if at_word_start(text, s, suffix_start) else -1


# Classes of groups by owner, reach or rank, rare or missing in jieba's dictionary as brands are: 央企集团, 跨国集团,
# 链主集团 in a list beside 中建集团 name no group (review16); endings 企/营/资 too (国企, 民营, 外资).
_GROUP_CLASS_WORDS = frozenset(("跨国", "链主", "领军", "旗舰", "龙头", "骨干", "头部", "国有", "省属", "市属", "县属",
                                "区属", "地方", "中央", "上市", "知名", "百强", "大型", "中型", "小型"))

# Clause marks that end a list of 、-joined items.
_LIST_END = compile_cached("[，,。；;：:！？\n]")


def _listed_group(text: str, suffix_start: int, end: int) -> int:
    """Start of a group's two-character brand that is also a common word (人本集团, 信义集团) where it opens an item of a
    、 list that names another group by a rare brand (信义六期项目、…、人本集团轴承系列、方不圆智能装备制造、杭锅集团新能源
    环保装备研发制造基地等一批重大项目如期投产: 芜湖 2022 report; probe org51w), or -1. The list shows the word is a
    brand as _short_enterprise shows 杭锅; a kind (企业, 大型) or a count is no item's brand."""
    s = suffix_start - 2
    if text[suffix_start:end] != "集团" or s <= 0 or text[s - 1] != "、":
        return -1
    name = text[s:suffix_start]
    if not all(_NAME_CHAR.match(c) for c in name) or any(c in _ORG_STOP or c in _NOT_SHORT_NAME for c in name) \
            or name.endswith(("业", "型", "大", "小", "企", "营", "资")) or name in _GROUP_CLASS_WORDS \
            or name in _place_words():
        return -1
    tok, _ = shared_jieba()
    if tok.FREQ.get(name, 0) >= 10 * _RARE_WORD or function_word_tags().get(name, "n")[:1] in ("v", "a", "d", "r", "p", "c"):
        return -1  # a common word of the language (发展, 企业, 大型) groups, it does not name
    b = max((k.end() for k in _LIST_END.finditer(text, 0, s)), default=0)
    e = next((k.start() for k in _LIST_END.finditer(text, end)), len(text))
    for item in re.finditer("[^、]+", text[b:e]):
        g = b + item.start()
        if g == s:
            continue
        k = text.find("集团", g, b + item.end())
        if k - g == 2 and _short_enterprise(text, k, k + 2, g) == g:
            return s
    return -1


def _brand_group(text: str, name_start: int, suffix_start: int, end: int) -> int:
    """Start of a group named by a two-character brand and its trade before 集团 or 公司 (重组后的潞安化工集团,
    联合重组后的晋能控股集团: 中国化工报 2020 on Shanxi's groups; probe org35), or -1. The brand is rare in jieba's
    dictionary and no place, as for a brand named alone (_brand_enterprises); 能源化工集团 is a kind."""
    if text[suffix_start:end] not in ("集团", "公司", "集团公司"):
        return -1
    tok, _ = shared_jieba()
    for head in _brand_heads():
        if not text.endswith(head, 0, suffix_start):
            continue
        b = suffix_start - len(head) - 2
        brand = text[b : b + 2]
        if b < name_start or brand in _place_words() or any(c in _ORG_STOP or not _NAME_CHAR.match(c) for c in brand) \
                or tok.FREQ.get(brand, 0) >= _RARE_WORD or (b > name_start and tok.FREQ.get(text[b - 1 : b + 1], 0) > 0):
            return -1
        return b
    return -1


def _last_opener(trie: dict, text: str, start: int, suffix_start: int) -> int:
    """The name's start at ``start`` if a place opens there, else the last place before the suffix."""
    opener = -1
    for i in range(start, suffix_start - 1):
        if _longest(trie, text, i) > 0:
            opener = i
            if i == start:
                break
    if opener > start:
        # A place that ends a longer place opens nothing: 南县 in 灌南县华丰食用菌专业合作社 (灌南县农业农村局 2023).
        end = _longest(trie, text, opener)
        longer = next((j for j in range(max(start, opener - 3), opener) if _longest(trie, text, j) >= end), -1)
        if longer >= 0:
            opener = longer
    return opener


@lru_cache(maxsize=1)
def _surname_alternatives() -> tuple[str, str]:
    """The surnames for a regex: the two-character ones as an alternation, the single ones as a
    character class's body."""
    surnames = load_words("surnames")
    return alternation([s for s in surnames if len(s) == 2]), "".join(s for s in surnames if len(s) == 1)


# 处 closing a word of place or state (地处, 身处, 所处, 深处, 相处…) before 长 of a name (长江, 长白山, 长三角):
# no post 处长 there.
# 地 and 所 end nouns too (训练基地处长, 研究所处长): only a verb's 地处/所处 (地处长江下游) before a place.
_VERB_OF_PLACE_POST = re.compile("(?:(?<![基场阵属驻])地|(?<![究务院])所|[身位深远到各相判惩论何此])处长")


@lru_cache(maxsize=1)
def _person_pattern() -> re.Pattern[str]:
    titles = alternation(load_words("person_titles"))
    double, single = _surname_alternatives()
    # 和 after a post joins another group ("请省政协委员和列席同志提出意见"), 由 names who holds
    # it ("组长由县长担任"): no surname there.
    # A post ending its line names no one on the next ("…张高丽任组长\n原标题:…", jy0832.com 2013).
    return compile_cached(
        rf"(?:{titles})[:： \u3000\t/／]?(?P<name>(?:{double})[{_CJK}]{{1,2}}|(?![和与及由])[{single}][{_CJK}]{{1,2}})"
    )


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    """A report's byline: a head of government's post, a space, the name alone on the rest of its
    line ("省长 李炳军", "自治区主席 嘎玛泽登", "市长 龚 正")."""
    return re.compile(rf"(?:省长|市长|主席|区长|州长|县长)[ \u3000]*(?P<name>[{_CJK}](?:[ \u3000]?[{_CJK}]){{1,3}})[ \u3000]*$", re.M)


def _gap_before(norm, text: str, i: int) -> bool:
    """Whether normalization removed spaces of the original right before clean character ``i``."""
    if norm is None or norm.text != text or not 0 < i < len(norm.index):
        return False
    gap = norm.original[norm.index[i - 1] + 1 : norm.index[i]]
    return bool(gap) and not gap.strip(" \u3000\t\xa0")


# What follows a name in reports: a verb of movement or speech, a comma, 同志, 等 closing a
# list of leaders ("区政协主席叶水山等区四套班子领导").
# A division of work or an appointment names the holder between post and verb ("常务副省长陈肇雄负责省政府常务工作",
# "副省长韩永文负责…", "常务副省长黄楚平任组长", "省政府副秘书长王太晖及…", "接受齐扎拉辞去…").
# Leaders' activities: "省人大常委会主任李锦斌介绍了…" (安徽 2019), "副团长金湘军发言" (山西 2023), "省长王清宪陪同下"
# (中新网 2023), "受…省長龔正委托" (山东 2019).
# 来到 before 到: "县长徐望来到县政协委员驻地" (2021) is 徐望, no 徐望来.
_AFTER_NAME = re.compile(r"(?:摄|来到|到|在|赴|带|率|主持|出席|列席|参加|一行|同志|强调|指出|表示|调研|讲话|作|对|说|兼任|担任|等|代表|宣布"
                         r"|介绍|发言|陪同|会见|委托|致辞"
                         # A guest's leader, a companion, a list's last leader: "县长吴海宏应邀出席会议" (太湖 2021),
                         # "省委统战部部长伍席源与省政府参事…欢聚一堂" (贵州 2007), "副区长马香灵以及区直…" (伊州 2025).
                         r"|应邀|与|以及"
                         # The next field of a page's closing line, once normalization dropped the space between:
                         # "融媒体中心记者/米立克 编辑：张宏晴" (福海).
                         r"|(?:责任编辑|编辑|责编|编审|审核人|审核|初审|复审|终审|校对)[：:]"
                         r"|[，。、；：,:;\s（(）)])")
# Weaker cues, which also follow common words: the name before them is no common word of jieba's
# dictionary ("毛泽东同志曾经及时地…": 曾经 is no name). An official's name also comes before the verbs of
# a task or a motion: "由省长李小鹏牵头" (山西 2016), "市长马以提请的…议案" (湖州 2019), "副市长王翔坤宣读《…决定》"
# (沈阳 2016).
# A commendation's passive: "林芝市残联业务科副科长邓晓梅被评为…" (西藏 2025).
# A leader beside others: "全国总工会主席王东明和代表们一起审议" (山西 2023).
# A leader reporting to a meeting: "市领导董国平通报2023年我市经济社会发展情况" (黄石 2023, probe person34).
_AFTER_NAME_WEAK = re.compile("负责|分管|协助|主管|领导|牵头|提请|宣读|任|辞去|及|就|因|被|和|通报")
# Titles before a name that also precede common words (person_titles.txt, probe person34).
_GROUP_TITLES = ("领导", "获得者", "获奖者", "技术员", "工程师")


# A telephone number after a name, as a table of leaders or contacts gives it.
_PHONE = re.compile("[0-9]{7,}")


def _cell_end(text: str, norm, i: int) -> bool:
    """Whether a table's cell ends at ``i``: a space of the original that normalization removed before a
    telephone number ("县委常委、县政府副县长 王成军 15882900002", 达县 2007; "县长 李 春 158…")."""
    return _PHONE.match(text, i) is not None and (norm is None or norm.text != text or _spaced(norm, i, single=True))


# Words that open with a surname and follow a post as its verb, never a name there.
_NOT_NAMES_AFTER_POST = frozenset({"应邀", "应约", "应当", "应该", "及时", "和有", "和各"})
# A speech verb right after a post opens what the post holder says, no name, though it opens with a
# surname (市委书记强调，…; 县长强调，要…; 区长要求，…; 副市长指出): a name opening with one is none.
_SPEECH_AFTER_POST = frozenset({"强调", "要求", "指出", "表示", "提出", "认为", "希望", "主持", "讲话", "宣布",
                                "指示", "批示", "介绍", "说明", "谈到", "提到", "讲到", "表态", "部署", "总结"})


# Posts written right after a name (习近平总书记, 张三同志, 周恩来总理).
# 主席台 and 主席团 are the rostrum and the presidium ("王刚在主席台就座").
# 副主席 and 主席 spelled out (not 副?主席), so every alternative opens with a literal that sre skips to in C.
_POST_AFTER = re.compile("总书记|同志|副主席(?![台团])|主席(?![台团])|副总理|总理|委员长")
# A local head's post written after the name, as divisions of work list them ("朱小丹省长,主持省政府全面工作",
# "徐少华常务副省长,分管…", "雷于蓝副省长,分管…"): the name opens a line or a phrase and the post
# closes its phrase, so a post inside a longer one (省长助理) or a body's post (市政府副市长) names no one.
# Written as alternatives that each open with a literal (the same matches, tried in the same order as
# (?:常务)?副?(?:省长|…)): sre then skips in C to where a post can start, not every position.
_HEAD_POST_NAMES = "省长|市长|县长|区长|州长|旗长"
_HEAD_POSTS = f"(?:{_HEAD_POST_NAMES})"
# The posts inline as alternatives of their own: every alternative opens with a character, which sre
# skips to in C (a group as one alternative made it try every position).
_HEAD_POST_AFTER = re.compile(f"(?:常务副?{_HEAD_POSTS}|副{_HEAD_POSTS}|{_HEAD_POST_NAMES})(?=[，,。；;、\\s（(]|同志|主持|分管|负责|担任)")
# A head's instruction a notice acts on, the post written after the name: "根據…決定和李春城市長的批示要求"
# (成都 2001), "根据王建军副市长的批示精神". The name follows a function word or a verb of acting on it.
_INSTRUCTION_POST = re.compile(f"(?:常务副?{_HEAD_POSTS}|副{_HEAD_POSTS}|{_HEAD_POST_NAMES}|副?书记)"
                               "(?=的?(?:重要)?(?:批示|指示|讲话|要求|部署|审定|签批))")
# What a name acting as the source of an instruction follows, besides the function words of _name_before.
_INSTRUCTION_VERBS = ("根据", "按照", "遵照", "依照", "落实", "贯彻", "传达")
# A body's last character before a post (区委书记, 市政府市长): no name ends so; names end in 军 or 国 often (王建军).
_BODY_END_CHARS = frozenset("院部委会府省市区县局厅党")


def _instruction_heads(text: str) -> list[Mention]:
    """Names of the heads whose instruction a notice acts on: surname, two or three characters,
    no common word of jieba's dictionary and no place (党组书记的要求 names no one)."""
    out = []
    surnames = _surname_set()
    for m in _INSTRUCTION_POST.finditer(text):
        end = m.start()
        for size in (3, 2):
            s = end - size
            name = text[s:end]
            if s < 1 or not _ALL_CJK.fullmatch(name) or (name[0] not in surnames and name[:2] not in surnames):
                continue
            if text[s - 1] not in "的和与及、，," and text[max(0, s - 2):s] not in _INSTRUCTION_VERBS:
                continue
            if _uncommon(name) and name[-1] not in _BODY_END_CHARS:
                out.append(Mention("PERSON", s, end, "person.post_after", {}, priority=PRIORITY["person.post_after"]))
            break
    return out


# Words that end a body or a place, never a name before a post (国务院总理, 军委主席, 区政协主席,
# 市妇联主席).
_NOT_NAME_BEFORE_POST = re.compile(f"[院部委会府省市区县局厅国家党军团校司长些协联]$|[^{_CJK}]")


def _name_before(text: str, end: int, anywhere: bool = False) -> int:
    """Start of a two- or three-character name ending at ``end``, or -1."""
    surnames = _surname_set()
    for size in (3, 2):
        s = end - size
        if s < 0:
            continue
        name = text[s:end]
        if not _ALL_CJK.fullmatch(name) or (name[0] not in surnames and name[:2] not in surnames):
            continue
        before = text[s - 1] if s > 0 else ""
        # The name must start a phrase: after punctuation, a function word or the verb of
        # an appointment (接受张左己同志请求辞去, 关于庄建球同志, 任命侯继军同志为).
        if anywhere or not before or not _ONE_CJK.match(before) or before in "的以在对向和与把将是了及为由" \
                or text[max(0, s - 2) : s] in _VERB_BEFORE_NAME:
            return s
    return -1


# Words of appointments and decisions written right before a name and its 同志.
_VERB_BEFORE_NAME = {"关于", "接受", "任命", "免去", "同意", "决定", "授予", "追授", "表彰", "提名", "推荐", "给予", "补选", "选举"}


@lru_cache(maxsize=1)
def _name_item() -> str:
    double, single = _surname_alternatives()
    return f"(?:(?:{double})[{_CJK}]{{1,2}}|[{single}][{_CJK}]{{1,2}})"


# A contact field: "联系人：陈奕浪，联系电话", "联系人：王瑞科 徐芳，", "联系人：刘方、黄景晗，".
# An editor's field closing a page names a person the same way ("责编:尹妮子", 信阳 2018; "编 辑: 包瓴瓴", 湖州 2019).
# The reviewing editor's field too ("编审:熊晓辉", 2021, traditional).
# A page's reviewers close it the same way: "审核人:叶玲玲" (太湖 2021), "初审：郭文清 终审：陈 薇" (福海).
# A division of tasks names the leader in charge of each item the same way: "分管省领导：林克庆" (粤府〔2021〕22号),
# "牵头负责领导：刘惠。" (Anhui's 重点工作及责任分解, probe full35p).
# (分管|牵头负责|牵头|联系|责任)[省市区县]?领导 spelt out in the same order: every branch opens with a
# character, which sre scans for in C instead of trying the pattern at every character.
_CONTACT = re.compile(r"(?:联系人|责任编辑|责编|编辑|编审|审核人|审核|初审|复审|终审|校对"
                      r"|分管[省市区县]?领导|牵头负责[省市区县]?领导|牵头[省市区县]?领导|联系[省市区县]?领导"
                      r"|责任[省市区县]?领导)[：:]")
_CONTACT_END = re.compile(r"[，,；;。、）)\n]|电话|联系电话|手机|座机|传真|邮箱|$")


_ALL_CJK = re.compile(f"[{_CJK}]+")
_ONE_CJK = re.compile(f"[{_CJK}]")


@lru_cache(maxsize=1)
def _surname_set() -> frozenset[str]:
    return frozenset(load_words("surnames"))


def _after_contact_unit(text: str, norm, p: int) -> int:
    """Where the name starts after a contact's unit written before it with a space between
    ("联系人：市工业和信息化局科技处\u3000井新硕；", "联系人:生态保护修复科 刘覃,"), else ``p``."""
    for k in range(p + 2, min(len(text), p + 20)):
        if not _ONE_CJK.match(text, k - 1):
            break
        # A name may end like a unit (王瑞科 徐芳: two contacts, no unit).
        if text[k - 1] in _UNIT_END and not _name_item_re().fullmatch(text, p, k):
            if text[k] == " ":
                return k + 1
            if norm is not None and norm.text == text and _gap_before(norm, text, k):
                return k
    return p


# A contact line of a unit, its name and the telephone: "市科技局宣传统战与科普处:谢林伶67513757",
# "市纪委监委驻市科技局纪检监察组:何传英 67513576" (重庆 2021): a name between the colon and the number.
# The next pair after the last number: "联系电话：钟达士 13970104333；刘林忠 18979774668" (全南 2023).
# The mark opens the pattern (a colon, or a break after a digit, told apart behind it): sre scans for it in C.
_PHONE_CONTACT = re.compile(r"[：:；;，,、](?:(?<=[：:])|(?<=[0-9][；;，,、]))[ \u3000]?(?=\S{2,3}[ \u3000]?(?:0[0-9]{2,3}[-－—]+)?[0-9]{7,11}(?![0-9]))")


# A unit's desk and its person run together before the telephone, as a notice says where to report:
# "报至市政府办公室会务联络科何庆保(联系电话:3025561" (宣城 2022), "报送至市财政局预算科王晓明，联系电话：".
# Found by 电话 first (a pattern opening on optional characters is tried at every position), then read back
# over 联系, a space and a bracket or comma: the same matches as "[（(，,]?[ \u3000]?(?:联系)?电话…".
_DESK_PHONE = re.compile(r"电话[：:]?[ \u3000]?(?:0[0-9]{2,3}[-－—]+)?[0-9]{7,11}(?![0-9])")


def _desk_contacts(text: str) -> list[Mention]:
    """Names written between a unit's last character (科, 处, 室 …) and the telephone that follows:
    surname, two or three characters, no common word and no place."""
    out = []
    item = _name_item_re()
    for m in _DESK_PHONE.finditer(text):
        end = m.start()
        if text.endswith("联系", 0, end):
            end -= 2
        if end and text[end - 1] in " \u3000":
            end -= 1
        if end and text[end - 1] in "（(，,":
            end -= 1
        for size in (3, 2):
            s = end - size
            if s < 1 or text[s - 1] not in _UNIT_END or not item.fullmatch(text, s, end):
                continue
            if _uncommon(text[s:end]):
                out.append(Mention("PERSON", s, end, "person.contact", {}, priority=PRIORITY["person.title"]))
            break
    return out


def _uncommon(word: str) -> bool:
    """Whether ``word`` may be a person's name: no common word of jieba's dictionary (frequency under 50)
    and no place."""
    return shared_jieba()[0].FREQ.get(word, 0) < 50 and word not in _place_words()


def _phone_contacts(text: str) -> list[Mention]:
    """Names set between a colon and a telephone number, two or three characters with a surname
    that are no common word and no place."""
    out = []
    item = _name_item_re()
    for m in _PHONE_CONTACT.finditer(text):
        p = m.end()
        for size in (3, 2):
            e = p + size
            if item.fullmatch(text, p, e) and re.match(r"[ \u3000]?[0-9]", text[e : e + 2]) \
                    and _uncommon(text[p:e]):
                out.append(Mention("PERSON", p, e, "person.contact", {}, priority=PRIORITY["person.title"]))
                break
    return out


# The salutation of a reply to a deputy's proposal or a member's motion: a line of names before
# 委员：/代表： ("王超斌委员：", 国办函〔2006〕82号; "石英代表：", 国办函〔2006〕70号; "邓乃扬、韩汝琦委员：",
# 国办函〔2005〕69号). 各位代表： and 全体委员： address no one by name.
_SALUTATION = re.compile(f"(?m)^[{_CJK}、]{{2,40}}?(?=(?:委员|代表)[：:])")
_NOT_SALUTED = frozenset({"全体", "各位", "诸位"})


def _salutations(text: str) -> list[Mention]:
    """Names of the deputies or members a reply is addressed to, each with a surname."""
    if "委员" not in text and "代表" not in text:
        return []
    out = []
    item = _name_item_re()
    for m in _SALUTATION.finditer(text) if "委员" in text or "代表" in text else ():  # its lookahead's words
        names, p, spans = m.group().split("、"), m.start(), []
        for name in names:
            if not item.fullmatch(name) or name in _NOT_SALUTED or name in _place_words():
                break
            spans.append((p, p + len(name)))
            p += len(name) + 1
        else:
            out.extend(Mention("PERSON", s, e, "person.contact", {}, priority=PRIORITY["person.title"]) for s, e in spans)
    return out


def _contacts(text: str, norm) -> list[Mention]:
    """Names in a contact field: each two or three characters with a surname, ended by
    punctuation, a space of the original or the telephone that follows."""
    out = []
    surnames = _surname_set()
    for m in _CONTACT.finditer(text):
        # A page's footer may set the field's value on the next line ("编辑:\n俞佳", 秀洲 2010): the
        # name is then the whole of that line.
        own_line = text.startswith("\n", m.end())
        p = m.end() + 1 if own_line else _after_contact_unit(text, norm, m.end())
        while p < len(text) and (text[p] in surnames or text[p : p + 2] in surnames):
            for size in (3, 2):
                e = p + size
                if e > len(text) or not _ALL_CJK.fullmatch(text, p, e) or text[p:e] in _place_words():
                    continue
                if own_line:
                    if e == len(text) or text[e] == "\n":
                        break
                    continue
                if _CONTACT_END.match(text, e) or (norm is not None and norm.text == text and _spaced(norm, e, single=True)):
                    break
            else:
                break
            out.append(Mention("PERSON", p, e, "person.contact", {}, priority=PRIORITY["person.title"]))
            if own_line:
                break
            # Another name after 、 or a space: "王瑞科 徐芳".
            if e < len(text) and text[e] == "、":
                p = e + 1
            elif norm is not None and norm.text == text and _spaced(norm, e, single=True) and not text.startswith(("电话", "联系电话"), e):
                p = e
            else:
                break
    return out


# A member of a leading group or a list, the post in brackets after the name: "组长:孙会方(县委常委、县政府
# 常务副县长)" (卢氏 2018), "成员：李文华（县发改局局长）、王志强（县财政局局长）". The name opens its phrase (a line, a
# label's colon, a list's 、 or a space of the table) and the bracket ends with a post of person_titles.
@lru_cache(maxsize=1)
def _bracketed_post() -> re.Pattern[str]:
    posts = alternation(load_words("person_titles"))
    # A transliterated name may have a long first part (买买提尼亚孜·库尔班, 吐鲁番 2023); after a label's colon a name
    # of a rare surname stands too (副主任:竞中梅(市科技局局长)), checked in _bracketed_posts.
    return re.compile(f"(?:^|(?<=[\\n:：、，,;；\\s]))({_name_item()}|[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})+|(?<=[:：])[{_CJK}]{{2,3}})"
                      f"(?=[（(][^（()）\\n]{{0,30}}?(?:{posts})[）)])")


def _bracketed_posts(text: str) -> list[Mention]:
    """Names followed by their post in brackets (孙会方(县委常委、县政府常务副县长)): no place, body or post."""
    out = []
    tok = shared_jieba()[0]
    titles = _person_titles_re()
    surnames, places = _surname_set(), place_name_set()
    for m in _bracketed_post().finditer(text):
        s, e = m.span(1)
        w = text[s:e]
        # A body, a place or a post is no name (县财政局(局长), 县长(副县长)), nor a common word of jieba's dictionary.
        if w[-1] in _UNIT_END or w[-1] in _BODY_END_CHARS or w in _place_words() or titles.fullmatch(w) \
                or tok.FREQ.get(w, 0) >= 50:
            continue
        if "·" in w:
            if any(p in places or p[:2] in places for p in w.split("·")):
                continue
        # Without a surname the name is no word of jieba's dictionary at all.
        elif w[0] not in surnames and w[:2] not in surnames and (tok.FREQ.get(w, 0) or tok.FREQ.get(w[:2], 0) >= 50):
            continue
        out.append(Mention("PERSON", s, e, "person.title", {}, priority=PRIORITY["person.title"]))
    return out


# A body's officer named between the body and the post, as notices say who leads an event: "由市环保局蒋书华
# 副巡视员主持" (广州 2016), "市民政局王建国副局长带队". The post closes a phrase or a verb of the event follows.
# No name holds 副: "工程院原副院长" is a former post.
_UNIT_NAME_POST = re.compile("(?<=[局委办厅院部处署所站队])([\u4e00-\u9fff]{2,3}?)(?<!副)"
                             "(?=(?:常务)?副?(?:一级|二级)?(?:巡视员|调研员|局长|主任|处长|科长|厅长|部长|院长|所长|站长|队长|秘书长)"
                             "(?:[，,。；;、\\s（(]|同志|主持|出席|参加|带队|讲话|负责|介绍|陪同|汇报))")


def _unit_name_posts(text: str) -> list[Mention]:
    """Names between a body and the post after them (市环保局蒋书华副巡视员主持): a surname opens them and they
    are no common word of jieba's dictionary (常务, 党组), no unit and no place."""
    out = []
    tok = shared_jieba()[0]
    surnames = _surname_set()
    for m in _UNIT_NAME_POST.finditer(text):
        s, e = m.span(1)
        w = text[s:e]
        if "副" in w or (w[0] not in surnames and w[:2] not in surnames) or w[-1] in _UNIT_END or w[-1] in _BODY_END_CHARS \
                or w in _place_words() or tok.FREQ.get(w, 0) >= 50:
            continue
        out.append(Mention("PERSON", s, e, "person.title", {}, priority=PRIORITY["person.title"]))
    return out


@lru_cache(maxsize=1)
def _name_item_re() -> re.Pattern[str]:
    return re.compile(_name_item())


# A group by count after the name heading it: "钱之云等100名同志", "授予郭天彬等71人", "任命张学军等29名同志".
# The count is found first (a literal 等 the scan jumps to), then the name that ends before it.
# A list may close on its count without 等: "补选邵革军、邓正权、徐洪3名同志为…代表" (遂宁 2018).
# (The guard in front fails most positions in one test: the second branch opens with a lookbehind.)
_GROUP_COUNT = re.compile(f"(?=[等0-9一二三四五六七八九十])(?:等[0-9零〇一二三四五六七八九十百千两]+(?:名|位|人)"
                          f"|(?<=[{_CJK}])[0-9一二三四五六七八九十]+名同志)")


def _heads_phrase(text: str, s: int) -> bool:
    """Whether a name at ``s`` opens a phrase: after punctuation, a verb of decisions or a
    preposition or conjunction (对, 由, 以及, 和)."""
    before = text[s - 1] if s > 0 else ""
    return not before or not _ONE_CJK.match(before) or text[max(0, s - 2) : s] in _VERB_BEFORE_NAME \
        or before in "对为向给由将及和与"


def _group_heads(text: str) -> list[Mention]:
    out = []
    item = _name_item_re()
    last = 0
    for g in _GROUP_COUNT.finditer(text):
        e = g.start()
        # The longest name that starts a phrase: after 和 the name is 卢南, not 和卢南
        # ("新安县人民政府等14个单位和卢南等45名同志").
        # 的 opens the head's noun phrase too: "給予獲得…金牌的柯麗婷等14名運動員…記大功" (福建 2021).
        s = next((k for k in range(max(last, e - 5), e - 1) if item.fullmatch(text, k, e)
                  and (_heads_phrase(text, k) or text[k - 1 : k] == "的")), None)
        if s is None or not g.group().startswith("等") and text[s - 1 : s] != "、":
            continue
        last = g.end()
        name = text[s:e]
        if not _uncommon(name):
            continue
        out.append(Mention("PERSON", s, e, "person.list", {}, priority=PRIORITY["person.list"]))
        # Names listed before the head with 、 ("高双成、卢玉桥等20名个人"), each opening a phrase.
        while s > 3 and text[s - 1] == "、":
            e = s - 1
            s = next((k for k in range(max(0, e - 3), e - 1) if item.fullmatch(text, k, e)
                      and (_heads_phrase(text, k) or text[k - 1] == "、")), -1)
            if s < 0 or not _uncommon(text[s:e]):
                break
            out.append(Mention("PERSON", s, e, "person.list", {}, priority=PRIORITY["person.list"]))
    return out


def _appointee_item() -> str:
    """A name in an appointment: a transliterated one with its dots ("任命艾尔肯·吐尼亚孜为代理主席",
    新疆 2021) or two or three characters with a surname."""
    return f"(?:[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})+|{_name_item()})"


@lru_cache(maxsize=1)
def _appointed() -> re.Pattern[str]:
    """Names appointed: "决定任命杜家毫、孙尧、黄建盛为省政府副省长"; elected the same way: "推选蓝佛安为代表团团长,
    推选金湘军、罗清宇、王拥军、张吉福、吴伟为副团长" (山西 2023)."""
    item = _appointee_item()
    # A list of appointments opens with a colon: "决定任命: 余兴军为樊城区人民政府副区长" (樊城 2020).
    # The heading may stand on its own line, the list under it: "决定任命：\n余兴军为樊城区人民政府副区长" (樊城 2020, probe person34).
    return re.compile(rf"(?:任命|推选|选举)(?:[：:][ \u3000]?\n?)?(?P<names>{item}(?:、{item})*)(?:同志)?为")


@lru_cache(maxsize=1)
def _dismissed() -> re.Pattern[str]:
    """A name dismissed from a post: "免去张松岭省政府秘书长职务" (the post's unit follows; a named
    division may open it: "免去卢炳椿泉州市人民政府副市长…的职务", 泉州 2018)."""
    # A transliterated name too: "免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务" (嘉兴南湖 2025).
    # Its last part as short as the frame allows, so 的 and the post's unit stay outside it.
    dotted = f"[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}}?)+(?=同志|的)"
    return re.compile(rf"免去(?P<names>{dotted}|{_name_item()})(?=同志|的|[省市县区州]|国务院|(?P<place>[{_CJK}]{{2,4}}?)[省市县区州])")


def _place_opens(text: str, start: int, places: frozenset[str] | set[str]) -> bool:
    """Whether a place name of 2-4 characters starts at ``start`` and a level word follows it."""
    return any(text[start:start + n] in places and text[start + n:start + n + 1] in "省市县区州" for n in (2, 3, 4))


@lru_cache(maxsize=1)
def _resigned() -> re.Pattern[str]:
    """A resignation accepted: "接受齐扎拉辞去西藏自治区主席职务的请求"; the further resignations of the
    same sentence after 、 ("接受杨自力辞去…职务、邓为辞去…职务、熊隆东辞去…职务的请求", 遂宁 2018)."""
    item = _appointee_item()
    # Several accepted at once: "接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务" (嘉兴南湖 2025).
    return re.compile(rf"接受(?P<names>{item}(?:、{item})*)(?:同志)?辞去(?P<more>[^。；\n]*)")


@lru_cache(maxsize=1)
def _more_resigned() -> re.Pattern[str]:
    return re.compile(rf"职务、(?P<names>{_appointee_item()})(?:同志)?辞去")


def _appointees(text: str) -> list[Mention]:
    out = []
    places = place_name_set()
    dismissed = [m for m in _dismissed().finditer(text) if "职务" in text[m.end() : m.end() + 30]
                 and (m.group("place") is None or m.group("place") in places)]
    resigned = list(_resigned().finditer(text))
    more = [r for m in resigned for r in _more_resigned().finditer(text, m.start("more"), m.end("more"))]
    for m in list(_appointed().finditer(text)) + resigned + more + dismissed:
        pos = m.start("names")
        names = m.group("names")
        if m in dismissed and m.group("place") is None and len(names) == 3 and _place_opens(text, m.end("names") - 1, places):
            names = names[:2]  # 免去李明杭州市…: a two-character name, and 杭州 opens the post's unit
        for w in names.split("、"):
            if w not in _place_words():
                out.append(Mention("PERSON", pos, pos + len(w), "person.list", {}, priority=PRIORITY["person.list"]))
            pos += len(w) + 1
    return out


# Characters that end a caption or a verb phrase, never a name ("李森 摄"); 村 ends a village
# whose town's 镇 and its first character read as a post (东流镇长安村: no 镇长 安村).
_NOT_NAME_END = set("摄到在赴说讲称等和与及率带村")


@lru_cache(maxsize=1)
def _roster_line() -> re.Pattern[str]:
    double, single = _surname_alternatives()
    return re.compile(rf"(?:{double}|[{single}])[{_CJK}]{{2}}")


# The post a roster line may open with (副主任：, 秘书长：, 主  任：, 委员：, 常务副组长：).
# A page may drop the first character of a label spaced out to two columns ("组  长" → "  长:许黎明  管委会常务副主任",
# "成  员" → "  员:": 丹东 合作区 2017; " 长:孙会方(…)": 卢氏 2018): a bare 长/员/任 opening a line before the
# colon is such a label, no word of its own there.
_ROSTER_POST = re.compile(r"(?:(?:常务)?[副总]?(?:主任|组长|局长|部长|校长|主席|书记|指挥长|总指挥)|秘书长|成员|委员|召集人|[长员任])[：:]")
# What opens the unit or post written right after a roster name without a space
# ("林克庆省委常委", "张宜生珠海市副市长", "郑人豪省发展改革委主任").
_UNIT_OPENER = re.compile(r"[省市县区州]|国务院|中央|全国|国家|最高|共青团|中国|自治区")
# A roster names at least this many people, one a line, each before their unit.
_ROSTER_MIN = 3


def _spaced(norm, i: int, single: bool = False) -> bool:
    """Whether normalization removed two or more spaces, or one full-width space (one
    column of two, as rosters set "张　伟　河北省…"), before clean character ``i``;
    with ``single``, any space (a roster line opened by its post: "组 长:龚 正 市长")."""
    if not 0 < i < len(norm.index):
        return False
    gap = norm.original[norm.index[i - 1] + 1 : norm.index[i]]
    return (len(gap) >= 2 or gap == "\u3000" or (single and bool(gap))) and not gap.strip(" \u3000\t\xa0")


_SHORT_COUNTY_UNIT = re.compile(f"(?:[{_CJK}]{{2}}[县区]|自治[州县])[{_CJK}]{{0,10}}?[局室会府院心站所队委厅处科办校社馆]")


def _short_county_unit(text: str, i: int) -> bool:
    """Whether a county's or an autonomous prefecture's body by its short name starts at ``i``: "江华县林业局"
    (江华瑶族自治县), "自治州林业局" (湘政函〔2003〕140号's list)."""
    return _SHORT_COUNTY_UNIT.match(text, i) is not None


def _opens_unit(text: str, i: int) -> bool:
    """Whether a unit or a post starts at ``i``: a level, a place or a post word."""
    if _UNIT_OPENER.match(text, i) or _person_titles_re().match(text, i):
        return True
    names = place_name_set()
    return any(text[i : i + k] in names for k in range(2, 7))


@lru_cache(maxsize=1)
def _person_titles_re() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('person_titles'))}|常委|党组)")


def _more_on_line(text: str, end: int) -> list[Mention]:
    """Further names after 、 on a roster line opened by its post, the line ending with the last
    ("副主任:卢焱群、龙福清", 黄政办发[2007]17号)."""
    out = []
    item = _name_item_re()
    while text.startswith("、", end):
        s = end + 1
        m = next((m for m in (item.fullmatch(text, s, s + k) for k in (3, 2)) if m and (
            m.end() == len(text) or text[m.end()] in "、\n")), None)
        if m is None or m.group() in _place_words():
            return []
        out.append(Mention("PERSON", s, m.end(), "person.roster", {}, priority=PRIORITY["person.roster"]))
        end = m.end()
    return out


def _after_roster_name(text: str, norm, start: int, end: int) -> int:
    """Where a body's name starts when a person's name and a space of the original open the line
    before it, as a commendation list sets each person before their unit ("许凤文 梨树县吉凤手工艺品
    基地有限公司 总经理"): normalization removed the space and joined the two."""
    if norm is None or norm.text != text or (start > 0 and _ONE_CJK.match(text, start - 1)):
        return start
    for k in (start + 2, start + 3):
        if k < end - 2 and _spaced(norm, k, single=True) and not _spaced(norm, start + 1, single=True) \
                and _name_item_re().fullmatch(text, start, k) and (_opens_unit(text, k) or _roster_row(norm, k)):
            return k
    return start


def _after_padded_name(text: str, norm, start: int, end: int) -> int:
    """Where a unit's name starts when a roster line opens with a two-character name padded to the width of
    three ("张 磊 省电力有限公司总经理", "林 韩 省电力公司总工程师": 闽政办〔2011〕61号's members; probe org50p):
    normalization joined the name to the unit. The unit itself is not spaced out character by character."""
    if norm is None or norm.text != text or (start > 0 and _ONE_CJK.match(text, start - 1)):
        return start
    k = start + 2
    if k < end - 2 and _spaced(norm, start + 1, single=True) and _spaced(norm, k, single=True) \
            and not _spaced(norm, k + 1, single=True) and not _spaced(norm, k + 2, single=True) \
            and _name_item_re().fullmatch(text, start, k) and _opens_unit(text, k):
        return k
    return start


def _glued_roster_head(text: str, norm, start: int, suffix: int, end: int) -> int:
    """Where a firm's name starts when a roster row runs its member's name, the firm and the post together
    with no space ("温文星广东恒健投资控股有限公司董事长", last row of 粤办函〔2021〕299号's 成员): the row opens
    its line of the original (or follows the label's colon) with a name of a surname, a place opens the firm
    right after it, and posts alone close the line. Normalization may have joined the row to the one before,
    so the walk left may have crossed the row's start."""
    if not _posts_close_line(text, norm, end):
        return start
    names = place_name_set()
    for p in range(suffix - 4, start - 1, -1):
        if not (p == 0 or text[p - 1] in "\n:：" or _line_break_before(norm, text, p)):
            continue
        for k in (p + 3, p + 2):
            w = text[p:k]
            if k < suffix - 1 and _name_item_re().fullmatch(w) and _uncommon(w) and not w.startswith(_GROUP_PREFIXES) \
                    and any(text[k : k + j] in names for j in range(2, 7)):
                return k
        return start
    return start


def _line_break_before(norm, text: str, i: int) -> bool:
    """Whether the original had a line break right before clean character ``i`` that normalization removed."""
    if norm is None or norm.text != text or not 0 < i < len(norm.index):
        return False
    return "\n" in norm.original[norm.index[i - 1] + 1 : norm.index[i]]


def _posts_close_line(text: str, norm, i: int) -> bool:
    """Whether posts alone, joined by 、, run from clean offset ``i`` to the end of its original line (董事长,
    党委书记、董事长). Read post by post, never to the line's end first: a firm in a long unbroken line
    (a list of firms in one paragraph) costs its posts, not its line (review14)."""
    titles, n = _person_titles_re(), 0
    while True:
        j = i
        while j < len(text) and text[j] in " \u3000\t":
            j += 1
        if j == len(text) or text[j] == "\n" or _line_break_before(norm, text, j):
            return n > 0
        m = titles.match(text, i)
        if not m or any(_line_break_before(norm, text, k) for k in range(i + 1, m.end())):
            return False
        i, n = m.end(), n + 1
        if text.startswith("、", i) and not _line_break_before(norm, text, i):
            i += 1


def _roster_row(norm, k: int) -> bool:
    """Whether the original line that clean character ``k`` is on reads as a commendation list's row: one
    space before ``k`` (after the name) and another after the unit, before the post ("李玉珠 辽河农垦管理区宋大嫂
    食品有限公司 总经理": probe award45p), the unit itself unspaced."""
    o = norm.index[k]
    line_end = norm.original.find("\n", o)
    rest = norm.original[o : len(norm.original) if line_end < 0 else line_end].rstrip()
    gaps = re.findall(r"[ \u3000]+", rest)
    return len(gaps) == 1 and 2 <= len(rest) - rest.rfind(gaps[0][-1]) - 1 <= 12


# A line of a name grid: names of two or three characters between spaces, a two-character one
# padded to three columns ("兰玉华 李金保 李先平 缪延相 陈 忠", a commendation list's 先进工作者).
_GRID_LINE = re.compile(rf"^[ \u3000]*[{_CJK}]{{1,3}}(?:[ \u3000]+[{_CJK}]{{1,3}}){{2,}}[ \u3000]*$", re.M)
_GRID_TOKEN = re.compile(rf"[{_CJK}]+")
# A grid line names at least this many people.
_GRID_MIN = 3


def _name_grid(text: str, norm) -> list[Mention]:
    """Names of a grid, several a line between spaces of the original (which normalization
    removes, joining the lines): every cell a name with a surname, none a place or a common word."""
    if norm is None or norm.text != text:
        return []
    out = []
    item = _name_item_re()
    freq = shared_jieba()[0].FREQ
    places = _place_words()
    orig = norm.original
    for line in _GRID_LINE.finditer(orig):
        toks = list(_GRID_TOKEN.finditer(orig, line.start(), line.end()))
        cells, i = [], 0
        while i < len(toks):
            t = toks[i]
            # Two single characters one space apart are one padded name (陈 忠).
            if len(t.group()) == 1 and i + 1 < len(toks) and len(toks[i + 1].group()) == 1 \
                    and toks[i + 1].start() - t.end() == 1:
                cells.append((t.start(), toks[i + 1].end(), t.group() + toks[i + 1].group()))
                i += 2
                continue
            cells.append((t.start(), t.end(), t.group()))
            i += 1
        spans = [(bisect.bisect_left(norm.index, os_), bisect.bisect_left(norm.index, oe - 1) + 1) for os_, oe, _ in cells]
        # A frequent word of jieba's dictionary is no name, unless the dictionary tags it as one (毛岸英 in
        # a grid of the 2019 最美奋斗者 list, szb.21xc.com).
        if len(cells) < _GRID_MIN or any(not item.fullmatch(text, s, e) or text[s:e] in places
                                         or freq.get(text[s:e], 0) >= 50 and _all_tags().get(text[s:e]) not in ("nr", "nrfg")
                                         for s, e in spans):
            continue
        out.extend(Mention("PERSON", s, e, "person.roster", {}, priority=PRIORITY["person.roster"]) for s, e in spans)
    return out


# A news item's byline in brackets: "(记者王佳 通讯员王宁)", "(记者 赵点 通讯员 杨运良 马艳超)",
# "(记者/陈洁娜 实习生/林胤)". The original's spaces end each name. A dateline's bracket may hold the name
# alone ("中国网海峡频道7月24日讯(周晓磊)23日，…", 泉州 2018).
# A news item's closing credit, a name alone in brackets after its last sentence: "…秘书长高江淮参加会议。(张云梅)"
# (新疆日报 2022); the line ends there, or the editor's bracket follows once normalization joined the lines.
# The outlet may name itself before 记者 ("(海峡导报记者 张雄敏 刘龙 通讯员 郑文典 薛敏灵)", 台海网 2019), and any
# outlet's 讯 opens a bracketed name ("本网讯(徐琦)", 樊城 2020).
# (Every branch opens with the bracket: the guard in front fails the other positions in one test.)
_BYLINE_OPEN = re.compile(rf"(?=[（(])(?:[（(](?:本报|特约|见习|(?:(?!记者|通讯员)[{_CJK}]){{2,6}}?)?(?:记者|通讯员)"
                          rf"|(?:(?<=讯)|(?<=日电))[（(](?=[{_CJK}]{{2,3}}[）)])"
                          rf"|(?<=。)[（(](?=[{_CJK}]{{2,3}}[）)](?:[ \u3000]*$|[（(\n])))", re.M)
_BYLINE_ROLE = re.compile(r"(?:本报|特约|见习)?(?:记者|通讯员|实习生|摄影|摄)[/／:：]?")


def _byline_names(text: str, norm) -> list[Mention]:
    """Names of the reporters in a bracketed byline, each ended by a space of the original, a
    role word, a bracket or a slash."""
    if norm is None or norm.text != text:
        return []
    out = []
    item = _name_item_re()
    for m in _BYLINE_OPEN.finditer(text):
        close = min((k for k in (text.find(")", m.end()), text.find("）", m.end())) if k > 0), default=-1)
        if close < 0 or close - m.start() > 40:
            continue
        # Past the outlet's name, at the role: "(海峡导报记者 …".
        role = next((w for w in ("记者", "通讯员") if m.group().endswith(w)), "")
        p = m.end() - len(role) if role else m.start() + 1
        found = []
        while p < close:
            r = _BYLINE_ROLE.match(text, p)
            if r:
                p = r.end()
                continue
            if text.startswith("报道", p) and p + 2 == close:
                break
            # "(记者张磊报道)" (天山网 2025): 报道 closes the byline.
            e = next((k for k in range(p + 2, min(close, p + 3) + 1) if k == close or _gap_before(norm, text, k)
                      or _BYLINE_ROLE.match(text, k) or text[k] in "、，,/／" or text.startswith("报道", k)), None)
            if e is None or not item.fullmatch(text, p, e) or text[p:e] in _place_words():
                found = []
                break
            found.append(Mention("PERSON", p, e, "person.title", {}, priority=PRIORITY["person.title"]))
            p = e + (text[e] in "、，,/／")
        out.extend(found)
    return out


# Two reporters after 记者, no bracket: "大皖客户端记者 王吉祥 项磊" at a page's end (安徽 2019), a caption's
# "南方+记者张梓望杨奇摄" (广东 2024). The run of characters ends at 摄, 报道 or the end of the characters.
# A colon may set the names off: "全媒体记者:王勃 陶然" (2021, traditional).
_REPORTER_RUN = re.compile(rf"(?<![答向对名位的])记者[ \u3000:：]?([{_CJK}]{{4,8}})")


def _reporter_pairs(text: str, norm) -> list[Mention]:
    """Two names run together after 记者: split where the original had a space, or else at the one place
    that leaves two names of two or three characters, each with a surname and no common word."""
    if "记者" not in text:
        return []
    item = _name_item_re()
    out = []
    for m in _REPORTER_RUN.finditer(text):
        s, e = m.span(1)
        if text.endswith("报道", s, e):
            e -= 2
        elif text[e - 1] == "摄":
            e -= 1
        elif e < len(text) and _ONE_CJK.match(text, e):
            continue  # the run goes on into the sentence
        if not 4 <= e - s <= 6:
            continue
        gaps = [k for k in range(s + 2, e - 1) if _gap_before(norm, text, k)]
        cuts = gaps if len(gaps) == 1 else [k for k in range(s + 2, e - 1) if not gaps and item.fullmatch(text, s, k) and item.fullmatch(text, k, e)]
        if len(cuts) != 1:
            continue
        k = cuts[0]
        names = [(s, k), (k, e)]
        if all(item.fullmatch(text, a, b) and _uncommon(text[a:b]) for a, b in names):
            out.extend(Mention("PERSON", a, b, "person.title", {}, priority=PRIORITY["person.title"]) for a, b in names)
    return out


def _roster(text: str, norm) -> list[Mention]:
    """Names of a list of commended people, one a line before the unit
    ("钱之云  合肥市农业委员会", "李  刚  凤台县…"): the original's lines and spacing mark
    them, which normalization removes (it may join such lines)."""
    if norm is None or norm.text != text:
        return []
    out = []
    labelled = 0
    # Under a label alone on its line ("组长:" / "成员:"), each next line opens with a name
    # ("孙春兰 国务院副总理", 国办函〔2022〕33号), until a line that is neither a name nor a label.
    under_label = False
    rows: list[int] = []  # lines opening with a surname the loop read no name on
    rare: list[int] = []  # lines opening with two or three characters of no known surname
    for nl in re.finditer("\n", norm.original):
        # The first clean character after the original line break.
        s = bisect.bisect_right(norm.index, nl.start())
        post = _ROSTER_POST.match(text, s)  # 副主任：陈宝生　　教育部部长
        if post and text.startswith("\n", post.end()):
            under_label = True
            continue
        s = post.end() if post else s
        if text.startswith("常务", s):
            continue  # a post's label the pattern above does not know ("常务副主任委员:梅香雪"), no name
        # "金宪(朝鲜族)  吉林省和龙市…": a two-character name closed by its note of sex or nationality.
        noted = bool(_PERSON_NOTE.match(text, s + 2))
        m = _roster_line().match(text, s) or (_roster_pair().match(text, s) if post or labelled or under_label or noted else None)
        if not m and _RARE_ROW.match(text, s):
            rare.append(s)
        if not m:
            line_end = text.find("\n", s)
            under_label = under_label and text[line_end - 1 if line_end > 0 else len(text) - 1] in ":："
            continue
        # Two characters, or three; a two-character name may be padded inside (李  刚).
        # Under a post label (组长：, 成员：) one space ends the name, or the unit that
        # follows it unspaced ("组 长:林克庆省委常委", "王 曦副省长").
        loose = bool(post) or labelled > 0 or under_label
        for end in (s + 2, s + 3):
            if end > m.end():
                break
            # "周华驹(市政府副秘书长)": the post or unit in brackets after the name (东府办函[2003]248号).
            bracket = text.startswith(("(", "（"), end) and _opens_unit(text, end + 1)
            # A labelled line that lists two or more names: "副主任:卢焱群、龙福清".
            bracket = bracket or (bool(post) and text.startswith("、", end) and bool(_more_on_line(text, end)))
            # "王淑清(女) 吉林省延吉市…": the note of sex or nationality closes the name.
            bracket = bracket or bool(_PERSON_NOTE.match(text, end))
            # "许凤文 梨树县吉凤…公司 总经理", "张 英 双辽市…": one space, then a unit opening with a place
            # or a level (the list's three names or more, _ROSTER_MIN, guard against a lone heading).
            bracket = bracket or (_spaced(norm, end, single=True) and (_opens_unit(text, end) or _short_county_unit(text, end)))
            if _spaced(norm, end, single=loose) or bracket or (loose and end - s == 3 and _opens_unit(text, end)
                                                     and not _spaced(norm, s + 1, single=True)) \
                    or (loose and end - s == 2 and _opens_unit(text, end) and not _opens_unit(text, end - 1)):
                out.append(Mention("PERSON", s, end, "person.roster", {}, priority=PRIORITY["person.roster"]))
                labelled += bool(post)
                if post:
                    out.extend(_more_on_line(text, end))
                break
        else:
            rows.append(s)
    if len(out) < _ROSTER_MIN:
        return []
    # In a list of three names or more, a row of the same form whose unit opens with no known place (魏秀云
    # 伊通县云鹏饲料店 总经理, 李玉珠 辽河农垦管理区…公司 总经理: probe award45p) opens with a name too.
    for s in rows:
        for end in (s + 2, s + 3):
            if _spaced(norm, end, single=True) and not any(_spaced(norm, j, single=True) for j in range(s + 1, end)) \
                    and _roster_line().match(text, s) and _roster_row(norm, end) \
                    and text[s:end] not in _place_words():
                out.append(Mention("PERSON", s, end, "person.roster", {}, priority=PRIORITY["person.roster"]))
                break
    # A name of a rare surname the list (surnames.txt) lacks is set the same way ("郏云生  蒙城县农业技术推广中心",
    # "沐永久  定远县定城农技中心站": dev pt-208869): two columns of space, then a unit opening with a place or a
    # county's short name; the cell no common word and no place.
    for s in rare:
        for end in (s + 2, s + 3):
            if _spaced(norm, end) and not any(_spaced(norm, j, single=True) for j in range(s + 1, end)) \
                    and (_opens_unit(text, end) or _short_county_unit(text, end)) and _uncommon(text[s:end]) \
                    and not _person_titles_re().search(text, s, end):
                out.append(Mention("PERSON", s, end, "person.roster", {}, priority=PRIORITY["person.roster"]))
                break
    return out


# A roster row's name cell of two or three characters, whatever the surname.
_RARE_ROW = re.compile(f"[{_CJK}]{{2,3}}")


# The last character of a unit in a commendation list that writes each unit, a space and its
# person on one line ("市人民政府办公室 李勇平 市科学技术局 赖立明 … 市民政局 柳 絮").
_UNIT_END = set("局室会府院心站所司队委厅处科部办校社馆团行")
_UNIT_END_RE = re.compile("[" + "".join(sorted(_UNIT_END)) + "]")
# Such a list names at least this many people.
_PAIRS_MIN = 3


def _unit_name_pairs(text: str, norm) -> list[Mention]:
    """Names each written between spaces right after their unit, in a list of three or more:
    the original's spaces mark them (a two-character name may be padded: 柳 絮)."""
    if norm is None or norm.text != text:
        return []
    out = []
    item = _name_item_re()
    # The characters after a unit's last one, found by sre in C (a loop over every character was 2% of a run).
    for k in map(re.Match.end, _UNIT_END_RE.finditer(text, 0, len(text) - 2)):
        if not _gap_before(norm, text, k):
            continue
        for size in (2, 3):
            e = k + size
            if e > len(text) or not item.fullmatch(text, k, e):
                continue
            # Padding inside a two-character name (柳 絮) is one gap; a three-character name has none.
            if size == 3 and (_gap_before(norm, text, k + 1) or _gap_before(norm, text, k + 2)):
                break
            if e == len(text) or text[e] == "\n" or _gap_before(norm, text, e):
                name = text[k:e]
                if _uncommon(name):
                    out.append(Mention("PERSON", k, e, "person.roster", {}, priority=PRIORITY["person.roster"]))
                break
    return out if len(out) >= _PAIRS_MIN else []


# A name opening a list's entry or a bracket, then a space and the person's unit or party: "【…先进工作者】：周迪军
# 农工党岳阳市人民医院总支主委" and "（李作超 永州市疾病预防控制中心…科长）" (农工党湖南省委 2025, probe person34).
_NAME_UNIT_OPEN = re.compile(f"(?:(?<=[：:（(；;\n])|^)(?=[{_CJK}])", re.M)
_PARTY_OPENER = re.compile("民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|中共")


def _name_unit_pairs(text: str, norm) -> list[Mention]:
    """A name right after a colon, a bracket or a line's start, then a space of the original and a unit,
    a place or a party: the entry of a list of commended people or members."""
    if norm is None or norm.text != text:
        return []
    out = []
    item = _name_item_re()
    for k in map(re.Match.start, _NAME_UNIT_OPEN.finditer(text)):
        for size in (3, 2):
            e = k + size
            if e >= len(text) or not item.fullmatch(text, k, e) or not _gap_before(norm, text, e):
                continue
            if any(_gap_before(norm, text, j) for j in range(k + 1, e)):
                break
            name = text[k:e]
            if name not in _place_words() and shared_jieba()[0].FREQ.get(name, 0) < 50 \
                    and (_PARTY_OPENER.match(text, e) or _opens_unit(text, e)):
                out.append(Mention("PERSON", k, e, "person.roster", {}, priority=PRIORITY["person.roster"]))
            break
    # A list's entries: one such line alone may be a table's row the roster reads otherwise.
    return out if len(out) >= 2 else []


@lru_cache(maxsize=1)
def _roster_pair() -> re.Pattern[str]:
    """A two-character name ending a roster line's name column (王曦副省长)."""
    double, single = _surname_alternatives()
    return re.compile(rf"(?:{double}|[{single}])[{_CJK}]")


@lru_cache(maxsize=1)
def _leader_pattern() -> re.Pattern[str]:
    names = _first_alternation(load_words("person_leaders"))
    posts = _first_alternation(load_words("person_appellations"))
    return re.compile(f"(?P<name>{names})|(?P<post>{posts})")


@lru_cache(maxsize=1)
def _leader_starts() -> PairStarts:
    """Where a leader's name or appellation may start (a few hundred positions of a long report)."""
    return PairStarts(load_words("person_leaders") + load_words("person_appellations"))


@lru_cache(maxsize=1)
def _doctrine() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('person_doctrines'))})")


# A cultural tradition named after a place or a sage (齐鲁文化, 朱子文化, 孔子文化): the dev gold leaves the
# person's reading unmarked (3 of 3); 习近平文化思想 is a doctrine, which the leader rule reads.
_TRADITION_AFTER = re.compile(r"文化(?!思想)")


def _names_a_tradition(text: str, end: int) -> bool:
    """Whether a model name ending at ``end`` qualifies 文化: the name of a tradition, not a person."""
    return bool(_TRADITION_AFTER.match(text, end))


def _in_doctrine(text: str, end: int, central: bool) -> bool:
    """Whether a name ending at ``end`` opens a doctrine's name that is left unmarked outside
    central documents (习近平新时代中国特色社会主义思想 in a provincial report)."""
    return not central and bool(_doctrine().match(text, end))


def _leaders(text: str, central: bool) -> list[Mention]:
    """National leaders by name where the name starts a word (康生 in 健康生活 does not),
    and the surname of a leader's appellation (毛 of 毛主席)."""
    out = []
    for m in finditer_from(_leader_pattern(), _leader_starts()(text), text):
        if m.group("post"):
            s, e = m.start(), m.start() + 1
        else:
            s, e = m.span()
            # Only the start: jieba reads 毛泽东思想 as one word. A two-character name may
            # end another word (康生 in 健康生活); a longer one is no part of a word.
            if _in_doctrine(text, e, central) or (e - s == 2 and not at_word_start(text, s, e)):
                continue
            # A leader's two characters opening a three-character name before its post ("陈云贤副省长,分管…").
            # Or a group's head before its count: "金牌的朱德寧等38名運動員" (福建 2021).
            if e - s == 2 and _ONE_CJK.match(text, e) and (_HEAD_POST_AFTER.match(text, e + 1) or _POST_AFTER.match(text, e + 1)
                                                        or _GROUP_COUNT.match(text, e + 1)):
                continue
        out.append(Mention("PERSON", s, e, "person.leader", {}, priority=PRIORITY["person.leader"]))
    return out


# A note after a name in a list of people: sex, nationality or both ("（女）", "(回族)", "（女，满族）").
_PERSON_NOTE = re.compile(f"[（(](?:女|男)?(?:[，,、]?[{_CJK}]{{1,4}}族)?(?<![（(])[）)]")


@lru_cache(maxsize=1)
def _name_list_item() -> str:
    # A transliterated name may stand among them (陈全国、雪克来提·扎克尔、孙金龙).
    # A note of sex or nationality may follow a name: "王玲(女)、黄敏(女)、梁清…刘萍(女)、麦上荣".
    return f"(?:{_name_item()}|[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})+)(?:{_PERSON_NOTE.pattern})?"


@lru_cache(maxsize=1)
def _name_chain() -> re.Pattern[str]:
    """The items of a list of names from a start, with no closing word required."""
    item = _name_list_item()
    return compile_cached(f"{item}(?:、{item})*")


@lru_cache(maxsize=1)
def _name_list() -> re.Pattern[str]:
    item = _name_list_item()
    # Leaders attending a meeting: "县领导吴昌亮、李标、金一玲…参加会议" (…肖文昌以及县直有关部门负责人: a
    # list closed by 以及, whose last name holds a place's name); the presidium on the
    # rostrum after its post ("执行主席俞国行、鲁松庭…和大会主席团全体成员在主席台就座",
    # "副主席吉尔拉·衣沙木丁、孔星隆、杨勇…", "常务主席、执行主席王国和、马国强…在主席台前排就座").
    # A commendation's verb opens such a list too: "决定追授石树增、陈朋、孙利东、李良旭同志…称号" (辽宁).
    # A district's deputies too: "副区长陶永明、项涛、阎洁，副区长马香灵…" (伊州 2025).
    after_post = "|".join(f"(?<={p})" for p in ("领导", "主席", "主任", "委员", "省长", "市长", "州长", "县长", "区长", "书记",
                                                "授予", "追授"))
    # Leaders who each did one thing: "副省長王書堅、于國安、任愛榮分別召開座談會" (山东 2019).
    # A count of the people may close the list: "张再峰、王怡璇…、李庆6位委员代表作大会议政发言" (吉县 2024),
    # "郑九万、邵钦祥…、赵林中、蒋定军10人当选为“十大时代先锋”" (浙江 2006).
    return compile_cached(f"(?:(?<![{_CJK}])|{after_post})({item}(?:、{item}){{2,}})"
                          f"(?=等|同志|参加|出席|列席|及|以及|和|在|分别|[0-9一二三四五六七八九十]+[位名人]|[，,。；;）)（(\n])")


# Where a list of names can open: after a character that is not CJK or after one of the posts of
# _name_list, before a first item that ends at a 、 (two to four characters) or at a · (a
# transliterated name). _name_list opens with lookbehinds, so sre tries it at every position
# (about 2 ms per report); this scan opens with a character class that sre skips through in C.
_NAME_LIST_LEAD = re.compile(f"[^{_CJK}](?=[{_CJK}]{{2,4}}(?:[（(][^（()）]{{1,6}}[）)])?、|[{_CJK}]{{2,6}}·)")
_NAME_LIST_POST = re.compile(f"(?:领导|主席|主任|委员|省长|市长|州长|县长|区长|书记|授予|追授)(?=[{_CJK}]{{2,4}}、|[{_CJK}]{{2,6}}·)")


def _name_list_starts(text: str) -> list[int]:
    """The positions where a match of _name_list may start (more, never fewer)."""
    starts = [0]
    starts.extend(map(re.Match.end, _NAME_LIST_LEAD.finditer(text)))
    starts.extend(map(re.Match.end, _NAME_LIST_POST.finditer(text)))
    starts.sort()
    return starts


def _bare(item: str) -> str:
    """A list item without its note of sex or nationality (王玲(女) → 王玲)."""
    m = _PERSON_NOTE.search(item)
    return item[: m.start()] if m else item


def _name_list_matches(text: str) -> Iterator[re.Match[str]]:
    """``_name_list().finditer(text)``, tried only at ``_name_list_starts``. Where no list closes at a
    start, none closes at a later item of the same chain either (its lists are the first one's
    tails, ending where they end), so those items are not tried again: a long 、 list that no
    closing word follows ("成都、成都、…") is read once, not once per item. So are the parts of a
    transliterated name after each · (each opens a start): a run of them ("买买提·买买提·…") was read
    to its end from every ·, quadratic before."""
    names, chain = _name_list(), _name_chain()
    end = dead = 0
    for p in _name_list_starts(text):
        if p < end or (p < dead and text[p - 1] in "、·"):
            continue
        m = names.match(text, p)
        if m:
            end = m.end()
            yield m
        elif p >= dead and (c := chain.match(text, p)) is not None:
            dead = c.end()


def _listed_names(text: str) -> list[Mention]:
    """Three names or more in a list of their own (张华、蒋筑英、罗健夫…等同志): every item opens
    with a surname, none is a word of jieba's dictionary that is common (石棉、石膏) or a
    function word, a place or a body."""
    tok, _ = shared_jieba()
    tags = function_word_tags()
    out = []
    for m in _name_list_matches(text):
        noted = m.group(1).split("、")
        # 等 closing the list is no part of its last name: "…成西、阮彬等参加慰问" (2021).
        if len(noted[-1]) == 3 and noted[-1].endswith("等"):
            noted[-1] = noted[-1][:-1]
        items = [_bare(w) for w in noted]
        # A given name may be a place's too (石峰 of 株洲): in a long list of names one such item is a name
        # ("县领导梁薇、石峰、张正韶、石磊、黄齐飞、成西、阮彬等参加慰问", 2021); a list of places names no one.
        places = sum(w in _place_words() for w in items)
        if any(w in tags for w in items) or places and (len(items) < 5 or places * 4 > len(items)):
            continue
        # jieba's dictionary holds many names (徐志纯, 孙金龙): a few common words in a long list
        # are names too, a list of mostly common words (石棉、石膏) names no one.
        if sum(tok.FREQ.get(w, 0) >= 50 for w in items) * 3 > len(items):
            continue
        pos = m.start(1)
        for w, full in zip(items, noted):
            # A post opening the list's first item (副主席吉尔拉·衣沙木丁) is no part of the name.
            post = _person_titles_re().match(w) if "·" in w else None
            cut = post.end() if post and w.find("·") - post.end() >= 2 else 0
            out.append(Mention("PERSON", pos + cut, pos + len(w), "person.list", {}, priority=PRIORITY["person.list"]))
            pos += len(full) + 1
    return out


# A transliterated name, given name · family name (艾尔肯·吐尼亚孜, 布茹玛汗·毛勒朵): two or more
# parts of two to four characters between punctuation. Slogans and brand names joined by ·
# (“投资中国·优选湖北”) stand in quotation marks; a part that is a place (新甘肃·甘肃日报) names no
# one. A post may run into the name once normalization drops the byline's space ("自治区主席
# 艾尔肯·吐尼亚孜", wr2026 xinjiang). The name is the subject of what follows: "自治区主席艾尔肯·吐尼亚孜在乌鲁木齐会见…",
# "…艾尔肯·吐尼亚孜2月7日上午会见" (新疆 2024), "外交部长谢尔盖·阿列伊尼克分别代表…" (山西 2023).
# 同志 after the name is no part of it, and 以及 joins the next: "区长亚迪卡尔·吐尔洪同志主持召开…" (伊州 2025),
# "政协主席古丽努尔·阿布勒以及部分自治区…代表" (福海).
_DOTTED = re.compile(rf"(?:(?<![{_CJK}·])|(?<=主席|主任|总统|总理|首相|国王|外长|部长|议长|大使|省长|州长|市长|县长|区长))[{_CJK}]{{2,4}}(?:·[{_CJK}]{{2,6}})+(?<!同志)(?=[，。、；：,\s（()）”0-9]|代表|主持|宣布|出席|应邀|在|分别|会见|参加|同志|以及|$)")


def _dotted_starts(text: str) -> list[int]:
    """Where a match of _DOTTED may start: two to four characters before a ·. _DOTTED opens with
    lookbehinds, which make sre try it at every position of the text."""
    starts: set[int] = set()
    k = text.find("·")
    while k >= 0:
        starts.update(range(max(0, k - 4), k - 1))
        k = text.find("·", k + 1)
    return sorted(starts)


_DOTTED_POST = re.compile(r"主席|总统|总理|首相|国王|外长|部长|议长|大使|先生|女士")


def _dotted_names(text: str) -> list[Mention]:
    if "·" not in text:
        return []
    out = []
    places = place_name_set()
    for m in finditer_from(_DOTTED, _dotted_starts(text), text):
        if text[m.start() - 1 : m.start()] in ("“", "「", "‘", '"') or text[m.end() : m.end() + 1] in ("”", "」", "’", '"'):
            continue  # a quoted slogan
        start, end = m.start(), m.end()
        post = _DOTTED_POST.match(text, start)  # 主席阿布·阿拉: the post is no part of the name
        if post and text.find("·", start) - post.end() >= 2:
            start = post.end()
        if text[end - 1] in "说著讲称" and end - text.rfind("·", start, end) > 3:
            end -= 1  # 玛格丽特·里德说
        parts = text[start:end].split("·")
        if any(p in places or p[:2] in places or p[-2:] in places for p in parts):
            continue
        out.append(Mention("PERSON", start, end, "person.dotted", {}, priority=PRIORITY["person.title"]))
    return out


@lru_cache(maxsize=1)
def _tibetan_name() -> re.Pattern[str]:
    """Two or three elements of a Tibetan given name joined (次仁拉姆, 扎西多吉): no surname to read."""
    words = load_words("person_tibetan_parts")
    part = _first_alternation(words)
    # The guard in front lets the scan fail a position in one test (twice as fast over a report).
    firsts = "".join(sorted({re.escape(w[0]) for w in words if w}))
    return re.compile(f"(?=[{firsts}])(?:(?:{part}){{2,3}})")


def _tibetan_names(text: str) -> list[Mention]:
    """Tibetan names, each two elements or three of ``person_tibetan_parts`` ("市长扎西多吉出席",
    "学生巴桑顿珠是", "书记次仁加布、"): one element alone is too short a cue."""
    out = []
    for m in _tibetan_name().finditer(text):
        out.append(Mention("PERSON", m.start(), m.end(), "person.title", {}, priority=PRIORITY["person.title"]))
    return out


def tag_persons(text: str, ctx: Context | None = None) -> list[Mention]:
    out = []
    out.extend(_roster(text, ctx.source if ctx else None))
    for m in _POST_AFTER.finditer(text):
        # 总书记 always follows a name; 同志 and the others only count where a phrase starts.
        # "授予肖颖等同志…称号": 等 closes the name, no part of it.
        end = m.start() - 1 if m.group() == "同志" and text[m.start() - 1 : m.start()] == "等" else m.start()
        s = _name_before(text, end, anywhere=m.group() == "总书记")
        # Before 同志 a given name may end like a body (吴文团同志, 漳州 2019): three characters that are no
        # word of jieba's dictionary and no place are a name.
        named = s >= 0 and m.group() == "同志" and end - s == 3 and shared_jieba()[0].FREQ.get(text[s:end], 0) == 0 \
            and text[s:end] not in _place_words()
        if s >= 0 and (named or not _NOT_NAME_BEFORE_POST.search(text, s, end)):
            out.append(Mention("PERSON", s, end, "person.post_after", {}, priority=PRIORITY["person.post_after"]))
    for m in _HEAD_POST_AFTER.finditer(text):
        s = _name_before(text, m.start())
        if s >= 0 and m.start() - s == 3 and text[s] == "由":
            s += 1  # 由 the preposition, not the surname: "调整为由章曦副省长担任"
        # 由 names who holds a charge: "原由张曙光副省长担任的高邮湖…省级湖长" (安徽 2020).
        if s >= 0 and (s == 0 or text[s - 1] in "\n，,。；;、 由") and not _NOT_NAME_BEFORE_POST.search(text, s, m.start()):
            out.append(Mention("PERSON", s, m.start(), "person.post_after", {}, priority=PRIORITY["person.post_after"]))
    out.extend(_leaders(text, bool(ctx and ctx.central)))
    out.extend(_listed_names(text))
    out.extend(_dotted_names(text))
    norm = ctx.source if ctx else None
    out.extend(_contacts(text, norm))
    out.extend(_bracketed_posts(text))
    out.extend(_unit_name_posts(text))
    out.extend(_salutations(text))
    out.extend(_phone_contacts(text))
    out.extend(_desk_contacts(text))
    out.extend(_instruction_heads(text))
    out.extend(_group_heads(text))
    out.extend(_unit_name_pairs(text, norm))
    # Once: a roster's line may be read by _roster already.
    spans = {(m.start, m.end) for m in out}
    out.extend(m for m in _name_unit_pairs(text, norm) if (m.start, m.end) not in spans)
    out.extend(_name_grid(text, norm))
    out.extend(_byline_names(text, norm))
    out.extend(_reporter_pairs(text, norm))
    out.extend(_appointees(text))
    bylines = {m.span("name") for m in _byline().finditer(text)
               if m.start("name") > m.start() and text[m.start("name") - 1] in " \u3000" or _gap_before(norm, text, m.start("name"))}
    for s, e in sorted(bylines):
        # 自治区主席 嘎玛泽登: a byline names its speaker whatever the name's script (no surname list).
        out.append(Mention("PERSON", s, e, "person.title", {}, priority=PRIORITY["person.title"]))
    for m in _person_pattern().finditer(text):
        s, e = m.span("name")
        if (s, e) in bylines or _ROSTER_POST.match(text, s):
            continue  # a roster's next label after a post (副主席 / 成　员：), no name
        if m.start() and _VERB_OF_PLACE_POST.match(text, m.start() - 1):
            continue  # 处长 read out of 地处|长江 names no one: 南京地处长江下游 (南京 2018 plan, probe loc41)
        # Prefer the longest name after which a typical continuation follows.
        # A pronoun is no name's part: "负责人来我县调研" (子长 2017).
        if "我" in text[s:e]:
            continue
        for cut in (e, e - 1):
            # A verb after a post is no name though it opens with a surname: "单位负责人应邀参加" (吉县 2024).
            if text[cut - 1] in _NOT_NAME_END or text[s:cut] in _NOT_NAMES_AFTER_POST:
                continue
            if text[s : s + 2] in _SPEECH_AFTER_POST:
                break  # 县长强调，要…: the post's holder speaks, unnamed
            # 来 of 来到 closes no name: "县长徐望来到县政协委员驻地" (2021, traditional).
            if text[cut - 1] == "来" and text.startswith("到", cut):
                continue
            # After a group's or a trade's word a common word follows as often as a name (市领导干部，): only
            # a word that is no common one of jieba's dictionary is a name there.
            if text[m.start():s].rstrip(":： \u3000\t/／").endswith(_GROUP_TITLES) \
                    and shared_jieba()[0].FREQ.get(text[s:cut], 0) >= 50:
                continue
            if cut - s >= 2 and (_AFTER_NAME.match(text, cut) or _AFTER_NAME_WEAK.match(text, cut)
                                 and shared_jieba()[0].FREQ.get(text[s:cut], 0) < 50 or _cell_end(text, norm, cut)):
                out.append(Mention("PERSON", s, cut, "person.title", {}, priority=PRIORITY["person.title"]))
                break
    # A Tibetan name a byline already gave (自治区主席 嘎玛泽登) once.
    spans = {(m.start, m.end) for m in out}
    out.extend(m for m in _tibetan_names(text) if (m.start, m.end) not in spans)
    out.extend(_recurring_names(text, out))
    out.extend(_field_list_tails(text, out))
    return out


# A roster's field gives its post, a colon and the names of those holding it, two or more joined by 、
# ("常务副组长：王国华、王申峰，副组长：…", 秀洲区 2010 notice; "联系人：刘方、黄景晗", dev pt-85109): the
# post names the first; the others after it, to the field's end, are names too.
_FIELD_LIST_END = re.compile(r"[，,。；;\n]|$")


def _field_list_tails(text: str, found: list[Mention]) -> list[Mention]:
    """The names after the first of a field's list (``found`` holds the first, right after a colon): each
    with a surname, no common word and no place, the last ending the field."""
    have = {(m.start, m.end) for m in found if m.label == "PERSON"}
    item = _name_item_re()
    out = []
    for s, e in sorted(have):
        if not s or text[s - 1] not in "：:" or not text.startswith("、", e):
            continue
        spans, p = [], e
        while text.startswith("、", p):
            for size in (3, 2):
                if item.fullmatch(text, p + 1, p + 1 + size) and (text.startswith("、", p + 1 + size)
                                                                  or _FIELD_LIST_END.match(text, p + 1 + size)):
                    break
            else:
                spans = []
                break
            if not _uncommon(text[p + 1 : p + 1 + size]):
                spans = []
                break
            spans.append((p + 1, p + 1 + size))
            p += 1 + size
        if spans and _FIELD_LIST_END.match(text, p):
            out.extend(Mention("PERSON", a, b, "person.list", {}, priority=PRIORITY["person.list"])
                       for a, b in spans if (a, b) not in have)
    return out


# A group's roster run into one line, as reposting sites flatten a notice ("成员:吴恒权中央宣传部副部长张业遂
# 外交部…副部长杜鹰发展改革委副主任朱宏任工业和信息化部总工程师…", 国办 2013 on jy0832.com): each name stands
# between the label or the last row's post and the body that opens its own row.
_ROW_POST_END = re.compile("(?:[长师]|成员|委员|主任|书记|总理|主席|[：:])$")
# Such a roster names at least this many people.
_RUN_ROSTER_MIN = 3


def names_between_bodies(text: str, kept: list[Mention]) -> list[Mention]:
    """``kept`` with the names of a run-on roster: two or three characters with a surname between a
    post (or a label's colon) and a DEPT the rules found. Spans they cover (朱宏 of 朱宏任, the
    place 黄海 of 黄海辉) give way."""
    freq = shared_jieba()[0].FREQ
    places = _place_words()
    item = _name_item_re()
    found = []
    for d in kept:
        if d.label != "DEPT":
            continue
        for size in (3, 2):
            s = d.start - size
            # The post's last character may be a surname (师 of 总工程师李强): the post must end before it.
            if s < 1 or not item.fullmatch(text, s, d.start) or not _ROW_POST_END.search(text, max(0, s - 3), s):
                continue
            name = text[s : d.start]
            # jieba's dictionary holds many officials' names (张业遂 256): a person's tag keeps them.
            if name not in places and (freq.get(name, 0) < 50 or _all_tags().get(name) in ("nr", "nrfg")):
                found.append(Mention("PERSON", s, d.start, "person.roster", {}, priority=PRIORITY["person.roster"]))
            break
    if len(found) < _RUN_ROSTER_MIN:
        return kept
    # The bodies stay: a name that would cut into one (or into a name already read) is none.
    bodies = bytearray(len(text))
    for m in kept:
        if m.label == "DEPT":
            bodies[m.start : m.end] = b"\x01" * (m.end - m.start)
    names: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        if not any(bodies[m.start : m.end]):
            bodies[m.start : m.end] = b"\x01" * (m.end - m.start)
            names.append(m)
    taken = bytearray(len(text))
    for m in names:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    rest = [m for m in kept if m.label == "DEPT" or not any(taken[m.start : m.end])]
    same = {(o.start, o.end) for o in rest if o.label == "PERSON"}
    # Sorted as resolve_overlaps left them: later stages read mentions in text order.
    return sorted(rest + [m for m in names if (m.start, m.end) not in same], key=lambda m: (m.start, m.end))


# What a speaker's name opens in news after its first mention ("王俊要求，", "王俊说，", "应勇强调").
# A report's speaker, named in its byline, again opening the next line: "甘肃省省长 任振鹤\n任振鹤作政府工作报告"
# (wr2026 gansu, hebei, tianjin), "雪克来提·扎克尔代表自治区人民政府作政府工作报告" (xinjiang).
# A leader listening at a meeting: "王军边听边记，并认真作了梳理" (通江 2020).
_SPEAKER_VERB = re.compile("要求|强调|指出|表示|说|认为|提出|希望|主持|讲话|宣布|边听边记|认真听取|作(?:了|的)?(?:《|政府工作报告|[^，。\n]{0,12}报告)"
                           "|代表(?:[^，。\n]{0,8}(?:人民政府|政府)|当选)")


# A name's characters: Han, and the dot between the parts of a transliterated name.
_NAME_RUN = re.compile(f"[{_CJK}]+(?:·[{_CJK}]+)*")


@lru_cache(maxsize=1)
def _post_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('person_titles'))})$")


def _post_before(text: str, k: int) -> bool:
    """Whether a post of person_titles ends right before ``k``."""
    return _post_end().search(text, max(0, k - 8), k) is not None


def _recurring_names(text: str, found: list[Mention]) -> list[Mention]:
    """A name already found by its post or frame, written again alone as the subject of a
    sentence: it opens the text, a line or a sentence and a verb of speech follows."""
    spans = {(m.start, m.end) for m in found}
    names = {text[m.start : m.end] for m in found if m.end - m.start >= 2 and _NAME_RUN.fullmatch(text, m.start, m.end)}
    out = []
    for name in names:
        for k in _find_all(text, name):
            e = k + len(name)
            if (k, e) in spans:
                continue
            # A transliterated name (阿力木江·买买提明) or one of three characters found by its frame names
            # the same person wherever it opens a phrase ("严金海出生于1962年3月", "并向严金海颁发了任命书").
            # A leader's name opening a doctrine stays as the leader rules left it (习近平新时代…).
            if _doctrine().match(text, e):
                continue
            if "·" in name or len(name) >= 3 and (k == 0 or not _ONE_CJK.match(text[k - 1]) or _heads_phrase(text, k)) \
                    and (e == len(text) or "·" in name or not _ONE_CJK.match(text[e]) or _name_item_re().fullmatch(name)):
                pass
            # Three characters with a surname, before what follows names ("得票相对集中的陈洪国等3人", 寿光 2017):
            # the same person wherever the phrase opens.
            elif len(name) == 3 and _name_item_re().fullmatch(name) and _AFTER_NAME.match(text, e):
                pass
            # Right after a post, or opening a line before what follows names: "泉州市人民政府副市长王永礼代理…",
            # "决定接受:\n康涛辞去…" (泉州 2018).
            elif _name_item_re().fullmatch(name) and (_post_before(text, k) or (k == 0 or text[k - 1] in "\n。；;")
                                                     and (_AFTER_NAME.match(text, e) or _AFTER_NAME_WEAK.match(text, e))):
                pass
            # Three characters after the unit they work in: "报送至党政办郭文静企业微信邮箱", the contact of the
            # notice's last line (山东 2023).
            elif len(name) == 3 and _name_item_re().fullmatch(name) and text[k - 1 : k] in _UNIT_END:
                pass
            # 由 names who chairs: "会议由戴骅主持" (长宁 2023).
            elif (k > 0 and text[k - 1] not in "\n。；;！!？?，,由") or not _SPEAKER_VERB.match(text, e):
                continue
            out.append(Mention("PERSON", k, e, "person.post_after", {}, priority=PRIORITY["person.post_after"]))
    return out


@lru_cache(maxsize=1)
def _loc_tables() -> tuple[dict, dict, frozenset[str], PairStarts, frozenset[str]]:
    """Prefix trees of place names and of city+county pairs, their two-character
    prefixes, where they may start, and the characters a match may start with."""
    # Counties since made cities or districts keep their old name in older texts (潜山县 → 潜山市 in
    # 2018; dev pt-208869 of 2015: 潜山县余井镇进士村).
    # Named natural features (rivers, lakes, mountains, deserts…) stand alone like a division (guide v2.2 LOC).
    names = list(place_names()) + list(region_words()) + list(_foreign_states()) + list(_provincial_county_shorts()) \
        + sorted(load_divisions().former_county_forms) + sorted(_natural_features()) + _autonomous_forms() + ["首都"]
    cities = {p.code[:4]: p for p in places() if p.level == "city"}
    # A city followed by one of its own counties' short names: 绵阳江油.
    # A new area that is a county is written by its name without 新区 after its city (上海浦东).
    pairs = [
        city + short
        for p in places()
        if p.level == "county" and p.code[:4] in cities
        for short in {p.short, p.name[:-2] if p.name.endswith("新区") else ""}
        if len(short) >= 2
        for city in {cities[p.code[:4]].short, cities[p.code[:4]].name}
        if len(city) >= 2
    ]
    # A province followed by one of its counties' short names, as a city is: 陕西黄陵 (同步協調推進陜西黃陵、
    # 富縣等5個特高壓配套電源項目建設: 鄂政發〔2020〕19號, probe loc40).
    # A short name that is an ordinary word or a verb makes none (辽宁振兴 is Liaoning's revival, not 振兴区).
    provinces = {p.code[:2]: p for p in places() if p.level == "province"}
    common, tags = _common_shorts(), function_word_tags()
    pairs += [
        provinces[p.code[:2]].short + p.short
        for p in places()
        if p.level == "county" and p.code[:2] in provinces and len(p.short) >= 2
        and len(provinces[p.code[:2]].short) >= 2 and p.short not in common and p.short not in tags
    ]
    words = [w for w in names + pairs if w]
    # Every word has two characters or more, so a match starts with one of
    # these prefixes (or is a hall after 省/市/县/区).
    assert all(len(w) >= 2 for w in words)
    prefixes = frozenset(w[:2] for w in words)
    starts = {w[0] for w in words} | set(_HALL_PREFIX)
    return _trie(names), _trie(pairs), prefixes, PairStarts(words), frozenset(starts)


def _autonomous_forms() -> list[str]:
    """An autonomous county or banner by its short name and level character (给沧源县边境村老支书们的回信:
    Lincang river plan, bongotimes.com/info/1464/357512.html, for 沧源佤族自治县; 化隆县谢家滩乡拉扎村: Qinghai
    2026, for 化隆回族自治县), as the division resolver reads them (kb.divisions._forms_of)."""
    return [form for form, _ in _autonomous_short_forms()]


def _autonomous_short_forms() -> list[tuple[str, Place]]:
    """(short name + level character, the division) of each autonomous county or banner."""
    return [(p.short + short, p) for p in places() for full, short in (("自治县", "县"), ("自治旗", "旗"))
            if p.level == "county" and p.name.endswith(full) and len(p.short) >= 2]


@lru_cache(maxsize=1)
def _natural_features() -> frozenset[str]:
    """Named rivers, lakes, mountains… of ``loc_natural_features.txt``."""
    return frozenset(load_words("loc_natural_features"))


@lru_cache(maxsize=1)
def _provincial_county_shorts() -> tuple[str, ...]:
    """Short names of the county-level cities and counties a province administers directly (code
    xx90xx: 仙桃, 天门, 琼海, 陵水, 石河子), which reports name like prefectures (加快仙桃、天门…;
    Hubei and Hainan 2026 reports); not those that are ordinary words (东方, 白沙, 新星: loc_generic
    names and county_short_words.txt)."""
    common = set(load_words("county_short_words")) | set(load_words("loc_generic_names"))
    return tuple(p.short for p in places() if p.level == "county" and p.code[2:4] == "90"
                 and len(p.short) >= 2 and p.short not in common)


@lru_cache(maxsize=1)
def _provincial_county_firsts() -> frozenset[str]:
    return frozenset(w[0] for w in _provincial_county_shorts())


def _trie(words: list[str]) -> dict:
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return root


def _ends(trie: dict, text: str, i: int) -> list[int]:
    """End offsets of the words of ``trie`` that start at ``i``, longest first."""
    out = []
    node: dict | None = trie
    n = len(text)
    while i < n and node is not None:
        node = node.get(text[i])
        if node is None:
            break
        i += 1
        if "" in node:
            out.append(i)
    out.reverse()
    return out


def _longest(trie: dict, text: str, i: int) -> int:
    ends = _ends(trie, text, i)
    return ends[0] if ends else -1


# Named service halls are places; generic ones (大厅, 政务大厅) are not.
_HALL_PREFIX = "省市县区"
# The province's or city's 人民会堂 is its congress hall, named by its level like a service hall:
# …会议在省人民会堂隆重开幕 (Hunan 2024 report, probe org27), as 广西人民会堂 by its place.
# Its 人民大会堂 or 人民大礼堂 as well: …会议在重慶市人民大禮堂舉行 (Chongqing 2022 report, probe loc40).
_HALL = re.compile("政务服务(?:中心)?大厅|人民大?会堂|人民大礼堂")


def _loc_at(names: dict, pairs: dict, halls: dict[int, int], text: str, i: int) -> int:
    """End of the LOC match at ``i`` or -1; the order of the alternation
    ``(?:names|[省市县区])政务服务(?:中心)?大厅``, then the longer of ``pairs`` and
    ``(?:names)+``, each alternation trying longer words first."""
    ends = _ends(names, text, i)
    if halls:
        for e in ends + ([i + 1] if text[i] in _HALL_PREFIX else []):
            if e in halls:
                return halls[e]
    pair = _longest(pairs, text, i)
    end = ends[0] if ends else -1
    natural = _natural_features()
    last = i
    while end > 0:
        nxt = _longest(names, text, end)
        # Natural features named one after another are as many places (韩江榕江练江水系连通工程: dev
        # gold, Guangdong 2026); a place may open one (河源万绿湖) or name its section (洮河定西段).
        if nxt < 0 or (_feature_name(text[last:end], natural) and _feature_name(text[end:nxt], natural)):
            break
        # A province's part after a city is a peer, not the city's part (突破菏泽鲁西崛起: dev gold,
        # Shandong 2026); parts named one after another stay one region (粤东粤西粤北地区).
        if _COMPASS_PART.fullmatch(text, end, nxt) and not _COMPASS_PART.fullmatch(text, last, end):
            break
        # 首都 stands for Beijing, never a part of the place before it (推进张家口首都“两区”建设: Hebei 2026).
        if nxt == end + 2 and text.startswith("首都", end):
            break
        # A world region or a foreign state is never part of a place of China before it (持续释放郑州中欧班列
        # 集结中心辐射带动力: dev wr2026-henan marks 郑州).
        if text[end:nxt] in _abroad_names():
            break
        # Two prefecture-level cities, the second not inside the first, are peers, two places (唱好杭州宁波“双城记”:
        # Zhejiang 2023 report, probe loc52w; guide v2.2, LOC 1: the cities of a pair or a route are LOCs each);
        # a city and a county of its own stay one place (绵阳江油).
        # Two cities before a site or zone they share name it together (宁波舟山港一体化: probe loc16).
        if _peer_cities(text[last:end], text[end:nxt]) and not _shared_site_after(text, nxt):
            break
        # A region that heads its own cluster is a peer of the city before it, not the city's part
        # (推进洛阳中原城市群副中心城市建设: Henan 2020 and 2023 reports, probe loc32).
        if text.startswith(_REGION_ZONE_HEADS, nxt) and text[end:nxt] in _region_words():
            break
        # A county holds no division: a county's or district's name then a division's is two places, as
        # where a list's lines are joined (宁都县、兴国县\n吉安市(13个): a Jiangxi basin list, probe loc29).
        if text[end - 1] in _COUNTY_LEVEL_END and not text.endswith(_REGION_LEVEL_ENDS, last, end) \
                and text[nxt - 1] in _DIVISION_END:
            break
        last, end = end, nxt
    # 广州市天河区 is a chain of full names, longer than the pair 广州市天河.
    return max(pair, end)


_COUNTY_LEVEL_END = "县区旗"


@lru_cache(maxsize=1)
def _division_readings() -> dict[str, frozenset[tuple[str, str]]]:
    """The divisions each name (full or short, two characters or more) stands for: (level, code prefix), the
    prefix two digits for a province, four for a city, six for a county."""
    size = {"province": 2, "city": 4}
    out: dict[str, set[tuple[str, str]]] = {}
    for p in places():
        for n in {p.name, p.short}:
            if len(n) >= 2:
                out.setdefault(n, set()).add((p.level, p.code[: size.get(p.level, 6)]))
    return {n: frozenset(r) for n, r in out.items()}


def _shared_site_after(text: str, end: int) -> bool:
    pat = _loc_patterns()
    return text.startswith(("港", "机场"), end) or bool(pat.zones.match(text, end)) or bool(pat.facility.match(text, end))


def _peer_cities(first: str, second: str) -> bool:
    """Whether two names read one after another are two cities or provinces, the second no part of the first
    (杭州宁波, 成都重庆), not a chain (湖北武汉, 绵阳江油, 上海浦东: the second a county or inside the first)."""
    readings = _division_readings()
    a, b = readings.get(first), readings.get(second)
    if not a or not b or any(level == "county" for level, _ in b):
        return False
    if not any(level in ("city", "province") for level, _ in a):
        return False
    return not any(cb.startswith(ca) or ca.startswith(cb) for _, ca in a for _, cb in b)
_FEATURE_END = ("山", "岭", "高原", "盆地", "平原", "沙漠", "沙地", "草原", "江", "河", "湖", "海", "池", "淀")


def _feature_name(name: str, natural: frozenset[str]) -> bool:
    """A natural feature's name: of the feature list, or a region word of a feature's kind (青藏高原
    巴颜喀拉山北麓: the plateau and the mountain, the Yellow River plan of 2021, probe loc38). A lake that
    names a city too counts (巢湖 in 太湖巢湖滇池: State Council 2006 report, probe loc39)."""
    return name in natural or (name.endswith(_FEATURE_END) and name in region_words())
# A river's reach or source and a mountain's foot are parts of the feature, one LOC with it (guide v2.2, LOC:
# a named place): 加快淮河上游源头区干流治理, 推进海河源头综合治理 (dev wr2026-henanm), 长江中游航运中心 (dev
# wr2026-hubei), 支持宜昌打造联结长江中上游的区域性中心城市 (Hubei 2026). A mountain's foot stays apart, as probe
# loc38 read 巴颜喀拉山北麓 (贺兰山东麓防洪治理工程: Ningxia 2026, left).
# The main stream (干流) alone is marked both ways in dev gold (黄河干流 whole in wr2026-shaanxim, 黄河 alone in
# wr2026-henan, 辽河 in wr2026-liaoning): it joins only when a province's stretch follows, as 黄河甘肃段 does
# (黄河干流内蒙古段: dev wr2026-neimenggu; 黄河干流宁夏段水质: Ningxia 2026).
_FEATURE_PART = re.compile("(?:(?:中上|上中|中下|[上中下])游(?:源头区|源头)?|源头区|源头)"
                           "(?!地区|城市|省|市|县|[东西南北中]部)")


_SOURCE_PART = re.compile("源头区|源头")


def _feature_part_end(text: str, end: int) -> int:
    """End of a natural feature's part after its name at ``end`` (上游, 源头区, 干流 + a province's 段)."""
    part = _FEATURE_PART.match(text, end)
    if part:
        return part.end()
    if text.startswith("干流", end):
        section = _longest(_loc_tables()[0], text, end + 2)
        if section > end + 2 and text.startswith("段", section):
            return section + 1
    return end


# A compass stretch after a named mountain or river (秦岭东段, 黄河北段), one LOC with it.
_COMPASS_SECTION = re.compile("[东西南北中]段")
_DIVISION_END = "省市县区州旗盟"
_REGION_LEVEL_ENDS = ("自治区", "行政区")  # 西藏自治区拉萨市 is a chain


# A part of a province named by its abbreviation and a compass word (鲁西, 闽南, 粤东西北: regions.txt).
_COMPASS_PART = re.compile("[京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕陇蒙吉黑]{1}[东西南北中]{1,3}")


# A place that opens the name of a platform, system or project belongs to that
# name, which the guide leaves unmarked (四川一体化政务服务平台).
_NAME_OF_THING = re.compile(f"[{_CJK}A-Za-z]{{0,12}}?(?:平台|系统|工程|项目|APP|App|网站|小程序)")
# The head of a thing's name, where _NAME_OF_THING ends (its last head).
_THING_HEAD = re.compile("(?:平台|系统|工程|项目|APP|App|网站|小程序)$")
# A sentence's end inside quotes: the quote is someone's words, not a name.
_SPOKEN = re.compile("[。！？!?]")
_PROJECT_NAME = re.compile(f"(?P<name>[{_CJK}0-9A-Za-z]{{1,16}}?)(?:工程|项目)")
_NOT_A_PROJECT_NAME = re.compile("建设|推进|深化|实施|开展|加快|重大|重点|人才|生态工程")
# The classes of urban renewal (the “三旧”: old villages, factories and towns; old estates) right after a
# district name the works of a kind in it, no one project: 明确增城区旧村全面改造项目实施有关事项 (增府办规
# 〔2020〕6号, probe gz59), 推动天河区老旧小区改造; a named village before them (沥滘村旧村改造项目) is a project's.
_RENEWAL_CLASSES = ("旧村", "城中村", "老旧小区", "旧小区", "旧厂", "旧城")
# A division opening a plan's own name written without 《》 (guide v2.2, LOC 2: a place inside the proper name of
# something not a place, as LOC 4 for the own title line): 请结合广州市突发事件总体应急预案要求 (穗府办〔2015〕14号),
# 遵循广州市城市总体规划和主体功能区规划 (穗府〔2011〕15号; probe gz59). Words must stand between the place and the
# head (广州市应急预案管理 names no plan), and a system of plans is none (天河区应急预案体系).
_PLAN_NAME = re.compile(f"(?P<name>[{_CJK}]{{2,16}}?)(?:总体应急预案|专项应急预案|应急预案|总体规划|规划纲要)(?![体管工编])")
# The place's extent or its conditions, or a verb of making, between the place and the head: the place is where or
# for what a plan is made, no part of its name (各单位要在广州市范围内编制专项应急预案, 适用于广州市行政区域内突发事件
# 应急预案的编制, 根据广州市实际情况制定应急预案: review15).
_NOT_A_PLAN_NAME = re.compile("范围|区域|辖区|境内|以内|实际|情况|编制|制定|制订|修订|修编|完善|印发|实施|执行|落实|组织|的")


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    return frozenset(place_names()) - frozenset(region_words())
# Quoted names on one line: projects, campaigns, slogans.
_QUOTED = re.compile("“[^“”\n]{1,40}”")


# A name ending in a level word is a full name: only its start needs a word boundary.
_FULL_END = ("省", "市", "州", "县", "区", "盟", "旗", "地区", "大厅")


def tag_locs(text: str, ctx: Context | None = None) -> list[Mention]:
    out: list[Mention] = []
    framed = [Mention("LOC", z.start(), z.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
              for z in _loc_patterns().framed.finditer(text)]
    gazetteer = _gazetteer_locs(text)
    gazetteer = gazetteer + _river_basins(text, gazetteer) + _named_county_shorts(text, gazetteer, ctx) \
        + _zone_county_shorts(text, gazetteer)
    gazetteer = gazetteer + _scoped_county_shorts(text, gazetteer, ctx)
    park_shorts: list[Mention] = []
    parks = _named_parks(text, park_shorts)
    if park_shorts:
        starts = {g.start for g in gazetteer}
        gazetteer += [m for m in park_shorts if m.start not in starts]
    lanes = _named_lanes(text)
    lane_ids = {id(m) for m in lanes}
    sites = _named_sites(text) + _named_crossings(text) + lanes
    ports = _named_ports(text) + _own_name_ports(text)
    parts = _named_town_parts(text)
    listed = _listed_sites(text)
    # A reservoir's head shared by a list is no part of its last item's name (德厚、阿岗、车马碧大型水库).
    water = [w for w in _water_sites(text) if w.start not in {m.start for m in listed}]
    framed += _sections(text) + water + sites + _named_new_areas(text) + parks + _named_roads(text) + _named_tunnels(text) \
        + parts + _pair_zones(text) + _city_runs(text) + _boundary_places(text) + _seats(text) \
        + _local_units(text) + ports + _coded_route_ends(text) + _counted_features(text) + _power_flow_ends(text) \
        + _listed_rivers(text) + listed + _own_county_abbreviation(text, ctx) + _bare_free_trade_zones(text, ctx) \
        + _compass_regions(text) + _joined_rivers(text) + _street_addresses(text, gazetteer) + _bilateral_parks(text)
    framed += _ports_again(text, ports, gazetteer + framed)
    framed_ids = {id(m) for m in framed}
    site_ids = {id(m) for m in sites}
    part_ids = {id(m) for m in parts}
    gazetteer_ends = {g.end for g in gazetteer}
    framed += _ranked_regions(text)
    framed_ids = {id(m) for m in framed}
    for m in sorted(gazetteer + framed + _country_locs(text) + _abbreviation_locs(text) + _stationed_city_abbreviations(text) + _abbreviation_runs(text, gazetteer)
                    + _named_place_runs(text, gazetteer)
                    + _listed_counties(text, gazetteer) + _route_counties(text, gazetteer),
                    key=lambda m: (m.start, -m.end)):
        if out and id(m) in lane_ids and out[-1].start < m.start < out[-1].end < m.end and id(out[-1]) not in framed_ids:
            # A lane's name read over the county that opens it (安庆桐城|六尺巷: 桐城六尺巷): one site.
            out.append(Mention("LOC", out.pop().start, m.end, m.source, {}, priority=m.priority))
            continue
        if out and m.start < out[-1].end:
            continue  # inside the address or zone the previous place was extended over
        if id(m) in framed_ids:
            if id(m) in site_ids and out and out[-1].end == m.start and id(out[-1]) not in framed_ids \
                    and not (id(m) in lane_ids and "省" in text[out[-1].start : out[-1].end]):
                # A lane after a province's full chain is a site in that city, marked apart (甘肃省临夏市
                # 八坊十三巷: dev sc19-56); after a short chain it is one place (麒麟区西门街老街: dev wr2026-yunnanm).
                # The county or city before a site's own name opens it: 礼县四角坪遗址, 晋宁河泊所遗址.
                m = Mention("LOC", out.pop().start, m.end, m.source, {}, priority=m.priority)
            elif id(m) in part_ids and out and out[-1].end == m.start and text[m.start - 1] in "区區":
                m = Mention("LOC", out.pop().start, m.end, m.source, {}, priority=m.priority)  # 金山工業園區|橘園洲片區
            out.append(m)
            continue
        if text[m.start] == "代" and text.startswith("长", m.end) and text[m.end - 1] in "县市区州":
            continue  # an acting head's post, 代县长 (紫金县 2020 report's byline; 县委副书记、代县长叶青, qynews.zjol.com.cn 2010)
        if _inside_a_name(text, m) or not _stands_as_place(text, m.start, m.end) or verb_place_at(text, m.start) or \
                (coordinator_opens(text, m.start, m.end) and m.start not in gazetteer_ends):
            continue
        # A state abroad opens no facility of a Chinese text's.
        fac = -1 if text[m.start:m.end] in _foreign_states() else _facility(text, m.start, m.end)
        if fac == 0:
            continue  # a facility being built is a project: 开工建设平凉机场
        if fac > 0 and _INSTITUTION_BEFORE.search(text, max(0, m.start - 6), m.start):
            continue  # an institution's branch the place names: 中国农科院河南创新基地, 怀柔国家实验室内蒙古基地
        if fac > 0 and _opens_an_office(text, fac):
            continue  # the basin's or zone's own office, a body (guide: a place opening a DEPT is part of it):
            # 设立赣江流域生态环境监督管理办公室（简称流域办）, an office of 江西's 生态环境厅 (2020, probe loc29)
        if fac > 0:
            # An address may run further: 博望区博望镇新城村.
            end = max(fac, _extend(text, m.end))
            section = _longest(_loc_tables()[0], text, end)
            if section > end and text.startswith("段", section):
                end = section + 1  # the site's stretch in a province, as 黄河甘肃段: 黄河国家文化公园甘肃段 (Gansu 2026, probe loc42)
            if out and out[-1].end == m.start and text.endswith("片区", m.start, end):
                # A zone's part after the zone: 辽宁自贸试验区营口片区.
                out[-1] = Mention("LOC", out[-1].start, end, out[-1].source, {}, priority=out[-1].priority)
            else:
                start = _county_before(text, m.start, out[-1].end if out else 0)
                if text.startswith(_FREE_TRADE_ZONES, m.end) and text.endswith("中国", 0, m.start) \
                        and not (out and out[-1].end > m.start - 2):
                    start = m.start - 2  # a pilot free trade zone written without brackets: 中国上海自由贸易试验区
                elif _PARTNER_DASH.match(text, max(0, m.start - 3), m.start):
                    start = m.start - 3  # a site China shares with a region: 中国—东盟金融城 (Guangxi 2022 report)
                elif out and out[-1].end == m.start - 1 and text[m.start - 1] in _NAME_DASHES \
                        and not text.startswith("流域", fac - 2):
                    # Two places joined by a dash name one site or zone they share (guide v2.2, LOC 3; probe
                    # loc42, 2026 reports): 升级打造新安江—千岛湖生态环境共同保护合作区 (Anhui), 创建伊犁—吐鲁番
                    # 国家植物园 (Xinjiang). A route's cities with no site after them stay apart (南宁—玉林—深圳), and
                    # so do two rivers before the basin of the last (叶尔羌河—喀什噶尔河流域: Xinjiang 2026).
                    start = out.pop().start
                out.append(Mention("LOC", start, end, m.source, {}, priority=m.priority))
            continue
        if (_opens_a_name(text, m.end) and not _partner_platform(text, m.start, m.end)) \
                or _inside_a_named_centre(text, m.start, m.end):
            continue
        end = _extend(text, m.end)
        if end > m.end and _zone_class_owner(text[m.start:m.end]) and text[m.end:end] in _ZONE_CLASSES:
            end = m.end  # a region's zones as a class, no zone's name: 推进京津冀开发区协同发展 (津政办函〔2017〕103号)
        if end > m.end and _elliptic_list_item(text, out, m):
            end = m.end  # 广州、深圳都市圈, 福州、厦门全国海洋经济发展示范区: each city is a place of its own
        if end == m.end and _feature_name(text[m.start:m.end], _natural_features()):
            end = _feature_part_end(text, end)
        elif end == m.end and text.endswith("游", m.start, end) and _SOURCE_PART.match(text, end):
            end = _SOURCE_PART.match(text, end).end()  # a reach's source, the reach a region word: 淮河上游|源头区
        if end == m.end and text.startswith("段", end) and _longest(_loc_tables()[0], text, m.start) < end \
                and not _ROUTE_LINE.search(text, max(0, m.start - 10), m.start) \
                and not (text.endswith("至", 0, m.start) and (_LINE_BEFORE_ROUTE.search(text, max(0, m.start - 12), m.start)
                                                              or text.startswith(_LINE_AFTER_SECTION, end + 1))):
            end += 1  # a river's section in a province, two names and 段: 黄河甘肃段
        elif end == m.end and _COMPASS_SECTION.match(text, end) and text[m.start:m.end] in _region_words():
            end += 2  # a mountain's or river's compass stretch: 实施秦岭东段等重点区域生态保护 (Henan 2023, 2025)
        elif end == m.end and text.startswith("地区", end) and text.endswith(_FORMER_PREFECTURE_BEFORE, 0, m.start) \
                and text[end - 1] not in "省市县区":
            end += 2  # a prefecture of the old level 地区, abolished or former: 撤销广安地区, 原广安地区的华蓥市
        elif end == m.end and text.startswith("地区", end) and any(text[k:end] in _region_words() for k in range(m.start, end - 1)):
            end += 2  # a region's 地区 is part of its name: 粤东粤西粤北地区, 长三角地区
        elif end == m.end and text.startswith(_BORDER_AREAS, end) and text[m.start:m.end] in _region_words():
            end += 4  # the border area of a region's parts, one area: 深化与川渝毗邻地区的合作 (Guizhou 2026, probe loc65w;
            # 闽粤交界近海 is one LOC in dev wr2026-fujianm)
        elif end == m.end and text.startswith("港", end) and not _NOT_A_PORT.match(text, end + 1):
            z = _loc_patterns().zones.match(text, end + 1)
            end = z.end() if z else end + 1  # a port named by its city (天津港, 日照港, 宁波舟山港主通道), 天津港保税区
        elif end == m.end and text[end - 1] in "江河口" and _WATERWAY.match(text, end) \
                and not _WORKS_AFTER_WATERWAY.match(text, _WATERWAY.match(text, end).end()):
            end = _WATERWAY.match(text, end).end()  # a waterway or a deep-water port a river names (西江黄金水道)
        start = m.start
        if end > m.end and text.startswith(_TRADE_AREAS, m.end) and _PARTNER_DASH.match(text, max(0, m.start - 3), m.start):
            start = m.start - 3  # a free trade area China forms with a region: 中国—东盟自由贸易区, 中国－东盟自贸区
        out.append(m if (start, end) == (m.start, m.end) else Mention("LOC", start, end, m.source, {}, priority=m.priority))
    out = sorted(out + _defined_short_names(text, out), key=lambda m: (m.start, -m.end))
    out = [m for m in out if not _opens_a_meeting_name(text, m.end)]
    out = _outside_addressee_items(text, out)
    return _outside_own_title(text, [_with_river_pair(text, m) for m in out], ctx)


# An addressee line: a line opening with 各 and closed by a colon (各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、
# 南湖新区、屈原管理区,市直各单位,中央、省驻岳单位: 岳办发〔2017〕2号, probe loc64p). What it lists are bodies
# addressed, classes and their zones' administrations, no places: the dev gold marks no LOC on any addressee line
# (36 documents' lines; a zone addressed is its body there, 两江新区 and 赣江新区应急管理局 DEPT).
_ADDRESSEE_ITEM_AFTER = set("、，,：:")
# A sentence of the body that opens with 各 and announces items with a colon is no addressee line: it asks
# something of the places it names (各有关省份，特别是河北、山西、内蒙古、辽宁等省份，要做好以下工作：, review22).
_ADDRESSEE_NOT_LINE = re.compile("要|应当|必须|请|以下|如下")
_ADDRESSEE_ITEM_BEFORE = set("、，,\n \u3000")


def _outside_addressee_items(text: str, found: list[Mention]) -> list[Mention]:
    """Without the places listed whole as items of an addressee line (a zone addressed is its body);
    a place qualifying a class on it stays (省驻岳单位)."""
    out = []
    for m in found:
        if m.end < len(text) and text[m.end] in _ADDRESSEE_ITEM_AFTER and (m.start == 0 or text[m.start - 1] in _ADDRESSEE_ITEM_BEFORE):
            # the line is read within 200 characters either way (an addressee line is short)
            a = text.rfind("\n", max(0, m.start - 200), m.start) + 1
            b = text.find("\n", m.end, m.end + 200)
            if (a > 0 or m.start <= 200) and (b >= 0 or len(text) - m.end <= 200):
                line = text[a : len(text) if b < 0 else b].strip(" \u3000\r")
                if line.startswith("各") and line.endswith(("：", ":")) and len(line) < 200 \
                        and not _ADDRESSEE_NOT_LINE.search(line):
                    continue
        out.append(m)
    return out


# A meeting named by its place, a year or session and its subject (guide v2.2, LOC 2: events are no places):
# 按照…雄安新区2021年建设发展工作会议要求 (雄安发〔2021〕5号, probe loc58p). A verb or function word in
# between makes the place where a meeting is held, not its name (在雄安新区召开工作会议).
_MEETING_NAME_AFTER = re.compile(f"(?:[0-9０-９]{{4}}年度?|第[一二三四五六七八九十0-9]{{1,3}}[届次])[{_CJK}]{{0,10}}?"
                                 "(?:工作会议|会议|大会|座谈会|推进会|现场会|联席会)"
                                 # meetings counted or cut, no one meeting named (广东省2023年省级会议数量压减30%,
                                 # 浙江省2023年会议经费下降: 精文减会 reports, review14), nor a meeting room
                                 "(?!数|经费|费用|规模|次数|文件|室|场所)"
                                 # or a standing meeting's name before its session: 重庆成都双核联动联建会议第二次会议在
                                 # 成都市召开 (沙坪坝区 2023-09-28; probe org52p)
                                 f"|[{_CJK}]{{2,10}}?(?:联席会议|会议)(?=第[一二三四五六七八九十0-9]{{1,3}}次(?:全体)?会议)")
_NOT_IN_MEETING_NAME = re.compile("召开|举行|举办|出席|参加|主持|组织|精简|压减|减少|压缩|控制|清理|各类|各种|各级"
                                  "|[在的和与及为是对将向到赴于等]")


# A forum or fair named by its place and subject, no year needed (guide v2.2, LOC 2: events, fairs and forums
# are no places, 博鳌亚洲论坛): 东湖论坛、中非创新合作与发展论坛 (dev wr2026-hubeim). A comma, a verb or a
# function word between makes the place where it is held (在武汉举办论坛).
_FORUM_NAME_AFTER = re.compile(f"[{_CJK}]{{0,10}}?(?:论坛|博览会|交易会|洽谈会|峰会|展览会)")
# So is a festival named by its place and subject (举办京津冀蔬菜节、农民丰收节等活动: 固安县's review, probe
# full49c): a subject of one to four characters with no verb, then 节 ending the word (not 节能, 节水, 节约, 节点), no holiday
# (北京春节期间, 国庆节: the place is where it is spent) and no word ending in 节 (雄安新区拔节生长: dev wr2026-hebei; 环节, 调节).
# The name ends where the word does: a list mark, a stop or 等/活动/开幕/暨 after 节 (苏联人民当时节衣缩食 in the 1955
# report is no festival; 春耕时节 is a season).
_FESTIVAL_NAME_AFTER = re.compile(f"[{_CJK}]{{1,4}}?(?<![春秋庆午明宵夕旦劳拔环细关章季礼调使情音气毕奉时])节"
                                  "(?=[、，,。；;）)”\"]|等|活动|开幕|暨|系列)")
# A place inside a work group's own name (guide: a place opening a DEPT or ORG is part of that span):
# 离不开中央新疆工作协调小组统筹协调 (Xinjiang 2026 report, probe loc60p); 中央西藏工作协调小组.
_WORK_GROUP_AFTER = re.compile("工作(?:协调|领导)小组")
# 与 and 和 join a forum's subjects (合作与发展论坛); a verb or another function word still stops it.
# Nor a verb or adverb of hosting or serving one: the place before it is its host (上海成功主办中国国际进口博览会,
# 在昆明办好中国—南亚博览会, 海南全力服务保障博鳌亚洲论坛年会: review18); a forum's name holds none of them.
_NOT_IN_FORUM_NAME = re.compile("召开|举行|举办|出席|参加|主持|组织|承办|各类|各种|[在的及为是对将向到赴于等]"
                                "|[主协筹申]办|办好|服务保障|打造|承接|参展|参会|开幕|闭幕|依托|借助|用好|搭建"
                                "|成功|全力|积极|连续|圆满|首次|再次|每年|年年")  # not 服务, 持续: 服务贸易交易会, 可持续发展论坛


# nor a holiday spent at the place (春节留在东莞过节, 在延安过重阳节, 在杭州欢度教师节: review22)
_NOT_IN_FESTIVAL_NAME = re.compile("至|开展|启动|社区|村|街道|镇|乡|过|度|庆祝|重阳|儿童|教师|妇女|青年|建军|护士|植树|记者")


def _opens_a_meeting_name(text: str, end: int) -> bool:
    """Whether a year or session and a meeting's subject follow the place ending at ``end``, making it
    part of the meeting's name; or a forum's or fair's subject and head; or 工作协调小组 (a body's name)."""
    if _WORK_GROUP_AFTER.match(text, end):
        return True
    f = _FORUM_NAME_AFTER.match(text, end)
    if f is not None and not _NOT_IN_FORUM_NAME.search(f.group()):
        return True
    f = _FESTIVAL_NAME_AFTER.match(text, end)
    if f is not None and not _NOT_IN_FORUM_NAME.search(f.group()) and not _NOT_IN_FESTIVAL_NAME.search(f.group()):
        # not a route to a place ending in 节 (叙永至毕节段: test_loc27; 奉节), nor the place where a festival is
        # held (南岗区前进社区开展邻里节活动: test_review19)
        return True
    m = _MEETING_NAME_AFTER.match(text, end)
    return m is not None and not _NOT_IN_MEETING_NAME.search(m.group())


# A river's or an estuary's waterway and deep-water port are sites (guide v2.2, LOC 3: ports): 发挥西江黄金水道
# 和北江航道作用, 谋划研究珠江口深水港建设 (Guangdong 2026). Works on it are a project (沱浍河航道整治工程: dev).
_WATERWAY = re.compile("(?:黄金)?水道|航道|深水港|深水航道")
_WORKS_AFTER_WATERWAY = re.compile(f"[{_CJK}]{{0,4}}?(?:工程|项目|整治|疏浚|改造|扩能|升级)")


# Before a prefecture of the level 地区 (国函〔1998〕60号 广安, 国函〔2000〕70号 忻州, 国函〔2003〕46号 定西):
# the area is that body's, 地区 part of its name (广州地区 alone is Guangzhou's area: dev gz-17). A full
# name before 地区 is an area (原西康省地区, sc-report-1959).
_FORMER_PREFECTURE_BEFORE = ("撤销", "原")
# A government's seat in a division's change: a town, a street or a road (区人民政府驻浓洄镇,
# 区人民政府驻光明东街: 国函〔1998〕60号, 国函〔2000〕70号; 驻公园路: 国函〔2003〕46号).
# With its house number, and the plain stops of web pages (龙亭区政府驻午朝门街道体育路16号; 祥符区政府驻城关镇
# 县府东街18号: Henan's notice on 开封, zzwb.zynews.cn 2014-10-22, probe loc29).
_SEAT = re.compile(f"政府驻(?:新设立的)?([{_CJK}]{{2,8}}?(?:镇|乡|街道|街|路)(?:[0-9０-９]{{1,5}}号)?)(?=[。，；,;])")


# A township's own name standing alone: a town, township or subdistrict of the divisions table
# (龙场镇、乐治镇省定示范镇, 赴董浜镇, 五桂山街道 | 南桥村), with the village or community after it
# (昆阳镇官岙邸村). Local reports and lists name them without their county (probes loc22, loc23).
_TOWNSHIP_WORD = re.compile("镇|乡|街道")
_PLACE_LEVEL_BEFORE = set("省市县区州旗")
_VILLAGE_UNITS = ("村", "社区", "居委会", "村委会")
# After the name, a body of the township (the name is then inside a DEPT: 留庄镇政府, 木洞镇人民政府,
# 昆阳镇、万全镇人民政府 sharing one head) or a school or clinic named after it (ORG).
_TOWNSHIP_BODY_AFTER = re.compile(
    f"(?:、[{_CJK}]{{1,6}}?(?:镇|乡|街道))*(?:人民政府|政府|党委|党工委|纪委|纪工委|人大|人民代表大会|第[一二三四五六七八九十]{{1,3}}届"
    "|办事处|街道办|派出所|司法所|财政所|卫生院|中心小学|中学|小学|中心校|农业综合服务站|农业技术推广站|综合文化站)")


def _townships(text: str) -> list[Mention]:
    """Townships named in full and standing alone (guide LOC: an administrative area), extended over
    the village, community or street after them (dev pt-208869 marks 张集乡胡巷村 whole). The name
    must be in ``kb.townships``, be a word of its own (not 建设|乡村) and no common noun
    (``township_common_words``: 小城镇, 中心镇)."""
    names = townships()
    common = _common_township_words()
    stops = _loc_patterns().stops  # 向|城镇, 占|城镇: jieba tags 城镇 a place
    out = []
    for m in _TOWNSHIP_WORD.finditer(text):
        end = m.end()
        for size in (6, 5, 4, 3, 2):
            start = m.start() - size
            if start < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[start:m.start()]):
                continue
            name = text[start:end]
            if name not in names or name in common:
                continue
            # jieba may join the township's last character to the village after it (西合营镇|南大坪村
            # reads 镇南|大坪): a village or community run on to ends the name (probe loc26, 蔚县 2022 news).
            if not word_bounds(text, start, end) and not (at_word_start(text, start, end) and _village_end(text, end) > end):
                continue
            if start and text[start - 1] in _PLACE_LEVEL_BEFORE:
                break  # the township of a county or zone the gazetteer did not take whole (固镇县石湖乡园林场)
            # A stop after a word character only: | 三乡镇 |, 阳高县：古城镇古城村 are names.
            cut = start and "\u4e00" <= text[start - 1] <= "\u9fff"
            if any(k < m.start() and (_all_tags().get(text[k:end], "ns") not in _NAME_TAGS or (cut and text[k:end] in stops))
                   for k in range(start + 1, end - 1)) or _crosses_a_word(text, start):
                break  # a common word's tail (快于|城镇) or a word before it that takes the name's head (加大|街镇)
            if _TOWNSHIP_BODY_AFTER.match(text, end):
                break
            out.append(Mention("LOC", start, _village_end(text, end), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            out.extend(Mention("LOC", a, b, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
                       for a, b in _shared_unit_items(text, end)[1:])
            break
    return out


# A township's villages written without their unit, which one 等村 at the list's end gives them all
# ("石哲镇李家庄、张家庄、…、上三庄等村", 长子县 2019): each item is a village, the first one written on to
# the township (one place, as 张集乡胡巷村). A named place before a forest area is written on to its
# township the same way ("青莲镇茅田茶厂林区", "太和土家族乡刘家河沿线林区": 奉节县 2022).
# 等村 is the unit only where no other word runs on from it: 王建国、李红梅等村民 (people), 党员、干部等村两委成员,
# 等村级组织, 等社区工作者 (review11).
_SHARED_UNIT_LIST = re.compile(f"[{_CJK}]{{2,4}}(?:、[{_CJK}]{{2,4}})*等(?:村|社区)(?![民级干委两组集务规工居党])")
_BARE_SITE = re.compile(f"[{_CJK}]{{2,4}}?(?=(?:沿线|集中连片)?林区)")
# Words of kind or scope before 林区 name no place (青莲镇国有林区, 龙泉镇重点林区, 辖区林区, 及周边林区: review11).
_NOT_A_SITE = re.compile("国有|集体|重点|所有|辖区|境内|周边|全[镇乡村]|各|及|等|天然|公益|商品|主要|一般|其他|范围|区域")


def _shared_unit_items(text: str, end: int) -> list[tuple[int, int]]:
    """The items of a list of villages sharing one 等村 that starts at ``end`` (after a township), or []."""
    m = _SHARED_UNIT_LIST.match(text, end)
    if not m:
        return []
    items, pos = [], end
    for item in text[end : m.end()].rsplit("等", 1)[0].split("、"):
        items.append((pos, pos + len(item)))
        pos += len(item) + 1
    return items


def _crosses_a_word(text: str, start: int) -> bool:
    """Whether the character before ``start`` makes a verb, adverb or function word with the first
    ones of the name (加大|街镇, 访企|入村)."""
    tags = function_word_tags()
    return start > 0 and any(tags.get(text[start - 1 : start + k], "f")[0] not in "fm" for k in (1, 2))


def _local_units(text: str) -> list[Mention]:
    """Townships and villages named alone (probe loc23)."""
    found = _townships(text)
    return found + _villages(text, found)


def _village_end(text: str, end: int) -> int:
    """End of the village or community a township at ``end`` runs on to (昆阳镇官岙邸村), or ``end``:
    another township word on the way is a new name or a class (乐治镇|省定示范镇)."""
    ext = _extend(text, end)
    if ext > end and (_TOWNSHIP_WORD.search(text, end, ext) or not text.endswith(_VILLAGE_UNITS, end, ext)):
        ext = end  # a road or a class after the village (蔡家岭村邓家洼村级公路) is no part of the place
    if ext == end:
        items = _shared_unit_items(text, end)
        if items:
            return items[0][1]
        site = _BARE_SITE.match(text, end)
        if site and not _TOWNSHIP_WORD.search(site.group()) and not _NOT_A_SITE.search(site.group()):
            return site.end()
    return ext


# A village or community named alone (南楼村成功入选, 来南楼村、苏南村观摩, 五桂山街道 | 南桥村): the
# name before 村/社区 must be no word of jieba's dictionary other than a place or a name (贫困村,
# 示范村, 行政村, 中心村, 城乡社区 are classes), or be one of ``loc_village_class_words`` (美丽乡村).
# A village that names a cooperative is inside that ORG's name (锦绣千村合作社: 澧县 news, probe loc26; the guide
# puts a place before an ORG into its span).
_VILLAGE_WORD = re.compile("村(?![民级委务容貌庄落寨镇超]|合作社|股份经济合作社|专业合作社)|社区")
_NAME_TAGS = ("ns", "nr", "nz", "nrfg", "nrt")
# Between the items of a list of villages, or the cells of a table row (大涌镇 | 安堂社区).
_LIST_SEPARATORS = ("、", "和", " | ")
# Where a three-character name may start: after a clause or list boundary.
_BOUNDARY_BEFORE = set("，。、；：|（(“「 \n\t")


@lru_cache(maxsize=1)
def _all_tags() -> dict[str, str]:
    return dictionary_tags(r"^(\S+) \d+ ([a-z]+)$")


@lru_cache(maxsize=1)
def _village_class_words() -> frozenset[str]:
    return frozenset(load_words("loc_village_class_words"))


def _villages(text: str, townships_found: list[Mention]) -> list[Mention]:
    """Villages and communities named alone in local reports and lists (guide LOC: a named place).
    Their names have two characters, or three after a clause or list boundary (横排头村, 下车河村).
    A name that is a common noun too (前锋, 旗杆, 稻地) is a village as an item of a list of villages
    or townships (天星村、旗杆村、新民村; 壶泉镇南汇村、稻地村)."""
    tags, classes = _all_tags(), _village_class_words()
    out, nouns = [], []
    for m in _VILLAGE_WORD.finditer(text):
        s = m.start()
        for size in (3, 2):
            start = s - size
            if start < 0:
                continue
            name = text[start:s]
            if size == 3 and start and text[start - 1] not in _BOUNDARY_BEFORE \
                    and not (text[start - 1] in "和及" and text.endswith(("村", "社区"), 0, start - 1)):
                continue
            if not all("\u4e00" <= c <= "\u9fff" for c in name) or any(c in _NOT_IN_UNIT_NAME or c in "村镇乡" for c in name):
                continue
            if name in classes or tags.get(name + m.group(), "ns") not in _NAME_TAGS:
                continue
            if any(tags.get(text[k : m.end()], "ns") not in _NAME_TAGS for k in range(start + 1, s)):
                continue  # the name's tail makes a common word with the unit: 推进|农村, 抓实|农村
            words = shared_words(name)
            fw = function_word_tags()
            if fw.get(words[0], "f")[0] not in "fm" or _crosses_a_word(text, start) \
                    or (len(words[-1]) == 1 and fw.get(words[-1], "f")[0] == "v") \
                    or any(fw.get(w, "f")[0] in "cp" for w in words):
                continue  # a verb or function word opens a phrase (推进整村, 万企兴万村, 中心镇和中心村) or a verb takes 村 (访企入村)
            if start > 1 and text[start - 1] in _PLACE_LEVEL_BEFORE | set("镇乡") and text[start - 2] not in "该本全我各每":
                continue  # the village of a chain the gazetteer did not take whole (实验区毛集镇魏庙村; not 该镇天星村)
            if not at_word_start(text, start, m.end()):
                continue
            found = Mention("LOC", start, m.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
            tag = tags.get(name, "ns")
            if m.group() == "社区" and name not in tags:
                nouns.append(found)  # 零碳社区, 科创社区 name kinds: a community unknown to jieba only in a list
            elif tag in _NAME_TAGS:
                out.append(found)
            elif tag == "n":
                nouns.append(found)
            break
    # An item of a list whose neighbour is a village or township (、, 和 or a table cell between
    # them), item by item along the list (天星村、旗杆村、新民村).
    starts = {m.start for m in out + townships_found}
    ends = {m.end for m in out + townships_found}
    while nouns:
        joined = [m for m in nouns if any(text.endswith(sep, 0, m.start) and m.start - len(sep) in ends for sep in _LIST_SEPARATORS)
                  or any(text.startswith(sep, m.end) and m.end + len(sep) in starts for sep in _LIST_SEPARATORS)]
        if not joined:
            break
        for m in joined:
            out.append(m)
            nouns.remove(m)
            starts.add(m.start)
            ends.add(m.end)
    return out


@lru_cache(maxsize=1)
def _common_township_words() -> frozenset[str]:
    return frozenset(load_words("township_common_words"))


def _seats(text: str) -> list[Mention]:
    """The seat a division's government moves to, named in an approval of a division's change."""
    if "政府驻" not in text:
        return []
    return [Mention("LOC", m.start(1), m.end(1), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
            for m in _SEAT.finditer(text)]


def _outside_own_title(text: str, mentions: list[Mention], ctx: Context | None) -> list[Mention]:
    """Guide v2.2, LOC 4: the document's own title line names a document, so the places inside it
    are not marked (国务院关于同意四川省撤销广安地区设立地级广安市的批复; in dev no LOC of gold lies in
    an own title: 国务院关于河北雄安新区总体规划…的批复, 2026年安徽省政府工作报告)."""
    spans = _own_title_spans(text, ctx)
    if not spans:
        return mentions
    return [m for m in mentions if m.label != "LOC" or not any(a <= m.start and m.end <= b for a, b in spans)]


def _own_title_spans(text: str, ctx: Context | None) -> list[tuple[int, int]]:
    """The own title line and its repeat under the portal's date line: one authority for the rules'
    and the model's places (the model read 陕西省 in the repeated 陕西省2026年政府工作报告: dev
    wr2026-shaanxi, wr2026-shaanxim)."""
    own = ctx.own_title if ctx is not None else None
    if not own:
        return _page_headline_spans(text)
    spans = [own] + _page_headline_spans(text)
    # A page that repeats its title under the portal's date line (国务院关于同意设立福州新区的批复 /
    # 【时间…】 / 国务院关于同意设立福州新区的批复: 国函〔2015〕137号 as reposted, probe loc38): the
    # repeat is the same title line.
    title = text[own[0] : own[1]].strip()
    k = text.find(title, own[1]) if len(title) >= 8 else -1
    # The portal's line may run into it once blank lines are dropped (…门户网站】国务院关于…).
    if 0 <= k < own[1] + 400 and not _NAME_CHAR.match(text, k - 1) \
            and (k + len(title) == len(text) or text.startswith("\n", k + len(title))
                 or _line_end_as_written(ctx, k + len(title))):
        spans.append((k, k + len(title)))
    # The document a notice issues (关于印发X的通知) heads the attachment under the signature with its
    # own title line, X alone on it (广州市公共租赁住房管理办法 in dev gz-1; 穗府辦〔2015〕14號's
    # 廣州市石油天然氣管道保護突發事件應急預案): a title line as the notice's own is (LOC 4).
    # A title wrapped over lines (a gazette's masthead: 关于印发《大同市空气质量巩固提升 / 2021年行动计划》的通知,
    # dt.gov.cn 2021, probe full48p) is read as one line.
    issued = _ISSUED_IN_TITLE.search(title) or ("\n" in title and _ISSUED_IN_TITLE.search("".join(title.split())))
    if issued and len(issued.group(1)) >= 6:
        name = issued.group(1).strip("《》")
        # The heading may drop the title's bracketed years to a line of their own and a wrapped title's
        # space ("…三年行动 计划(2020―2022年)" in the title line, "…三年行动计划" over "2020―2022年)": 永德县's
        # notice of 2021, probe loc58p).
        core = _TITLE_YEARS_END.sub("", "".join(name.split()))
        names = [name] if core == name or len(core) < 6 else [name, core]
        for name in names:
            for k in _each_from(text, name, own[1]):
                ls = text.rfind("\n", 0, k) + 1
                le = text.find("\n", k)
                le = len(text) if le < 0 else le
                if not text[ls:k].strip() and not text[k + len(name):le].strip():
                    spans.append((k, k + len(name)))
    return spans


_ISSUED_IN_TITLE = re.compile("(?:印发|转发|发布)(.+?)的(?:通知|通告|决定)$")
# A title's closing bracketed years or edition: (2020―2022年), （2023年版）.
_TITLE_YEARS_END = re.compile("[（(][0-9０-９—―\\-－~～至年版修订]{4,16}[）)]$")
# A portal page's title line: its headline, then the portal's name (… - 广州市人民政府门户网站).
_PORTAL_SUFFIX = re.compile(r"\s+[-—|｜]\s+[^\n]{2,30}?(?:网站|门户|政府网|发布)\s*$")


def _page_headline_spans(text: str) -> list[tuple[int, int]]:
    """A web page's headline that opens the text and is printed again on a line of its own under it
    (the page title, then the article's heading): guide v2.2, LOC 4, whether or not the headline
    reads as an official title (广州市高校毕业生创业补贴，请查收 twice: dev gz-17; 广东省高校毕业生就业创业扶持
    政策清单 - 广州市人民政府门户网站, then the headline alone two lines under it: dev gz-19; the gold
    marks no place in either)."""
    head = text[:600].split("\n")[:6]
    if len(head) < 2:
        return []
    first = head[0]
    suffix = _PORTAL_SUFFIX.search(first)
    headline = (first[: suffix.start()] if suffix else first).strip()
    if not 6 <= len(headline) <= 60 or "。" in headline:
        return []
    pos, spans = 0, []
    for i, line in enumerate(head):
        if i > 0 and line.strip() == headline:
            k = pos + line.index(headline)
            spans.append((k, k + len(headline)))
        pos += len(line) + 1
    if not spans:
        return []
    k = text.index(headline)
    return [(k, k + len(headline))] + spans


def _each_from(text: str, word: str, start: int):
    k = text.find(word, start)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def _line_end_as_written(ctx: Context | None, pos: int) -> bool:
    """Whether the page breaks its line at clean offset ``pos``, where normalization ran the title
    into the addressee line after it (…应急预案的通知 + 各区、县级市人民政府,…: 穗府辦〔2015〕14號)."""
    src = ctx.source if ctx is not None else None
    original = getattr(src, "original", None)
    if not original or pos <= 0:
        return False
    o = src.to_original(pos - 1, pos)[1]
    return original[o:o + 3].lstrip(" \t\u3000").startswith("\n")


# A zone's boundaries (四至): a side and 至/起, then the names of what bounds it, one or more
# joined by 、 (东至湖滨路，南至沙岭村，西至谢湾村: 国函〔2018〕42号; 南起郑尉公路…东起李南岗、潮河:
# 国办函〔2000〕17号; 东至茶店镇长岭沟村郭家沟: 鄂政函〔2019〕14号; 南起东泉路，北至北泉路: 国办函〔2000〕19号).
# The side character first, the lookbehind after it: sre skips to the character in C.
_SIDE = re.compile("[东南西北](?<![0-9０-９][东南西北])[至起](?![少多今])")
_BOUNDARY_ITEM = re.compile(f"[{_CJK}]{{2,16}}")
# What bounds a zone and is a named place: a village, a community, a road, a river, a canal, a levee…
_BOUNDARY_HEAD = re.compile("(?:村|社区|居委会|大道|路|街|巷|公路|河|江|渠|堤|沟|湾|岗|山|湖|溪|水库|镇|乡)$")
# An address chain: a town or a village, then the hamlet it holds (茶店镇长岭沟村郭家沟).
_BOUNDARY_CHAIN = re.compile(f"[{_CJK}]{{1,6}}(?:镇|乡|街道|村)[{_CJK}]{{1,8}}")
# Firms, bodies, works and lines that bound a zone are not places (海滨化工, 市农机局, 郧县水泥厂, 村级公路;
# a railway line, which dev never marks: 北至陇海铁路).
_NOT_A_BOUNDARY = re.compile("铁路|高铁|高速|厂|公司|集团|化工|药业|局|委|办|中心|学校|医院|工程|项目|村级公路|规划|[省县]道")
# A side of the place the boundary runs along, cut off the name (邓家洼东侧, 村道北侧).
_ITEM_END = re.compile("[、，；。\n]")
_SIDE_AFTER = re.compile("(?:[东南西北]侧|[东南西北]边|一线|边界|附近|沿线)$")


def _boundary_places(text: str) -> list[Mention]:
    """The named places of a zone's boundaries: only where two sides are named within one
    sentence, each item a village, a road, a river… by its head, or a town's address chain."""
    if "至" not in text and "起" not in text:
        return []
    out = []
    for side in _SIDE.finditer(text):
        clause_end = min((k for k in (text.find(c, side.end()) for c in "。；\n") if k >= 0), default=len(text))
        before = text.rfind("。", 0, side.start())
        sentence = text[max(0, before, side.start() - 80) : min(clause_end, side.end() + 80)]
        if len({m.group()[0] for m in _SIDE.finditer(sentence)}) < 2:
            continue  # one side alone is a route or a time (东至日本), not a zone's boundaries
        pos = side.end()
        while True:
            item = _BOUNDARY_ITEM.match(text, pos)
            s, e = item.span() if item else (pos, pos)
            nxt = text[e] if e < len(text) else ""
            if item is None or nxt not in "、，；。\n（":
                # An item with a digit is a numbered road (107国道, 318复线): no name; the list goes on.
                k = _ITEM_END.search(text, pos, min(len(text), pos + 20))
                if k is None or k.group() != "、":
                    break
                pos = k.end()
                continue
            side_after = _SIDE_AFTER.search(text, s, e)
            name_end = side_after.start() if side_after else e
            name = text[s:name_end]
            if name.endswith("村级公路"):
                name_end -= 4
                name = text[s:name_end]
            if len(name) >= 2 and not _NOT_A_BOUNDARY.search(name) and not _SIDE.match(name) \
                    and (_BOUNDARY_HEAD.search(name) or _BOUNDARY_CHAIN.fullmatch(name)):
                out.append(Mention("LOC", s, name_end, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            if nxt != "、":
                break
            pos = e + 1
    return out


# Reservoirs and irrigation districts, named by a word of their own (宣威水库、花滩子水库, 夹岩大型灌区:
# Guizhou 2026; 太平水库、中皋水库, 位山灌区: Shandong 2026; 蒋家窑则水库, 宝鸡峡灌区: Shaanxi 2026).
# (?:大型)? spelled out as an alternative: a pattern opening with literals is skipped to in C.
_WATER_SITE = re.compile("大型(?:水库|灌区)|水库|灌区")
# Words before the head that class a reservoir, not name it (病险水库, 大中型灌区, 该水库).
# A basin's reservoirs are a class, no reservoir's name (实施鄱阳湖流域水库群抗旱保供水联合调度: Jiangxi 2023
# report, probe loc37).
_SITE_CLASS = re.compile("型|病险|重点|骨干|主要|各|该|本|新建|全国|现代化|工程|项目|建设|治理|改造|流域|[（()）]")
_NOT_IN_SITE_NAME_POS = ("v", "d", "p", "c", "r", "m", "f", "u", "q")


def _water_sites(text: str) -> list[Mention]:
    """Named reservoirs and irrigation districts (guide v2.2, LOC 3: sites are LOC as a whole): the
    name is the run of name words right before the head, two to five characters."""
    out = []
    tags = function_word_tags()
    for h in _WATER_SITE.finditer(text):
        lo = max(0, h.start() - 8)
        words = shared_words(text[lo : h.start()])
        name = ""
        for w in reversed(words):
            # One character of a name may read as a verb or a particle (花滩子, 靖会, 蒋家窑则).
            if not all(_NAME_CHAR.match(c) for c in w) or w in _ORG_STOP or len(name) + len(w) > 5 \
                    or (len(w) > 1 and tags.get(w, "n").startswith(_NOT_IN_SITE_NAME_POS)):
                break
            name = w + name
        if 2 <= len(name) and not _SITE_CLASS.search(name) and not _WORKS_STAGE_ITEM.search(name):
            out.append(Mention("LOC", h.start() - len(name), h.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Crossings named after the water or the mountain they cross (建成深中通道、黄茅海通道: dev wr2026-guangdongm;
# 加快…狮子洋通道, 做好深珠通道、莲花山通道等项目前期工作: Guangdong 2026, probe loc44): sites, LOC as a whole
# (guide v2.2, LOC 3). Three name characters ending in a feature's character, opening a list item or after a verb.
_FEATURE_CROSSING = compile_cached(f"([{_CJK}]{{2}}[洋海山湾峡])通道")
_NOT_IN_CROSSING = set("出入跨沿进陆近远临滨大新各该本全等和与及的")


def _named_crossings(text: str) -> list[Mention]:
    out = []
    if "通道" not in text:
        return out
    for m in _FEATURE_CROSSING.finditer(text):
        s = m.start(1)
        if any(c in _NOT_IN_CROSSING for c in m.group(1)) or not at_word_start(text, s, m.end(1)):
            continue
        if s and _NAME_CHAR.match(text, s - 1) and not _ends_a_lead(text, max(0, s - 4), s):
            continue
        out.append(Mention("LOC", s, m.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Airports and heritage sites named by a word of their own, no known place before the head (芜宣机场,
# 盛乐国际机场, 邦达机场: Anhui, Inner Mongolia, Xizang 2026; 莫尔寺遗址, 茂陵遗址, 大松山墓群: Xinjiang,
# Shaanxi, Guizhou 2026; 晋宁河泊所遗址, 四角坪遗址: Yunnan, Gansu 2026). Guide v2.2, LOC 3.
# Each alternative opens with a literal (no optional 国际 in front): sre skips in C to their characters.
# Bridges too (石首长江大桥: jieba reads 长江大桥 as one word, which no place opens; 港珠澳大桥 in the dev
# gold; probe loc26), not a body or township a bridge names (中铁大桥局, 大桥院, 大桥镇). Former residences and
# heritage parks likewise (何其芳故居, 天生城大遗址公园: 万州 2021 plan, probe locorg22).
_NAMED_SITE = re.compile("国际机场|机场|大遗址公园|遗址公园|遗址|墓葬群|墓群|故居|大桥(?![局院镇乡村街集公])")
# Words that class an airport or a site instead of naming it (通用机场, 支线机场, 考古遗址, 革命旧址遗址).
_NAMED_SITE_CLASS = re.compile("通用|支线|运输|民用|民航|通航|货运|专业|智慧|世界级|现代化|相关|在建|新建|改扩建|新增|"
                               "省会|城市|国内|全省|干线|枢纽|零碳|考古|革命|旧址|遗址|机场|墓|文化|国家|级|大$|规范|投用|投运|[0-9０-９A-Za-z]")


def _named_sites(text: str) -> list[Mention]:
    """Airports and heritage sites named by two to five name characters before the head, as
    ``_water_sites``; a known place right before the name joins it in ``tag_locs``."""
    out = []
    tags = function_word_tags()
    project_list = _ListEnd(text, 1, 24, "，。；：\n", _PROJECTS_ETC)
    for h in _NAMED_SITE.finditer(text):
        back = 10 if text.endswith(_AIRPORT_KINDS, 0, h.start()) else 8
        words = shared_words(text[max(0, h.start() - back) : h.start()])
        name = kind = ""
        for w in reversed(words):
            if not name and not kind and w in _AIRPORT_KINDS and h.group() == "机场":
                kind = w  # jieba tags 通用 a verb: the airport's kind, read before its name
                continue
            # Another site's head ends the name (亚洲最大专业货运机场花湖国际机场: Hubei 2026).
            if _NAMED_SITE.search(w) or not all(_NAME_CHAR.match(c) for c in w) or w in _ORG_STOP or len(name) + len(w) > 5 \
                    or (len(w) > 1 and tags.get(w, "n").startswith(_NOT_IN_SITE_NAME_POS)) \
                    or w in _PLAN_MODALS or _list_verbs().fullmatch(w):
                break
            name = w + name
        if h.group() == "大桥" and (project_list(h.end()) or text.startswith(("项目", "工程"), h.end())):
            continue  # a bridge listed among projects is one (长海跨海大桥、秦沈高速二期…等重大项目开工: dev wr2026-liaoning)
        # A name before the airport's kind names one airport (共青城通用机场: Jiangxi 2023 report, probe
        # loc37); the kind alone or after a class word names none (建设通用机场, 全省通用机场).
        if len(name) >= 2 and not _NAMED_SITE_CLASS.search(name):
            start = h.start() - len(kind) - len(name)
            # The port at an airport is a port, a site as a whole (guide v2.2, LOC 3; 磨憨铁路口岸 alike): 推动铜仁
            # 凤凰机场航空口岸正式开放 (Guizhou 2026 report, probe loc65w).
            end = h.end() + 4 if h.group().endswith("机场") and text.startswith("航空口岸", h.end()) else h.end()
            out.append(Mention("LOC", start, end, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Old streets and lanes named by a word of their own, heritage and renewal sites (亲临安庆桐城六尺巷考察:
# Anqing 2025 report, probe loc46d; 推广麒麟区西门街老街有机更新模式: dev wr2026-yunnanm): sites are LOC as a
# whole (guide v2.2, LOC 3), and a known place right before the name opens it, as before an airport.
# A numeral may name a lane (六尺巷, 七巷), so the name's words are not judged by their tags.
# A word that only begins with the head is no lane (老街坊 neighbours, 老街道, 古街区, 街头巷尾, 巷陌).
# 走街串巷, 穿街过巷: a verb's lanes.
_NAMED_LANE = re.compile("老街(?![坊道区])|古街(?![道区])|古巷|(?<![串走穿过])巷(?![子道口尾陌])")
# Words that class streets and lanes instead of naming one (背街小巷, 老旧街巷, 特色老街, 历史文化古街).
# A quantity of them and the old town they stand in class them too (一批老城老街、古镇古村焕发新颜: Shanxi 2026
# report).
_NAMED_LANE_CLASS = re.compile("小|街巷|背街|老旧|陋|深|各|全|城市|城区|历史|文化|特色|传统|商业|步行|改造|整治|提升|一批|老城|古城|古镇"
                               "|[0-9０-９A-Za-z]")


_LANE_NAMES_A_THING = re.compile("工作法|精神|经验|模式|故事|调解法")


def _named_lanes(text: str) -> list[Mention]:
    """Old streets and lanes named by two to four name characters before the head."""
    out = []
    if "巷" not in text and "老街" not in text and "古街" not in text:
        return out
    names = _loc_tables()[0]
    for h in _NAMED_LANE.finditer(text):
        words = shared_words(text[max(0, h.start() - 6) : h.start()])
        name = ""
        for w in reversed(words):
            p = h.start() - len(name) - len(w)
            # A known place ends the name: it opens the site in ``tag_locs`` (桐城|六尺巷).
            if not all(_NAME_CHAR.match(c) for c in w) or w in _ORG_STOP or len(name) + len(w) > 4 \
                    or (len(w) > 1 and _longest(names, text, p) == p + len(w)) or w in _PLAN_MODALS or _list_verbs().fullmatch(w) or _common_word_tags().get(w, "").startswith("v"):
                break
            name = w + name
        # A lane that names a method or a spirit is no place there (推深做实“六尺巷工作法”: dev wr2026-anhuim).
        # The class words are read over the head too: 老街|巷 is 街巷 (实施城区老街巷提升工程).
        if len(name) >= 2 and not _NAMED_LANE_CLASS.search(name + h.group()) and not _LANE_NAMES_A_THING.match(text, h.end()):
            out.append(Mention("LOC", h.start() - len(name), h.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


_AIRPORT_KINDS = ("通用", "支线")
# Words of a plan that jieba tags no verb, so the tag test lets them into a site's name (力争绥芬河机场
# 建成投用: Heilongjiang 2022 report, probe loc40); with the listing verbs (续建, 谋划) they open no name.
_PLAN_MODALS = frozenset(("力争", "力促", "争取", "确保", "全力", "全面"))


# New areas named by a word of their own, no known place before the head (临港新片区: Shanghai 2026 twice;
# 江东新区: Hainan 2026; 河湟新区: Qinghai 2026; as 西海岸新区 in dev wr2026-shandongm). Guide: named zones
# and new areas are LOC. Words that class a new area name none (省级新区, 国家级新区, 城市新区, 各新区).
_NEW_AREA = re.compile("新片区|新区")
_NEW_AREA_CLASS = re.compile("省级|国家级|市级|县级|城市|城镇|都市|产城|现代化|各|全|本|该|新$|[0-9０-９A-Za-z]")


def _named_new_areas(text: str) -> list[Mention]:
    """New areas named by two or three name characters before 新区 or 新片区 (one jieba word that is
    no verb, adverb, pronoun…), as ``_named_sites``; a known place before the head already names it."""
    out = []
    tags = function_word_tags()
    for h in _NEW_AREA.finditer(text):
        name, parts = "", []
        # jieba may split a rare name into characters (河|湟): the name is the run of name words before the head.
        for w in reversed(shared_words(text[max(0, h.start() - 6) : h.start()])):
            if not all(_NAME_CHAR.match(c) for c in w) or any(c in _ORG_STOP for c in w) or len(name) + len(w) > 3 \
                    or tags.get(w, "n").startswith(_NOT_IN_SITE_NAME_POS) or w in _common_word_tags():
                break
            name = w + name
            parts.append(w)
        # One word that jieba knows as a place (临港, 江东 ns; 西海岸 s) or does not know (贵安), or single
        # characters; a common noun names a kind of area (产业新区, 工业新区, 国际化新区).
        if len(parts) == 1 and _all_tags().get(name, "ns") not in ("ns", "s"):
            continue
        if len(parts) > 1 and any(len(w) > 1 for w in parts):
            continue
        start = h.start() - len(name)
        if len(name) < 2 or _NEW_AREA_CLASS.search(name) or text[start : h.end()] in place_name_set() \
                or _opens_a_listed_project(text, start, h.end()) or _NAME_OF_THING.match(text, h.end()):
            continue  # a known district (滨海新区) is the gazetteer's; a project's name is opaque (…新区防潮海堤等项目)
        out.append(Mention("LOC", start, h.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Parks and scenic areas named by a word of their own, no known place before the head (龙潭临港产业园,
# 北流“两湾”产业园 with a quoted nickname: 玉林 2025 report; 晋钢智造科技产业园: 泽州 2023 report; 汉丰湖国家级
# 水利风景区(保护区): 开州 2018 notice; probe loc41). Guide v2.2, LOC 3: named zones, parks and scenic spots are
# LOC as a whole. The name opens a phrase (after punctuation), so a verb before it (新建, 打造) keeps it out.
_PARK_LEVELS = ("国家级", "省级", "国家", "市级", "")
# Zero-carbon parks are named by their area with the level between (推进航空港国家级零碳园区建设: dev wr2026-henanm;
# 南川国家级零碳园区: dev wr2026-qinghai); the class itself (创建零碳园区, 首批国家级零碳园区) has no name before it.
_PARK_KINDS = ("产业园区", "工业园区", "产业园", "工业园", "科技园", "物流园", "水利风景区", "湿地公园", "森林公园",
               "风景名胜区", "旅游度假区", "零碳园区", "国家公园",
               # Towns, corridors and resorts named by a word of their own are sites too (guide v2.2, LOC 3):
               # 平潭台湾小镇 (dev wr2026-fujianm), 漫葡小镇 (dev wr2026-ningxia), 京雄科创走廊 (dev wr2026-hebei),
               # 提升联影小镇、东方美谷等特色园区能级, 乐高乐园度假区 (Shanghai 2026, probe org53w). The class has
               # no name of its own (特色小镇, 零碳货运走廊: dev wr2026-shandongm).
               "小镇", "科创走廊", "走廊", "度假区",
               # An old town named by its county and its own name (剑川沙溪古镇, 禄丰黑井古镇 among the 特色小镇 a
               # province names: 云政函〔2021〕25号, probe full50p).
               "古镇")
# (?:国家级|省级|国家|市级)?(?:产业园区|…)(?:保护区)?, spelt out level by kind in the order sre tries them: a
# pattern whose every branch opens with a character is scanned for those characters in C, one that opens
# with an optional group is tried at every character (ten times slower over a text, the same matches).
# A national park still awaiting approval keeps its stage in the name: 青海湖国家公园候选区 (dev wr2026-qinghai).
_PARK_HEAD = re.compile("(?:" + "|".join(level + kind for level in _PARK_LEVELS for kind in _PARK_KINDS) + ")(?:保护区|候选区)?")
# National parks are named after the animal they keep too (大熊猫国家公园: Gansu 2026, probe loc49w; 亚洲象国家公园),
# a common noun to jieba.
_ANIMAL_PARK_HEAD = "国家公园"
_PARK_OPEN = set("，,。；;：:、\n（(“ ")
# A park named by its function is a class (支持营口片区建设陆港枢纽产业园: Liaoning 2026, probe loc42).
_PARK_CLASS = re.compile("[各该本全其这那此每一二三四五六七八九十0-9０-９A-Za-z]|新建|重点|特色|现代|示范|省级|市级|县级|国家|枢纽|陆港|"
                         "创业|返乡|扶贫|生态|城市|城区|县城|乡村|农村|产业|工业|园区|新区|开发区|中心|主题|智慧|"
                         # a list's end: 同步推动海东、海西等地零碳园区 (dev wr2026-qinghai)
                         "等")
_PROPER_TAGS = ("ns", "nr", "nz", "nrt", "nrfg", "j")
# Verbs of settling that jieba tags as nouns (落地 n): the park's name opens after them, as after punctuation
# (19个项目落地沪明临港产业园、广龙合作产业园: Fujian 2026 report, probe loc65w; 沪明临港产业园 in dev wr2026-fujianm).
# 命名 (a noun to jieba) names the sites a decision names (决定命名安宁温泉小镇、腾冲银杏小镇…: 云政函〔2021〕25号,
# probe full50p).
_SITE_LEAD_WORDS = frozenset(("落地", "落户", "入驻", "进驻", "入园", "位于", "地处", "命名"))
# A scenic area's name that ends in a feature word names that feature alone elsewhere (保护汉丰湖水资源).
_SCENIC_FEATURE_END = tuple("湖江河山湾潭峡岛海")


_MODIFIER_TAGS = frozenset(("vn", "a", "an", "b"))  # jieba's tags of words that modify a noun after them


def _named_parks(text: str, county_shorts: list[Mention] | None = None) -> list[Mention]:
    """Parks and scenic areas named by two to seven characters before the head (``_PARK_HEAD``), read
    back over name words to punctuation or a verb (加强|汉丰湖): the name's first word is a proper name to
    jieba (龙潭, 北流, 晋; 汉 of 汉|丰|湖, an abbreviation); a quoted nickname may stand
    inside (北流“两湾”产业园). A scenic name ending in a feature word (汉丰湖) is a LOC wherever else it stands."""
    out, features = [], set()
    for h in _PARK_HEAD.finditer(text):
        tags, fw = _all_tags(), function_word_tags()  # only with a head: jieba's tag table is slow to load
        lo = h.start()
        while lo > 0 and h.start() - lo < 9 and text[lo - 1] not in _PARK_OPEN:
            lo -= 1
        if lo > 1 and text[lo - 1] == "“" and "”" in text[lo : h.start()]:
            lo -= 1  # a quoted nickname inside the name: 北流“两湾”产业园
            while lo > 0 and h.start() - lo < 11 and text[lo - 1] not in _PARK_OPEN:
                lo -= 1
        words = shared_words(text[lo : h.start()])
        name_words: list[str] = []
        broke_on = ""
        for w in reversed(words):
            if w in "“”":
                name_words.insert(0, w)
                continue
            if not all(_NAME_CHAR.match(c) for c in w) or (len(w) > 1 and fw.get(w, "n").startswith(_NOT_IN_SITE_NAME_POS)) \
                    or w in _SITE_LEAD_WORDS:
                break
            if len(w) > 1 and not tags.get(w, "v").startswith("n"):
                broke_on = w
                break  # a word jieba does not know as a noun or name (切实加强) opens no park's name
            name_words.insert(0, w)
        while name_words and name_words[0] in "“”" and not (name_words[0] == "“" and "”" in name_words):
            name_words.pop(0)
        if tags.get(broke_on) == "j":
            continue  # an abbreviation before the name may be its start (大冶|湖高新技术产业园区): no cut name
        name = "".join(name_words)
        plain = name.replace("“", "").replace("”", "")
        if not 2 <= len(plain) <= 7 or _PARK_CLASS.search(plain) or name.startswith("“"):
            continue
        first = next(w for w in name_words if w not in "“”")
        # jieba tags some verbs j (深化): an abbreviation opens a name as one character only (汉|丰|湖).
        # A county's short name alone before the kind names the county's park (元谋风景名胜区浪巴铺景区: 元谋县's
        # 元政规〔2024〕1号, probe loc66p), though jieba reads it as a noun (元谋 n); the place is emitted alone,
        # with the gazetteer's places, and tag_locs runs it over the park and any sub-site, as after the full name.
        # A modifier before it makes the short name a noun's tail ("加强旅游资源风景名胜区管理": 旅游 vn + 资源, no
        # 资源县): only a verb, a pronoun or a clause's start opens the county's park.
        if name_words == [first] and tags.get(first) not in _PROPER_TAGS and first in _county_shorts()[0] \
                and first not in _hand_shorts() and not _NAME_OF_THING.match(text, h.end()) \
                and (len(words) < 2 or words[-1] != first or tags.get(words[-2]) not in _MODIFIER_TAGS):
            if county_shorts is not None:
                county_shorts.append(Mention("LOC", h.start() - len(name), h.start(), "loc.gazetteer", {},
                                             priority=PRIORITY["loc.gazetteer"]))
            continue
        if tags.get(first) not in (_PROPER_TAGS if len(first) == 1 else _PROPER_TAGS[:-1]) \
                and not (h.group().startswith(_ANIMAL_PARK_HEAD) and len(plain) >= 3 and name_words == [first]
                         and tags.get(first) == "n"):  # one word: not 推进昂赛、玉珠峰自然体验和国家公园品牌提升试点
            continue
        if _NAME_OF_THING.match(text, h.end()):
            continue  # a project's name is opaque (…产业园项目)
        out.append(Mention("LOC", h.start() - len(name), h.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
        if "园" not in h.group() and plain.endswith(_SCENIC_FEATURE_END) and len(plain) >= 3:
            features.add(plain)
    for f in features:
        k = text.find(f)
        while k >= 0:
            out.append(Mention("LOC", k, k + len(f), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            k = text.find(f, k + len(f))
    return out


# Named roads and streets are sites (guide v2.2, LOC 3), named by two to four characters of their own that
# jieba reads as anything (世纪|大道, 含|浦|大道, 麓|景|路南|延): a work on the road or a list of roads is the
# cue, not the words (加快世纪大道提升、光明大道提升、中兴大道延伸、文化西路等道路建设: 枣庄市中区 2022;
# 推进麓景路南延、长望路西延建设, 拉通潇湘大道、含浦大道: 长沙 2018). Ring roads by their compass and number
# (西二环, 东六环路: 通州 2020). The name opens after punctuation or a verb of works, so that a figure of
# speech (走上光明大道, 走出一条新路, 发展之路) names no road.
# A road that bounds a plot or a site names it as a place (guide v2.2, LOC 3): its side (春博路东侧、科嘉路南侧拟征地地块,
# 科嘉路以南、春博路以东: 济南高新区 征地公示 2020) or a junction (金阵路与闽江大道交叉口地块: 福州 土地发展中心 2024).
# After such a cue the name may follow a preposition or a conjunction (公众对春博路东侧, 地块和金阵路与…).
_ROAD_SIDE_CUE = f"(?:[东南西北]侧|以[东南西北](?![部面])|交叉口|交汇处|与[{_CJK}]{{2,4}}?(?:大道|[东南西北]?路)(?:交叉口|交汇处))"
_ROAD_SIDE = re.compile(_ROAD_SIDE_CUE)
_ROAD_SIDE_OPENERS = set("对在于沿至与和及临靠")
_ROAD = compile_cached(f"([{_CJK}]{{2,4}}?)(大道|[东南西北]?路)(?=[东南西北]延|延伸|延长|提升|提质|改造|改建|扩建|拓宽|快速化|建设|"
                       "通车|贯通|清表|等(?:道路|区域|路段)|[、，。；）)]|"
                       # the last road of a list that bounds an area (…、西门路的合围区域: 连云港 禁放通告 2022, probe loc56p)
                       "的?(?:合围|围合|围成)(?:的)?区域|"
                       f"{_ROAD_SIDE_CUE})")
# The compass character first, the look back over it (the same matches): sre skips to the class in C.
_RING_ROAD = re.compile("[东南西北](?<![一二三四五六七八九十0-9０-９][东南西北])[二三四五六七]环(?:路)?(?![线内外境])")
_COUNTED_ROADS = re.compile("等道路[0-9０-９一二三四五六七八九十百]")
_ROAD_AFTER_ITEM = re.compile("(?:大道|路|[东南西北]延|延伸|提升|改建|改造)、$")
_ROAD_OPENERS = ("推进", "加快", "拉通", "打通", "完成", "实施", "改造", "建设", "开工", "新建", "启动", "实现", "提质")
_ROAD_OPEN = set("、，。；：（(\n")
# Words that class a road, or a figure of speech, instead of naming one (主干路, 断头路, 四好农村路, 丝绸之路).
_ROAD_CLASS = re.compile("[的之一二三四五六七八九十条等和与及或在对为是把被将给让并至各全本该新老旧村组乡镇公铁水线网电]|"
                         "主干|次干|支|快速|市政|城市|城区|乡村|农村|旅游|产业|发展|道路|断头|四好|幸福|小康|康庄|致富|振兴|"
                         "改革|创新|复兴|绿色|现代|干线|国省|县乡|连接|出口|进出|配套|周边|区内|园区|"
                         # a road's surface classes it (所有行政村实现通硬化路: Henan 2020 report, probe loc40)
                         "硬化|水泥|柏油|沥青|砂石")


def _verb_in_name(name: str) -> bool:
    """Whether a word of two characters or more in ``name`` is a verb, adverb… (统筹|推进 片区, 加强 片区)."""
    tags = function_word_tags()
    return any(len(w) > 1 and w in tags for w in shared_words(name))


def _named_roads(text: str) -> list[Mention]:
    """Named roads and streets under works or listed (``_ROAD``), and ring roads."""
    out = [Mention("LOC", r.start(), r.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
           for r in _RING_ROAD.finditer(text)]
    # a compass character may open the head (西路): five characters before 路 at most
    for r in finditer_from(_ROAD, _starts_before(text, ("大道", "路"), 5), text):
        head_start = r.start(2)
        if _COUNTED_ROADS.match(text, r.end()):
            continue  # a count of roads under works, unmarked in the dev gold (更新改造复康路等道路80条: Tianjin 2026)
        for k in range(2, 5):  # the shortest name that opens after punctuation, a verb or a road before it
            start = head_start - k
            if start < 0 or not all(_NAME_CHAR.match(c) for c in text[start:head_start]):
                break
            before = text[max(0, start - 4) : start]
            if not (start == 0 or not _NAME_CHAR.match(text[start - 1]) or before.endswith(_ROAD_OPENERS)
                    or (text[start - 1] in _ROAD_SIDE_OPENERS and _ROAD_SIDE.match(text, r.end()))):
                continue
            # Bare punctuation after the head closes a list of roads only (拉通潇湘大道、含浦大道。).
            if text[r.end()] in "，。；）)" and not _ROAD_AFTER_ITEM.search(text, max(0, start - 8), start):
                break
            if not _ROAD_CLASS.search(text, start, head_start) and not _verb_in_name(text[start:head_start]):
                out.append(Mention("LOC", start, r.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            break
    return out


# A street address written without its district, the road's name and its house number (或直接前往体育场路238号受理
# 大厅: a Hangzhou city notice, hznews 2014-05-11, probe loc64p): a place, as every address of the dev gold is
# (25 of 25, 天河区天府路1号区机关大院1号楼5016室 in gz-13). The name opens after punctuation or a cue of place
# (前往, 位于, 地址); a number after the street makes it an address, no road under works.
_ADDRESS_STREET = re.compile("(?:大道|大街|街|路|巷)(?:[东南西北中]段|[一二三四五六七八九十]段)?(?=[0-9０-９]{1,5}号)")
_ADDRESS_CUES = ("前往", "位于", "地址", "地点", "设在", "迁至", "搬至", "来到", "到达", "在", "到", "去", "赴")
# A verb of going or asking opens no street's name: 请到人民路5号领取, 市民可到人民大道45号办理 (review22) name 人民路.
_NOT_IN_ADDRESS_NAME = set("到去往赴请")


def _street_addresses(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """Street addresses with a house number and no place before them (an address a place opens is
    the place's, extended by ``_extend``)."""
    if "号" not in text:
        return []
    starts = {g.start for g in gazetteer}
    out = []
    for r in _ADDRESS_STREET.finditer(text):
        head = r.start()
        for k in range(2, 7):
            start = head - k
            if start < 0 or not _NAME_CHAR.match(text, start) or text[start] in _NOT_IN_UNIT_NAME \
                    or text[start] in _NOT_IN_ADDRESS_NAME:
                break
            if not (start == 0 or not _NAME_CHAR.match(text[start - 1]) or text.endswith(_ADDRESS_CUES, 0, start)):
                continue
            if any(q in starts for q in range(start, head)) or _ROAD_CLASS.search(text, start, head) \
                    or _verb_in_name(text[start:head]):
                break
            n = _NUMBER.match(text, r.end())
            out.append(Mention("LOC", start, n.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            break
    return out


# Named tunnels are sites (guide v2.2, LOC 3), LOC whole, named by two to five characters of their own that are no
# gazetteer name (关于巴朗山隧道建设问题, 中央对巴朗山隧道建设予以支持: dev sc19-22; a place inside the name is no place
# of its own: 后云台山隧道交汇口, 连云港 禁放通告 2022, probe loc56p). The name opens after punctuation, a verb of works
# or 关于/对; words that class a tunnel name none (公路隧道, 海底隧道, 桥梁隧道).
_TUNNEL = compile_cached(f"([{_CJK}]{{2,5}}?)隧道")
_TUNNEL_OPENERS = _ROAD_OPENERS + ("关于", "对")
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[\n：:；;，,]))[0-9０-９]{1,2}[.．、]$")
_TUNNEL_CLASS = re.compile("山区|城区|地下|海底|水下|特长|长大|高速|双洞|单洞|桥|涵|公路|铁路|地铁|轨道|越江|跨江|过江"
                           # kinds and states of tunnels (对病害隧道进行整治, 人行隧道内, 新建隧道, 瓦斯隧道施工: review12)
                           "|城市|新建|在建|下穿|瓦斯|人行|车行|病害|危险")


def _named_tunnels(text: str) -> list[Mention]:
    """Named tunnels (巴朗山隧道), read as ``_named_roads``."""
    out = []
    for r in finditer_from(_TUNNEL, _starts_before(text, ("隧道",), 5), text):
        head_start = r.end() - 2
        start = _opened_name(text, head_start, 5, lambda k: (
            text[k - 1] in _ROAD_OPEN or text.endswith(_TUNNEL_OPENERS, max(0, k - 4), k)
            or _ITEM_NUMBER.search(text, max(0, k - 4), k) is not None))
        if start is None:
            continue
        name = text[start:head_start]
        # a common word of the dictionary names a kind, no tunnel (景观隧道, 排水隧道), as for ports
        if not _ROAD_CLASS.search(name) and not _TUNNEL_CLASS.search(name) and not _verb_in_name(name) \
                and _all_tags().get(name, "ns") in _PROPER_TAGS:
            out.append(Mention("LOC", start, r.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


def _opened_name(text: str, head_start: int, longest: int, opens) -> int | None:
    """Where the shortest name of two to ``longest`` name characters before ``head_start`` starts that
    opens at the text's start or where ``opens(start)`` holds; None where a character that is no
    name's comes first, or no length opens (tunnels, town parts)."""
    for k in range(2, longest + 1):
        start = head_start - k
        if start < 0 or not all(_NAME_CHAR.match(c) for c in text[start:head_start]):
            return None
        if start == 0 or opens(start):
            return start
    return None


# Town parts and new towns named by two to four characters of their own (螺洲片區、葉廈臚廈片區, 加快實施南湖公園片區:
# 仓山 2022; 提质洋湖片区, 大王山、长沙高铁西城、沩东新城等重点片区: 长沙 2018). Guide v2.2, LOC 3: new areas are
# LOC. The name opens after punctuation or a verb of works; words that class a part name none (重点片区, 城市片区).
# So are new towns named as innovation or smart towns, and a lead 推动/提升 opens them too (推动吴淞创新城、南大智慧城、
# 湾区科创城开发提速: Shanghai 2026, probe loc42); 智慧城市 is a class.
# 智慧城镇, 智慧城乡 are classes (提升县域智慧城镇管理水平: review 20a).
# 城乡 and 城镇 are words of their own: 创新城乡融合发展机制 names no innovation town (积极探索创新城乡融合发展机制:
# Hubei 2026 report, probe loc65w).
_TOWN_PART = compile_cached(f"([{_CJK}]{{2,4}}?)(片区|片區|新城|创新城|智慧城|科创城)(?![区區市镇鎮乡鄉])")
_TOWN_PART_OPENERS = ("实施", "實施", "提质", "提質", "推进", "推進", "加快", "建设", "建設", "开发", "開發", "打造", "抓好",
                      "推动", "推動", "提升")
_TOWN_PART_CLASS = re.compile("[的之一二三四五六七八九十个個等和与與及或在对為为是各全本该該新老旧舊核]|重[点點大]|城市|城区|城區|城镇|城鎮|"
                              "中心|核心|产业|產業|功能|示范|示範|试点|試點|更新|改造|开发|開發|国际|國際|绿色|綠色|[东南西北東][部面]|[0-9０-９A-Za-z]|"
                              # towns and villages as a class (组团式推进镇村片区建设: Guangdong 2026, probe loc42)
                              "镇村|鎮村|乡村|鄉村|村镇|村鎮|农村|農村|省级|省級|市级|市級|县级|縣級")


def _named_town_parts(text: str) -> list[Mention]:
    """Town parts (片区) and new towns (新城) named by a word of their own, as ``_named_roads``."""
    out = []
    for r in finditer_from(_TOWN_PART, _starts_before(text, ("片区", "片區", "新城", "智慧城", "科创城"), 4), text):
        head_start = r.start(2)
        # A zone's part after the zone opens too; ``tag_locs`` joins the two (金山工業園區橘園洲片區: 仓山 2022).
        start = _opened_name(text, head_start, 4, lambda k: (
            text[k - 1] in _ROAD_OPEN or text.endswith(_TOWN_PART_OPENERS, max(0, k - 4), k)
            or (text[k - 1] in "区區" and r.group(2) != "新城")))
        if start is None:
            continue
        if not _TOWN_PART_CLASS.search(text, start, head_start) and text[start:r.end()] not in place_name_set() \
                and not _verb_in_name(text[start:head_start]):
            out.append(Mention("LOC", start, r.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Ports (guide v2.2, LOC 3: ports are sites, LOC as a whole). Border ports are named by a town or a
# county-level city that alone is no gazetteer name (甘其毛都, 策克, 满都拉, 磨憨; 满洲里 and 二连浩特 are
# county short names, common words elsewhere): a named port is LOC whole (磨憨铁路口岸: Yunnan 2026;
# 甘其毛都口岸互贸区: Inner Mongolia 2026; 青茂口岸, 新皇岗口岸: dev gold), the items of a port list
# each alone (实施满洲里、二连浩特、甘其毛都、策克、满都拉等重点口岸提升工程; 在二连浩特等口岸开展: Inner Mongolia 2026).
_PORT = re.compile("口岸")
_PORT_KIND = re.compile("(?:铁路|公路|航空|水运|陆路)$")
# A port's zone is part of its name (深圳湾口岸港方口岸区, 深圳湾口岸区: dev sc19-44 gold).
_PORT_AFTER = re.compile(f"[{_CJK}]{{0,3}}?口岸区|互贸区|经济合作区|区")
_PORT_CLASS_BEFORE = re.compile(f"等[{_CJK}]{{0,4}}$")
# Tags of jieba words that may be (part of) a port's name: places (二连浩特, 满洲里 ns) and words jieba does not know;
# not other proper nouns (大力发展 is nz: 大力发展口岸经济, Yunnan 2026), person names (智慧 is nr) or
# common nouns (重点, 边境, 陆路: 重点口岸). Kinds of ports jieba tags as places name no port (陆海口岸支点:
# State Council report 2015).
_PORT_NAME_TAGS = ("ns",)
_PORT_KIND_NAME = re.compile("[陆海空边沿内外水铁公航]+$")
# 我区口岸 is the region's ports as a class (结合我区口岸发展需要: Inner Mongolia's 2024 smart-port opinions).
_NOT_PORT_CHARS = set("各全本该每等我")
# Words of a port's class between the names and 口岸: the names stand alone, as before 等…口岸
# (满洲里、二连浩特综合枢纽口岸: Inner Mongolia's 2024 smart-port opinions, probe loc38).
_PORT_CLASS_WORDS = re.compile("(?:综合枢纽|枢纽|重点专业|重点|专业|边境|沿边)$")


def _division_word(w: str) -> bool:
    """A division's name, or a county's short name (凭祥, 东兴)."""
    return w in place_name_set() or w in _county_shorts()[0]


def _port_name(text: str, end: int, floor: int, places: bool = False) -> tuple[int, bool]:
    """Where a port's name that ends at ``end`` starts (-1 if none), and whether jieba split it into
    single characters: place words and words jieba does not know (二连浩特, 深圳湾), or a run of
    single characters (甘|其|毛|都), not both (指|深圳湾), two to six characters (珠恩嘎达布其).
    With ``places`` a division's own name is a name too: a port in a list stands for its town
    (以东兴、凭祥、龙邦等口岸为试点区域: Guangxi's tourism measures, probe loc38)."""
    name, parts = "", []
    for w in reversed(shared_words(text[max(floor, end - 7) : end])):
        if not all(_NAME_CHAR.match(c) for c in w) or any(c in _ORG_STOP for c in w) or len(name) + len(w) > 6:
            break
        if len(w) > 1 and not (places and _division_word(w)) \
                and (_all_tags().get(w, "ns") not in _PORT_NAME_TAGS or w in _common_word_tags()):
            break  # (jieba tags 凭祥 a common noun)
        if parts and (len(w) > 1) != (len(parts[-1]) > 1):
            break
        name = w + name
        parts.append(w)
    singles = len(parts) > 1 and len(name) == len(parts)
    if places and len(name) < 2:
        # A division's name jieba joins to the word before it (以东|兴): the name as the gazetteer has it.
        name = next((text[end - w : end] for w in range(6, 1, -1)
                     if end - w >= floor and _division_word(text[end - w : end])), name)
    if len(name) < 2 or _NEW_AREA_CLASS.search(name) or _NOT_PORT_CHARS & set(name) \
            or (name in place_name_set() and not places) or _PORT_KIND_NAME.match(name):
        return -1, singles  # a province's or a city's ports are a class (广东口岸): the place is the gazetteer's
    return end - len(name), singles


def _named_ports(text: str) -> list[Mention]:
    out = []
    for h in _PORT.finditer(text):
        listed = _PORT_CLASS_BEFORE.search(text, max(0, h.start() - 5), h.start()) \
            or _PORT_CLASS_WORDS.search(text, max(0, h.start() - 4), h.start())
        kind = None
        if listed:
            end, last = listed.start(), None  # a list of ports before 等…口岸: each is a place alone
        else:
            kind = _PORT_KIND.search(text, max(0, h.start() - 2), h.start())
            end = kind.start() if kind else h.start()
            tail = _PORT_AFTER.match(text, h.end())
            last = tail.end() if tail else h.end()
        start, singles = _port_name(text, end, 0, places=bool(listed))
        # A name jieba splits into characters is a port's only in a list or before the port's kind
        # (磨|憨铁路口岸), not before a bare 口岸 (抵离口岸的交通工具: dev wr2026-guangdong).
        # So is one a verb leads, and one joined to such a port by 和 (连接甘其毛都口岸和满都拉口岸: the 2023
        # 呼包鄂乌 measures, probe loc29).
        if start < 0 or (singles and not (listed or kind or text.endswith("、", 0, start)
                                          or _ends_a_lead(text, max(0, start - 6), start))):
            continue
        items = [(start, last if last else end)]
        # Ports listed before it, each a whole item between 、 (满都拉、甘其毛都口岸互贸区).
        while start > 0 and text[start - 1] == "、":
            k, _ = _port_name(text, start - 1, max(0, start - 8), places=bool(listed))
            if k < 0 or not (k == 0 or not _NAME_CHAR.match(text, k - 1) or text[k - 1] == "、"
                             or _ends_a_lead(text, max(0, k - 6), k)):
                break
            items.append((k, start - 1))
            start = k
        out.extend(Mention("LOC", a, b, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]) for a, b in items)
    return out


# A sea port by a name of its own, no division's (洋浦港, 马村港), in a list of works: its extension or phase
# after it, or a list of ports that ends in 等…项目/工程 (加快洋浦港扩建工程、马村港三期、三亚邮轮港等项目建设: Hainan
# 2026, probe loc42). Guide v2.2, LOC 3: ports are sites, LOC also as a project's item (as 济南机场二期).
_OWN_PORT_NAME = compile_cached(f"[{_CJK}]+")
_OWN_PORT_WORKS = compile_cached("改扩建|扩建|[一二三四五六七八九十]期")
# The list after the port, items between 、, that ends in 等…项目/工程: (?:、[^，。；、]{2,12})*等[^，。；、]{0,6}(?:项目|工程)
# read by _ListEnd. An item holds no 、 (one item per 、): an item that may span a 、 makes a long list of
# ports with no 等…项目 after it backtrack exponentially (30 ports took minutes).
_OWN_PORT_ETC = compile_cached("等[^，。；、]{0,6}(?:项目|工程)")
_OWN_PORT_LEAD = ("加快", "推进", "建设", "建成", "开工", "实施", "完成", "推动", "启动")


def _own_name_ports(text: str) -> list[Mention]:
    """Sea ports by their own two- or three-character name (``_OWN_PORT``), the name a proper noun or
    a word jieba does not know, opening after punctuation or a lead verb of works."""
    out = []
    if "港" not in text:
        return out
    for start, h in _own_port_matches(text):
        s = start
        # The shortest name after a stop or a lead (加快|洋浦港, 、|马村港).
        for k in range(h - 2, max(h - 4, -1), -1):
            if k == 0 or text[k - 1] in "、，。；：\n" or text.endswith(_OWN_PORT_LEAD, 0, k):
                s = k
                break
        else:
            continue
        name = text[s:h]
        if any(text[k : h + 1] in place_name_set() for k in range(s, h)) or name.startswith(_OWN_PORT_LEAD):
            continue  # 香港 is a place, no port; a lead verb opens no name
        if not all(_NAME_CHAR.match(c) for c in name) or name in place_name_set() or _NOT_A_PORT.search(name) \
                or _all_tags().get(name, "ns") not in _PROPER_TAGS or any(c in _ORG_STOP for c in name):
            continue
        out.append(Mention("LOC", s, h + 1, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


def _own_port_matches(text: str) -> Iterator[tuple[int, int]]:
    """The matches of ``([CJK]{2,3}?)港`` followed by works (改扩建, 三期) or by a 、 list ending in 等…项目/工程,
    as finditer would give them: (start of the name, position of 港). The list is read once for all the
    ports in it (``_ListEnd``); a lookahead reading it to its end from every 港 was quadratic in a long
    list (香港、澳门、…: 64,000 characters took 8 s)."""
    works_list = _ListEnd(text, 2, 12, "，。；", _OWN_PORT_ETC)
    ports = [h for h in _find_all(text, "港") if h >= 2]
    starts = sorted({h - 2 for h in ports} | {h - 3 for h in ports if h >= 3})
    pos = 0
    for s in starts:
        if s < pos:
            continue
        for h in (s + 2, s + 3):  # the shortest name first ({2,3}?)
            if text.startswith("港", h) and _OWN_PORT_NAME.fullmatch(text, s, h) \
                    and (_OWN_PORT_WORKS.match(text, h + 1) or works_list(h + 1)):
                yield s, h
                pos = h + 1
                break


class _ListEnd:
    """Whether ``(?:、[^<stops>、]{lo,hi})*<tail>`` matches at a position of ``text``: a 、 list of items that
    hold no stop, closed by ``tail`` (等…项目). The regex reads the list to its end from every position it is
    tried at, quadratic where it is tried at every item of a long list (马村港、洋浦港、…; 长江大桥、黄河大桥、…);
    here every position from the first asked to the clause's stop is settled at once, right to left, and
    kept. Positions must be asked in increasing order for that to stay linear."""

    def __init__(self, text: str, lo: int, hi: int, stops: str, tail: re.Pattern[str]) -> None:
        self.text, self.lo, self.hi, self.tail = text, lo, hi, tail
        self.stop = compile_cached(f"[{stops}]")
        self.known: dict[int, bool] = {}

    def __call__(self, q: int) -> bool:
        known, text = self.known, self.text
        if q in known:
            return known[q]
        stop = self.stop.search(text, q)
        end = stop.start() if stop else len(text)
        item_end = end  # the next 、 (or the clause's stop) after the position being settled
        for y in range(end - 1, q - 1, -1):
            ok = self.tail.match(text, y) is not None
            if not ok and text[y] == "、":
                ok = any(known.get(z, False) for z in range(y + 1 + self.lo, min(y + 1 + self.hi, item_end) + 1))
            known[y] = ok
            if text[y] == "、":
                item_end = y
        return known.get(q, False)  # q at the clause's stop or the end: no list


def _ports_again(text: str, ports: list[Mention], taken: list[Mention]) -> list[Mention]:
    """A port list's name named again alone in the same text (在甘其毛都实施…试点), where a verb, a
    function word or punctuation follows it."""
    names = {text[m.start:m.end] for m in ports if not text.startswith("口岸", m.end - 2) and not text.endswith("区", 0, m.end)}
    spans = [(m.start, m.end) for m in ports + taken]
    out = []
    for name in names:
        for i in _find_all(text, name):
            e = i + len(name)
            if any(a < e and i < b for a, b in spans) or not _ends_an_item(text, e) or not word_bounds(text, i, e) \
                    or text.startswith(("—", "－", "-"), e):
                continue  # inside a name or a route (中蒙二连浩特—扎门乌德经济合作区)
            if i > 0 and _NAME_CHAR.match(text, i - 1) and not _ends_a_lead(text, max(0, i - 6), i):
                continue
            out.append(Mention("LOC", i, e, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Named features listed before their count and kind (库姆塔格、巴丹吉林、腾格里三大沙漠; 辽东、山东、雷州三个半岛;
# 渤海、琼州、台湾三个海峡: Gansu's 2014 ecology plan, 国发〔2015〕42号, probe loc38): when the count is the
# number of items, each item is a named place (guide v2.2, LOC 3), though no gazetteer knows it.
_COUNTED_KIND = compile_cached("([两二三四五六七八九十]|[2-9])(?:个|大|条|座|处)?(?:沙漠|半岛|海峡|高原|山脉|河流|湖泊|岛屿|群岛|盆地|草原"
                               "|平原|湿地|水系|自然区域|林区)")
_NOT_IN_COUNTED_ITEM = set("等和与及或的各该本其全")


def _counted_features(text: str) -> list[Mention]:
    out = []
    for h in _COUNTED_KIND.finditer(text):
        n = cn_int(h.group(1))
        items: list[tuple[int, int]] = []
        e = h.start()
        while len(items) < n:
            k = text.rfind("、", max(0, e - 7), e)
            if k >= 0 and 2 <= e - k - 1 <= 6 and all(_NAME_CHAR.match(c) for c in text[k + 1 : e]):
                items.append((k + 1, e))
                e = k
                continue
            # The first item: the shortest run of name characters that a stop or a lead word opens.
            first = next((e - w for w in range(2, 7) if e - w >= 0 and all(_NAME_CHAR.match(c) for c in text[e - w : e])
                          and (e - w == 0 or not _NAME_CHAR.match(text, e - w - 1)
                               or _ends_a_lead(text, max(0, e - w - 6), e - w))), -1)
            if first >= 0:
                items.append((first, e))
            break
        if len(items) != n or n < 2 or any(_NOT_IN_COUNTED_ITEM & set(text[a:b]) for a, b in items) \
                or (items[-1][0] > 0 and text[items[-1][0] - 1] == "、"):
            continue  # more items than the count, or fewer: no list of names
        if any(function_word_tags().get(text[a:b], "n").startswith("v") for a, b in items):
            continue  # actions listed before the count (加强保护、修复两大湿地; review of probe loc38)
        out.extend(Mention("LOC", a, b, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]) for a, b in items)
    return out


_TRADE_AREAS = ("自由贸易区", "自贸区")
_PARTNER_DASH = re.compile("中[国國][－—\\-]")
# The dashes that join two places into one site's name (新安江—千岛湖…合作区, 伊犁—吐鲁番国家植物园).
_NAME_DASHES = "—－"


def _elliptic_list_item(text: str, out: list[Mention], m: Mention) -> bool:
    """A city listed after another bare city with 、 before a zone word they share (R2-F, R6-E: places
    before an elliptic list are LOC each: 福州、厦门全国海洋经济发展示范区 -> 福州, 厦门)."""
    if not out or out[-1].end != m.start - 1 or text[m.start - 1] != "、":
        return False
    names = _division_names()
    return text[out[-1].start:out[-1].end] in names and text[m.start:m.end] in names \
        and _parallel_items(text[out[-1].start:out[-1].end], text, m.start)


# A short name defined for the place before it: 中国（上海）自由贸易试验区（以下简称“自贸试验区”）.
# Two places joined before a definition: 和, 与, 及 or 、, and a word of era at most (和21世纪).
_PAIR_JOIN = re.compile("[和与及、](?:[0-9０-９]{2}世纪)?")
# A count of the listed places in Chinese numerals and their class (黎平、从江、榕江三县（以下统称
# “黎从榕”）: Guizhou opinions, probe loc21); digits are no name characters and end an item anyway.
_COUNT_CLASS_AFTER = re.compile("[一二三四五六七八九十两]{1,3}个?(?:县市区|县市|县区|市县|市区|县|市|区|旗|州|城市|地区)")


_LOC_ALIAS = re.compile(f"[（(](?:{DEFINITION_WORDS})[“\"]?([{_CJK}]{{2,12}}?)[”\"]?[）)]")
# A name the text gives listed places together, after their count and class: 黎平、从江、榕江三县（以下
# 统称“黎从榕”） (Guizhou opinions, probe loc21), a region named by its parts like 川渝.
_GROUP_ALIAS = re.compile(f"(?:{_COUNT_CLASS_AFTER.pattern})?[（(](?:以下统称|以下合称|统称|合称)[“\"]?([{_CJK}]{{2,8}}?)[”\"]?[）)]")


def _defined_short_names(text: str, places: list[Mention]) -> list[Mention]:
    """A short name the text defines for a place it marked is that place, where defined and at
    each later mention (dev pt-160725: 自贸试验区, defined for 中国（上海）自由贸易试验区)."""
    out: list[Mention] = []
    covered = bytearray(len(text) + 1)
    for p in places:
        covered[p.start : p.end] = b"\x01" * (p.end - p.start)
    for p in places:
        a = _LOC_ALIAS.match(text, p.end)
        if a is None:
            a = _GROUP_ALIAS.match(text, p.end)
            # Only places listed together: the item before the last is a place too.
            if a is None or not any(q.end <= p.start and _PAIR_JOIN.fullmatch(text, q.end, p.start) for q in places):
                continue
        elif text[p.start : p.end] == a.group(1):
            continue
        elif any(q.end <= p.start and _PAIR_JOIN.fullmatch(text, q.end, p.start) for q in places):
            continue  # a short name for two places together names a programme: 丝绸之路经济带和21世纪海上丝绸之路（以下简称“一带一路”）
        short = a.group(1)
        # not inside a longer place marked
        for k in claim_each(text, short, a.start(1), covered):
            out.append(Mention("LOC", k, k + len(short), "loc.alias", {}, priority=p.priority))
    return out


# The zones whose official name opens with 中国 and the province (中国（上海）自由贸易试验区).
_FREE_TRADE_ZONES = ("自由贸易试验区", "自贸试验区")


# A local document's bare 自贸试验区 is its own pilot free trade zone, a named zone (guide v2.2, LOC 3): 更大力度推进
# 自贸试验区制度创新 (dev wr2026-tianjinm), 开展自贸试验区重点产业系统集成 (dev wr2026-shandongm), 加力建设自贸试验区及临港
# 新片区 (Shanghai 2026, probe org53w). Not a central document's (the class of all zones), nor the class after a
# count or 各, nor inside a strategy's or list's name (实施自贸试验区提升战略: dev wr2026-henan, wr2026-shaanxim;
# 入选自贸试验区第六批“最佳实践案例”: dev wr2026-hainan), nor before the zone's own body (自贸试验区管委会).
_BARE_FTZ = re.compile("自由贸易试验区|自贸试验区")
_NOT_BEFORE_BARE_FTZ = re.compile("(?:各|全国|国家|[0-9０-９一二三四五六七八九十两]个|批|类|等)$")
_NOT_AFTER_BARE_FTZ = re.compile("提升战略|战略|第|管委会|管理委员会|管理局|工作领导小组|领导小组|办公室|联席会议|条例|[（(]")


# Parks and zones China shares with a foreign state, named by both (guide v2.2, LOC 3: named zones and parks are
# LOC as a whole): by the state's full name after a dash (中国-菲律宾经贸创新发展示范园区) or by one character each,
# a province in brackets before the kind (中沙(福建)产业合作区): 漳州 2024 report (probe loc65w); as 沈阳中德高端
# 装备制造产业园 in dev wr2026-liaoning. 中 must start a word (其中|新建产业园区 is no 中新 park).
_BILATERAL_OPEN = re.compile("中(?:国[-－—‐]|(?=印尼|[俄美日英法德韩越澳菲泰意新沙马巴老缅柬哈白以]))")
# 沿 opens the parks along a line (中俄东线天然气管道沿线产业园: a class, review23).
_BILATERAL_TAIL = compile_cached(f"(?:[（(][{_CJK}]{{2,4}}[）)])?[^的在和与及等是为对把将沿，。；、：\n（）()“”\"]{{0,10}}?"
                                 "(?:产业合作区|经贸合作区|合作区|产业园区|产业园|工业园区|工业园|示范园区|经贸创新发展示范园区|生态城|知识城)")


def _bilateral_parks(text: str) -> list[Mention]:
    """Parks and zones named by China and a foreign state (``_BILATERAL_OPEN``, ``_BILATERAL_TAIL``)."""
    out = []
    if "园" not in text and "区" not in text and "城" not in text:
        return out
    states = _foreign_states()
    for m in _BILATERAL_OPEN.finditer(text):
        q = m.end()
        if m.group().startswith("中国"):
            q = next((q + k for k in range(6, 1, -1) if text[q : q + k] in states), -1)
        else:
            q += 2 if text.startswith("印尼", q) else 1
            if not at_word_start(text, m.start(), q):
                continue
        if q < 0:
            continue
        t = _BILATERAL_TAIL.match(text, q)
        if t and all(_NAME_CHAR.match(c) or c in "（()）" for c in text[q : t.end()]) \
                and (m.group().startswith("中国") or word_bounds(text, m.start(), q)):
            # 中 and the state's character make a word or end one: 中老 of 中老年 (中老年康养产业园) is no pair
            # of states (review23); checked where a park follows only (jieba per 中 of a long text costs)
            out.append(Mention("LOC", m.start(), t.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


def _bare_free_trade_zones(text: str, ctx: Context | None) -> list[Mention]:
    """The document's own pilot free trade zone named bare (``_BARE_FTZ``), after a stop or a lead word."""
    if "试验区" not in text or (ctx is not None and ctx.central):
        return []
    out = []
    for z in _BARE_FTZ.finditer(text):
        k = z.start()
        if k > 0 and _NAME_CHAR.match(text, k - 1) and not _ends_a_lead(text, max(0, k - 6), k):
            continue  # a name before it: 广东自贸试验区, 中国（安徽）自贸试验区 are the gazetteer's
        if _NOT_BEFORE_BARE_FTZ.search(text, max(0, k - 3), k) or _NOT_AFTER_BARE_FTZ.match(text, z.end()):
            continue
        out.append(Mention("LOC", k, z.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# A river's basin: its name (one to three characters before 河 or 江, a word of its own) and
# 流域 (guide: named places standing alone; 石羊河流域, 都柳江流域 in the gold): 治理饮马河流域,
# 万泉河流域特大洪灾, 谋划南渡江流域山水林田湖草沙一体化保护 (Jilin and Hainan 2026 reports).
_BASIN = re.compile("[河江]流域")
_NOT_IN_RIVER_NAME = set("各全本该等和与及或在对为是把被将给让并从向到省市县区")


def _river_basins(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """Basins of rivers the gazetteer does not name (a known river + 流域 is its facility)."""
    if "流域" not in text:
        return []  # most texts: no coverage map to build, no scan
    covered = bytearray(len(text) + 1)
    for m in gazetteer:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for b in _BASIN.finditer(text):
        river_end = b.start() + 1
        if covered[b.start()]:
            continue
        # The shortest name that starts a word (饮马|河, not 马河); a common noun ends the search
        # (江河流域).
        for k in (1, 2, 3):
            s = b.start() - k
            name = text[s : b.start()]
            if s < 0 or not all(_NAME_CHAR.match(c) and c not in _NOT_IN_RIVER_NAME for c in name) \
                    or text[s:river_end] in _generic_names():
                break
            if not at_word_start(text, s, river_end):
                continue
            out.append(Mention("LOC", s, b.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            break
    return out


def _with_river_pair(text: str, m: Mention) -> Mention:
    """A basin with the compass pair of its two branches before it (东西|苕溪流域, 南|北盘江流域)."""
    if not text.endswith("流域", m.start, m.end) or m.start == 0:
        return m
    if text.endswith(_RIVER_PAIR_COMPASS, 0, m.start):
        start = m.start - 2
    elif text[m.start - 1 : m.start + 1] in _RIVER_PAIR_COMPASS:
        start = m.start - 1  # one branch is a name of its own: 南|北盘江流域
    else:
        return m
    return Mention(m.label, start, m.end, m.source, m.attrs, priority=m.priority)


# Two branches of one river named together by their compass (2007年完成钱塘江、东西苕溪流域省级河道管理范围划界:
# 浙河管〔2007〕10号, probe loc51p; 南北盘江流域, 东西辽河流域 alike): the pair is part of the basin's name.
_RIVER_PAIR_COMPASS = ("东西", "南北")


# A river, canal or heritage line with its section in a place in brackets: 赤水河（云南省段） (Yunnan
# 2026 report), 大运河（天津段）, 长征国家文化公园（福建段） (dev gold): one place, not the bracketed one.
# A bridge alike (厦金大桥（厦门段）建设加快推进: Fujian 2026 report, probe loc65w); its name holds two characters
# at least (厦|金|大桥).
_SECTION = re.compile(f"(?:河|江|湖|运河|长城|国家文化公园|大桥)（([{_CJK}]{{2,8}})段）")


def _sections(text: str) -> list[Mention]:
    out = []
    if "段）" not in text:
        return out
    for b in _SECTION.finditer(text):
        if b.group(1) not in _place_words():
            continue
        # The shortest name before the head that starts a word (赤水|河, 大|运河).
        for k in range(2 if text.startswith("大桥", b.start()) else 1, 7):
            s = b.start() - k
            if s < 0 or not _NAME_CHAR.match(text, s) or text[s] in _NOT_IN_RIVER_NAME:
                break
            if at_word_start(text, s, b.start(1) - 1):
                out.append(Mention("LOC", s, b.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
                break
    return out


def _named_county_shorts(text: str, gazetteer: list[Mention], ctx: Context | None = None) -> list[Mention]:
    """A county's short name where the same text names the county in full: 泰宁 after 泰宁县 (泰宁
    县 2020 report: 泰宁工作受到…), 武城 after 武城县 (落户武城: 武城县 2025 report), 寻甸 after the
    autonomous county's 寻甸县; or where the county is the document's own division (``ctx``), named
    in full or not: 落戶云霄 in a 云霄县 news page. Alone a short name is often a word (平原, 长寿), so
    only the text's own naming makes it a place; one that is an ordinary word too (清流, 安居, 水城)
    needs a place's cue around it as well (讲述好清流故事, 安居经济发展; not 一股清流, 安居乐业)."""
    common = _common_shorts()
    shorts: dict[str, bool] = {}  # short name -> whether it is an ordinary word too
    for m in gazetteer:
        p = _county_by_name().get(text[m.start:m.end])
        if p is not None and len(p.short) >= 2:
            shorts[p.short] = p.short in common
    own = _own_county(ctx)
    if own is not None:
        shorts[own.short] = own.short in common
    for short in _visited_county_shorts(text) | _stricken_county_shorts(text) | _charged_county_shorts(text):
        shorts.setdefault(short, False)
    if not shorts:
        return []
    taken = bytearray(len(text) + 1)
    for m in gazetteer:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    out = []
    for short, ordinary in shorts.items():
        for k in _find_all(text, short):
            e = k + len(short)
            if taken[k] or taken[e - 1] or text.startswith(_LEVEL_WORDS, e) or not word_bounds(text, k, e):
                continue
            if ordinary and not (_OWN_PLACE_BEFORE.search(text, max(0, k - 3), k) or _OWN_PLACE_AFTER.match(text, e)):
                continue  # 一股清流, 安居乐业: the ordinary word
            if _loc_patterns().facility.match(text, e, e + 6) or _zone_words().match(text, e, e + 8):
                continue  # it opens a facility or zone whose end this rule does not know: 武清站商务区
            if text.startswith(("校区", "院区", "分校", "分院"), e):
                continue  # a school's campus: 执信中学天河校区 is one ORG
            if _in_quoted_slogan(text, k, e):
                continue  # “南澗之變”, “安居速度”: a slogan (guide v2.2, LOC 2)
            if k > 1 and text[k - 1] in "(（" and text.startswith((")", "）"), e) and _NAME_CHAR.match(text, k - 2):
                continue  # a bracket inside a name: 盖世集团(齐河)物流产业园 (a 齐河 news item, probe head25)
            out.append(Mention("LOC", k, e, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# A county's own documents write the county by its first character after 驻, as provinces write theirs (中央驻宁
# 单位: dev wr2026-ningxia): 驻梁有关单位 (梁山县 2023, 梁政发【2023】7号), 县直及省市驻民各单位 (民乐县 2020, 民政发
# 〔2020〕110号; probe dept56c). Only before the units, troops or bodies stationed there, and only the document's
# own county: alone one character is a word far more often than a place.
# Tight: 驻民营企业 is no 驻民 (民乐's 民).
_STATIONED_UNITS = re.compile("(?:有关|各|中央|省|市|县|省市)?(?:单位|部队|机构|企事业单位)")
# A first character that after 驻 is a word of its own is never the county: a level or settlement (驻乡单位, 驻镇单位,
# 驻村单位, 驻城部队: the units stationed in the townships, in 乡宁县's, 镇雄县's, 城口县's papers too), or another
# place's one-character name (驻京机构 in 京山市's, 驻华机构 in 华容县's, 驻港部队 in 港北区's: Beijing, China, Hong Kong).
_LEVEL_AFTER_STATIONED = "乡镇村城区县市省州街社华"


def _not_county_after_stationed(char: str) -> bool:
    return char in _LEVEL_AFTER_STATIONED or char in load_words("loc_abbreviations") or char in "港澳台宁疆蒙吉甘青"


def _own_county_abbreviation(text: str, ctx: Context | None) -> list[Mention]:
    """The first character of the document's own county after 驻, before the units stationed there."""
    own = _own_county(ctx)
    if own is None or "驻" not in text or _not_county_after_stationed(own.short[0]):
        return []
    cue = "驻" + own.short[0]
    out = []
    for k in _find_all(text, cue):
        e = k + 2
        if _STATIONED_UNITS.match(text, e) and not text.startswith(own.short, k + 1):
            out.append(Mention("LOC", k + 1, e, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Cues that a county's short name that is an ordinary word too names the place: a verb of going to or
# promoting a place before it (到, 在, 落户, 推介, 走进, 立足), or a noun it qualifies after it, as
# reports write of their county (水城发展历程, 水城担当, 清流故事, 安居经济, 启东实际: probe loc28; dev
# gold marks 河北力量, 山西担当, 天津实际).
_OWN_PLACE_BEFORE = re.compile("(?:到|在|来|落户|落戶|推介|走进|走進|立足|扎根|深耕|服务|服務)$")
_OWN_PLACE_AFTER = re.compile("(?:发展|發展|经济|經濟|实际|實際|力量|担当|擔當|故事|声音|聲音|形象|智慧|籍|大地|人民|全域|城区|城區|中心城区|中心城區)")


# A leader's visit names its destination: 一行到淳安调研, 赴仙居考察 (a county's short name between a verb of
# going and a verb of inspecting is the county: yacilighting.com 2017-02-04, Zhejiang governor in 淳安, probe
# loc33); the text's other mentions of it then follow as the county named in full does.
_VISIT_BEFORE = re.compile("(?:到|赴|来到|來到|前往|深入|走进|走進)$")
_VISIT_AFTER = re.compile("(?:调研|調研|考察|视察|視察|检查|檢查|督导|督導|蹲点|蹲點|走访|走訪|慰问|慰問)")


def _county_shorts_before(text: str, cue: re.Pattern[str], before: re.Pattern[str] | None = None) -> set[str]:
    """Counties' short names right before ``cue`` (and after ``before``, when given); not those that are
    ordinary words too (到平原调研 may be any plain)."""
    shorts, longest = _county_shorts()
    common = _common_shorts()
    out = set()
    for m in cue.finditer(text):
        k = m.start()
        for n in range(2, longest + 1):
            w = text[k - n : k] if k >= n else ""
            if w in shorts and w not in common and (before is None or before.search(text, max(0, k - n - 2), k - n)):
                out.add(w)
    return out


def _visited_county_shorts(text: str) -> set[str]:
    """Counties' short names that a visit names as its destination (到淳安调研)."""
    return _county_shorts_before(text, _VISIT_AFTER, _VISIT_BEFORE)


# After a county struck by a disaster, its relief and rebuilding (汶川灾后恢复重建三年任务两年基本完成: State Council
# 2011 report; 舟曲灾区, 芦山灾后重建 alike): the county is the place rebuilt (guide v2.2, LOC 1, a place qualifying a
# process); the disaster's own name (汶川特大地震) stays unmarked (loc_name_events).
_STRICKEN_AFTER = re.compile("灾后|灾区")


def _stricken_county_shorts(text: str) -> set[str]:
    """Counties' short names right before 灾后 or 灾区 (汶川灾后恢复重建)."""
    return _county_shorts_before(text, _STRICKEN_AFTER) if "灾" in text else set()


# The charge every report takes up names its own place between 中国式现代化 and 实践 or 篇章 (中国式现代化福建实践,
# 中国式现代化湖北篇章: dev wr2026, ten reports, all marked; guide v2.2, LOC 1): a county's too (中国式现代化建设封丘
# 实践迈出坚实步伐: 封丘 2025 report, probe loc50w), though its short name alone may be an ordinary word.
_CHARGE = re.compile(f"中国式现代化(?:建设)?([{_CJK}]{{2,4}}?)(?:实践|篇章|實踐)")


def _charged_county_shorts(text: str) -> set[str]:
    """Counties' short names between 中国式现代化 and 实践 or 篇章 (中国式现代化封丘实践)."""
    if "中国式现代化" not in text:
        return set()
    shorts, _ = _county_shorts()
    return {m.group(1) for m in _CHARGE.finditer(text) if m.group(1) in shorts}


def _in_quoted_slogan(text: str, start: int, end: int) -> bool:
    """Whether the name is inside short quotes with more after it: “南澗之變”, “安居速度”."""
    left = text.rfind("“", max(0, start - 6), start)
    if left < 0 or "”" in text[left:start]:
        return False
    right = text.find("”", end, end + 8)
    return right > end


@lru_cache(maxsize=64)
def _own_county_cached(code: str):
    d = load_divisions().by_code.get(code)
    if d is None or d.level != "county":
        return None
    p = next((p for p in places() if p.code == code), None)
    return p if p is not None and len(p.short) >= 2 and p.short != p.name else None


def _own_county(ctx: Context | None):
    """The document's own county-level division (its ``Place``), where the head resolved one."""
    code = ctx.jurisdiction if ctx is not None else None
    if code and not (len(code) == 6 and code.isdigit()):
        code = load_divisions().resolve(code)  # a caller's name (汶川县); the pipeline passes a code
    return _own_county_cached(code) if code else None


@lru_cache(maxsize=1)
def _zone_words() -> re.Pattern[str]:
    return compile_cached(f"(?:{alternation(load_words('loc_zones'))})")


def _zone_county_shorts(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """A county's short name that opens a zone: 霍尔果斯经济开发区, 阿拉山口重点开发开放试验区
    (Xinjiang 2026), 新郑综保区 (Henan 2026), 垦利经开区 (Shandong 2026); tag_locs extends the place
    over the zone."""
    shorts, longest = _county_shorts()
    known = {m.end for m in gazetteer}
    out = []
    for z in _zone_words().finditer(text):
        if z.start() in known:
            continue
        # The zone word may follow a qualifier: 霍尔果斯|经济|开发区, 阿拉山口|重点开发开放|试验区.
        found = False
        for gap in range(0, 7):
            e = z.start() - gap
            if e < 2 or found or (gap and not _NAME_CHAR.match(text, e)):
                break
            for k in range(longest, 1, -1):
                s = e - k
                # A short name that is an ordinary word is that word before a qualifier (锂资源绿色开发
                # 试验区: 甘孜州 2025 report, probe loc31; 资源 is 资源县's short name).
                if s >= 0 and text[s:e] in shorts and at_word_start(text, s, z.end()) \
                        and (gap == 0 or (word_bounds(text, s, e) and text[s:e] not in _common_shorts()
                                          and _qualifier(text, e, z.start()))) \
                        and not (gap == 0 and _word_reading(text, s, e, known)):
                    # After a qualifier the whole zone is the place (叶集改革发展试验区).
                    out.append(Mention("LOC", s, z.end() if gap else e, "loc.gazetteer", {},
                                       priority=PRIORITY["loc.gazetteer"]))
                    found = True
                    break
    return out


def _word_reading(text: str, s: int, e: int, place_ends: set[int]) -> bool:
    """Whether a short name that is an ordinary word by hand (新建, 振兴, 平安: ``_hand_shorts``) reads as that word
    right before a zone's kind: a word leads it in its clause ("推进新建经济开发区建设", "支持各地规划新建经济开发区",
    "全省新建生态工业园区3个": newly built zones) and no place names its parent (南昌市新建经济开发区)."""
    return text[s:e] in _hand_shorts() and s > 0 and text[s - 1] not in _CLAUSE_OPEN and s not in place_ends


_CLAUSE_OPEN = frozenset("，,。；;：:、！？!?\n \u3000（(“\"《")


@lru_cache(maxsize=1)
def _hand_shorts() -> frozenset[str]:
    """County short names that are ordinary words by hand (新建, 平安, 光明: county_short_words' first block,
    before the lists generated from jieba's tags) and generic place names."""
    hand: list[str] = []
    from importlib import resources
    path = resources.files("govie") / "data" / "lexicons" / "county_short_words.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# jieba tag"):
            break
        if not line.startswith("#"):
            hand.extend(line.split())
    return frozenset(hand) | frozenset(load_words("loc_generic_names"))


@lru_cache(maxsize=1)
def _quoted_zone_end() -> re.Pattern[str]:
    """A zone's kind closing a quote, after name characters only: the quote is the zone's name."""
    return compile_cached(f"[{_CJK}]{{0,10}}(?:{alternation(load_words('loc_zones'))})$")


def _qualifier(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` qualifies a zone (经济, 改革发展, 重点开发开放): no founding verb
    (神农架创建国家公园 is an aim), preposition, conjunction or adverb (jieba's words)."""
    words = shared_words(text[start:end])
    tags = function_word_tags()
    if any(v in text[start:end] for v in ("获批", "获评")):
        return False  # jieba splits 获|批: 庐江化工园成功获批省化工园区 (成功 is a county's short name elsewhere)
    return not any(w in _zone_founding_verbs() or tags.get(w, "n").startswith(("p", "c", "d")) for w in words)


def _find_all(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word))


# A county's bare short name (金堂, 泰顺, 崇明) is a place where its division lies inside the document's own
# division or province, or inside a province or city the text names (浙江, 杭州建德: the county then is that
# one's, not a word), or where it stands in a 、 list beside a county of the same parent or before a count of
# counties (金堂、大邑两县). Short names that are ordinary words or another thing's name stay out: the
# hand list (county_short_words), jieba's function words, and words jieba's dictionary counts often
# (朝阳 767, 太湖 502, 东城 593: a river, a lake or a district elsewhere more often than this county).
_SCOPED_SHORT_MAX_FREQ = 300
_SCOPED_SHORT_TAGS = ("ns", "nr", "nz", "nrt", "nrfg", "n", "j", "s")
# A count of counties after a list of short names: 金堂、大邑两县, 泰顺、文成、永嘉等3县, 等3个县(市、区).
_COUNTY_COUNT_AFTER = re.compile("等?(?:[0-9一二三四五六七八九十两]+个?)(?:县|区|市|旗)(?:[（(]市、?区[)）])?")
_LIST_JOINT = "、和与及"


@lru_cache(maxsize=1)
def _scoped_shorts() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str] | None, PairStarts | None]:
    """County short names the scoped rule may read (short -> division codes), a regex of them and the
    positions where one may start."""
    from govie.text.segment import jieba_dict_file
    freq: dict[str, tuple[int, str]] = {}
    shorts, _ = _county_shorts()
    try:
        with open(jieba_dict_file(), encoding="utf-8") as f:
            for line in f:
                w, _, rest = line.partition(" ")
                if w in shorts:
                    n, _, tag = rest.strip().partition(" ")
                    freq[w] = (int(n), tag)
    except OSError:
        return {}, None, None
    common, tags = _common_shorts(), function_word_tags()
    table = load_divisions().county_shorts
    out = {}
    for w in shorts:
        n, tag = freq.get(w, (0, "ns"))
        if w in common or w in tags or n >= _SCOPED_SHORT_MAX_FREQ or (tag and tag not in _SCOPED_SHORT_TAGS):
            continue
        # Taiwan's districts and townships (和美, 万华) are words of mainland texts far more often.
        codes = tuple(c for c in table.get(w, ()) if not c.startswith(("71", "81", "82")))
        if codes:
            out[w] = codes
    # (tried only where a name may start: a scan of two thousand names along the text was a tenth of
    # the rules' time)
    if not out:
        return out, None, None
    return out, compile_cached(trie_regex(out)), PairStarts(out)


def _anchor_codes(text: str, gazetteer: list[Mention], ctx: Context | None) -> set[str]:
    """The divisions a county's short name may lie in: the document's own division and province, and the
    provinces and cities (prefectures) the text names."""
    divisions = load_divisions()
    out: set[str] = set()
    code = ctx.jurisdiction if ctx is not None else None
    if code and not (len(code) == 6 and code.isdigit()):
        code = divisions.resolve(code)
    if code and code in divisions.by_code and code != "100000":
        out.update((code, divisions.province(code)))
    for m in gazetteer:
        chain, pos = divisions.parse_prefix(text[m.start:m.end], code)
        for c in chain:
            d = divisions.by_code.get(c)
            if d is not None and d.level in ("province", "city"):
                out.add(divisions.effective(c))
    return out


def _scoped_county_shorts(text: str, gazetteer: list[Mention], ctx: Context | None = None) -> list[Mention]:
    """Counties' bare short names in the scope the document sets (see _SCOPED_SHORT_MAX_FREQ above)."""
    shorts, scan, starts = _scoped_shorts()
    if scan is None or starts is None:
        return []
    hits = [(m.start(), m.end()) for m in finditer_from(scan, starts.narrowed(text), text)]
    if not hits:
        return []
    divisions = load_divisions()
    taken = bytearray(len(text) + 1)
    for m in gazetteer:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    hits = [(k, e) for k, e in hits if not taken[k] and not taken[e - 1] and _short_place_at(text, k, e)]
    if not hits:
        return []
    anchors = _anchor_codes(text, gazetteer, ctx)
    accepted = {text[k:e] for k, e in hits
                if any(divisions.is_under(c, a) for c in shorts[text[k:e]] for a in anchors)}
    # A list of short names with a full county name of the same parent, or before a count of counties.
    parents = {divisions.by_code[c].parent for m in gazetteer for c in divisions.forms.get(text[m.start:m.end], ())
               if divisions.by_code[c].level == "county"}
    ends = {m.end: m for m in gazetteer}
    starts = {m.start: m for m in gazetteer}
    by_start = {k: e for k, e in hits}
    for k, e in hits:
        w = text[k:e]
        if w in accepted:
            continue
        if any(divisions.by_code[c].parent in parents for c in shorts[w]) and (
                (k > 0 and text[k - 1] in _LIST_JOINT and k - 1 in ends) or (text[e:e + 1] in _LIST_JOINT and e + 1 in starts)):
            accepted.add(w)
            continue
        # A run of short names joined by 、 that a count of counties closes.
        run, j = [w], e
        while text[j:j + 1] in _LIST_JOINT and j + 1 in by_start:
            run.append(text[j + 1:by_start[j + 1]])
            j = by_start[j + 1]
        if len(run) >= 2 and _COUNTY_COUNT_AFTER.match(text, j):
            accepted.update(run)
    return [Mention("LOC", k, e, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
            for k, e in hits if text[k:e] in accepted]


def _short_place_at(text: str, k: int, e: int) -> bool:
    """Whether a county's short name at ``text[k:e]`` stands as a word of its own and opens no longer
    name (a facility, zone, campus or slogan; its own 县/区 or a level word after it)."""
    if text.startswith(_LEVEL_WORDS, e) or text[e:e + 1] in _DIVISION_END or not word_bounds(text, k, e):
        return False
    if _loc_patterns().facility.match(text, e, e + 6) or _zone_words().match(text, e, e + 8):
        return False
    if text.startswith(("校区", "院区", "分校", "分院"), e) or _in_quoted_slogan(text, k, e):
        return False
    if k > 1 and text[k - 1] in "(（" and text.startswith((")", "）"), e) and _NAME_CHAR.match(text, k - 2):
        return False
    return _ends_bare_short(text, k, e)


_AFTER_BARE_SHORT = ("等", "的", "和", "与", "及", "至", "到")


# A disaster named by its place and its magnitude or date (漾濞6.4级地震, 镇雄“1·22”…: Yunnan 2026) is an event's
# name (guide v2.2, LOC 2).
_DISASTER_AFTER = re.compile("[0-9.]+级|“[0-9]+·[0-9]+")
_FIRST_STOP = re.compile("[，。；、：！？\n]")
# Words after a county's bare short name that show it qualifies a common noun, so the name ends there (支持平潭
# 新一轮开放发展: dev wr2026-fujianm; 新探明泾川特大型铀矿, 建成阿克塞生态保护及城乡供水工程: dev wr2026-gansu;
# 莆田、平潭案例入选全国海洋生态保护修复典型: Fujian 2026 report, probe loc54w).
_QUALIFIED_AFTER_SHORT = re.compile("新一轮|新一代|新一批|特大型|超大型|大型|案例|经验|做法|模式|样板|生态")


def _ends_bare_short(text: str, k: int, e: int) -> bool:
    """Whether a bare short name ends at ``e``: punctuation, a list word, or a function word (a verb,
    preposition, adverb) follows it (崇明获得国际湿地城市认证, 平潭对台融合, 淳安在西湖区建成). A noun after it
    makes a longer name the rule cannot bound (和林格尔集群, 平潭台湾小镇, 崇明线, 文登西洋参, 金山海上风电
    一期: dev gold marks none of these bare), or a disaster's (漾濞6.4级地震)."""
    if _DISASTER_AFTER.match(text, e):
        return False
    if text[e:e + 1] in "—－":
        # A pair's zone or route (中蒙二连浩特—扎门乌德经济合作区: Inner Mongolia 2026) is left to the rules
        # that bound the pair (_pair_zones, routes).
        return False
    if e >= len(text) or not _NAME_CHAR.match(text, e) or text.startswith(_AFTER_BARE_SHORT, e):
        return True
    if _QUALIFIED_AFTER_SHORT.match(text, e):
        # The place qualifies a common noun or a new round of something (guide v2.2, LOC 1): no longer name
        # opens there unless a zone's head closes the clause (平潭台湾小镇 has none of these words).
        stop = _FIRST_STOP.search(text, e, e + 16)
        return not _zone_words().search(text, e, stop.start() if stop else min(len(text), e + 16))
    words = shared_words(text[e : e + 6])
    tag = function_word_tags().get(words[0], "") if words else ""
    # A verbal noun opens a name (北戴河|生命健康产业创新示范区), or a clause after a list's last item
    # (推动浦东、嘉定建设国家产融合作试点城市: dev pt-160725m).
    if tag == "vn":
        stop = _FIRST_STOP.search(text, e, e + 16)
        tail_end = stop.start() if stop else min(len(text), e + 16)
        return k > 0 and text[k - 1] in _LIST_JOINT and not _zone_words().search(text, e, tail_end)
    return tag.startswith(("v", "p", "c", "d", "f", "r"))


@lru_cache(maxsize=1)
def _common_shorts() -> frozenset[str]:
    return frozenset(load_words("county_short_words")) | frozenset(load_words("loc_generic_names"))


@lru_cache(maxsize=1)
def _county_by_name() -> dict:
    """County-level divisions by full name, and autonomous ones by short name and level character
    too (寻甸县 for 寻甸回族彝族自治县, as ``_autonomous_forms`` reads them)."""
    out = {p.name: p for p in places() if p.level == "county"}
    for form, p in _autonomous_short_forms():
        out.setdefault(form, p)
    return out


# An institution's name just before a place that opens a facility makes the facility its branch, a
# part of the DEPT or ORG (guide: a place inside a DEPT or ORG is part of that span): 加快中国农科院河南
# 创新基地高质量发展 (Henan 2026), 推动怀柔国家实验室内蒙古基地…尽早落地 (Inner Mongolia 2026).
# A centre's branch too: 加快建设国家重大工程技术创新中心林芝基地 (Xizang 2026, probe org53w).
_INSTITUTION_BEFORE = re.compile("(?:实验室|科学院|农科院|研究院|研究所|大学|集团|公司|创新中心|技术中心|研究中心)$")


def _county_before(text: str, start: int, floor: int) -> int:
    """Start of a named zone or facility that a county's short name opens before the place the
    gazetteer found (宝坻|京津中关村科技城, 宁河|京津合作示范区): the short name is a word of its
    own (jieba); else ``start``."""
    shorts, _ = _county_shorts()
    for k in (3, 2):
        s = start - k
        # A short name that is an ordinary word opens nothing (新建 of 新建区: 新建老挝湖南橡胶产业园, a
        # Hunan parks plan on the pages corpus, is a verb before the park).
        if s >= floor and text[s:start] in shorts and text[s:start] not in _common_shorts() \
                and word_bounds(text, s, start):
            return s
    return start


class _LocPatterns(NamedTuple):
    opens: re.Pattern[str]    # a name that a place opens: 广州市启明学校, 北京奥运会
    heads: re.Pattern[str]    # heads that need a name of their own (学校)
    events: re.Pattern[str]   # names that need none after the place (奥运会)
    unit: re.Pattern[str]     # township, village and street words of an address
    stops: frozenset[str]     # common nouns ending in a unit word (乡村, 城镇)
    zones: re.Pattern[str]    # named zones after a place (高新区)
    framed: re.Pattern[str]   # 中国（上海）自由贸易试验区
    facility: re.Pattern[str]  # a named place the place opens: 揭阳潮汕机场, 合肥西站
    slogan: re.Pattern[str]   # before a place, words that make a slogan: 新, 平安
    brand: re.Pattern[str]    # after a bare place, a brand at a phrase end: 河北工匠，
    product: re.Pattern[str]  # after a bare place, a product it brands: 吉林大米, 杞县大蒜
    country: re.Pattern[str]  # 中国 as the country: 中国境内, 中国的
    abbreviation: re.Pattern[str]  # a one-character place after 在: 在鄂


@lru_cache(maxsize=1)
def _loc_patterns() -> _LocPatterns:
    heads = alternation(load_words("loc_name_heads"))
    events = alternation(load_words("loc_name_events"))
    zones = alternation(load_words("loc_zones"))
    return _LocPatterns(
        # A name runs on without a stop character; the place opens it.
        opens=re.compile(f"[{_CJK}]{{0,12}}?(?:{heads}|{events})"),
        heads=re.compile(f"(?:{heads})"),
        events=re.compile(f"(?:{events})"),
        unit=re.compile(f"(?:{alternation(load_words('loc_units'))})"),
        stops=frozenset(load_words("loc_unit_stops")),
        # A compass part may stand between the place and the zone: 成都东部新区, 山西中部城市群.
        zones=re.compile(f"(?:（[{_CJK}]{{2,6}}）)?(?:[东西南北中]部)?(?:{zones})"),
        # Brackets may be ASCII, and the cross-border e-commerce pilot zones put their kind before the zone
        # word (中国(杭州)跨境电子商务综合试验区: Hangzhou 2015 opinions, probe loc26).
        framed=re.compile(f"中国[（(][{_CJK}]{{2,8}}[）)](?:跨境电子商务|跨境电商)?(?:{zones})"),
        facility=compile_cached(f"[{_CJK}]{{0,10}}?(?P<head>{_first_alternation(load_words('loc_facilities'))})"),
        slogan=re.compile(f"(?:{alternation(load_words('loc_slogan_prefixes'))})$"),
        brand=re.compile(f"(?:{alternation(load_words('loc_brand_heads'))})(?=[、，。；：”」）)]|等|系列|$)"),
        product=re.compile(f"(?:{alternation(load_words('loc_product_heads'))})"),
        # 俄 stands for Russia after 对 as well (对俄合作, 对俄外贸: three LOCs in Heilongjiang's 2022 and
        # 2023 reports, probe loc35); 俄罗斯 is the gazetteer's.
        # After 驻 the characters that open common words after 在 stand for the place too (中央驻宁单位、驻宁解放军
        # 指战员: Ningxia 2026; 驻港部队), and graduates stay in a province (高校毕业生留皖率: dev wr2026-anhuim;
        # 留鄂, 留湘 alike).
        # (The cue opens the pattern, the branches tell it apart behind: sre scans for the cue in C.)
        abbreviation=re.compile(f"[在驻来留对](?:(?:(?<!对)|(?=俄(?!罗)))([{''.join(load_words('loc_abbreviations'))}俄])"
                                "|(?<=驻)([宁港澳疆蒙吉甘青]))"),
        # 一个中国的原则 is the fixed political term (guide v2.2, LOC 2; dev sc-report-2025 leaves 一个中国原则 unmarked):
        # 我们坚持在一个中国的原则下 (State Council 1994 report, probe loc39).
        country=re.compile(f"(?<!一个)(?:中华人民共和国|中国)(?=(?:{alternation(load_words('loc_country_after'))}))"),
    )


_ROAD_SECTION = re.compile("(?:[东南西北中]|[一二三四五六七八九十])段")
# The numbers of a postal address after its street: 145、147、149号, 1号区机关大院1号楼5016室.
_NUMBER = re.compile(rf"[0-9０-９][0-9０-９、\-—]*号(?:之[一二三四五六七八九十]+)?"
                     rf"(?:[{_CJK}0-9０-９A-Za-z\-]{{0,16}}(?:室|楼|层|栋|座)|[0-9０-９]{{2,4}}(?![0-9０-９]))?")
_NAME_CHAR = compile_cached(f"[{_CJK}]")
# Function words that no township, village or street name contains (向, 和 and 从 can:
# 向阳街道, 从姚社区).
# 至 joins the ends of a route (西宁至成都铁路, 攀枝花至盐源高速公路), never a street's name; 驻 names a
# government's seat after its body (龙亭区政府驻午朝门街道: zzwb.zynews.cn 2014-10-22, probe loc29).
_NOT_IN_UNIT_NAME = set("的了与及或等在对为是把被将给让并至驻")
# The last units of a complete address; other chains must end before a non-name character.
_COMPLETE = ("村", "社区", "居委会", "村委会", "号", "室", "楼")


# A list of projects after a facility: 、临夏机场等项目前期, (?:、[^，。；：、\n]{1,24})*<_PROJECTS_ETC> read by
# _ListEnd (a regex read a list of bridges to its end from each 大桥, quadratic); items before a building verb.
_PROJECTS_ETC = re.compile(r"等[^，。；：\n]{0,10}?(?:项目|工程|前期)")
_LIST_ITEMS_BEFORE = re.compile(r"(?:[^，。；：、\n]{1,24}、)*$")
# Parts of speech of the words between a place and a facility head that end a name
# (verbs, conjunctions, prepositions, adverbs, pronouns, numerals, locatives; jieba's tags).
_NOT_IN_NAME_POS = ("v", "c", "p", "d", "r", "m", "f")
_NOT_INSIDE_NAME_POS = ("c", "p", "r", "f")


# Words after a place that open a designation it holds, not a zone's own name.
_DESIGNATION = ("全国", "中国特色")


# Zone kinds that a region (京津冀, 长三角) names as a class of its zones, not one zone; a region's named
# zones keep it (三江源国家公园, 关中平原城市群, 闽西革命老区, 虹桥商务区: dev gold).
_ZONE_CLASSES = frozenset({"开发区", "园区", "工业园区", "产业园区", "经开区", "高新区", "经济开发区"})


def _zone_class_owner(place: str) -> bool:
    """Whether a zone word right after the place is a class of its zones, no zone's name: after a
    region (京津冀开发区) or a province's full name (浙江省经济开发区迎来七位新成员, 7 zones the province
    set up: apcreports.org.cn 2022-01-12, probe loc33); a zone's name has its city or county (浙江文成经济开发区)."""
    return place in _region_words() or place.endswith("省")
# Clusters and areas a region names on its own (中原城市群, 关中平原城市群, 长江经济带).
_REGION_ZONE_HEADS = ("城市群", "都市圈", "经济区", "经济带", "经济圈")


def _facility(text: str, start: int, end: int) -> int:
    """End of the named facility or zone that the place at ``start:end`` opens (揭阳潮汕机场,
    合肥西站, 周口国家农高区), 0 where that facility is a project (开工建设平凉机场, 济南机场二期,
    、武威机场、临夏机场等项目), or -1 where the place opens none."""
    pat = _loc_patterns()
    end = _bracketed_county(text, end)  # 福州(连江)国家远洋渔业基地: the county inside is the site's
    f = pat.facility.match(text, end)
    # Punctuation ends the name; function words do where jieba reads them as words (和平饭店 is
    # one name, 郑州和洛阳机场 is not).
    if not f or any(c in _PUNCT for c in text[end : f.end()]):
        return -1
    if _zone_class_owner(text[start:end]) and text[end : f.end()] in _ZONE_CLASSES:
        return -1  # a region's zones as a class, no zone's name: 推进京津冀开发区协同发展 (津政办函〔2017〕103号)
    if _after_a_bare_place(text, start):
        return -1  # the head is the whole list's: 加快建设福州、厦门、泉州省级人工智能产业园
    if text.startswith(_DESIGNATION, end):
        # A national designation the place holds, no name of it (dev gold marks the place alone:
        # 厦门全国海洋经济发展示范区 wr2026-fujianm, 深圳中国特色社会主义先行示范区 wr2026-guangdongm).
        return -1
    if text[end : f.start("head")] in _region_words() | _natural_features():
        return -1  # a region or river names the site of its own: 深化皖苏、皖赣长江流域横向生态保护补偿机制 (Anhui 2026, probe loc42)
    if text[end : f.end()] in _CLASS_OF_CITIES:
        return -1  # a class the city belongs to, no site of its own: 支持包头老工业基地、乌海资源枯竭型城市绿色转型
        # (Inner Mongolia 2026); 东北地区等老工业基地 (State Council 2010, 2014 reports)
    if "最" in text[end : f.start("head")]:
        return -1  # a superlative describes, it names nothing: 亚洲最大专业货运机场花湖国际机场 (Hubei 2026)
    if text[end : f.start("head")] in _zone_founding_verbs():
        return -1  # the place is the subject: 支持神农架创建国家公园 (Hubei 2026 report)
    if not _name_words(text, end, f.start("head")) or pat.events.search(text, end, f.start("head")):
        return -1  # 北京奥运会期间首都国际机场: the place opens an event
    if _predicate_in(text, end, f.start("head")) >= 0:
        return -1  # the place is the subject: 开始对长江进行流域规划 (1955 State Council report)
    # Guide v2.2 (LOC 3): a named site is a place as a whole, also where it is being built or
    # extended (开工建设平凉机场, 济南机场二期, 临沂机场航站楼投用).
    if f.group("head") == "风景名胜区":
        sub = _SCENIC_SUB_AREA.match(text, f.end())
        if sub and not _NOT_SUB_AREA.search(text, f.end(), sub.end() - 2) \
                and not any(len(w) > 1 and _all_tags().get(w, "n").startswith(("v", "d"))
                            for w in shared_words(text[f.end() : sub.end() - 2])):
            return sub.end()  # a scenic area's own part: 元谋风景名胜区浪巴铺景区 (元政规〔2024〕1号, probe loc66p)
    return f.end()


# A scenic area's part named after it, the most specific site (two to five name characters and 景区).
_SCENIC_SUB_AREA = compile_cached(f"[{_CJK}]{{2,5}}?景区")
# Its classes of part name none (核心景区, 重点景区, 其他景区, 5A级景区); a verb before 景区 ends the site (建设景区).
_NOT_SUB_AREA = re.compile("核心|重点|主要|其[他它]|部分|周边|相关|外围|旅游|[各该全等和与及0-9A-Za-z０-９]")


_CLASS_OF_CITIES = frozenset(("老工业基地", "工业基地",
                              # a class of estates, no named one: 推动天河区老旧小区改造 (probe gz59)
                              "老旧小区", "旧小区", "城镇老旧小区"))


_BRACKETED_PLACE = compile_cached(f"[（(]([{_CJK}]{{2,6}})[）)]")


def _bracketed_county(text: str, end: int) -> int:
    """End of a county or city written in brackets right after the place (its seat, host or partner),
    where a named site follows: 福州(连江)国家远洋渔业基地 (连江县 2025 report, probe loc31), 广州（清远）
    产业转移工业园; else ``end``."""
    b = _BRACKETED_PLACE.match(text, end)
    if not b:
        return end
    name = b.group(1)
    shorts, _ = _county_shorts()
    if name in _common_shorts() or not (name in shorts or name in _county_by_name() or name in _place_words()):
        return end
    return b.end()


def _opens_infrastructure(text: str, start: int, end: int) -> bool:
    """Whether the place opens a named airport, station or port (武威机场, 大连金州湾国际机场): a site
    that is a place as a whole, also as an item of a list of projects (guide v2.2, LOC 3:
    推进兰州铁路枢纽…、武威机场、临夏机场等项目前期, Gansu 2026; 大连金州湾国际机场、秦沈高速等项目, Liaoning 2026)."""
    f = _loc_patterns().facility.match(text, end)
    return bool(f) and f.group("head") in _infrastructure() and _facility(text, start, end) > 0


@lru_cache(maxsize=1)
def _zone_founding_verbs() -> frozenset[str]:
    """Verbs that make the place before a zone's head their subject: ``loc_zone_founding_verbs.txt``."""
    return frozenset(load_words("loc_zone_founding_verbs"))


def _after_a_bare_place(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a list item that is a bare place (福州、厦门、泉州):
    the name after the last item then belongs to all of them, and each item is the place."""
    if start < 3 or text[start - 1] != "、":
        return False
    s = start - 1
    while s > 0 and text[s - 1] not in _PUNCT:
        s -= 1
    return start - 1 - s >= 2 and _longest(_loc_tables()[0], text, s) == start - 1 \
        and _parallel_items(text[s : start - 1], text, start)


def _parallel_items(before: str, text: str, start: int) -> bool:
    """Whether a list item before a place has the same form as it: the items of an elliptic list
    share one head (福州、厦门、泉州省级人工智能产业园); a full name before a short one is an item of
    its own (长沙县、长沙经开区、黄花综保区: Changsha county 2023 report; 宁波市、宁波高新区)."""
    end = _longest(_loc_tables()[0], text, start)
    # 州 also ends short names (广州, 杭州), so it does not mark a full name here.
    return not (before.endswith(_ITEM_LEVEL_END) and end >= 0 and not text.endswith(_ITEM_LEVEL_END, start, end))


# 州 also ends short names (广州, 杭州) and the townships are no list items of this kind.
_ITEM_LEVEL_END = tuple(level_chars(levels_without("州", "乡", "镇")))


# Heads of names of platforms and systems, whose names may join two services with 和.
_SYSTEM_HEADS = ("平台", "系统")
_SERVICE_WORDS = ("服务", "信息", "管理", "申报", "报名", "办理", "交易", "监管", "数据")


def _name_words(text: str, start: int, end: int, joined: bool = False) -> bool:
    """Whether ``text[start:end]``, between a place and a head, reads as part of a name: no
    verb, adverb or function word first (郑州建设国际航空港, 中国举办国际进口博览会, 白城市以…平台:
    the place is the subject), no conjunction, preposition or pronoun later (verbs inside a name
    are common: 房屋租赁信息服务平台, 一体化高质量发展示范区)."""
    if end <= start:
        return True
    tags = function_word_tags()
    words = shared_words(text[start:end])
    # A one-word name may read as a verb (启明学校, 育才小学); a modifier jieba splits into a
    # numeral or verb first is a noun (海东零碳算力产业园, 博鳌零碳示范区, 海南算电协同发展产业园).
    first = _NOT_IN_NAME_POS if len(words) > 1 and not text.startswith(_SPLIT_MODIFIERS, start) \
        else _NOT_INSIDE_NAME_POS
    if joined:
        words = [w for w in words if w != "和"]  # ``joined``: 和 inside the name is allowed
    return not any((_MANNER_ADVERBS.get(w) or tags.get(w, "n")).startswith(first if i == 0 else _NOT_INSIDE_NAME_POS)
                   or w in _ORG_STOP for i, w in enumerate(words))


def _thing_name_words(text: str, start: int, end: int) -> bool:
    """Whether the words between a bare place and the head of a thing's name (平台, 工程, 项目…) can
    be that name. They cannot when a numeral or time word opens them (湖北全年招商引资签约亿元以上
    项目: Hubei 2025; 西宁、海东两市实施…项目) or a preposition, conjunction, pronoun or 的 stands among
    them (喀什至塔什库尔干等一批重大项目, 上海重大战略的产业类或功能性项目, 武清京津产业新城等既有平台:
    dev): the place is then a clause's subject or a route's end. Verbs may open a works name
    (天津引滦输水工程, 滇中引水二期骨干工程), so they do not count."""
    words = shared_words(text[start:end])
    if not words:
        return True
    tags = function_word_tags()
    pos = [_MANNER_ADVERBS.get(w) or tags.get(w) or _all_tags().get(w, "n") for w in words]
    if pos[0].startswith(("m", "t")) or (pos[0].startswith("d") and len(words[0]) == 1):
        return False  # a one-character adverb makes the place a subject too: 在文昌就…合作项目召开洽谈会 (probe org52p)
    if words[0] in _BUILDING_VERBS:
        return False  # the place where a thing is built, no word of its name: 鲁能集团将在文昌打造…健康产业园 (probe org52p)
    return not any(w == "的" or p.startswith(("c", "p", "r")) for w, p in zip(words, pos))


# Modifiers of a zone's name that jieba cuts into a numeral or verb and a noun (零|碳, 算|电).
_SPLIT_MODIFIERS = ("零碳", "算电")


# Manner adverbs jieba's dictionary tags as nouns: before a verb they make the place its subject
# (dev sc19-56: 安徽省合肥市大力培育创新平台).
_MANNER_ADVERBS = {"大力": "d", "着力": "d", "全力": "d", "竭力": "d", "极力": "d"}


@lru_cache(maxsize=1)
def _infrastructure() -> frozenset[str]:
    return frozenset(load_words("loc_infrastructure"))


# A line before a place and 段: the place is the section's own (雄商高铁河南段, 国道240武城段), no river's.
# After a city's 港: the port's company (日照港集团), its trade (港口, 港务) or Hong Kong (粤港澳).
_NOT_A_PORT = re.compile("[口务澳台城湾股]|集团|公司|有限|控股|[A-Za-z]")


# A line named before a route: the 段 after the route is the line's section (隆黄铁路隆昌至叙永段扩能改造),
# not a stretch of land (贺兰山至阴山段沿黄岸线).
_LINE_BEFORE_ROUTE = re.compile("(?:铁路|高铁|高速|公路|城际|[GS][0-9]{1,4})[^，。；、]{2,8}至$")
# So is a 段 the line follows (阿克苏至巴楚段铁路扩能改造工程: Xinjiang 2026; 波密至然乌段铁路: dev gold, Xizang
# 2026, marks 然乌 without 段).
_LINE_AFTER_SECTION = ("铁路", "高铁", "高速", "公路", "城际")
# The section may stand in brackets after the line or its project: 龙岩至龙川铁路项目(上杭段), 永杭高速(上杭段)
# (上杭 2020 report, probe loc41).
_ROUTE_LINE = re.compile("(?:铁路|高铁|高速|公路|城际|线|期|(?:国道|省道|[GS])[0-9]{1,4})(?:项目|工程)?[（(]?$")


# An unbracketed title a place opens: words without a stop, a document word, then the end of
# the phrase (的通知, a bracket, a line break).
_TITLE_END = re.compile(f"[\n（(]|$|的[{_CJK}]{{0,4}}(?:通知|意见|批复|决定|公示|公告|通告|通报|复函)")
# A class of bodies a place opens: 天河区各重点企业联系服务部门, 广州市各区（街镇）社保经办机构.
_CLASS_AFTER = re.compile(f"各[{_CJK}（）]{{0,14}}?(?:部门|单位|机构)")


@lru_cache(maxsize=1)
def _title_heads() -> re.Pattern[str]:
    return compile_cached(f"[{_CJK}、（）]{{0,24}}?{_first_alternation(load_words('loc_title_heads'))}")


@lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    return frozenset(load_words("loc_generic_names"))


@lru_cache(maxsize=1)
def _common_phrases() -> re.Pattern[str]:
    return compile_cached(alternation(load_words("loc_common_phrases")))


def _in_common_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a phrase where the name is an ordinary word
    (``loc_common_phrases.txt``: 幸福安康, 保证日照, 黄金、白银)."""
    for m in _common_phrases().finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if m.start() <= start and end <= m.end() and _ends_a_word(text, m.start(), m.end()):
            return True
    return False


def _ends_a_word(text: str, start: int, end: int) -> bool:
    """Whether the words read from ``start`` end at ``end``: a phrase that ends inside a longer word is not
    there (满足|日照港 names the port, 日照|标准化工作 the city's work: review4)."""
    pos = start
    for w in shared_words(text[start : min(len(text), end + 6)]):
        pos += len(w)
        if pos >= end:
            return pos == end
    return True


def _stands_as_place(text: str, start: int, end: int) -> bool:
    """Whether a place is not a common noun (城区), part of a slogan (新福建, 平安西藏: the word
    before must start a word of its own), a route (遵义 in 大村至遵义), a line section (雄商高铁
    河南段), a bracket inside a name (中国银行（香港）有限公司, 福建（厦门）社保科创基金), the
    prefix of a class of bodies (天河区各重点企业联系服务部门) or of a title (广州市公共租赁住房
    管理办法的通知)."""
    if text[start:end] in _generic_names() and _extend(text, end) == end:
        return False  # 郊区铜山镇显化村 is an address
    if _in_common_phrase(text, start, end):
        return False  # the name as the word it also is: 富裕安康的生活, 保证日照、通风 (loc_common_phrases.txt)
    if text[start:end] == "首都" and (text.endswith("非", 0, start) or text.startswith(_CAPITAL_NOT_ALONE, end)):
        return False  # a fixed term (疏解北京非首都功能: unmarked in dev sc19-14), or the capital's name after it
    # Web copies of reports often carry ASCII brackets: 首届中国(甘肃)中医药产业博览会 (Gansu 2019 report,
    # szb.gansudaily.com.cn/gsrb/201902/01/c107980.html, probe loc36) is the fair's name as with （甘肃）.
    if start > 1 and text[start - 1] in "（(" and text.startswith(("）", ")"), end):
        if _NAME_CHAR.match(text, start - 2) and _NAME_CHAR.match(text, end + 1) and _name_goes_on(text, end + 1) \
                and not (text[start:end] in _foreign_states() and _ends_an_item(text, end + 1)):
            return False  # a bracket inside a name, not a state after a body: 驻威廉斯塔德总领馆（荷兰）及
        if _BRANCH_HEAD.search(text, max(0, start - 4), start - 1):
            return False  # the branch a place marks in a centre's name: 高校区域技术转移转化中心（福建）
    if text.startswith(("（", "("), end):
        close = text.find("）" if text[end] == "（" else ")", end, end + 12)
        if close > 0 and _NAME_CHAR.match(text, close + 1) and text[end + 1 : close] in _place_words() \
                and _name_goes_on(text, close + 1) \
                and (_bracketed_county(text, end) == end or _facility(text, start, end) <= 0):
            return False  # a name the place opens (福建（厦门）社保科创基金), unless it is a site (福州（连江）…基地)
    if _CLASS_AFTER.match(text, end):
        return False
    if _PLANT_AFTER.match(text, end):
        return False  # a plant's or a metro line's name: 漳州核电一期, 福州地铁滨海快线
    if text.startswith(_CORRIDOR_AFTER, end):
        return False  # a transport corridor's name (东中西高速公路大通道: unmarked in dev wr2026-neimenggu; guide LOC 2)
    if (not text.endswith(_FULL_END, start, end) and _loc_patterns().brand.match(text, end)) \
            or (_loc_patterns().product.match(text, end) and (not text.endswith(_FULL_END, start, end)
                                                             or _PRODUCT_LIST.match(text, end))):
        return False  # a brand: 培育更多河北工匠，, 杞县大蒜、柘城辣椒
    if text.startswith("周", end) and text.startswith(_WEEK_END, end + 1) and not text.endswith(_FULL_END, start, end):
        return False  # a week of events a place names (港澳山东周、…新加坡山东周等活动: dev wr2026-shandongm; guide LOC 2)
    if _PROGRAMME_AFTER.match(text, end) and _in_programme_name(text, start, end):
        return False  # a programme's name a place stands inside (积极稳妥推进碳达峰山西行动: the guide's own example;
        # 实施深度节水控水行动山西方案: Shanxi 2026)
    if _EDITION.search(text, max(0, start - 6), start):
        return False  # an event's name: 第三届雄安未来之城场景汇, 第十五届中俄文化大集
    if _SESSION_AFTER.match(text, end):
        # A congress's session or an event's edition the place opens, broken by a line in page
        # headers: 在云和县\n第十七届人民代表大会 (Zhejiang), 在太仓市第十七届\n人民代表大会 (Jiangsu).
        return False
    if (_opens_a_listed_project(text, start, end) and not _opens_infrastructure(text, start, end)) \
            or _inside_a_listed_project(text, start, end):
        return False  # 推进阜阳复线船闸、沱浍河航道整治工程等建设; 华电榆树、天楹辽源等5个…项目
    if _LABS_AFTER.match(text, end):
        return False  # labs named after places: 支持长白山、三江、吉光3个省实验室
    if _in_breadcrumb(text, start, end):
        return False  # page chrome: 首页 > 云南要闻
    # Guide v2.2 (LOC 4): a place inside a title line is not marked, after 关于 too
    # (关于受理天河区人才公寓申请的公告, 关于内地西藏班（校）扩大规模有关问题请示的通知).
    t = _title_heads().match(text, end)
    if t and _TITLE_END.match(text, t.end()) and not any(c in "，。；：！？“”《》" for c in text[end : t.end()]):
        return False
    if _in_wrapped_title(text, start, end) or _opens_heading_line(text, start, end):
        return False
    pat = _loc_patterns()
    s = pat.slogan.search(text, max(0, start - 4), start)
    if s and at_word_start(text, s.start(), start):
        return False
    if _PARTNER_BEFORE.search(text, max(0, start - 3), start) and text[start:end] in _foreign_states():
        return False  # a partner of China in a name: 中国—吉尔吉斯斯坦文化遗产保护…
    if text.startswith("济", start) and start > 1 and text[start - 2] == "引":
        return False  # a water transfer's name, 引X济Y (加快引黄济宁: 济宁 is no place here)
    if _METRO_LINE.match(text, end):
        return False  # a line being built or opened: 西安地铁15号线通车运营
    if end - start > 1 and _INSTITUTE_AFTER.match(text, end):
        return False  # an institute's short name a place opens: 长春光机所、长春应化所等
    return True


# What follows a place in brackets after a place ends no name there (guide v2.2, LOC 1 and 3; dev gold
# marks both places): a designation the places hold (积极参与北京（京津冀）国际科技创新中心建设: wr2026-hebei,
# wr2026-tianjin; the bare form 西安区域科技创新中心 keeps 西安 in wr2026-shaanxi), or a word jieba reads as an
# idiom, adverb, preposition or conjunction (省职教城（清远）初具规模: wr2026-guangdongm). A name goes on after the bracket elsewhere (中国银行（香港）有限公司, 中新（重庆）战略性
# 互联互通示范项目, 引大（大通河）入秦: dev gold leaves the place inside unmarked).
_DESIGNATION_AFTER_BRACKET = re.compile("(?:国际|区域|国家区域|全国)?科技创新中心")
_NOT_A_NAME_TAGS = ("l", "i", "d", "ad", "p", "c")


def _name_goes_on(text: str, pos: int) -> bool:
    """Whether the text at ``pos``, right after a bracketed place, runs on with a name's words."""
    if _DESIGNATION_AFTER_BRACKET.match(text, pos):
        return False
    words = shared_words(text[pos : pos + 8])
    first = words[0] if words else ""
    return not (first and (_all_tags().get(first) or "n").startswith(_NOT_A_NAME_TAGS))


_WEEK_END = ("、", "，", "。", "；", "等", "”", "活动")
_PROGRAMME_AFTER = re.compile("行动(?!计划|方案)|方案")


def _in_programme_name(text: str, start: int, end: int) -> bool:
    """Whether a bare place before 行动 or 方案 follows a noun of the same name (碳达峰|山西|行动, 节水控水行动|
    山西|方案), not a verb, a preposition or a stop (推进|山西…, 在|山西…)."""
    if start == 0 or not _NAME_CHAR.match(text, start - 1) or text.endswith(_FULL_END, start, end):
        return False
    if text.endswith(("碳达峰", "碳中和", "行动"), 0, start):
        return True  # jieba's dictionary cuts 碳达峰 into characters
    words = shared_words(text[max(0, start - 8) : start])
    last = words[-1] if words else ""
    return len(last) >= 2 and last not in function_word_tags() and _all_tags().get(last, "n").startswith(("n", "vn"))


def _in_wrapped_title(text: str, start: int, end: int) -> bool:
    """Whether the place is in a title line that runs on to the next line, as page layouts break a
    plan's heading (江西省推动湘赣边区域合作示范区\n建设行动方案: Jiangxi 2022, probe loc21): its line
    and the next hold no punctuation, and the next ends with a document word (guide v2.2, LOC 4)."""
    nl = text.find("\n", end, end + 24)
    if nl < 0:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if nl - line_start > 40 or any(c in _TITLE_STOPS for c in text[line_start:nl]):
        return False
    t = _title_heads().match(text, nl + 1)
    return bool(t) and _TITLE_END.match(text, t.end()) is not None \
        and not any(c in _TITLE_STOPS for c in text[nl + 1 : t.end()])


_TITLE_STOPS = frozenset("，。；：！？“”《》,.;:!?")
# The document word a heading line ends with: the enclosed document's own title under a 印发 notice.
_HEADING_DOC_END = re.compile("(?:方案|意见|办法|规划|细则|规定|措施|计划|纲要|要点|清单|条例|规则|指引|决定)$")
_QUOTED_TITLE = re.compile("《[^《》\n]*》|“[^“”\n]*”")


def _opens_heading_line(text: str, start: int, end: int) -> bool:
    """Whether the place opens a line that is a document's title, quoting another title or a slogan:
    山西省贯彻落实《促进中部地区崛起“十三五”规划》工作方案 under the notice that issues it (晋政办发〔2017〕55号,
    probe full35p; guide v2.2, LOC 4). Unquoted headings are left to the title-head test above."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if len(line) > 60 or "《" not in line and "“" not in line or not _HEADING_DOC_END.search(line):
        return False
    bare = _QUOTED_TITLE.sub("", line)
    return not any(c in _TITLE_STOPS for c in bare)


# An ordinal session or edition after a place: the place opens a body's or an event's name; so does a
# party congress's number (按照甘肃省第十二次党代会的决策部署: Gansu 2012 news, probe loc29; guide v2.2 LOC 2).
_SESSION_AFTER = re.compile(r"\s*第[一二三四五六七八九十百0-9０-９]{1,4}(?:届|次党代会|次党代表大会)")


# 中国 and a dash before a partner state: the pair opens a name (中国—吉尔吉斯斯坦文化遗产保护).
_PARTNER_BEFORE = re.compile("中国[—\\-－]{1,2}$")


# Heads of a national centre's or base's name that a place in brackets follows, naming its branch.
_BRANCH_HEAD = re.compile("(?:中心|基地|平台|研究院|实验室)$")
# A product a full name brands, as an item of a list of products (杞县大蒜、柘城辣椒: unmarked in the
# dev gold); outside such a list a full name before a product word keeps its LOC.
_PRODUCT_LIST = re.compile(f"[{_CJK}]{{1,4}}[、，]")



# 首都 stands for Beijing (对接首都各类资源, 服务首都产业, 融入首都通勤圈: ten LOCs in dev wr2026-tianjin), but
# not where Beijing's name follows it (首都北京: the name is the LOC) nor in its parade (国庆首都阅兵).
_CAPITAL_NOT_ALONE = ("北京", "阅兵")
# A corridor a place names right before it, by itself or with its line word.
# The areas along the border between the parts of a region (川渝毗邻地区, 湘赣边交界地区).
_BORDER_AREAS = ("毗邻地区", "交界地区", "接壤地区")
_CORRIDOR_AFTER = ("大通道", "高速公路大通道", "铁路大通道", "公路大通道")
# A nuclear plant's phase or unit, and a metro line, a place names right before them: the plant's or the line's
# name, no place (漳州核电一期投入商业运行, 福州地铁滨海快线建成通车: Fujian 2026 report, probe loc65w; 招远核电一期,
# 海阳核电三期, 庄河核电一期, 徐大堡核电3号机组, 西安地铁15号线: unmarked in the dev gold). A list of places before
# 地铁线网 or 核电 as a kind stays (广州、深圳地铁线网: dev wr2026-guangdong).
_PLANT_AFTER = compile_cached(f"(?:核电(?:[一二三四五六七八九十]期|[0-9０-９一二三四五六七八九十]+号机组|站|厂)"
                              f"|地铁(?:[0-9０-９]+号线|[{_CJK}]{{1,4}}?(?:快线|号线|环线|支线))"
                              # a city rail line by its code (厦漳泉R1线先行段: Fujian 2026 report, probe loc65w)
                              "|[A-ZＡ-Ｚ][0-9０-９]{1,2}线)")


# An institute's abbreviation after its place, ending a list item (长春光机所、长春应化所等, 大连化物所，).
_INSTITUTE_AFTER = re.compile(f"[{_CJK}]{{2,3}}所(?=[、，。；）等和与及])")


# A numbered metro line a place names is a project, no place (西安地铁15号线, 沈阳地铁3号线).
_METRO_LINE = re.compile("(?:地铁|轨道交通)[0-9一二三四五六七八九十]+号线")


# A list of names, then a count of labs: the items name the labs (长白山实验室), not places.
# (At most 40 items: an unbounded list made each place in a long 、 list scan to its end, probe review20b.)
_LABS_AFTER = re.compile(f"(?:、[{_CJK}]{{2,8}}){{0,40}}等?[0-9一二三四五六七八九十两]+[个家所][{_CJK}]{{0,8}}?实验室")


# An edition number opens the name of an event, meeting or fair; places inside are not marked.
_EDITION = re.compile("第[一二三四五六七八九十百0-9０-９]{1,4}届$")


# The rest of a list item a place opens, more items, then 等 and a project word (at most 60 more: unbounded,
# each place in a long 、 list scanned the list to its end, probe review20b).
# Items hold no conjunction (中西部铁路和公路等薄弱环节建设 is a class of works).
_PROJECT_ITEM = r"[^，。；：、\n和与及的]"
_PROJECT_LIST_END = rf"(?:、{_PROJECT_ITEM}{{1,24}}){{0,60}}等[^，。；：、\n的和与及]{{0,16}}?(?:项目|工程|建设|前期)"
_PROJECT_ITEMS = re.compile(rf"{_PROJECT_ITEM}{{1,24}}{_PROJECT_LIST_END}")
# Zones and town parts built up are sites, not projects (抓好岳麓山国家大学科技城、…、沩东新城等重点片区建设: 长沙 2018).
_SITE_LIST_END = re.compile("等[^、，。]{0,6}(?:片区|片區|园区|園區|新城|新区|新區|功能区|功能區)建设$")


@lru_cache(maxsize=1)
def _list_verbs() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(load_words('loc_list_verbs'))})$")


def _opens_a_listed_project(text: str, start: int, end: int) -> bool:
    """Whether a place opens an item of a list of projects (山西阳城坑口电厂 in 新开工了南疆铁路、
    山西阳城坑口电厂…等一批重点项目): the item starts after a listing verb, a comma or 、."""
    items = _PROJECT_ITEMS.match(text, end) if _NAME_CHAR.match(text, end) and text[end] not in _ORG_STOP else None
    if items is None or _SITE_LIST_END.search(items.group()):
        return False
    # A verb after the place makes it the clause's subject, not a project's first word: 2024年，陕西加强
    # 交通、能源、水利等基础设施建设 (Shaanxi 2024 report, probe org27).
    # Only a listing verb: a verb jieba reads in a project's own name stays in it (裕龙岛|炼化一体化).
    nxt = shared_words(text[end : end + 6])
    if nxt and _list_verbs().fullmatch(nxt[0]):
        return False
    before = text[max(0, start - 80) : start]
    lead = _LIST_ITEMS_BEFORE.search(before)
    head = before[: lead.start()] if lead else before
    return head == "" or head[-1] in "，。；：\n" or bool(_list_verbs().search(head))


# The rest of a list item a place is inside or ends, more items, then 等 and a project word.
_PROJECT_TAIL = re.compile(rf"{_PROJECT_ITEM}{{0,24}}{_PROJECT_LIST_END}")
_ITEM_START = re.compile(r"[^，。；：、\n]{1,24}$")


def _inside_a_listed_project(text: str, start: int, end: int) -> bool:
    """Whether a place is inside an item of a list of projects, after the name that opens the
    item (天楹辽源 and 华电榆树 in 推进中核汇能通榆、华电榆树、天楹辽源等5个…项目, 亿纬锂能沈阳工厂):
    a plant's or a project's name, which the annotators leave opaque. The words before it in the
    item, past a leading verb (推进), name something and end in no verb, preposition or conjunction."""
    if text.startswith("至", end) or text.endswith("至", 0, start):
        return False  # the end of a route the item's line runs on (隆黄铁路隆昌至叙永段扩能改造、…等项目)
    item = _ITEM_START.search(text, max(0, start - 24), start)
    tail = _PROJECT_TAIL.match(text, end)
    if item is None or not tail or _SITE_LIST_END.search(tail.group()):
        return False
    words = shared_words(item.group())
    tags = function_word_tags()
    while words and tags.get(words[0], "n").startswith(("v", "d", "p")):
        words = words[1:]  # the lead: 推进, 加快推进, 力争
    if not words or not all(_NAME_CHAR.match(w) for w in words):
        return False
    # A one-character verb may end an enterprise's short name (中能建松原).
    last, pos = words[-1], tags.get(words[-1], "n")
    return not (last in ("的", "了") or pos.startswith(("p", "c"))
                or (len(last) > 1 and pos.startswith(("v", "d", "r", "m", "f"))))


# A site's navigation path: 首页 > 天河区重点领域信息公开专栏 > 住房保障 (one line or one item a line).
_BREADCRUMB = re.compile(r"首页\s*[>＞»›]")
_SENTENCE_PUNCT = set("。，；！？")
_CRUMB_SEPARATORS = set(">＞»›")


def _in_breadcrumb(text: str, start: int, end: int) -> bool:
    """Whether a place is an item of a navigation path after 首页 (the page's chrome, unmarked):
    no sentence punctuation between 首页 and the place, nor on its line, and a separator on
    its line or alone on the line before (the title line after the path is not chrome)."""
    crumbs = list(_BREADCRUMB.finditer(text, max(0, start - 60), start))
    if not crumbs:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(c in _SENTENCE_PUNCT for c in text[crumbs[-1].end() : start] + line):
        return False
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)].strip()
    return any(c in _CRUMB_SEPARATORS for c in line) or (before != "" and set(before) <= _CRUMB_SEPARATORS)


# A compass region ranked against its peers (保持西部第1位, 居西北第一, 走在西北前列: Yunnan and Ningxia
# 2026 reports; 居中部第1位, 中部领先, 北方第一个: dev gold, Hubei and Shandong 2026). Guide: LOC 1, a
# place qualifying a common noun; standing alone a compass word may be a part of a town (城区东部).
# The region (two characters each) first, then a lookbehind for the character before it: sre skips
# to the regions in C instead of trying a leading lookbehind at every position.
_RANKED_REGION = re.compile("(东部|西部|中部|北方|南方|西北|西南|东北|东南|华北|华中|华东|华南)(?<=[居在列持于为、，：；“]..)"
                            "(?=第[0-9一二三四五六七八九十]|首位|前列|领先)")


# A compass region industry moves from, or a hub links (积极承接东部产业转移: dev wr2026-shaanxim gold and
# Guizhou 2026; 链接东中部的枢纽功能: dev wr2026-anhuim gold, 提升链接东中部的市场化要素平台功能: Anhui 2026;
# 东中部产业向西转移重要承接地: Gansu 2026). Not a longer name (西部陆海新通道, 西部大开发, 东部地区).
_LINKED_REGION = re.compile("(东中部|中西部|东部|中部|西部)(?:(?<=承接..)|(?<=链接..)|(?<=对接..)|(?<=承接...)|(?<=链接...)"
                            "|(?<=对接...)|(?=产业(?:向[东西南北中]部?)?转移))(?![地大陆开])")


# A compass region before its own strategy in a list of the regional strategies (促进东北全面振兴、中部地区崛起、
# 东部率先发展: State Council 2019 report; 中部崛起, 东部率先 alike): the region qualifies a process (guide v2.2, LOC 1),
# as 东北 before 全面振兴 does. 西部大开发 and 西部开发 are programmes and stay unmarked (dev sc-report-2003).
_STRATEGY_REGION = re.compile("(东部|中部)(?=率先发展|率先实现|(?:加快|加速)?崛起)")


# A compass region before the class of divisions it groups (推动东部盟市全面振兴，发挥中部盟市挑大梁作用，推动西部
# 盟市转型发展: Inner Mongolia 2026; 西部市州, 东部省份 alike): the region qualifies a common noun (guide v2.2, LOC 1).
# After a place's name it is a part of that place (成都东部城区), not a region of the country.
_CLASS_REGION = re.compile("(东部|中部|西部)(?=盟市|省份|省区|地市|市州)")


# The north of the country before the hub or barrier built for it (打造济宁北方内河航运中心, 打造北方跨境电商集散中心:
# dev wr2026-shandong and wr2026-shandongm; 筑牢我国北方重要生态安全屏障: dev wr2026-neimenggu, twice): a place
# qualifying a common noun (guide v2.2, LOC 1). Not a firm's or a brand's word (新紫光北方总部, “北方绿碳”, 中铝北方
# 沿海…: unmarked in dev) nor 全球南方, the developing countries.
# Nor a firm's name that the word opens (北方稀土建设研发中心, 共建南方航空物流枢纽, 南方电网…调度中心: probe
# review20b).
_HUB_REGION = re.compile("(北方|南方)(?<![球铝光]..)(?!稀土|航空|电网|华创|工业|医科|科技|日报|传媒|股份|控股|重工|证券"
                         "|电力|水泥|铜业|黄金|电子|化学|航电|华锦|人寿|基金)"
                         "(?=[^，。；、“”\n]{0,10}?(?:中心|屏障|枢纽|门户)(?![城市]))")


# A bare compass region sharing 地区 with the region conjoined after it (东部与中西部地区经济技术合作: dev
# sc-report-2003; 明年扩大到中部和东部地区: dev sc-report-2006): each conjunct is a region (guide v2.2, LOC 1).
_SHARED_HEAD_REGION = re.compile("(东中部|中西部|东部|中部|西部)(?=(?:和|与|及|、)(?:东中部|中西部|东部|中部|西部)地区)")


def _ranked_regions(text: str) -> list[Mention]:
    found = sorted(list(_RANKED_REGION.finditer(text)) + list(_LINKED_REGION.finditer(text))
                   + [m for m in _SHARED_HEAD_REGION.finditer(text) if not _after_place_name(text, m.start(1))]
                   + (list(_STRATEGY_REGION.finditer(text)) if "东部" in text or "中部" in text else [])
                   + (list(_HUB_REGION.finditer(text)) if "北方" in text or "南方" in text else [])
                   + [m for m in _CLASS_REGION.finditer(text) if not _after_place_name(text, m.start(1))],
                   key=lambda m: m.start(1))
    return [Mention("LOC", m.start(1), m.end(1), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
            for m in found]


def _after_place_name(text: str, i: int) -> bool:
    """Whether a place's name (two to four characters) ends at ``i``: 成都|东部."""
    names = place_name_set()
    return any(text[k:i] in names for k in range(max(0, i - 4), i - 1))


@lru_cache(maxsize=1)
def _pair_chars() -> frozenset[str]:
    """Characters that stand for a province or a city in a pair of places: the provinces'
    abbreviations and the first characters of the cities' short names (广 of 广州, 龙 of 龙岩)."""
    return frozenset(_ABBR_ANY) | frozenset(p.short[0] for p in places() if p.level in ("province", "city") and p.short)


# Zones two to four places share, named by one character each (广龙合作产业园: Fujian 2026, dev gold;
# 湘琼、粤琼、浙琼、琼港、深儋合作产业园: Hainan 2026; 打造沈大经济走廊: Liaoning 2026; 广清经济特别合作区,
# 京雄科创走廊, 厦漳泉都市圈: dev gold, Guangdong, Hebei, Fujian 2026). Guide: named zones are LOC.
# Also city clusters and innovation zones (兰白定临城市群: Gansu 2026; 呼包鄂国家自主创新示范区: Inner
# Mongolia 2026, as 福厦泉国家自主创新示范区 in dev wr2026-fujian).
# Economic circles and innovation parks as well (儋洋经济圈: Hainan 2026; 沈抚科创园: Liaoning 2026), and a
# corridor with no other head word (吉泰走廊发展迅速: 吉安 and 泰和, Jiangxi 2017 report, probe loc37).
# Industry corridors, city circles and innovation belts too (合六、合淮、合滁产业走廊, 阜阳城市圈: Anhui 2026;
# 沈大哈长产业科技创新带: Liaoning 2026; 沿沪宁产业创新带: Shanghai 2026; probe loc42).
_PAIR_ZONE_HEADS = ("合作产业园", "经济特别合作区", "特别合作区", "合作区", "经济走廊", "科创走廊", "产业走廊", "都市圈", "城市群",
                    "城市圈", "经济圈", "科创园", "国家自主创新示范区", "产业科技创新带", "科技创新带", "产业创新带", "走廊")
# A belt or corridor along the places it joins: 沿沪宁产业创新带 (Shanghai 2026, probe loc42).
_ALONG_HEADS = ("走廊", "创新带")
_PAIR_ZONE = re.compile(f"([{_CJK}]{{2,4}}?)({'|'.join(_PAIR_ZONE_HEADS)})")
# A quoted run of one character per city before the head (带动“襄十随神”城市群协同发展, “宜荆荆恩”城市群: Hubei
# 2026): the quotes mark the run as a name, so two cities may share a character (荆州, 荆门) and a county its
# province administers counts (神 of 神农架). The LOC is the run inside the quotes.
_QUOTED_PAIR_ZONE = compile_cached(f"“([{_CJK}]{{2,5}})”(?:{'|'.join(_PAIR_ZONE_HEADS)})")


def _pair_zone_starts(text: str) -> list[int]:
    """Where a ``_PAIR_ZONE`` match may start: two to four characters before a head word."""
    return _starts_before(text, _PAIR_ZONE_HEADS, 4)


def _starts_before(text: str, heads: tuple[str, ...], back: int) -> list[int]:
    """Where a scan that opens with a run of two to ``back`` name characters before one of ``heads`` may
    start: sre would try it at every position; the heads are found in C."""
    starts = set()
    for word in heads:
        q = text.find(word)
        while q >= 0:  # every occurrence, overlapping ones too (合作区 inside 特别合作区)
            starts.update(range(max(0, q - back), q - 1))
            q = text.find(word, q + 1)
    return sorted(starts)


# Conjunctions that are also pair characters (和 of 和田, 同 of 同江): they join, never open, a name.
_JOINING_CHARS = "和与同及"


@lru_cache(maxsize=1)
def _common_word_tags() -> dict[str, str]:
    """jieba's two- to four-character words tagged verb, adjective or adverb (连通, 融合): no pair
    of place abbreviations."""
    return dictionary_tags(r"^(\S{2,4}) \d+ ((?:v|a|d|ad|an|vn|vd))$")


def _pair_zones(text: str) -> list[Mention]:
    chars = _pair_chars()
    names = place_name_set()
    out = []
    for m in finditer_from(_PAIR_ZONE, _pair_zone_starts(text), text):
        # The name is the longest run of pair characters before the head (打造|沈大经济走廊).
        s = m.start(2)
        while s > max(0, m.start(2) - 4) and text[s - 1] in chars:
            s -= 1
        if m.start(2) - s > 2 and text[s] in _JOINING_CHARS:
            s += 1  # a conjunction before the name: 三大都市经济圈和浙中城市群 (Zhejiang, 浙政发〔2009〕69号)
        name = text[s : m.start(2)]
        if len(name) < 2 or len(set(name)) < len(name) or name in names or not at_word_start(text, s, m.start(2)):
            continue
        if name in _common_word_tags():
            continue  # a verb or an adjective before the head: 连通城市群内外的多层次交通运输网络 (Shaanxi, probe loc21)
        if _PLACE_CAMPAIGN.match(text, m.end()):
            continue  # a campaign's ground (打好河西走廊—塔克拉玛干沙漠边缘阻击战: Gansu 2026, probe loc42)
        start = s - 1 if s > 0 and text[s - 1] == "沿" and m.group(2).endswith(_ALONG_HEADS) else s
        out.append(Mention("LOC", start, m.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
        # The items of an elliptic list before it share its head, each a pair of places of its own (推进合六、合淮、
        # 合滁产业走廊建设: Anhui 2026, probe loc42), where every item is a run of pair characters.
        k = s
        while k > 2 and text[k - 1] == "、":
            j = k - 1
            while j > max(0, k - 5) and text[j - 1] in chars:
                j -= 1
            item = text[j : k - 1]
            if not 2 <= len(item) <= 3 or len(set(item)) < len(item) or item in names or item in _common_word_tags() \
                    or (j > 0 and _NAME_CHAR.match(text, j - 1) and text[j - 1] != "、" and not at_word_start(text, j, k - 1)):
                break
            out.append(Mention("LOC", j, k - 1, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            k = j
    if "”" in text:
        quoted_chars = chars | _provincial_county_firsts()
        for m in _QUOTED_PAIR_ZONE.finditer(text):
            if all(c in quoted_chars for c in m.group(1)) and m.group(1) not in names:
                out.append(Mention("LOC", m.start(1), m.end(1), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Provinces joined by their one-character abbreviations (闽台, 苏陕, 津陕, 鲁豫, 沪苏浙: dev gold, Fujian,
# Shaanxi, Shandong, Anhui 2026; 沪滇, 粤黔: Yunnan and Guizhou 2026): a LOC like 川渝 (guide, LOC
# conventions). The first character must not open common words (青年, 台账, 宁可, 港口, 新台阶).
# 榆 (Yulin) opens a run too: 深化榆鄂宁能源化工产业协作 (dev wr2026-shaanxim); no common word opens with 榆
# and a character of another province (榆林, 榆树 end the run at once).
_ABBR_FIRST = "京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕陇蒙榆"
# 蓉 and 汉 (Chengdu, Wuhan) extend a run but open none: 沪渝蓉高铁, 汉湘桂航运通道 (汉藏 is a language family).
_ABBR_ANY = _ABBR_FIRST + "青宁甘港澳台疆蓉汉"
# The first character is consumed before the lookbehind that checks the one before it: a scan that
# opens with a lookbehind is tried at every position, one that opens with a class is skipped to in C.
# Four provinces make a run too (湘鄂渝黔革命老区: Hunan's 2022 base-area plan, probe loc38).
_ABBR_RUN = re.compile(f"[{_ABBR_FIRST}](?<![{_ABBR_ANY}][{_ABBR_FIRST}])[{_ABBR_ANY}]{{1,3}}(?![{_ABBR_ANY}])")
# A line, a link or an event named after the provinces is a project's name (藏粤直流, 鲁苏互济,
# 陕皖直流输电工程, 鲁台经贸合作洽谈会: dev gold leaves them unmarked; guide v2.2, LOC 2; 川渝特高压交流工程:
# Chongqing 2022 report, probe loc40).
# A level character makes the run a place's own name (闽宁镇).
_ABBR_PROJECT = re.compile("直流|特高压|交流|电网|互济|联网|铁路|高铁|高速|公路|通道|运河|输电|班列|管道|大桥|交界|[线界镇乡村县市区]|[^，。；、\n]{0,8}(?:洽谈会|博览会|周)")


# Cities of one province joined into one area by a character of each name (昌抚一体化加快推进: 南昌 and 抚州,
# Jiangxi 2017 report; 成德眉资同城化加快推进: 成都, 德阳, 眉山, 资阳, Sichuan 2022 report; probe loc37), as
# 川渝 and 深中 (guide v2.2, LOC 1: a place qualifying a process is marked). The process ends the run.
# (工业|产业|科创|创新|文旅|旅游)?协同 spelt out: every branch opens with a character, which sre scans for in C.
_CITY_RUN_PROCESS = re.compile("一体化|同城化|工业协同|产业协同|科创协同|创新协同|文旅协同|旅游协同|协同")


@lru_cache(maxsize=1)
def _city_char_provinces() -> dict[str, frozenset[str]]:
    """Each character of a city's short name, and the provinces that have such a city."""
    out: dict[str, set[str]] = {}
    for p in places():
        if p.level == "city" and len(p.short) >= 2:
            for c in p.short:
                out.setdefault(c, set()).add(p.province_code)
    return {c: frozenset(v) for c, v in out.items()}


def _city_runs(text: str) -> list[Mention]:
    """Two to four characters before 一体化 or 同城化, each of a city of one and the same province, no word
    of jieba's dictionary (城乡, 山水) and no place's own name (the gazetteer reads those)."""
    if "一体化" not in text and "同城化" not in text and "协同" not in text:
        return []
    chars = _city_char_provinces()
    names = place_name_set()
    out = []
    for h in _CITY_RUN_PROCESS.finditer(text):
        s = h.start()
        while s > 0 and h.start() - s < 5 and text[s - 1] in chars:
            s -= 1
        run = text[s : h.start()]
        if h.group().endswith("协同"):
            # Before 协同 only pairs of cities, the last pair of a run of pairs sharing their hub (推进昆曲昆楚工业协同、
            # 昆玉昆曲科创协同、昆红文旅协同: 昆明 with 曲靖, 楚雄, 玉溪, 红河; dev wr2026-yunnanm); the earlier
            # pair of such a run before it (昆曲 of 昆曲昆楚) is one too.
            if len(run) < 2 or (h.start() - 2 > 0 and _NAME_CHAR.match(text, h.start() - 3)
                                and text[h.start() - 3] not in chars and not at_word_start(text, h.start() - 2, h.start())):
                continue
            pairs = [h.start() - 2]
            if len(run) >= 4 and text[h.start() - 4] == text[h.start() - 2]:
                pairs.insert(0, h.start() - 4)
            # Pairs sharing their hub listed with 、 before 协同 (深化郑洛、郑许协同发展: 郑州 with 洛阳, 许昌; Henan 2026
            # report, probe loc63w): each pair is one.
            while pairs[0] >= 3 and text[pairs[0] - 1] == "、" and text[pairs[0] - 3] == text[pairs[0]] \
                    and text[pairs[0] - 2] in chars and (pairs[0] == 3 or not _NAME_CHAR.match(text, pairs[0] - 4)
                                                         or at_word_start(text, pairs[0] - 3, pairs[0] - 1)):
                pairs.insert(0, pairs[0] - 3)
            # Two pairs sharing their hub are cities whatever words they make (昆曲, 昆玉); a lone pair is none
            # that is a word or a place's own name (山海协同, 工贸协同).
            # A pair the region lexicon holds is the gazetteer's (郑许 of 郑洛、郑许): the other pairs of its list stand.
            for k in pairs:
                pair = text[k : k + 2]
                if pair[0] == pair[1] or (len(pairs) == 1 and pair in _region_words()) \
                        or not chars[pair[0]] & chars[pair[1]] \
                        or (len(pairs) == 1 and (pair in names or pair in _all_tags())):
                    break
            else:
                out.extend(Mention("LOC", k, k + 2, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
                           for k in pairs if text[k : k + 2] not in _region_words())
            continue
        if not 2 <= len(run) <= 4 or len(set(run)) < len(run) or run in names or run in _all_tags() \
                or run in _region_words():
            continue
        if len(run) == 4 and run[:2] in names and run[2:] in names:
            continue  # two cities' own short names (广州佛山同城化, 西安咸阳一体化): two places, the gazetteer's
        if not frozenset.intersection(*(chars[c] for c in run)):
            continue
        out.append(Mention("LOC", s, h.start(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


def _abbr_project_after(text: str, end: int) -> bool:
    """Whether a line, link, event or level word follows a run of abbreviations. A level character
    that opens a longer word is none: 实施闽台乡建乡创合作提升项目 (乡建, dev wr2026-fujianm), 闽台市场, unlike 闽宁镇."""
    p = _ABBR_PROJECT.match(text, end)
    if p is None:
        return False
    return not (p.end() == end + 1 and p.group() in "线界镇乡村县市区"
                and (text[end : end + 2] in _all_tags() or text.startswith(_RURAL_COMPOUND_SECOND, end + 1)))


# Second characters of the rural words a level character opens (乡建, 乡贤, 乡愁, 乡情, 乡风, 村建) that the
# dictionary lacks or jieba splits.
_RURAL_COMPOUND_SECOND = tuple("建贤愁情风创")


def _abbreviation_runs(text: str, gazetteer: list[Mention]) -> list[Mention]:
    # The gazetteer's spans by start with the furthest end so far: whether one holds a run is a bisect, not a
    # pass over every span per run (thousands of 北京（京津冀） were quadratic).
    taken = sorted({(g.start, g.end) for g in gazetteer})
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))
    out = []
    for m in _ABBR_RUN.finditer(text):
        run = m.group()
        spans = [(m.start(), m.end())]
        if len(run) == 4 and run[0] == run[2] and len(set(run)) == 3:
            # Two pairs sharing their first province: 加强闽港闽澳合作 (dev wr2026-fujianm): 闽港 and 闽澳.
            spans = [(m.start(), m.start() + 2), (m.start() + 2, m.end())]
        elif len(set(run)) < len(run):
            continue
        if _abbr_project_after(text, m.end()):
            continue
        for s0, e0 in spans:
            i = bisect.bisect_right(starts, s0)
            if (i and reach[i - 1] >= e0) or not word_bounds(text, s0, e0):
                continue
            out.append(Mention("LOC", s0, e0, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# A name the text coins for two or three places by one character of each, where the same text names each place:
# 深化厦金、福马“同城生活圈”建设 after 厦门, 金门, 福州, 马祖 (dev wr2026-fujianm), 提高琴澳一体化水平 after 横琴,
# 澳门 (dev wr2026-guangdong), 扎实推进珠港澳合作 after 珠海, 港澳 (珠海 2022 report; probe loc55a). A LOC like 川渝
# (guide v2.2, LOC 1). Only before what such a pair does together or a clause's end: 珠澳通 (a service), 澳珠产学研
# 创新联盟 (an ORG) and 珠澳口岸 (a port whose name runs on) are left.
_NAMED_RUN_AFTER = re.compile("[“”、，。；,;0-9]|合作|一体化|同城|融合|协同|两地|三地|联动|交流|通关")
# The short name of a place read, its level dropped: the characters a coined pair takes from it.
_NAMED_RUN_LEVEL = re.compile("(?<=..)[省市县区]$")
# A list of lines sharing their head: 加快延榆、康渝高铁建设 (延安-榆林, dev wr2026-shaanxi), a project's name.
_NAMED_RUN_LINES = re.compile(f"、[{_CJK}]{{2,4}}?(?:高铁|铁路|城际|高速|公路|通道|大桥|航线)")


def _named_place_runs(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """Runs of two or three characters, each of a different place the gazetteer read in the same text."""
    chars: dict[str, set[str]] = {}
    every: set[str] = set()  # the characters of every place read, numerals too
    taken = bytearray(len(text) + 1)
    for g in gazetteer:
        name = _NAMED_RUN_LEVEL.sub("", text[g.start : g.end])
        if name not in ("港澳", "港澳台"):  # read inside 珠港澳 too, which holds them
            taken[g.start : g.end] = b"\x01" * (g.end - g.start)
        if name in ("港澳", "港澳台"):
            parts = dict(zip(name, ("香港", "澳门", "台湾")))
        elif 2 <= len(name) <= 3:
            parts = {c: name for c in name}
        else:
            continue
        for c, place in parts.items():
            every.add(c)
            # China opens the country pairs (中澳, 中法), none of these; a numeral counts (产业“四地”: Qinghai 2026)
            if c not in "中一二三四五六七八九十两":
                chars.setdefault(c, set()).add(place)
    if len(chars) < 2:
        return []
    names = place_name_set()
    out = []
    # Only a stretch of two or more such characters can hold a run: visit those, not every character.
    for stretch in re.finditer("[" + "".join(map(re.escape, chars)) + "]{2,}", text):
        _place_runs_in(text, stretch.start(), stretch.end(), chars, every, taken, names, out)
    return out


def _place_runs_in(text: str, i: int, end: int, chars: dict[str, set[str]], every: set[str], taken: bytearray,
                   names: frozenset[str], out: list[Mention]) -> None:
    """The runs of ``_named_place_runs`` inside one stretch text[i:end] of place characters."""
    while i < end - 1:
        if taken[i] or (i and text[i - 1] in every):
            # a run opens after no character of a place: 长四辽通 (长春-四平-辽源-通化, a railway: dev wr2026-jilin)
            i += 1
            continue
        for n in (3, 2):
            run = text[i : i + n]
            if len(run) < n or any(c not in chars or taken[i + k] for k, c in enumerate(run)):
                continue
            # each character a different place: 厦门 is no pair of 厦门 with itself
            if not any(len(set(pick)) == n for pick in _picks([sorted(chars[c]) for c in run])):
                continue
            # no word of the dictionary in it, a region's (港澳 in 珠港澳) aside: 大地上 (在祖国的大地上: 1981 report)
            if run in names or run in _region_words() or not _NAMED_RUN_AFTER.match(text, i + n) \
                    or any(run[k : k + w] in _all_tags() and run[k : k + w] not in _region_words()
                           for w in range(2, n + 1) for k in range(n - w + 1)) \
                    or _abbr_project_after(text, i + n) or _NAMED_RUN_LINES.match(text, i + n) \
                    or not word_bounds(text, i, i + n):
                continue
            out.append(Mention("LOC", i, i + n, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            i += n - 1
            break
        i += 1


def _picks(options: list[list[str]]) -> Iterator[tuple[str, ...]]:
    """Every choice of one item from each list (at most three lists of a few places each)."""
    if not options:
        yield ()
        return
    for first in options[0]:
        for rest in _picks(options[1:]):
            yield (first, *rest)


def _is_abbreviation_run(name: str) -> bool:
    """Two to four provinces by their one-character abbreviations, no division's own name (宁夏, 青海)."""
    return 2 <= len(name) <= 4 and len(set(name)) == len(name) and name[0] in _ABBR_FIRST \
        and all(c in _ABBR_ANY for c in name) and name not in _division_names()


def _abbreviation_locs(text: str) -> list[Mention]:
    """One-character place abbreviations after 在 or 驻 (在鄂投资, 在华发展, 驻鄂人民解放军)."""
    out = []
    for m in _loc_patterns().abbreviation.finditer(text):
        g = 1 if m.group(1) else 2
        # 在陇原大地上 opens a longer name: the gazetteer marks that one.
        # jieba joins 驻 and the place (驻沪, 驻津): 驻 itself marks it; 留 too (留皖率 is one word to jieba).
        # jieba joins 来 and 华 too (外国人|来华|工作): the word 来华 itself marks the place (dev sc19-56, pt-20932m);
        # 以来|华为 is no such word.
        if (text[m.start()] in "驻留" or word_bounds(text, m.start(g), m.end(g))
                or (text[m.start()] == "来" and word_bounds(text, m.start(), m.end(g)))) \
                and _longest(_loc_tables()[0], text, m.start(g)) < 0 \
                and not (text[m.start()] == "留" and not text.startswith(("率", "比例", "就业", "工作", "创业", "发展"), m.end(g))):
            out.append(Mention("LOC", m.start(g), m.end(g), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# A city's one-character abbreviation after 驻, before the class of bodies stationed there (中央、省驻岳单位 on 岳阳's
# addressee line: 岳办发〔2017〕2号, probe loc64p; 驻邵单位, 驻衡部队): the city, as 驻湘 is Hunan (guide v2.2 LOC 1,
# 来陕考察 → 陕). Only the first character of a prefecture-level city the text names in full (岳阳 beside 驻岳).
_STATIONED_CITY = re.compile(f"驻([{_CJK}])(?=(?:各|有关)?(?:单位|部队|机构|企业|企事业单位))")


@lru_cache(maxsize=1)
def _cities_by_first_char() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for pl in places():
        if pl.level == "city" and len(pl.short) >= 2:
            out.setdefault(pl.short[0], set()).add(pl.short)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _stationed_city_abbreviations(text: str) -> list[Mention]:
    out = []
    if "驻" not in text:
        return out
    named: dict[str, bool] = {}  # per character, once: a text scan per match was quadratic (review22)
    for m in _STATIONED_CITY.finditer(text):
        c = m.group(1)
        if c not in named:
            named[c] = any(name in text for name in _cities_by_first_char().get(c, ()))
        if named[c]:
            out.append(Mention("LOC", m.start(1), m.end(1), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Rivers listed by their own names, two items or more, each two to four characters ending in 河 or 江
# (推進江坪河、白河、淋溪河等水電開發: 鄂政發〔2020〕19號, probe loc40): small rivers no gazetteer holds are
# named places (guide v2.2 LOC) when every item of the list is one. The list ends at 等, a clause end or a verb.
# Lakes and seas may stand among them (乌江、清水江、赤水河、都柳江、草海等重点河湖: Guizhou 2026, probe loc42).
_RIVER_LIST = compile_cached(f"(?:[{_CJK}]{{1,3}}[河江湖海]、)+[{_CJK}]{{1,3}}[河江湖海](?=等|[，。；、,;）)\\n]|和|及)")
_RIVER_BEFORE_COMMA = re.compile("[河江湖海]、")
_RIVER_ITEM = re.compile(f"[{_CJK}]{{1,3}}[河江湖海]")
# Characters no river's own name holds: class and function words (各河, 内河, 大江大河, 该河).
_PEOPLE_AFTER = re.compile("等(?:先进|优秀)?(?:个人|同志|人)|同志")
# The sea by its depth or distance from shore, which jieba tags as places (深海, 远海: ns).
_SEA_ZONES = frozenset(("深海", "远海", "近海", "浅海", "深远海"))
_NOT_IN_RIVER = set("等和与及或的各该本其全内外大小主支干沿城条跨界省市县区领公四")


# Heritage sites and scenic areas listed by their own names before 等 and the class of site they are (推进大地湾、
# 大堡子山、锁阳城等国家考古遗址公园建设: Gansu 2026, probe loc42): guide v2.2, LOC 3, heritage sites are places; the
# class word after 等 says what the items are, so names no gazetteer holds count, two items or more.
# Reservoirs and irrigation districts listed by bare names share the head the same way, after 等 or after the size
# word of the class (实施赵口、陆浑、渠村等灌区现代化改造: dev wr2026-henan; 德厚、阿岗、车马碧大型水库建成投用: dev
# wr2026-yunnan; the gold marks each bare name, never the head). A wreck's name may run to five characters
# (提升万寿岩、圣杯屿沉船等遗址保护利用水平: dev wr2026-fujianm).
# Scenic spots and fishing ports are listed the same way, the class after 等 and a grade or a creation verb
# (推进壶口瀑布、雁门关、王莽岭、娘子关、百里太行画廊等重点景区提质升级; 支持云丘山、晋祠等创建5A级景区: Shanxi 2020
# report; 三亚崖州、临高新盈、乐东岭头等渔港建设: Hainan 2014 report; 推进新疆昆仑山、罗布人村寨等创建国家5A级旅游景区:
# dev wr2026-xinjiang; probe loc59w), and parks a list of lakes became (富水湖、向阳湖成功创建国家湿地公园: 咸宁 2016
# report). A scenic name may run to six characters (百里太行画廊).
_SITE_CLASS_AFTER = ("(?:等(?:国家级?|省级)?(?:考古遗址公园|遗址公园|遗址|国家公园|风景名胜区|自然保护区|地质公园|湿地公园|森林公园|石窟"
                     "|(?:大型|中型)?(?:灌区|水库))|(?:大型|中型)(?:灌区|水库)"
                     # a scenic class holds a grade, 重点 or a creation verb: bare 等景区 follows kinds as often
                     # (加强沙滩、海岛、湿地等景区基础设施建设), and 景区化 is a making-into (古村落、老厂房等景区化改造)
                     "|等(?:(?:创建|争创|创成)(?:国家级?|省级)?(?:[0-9A-Z]+级)?|(?:国家级?|省级)?[0-9A-Z]+级|重点)(?:旅游)?景区(?!化)"
                     "|等(?:国家级?|省级|重点|中心|一级|二级)?渔港(?!化)"
                     # parks listed by their own names before their class (持续提升东方芯港、大飞机园等特色产业园区能级;
                     # 提升联影小镇、东方美谷等特色园区能级: Shanghai 2026, probe org53w), each item a site's word
                     # at its end (_PARK_ITEM_END): sectors stand there too (新材料、装备制造等特色产业园区)
                     "|等特色(?:产业)?园区"
                     "|(?:成功)?(?:创建|创成)(?:国家级?|省级)?(?:湿地公园|森林公园|地质公园))")
# The last item is read lazily: the class may open with a word a name could hold (向阳湖|成功创建).
_SITE_LIST = compile_cached(f"((?:[{_CJK}]{{2,6}}、){{1,15}}[{_CJK}]{{2,6}}?){_SITE_CLASS_AFTER}")
# An item holding a site's head has a name of its own (宣威水库、花滩子水库…、夹岩大型灌区: dev wr2026-guizhou): no
# list of bare names.
_SITE_HEAD_IN_ITEM = re.compile("水库|灌区|遗址|公园|景区|保护区|石窟|渔港")  # 中心渔港、一级渔港等渔港: kinds
# Nor a list of the stages or states of works (加快推进续建、新开工大型灌区建设; 推进新建、扩建中型水库): ordinary words the
# word list tags as names (续建 nr, 新建 ns, 新开工 nz) or does not hold.
_WORKS_STAGE_ITEM = re.compile("(?:新开工|[续新扩改在拟已]建|开工|竣工|完工|配套|改造|加固|病险|老旧|规划)$")
# At most 16 items: an unbounded run made a long list of names (a commendation's 1,500 people) quadratic.
_SITE_LIST_HEAD = compile_cached(_SITE_CLASS_AFTER)
# Each class word of _SITE_CLASS_AFTER holds one of these: looked for first (str search, not a pattern tried everywhere).
_SITE_LIST_WORDS = ("遗址", "公园", "风景名胜区", "自然保护区", "石窟", "灌区", "水库", "景区", "渔港", "特色园区", "特色产业园区")
# The last character of a park's own name in a list before 等特色园区: a port, park, town, valley, city, isle or bay.
_PARK_ITEM_END = frozenset("港园镇谷城岛湾")
_NOT_IN_SITE_ITEM = set("等和与及或的各该本其全个项批类种")


def _listed_sites(text: str) -> list[Mention]:
    """The items of a list of sites (``_SITE_LIST``), the first after a lead word or a stop."""
    out = []
    if not any(w in text for w in _SITE_LIST_WORDS) or not _SITE_LIST_HEAD.search(text):
        return out  # most texts name no class of sites: skip the list scan that tries every position
    for m in _SITE_LIST.finditer(text):
        items = m.group(1).split("、")
        start = m.start(1)
        first_end = start + len(items[0])
        # The first item opens after a stop or a lead (推进|大地湾): its shortest such start.
        # A park's name in a list before 等特色园区 holds three characters or more (two are its kind alone), and
        # its lead is a word of two characters: jieba cuts a brand it does not know (提升|联|影|小镇, 联 a verb).
        parks = text.endswith("园区", 0, m.end())
        k = next((k for k in range(first_end - (3 if parks else 2), start - 1, -1)
                  if k == 0 or not _NAME_CHAR.match(text, k - 1)
                  or (_ends_a_lead(text, max(0, k - 6), k) and not (parks and len(shared_words(text[max(0, k - 6) : k])[-1]) < 2))), -1)
        if k < 0:
            continue
        items[0] = text[k:first_end]
        if any(set(it) & _NOT_IN_SITE_ITEM or not 2 <= len(it) <= 6 or _SITE_HEAD_IN_ITEM.search(it)
               or _WORKS_STAGE_ITEM.search(it) for it in items):
            continue
        if any(_all_tags().get(it, "ns")[0] in "nvad" and _all_tags().get(it, "ns") not in _PROPER_TAGS for it in items):
            continue  # common nouns make a list of kinds, no sites' names (公园、绿地等湿地公园)
        if text.endswith("园区", 0, m.end()) and not all(it[-1] in _PARK_ITEM_END for it in items):
            continue  # sectors, no parks' names: 新材料、装备制造等特色产业园区
        pos = k
        for it in items:
            out.append(Mention("LOC", pos, pos + len(it), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            pos += len(it) + 1
    return out


def _listed_rivers(text: str) -> list[Mention]:
    """The rivers of a list whose every item is a river's name (``_RIVER_LIST``)."""
    # Every list holds a river's last character before a 、: _RIVER_LIST, tried at every CJK
    # character, runs only in the texts that have one.
    if "、" not in text or not _RIVER_BEFORE_COMMA.search(text):
        return []
    out = []
    for m in _RIVER_LIST.finditer(text):
        items = m.group().split("、")
        # The first item's start: after a listing verb, a lead word or a stop (推進|江坪河).
        first, start = items[0], m.start()
        lo = max(0, m.start() - 6)
        first_end = m.start() + len(first)
        bounds, pos = {lo}, lo
        for w in shared_words(text[lo:first_end]):
            pos += len(w)
            bounds.add(pos)
        # The shortest name that starts a word after a stop, a listing verb or a lead word (以|长江).
        for size in range(2, min(4, len(first)) + 1):
            k = first_end - size
            head = shared_words(text[k:first_end])[0]
            if size > 2 and len(head) >= 2 and size - len(head) >= 2:
                continue  # 去年|长江: a word of its own before a two-character name
            # 深化|长江: a two-character name after a word of two characters or more.
            after_word = size == 2 and k in bounds and k - max((b for b in bounds if b < k), default=k) >= 2
            if after_word or k in bounds and (k == 0 or not _NAME_CHAR.match(text, k - 1) or _list_verbs().search(text, max(0, k - 6), k)
                                or _ends_a_lead(text, max(0, k - 6), k)):
                start = k
                break
        else:
            continue
        items[0] = text[start : m.start() + len(first)]
        # People named like rivers (表彰了王振江、张海河、李长江等先进个人): a list of people by what follows.
        if _PEOPLE_AFTER.match(text, m.end()):
            continue
        # 大 and 小 open a river's own name (大沙河, 小清河), not a two-character one (大江、大河).
        if any(len(it) < 2 or len(it) > 4 or set(it[1:] if len(it) > 2 and it[0] in "大小" else it) & _NOT_IN_RIVER
               for it in items):
            continue
        # A lake's or sea's name is a noun; a verb or adverb reads the item as an action (抱团出海、有序出海: dev
        # wr2026-jiangxim).
        if any(it[-1] in "湖海" and any(_all_tags().get(w, "n")[0] in "vda" for w in shared_words(it)) for it in items):
            continue
        if any(it in _SEA_ZONES for it in items):
            continue  # 拓展深海、远海等战略空间: zones of the sea by depth or distance, no sea's name (review 20a)
        pos = start
        for it in items:
            out.append(Mention("LOC", pos, pos + len(it), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            pos += len(it) + 1
    return out


# Power, coal or gas carried from one province into another, each named by its one-character abbreviation
# (guide v2.2, LOC 1: 来陕考察 → 陕): 畅通北煤入渝通道, 推进三峡电、川电、疆电入渝 (Chongqing 2022 report,
# probe loc40), 积极推进外电入豫 (dev wr2026-henan). A flow that names a works project stays opaque
# (陇电入鲁工程建成投运, 陕电入皖特高压工程: dev wr2026-gansu, wr2026-anhui), as does a quoted slogan
# (推动“吉电入京”特高压输电: dev wr2026-jilin).
_FLOW = compile_cached("((?:(?:[{0}]|疆|三峡)电、)*)((?:[{0}]|疆|三峡)?)(?:电|煤|气)入([{0}])"
                       "(?!(?!通道)[{1}]|[^，。；\\n]{{0,6}}?(?:工程|项目|直流))"
                       .format("".join(w for w in load_words("loc_abbreviations") if len(w) == 1), _CJK))
_FLOW_SOURCE = re.compile("[^、电]+(?=电)")
# What every _FLOW match holds: the flow and the province it runs into. _FLOW opens with optional
# groups, so sre tries it at every character; most texts have no flow, and this scan skips them.
_FLOW_CORE = compile_cached("[电煤气]入[{0}]".format("".join(w for w in load_words("loc_abbreviations") if len(w) == 1)))


def _power_flow_ends(text: str) -> list[Mention]:
    """The provinces a flow of power, coal or gas runs from and into (``_FLOW``)."""
    if "入" not in text or not _FLOW_CORE.search(text):
        return []
    out = []
    for m in _FLOW.finditer(text):
        if "“" in text[max(0, m.start() - 2) : m.start()] or text.startswith("”", m.end()):
            continue
        spans = [(src.start(), src.end()) for src in _FLOW_SOURCE.finditer(text[: m.end(1)], m.start(1))]
        if m.end(2) > m.start(2):
            spans.append((m.start(2), m.end(2)))
        for a, b in spans:
            out.append(Mention("LOC", a, b, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
        out.append(Mention("LOC", m.start(3), m.end(3), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# Places listed with 、: two to twelve name characters an item.
_PLACE_LIST = compile_cached(f"[{_CJK}]{{2,12}}(?:、[{_CJK}]{{2,12}})+")
# A list never crosses other characters: _PLACE_LIST runs only inside stretches with a 、, since
# trying it from every character backtracks up to twelve times each.
_LIST_STRETCH = re.compile(f"[{_CJK}、]+")
# Up to the last character before a position that ends a stretch (.* jumps to the end in C, then
# steps back): where the stretch holding that position starts.
_STRETCH_BREAK = re.compile(f"(?s:.*)[^{_CJK}、]")


def _place_list_runs(text: str):
    # The stretches are found from each 、 (most stretches hold none: walking all of them in
    # Python cost twice as much).
    end = 0
    i = text.find("、")
    while i >= 0:
        brk = _STRETCH_BREAK.match(text, end, i)
        stretch = _LIST_STRETCH.match(text, brk.end() if brk else end)
        yield from _PLACE_LIST.finditer(text, stretch.start(), stretch.end())
        end = stretch.end()
        i = text.find("、", end)
# After a list of counties, the class they belong to: 4个千亿县, 等县市, 等5个城市.
# 等地 closes a list of places as well (支持珲春、集安等地发展边境游: dev wr2026-jilin), not 等地下管网 or 等地方.
_COUNTY_CLASS_AFTER = re.compile(f"等?(?:[0-9一二三四五六七八九十两]+个)?[{_CJK}]{{0,6}}?(?:县|市|城市|地区)|等地(?![下方块面区标])")


# A count of things that are no places after the list: 长白山、三江、吉光3个省实验室 (labs).
_NOT_PLACES_AFTER = re.compile(f"等?[0-9一二三四五六七八九十两]+[个家所座][{_CJK}]{{0,8}}?"
                               f"(?:实验室|中心|平台|基地|园区|企业|项目|工程|景区)")


@lru_cache(maxsize=1)
def _county_shorts() -> tuple[frozenset[str], int]:
    """Short names of counties that are no name of ``place_names()`` (昆山, 大冶; 仙桃 too, which the
    gazetteer marks on its own as a county its province administers), and the longest of them."""
    known = set(place_names())
    shorts = frozenset(p.short for p in places() if p.level == "county" and len(p.short) >= 2 and p.short not in known)
    return shorts, max(map(len, shorts), default=0)


def _split_joined_items(text: str, start: int, parts: list[str], shorts: frozenset[str], known: set) -> list[str]:
    """The parts of a place list with a middle part that joins two places by 和 or 及 split there (张家口、保定市和
    辛集、遵化、藁城市为省级园林城市: two lists joined, 河北 办字〔2010〕65号, probe full50p); 和 inside a name (和田,
    平和) joins nothing, as one side of it is no place."""
    out, k = [parts[0]], start + len(parts[0]) + 1
    for i, part in enumerate(parts[1:], 1):
        split = None
        if i < len(parts) - 1 and part not in shorts and (k, k + len(part)) not in known:
            for j, c in enumerate(part):
                if c in "和及" and 0 < j < len(part) - 1:
                    left, right = (k, k + j), (k + j + 1, k + len(part))
                    if (text[left[0]:left[1]] in shorts or left in known) and (text[right[0]:right[1]] in shorts or right in known):
                        split = j
                        break
        if split is None:
            out.append(part)
        else:
            out += [part[:split], part[split + 1 :]]
        k += len(part) + 1
    return out


def _listed_counties(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """County short names as items of a list of places (新增仙桃、潜江、宜都、大冶4个千亿县): many
    short names are common words alone (平原, 长寿), so one is a place only in a list whose every
    item is a place, with a known place among them, three counties or more, or the class after it."""
    if "、" not in text:
        return []
    shorts, longest = _county_shorts()
    known = {(m.start, m.end) for m in gazetteer}
    out = []
    for run in _place_list_runs(text):
        items, pos = [], run.start()
        parts = run.group().split("、")
        # 等 closes the list inside an item (珲春、集安等地发展边境游、跨境游: dev wr2026-jilin): the items
        # after it are another list, and the item holding it is the last place.
        closed = next((i for i, part in enumerate(parts[1:-1], 1) if "等" in part), len(parts) - 1)
        parts = parts[: closed + 1]
        run_end = run.start() + len("、".join(parts))
        if len(parts) > 2 and any(c in part for part in parts[1:-1] for c in "和及"):
            parts = _split_joined_items(text, run.start(), parts, shorts, known)
        # A middle item is a whole item: one that is no place rules the run out before the
        # dearer scans of the first and last items.
        if len(parts) > 2:
            k = run.start() + len(parts[0]) + 1
            middle = []
            for part in parts[1:-1]:
                middle.append((k, k + len(part)))
                k += len(part) + 1
            if not all(text[a:b] in shorts or (a, b) in known for a, b in middle):
                continue
        for i, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            if i == 0:
                # The first item ends the run's first stretch (新增仙桃, 重建后的汶川): its longest place
                # suffix after a verb, a function word or punctuation (not 乡村|振兴, 秦沈高铁二|通道).
                s = next((k for k in range(s, e - 1) if text[k:e] in shorts or (k, e) in known), -1)
                if s > run.start() and not _ends_a_lead(text, run.start(), s):
                    s = -1
            elif i == len(parts) - 1:
                # The last runs on (白城入选…, 大冶4个千亿县): its longest place prefix that a verb, a
                # function word or no name character follows (not 平安|陕西建设, 崖州|湾).
                e = next((k for k in range(min(e, s + max(longest, 8)), s + 1, -1)
                          if (text[s:k] in shorts or (s, k) in known) and _ends_an_item(text, k)), -1)
                if e < 0:
                    break  # the list of places ends before it
            if s < 0 or not (text[s:e] in shorts or (s, e) in known):
                items = []
                break
            items.append((s, e))
        counties = [(s, e) for s, e in items if (s, e) not in known]
        if len(items) < 2 or not counties or _NOT_PLACES_AFTER.match(text, run_end):
            continue
        if not (len(counties) < len(items) or len(counties) >= 3 or _COUNTY_CLASS_AFTER.match(text, items[-1][1])):
            continue
        out.extend(Mention("LOC", s, e, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"])
                   for s, e in counties if word_bounds(text, s, e))
    return out


# Compass regions listed before a count of regions (推动东北、西北、西南、东南四个片区内城市共同实施一批重大合作事项:
# Henan 2026 report, probe loc63w): the count names them as regions, each a LOC (guide v2.2: China's big regions are
# marked, and a province's own parts by compass name alike: 豫西, 鄂西北). Bare 西北 or 东南 is a direction elsewhere.
_COMPASS_REGIONS = "东北|西北|西南|东南|东部|西部|南部|北部|中部"
_COMPASS_LIST = re.compile(f"(?:(?:{_COMPASS_REGIONS})、)+(?:{_COMPASS_REGIONS})(?=等?[0-9一二三四五六七八九十两]+个(?:片区|区域|板块|地区))")


def _compass_regions(text: str) -> list[Mention]:
    """The compass regions of a list a count of regions follows (``_COMPASS_LIST``)."""
    if "个" not in text or "、" not in text:
        return []
    out = []
    for m in _COMPASS_LIST.finditer(text):
        pos = m.start()
        for it in m.group().split("、"):
            out.append(Mention("LOC", pos, pos + len(it), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            pos += len(it) + 1
    return out


# Rivers joined by 和 or 与 before a count of rivers (开展大黑河和美岱沟等13条河流…治理: Inner Mongolia 2026 report,
# probe loc63w): the count says the names are rivers, gullies and streams a gazetteer may not hold.
_JOINED_RIVERS = compile_cached(f"([{_CJK}]{{1,4}}?[河江沟溪渠])[和与及]([{_CJK}]{{1,4}}?[河江沟溪渠])"
                                "(?=等[0-9一二三四五六七八九十两百]+条(?:重点|主要|中小)?(?:河流|河道|河沟|沟道))")


def _joined_rivers(text: str) -> list[Mention]:
    """Both names of a pair of rivers a count of rivers follows (``_JOINED_RIVERS``)."""
    if "条" not in text:
        return []
    out = []
    for i in (m.start() for m in re.finditer("条(?:重点|主要|中小)?(?:河流|河道|河沟|沟道)", text)):
        # The first name opens after a non-name character, a verb of works or a lead word (开展|大黑河).
        # The shortest such name: the nearest start first.
        for k in range(i - 3, max(-1, i - 17), -1):
            m = _JOINED_RIVERS.match(text, k, i + 8)
            if m and (k == 0 or not _NAME_CHAR.match(text, k - 1) or _list_verbs().search(text, max(0, k - 6), k)
                      or _ends_a_lead(text, max(0, k - 6), k)):
                for g in (1, 2):
                    out.append(Mention("LOC", m.start(g), m.end(g), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
                break
    return out


# A route between two places, then its line (隆昌至叙永段扩能改造, 纳雍至六盘水等铁路, 西安至永寿等高速公路).
_ROUTE = re.compile(f"至(?=[{_CJK}]{{2,8}}?(?:段|等[^，。；\n]{{0,6}}?)?(?:铁路|高铁|高速|公路|城际|航道|客专|客运专线|、))")
# Power lines and pipelines run between their ends as well (武汉至南昌特高压工程: Jiangxi 2023 report, probe loc37).
_ROUTE_LINE_AHEAD = re.compile(f"[^，。；\n]{{0,30}}?(?:铁路|高铁|高速|公路|城际|航道|客专|客运专线|特高压|输电|输气|管道)")
# A line's section after the line, bracketed or not: 成兰铁路(成都至川主寺段), 隆黄铁路(叙永至毕节段) (Sichuan 2023).
_SECTION_ROUTE = re.compile(f"至(?=[{_CJK}]{{2,8}}?段)")
_LINE_BEFORE_SECTION = re.compile(f"(?:铁路|高铁|高速|公路|城际)[（(]?[{_CJK}]{{2,6}}$")


def _route_counties(text: str, gazetteer: list[Mention]) -> list[Mention]:
    """County short names at the ends of a route whose line follows (guide v2.2, LOC 1: the places of a
    route are LOC; 岚皋至陕渝界, 西安至永寿等高速公路, 纳雍至六盘水等铁路: dev gold, Shaanxi and Guizhou 2026;
    炉霍至新都桥高速, 攀枝花至盐源高速公路, 隆昌至叙永段: Sichuan 2025). Alone many short names are
    common words; between a place and 至, or after 至 before the line, they are the route's ends."""
    if "至" not in text:
        return []
    shorts, longest = _county_shorts()
    known = {(m.start, m.end) for m in gazetteer}
    # by start and by end: a scan of every known place per 至 was quadratic on long lists (probe review20b)
    known_at: dict[int, list[int]] = {}
    for s, e in known:
        known_at.setdefault(s, []).append(e)
    known_ends = {e for _, e in known}
    out = []
    routes = [m.start() for m in _ROUTE.finditer(text) if _ROUTE_LINE_AHEAD.match(text, m.start())]
    routes += [m.start() for m in _SECTION_ROUTE.finditer(text)
               if _LINE_BEFORE_SECTION.search(text, max(0, m.start() - 12), m.start())]
    # The line named before the works and the route (高速公路续建集安至桓仁等7个项目: Jilin 2022 report, probe loc40).
    routes += [m.start() for m in re.finditer("至", text) if _LINE_BEFORE_ROUTE.search(text, max(0, m.start() - 12), m.start() + 1)]
    for i in sorted(set(routes)):
        # Before 至: the longest county short name after a non-name character, a line, a place or a verb.
        for k in range(max(0, i - longest), i - 1):
            if text[k:i] in shorts and (k == 0 or not _NAME_CHAR.match(text, k - 1)
                                        or text.endswith(("铁路", "高速", "公路"), 0, k)
                                        or k in known_ends or _ends_a_lead(text, max(0, k - 6), k)
                                        or _list_verbs().search(text, max(0, k - 6), k)):
                out.append(Mention("LOC", k, i, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
                break
        else:
            # A route whose far end is a place starts at one too, a town, port or station no gazetteer holds
            # (董家口至五莲铁路: dev wr2026-shandong; 松江河至长白等高速公路: dev wr2026-jilin; 广珠（澳）高铁鹤洲至
            # 横琴段: dev wr2026-guangdong): the name opens the clause or list item, or follows the line or a verb.
            if any(text[i + 1 : e] not in _generic_names() for e in known_at.get(i + 1, ())) \
                    or any(text[i + 1 : k] in shorts for k in range(i + 3, i + 2 + longest)):
                k = -1 if i in known_ends else _route_start(text, i)
                if k >= 0:
                    out.append(Mention("LOC", k, i, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
        # After 至: the longest county short name that 段, 等, the line or 、 follows.
        for k in range(min(len(text), i + 1 + longest), i + 2, -1):
            if text[i + 1 : k] in shorts and text.startswith(("段", "等", "、", "铁路", "高铁", "高速", "公路", "城际", "客专", "客运专线"), k):
                out.append(Mention("LOC", i + 1, k, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
                break
        else:
            # The last stop of a chain of stops (孙吴至逊克至乌伊岭铁路: Heilongjiang 2022 report, probe loc40):
            # a stop between two 至 that is a place tells that the name after the last 至 is one too, a town
            # or forest farm no gazetteer holds. Words that class a stop name none (至城区, 至港区).
            # A route from a place likewise ends at one (富裕至加格达奇铁路: Inner Mongolia 2026; 加快推动波密至然乌段
            # 铁路建设: dev wr2026-xizang).
            last = _CHAIN_END.match(text, i + 1)
            chain = bool(out) and out[-1].end == i and text.endswith("至", 0, out[-1].start)
            before = (out and out[-1].end == i) or i in known_ends
            if last and before and not _CHAIN_END_CLASS.search(last.group(1)) \
                    and (chain or not _line_named_end(text, last)):
                out.append(Mention("LOC", i + 1, last.end(1), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# The name after a chain's last 至, up to the line or its section (乌伊岭铁路, 铁力客专, 然乌段铁路).
# A branch line's far end as well (建成包银高铁银川至巴彦浩特支线: Inner Mongolia 2026 report, probe loc63w).
_CHAIN_END = compile_cached(f"([{_CJK}]{{2,4}}?)段?(?:铁路|高铁|高速公路|高速|公路|城际|客专|客运专线|支线)")
_ROUTE_START_OPEN = set("，、。；：（(\n")
# A link road from a place to a trunk line names the line, not a stop (株洲至沪昆高速连接线, 九江至福银高速连接线,
# 南昌至沿江高铁联络线: probe review20b); the trunk's name pairs two places' characters (沪昆, 厦蓉, 长株).
_LINK_AFTER_LINE = re.compile("连接线|联络线|支线|辅助通道|延长线|互通")


def _line_named_end(text: str, last: re.Match[str]) -> bool:
    """Whether the name a route's 至 leads to (``last``, _CHAIN_END) is a trunk line's name, no stop."""
    name = last.group(1)
    if _LINK_AFTER_LINE.match(text, last.end()):
        return True
    return len(name) == 2 and all(c in _pair_chars() for c in name) and name not in place_name_set()


def _route_start(text: str, i: int) -> int:
    """Start of a route's first stop before 至 at ``i``: two to four name characters that open a clause or a
    list item, or follow a line's word or a verb that opens works (开工, 建设); -1 if none."""
    for k in range(max(0, i - 4), i - 1):
        name = text[k:i]
        # A town of three or four characters may end in 城 (太子城至锡林浩特铁路: Inner Mongolia 2026 report, probe
        # loc63w); 城 alone with one character before is a class (县城, 主城, 新城).
        if not _ALL_CJK.fullmatch(name) or _CHAIN_END_CLASS.search(name[:-1] if len(name) >= 3 and name[-1] == "城" else name) \
                or any(c in _NOT_IN_UNIT_NAME for c in name) \
                or name in function_word_tags() or name[:2] in function_word_tags():
            continue  # a verb is no stop (延伸至城区), nor opens one (推进重庆至…)
        if k == 0 or text[k - 1] in _ROUTE_START_OPEN or text.endswith(("铁路", "高铁", "高速", "公路"), 0, k) \
                or text.endswith(_ROAD_OPENERS, 0, k):
            return k
    return -1
_CHAIN_END_CLASS = re.compile("[市县区镇乡村港城省国的和与及等各]|机场|站$")


# A national or provincial road's number before its route (G110毕克齐至协力气, S22察右后旗至呼和浩特高速,
# G210白云鄂博至固阳至东河: the 2023 呼包鄂乌 measures, probe loc29; G214加卡至邦达机场段, G679线乌拉斯台
# 至奇台: dev gold, Xizang and Xinjiang 2026): the number tells that the ends are places, towns and
# villages the gazetteer does not hold.
# A part never holds 至: the ends are read by splitting at it.
# The road's letter first and the letter before it looked behind (the same test): the scan then skips
# in C to each G or S.
_CODED_ROUTE = re.compile(f"[GS](?<![A-Za-z0-9][GS])[0-9]{{1,4}}线?((?:(?:(?!至)[{_CJK}]){{2,6}}?至){{1,3}}(?:(?!至)[{_CJK}]){{2,6}}?)"
                          "(?=段|高速|公路|国道|省道|、|等|[，。；,;）)]|$)")


def _coded_route_ends(text: str) -> list[Mention]:
    """The ends (and stops) of a route a road's number opens, each a place (guide v2.2, LOC 1)."""
    out = []
    for m in _CODED_ROUTE.finditer(text):
        k = m.start(1)
        for part in m.group(1).split("至"):
            out.append(Mention("LOC", k, k + len(part), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            k += len(part) + 1
    return out


# An office or board a basin or zone names, its name before the head (赣江流域生态环境监督管理办公室), or the
# head right after the site (首都国际机场管理委员会, …首都国际机场协调委员会: dev sc19-46 marks no LOC inside them).
_OFFICE_AFTER = re.compile(f"([{_CJK}]{{0,12}}?)(?:办公室|管理局|管理处|管理委员会|管委会|领导小组|协调委员会)")


def _opens_an_office(text: str, end: int) -> bool:
    """Whether the words after a site name an office of its own: a name (no verb first) up to the head."""
    o = _OFFICE_AFTER.match(text, end)
    return bool(o) and _name_words(text, end, o.end(1))


_LIST_LEAD_POS = ("v", "p", "c", "d")


def _ends_a_lead(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, before a list's first place, ends with a verb, a preposition,
    a conjunction, an adverb or 的 (jieba's words)."""
    words = shared_words(text[start:end])
    last = words[-1] if words else ""
    return last in ("的", "了") or function_word_tags().get(last, "n").startswith(_LIST_LEAD_POS)


def _ends_an_item(text: str, end: int) -> bool:
    """Whether a list's last place may end at ``end``: no name character, 等/和/及/与, a count of
    the places and their class, or a verb, preposition, conjunction or adverb after it, and a
    word boundary there."""
    if end >= len(text) or not _NAME_CHAR.match(text, end) or text[end] in "等和及与" \
            or _COUNT_CLASS_AFTER.match(text, end):
        return True
    words = shared_words(text[end : end + 8])
    return bool(words) and function_word_tags().get(words[0], "n").startswith(_LIST_LEAD_POS) \
        and word_bounds(text, end, end + len(words[0]))


def _country_locs(text: str) -> list[Mention]:
    """中国 / 中华人民共和国 as the country (在中国境内, 中国的发展历程, 适应中国国情), and 中国 as the
    subject of its clause (中国取得举世瞩目成就, 不得带中国关注的检疫性有害生物)."""
    out = []
    for m in _loc_patterns().country.finditer(text):
        if at_word_start(text, m.start(), m.end()) and _stands_as_place(text, m.start(), m.end()):
            out.append(Mention("LOC", m.start(), m.end(), "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    found = {m.start for m in out}
    for i in _find_all(text, "中国"):
        if i not in found and (_country_subject(text, i, i + 2) or _country_superlative(text, i, i + 2)):
            out.append(Mention("LOC", i, i + 2, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
    return out


# 中国 as the subject of a verb is the country that acts (guide v2.2, LOC 1; dev pt-102676 marks 中国取得举世瞩目
# 成就, 世界好，中国才能好, 中国举办国际进口博览会; 不得带中国关注的检疫性有害生物: 海关总署 公告 on Russian
# soybeans, probe loc51p). The verbs that make 中国 a name or a slogan are left (中国制造, 中国建设银行, 新中国
# 成立, 中国消费, dev sc-report-2014 and wr2026 leave them so), and so is the clause's object (建设中国, 让中国…
# needs a clause end or a verb before 中国: the object of 带/让/使 is the subject of the verb after it).
_COUNTRY_NAME_VERBS = frozenset("制造 智造 创造 建设 成立 消费 设计 加油 速度 故事 方案 经验".split())
_COUNTRY_SUBJECT_BEFORE = frozenset("带 让 使 令 促使 推动 帮助 希望 支持".split())


def _country_superlative(text: str, start: int, end: int) -> bool:
    """Whether the bare 中国 at ``text[start:end]`` is the country a superlative ranks in (努力把云南建设成为
    中国最美丽省份: 云政函〔2021〕25号, probe full50p; guide v2.2, LOC 1: a place that qualifies a noun phrase);
    not the supreme court's or procuratorate's country prefix (中国最高人民法院)."""
    return text.startswith("最", end) and not text.startswith("最高人民", end) and word_bounds(text, start, end) \
        and not _HONOUR_BEFORE.search(text, max(0, start - 4), start) and not _HONOUR_AFTER.match(text, end) \
        and _stands_as_place(text, start, end)


# A superlative conferred or contested is the name of an honour, its 中国 no place (guide v2.2, LOC 2): 荣获中国最佳
# 旅游城市称号, 婺源县获评中国最美乡村, 中国最美县城评选活动 (review24).
# A quoted name that 成为 中国最… (“北驾祁连·9号公路”成为中国最美自驾线路: Qinghai 2026, among 入选/获评 honours)
# was ranked so, unlike a goal of building a place into one (把云南建设成为中国最美丽省份).
_HONOUR_BEFORE = re.compile("(?:荣获|获评|评为|获得|入选|授予|荣膺|获|摘得|命名为|[“‘「《]|[”」』]成为)$")
_HONOUR_AFTER = re.compile("[^，,。；;：:、\n”」》]{0,20}?(?:称号|榜单|排行榜|评选|荣誉|奖(?![励补]))")


def _country_subject(text: str, start: int, end: int) -> bool:
    """Whether the bare 中国 at ``text[start:end]`` is the subject of the verb right after it: a whole
    word, at a clause's start or after a causative verb, with a verb or an auxiliary after it."""
    if start and text[start - 1] not in "，。；：！？、\n“ \u3000" \
            and not any(text.endswith(w, 0, start) for w in _COUNTRY_SUBJECT_BEFORE):
        return False
    if (start >= 2 and text.endswith("一个", 0, start)) or not word_bounds(text, start, end):
        return False
    words = shared_words(text[end : end + 8])
    nxt = words[0] if words else ""
    if not nxt or nxt in _COUNTRY_NAME_VERBS or not all(_NAME_CHAR.match(c) for c in nxt):
        return False
    return function_word_tags().get(nxt, "n").startswith(("v", "d")) and _stands_as_place(text, start, end)


def _inside_a_named_centre(text: str, start: int, end: int) -> bool:
    """Whether the place is a word inside the name of a centre that a noun opens before it
    (国际葡萄与葡萄酒|宁夏|交流合作中心: Ningxia 2026 report): a centre's name head follows the place
    with name words only, and the word before it is a noun of the same stretch, not a verb,
    preposition or punctuation (支持|宁夏…, 在|宁夏…)."""
    if start == 0 or not _NAME_CHAR.match(text, start - 1):
        return False
    pat = _loc_patterns()
    m = pat.opens.match(text, end)
    head = m and pat.heads.search(text, end, m.end())
    if not head or not head.group().endswith("中心") or any(c in _ORG_STOP for c in text[end : head.start()]):
        return False
    lo = max(0, start - 8)
    words = shared_words(text[lo:start])
    if not words or len(words[-1]) < 2 or not all(_NAME_CHAR.match(c) for c in words[-1]):
        return False
    return function_word_tags().get(words[-1], "n").startswith("n") and words[-1] not in _place_words()


# A hydro-junction is a works project named after its river or site, never a place (那棱格勒河水利枢纽
# 下闸蓄水: Qinghai 2026; 长江三峡水利枢纽二期工程: sc-report 2003; 乌拉哈达水利枢纽, 东庄水利枢纽: Hebei,
# Shaanxi 2026: the dev gold marks none of them, nor the place before them).
_WORKS_AFTER_NAME = ("水利枢纽",)


def _adverb_system(text: str, end: int, head_end: int) -> bool:
    """Whether 系统 right after a place is the adverb (systematically) before a verb, no system's
    name: 促进陕南系统迈向绿色循环发展 (Shaanxi 2022 report, probe loc40)."""
    if head_end != end + 2 or not text.startswith("系统", end):
        return False
    words = shared_words(text[head_end : head_end + 6])
    return bool(words) and function_word_tags().get(words[0], "n").startswith("v")


@lru_cache(maxsize=1)
def _quoted_event_pattern() -> re.Pattern[str]:
    events = alternation(load_words("loc_name_events"))
    return re.compile(f"“[^”\n，。；、]{{1,10}}”[{_CJK}]{{0,8}}?(?:{events})")


def _quoted_event(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens an event's name with a quoted nickname inside
    (guide v2.2, LOC 2: forums and fairs are names, the place inside is not marked): 办好中国西藏“环喜马拉雅”
    国际合作论坛 (Xizang 2026 report); 第三届郑州—卢森堡“空中丝绸之路”国际合作论坛 (dev wr2026-henanm, unmarked)."""
    return text.startswith("“", end) and _quoted_event_pattern().match(text, end) is not None


# A quoted date code after a place names a disaster or an incident (葫芦岛“8·20”灾后基础设施全面恢复: Liaoning 2026
# report, probe loc63w; 镇雄“1·22”…: Yunnan 2026): guide v2.2, LOC 2, named disasters leave the place unmarked.
_QUOTED_DATE_CODE = re.compile("“[0-9０-９]{1,2}[·・.•][0-9０-９]{1,2}”")


def _opens_a_name(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` opens a longer name (广州市南国学校,
    天河区人才公寓申请表): the guide marks that name, or nothing, never the place."""
    if text.startswith(_WORKS_AFTER_NAME, end) or _GROUP_AFTER.match(text, end):
        return True
    if text.startswith(tuple(_CLASS_OF_CITIES), end):
        return False  # the city's class, no name it opens (包头老工业基地)
    pat = _loc_patterns()
    if _quoted_event(text, end) or _QUOTED_DATE_CODE.match(text, end):
        return True
    m = pat.opens.match(text, end)
    if not m:
        return False
    head = pat.heads.search(text, end, m.end()) or pat.events.search(text, end, m.end())
    if head and head.start() > end:
        ends = shared_word_ends(text[end : head.end() + 6])
        if head.start() - end not in ends and head.end() - end not in ends:
            # A head read across two words is none: 分行 in 开封市部分行政区划 (部分|行政区划; Henan's
            # notice on 开封's districts, zzwb.zynews.cn 2014-10-22, probe loc29).
            return False
    if _COUNT_AFTER_NAME.match(text, m.end()):
        # A count after the head makes it a class of things the place qualifies, no one's name:
        # 新建长三角绿色农产品生产加工供应基地100个 (Anhui 2025 report, probe org27).
        return False
    middle_end = head.start() if head else m.end()
    middle = text[end:middle_end]
    if head and middle in _SCHOOL_OWNERSHIP and head.group().endswith(_SCHOOL_HEADS):
        # A school's ownership makes a kind of school, no school's name, as 天河区小学 below: the place stands
        # (放弃天河区公办学校学位, 申请入读天河区公办中学: dev gz-5 marks 天河区; 成都市实验小学 keeps its name).
        return False
    if head and middle and pat.events.fullmatch(head.group()):
        words = shared_words(middle)
        if len(words) == 1 and function_word_tags().get(words[0]) == "v":
            return False  # the place hosts the event, a verb between: 在江西召开新闻发布会, 在成都举办推介会
    if head and head.group() in _SYSTEM_HEADS and "和" in middle and middle.endswith(_SERVICE_WORDS) and not any(
            _longest(_loc_tables()[0], text, end + i + 1) > 0 for i, c in enumerate(middle) if c == "和"):
        # A platform's or system's name joins two services with 和 (广东省职业技能培训和评价服务平台),
        # a service, information or management platform (not 白洋淀生态整体修复和环境系统治理).
        middle = middle.replace("和", "")
        if not any(c in _ORG_STOP for c in middle) and _name_words(text, end, middle_end, joined=True):
            return True
    # A stop character ends the name (等 inside 高等研究院 does not); so does a superlative, which
    # describes the name after it (亚洲|最大专业货运机场花湖国际机场).
    if any(c in _ORG_STOP for c in middle) or "最" in middle or not _name_words(text, end, middle_end):
        return False  # 吉林省白城市以微信公众服务平台: the place is the subject
    # 天河区小学 (the district's primary schools) has no name of its own: the place stands;
    # 北京奥运会 needs none.
    return not pat.heads.fullmatch(text, end, m.end()) or bool(pat.events.fullmatch(text, end, m.end()))


_COUNT_AFTER_NAME = re.compile("[0-9一二三四五六七八九十百千]+(?:个|家|处|座|所)")
_SCHOOL_HEADS = ("学校", "中学", "小学", "幼儿园", "初中", "高中")
_SCHOOL_OWNERSHIP = frozenset({"公办", "民办", "公立", "私立", "普惠", "普惠性", "公办普惠性", "民办普惠性"})


# A leading group's name a place opens, a short bracket inside it (云南省河（湖）长制领导小组, 龙陵县
# 河长制领导小组: Longling 2019; 武汉市乡村休闲游（赏花游）发展领导小组办公室: Wuhan 2023); dev sc19-14
# leaves 京津冀 unmarked in 京津冀协同发展领导小组.
# The bracket may be ASCII's (云南省河(湖)长制领导小组: the same Longling plan as a portal prints it, probe loc51p).
_GROUP_AFTER = re.compile(f"[{_CJK}]{{0,10}}(?:[（(][{_CJK}]{{1,4}}[）)][{_CJK}]{{0,10}})?领导小组")


# Names of the collective era that jieba tags as verbs and that villages and communities bear in every province
# (南岗区前进社区, 永安镇联合村, 城关镇建设村): a name after the place, not a verb taking the unit (review19).
_VERB_VILLAGE_NAMES = frozenset(("前进", "建设", "联合", "胜利", "创新", "发展", "解放", "振兴", "改革", "合作", "奋斗",
                                 "互助", "跃进", "先进", "共和", "民主", "团结", "新建"))


def _extend(text: str, end: int) -> int:
    """End of the LOC that starts with a place ending at ``end``: a named zone after it
    (重庆高新区, 中国（上海）自由贸易试验区), or the townships, villages, streets and
    numbers of an address (肥东县张集乡胡巷村, 广州市天河区范屋路145号)."""
    pat = _loc_patterns()
    unit, stops = pat.unit, pat.stops
    z = pat.zones.match(text, end)
    if z:
        return z.end()
    best = end
    frontier = [end]
    seen = set()
    while frontier:
        pos = frontier.pop()
        if pos in seen:
            continue
        seen.add(pos)
        # A unit's own name: one to five name characters, then the unit word.
        for k in range(pos + 1, min(pos + 6, len(text)) + 1):
            if not _NAME_CHAR.match(text, k - 1) or text[k - 1] in _NOT_IN_UNIT_NAME:
                break
            u = unit.match(text, k)
            if not u or text[pos:k].startswith(("各", "全", "本", "该", "我", "其")):
                continue
            if k - pos == 1 and text[pos] in _ORG_STOP:
                continue  # 德阳市和镇…: a function word, not a one-character name
            if pos == end and u.group() in ("社区", "村") and _all_tags().get(text[pos:k]) in ("v", "vn") \
                    and text[pos:k] not in _VERB_VILLAGE_NAMES:
                continue  # a verb after the place takes the community as its object: 在文昌搭建社区门诊 (probe org52p)
            if text[pos : u.end()] in stops or _UNIT_INSIDE.search(text, pos + 1, k) \
                    or _clause_before_stop(text, pos, u.end(), stops, len(u.group())):
                continue
            nxt = u.end()
            # A road's section may stand before the number: 西安市雁塔区雁塔路南段10号 (陕西省委教育工委 2022 公示,
            # probe org26), 人民南路四段.
            sec = _ROAD_SECTION.match(text, nxt) if u.group() in ("路", "街", "大道", "大街") else None
            n = _NUMBER.match(text, sec.end() if sec else nxt)
            if n and u.group() in ("路", "街", "大道", "大街", "巷"):
                nxt = n.end()
            frontier.append(nxt)
            # A township of the divisions table ends an address too (彬州市城关街道开展: probe loc26).
            if nxt > best and (text.endswith(_COMPLETE, pos, nxt) or not _NAME_CHAR.match(text, nxt)
                               or (u.group() in ("镇", "乡", "街道") and text[pos:nxt] in townships())):
                best = nxt
    return best


def _clause_before_stop(text: str, pos: int, end: int, stops: frozenset[str], unit: int) -> bool:
    """Whether ``text[pos:end]`` is a clause ending in a common noun, not a unit's name: a verb or an
    adverb before a word of ``loc_unit_stops`` (延安市|持续推进农村, 曲水县|创新脱贫思路; not 螺山村)."""
    stop = next((w for w in stops if unit < len(w) < end - pos and text.endswith(w, pos, end)), None)
    if stop is None:
        return False
    words = shared_words(text[pos : end - len(stop)])
    return any(function_word_tags().get(w, "n").startswith(("v", "d")) for w in words)


# A village or township word with two characters after it inside a unit's own name (past its first
# character, which may be the last unit's: 埇桥区桃园|镇吕寺村): the unit ended
# there (林芝市嘎拉村|全体村民: 全体 is no village name); 张村镇 is a name.
_UNIT_INSIDE = re.compile("[村镇乡][^村镇乡]{2}")


def _inside_a_name(text: str, m: Mention) -> bool:
    if text.endswith("大厅", m.start, m.end):
        return False
    if (text.endswith("至", 0, m.start) or text.startswith("至", m.end)) and _ROUTE_LINE_AHEAD.match(text, m.end):
        return False  # the end of a route its line names (攀枝花至盐源高速公路等项目: Sichuan 2025; guide LOC 1)
    if text.startswith("段", m.end) and m.end + 1 < len(text) and text[m.end + 1] in "等、，,。；" \
            and text[m.start:m.end] in _division_names():
        return False  # a line's section in a province, then a list's end: 西气东输三线江西段等项目 (Jiangxi 2017
        # report, probe loc37), as 合新高铁安徽段 in dev wr2026-anhui
    if m.end - m.start == 2 and _PAIR_LINE.match(text, m.end) and text[m.start:m.end] in _region_words() \
            and not any(c in "东西南北中" for c in text[m.start:m.end]):
        return True  # two cities' characters open a line's name, a project (昌九高铁, 长赣高铁: Jiangxi 2023
        # report, probe loc37; dev gold leaves such lines unmarked); a compass region qualifies (南北疆铁路环网)
    if text.startswith("保卫战", m.end):
        return True  # a campaign named after the place it defends (全力支援大上海保卫战: Jiangxi 2023 report, probe
        # loc37; 湖北保卫战、武汉保卫战: 2020 State Council report), guide v2.2, LOC 2
    if _FREIGHT_TRAIN.match(text, m.end):
        return True  # the China-Europe freight trains are a service (guide v2.2, LOC 2: 中欧班列), also written
        # with the Asian lines (中欧（亚）班列: dev wr2026-henan, henanm; 中欧中亚班列: dev wr2026-shanxi)
    if _RIVER_FISHING_BAN.match(text, m.end):
        return True  # the ten-year fishing ban is a national campaign named after its river (guide v2.2, LOC 2:
        # campaigns; dev wr2026-anhuim leaves 长江十年禁渔连续4次获评全国优秀 unmarked; 持续推进长江十年禁渔:
        # State Council 2024 report, probe loc53s)
    if _PLACE_CAMPAIGN.match(text, m.end):
        return True  # the national desert and river campaigns named after their ground (guide v2.2, LOC 2; dev
        # wr2026-shaanxim 打好黄河“几字弯”攻坚战 and wr2026-liaoningm 科尔沁沙地歼灭战 unmarked; 打好河西走廊—塔克拉玛干
        # 沙漠边缘阻击战: Gansu and Xinjiang 2026, probe loc42)
    if _PLACE_SPIRIT.match(text, m.end):
        return True  # a spirit named after its place (弘扬井冈山精神、大庆精神; dev wr2026-shandongm leaves 沂蒙精神
        # unmarked), guide v2.2, LOC 2; the mental-health words (广州市精神卫生中心) and a place's 精神面貌 are no spirit
    known = _org_names().match(text, m.start)
    if known and known.end() > m.end:
        return True  # a known enterprise a place opens: 吉林化纤碳纤维量质齐升
    if _is_abbreviation_run(text[m.start:m.end]) and not _abbr_project_after(text, m.end):
        return False  # provinces joined qualify the programme they share, no project's own name: 实施闽台乡建乡创合作
        # 提升项目, 深入推进闽台历史展示溯源工程 (dev wr2026-fujianm marks 闽台 in both); their lines and links are
        # left out before (_ABBR_PROJECT: 陕皖直流输电工程)
    # Only a bare short name (四川, 自贡) opens such a name; 绵阳市 stands alone.
    # The words up to the head must read as a name: a place before a time word or a verb is the
    # subject of its clause (湖北全年招商引资签约亿元以上项目6956个: Hubei 2025 report, probe loc25).
    # A system's name may open with a verb (深圳独立坐标系统: dev sc19-44): only works, projects and
    # platforms are tested.
    n = _NAME_OF_THING.match(text, m.end)
    head = _THING_HEAD.search(text, m.end, n.end()) if n else None
    if m.end - m.start == 2 and n and not _opens_infrastructure(text, m.start, m.end) \
            and not _partner_platform(text, m.start, m.end) \
            and not _adverb_system(text, m.end, n.end()) \
            and not _after_listed_place(text, m.start) \
            and (head.group() == "系统" or _thing_name_words(text, m.end, head.start())):
        return True  # an airport before 等项目 is a site, not a project's name: 临夏机场等项目前期
    # A bare short name right before 班列 names a freight service, like 中欧班列 (guide v2.2, LOC 2):
    # 促进中欧中亚班列扩量提质 (Shanxi 2026), 中亚班列（澜湄快线）开行超2700列 (Yunnan 2026); a city before
    # another service's name stays a place (乌兰察布中欧班列节点城市: Inner Mongolia 2026).
    if m.end - m.start == 2 and text.startswith("班列", m.end) and not text.endswith("至", 0, m.start):
        return True
    # Any place opens the name of a works project that runs on to 工程 or 项目 (实施长春市饮用水安全保供
    # 工程, 贺兰山东麓防洪治理工程; annotators' notes: project names are opaque).
    # Only a division opens one (rivers, basins and zones are the scene of the works: 石羊河流域调水项目),
    # and the words between name the works, with no verb of action (深化工程建设项目) or class (重大项目).
    p = _PROJECT_NAME.match(text, m.end)
    # The last place of a list keeps its LOC like the others (推进西宁市、海东市地质灾害避险搬迁工程).
    if p and text[m.start:m.end] in _division_names() and not _NOT_A_PROJECT_NAME.search(p.group("name")) \
            and not p.group("name").startswith(_RENEWAL_CLASSES) \
            and not (m.start > 0 and text[m.start - 1] == "、") \
            and _name_words(text, m.end, p.end("name")):
        return True
    # The model's span may run into the name (广州市城市|总体规划): its division, the longest head, opens it.
    k = next((k for k in range(m.end, m.start + 1, -1) if text[m.start:k] in _division_names()), m.end)
    q = _PLAN_NAME.match(text, k)
    if q and text[m.start:k] in _division_names() and not _NOT_A_PROJECT_NAME.search(q.group("name")) \
            and not _NOT_A_PLAN_NAME.search(q.group("name")) \
            and not (m.start > 0 and text[m.start - 1] == "、") and _name_words(text, k, q.end("name")) \
            and function_word_tags().get(shared_words(q.group("name"))[0], "n")[0] not in "vdm":
        return True  # a verb first makes the place the subject (广州市编制应急预案)
    # Inside “…” when an opening quote precedes on the same stretch with no close.
    left = text.rfind("“", max(0, m.start - 40), m.start)
    if left >= 0 and "”" not in text[left : m.start] and "\n" not in text[left : m.start]:
        q = _QUOTED.match(text, left)
        if q and (_SPOKEN.search(text, left + 1, q.end() - 1) or _quoted_clauses(text[left + 1 : q.end() - 1])):
            return False  # a quoted sentence is speech, not a name: “雄安新区拔节生长。” (Hebei 2025, probe loc25)
        if q and text[m.start - 1] in "“、" and _QUOTED_PLACE_LIST.fullmatch(text, left + 1, q.end() - 1) \
                and _PLACE_PROCESS.fullmatch(text, m.end, _QUOTED_ITEM_END.search(text, m.end, q.end()).start()):
            return False  # a quoted list of places and what they do (guide v2.2, LOC 1): “滇中崛起、沿边开放、
            # 滇东北开发、滇西一体化” (云政办发〔2022〕25号, probe loc29)
        if q and q.start() + 1 == m.start and q.end() - 1 == m.end and not _QUOTED_BRAND_AFTER.match(text, q.end()):
            return False  # a place that is the whole quote is named, no name inside it: 向“通武廊”延伸, 支持“黎从榕”
            # 打造 (dev wr2026-tianjin, wr2026-guizhoum), “长江经济带”, “中国光谷”: the dev gold marks all 10 such quotes
        if q and q.start() + 1 == m.start and _quoted_zone_end().search(text, m.end, q.end() - 1) \
                and not _QUOTED_BRAND_AFTER.match(text, q.end()):
            return False  # a quoted zone's name the place opens is the zone, a site (guide v2.2, LOC 3): 名称为
            # “甘肃省张掖高新技术产业开发区” (甘肃省人民政府 reply of 2018, probe loc66p); tag_locs runs it over the zone
        # A quoted route names its cities (guide v2.2, LOC 1: the cities of a route are LOCs):
        # “西宁—成都—曼谷”全货机联程航线首次开通 (Qinghai 2026 report).
        return bool(q and q.end() >= m.end) and not _QUOTED_ROUTE.fullmatch(text, left + 1, q.end() - 1)
    return False


# What makes a quoted place a brand's or a service's name: 扩大“渝新欧”商标影响力 (dev pt-10809 leaves it unmarked);
# a programme's, a campaign's or an award's too (guide v2.2, LOC 2): 实施“天山”英才计划, 推进“泰山”人才工程 (review11).
_QUOTED_BRAND_AFTER = re.compile("商标|品牌|班列|号|杯|奖|(?:[人英]才|学者|工匠|专项)?(?:工程|计划|行动)")


# A quote of clauses, one of them six characters or more, is a charge or a line of policy, no name (dev gold
# marks the places: 赋予我们“在推动新时代东北全面振兴取得新突破上勇于争先，奋力谱写中国式现代化辽宁篇章”新的时代使命,
# wr2026-liaoning; “中央关心西藏，全国支援西藏”, sc19-52). A slogan's clauses are short and it stays a name
# (“这么近，那么美，周末到河北”: unmarked in dev wr2026-hebei; guide v2.2, LOC 2).
_CLAUSE_BREAK = re.compile("[，；]")


def _quoted_clauses(inner: str) -> bool:
    parts = _CLAUSE_BREAK.split(inner)
    return len(parts) > 1 and max(len(p) for p in parts) >= 6


_PAIR_LINE = re.compile("高铁|铁路|城际|高速")
# A partner after 与 or 同 is a place a platform of cooperation is built with, not the platform's name (guide v2.2,
# LOC 1): 搭建与港澳高水平合作平台 (Hubei 2026).
_PARTNER_PLATFORM = compile_cached(f"[{_CJK}]{{0,6}}?(?:合作|交流)[{_CJK}]{{0,2}}平台")


def _after_listed_place(text: str, start: int) -> bool:
    """Whether a place follows 、 after another place: the last item of a list of places, which keeps its LOC like
    the others before a project's head (加快推进向金门、马祖通水通电通气通桥大陆侧项目: dev wr2026-fujianm)."""
    return start > 2 and text[start - 1] == "、" and (text[start - 3 : start - 1] in _place_words()
                                                     or text[max(0, start - 4) : start - 1] in _place_words())


def _partner_platform(text: str, start: int, end: int) -> bool:
    return text.endswith(("与", "同"), 0, start) and _PARTNER_PLATFORM.match(text, end) is not None
# A campaign after its ground: the rest of a dash-joined ground, a quoted part, 边缘, then the battle word.
_PLACE_CAMPAIGN = compile_cached(f"(?:[—－][{_CJK}]{{2,10}}?)?(?:“[^”\n]{{1,6}}”)?(?:边缘)?(?:攻坚战|歼灭战|阻击战)")
# The China-Europe freight trains, with the Asian lines written in (中欧（亚）班列, 中欧中亚班列).
_FREIGHT_TRAIN = re.compile("(?:（亚）|\\(亚\\)|[、—－]?中亚)?班列")
# The river's ten-year fishing ban, a campaign (长江十年禁渔); 禁渔期 and 禁渔区 stay a season and a zone.
_RIVER_FISHING_BAN = re.compile("(?:十年)?禁(?:渔|捕)(?![期区])")
_PLACE_SPIRIT = re.compile("精神(?!卫生|病|文明|障碍|科|疾|残|康复|专|面貌|风貌|状态)")
# What jieba joins to a region word before it (中美关系, 中英两国, 港澳同胞): the region stands as a place there.
_JOINED_AFTER_REGION = re.compile("关系|两国|同胞")


# A region's strategy written as a quoted list of short clauses, each a place and a process.
_QUOTED_PLACE_LIST = re.compile(f"[{_CJK}]{{2,7}}(?:、[{_CJK}]{{2,7}}){{2,}}")
_QUOTED_ITEM_END = re.compile("[、”]")
# What a region does in such a list; a product or brand after it is no process (延边黄牛).
_PLACE_PROCESS = re.compile("崛起|开放|开发|发展|振兴|一体化|转型|协同|联动|融合|提升|突破|升级|跨越|带动|保护")


_QUOTED_ROUTE = re.compile(f"[{_CJK}]{{2,8}}(?:[—－\\-]+[{_CJK}]{{2,8}})+")


# Words that a division's level character opens with the character after it.
_LEVEL_WORDS = ("区域", "县域", "市域", "省域", "县级", "市级", "区级", "州级", "市场", "市民", "县乡", "区县", "县区")


def _gazetteer_locs(text: str) -> list[Mention]:
    names, pairs, prefixes, start, starts = _loc_tables()
    # Where a hall suffix starts (it cannot overlap itself), and its end.
    halls = {m.start(): m.end() for m in _HALL.finditer(text)} \
        if "大厅" in text or "会堂" in text or "礼堂" in text else {}  # each hall ends so
    # Every position that can start a match: a start character opening a prefix, or one before a hall.
    cands = start.narrowed(text)  # the words of both tables stand there whole or by three characters
    if halls:
        cands = sorted(set(cands).union(h - 1 for h in halls if h and text[h - 1] in starts))
    out = []
    pos = 0
    for i in cands:
        if i < pos:
            continue
        end = _loc_at(names, pairs, halls, text, i)
        if end > i and text.startswith(_LEVEL_WORDS, end - 1):
            # 县域, 市场: the level character opens the next word (和县域经济, 西安区域科技创新中心,
            # 上海市场): the shorter name before it, if any, is the place.
            end = next((e for e in _ends(names, text, i) if e < end and not text.startswith(_LEVEL_WORDS, e - 1)), -1)
        if end > i and not word_bounds(text, i, end, full=text.endswith(_FULL_END, i, end)) \
                and not _after_joined_preposition(text, i, end) \
                and not _after_joined_verb(text, i, end) \
                and not (_ABROAD_WORD_AFTER.match(text, end) and text[i:end] in _abroad_names()
                         and at_word_start(text, i, end)) \
                and not (text.startswith("港", end) and not _NOT_A_PORT.match(text, end + 1)
                         and at_word_start(text, i, end)) \
                and not (text[end - 1] == "江" and text.startswith("河", end) and at_word_start(text, i, end)) \
                and not (text.startswith(_AIRPORT_WORDS, end) and at_word_start(text, i, end)) \
                and not (text.startswith("地区", end) and text[i:end] in _region_words()
                         and word_bounds(text, i, end + 2)) \
                and not ((text[i:end] in _region_words() or text.startswith("同胞", end))
                         and _JOINED_AFTER_REGION.match(text, end) and at_word_start(text, i, end)):
            # jieba's 中美关系, 中英两国, 港澳同胞: two countries before their relation, a region before its people
            # (中美关系在经历较大的波折之后, 中英两国政府代表: State Council 1997 and 1994 reports; 祖国内地人民将与港澳
            # 同胞携手奋进: 2011 report); any place before its 同胞 is a place qualifying its people (guide v2.2,
            # LOC 1: 港澳居民; dev wr2026-shanghaim marks 台湾 in 台湾同胞; 与广大台湾同胞一道: 2005 report, probe loc53s)
            # jieba's 天津港, 日照港: a port (tag_locs); 信|江河|长: a river's chief (谢亦森为信江河长: 人民网
            # 2015 on Jiangxi's river chiefs, probe loc29)
            # jieba's 首都机场, 首都国际机场: the airport the place opens (dev sc19-46 marks 首都国际机场)
            # jieba's 西北地区 after a region's 粤东: the region and 地区 are one name (向粤东西北地区转移落户
            # 项目26个: 珠海 2018 report, probe loc37), which tag_locs extends over 地区
            continue  # 重庆 in 隆重庆祝, 保定 in 医保定点: inside another word
        if end > i:
            # 首都北京 (jieba's one word): the capital's name after 首都 is the place (赴首都北京等地:
            # Xinjiang 2026; 在我国首都北京建设, 首都北京今年: State Council reports).
            s = i + 2 if text.startswith("首都", i) and end > i + 2 else i
            out.append(Mention("LOC", s, end, "loc.gazetteer", {}, priority=PRIORITY["loc.gazetteer"]))
            pos = end
    return out


def _after_joined_preposition(text: str, i: int, end: int) -> bool:
    """Whether a full name of four characters or more (西咸新区) starts inside jieba's word of a preposition
    and its first character (以|西 in 以西咸新区为纽带: Shaanxi 2025 report, probe org27): a name still."""
    return end - i >= 4 and text.endswith(_FULL_END, i, end) and i > 0 and text[i - 1] in "以在与和对向从于至" \
        and at_word_start(text, i - 1, end) and at_word_start(text, i + 1, end)


# Verbs of building whose last character jieba joins with a name's first (打造|成渝 read 打|造成|渝, 共建|成渝
# read 共|建成|渝): 协力打造成渝地区双城经济圈建设合作样板 (沙坪坝区 2023-09-28; probe org52p).
_BUILDING_VERBS = ("打造", "营造", "塑造", "建造", "共建", "创建", "构建", "组建", "新建", "援建")


def _after_joined_verb(text: str, i: int, end: int) -> bool:
    """Whether a region's or a full name of four characters or more starts inside jieba's word of a building
    verb's last character and its own first (打造|成渝地区双城经济圈): a name still."""
    return end - i >= 4 and i > 1 and text.endswith(_BUILDING_VERBS, 0, i) \
        and (text.endswith(_FULL_END, i, end) or text[i:end] in _place_words()) \
        and at_word_start(text, i - 2, end) and at_word_start(text, i + 1, end)


_AIRPORT_WORDS = ("机场", "国际机场")


# jieba joins a world region or a state with the noun after it into one word (西欧国家, 东欧各国,
# 中东问题: sc-report 1979 and other readable State Council reports); the region is still a word.
_ABROAD_WORD_AFTER = re.compile("国家|各国|问题")


@lru_cache(maxsize=1)
def _abroad_names() -> frozenset[str]:
    """World regions (``world_regions.txt``) and foreign states."""
    return frozenset(load_words("world_regions")) | _foreign_states()


# After a model PERSON span, words that make it a place in a line's name (沈白高铁).
_LINE_AFTER = re.compile("高铁|铁路|高速|城际|公路|机场|至")
# Lines and roads are projects, not places (宁九高速公路, 南疆铁路; annotators' notes).
_LINE_END = re.compile("(?:高铁|铁路|高速|高速公路|公路|城际|城际铁路)$")


def drop_unnamed(text: str, mentions: list[Mention], ctx: Context | None = None) -> list[Mention]:
    """``mentions`` without the model's ORG, LOC and PERSON spans that the rules reject in the
    same place: an ORG that is a class (中医医院 in 三级公立中医医院); the country opening a name
    (中国企业500强); a common noun (江河, 南大门: ``loc_generic_names.txt``); a place inside a quoted
    slogan or a name (“乐购辽宁”, 广东政务服务网, 崂山实验室), in a slogan (新中国), on a route
    (济南至宁津, 贺兰山至阴山段), a bare place opening a facility, a line (宁九高速公路); a PERSON that is a
    place or a province and one character (阿克塞, 沈白高铁, 世界侨商海南行) or opens a doctrine outside
    central documents, or qualifies 文化 (朱子文化: a tradition). A PERSON that swallowed
    the 作 of a byline is cut before it (张工|作政府工作报告)."""
    central = bool(ctx and ctx.central)
    titles = _own_title_spans(text, ctx)
    out = []
    for m in mentions:
        if m.label == "LOC":
            m = _cut_at_predicate(text, m)
            if m is None or _unknown_county(text, m):
                continue
        if m.label == "LOC" and any(a <= m.start and m.end <= b for a, b in titles):
            continue  # the document's own title line and its repeat (guide v2.2, LOC 4)
        if m.label == "LOC" and m.start >= 2 and text[m.start - 2 : m.start] == "为“" and text.startswith("”", m.end) \
                and text[m.start:m.end] not in place_name_set():
            # The title an award or a naming confers, quoted whole after 为 (命名…为“云南省美丽县城”: 云政函〔2021〕25号,
            # probe full50p; 被评为“全省粮食生产先进市”): a name of an honour, no place (guide v2.2, LOC 2).
            continue
        if m.label == "LOC" and text.startswith("祖国", max(0, m.start - 2)) and m.start >= 2:
            # 祖国北疆 (国发〔2023〕16号, probe full44p; dev wr2026-neimenggu 祖国北部边疆): a figurative use,
            # no named place (guide v2.2, LOC 5).
            continue
        if m.label == "LOC" and (_inside_a_name(text, m) or not _stands_as_place(text, m.start, m.end)
                                 or _country_as_modifier(text, m.start, m.end)
                                 or _LINE_END.search(text, m.start, m.end) or "至" in text[m.start:m.end]
                                 or _facility(text, m.start, m.end) >= 0 or _opens_a_name(text, m.end)
                                 or _opens_a_meeting_name(text, m.end)
                                 or _inside_a_named_centre(text, m.start, m.end)):
            continue
        if m.label == "ORG" and _is_class_of_orgs(text, m.start, m.end):
            continue
        if m.label == "PERSON" and (text[m.start:m.end] in _place_words() or text[m.start:m.end - 1] in _provinces()
                                    or _LINE_AFTER.match(text, m.end)
                                    or not _stands_as_place(text, m.start, m.end)
                                    or _in_doctrine(text, m.end, central) or _names_a_tradition(text, m.end)):
            continue
        if m.label == "PERSON" and m.end - m.start > 2 and text.startswith("作", m.end - 1) \
                and text.startswith(_REPORT_AFTER, m.end):
            # The verb of a report's byline is no part of the name: 张工|作政府工作报告.
            m = Mention(m.label, m.start, m.end - 1, m.source, m.attrs, priority=m.priority)
        out.append(m)
    # An addressee line's items are no places for the model either (probe loc64p).
    locs = [m for m in out if m.label == "LOC"]
    if locs:
        kept = {id(m) for m in _outside_addressee_items(text, locs)}
        out = [m for m in out if m.label != "LOC" or id(m) in kept]
    return out


@lru_cache(maxsize=1)
def _division_words() -> dict:
    """A prefix tree of division names, full and short at every level (嘉定, 浦东: a new area's
    name without 新区), but for short names that are ordinary words."""
    common = set(load_words("county_short_words")) | set(load_words("loc_generic_names"))
    words = set(place_names())
    for p in places():
        for short in (p.short, p.name[:-2] if p.name.endswith("新区") else ""):
            if len(short) >= 2 and short not in common:
                words.add(short)
    return _trie(sorted(words))


def _cut_at_predicate(text: str, m: Mention) -> Mention | None:
    """A place span that runs on over a predicate ends with the place: a division name followed
    by a founding verb (loc_zone_founding_verbs.txt, as the rules read a zone's name) or another
    word that is only a verb is their subject (dev pt-160725m: 嘉定|建设国家产融合作试点城市).
    Verbal nouns and one-character words stay in names (北戴河生命健康…示范区, 武清站商务区)."""
    end = _longest(_division_words(), text, m.start)
    if not 0 < end < m.end:
        return _cut_at_name_predicate(text, m)
    words = shared_words(text[end : m.end])
    first = words[0] if words else ""
    if first in _zone_founding_verbs() or (len(first) >= 2 and function_word_tags().get(first) == "v"):
        return Mention(m.label, m.start, end, m.source, m.attrs, priority=m.priority)
    return _cut_at_name_predicate(text, m)


@lru_cache(maxsize=1)
def _county_names() -> frozenset[str]:
    """Full names of counties, present and former, and every other place word ending in 县."""
    return frozenset([*(w for w in _place_words() if w.endswith("县")),
                      *(f.name for f in former_divisions() if f.name.endswith("县"))])


def _unknown_county(text: str, m: Mention) -> bool:
    """Whether a span ends in 县 yet names no county: a class of counties a list of awards or aims
    names (学前教育普及普惠县、义务教育优质均衡发展县: Guangdong 2026 report; 经济强县、农业强县、
    文旅美县: Jiangxi 2026 report), which the model cuts into a county of its own."""
    return text.endswith("县", m.start, m.end) and text[m.start:m.end] not in _county_names()


@lru_cache(maxsize=1)
def _name_predicates() -> tuple[frozenset[str], re.Pattern[str]]:
    """``name_predicates.txt`` and a pattern that finds them, to segment only where one occurs."""
    words = load_words("name_predicates")
    return frozenset(words), re.compile(alternation(words))


def _predicate_in(text: str, start: int, end: int) -> int:
    """Offset of the first word of ``text[start:end]`` that is a predicate no name holds (位列, 创建:
    ``name_predicates.txt``), or -1; a word of jieba's own, so 进行 in 先进行业 does not count."""
    words, pattern = _name_predicates()
    if not pattern.search(text, start, end):
        return -1
    pieces = shared_words(text[start:end])
    k = start
    for w in pieces:
        if w in words:
            return k
        k += len(w)
    return -1


def _predicate_end(text: str, k: int) -> int:
    """End of the predicate word that starts at ``k``."""
    words, _ = _name_predicates()
    return k + max(len(w) for w in words if text.startswith(w, k))


def _cut_at_name_predicate(text: str, m: Mention) -> Mention | None:
    """A model LOC that runs over a predicate ends before it (崖州湾科技城|创建国家级高新区: Hainan
    2026 report), and one that opens with it names no place (扎根山区: 1995 State Council report)."""
    k = _predicate_in(text, m.start, m.end)
    if k < 0:
        return m
    if k - m.start < 2:
        return None
    return Mention(m.label, m.start, k, m.source, m.attrs, priority=m.priority)


# What a speaker 作 (delivers) in a report's byline: 任振鹤作政府工作报告.
_REPORT_AFTER = ("政府工作报告", "工作报告", "报告")


_COUNTRY = ("中国", "中华人民共和国")
# After the country, characters that end its phrase (中国好，世界才更好); a dash joins it to a partner
# in a name (中国—东盟自贸区, 中国—中亚峰会).
_PHRASE_END = set("，。、；：！？”）)\n ")
# The founding and its anniversary after the country (中华人民共和国成立75周年: 珠海 2025 report).
_ANNIVERSARY = re.compile("成立[0-9一二三四五六七八九十百]+周年")


def _country_as_modifier(text: str, start: int, end: int) -> bool:
    """Whether the country opens a name or a noun phrase (中国企业500强, 中国绿色算力大会, 中国—中亚
    峰会, 中国农历马年) rather than standing as the place: the annotators mark 中国 as the country that
    acts or is spoken of (中国取得…, 中国的发展, 中国境内), not as the first word of a name."""
    if text[start:end] not in _COUNTRY or _loc_patterns().country.match(text, start):
        return False
    if _ANNIVERSARY.match(text, end):
        return True  # an anniversary is an event's name (中华人民共和国成立75周年: unmarked in dev sc-report-2025)
    if end >= len(text) or text[end] in _PHRASE_END:
        return False
    words = shared_words(text[end : end + 8])
    nxt = words[0] if words else ""
    # A verb, adverb, preposition or conjunction after it makes the country the subject.
    return not (function_word_tags().get(nxt, "n").startswith(("v", "d", "p", "c")) or nxt in ("的", "好", "是"))


# A body the model calls DEPT that is a hospital, university or school is an ORG (the guide's ORG:
# universities; hospitals and schools are not government bodies): 省人民医院, 西安交通大学.
# A hospital's campus is the hospital's (省人民医院南院, 华西医院上锦院区).
_ORG_NOT_DEPT = re.compile("(?:医院|大学|学院|中学|小学|学校|幼儿园)(?:[东南西北]院|分院|院区)?$")


def join_model_names(text: str, kept: list[Mention], predicted: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The rules' ``kept`` spans and the model's ``predicted`` ones, with a model DEPT that is a
    hospital or school relabelled ORG (省人民医院), and a model DEPT or ORG that starts where a bare
    place of the rules ends taken with it (长春|应化所 -> 长春应化所): a place that opens a body's or
    an organization's name is part of that span (guide, LOC)."""
    places = {m.end: m for m in kept if m.label == "LOC" and m.source == "loc.gazetteer"}
    joined: set[int] = set()
    out = []
    for m in predicted:
        label = "ORG" if m.label == "DEPT" and _ORG_NOT_DEPT.search(text, m.start, m.end) else m.label
        place = places.get(m.start) if label in ("DEPT", "ORG") else None
        start = m.start
        if place is not None and _NAME_CHAR.match(text, m.start) and place.end - place.start >= 2:
            start = place.start
            joined.add(id(place))
        out.append(m if (label, start) == (m.label, m.start) else
                   Mention(label, start, m.end, m.source, m.attrs, priority=m.priority))
    return [m for m in kept if id(m) not in joined], out


def drop_model_kinds(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the model's DEPT spans that name no body: a kind in a list of kinds
    (档案馆 in 图书馆、博物馆、科技馆、档案馆、文化馆等), and a noun before the particle 所 and a verb
    or adverb (中国人民所|不能容忍, 广大人民所|希望于), a clause ending in 政府 (人民监督政府), and the
    政府 of a website's name (据中国政府网消息), as the rules leave 广州政府网."""
    return [m for m in mentions if m.source != "model" or m.label != "DEPT"
            or not (_kind_in_list(text, m.start, m.end) or _before_particle_suo(text, m.start, m.end)
                    or _verb_before_government(text, m.start, m.end) or _website_name(text, m.start, m.end)
                    or _institution_work(text, m.start, m.end) or _parties_committees(text, m.start, m.end))]


def _institution_work(text: str, start: int, end: int) -> bool:
    """A bare 政协 or 人大 before 工作 or 事业 (市委对政协工作的要求: 三峡日报 2025, probe dept74p): the
    institution's work, no one body, as the rules leave it; its report (政协工作报告) is the body's."""
    return text[start:end] in ("政协", "人大") and bool(_WORK_AFTER.match(text, end))


_WORK_AFTER = re.compile("工作(?!报告)|事业")


def _parties_committees(text: str, start: int, end: int) -> bool:
    """市委会 after 党派 (各民主党派市委会: 三峡日报 2025, probe dept74p): the parties' committees of that
    level, a class, never the city's party committee."""
    return text.endswith("委会", start, end) and end - start == 3 and text.endswith("党派", 0, start)


def _website_name(text: str, start: int, end: int) -> bool:
    """Whether a span ending in 政府 is the head of a website's name (中国政府网), not 政府网站."""
    return text.endswith("政府", start, end) and text.startswith("网", end) and not text.startswith("网站", end)


def _verb_before_government(text: str, start: int, end: int) -> bool:
    """Whether a span ending in 政府 has a verb right before 政府 (只有人民|监督|政府): a government
    is named by its jurisdiction (省人民政府, 中央政府, 英国政府), a verb makes the span a clause."""
    if not text.endswith("政府", start, end) or end - start < 4:
        return False
    words = shared_words(text[start : end - 2])
    return bool(words) and function_word_tags().get(words[-1], "n").startswith("v")


# The list items on either side of a kind of body (教育局、财政局、…).
_ITEM_BEFORE = re.compile(f"[{_CJK}]{{2,6}}$")
_ITEM_AFTER = re.compile(f"[{_CJK}]{{2,6}}?(?=[、等，。；])")


def _kind_in_list(text: str, start: int, end: int) -> bool:
    """Whether a span is a dictionary word listed with 、 beside another dictionary word of the same
    last character that is no kind of body (图书馆、…、档案馆): a kind of facility, not the document's
    own body."""
    tok, _ = shared_jieba()
    span = text[start:end]
    if not tok.FREQ.get(span):
        return False
    items = []
    if start > 0 and text[start - 1] == "、":
        items.append(_ITEM_BEFORE.search(text[max(0, start - 7) : start - 1]))
    if text.startswith("、", end):
        items.append(_ITEM_AFTER.match(text[end + 1 : end + 8]))
    # A neighbour that is itself a kind of body (教育局、财政局), or one after its level (县法院、检察院:
    # the level of the first item is the list's), makes a list of bodies, each the document's own
    # (guide: a missing prefix); 图书馆、博物馆 are kinds of facility.
    types = load_dept_types()

    def no_body(word: str) -> bool:
        return types.get(word) is None and not (word[0] in _LIST_LEVEL and types.get(word[1:]) is not None)

    return any(i and i.group().endswith(span[-1]) and tok.FREQ.get(i.group()) and no_body(i.group())
               for i in items)


# The one-character levels that open the first item of a list of bodies (县法院、检察院、公安局).
_LIST_LEVEL = level_chars()


# The people and groups that stand before the particle 所 (人民所不能容忍, 为群众所喜爱); an institute's
# abbreviation (作物所开展) names no such subject.
_SUO_SUBJECTS = ("人民", "群众", "人们", "大家", "社会", "世界", "我们", "他们", "国家")


def _before_particle_suo(text: str, start: int, end: int) -> bool:
    if not text.endswith("所", start, end) or not text.endswith(_SUO_SUBJECTS, start, end - 1):
        return False
    words = shared_words(text[end : end + 6])
    return bool(words) and (words[0].startswith(("不", "能", "希望")) or function_word_tags().get(words[0], "n").startswith(("v", "d")))


def _is_class_of_orgs(text: str, start: int, end: int) -> bool:
    """Whether an ORG span after a descriptor ends with an organization word and has no proper
    name before it (中医医院 in 三级公立中医医院): the rules' test for their own candidates."""
    s = _org_suffix().search(text, start, end)
    while s and s.end() != end:
        s = _org_suffix().search(text, s.start() + 1, end)
    if not s or s.start() == start or _org_names().fullmatch(text, start, end):
        return False
    # Only after a descriptor or a count (三级公立中医医院): a bare 中原银行 may be a name.
    before = _org_stops().search(text, max(0, start - 6), start)
    return bool(before and before.end() == start) and _proper_start(text, start, s.start(), end) < 0


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    """Provinces' names and short names (海南, 海南省): no name of a person opens with one."""
    return frozenset(w for p in places() if p.level == "province" for w in (p.name, p.short) if len(w) >= 2)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    """Regions that are no division (长三角, 粤东粤西粤北): the ones 地区 may follow as part of the name."""
    return frozenset(w for w in region_words() if not w.endswith("地区")) - frozenset(place_names())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every name and short name of a division, and the regions: no PERSON is one of these."""
    return frozenset([*place_names(), *region_words(), *_foreign_states(),
                      *(p.short for p in places() if len(p.short) >= 2)])


@lru_cache(maxsize=1)
def _foreign_states() -> frozenset[str]:
    """Foreign states of foreign_countries.txt: standing alone they are places like a division
    (annotators: 老挝, 泰国 after a consulate; 与瑞士、冰岛签署…). Continents and world regions
    are not listed (亚太, 东盟 open names: 亚太经合组织, 中国－东盟自贸区)."""
    return frozenset(load_words("foreign_countries")) - frozenset(load_words("foreign_non_states"))
