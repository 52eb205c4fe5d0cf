"""Round 26 probe gz60: Guangzhou city, district and street-office pages: a district's or city's longer
code that holds a one-letter city prefix (花河长办, 穗河长办), a bulletin's printing permit (准印证) that is
no document number, and a street office (街道办事处) signing its own notice.

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie

XIUQUAN = "https://www.huadu.gov.cn/zfxxgkml/gzshdqrmzfxqjdbsc/content/post_10040084.html"  # 秀全街道 2024-12-20
PANYU = "http://www.panyu.gov.cn/ztzx/zwfwgzjb/content/post_9693791.html"  # 政务服务工作简报 第100期


def _docnos(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.attrs.get("year"), e.attrs.get("serial")) for e in ex.entities if e.label == "DOCNO"]


def test_a_longer_code_keeps_the_letters_before_a_city_prefix():
    # XIUQUAN: 花河长办 is 花都区's river-chief office; 长 + 办 is no 长沙 code inside it.
    text = ("根据《广州市花都区全面推行河长制工作领导小组办公室关于调整区级河(湖)长的通知》(花河长办〔2023〕36号),"
            "现对《广州市花都区秀全街全面推行河长制实施方案》内容进行调整,明确如下:")
    assert _docnos(text, "2024-12-20") == [("花河长办〔2023〕36号", 2023, 36)]
    text = "一、各级河长必须认真按照广州市河长办关于印发广州市河长湖长巡查河湖指导意见的通知(穗河长办〔2021〕49号)要求履职。"
    assert _docnos(text, "2024-12-20") == [("穗河长办〔2021〕49号", 2021, 49)]
    # A city's own code, alone or after a lead word, is unchanged.
    assert [d[0] for d in _docnos("根据长办〔2020〕5号文件精神。", "2020-06-01")] == ["长办〔2020〕5号"]
    assert [d[0] for d in _docnos("(穗府办〔2015〕14号)", "2020-06-01")] == ["穗府办〔2015〕14号"]


def test_a_printing_permit_is_no_document_number():
    # PANYU: the bulletin's masthead, its printing permit beside the issue date.
    text = "第100 期\n番府准印证[2001]75 号             二○二四年三月十五日\n本期焦点"
    assert _docnos(text, "2024-03-15") == []
    assert _docnos("内部资料准印证〔2019〕12号", "2024-03-15") == []


def test_a_street_office_signs_its_own_notice():
    # XIUQUAN: the notice's signature block.
    text = ("关于对《广州市花都区秀全街全面推行河长制实施方案》内容进行调整的通知\n各部门、各村(社区):\n"
            "三、辖区内在册小微水体镇街级河长,调整为由联系村的街两委领导担任,详见附件2。\n"
            "广州市花都区人民政府秀全街道办事处\n2024年12月20日")
    ex = govie.extract(text, model=None)
    assert ex.meta["doc_issuers"] == ["广州市花都区人民政府秀全街道办事处"]
    assert ex.meta["doc_date"] == "2024-12-20"
