"""Probe dept64c: DEPT spans and canonicals in county work reports and county news."""
import govie
from govie.link import Linker

_PIPE = govie.Pipeline(model=None)


def _depts(text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in _PIPE(text, **kw).entities if e.label == "DEPT"]


def test_bare_centre_in_the_chain_of_committees_is_the_central_committee():
    # http://neixiangxian.gov.cn/2025/03-17/3438552.html (内乡县 2025)
    text = ("3月13日下午,内乡县第十六届人民代表大会第五次会议召开各代表团召集人会议。"
            "开好这次会议,对贯彻落实中央、省委、市委和县委决策部署具有十分重要的意义。")
    got = _depts(text)
    assert ("中央", "中国共产党中央委员会") in got
    assert ("市委", "中共南阳市委员会") in got


def test_bare_media_centre_in_a_byline_is_the_county_centre():
    # http://neixiangxian.gov.cn/2025/03-17/3438552.html (内乡县 2025)
    text = ("3月13日下午,内乡县第十六届人民代表大会第五次会议召开各代表团召集人会议。县委书记张智广出席会议并讲话。\n"
            "(融媒体中心记者 房子君 贾稳龙)")
    assert ("融媒体中心", "内乡县融媒体中心") in _depts(text)


def test_media_centre_as_a_word_of_a_sentence_is_not_a_byline():
    text = "内乡县召开会议。会议要求加快建设县级融媒体中心平台。"
    assert all(t != "融媒体中心" for t, _ in _depts(text))


def test_cppcc_short_name_with_its_term_is_the_committee():
    # http://dzb.qdnrbs.cn/szb/pc/202103/31/c156214.html (雷山县 2021): 会议审议通过县政协九届委员会第七次会议议程
    link = Linker().link("县政协九届委员会", jurisdiction="雷山县")
    assert link.canonical == "中国人民政治协商会议雷山县委员会"
    assert Linker().link("县政协十届常委会", jurisdiction="雷山县").canonical == "中国人民政治协商会议雷山县委员会常务委员会"


def test_bare_centre_alone_in_its_clause_stays_unlinked():
    # the centre at large, no party committee beside it (dev pt-298445: gold null)
    text = "上海市召开会议。会议指出,本市认真落实中央对老龄工作提出的有关要求,各项为老服务举措逐步完善。"
    assert all(c is None for t, c in _depts(text) if t == "中央")
