"""Probe polind25 (round 15): METRIC indicator and qualifier in policy documents (awards, targets, thresholds)."""

from .mentions import metric as _get, metrics as _metrics


def test_grant_verb_and_distributor_are_no_part_of_the_award():
    # http://www.bjhold.com/art/2022/12/19/art_1529980_59040743.html (嵊州市 2022)
    text = "当年首次列入国家电子信息百强企业、省电子信息产业百家重点企业的，分别给予一次性奖励20万元、10万元。"
    ms = _metrics(text)
    assert _get(ms, "20万元").attrs["indicator"] == "一次性奖励"
    assert _get(ms, "10万元").attrs["indicator"] == "一次性奖励"


def test_one_off_grant_after_the_sums():
    # http://z7x5u8.firk.cn/zc/9797.html (长丰县)
    text = "对新认定国家级及省级制造业创新中心、技术创新示范企业，分别给予50万元、20万元一次性奖补。"
    ms = _metrics(text)
    assert _get(ms, "50万元").attrs["indicator"] == "一次性奖补"
    assert _get(ms, "20万元").attrs["indicator"] == "一次性奖补"


def test_object_verb_before_scope_and_listed_modifiers():
    # https://luchovivas.com/art/2023/5/12/art_1229567136_59054690.html (杭州市滨江区 2023)
    text = "2023年，计划推进全区183个新建、续建项目，统筹谋划121个储备项目。"
    ms = _metrics(text)
    assert _get(ms, "183个").attrs["indicator"] == "新建、续建项目"
    assert _get(ms, "121个").attrs["indicator"] == "储备项目"


def test_listed_nouns_of_their_own_are_not_joined():
    # the first noun is whole (在建国际海缆), and examples before 等 name something else
    ms = _metrics("加快2条在建国际海缆、海口国际通信业务出入口局建设。")
    assert _get(ms, "2条").attrs["indicator"] == "在建国际海缆"
    ms = _metrics("加快国能哈密煤制油、准东3个煤制气、慧能煤炭清洁高效利用等项目建设。")
    assert _get(ms, "3个").attrs["indicator"] == "煤制气"


def test_raising_funds_and_deadline_modal():
    # https://yaoan.gov.cn/Pages_31_18539.aspx (云南省人民政府 2017)
    text = ("全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。"
            "省财政筹措3亿元资金支持城市重大基础设施建设。")
    ms = _metrics(text)
    for span in ("60%", "80%"):
        assert _get(ms, span).attrs["indicator"] == "各部门预算内专项资金"
        assert _get(ms, span).attrs["qualifier"] == "以上"
    assert _get(ms, "3亿元").attrs["indicator"] == "资金"


def test_tasks_set_out_by_a_named_list():
    # https://m.ltwz.net/news/DPweP9gqoV.html (沁县人民政府办公室 2025)
    text = "《2025年县<政府工作报告>任务分解》明确133项具体任务，涉及34个牵头单位。"
    ms = _metrics(text)
    assert _get(ms, "133项").attrs["indicator"] == "具体任务"
    assert _get(ms, "34个").attrs["indicator"] == "牵头单位"


def test_secured_supply_and_grantee_counted():
    # https://chu21.com/html/chunengy-43847.shtml (金华市婺城区人民政府 2025)
    ms = _metrics("保障全社会电量供给35亿千瓦时左右，新增储能装机5万千瓦。")
    assert _get(ms, "35亿千瓦时").attrs["indicator"] == "全社会电量供给"
    assert _get(ms, "35亿千瓦时").attrs["qualifier"] == "左右"
    # https://zh.m.wikisource.org/zh-hant/国务院办公厅关于对2021年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报
    ms = _metrics("对取得明显成效的199个地方予以督查激励，相应采取30项激励支持措施。")
    assert _get(ms, "199个").attrs["indicator"] == "地方"


def test_inclusive_bound_after_a_list_and_range_end():
    # http://sc.ruichuangshe.cn/jbzc_2024/chengdu/qyssgzlfzrgzc_27010.html (成都; used before by polind24)
    text = ("对首次进入规模以上工业企业名录库且年度营业收入在5000万元（含）—1亿元之间的企业给予30万元奖励。"
            "对首次进入商贸业企业名录且年度营业收入分别在2亿元、5000万元、2000万元、2000万元及以上的批、零、住、餐企业给予20万元奖励。")
    ms = _metrics(text)
    assert _get(ms, "1亿元").attrs["indicator"] != "之间"
    for span, nth in (("2亿元", 0), ("5000万元", 1), ("2000万元", 0), ("2000万元", 1)):
        assert _get(ms, span, nth).attrs["qualifier"] == "以上"
