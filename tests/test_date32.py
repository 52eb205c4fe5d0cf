"""Round-19 probe date32: DATE spans and values in State Council work reports of many eras.

Real sentences from the probe texts (../shared/data/state-council-work-reports, zh.wikisource; the
report's year and the excerpt's offset into its content in each comment)."""
from .mentions import dates


# 1999 report (1999-03-05), excerpt at 3232
BUDGET_1999 = ("去年财政增发1000亿元国债加强基础设施建设，银行也相应增加了贷款，但全年货币发行还比年初计划少了近500亿元；"
               "社会商品零售价格和消费价格的总水平都比上年下降。")


def test_a_year_named_by_a_word_is_the_one_its_paragraph_speaks_of():
    got = dates(BUDGET_1999, reference_date="1999-03-05")
    assert ("全年", "1998") in got  # was null
    assert ("年初", "1998-01") in got  # was null
    assert ("上年", "1997") in got  # was 1998


# 1987 report (1987-03-25), excerpt at 4293
INVEST_1987 = "去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长７．３％，大大低于１９８５年增长４４．６％的速度。"


def test_the_year_before_the_one_named_by_a_word():
    assert ("上年", "1985") in dates(INVEST_1987, reference_date="1987-03-25")  # was 1986


def test_a_comparison_base_names_no_year_spoken_of():
    # 比去年 is the base, not the year the sentence speaks of: 上年 stays the reference year's last.
    got = dates("今年中央财政预算赤字 1503亿元，比去年增加了，比上年有所下降。", reference_date="1999-03-05")
    assert ("上年", "1998") in got


# 1981 report (delivered 1981-11-30), excerpt at 5820
YEAR_END_1981 = "一年来经济建设中取得的成就，是在中国共产党领导下，全国各族人民共同奋斗的结果。"


def test_a_year_end_report_reviews_its_own_year():
    assert dates(YEAR_END_1981, reference_date="1981-11-30") == [("一年来", "1981")]  # was 1980
    assert dates(YEAR_END_1981, reference_date="1982-03-05") == [("一年来", "1981")]  # a spring report: the year before


# 1982 report (delivered 1982-11-30), excerpt at 28896
NEXT_1982 = "在今后三年中，我们还要坚定不移地把政府的机构改革工作继续做好。"


def test_coming_years_at_the_year_end_start_with_the_next():
    assert dates(NEXT_1982, reference_date="1982-11-30") == [("今后三年", "1983/1985")]  # was 1982/1984
    assert dates(NEXT_1982, reference_date="1982-03-05") == [("今后三年", "1982/1984")]


# 1992 report (1992-03-20), excerpt at 1609
def test_since_reform_and_opening_runs_from_1978():
    got = dates("这三年治理整顿之所以进行得比较顺利，是同改革开放以来我国经济实力有了很大增强分不开的。",
                reference_date="1992-03-20")
    assert ("改革开放以来", "1978/1992-03-20") in got  # was not tagged


def test_eras_since_the_founding_and_the_plenum():
    # dev gold sc-report-1980 (建国以来, 党的十一届三中全会以来，…) and sc-report-2003 (新中国成立以来)
    assert dates("两年这样大幅度的连续增产，是建国以来没有过的。", reference_date="1980-08-30") \
        == [("建国以来", "1949/1980-08-30")]
    assert dates("党的十一届三中全会以来，由于在农村落实了一系列政策", reference_date="1980-08-30") \
        == [("党的十一届三中全会以来", "1978-12/1980-08-30")]
    # a noun it modifies (dev sc-report-1993): no DATE
    assert dates("是巩固和发展党的十一届三中全会以来改革开放和现代化建设伟大成果的五年", reference_date="1993-03-15") == []
    assert dates("创建国以来最好水平", reference_date="2020-01-01") == []  # 创建 + 国…, no founding


# 1987 report (1987-03-25), excerpt at 4293
def test_these_years_is_a_vague_date():
    assert dates("这些年来，认真纠正了过去片面强调积累、忽视消费的偏向。", reference_date="1987-03-25") == [("这些年来", None)]
