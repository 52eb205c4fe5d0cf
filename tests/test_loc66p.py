"""LOC in policy documents: probe loc66p (approval notices of zones, a county's decision on scenic areas)."""
from govie.taggers.entities import tag_locs


def _locs(text):
    return [(text[m.start:m.end], m.start, m.end) for m in tag_locs(text)]


def _names(text):
    return [text[m.start:m.end] for m in tag_locs(text)]


def test_zone_kind_with_its_qualifier():
    # http://m.jiangsulong.com/a/2018/0110/1329.html (甘肃省人民政府 reply on 4 provincial high-tech zones, 2018)
    t = "同意张掖市以张掖经济技术开发区、民乐生态工业园区为基础,分别设立省级高新技术产业开发区"
    assert _locs(t) == [("张掖市", 2, 5), ("张掖经济技术开发区", 6, 15), ("民乐生态工业园区", 16, 24)]
    t = "酒泉市以玉门经济开发区为基础设立省级高新技术产业开发区"
    assert _names(t) == ["酒泉市", "玉门经济开发区"]


def test_quoted_zone_name_is_a_place():
    # same reply: the zones' new names in quotes
    t = "名称为“甘肃省张掖高新技术产业开发区”、“甘肃省民乐高新技术产业开发区”;"
    assert _locs(t) == [("甘肃省张掖高新技术产业开发区", 4, 18), ("甘肃省民乐高新技术产业开发区", 21, 35)]
    # a brand after the quote keeps it a name (guide v2.2, LOC 2)
    assert _names("打响“张掖高新区”品牌") == []


def test_county_short_opens_scenic_area_and_its_part():
    # http://yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/2024-0605015.htm (元政规〔2024〕1号)
    t = "其中元谋风景名胜区浪巴铺景区禁养区面积为15.0928平方千米、限养区面积为13.2372平方千米。"
    assert _locs(t) == [("元谋风景名胜区浪巴铺景区", 2, 14)]
    # a class of part or a verb before 景区 is no part's name
    assert _names("保护元谋风景名胜区核心景区。") == ["元谋风景名胜区"]
    assert _names("推进元谋风景名胜区建设景区。") == ["元谋风景名胜区"]
