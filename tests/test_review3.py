"""Review of round 21's merges (review3): over-firing and wrong links found in the new rules."""

from tests.mentions import depts, spans


def _locs(text):
    return spans(text, "LOC", model=None)


def test_words_that_begin_with_a_lane_head_are_no_lanes():
    # constructed: 老街坊 (neighbours), 老街道, 街头巷尾 and 街巷 read across the head are no named lanes (loc46d)
    assert _locs("看望社区老街坊，与他们拉家常。") == []
    assert _locs("走遍街头巷尾，倾听群众呼声。") == []
    assert _locs("对县城老街道进行改造。") == []
    assert _locs("实施城区老街巷提升工程。") == []
    # the probe's lanes stay
    assert _locs("推广麒麟区西门街老街有机更新模式") == ["麒麟区西门街老街"]


def test_a_list_of_peoples_names_before_a_firm_verb_is_no_list_of_firms():
    # constructed: 荣获/获评/入选 after a list of people (org40d's coined-firm list read them as ORG)
    assert spans("张伟、李娜荣获全国五一劳动奖章。", "ORG", model=None) == []
    assert spans("刘洋、陈晨获评优秀共产党员。", "ORG", model=None) == []
    assert spans("晋能华昱、晋钢智造获批省级智能制造试点企业。", "ORG", model=None) == ["晋能华昱", "晋钢智造"]


def test_a_bare_procuratorate_after_another_levels_court_is_that_levels():
    # constructed (a county notice, the shape of dept50's 酉阳 sentence): 市法院、检察院 names the city's
    # procuratorate; the county's is a wrong body
    text = "酉阳县人民政府关于做好防汛工作的通知\n市法院、检察院、司法局分管领导参加会议。"
    found = dict(depts(text, model=None))
    assert found["检察院"] == "重庆市人民检察院"
    text = "酉阳县人民政府关于做好防汛工作的通知\n县法院、检察院、司法局分管领导参加会议。"
    assert dict(depts(text, model=None))["检察院"] == "酉阳土家族苗族自治县人民检察院"


def test_a_bare_court_after_a_spelt_out_procuratorate():
    # constructed: 县人民检察院、 is seven characters, beyond the six the list test read
    text = "酉阳县人民政府关于做好防汛工作的通知\n县人民检察院、法院分管领导参加会议。"
    assert ("法院", "酉阳土家族苗族自治县人民法院") in depts(text, model=None)


def test_a_quantity_of_old_streets_and_a_verbs_lanes_are_no_lane():
    # 2026 Shanxi report (work-reports-2026/2026_山西省_政府工作报告.csv)
    assert _locs("城市更新、完整社区等国家试点成效明显。一批老城老街、古镇古村焕发新颜，烟火气更浓。") == []
    # cluener2020 train: 让当地摄影师带着你走街串巷
    assert _locs("用一个上午的时间，让当地摄影师带着你走街串巷。") == []


def test_heritage_sites_listed_before_a_firm_verb_are_no_firms():
    # 2026 Qinghai report (work-reports-2026/2026_青海省_政府工作报告.csv)
    text = "4次提高城乡居民基础养老金，喇家遗址、热水墓群入选全国“百年百大考古发现”。"
    assert spans(text, "ORG", model=None) == []
