"""Probe act77s: activities in State Council work reports (fresh excerpts of the 1959, 1998, 2005 and 2017
reports, ../shared/data/state-council-work-reports/government_work_reports.jsonl [year=…]). Real sentences,
addresses in comments; each failed on main."""
from .activity_frames import frames, none, one, sc_report, tuples

_R98 = "一、关于过去五年的政府工作"
_R05 = "一、过去一年工作回顾"


def test_a_system_set_up_step_by_step_in_a_review_is_done():
    # 1998 report [year=1998] 一、关于过去五年的政府工作, 城乡居民收入显著增加: 初步建立起 reports a step done
    text = sc_report("全国初步建立起统一的企业职工基本养老保险制度，失业保险逐步扩大。", heading=_R98)
    assert one(frames(text, "1998-03-05"), "建立")["mode"] == "done"


def test_a_working_week_put_in_force():
    # 1998 report [year=1998] 一、…, 城乡居民收入显著增加
    text = sc_report("五年来城镇新增就业3555万人。城镇实行了每周五天工作制。", heading=_R98)
    assert one(frames(text, "1998-03-05"), "实行")["mode"] == "done"


def test_counted_regulations_are_publications_and_counted_bills_are_proposed():
    # 1998 report [year=1998] 一、…, 社会主义民主和法制建设得到加强
    text = sc_report("五年来，国务院提出法律草案66个，制定行政法规197个，依法行政状况有所改善。", heading=_R98)
    found = tuples(text, "1998-03-05", "trigger", "type", "mode")
    assert ("提出", "other", "done") in found
    assert ("制定", "publication", "done") in found


def test_a_titled_law_reported_in_force():
    # 1998 report [year=1998] 一、…, 国防和军队现代化建设迈出新的步伐
    text = sc_report("我国第一部《国防法》开始实施。各级政府支持人民军队贯彻新时期军事战略方针。", heading=_R98)
    found = tuples(text, "1998-03-05", "trigger", "start", "mode")
    assert ("实施", text.index("开始实施") + 2, "done") in found


def test_training_received_by_workers_is_theirs():
    # 1998 report [year=1998] 一、…, 科技教育文化事业在改革中前进
    text = sc_report("数以亿计的城乡劳动者接受了不同形式和不同程度的岗位培训、技术和专业培训。", heading=_R98)
    none(frames(text, "1998-03-05"), "培训")


def test_completing_more_tasks_is_an_aim():
    # 1959 report [year=1959] 二、…一九五九年经济战线上的任务, 在运输方面
    text = sc_report("运输部门应当提高运输工作的计划性，力求缩短货物装卸时间，加速车辆和船舶的周转，节约燃料的消耗，"
                     "以现有的运输设备完成更多的运输任务。",
                     heading="二、我们在第二个五年计划的第二年——一九五九年经济战线上的任务")
    none(frames(text, "1959-04-18"), "完成")


def test_a_verb_joined_to_a_noun_has_no_object():
    # 2017 report [year=2017] 三、2017年重点工作任务 （五）, 加强现代农业建设
    text = sc_report("加快推进农产品标准化生产、品牌创建和保护，打造粮食生产功能区。", heading="三、2017年重点工作任务")
    none(frames(text, "2017-03-05"), "创建")


def test_funds_put_in_after_a_spending_noun():
    # 2005 report [year=2005] 一、过去一年工作回顾 （四）
    text = sc_report("各级政府加大对科技、教育、文化、卫生、体育事业的支持，中央财政用于这些方面的支出987亿元，"
                     "投入国债资金147亿元。", heading=_R05)
    assert one(frames(text, "2005-03-05"), "投入")["mode"] == "done"


def test_decisive_measures_are_no_content():
    # 2005 report [year=2005] 一、…（四）
    text = sc_report("重视农村卫生设施建设，稳步进行新型农村合作医疗制度试点。采取果断措施，及时遏制高致病性禽流感疫情蔓延。",
                     heading=_R05)
    found = frames(text, "2005-03-05")
    none(found, "采取")
    assert one(found, "进行")["mode"] == "done"


def test_an_arrangement_reported_carried_out():
    # 2005 report [year=2005] 一、…（三）
    text = sc_report("实施“走出去”战略，参与区域经济合作。内地与香港、澳门更紧密经贸关系安排顺利实施。", heading=_R05)
    found = tuples(text, "2005-03-05", "trigger", "start", "mode")
    assert ("实施", text.index("顺利实施") + 2, "done") in found


def test_mass_activities_flourishing_are_the_peoples():
    # 2005 report [year=2005] 一、…（四）
    text = sc_report("对外文化交流更加活跃。群众性体育活动蓬勃开展。", heading=_R05)
    none(frames(text, "2005-03-05"), "开展")
