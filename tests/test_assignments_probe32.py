"""Assignments in provincial and prefecture plans with responsibility notes (probe asg32, round 16).

Real sentences from pages of the page store (addresses in /work/r16/probe-asg32.md and below).
"""

from __future__ import annotations

from govie.timex import ahead

from .assignment_frames import assignments


# 厦府办〔2019〕10号 (https://www.xm.gov.cn/zfgb/6240): 责任单位 and 时限要求 lines after each item, and the
# first-listed rule stated in the first line as 第一责任单位为牵头单位.
XIAMEN = ("厦门市聚焦企业关切进一步落实\n\n优化营商环境政策的若干措施\n\n"
          "(一)推进完善PPP健康运行长效机制和基础性制度建设,加强存量项目监管,规范有序推进翔安新机场片区地下综合管廊PPP项目建设,"
          "确保PPP项目协议落实到位。\n\n责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)\n\n时限要求:持续推进\n\n"
          "(二)严格落实全省统一的招投标政策,消除招投标过程中对企业设置的不合理限制和壁垒。\n\n责任单位:市建设局\n\n时限要求:持续推进\n")


def test_first_responsible_unit_leads_and_ongoing_has_no_deadline():
    first, second = assignments(XIAMEN, reference_date="2019-01-16")
    assert first["task"]["text"].startswith("推进完善PPP健康运行长效机制")
    assert first["lead"] == ["厦门市发展和改革委员会"] and first["support"] == ["厦门市财政局"]
    assert second["lead"] == ["厦门市建设局"] and second["support"] == []
    assert first["deadline"] is None and second["deadline"] is None  # 持续推进 is no date


def test_without_the_rule_every_listed_unit_leads():
    text = XIAMEN.replace("(第一责任单位为牵头单位,下同)", "")
    first = assignments(text, reference_date="2019-01-16")[0]
    assert first["lead"] == ["厦门市发展和改革委员会", "厦门市财政局"] and first["support"] == []


# 数字威海建设2023年工作要点, 威海市人民政府办公室 2023-08-19 (http://www.e-gov.org.cn/article-186199.html):
# a bare 年底前 in a year's plan is that year's December; the 责任单位 are all classes.
WEIHAI = ("数字威海建设2023年工作要点\n"
          "1.深化政务服务“网上办”。全面提升线上线下融合服务能力,不断丰富服务供给,持续优化办事流程,深化“一次办好”改革,"
          "年底前基本实现群众企业在线办事“进一个网、办全市事”,建设“24小时不打烊”网上办事大厅。"
          "(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。"
          "以下任务均需各区市政府、开发区管委落实,不再一一列出)\n")


def test_bare_year_end_is_due_in_the_reference_year():
    (row,) = assignments(WEIHAI, reference_date="2023-08-19")
    assert row["lead"] == ["威海市行政审批服务局"] and row["support"] == []
    assert row["deadline"] == "2023-12"
    # 每年年底前 recurs: no deadline.
    (row,) = assignments(WEIHAI.replace("年底前基本实现", "每年年底前基本实现"), reference_date="2023-08-19")
    assert row["deadline"] is None
    # Without a reference date the year is unknown.
    (row,) = assignments(WEIHAI)
    assert row["deadline"] is None


def test_ahead_places_only_a_bare_year_end():
    assert ahead(None, "年底前", "2023-08-19") == "2023-12"
    assert ahead(None, "年末", "2021-03-01") == "2021-12"
    assert ahead(None, "年中", "2023-08-19") is None
    assert ahead(None, "近期", "2023-08-19") is None


# 江西 赣府发〔2022〕12号 (http://jpaw.cn/news/show.php?itemid=17405, traditional): 責任單位 with a class after
# a comma; a dated clause inside the item gives its deadline.
JIANGXI = ("關于切實穩(wěn)住經(jīng)濟發(fā)展若干措施\n"
           "2.全力支持市縣落實留抵退稅政策。對落實小微企業(yè)留抵退稅政策,原由市縣財政負擔部分,全部轉由省財政負擔。"
           "(責任單位:省財政廳,各設區(qū)市人民政府)\n"
           "1.進一步加大增值稅留抵退稅政策力度。加快辦理速度,在納稅人自愿申請的基礎上,"
           "確保小微企業(yè)和個體工商戶2022年6月30日前基本完成集中退還存量留抵稅額。加強退稅風險防范,依法嚴懲偷稅、騙稅等行為。"
           "(責任單位:省財政廳、省稅務局、人行南昌中心支行)\n")


def test_province_notes_with_a_class_and_a_dated_clause():
    first, second = assignments(JIANGXI, reference_date="2022-06-02")
    assert first["lead"] == ["江西省财政厅"] and first["support"] == [] and first["deadline"] is None
    assert second["lead"] == ["江西省财政厅", "国家税务总局江西省税务局", "中国人民银行南昌中心支行"]
    assert second["deadline"] == "2022-06-30"
