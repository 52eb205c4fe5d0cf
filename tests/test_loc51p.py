"""LOC in policy documents: probe loc51p (fresh notices, measures and replies of several levels)."""
import govie
from govie.taggers.entities import tag_locs


def _locs(text):
    return [text[m.start:m.end] for m in tag_locs(text)]


def test_waterway_is_no_road():
    # https://sxjjr.com/detail/ZGwkDB9qO2x (海关总署 公告, 俄罗斯全境大豆进口)
    t = "三、进口俄罗斯大豆可采用水路、铁路、公路、航空等方式运输,装载的运输工具应符合检疫和防疫要求。"
    assert _locs(t) == ["俄罗斯"]


def test_country_as_subject():
    # same 海关总署 公告
    t = "二、进口俄罗斯大豆不得带中国关注的检疫性有害生物(见附件)。"
    assert _locs(t) == ["俄罗斯", "中国"]
    # dev pt-102676's kind: the country acting at a clause's start
    assert _locs("改革开放40多年来，中国取得举世瞩目成就。") == ["中国"]
    # names and slogans stay unmarked
    assert _locs("提升中国制造在国际分工中的地位") == []
    assert _locs("新中国成立以来") == []
    assert _locs("坚持中国特色社会主义") == []


def test_basin_of_two_branches():
    # https://360docs.net/doc/508535490.html (浙河管〔2007〕10号)
    t = "2007年完成钱塘江、东西苕溪流域省级河道管理范围划界,其它流域以市级河道为主;"
    assert _locs(t) == ["钱塘江", "东西苕溪流域"]


def test_leading_group_with_ascii_bracket():
    # https://longling.gov.cn/info/9108/1297449.htm (镇安镇全面贯彻落实湖长制的实施方案)
    t = "为贯彻落实云南省河(湖)长制领导小组印发《云南省全面贯彻落实湖长制的实施方案》、保山市河(湖)长制领导小组印发"
    assert [e.text for e in govie.extract(t, model=None).entities if e.label == "LOC"] == []


def test_former_prefecture_in_a_list():
    # https://shouyouha.com/226017.html (山东省农村环境连片整治示范资金管理办法, 2011)
    t = "建立微山县、泰安市泰山区、宁阳县、五莲县、莱芜市莱城区、蒙阴县、郯城县20个示范区"
    assert "莱芜市莱城区" in _locs(t)


def test_province_station_is_a_body():
    # https://360docs.net/doc/508535490.html: the signature line
    t = "附件二:省、市级河道管理范围划界技术指导组人员名单浙江省河道管理总站二○○七年六月一日"
    ents = [(e.label, e.text) for e in govie.extract(t, model=None).entities]
    assert ("DEPT", "浙江省河道管理总站") in ents and ("LOC", "浙江省") not in ents
