"""Round 27 fixes of known wrong outputs (fix27a): a document number whose issuer code several divisions
share (云府办: 云浮市's and 广州市白云区's, never 云南省's, which writes 云政发 云政办发), and a county's bare-level
code (县政府办) whose span ran back over words of the sentence."""
import govie
from govie.taggers.docno import parse_docno


def _docnos(text):
    r = govie.extract(text, model=None).to_dict()
    out = [e for e in r["entities"] if e["label"] == "DOCNO"]
    for e in out:
        assert text[e["start"]:e["end"]] == e["text"]
    return r["meta"], out


GZ = ("广州市人民政府办公厅关于做好2021年防汛工作的通知\n各区人民政府，市政府各部门、各直属机构：\n"
      "根据《关于印发防汛工作实施方案的通知》（云府办〔2021〕2号），现就有关事项通知如下。\n"
      "广州市人民政府办公厅\n2021年5月1日")


def test_shared_code_in_a_guangzhou_text_names_no_body():
    meta, docnos = _docnos(GZ)
    assert meta["division"]["code"] == "440100"
    d = next(e for e in docnos if e["text"] == "云府办〔2021〕2号")
    assert d["issuer"] is None and d["division"] is None


def test_shared_code_resolves_against_the_texts_own_division():
    text = ("云浮市人民政府办公室关于做好2022年春耕生产的通知\n"
            "根据《关于印发春耕生产工作方案的通知》（云府办〔2022〕8号）执行。\n云浮市人民政府办公室\n2022年3月1日")
    meta, docnos = _docnos(text)
    assert meta["division"]["code"] == "445300"
    assert docnos[0]["issuer"] == "云浮市人民政府办公室"
    text = ("广州市白云区人民政府办公室关于做好2022年春耕生产的通知\n"
            "根据《关于印发春耕生产工作方案的通知》（云府办〔2022〕8号）执行。\n广州市白云区人民政府办公室\n2022年3月1日")
    meta, docnos = _docnos(text)
    assert docnos[0]["issuer"] == "广州市白云区人民政府办公室"
    # A district of 云浮 reads its city's code.
    assert parse_docno("云府办〔2023〕4号", within="445302")["issuer"] == "云浮市人民政府办公室"


def test_yunnan_keeps_its_own_codes_and_not_the_shared_one():
    text = ("昆明市人民政府关于做好2022年春耕生产的通知\n"
            "根据《关于印发方案的通知》（云政办发〔2022〕8号）和云府办〔2022〕9号执行。")
    _, docnos = _docnos(text)
    by = {e["text"]: e for e in docnos}
    assert by["云政办发〔2022〕8号"]["issuer"] == "云南省人民政府办公厅"
    assert by["云府办〔2022〕9号"]["issuer"] is None
    assert parse_docno("云府办〔2021〕2号")["issuer"] is None
    assert parse_docno("云政发〔2021〕2号")["issuer"] == "云南省人民政府"


def test_bare_level_code_is_not_run_back_over_the_title():
    text = "寿县人民政府办公室关于印发县政府办〔2023〕5号\n各乡镇人民政府，县政府各部门：\n"
    _, docnos = _docnos(text)
    assert [e["text"] for e in docnos] == ["县政府办〔2023〕5号"]


def test_bare_level_code_after_a_verb_or_a_word():
    for text, want in (
            ("各乡镇：现将县政府办〔2023〕5号文件转发给你们，请认真贯彻执行。", "县政府办〔2023〕5号"),
            ("淳安县人民政府关于转发市政办〔2022〕11号的通知\n", "市政办〔2022〕11号"),
            ("各街道：按照区府办〔2021〕7号要求，做好有关工作。", "区府办〔2021〕7号"),
            ("现将《乡村振兴实施方案》（县政府办〔2023〕5号）转发给你们，请认真贯彻执行。", "县政府办〔2023〕5号")):
        _, docnos = _docnos(text)
        assert [e["text"] for e in docnos] == [want], text
