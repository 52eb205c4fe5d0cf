"""National DEPT in State Council and ministry texts, round-18 probe (dept37n): real lines of
published pages (addresses in each test)."""

from __future__ import annotations

from .mentions import depts


def test_a_unit_of_the_general_office_stops_before_its_other_bureaus():
    # http://www.chinaacc.com/qtjjfg/hu1604154336.shtml (国办函[2016]38号): 督查室 is the unit,
    # 有关秘书局 the office's other bureaus as a class.
    text = ("二、各有关部门要按照办理要求和时间节点,及时将量化指标任务进展情况(包括具体数额、完成比例和分省数据)"
            "报送国办督查室和有关秘书局。")
    found = depts(text, reference_date="2016-04-06")
    assert ("国办督查室", "国务院办公厅") in found
    assert not [d for d in found if "秘书局" in d[0]]


def test_the_state_councils_staffing_authority_is_one_body():
    # http://law604.infoeach.com/view-NjA0fDI2NA==.html (国务院令第227号, 1997, Art. 3): the regulation
    # names the body by its field, with 机关 where other laws write 部门 or 机构.
    text = "  国务院机构编制管理机关在国务院领导下,负责国务\n院行政机构设置和编制管理的具体工作。"
    found = depts(text, reference_date="1997-08-03")
    assert found[:2] == [("国务院机构编制管理机关", "中央机构编制委员会办公室"), ("国务院", "中华人民共和国国务院")]


def test_the_central_banks_branches_in_every_province_are_a_class():
    # http://law492.infoeach.com/view-NDkyfDUwMTY5.html (银发[1996]294号): the addressee line and a rule.
    text = ("中国人民银行各省、自治区、直辖市分行,计划单列市、经济特区分行;各国有商业银行、政策性银行,中国人民保险公司,"
            "交通银行,中信实业银行,中国光大银行,华夏银行,中国民生银行,中国投资银行,邮电部:\n"
            "对个人发行的大额可转让定期存单利率是否需要上浮,仍由人民银行省级分行决定,但最高上浮幅度为5%。")
    found = depts(text, reference_date="1996-04-30")
    assert found == [("邮电部", "邮电部")]


def test_the_ministrys_offices_in_every_province_are_a_class():
    # http://law669.infoeach.com/view-NjY5fDU4NDU5.html (财建〔2001〕899号): the 抄送 line.
    text = ("  抄送:国家环保总局,各省、自治区、直辖市、计划单列市环境保护局(厅),财政部驻各省、自治区、直辖市、"
            "计划单列市财政监察专员办事处。")
    assert depts(text, reference_date="2001-12-05") == [("国家环保总局", "国家环境保护总局")]


def test_one_branch_of_the_central_bank_stays_a_body():
    # The guide's own example beside the class above: one named branch is one body.
    found = depts("人民银行郑州中心支行召开会议。", reference_date="2020-01-01")
    assert found and found[0][0] == "人民银行郑州中心支行"
