"""A service guide (办事指南, 服务指南, 申报指南, 政策问答): a page that tells the public how to obtain a
service, by field labels such as 办理时限, 申请材料, 办理流程, 补贴标准, or by a list of procedure steps
(受理, 审查, 决定, 送达). One authority for the stages that read such a page differently (metrics: its
time limits and periods are no reported quantities; activities: its procedure steps are no reported
actions). Reads the clean text only.
"""

from __future__ import annotations

from functools import lru_cache

from govie.text import recached as re
from govie.text.wordscan import PatternStarts

__all__ = ["POLICY_CLOSE", "is_guide"]

# The closing formula of a notice or announcement: the text is a policy document even untitled
# (a notice that lists 申请条件 and 咨询电话 is still a notice: dev gz-13 公告如下, pt-49083 通知如下).
# (Alternatives opening with literals: sre skips to them in C.)
POLICY_CLOSE = re.compile(r"特此(?:通知|公告|通告|函告|批复)|公告如下|通告如下|通知如下")

# The field labels of a guide, each kind counted once (dev gz-15, gz-17, gz-19; probe guide23's
# 清新区, 天津, 宝安区 pages). A label counts where it heads a line or an item ("三、办理流程"), or
# before its colon, 为 or 如下 inside a line ("补贴标准：10000元", "操作流程如下："): a policy's
# sentence that merely names 申请材料 does not count.
_LABELS = (
    r"(?:办理|承诺|法定|办结|审批)时限", r"(?:办理|办事|申请|申报|审批|操作)(?:流程|程序|步骤)",
    r"(?:办理|受理)(?:地点|时间|机构|部门|窗口)", r"(?:受理|申请|申报|领取|申领|补贴|办理)(?:条件|对象)",
    r"(?:申请|申报|申办|办理|申领|所需)材料", r"收费(?:标准|依据)|是否收费",
    r"(?:补贴|扶持|奖励|扶助|资助|补助)标准", r"(?:咨询|监督|投诉)(?:电话|方式)",
    r"(?:办事|设定|实施|法律)依据", r"办事须知|如何申请|常见问[题答]",
    r"(?:申领|申请|办理|申报)(?:方式|渠道|入口)", r"(?:补贴|补助|资助)期限",
)
# (An item number starts after no other numeral: a long run of digits is scanned once, not once a digit.)
# A label also heads a table's row ("| 办理地点 | 吴起县政务服务中心大厅47号窗口 |": probe guide3's 吴起县
# page) and a standard's section whose number runs into it ("\n6承诺时限\n5个工作日": probe guide3's 聊城
# 收费许可证办理规程, a 政务服务 standard's layout).
_ITEM = (r"(?:^|\n|[|｜]|(?:^|(?<=\n))\d{1,2}(?![\d.．])"
         r"|(?<![一二三四五六七八九十\d])[一二三四五六七八九十\d]+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）])\s*")
# A label also counts as a cell of a table: before a "|" (事项内容 | … | 申请材料 | …), or in a header row
# of labels side by side ("受理部门办理条件办理流程所需材料办理时限" once normalizing has taken the spaces out
# between them: probe guide24's 将乐 page, a 政务公开 catalogue of a service's guide fields).
_ANY_LABEL = "(?:" + "|".join(_LABELS) + ")"
_CELL = re.compile("|".join(f"(?P<t{i}>{p})" for i, p in enumerate(_LABELS)))
# The characters a label opens with: a guard in front of the scans below fails every other position
# in one test (the item branch opens with a line start, a break, a numeral or a bracket): four
# times faster over a whole text, the same matches.
_FIRST = PatternStarts(_CELL).first_class
_LABEL = re.compile(
    rf"(?:^|(?=[\n\d一二三四五六七八九十（(|｜]|{_FIRST}))(?:"
    + _ITEM + "(?:" + "|".join(f"(?P<h{i}>{p})" for i, p in enumerate(_LABELS)) + r")\s*(?:[：:\n(（|｜]|$)"
    + "|(?:" + "|".join(f"(?P<c{i}>{p})" for i, p in enumerate(_LABELS)) + r")\s*(?:[：:]|为|如下))",
    re.M,
)
_SOME_LABEL = re.compile(f"(?={_FIRST}){_ANY_LABEL}")
_HEADER_ROW = re.compile(f"(?={_FIRST})" + _ANY_LABEL + r"(?:[ \t\u3000|｜]*" + _ANY_LABEL + ")+")
# A procedure step heading an item: "2.受理。", "（三）审查。", "4.审批(当场办理)", "步骤1：", "二、审核:" (dev
# gz-9; probe guide23 光明区, 贵阳 pages; probe guide24 沈丘 page), "第一步:申请人持申请材料向…" (probe
# guide3's 临时占道 page).
_STEP = re.compile(
    r"(?:^|\n)\s*(?:\d+[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])\s*"
    r"(?:申请|受理|审查|审核|审批|决定|办结|送达|领取结果|补正材料|制证|发证)\s*(?:[。：:\n(（]|$)"
    r"|步骤\s*\d+\s*[：:]|第[一二三四五六七八九十]步\s*[：:]",
    re.M,
)
# The steps of an online how-to: numbered items that open with what the user does on a site or an app
# ("1.先扫二维码", "3.进入“粤省事”小程序", "6.选择申请人数": dev gz-21's 劳动仲裁 page). The verb must open the
# item: a plan's "3.进一步…" or "2.提交审议" item opens with no user's step on a screen.
_OP_STEP = re.compile(
    r"(?:^|\n)[ \t]*\d{1,2}[.．、][ \t]*(?:先|再|然后|最后)?(?:扫码|扫描|扫二维码|进入|搜索|登录|登陆|刷脸|点击|"
    r"选择|填写|上传|打开|注册)",
    re.M,
)
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条", re.M)


# The metrics tagger and the activities stage ask about the same text: its answer is kept.
@lru_cache(maxsize=1)
def is_guide(text: str) -> bool:
    """A service guide: two kinds of field label, three procedure steps or three steps of an online
    how-to, and no notice's closing formula nor articles of rules."""
    kinds: set[str] = set()
    # Both scans below find labels only where some label stands: most texts hold none, and this
    # scan (one guard test a character) is cheaper than theirs.
    if _SOME_LABEL.search(text):
        kinds.update(m.lastgroup[1:] for m in _LABEL.finditer(text))
        for row in _HEADER_ROW.finditer(text):
            kinds.update(m.lastgroup[1:] for m in _CELL.finditer(text, row.start(), row.end()))
    if len(kinds) < 2 and len(_STEP.findall(text)) < 3 and len(_OP_STEP.findall(text)) < 3:
        return False
    return POLICY_CLOSE.search(text) is None and len(_ARTICLE.findall(text, 0, 20000)) < 2
