"""Probe asg36: assignments in national notices and news of them (real sentences)."""
import govie

# http://epaper.stcn.com/paper/zqsb/html/2010-07/27/content_196029.htm (news of 国办函〔2010〕120号)
_NEWS_2010 = (
    "本报讯 国务院办公厅近日发出通知,进一步明确中央部委和地方政府在鼓励和引导民间投资健康发展方面的分工和任务。\n"
    "通知明确,允许民间资本兴办金融机构,放宽对金融机构的股比限制,支持民间资本以入股方式参与商业银行的增资扩股,"
    "鼓励民间资本发起设立金融中介服务机构,参与证券、保险等金融机构的改组改制等方面的政策,由银监会、人民银行、"
    "发展改革委、财政部、税务总局、工信部、证监会、保监会等8部委负责。其中列在首位的银监会为牵头部门(单位),"
    "有关部门和单位按职责分工负责。\n"
    "鼓励民间资本参与电力建设方面的政策,则由能源局、发展改革委、财政部、水利部、国土资源部、电监会、国资委负责。"
    "而鼓励民间资本参与石油天然气建设方面的政策,由能源局、发展改革委、国土资源部、国资委负责。\n")


def _found(text, date, words):
    return [a for a in govie.extract(text, reference_date=date).assignments if words in a.task["text"]]


def test_first_listed_rule_naming_the_first_body():
    # The sentence after "由X、Y…等8部委负责" makes the first body the lead; the rest take part.
    (a,) = _found(_NEWS_2010, "2010-07-27", "金融中介服务机构")
    assert a.lead == ["中国银行业监督管理委员会"]
    assert a.support == ["中国人民银行", "国家发展和改革委员会", "财政部", "国家税务总局", "工业和信息化部",
                         "中国证券监督管理委员会", "中国保险监督管理委员会"]


def test_ze_you_after_a_comma_keeps_the_topic():
    (a,) = _found(_NEWS_2010, "2010-07-27", "电力建设")
    assert a.task["text"] == "鼓励民间资本参与电力建设方面的政策"
    assert a.lead == ["国家能源局", "国家发展和改革委员会", "财政部", "水利部", "国土资源部", "国家电力监管委员会",
                      "国务院国有资产监督管理委员会"]
    assert a.support == []


def test_bare_qiaoban_in_a_national_note():
    # https://kjj.xinxiang.gov.cn/news/29_2152 (2016 分工意见, excerpt): 侨办 is 国务院侨办 here.
    text = ("3月29日,国务院印发关于落实《政府工作报告》重点工作部门分工的意见。\n"
            "    实施更积极、更开放、更有效的人才引进政策。(外专局牵头,外交部、发展改革委、教育部、科技部、公安部、财政部、"
            "人力资源社会保障部、侨办等按职责分工负责)\n")
    (a,) = _found(text, "2016-03-31", "人才引进政策")
    assert a.lead == ["国家外国专家局"]
    assert a.support[-1] == "国务院侨务办公室" and len(a.support) == 8

