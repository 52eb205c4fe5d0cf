"""Probe loc33: LOC in provincial government news and notices (rules only): river basin bodies,
news websites and programmes a place names, a county a visit names, a province's class of zones."""
import govie


def _ents(text, ref="2020-08-22"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return r.entities


def _spans(text, label="LOC", ref="2020-08-22"):
    return [e.text for e in _ents(text, ref) if e.label == label]


def test_a_river_basin_body_is_a_dept_not_its_river():
    # https://bbs.co188.com/thread-8638467-1-1.html (湖北省水利厅, national flood inspection in Hubei)
    s = "长江委主任刘雅鸣、副省长郭有明陪同检查。"
    depts = [e for e in _ents(s, "2013-05-10") if e.label == "DEPT"]
    assert [(e.text, e.attrs["canonical"]) for e in depts] == [("长江委", "水利部长江水利委员会")]
    assert _spans(s, ref="2013-05-10") == []


def test_a_news_website_is_an_org_and_a_programme_hides_its_place():
    # https://www.cititic.com/news/mm/1480582-20200822.htm (Sichuan executive meeting, 2020-08-21)
    s = "消息来源:四川新闻网 尹力主持召开省政府常务会议"
    assert _spans(s) == [] and _spans(s, "ORG") == ["四川新闻网"]
    # http://m.xinwenlianbo.tv/news/73631.html (Shaanxi executive meeting, 2020-03-03)
    s = "[陕西新闻联播]刘国中主持召开省政府第五次常务会议\n\n陕西新闻联播:2020-03-03"
    assert _spans(s, ref="2020-03-03") == []


def test_a_county_a_visit_names_is_a_place_throughout():
    # https://yacilighting.com/html/dcyjcontent2017-0204content_6181562.html (Zhejiang governor in 淳安)
    s = ("省委副书记、省长车俊与赵一德、许勤华一行到淳安调研。他指出,千岛湖是淳安发展最大的优势和潜力。"
         "车俊强调,淳安作为省重点生态功能区示范区建设试点。")
    assert _spans(s, ref="2017-02-04") == ["淳安", "千岛湖", "淳安", "淳安"]
    # No visit, no county: a short name alone stays unmarked.
    assert _spans("淳安作为省重点生态功能区示范区建设试点。", ref="2017-02-04") == []


def test_a_zone_word_after_a_provinces_full_name_is_a_class():
    # http://sdjd.apcreports.org.cn/sdjd/news/18145.html (央广网 2022-01-11 on the Zhejiang office's reply)
    s = "新年伊始,浙江省经济开发区迎来七位新成员,经省政府同意,整合设立浙江文成经济开发区、浙江泰顺经济开发区。"
    assert _spans(s, ref="2022-01-12") == ["浙江省", "浙江文成经济开发区", "浙江泰顺经济开发区"]
