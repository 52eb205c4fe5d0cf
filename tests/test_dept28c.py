"""Round 16 probe dept28c: DEPT in county-level documents (county and district notices with member
lists, banner notices and news, subdistrict and town pages; Inner Mongolia, Henan, Hubei, Yunnan …).

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie


def _depts(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, (e.attrs or {}).get("canonical"), (e.attrs or {}).get("unit"))
            for e in ex.entities if e.label == "DEPT"]


def test_a_banners_member_list_keeps_its_ethnic_commission_and_its_centre():
    # https://swgk.naimanyun.cn/front/information/194467 (奈曼旗, 奈政办字〔2025〕13号)
    text = ("旗政府决定建立奈曼旗中医药(蒙医药)传承创新发展工作机制。成员单位包括旗委宣传部、旗委编办、旗发改委、"
            "旗教体局、旗工信局、旗民委、旗财政局、旗人社局、旗住建局、旗农科局、旗医保局、旗文旅局、旗卫健委、"
            "旗市场监督管理局、旗林草局、旗投资促进局、旗药材产业研究发展中心,各苏木乡镇人民政府。")
    depts = _depts(text, "2025-03-01")
    assert ("旗民委", "奈曼旗民族事务委员会", None) in depts
    assert ("旗药材产业研究发展中心", "奈曼旗药材产业研究发展中心", None) in depts
    assert ("旗委编办", "奈曼旗机构编制委员会办公室", None) in depts


def test_a_joint_notices_two_offices_are_two_bodies():
    # https://xialuqu.gov.cn/zwgk/zfxxgkml/qzbmzsjg/qmzj/zc/zfwj_1/202312/t20231213_1078960.html (下陆区, 2023)
    text = ("发布机构: 下陆区民政局\n区委办公室 区政府办公室 关于印发《下陆区创建全省基层治理创新实验区工作方案》的通知\n"
            "长乐山工业园区,各街道,区委各部委,区级国家机关各委办局,各人民团体:")
    depts = _depts(text, "2023-11-03")
    assert ("区委办公室", "中共黄石市下陆区委员会办公室", None) in depts
    assert ("区政府办公室", "黄石市下陆区人民政府办公室", None) in depts


def test_a_districts_committee_offices_and_a_subdistrict_office_without_jiedao():
    # http://henan.kjzch.com/zhengzhou/2017-05-22/228078.html (郑州市二七区, 2017)
    text = ("发布机构:二七区住房保障中心\n区委办冯沛主任、区住房保障服务中心李志刚主任、区民政局、区爱卫办、区综治办、"
            "铭功路、五里堡、建中街、福华街办事处等单位主要领导参加会议。")
    depts = _depts(text, "2017-05-22")
    assert ("区爱卫办", "郑州市二七区爱国卫生运动委员会办公室", None) in depts
    assert ("区综治办", "郑州市二七区社会治安综合治理委员会办公室", None) in depts
    assert ("福华街办事处", "郑州市二七区人民政府福华街街道办事处", None) in depts


def test_a_banners_farming_and_herding_bureau_and_its_station():
    # http://www.zzswgk.cn/article/58467.html (科左中旗 敖包苏木, 2025)
    text = ("8月19日,科左中旗国家现代农业产业园服务中心主任孙志强、旗农牧局畜牧站站长李静一行,到敖包苏木推进肉牛产业相关工作。")
    depts = _depts(text, "2025-08-19")
    assert ("旗农牧局畜牧站", "科尔沁左翼中旗农牧局", "畜牧站") in depts


def test_a_county_bureaus_section_is_its_unit():
    # https://longling.gov.cn/info/8114/2049449.htm (龙陵县教育体育局, 2022)
    text = ("发布机构 | 龙陵县教育体育局 |\n每年4月底以前,学校在核定编制范围内,根据工作需要,向县教育体育局人事股申报当年"
            "教职工需求计划。")
    depts = _depts(text, "2022-03-07")
    assert ("龙陵县教育体育局", "龙陵县教育体育局", None) in depts
    assert ("县教育体育局人事股", "龙陵县教育体育局", "人事股") in depts
    # A share or a website after a bureau is no unit of it.
    assert _depts("龙陵县。县财政局门户网站发布,由县财政局全资控股的公司。", "2022-03-07") == [
        ("县财政局", "龙陵县财政局", None), ("县财政局", "龙陵县财政局", None)]


def test_he_between_two_county_bureaus_is_the_coordinator_not_hexian():
    # http://www.fhzf.gov.cn/zwgk_49798/fdzdgknr/lzyj/zcjd/202411/t20241126_2204537.html (凤凰县, 2024)
    text = "凤凰县人民政府办公室关于印发《凤凰县农业发展专项资金使用管理办法》的通知\n谁来管这些钱?\n县财政局和县农业局一起来管。"
    depts = [(t, c) for t, c, _ in _depts(text, "2024-11-26")]
    assert ("县财政局", "凤凰县财政局") in depts and ("县农业局", "凤凰县农业农村局") in depts
    assert not [c for _, c in depts if c and c.startswith("和县")]
    # 和县 after its own place stays the county.
    assert [c for _, c, _ in _depts("安徽省和县农业局负责。", "2024-11-26")] == ["和县农业农村局"]


def test_an_industrial_parks_committee_and_a_districts_branches():
    # https://ynlf.gov.cn/info/egovinfo/1007/overt_centent/11532331015179648Q-/2024-1121001.htm (禄丰市, 2024)
    text = "第四条 市政府常务会议由市长、副市长、市政府办公室主任组成。\n主持云南禄丰产业园区管委会日常工作的同志固定列席会议。"
    assert "云南禄丰产业园区管委会" in [t for t, _, _ in _depts(text, "2024-11-20")]
    # http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml (官渡区, 2016)
    text = "结合官渡区实际,特制定如下政策措施。\n(区国土分局牵头,区规划分局、区级相关部门配合)"
    assert [(t, c) for t, c, _ in _depts(text, "2016-12-06")] == [
        ("区国土分局", "昆明市国土资源局官渡区分局"), ("区规划分局", "昆明市规划局官渡区分局")]
