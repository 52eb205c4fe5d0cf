"""Probe act47: activities in provincial and city work reports of 2010-2019 (reviews and plans, and news digests
of a report's plan). Real sentences from the probe texts, addresses in comments."""
import govie
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


WUHAN_HEAD = ("政府工作报告\n\n2014年1月6日武汉市第十三届人民代表大会第三次会议\n\n武汉市长唐良智\n\n各位代表:\n\n"
              "  现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n\n"
              "  一、2013年工作回顾\n\n")


def test_session_line_without_zai_names_the_venue_not_the_author():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/140040.html (2014 武汉 report): the session line has no 在…上
    text = WUHAN_HEAD + ("  ——工业倍增成效明显。80万吨乙烯、神龙三厂、联想武汉产业基地、武钢四冷轧等一批投资50亿元、"
                         "100亿元以上重大项目建成投产,东风雷诺项目落户武汉,发展后劲显著增强。\n")
    r = govie.extract(text, model=None, reference_date="2014-01-06")
    assert r.meta["issuer"] == "武汉市人民政府"
    assert _acts(text, "2014-01-06") == [("建成投产", "other", "done", "2013", ["武汉市人民政府"])]


def test_news_line_naming_a_session_gives_no_government():
    # the same line in a news item that is no report: the session is what the news is about, no issuer is made up
    text = "2014年1月6日武汉市第十三届人民代表大会第三次会议\n大会选举产生了新一届常委会组成人员。\n"
    r = govie.extract(text, model=None, reference_date="2014-01-06")
    assert r.meta["issuer"] != "武汉市人民政府"


def test_digest_of_the_years_tasks_is_the_reports_plan():
    # http://news.cnhubei.com/zhengwu/p/10126235.html (湖北 2019 report, 荆楚网 digest)
    text = ("2019年是全面建成小康社会关键之年,也是我省经济爬坡过坎的大考之年。《政府工作报告》从九个方面部署了今年的重点工作,"
            "提出稳扎稳打、苦干实干,以最大努力争取更好结果,展现新气象,干出新作为。\n促进消费提质扩容\n"
            "●支持武汉、襄阳、宜昌、黄石、鄂州突破性发展跨境电子商务。\n办好公平优质教育\n●新建改建一批乡镇和中心村公办幼儿园。\n")
    built = [a for a in _acts(text, "2019-01-15") if a[0].startswith("新建")]
    assert [(a[2], a[3]) for a in built] == [("planned", "2019")]


def test_digest_quoting_the_report_paragraph_by_paragraph_is_the_reports_plan():
    # http://jxjw.net/p/501772 (四川 2018 report, 省长尹力作《政府工作报告》)
    text = ("省长尹力作《政府工作报告》!卫监君帮你划重点!\n“关键词”大集结↓↓↓\n天府新区、天府国际机场、自贸区\n"
            "报告提出,深入推进全面创新改革。\n加速提升建设天府新区。\n“川字号”\n"
            "报告指出,要加快建设现代农业、林业、畜牧业重点县。同时,要实施“川字号”品牌创建行动,培育“三品一标”农产品。\n"
            "经济强省\n报告提出,四川今年将持续深化供给侧结构性改革,推动经济高质量发展。振兴实体经济。促进大企业大集团加快发展,"
            "实施“小巨人”企业培育工程,对重点困难企业开展“一企一策”帮扶。\n")
    acts = _acts(text, "2018-01-25")
    assert ("开展", "service", "planned", "2018", []) in acts
    assert all(a[2] == "planned" for a in acts)


def test_agreement_signed_with_universities_is_a_coordination():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/141761.html (2017 成都 report): 院所 ends a noun, not 所+verb;
    # the partners are ORGs (no agents), yet named
    text = ("一、2016年工作回顾\n(一)大力实施创新引领行动。深化政产学研用协同创新,制定科技成果转移转化“新十条”政策,"
            "与7所在蓉高校院所签署共建“双一流”战略合作协议,设立5个新型产业技术研究院。\n")
    acts = _acts(text, "2017-01-10")
    assert ("签署", "coordination", "done", "2016", []) in acts
    # no partner named: a count of agreements, no coordination
    assert not [a for a in _acts("一、2016年工作回顾\n签署合作协议10份。\n", "2017-01-10") if a[0] == "签署"]


def test_trade_fair_named_jiaohui_is_an_event():
    # https://guanchang.qwyd.net/zhengfugongzuobaogao/141761.html (2017 成都 report): 创交会, a 交易会
    text = "一、2016年工作回顾\n实施“创业天府”行动计划,成功举办2016中国成都全球创交会,举办“菁蓉汇”走进韩国、以色列等系列活动180场。\n"
    held = [a for a in _acts(text, "2017-01-10") if a[0] == "举办"]
    assert [a[1] for a in held] == ["event", "event"]
