"""Round-15 probe date23: DATE spans and values in policy pages of every level.

Real sentences from the probe texts (addresses in comments)."""
import govie

from .mentions import dates


def _dates(text, ref):
    return dates(text, reference_date=ref)


# http://www.42vhd.com.cn/index.php?a=shows&catid=14&id=1149 (a 2025 市《政府工作報告》 task notice)
QUARTERLY = ("自2025年第二季度起,各牽頭單位要在每個季度第1個月的20日前,將責任事項完成情況報市人民政府督查室"
             "(填報樣式見附表3)。")


def test_a_quarter_s_recurring_deadline_is_one_date_without_a_value():
    dates = _dates(QUARTERLY, "2025-01-20")
    assert ("2025年第二季度起", "2025-04/..") in dates  # the start keeps its value
    assert ("每個季度第1個月的20日前", None) in dates  # was not tagged


def test_a_bare_quarterly_frequency_is_no_date():
    # http://www.gaotang.gov.cn/site_gtgtxrmzfbgsc/channel_x_5265_6201/doc_660bc75d70ff59102ab2ab7c.html
    assert _dates("县政府办公室将定期开展工作调度,每季度汇总一次工作进展并向县政府报告。", "2024-03-28") == []


# https://bozhou.gov.cn/OpennessContent/show/2773244.html (亳政办〔2025〕1号)
BOZHOU = ("2025年《政府工作报告》已经市五届人大四次会议审议通过,为确保重点工作落到实处,经市政府同意,"
          "现将主要目标任务分解下发,请认真抓好落实。\n"
          "一、强化责任意识,以讲政治高度抓落实。《政府工作报告》是市政府向全市人民作出的庄严承诺,"
          "是全年工作的军令状”“责任书。")


def test_the_year_s_work_in_a_notice_is_the_year_it_names():
    assert ("全年", "2025") in _dates(BOZHOU, "2025-01-14")  # was null



# https://bozhou.gov.cn/OpennessContent/show/2773244.html: the page's metadata repeats the own title
# after 名称:, which the title tagger read from 关于 on, swallowing the year (dev gold pt-49083 marks
# the year of an own title line as a DATE).
BOZHOU_META = ("名称: 亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知 文号: 亳政办〔2025〕1号\n"
               "发文日期: 2025-01-14 发布日期: 2025-01-21\n"
               "亳州市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知\n"
               "发布时间:2025-01-21 09:24 信息来源:亳州市人民政府办公室\n\n"
               "各县、区人民政府,市政府各部门、各直属机构:\n"
               "2025年《政府工作报告》已经市五届人大四次会议审议通过,现将主要目标任务分解下发,请认真抓好落实。\n")


def test_the_own_title_repeated_in_a_metadata_field_keeps_its_year():
    r = govie.extract(BOZHOU_META, model=None, reference_date="2025-01-14")
    titles = [e.text for e in r.entities if e.label == "TITLE"]
    assert not any(t.startswith("关于印发2025年") for t in titles)
    years = [e for e in r.entities if e.label == "DATE" and e.text == "2025年"]
    assert BOZHOU_META.index("2025年") in [e.start for e in years]  # the one after 名称:
    assert all(e.attrs["value"] == "2025" for e in years)
