"""Fix27d: known wrong activities of State Council work reports (1982, 1983, 1958, corpora/state-council-work-reports)
and variants of other years and provinces. Each failed on main."""
import pytest

from .activity_frames import sc_report, tuples

_PLAN = "二、1983年的工作安排"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "start", "mode", "agents")


@pytest.mark.parametrize("body,ref,verb", [
    # 1982 report (1979-1981 review)
    ("从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度的"
     "支出三百亿元，加上减免农村税收、增加进口商品价格补贴等方面的支出，共计一千四百多亿元。", "1982-12-10", "减免"),
    # variants: another spending list, a province's report
    ("三年来，省财政用于改善民生的支出四百亿元，加上减免企业税费、增加困难群众生活补贴等方面的支出，共计五百多亿元。",
     "2015-01-20", "减免"),
    ("去年，市财政加上减免小微企业房租、增加公益性岗位补贴等方面的支出，共计三十亿元。", "2021-02-01", "减免"),
])
def test_a_verb_inside_a_spending_noun_is_no_measure(body, ref, verb):
    text = sc_report(body)
    assert not [a for a in _acts(text, ref) if a[0] == verb]


def test_a_measure_governing_spending_is_kept():
    text = sc_report("今年要减免小微企业房租，增加对农业的投入。", _PLAN)
    assert [a for a in _acts(text, "1983-06-06") if a[0] == "减免"]


@pytest.mark.parametrize("body,ref,verb", [
    # 1983 report (sixth five-year plan)
    ("对建国以来各方面的成就和经验教训进行历史的总结，拿出高质量的研究成果。经过若干年的努力，在全国范围内逐步建立起一个"
     "学科门类齐全、布局合理、具有现代化手段的哲学社会科学研究体系。", "1983-06-06", "建立"),
    ("经过几年的努力，在全省范围内逐步建立起布局合理、功能完善的职业教育体系。", "1985-03-27", "建立"),
    ("经过一个时期的努力，逐步建立起适应社会主义市场经济的社会保障制度。", "1993-03-15", "建立"),
])
def test_a_goal_after_years_of_effort_is_planned(body, ref, verb):
    text = sc_report(body)
    hits = [a for a in _acts(text, ref) if a[0] == verb]
    assert hits and all(a[2] == "planned" for a in hits), hits
    assert text[hits[0][1]:hits[0][1] + len(verb)] == verb


def test_a_goal_reached_after_years_of_effort_stays_done():
    text = sc_report("经过几年的努力，我们已经建立起比较完整的工业体系。")
    hits = [a for a in _acts(text, "1983-06-06") if a[0] == "建立"]
    assert all(a[2] == "done" for a in hits), hits


_PLAN58 = "二、一九五八年的国民经济计划"


@pytest.mark.parametrize("body,ref,verbs", [
    # 1958 report, the plan for 1958
    ("一九五八年要求耕畜有比较快的发展。有些农业合作社从优良种畜的产区引进优良的种畜，改良畜种；也有些农业合作社推行青贮"
     "饲料，建立饲料饲草基地，增加耕畜的饲料。各地应当总结这些好的经验，积极推广。", "1958-02-03", ("推行", "建立")),
    # variants: another year's plan, cooperatives and peasants as subjects
    ("一九五七年要求扩大棉花种植面积。有些手工业合作社推行计件工资，建立新的生产制度；各地应当总结这些经验。",
     "1957-06-26", ("推行", "建立")),
    ("一九五九年要求粮食继续增产。许多农民建立互助组，推行深耕细作；各地应当推广这些经验。", "1959-04-18",
     ("建立", "推行")),
])
def test_a_cooperative_as_subject_is_no_government_activity(body, ref, verbs):
    text = sc_report(body, _PLAN58)
    found = _acts(text, ref)
    for v in verbs:
        assert not [a for a in found if a[0] == v], (v, found)


def test_a_factory_finished_after_three_years_is_no_planned_action():
    # 1958 report, plan part: an example of waste, a past fact
    body = ("今年要厉行节约。我们很多同志一律追求高标准、机械化、自动化。例如，吉林省有一个制糖厂，设计标准和机械化程度很高，花费投资二千七百"
            "万元，费时三年多，才建设完成，投入生产；而黑龙江省的另一个制糖厂，建设时间也短得多。")
    text = sc_report(body, _PLAN58)
    assert not [a for a in _acts(text, "1958-02-03") if a[0] == "完成" and a[2] == "planned"]


def test_a_plant_finished_after_four_years_in_a_plan_part_is_not_planned():
    # a variant: another plant of the same kind, another province, the plan of 1959
    body = ("今年要降低基本建设的造价。又如，河北省有一座水泥厂，花费投资一千多万元，费时四年，才建设完成；"
            "各地应当吸取这个教训。")
    text = sc_report(body, "二、一九五九年的国民经济计划")
    assert not [a for a in _acts(text, "1959-04-18") if a[0] == "完成" and a[2] == "planned"]


def test_a_condition_with_cai_neng_stays_planned():
    body = "今年要加强领导，只有这样才能完成全年的基本建设计划。"
    text = sc_report(body, _PLAN58)
    hits = [a for a in _acts(text, "1958-02-03") if a[0] == "完成"]
    assert all(a[2] == "planned" for a in hits), hits


def test_the_masses_sport_then_a_games_held_stays():
    # 2024 report: 群众体育 is no subject of 举办; the games are the government's
    text = sc_report("群众体育蓬勃开展，成都大运会、杭州亚运会和亚残运会成功举办，我国体育健儿勇创佳绩。", "一、2023年工作回顾")
    assert [a for a in _acts(text, "2024-03-05") if a[0] == "举办"]


def test_talent_is_no_past_mark_in_a_plan():
    # 2022 report plan: 人才 holds a 才 that marks no past fact
    text = sc_report("着力培育“专精特新”企业，在资金、人才、孵化平台搭建等方面给予大力支持。", "二、2022年政府工作任务")
    hits = [a for a in _acts(text, "2022-03-05") if a[0] == "搭建"]
    assert all(a[2] == "planned" for a in hits), hits
