"""Round 14 probe dept22p: DEPT in prefecture-level documents (second pass; cities, 自治州 and a 地区
of 15 provinces not used by dept21p).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
from .mentions import depts


def _depts(text, date):
    return depts(text, reference_date=date, model=None)


# http://www.guang-an.gov.cn/gasrmzfw/szfcwhy/2018-07/19/content_da20aed85aa54447aeb5663adf4eb3be.shtml
GUANGAN_2018 = ("发布日期:2018-07-19 09:05:06 来源:广安市人民政府办公室\n"
                "市政府办公室主任、副秘书长,市发展改革委、市经济和信息化委、市财政局、市环境保护局、市审计局、"
                "市统计局、市质监局、市投资促进委、市政府新闻办、市政府研究室、市政府法制办、市政府金融办、"
                "市政府督查室、市政府信息公开办主要负责人,与议题直接相关的市级部门(单位)主要负责人列席会议。")


def test_a_governments_offices_by_short_forms_with_zhengfu():
    depts = _depts(GUANGAN_2018, "2018-07-19")
    assert ("市政府新闻办", "广安市人民政府新闻办公室") in depts
    assert ("市政府金融办", "广安市人民政府金融工作办公室") in depts
    # No lexicon form: the office as one span, its name unknown (never the bare 市政府).
    assert ("市政府信息公开办", None) in depts
    assert ("市政府", "广安市人民政府") not in depts


def test_an_abbreviation_in_a_citys_list_of_bodies():
    depts = _depts(GUANGAN_2018, "2018-07-19")
    assert ("市投资促进委", None) in depts  # no lexicon expands it: a body, name unknown
    assert ("市经济和信息化委", "广安市经济和信息化委员会") in depts


# http://www.pmhr.net/gasrmzfw/zfwj/zfcwhy.shtml (广安, traditional script)
def test_a_governments_office_in_a_list_in_traditional_script():
    text = ("來源:廣安市人民政府辦公室\n市政府辦公室主任、副秘書長、辦公室副主任,市發展改革委、市司法局、市財政局、"
            "市生態環境局、市審計局、市政府研究室、市政府信息公開辦、市政府督查室以及與議題直接相關的其他部門(單位)"
            "主要負責人列席會議。")
    depts = _depts(text, "2020-06-01")
    assert ("市政府信息公開辦", None) in depts
    assert ("市政府", "广安市人民政府") not in depts


# http://www.ybzx.gov.cn/zhuanweihuidongtai/tianwei/2013-09-06/1889.html (延边州政协, 2013)
def test_an_unlisted_bureau_in_a_list_of_city_bodies():
    text = ("调研组到延吉市视察了延吉高铁西站等项目建设情况,延吉市主管副市长汇报了项目建设和经济运行情况,"
            "市发改委、市经济局和两区相关领导介绍了相关情况。")
    names = [t for t, _ in _depts(text, "2013-08-30")]
    assert "市经济局" in names


def test_a_city_level_word_is_no_list_item():
    # Guard: 市级 and 市域 open no body (市级部门 is a class).
    text = "市发改委、市级有关部门和市域内各单位负责同志参加。"
    names = [t for t, _ in _depts(text, "2020-01-01")]
    assert not any(n.startswith(("市级", "市域")) for n in names)


# http://m.dg-xinl.com/html/2012/ponews_1020/66495.shtml (黔东南州, 2012, traditional script)
def test_the_family_planning_commission_by_its_short_form():
    text = ("會上廖飛指出,在黔東南,人力資源是第一大資源。三是州教育局、州民政局、州扶貧辦和州計生委要對貧困人口"
            "戶口名單進行認真核對。")
    names = [t for t, _ in _depts(text, "2012-10-20")]
    assert "州計生委" in names


# https://www.huzhou.gov.cn/art/2017/3/4/art_1229213811_54819377.html (湖州, 2017)
def test_a_local_party_committees_term_in_its_full_name():
    text = ("中国共产党湖州市第八届委员会3月4日下午举行第一次全体会议。\n"
            "会议审议通过了中国共产党湖州市第八届纪律检查委员会第一次全体会议选举结果的报告。")
    depts = _depts(text, "2017-03-04")
    assert ("中国共产党湖州市第八届委员会", "中共湖州市委员会") in depts
    assert ("中国共产党湖州市第八届纪律检查委员会", "中共湖州市纪律检查委员会") in depts


# http://www.nxgy.gov.cn/zwgk/zfxxgkml/yjgl/201708/t20170808_388009.html (固原, 2016)
def test_a_citys_zhengfuban_is_not_guessed_as_its_bangongting():
    text = ("索 引 号 640400001/2016-14852 发文时间 2016-07-04\n发布机构 固原市政府办 文 号\n"
            "标 题: 固原市草原火灾应急预案\n在固原市人民政府的统一领导下,实行属地管理、分级负责。")
    depts = _depts(text, "2016-07-04")
    # The page writes neither office; 固原 is no provincial capital nor a city listed in the plan, whose
    # office alone may be a 办公厅, so its 政府办 is its 办公室 (probe dept48c).
    assert ("固原市政府办", "固原市人民政府办公室") in depts


# http://cqyfdl.com/art/2024/3/11/art_15702_4151515.html (抚州 2024 政府工作报告, page head; probe dept21p t05)
def test_a_citys_zhengfuban_takes_the_office_the_document_writes():
    text = ("索 引 号:FZ0001/2024-54344\n发文机关: 市政府办公室\n成文日期: 2024-03-11\n政府工作报告(2024年)\n"
            "来源: 市政府办\n2024年2月27日在抚州市第五届人民代表大会第四次会议上\n市长 高世文\n各位代表:")
    depts = _depts(text, "2024-03-11")
    assert ("市政府办", "抚州市人民政府办公室") in depts


def test_a_provinces_zhengfuban_stays_its_bangongting():
    # Guard: a province's office is always a 办公厅 (dev's 广东/重庆 pages).
    text = "广东省人民政府。省政府办负责统筹。"
    assert ("省政府办", "广东省人民政府办公厅") in _depts(text, "2020-01-01")


# http://www.ynmm.gov.cn/art/WebArtInfo/695/?p=124 (民盟红河州委, 2024)
def test_a_democratic_partys_committee_by_its_term_is_no_body():
    text = ("4月2日,民盟红河州第四届委员会第六次全体(扩大)会议在蒙自举行。红河州人民政府副州长、民盟红河州委主委许高红"
            "出席会议。中共红河州委统战部民主党派科科长刘波涛列席会议。")
    depts = _depts(text, "2024-04-07")
    assert not any("第四届委员会" in t for t, _ in depts)
    assert ("中共红河州委统战部民主党派科", "中共红河哈尼族彝族自治州委员会统一战线工作部") in depts


# http://tyminjin.gov.cn/detail/2013-4-27/20134271141575336.htm (民进太原市委, 2013)
def test_shiweihui_in_a_democratic_partys_news_is_not_the_cpc_committee():
    text = ("应邀出席会议的还有市委会对口联系的政府工作部门市卫生局、市教育局、市文广新局领导。\n"
            "张政主委在讲话中指出,2012年,市委会在民进山西省委、中共太原市委、市政府及社会各界的关怀支持下,"
            "认真履行参政党职能。")
    depts = _depts(text, "2013-04-27")
    assert [t for t, _ in depts if t == "市委"] == []
    assert ("中共太原市委", "中共太原市委员会") in depts


def test_the_cpc_committees_meeting_stays():
    # Guard: 市委会议 is the CPC committee's meeting, even beside a democratic party.
    text = "民进太原市委负责同志列席了市委会议。"
    assert ("市委", "中共太原市委员会") in _depts(text, "2013-04-27")
