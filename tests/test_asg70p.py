"""Probe asg70p: responsibility notes in provincial, prefecture and county policy documents (round 27)."""
from govie import extract


# 陕政办发〔2023〕29号, http://yanqitong.cn/shengneizhengce/11413.html (item 1): a province's 省文物局 in its
# note is the province's cultural heritage bureau (陕西省文物局), not the State's (国家文物局).
SHAANXI = ("陕西省人民政府办公厅关于印发陕西省关于加快文旅产业发展的若干措施的通知\n"
           "一、以文塑旅,厚植文化根基\n"
           "1.加强文化遗产保护利用。积极申报世界文化遗产、人类非物质文化遗产、世界灌溉工程遗产等项目。"
           "〔省文物局、省文化和旅游厅牵头,各市(区)政府配合〕\n")


def test_a_provinces_heritage_bureau_in_a_note_is_the_provinces():
    ex = extract(SHAANXI, reference_date="2023-12-28", model=None)
    (a,) = ex.assignments
    assert a.lead == ["陕西省文物局", "陕西省文化和旅游厅"]
    assert a.support == []  # 各市(区)政府: a class
    (d,) = [e for e in ex.entities if e.label == "DEPT" and e.text == "省文物局"]
    assert SHAANXI[d.start:d.end] == "省文物局" and d.canonical == "陕西省文物局"
    # a State Council text's 文物局 (国务院关于进一步加强文物工作的指导意见 style) is still the State's.
    text = "国务院关于进一步加强文物工作的指导意见\n(文化和旅游部、文物局负责)\n"
    ex = extract(text, reference_date="2016-03-08", model=None)
    assert [e.canonical for e in ex.entities if e.text == "文物局"] == ["国家文物局"]


# 金华市文化广电旅游局 2023年市政府工作报告重点工作半年度完成情况汇总表,
# http://wglyj.jinhua.gov.cn/art/2023/7/18/art_1229639302_4102421.html (row 71): the 责任单位 cell labels its
# bodies' roles as a bracketed note does; the body beside the 牵头 one takes part.
JINHUA = ("序号 | 工作任务 | 进展情况 | 存在问题和下步计划 | 责任单位 |\n"
          "71 | 提高公共文化服务水平,加快推进市图书馆新馆等市县重大文化设施建设,打造“15分钟品质文化生活圈”,"
          "办好中国(金华)李渔戏剧汇等文化活动。 | 总体进度正常。 | 下步计划: 开展乡村博物馆问题整改及展陈提升工作。 | "
          "牵头单位:市文广旅游局 责任单位:市各县(市、区)政府、金华开发区管委会 |\n")


def test_a_responsibility_cell_that_labels_its_roles():
    ex = extract(JINHUA, reference_date="2023-07-18", model=None)
    (a,) = ex.assignments
    assert a.task["text"].startswith("提高公共文化服务水平") and a.task["text"].endswith("等文化活动。")
    assert len(a.lead) == 1 and a.lead[0].startswith("金华市文化")  # the 牵头 body alone leads
    assert len(a.support) == 1 and "金华开发区" in a.support[0]   # the body beside it takes part
    t = a.trigger
    assert JINHUA[t["start"]:t["end"]] == t["text"] and t["text"].startswith("牵头单位:市文广旅游局")
