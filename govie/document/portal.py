"""Government web pages: the portal's metadata block and the page chrome around a document.

Portals of gov.cn and of provinces and cities print a table above the document (索引号,
发文机关, 成文日期, 标题, 发文字号, 发布日期, 主题分类, 有效性 …) that states the record
explicitly, and wrap the page in chrome (breadcrumbs, 【字体：大 中 小】, 打印, 关闭, 扫一扫).
``read_portal`` finds both without changing the text: fields are values with their
spans, chrome is a list of spans that no entity, title or activity may come from.
"""

from __future__ import annotations

from govie.text import recached as re
from dataclasses import dataclass, field

from govie.text.regex_cache import compile_cached
from govie.kb.divisions import PUBLISHER_LABELS


__all__ = ["Portal", "read_portal", "FIELD_NAMES"]

# Portal labels -> field. Publishers (发布机构, 来源) are not issuers: a 省政府办公厅 posts
# what 省政府 issued.
FIELD_NAMES = {
    "索引号": "index", "统一编号": "index",
    "发文机关": "issuer", "发文单位": "issuer", "制发机关": "issuer", "发文机构": "issuer",
    **dict.fromkeys(PUBLISHER_LABELS, "publisher"),
    # 成文日期 is the signature's date; 发文日期 and 印发日期 are often the day the portal posted
    # the text, days or weeks after it was signed (太湖县, 蔚县 pages: probe meta27).
    "成文日期": "doc_date", "发文日期": "issued", "印发日期": "issued", "生成日期": "issued",
    "标题": "title", "名称": "title", "文件名称": "title", "文件标题": "title",
    "发文字号": "docno", "文号": "docno", "文件编号": "docno",
    # 发文文号: 嘉政办发〔2023〕7号 (Zhejiang's city portals: jiaxing.gov.cn 2023, probe full48p).
    "发文文号": "docno",
    # 发布机关 beside it on the same line ends the number's value; like 发布机构 it names who posts.
    "发布机关": "publisher",
    "发布日期": "published", "公开日期": "published", "发布时间": "published",
    "主题分类": "topic", "主题词": "keywords", "分类": "topic",
    # 公文目录: the portal's catalogue, a theme or the posting body (索 引 号:…/2024-1112010 公文目录:县财政局
    # 发文机关:武定县政府办, ynwd.gov.cn 武定县 2024, probe dept68p).
    "公文目录": "topic",
    "生效日期": "effective", "施行日期": "effective", "实施日期": "effective", "生效时间": "effective",
    "失效日期": "expires", "废止日期": "expires", "有效期至": "expires", "失效时间": "expires", "废止时间": "expires",
    "有效性": "validity", "时效性": "validity", "效力状态": "validity",
    # 有效期: 2022-05-25 23:59:59 (shaodong.gov.cn 邵政发〔2017〕31号, probe meta32); a term (5年) or a
    # range (…至…) may stand there too: the record reads it.
    "有效期": "valid_until",
}
# Pages space a label's characters out to align the block (名 称:, 索 引 号:, 文  号:).
_LABEL = "|".join("[ \t\u3000]{0,4}".join(map(re.escape, name))
                  for name in sorted(FIELD_NAMES, key=len, reverse=True))
_LABEL_SPACE = re.compile("[ \t\u3000]+")
# A label at a line start or after spaces, its colon, and the value up to the next label. The
# clean text drops the space between a number and the next label (索引号: 000014349/2020-105482
# 发布日期: …): after a digit or a Latin letter a label opens the next field too.
_FIELD = compile_cached(rf"(?:^|(?<=[ \t\u3000])|(?<=[0-9A-Za-z]))(?P<label>{_LABEL})[ \t\u3000]*[：:][ \t\u3000]*"
                        rf"(?P<value>[^\n]*?)[ \t\u3000]*(?=(?:(?:[ \t\u3000]+|(?<=[0-9A-Za-z]))(?:{_LABEL})[ \t\u3000]*[：:])|\n|$)",
                        re.M)
# The clean text also drops the space between two CJK characters, so a one-line block reads
# 索引号:…/2018-1220012公文目录:应急管理发文日期:2017年06月28日主题词:… (mdx.gov.cn 牟定县 2017,
# probe date31). On a line that opens with a label, a label and its colon after a CJK character
# open the next field too (a body's line never opens with 索引号: or 发文日期:).
_GLUED_FIELD = compile_cached(rf"(?:^|(?<=[ \t\u3000•·])|(?<=[0-9A-Za-z\u4e00-\u9fff：:]))(?P<label>{_LABEL})[ \t\u3000]*[：:][ \t\u3000]*"
                              rf"(?P<value>[^\n]*?)[ \t\u3000]*(?=(?:(?:[ \t\u3000]+|(?<=[0-9A-Za-z\u4e00-\u9fff：:]))(?:{_LABEL})[ \t\u3000]*[：:])|\n|$)",
                              re.M)
_LINE_LABEL = compile_cached(rf"[ \t\u3000•·]*(?:{_LABEL})[ \t\u3000]*[：:]")
# A block laid out as a table of bars with no colons (Zhejiang's portals: 组配分类 | 部门文件 | 发布机构 |
# 山福镇 | / 文号 | 鹿山政〔2020〕72号 |, lucheng.gov.cn 2020, probe meta28): a label cell, then its value.
_TABLE_FIELD = compile_cached(rf"(?:^|[|｜])[ \t\u3000]*(?P<label>{_LABEL})[ \t\u3000]*[|｜][ \t\u3000]*"
                              rf"(?P<value>[^|｜\n]*?)[ \t\u3000]*(?=[|｜]|$)", re.M)

# A law database's record, a bracketed label a line (•【制定机关】湘乡市人民政府 / •【公布日期】2020.06.03 /
# •【字号】湘乡政通〔2020〕3号 / •【施行日期】2020.06.03: 360docs 2020, probe meta32; 北大法宝's 【发布部门】
# 【发文字号】 too). Its 公布日期 is the document's (promulgation) date, not a portal's posting day; its
# 发布部门 is the issuer. Read only in this form: a bare 字号 is the page's font-size menu.
_BRACKET_FIELD_NAMES = {
    "制定机关": "issuer", "发布部门": "issuer", "发文机关": "issuer", "颁布机关": "issuer",
    "公布日期": "issued", "发布日期": "issued", "颁布日期": "issued",
    "字号": "docno", "发文字号": "docno", "文号": "docno", "发布文号": "docno",
    "施行日期": "effective", "实施日期": "effective", "生效日期": "effective",
    "失效日期": "expires", "废止日期": "expires",
    "时效性": "validity", "效力等级": "level", "效力级别": "level", "主题分类": "topic",
}
# Law databases of the 2000s put several fields on one line (【颁布单位】安徽省人民政府 【发文字号】皖政[2001]73号
# 【颁布时间】2001年09月01日, 【发布文号】粤府[1994]86号 【发布日期】1994-07-21: probe old46p): a field may
# follow another's value after a space, its value ending at the next 【.
_BRACKET_FIELD_NAMES.update({"颁布单位": "issuer", "颁布时间": "issued", "生效时间": "effective"})
_BRACKET_FIELD = compile_cached(r"(?:^|(?<=[ \t\u3000]))[ \t\u3000•·\-]*【(?P<label>"
                                + "|".join(sorted(_BRACKET_FIELD_NAMES, key=len, reverse=True))
                                + r")】[ \t\u3000]*(?P<value>[^\n【】]*?)[ \t\u3000]*(?=【|$)", re.M)

# Chrome tokens: no entity, title or activity is ever read from these spans.
_S = r"[ \t\u3000]*"
# The lookahead holds every character a token starts with: sre then skips the other
# positions at once instead of trying each alternative there (6x faster).
_CHROME = compile_cached(
    r"(?=[【\[［字选扫打关分返浏访-])(?:"
    rf"[【\[［]{_S}(?:字体|字号){_S}[：:]?{_S}[\[［]?{_S}大{_S}[-—]?{_S}中{_S}[-—]?{_S}小{_S}[\]］]?{_S}[】\]］]"
    rf"|(?:选择)?(?:字体|字号){_S}[：:]{_S}[\[［【]?{_S}大{_S}[-—]?{_S}中{_S}[-—]?{_S}小(?:{_S}[\]］】])?"
    r"|[【\[［](?:打印(?:本页)?|关闭(?:窗口|本页)?|收藏|分享|返回顶部|视力保护色)[】\]］]"
    r"|扫一扫(?:在手机(?:上)?(?:打开|查看)(?:当前页)?|分享本页|分享)?"
    r"|(?<![\u4e00-\u9fff])(?:打印本页|打印|关闭窗口|关闭|返回顶部|分享到)(?![\u4e00-\u9fff])"
    rf"|浏览次数{_S}[：:]{_S}\d*|访问量{_S}[：:]{_S}\d*"
    r"|关注\s*[·•]\s*[\u4e00-\u9fff]{2,12}"
    r"|(?:-\s){2,}-)"
)
# Breadcrumbs: 当前位置：首页 > 政务公开 > … (the whole line).
# 您当前的位置 : 首页 >新闻中心>头条 and 您当前的位置:首页 >> 政民互动 >> … too (probe meta29).
_BREADCRUMB = re.compile(r"^[ \t\u3000]*(?:您(?:当前)?(?:所在)?的?|当前(?:所在)?的?|所在的?)位置\s*[：:][^\n]*$"
                         r"|^[ \t\u3000]*首页\s*[>＞»›][^\n]*$", re.M)
# The portal's links to readings of the document: 【文字解读】《title》政策解读 2025-05-30.
_READING = re.compile(r"^[ \t\u3000]*【[^】\n]{2,8}】\s*《(?P<title>[^》\n]{6,150})》")
# An index number: one run of code characters (11532329015178442p-/2024-1112010, GZ0320250043).
_INDEX_CODE = re.compile(r"[0-9A-Za-z\-_/.·—－]+")
# A line holding only an index number (GZ0320250043, 11440106718120458W/2024-00008).
_INDEX_LINE = re.compile(r"^[ \t\u3000]*(?:[A-Z]{2}\d{8,}|[0-9A-Z]{9,20}/\d{4}-\d{3,8})[ \t\u3000]*$", re.M)


@dataclass
class Portal:
    """Fields of the metadata block (name -> value as written, and its span) and chrome spans."""

    fields: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    chrome: list[tuple[int, int]] = field(default_factory=list)  # menu words: no entity at all
    block: list[tuple[int, int]] = field(default_factory=list)  # metadata, breadcrumb, reading lines
    reading_titles: list[str] = field(default_factory=list)

    def skip_lines(self) -> list[tuple[int, int]]:
        """Spans no own title or activity is read from (bodies and dates in them are still
        entities, guide v2): chrome, the metadata block, breadcrumbs and reading links."""
        return sorted(self.chrome + self.block)

    def skips(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.skip_lines())

    def in_chrome(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.chrome)


def _line_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def read_portal(text: str, *, head_chars: int = 3000) -> Portal:
    """The portal block and the chrome of a page (clean text); empty for a plain document."""
    portal = Portal()
    head = text[:head_chars]
    # The block stands above the document: labels after its first sentence are the
    # body's own lists (文号：… of the documents a notice revokes).
    lines = list(_head_lines(head))
    for i, (line_start, line) in enumerate(lines):
        found = list((_GLUED_FIELD if _LINE_LABEL.match(line) else _FIELD).finditer(line))
        # A table row may mix both layouts (文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |,
        # hanyin.gov.cn 2021, probe meta30): bar cells that no colon field covers are read too.
        found += [m for m in _TABLE_FIELD.finditer(line)
                  if not any(m.start("label") < f.end() and f.start() < m.end() for f in found)]
        found.sort(key=lambda m: m.start())
        if not found:
            if re.search(r"[。；]|[：:]\s*$", line):
                break
            continue
        for m in found:
            name = FIELD_NAMES[_LABEL_SPACE.sub("", m.group("label"))]
            # A block laid out as a table (文 号: | 嘉房管〔2020〕59号 |) frames values with bars.
            value = m.group("value").strip().strip("|｜").strip()
            start = line_start + m.start("value") + (m.group("value").index(value) if value else 0)
            if not value and m is found[-1] and name in _BELOW:
                # A block laid out as a list puts the value on the next line, past blank lines
                # ("• 发文日期:" / "2024年04月06日 16:40", zb.gov.cn 镇巴县 2024, probe date31).
                start, value = _value_below(lines, i, _BELOW[name])
                if value:
                    portal.block.append((start, start + len(value)))
            if name not in portal.fields and value:
                portal.fields[name] = value
                # the span is the value itself, past the bars and spaces stripped before it
                portal.spans[name] = (start, start + len(value))
        portal.block.append((line_start, line_start + len(line)))
    for m in _BRACKET_FIELD.finditer(head) if "【" in head else ():  # each match holds a 【
        name, value = _BRACKET_FIELD_NAMES[m.group("label")], m.group("value")
        if name not in portal.fields and value:
            portal.fields[name] = value
            portal.spans[name] = (m.start("value"), m.end("value"))
        portal.block.append((m.start(), m.end()))
    if len(portal.block) < 2 and not ({"issuer", "doc_date", "issued", "docno", "index"} & portal.fields.keys()):
        # One stray "来源：" line is no portal block.
        portal.fields.clear()
        portal.spans.clear()
        portal.block.clear()
    if "index" in portal.spans:
        # Only the number is chrome: a label the block does not know may follow it on the line
        # (…/2024-1112010 信息类别:县财政局), and the body named there is still a mention.
        s, e = portal.spans["index"]
        code = _INDEX_CODE.match(text, s, e)
        portal.chrome.append((s, code.end()) if code else (s, e))
    # Chrome frames the page: its head and its foot (a long text is not scanned through).
    tail_start = max(len(head), len(text) - head_chars)
    for offset, part in ((0, head), (tail_start, text[tail_start:])):
        for m in _CHROME.finditer(part):
            portal.chrome.append((offset + m.start(), offset + m.end()))
    for m in _BREADCRUMB.finditer(head) if "位置" in head or "首页" in head else ():
        portal.block.append((m.start(), m.end()))
    for m in _INDEX_LINE.finditer(head):
        portal.chrome.append((m.start(), m.end()))
    for line_start, line in _head_lines(head):
        r = _READING.match(line)
        if r:
            portal.reading_titles.append(r.group("title").strip())
            portal.block.append((line_start, line_start + len(line)))
    portal.chrome.sort()
    portal.block.sort()
    return portal


# The fields whose value may stand on the line under the label, and the form it must have there:
# a date, or a complete document number (an empty 成文日期: above the masthead's number is empty).
_DATE_BELOW = re.compile(r"(?:19|20)\d\d[年\-－/.]\s*\d{1,2}[月\-－/.]\s*\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_DOCNO_BELOW = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（](?:19|20)\d\d[〕\]］)）]\s*第?\d{1,4}号")
_BELOW = {"doc_date": _DATE_BELOW, "issued": _DATE_BELOW, "published": _DATE_BELOW, "effective": _DATE_BELOW,
          "expires": _DATE_BELOW, "valid_until": _DATE_BELOW, "docno": _DOCNO_BELOW}


def _value_below(lines: list[tuple[int, str]], i: int, form: re.Pattern[str]) -> tuple[int, str]:
    """(start, value) of the line under an empty label: the next non-blank line when it is
    wholly a value of the field's form; (0, "") otherwise."""
    for line_start, line in lines[i + 1 : i + 4]:
        value = line.strip()
        if not value:
            continue
        if not form.fullmatch(value):
            return 0, ""
        return line_start + line.index(value), value
    return 0, ""


def _head_lines(head: str):
    pos = 0
    for line in head.split("\n"):
        yield pos, line
        pos += len(line) + 1
