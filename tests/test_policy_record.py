"""A policy document's own record on real documents: portal blocks, page chrome, joint
issuers, signature dates in Chinese numerals, validity arithmetic, cited numbers.

Texts are from ../shared/data/policy-documents (Guangzhou and Tianhe pages, the
policy-transparency sample, State Council documents) and annotations/dev."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import govie
from govie.cli.main import valid_on
from govie.document.portal import read_portal
from govie.document.record import add_period, document_summary, validity

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "annotations" / "dev"


def _dev(doc_id: str) -> dict:
    return json.loads((DEV / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines()[0])


# Zhejiang's portal page of 浙政发〔2004〕4号 (policy-transparency sample, row 301789).
ZHEJIANG = """索引号： 000014349/2004-711188 主题分类：
发布机构： 省政府办公厅 成文日期： 2004-02-02
文号： 浙政发〔2004〕4号
浙江省人民政府　浙江省军区 关于表彰2002年冬季退役士兵安置工作先进单位 和先进个人的通报
日期：2012-07-14 23:08
来源： 省政府办公厅
浏览次数： 14
字体：[ 大 中 小]
    各市、县(市、区)人民政府,各军分区(警备区、预备役师)、县(市、区)人武部、预备役团,省政府直属各单位:
对2002年冬季退役士兵安置工作,各地认真贯彻执行省政府、省军区有关通知精神,紧密结合实际,做了大量工作。
打印  关闭"""


def test_portal_block_fields():
    portal = read_portal(ZHEJIANG)
    assert portal.fields["docno"] == "浙政发〔2004〕4号"
    assert portal.fields["doc_date"] == "2004-02-02"
    assert portal.fields["publisher"] == "省政府办公厅"
    assert portal.fields["index"] == "000014349/2004-711188"
    chrome = {ZHEJIANG[s:e] for s, e in portal.chrome}
    assert {"字体：[ 大 中 小]", "打印", "关闭", "浏览次数： 14", "000014349/2004-711188"} <= chrome


def test_portal_title_field_as_written():
    # A gov.cn block (索引号 … 标题 … 发文字号): its fields are the record.
    text = ("索引号：000014349/2019-00012\n发文机关：国务院办公厅\n成文日期：2019年01月22日\n"
            "标题：国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见\n"
            "发文字号：国办发〔2019〕6号\n发布日期：2019年02月14日\n主题分类：财政、金融、审计\\其他\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n为进一步发挥政府性融资担保基金作用，现提出以下意见。")
    out = document_summary(text, [])
    assert out["title"] == "国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见"
    assert (out["docno"], out["doc_date"], out["doc_issuer"]) == ("国办发〔2019〕6号", "2019-01-22", ["国务院办公厅"])
    assert out["addressees"] == "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"


def test_portal_fields_win_and_publisher_is_no_issuer():
    out = document_summary(ZHEJIANG, [])
    assert out["docno"] == "浙政发〔2004〕4号"
    assert out["doc_date"] == "2004-02-02"
    # 省政府办公厅 posts the page; the issuers are the two bodies of the title.
    assert out["doc_issuer"] == ["浙江省人民政府", "浙江省军区"]


def test_labels_inside_the_body_are_no_portal_block():
    # A notice listing the documents it revokes (发文单位：… 文号：…): annotations/dev pt-221933.
    doc = _dev("pt-221933")
    assert read_portal(doc["text"]).fields == {}
    meta = govie.extract(doc["text"], model=None).meta
    assert meta["docno"] == "沪科〔2014〕12号"
    assert meta["doc_issuers"] == ["上海市科学技术委员会"]


def test_page_chrome_is_never_an_entity_title_or_activity():
    result = govie.extract(ZHEJIANG, model=None)
    chrome_words = ("打印", "关闭", "大 中 小", "000014349")
    assert not any(w in e.text for e in result.entities for w in chrome_words)
    assert not any(w in a.trigger["text"] for a in result.activities for w in ("打印", "关闭"))
    assert result.meta["title"].startswith("浙江省人民政府")
    for e in result.entities:
        assert ZHEJIANG[e.start : e.end] == e.text


def test_guangzhou_portal_page_reading_links_give_the_title():
    # A Guangzhou normative-document page: chrome, reading links, breadcrumb, the index
    # number, the number twice, no title line of its own (annotations/dev gz-27).
    doc = _dev("gz-27")
    meta = govie.extract(doc["text"], model=None).meta
    assert meta["title"] == "广州市民政局 广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知"
    assert meta["docno"] == "穗民规字〔2025〕2号"
    assert meta["doc_issuers"] == ["广州市民政局", "广州市财政局"]
    assert meta["doc_date"] == "2025-05-30"
    # 自2025年6月1日起…执行; 本通知有效期1年.
    assert (meta["effective"], meta["expires"]) == ("2025-06-01", "2026-05-31")
    assert meta["addressees"] == "各区人民政府，市政府各部门、各直属机构"


def test_joint_issuers_of_the_signature_block():
    # 沪财法[2007]9号 forwards a 财政部 notice: the issuers are the three Shanghai bodies
    # that sign first, not 财政部 that signs the forwarded text (annotations/dev pt-283963).
    meta = govie.extract(_dev("pt-283963")["text"], model=None).meta
    assert meta["doc_issuers"] == ["上海市财政局", "上海市国家税务局", "上海市地方税务局"]
    assert meta["doc_date"] == "2007-02-06"  # 二ＯＯ七年二月六日
    assert meta["title"] is None


def test_joint_issuers_of_a_title_with_spaces():
    # A joint title printed below the text of a Guangzhou page (annotations/dev gz-33).
    meta = govie.extract(_dev("gz-33")["text"], model=None).meta
    assert meta["doc_issuers"] == ["广州市医疗保障局", "广州市财政局", "广州市民政局", "广州市卫生健康委员会"]
    # 本办法自印发之日起施行, and the page shows no signature date: nothing to count from.
    assert (meta["doc_date"], meta["effective"], meta["expires"]) == (None, None, None)


@pytest.mark.parametrize("signature,iso", [
    ("二〇一九年一月十八日", "2019-01-18"),
    ("一九九六年一月二十五日", "1996-01-25"),
    ("二〇〇六年十月十八日", "2006-10-18"),
    ("二ОО六年六月八日", "2006-06-08"),  # Cyrillic О, as the MOE page prints it
    ("二ＯＯ七年二月六日", "2007-02-06"),
    ("2021年4月13日", "2021-04-13"),
])
def test_signature_date_in_chinese_numerals(signature, iso):
    # The close of 国办函〔2006〕82号 (State Council documents, id 26) with its date varied.
    text = ("国务院办公厅对全国政协十届四次会议\n第4626号提案的答复\n国办函〔2006〕82号\n王超斌委员：\n"
            "您提出的《关于设立总理热线电话的提案》收悉。经研究，答复如下：\n感谢您对政府工作的关心与支持。\n"
            f"国务院办公厅\n{signature}\n（本文有删减）")
    out = document_summary(text, [])
    assert out["doc_date"] == iso
    assert out["title"] == "国务院办公厅对全国政协十届四次会议第4626号提案的答复"
    assert out["addressees"] == "王超斌委员"


def test_cited_numbers_are_not_the_documents_own():
    # A Guangzhou notice cites 国办发〔2024〕38号 and 穗府办规〔2021〕14号 and has no number
    # of its own (annotations/dev gz-3); a Tianjin notice cites 工信厅科函〔2021〕149号 (pt-49083).
    for doc_id in ("gz-3", "pt-49083"):
        meta = govie.extract(_dev(doc_id)["text"], model=None).meta
        assert meta["docno"] is None
    meta = govie.extract(_dev("gz-3")["text"], model=None).meta
    assert meta["doc_issuers"] == ["广州市医疗保险服务中心"]


def test_decree_number_and_title_of_a_regulation():
    # 专利代理条例, promulgated by 中华人民共和国国务院令 第706号 (State Council documents, id 58).
    text = ("中华人民共和国国务院令\n第706号\n《专利代理条例》已经2018年9月6日国务院第23次常务会议修订通过，"
            "现将修订后的《专利代理条例》公布，自2019年3月1日起施行。\n总理\u3000\u3000李克强\n2018年11月6日\n"
            "专利代理条例\n（1991年3月4日中华人民共和国国务院令第76号发布\u30002018年9月6日国务院第23次常务会议修订通过）\n"
            "第一章\u3000总\u3000\u3000则\n第一条\u3000为了规范专利代理行为，制定本条例。\n"
            "第三十二条\u3000本条例自2019年3月1日起施行。")
    out = document_summary(text, [])
    assert out["docno"] == "中华人民共和国国务院令第706号"
    assert out["title"] == "专利代理条例"
    assert out["doc_date"] == "2018-11-06"
    assert out["effective"] == "2019-03-01"


@pytest.mark.parametrize("clause,doc_date,effective,expires", [
    # The guide's example: 有效期5年 from 2019-03-01 ends on the leap day 2024-02-29.
    ("本办法自2019年3月1日起施行，有效期5年。", None, "2019-03-01", "2024-02-29"),
    # Guangzhou: 本通知自印发之日起施行，有效期5年 (穗府办规〔2021〕7号, signed 2021年4月13日).
    ("本通知自印发之日起施行，有效期5年。", "2021-04-13", "2021-04-13", "2026-04-12"),
    # From a leap day: the anniversary in a common year is 1 March.
    ("本规定自2020年2月29日起施行，有效期1年。", None, "2020-02-29", "2021-02-28"),
    ("本规定自2020年2月29日起施行，有效期4年。", None, "2020-02-29", "2024-02-28"),
    ("本办法自2024年4月1日起实施，有效期5年。", None, "2024-04-01", "2029-03-31"),
    ("本方案自2023年1月31日起实施，有效期为一个月。", None, "2023-01-31", "2023-02-28"),
    ("本意见自2022年1月1日起施行，有效期至2025年12月31日。", None, "2022-01-01", "2025-12-31"),
    ("本通知自印发之日起施行，有效期3年。", None, None, None),  # no signature date: nothing to count from
    ("请各单位认真贯彻执行。", "2021-04-13", None, None),
])
def test_validity_arithmetic(clause, doc_date, effective, expires):
    assert validity(clause, doc_date) == (effective, expires)


def test_add_period_moves_a_missing_day_to_the_next_month():
    assert add_period(dt.date(2019, 3, 1), 60) == dt.date(2024, 3, 1)
    assert add_period(dt.date(2020, 2, 29), 12) == dt.date(2021, 3, 1)
    assert add_period(dt.date(2020, 2, 29), 48) == dt.date(2024, 2, 29)
    assert add_period(dt.date(2023, 1, 31), 1) == dt.date(2023, 3, 1)


def test_valid_on_filter():
    meta = {"doc_date": "2021-04-13", "effective": "2021-04-13", "expires": "2026-04-12"}
    assert valid_on(meta, "2024-01-01")
    assert valid_on(meta, "2026-04-12")
    assert not valid_on(meta, "2026-04-13")
    assert not valid_on(meta, "2021-01-01")
    assert valid_on({"doc_date": None, "effective": None, "expires": None}, "2024-01-01")


@pytest.mark.parametrize("clause,effective,expires", [
    ("本通知自2019年1月1日起至2021年12月31日止执行。", "2019-01-01", "2021-12-31"),
    ("本办法有效期自2020年1月1日至2022年12月31日。", "2020-01-01", "2022-12-31"),
    ("本通知的执行时间为2007年1月1日至2009年12月31日。", "2007-01-01", "2009-12-31"),
    ("本办法自2009年1月1日实行。", "2009-01-01", None),
    # 从…起执行 dates one rule; 自…起 the document (../shared/data Guangzhou doc_27).
    ("本通知规定的标准均从2025年1月1日起执行。\n（二）自2025年6月1日起按新标准计算执行。\n本通知有效期1年。",
     "2025-06-01", "2026-05-31"),
    ("请于2019年3月1日前报送。", None, None),
])
def test_validity_ranges_and_precedence(clause, effective, expires):
    assert validity(clause, None) == (effective, expires)


def test_forwarded_documents_validity_is_not_the_covering_letters():
    # 沪财法[2007]9号 forwards 财税[2007]17号, whose 本通知的执行时间为… is its own (annotations/dev pt-283963).
    meta = govie.extract(_dev("pt-283963")["text"], model=None).meta
    assert (meta["effective"], meta["expires"]) == (None, None)


@pytest.mark.parametrize("clause,doc_date,effective", [
    ("本办法自公布之日起30日后施行。", "2019-04-10", "2019-05-10"),
    ("本通知自5月1日起施行。", "2019-04-10", "2019-05-01"),
    ("本通知自5月1日起施行。", None, None),
])
def test_validity_counted_from_the_signature(clause, doc_date, effective):
    assert validity(clause, doc_date)[0] == effective


@pytest.mark.parametrize("doc_id,title", [
    # 几 个 问 题 的 通 知 and 土 地 使 用 期 限 的 批 复: letter-spaced last lines of the title.
    ("sc19-40", "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知"),
    ("sc19-44", "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复"),
])
def test_letter_spaced_title_is_closed_up(doc_id, title):
    result = govie.extract(_dev(doc_id)["text"], model=None)
    assert result.meta["title"] == title
    # The title lines are the document's own title, not a TITLE; the issuer in them is a DEPT.
    assert not [e for e in result.entities if e.label == "TITLE" and e.start == 0]
    assert any(e.label == "DEPT" and (e.start, e.end) == (0, 3) for e in result.entities)


def test_a_title_naming_its_city_outranks_the_number_prefix():
    # Real title and number (赣州市人民政府公报 2017年第3期, http://jinmi8.com/doc/13548/50811).
    text = "赣州市人民政府办公厅关于进一步促进我市房地产市场持续平稳健康发展的通知\n赣市府办发〔2017〕39号\n"
    r = govie.extract(text, model=None)
    assert r.meta["division"]["code"] == "360700"
    assert r.meta["doc_issuers"] == ["赣州市人民政府办公厅"]
    docno = [e for e in r.entities if e.label == "DOCNO"]
    # Not 江西省人民政府办公厅: the title above the number names the city's office (赣 + 市府办).
    assert docno and docno[0].attrs["issuer"] == "赣州市人民政府办公厅"


def test_a_one_character_prefix_shared_by_two_places_yields_to_the_named_issuer():
    # 武 is 武汉's prefix (武政); a 武侯区 office numbering its papers 武府办 names itself in its
    # title and signature (a head built from the registry's names: no real page was found).
    text = ("武侯区人民政府办公室关于印发武侯区优化营商环境三年行动方案的通知\n武府办〔2024〕12号\n"
            "各街道办事处，区级各部门：\n由区财政局牵头，建立健全工作协调机制。\n武侯区人民政府办公室\n2024年5月20日\n")
    r = govie.extract(text, model=None)
    assert r.meta["division"]["code"] == "510107"
    assert all("武汉" not in i for i in r.meta["doc_issuers"])
    fin = [e for e in r.entities if e.label == "DEPT" and e.text == "区财政局"]
    assert fin and fin[0].attrs["canonical"] == "成都市武侯区财政局"


def test_own_number_closing_the_title_line():
    # The title line closed by its number in brackets (https://shijieshipin.com/zhengce/show-27919.html);
    # a cited title with its number is no own number.
    text = ("浙江省人民政府关于下达2021年浙江省国民经济和社会发展计划的通知 (浙政发〔2021〕1号)\n"
            "各市、县(市、区)人民政府,省政府直属各单位:\n"
            "2021年浙江省国民经济和社会发展计划已经省十三届人大五次会议审议批准,现印发给你们,请认真组织实施。\n")
    assert document_summary(text, [])["docno"] == "浙政发〔2021〕1号"
    cited = ("关于做好稳就业工作的实施意见\n各市人民政府:\n"
             "《国务院关于进一步做好稳就业工作的意见》(国发〔2019〕28号)\n")
    assert document_summary(cited, [])["docno"] is None
