"""Probe ind23 (round 14): work-report METRIC indicators in 2024/2025 provincial reports."""
import govie


def _metrics(text):
    r = govie.extract(text, model=None).to_dict()
    return {e["text"]: e for e in r["entities"] if e["label"] == "METRIC"}


def test_share_of_the_whole_names_what_follows_de():
    # 广东 2025 report (新快报, https://cj.sina.com.cn/articles/view/1652484947/627eeb5302001nple)
    text = "进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位，贡献了全国38.7%的贸易增量。"
    m = _metrics(text)
    assert m["38.7%"]["indicator"] == "贸易增量"
    assert m["9.8%"]["indicator"] == "进出口总额"


def test_share_of_the_whole_dev_guangdong_2026():
    # 广东 2026 report (work-reports-2026, dev wr2026-guangdong gold: 增量)
    m = _metrics("货物贸易进出口增长5.1%，贡献了全国24.1%的增量。")
    assert m["24.1%"]["indicator"] == "增量"


def test_zhan_keeps_the_figure_before():
    # guard: 占 names the part before, as _SHARE_OF_SCOPE reads it
    m = _metrics("核电装机规模占全国25.8%。")
    assert m["25.8%"]["indicator"] == "核电装机规模"


# 广东 2024 report, a summary page (https://freewechat.com/a/Mzg3NjEwMjcxMg==/2248037598/1, probe ind23): a
# bullet opens each line.
GUANGDONG_2024_BULLETS = "●广州经济总量突破3万亿元；\n●地方一般公共预算收入达1.39万亿元、增长4.3%；"


def test_a_bullet_opening_the_line_is_no_part_of_the_indicator():
    ex = govie.extract(GUANGDONG_2024_BULLETS, reference_date="2024-01-22", model=None)
    got = {e.text: e.attrs.get("indicator") for e in ex.entities if e.label == "METRIC"}
    assert got["1.39万亿元"] == "地方一般公共预算收入"
    assert all(not (v or "").startswith("●") for v in got.values())
