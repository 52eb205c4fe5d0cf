"""Round 15 probe dept24n: national DEPT (leading groups and joint meetings, joint notices,
国发〔2003〕9号 on the national bureaus, a 2019 民政部 briefing).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
from .mentions import depts


def _depts(text, date, model=None):
    return depts(text, reference_date=date, model=model)


# http://mkcnfr.com/c/2017-01-24/1307778.shtml (人民政协网 2017-01-24, traditional script)
JOINT_MEETING = "加強重大疾病防治。發揮國務院防治重大疾病工作部際聯席會議作用,密切部門協作"


def test_the_state_council_inside_a_joint_meeting_s_name_stays_a_dept():
    # Guard: dev gold marks 国务院 in 报告国务院深化医药卫生体制改革领导小组 (sc19-4); the group itself
    # is no DEPT (guide v2), the State Council it is named after is.
    assert _depts(JOINT_MEETING, "2017-01-24", model=None) == [("國務院", "中华人民共和国国务院")]


# http://law74.infoeach.com/view-NzR8NjUxNjM=.html (财政部、中国人民银行、中国证监会, 国债券卖空)
ADDRESSEES = "各省、市、自治区财政厅(局)及人民银行各分行,上海证券交易所、深圳证券交易所、武汉证券交易中心:"


def test_each_branch_of_the_central_bank_is_a_class():
    # Before: 人民银行 → 中国人民银行 (the bank itself is not addressed).
    assert _depts(ADDRESSEES, "1995-01-01", model=None) == []


# https://www.hainan.gov.cn/data/zfgb/2019/10/6517 (国发〔2003〕9号)
SECRECY = "(国家保密局与中央保密委员会办公室,一个机构两块牌子,列入中共中央直属机关的下属机构。"


def test_the_secrecy_committee_s_office_is_the_secrecy_bureau():
    # Before: 中央保密委员会办公室 missed (rules) or null (model).
    depts = _depts(SECRECY, "2003-03-21", model=None)
    assert ("中央保密委员会办公室", "国家保密局") in depts


# http://changan.xinxingaid.org.cn/blog/_60232_230020.html (民政部 briefing, 2019-05-27)
TEN_BODIES = "民政部联合教育部、公安部、司法部、财政部、人力资源社会保障部、国务院妇儿工委办公室、共青团中央、全国妇联、中国残联等十部门"


def test_a_listed_committee_s_short_office_name_gets_its_full_name():
    # Before: 国务院妇儿工委办公室 was linked as written.
    depts = dict(_depts(TEN_BODIES, "2019-05-27", model=None))
    assert depts["国务院妇儿工委办公室"] == "国务院妇女儿童工作委员会办公室"
    assert depts["共青团中央"] == "中国共产主义青年团中央委员会"
