"""DEPT in prefecture and county documents, second probe (dept10l): real lines of published city,
district and county-level-city pages (addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text).entities if e.label == "DEPT"]


def test_an_abolished_district_is_not_read_as_another_provinces_chengqu():
    # http://www.gongshu.gov.cn/art/2011/3/2/art_1229226168_3917282.html (杭州市下城区, merged into
    # 拱墅区 in 2021): 下城区 is no longer in the division table, and its tail 城区 is 阳泉市城区.
    text = "——2011年2月22日在杭州市下城区第十三届人民代表大会第五次会议上\n下城区人民政府区长  项永丹\n"
    depts = _depts(text)
    assert ("杭州市下城区第十三届人民代表大会", "杭州市下城区人民代表大会") in depts
    assert ("下城区人民政府", "杭州市下城区人民政府") in depts
    assert not any(c and "阳泉" in c for _, c in depts)
