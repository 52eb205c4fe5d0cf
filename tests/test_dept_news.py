"""Bodies news names without their place (CLUENER2020's government mentions, the 90% outside
its held-out part): a bare court or procuratorate, a bare type after 据,
a unit before a preposition, a bare prefix + an unlisted body's name."""

from __future__ import annotations

import pytest

import govie


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text, **kw).entities if e.label == "DEPT"]


@pytest.mark.parametrize("text, expected", [
    # The court of the story, as an object (向法院, 告上法院) or opening a clause (，检察院).
    ("雷曼兄弟公司15日一大早向法院提交破产申请。就在同一天，德国国家发展银行通过自动付款系统，", ["法院"]),
    ("坐飞机却买到了假保单，昆明市民梁玉祥将卖主携程旅行网告上法院。此案轰动全国，", ["法院"]),
    ("2007年8月31日，于海案第四次开庭，之前，检察院曾因证据不足撤销起诉，却没有释放于海，", ["检察院"]),
    # 许多法院: many courts, a class; after 、 an item of a list of kinds of body (dev sc19-32).
    ("许多法院对于类似的严重不法行为均曾作出严厉的法律制裁。", []),
    ("（三）民政部门、外交部门、法院有关婚姻状况信息；", []),
])
def test_a_bare_court_in_news_is_one_body(rules, text, expected):
    assert [t for t, _ in depts(rules, text)] == expected


def test_a_bare_court_links_only_to_a_countys_court(rules):
    # 上海 (a company's name) and 昆明 give the text a division: not its high or intermediate court.
    assert depts(rules, "岂料经鉴定竟是赝品，他把上海历藏文化传播有限公司告上法院，要求解除买卖合同，返还钱款。") \
        == [("法院", None)]
    assert depts(rules, "坐飞机却买到了假保单，昆明市民梁玉祥将卖主携程旅行网告上法院。") == [("法院", None)]
    text = "警方拟对该案不予立案，并根据程序告知当事人向法院直接起诉。"
    assert ("法院", "广州市天河区人民法院") in depts(rules, text, jurisdiction="广州市天河区")
    assert ("法院", None) in depts(rules, text, jurisdiction="广州市")



def test_a_bare_type_after_ju_repeats_the_body_named_before(rules):
    text = "巧的是，当天中午，记者在槐荫区卫生局遇到了前来提交材料的米大夫。据卫生局工作人员介绍，一般情况下，"
    assert ("卫生局", "济南市槐荫区卫生局") in depts(rules, text)
    text = "立即上报给了郯城县卫生局，卫生局工作人员正在落实认定，医院方将根据卫生局的认定结果进行调查处理，"
    assert [t for t, _ in depts(rules, text)] == ["郯城县卫生局", "卫生局", "卫生局"]


def test_a_unit_before_a_preposition_is_the_bureaus(rules):
    text = "2008年3月25日，福州市公安局经侦支队在南京警方的协助下抓获一名“克隆”"
    assert ("福州市公安局经侦支队", "福州市公安局") in depts(rules, text)


@pytest.mark.parametrize("text, jurisdiction, expected", [
    # Fujian's 2026 work report; a Chongqing plan (dev pt-10809); CLUENER (a Beijing land auction).
    ("出台足球振兴发展政策文件，成立省足球运动管理中心。", "福建省", ("省足球运动管理中心", "福建省足球运动管理中心")),
    ("（市科技局、市知识产权局、市大数据发展局、市委网信办、西部科学城重庆高新区管委会按职责分工负责）", "重庆市",
     ("市大数据发展局", "重庆市大数据应用发展管理局")),
    ("本报讯（记者马力）市土地整理储备中心昨天发布，房山长阳镇地块入市，", None, ("市土地整理储备中心", None)),
])
def test_a_bare_prefix_opens_an_unlisted_bodys_name(rules, text, jurisdiction, expected):
    assert expected in depts(rules, text, jurisdiction=jurisdiction)


@pytest.mark.parametrize("text", [
    # A Guangzhou notice (gz-13): a level word, not a prefix; Shanxi's 2026 report: 区域 is a word.
    "条件4的企业请提交：省级以上工程技术研究中心、企业技术中心、重点",
    "七是改扩建50个社区养老工程和乡镇（街道）区域养老服务中心。",
])
def test_a_level_word_opens_no_unlisted_body(rules, text):
    assert depts(rules, text) == []


@pytest.mark.parametrize("text, expected", [
    # A bureau's police station (http://news.hxfzzx.com/fjxw/2019/0418/151017_2.html) and a bureau's
    # office before its head's post (CLUENER2020, the 90% outside its held-out part).
    ("近日,莆田市公安局湄洲派出所接到群众报警,称有人在打架斗殴,巡逻民警第一时间到达事发现场。",
     ("莆田市公安局湄洲派出所", "莆田市公安局")),
    ("而广州市房管局住房保障办主任黄信敬则透露，2008年推出2145套经济适用住房后，",
     ("广州市房管局住房保障办", "广州市房地产管理局")),
])
def test_a_bureaus_station_or_office_is_one_span_linked_to_the_bureau(rules, text, expected):
    assert depts(rules, text) == [expected]


def test_a_bare_ban_that_ends_a_verb_is_no_unit(rules):
    # 办 closes verbs (通办, 督办): only before a post is it an office of the bureau.
    assert [t for t, _ in depts(rules, "市政务服务数据管理局推进跨省通办。")] == ["市政务服务数据管理局"]


def test_a_ministrys_expert_committee_is_its_unit(rules):
    # http://123of.com/html/guanshang/10265.html: not the former 国家科学技术委员会.
    text = "日前,住房和城乡建设部科学技术委员会科技协同创新专业委员会(以下简称“专委会”)成立并举行了第一次全体会议。"
    assert ("住房和城乡建设部科学技术委员会", "住房和城乡建设部") in depts(rules, text)
    assert all(c != "国家科学技术委员会" for _, c in depts(rules, text))


@pytest.mark.parametrize("text, expected", [
    # https://www.sthtlaw.com/news/jmhdqksszsshmmgtmfzxdshzt.html; a county's short name
    # (http://www.ybxww.com/news/html/202008/413289.shtml): 屏山县 is no other county's.
    ("海淀区看守所作为北京市的重要看守机构,承担着维护法律尊严和社会稳定的重要职责。", ("海淀区看守所", "北京市海淀区看守所")),
    ("通过努力,下午14时30分许,屏山看守所在押人员全部提前安全转移。", ("屏山看守所", None)),
])
def test_a_detention_house_is_its_places_body(rules, text, expected):
    assert depts(rules, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # https://idapeng.sznews.com/content/2017-03/14/content_15649665_2.htm (a city's short name),
    # https://tc.maidi.me/archiver/tid-422366.html (a district's), http://zgzxxw.com/shehui1/2021-11-29/17992.html.
    ("发布时间:2017-03-14来源:深圳交警作者:", "深圳交警"),
    ("青原交警及时发现和消除一处重大交通安全隐患", "青原交警"),
    ("大同市公安交警特勤大队:李雅男", "大同市公安交警特勤大队"),
])
def test_a_places_traffic_police_is_its_body_unlinked(rules, text, expected):
    # The traffic police's official name (…公安局交通警察支队) is not written: linked to null.
    assert depts(rules, text) == [(expected, None)]


@pytest.mark.parametrize("text, expected", [
    # http://adimg.ce.cn/xwzx/gnsz/gdxw/201902/11/t20190211_31440171.shtml,
    # https://app.bjtitle.com/8816/newshow.php?newsid=6480014&typeid=26&uid=0&did=357616606653247&mood=wx:
    # the railway's police, named after its seat; never 杭州市's body, nor a municipality's 公安局 inside it.
    ("当日银川铁路公安处因马某某非法携带管制刀具进入公共场所,依法给予行政拘留5日的处罚。", "银川铁路公安处"),
    ("杭州铁路公安处宁波站派出所与宁波站建立联动沟通机制,完善8项应急预案,规划了5条应急疏散线路图。",
     "杭州铁路公安处宁波站派出所"),
])
def test_a_railway_police_is_one_span_linked_to_null(rules, text, expected):
    assert depts(rules, text) == [(expected, None)]


def test_a_station_named_after_an_area_is_no_body_of_a_division_of_that_name():
    # A police station is named after its own area: 中山派出所 in Nanning is no station of
    # Guangdong's 中山市 (https://m.yybnet.net/nanning/news/202201/11710453.html), nor is
    # 朝阳东湖派出所 one of Liaoning's 朝阳市 (CLUENER2020 train, not its held-out part).
    for text, station in (("1月10日是第二届中国人民警察节，记者来到中山派出所实地体验一线民警的工作日常。", "中山派出所"),
                          ("1月9日，朝阳东湖派出所打掉了这个盗窃团伙。", "朝阳东湖派出所")):
        depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]
        assert depts == [(station, None)]
    # Written after its bureau, it is that bureau's unit.
    text = "记者来到南宁市公安局中山派出所，实地体验一线民警的工作日常。"
    depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]
    assert depts == [("南宁市公安局中山派出所", "南宁市公安局")]
