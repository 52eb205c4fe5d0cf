"""Round 20 probe dept46n: national DEPT in State Council replies and letters setting up joint
meetings (部际联席会议) and their member lists, 2008-2023. Every quote names its source."""
from .mentions import depts


def _depts(text, date, units=False):
    return depts(text, reference_date=date, units=units)


# big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2016-04/05/content_5061434.htm (國辦函〔2016〕30號's 27 members).
LIUSHOU = ("新華社北京4月5日電 中國政府網5日發佈文件,經國務院同意,由民政部等27個部門建立農村留守兒童關愛保護工作部際聯席會議制度。\n"
           "據介紹,組成聯席會議的27個部門和單位分別是:民政部、中央綜治辦、中央農辦、中央網信辦、發展改革委、教育部、"
           "婦兒工委辦公室、扶貧辦、全國人大常委會法工委、最高人民法院、全國總工會、共青團中央、全國婦聯、中國殘聯和關工委。")


def test_member_bodies_of_a_2016_joint_meeting():
    # Before: 中央綜治辦 not found; 婦兒工委辦公室 and 關工委 found with no canonical; 中央網信辦 linked to
    # the commission's office, set up only in 2018.
    found = _depts(LIUSHOU, "2016-04-05")
    assert ("中央綜治辦", "中央社会治安综合治理委员会办公室") in found
    assert ("中央網信辦", "中央网络安全和信息化领导小组办公室") in found
    # A deliberative committee's office is its standing body (as dev's 国家教材委员会办公室).
    assert ("婦兒工委辦公室", "国务院妇女儿童工作委员会办公室") in found
    assert ("關工委", "中国关心下一代工作委员会") in found
    assert ("中國殘聯", "中国残疾人联合会") in found


def test_the_cyberspace_office_after_the_2018_reform():
    # tests/test_linker.py holds the undated name; a dated one follows the reform of 2018-03-21.
    text = "国务院办公厅关于同意建立制度的函\n联席会议由中央网信办、工业和信息化部组成。\n国务院办公厅\n2019年5月6日"
    assert ("中央网信办", "中央网络安全和信息化委员会办公室") in _depts(text, "2019-05-06")


# news.fjsen.com/2022-08/19/content_31112734.htm (国办函〔2022〕77号 and its 附件).
SHENGYU = ("国务院同意建立由国务院领导同志牵头负责的国务院优化生育政策工作部际联席会议制度。"
           "国家卫生和计划生育委员会计划生育兼职委员制度同时撤销。\n"
           "联席会议由国家卫生健康委、外交部、国家发展改革委、市场监管总局、广电总局、国家医保局、全国总工会、共青团中央、"
           "全国妇联、中国计划生育协会等26个部门和单位组成,国家卫生健康委为牵头单位。")


def test_a_former_commission_whose_system_is_abolished_after_it():
    # Before: 国家卫生和计划生育委员会 → its successor 国家卫生健康委员会, a body the sentence does not name.
    found = _depts(SHENGYU, "2022-07-28")
    assert ("国家卫生和计划生育委员会", "国家卫生和计划生育委员会") in found
    assert found.count(("国家卫生健康委", "国家卫生健康委员会")) == 2


def test_the_family_planning_association_is_a_people_s_organization():
    # Before: 中国计划生育协会 was an ORG, beside 全国妇联 in the members' list.
    found = _depts(SHENGYU, "2022-07-28")
    assert ("中国计划生育协会", "中国计划生育协会") in found
    assert ("全国妇联", "中华全国妇女联合会") in found


def test_a_current_body_before_abolished_keeps_its_own_name():
    # The rule reads only bodies already gone: a body of the day that abolishes something stays itself.
    text = "国务院办公厅关于调整的通知\n民政部原有的评比项目同时撤销。\n国务院办公厅\n2022年7月28日"
    assert ("民政部", "民政部") in _depts(text, "2022-07-28")
