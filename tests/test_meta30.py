"""The record of policy documents as pages print them, round-18 probe (meta30): a portal table
that mixes bar cells and colon labels, an aggregator's place tag before the title, and addressees
that name a body's members (市委各部委办, 市各国家机关) (real lines; addresses in each test)."""

from __future__ import annotations

import govie
from govie.document.portal import read_portal


def _meta(text: str) -> dict:
    return govie.extract(text, model=None).meta


HANYIN = (
    # https://www.hanyin.gov.cn/Content-2331720.html (陕西 汉阴县, 2021)
    "汉阴县人民政府办公室关于印发《汉阴县过渡期统筹整合使用财政涉农资金管理办法》的通知\n"
    "索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |\n"
    "公开责任部门 | 汉阴县人民政府办公室 | 公开形式: | 主动公开 |\n"
    "文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |\n"
    "有效性 | 有效 | 公开日期: | 2021-09-30 01:40 |\n"
    "经县政府常务会议审定同意,现将《汉阴县过渡期统筹整合使用财政涉农资金管理办法》印发给你们,请遵照执行。\n"
    "汉阴县人民政府办公室\n"
    "2021年9月28日\n"
)

BEIJING = (
    # http://chinasbzx.com/article/show?id=9333&nid=4 (北京市, 2023)
    "北京:关于印发《北京市乡村振兴责任制实施细则》的通知\n"
    "(2023年6月21日中共北京市委常委会会议审议批准 2023年7月20日中共北京市委办公厅、北京市人民政府办公厅发布)\n"
    "各区委、区政府,市委各部委办,市各国家机关,各国有企业,各人民团体,各高等院校:\n"
    "经市委、市政府同意,现将《北京市乡村振兴责任制实施细则》印发给你们,请认真遵照执行。\n"
    "中共北京市委办公厅\n"
    "北京市人民政府办公厅\n"
    "2023年7月20日\n"
)


def test_a_table_row_with_bar_cells_and_colon_labels_gives_both():
    fields = read_portal(HANYIN).fields
    assert fields["docno"] == "汉政办发〔2021〕88号"
    assert fields["doc_date"] == "2021年09月28日"
    assert fields["published"] == "2021-09-30 01:40"
    meta = _meta(HANYIN)
    assert meta["docno"] == "汉政办发〔2021〕88号"
    assert meta["doc_date"] == "2021-09-28"


def test_a_place_tag_before_the_title_is_not_part_of_it():
    meta = _meta(BEIJING)
    assert meta["title"] == "关于印发《北京市乡村振兴责任制实施细则》的通知"
    assert meta["doc_issuers"] == ["中共北京市委员会办公厅", "北京市人民政府办公厅"]


def test_addressees_that_name_a_bodys_members():
    meta = _meta(BEIJING)
    assert meta["addressees"] == "各区委、区政府,市委各部委办,市各国家机关,各国有企业,各人民团体,各高等院校"

