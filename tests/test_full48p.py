"""Probe full48p: prefecture-level notices (浙江 嘉兴, 江西 赣州, 山西 大同) read whole, all layers.

Short excerpts of the pages' heads; each case failed before the fix it names."""

import govie


def _extract(text):
    return govie.extract(text, model=None).to_dict()


# https://www.jiaxing.gov.cn/art/2023/3/3/art_1229567743_2459907.html (嘉兴市人民政府办公室, 2023)
JIAXING = (
    "索引号: 002546445/2023-448528 公开方式: 主动公开\n"
    "发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室\n"
    "成文日期: 2023-03-01\n\n"
    "嘉兴市人民政府办公室关于印发2023年政府工作报告重点工作和市政府民生实事项目责任分解的通知\n"
    "发布日期:2023-03-03 09:37 信息来源:市政府办公室 浏览次数:\n\n"
    "各县(市、区)人民政府,市级有关部门(单位):\n\n"
    "《2023年政府工作报告重点工作责任分解》和《2023年市政府民生实事项目责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
)


def test_portal_field_fawen_wenhao_is_the_docno():
    # A portal's 发文文号: field holds the own number; 发布机关: beside it ends the value.
    meta = _extract(JIAXING)["meta"]
    assert meta["docno"] == "嘉政办发〔2023〕7号"
    assert meta["doc_date"] == "2023-03-01"


# https://ganzhou.gov.cn/zfxxgk/c100272/201510/6af7194a4e6c4701a8afbbfcb83e9f6a.shtml (赣州市人民政府办公厅, 2015)
GANZHOU = (
    "关于印发2015年全市深化医药卫生体制改革下步工作要点的通知\n\n"
    "访问量:\n\n"
    "赣州市人民政府办公厅\n\n"
    "关于印发2015年全市深化医药卫生\n\n"
    "体制改革下步工作要点的通知\n\n"
    "各县(市、区)人民政府,赣州经济技术开发区管委会,市政府有关部门,市属、驻市有关单位:\n\n"
    "2015年全市深化医药卫生体制改革下步工作要点》已经市政府同意,现印发给你们,请结合实际,认真组织实施。\n\n"
    "(此件主动公开)\n\n"
    "认真贯彻落实省政府办公厅2015年全省深化医药卫生体制改革下步工作要点》(赣府厅字〔201590号)和"
    "《关于全面推开县级公立医院综合改革的实施意见》(赣府厅发〔201545号)坚持保基本、强基层、建机制。\n"
)


def test_masthead_issuer_over_the_repeated_heading():
    # The page's heading names no issuer; the red masthead under it stacks the issuer over the same title.
    out = _extract(GANZHOU)
    meta = out["meta"]
    assert meta["doc_issuers"] == ["赣州市人民政府办公厅"]
    assert meta["title"] == "赣州市人民政府办公厅关于印发2015年全市深化医药卫生体制改革下步工作要点的通知"
    issued = [a for a in out["activities"] if a["trigger"]["text"] == "印发" and a["type"] == "publication"]
    assert issued and issued[0]["agents"] == ["赣州市人民政府办公厅"]


def test_number_cited_after_a_title_is_not_the_mastheads():
    # …要点》(赣府厅字〔201590号): a citation after 》 whose 《 was lost; 赣府厅 is the province's office.
    out = _extract(GANZHOU)
    docnos = {e["text"]: e for e in out["entities"] if e["label"] == "DOCNO"}
    d = docnos["赣府厅字〔201590号"]
    assert GANZHOU[d["start"]:d["end"]] == d["text"]
    assert d["issuer"] == "江西省人民政府办公厅"


# https://www.dt.gov.cn/2021zt/ebook/szfgb/2021-3/files/basic-html/page24.html (大同市人民政府办公室, 2021)
DATONG = (
    "大 同 市 人 民 政 府 办 公 室\n\n"
    "关于印发《大同市空气质量巩固提升\n\n"
    "2021年行动计划》的通知\n\n"
    "同政办发〔2021〕19号\n\n"
    "各县区人民政府、开发区管委会,市直相关部门及企事业单位:\n"
    "《大同市空气质量巩固提升2021年行动计划》已经市人民政府同意,现印发给你们,请认真贯彻落实。\n\n"
    "大同市人民政府办公室\n\n"
    "2021年5月28日\n\n"
    "大同市空气质量巩固提升2021年行动计划\n\n"
    "为持续深入打好污染防治攻坚战,巩固蓝天保卫战成果,进一步提升环境空气质量。\n"
)


def test_heading_of_the_issued_plan_under_a_wrapped_title_has_no_place():
    # The plan the notice issues heads the attachment; the title naming it was wrapped over lines.
    out = _extract(DATONG)
    heading = DATONG.rindex("大同市空气质量巩固提升2021年行动计划")
    locs = [e for e in out["entities"] if e["label"] == "LOC" and e["start"] >= heading - 1]
    assert locs == []
    dates = [e for e in out["entities"] if e["label"] == "DATE" and e["start"] > heading]
    assert [(e["text"], e["value"]) for e in dates] == [("2021年", "2021")]
    assert out["meta"]["docno"] == "同政办发〔2021〕19号"
