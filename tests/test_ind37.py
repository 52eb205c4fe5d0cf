"""Probe ind37: METRIC indicator and kind in policy documents (实施方案, 行动计划, 办法, digests)."""

import govie


def _metrics(text, ref=None):
    res = govie.extract(text, reference_date=ref, model=None)
    return {e.text: e.attrs for e in res.entities if e.label == "METRIC"}


# http://bs.wnzfw.gov.cn/c/2017/1127/702109.shtml (渭南政法网, 白水县 reward 办法, 2017-11-27)
BAISHUI = ("据了解,该《办法》对自2017年起培育和新纳入“四上”企业的相关单位和企业统计人员进行奖励。根据《办法》,"
           "该县当年成功申报的规模以上工业企业,给予一次性奖励5万元;当年成功申报5000万元以上投资项目(政府类投资项目除外),"
           "给予一次性奖励3万元;并对辅导“四上”企业培育入库成绩突出的部门主要负责人、分管领导、业务人员,"
           "每新增一户一次性奖励每人1000元。")


def test_rule_from_a_year_sets_no_plan():
    # "自2017年起" is when the rule applies: the rewards are neither goals nor of a year
    ms = _metrics(BAISHUI, "2017-11-27")
    assert ms["5万元"]["kind"] is None and ms["5万元"]["period"] is None
    assert ms["1000元"]["kind"] is None


def test_size_class_after_verbs_only():
    ms = _metrics(BAISHUI, "2017-11-27")
    assert ms["5000万元"]["indicator"] == "投资项目"
    assert ms["5000万元"]["change"] is None and ms["5000万元"]["qualifier"] == "以上"


def test_unit_a_grant_is_per_is_no_part_of_it():
    ms = _metrics(BAISHUI, "2017-11-27")
    assert ms["1000元"]["indicator"] == "一次性奖励"


# http://z7x5u8.firk.cn/zc/9797.html (长丰县推动经济高质量发展若干政策)
CHANGFENG = ("1.鼓励新引进工业项目。对新引进先进制造业固定资产投资1000万元以上的,按固定资产投资额的10%给予最高2000万元补贴,"
             "其中奖补资金50%待企业达产升规后兑现。补助资金市县按1:1比例承担。\n"
             "2.推动企业技改升级。对存量工业企业升级改造投资500万元以上(含)的,按购置新设备投资额的15%给予最高2000万元补贴。\n"
             "2.创新产品奖励。新认定安徽省新产品给予5万元奖补,每个企业最高奖补不超过20万元;")


def test_part_of_a_grant_after_qizhong():
    assert _metrics(CHANGFENG)["50%"]["indicator"] == "奖补资金"


def test_threshold_with_its_own_note():
    m = _metrics(CHANGFENG)["500万元"]
    assert m["indicator"] == "存量工业企业升级改造投资" and m["change"] is None and m["qualifier"] == "以上"


def test_cap_per_enterprise():
    m = _metrics(CHANGFENG)["20万元"]
    assert m["indicator"] == "奖补" and m["qualifier"] == "以内"


def test_cap_per_enterprise_names_nothing():
    # same page: "对新认定省级首台套重大技术装备…给予省级补助资金1:1配套奖励,每个企业最高不超过20万元。"
    m = _metrics("给予省级补助资金1:1配套奖励,每个企业最高不超过20万元。")["20万元"]
    assert m["indicator"] is None


# https://hnmdtv.com/news/2023/0615/272179.html (大河财立方 digest of 上海市推动制造业高质量发展三年行动计划, 2023-06-15)
SHANGHAI = ("6月15日,上海市人民政府办公厅印发《上海市推动制造业高质量发展三年行动计划(2023-2025年)》,其中提到,到2025年,"
            "“2+(3+6)+(4+5)”现代化产业体系不断夯实,工业增加值超过1.3万亿元,占地区生产总值比重达25%以上。\n"
            "——高端制造引领功能大幅提升。工业战略性新兴产业产值占规模以上工业总产值比重达45%,工业劳动生产率超过50万元/人。\n"
            "——自主创新策源水平显著增强。一批关键领域实现攻关突破,产业链供应链自主可控能力持续提高,重点制造业企业研发投入强度达2.5%以上。\n"
            "——数字化和绿色化转型成效明显。规模以上制造业企业数字化转型比例达80%以上,工业机器人使用密度力争达360台/万人。\n"
            "同时,《三年行动计划(2023-2025年)》围绕强链升级行动、强基筑底行动等方面出台了22条重点任务。")


def test_dashed_goals_under_a_deadline():
    ms = _metrics(SHANGHAI, "2023-06-15")
    for span in ("45%", "50万元/人", "2.5%", "80%", "360台/万人"):
        assert (ms[span]["kind"], ms[span]["period"]) == ("target", "2025"), span


def test_research_intensity_is_one_name():
    assert _metrics(SHANGHAI, "2023-06-15")["2.5%"]["indicator"] == "重点制造业企业研发投入强度"


def test_density_per_ten_thousand_people():
    assert "360台/万人" in _metrics(SHANGHAI, "2023-06-15")


def test_plan_in_a_cited_title_sets_no_goal():
    assert _metrics(SHANGHAI, "2023-06-15")["22条"]["kind"] is None


# https://bbs.cnyw.net/archiver/tid-3943510.html (浙江发布: 浙江省政府下达2025年国民经济和社会发展计划, 2025-03-07)
ZHEJIANG = ("近日,浙江省人民政府印发《关于下达2025年浙江省国民经济和社会发展计划的通知》。\n"
            "发挥政策引导保障支撑作用,最大程度把政策红利转化为发展动力\n加快落实中央一揽子经济政策\n"
            "承接执行更加积极的财政政策、适度宽松的货币政策。\n"
            "迭代完善“8+4”经济政策体系\n安排省级财政资金1042.8亿元,供应建设用地35万亩以上。")


def test_page_on_a_years_plan_sets_that_years_goals():
    ms = _metrics(ZHEJIANG, "2025-03-07")
    assert (ms["1042.8亿元"]["kind"], ms["1042.8亿元"]["period"]) == ("target", "2025")
    assert ms["35万亩"]["indicator"] == "建设用地" and ms["35万亩"]["kind"] == "target"


# http://www.minhou.gov.cn/…/t20201019_3558519.htm (闽侯县民政局, 2020-10-19)
def test_count_of_items_summed_names_nothing():
    text = ("80周岁以上农村低保老年人高龄补贴费31200元(两项合计34800元)详见附表。")
    assert _metrics(text, "2020-10-19")["34800元"]["indicator"] is None
