"""Probe asg63p (round 25): assignments in flattened task tables of county documents (real text)."""
import govie


def _extract(text, date, model=None):
    return govie.extract(text, reference_date=date, model=model)


# http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html (2023年莲都区政府工作报告重点工作责任分解,
# a table flattened one cell a paragraph: 分类 / 序号 / 事项 / 责任单位 / 牵头单位, the group 发展目标 after the header).
LIANDU = (
    "2023年莲都区政府工作报告重点工作责任分解\n\n分类\n\n序号\n\n事项\n\n责任单位\n\n牵头单位\n\n发展目标\n\n"
    "1\n\n地区生产总值增长6.5%以上。\n\n"
    "区农业农村局、区经商局、区市场监管局、区建设局、区发改局、区交通局、莲都邮政管理局、区商金中心、区人力社保局\n\n区发改局\n\n"
    "2\n\n区本级固定资产投资增长25%。\n\n区发改局\n\n区发改局\n\n"
    "3\n\n区本级规上工业增加值增长10%。\n\n区经商局、莲都经开区管委会\n\n区经商局\n\n"
    "4\n\n农业增加值增长3.5%。\n\n区农业农村局\n\n区农业农村局\n")


def test_a_grouped_table_reads_every_row():
    found = _extract(LIANDU, "2023-04-17").assignments
    assert [a.task["text"] for a in found] == ["地区生产总值增长6.5%以上。", "区本级固定资产投资增长25%。",
                                               "区本级规上工业增加值增长10%。", "农业增加值增长3.5%。"]


def test_the_lead_column_leads_and_the_responsible_column_takes_part():
    found = _extract(LIANDU, "2023-04-17").assignments
    assert found[0].lead == ["丽水市莲都区发展和改革局"]
    # The lead named in 责任单位 too is not its own partner.
    assert "丽水市莲都区发展和改革局" not in found[0].support
    assert "丽水市莲都区农业农村局" in found[0].support and "丽水市莲都区交通运输局" in found[0].support
    assert found[1].lead == ["丽水市莲都区发展和改革局"] and found[1].support == []
    assert found[3].lead == ["丽水市莲都区农业农村局"] and found[3].support == []


def test_jingshangju_is_a_county_economy_and_commerce_bureau():
    found = _extract(LIANDU, "2023-04-17").assignments
    assert found[2].lead == ["丽水市莲都区经济商务局"]
    linked = [e.canonical for e in _extract(LIANDU, "2023-04-17").entities if e.label == "DEPT" and e.text == "区经商局"]
    assert linked and set(linked) == {"丽水市莲都区经济商务局"}
