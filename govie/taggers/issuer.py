"""DEPT: a bare 中心 in a centre's own report names the issuer (annotation guide)."""

from __future__ import annotations

from govie.text import recached as re

from govie.taggers import PRIORITY
from govie.types import Context, Mention

__all__ = ["tag_issuer_mentions"]

SOURCE = "dept.issuer"
# 中心 first, the check before it after: sre skips to the literal in C.
# A word may come before it when it ends a date or is a verb or preposition taking the centre as its object
# ("2025年8月份中心运行的各类数据", "遵守中心的各项规章制度": sjzy.huaibei.gov.cn 2025-09-29).
_BARE_ISSUER = re.compile(r"中心(?<![\u4e00-\u9fff]中心)(?=领导|各|的|党|主要|直属|[，。、；：\n])"
                          r"|中心(?<=[份日月年守由在经向到从]中心)(?=领导|各|的|党|主要|直属|运行|[，。、；：\n])")


def tag_issuer_mentions(text: str, ctx: Context | None = None) -> list[Mention]:
    """Bare 中心 mentions, linked to the issuer already known from the document head."""
    if ctx is None or not ctx.issuer or not ctx.issuer.endswith("中心"):
        return []
    return [Mention("DEPT", m.start(), m.end(), SOURCE, {"canonical": ctx.issuer}, PRIORITY["dept.issuer.bare"])
            for m in _BARE_ISSUER.finditer(text)]
