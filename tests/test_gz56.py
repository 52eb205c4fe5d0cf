"""Guangzhou city and district documents, round-22 full-document probe (gz56): lists of communities
named item by item or sharing one 社区 after 等, a district command's code after its name, and a
page titled by its PDF file's name (real lines; addresses in each test)."""

from __future__ import annotations

import govie

from .mentions import spans

# https://diming.qi18.com/art/2013-12/1463356dianhltq/ (白云区增设4个街道办事处, 南方日报 2013-12-26)
BAIYUN = ("新设的云城街道将管辖原新市街道的萧岗南社区、萧岗北社区、萧岗花园社区、明珠社区、齐富社区、连元桥社区;"
          "鹤龙街道将管辖原嘉禾街道办事处的鹤南社区、鹤边社区、鹤北社区、时代玫瑰园社区、金碧雅苑社区、乐得社区、"
          "二矿社区、员村社区、黄边社区、尹边社区、彭上社区、彭西社区。\n"
          "石井街道被一分为三。新石井街道只管辖石井、兴隆、马岗、新庄、潭村、凰岗、张村、庆丰、金碧新城等社区。")


def _locs(text):
    return spans(text, "LOC", model=None, jurisdiction="广东省", reference_date="2013-12-26")


def test_each_community_of_a_list_is_one_place_whatever_jieba_knows():
    locs = _locs(BAIYUN)
    for name in ("萧岗南社区", "萧岗花园社区", "鹤南社区", "时代玫瑰园社区", "乐得社区", "员村社区", "彭西社区"):
        assert name in locs
    assert "岗南社区" not in locs and "花园社区" not in locs


def test_the_names_sharing_one_community_word_after_deng_are_places():
    locs = _locs(BAIYUN)
    for name in ("石井", "兴隆", "马岗", "潭村", "庆丰", "金碧新城"):
        assert name in locs
    assert "只管辖石井" not in locs and "管辖石井" not in locs


def test_a_list_of_classes_of_villages_is_no_list_of_places():
    # A class list (贫困村、示范村、行政村) names no village.
    s = "重点支持贫困村、示范村、行政村开展人居环境整治。"
    assert not set(_locs(s)) & {"贫困村", "示范村", "行政村"}


# https://www.kunmingchi.com/archives/4remv39owzpw3odgk05p.html (越防〔2019〕5号, PDF text)
YUEFANG = ("广州市越秀区防汛防旱防风指挥部关于印发《越秀区防汛防旱防风防冻应急预案(试行)》的通知.pdf\n"
           "广州市越秀区防汛防旱防风指挥部 越防〔2019〕5 号 广州市越秀区防汛防旱防风指挥部关于印发 《越秀区防汛防旱防风防冻应急预案 "
           "(试行) 》的通知 区三防指挥部各成员单位: 现将《越秀区防汛防旱防风防冻应急预案(试行) 》印发给你 们,请遵照执行。"
           "执行中遇到的问题,请径向区应急管理局反映。 越秀区防汛防旱防风指挥部 2019 年 7 月 19 日")


def test_a_commands_code_after_its_name_is_the_number_alone():
    assert "越防〔2019〕5 号" in spans(YUEFANG, "DOCNO", model=None)


def test_a_page_titled_by_its_pdf_file_gives_the_title_and_issuer():
    meta = govie.extract(YUEFANG, model=None).to_dict()["meta"]
    assert meta["title"] == "广州市越秀区防汛防旱防风指挥部关于印发《越秀区防汛防旱防风防冻应急预案(试行)》的通知"
    assert meta["doc_issuer"] == "广州市越秀区防汛防旱防风指挥部"


def test_a_township_counted_by_ge_is_what_is_counted():
    # 白云区 news 2013 (address above): 全区辖18个街道办事处和4个镇
    s = "调整后,全区辖18个街道办事处和4个镇。"
    ms = govie.extract(s, model=None).entities
    got = [(e.text, e.attrs.get("indicator")) for e in ms if e.label == "METRIC"]
    assert got == [("18个", "街道办事处"), ("4个", "镇")]
