"""Probe act51: activities in national texts other than work reports (a 国务院办公厅 通报, a ministry's annual
法治政府建设 report, ministry news). Real sentences from the probe texts, addresses in comments."""
import govie


def _extract(text, ref):
    return govie.extract(text, model=None, reference_date=ref)


def _acts(text, ref):
    return [(a.trigger["text"], a.type, a.mode, a.date, a.agents) for a in _extract(text, ref).activities]


MEP2017 = ("2017年，原环境保护部深入学习宣传贯彻党的十九大精神，扎实推进生态环境保护领域法治政府建设工作，取得较好进展。\n"
           "一、依法全面履行政府职能\n"
           "（一）深入推进投资项目报建审批改革。一是修订发布《建设项目环境影响评价分类管理名录》，突出管理重点。\n"
           "（二）加快推进建立部门权力责任清单。在对已出台的7个试点部门和各地权力责任清单研究基础上，"
           "启动原环境保护部权力责任清单研究工作，包括梳理权力责任事项、设计清单框架、确定清单内容等，目前已形成框架初稿。")


def test_body_named_as_former_acts_as_itself():
    # https://huanbao.in-en.com/html/huanbao-2277168.shtml (2017 report published in 2018): 原环境保护部 is the
    # former ministry itself, not its successor 生态环境部 on the report's date
    r = _extract(MEP2017, "2018-03-31")
    assert r.meta["issuer"] == "环境保护部"
    acts = {a.trigger["text"]: a for a in r.activities}
    assert acts["修订发布"].agents == ["环境保护部"]


def test_study_launched_is_research():
    # same page: 启动原环境保护部权力责任清单研究工作
    acts = {a[0]: a for a in _acts(MEP2017, "2018-03-31")}
    assert acts["启动"][1] == "research"


DUCHA2023 = ("第三轮中央生态环境保护督察全面启动\n"
             "根据《中央生态环境保护督察工作规定》，经党中央、国务院批准，第三轮中央生态环境保护督察11月21日全面启动。"
             "第一批组建5个中央生态环境保护督察组，分别对福建、河南、海南、甘肃、青海5个省开展为期约1个月的督察进驻工作。\n"
             "这是记者当天从生态环境部获悉的。在督察中，督察组将重点关注习近平生态文明思想和习近平总书记重要指示批示贯彻落实情况；"
             "党中央、国务院有关重大决策部署落实情况。")


def test_approver_source_and_cited_decisions_are_no_author():
    # https://www.cdrb.com.cn/epaper/cdrbpc/202311/22/c123767.html: 经党中央、国务院批准 (the approver), 从生态环境部获悉
    # (the reporter's source), 党中央、国务院有关重大决策部署 (cited): none is the news item's author, so none acts
    r = _extract(DUCHA2023, "2023-11-22")
    assert r.meta["issuer"] is None
    started = [a for a in r.activities if a.trigger["text"] == "启动"]
    assert started and started[0].agents == [] and started[0].date == "2023-11-21"


def test_inspection_started_as_subject_is_an_inspection():
    # same page: 第三轮中央生态环境保护督察11月21日全面启动 (the event is the verb's subject)
    started = [a for a in _acts(DUCHA2023, "2023-11-22") if a[0] == "启动"]
    assert started[0][1] == "inspection"


DUCHA2024 = ("新华社北京2月14日电 记者日前从生态环境部获悉，截至2023年底，第二轮中央生态环境保护督察整改方案明确的2164项整改任务，"
             "总体完成率达79%。\n"
             "2023年，经党中央、国务院批准，督察组对福建、河南、海南、甘肃、青海五个省开展第三轮第一批中央生态环境保护督察，"
             "发现了一批共性问题，并通报了典型案例。\n"
             "据悉，2024年中央生态环境保护督察将深入推进。深入开展第三轮中央生态环境保护督察，并将在省域督察中统筹流域督察。")


def test_circulated_cases_and_joined_future():
    # https://www.farmer.com.cn/2024/02/14/99946851.html: 并通报了典型案例 is a publication; 深入开展…，并将在… lies ahead
    acts = _acts(DUCHA2024, "2024-02-14")
    told = [a for a in acts if a[0] == "通报"]
    assert told and told[0][1] == "publication" and told[0][2] == "done" and told[0][3] == "2023"
    ahead = [a for a in acts if a[0] == "开展" and a[2] == "planned"]
    assert len(ahead) == 1 and all(a[4] == [] for a in acts)


def test_under_way_clause_before_joined_future_stays_done():
    # dev sc19-22 (国务院办公厅 1990s reply): 正在对《规划》进行修订，同时将会同…: under way, done
    text = "目前，环保总局正在对《规划》进行修订，同时将会同发展改革委、财政部等有关部门认真研究你省制订的《方案》。"
    acts = [a for a in _acts(text, "2004-01-01") if a[0] == "修订"]
    assert all(a[2] == "done" for a in acts)


def test_business_at_a_reported_meeting_is_no_event_of_its_own():
    # https://investchn.com/index.php/home/news/detail/id/341907.html (文化和旅游部, 2023-01-12)
    text = ("1月12日，文化和旅游部召开2022年工作情况和2023年工作要点汇报会。文化和旅游部党组书记、部长胡和平出席会议并讲话。\n"
            "文化和旅游部机关各司局、机关服务局、信息中心负责同志在会上作工作总结，谋划思路举措，提出推进工作的意见建议；"
            "各直属单位提交书面汇报材料。")
    acts = _acts(text, "2023-01-12")
    assert [a[0] for a in acts] == ["召开"]
    assert acts[0][1:] == ("meeting", "done", "2023-01-12", ["文化和旅游部"])
