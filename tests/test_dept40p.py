"""Probe dept40p: provincial bodies in provincial news and notices outside 四川 and 广东."""
import govie


def _depts(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]


# https://www.zjtcn.com/baike/gsslyhcyj6966222 (甘肃省林业和草原局 挂牌, 2018-11-01)
GANSU = ("甘肃省林业和草原局\n\n甘肃省林业和草原局是将省林业厅的职责,以及省农牧厅的草原监督管理职责,省国土资源厅、省住房和"
         "城乡建设厅、省水利厅、省农牧厅等部门的自然保护区、风景区、自然遗产、地质公园等管理职责整合,组建省林业和草原局,"
         "作为省政府直属机构,由省自然资源厅统一领导和管理,加挂省绿化委员会办公室、大熊猫祁连山国家公园甘肃省管理局牌子。")


def test_gansu_farming_and_herding_department_is_gansus_own():
    got = _depts(GANSU, "2018-11-01")
    # Before: 农牧厅 without its 省, linked to 内蒙古自治区农牧厅.
    assert got.count(("省农牧厅", "甘肃省农牧厅")) == 2
    assert not any(c and "内蒙古" in c for _, c in got)


def test_reform_sources_in_a_list_keep_their_former_names():
    got = dict(_depts(GANSU, "2018-11-01"))
    # Before: 省国土资源厅 → 甘肃省自然资源厅, its successor, though the sentence names its former duties.
    assert got["省国土资源厅"] == "甘肃省国土资源厅"
    assert got["省自然资源厅"] == "甘肃省自然资源厅"


def test_unlisted_committee_office_is_its_own_body():
    got = dict(_depts(GANSU, "2018-11-01"))
    # Before: 甘肃省绿化委员会 (the committee, with 办公室 as its unit).
    assert got["省绿化委员会办公室"] == "甘肃省绿化委员会办公室"


# http://www.hhclub.cn/news/view-204342.html (云南省林业和草原局挂牌, 2018-11-09; glossed traditional script)
YUNNAN = ("根據(jù)《云南省機構(gòu)改革方案》,省林業(yè)和草原局作為省政府正廳級直屬機構(gòu),將省林業(yè)廳的職責(zé),"
          "省農(nóng)業(yè)廳的草原監(jiān)督管理職責(zé),以及此前由省國土資源廳、省住房和城鄉(xiāng)建設(shè)廳、省水利廳、省農(nóng)業(yè)廳、"
          "省環(huán)境保護廳等機構(gòu)管理的29處自然保護區(qū)、66處風(fēng)景名勝區(qū)、3處自然遺產(chǎn)、13處地質(zhì)公園的管理職責(zé)整合。")


def test_reform_list_in_glossed_traditional_text():
    got = _depts(YUNNAN, "2018-11-10")
    assert ("省國土資源廳", "云南省国土资源厅") in got
    assert ("省環(huán)境保護廳", "云南省环境保护厅") in got
    assert got.count(("省農(nóng)業(yè)廳", "云南省农业厅")) == 2


# http://iosapp77.com/news/view/1927069.html (山西 省政协 常委会议, 2018-01-18)
SHANXI = ("1月18日,省政協(xié)十一屆二十七次常委會議完成各項(xiàng)議程后閉幕。審議通過了關(guān)于召開政協(xié)第十二屆山西省委員會"
          "第一次會議的決定;十一屆省政協(xié)常委會工作報(bào)告、提案工作情況報(bào)告;關(guān)于授權(quán)主席會議審議政協(xié)第十一屆山西省委員會"
          "常務(wù)委員會第二十七次會議未盡事宜的決定。")


def test_cppcc_standing_committee_with_its_term():
    got = _depts(SHANXI, "2018-01-18")
    standing = "中国人民政治协商会议山西省委员会常务委员会"
    # Before: 省政協(xié)常委會 without its term, and 政協…山西省委員會 without 常務委員會.
    assert ("十一屆省政協(xié)常委會", standing) in got
    assert ("政協(xié)第十一屆山西省委員會常務(wù)委員會", standing) in got


def test_term_before_a_congress_level():
    got = _depts("河南省召开会议。会议通过了十三届省人大常委会工作报告。", "2018-01-27")
    assert ("十三届省人大常委会", "河南省人民代表大会常务委员会") in got


# https://law.esnai.com/do.aspx?action=show&controller=home&lawid=198273 (陕税发[2021]1号)
SHAANXI = ("发文部门: 国家税务总局陕西省税务局\n发文内容:\n\n国家税务总局各设区市、杨凌示范区、西咸新区、韩城市税务局,省局各派出机构,"
           "局内各单位:\n  为深入学习贯彻党的十九届五中全会和省委十三届八次全会精神,全面落实省委、省政府关于加快文化强省建设的工作部署")


def test_tax_administration_before_its_bureaus_is_no_body():
    got = _depts(SHAANXI, "2021-01-05")
    assert ("国家税务总局", "国家税务总局") not in got
    assert ("韩城市税务局", "国家税务总局韩城市税务局") in got
    assert ("国家税务总局陕西省税务局", "国家税务总局陕西省税务局") in got
