"""Probe dept70p: prefecture-level city and 自治州 policy documents outside Guangdong and Sichuan.

A page that runs the notice's body on after its addressee line, in the same line, still opens with
the addressee list: a bare zone committee listed there is one body (canonical null), as on an
addressee line of its own.
"""

import govie


def _depts(text, **kw):
    r = govie.extract(text, model=None, **kw)
    return [(e.text, e.start, e.end, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_a_zone_committee_on_an_addressee_list_run_on_with_the_body():
    # https://hb.010b.com/policy/detail/132303.html (张家口市人民政府办公室, 2022-03-17)
    text = ("各县、区人民政府,各管理区管委会,经开区管委会,市政府各部门,市直属各单位:《张家口市关于加强城市精细化管理"
            "助力全国文明城市创建工作的意见》已经市政府常务会议研究通过,现印发给你们,请认真抓好贯彻落实。")
    found = _depts(text, reference_date="2022-03-17")
    s = text.index("经开区管委会")
    assert ("经开区管委会", s, s + 6, None) in found
    assert text[s:s + 6] == "经开区管委会"
    # the class before it stays out, and the city's government is linked
    assert not any(t.endswith("管理区管委会") for t, *_ in found)
    assert ("市政府", text.index("市政府各部门"), text.index("市政府各部门") + 3, "张家口市人民政府") in found

    # The list ends at its colon: a bare kind in the running text after it is a class (推动开发区管委会改革).
    after = "各县、区人民政府,市政府各部门:要推动开发区管委会改革,理顺经开区管委会、园区管委会的职责。"
    assert not any("管委会" in t for t, *_ in _depts(after, reference_date="2022-03-17"))
    # probe20's bracketed note (a city's 政务公开 要点) opens with no addressee list: 以下统称 makes it a class.
    note = ("(责任时限:2022 年底前,牵头单位:市财政局,责任单位:各县(区)政府、各管理区管委会、"
            "经开区管委会,以下统称各县(区)政府,市政府各部门)")
    assert "经开区管委会" not in [t for t, *_ in _depts(note, reference_date="2022-03-01")]
