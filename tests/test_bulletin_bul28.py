"""Probe bul28 (bulletins and 工作动态 of bodies at several levels): real sentences."""

import govie


def _acts(text, **kw):
    return govie.extract(text, model=None, **kw).activities


def _depts(text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, model=None, **kw).entities if e.label == "DEPT"]


def test_dated_paragraph_dates_its_later_sentences():
    # wjw.chifeng.gov.cn/gzdt/202308/t20230830_2127133.html
    text = ("8月18日,督查组在宁城县检查。上午,在县政府召开工作汇报会,宁城县政府副县长鞠李宏汇报了宁城县健康行动工作推进情况。"
            "下午,督查组进行了档案检查和实地查看。\n")
    acts = _acts(text, reference_date="2023-08-30", jurisdiction="赤峰市")
    held = [a for a in acts if a.trigger["text"] == "召开"]
    assert held and held[0].date == "2023-08-18"


def test_undated_paragraph_keeps_no_date():
    # the same page: the paragraph after the dated one states no day
    text = ("8月17日,在市政府召开工作汇报会。\n汇报会后,对健康行动档案资料进行了检查。\n")
    acts = _acts(text, reference_date="2023-08-30", jurisdiction="赤峰市")
    checked = [a for a in acts if a.trigger["text"] == "检查"]
    assert checked and checked[0].date is None


def test_year_in_meeting_name_is_not_its_date():
    # moment.rednet.cn/rednetcms/news/localNews/20150723/190110.html (君山区)
    text = "7月22日,2015年君山区政府重点工作半年度讲评会召开,对2015年上半年度重大项目建设等五项工作进行了情况通报。"
    acts = _acts(text, reference_date="2015-07-23", jurisdiction="君山区")
    assert [(a.trigger["text"], a.date) for a in acts][:1] == [("召开", "2015-07-22")]


def test_our_county_is_the_county_government():
    # 长子县 要闻简报 1886期 (60.220.204.184:9095), 2023-09
    text = "要闻简报\n◆9月23日,我县在政府二楼会议室召开巩固衔接重点工作调度会。副县长李晋平出席,各乡镇(服务中心)及县直相关单位分管负责人参加会议。\n"
    acts = _acts(text, reference_date="2023-09-28", jurisdiction="长子县")
    assert [(a.trigger["text"], a.agents) for a in acts] == [("召开", ["长子县人民政府"])]


def test_district_head_presiding_is_the_district_government():
    # dgxww.gov.cn/portal/article/index.html?id=11850357 (大观区, 2021-01-27)
    text = "1月25日上午,区长潘功发主持召开区长碰头会,区领导程刚、王朝东参加会议。"
    acts = _acts(text, reference_date="2021-01-27", jurisdiction="大观区")
    assert [(a.trigger["text"], a.agents) for a in acts] == [("召开", ["安庆市大观区人民政府"])]


def test_our_county_without_a_division_names_no_body():
    text = "9月23日,我县在政府二楼会议室召开巩固衔接重点工作调度会。"
    acts = _acts(text, reference_date="2023-09-28")
    assert acts and "长子县人民政府" not in acts[0].agents


def test_bulleted_line_names_no_issuer():
    # 长子 要闻简报: the first body of a bulleted item is one of its organizers, not the bulletin's author
    text = ("1886 期 / 第2版:2\n要闻简报\n   ◆9月24日,由县直工委、县卫体局、县总工会、县体育中心联合举办的2023年迎国庆"
            "“博源糠醛杯”县直机关干部职工篮球赛在县体育馆正式开赛。\n")
    r = govie.extract(text, model=None, reference_date="2023-09-28", jurisdiction="长子县")
    assert r.meta["issuer"] is None
    depts = [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]
    assert ("县直工委", "中共长子县直属机关工作委员会") in depts
    assert ("县卫体局", "长子县卫生健康和体育局") in depts


def test_convened_during_is_a_time_not_an_action():
    # tjj.gz.gov.cn/news_newtjdt/gzdt/content/post_8537800.html (广州市统计局, 2019-01-15)
    text = "广州市十五届人大四次会议、政协十三届三次会议召开期间,我局积极为“两会”提供统计咨询服务。"
    assert "召开" not in [a.trigger["text"] for a in _acts(text, reference_date="2019-01-15", jurisdiction="广州市")]


def test_coming_festival_occasion_is_not_planned():
    # 长子 要闻简报 2023
    text = "◆在中秋、国庆“两节”即将到来之际,9月27日,县政协组织部分侨胞侨属开展“迎中秋 庆国庆 话发展”联谊活动。\n"
    acts = _acts(text, reference_date="2023-09-28", jurisdiction="长子县")
    assert [(a.trigger["text"], a.mode) for a in acts] == [("开展", "done")]


def test_means_of_an_event_is_no_event():
    text = ("◆9月27日,县政协组织部分侨胞侨属开展“迎中秋 庆国庆 话发展”联谊活动,通过实地观摩、座谈交流等方式,感受长子变化,"
            "增进发展共识。县政协副主席范建宏参加。\n")
    acts = _acts(text, reference_date="2023-09-28", jurisdiction="长子县")
    assert [a.trigger["text"] for a in acts] == ["开展"]


def test_business_of_the_meeting_just_held_is_one_event():
    # dgxww.gov.cn (大观区, 2021-01-27)
    text = ("1月25日上午,区长潘功发主持召开区长碰头会,区领导程刚参加会议。\n\n"
            "会上,全体与会人员通报了近期工作完成情况和重点任务安排,并专题讨论了《区政府工作报告》主要任务分解工作。\n")
    acts = _acts(text, reference_date="2021-01-27", jurisdiction="大观区")
    assert [a.trigger["text"] for a in acts] == ["召开"]


def test_attending_the_opening_is_no_event():
    text = ("◆9月24日,由县直工委、县卫体局、县总工会、县体育中心联合举办的篮球赛在县体育馆正式开赛。"
            "县人大常委会副主任乔先苗,副县长牛艳丽出席开幕式。\n")
    acts = _acts(text, reference_date="2023-09-28", jurisdiction="长子县")
    assert "出席" not in [a.trigger["text"] for a in acts]


def test_bare_centre_after_a_date_or_verb_is_the_issuing_centre():
    # sjzy.huaibei.gov.cn/xwzx/ckxx/57995069.html (淮北市政务服务中心, 2025-09-29)
    text = ("市政务服务中心召开8月份窗口月度点评会\n2025年9月29日,市政务服务中心召开8月份窗口月度点评会,会议通报了"
            "2025年8月份中心运行的各类数据及存在问题。各窗口工作人员要遵守中心的各项规章制度。中心城区交通顺畅。")
    depts = _depts(text, reference_date="2025-09-29", jurisdiction="淮北市")
    assert depts.count(("中心", "淮北市政务服务中心")) == 2  # not 中心城区


def test_unit_after_bare_bureau_takes_no_body_named_before():
    # tjj.gz.gov.cn/news_newtjdt/gzdt/content/post_8537800.html: 局综合处 is the writing bureau's, never the 政协's
    text = ("广州市十五届人大四次会议、政协十三届三次会议召开期间,我局积极为“两会”提供统计咨询服务。2019年1月15日上午,"
            "局综合处、办公室、普查中心、数据管理中心等有关人员组成工作小组。")
    depts = _depts(text, reference_date="2019-01-15", jurisdiction="广州市")
    assert not [c for t, c in depts if t.endswith("综合处") and c and "政治协商" in c]
