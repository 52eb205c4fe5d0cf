"""Probe act48: activities in prefecture and county documents that mix reports and prescriptions (督查通报,
bureau meeting news, a bureau head's work report, a 政务公开 annual report). Real sentences, addresses in comments."""
import govie


def _acts(text, ref=None):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.trigger["text"], a.type, a.mode) for a in r.activities]


GUANYUN = "http://www.guanyun.gov.cn/gyxzf/gsgg/content/1bbcd6da-4ff8-4724-b7ae-54239c220f9a.html"


def test_inspection_words_as_nouns_are_no_inspection():
    # GUANYUN (灌云县 2019年县政府工作报告三季度完成情况通报): the occasion and the force of the inspection
    text = ("开山岛党性教育基地、脱贫攻坚、景区建设等项目有序推进。\n\n督查中发现,部分项目进展缓慢。"
            "县政府督查室将进一步加大督查力度,确保《政府工作报告》的各项目标任务圆满完成。")
    assert [a for a in _acts(text, "2019-10-16") if a[0] == "督查"] == []
    # http://www.zhld.com/zkrb/html/2016-11/28/content_6900317.htm (周口日报 2016-11-28): a notice and matters
    text = ("接到通知后,我市高度重视,立即组织召开专题会议,传达贯彻省政府督查通知精神,对省政府交办我市的7项重点督查事项"
            "进行具体安排,明确责任单位、完成时限,逐一制订整改方案。")
    acts = _acts(text, "2016-11-28")
    assert [a[0] for a in acts] == ["召开", "制订"]


def test_a_faulted_action_of_others_is_no_activity():
    # GUANYUN: units that filed late are judged, nothing is reported done
    text = "山前安置小区一期项目等均未达序时;有个别单位报送材料不及时。"
    assert [a for a in _acts(text, "2019-10-16") if a[0] == "报送"] == []


def test_inspection_teams_steps_share_its_frame():
    # http://tjj.zhuzhou.gov.cn/c8606/20200803/i1571581.html (株洲市统计局 2020-08-03)
    text = ("本次督查主要内容是2020年《政府工作报告》重点工作半年度完成情况。市统计局参与的第二督查组采取“四不两直”方式,"
            "分别走访了炎陵县、茶陵县等5个县区,现场查看了芙蓉学校等14个建设项目。\n督查组通过听取情况汇报、查阅资料、"
            "现场查看项目,了解了实情,发现了问题并提出了建议和措施,督查情况将形成专报报送给市委和市政府主要领导。")
    assert _acts(text, "2020-08-03") == []


def test_light_verb_before_a_pair_of_inspection_words():
    # http://www.zhld.com/zkrb/html/2016-11/28/content_6900317.htm: 进行督查暗访 anchors on the event, not on 进行
    text = "11月24日至25日,省政府督导组对我市重点督查事项的落实整改情况进行督查暗访。"
    assert [a[:2] for a in _acts(text, "2016-11-28")] == [("暗访", "inspection")]


def test_agenda_of_the_meeting_a_speech_opens_is_its_steps():
    # http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html (岳阳市城管局 局长 report, 2022-02-28)
    text = ("今天,我们召开局系统工作会议,主要任务是:认真贯彻落实党的十九届六中全会精神,全面总结2021年工作,表彰先进单位和"
            "先进个人,安排部署2022年度工作,推动城市管理和综合执法事业高质量发展。下面,从四个方面向大会报告工作。\n\n"
            "一、回顾2021年,城管工作在善作善成中交出满意答卷\n\n一年来,局系统上下坚持以习近平新时代中国特色社会主义思想为指导,"
            "认真贯彻落实市委、市政府和省住建厅决策部署,推动实现了城市管理水平的新提升。\n\n")
    # (read as a report, whose review this opens: there 安排部署 was an action of its own)
    assert [a[:2] for a in _acts(text, "2022-02-28")] == [("召开", "meeting")]


def test_gongkai_gongzuo_holds_no_kaigong_and_compiling_the_report_is_none():
    # http://www.lishui.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2017&area=113325000026455663 (丽水 2017)
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》要求,综合2017年度丽水市各县(市、区)政府和市级各部门的政府信息公开"
            "年度工作报告编制而成。\n健全政务公开工作年度考核机制,将各县(市、区)和市级部门列入年度综合目标考核,结合日常与年终"
            "检查情况,开展年度考核评议工作。")
    words = [a[0] for a in _acts(text)]
    assert "开工" not in words and "编制" not in words and "开展" in words
