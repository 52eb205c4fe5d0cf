"""Bare year-relative time limits of yearly task notices (probe date40n): 年内 and 年底前."""
import govie


def _dates(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    return r, [(e.text, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


# 国办发〔2022〕14号 深化医药卫生体制改革2022年重点工作任务, http://zhongguoyaoye023.com/news/detail/id/389
_YIGAI = ("（一）发挥国家医学中心、国家区域医疗中心的引领辐射作用。依托现有资源,加快推进国家医学中心设置和建设,"
          "开展国家区域医疗中心建设项目,深化运行机制改革,年内基本完成全国范围内国家区域医疗中心建设项目的规划布局。"
          "(国家发展改革委、国家卫生健康委、教育部、国家中医药局、国家疾控局等和地方人民政府按职责分工负责。)")


def test_bare_within_year_is_the_documents_year_and_a_deadline():
    r, dates = _dates(_YIGAI, "2022-05-04")
    assert ("年内", "2022") in dates
    assert any(a.deadline == "2022" for a in r.assignments)


def test_bare_within_year_without_a_date_has_no_value():
    _, dates = _dates(_YIGAI, None)
    assert ("年内", None) in dates


def test_durations_and_words_keep_their_within():
    # 海南 2026 政府工作报告 (dev wr2026-hainan): a duration of each trip, no date.
    _, dates = _dates("新政落地见效，岛内居民一次离岛年内可不限次数购买“即购即提”商品。", "2026-02-01")
    assert not any("年内" in t for t, _ in dates)
    # 广州 就业补贴 (dev gz-19 style): years counted from graduation.
    _, dates = _dates("小微企业招用毕业2年内高校毕业生，与其签订1年以上劳动合同。", "2023-03-01")
    assert not any("年内" in t for t, _ in dates)


# 许政〔2020〕20号 (2020年重点工作任务分解), http://henan.kjzch.com/xuchang/2020-05-28/694791.html
_XUCHANG = ("各责任单位要尽快制定具体落实方案,明确时间节点、责任领导、主要措施,并于每季度末向市政府报告重点工作进展情况,"
            "年底前向市政府报告全年落实情况。市委市政府督查局要把《政府工作报告》确定的重点工作作为今年政务督查的重中之重。"
            "年底前,围绕《政府工作报告》确定的重点工作,开展综合督查,认真梳理盘点、对表交账,确保全面完成年度任务。")


def test_bare_year_end_deadline_of_a_notice_is_its_years_december():
    _, dates = _dates(_XUCHANG, "2020-05-28")
    assert [v for t, v in dates if t == "年底前"] == ["2020-12", "2020-12"]
    assert ("每季度末", None) in dates


def test_bare_year_end_without_a_date_has_no_value():
    _, dates = _dates(_XUCHANG, None)
    assert [v for t, v in dates if t == "年底前"] == [None, None]
