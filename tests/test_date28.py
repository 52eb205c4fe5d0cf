"""Probe date28: the first years of a five-year plan in provincial and city news of 2025."""
import govie


def _dates(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


def test_plan_first_years_arabic():
    # https://www.163.com/dy/article/KE2IRNPR0552FDTY.html (山西 press conference, 2025-11-10)
    text = "能源供给向多元绿色转变,“十四五”前4年规上工业煤炭产量超过全国总量的四分之一,晋电外送规模居全国前列。"
    assert _dates(text, "2025-11-10") == [("“十四五”前4年", "2021/2024")]


def test_plan_first_years_chinese_traditional():
    # http://m.digipub.cc/dy/article/KHSTC15D0530SFP3.html (长治 press conference, 2025-12-24)
    text = "堅持統籌穩增長、擴內需、促轉型,“十四五”前四年長治市地區生產總值年均增速達6.6%,高于全國、全省平均增速。"
    assert _dates(text, "2025-12-24") == [("“十四五”前四年", "2021/2024")]


def test_plan_last_years_and_whole_plan_kept():
    # the last years count back from the plan's end; the plan's period and end are unchanged
    assert _dates("“十四五”后两年要加快建设。", "2023-01-15") == [("“十四五”后两年", "2024/2025")]
    # http://m.digipub.cc/dy/article/KHSTC15D0530SFP3.html
    text = "全市常住人口城鎮化率由“十三五”末的56.47%提升到60.65%。“十四五”時期,長治市牢牢把握高質量發展首要任務。"
    assert _dates(text, "2025-12-24") == [("“十三五”末", "2020"), ("十四五", "2021/2025")]
