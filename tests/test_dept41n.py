"""Probe dept41n: national bodies in national news (CPPCC, courts, spokespersons' lists, 药审)."""
import govie


def _depts(text, ref):
    r = govie.extract(text, reference_date=ref, model=None)
    return [(e.text, e.canonical) for e in r.entities if e.label == "DEPT"]


CPPCC = "中国人民政治协商会议全国委员会"

# http://93.gov.cn:80/xwjc-ddhzdt/258315.html (2017-02-27)
ZX = ("新华社北京2月27日电 政协第十二届全国委员会常务委员会第十九次会议27日在京开幕。会议审议通过了关于召开政协第十二届"
      "全国委员会第五次会议的决定;听取了关于政协全国委员会常务委员会工作报告(草案)起草情况的说明。\n"
      "全国政协副主席兼秘书长张庆黎,全国政协提案委员会主任孙淦,分别就上述议题作了说明。\n"
      "经济委员会主任周伯华、人口资源环境委员会主任贾治邦、外事委员会主任潘云鹤、文史和学习委员会主任王太华,"
      "分别汇报了本委员会2016年度工作情况。")


def test_national_cppcc_written_in_full_is_one_span():
    got = _depts(ZX, "2017-02-27")
    assert ("政协第十二届全国委员会常务委员会", CPPCC + "常务委员会") in got
    assert ("政协第十二届全国委员会", CPPCC) in got
    assert ("政协全国委员会常务委员会", CPPCC + "常务委员会") in got
    assert ("政协", CPPCC) not in got  # before: only 政协 of each full name


def test_cppcc_special_committees_alone_are_its_units():
    got = _depts(ZX, "2017-02-27")
    for name in ("经济委员会", "人口资源环境委员会", "外事委员会", "文史和学习委员会"):
        assert (name, CPPCC) in got
    # before: 外事委员会 → 全国人民代表大会外事委员会, a body the text does not name
    assert not any(c and c.startswith("全国人民代表大会") for _, c in got)


def test_npc_foreign_affairs_committee_unchanged():
    t = "全国人大常委会委员长会议听取了外事委员会关于代表团访问情况的报告。"
    assert ("外事委员会", "全国人民代表大会外事委员会") in _depts(t, "2017-02-27")


# http://xpshebei.com/content/2020-02/05/content_30154895.htm (2020-02-05, traditional script)
FY = ("2018年3月,原國土資源部和國家海洋局等部門職責整合,組建自然資源部。"
      "2018年新組建的國家移民管理局新聞發言人也由1人增至2人,分別為外國人管理司司長陳斌和綜合司副司長孟小援。")


def test_former_prefix_covers_the_list():
    got = dict(_depts(FY, "2020-02-05"))
    assert got["國家海洋局"] == "国家海洋局"  # before: 自然资源部, its successor
    assert got["自然資源部"] == "自然资源部"


def test_department_before_its_heads_post_after_wei_and_he():
    got = _depts(FY, "2020-02-05")
    assert ("外國人管理司", "国家移民管理局") in got
    assert ("綜合司", "国家移民管理局") in got


def test_supreme_court_units_are_one_span():
    # http://www.yinyuepx.com.cn/wuji3-rwe7md/732.html (2020-01-25)
    t = "在新春佳节即将到来之际,最高人民法院新闻局联合“最高人民法院”微信公众号,隆重推出专题策划。"
    got = _depts(t, "2020-01-25")
    assert ("最高人民法院新闻局", "最高人民法院") in got
    # http://m.yestaryl.com/law/1/13005.html (2017-11-01)
    t = "審議通過48個司法改革文件,其中涉及司法責任制改革、立案登記制改革、設立最高人民法院巡回法庭等法院領域的重要改革方案31個。"
    assert ("最高人民法院巡回法庭", "最高人民法院") in _depts(t, "2017-11-01")


def test_drug_evaluation_centre_of_its_year():
    # http://m.yaozui.com/p/213207 (2017-03-17)
    t = ("2016年,在国家食品药品监督管理总局(以下简称总局)的坚强领导下,药品审评中心(以下简称药审中心)紧紧围绕"
         "相关要求,不断推进审评制度改革。\n药审中心通过加强审评项目管理,不断提高审评效率和质量。")
    got = _depts(t, "2017-03-17")
    assert ("药品审评中心", "国家食品药品监督管理总局药品审评中心") in got
    assert ("药审中心", "国家食品药品监督管理总局药品审评中心") in got
    assert ("药审中心", "国家药品监督管理局药品审评中心") in _depts("药审中心发布年度报告。", "2021-06-01")
