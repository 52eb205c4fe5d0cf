"""Probe act74n: activities in national policy documents (a State Council announcement of an inspection)."""
from .activity_frames import frames, none, one


# 关于国务院第八次大督查征集问题线索的公告 (shanxishangren.com/b2b/news/show.php?itemid=54399, 2021-07-15)
def test_team_steps_in_own_clause_share_the_inspection():
    text = ("国务院拟于8月下旬至9月上旬组织开展第八次大督查。\n"
            "对其中有代表性的问题线索,国务院督查组将在实地督查时进行抽查核查,以实际行动回应企业和群众关切。")
    found = frames(text, "2021-07-15")
    act = one(found, "开展")
    assert (act["type"], act["mode"], act["date"]) == ("inspection", "planned", "2021-08-21/2021-09-10")
    none(found, "抽查核查")
    none(found, "进行")


# 李强主持召开国务院常务会议 (新华社 2024-03-12; jinyigu.wineast.net/meeting/?oJn=uW5V3.html)
def test_news_headlines_over_the_dateline_are_no_activities():
    text = ('李强主持召开国务院常务会议\n'
            '\n'
            '讨论通过《国务院2024年重点工作分工方案》、《新一轮千亿斤粮食产能提升行动方案(2024-2030年)》和《以标准升级助力经济高质量发展工作方案》\n'
            '\n'
            '听取关于推进义务教育优质均衡发展有关举措的汇报\n'
            '\n'
            '审议通过《军人抚恤优待条例(修订草案)》\n'
            '\n'
            '  新华社北京3月12日电 国务院总理李强3月12日主持召开国务院常务会议,讨论通过《国务院2024年重点工作分工方案》、《新一轮千亿斤粮食产能提升行动方案(2024-2030年)》和《以标准升级助力经济高质量发展工作方案》,听取关于推进义务教育优质均衡发展有关举措的汇报,审议通过《军人抚恤优待条例(修订草案)》。\n')
    found = frames(text, "2024-03-12")
    act = one(found, "召开")
    assert (act["type"], act["date"], act["agents"]) == ("meeting", "2024-03-12", ["中华人民共和国国务院"])
    none(found, "讨论通过")
    none(found, "审议通过")


# 关于国务院第八次大督查征集问题线索的公告 (shanxishangren.com/b2b/news/show.php?itemid=54399, 2021-07-15)
def test_the_places_of_an_announced_inspection_are_its_scope():
    text = ("关于国务院第八次大督查征集问题线索的公告\n"
            "为继续做好“六稳”工作、落实“六保”任务,国务院拟于8月下旬至9月上旬组织开展第八次大督查,对北京、天津、河北、山西、内蒙古、辽宁、吉林、安徽、江西、山东、"
            "广西、海南、重庆、四川、贵州、宁夏等16个省(区、市)进行实地督查。\n")
    found = frames(text, "2021-07-15")
    act = one(found, "开展")
    assert (act["type"], act["mode"], act["agents"]) == ("inspection", "planned", ["中华人民共和国国务院"])
    none(found, "督查")
