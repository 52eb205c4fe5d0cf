"""Activities in policy documents: probe round 12 (act23), sentences from fresh pages of the `pages` store."""

from .activity_frames import frames, none, one


# https://www.zyx.gov.cn/Content-2463854.html (紫阳县政府办公室, 督察通报第十七期, 2022-09-14)
_ZIYANG = ("2022年第八次县政府常务会议确定事项落实情况的通报\n"
           "公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |\n"
           "文号 | 督察通报第十七期 | 成文日期: | 2022年09月14日 |\n"
           "近期,县政府督查室对2022年第八次县政府常务会议确定事项落实情况开展了专项督查,现通报如下。\n")

# https://www.shouxian.gov.cn/public/118322644/1259257664.html (寿县人民政府督查室, 2022)
_SHOUXIAN = ("寿县人民政府督查室           2022年8月19\n\n关于印发2022年《政府工作报告》主要任务\n\n上半年落实情况的通报\n\n"
             "各乡镇人民政府,县政府各部门、各直属机构:\n\n"
             "根据县政府工作安排,县政府督查室对2022年县《政府工作报告》上半年落实情况进行了专项督查。\n\n"
             "对未达到序时进度要求的目标任务,相关责任单位要认真组织整改,加大推进力度,确保按时完成各项目标任务。"
             "县政府督查室将对未达到序时进度要求的目标任务,进行重点督查,持续跟踪目标任务推进情况。\n")


def test_inspection_of_implementation_status_is_reported():
    # 落实情况 is the object the inspection looks at, not an aim (落实…) that voids the trigger.
    f = one(frames(_ZIYANG), "开展")
    assert (f["type"], f["mode"]) == ("inspection", "done")
    f = frames(_SHOUXIAN)
    assert [(x["type"], x["mode"]) for x in f if x["trigger"] == "督查"] == [("inspection", "done")]


def test_bulletin_reports_its_results_as_its_issuance():
    f = one(frames(_ZIYANG), "通报")
    assert (f["type"], f["mode"], f["date"]) == ("publication", "done", "2022-09-14")


def test_jiang_dui_x_jinxing_is_planned():
    f = one(frames(_SHOUXIAN), "进行")
    assert (f["type"], f["mode"]) == ("inspection", "planned")


def test_requirement_formula_is_issuance():
    # 黔国土资发[2006]83号 (xiexiebang.com/a3/2019051222/736fb3de2916973e.html)
    text = ("贵州省国土资源厅文件\n黔国土资发[2006]83号\n"
            "关于推进矿产资源勘查规范探矿权延续登记有关问题的通知\n"
            "为认真贯彻落实《国务院关于全面整顿和规范矿产资源开发秩序的通知》(国发[2005]28号)文件精神,完善探矿权申请、"
            "延续登记等管理制度。根据《矿产资源勘查区块登记管理办法》、《贵州省矿产资源条例》规定,现就有关探矿权申请基本勘查"
            "程度及探矿权延续登记等相关问题作如下要求,请认真贯彻执行。\n"
            "一、申请探矿权的勘查项目,其勘查设计必须达到普查或普查以上勘查阶段。\n")
    f = one(frames(text), "作")
    assert (f["type"], f["mode"], f["agents"]) == ("publication", "done", ["贵州省国土资源厅"])


def test_opinion_made_here_is_issuance():
    # 济政字〔2021〕30号 (jiaxiang.gov.cn/art/2021/7/19/art_72008_2718080.html)
    text = ("济宁市人民政府\n关于持续深化“市县同权”改革的实施意见\n济政字〔2021〕30号\n"
            "各县(市、区)人民政府,市政府各部门:\n"
            "为持续深入推进简政放权、放管结合、优化服务改革,根据省委、省政府总体部署和市委、市政府《关于争创营商环境"
            "创新改革示范区的实施意见》(济发〔2021〕9号)要求,结合我市实际,制定本意见。\n一、目标要求\n")
    f = one(frames(text), "制定")
    assert (f["type"], f["mode"], f["agents"]) == ("publication", "done", ["济宁市人民政府"])


def test_first_article_of_rules_is_no_issuance():
    # A 办法's first article makes the rules it opens: not the document's issuance (dev gz-1 keeps 印发 only).
    text = ("某市公共租赁住房管理办法\n\n第一条 为规范公共租赁住房管理,根据有关规定,结合本市实际,制定本办法。\n"
            "第二条 本办法适用于本市行政区域内公共租赁住房的管理。\n")
    none(frames(text), "制定")


def test_award_decision_is_issuance():
    # 宛政〔2011〕7号 (henan.kjzch.com/nanyang/2011-03-04/724226.html): 决定对…进行表彰, and the 经-procedure before it.
    text = ("关于对2010年度农村公路通达杯竞赛活动进行表彰的决定\n\n"
            "根据南阳市人民政府《关于印发工业强市杯等劳动竞赛活动实施方案的通知》精神,全市各参赛单位扎实开展创建活动。"
            "经综合检查评定,市政府决定对新野县人民政府等2010年度农村公路“通达杯”竞赛活动中涌现的先进单位进行表彰。\n")
    found = frames(text, "2011-02-23")
    pub = [f for f in found if f["trigger"] == "表彰"]
    assert [(f["type"], f["mode"]) for f in pub] == [("publication", "done")]
    f = one(found, "检查")
    assert (f["type"], f["mode"]) == ("inspection", "done")


def test_selection_procedure_before_decision_is_done():
    # 宁夏回族自治区人民政府关于表彰中国(宁夏)园艺博览会先进单位先进个人的决定 (fsou.com/html/text/lar/172863/17286361.html)
    text = ("宁夏回族自治区人民政府关于表彰中国(宁夏)园艺博览会先进单位先进个人的决定\n"
            "各市、县(区)人民政府,自治区政府各部门、直属机构:\n"
            "为了表彰先进,树立典型,进一步推动全区现代农业发展和社会主义新农村建设,经逐级推荐评选,自治区人民政府决定,"
            "授予自治区农牧厅等19个单位“中国(宁夏)园艺博览会重大活动组织服务先进单位”称号。\n")
    f = one(frames(text), "推荐")
    assert (f["mode"], f["agents"]) == ("done", ["宁夏回族自治区人民政府"])


def test_procedure_in_a_rule_is_no_activity():
    # A rule's 经审核 states a condition: nothing follows it as the issuer's decision.
    text = ("某市人才公寓管理办法\n\n第五条 申请人经审核符合条件的,纳入轮候名册。\n第六条 本办法自印发之日起施行。\n")
    none(frames(text), "审核")


def test_backing_received_is_no_norm():
    # Same decision: "在…的大力支持下" is the circumstance, the event is reported done by 我区 and its partner.
    text = ("宁夏回族自治区人民政府关于表彰中国(宁夏)园艺博览会先进单位先进个人的决定\n"
            "各市、县(区)人民政府,自治区政府各部门、直属机构:\n"
            "2009年以来,在自治区党委、政府的正确领导下,在国家有关部委、兄弟省、市(区)等各方面的大力支持下,我区与农业部"
            "携手合作,成功举办了三届中国(宁夏)园艺博览会,对促进宁夏与国内外农业经贸、技术的交流合作产生了重要影响。\n")
    f = one(frames(text), "举办")
    assert (f["type"], f["mode"]) == ("event", "done")
    assert "宁夏回族自治区人民政府" in f["agents"] and len(f["agents"]) == 2


def test_support_as_policy_stays_a_norm():
    # What a policy allows is no activity: 支持 without 下 keeps voiding the trigger after it.
    text = ("某省人民政府办公厅关于促进民间投资的通知\n\n各市人民政府:\n\n"
            "支持各地举办民间投资项目推介会,鼓励民间资本参与重大项目建设。\n")
    none(frames(text), "举办")


def test_effect_on_building_is_no_planned_action():
    # dev sc19-30 (国务院办公厅, 政府网站): 将对 before a verb other than 进行/开展/组织 is what a result bears on.
    text = ("国务院办公厅关于政府网站建设情况的报告\n\n二、积极推进中央政府门户网站建设。国办正在牵头组织建设中央政府门户网站，"
            "力争今年年内推出。中央政府门户网站建成之后，必将对建立和完善我国政府网站服务体系起到积极的带动作用。\n")
    assert "planned" not in [f["mode"] for f in frames(text) if f["trigger"] == "建立"]


def test_meeting_dated_before_adoption_adopts():
    # 中华人民共和国主席令(九届第37号) (law633.infoeach.com/view-NjMzfDE1Mw==.html)
    text = ("中华人民共和国国家通用语言文字法\n\n全国人民代表大会常务委员会\n\n中华人民共和国主席令(九届第37号)\n\n"
            "《中华人民共和国国家通用语言文字法》已由中华人民共和国第九届全国人民代表大会常务委员会第十八次会议于2000年10月31日"
            "通过,现予公布,自2001年1月1日起施行。\n\n                 中华人民共和国主席 江泽民\n"
            "                         2000年10月31日\n")
    f = one(frames(text), "通过")
    assert (f["type"], f["mode"], f["agents"]) == ("meeting", "done", ["全国人民代表大会常务委员会"])


def test_report_speech_formula_is_no_issuance():
    # 1980 State Council work report (corpora government_work_reports.jsonl, year 1980): the speaker explains.
    text = ("各位代表：\n\n　　现在，我代表国务院，向大会作政府工作报告，请各位代表审议。\n\n"
            "　　现在，我着重就能源的开发和节约、重工业的调整特别是机械工业的调整和改造、材料工业的加强、经济管理体制的改革"
            "四个方面需要采取的主要措施，作如下说明。\n\n第一，实行能源的开发和节约并重的方针。\n")
    none(frames(text, "1980-08-30"), "作")
