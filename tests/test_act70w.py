"""Probe act70w: activities in provincial and city work reports (2026 reports of 福建, 河北, 湖北, 辽宁, 山西 outside the
dev excerpts, ../shared/data/work-reports-2026/; a 2017 茂名 city report). Real sentences, the report and its part in
comments; each fix is checked on a second report too."""
import govie

REVIEW_HEAD = "2026年福建省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n"
PLAN_HEAD = "2026年辽宁省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n三、2026年重点工作\n"


def _acts(text, ref="2026-01-27"):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.trigger["text"], a.type, a.mode) for a in r.activities]


def _words(text):
    return [a[0] for a in _acts(text)]


def test_field_of_work_under_way_is_no_activity():
    # 2026 福建 report, review (七) 体育事业: a field flourishing, not an action
    assert "开展" not in _words(REVIEW_HEAD + "出台足球振兴发展政策文件，成立省足球运动管理中心。群众体育蓬勃开展，全民健身热潮涌动。")
    # 2026 安徽 report, review: "…等工作扎实开展" the same
    assert "开展" not in _words(REVIEW_HEAD + "国防动员和后备力量建设有力推进，民族宗教、援藏援疆等工作扎实开展。")
    # a campaign or a pilot under way stays reported (dev wr2026-anhuim gold 依法行政能力提升行动深入开展)
    assert "开展" in _words(REVIEW_HEAD + "依法行政能力提升行动深入开展，省市县三级政府法律顾问全覆盖。")


def test_verb_inside_a_pilots_name_is_no_activity():
    # 2026 辽宁 plan, (七) 拓宽农民增收渠道; 2026 山东 plan the same with 30年
    for s in ("稳妥推进第二轮土地承包到期后再延长三十年整省试点，引导土地经营权规范有序流转。",
              "稳妥推进第二轮土地承包到期后再延长30年试点。支持富民产业发展壮大。"):
        assert "延长" not in _words(PLAN_HEAD + s)


def test_offence_and_aim_list_are_not_the_governments_disposal():
    # 2026 山西 plan, (八) 实施固废综合治理行动: 非法倾倒处置 is what offenders do, the object of 实施…专项整治
    acts = _acts(PLAN_HEAD + "开展以煤矸石为主的大宗工业固废排查，实施非法倾倒处置固废、生活垃圾填埋场环境污染隐患、"
                             "建筑垃圾无序堆放等重点领域专项整治，遏制固废增长势头。")
    assert "处置" not in [a[0] for a in acts]
    assert ("实施", "event", "planned") in acts
    # the same paragraph: a list of aims after 推动
    assert "处置" not in _words(PLAN_HEAD + "加快大宗固废规模化消纳，推动源头管控减量、资源化利用、无害化处置。")


def test_joint_work_of_guided_bodies_is_theirs():
    # 2026 湖北 plan, 持续优化协同创新体系: the universities and firms research together, the government guides
    text = PLAN_HEAD + ("面向全球知名院所开展创新合作专项行动，引导高校、科研机构、企业共同凝练科技问题、联合开展科研攻关、"
                        "协同培养科技人才。")
    assert _words(text).count("开展") == 1
    # 2026 广东 report: 推进…共建共享，协同开展技术研发 the same
    assert "开展" not in _words(PLAN_HEAD + "推进重大科技基础设施等战略科技力量共建共享，协同开展技术研发、中试转化、场景拓展。")


def test_staff_sent_and_facilities_renewed():
    # 2026 辽宁 plan, 发展壮大县域经济 / 全链条推进农业产业体系升级
    assert ("选派", "other", "planned") in _acts(PLAN_HEAD + "选派2000名农村科技特派员服务县域特色产业发展。")
    assert ("新建更新", "other", "planned") in _acts(PLAN_HEAD + "新建更新设施农业5万亩。开展种质创新工程重大专项。")
    # 2026 贵州 report: 选派 yields to the service the staff are sent for
    acts = _acts(PLAN_HEAD + "强化科技人才支撑，选派1200名以上科技特派员到基层开展科技服务。")
    assert [a[0] for a in acts] == ["开展"]
