"""DOCNO spans, issuers and the record's own number on fresh pages of every level (probe docno27).

Each case quotes a real sentence; its address is in the comment above it."""

from __future__ import annotations

import govie
from govie.taggers.docno import tag_docnos

from .mentions import docnos


def _docnos(text: str) -> list[tuple[str, str | None]]:
    return docnos(text)


# github code index id 9989041141 (a Shenzhen 龙华 school's epidemic form citing the district's notice)
def test_district_prefix_before_a_code_the_tables_lack_is_never_central():
    text = ("依据《深圳市中小学校及托幼机构常见传染病疫情处置指引》（深卫计疾控〔2015〕40号）、《龙华区区卫计局"
            "教育局关于加强和改进学校卫生工作的通知》（深龙华卫计联〔2018〕11号）等文件要求：")
    assert _docnos(text) == [("深卫计疾控〔2015〕40号", "深圳市卫生和计划生育委员会"),
                             ("深龙华卫计联〔2018〕11号", "深圳市龙华区卫生和计划生育局")]


def test_prefix_run_cut_to_a_central_code_is_kept_whole_with_no_issuer():
    # The same form with a body code no table lists: 计 alone would be 国家计委's (国家发展和改革委员会).
    [m] = tag_docnos("（深龙华计划〔2019〕3号）")
    assert m.attrs["code"] == "深龙华计划" and m.attrs["issuer"] is None and m.attrs["division"] == "440309"
    # A body's name before the code is running text, not part of it.
    [m] = tag_docnos("深圳市财政局深财预〔2020〕5号")
    assert m.attrs["code"] == "深财预" and m.attrs["issuer"] == "深圳市财政局"


# github code index id 4511255658 (张家界学院 notice citing the Hunan student aid centre's number)
def test_small_form_brackets():
    [m] = tag_docnos("根据《关于做好2024年普通高校国家奖助学金评审工作的通知》（湘学助﹝2024﹞30号）文件精神")
    assert m.attrs["code"] == "湘学助" and (m.attrs["year"], m.attrs["serial"]) == (2024, 30)


# github code index id 21034999320 (济南 flexible-employment insurance form)
def test_number_alone_in_book_title_marks_is_a_docno_not_a_title():
    text = "根据《济南市人民政府第201号令》和《济政办发【2004】89号》文件规定，本人自愿申请参加济南市灵活就业人员医疗保险。"
    out = govie.extract(text, model=None)
    assert [(e.text, e.attrs.get("issuer")) for e in out.entities if e.label == "DOCNO"] == \
        [("济政办发【2004】89号", "济南市人民政府办公厅")]
    assert "济政办发【2004】89号" not in [e.text for e in out.entities if e.label == "TITLE"]


# http://njdaily.cn/news/2023/0928/5565502838015744474.html (南京, citing the State Council's safety committee)
def test_state_council_safety_committee_code():
    text = ("为贯彻落实《国务院安全生产委员会关于印发〈全国城镇燃气安全专项整治工作方案〉的通知》（安委〔2023〕3号）、"
            "《省政府办公厅关于印发持续推进燃气泄漏安全保护装置安装使用工作措施的通知》（苏政办发〔2022〕82号）")
    assert _docnos(text) == [("安委〔2023〕3号", "国务院安全生产委员会"), ("苏政办发〔2022〕82号", "江苏省人民政府办公厅")]


# github code index ids 12136961905 (河北 college report) and 21654988345 (大同 presale contract)
def test_education_inspection_office_and_datong_prefix():
    assert _docnos("本报告是根据国教督办[2021]62号文件中关于普通高校编制本科教学质量报告基本要求生成。") == \
        [("国教督办[2021]62号", "国务院教育督导委员会办公室")]
    text = "《大同市人民政府办公厅关于加强商品房预售资金监管的通知》（同政办发【2017】97号）及配套文件"
    assert _docnos(text) == [("同政办发【2017】97号", "大同市人民政府办公厅")]


# github code index id 20090644609 (惠水县 notice citing the 黔南 prefecture's bureau)
def test_qiannan_prefix_before_the_province():
    text = "《州人社局 州教育局关于办理“特岗教师”聘用手续有关问题的通知》（黔南人社通〔2012〕75号）文件精神"
    assert _docnos(text) == [("黔南人社通〔2012〕75号", "黔南布依族苗族自治州人力资源和社会保障局")]


# https://xiexiebang.com/a5/2019051316/9ab150518dc3fb03.html (湖北: the number bracketed under the title)
def test_own_number_bracketed_on_its_line():
    text = ("湖北省人民政府办公厅关于开展全省服务业清查和定期统计调查工作的通知\n(鄂政办发〔2007〕98号)\n"
            "各市、州、县人民政府,省政府各部门:\n为认真贯彻落实《国务院关于加快发展服务业的若干意见》(国发〔2007〕7号)"
            "和《省人民政府关于促进服务业加快发展的若干意见》(鄂政发〔2007〕57号),进一步完善服务业统计制度。\n")
    meta = govie.extract(text, model=None).meta
    assert meta["docno"] == "鄂政办发〔2007〕98号" and meta["doc_issuer"] == "湖北省人民政府办公厅"


# https://scholarmate.com/S/astXb3 (an abstract that runs the masthead, number and addressees together)
def test_own_number_run_into_the_addressees():
    text = ("<正>辽宁省人民政府文件辽政发[2021]19号各市人民政府,省政府各厅委、各直属机构:根据党中央、国务院和省委相关要求,"
            "以及法律、法规、规章等\"立改废释\"情况,经研究论证,省政府决定取消下放调整一批行政许可等职权事项59项。")
    assert govie.extract(text, model=None).meta["docno"] == "辽政发[2021]19号"
    # A cited number inside a sentence stays a citation.
    cited = "根据《国务院关于加快发展服务业的若干意见》(国发〔2007〕7号)各地区、各部门:要认真贯彻。"
    assert govie.extract(cited, model=None).meta["docno"] is None
