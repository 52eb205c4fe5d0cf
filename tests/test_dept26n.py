"""Round 15 probe dept26n: DEPT and the record in full State Council texts, to their ends
(signatures, member lists, attached reports). Source of every quote: GitHub ZhouYNF/platform-1,
db/ge_policy_raw20190217.sql @2197df553eee3b0bc9989d91addadf2f4227fddc (www.gov.cn pages)."""
import govie
from .mentions import depts


def _depts(text, date, model=None):
    return depts(text, reference_date=date, model=model)


# http://www.gov.cn/zhengce/content/2018-12/24/content_5351718.htm (国办发〔1996〕25号), its ends.
JOINT = ("国务院办公厅、中央军委办公厅\n关于加强对侵华日军遗弃化学武器\n调查和管理工作的通知\n国办发〔1996〕25号\n"
         "沈阳、北京、兰州、济南、南京、广州军区：\n"
         "一、日军遗弃化学武器是历史遗留问题，敏感性、专业性较强，情况复杂。\n"
         "国务院办公厅 中央军委办公厅\n一九九六年六月二十九日")


def test_the_military_commission_s_general_office_is_its_own_body():
    # Before: 中央军委办公厅 → 中央军事委员会 (the commission), and so the record's second issuer.
    depts = _depts(JOINT, "1996-06-29")
    assert depts.count(("中央军委办公厅", "中央军事委员会办公厅")) == 2
    ex = govie.extract(JOINT, reference_date="1996-06-29", model=None)
    assert ex.meta["doc_issuers"] == ["国务院办公厅", "中央军事委员会办公厅"]
    assert ex.meta["docno"] == "国办发〔1996〕25号" and ex.meta["doc_date"] == "1996-06-29"


# http://www.gov.cn/zhengce/content/2018-12/03/content_5345459.htm (国办函〔2005〕57号, 国家粮食应急预案)
MEMBERS = ("成员：公安部、财政部、铁道部、交通部、农业部、商务部、工商总局、质检总局、国家统计局、国务院新闻办、"
           "中国农业发展银行、中国储备粮管理总公司有关负责人。")
OWNED = "市场监测应充分利用各部门所属信息中心等单位现有的信息资源，加强信息整合，实现信息共享。"
PUNISHED = "6.4.2 有下列行为之一的，依照国家有关法律法规处理。"


def test_a_state_firm_before_its_officials_is_no_unit_of_the_body_listed_before_it():
    # Before: 中国储备粮管理总公司 a DEPT linked to 国家统计局 (read as a 司 before 有关负责人).
    depts = _depts(MEMBERS, "2005-06-11")
    assert ("国务院新闻办", "国务院新闻办公室") in depts
    assert not any("公司" in t for t, _ in depts)


def test_a_centre_owned_by_every_department_is_a_class():
    # Before: 信息中心 → 国家粮食局 (the body named last before it).
    assert _depts(OWNED, "2005-06-11") == []


def test_the_verb_chuli_is_no_regulations_division():
    # Before: 法规处 (a unit word) inside 法律法规处理.
    assert _depts(PUNISHED, "2005-06-11") == []
    # Guard: a division of that name after its department stays one.
    assert [t for t, _ in _depts("省司法厅法规处负责。", "2005-06-11")] == ["省司法厅法规处"]
