"""Round-13 probe date21: DATE spans and values in policy pages (prefecture, county, ministry).

Real sentences from the probe texts in /work/r13/probe-date21/texts/ (addresses in comments)."""
import govie


def _dates(text, ref):
    r = govie.extract(text, model=None, reference_date=ref)
    return r, [(e.text, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


# http://www.snxx.gov.cn/xxxzf/xxzwgk/xxgknr/zfwj/zfwj/202304/b7c1d474861643ff94f89cf2a3d218a0.shtml
XIXIANG = ("西乡县人民政府关于印发《2023年县政府工作报告任务分解一览表》的通知\n"
           "县十八届人民代表大会第二次会议审议通过的《政府工作报告》,全面安排部署了2023年全县经济社会发展各项目标任务。\n"
           "各县级包抓领导要抓好统筹协调及时督促督办,确保全年各项目标任务圆满完成。")

# http://dyerandpostasalon.com/rule/217028.html (武政辦〔2023〕1號)
WUHAN = ("《武漢市人民政府辦公廳關于印發2023年市〈政府工作報告〉目標任務責任分解方案的通知》\n"
         "武政辦〔2023〕1號\n"
         "三、加強督辦,狠抓落實,確保全年硬賬硬結。")


def test_a_notice_breaking_down_a_work_report_is_no_report_and_its_year_is_its_own():
    r, dates = _dates(XIXIANG, "2023-04-01")
    assert r.meta["period"] is None  # was 2022: the reviewed year of a work report
    assert ("全年", "2023") in dates


def test_the_goal_of_the_whole_year_in_a_traditional_notice():
    r, dates = _dates(WUHAN, "2023-01-20")
    assert r.meta["period"] is None
    assert ("全年", "2023") in dates


def test_a_work_report_still_reviews_the_year_before():
    # work-reports-2026/2026_甘肃省_政府工作报告.csv, full_text opening
    text = ("2026年甘肃省政府工作报告\n——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n"
            "各位代表：\n我代表省人民政府，向大会报告工作，请予审议。\n全年地区生产总值增长5.6%。")
    r, dates = _dates(text, "2026-01-27")
    assert r.meta["period"] == "2025"
    assert ("全年", "2025") in dates


def test_a_day_before_which_is_no_vague_riqian():
    # WUHAN page, item 三
    text = "從2023年第二季度起,各牽頭單位要在每個季度第1個月的20日前,將責任事項完成情況報市人民政府督查室。"
    _, dates = _dates(text, "2023-01-20")
    assert "日前" not in [t for t, _ in dates]
    assert ("2023年第二季度起", "2023-04/..") in dates
    # the vague 日前 (recently) stays a DATE
    _, dates = _dates("日前,市政府印发了实施方案。", "2023-01-20")
    assert ("日前", None) in dates


def test_the_month_before_in_a_monthly_report_written_in_traditional_characters():
    # http://www.jumpstarthappiness.com/rule/45663.html (成都市人民政府辦公廳, 二○○一年四月四日)
    text = "四、各區(市)縣政府、市政府各部門每月10日前要將上一個月或前一階段的工作情況書面報送市政府研究室。"
    _, dates = _dates(text, "2001-04-04")
    assert ("每月10日前", None) in dates and ("上一個月", None) in dates
    _, dates = _dates("请于本月底前报送上一个月的工作情况。", "2001-04-04")
    assert ("上一个月", "2001-03") in dates
