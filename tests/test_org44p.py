"""Probe org44p: ORG in policy notices (round 23, a dev-miss study): banks named by the role a programme
gives them are a class, not one bank."""
import govie

GZ25 = "dev gz-25"  # 广州市社会保险基金管理中心 2025 通告 (资格认证), annex list
TIANJIN = "dev wr2026-tianjinm"  # 天津 2026 report


def _spans(text, label="ORG", **kw):
    return [e.text for e in govie.extract(text, **kw).entities if e.label == label]


def test_a_role_bank_in_an_annex_line_is_no_org():
    # GZ25: the annex names a list of service banks' outlets; 社保服务银行 is the class of banks in the scheme.
    text = ("1.粤省事企业职工和城乡居民基本养老保险待遇领取资格认证操作指引.pdf\n2.广州市社保服务银行网点.xlsx\n"
            "3.港澳资格认证协办机构网点.xlsx")
    for kw in ({"model": None}, {}):
        assert not [s for s in _spans(text, **kw) if s.endswith("银行")], _spans(text, **kw)


def test_a_pilot_bank_is_no_org():
    # TIANJIN: the banks of the FT account pilot, a class.
    text = "推动贸易和投融资便利化、数据跨境流动等创新政策向国家级经开区延伸，推动FT账户试点银行扩容增效。"
    for kw in ({"model": None}, {}):
        assert "FT账户试点银行" not in _spans(text, **kw)


def test_named_banks_beside_role_banks_stay_orgs():
    # GZ25: the banks that act as service banks are named ORGs in the same notice (dev gold: ORG each).
    text = ("其中广州市内工商银行、建设银行、交通银行、农业银行、中国银行、广州银行、广州农商银行、光大银行的所有支行网点"
            "还可向参保人提供资格认证线上导办服务。")
    orgs = _spans(text, model=None)
    for name in ("建设银行", "交通银行", "农业银行", "中国银行", "广州银行", "广州农商银行", "光大银行"):
        assert name in orgs, orgs
