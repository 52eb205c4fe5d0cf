"""Probe act33: activities in older provincial and big-city work reports (1987-2010): real sentences."""
import govie

from .activity_frames import frames, none, one

# 2004 青岛 report (http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/zfgb/n2004_4/202010/t20201025_1750518.shtml, d04).
_QINGDAO_2004 = (
    "政府工作报告——2004年2月17日在青岛市第十三届人民代表大会第二次会议上青岛市市长夏耕\n各位代表:\n"
    "现在,我代表市人民政府向大会做工作报告,请予审议,并请各位政协委员和其他列席会议人员提出意见。\n"
    "一、2003年政府工作的回顾\n"
    "(一)构建可持续发展的经济体系取得新进展,经济增长质量不断提高。初步核算,全年实现生产总值1780亿元,"
    "增长15.9%,是1995年以来的最高增幅;完成地方财政一般预算收入120亿元,增长23.9%。\n"
    "四大产业基地建设成效显著。大炼油、汽车等项目前期工作取得突破,海西湾造修船基地列入国家规划,"
    "浦项冷轧不锈钢板项目主体工程完工,前湾港三期工程部分通过国家验收。\n"
)

# 2002 武汉 report (http://www.wuhan.gov.cn/hbgovinfo_47/szfggxxml/zfgzbg_2989/201611/t20161110_92052.html, d11).
_WUHAN_2002 = (
    "武汉市2002年政府工作报告\n2002年1月10日在武汉市第十届人民代表大会第五次会议上\n代市长 周济\n各位代表:\n"
    "现在,我代表市人民政府,向大会报告政府工作,请予审议,并请市政协各位委员和其他列席人员提出意见。\n"
    "一、2001年的工作总结\n"
    "2001年,是我市跨入新世纪,实施第十个五年计划的开局之年。全市各族人民在省委、省政府和市委的领导下,抓住机遇,"
    "开拓前进,较好地完成了市十届人大四次会议确定的八项重点工作和十项重点工程,实现了“十五”计划的良好开局。\n"
    "(二)结构调整取得新进展。基本完成城市新的经济增长带规划编制工作,启动和实施了一批基础设施和产业项目。\n"
)


def test_revenue_collected_and_the_congress_tasks_completed_are_results():
    found = frames(_QINGDAO_2004, "2004-02-17")
    none(found, "完成")  # 完成地方财政一般预算收入120亿元: a figure
    assert one(found, "完工")["date"] == "2003"
    found = frames(_WUHAN_2002, "2002-01-10")
    done = [f for f in found if f["trigger"] == "完成"]
    # 完成了市十届人大四次会议确定的八项重点工作…: the year's set tasks, a result; 完成…规划编制工作 is the action
    assert len(done) == 1 and done[0]["agents"] == ["武汉市人民政府"] and done[0]["date"] == "2001"


def test_work_in_general_is_no_activity():
    # 2001 内蒙古 report (http://nmgqq.com.cn/shuzishizhi/nianjian/neimengguniajian/nianjianerlinger/tezai/2011-4-14/1784.html)
    text = ("政府工作报告\n——2001年2月16日在内蒙古自治区第九届人民代表大会第四次会议上\n各位代表:\n"
            "现在,我代表自治区人民政府作工作报告,请予审议。\n一、“九五”时期和2000年工作的回顾与总结\n"
            "五年来,全区上下坚决贯彻落实党中央、国务院的路线方针政策,按照自治区党委、政府确定的发展思路,"
            "创造性地开展工作,走出了一条符合内蒙古实际的经济发展路子。\n")
    none(frames(text, "2001-02-16"), "开展")


def test_a_policy_issued_after_which_the_province_acted_is_a_time():
    # 2009 山东 report (http://big5.www.gov.cn/gate/big5/www.gov.cn/2009lh/content_1240317.htm, d08)
    text = ("2009年山東省人民政府工作報告\n——2009年2月13日在山東省第十一屆人民代表大會第二次會議上\n"
            "現在,我代表省人民政府向大會報告政府工作,請予審議,並請省政協委員提出意見。\n一、2008年工作回顧\n"
            "在中央擴內需、保增長政策出臺後,我們及時制定 21 條政策措施,加大各項工作的落實力度。\n")
    found = frames(text, "2009-02-13")
    none(found, "出臺")
    act = one(found, "制定")
    assert (act["type"], act["mode"], act["agents"]) == ("publication", "done", ["山东省人民政府"])


def test_the_year_after_the_place_in_the_title_names_the_issuer():
    # 2007 武汉 report, a page that keeps the title and the review only (http://e-gov.org.cn/article-70696.html)
    text = ("武汉市2007年政府工作报告\n\n  一、过去四年工作回顾\n\n  ——城市功能日臻完备。"
            "基础设施建设四年累计投入976亿元,一批重大基础设施陆续开工建设或投入使用。\n")
    assert govie.extract(text, model=None, reference_date="2007-01-10").meta["issuer"] == "武汉市人民政府"


def test_bodies_after_the_address_are_no_masthead():
    # 1987 广州 report, one line on its page (https://www.ppdoc.com/periodical/18ca795254123133169bcb37f17eb4e0.html)
    text = ("各位代表:我受市人民政府的委托,向大会作政府工作报告,请予审议。一、一九八六年的主要工作情况一九八六年,"
            "我市在省委、省人民政府和市委的领导下,认真贯彻执行了党中央、国务院一系列的方针、政策和市八届人大四次会议"
            "关于政府工作的决议,坚持四项基本原则,把改革放在首位。")
    # the city is never named: no issuer rather than the Party centre the review speaks of
    assert govie.extract(text, model=None, reference_date="1987-03-01").meta["issuer"] is None
