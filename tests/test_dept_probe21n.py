"""Round 14 probe dept21n: national DEPT (joint-meeting and leading-group texts, the 2018 central
commissions, old ministry notices).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
import govie
from .mentions import depts


def _depts(text, date, model=None):
    return depts(text, units=True, reference_date=date, model=model)


# https://pltyw.com/showinfo-92-50410-0.html: 国办函〔2020〕52号, 网络市场监管部际联席会议制度 (2020-07-08)
JOINT_MEETING_OFFICE = "联席会议办公室设在市场监管总局,承担联席会议日常工作。办公室主任由市场监管总局有关司局负责同志兼任。"


def test_unnamed_units_after_a_body_are_not_its_unit():
    # Before: 市场监管总局有关司局 was one span with unit 有关司局.
    depts = _depts(JOINT_MEETING_OFFICE, "2020-07-08")
    assert [d[0] for d in depts].count("市场监管总局") == 2
    assert all(d == ("市场监管总局", "国家市场监督管理总局", None) for d in depts)


def test_a_named_unit_still_joins_its_ministry():
    # The same notices name real units: a 司 after its ministry stays one span with its unit.
    assert _depts("由财政部条法司负责。", "2020-07-08") == [("财政部条法司", "财政部", "条法司")]


# http://law153.infoeach.com/view-MTUzfDQ2MDA0.html: 财政部、司法部 on returning the "两金" (1990)
TWO_FUNDS = ("对地市级劳改劳教单位的“两金”如何返还,由省(自治区、直辖市)财政厅(局)和劳改劳教主\n"
             "管部门商定。")


def test_a_department_after_bracketed_level_words_is_a_class():
    # 省(自治区、直辖市)财政厅 is every province's finance department, as 省（区、市） already was.
    assert _depts(TWO_FUNDS, "1990-06-01") == []


# https://opnir.cn/2018/03/central-leading-group-for-cyberspace-affairs-change-to-committee.html (2018-03)
CAC_REFORM = ("2018年3月中共中央印发《深化党和国家机构改革方案》,为加强党中央对涉及党和国家事业全局的重大工作的集中统一领导,"
              "强化决策和统筹协调职责,将中央网络安全和信息化领导小组改为中央网络安全和信息化委员会,负责相关领域重大工作的"
              "顶层设计、总体布局、统筹协调、整体推进、督促落实。")
CAC_CENTRE = "将国家计算机网络与信息安全管理中心由工业和信息化部管理调整为由中央网络安全和信息化委员会办公室管理。"


def test_the_2018_central_commission_is_not_its_office():
    # Before: rules-only missed the commission; the model's span was linked to its office.
    canon = {d[0]: d[1] for d in _depts(CAC_REFORM, "2018-03-21")}
    assert canon["中央网络安全和信息化委员会"] == "中央网络安全和信息化委员会"
    assert canon["中共中央"] == "中国共产党中央委员会"
    canon = {d[0]: d[1] for d in _depts(CAC_REFORM, "2018-03-21", model=govie.pipeline.BUNDLED_MODEL)}
    assert canon["中央网络安全和信息化委员会"] == "中央网络安全和信息化委员会"


def test_the_cyberspace_centre_is_its_own_body():
    canon = {d[0]: d[1] for d in _depts(CAC_CENTRE, "2018-03-21")}
    assert canon == {"国家计算机网络与信息安全管理中心": "国家计算机网络与信息安全管理中心",
                     "工业和信息化部": "工业和信息化部",
                     "中央网络安全和信息化委员会办公室": "中央网络安全和信息化委员会办公室"}


# https://soolun.net/periodical/fc91d0d84eccdc54171d2245fa14c572.html: notice to the handicraft
# cooperatives' unions after 国办发[2000]81号
HANDICRAFT = ("国务院办公厅2000年12月23日《关于印发国家经贸委管理的国家局机构改革和国家经贸委机关内设机构调整方案的通知》"
              "(国办发[2000]81号)已明确“保留中华全国手工业合作总社牌子,与中国轻工业行业协会联合会合署办公”,"
              "保留了中华全国手工业合作总社的机构。")


def test_the_national_handicraft_cooperative_union():
    depts = _depts(HANDICRAFT, "2001-01-15")
    assert [d[:2] for d in depts].count(("中华全国手工业合作总社", "中华全国手工业合作总社")) == 2
    assert ("国务院办公厅", "国务院办公厅", None) in depts


# https://zh.wikisource.org/zh/国务院办公厅关于成立国家新材料产业发展领导小组的通知 (国办发〔2016〕97号)
def test_the_natural_science_foundation_in_a_members_list():
    depts = _depts("高瑞平 自然科学基金会副主任\n张克俭 国防科工局副局长", "2016-12-23")
    assert [d[:2] for d in depts] == [("自然科学基金会", "国家自然科学基金委员会"), ("国防科工局", "国家国防科技工业局")]
