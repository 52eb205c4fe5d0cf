"""Probe act32: activities in national texts (State Council readouts, 国办 通报, ministry news pages and
notices, inspection feedback): real sentences with their addresses."""
from .activity_frames import frames, none, one


def test_a_news_dateline_does_not_hide_the_leads_subject():
    # http://china.zjol.com.cn/system/2013/01/03/019059969.shtml (国务院安委会办公室 通报, 2013)
    text = ("人民网北京1月3日电 国务院安委会办公室3日发布了关于近期几起事故情况的通报,通报称,2012年12月25日,"
            "中铁隧道集团二处有限公司承建的山西中南吕梁山隧道1号斜井发生爆炸事故,造成8人死亡。\n"
            "国务院安委会办公室关于近期几起事故情况的通报\n安委办明电〔2013〕1号\n"
            "各省、自治区、直辖市及新疆生产建设兵团安全生产委员会:\n现将有关情况通报如下:\n")
    act = one(frames(text, "2013-01-03"), "发布")
    assert (act["type"], act["date"], act["agents"]) == ("publication", "2013-01-03", ["国务院安全生产委员会办公室"])


def test_issuing_a_tongbao_is_a_publication():
    # http://changsha.baogaosu.com/xinwen/... (新华社 2017-10-01, 国务院第四次大督查 国办通报表扬)
    text = ("新华社北京10月1日电 为进一步调动和激发各方面真抓实干、改革创新的积极性,国务院办公厅日前发出通报,"
            "对国务院第四次大督查发现的22项地方典型经验做法给予表扬。\n")
    act = one(frames(text, "2017-10-01"), "发出通报")
    assert (act["type"], act["agents"]) == ("publication", ["国务院办公厅"])


def test_a_congress_that_approved_a_plan_is_a_meeting_a_party_plenum_is_not():
    # http://m.promax-tools.com/xwzx/gnwyw/content/post_750229.html (国务院常务会议 2023-03-14)
    text = ("国务院总理李强3月14日主持召开新一届国务院第一次常务会议,研究国务院机构设置有关工作。\n"
            "根据党的二十届二中全会审议通过的《党和国家机构改革方案》和十四届全国人大一次会议审议批准的国务院机构改革方案,"
            "会议审议通过了国务院直属特设机构、直属机构设置。\n")
    found = frames(text, "2023-03-14")
    act = one(found, "审议批准")
    assert (act["type"], act["agents"]) == ("meeting", ["全国人民代表大会"])
    none(found, "审议通过")  # the plenum's (sc19-20), and the readout's agenda item shares the meeting's frame


def test_an_inspection_feedback_reports_and_its_survey_is_research():
    # http://darksurfintel.com/jyb_xwfb/moe_2082/zl_2017n/2017_zl02/201701/t20170120_295387.html (教育部, 2016)
    text = ("国家教育督导检查组对河北省30个县(区)义务教育均衡发展督导检查反馈意见\n(2016年11月26日)\n"
            "11月21日至26日,国家教育督导检查组对河北省申报的30个义务教育发展基本均衡县(区)(以下简称县)进行了督导检查。\n"
            "检查中,核查了相关文件资料、数据;召开了人大代表/政协委员、校长、教师、家长座谈会共112个;"
            "通过专用网络平台组织对15341人进行了问卷调查。\n")
    found = frames(text, "2016-11-26")
    act = one(found, "督导检查")
    assert (act["type"], act["date"]) == ("inspection", "2016-11-21/2016-11-26")
    survey = one(found, "问卷调查")
    assert survey["type"] == "research" and "中国人民政治协商会议全国委员会" not in survey["agents"]
    none(found, "督导")  # 督导检查组 is the group


def test_the_year_in_a_meetings_name_is_not_its_date():
    # http://bxzyhb.com/show-1185.html (生态环境部, 2022-07)
    text = "7月7日至8日,2022年全国水生态环境保护工作会议召开。生态环境部部长黄润秋出席会议并讲话。\n"
    assert one(frames(text, "2022-07-10"), "召开")["date"] == "2022-07-07/2022-07-08"


def test_a_date_inside_the_inspected_object_is_not_the_inspections():
    # http://soolun.net/periodical/f2f35bd61383e2d597b6c58ba6a8e949.html (中办国办督查, 2013)
    text = ("按照习近平总书记重要指示精神,根据中央的统一部署,11月27日,中央办公厅国务院办公厅联合派出8个督查组赴16个省(区市),"
            "对近一年来党中央、国务院出台的一系列重大决策部署落实情况开展一次全面督查。\n")
    act = one(frames(text, "2013-12-01"), "开展")
    assert (act["date"], act["agents"]) == ("2013-11-27", ["中共中央办公厅", "国务院办公厅"])


def test_a_ministry_head_receiving_an_inspection_group_is_a_meeting():
    # http://fanfu.people.com.cn/n1/2016/0519/c64371-28364148.html (中央国家机关纪工委 专项检查, 2016)
    text = ("5月18日上午,专项检查组第二组组长周惠等一行来到中国气象局,对其巡视整改情况开展专项检查。"
            "中国气象局党组书记、局长郑国光会见了专项检查组一行。\n")
    act = one(frames(text, "2016-05-19"), "会见")
    assert (act["type"], act["agents"]) == ("meeting", ["中国气象局"])


def test_attending_a_meeting_and_its_anniversary_are_no_activities():
    # http://bbs.radida.com/bbs/forum.php?...tid=19631 (卫生部 2007-01-08)
    text = ("1月8日,卫生部在京召开了2007年全国卫生工作会议。\n"
            "各省、自治区、直辖市卫生厅局长和办公室主任等约300人参加了本次会议\n")
    found = frames(text, "2007-01-08")
    assert one(found, "召开")["agents"] == ["卫生部"]
    none(found, "参加")
    # https://static.h2o-china.com/news/351451.html (生态环境部部常务会议, 2024-07-02)
    text = ("在全国生态环境保护大会召开近一周年之际,李强总理主持召开国务院常务会议,"
            "专题听取生态环境部关于全面推进美丽中国建设工作情况的汇报。\n")
    assert [f["trigger"] for f in frames(text, "2024-07-02")] == ["召开"]


def test_the_occasion_of_a_leaders_speech_is_no_activity():
    # http://bxzyhb.com/show-1185.html (生态环境部党组会议, 2022-07-08), without the page's pinyin
    text = ("7月8日,生态环境部党组书记孙金龙主持召开部党组会议,"
            "传达学习习近平总书记在湖北武汉考察时的重要讲话精神。\n")
    found = frames(text, "2022-07-10")
    none(found, "考察")
    assert one(found, "召开")["date"] == "2022-07-08"
