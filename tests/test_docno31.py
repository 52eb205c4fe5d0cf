"""DOCNO spans and issuers in city and county documents: a department code whose one-character
division prefix no table lists (永财预: never 财政部's), and a portal row whose cells mix labels with
and without a colon (probe docno31).

Each case quotes a real text; its address is in the comment above it."""

from __future__ import annotations

import govie
from govie.document.portal import read_portal

from .mentions import docnos

# http://www.shigr.com/zwgkyd2019/jyxx/201911/7a0ce3cb90114430960096cce26dbda2.shtml (永州市, 湖南, 2019)
YONGZHOU = ("        關于下達2019年城鄉義務教育經費保障機制中央、省級資金的通知\n        • 2019-04-26 17:06\n\n"
            "        永財預〔2019〕9號\n\n        永州市財政局  永州市教育局\n\n"
            "        關于下達2019年城鄉義務教育經費保障機制中央、省級資金的通知\n\n        區財政局、教育局:\n\n"
            "        根據《湖南省財政廳 湖南省教育廳關于提前下達2019年城鄉義務教育經費保障機制改革中央和省級資金預計數的通知》"
            "(湘財預〔2018〕184號)精神,經研究,現以2018年教育事業統計數據為依據,下達你區資金。\n")

# https://www.hanyin.gov.cn/Content-2331720.html (汉阴县, 陕西, 2021)
HANYIN = ("汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知\n"
          "索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |\n"
          "公开责任部门 | 汉阴县人民政府办公室 | 公开形式: | 主动公开 |\n"
          "文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |\n"
          "有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n政策解读: |\n|\n"
          "为贯彻落实中共中央、国务院关于巩固拓展脱贫攻坚成果同乡村振兴有效衔接精神和省市县决策部署,根据财政部等11部门"
          "《关于继续支持脱贫县统筹整合使用财政涉农资金工作的通知》(财农〔2021〕22号)、陕西省财政厅等11部门"
          "《关于印发〈过渡期脱贫县统筹整合使用财政涉农资金工作实施细则〉的通知》(陕财办农〔2021〕38号)等文件精神,"
          "经县政府常务会议审定同意,现将《汉阴县过渡期统筹整合使用财政涉农资金管理办法》印发给你们,请遵照执行。\n"
          "汉阴县人民政府办公室\n2021年9月28日\n")


def test_unlisted_city_prefix_before_a_department_code_is_local():
    # 永 opens no listed prefix; 财预 alone is 财政部's, 永财预 is 永州市财政局's, named under the number.
    assert docnos(YONGZHOU) == [("永財預〔2019〕9號", "永州市财政局"), ("湘財預〔2018〕184號", "湖南省财政厅")]


def test_unlisted_prefix_without_a_named_body_gets_no_central_issuer():
    # The page's head down to the number, before the line that names the body: the span is whole
    # and the issuer null, never the ministry the bare code 财预 would name.
    head = YONGZHOU[: YONGZHOU.index("永州市財政局")]
    assert docnos(head) == [("永財預〔2019〕9號", None)]


def test_a_ministry_code_after_a_bracket_stays_central():
    # 财农〔2021〕22号 of HANYIN is 财政部's: a bracket, not a prefix, stands before it.
    assert ("财农〔2021〕22号", "财政部") in docnos(HANYIN)
    assert ("陕财办农〔2021〕38号", "陕西省财政厅") in docnos(HANYIN)


def test_portal_row_mixing_bare_and_colon_labels_gives_the_number():
    assert read_portal(HANYIN).fields["docno"] == "汉政办发〔2021〕88号"
    meta = govie.extract(HANYIN, reference_date="2021-09-28").to_dict()["meta"]
    assert meta["docno"] == "汉政办发〔2021〕88号"
    assert meta["doc_issuer"] == "汉阴县人民政府办公室"
