"""Probe act30: activities in prefecture and county policy documents and notices (real sentences)."""
import govie

# A city's 督查 notice (https://1mishu.com/article/huodongfangan/gongzuofangan/201206/740343.html, probe act30 d10).
_INSPECTION_NOTICE = '展开安全生产行动查验通知\n\n根据省、市安全生产工作电视电话会议精神和市政府张宪军市长的指示,按照市政府领导包县(市)区责任制分工,市政府决定在全市范围内开展安全生产百日行动综合督查工作。现就有关事宜通知如下:\n\n一、督查内容\n\n(一)省、市政府安全生产电视电话会议落实情况,加强组织领导及各级安全生产责任制落实情况;\n\n(二)今年国庆节和后四个月安全生产工作部署情况;\n\n(三)安全生产重点隐患排查整治情况;\n\n(四)食品安全监管及治理(重点是三聚氰胺奶粉排查、整治)情况。\n\n二、督查方式\n\n听取当地政府及有关部门、单位和企业的安全生产工作汇报;查阅相关文件和资料;进行现场检查或抽查。\n\n三、督查组分工和时间安排\n\n(一)综合督查\n\n市政府组织7个安全生产综合督查组。分别由市政府市长、副市长或市政府市长助理、副秘书长带队,成员由市政府安委会主要成员单位负责人组成。第一阶段督查从9月24日至28日,具体督查时间各组另行通知。\n\n(二)专项督查\n\n市政府除组织综合督查组开展各县(市)区安全生产综合督查外,同时组织市直各安全生产监管部门开展以专项督查为重点的督查活动(责任分工情况见附件2)。第一阶段督查从9月24日至28日,具体督查时间各组另行通知。\n\n四、有关要求\n\n(一)各地、各部门要高度重视此次督查工作,对督查组提出的意见要认真对待,抓好整改落实。\n\n(二)各督查组要深入重点企业和重点部位实地开展检查,掌握所督查地区、有关部门和企业安全生产基本情\n'


def test_notice_section_titles_are_no_inspections():
    """"(一)综合督查" titles the section that prescribes the inspection: no inspection reported there."""
    text = _INSPECTION_NOTICE
    acts = govie.extract(text, model=None).activities
    heads = {text.index("(一)综合督查") + 5, text.index("(二)专项督查") + 5}
    assert not [a for a in acts if a.trigger["start"] in heads]
    pub = [a for a in acts if a.trigger["text"] == "通知" and a.type == "publication"]
    assert len(pub) == 1 and pub[0].mode == "done"  # the notice's own issuance stays


# A city's 春季森林草原防火 要求 (https://wenmijiayuan.com/doc/2738.html, probe act30 d07): 党中央 in item 一 is
# what the cities are told to follow, not the author of the 要求.
_FIRE_REQUIREMENTS = (
    "切实做好2020年春季森林草原防火工作要求\n"
    "春季历来是我市森林草原火灾多发期。大多数火灾都发生在这一时段。随着春耕生产、企业逐步复工、清明节即将到来。"
    "农事用火、民俗用火、生产生活用火将明显增加。各生态建设项目区将出现井喷式旅游踏青人员。势必给森林草原防灭火带来巨大压力。"
    "现对我市春季期间森林草原防火工作提出如下要求。请各地贯彻落实。\n"
    "一、各地要切实把思想和行动统一到习总书记重要指示精神和党中央决策部署上来。在全力做好疫情防控的同时,"
    "统筹抓好森林草原防灭火工作,狠抓各项责任措施落实,严防人为重特大森林草原火灾发生。\n"
)


def test_body_named_in_a_numbered_item_is_no_masthead_issuer():
    r = govie.extract(_FIRE_REQUIREMENTS, model=None)
    assert r.meta["issuer"] is None
    pub = [a for a in r.activities if a.trigger["text"] == "提出"]
    assert len(pub) == 1 and pub[0].type == "publication" and pub[0].agents == []


# A county's 创国卫四乱整治 实施方案 run into one line (https://xiaomilidoc.com/p-1884992.html, probe act30 d16).
_FLAT_PLAN = (
    "创国卫四乱整治活动实施方案为认真落实省、市爱卫专家对我县创建国家卫生县城工作提出的总体要求,"
    "对照《国家卫生县城标准》特制定本工作方案。一、工作目标以加快我县创建国家卫生县城进程、提升城市品位为目标,"
    "全面整治长期以来存在的乱种、乱堆、乱搭、乱放养四乱陋习。五、整治时间整治时间为一个月,从201x年5月2日至5月31日。"
    "六、工作要求(一)成立机构,加强领导。各有关乡镇要成立整治领导小组,明确责任,精心组织,确保按时完成任务。"
    "(二)加强督查,明确奖罚。县创卫办对五个乡镇的整治情况进行督查,"
)


def test_flat_plan_text_keeps_its_requirements_out():
    """A plan that drafts itself (特制定本工作方案) is a policy even without a title line: its requirements
    (成立机构, 县创卫办…进行督查) are no done activities."""
    acts = govie.extract(_FLAT_PLAN, model=None).activities
    assert not [a for a in acts if a.trigger["text"] in ("成立", "督查")]

