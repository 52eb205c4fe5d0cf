"""Round 15 probe dept24p: DEPT in prefecture-level documents (city notices, 自治州 CPPCC news,
a 盟 notice, city reports; 13 provinces).

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie


def _extract(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return ex


def _depts(text, date):
    return [(e.text, (e.attrs or {}).get("canonical"))
            for e in _extract(text, date).entities if e.label == "DEPT"]


# https://yybnet.net/linxia/news/201610/5555845.html (临夏 2016: the 州 is named once, as 构建和谐临夏)
LINXIA_2016 = ("本报讯(记者\n马博文)10月23日,州政协十一届二十九次常委会召开。州政协主席王正君主持会议并讲话。\n"
               "王正君指出,五年来,州政协十一届常务委员会带领各族各界政协委员紧紧围绕全州中心工作,"
               "切实履行政治协商、民主监督、参政议政职能,为推动全州经济社会发展,构建和谐临夏作出了积极贡献。\n"
               "本报讯(记者马秀梅乔栋明)10月30日,州委召开民主协商会,邀请出席州“两会”的各民主党派、工商联、"
               "宗教界、党外知识分子、非公有制经济界、台属侨眷及其他领域的州人大代表、州政协委员,就此次“两...")


def test_a_prefecture_paper_speaking_as_the_zhou_is_the_prefectures():
    ex = _extract(LINXIA_2016, "2016-10-30")
    assert ex.meta["division"]["name"] == "临夏回族自治州"
    depts = [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]
    # Bare 政协 and 工商联 of a 州's news are the 州's, never the province's.
    assert ("政协", "中国人民政治协商会议临夏回族自治州委员会") in depts
    assert ("工商联", "临夏回族自治州工商业联合会") in depts
    assert ("州委", "中共临夏回族自治州委员会") in depts
    assert not [c for _, c in depts if c and "甘肃省" in c]


def test_a_provincial_text_naming_a_zhou_once_stays_the_provinces():
    # A provincial text (its own voice 全省, 省政府) that names 临夏 once is not the 州's.
    text = ("甘肃省人民政府办公厅关于做好全省春耕生产工作的通知\n各市、自治州人民政府,省政府有关部门:\n"
            "全省各地要抓好春耕生产,临夏等地要做好抗旱准备。省农业农村厅负责。")
    assert _extract(text, "2016-03-01").meta["division"]["name"] == "甘肃省"


def test_a_cppcc_standing_committee_by_its_term_is_one_body():
    depts = _depts(LINXIA_2016, "2016-10-30")
    assert ("州政协十一届常务委员会", "中国人民政治协商会议临夏回族自治州委员会常务委员会") in depts
    # 十一届二十九次常委会 is a meeting of it: 州政协 alone is the body.
    assert depts[0] == ("州政协", "中国人民政治协商会议临夏回族自治州委员会")


# http://paper.kbcmw.com/html/2020-01/16/content_124010.htm (甘孜日报 2020)
def test_a_cppcc_committees_special_committee_is_a_unit_of_it():
    text = ("甘孜日报讯 昨(15)日上午,州政协十三届委员会召开第22次主席会议第二次会议。州政协主席向秋主持会议。\n"
            "审议了政协甘孜州第十三届委员会提案委员会关于十三届四次会议提案审查情况的报告(草案),提请常委会议审议。")
    depts = _depts(text, "2020-01-16")
    assert ("政协甘孜州第十三届委员会提案委员会", "中国人民政治协商会议甘孜藏族自治州委员会") in depts
    assert not [t for t, _ in depts if t.startswith("提案")]


# http://www.lssme.org.cn/zcfg/show.php?itemid=17 (德府发〔2016〕20号)
def test_a_zones_committee_named_in_full_spells_out_its_official_name():
    text = ("德阳市人民政府关于在公共服务领域推广政府和社会资本合作模式的实施意见\n"
            "各县(市、区)人民政府、德阳经济技术开发区管委会、德阳高新技术产业开发区管委会,市级各部门:")
    depts = _depts(text, "2016-11-04")
    assert ("德阳经济技术开发区管委会", "德阳经济技术开发区管理委员会") in depts
    assert ("德阳高新技术产业开发区管委会", "德阳高新技术产业开发区管理委员会") in depts


# http://xjbz.gov.cn/xjbz/bzf/202203/4db4ed491d95475b9bbd2681c395f88b.shtml (巴音郭楞 2022)
def test_a_zones_committee_in_an_autonomous_prefectures_addressees():
    text = ("各县市人民政府,州人民政府各部门、各直属机构,库尔勒经济技术开发区管委会,各园区(开发区)管委会:\n"
            "修订后的《巴音郭楞蒙古自治州人民政府工作规则》已经自治州第十五届人民政府第1次全体会议审议通过,"
            "现印发给你们,自印发之日起施行。\n巴音郭楞蒙古自治州人民政府\n2022年3月9日")
    depts = _depts(text, "2022-03-09")
    assert ("库尔勒经济技术开发区管委会", "库尔勒经济技术开发区管理委员会") in depts
    assert ("州人民政府", "巴音郭楞蒙古自治州人民政府") in depts


def test_a_zones_short_name_still_gives_no_official_name():
    # 经开区 is short: the official name spells the zone out, which the text does not give.
    text = "重庆市人民政府办公厅\n万盛经开区管委会按职责分工负责。"
    assert ("万盛经开区管委会", None) in _depts(text, "2022-01-01")


# http://fdj.changchun.gov.cn/xxgk/zdzwjshgl/202512/t20251230_3456613.html (长房议字〔2025〕11号)
def test_a_citys_construction_authority_by_its_field_after_the_housing_reform():
    text = ("长房议字〔2025〕11号 签发人:赵洪利\n"
            "我市城市体检和城市更新工作由市建设主管部门牵头负责,我局为配合部门。\n"
            "长春市住房保障和房屋管理局\n2025年7月23日")
    assert ("市建设主管部门", "长春市住房和城乡建设局") in _depts(text, "2025-07-23")


def test_a_construction_authority_before_the_reform_keeps_its_old_name():
    text = "长春市人民政府\n2005年3月1日\n由市建设行政主管部门负责。"
    assert ("市建设行政主管部门", "长春市建设局") in _depts(text, "2005-03-01")
