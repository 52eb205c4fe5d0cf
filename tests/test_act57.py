"""Probe act57: activities in provincial work reports (2026 reports of 山西, 新疆, 湖北, 宁夏, 海南: the page's head, the
review or plan heading, then a stretch outside the dev excerpts; ../shared/data/work-reports-2026/). Real sentences,
the report and its part in comments."""
import govie

# The report's head and its plan heading, then the plan's first paragraph (2026 海南 report, 三、2026年主要工作 (七)): a
# text much shorter than this is not read as a report at all
PLAN_HEAD = ("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n海南省省长 刘小明\n各位代表：\n"
             "三、2026年主要工作\n（七）聚力打造美丽中国样板\n保持一流生态环境。\n"
             "打好蓝天碧水净土保卫战，确保生态环境主要指标完成国家下达任务，全力争取更好结果。深入推进新污染物治理。"
             "加强土壤污染源头管控。强化红树林资源保护，持续筑牢红树林生态屏障。严格落实海岸带综合保护与利用规划。"
             "持续开展入海排污口排查整治、海洋废弃物治理。\n")


def _acts(text, ref="2026-01-27"):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.trigger["text"], a.type, a.mode, a.date) for a in r.activities]


def test_cases_closed_by_the_government_are_counted_measures():
    # 2026 新疆 report, 一、“十四五”时期和2025年工作回顾: 办结…501件 is the government's own work, not a statistic
    text = ("2026年新疆维吾尔自治区政府工作报告\n一、“十四五”时期和2025年工作回顾\n"
            "法治政府建设取得新成效。提请自治区人大常委会审议法规案14件，制定修订行政规章5部。"
            "办结人大代表建议501件、政协提案453件。")
    acts = _acts(text)
    assert [a for a in acts if a[0] == "办结" and a[2] == "done"]
    # a rule's step (限时办结, 2019 report's 一窗受理、限时办结) has no count: no activity
    assert not [a for a in _acts(PLAN_HEAD + "推行当场办结、一次办结、限时办结等制度。") if a[0] == "办结"]


def test_whole_province_count_of_cases_is_a_statistic():
    # dev wr2026-anhuim (gold leaves it out): the province's count over every level
    text = ("2026年安徽省政府工作报告\n一、2025年工作回顾\n提请省人大常委会审议地方性法规15件，"
            "办理省人大代表建议1401件、省政协提案895件，全省办结行政复议案件32910件。")
    assert not [a for a in _acts(text) if a[0] == "办结"]


def test_platform_built_opening_its_clause_is_an_activity():
    # 2026 海南 plan, (七) 推进“双碳”工作
    text = PLAN_HEAD + ("加快构建碳排放双控制度体系，加强基础能力建设，建立碳排放预算管理制度，"
                        "开展固定资产投资项目节能审查和碳排放评价，建设“双碳”综合管理平台，健全海南特色产品碳足迹管理体系。")
    built = [a for a in _acts(text) if a[0] == "建设"]
    assert built and built[0][2] == "planned" and built[0][3] == "2026"


def test_quality_class_or_system_built_stays_an_aim():
    # dev wr2026-hebeim (十五五 aims): 建设高水平创新平台; 2026 山西 plan style 加快建设高标准市场体系
    text = ("2026年河北省政府工作报告\n二、“十五五”时期的主要目标任务\n"
            "强化企业创新主体地位，加大研发投入，构建更有活力的创新生态，建设高水平创新平台，攻克一批行业共性技术。"
            "建设现代化产业体系。")
    assert not [a for a in _acts(text) if a[0] == "建设"]


def test_screening_and_league_give_the_type_of_kaizhan():
    # 2026 宁夏 plan, 三是深化医疗卫生强基工程: free screening is a service to the public
    text = ("2026年宁夏回族自治区政府工作报告\n三、2026年重点工作\n强化医疗惠民能力，免费开展新生儿疾病筛查、"
            "0—6岁儿童孤独症筛查、残疾儿童康复救助。")
    assert [a for a in _acts(text, "2026-02-03") if a[0] == "开展" and a[1] == "service"]
    # 2026 海南 plan, 发展文化体育事业: a league is a sports event
    assert [a for a in _acts(PLAN_HEAD + "组织开展好“琼超”联赛、村VA、村BA。") if a[0] == "开展" and a[1] == "event"]
    # 2026 湖北 plan, (三): an investment drive is a campaign
    text = ("2026年湖北省政府工作报告\n三、2026年的重点工作\n围绕三个现实需求，创新开展产业链条招商、产业集群招商、"
            "产业生态招商、应用场景招商、要素储备招商与高端科创招商，大力深化开发区改革。")
    assert [a for a in _acts(text) if a[0] == "开展" and a[1] == "event"]


def test_restructuring_completed_is_one_trigger():
    # dev wr2026-hebei (gold 重组整合) and wr2026-shandong (gold 完成重组)
    text = ("2026年河北省政府工作报告\n一、“十四五”时期经济社会发展回顾\n"
            "财税金融、农业农村等领域改革蹄疾步稳，河北港口集团等多家省属国企完成重组整合、核心竞争力显著提升。")
    acts = _acts(text)
    assert [a[0] for a in acts if a[0].startswith("完成")] == ["完成重组整合"]
