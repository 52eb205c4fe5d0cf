"""DEPT: a bare 中心 in a centre's own report names the issuer (annotation guide)."""

from __future__ import annotations

from govie.text import recached as re

from govie.taggers import PRIORITY
from govie.types import Context, Mention

__all__ = ["tag_issuer_mentions"]

SOURCE = "dept.issuer"
# 中心 first, the check before it after: sre skips to the literal in C.
_BARE_ISSUER = re.compile(r"中心(?<![\u4e00-\u9fff]中心)(?=领导|各|的|党|主要|直属|[，。、；：\n])")


def tag_issuer_mentions(text: str, ctx: Context | None = None) -> list[Mention]:
    """Bare 中心 mentions, linked to the issuer already known from the document head."""
    if ctx is None or not ctx.issuer or not ctx.issuer.endswith("中心"):
        return []
    return [Mention("DEPT", m.start(), m.end(), SOURCE, {"canonical": ctx.issuer}, PRIORITY["dept.issuer.bare"])
            for m in _BARE_ISSUER.finditer(text)]
