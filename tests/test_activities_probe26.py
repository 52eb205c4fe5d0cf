"""Activities in State Council work reports: probe round 13 (act26). Sentences from
/work/shared/data/state-council-work-reports/government_work_reports.jsonl (row by year)."""

from .activity_frames import frames as _frames, none, one, sc_report as _report


# --- the course or the way of a process (…过程, …方法) is a noun, no action ---

def test_plan_drafting_method_and_course_2001():
    # year=2001: "十五"计划《纲要》…在计划制定方法上，力求提高社会参与度，使计划制定过程成为发扬民主、集思广益的过程
    text = _report("强调计划的实施要充分发挥市场机制的作用，政府宏观调控要更多地运用经济杠杆、经济政策和法律手段。"
                   "在计划制定方法上，力求提高社会参与度，使计划制定过程成为发扬民主、集思广益的过程，"
                   "成为各有关方面达成共识的过程。")
    none(_frames(text, "2001-03-05"), "制定")


def test_plan_compiling_course_1982():
    # year=1982: 在计划编制过程中曾经进行了认真的综合平衡
    text = _report("这些指标是稳妥可靠的，经过努力是可以实现的。在计划编制过程中曾经进行了认真的综合平衡。",
                   "二、第六个五年计划的基本任务")
    none(_frames(text, "1982-12-10"), "编制")


def test_course_of_transformation_1955():
    # year=1955: 以及在社会主义改造过程中各种经济成份统筹安排的问题
    text = _report("这里包括由于工业的迅速发展而发生的困难，以及在社会主义改造过程中各种经济成份统筹安排的问题。")
    none(_frames(text, "1955-07-05"), "改造")


# --- a complement of manner after the verb (V得…) judges how it was done, no action ---

def test_plan_drafted_late_1980():
    # year=1980 (dev sc-report-1980, spurious before): 鉴于过去年度计划制定得比较晚，不利于各地区、各部门…
    text = _report("鉴于过去年度计划制定得比较晚，不利于各地区、各部门安排生产和建设。",
                   "二、关于一九八一年国民经济计划的安排")
    none(_frames(text, "1980-08-30"), "制定")


def test_gained_stays_an_action():
    # 得到/得以 are no manner complements: a real action before them is untouched
    # year=2017: 全面推开营改增试点，全年降低企业税负5700多亿元
    text = _report("全面推开营改增试点，全年降低企业税负5700多亿元，所有行业实现税负只减不增。")
    one(_frames(text, "2017-03-05"), "推开")
