"""Probe date25: DATEs in national news leads and State Council texts (real sentences)."""
from .mentions import dates


def _dates(text, ref):
    return dates(text, reference_date=ref)


def test_a_news_lead_names_its_day_alone_in_the_datelines_month():
    # https://news.ycwb.com/2022-03/05/content_40614244.htm (2022 work report, Xinhua lead)
    text = "新华社北京3月5日电 国务院总理李克强5日在政府工作报告中指出,过去一年是党和国家历史上具有里程碑意义的一年。"
    assert ("5日", "2022-03-05") in _dates(text, "2022-03-05")
    # http://neijiangzixun.com/2023-03/15/c_1310702754.htm (traditional)
    text = "新華社北京3月14日電 新華社受權于14日全文播發李克強總理代表國務院在十四屆全國人大一次會議上所作的《政府工作報告》。"
    assert ("14日", "2023-03-14") in _dates(text, "2023-03-14")


def test_a_count_of_days_after_a_dateline_is_no_date():
    text = "新华社北京3月5日电 申请人应当自收到通知之日起15日内提出。"
    assert [d for d in _dates(text, "2022-03-05") if d[0] == "15日"] == []


def test_the_years_goals_after_a_qualifier_are_that_year():
    # http://echinagov.com/news/354674.htm (国务院常务会议, 2024-03-12)
    text = "会议指出,刚刚闭幕的十四届全国人大二次会议审议通过的《政府工作报告》,明确了全年经济社会发展的目标任务。"
    assert ("全年", "2024") in _dates(text, "2024-03-12")


def test_the_whole_year_is_the_year_last_named_in_its_paragraph():
    # https://51xinshidai.com/showinfo-1-10414-0.html (国务院第五次全体会议, 2021-01-20)
    text = "李克强指出,过去一年极为特殊、极不平凡,经济顶住巨大压力稳住了基本盘、实现了全年正增长。"
    assert ("全年", "2020") in _dates(text, "2021-01-20")
