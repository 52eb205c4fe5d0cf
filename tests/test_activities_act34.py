"""Probe act34: activities in provincial (2021-2025) and city (2022-2025) work reports: real sentences."""
import govie

from .activity_frames import frames, none, one

_CITY_OPENING = "各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员提出意见。\n"


def test_funds_won_are_counted_measures_but_aims_are_not():
    # 2025 长春 report (http://www.changchun.gov.cn/szf/gzbg/202502/t20250225_3382795.html)
    text = ("政 府 工 作 报 告\n——2025年1月8日在长春市第十六届人民代表大会第四次会议上\n" + _CITY_OPENING
            + "一、2024年工作回顾\n(一)全力拼经济稳增长。全力扩大有效投资,争取超长期特别国债等各类政策资金超过300亿元,"
              "实施投资5000万元以上项目1381个,325个产业项目竣工投产,固定资产投资规模达到1986.7亿元。\n"
              "二、2025年工作安排\n积极争取在我市设立国家级平台,争取到2027年基本建成现代化都市圈。\n")
    found = frames(text, "2025-01-08")
    sought = one(found, "争取")
    assert sought["mode"] == "done" and sought["date"] == "2024" and sought["agents"] == ["长春市人民政府"]
    assert one(found, "竣工投产")["date"] == "2024"  # one trigger, not 竣工 with a noun after it
    none(found, "设立")  # 积极争取在我市设立…: an aim, as before 争取 was a trigger


def test_treating_patients_and_sending_teams_are_reported_actions():
    # 2021 江西 report (https://www.sanwenwang.com/ba/iwdjdqqf.html)
    text = ("江西省人民政府 政府工作报告 政府工作报告(2021年)\n各位代表\n现在,我代表省人民政府向大会报告工作,请予审议。\n"
            "一、2020年工作及“十三五”时期发展回顾\n(一)全力以赴抗大疫、战大洪,人民安全得到有力保护。"
            "建立疫情联防联控机制,坚持中西医结合,全力救治感染患者,强化防疫和生活物资保障,筑起全民钢铁防线,"
            "用14天初步遏制了疫情蔓延势头、51天将住院确诊病例清零,是全国最早全部清零省份之一。"
            "派出11批次13支医疗队1271人驰援武汉、随州,派出联合工作组援助乌兹别克斯坦。\n")
    found = frames(text, "2021-01-27")
    cured = one(found, "救治")
    assert cured["type"] == "service" and cured["date"] == "2020" and cured["agents"] == ["江西省人民政府"]
    assert len([f for f in found if f["trigger"] == "派出"]) == 2


def test_a_police_station_is_no_sending():
    # 派出所 is a body (non_triggers.txt), not 派出 + 所
    found = frames(_CITY_OPENING + "一、2024年工作回顾\n新建派出所3个,开展治安巡逻。\n", "2025-01-10")
    none(found, "派出")


def test_a_dated_disaster_met_is_an_action_a_generic_challenge_is_not():
    # 2022 天门 report (https://hubeishenghangkonghangtianchanyeyuanqu.010b.com/info/149775/page/373)
    text = ("2022年天门市政府工作报告\n" + _CITY_OPENING + "一、过去五年及2021年工作回顾\n五年来,我们全力招商、狠抓项目,"
            "发展底盘更加坚实。鸿硕精密电工、龙腾服装小镇等35个省级重点项目如期竣工,人福成田、莎丽建材等9家企业税收越过千万元。"
            "沉湖二泵新建、汉北河堤防加固等水利补短板工程全面完成,有效应对2019年伏秋连旱和2020年特大洪涝灾害。\n")
    found = frames(text, "2021-12-16")
    assert one(found, "应对")["agents"] == ["天门市人民政府"]
    none(found, "新建")  # 沉湖二泵新建、…等…工程: the works' names
    assert one(found, "完成")["mode"] == "done"
    # 2022 新疆 report (https://www.wuxingwenku.com/53862.html): no named event, a direction
    xinjiang = ("2022年新疆政府工作报告\n各位代表:\n现在,我代表自治区人民政府向大会报告工作,请予审议。\n一、2021年工作回顾\n"
                "我们坚持稳中求进工作总基调,有效应对各种风险挑战,破解改革发展稳定的一系列难题。\n")
    none(frames(xinjiang, "2022-01-20"), "应对")


def test_an_exchange_named_with_suo_is_the_subject():
    # 2023 湖南 report (https://guanshanwenku.com/gongzuozongjie/2023/02/46688_3.html)
    text = ("2023年湖南省政府工作报告\n各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议。\n一、过去五年工作回顾\n"
            "这五年,基础设施实现整体性提升。信息设施高效协同,建成数据中心42个、标准机架11.5万架,"
            "中部唯一、全国第五的大数据交易所投入运营,县级以上行政区主城区5G网络实现全覆盖。\n")
    found = frames(text, "2023-01-12")
    assert one(found, "投入运营")["date"] == "2018/2022"


def test_investment_deals_signed_need_no_named_partner():
    # 2025 汉滨区 report (https://www.hanbin.gov.cn/Content-2810991.html)
    text = ("文件名称 | 汉滨区2025年政府工作报告 | ||\n2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n"
            "汉滨区人民政府代区长 向诗兵\n各位代表:\n现在,我代表区人民政府向大会报告工作,请予审议,并请区政协委员和其他列席人员提出意见。\n"
            "一、过去一年工作回顾\n(一)坚持项目支撑、招商赋能,经济基础更加坚实。动态优化招商引资“两图两库”,区级领导带队招商考察32次,"
            "拜访目标企业150家,签约亿元以上项目27个、投资规模112亿元,实际使用内资30.2亿元、外资381万美元。\n")
    result = govie.extract(text, model=None, reference_date="2025-03-21")
    # the speaker's bare 区人民政府 is the 汉滨区人民政府 of the speaker's line above
    assert result.meta["issuer"] == "安康市汉滨区人民政府"
    signed = one(frames(text, "2025-03-21"), "签约")
    assert signed["type"] == "other" and signed["agents"] == ["安康市汉滨区人民政府"] and signed["date"] == "2024"


def test_an_excerpt_opening_at_the_plan_heading_is_a_report():
    # 2025 合肥 report, plan (http://bx2200.com/baogao/huadong/11612_2.html)
    text = ("二、2025年工作安排\n2025年是“十四五”收官之年,也是“十五五”谋划之年。\n重点抓好十个方面工作。\n"
            "(一)更大力度提振消费激发活力,保持经济稳定增长。\n实施提振消费专项行动。多渠道增加居民收入,"
            "稳定和扩大传统消费,培育壮大新型消费,创建国际消费中心城市。\n")
    found = frames(text, "2025-01-15")
    built = one(found, "创建")  # 创建 with its object counts in a report only
    assert built["mode"] == "planned" and built["date"] == "2025"
    assert one(found, "实施")["date"] == "2025"
