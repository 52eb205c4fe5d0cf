"""Probe date44n: DATE values in State Council work report excerpts (round 26)."""
from govie.pipeline import extract, segment
from govie.text.normalize import normalize
from govie.text.report import report_parts

# 1994 State Council work report (shared/data government_work_reports.jsonl, year=1994), an excerpt without its head
_1994 = ("一、１９９３年国内工作的回顾和１９９４年工作的基本方针\n国民经济快速增长。\n"
         "在１９９２年快速增长的基础上，１９９３年我国经济继续蓬勃发展。国内生产总值突破３万亿元大关，比上年增长百分之十三点四。")


def test_shang_nian_in_a_headless_report_takes_its_block_period():
    dates = [(e.text, e.attrs.get("value"), e.start) for e in extract(_1994, reference_date="1994-03-10", model=None).entities
             if e.label == "DATE"]
    shang = [d for d in dates if d[0] == "上年"]
    assert len(shang) == 1 and shang[0][1] == "1992"
    assert _1994[shang[0][2] : shang[0][2] + 2] == "上年"


def test_base_year_of_zai_jichu_shang_is_not_the_block_period():
    clean = normalize(_1994).text
    parts = report_parts(clean, segment(clean), 1994, True)
    block = clean.index("在1992年")  # normalize folds full-width digits
    assert parts.periods.get(block) == "1993"


def _dates(text, ref):
    return [(e.text, e.attrs.get("value"), e.start) for e in extract(text, reference_date=ref, model=None).entities
            if e.label == "DATE"]


def test_ji_nian_yiqian_is_a_vague_date():
    # 1964 State Council work report (government_work_reports.jsonl, year=1964)
    text = "周总理说，几年以前，我国的国民经济在取得巨大发展的同时，曾经遇到了相当严重的困难。"
    dates = _dates(text, "1964-12-21")
    assert ("几年以前", None, text.index("几年以前")) in dates


def test_shang_nian_after_a_stretch_of_years_takes_the_paragraph_year():
    # 1987 State Council work report (government_work_reports.jsonl, year=1987)
    text = ("在经济领域，过去一年里取得的最重要的成绩，就是把１９８４年末至１９８５年一度出现的经济过热现象初步调整过来，"
            "使整个国民经济继续纳入正常发展的轨道。全国社会总产值达到１８７７４亿元，比上年增长９．１％；"
            "其中工农业总产值１５１０４亿元，比上年增长９．３％。")
    shang = [d for d in _dates(text, "1987-03-25") if d[0] == "上年"]
    assert [(v, text[s : s + 2]) for _, v, s in shang] == [("1985", "上年"), ("1985", "上年")]


def test_plan_years_named_after_the_plan_and_repeated_bare():
    # 1957 State Council work report (government_work_reports.jsonl, year=1957)
    text = ("在我国发展国民经济的第一个五年计划中，我们已经正确地规划了建设和改造相结合的步骤。"
            "而1956年，伴随着社会主义改造的高潮的到来，我国的社会主义建设有了一个跃进的发展，"
            "经济事业和文教事业的发展规模和速度，都大大地超过了五年计划的前三年，有些甚至超过了前三年增长的总和。")
    parts = [(v, s) for t, v, s in _dates(text, "1957-06-26") if t == "前三年"]
    first = text.index("前三年")
    assert parts == [("1953/1955", first), ("1953/1955", text.index("前三年", first + 1))]

