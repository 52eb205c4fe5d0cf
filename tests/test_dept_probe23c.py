"""Probe dept23c (round 14): DEPT spans and links on fresh county policy notices.

The probe found no error kind that recurs in two pages, so these are guards: each quotes a real
sentence of a probe page (address in the comment) and asserts the outcome govie gives today."""
from .mentions import depts


def _depts(text):
    return depts(text, model=None)


# http://flfgk.zhpt.yjglt.gxzf.gov.cn:5995/guifan/c885ac9d13d59a4f5c715689dc6ae687bdfb.html (宁明县, 2020)
NINGMING = ("宁明县人民政府办公室关于印发宁明县突发公共卫生事件应急预案的通知\n"
            "组长由县人民政府分管副县长担任,副组长由县卫健局局长担任,成员由县委宣传部、发展改革局、教育局、公安局、")


def test_a_county_member_list_carries_its_prefix_to_bare_bureaus():
    depts = _depts(NINGMING)
    assert ("县委宣传部", "中共宁明县委员会宣传部") in depts
    assert ("发展改革局", "宁明县发展和改革局") in depts
    assert ("教育局", "宁明县教育局") in depts
    assert ("县卫健局", "宁明县卫生健康局") in depts
    # only the county's bodies: no other division's
    assert all(c is None or "宁明县" in c for _, c in depts)


# http://yongchang.gov.cn/zwgk/fdzdgk/lzyj/zc/zcwj/xjzc/art/2024/art_a11bdf4f3cea49e491775a0a35d0c097.html (永昌县, 2024)
YONGCHANG = ("永昌县人民政府办公室关于印发《永昌县建设安全事故应急预案》的通知\n"
             "《永昌县建设安全事故应急预案》已经县十九届人民政府第九十一次常务会议研究通过,现印发给你们")


def test_a_county_government_named_with_its_term_is_the_county_government():
    depts = _depts(YONGCHANG)
    assert ("县十九届人民政府", "永昌县人民政府") in depts
    assert ("永昌县人民政府办公室", "永昌县人民政府办公室") in depts


# https://sdxw.iqilu.com/share/YS0yMS0xNTUxMDMyMg.html (单县, 2024)
SHANXIAN = ("4月8日,单县县委副书记、县长魏传永主持召开第21次县长办公会。各单位要强化大局意识,"
            "农业农村局要加强落地实施和监督管理,财政局要加强资金保障工作")


def test_bare_bureaus_in_a_county_meeting_are_the_countys():
    depts = _depts(SHANXIAN)
    assert ("单县县委", "中共单县委员会") in depts
    assert ("农业农村局", "单县农业农村局") in depts
    assert ("财政局", "单县财政局") in depts
