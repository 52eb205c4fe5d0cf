"""Activities in national news of inspections and ministries' work (probe act55, round 20)."""

from .activity_frames import frames, none, one

_MOE = ("教育部6个督查组赴11省专项督查春季开学\n发布时间：2014-2-24 10:36:50\n"
        "根据《教育部关于做好2014年春季开学工作的通知》要求，教育部将在各地各校自查基础上，就春季开学工作进行专项督查。\n\n"
        "教育部的6个督查组于21日至28日，赴天津、吉林、江苏、安徽、山东、河南、广西、四川、贵州、陕西、甘肃等11个省市区，"
        "采取听取汇报、校园巡视、随机听课、查阅资料、走访座谈等形式开展春季开学专项督查，深入了解各地各校春季开学工作情况。\n")


def test_means_listed_before_the_event_verb_are_no_events():
    # hnshyzx.com 2014-02-24 (教育部督查组): 走访座谈 is a means of the inspection 开展 carries
    found = frames(_MOE, "2014-02-24")
    none(found, "座谈")
    assert one(found, "开展")["type"] == "inspection"


def test_spot_checks_listed_as_means_are_no_events():
    # cnsoe.com 2023-12-07 (国务院安全生产和消防工作考核巡查, 新华社)
    text = ("据应急管理部有关负责人介绍，考核巡查组采取随机抽查、突击检查、夜查走访等多种方式，结合各地区地域特点、"
            "前三季度督查暗访发现的问题隐患、群众举报的问题线索，对地方党委政府和部门有关工作进行核查抽查。\n")
    found = frames(text, "2023-12-07")
    for word in ("抽查", "检查", "走访", "督查", "督查暗访"):
        none(found, word)


def test_meeting_held_as_a_means_keeps_its_own_event():
    # dev weekly-report-2023-17 shape: 通过召开座谈会、实地走访等方式 — the 座谈会 is an event of its own (guide)
    text = "5月11日，水利厅行政审批处组织调研组赴绵阳江油开展政务服务专题调研。调研组通过召开座谈会、实地走访等方式，深入了解情况。\n"
    assert one(frames(text, "2023-05-20"), "召开")["type"] == "meeting"


def test_the_inspection_named_in_its_basis_is_no_action():
    # cnsoe.com 2023-12-07: 根据国务院…考核巡查统一安排部署 names the plan; only the groups' inspection is reported
    text = ("记者6日从应急管理部获悉，根据国务院2023年度省级政府安全生产和消防工作考核巡查统一安排部署，"
            "由国务院安委会有关成员单位负责人带队的20个考核巡查组已按计划完成对31个省（自治区、直辖市）"
            "和新疆生产建设兵团2023年度安全生产和消防工作现场考核巡查。\n")
    found = frames(text, "2023-12-07")
    assert len([f for f in found if f["trigger"] == "巡查"]) <= 1
    assert not [f for f in found if f.get("name") == "统一安排部署"]


def test_will_then_topic_then_light_verb_is_planned():
    # hnshyzx.com 2014-02-24: 教育部将在…基础上，就春季开学工作进行专项督查
    assert one(frames(_MOE, "2014-02-24"), "督查")["mode"] == "planned"


def test_will_invite_is_planned():
    # gov.cn 2018-09-10 (国务院派出8个督查组分赴30个部门和单位开展督查)
    text = ("今年大督查首次把中国电信、中国联通、中国移动纳入督查范围，并将邀请网民与三大电信运营商面对面沟通交流。\n")
    assert one(frames(text, "2018-09-10"), "沟通")["mode"] == "planned"


_MOFCOM = ("1月12日下午，商务部举行例行记者会，新闻发言人束珏婷在发布会上表示，过去三年，世界变局加速演进。\n"
           "对于2023年中国外贸的表现，束珏婷认为，中国外贸保稳提质的任务依然十分艰巨。她强调说，商务部将持续密切跟踪形势，"
           "加大支持力度，全力推动外贸稳规模、优结构，主要开展以下几方面工作：\n"
           "一是稳住外贸订单。发挥驻外经商机构作用，做好贸易促进工作，支持外贸企业赴境外参展、对接洽谈。"
           "支持中小微企业以多种形式参加境外展会。办好广交会等重点展会，加强对境外采购商的招商招展。\n")


def test_items_of_a_list_announced_with_will_are_planned():
    # sunny.enseignement-lsf.com P_627098 (商务部例行记者会 2023-01-12)
    assert one(frames(_MOFCOM, "2023-01-12"), "办好")["mode"] == "planned"


def test_a_press_briefing_is_an_event():
    # the same briefing: 举行例行记者会, as 举行例行新闻发布会 (qianlew.com 2025-06-05)
    f = one(frames(_MOFCOM, "2023-01-12"), "举行")
    assert (f["type"], f["mode"], f["date"]) == ("event", "done", "2023-01-12")


def test_a_notice_distributing_its_items_is_no_plan_list():
    # 现将有关事项通知如下： opens a notice's requirements; its 将 marks the object, no list of coming work
    text = "各区商务局：\n现将有关事项通知如下：\n一、市商务局举办了广交会。\n"
    assert all(f["mode"] == "done" for f in frames(text, "2023-01-12") if f["trigger"] == "举办")


def test_a_campaign_launched_is_an_event():
    # qianlew.com 2025-06-05 (商务部例行新闻发布会): 推出…主题活动
    text = "为更好推进全球电商协同发展，推动构建普惠包容的经济全球化，2025年，商务部推出“电商惠全球”主题活动，具体有以下几个特点：\n"
    assert one(frames(text, "2025-06-05"), "推出")["type"] == "event"


def test_measures_launched_stay_publications():
    # 推出 without an event object keeps its type (dev wr2026-anhui 推出稳经济“30条”)
    text = "2025年，省政府推出稳经济“30条”和支持科技创新若干政策。\n"
    found = [f for f in frames(text, "2026-01-20") if f["trigger"] == "推出"]
    assert found and found[0]["type"] == "publication"


def test_a_decision_after_a_time_word_is_the_bodys():
    # mlcx.apcreports.org.cn 2019-11-27 (央视网): 国务院近日决定开展…大检查 — a reported decision, not a rule's 决定
    text = ("为深入贯彻习近平总书记关于改善农村人居环境的重要指示精神，国务院近日决定开展农村人居环境整治大检查。"
            "从11月26日起，14个国务院检查组分赴北京市、天津市、河北省、山东省等14个省（市）进行实地检查。\n")
    f = one(frames(text, "2019-11-27"), "开展")
    assert (f["type"], f["mode"], f["agents"]) == ("inspection", "done", ["中华人民共和国国务院"])


def test_a_rule_decided_by_a_body_stays_no_action():
    # 法律或者国务院决定另有规定: a rule's 决定, not a reported decision
    text = "法律、行政法规或者国务院决定另有规定的，依照其规定开展检查。\n"
    none(frames(text, "2019-11-27"), "开展")
