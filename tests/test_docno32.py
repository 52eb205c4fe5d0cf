"""DOCNO issuers of province and city numbers: a number cited after a title whose bodies are written
right before it (江苏省财政厅 江苏省农业农村厅《…》（苏财农…）), and a government decree number with a
year (河北省人民政府令〔2010〕第15号, or 政府令〔…〕 under the masthead line) (probe docno32).

Each case quotes a real text; its address is in the comment above it."""

from __future__ import annotations

from .mentions import docnos

# https://czt.jiangsu.gov.cn/art/2021/12/24/art_76259_10225189.html (江苏省财政厅, 2021)
JIANGSU = ("一、请按照《江苏省农田建设补助专项资金管理办法》(苏财规〔2020〕5号)等有关文件规定,结合本次下达预算做好"
           "预算编制、分解下达等相关工作,待进入2022年预算年度后,按程序及时拨付资金。\n"
           "二、请按照江苏省财政厅 江苏省农业农村厅《关于调整高标准农田建设投资标准及省与市县分担比例的通知》"
           "(苏财农〔2021〕75号)和《关于加快高标准农田项目建设和资金报账拨付工作的通知》(苏财农〔2021〕80号)"
           "等有关文件规定,落实好省定高标准农田建设投资标准。\n")

# http://law582.infoeach.com/view-NTgyfDExNjk4Mg== (河北省人民政府, 2010)
HEBEI = ("河北省人工影响天气管理规定\n\n河北省人民政府\n\n\n河北省人工影响天气管理规定\n\n政府令〔2010〕第15号\n\n\n"
         "《河北省人工影响天气管理规定》已经2010年12月14日省政府第76次常务会议通过,现予公布,自2011年2月1日起施行。\n")


def test_body_written_before_a_cited_title_is_the_issuer_its_code_names():
    # 苏 is listed for 江苏 before 政 only (苏府 is 苏州's), yet 苏财农 is 江苏省财政厅's: the phrase
    # before the title names it. The second number's title names no body: the one code's body of
    # the text is taken (one code, one body in a text).
    assert docnos(JIANGSU) == [("苏财规〔2020〕5号", "江苏省财政厅"), ("苏财农〔2021〕75号", "江苏省财政厅"),
                               ("苏财农〔2021〕80号", "江苏省财政厅")]


def test_body_before_a_title_that_the_code_does_not_name_gives_no_issuer():
    # Only the 农业农村厅 written before the title: 苏财农 names a 财政厅, so no issuer, never a guess.
    text = JIANGSU.replace("江苏省财政厅 江苏省农业农村厅", "江苏省农业农村厅")
    assert ("苏财农〔2021〕75号", None) in docnos(text)


def test_ambiguous_prefix_is_decided_by_the_body_written_before_the_title():
    # 宁 is 宁夏 and 南京; in JIANGSU's second clause alone (no 江苏 named to place the text) the written
    # 南京市财政局 decides, and without it the number has no issuer.
    clause = JIANGSU[JIANGSU.index("二、"):].replace("江苏省财政厅 江苏省农业农村厅", "南京市财政局")
    clause = clause.replace("苏财农〔2021〕75号", "宁财农〔2021〕75号")
    assert ("宁财农〔2021〕75号", "南京市财政局") in docnos(clause)
    assert ("宁财农〔2021〕75号", None) in docnos(clause.replace("南京市财政局《", "《"))


def test_government_decree_number_with_a_year_under_its_masthead():
    assert docnos(HEBEI) == [("政府令〔2010〕第15号", "河北省人民政府")]
    # Named in the number itself (the same decree as a citation writes it).
    assert docnos("根据河北省人民政府令〔2010〕第15号的规定") == [("河北省人民政府令〔2010〕第15号", "河北省人民政府")]


def test_decree_number_near_two_governments_gets_no_issuer():
    text = HEBEI.replace("河北省人民政府\n", "河北省人民政府\n邯郸市人民政府\n", 1)
    assert docnos(text) == [("政府令〔2010〕第15号", None)]
