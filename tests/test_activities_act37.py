"""Probe act37: activities in national ministry notices, 通报 and press releases."""
import govie


def _acts(text, ref):
    return [(text[a.trigger["start"]:a.trigger["end"]], a.type, a.mode, a.date) for a in govie.extract(text, reference_date=ref).activities]


def test_environmental_inspection_is_an_inspection():
    # https://www.nanhaizi.org/big5/shengtai_82559 (环保部 例行新闻发布会, 2017-12-28)
    text = "環保部介紹,2016年7月和11月、2017年4月和8月分四批開展30個省(區、市)的督察,完成中央確定的任務目標。"
    assert [a[1] for a in _acts(text, "2017-12-28") if a[0] == "開展"] == ["inspection"]
    text = "環保部還透露, 2018年擬對第一輪督察開展「回頭看」。"
    assert ("開展", "inspection", "planned", "2018") in _acts(text, "2017-12-28")


def test_a_plan_name_before_a_comma_announces_nothing():
    # http://rs.tongchuan.gov.cn/121/14439.jhtml (人社部 2023年一季度新闻发布会)
    text = "二是促进高校毕业生等青年就业。实施高校毕业生等青年就业创业推进计划,推出十项专项行动。"
    assert [a[2] for a in _acts(text, "2023-04-24") if a[0] == "推出"] == ["done"]


def test_a_bulletin_that_reports_its_cases_issues_itself():
    # http://119.23.250.19:2008/api/data.php?Vx=UO7.html (中央生态环境保护督察 典型案例, 2024-06-13)
    text = ("据生态环境部微信公众号消息,第三轮第二批中央生态环境保护督察组深入一线、深入现场,查实了一批突出生态环境问题。"
            "为发挥警示作用,切实推动问题整改,现对第四批7个典型案例进行集中公开通报。")
    assert ("通报", "publication", "done", "2024-06-13") in _acts(text, "2024-06-13")


def test_a_recap_of_the_inspection_is_no_second_one():
    # https://www.cititic.com/news/mm/1545014-20201223.htm (国务院安委办 明查暗访, 中新网 2020-12-22)
    text = ("据应急管理部网站消息,近日,国务院安委办组织开展重点行业领域岁末年尾安全生产明查暗访工作 本次共派出16个明查暗访组,"
            "对全国31个省(区、市)及新疆生产建设兵团开展督导检查,于年底前完成。")
    assert [a[:2] for a in _acts(text, "2020-12-23") if a[1] == "inspection"] == [("开展", "inspection")]
    assert _acts(text, "2020-12-23")[0][3] is None  # 近日: vague, no value
