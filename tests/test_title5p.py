"""TITLE kinds from the round-23 dev-miss study (title5p): doc words, file-name lists, titles over their number."""

from __future__ import annotations

from govie.taggers.titles import parse_title, tag_titles


def _titles(text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.attrs["doc_type"]) for m in tag_titles(text)]


def test_doc_words_tongze_zhibiao_huibao():
    # state-council-2019.jsonl [18]: 转制后财务制度应执行《企业财务通则》
    assert parse_title("企业财务通则")["doc_type"] == "通则"
    # state-council-2019.jsonl [4]: 国家制定《三级公立医院绩效考核指标》（见附件）
    assert parse_title("三级公立医院绩效考核指标")["doc_type"] == "指标"
    # state-council-2019.jsonl [22]: 上报了《关于对广安市水淹区…调查及初步意见的汇报》（以下简称《汇报》）
    text = "并向国务院上报了《关于对广安市水淹区群众生产生活困难情况的调查及初步意见的汇报》（以下简称《汇报》），国务院领导同志已批示同意。"
    assert _titles(text) == [("关于对广安市水淹区群众生产生活困难情况的调查及初步意见的汇报", "汇报"), ("汇报", "汇报")]


def test_numbered_file_names_without_heading():
    # guangzhou.jsonl doc_25 (广州市社会保险基金管理中心, 2025): the attachments listed after the body
    text = ("其养老金发放仍按原规定执行。\n1.粤省事企业职工和城乡居民基本养老保险待遇领取资格认证操作指引.pdf\n"
            "2.广州市社保服务银行网点.xlsx\n3.港澳资格认证协办机构网点.xlsx\n广州市社会保险基金管理中心\n2025年3月27日")
    assert [t for t, _ in _titles(text)] == [
        "粤省事企业职工和城乡居民基本养老保险待遇领取资格认证操作指引", "广州市社保服务银行网点", "港澳资格认证协办机构网点"]


def test_single_file_line_in_prose_is_not_a_list():
    # One numbered line with a file name is not a list: it may be a download link of the own page.
    text = "正文到此结束。\n1.会议纪要.pdf\n联系人：张三"
    assert _titles(text) == []


def test_repealed_list_title_over_issuer_and_number():
    # policy-transparency-sample.jsonl [221933] (上海市科委, 沪科〔2014〕12号): 5 documents declared void
    text = ("现对以下规范性文件宣布失效：\n1.上海市大学生科技创业基金管理办法（试行）\n发文单位：市科委、市教委、市财政局、市工商局\n"
            "文号：沪科合〔2005〕第11号\n2.上海市科委科学事业费一次性专项结余资金管理办法（暂行）\n发文单位：市科委\n"
            "文号：沪科〔2007〕第533号\n4.关于进一步加大对大学生创业扶持力度的试行意见\n发文单位：市科委、市教委\n"
            "文号：沪科合〔2009〕第015号\n")
    assert _titles(text) == [("上海市大学生科技创业基金管理办法（试行）", "办法"),
                             ("上海市科委科学事业费一次性专项结余资金管理办法（暂行）", "办法"),
                             ("关于进一步加大对大学生创业扶持力度的试行意见", "意见")]


def test_forwarded_heading_after_signature_date():
    # policy-transparency-sample.jsonl [283963] (沪财法[2007]9号): the forwarded notice after the signature
    text = ("上海市地方税务局\n二ＯＯ七年二月六日\n关于广播电视村村通税收政策的通知\n财税[2007]17号\n"
            "各省、自治区、直辖市、计划单列市财政厅(局)：\n")
    assert _titles(text) == [("关于广播电视村村通税收政策的通知", "通知")]


def test_own_title_over_its_number_stays_meta():
    # policy-transparency-sample.jsonl [288487]: the own title line followed by its number is not a TITLE
    text = ("关于教育部哲学社会科学研究重大课题攻关项目最终成果鉴定出版有关事项的通知\n教社科司函〔2006〕68号\n"
            "重大攻关项目首席专家、有关高等学校：\n")
    assert _titles(text) == []
