"""DOCNO issuers in provincial and prefecture documents: bare 发 of a provincial Party committee, a
central-looking code after a local title, a title's division for an unlisted prefix, a masthead run
into its number, and a portal's number whose signature is far below (probe docno29).

Each case quotes a real text; its address is in the comment above it."""

from __future__ import annotations

from govie.taggers.docno import parse_docno, tag_docnos

from .mentions import docnos


def _docnos(text: str) -> list[tuple[str, str | None]]:
    return docnos(text)


# http://jk9a.cn/OpennessContent/show/2595997.html (安徽 计划生育服务补助资金管理办法, glossed traditional)
AH = ("第二條 本辦法依據(jù)《預(yù)算法》、《財(cái)政部 國(guó)家衛(wèi)生計(jì)生委計(jì)劃生育服務(wù)補(bǔ)助資金管理暫行辦法》"
      "(財(cái)社〔2015〕257號(hào))、《省委省政府關(guān)于實(shí)施全面兩孩政策改革完善計(jì)劃生育服務(wù)管理的意見》"
      "(皖發(fā)〔2016〕30號(hào))、《省政府辦公廳關(guān)于進(jìn)一步加強(qiáng)財(cái)政資金管理制度建設(shè)的指導(dǎo)意見》"
      "(皖政辦〔2016〕29號(hào))、《安徽省財(cái)政社會(huì)保障資金分配暫行辦法》(財(cái)社〔2015〕1600號(hào))"
      "等法律法規(guī)和政策規(guī)定制定。")


def test_bare_fa_after_a_province_prefix_is_its_party_committee():
    assert ("皖發(fā)〔2016〕30號", "中共安徽省委员会") in _docnos(AH)
    assert parse_docno("陕发〔2021〕5号")["issuer"] == "中共陕西省委员会"
    # 银发 stays 中国人民银行's (银 is also 银川's prefix); 新疆's committee numbers 新党发: no issuer.
    assert parse_docno("银发〔2019〕92号")["issuer"] == "中国人民银行"
    assert parse_docno("新发〔2020〕1号")["issuer"] is None


def test_central_looking_code_after_a_provincial_title_is_the_province_body():
    found = _docnos(AH)
    assert ("財(cái)社〔2015〕257號", "财政部") in found  # after the ministry's own title
    assert ("財(cái)社〔2015〕1600號", "安徽省财政厅") in found  # never 财政部


# http://www.kefan21.com/news/html/?616.html (隆安县 财政专项扶贫资金管理办法, citing 南宁 and 广西)
def test_unlisted_prefix_takes_the_division_its_title_opens_with():
    text = ("根据《广西财政专项扶贫资金管理细则》(桂财农〔2018〕192号)、"
            "《南宁市财政专项扶贫资金管理办法》(南府办〔2017〕84号)等有关规定,修订本办法。")
    assert _docnos(text) == [("桂财农〔2018〕192号", "广西壮族自治区财政厅"),
                             ("南府办〔2017〕84号", "南宁市人民政府办公厅")]


# http://henan.kjzch.com/xuchang/2020-05-28/694791.html (许昌 重点工作分解, a mirror that ran the masthead into the text)
def test_masthead_run_into_its_number_names_the_issuer_of_every_number_of_the_code():
    text = ("许政 [2020] 20号\n各县(市、区)人民政府,市人民政府各部门:\n"
            "对有明确时间节点的重许昌市人民政府文件许政〔2020〕21号大工作实行专项督查,加大督查频次")
    assert _docnos(text) == [("许政 [2020] 20号", "许昌市人民政府"), ("许政〔2020〕21号", "许昌市人民政府")]


# http://www.qz.gov.cn/art/2021/3/26/art_1229563913_2265193.html (衢州 portal: 文件编号 far above the signature)
def test_portal_number_takes_the_signature_body_far_below():
    text = ("文件编号: 衢政办发〔2021〕3号 统一编号:\n\n关于印发2021年政府工作报告重点工作责任分解的通知\n\n"
            "发布日期:2021-03-26 14:35 浏览次数: 信息来源:市政府办公室 字体:[ ]\n分享:\n\n"
            "各县(市、区)人民政府,市政府各部门,直属各单位:\n\n"
            "《政府工作报告“十四五”时期重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n\n"
            "衢州市人民政府办公室\n\n2021年3月24日\n\n(此件公开发布)\n")
    [m] = tag_docnos(text)
    assert m.attrs["issuer"] == "衢州市人民政府办公室"


def test_a_number_a_cited_title_placed_takes_no_other_numbers_body(monkeypatch):
    # Two numbers of one code cited after two provinces' titles: where the second division has no body
    # to compose, its number stays without issuer, never the first province's body (one code, one body
    # holds within a division only).
    from govie.taggers import docno

    text = ("根据《安徽省财政社会保障资金分配暂行办法》（財社〔2015〕1600號）和"
            "《江苏省社会保障资金管理办法》（财社〔2015〕1601号）执行。")
    real = docno._compose
    monkeypatch.setattr(docno, "_compose", lambda div, code, registry: None if div == "320000"  # 江苏省
                        else real(div, code, registry))
    found = dict(docnos(text))
    assert found["财社〔2015〕1601号"] is None
    assert found["財社〔2015〕1600號"] == "安徽省财政厅"
