"""Round 14 probe dept21p: DEPT in prefecture-level documents (cities, a 州, a 盟; sub-provincial cities).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
import govie
from govie.link import Linker
from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# http://www.qingdao.gov.cn/zwgk/zdgk/fgwj/zcwj/zfgb/2019_3_4/202010/t20201019_503338.shtml (青政发〔2019〕1号)
QINGDAO_2019 = ("青岛市人民政府\n关于2019年重点办好城乡建设和\n改善人民生活方面10件实事的通知\n青政发〔2019〕1号\n"
                "各区、市人民政府,青岛西海岸新区管委,市政府各部门,市直各单位:\n"
                "(一)实现城镇新增就业30万人。(责任单位:市人力资源社会保障局、市财政局,各区、市政府,青岛高新区管委)")


def test_a_zones_committee_by_its_short_form_guanwei():
    depts = _depts(QINGDAO_2019, "2019-01-29")
    assert ("青岛西海岸新区管委", None) in depts
    assert ("青岛高新区管委", None) in depts  # the zone's official name is not spelled out: null
    assert ("市财政局", "青岛市财政局") in depts


# http://kindlingtouch.com/news/detail/158707.html (青岛市人民政府办公厅 2023, traditional script)
def test_a_zones_committee_short_form_in_traditional_script():
    text = "各區、市人民政府,青島西海岸新區管委,市政府各部門,市直各單位:\n青島市人民政府辦公廳\n2023年1月30日"
    assert ("青島西海岸新區管委", None) in _depts(text, "2023-01-30")


def test_a_committee_member_is_no_zone_committee():
    text = "青岛市人民政府办公厅。青岛高新区管委员工食堂启用。"
    assert not any(t.endswith("管委") for t, _ in _depts(text, "2023-01-30"))


# https://xiexiebang.com/a11/2019051414/5b0a551cd9c3bf1a.html (厦委办发[2006]39号)
def test_a_taiwanese_investment_zones_committee():
    text = ("中共厦门市委办公厅 厦门市人民政府办公厅\n各区委、区政府,市直各部、委、办、局,海沧台商投资区管委会、"
            "火炬高新区管委会、象屿保税区管委会,各人民团体,各有关企事业单位:")
    depts = _depts(text, "2006-06-13")
    assert ("海沧台商投资区管委会", None) in depts
    assert ("火炬高新区管委会", None) in depts


# https://m.fabao365.com/code/law_580906.html (恩施州, 州七届人大一次会议代表议案办理方案, 2012)
ENSHI_2012 = ("恩施市、建始县、巴东县人民政府,州政府有关部门:\n现将《州七届人大一次会议代表议案办理方案》印发给你们,请认真组织实施。\n"
              "二〇一二年三月一日\n州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。"
              "州发改委、州旅游委、州财政局、州国土局、州水利水产局、州环保局、巴东县政府、建始县政府、恩施市政府为协办单位。")


def test_a_bare_alias_in_a_prefectures_document_is_not_the_provinces_department():
    depts = _depts(ENSHI_2012, "2012-03-01")
    assert ("州发改委", "恩施土家族苗族自治州发展和改革委员会") in depts
    assert not any(c == "湖北省旅游发展委员会" for _, c in depts)


# https://www.hgds.gov.cn/hegang/hzf/202505/74521.shtml (鹤政发〔2025〕4号)
def test_the_party_committees_numbered_standing_meeting_is_no_congress_committee():
    text = ("鹤岗市人民政府 鹤岗市中级人民法院印发\n关于完善“府院联动”机制的意见的通知\n"
            "《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过,"
            "并经市委十三届第94次常委会会议审议通过,现印发给你们,请认真贯彻执行。")
    depts = _depts(text, "2025-04-30")
    assert ("市委", "中共鹤岗市委员会") in depts
    assert not any(c == "鹤岗市人民代表大会常务委员会" for _, c in depts)


def test_the_congress_standing_meeting_stays():
    text = "鹤岗市人民政府。经市人大常委会第94次常委会会议审议通过。"
    assert ("市人大常委会", "鹤岗市人民代表大会常务委员会") in _depts(text, "2025-04-30")


# http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gzxx/202010/t20201016_350239.shtml (青岛 2017):
# 市发展改革委、市经济信息化委、市财政局、市农委、市商务局、市环保局、市金融工作办、市国税局、市地税局
# http://dsyjs.yun.liuzhou.gov.cn/lzdsj/201402/t20140225_640345.htm (柳州 2013): 听取市咨询委关于…的报告
def test_a_short_form_no_type_expands_is_linked_null_not_composed():
    linker = Linker()
    assert linker.link("市金融工作办", jurisdiction="370200").canonical is None  # not 青岛市金融工作办
    assert linker.link("市咨询委", jurisdiction="450200").canonical is None  # not 柳州市咨询委
    assert linker.places("市金融工作办")  # the model's span is kept, with a null canonical
    assert linker.link("市侨办", jurisdiction="370200").canonical == "青岛市侨务办公室"  # a type's short form
    assert linker.link("市发改委", jurisdiction="370200").canonical == "青岛市发展和改革委员会"
