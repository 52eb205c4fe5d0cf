"""Activities in provincial and city work reports: probe round 12 (act24). Sentences from
/work/shared/data/work-reports-2026/2026_<province>_政府工作报告.csv (full_text, character offset given) and
city pages (address given)."""

from .activity_frames import frames as _frames, none, one

_OPENING = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和其他列席人员提出意见。\n"


def _review(body, year=2025):
    return _OPENING + f"一、{year}年工作回顾\n" + body + "\n"


def _plan(body, year=2026):
    return _OPENING + f"三、{year}年重点工作\n" + body + "\n"


# --- report actions the lexicon lacked ---

def test_built_and_running_hubei():
    # 湖北省 full_text ~2900: a build verb pair (dev wr2026-hubeim, wr2026-liaoningm gold 建成运行 other)
    text = _review("深入推进健康湖北建设，完成全省疾控机构改革，1819个公共卫生体系补短板工程建成运行，"
                   "累计免费筛查妇女“两癌”、新生儿遗传代谢病以及高血压等慢性病2.04亿人次。")
    found = _frames(text, "2026-01-27")
    assert one(found, "建成运行")["type"] == "other"
    assert one(found, "筛查")["type"] == "service"  # screening offered to the public
    none(found, "建成")


def test_screening_county_page():
    # http://bx2200.com/baogao/huazhong/7717_2.html (咸丰县 report on 2022)
    text = _review("健康咸丰“323+”攻坚行动加快推进，筛查重点人群11万人次。", 2022)
    assert one(_frames(text, "2023-01-10"), "筛查")["type"] == "service"


def test_rebuilt_roads_henan_plan():
    # 河南省 full_text ~9000 (plan); dev wr2026-shandongm 新改建农村公路3500公里 is gold too
    text = _plan("建成35个先导区、1000个和美乡村。新改建农村公路5000公里、村级寄递物流综合服务点3万个以上。")
    found = one(_frames(text, "2026-01-26"), "新改建")
    assert (found["type"], found["mode"], found["date"]) == ("other", "planned", "2026")


def test_laid_out_and_built_henan_plan():
    # 河南省 full_text ~8400 (plan)
    text = _plan("加快国家医疗、农业领域人工智能应用中试基地建设，布局建设人工智能创新生态社区，支持工业、文旅、能源等领域大模型建设。")
    assert one(_frames(text, "2026-01-26"), "布局建设")["mode"] == "planned"


def test_paid_out_hanbin():
    # https://www.hanbin.gov.cn/Content-2810991.html (汉滨区 2025 report, review of 2024)
    text = _review("落实领导干部包抓“五上”企业机制，出台服务民营经济高质量发展21条措施，兑付惠企资金3536万元，新增“五上”企业62户。", 2024)
    assert one(_frames(text, "2025-03-21"), "兑付")["type"] == "service"


def test_revitalized_counted_only():
    # dev wr2026-liaoningm 盘活停缓建项目65个 (gold); 盘活存量 with no count is a direction (dev wr2026-hubei)
    found = _frames(_review("收购存量商品房2.8万套，盘活停缓建项目65个。"), "2026-01-26")
    assert one(found, "盘活")["type"] == "other"
    none(_frames(_review("扩大内需、优化供给，做优增量、盘活存量，着力稳就业、稳企业。"), "2026-01-26"), "盘活")


# --- nouns and others' acts taken for actions ---

def test_completion_rate_is_a_noun_ningxia():
    # 宁夏回族自治区 full_text ~17600 (plan): 建成率 is a target's measure
    text = _plan("实施河湖生态保护修复行动，大力推进生态清洁小流域建设，美丽河湖建成率达到30%以上。")
    found = _frames(text, "2026-02-03")
    none(found, "建成")
    assert one(found, "实施")["type"] == "event"


def test_approved_to_create_is_the_state_hubei():
    # 湖北省 full_text ~2300: 获批创建 reports the state's approval, no action of the province
    text = _review("农村寄递物流、充电桩、5G网络实现“四个全覆盖”，赤壁、恩施等14个县市获批创建国家乡村振兴示范县。")
    none(_frames(text, "2026-01-27"), "创建")


def test_inspection_feedback_is_a_noun():
    # 湖北省 full_text ~3500 and https://nextlevelartsconsulting.com/bhuazhong/5439.html (长沙县 2023 report)
    text = _review("认真抓好中央巡视、生态环境保护督察和国务院督查反馈问题整改。县区高质量发展、粮食安全等11项工作获得省政府真抓实干督查激励。")
    none(_frames(text, "2026-01-27"), "督查")


def test_renovation_campaign_is_the_object_of_implement_ningxia():
    # 宁夏回族自治区 full_text ~17900 (plan)
    text = _plan("实施重点行业节能降碳改造行动，广泛应用源头减碳、过程降碳、末端固碳等先进技术。")
    found = _frames(text, "2026-02-03")
    assert one(found, "实施")["type"] == "event"
    none(found, "改造")


# --- types ---

def test_training_completed_henan():
    # 河南省 full_text ~3300; dev wr2026-henanm 完成职业技能培训200万人次 gold training
    text = _review("高考综合改革“首考”平稳落地，完成职业技能培训284万人次。发放育儿补贴181.2万人。")
    assert one(_frames(text, "2026-01-26"), "完成")["type"] == "training"


def test_completed_works_stay_other():
    # 湖北省 full_text ~2500
    text = _review("完成478家沿江化工企业关改搬转、12480个入河排污口整治。")
    assert one(_frames(text, "2026-01-27"), "完成")["type"] == "other"


def test_campaign_against_misconduct_is_an_event_hubei():
    # 湖北省 full_text ~3700 (集中整治, 集中教育 are campaigns like 专项整治, 学习教育)
    text = _review("扎实开展历次党内集中教育。强力整治违规吃喝等突出问题，深入开展群众身边不正之风和腐败问题集中整治。")
    assert [f["type"] for f in _frames(text, "2026-01-27") if f["trigger"] == "开展"] == ["event", "event"]


def test_good_deeds_done_are_other_yunnan():
    # 云南省 full_text ~18600 (plan); dev wr2026-guizhoum 每年办好十件民生实事 gold other
    text = _plan("继续办好10件惠民实事。推进军民融合，办好拥军实事。")
    assert [f["type"] for f in _frames(text, "2026-01-28") if f["trigger"] == "办好"] == ["other", "other"]


def test_rules_issued_are_publication_and_proposals_handled_hubei():
    # 湖北省 full_text ~3550; dev wr2026-anhuim 制定修改废止省政府规章6件 gold publication, 办理…建议 gold other
    text = _review("提请省人大常委会审议地方性法规草案41件，制定、修改、废止省政府规章72部，办理人大代表建议3623件、政协提案3862件。")
    found = _frames(text, "2026-01-27")
    assert one(found, "制定")["type"] == "publication"
    assert one(found, "办理")["type"] == "other"


def test_counted_bills_submitted_do_not_cut_the_sentence_yunnan():
    # 云南省 full_text ~4900: 提请审议地方性法规43件 is done, not the report's request to the deputies
    text = _review("认真听取民主党派、工商联、无党派人士和社会各界意见，提请审议地方性法规43件，制定、修改、废止政府规章70件，"
                   "健全领办交办、督办考核等机制，办理人大代表建议4249件、政协提案3542件，办结率100%。")
    found = _frames(text, "2026-01-28")
    assert one(found, "制定")["type"] == "publication"
    assert one(found, "办理")["mode"] == "done"


def test_handling_without_a_body_is_still_people():
    # 办理 with no body and no proposals: people or firms act (the agent kind, unchanged)
    none(_frames(_review("群众已办理登记手续。"), "2026-01-26"), "办理")


def test_screening_as_a_service_noun_is_no_action():
    # 内蒙古自治区 and 山西省 2026 plans: the screening is the object of 提供 (a noun), not a trigger
    for body in ("落实好各项生育支持政策和激励措施，为新生儿提供免费疾病筛查服务。",
                 "一是为怀孕妇女提供免费产前筛查与诊断服务，做到应检尽检。",
                 "优化妇女乳腺癌和宫颈癌筛查方式，为超53万名适龄妇女免费提供乳腺癌和宫颈癌筛查，提高早诊早治水平。"):
        none(_frames(_plan(body), "2026-01-26"), "筛查")
