"""Probe asg67p: responsibility notes and lines in city and district policy documents (round 26)."""
from govie import extract


# 云府办〔2019〕10号, https://dsbftdc.com/yfsrmzf/jcxxgk/zcfg/zfwj/content/post_999.html (item (一)): a class in the
# note's list carries a bracketed gloss, 各县<市、区>人民政府 (各县〈市、区〉 as the page renders it); its 、 is no
# list break, so the note still lists bodies only and its first-listed rule holds.
YUNFU = ("云浮市人民政府办公室\n云浮市促进学前教育普惠健康发展行动方案\n一、落实政府职责\n"
         "(一)健全管理体制。建立完善市统筹,县级政府为主,镇(街道)参与的学前教育管理体制。"
         "(市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同)\n")


def test_a_glossed_class_in_a_note_list_keeps_the_note():
    (a,) = extract(YUNFU).assignments
    assert a.task["text"].startswith("健全管理体制。")
    assert a.lead == ["云浮市教育局"]
    assert a.support == ["中共云浮市委员会农村工作领导小组办公室"]  # 各县…人民政府: a class
    t = a.trigger
    assert YUNFU[t["start"]:t["end"]] == t["text"] and t["text"].endswith("下同)")


# 运城市 2017 应急体系 责任分解, https://ncp.pkulaw.com/epidemiclar/38be8d5449e27cd4d9743b715461238bbdfb.html: a
# note of classes only (市直各有关单位、各县(市、区)人民政府、各开发区管委会) assigns nothing.
YUNCHENG = ("运城市突发事件应急体系建设“十三五”规划责任分解\n(一)“一案三制”建设\n1.完善应急预案体系\n"
            "(4)加强应急预案的培训宣传,扩大应急预案发布范围,提高全社会对应急预案的知晓率。\n"
            "(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)\n")


def test_a_glossed_class_in_round_brackets_too():
    text = YUNFU.replace("各县<市、区>人民政府", "各县(市、区)人民政府")
    (a,) = extract(text).assignments
    assert a.lead == ["云浮市教育局"] and a.support == ["中共云浮市委员会农村工作领导小组办公室"]
    # A note of classes only, one of them glossed the same way, still assigns nothing.
    assert extract(YUNCHENG).assignments == []


# 鞍立政发〔2023〕2号, http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html (items 1 and 5): a development
# zone named in a 责任单位 line stands for its body; named as written (no official name is in the text).
LISHAN = ("立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知\n"
          "立山经济开发区,各街道办事处,各区直部门,各有关单位:\n"
          "一、经济社会发展的主要预期目标\n\n"
          "1.努力实现地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,全区经济运行各专班\n\n"
          "5.一般公共预算收入增长8%左右。\n\n牵头单位:区财政局\n\n责任单位:立山经济开发区,各街道,税务局\n")


def test_a_zone_in_a_role_line_takes_part():
    first, second = extract(LISHAN).assignments
    assert first.task["text"] == "努力实现地区生产总值增长6.2%左右"
    assert first.lead == ["鞍山市立山区发展和改革局"] and first.support == ["立山经济开发区"]
    assert second.lead == ["鞍山市立山区财政局"]
    assert second.support == ["立山经济开发区", "国家税务总局鞍山市立山区税务局"]
    # The same zone opens the addressee line: a place there, no body.
    start = LISHAN.index("立山经济开发区,各街道办事处")
    assert not any(e.label == "DEPT" and e.start == start for e in extract(LISHAN).entities)
