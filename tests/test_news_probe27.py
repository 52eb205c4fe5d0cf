"""Probe news27: government news items (meetings, signings, trainings, inspections) at every level.
Real sentences from the probe texts, addresses in comments."""
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "date", "agents")


def test_signing_ceremony_reported_twice_is_one_coordination():
    # http://www.hnr.cn/news/snxw/201205/t20120511_96112.html (河南日报 2011-09-23): caption and lead, the leaders
    # attending and the governors signing are the same event
    text = ("9月22日,河南省人民政府、北京市人民政府战略合作框架协议签约仪式在郑州黄河迎宾馆举行。郭宇 摄\n"
            "我省与北京的合作翻开了崭新的一页。9月22日,河南省人民政府与北京市人民政府战略合作签字仪式在郑州黄河迎宾馆举行,"
            "中共中央政治局委员、北京市委书记刘淇,省委书记、省人大常委会主任卢展工出席签字仪式,北京市委副书记、市长郭金龙,"
            "省委副书记、省长郭庚茂分别代表两地政府在战略合作框架协议书上签字。\n")
    assert _acts(text, "2011-09-23") == [("举行", "coordination", "2011-09-22", ["河南省人民政府", "北京市人民政府"])]


def test_signing_by_the_representatives_and_hosting_are_steps():
    # http://sc.china.com.cn/2021/toutiao_1219/431180.html (四川日报 2021-12-19)
    text = ("近日,四川省人民政府与中国铁建股份有限公司在成都签署深化战略合作协议。省委副书记、省长黄强,中国铁建股份有限公司"
            "董事长汪建平出席签约仪式并共同见证协议签署。\n省委常委、副省长李云泽与中国铁建股份有限公司副总裁李宁分别代表双方"
            "签署协议。\n省政府秘书长胡云主持签约仪式。\n")
    assert [a[0] for a in _acts(text, "2021-12-19")] == ["签署"]


def test_attending_the_reported_ceremony_or_press_conference_is_no_event():
    # http://www.beijingreview.com.cn/2009news/todaynews/2012-10/17/content_490112.htm (国新办, 2012)
    text = ("由国务院新闻办公室联合国家11个部委共同策划推出的“聚焦中国之科学发展”系列外宣品首发暨赠送仪式10月16日上午在北京"
            "举行。国务院新闻办公室副主任王国庆出席仪式并致辞,卫生部副部长陈啸宏代表合作部委讲话,11家参与部委的相关领导出席了仪式。")
    assert [a[0] for a in _acts(text, "2012-10-17")] == ["举行"]
    # http://www.dingqianjf.com/news/show/760adaabef2a16f2.html (淮北市统计局, traditional script)
    text = ("日前,淮北市統計局舉行2023年全市經濟運行情況新聞發布會,黨組書記、局長趙華向社會各界通報了2023年全市經濟運行情況。\n"
            "安徽經濟報、淮北市傳媒中心等媒體記者參加發布會。")
    assert "參加" not in [a[0] for a in _acts(text, "2024-01-25")]


def test_items_a_county_executive_meeting_reviews_are_its_steps():
    # http://yangxian.gov.cn/yxzf/yxxwzx/yxxw/202310/5ccca541ffae457cb5dd704b337edb92.shtml (洋县, 2023)
    text = ("10月19日,县长张军主持召开县政府2023年第13次常务会议。\n"
            "会议听取并审议了县发改局关于《洋县“十四五”规划纲要实施中期评估》的汇报。\n")
    assert [a[0] for a in _acts(text, "2023-10-19")] == ["召开"]
    # http://sxxingxian.gov.cn/xxgk/xzfhy/xzfcwhy/202405/t20240507_1862353.shtml (兴县, 2024): 兴县 is one character
    text = ("4月18日,县委副书记、县长梁文壮主持召开县政府常务会议,县政府班子成员参加会议。\n"
            "会议原则通过了《兴县发展特色庭院经济实施方案》。\n"
            "会议原则同意启动实施兴县15万吨新能源汽车零部件及铝型材项目。\n")
    assert _acts(text, "2024-04-25") == [("召开", "meeting", "2024-04-18", ["兴县人民政府"])]


def test_county_head_without_a_named_county_gives_no_committee():
    # http://www.antu.gov.cn/zw_2292/atyw/202503/t20250310_512443.html (安图县, 2025): no county named in the text
    text = "3月7日,县委副书记、县政府县长郑哲主持召开十九届县人民政府第42次常务会议。"
    assert _acts(text, "2025-03-10") == [("召开", "meeting", "2025-03-07", [])]


def test_training_course_held_and_training_after_jinxing():
    # https://news.sohu.com/20090512/n263900701.shtml (山西日报 2009-05-12)
    text = ("4月20日至24日,省质监局和省人事厅举办的全省质监系统处级干部培训班第二期在浙江大学举办。\n"
            "近年来,省质监局高度重视队伍素质的提升,注重干部教育培训工作,2007年对全系统1700余名公务员进行了公共管理核心内容培训。")
    acts = _acts(text, "2009-05-12")
    assert [(a[0], a[1]) for a in acts] == [("举办", "training"), ("培训", "training")]


def test_implementation_status_before_the_trigger_is_its_topic():
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2017-09/22/content_5226902.htm (湖北日报 2017)
    text = ("根據省政府大督查總體安排,9月21日,省政府派出13個督查組,分赴全省17個市、州、直管市、神農架林區,"
            "對貫徹落實省第十一次黨代會、省政府重大決策部署情況開展實地大督查。")
    assert [(a[0], a[1], a[2]) for a in _acts(text, "2017-09-22")] == [("開展", "inspection", "2017-09-21")]
