"""Probe full49c: complete county-level documents (固安县's 2024 review, 长清区 and 苍南县 notices)."""
import govie

# https://hebei.news.163.com/25/0122/15/JMH480OU04159CNM.html (固安县 2024 review, 河北)
REVIEW = ("这一年,我们千方百计惠民生,各项事业协调发展。医疗事业提质增效。全县医疗系统门急诊量同比增长12%。"
          "北京专家来固出诊2419人次。")
HONOURS = ("“固安番茄”入选全国名特优新农产品名录。全县体育特色学校建成35个,新建笼式运动场10座。"
           "举办重大体育赛事50余场,承办全国竞走大奖赛等两项国家级赛事。入选第二批全国全民运动健身模范县创建名单。")


def _metrics(text):
    return {e.text: e.indicator for e in govie.extract(text, model=None).entities if e.label == "METRIC"}


def test_visitors_place_is_not_the_division():
    # the experts come from Beijing to 固安: the county's review is not Beijing's
    r = govie.extract(REVIEW, model=None, reference_date="2025-01-22")
    assert r.meta["division"] is None and r.meta["jurisdiction"] is None
    # and 北京 is no scope word of the document's own to strip from what is measured
    assert _metrics(REVIEW)["2419人次"] == "北京专家来固出诊"


def test_national_tier_of_an_honour_is_no_national_voice():
    # 全国 as the tier of an honour won or an event hosted: the county text is not a central one
    r = govie.extract(HONOURS, model=None, reference_date="2025-01-22")
    assert r.meta["division"] is None


def test_payment_and_hardening_verbs_open_no_indicator():
    text = "社会保障兜底有力。新增就业岗位28000个,拨付就业补助1490万元。聚焦农村增活力。硬化乡镇通三级道路17.9公里。"
    m = _metrics(text)
    assert m["1490万元"] == "就业补助"
    assert m["17.9公里"] == "乡镇通三级道路"


def test_rate_noun_is_no_trigger_and_payment_is_a_service():
    text = "固安一中本科上线率和强基上线率同比提升7.12%和13.86%。新增就业岗位28000个,拨付就业补助1490万元。"
    acts = govie.extract(text, model=None).activities
    assert [(a.trigger["text"], a.type) for a in acts] == [("拨付", "service")]
    a = acts[0]
    assert text[a.trigger["start"]:a.trigger["end"]] == "拨付"


def test_place_opening_a_festival_name_is_no_place():
    text = "发展农村电商、直播农业等新业态,举办京津冀蔬菜节、农民丰收节等活动,新增农产品销售额5亿元。"
    assert [e.text for e in govie.extract(text, model=None).entities if e.label == "LOC"] == []
    # a place before 节能 or a word ending in 节 stays a place
    assert [e.text for e in govie.extract("推动京津冀节能降耗。", model=None).entities if e.label == "LOC"] == ["京津冀"]
    found = govie.extract("这五年，雄安新区拔节生长，京津冀协同发展成果丰硕。", model=None).entities
    assert "雄安新区" in [e.text for e in found if e.label == "LOC"]


def test_a_place_before_a_word_ending_in_jie_is_no_festival():
    # 1955 State Council report (corpora/state-council-work-reports): 节 opens 节衣缩食, and 春耕时节 is a season;
    # the festival reading needs the name to end at 节.
    for text, place in (("我们就非学习苏联人民当时节衣缩食刻苦建设的精神不可。", "苏联"),
                        ("在河北春耕时节，农民忙于播种。", "河北")):
        locs = [e for e in govie.extract(text, model=None).entities if e.label == "LOC"]
        assert [(e.text, text[e.start:e.end]) for e in locs] == [(place, place)]
