"""Probe loc36: LOC in provincial work reports 2019-2025 (rules only): places inside the names of
fairs, press conferences, joint meetings and a news site's channel; ASCII brackets; grottoes;
the east-centre-west group."""
import govie


def _spans(text, ref="2022-01-17"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_a_fair_with_the_province_in_ascii_brackets_is_no_place():
    # http://szb.gansudaily.com.cn/gsrb/201902/01/c107980.html (Gansu 2019 report)
    s = "敦煌文博会荣获“十大政府主导型展览会”大奖,成功举办首届中国(甘肃)中医药产业博览会,极大提升了我省的知名度"
    assert _spans(s, "2019-01-26") == []
    s = "新开通兰州至伊斯兰堡公铁联运国际货运班列,兰州、酒泉被确定为国家物流枢纽载体城市。"
    assert _spans(s, "2019-01-26")[-2:] == ["兰州", "酒泉"]


def test_a_press_conference_and_a_joint_meeting_hold_their_place():
    # https://guanlizhidu.com/doc/2632808.html (Jiangxi 2022 report)
    s = "经党中央批准,我省在井冈山隆重举行庆祝建党100周年大会,配合中央有关部门成功举办庆祝建党100周年江西专题新闻发布会"
    assert _spans(s) == ["井冈山"]
    # https://www.nx.gov.cn/zt/2023nzfgzbg/bgsl/gqwngzhg/202302/t20230203_3943576.html (Ningxia 2023 report)
    s = "深入推动流域合作,签订河湖管理和水污染事件联防联控协议,承办黄河流域省际合作联席会议,共同奏响了新时代“黄河大合唱”。"
    assert _spans(s, "2023-02-03") == []
    # A verb between: the place hosts the event and stays a place.
    assert _spans("省政府在南昌召开新闻发布会") == ["南昌"]


def test_a_news_sites_channel_is_media_not_the_place():
    # https://034000.gov.cn/read/986142.html (人民日报客户端, Shanxi 2024 report)
    s = "发布时间:2024-01-25 10:52:32 | 阅读:39804 文章来源:人民日报客户端山西频道\n\n山西省人民政府省长金湘军作政府工作报告。"
    assert _spans(s, "2024-01-25") == []


def test_grottoes_and_the_east_centre_west_group():
    # https://wxredian.com/art?id=36b54c571aa4a3a5cf60031f8230d93e (Gansu 2025 report), outside its quote
    assert _spans("麦积山石窟保护利用", "2025-01-18") == ["麦积山石窟"]
    # http://guc884.cn/news/content/12162871359425001.html (Jilin 2021 report, traditional)
    s = "深入實施“三個五”戰略,扎實推進中東西“三大板塊”建設,加快構建“一主、六雙”產業空間布局"
    assert _spans(s, "2021-01-25") == ["中東西"]


def test_the_capital_airport_is_a_site():
    # http://inews.nmgnews.com.cn/system/2021/02/01/013064496.shtml (Inner Mongolia 2021 report): jieba's one word
    s = "认真做好首都机场国际航班分流处置工作,入境人员闭环管理流程在全国推广"
    assert _spans(s, "2021-01-26") == ["首都机场"]
    # Its own boards are bodies (dev sc19-46): no place inside.
    assert _spans("领导首都国际机场管理委员会做好保障工作。", "2007-01-01") == []
