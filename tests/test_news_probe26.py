"""Probe news26: government news items (政务动态, 工作动态, 领导活动) at every level. Real sentences from
the probe texts, addresses in comments."""

import govie


def _acts(text, ref, jurisdiction=None):
    r = govie.extract(text, model=None, reference_date=ref, jurisdiction=jurisdiction)
    return [(a.trigger["text"], a.type, a.mode, a.agents) for a in r.activities]


# https://m.hbwuxue.com/p/66447.html (武穴市 市长碰头会)
WUXUE = ("12月15日,市委副书记、市长查俊主持召开市长碰头会,听取各副市长前期未完成重点工作和近期拟开展重点工作情况,"
         "需提请市长碰头会协调解决的问题。")


def test_mayor_acts_for_the_government_and_undone_work_is_no_action():
    acts = _acts(WUXUE, "2021-12-16", "武穴市")
    assert acts == [("召开", "meeting", "done", ["武穴市人民政府"])]


# https://fgw.weinan.gov.cn/zwgz/xmjsycjmy/1627958687454756866.html (渭南市 常务副市长督查, 2014)
WEINAN = ("5月29日,市委常委、常务副市长郑光照带领市政府副秘书长雷立新、我委王斌副主任,深入大荔县、澄城县、蒲城县、"
          "卤阳湖督查重点项目建设。")


def test_executive_vice_mayor_acts_for_the_government():
    acts = _acts(WEINAN, "2014-05-30", "渭南市")
    assert ("督查", "inspection", "done", ["渭南市人民政府"]) in acts


def test_party_secretary_still_acts_for_the_party_committee():
    # https://epaper.hbnews.net/epaper/hbrb/pc/content/202206/29/content_114875.html (淮北市烈山区)
    text = "本报讯 6月20日晚和22日晚,区委书记朱龙开展暖民心行动上门走访活动。"
    acts = _acts(text, "2022-06-29", "淮北市烈山区")
    assert [a[3] for a in acts] == [["中共淮北市烈山区委员会"]]


# https://npo12761e.npoall.com/news/itemid-179614.html (生态环境部召开部务会议, 2025-08-28)
MEE = ("8月27日,生态环境部部长黄润秋主持召开部务会议,传达学习国务院第九次全体会议精神。\n\n"
       " ◇会议指出 \n国务院近日召开第九次全体会议,强调要切实把思想和行动统一到党中央对形势的科学判断和决策部署上来。"
       "生态环境部系统要深入学习贯彻习近平总书记关于当前经济形势和经济工作的重要讲话精神,按照国务院第九次全体会议部署,"
       "进一步树立发展意识、大局意识,坚持实事求是,持续优化生态环境监管和服务。要全面落实生态环境领域促进新质生产力发展"
       "“1+N”政策体系,严格规范涉企生态环境行政检查,深入实施生态环境部门进一步促进民营经济发展重点举措,强化重大工程项目"
       "环评服务保障,助力经济社会高质量发展。")


def test_a_sentence_opening_with_a_command_holds_no_action():
    triggers = [a[0] for a in _acts(MEE, "2025-08-28", "中华人民共和国")]
    assert "检查" not in triggers and "实施" not in triggers
    assert triggers.count("召开") == 2  # the ministry's and the State Council's meetings


def test_village_duty_sentence_holds_no_action():
    # http://ingsd.com/qx/2018-11-14/36062.html (沂水县道托镇 安全生产专题会议)
    text = ("本网讯 道托镇召开安全生产专题会议,对第四季度安全生产工作进行安排部署。会议指出,四季度处于秋冬季节,是安全生产事故易发、"
            "高发期。各村(居)务必要高度重视,进一步严格管理,落实主体责任,认真开展安全生产巡查工作,发现隐患第一时间上报整改。")
    triggers = [a[0] for a in _acts(text, "2018-11-14", "沂水县")]
    assert triggers == ["召开"]


# https://sndrc.shaanxi.gov.cn/zjww/jgcs/csxx/ghc/202509/t20250918_3568696_wap.html (陕西省发展改革委, 2025-09-18)
SN = ("9月15日,省发展改革委党组成员、副主任徐田江带队,赴汉中市对接调研,并主持召开规划编制行业调研与陕南片区座谈会。\n"
      "会上,省发展改革委介绍了全省“十五五”规划编制工作开展情况,相关市县参会单位汇报了本地区规划编制、重大项目谋划储备情况。\n"
      "会前,调研组赴宁强县调研重点项目建设工作。委总规划师,规划处、区域处、环资处、县域处负责同志参加对接调研。")


def test_liaison_research_and_attending_it():
    acts = _acts(SN, "2025-09-18", "陕西省")
    triggers = [a[0] for a in acts]
    assert ("调研", "research", "done", ["陕西省发展和改革委员会"]) in acts
    assert "对接" not in triggers and "参加" not in triggers and "编制" not in triggers
    assert triggers.count("调研") == 2  # 赴汉中市对接调研, 赴宁强县调研; not the closing 参加对接调研


def test_accompanying_the_visit_is_no_visit():
    # https://www.meipian.cn/4jmgk9by (罗山县 莽张镇)
    text = ("12月5日上午,周书记到我镇实地调研,现场查看了乡村振兴示范村建设、村集体经济发展等工作。 "
            "县委常委、县委办主任李城冉、县人大副主任张新生、莽张镇镇长桂小辉陪同此次调研。")
    acts = _acts(text, "2021-12-06", "罗山县")
    assert [a[0] for a in acts] == ["调研"]


def test_attending_the_events_reported_above():
    # 人民日报 2019-11-05 01版 (dev pt-102676): the leaders attending are no event of their own
    text = ("国家主席习近平和夫人彭丽媛4日晚在上海和平饭店举行宴会,欢迎出席第二届中国国际进口博览会的各国贵宾。\n"
            "丁薛祥、李强、杨洁篪、胡春华、黄坤明、王毅、赵克志、何立峰等参加上述活动。")
    assert "参加" not in [a[0] for a in _acts(text, "2019-11-05")]


def test_the_mayor_of_a_named_place_acts_for_its_government():
    # dev pt-298445 (上海市政府第52次常务会议)
    text = "上海市市长韩正10月18日主持召开市政府第52次常务会议,研究进一步推动本市老龄工作。"
    assert _acts(text, "2005-10-19") == [("召开", "meeting", "done", ["上海市人民政府"])]


def test_a_place_naming_two_divisions_gives_no_government():
    # 通州区 is in 北京 and in 南通 (the 刘桥镇 probe text's district): no body is guessed
    text = "通州区区长张三主持召开区政府常务会议。"
    assert [a[3] for a in _acts(text, "2025-07-10")] == [[]]
