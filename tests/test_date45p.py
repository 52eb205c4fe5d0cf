"""Probe date45p: DATE in policy documents of several levels (round 27)."""
from govie.pipeline import extract


def _dates(text, ref=None):
    return [(e.text, e.attrs.get("value"), e.start, e.end) for e in extract(text, reference_date=ref, model=None).entities
            if e.label == "DATE"]


def test_quan_nian_before_other_all_round_scopes_is_not_a_date():
    # http://m.turksiberkonseyi.net/?p=11170 (亳州市秸稈禁燒工作方案, 征求意見稿; traditional script)
    text = ("在全市范圍內對農作物秸稈(包含中藥材秸稈、落葉、荒草等)露天焚燒現象實行全年全時段全區域禁燒,"
            "確保不因露天焚燒秸稈等引起環境污染,力爭全年實現“零火點”,進入全省先進行列。")
    dates = _dates(text)
    goal = text.index("力爭全年") + 2
    assert [(d[0], d[2]) for d in dates] == [("全年", goal)]
    assert text[goal : goal + 2] == "全年"


def test_quan_nian_all_round_in_simplified_script():
    # the same kind in simplified script (全年全天候 patrols of a county's campaign)
    text = "各乡镇实行全年全天候巡查,确保全年目标任务圆满完成。"
    dates = _dates(text, "2023-03-01")
    assert [d[2] for d in dates] == [text.index("确保全年") + 2]
    # 全年全市 / 全年全区: the year's figure for the whole division is still the year
    for text in ("全年全市地区生产总值增长5%。", "全年全区完成固定资产投资增长12%。"):
        assert [d[0] for d in _dates(text, "2023-03-01")] == ["全年"]


def test_a_stretch_of_months_each_year_is_one_recurring_date():
    # http://xw588.com/techan/c8dad292f0f943e5f8fdd88046755ab0.html (昆明 西山区 租房补贴, 2023)
    text = "每年1月-3月集中受理申報上一年度租房補貼,其余時間不再受理,逾期不予補報。"
    dates = _dates(text, "2023-02-07")
    assert ("每年1月-3月", None, 0, 7) in dates
    assert not any(d[0] == "3月" for d in dates)


def test_the_month_after_each_quarter_and_the_days_of_its_gloss():
    # http://m.51igbt.cn/techan/de794c59b360ab616bedf61725d7ecb8.html (广州 灵活就业社保补贴 申请程序)
    text = ("補貼對象在季后第1個月(即1月、4月、7月和10月)8-20日向戶籍所在地(非廣州市戶籍的向居住地)街(鎮)公共就業服務機構"
            "提出申請,街(鎮)公共就業服務機構在季后第2個月(即2月、5月、8月、11月)10日前完成受理、審核,"
            "區公共就業服務機構和區人力資源社會保障部門在季后第2個月20日前完成復核,符合補貼條件的,在季后第2個月最后1日前撥付資金。")
    dates = _dates(text, "2023-04-19")
    spans = [d[0] for d in dates]
    assert spans == ["季后第1個月", "1月", "4月", "7月", "10月", "8-20日", "季后第2個月", "2月", "5月", "8月", "11月",
                     "10日前", "季后第2個月20日前", "季后第2個月最后1日前"]
    assert all(d[1] is None for d in dates)  # every one recurs each quarter
    for t, _, s, e in dates:
        assert text[s:e] == t
    # 春季后第一个月 is a season, not each quarter
    assert _dates("春季后第一个月开始播种。", "2023-04-19") == []
