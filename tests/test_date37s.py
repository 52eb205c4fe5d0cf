"""DATE in State Council work reports of 1955-2001: plan years, century ends, 解放以来 (probe date37s)."""
import govie

SC = "corpora/state-council-work-reports (zh.wikisource.org 中华人民共和国国务院政府工作报告)"


def _dates(text, ref):
    return [(m.text, m.attrs.get("value")) for m in govie.extract(text, reference_date=ref).entities if m.label == "DATE"]


def test_a_plans_last_year_is_one_span():
    # SC 1964 (摘要): 都超过第一个五年计划最后一年即一九五七年的水平
    got = _dates("据估计，粮食、棉花、烤烟、甘蔗、猪、羊等主要农业牧业产品的产量，都超过第一个五年计划最后一年即一九五七年的水平。", "1964-12-21")
    assert got == [("第一个五年计划最后一年", "1957"), ("一九五七年", "1957")]


def test_a_plans_last_year_with_de():
    # SC 1982: 一九八○年，也就是第五个五年计划的最后一年，国务院曾拟订出…
    got = _dates("一九八○年，也就是第五个五年计划的最后一年，国务院曾拟订出从一九八一年到一九八五年的第六个五年计划的基本轮廓和主要指标。", "1982-11-30")
    assert ("第五个五年计划的最后一年", "1980") in got and ("一九八一年到一九八五年", "1981/1985") in got
    assert "第六个五年计划" not in [t for t, _ in got]  # the plan itself, no time


def test_plan_years_named_without_jihua():
    # SC 1982 (sentence shortened in the middle): 第七个五年的发展速度必将高于第六个五年…第八个五年和第九个五年
    got = _dates("整顿工作做好了，又完成了为第七个五年计划准备的一批重点建设项目的建设，实现了一批重大的技术改造和科技攻关，"
                 "第七个五年的发展速度必将高于第六个五年。只要扎扎实实地做好工作，第八个五年和第九个五年的发展速度肯定还会再高一些。", "1982-11-30")
    assert got == [("第七个五年", "1986/1990"), ("第六个五年", "1981/1985"), ("第八个五年", "1991/1995"),
                   ("第九个五年", "1996/2000")]


def test_plan_years_in_a_comparison():
    # SC 1959: 因此，一九五七年同第二个五年各年度相比的时候
    assert ("第二个五年", "1958/1962") in _dates("因此，一九五七年同第二个五年各年度相比的时候，就应当按照一九五七年价格计算。", "1959-04-18")


def test_a_journeys_first_five_years_is_no_plan():
    # SC 2021 (as dev wr2026-liaoningm leaves it): 开启全面建设社会主义现代化国家新征程的第一个五年
    assert "第一个五年" not in [t for t, _ in _dates("“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。", "2021-03-05")]


def test_two_years_in_chinese_numerals():
    # SC 1982: 一九八一和一九八二两年计划执行的结果; SC 1986: 一九七九和一九八○两年合计近三百亿
    assert ("一九八一和一九八二两年", "1981/1982") in _dates("一九八一和一九八二两年计划执行的结果，工农业生产的增长，都超过了六五计划规定的年平均递增速度，全国上下都高兴。", "1982-11-30")
    assert ("一九七九和一九八○两年", "1979/1980") in _dates("“五五”末期，国家财政出现较大的赤字，一九七九和一九八○两年合计近三百亿元。", "1986-03-25")


def test_past_years_with_a_two_digit_count():
    # SC 1982: 过去二十八年的工业发展速度虽然不低，但是效益很差
    assert _dates("过去二十八年的工业发展速度虽然不低，但是效益很差。", "1982-11-30") == [("过去二十八年", "1954/1981")]


def test_end_of_this_century_is_its_last_year():
    # SC 1982: 到本世纪末争取实现工农业年总产值翻两番的宏伟目标; SC 1998: 力争到本世纪末使大多数国有大中型骨干企业…
    assert _dates("到本世纪末争取实现工农业年总产值翻两番的宏伟目标。", "1982-11-30") == [("本世纪末", "2000")]
    assert _dates("使大多数国有大中型亏损企业摆脱困境，力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度。", "1998-03-05") == [("本世纪末", "2000")]


def test_the_start_of_a_century_stays_open():
    # dev sc19-20: 为在下世纪初全面实现防震减灾目标 (null)
    assert _dates("为在下世纪初全面实现防震减灾十年目标打下扎实的基础。", "1996-02-05") == [("下世纪初", None)]


def test_since_liberation():
    # SC 1957: 解放以来，我国小学、中学和高等学校都有了很大的发展; SC 1955: 全国解放以来，国家对高等…
    assert _dates("解放以来，我国小学、中学和高等学校都有了很大的发展。", "1957-06-26") == [("解放以来", "1949/1957-06-26")]
    assert _dates("全国解放以来，我国各民族人民的物质生活和文化生活的水平是逐步地提高的。", "1955-07-05") == [("全国解放以来", "1949/1955-07-05")]

