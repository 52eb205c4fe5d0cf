"""DOCNO and the document record on fresh provincial and prefecture pages (probe docno16).

Each case quotes a real page from the probe (/work/r12/probe-docno16/texts)."""

from __future__ import annotations

import govie
from govie.taggers.docno import parse_docno
from govie.text.normalize import fold_script, normalize


def _docnos(text: str) -> list[tuple[str, str | None]]:
    out = govie.extract(text, model=None).to_dict()
    for e in out["entities"]:
        if e["label"] == "DOCNO":
            assert text[e["start"] : e["end"]] == e["text"]
    return [(e["text"], e.get("issuer")) for e in out["entities"] if e["label"] == "DOCNO"]


# http://htgfsre.cn/nw41430/20200823/0001-41430_54611.html (a mirror that glosses 發 as 發(fā))
SHANGHAI = (
    "滬府發(fā)〔2017〕92號\n"
    "上海市人民政府印發(fā)《關(guān)于本市加強(qiáng)政務(wù)誠信建設(shè)的實(shí)施意見》的通知\n"
    "各區(qū)人民政府,市政府各委、辦、局:\n"
    "為推進(jìn)政府治理體系和治理能力現(xiàn)代化,貫徹落實(shí)《國務院關(guān)于加強(qiáng)政務(wù)誠信建設(shè)的指導(dǎo)意見》"
    "(國發(fā)〔2016〕76號)要求,依據(jù)《上海市社會信用條例》,現(xiàn)就本市加強(qiáng)政務(wù)誠信建設(shè)提出如下實(shí)施意見:\n"
)


def test_pinyin_gloss_inside_a_number_is_part_of_its_span():
    found = _docnos(SHANGHAI)
    assert ("滬府發(fā)〔2017〕92號", "上海市人民政府") in found
    assert any(t == "國發(fā)〔2016〕76號" and i and i.endswith("国务院") for t, i in found)


def test_gloss_dropped_only_when_toned():
    # (a) or (de) is no gloss to drop; 發(fā) is.
    assert normalize("發(fā)〔2017〕").text == "发〔2017〕"
    assert normalize("第(a)项").text == "第(a)项"
    assert fold_script("黔府辦發(fā)〔2012〕34號") == "黔府办发〔2012〕34号"


# http://per-better.com/rule/46420.html
def test_chengdu_number_with_gloss_has_its_city_issuer():
    text = "成府發(fā)〔2014〕7號\n\n各區(qū)(市)縣政府,市政府各部門:\n"
    assert _docnos(text) == [("成府發(fā)〔2014〕7號", "成都市人民政府")]


# http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html
def test_record_of_a_page_in_traditional_script():
    text = (
        "東府〔2021〕54號\n"
        "東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n"
        "各鎮人民政府(街道辦事處),市府直屬各單位:\n"
        "為貫徹落實《廣東省人民政府關于印發廣東省進一步穩定和擴大就業若干政策措施的通知》(粵府〔2021〕13號),"
        "強化就業優先政策,提出如下意見:\n"
    )
    meta = govie.extract(text, model=None).to_dict()["meta"]
    assert meta["docno"] == "东府〔2021〕54号"
    assert meta["doc_issuers"] == ["东莞市人民政府"]


# https://xiexiebang.com/a10/2019051410/d2bb0893c964bd97.html
def test_low_quotes_standing_for_lenticular_brackets():
    text = ("根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神,"
            "结合我省实际,经省人民政府同意,现就加强普通高等学校毕业生就业工作有关问题通知如下:")
    assert _docnos(text) == [("国办发„2009‟3号", "国务院办公厅")]


# https://www.zhetiaohe.com/ss/6f2e01d0539af3b4c44a12ad6ebb1444ae0a6c959a0db997f88d142e81ecdbd857a50e4f9648c4d3.html
# https://www.zhetiaohe.com/ss/065be70bec4f46035fc927a935c46a20f78f75271ab03c69ef8ee44492658ae8.html
def test_department_codes_longer_than_a_government_or_police_code():
    assert parse_docno("苏政务办发〔2019〕73号")["issuer"] == "江苏省政务服务管理办公室"
    assert parse_docno("渝公管发〔2023〕19号")["issuer"] == "重庆市公共资源交易监督管理局"
    assert parse_docno("苏政发〔2019〕73号")["issuer"] == "江苏省人民政府"
    assert parse_docno("渝公发〔2023〕19号")["issuer"] == "重庆市公安局"


# https://www.guanganqu.gov.cn/gaqrmzf/zdjc/pc/content/content_1717747978409553920.html
def test_guangan_city_office_named_by_its_cited_title():
    text = ("根据《广安市人民政府办公室关于印发广安市中心城区城市精细化管理办法(试行)的通知》"
            "(广安府办发〔2020〕13号)精神,结合我区实际,制定本实施细则。")
    assert _docnos(text) == [("广安府办发〔2020〕13号", "广安市人民政府办公室")]
    # 广府发 stays 广元市's.
    assert parse_docno("广府发〔2017〕13号")["issuer"] == "广元市人民政府"


def test_county_government_office_is_a_bangongshi():
    # Guide: 天河区 bodies take the district's full name; a county's office is 办公室, never 办公厅.
    assert parse_docno("穗天府办〔2023〕1号")["issuer"] == "广州市天河区人民政府办公室"
    assert parse_docno("穗府办规〔2024〕13号")["issuer"] == "广州市人民政府办公厅"


# https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html
def test_own_number_closing_a_title_that_quotes_what_it_issues():
    text = (
        "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)\n\n"
        "各县市区委、人民政府,市直各单位:\n\n"
        "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n\n"
        "中共岳阳市委办公室\n\n岳阳市人民政府办公室\n\n2017年1月10日\n\n"
        "根据《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)要求,"
        "结合我市实际,现就全面推进政务公开工作提出如下实施意见。\n"
    )
    assert govie.extract(text, model=None).to_dict()["meta"]["docno"] == "岳办发〔2017〕2号"


# https://ochochicas.com/zwgk/zfgb/2020/2020d15q/sjbmwj/202009/t20200928_211200.html
def test_publisher_field_line_is_no_part_of_the_title():
    text = (
        "您的位置:\n省级部门文件\n【字体:\n来源:云南省财政厅\n\n"
        "云南省财政厅 云南省科技厅\n关于印发 《云南省科技成果转化奖补资金管理办法》\n"
        "《云南省科技创新券实施管理办法》\n《云南省科技揭榜制实施管理办法》的通知\n\n"
        "云财规〔2020〕3号\n\n各州市财政局、科技局,各高校、科研院所、企业:\n\n"
        "为进一步优化科技创新资源配置方式,现印发你们,请遵照执行。\n\n"
        "云南省财政厅\n\n云南省科学技术厅\n\n2020年5月19日\n"
    )
    meta = govie.extract(text, model=None).to_dict()["meta"]
    assert meta["docno"] == "云财规〔2020〕3号"
    assert meta["doc_issuers"] == ["云南省财政厅", "云南省科学技术厅"]
