"""Probe act35: planned activities in the plan parts of provincial and city work reports, as quoted
by news items and compilations (2020-2025). Sentences are quoted from the pages named in comments."""
import govie


def _acts(text, ref):
    return {(a.trigger["text"], a.mode, a.date) for a in govie.extract(text, reference_date=ref).activities}


def test_plan_lead_with_comma_after_jinnian():
    # https://guanshanwenku.com/gongzuozongjie/2025/02/104334_73.html (2025 西藏 report, plan)
    text = ("政府工作报告\n各位代表：\n今年,将重点做好以下九个方面工作。\n"
            "(一)坚决维护社会和谐稳定。\n加强和改进民族工作。举办第二届西藏铸牢中华民族共同体意识论坛。")
    assert ("举办", "planned", "2025") in _acts(text, "2025-01-13")


def test_news_lead_names_plan_year_and_government():
    # http://www.bj-changshengda.com/html/news/industry/376.html (2024 北京 report quoted)
    text = ("北京市第十六届人民代表大会第二次会议1月21日上午在北京会议中心开幕,市长殷勇代表市人民政府向大会报告政府工作。\n"
            "针对2024年重点任务,报告提出,加快推进“新两翼”建设。\n"
            "同时,加强公共服务共建共享。巩固提升“轨道上的京津冀”,建成城际铁路联络线一期,实现国道109新线高速通车。\n")
    r = govie.extract(text, reference_date="2024-01-21")
    assert r.meta["issuer"] == "北京市人民政府"  # not the congress whose session opened
    built = [a for a in r.activities if a.trigger["text"] == "建成"]
    assert built and built[0].mode == "planned" and built[0].date == "2024" and built[0].agents == ["北京市人民政府"]


def test_head_of_news_item_leads_into_plan():
    # http://ytyamei.com/zuixindongtai/gongsixinwen/703.html (深圳晚报, 2025 深圳 report)
    text = ("深圳晚报讯 (记者 周倩) 2月25日,深圳市七届人大六次会议在深圳市民中心礼堂开幕。深圳市市长覃伟中向大会作政府工作报告。"
            "今年深圳将怎么做,有哪些新目标?\n"
            "建成香港中文大学(深圳)医院、市第三儿童医院等15个重大医疗项目,新增国家级临床重点专科2个。\n")
    r = govie.extract(text, reference_date="2025-02-25")
    assert r.meta["issuer"] == "深圳市人民政府"
    assert any(a.trigger["text"] == "建成" and a.mode == "planned" and a.date == "2025" for a in r.activities)


def test_quoting_paragraphs_are_body_and_review_stays_done():
    # http://hungry.peiziwh.com/D_1956417.html (中新网, 2023 四川 report)
    text = ("中新网成都1月11日电 四川省第十四届人民代表大会第一次会议11日在成都开幕。四川省人民政府省长黄强向大会作政府工作报告时提出,"
            "四川将突出双核联动。\n"
            "报告提出,过去五年,成渝地区双城经济圈建设成势见效。召开6次川渝党政联席会议,川渝联合出台政策文件100余个。\n"
            "报告提出,2023年将深入落实成都都市圈发展规划。启动实施都市圈建设成德眉资同城化项目。\n")
    acts = _acts(text, "2023-01-11")
    assert ("召开", "done", "2018/2022") in acts
    assert ("启动实施", "planned", "2023") in acts


def test_report_quoted_by_head_of_government():
    # http://www.hnhjjhgc.com/52836/538245.html (人民网, 2020 河南 report)
    text = ("人民网郑州1月10日电 今天上午,河南省第十三届人民代表大会第三次会议开幕。河南省人民政府代省长尹弘在政府工作报告中提到,"
            "2020年,河南将实现县城以上城区5G全覆盖。\n"
            "尹弘说,2020年,河南将积极应对下行压力,把稳增长作为经济工作基本任务。\n"
            "建成青电入豫工程和6个液化天然气应急储备中心,开工建设平顶山盐穴储气库等重大工程。\n")
    r = govie.extract(text, reference_date="2020-01-10")
    assert r.meta["issuer"] == "河南省人民政府"
    got = {(a.trigger["text"], a.mode, a.date) for a in r.activities}
    assert ("开工建设", "planned", "2020") in got


def test_caused_start_of_works_is_event():
    # https://www.sxgov.cn/content/2023-01/12/content_12910022.htm (黄河新闻网, 2023 山西 report)
    text = ("黄河新闻网讯 1月12日,山西省第十四届人民代表大会第一次会议在太原隆重开幕。金湘军代表省人民政府向大会作政府工作报告。\n"
            "报告指出,山西省2023年要加快构建现代化基础设施体系。\n"
            "铁路方面,扎实推进雄忻、集大原等高铁建设,推动太原铁路枢纽西环线开工建设,推进太绥高铁等重点项目前期工作。\n")
    r = govie.extract(text, reference_date="2023-01-12")
    assert r.meta["issuer"] == "山西省人民政府"
    assert ("开工建设", "planned", "2023") in {(a.trigger["text"], a.mode, a.date) for a in r.activities}


def test_review_block_is_not_plan():
    # a review year before the report's year leads no plan (the plan lead needs the report's year or later)
    text = ("政府工作报告\n各位代表：\n2022年,我们将稳增长放在首位,建成太原西北二环。\n")
    assert ("建成", "planned", "2023") not in _acts(text, "2023-01-12")
