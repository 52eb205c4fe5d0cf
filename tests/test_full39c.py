"""Probe full39c: prefecture and county notices (real text): the meeting that adopted a text, a named body's
earlier issuance of the text it names, a list of titles before 印发给你们, a notice about the work report, and a
portal's 发文机构 against the notice's own title and signature."""
import govie

# http://www.kaifeng.gov.cn/kfsrmzfwz/szfbgswj202303312215/pc/content/content_1765918279767756800.html (开封市 2020)
KAIFENG = ("各县、区人民政府，市人民政府有关部门，各有关单位：\n"
           "《开封市推动制造业高质量发展实施方案》《开封市制造业高质量发展若干财政支持措施》《开封市培育壮大主导产业若干财政"
           "支持措施》已经市政府第48次常务会议研究通过，现印发给你们，请认真贯彻落实。\n2020年11月17日\n"
           "开封市推动制造业高质量发展实施方案\n"
           "根据中共河南省委办公厅河南省人民政府办公厅印发的《河南省推动制造业高质量发展实施方案》精神，结合我市实际，制定本实施方案。\n")
# https://www.ushui.net/law/v?id=v79f3c1v0102114ddf5bc3fe0a7a0b70034184397da7985e917f (宣政办秘〔2020〕1号)
XUANCHENG = ("宣城市人民政府办公室关于印发应对新型冠状病毒肺炎疫情若干政策措施的通知\n\n宣政办秘〔2020〕1号\n\n"
             "各县、市、区人民政府，市政府各部门、各直属机构：\n\n"
             "为深入贯彻习近平总书记关于新型冠状病毒肺炎疫情防控的重要指示精神，全面落实党中央、国务院和省委、省政府关于疫情防控的"
             "各项决策部署，进一步做好我市疫情防控工作，经市政府第51次常务会议研究同意，现将《关于对参与新型冠状病毒肺炎疫情防控医疗"
             "卫生人员给予保障和激励的若干措施》《关于应对新型冠状病毒肺炎疫情保障主副食品生产流通供应的若干措施》《关于应对新型冠状病毒"
             "肺炎疫情保障能源供应的若干措施》《关于保障新型冠状病毒肺炎疫情防控期间道路物资运输有序通行的若干措施》《关于应对新型冠状"
             "病毒肺炎疫情加强市场监督管理的若干措施》《关于加强新型冠状病毒肺炎疫情防控期间医疗废物收集转运处置工作的若干措施》印发给你们，"
             "请结合实际认真贯彻执行。\n\n宣城市人民政府办公室\n\n2020年2月14日\n")
# http://www.gfx.gov.cn/public/481/2621371.html (上饶市广丰区 2019; the page lost 月 and 日 of the signature date)
GUANGFENG = ("主题分类： 其他\n组配分类： 应急预案 发文日期： 2019-12-02\n发文机构： 区应急管理局\n"
             "名称： 区政府办公室关于印发《上饶市广丰区森林火灾应急预案》的通知\n\n"
             "区政府办公室关于印发《上饶市广丰区森林火灾应急预案》的通知\n\n"
             "文章来源： 区应急管理局 发表时间：2019-12-02 10:00\n\n"
             "各乡镇（街道）人民政府（办事处），区直有关单位：\n\n"
             "    经区政府同意，现将修订后的《上饶市广丰区森林火灾应急预案》印发给你们，请认真实施。2018年1月12日区政府办公室印发的"
             "《上饶市广丰区森林火灾应急预案》同时废止。\n\n                    上饶市广丰区人民政府办公室\n\n"
             "                        2019年11月23日\n")
# http://ahjx.gov.cn/OpennessContent/show/2668526.html (泾政〔2023〕1号)
JINGXIAN = ("您现在所在的位置： 网站首页> 政府信息公开首页 > 泾县人民政府办公室> 年度重点工作任务分解、执行及落实情况\n"
            "索引号： 11341729003257952H/202301-00044 组配分类： 年度重点工作任务分解、执行及落实情况\n"
            "发布机构： 泾县人民政府（办公室） 主题分类： 综合政务 / 其他 / 通知\n"
            "名称： 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号： 泾政〔2023〕1号\n"
            "发布日期： 2023-01-30 08:56\n泾县人民政府关于分解落实政府工作报告目标任务的通知\n"
            "发布时间：2023-01-30 08:56 来源：泾县人民政府（办公室） 浏览次数： 字体：[ ]\n\n"
            "各乡镇人民政府，县政府各部门、各直属机构：\n\n"
            "《政府工作报告》已经县十八届人民代表大会第二次会议审议通过，明确了2023年全县经济社会发展的主要目标和工作任务。经研究，"
            "现将《政府工作报告》2023年6个方面243项工作任务予以分解印发。各牵头领导、责任单位要高度重视，认真研究推进措施，全面落实"
            "推进责任，确保各项目标任务不折不扣完成。\n\n"
            "一、细化任务抓落实。各乡镇各部门要围绕《县政府工作报告》确定的目标任务，立足工作实际，明确量化目标、建设内容、责任主体、"
            "序时进度和保障措施，细化分解到月，建立工作台账，做到各项目标任务有措施、可量化、能落实。\n")


def _acts(text):
    return [(a.trigger["text"], a.type, a.agents) for a in govie.extract(text).activities]


def test_a_title_with_a_direction_word_does_not_hide_the_meeting_that_adopted_it():
    # 推动 and 实施 inside 《开封市推动…实施方案》 are the title's words, not a direction of the clause.
    assert ("研究通过", "meeting", ["开封市人民政府"]) in _acts(KAIFENG)


def test_a_named_bodys_earlier_issuance_of_the_text_it_names():
    # 根据 makes the clause a basis, but the chained offices right before 印发的《…》 issued that plan.
    assert ("印发", "publication", ["中共河南省委员会办公厅", "河南省人民政府办公厅"]) in _acts(KAIFENG)
    found = [a for a in govie.extract(GUANGFENG).activities if a.trigger["start"] == GUANGFENG.index("印发的")]
    assert [(a.agents, a.date) for a in found] == [(["上饶市广丰区人民政府办公室"], "2018-01-12")]


def test_a_modifier_without_its_body_stays_no_action():
    # 所发布的规范性文件: no body right before the verb, a modifier as before.
    text = ("上海市科学技术委员会关于规范性文件失效的通知\n沪科〔2014〕12号\n各有关单位：\n"
            "根据规范性文件有效期制度的规定，我委对所发布的规范性文件进行了清理。\n上海市科学技术委员会\n2014年1月16日\n")
    assert not [a for a in govie.extract(text).activities if a.trigger["text"] == "发布"]


def test_a_meetings_study_and_consent_is_its_adoption_and_a_list_of_titles_before_the_issuance():
    acts = _acts(XUANCHENG)
    assert ("研究同意", "meeting", ["宣城市人民政府"]) in acts
    assert ("印发", "publication", ["宣城市人民政府办公室"]) in acts


def test_consent_with_no_meeting_is_an_approval_not_an_activity():
    text = XUANCHENG.replace("经市政府第51次常务会议研究同意", "经研究同意")
    assert not [a for a in _acts(text) if a[0] == "研究同意"]


def test_a_numbered_notice_about_the_work_report_is_a_policy_document():
    # Read as the work report itself, none of its sentences held an action: the congress's adoption is one.
    assert ("审议通过", "meeting", ["泾县人民代表大会"]) in _acts(JINGXIAN)


def test_the_portal_title_names_the_issuer_where_the_text_gives_none():
    meta = govie.extract(JINGXIAN).meta
    assert meta["doc_issuers"] == ["泾县人民政府"]
    assert meta["doc_date"] is None  # a 发布日期 is no signature date


def test_the_title_and_the_signature_outrank_the_portals_posting_department():
    meta = govie.extract(GUANGFENG).meta
    assert meta["doc_issuers"] == ["上饶市广丰区人民政府办公室"]
    assert meta["issuer"] == "上饶市广丰区人民政府办公室"


def test_the_portals_issuer_field_still_wins_without_a_signature_that_agrees():
    # The field stands where the signature is missing (nothing in the text confirms the title against it).
    text = GUANGFENG.split("                    上饶市广丰区人民政府办公室")[0]
    assert govie.extract(text).meta["doc_issuers"] == ["上饶市广丰区应急管理局"]
