"""Round-16 probe date24: DATE spans and values in policy documents of every level.

Real sentences from the probe texts (addresses in comments)."""
from .mentions import dates


def _dates(text, ref):
    return dates(text, reference_date=ref)


def test_a_lunar_date_in_brackets_belongs_to_its_day():
    # http://m.bd.bendibao.com/news/7953.shtm (腰山镇人民政府 通告, 2020)
    dates = _dates("一、取消2020年2月27日(二月初五)南腰山村庙会。", "2020-02-25")
    assert dates == [("2020年2月27日(二月初五)", "2020-02-27")]  # was 2020年2月27日 and 二月初 (early Feb.)


def test_a_stretch_of_the_day_after_a_lunar_date_is_one_span():
    # http://m.bm-sj.com/html/news/area/linzhang/2019_02/13/207227748.html (临漳县 通知, 2019)
    text = "一、2月20日(正月十六)早晨4時至中午12時,全縣范圍內禁止燃燒棉花秸稈、木柴等雜物(俗稱“烤百病”)。"
    assert _dates(text, "2019-02-13") == [("2月20日(正月十六)早晨4時至中午12時", "2019-02-20")]


def test_midnight_before_an_open_start_stays_in_the_span():
    # http://m.974sport.com/show/news/5276.html (秀山县 防控指挥部 令, 2020)
    text = "六、本令自2020年1月30日零時起施行,解除時間另行通知。"
    assert _dates(text, "2020-01-29") == [("2020年1月30日零時起", "2020-01-30/..")]


def test_a_clock_time_with_a_stray_space_before_a_deadline():
    # http://www.redhongan.com/p/113675.html (红安县 防控指挥部 2号令, 2020)
    text = "把以上各项要求落实到村(社区)一级,并于1月24日24: 00前全部落实到位。"
    assert _dates(text, "2020-01-24") == [("1月24日24: 00前", "2020-01-24")]


def test_a_written_year_s_same_period_is_the_sentence_s_period_in_that_year():
    # http://m.bm-sj.com/html/news/area/linzhang/2019_02/13/207227748.html
    text = "進入2019年以來,我縣空氣質量嚴重惡化,相較2018年同期有持續升高的趨勢。"
    dates = _dates(text, "2019-02-13")
    assert ("2018年同期", "2018-01-01/2018-02-13") in dates  # was 2018年 alone


def test_a_written_year_s_same_period_alone_is_that_year():
    # guard: no period earlier in the sentence
    assert _dates("与2018年同期相比有所下降。", "2019-03-01") == [("2018年同期", "2018")]


def test_early_month_is_still_a_date():
    # guard: 月初 without a lunar day number keeps its value
    assert _dates("请于3月初报送材料。", "2020-02-01") == [("3月初", "2020-03-01/2020-03-10")]


def test_every_part_of_the_day_before_a_clock_stays_in_the_span():
    # The finder and the resolver read one list of day parts (timex.DAYPARTS); the sentence is
    # 秀山县's 令 above with each part put before a clock time.
    from govie.timex import DAYPARTS
    for part in DAYPARTS.split("|"):
        text = f"六、本令自2020年1月30日{part}8时起施行,解除時間另行通知。"
        assert _dates(text, "2020-01-29") == [(f"2020年1月30日{part}8时起", "2020-01-30/..")], part
