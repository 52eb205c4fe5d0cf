"""Round-20 probe date33: DATE spans and values in policy documents of four levels.

Real sentences from the probe texts (/work/r20/date33/docs, addresses in comments), from the
corpus and from dev documents whose gold shows the same kind."""
import govie


def _ents(text, ref=None):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [(e.label, e.text, e.attrs.get("value")) for e in r.entities]


def _dates(text, ref=None):
    return [(t, v) for label, t, v in _ents(text, ref) if label == "DATE"]


# corpora/work-reports-2026/2026_江西省_政府工作报告.csv, its notes: a list number glued to a year
def test_a_list_number_glued_to_a_year_is_no_decimal():
    text = "“N”指省直相关部门制定出台的一系列配套政策。\n20.2026年10件民生实事：加大重点群体就业创业支持力度"
    ents = _ents(text, "2026-01-25")
    assert ("DATE", "2026年", "2026") in ents
    assert not any(label == "METRIC" and "2026" in t for label, t, _ in ents)  # was METRIC 20.2026年 = 20.2026


# dev gz-11 (policy-documents/guangzhou.jsonl doc_11): a letter mark glued to a year
def test_a_letter_mark_glued_to_a_year_is_no_decimal():
    text = "无需上传纸质表单：\na.参加生育保险的失业人员；b.2025年12月1日后生育或施行计生手术的职工。"
    assert _dates(text, "2025-12-03") == [("2025年12月1日后", "2025-12-01")]  # was missed


def test_a_decimal_before_a_unit_stays_a_metric():
    assert ("METRIC", "1.2025倍", 1.2025) in _ents("产值增长1.2025倍。")


# https://m.ltwz.net/news/DPweP9gqoV.html (沁县人民政府办公室, 2025-05-18): the 附件 list names are
# titles, their years inside them (dev sc19-46, pt-208869); the attachment's own heading keeps its DATE
QINXIAN = ("附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解\n"
           "3.2025年县政府重点工作备忘录任务分解\n沁县人民政府办公室\n2025年5月18日\n(此件公开发布)\n"
           "附件1\n2025年县政府工作报告任务清单\n")


def test_attachment_names_are_titles_and_the_heading_year_a_date():
    ents = _ents(QINXIAN, "2025-05-18")
    titles = [t for label, t, _ in ents if label == "TITLE"]
    assert titles == ["2025年县《政府工作报告》任务清单", "2025年十五件民盼实事任务分解", "2025年县政府重点工作备忘录任务分解"]
    assert [(t, v) for label, t, v in ents if label == "DATE"] == [("2025年5月18日", "2025-05-18"), ("2025年", "2025")]
    assert not any(label == "METRIC" for label, _, _ in ents)


# dev sc19-4 (国办发〔2019〕4号) and pt-176849: a relative year before a yearless date is one DATE with it
def test_a_relative_year_joins_the_yearless_date_after_it():
    assert _dates("考核数据时间节点为上一年度1月至12月。", "2019-01-30") == [("上一年度1月至12月", None)]
    assert _dates("分别于当年7月3日和下年1月3日前，正式报送", "2016-09-21") == [("当年7月3日", None), ("下年1月3日前", None)]


# http://wlnch.com/RegionArticle/Detail/13034 (花垣县人民政府, 2024): a range and a bound
def test_a_cleanup_range_and_its_bound():
    text = ("县人民政府对2022年定期清理后继续有效及2022年1月1日至2024年8月31日以县人民政府和县人民政府办公室名义发布的"
            "规范性文件进行了全面的清理。县人民政府及其办公室于2024年8月31日以前制定的规范性文件，未列入继续有效和"
            "重新公布的规范性文件目录的，自本决定发布之日起不再执行。")
    assert _dates(text) == [("2022年", "2022"), ("2022年1月1日至2024年8月31日", "2022-01-01/2024-08-31"),
                            ("2024年8月31日以前", "2024-08-31")]


# http://www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html (金乡县人民政府, 2025-02-28)
def test_plan_periods_in_quotes():
    text = "2025年是“十四五”规划的收官之年,也是“十五五”规划谋篇布局之年。"
    assert _dates(text, "2025-02-28") == [("2025年", "2025"), ("十四五", "2021/2025"), ("十五五", "2026/2030")]
