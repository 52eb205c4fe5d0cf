"""Probe act42: service guides, policy explainers and admission notices written as news. Real sentences from
the probe texts (addresses in comments); what a rule pays, a reader's steps and a notice's schedule are no
activities, a reported publication or launch stays one."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "date", "agents")


def test_benefit_paid_from_a_date_on_is_how_a_rule_pays():
    # http://m.zz.mnw.cn/news/1227444.html (芗城区 低保, 东南网 2016-06-15)
    text = ("具体而言，芗城区农村低保标准由现在的家庭年人均收入2800元，提高到3500元，人均补助水平由现在的每月196元"
            "提高到每月254元，从2016年1月份起发放。")
    assert [a for a in _acts(text, "2016-06-15") if a[0] == "发放"] == []
    # 湖北日报 2021-06-13 (湖北省民政厅、财政厅 通知): who pays, by the rule, from a date on
    text = "2019年7月1日起，残疾人两项补贴从由省残联主导发放，调整为由省民政厅主导发放。"
    assert [a for a in _acts(text, "2021-06-13") if a[0] == "发放"] == []


def test_counted_payment_in_news_is_a_statistic():
    # https://hn.rednet.cn/content/2019/07/04/5683871.html (道县, 红网 2019-07-04)
    text = ("截至6月底，道县共有城市低保对象3021人，农村低保对象1.28万人，今年前6月累计发放城市低保资金608.66万元、"
            "农村低保资金1496.85万元，同比分别增长11.3%、7.7%。")
    assert _acts(text, "2019-07-04") == []


def test_steps_of_an_admission_procedure_are_no_activities():
    # http://wljyyjy.com/XiaoXueZiXun/363149.html (中山日报 2017-04-27, 城区小学招生通告)
    text = ("完成网络和现场报名手续，经有关登记审核工作结束后，各区文体教育局（教育事务指导中心）根据就近入学原则，"
            "统筹安排学位，发放入学通知书。")
    assert _acts(text, "2017-04-27") == []
    # http://m.senbk.com/jiaoyu/321c73f0bc5bdad7dc827a0d427b99f5.html (福州 晋安区 2023)
    text = ("确认具备报名资格的随迁子女、要求在民办小学就读的适龄儿童另需通过“榕教之窗”系统，进行网络填报志愿，"
            "以便开展摇号派位工作。")
    assert _acts(text, "2023-06-15") == []


def test_reported_publication_of_the_notice_stays():
    # 湖北日报 2021-06-13: the explainer's news peg is a reported publication
    text = ("6月11日，湖北省民政厅、湖北省财政厅联合印发通知：今年1月1日起，全省困难残疾人生活补贴标准在原每人每月50元的"
            "基础上提高20元，达到每人每月70元。")
    assert _acts(text, "2021-06-13") == [("印发", "publication", "2021-06-11", ["湖北省民政厅", "湖北省财政厅"])]


def test_counter_nouns_are_no_service():
    # http://js.people.com.cn/n2/2021/1020/c360302-34966145.html (江苏, 2021-10-20)
    text = ("在试点城市合法稳定就业、就学、居住的长三角户籍居民，首次申领居民身份证可就近到居住地派出所、户政大厅受理窗口"
            "申请办理。自受理之日起15个工作日，可至受理点领取居民身份证，也可以自愿选择委托邮政速递方式领取。")
    assert _acts(text, "2021-10-20") == []
    text = "目前，江苏省政务办已在江苏政务服务网设立“跨省通办”线上服务专区。"
    assert [a[0] for a in _acts(text, "2021-10-20")] == ["设立"]


def test_call_to_the_reader_is_no_publication():
    # https://www.gz.gov.cn (本月起，这笔钱直接发放至个人！, 广州 2025-12-03; dev gz-11)
    text = "用人单位和职工可通过广州12345政务服务便民热线咨询相关生育津贴政策与操作指引。\n快转发给需要的人！"
    assert _acts(text, "2025-12-03") == []
