"""Probe org28: ORG and LOC in city and county notices, 公示 and news (round 16)."""
import govie


def _spans(text, label):
    return [e.text for e in govie.extract(text).entities if e.label == label]


def test_roads_bounding_a_plot_are_places():
    # http://sdzhzjzx.com/2020/xinwenzixun_1021/50.html (济南高新区 征地公示, 2020)
    text = "广泛了解和征询相关公众对春博路东侧、科嘉路南侧拟征地地块土地征收的意见及诉求。拟征收土地位于济南市高新区，科嘉路以南、春博路以东。"
    locs = _spans(text, "LOC")
    assert locs.count("春博路") == 2 and locs.count("科嘉路") == 2


def test_roads_of_a_junction_are_places():
    # http://btjkkj.com/zwgk/ghjh/ghdt/202403/t20240329_4800990.htm (福州 土地发展中心, 2024)
    text = "现场听取上述项目征迁最新进度，对高宅出让地块和金阵路与闽江大道交叉口地块提出指导意见。"
    locs = _spans(text, "LOC")
    assert "金阵路" in locs and "闽江大道" in locs and "闽江" not in locs


def test_side_words_without_a_road_name_stay_unmarked():
    # a class of road and a figure of speech before a side word name no road
    assert _spans("在主干路东侧设置公交站。走好发展之路以东的区域。", "LOC") == []


def test_county_news_site_before_its_dateline():
    # http://www.zhushan.cn/p/207710.html (竹山县, 2021)
    res = govie.extract("今日竹山网消息 8月19日，竹山县人民政府与中国农业发展银行举行签约仪式。")
    assert [(e.label, e.text) for e in res.entities if e.text.startswith("今日")] == [("ORG", "今日竹山网")]


def test_today_before_a_county_stays_a_date():
    res = govie.extract("今日，竹山县召开会议。")
    assert ("DATE", "今日") in [(e.label, e.text) for e in res.entities]


def test_radio_station_site_in_the_source_line():
    # http://0513tzw.com/thread-550-1-1.html (南通, 农发行 agreement news)
    text = "农发行南通分行与南通沿海开发集团、城建集团签署了项目合作协议。\n来源：南通人民广播电台官网"
    assert "南通人民广播电台" in _spans(text, "ORG")
