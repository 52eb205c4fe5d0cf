"""DEPT in prefecture-level notices, round-12 probe (dept19p): real lines of published pages of
cities, 州, 盟 and 地区 (addresses in each test)."""

from __future__ import annotations

from .mentions import depts


def _depts(text):
    return depts(text, model=None)


def test_a_citys_land_and_planning_bureau_and_construction_commission_of_2018():
    # http://zt.cjn.cn/zt2022/whcyzcpt/shijzc/zcfg/202211/t4327000.htm (武汉市人民政府办公厅, 2018)
    text = ("武汉市人民政府办公厅关于印发2018年省《政府工作报告》涉及我市工作任务责任分解方案的通知\n"
            "1.规范政府举债行为,严格控制增量,积极消化存量,依法处置隐性债务。(牵头单位:市财政局;责任单位:"
            "市发展改革委、市国土规划局、市城乡建设委、市审计局、市国资委、市金融工作局)")
    depts = _depts(text)
    assert ("市国土规划局", "武汉市国土资源和规划局") in depts
    assert ("市城乡建设委", "武汉市城乡建设委员会") in depts
    assert ("市审计局", "武汉市审计局") in depts


def test_a_prefectures_industry_investment_and_culture_bodies_of_2016():
    # https://kunming.baogaosu.com/xinwen/楚雄州人民政府关于稳增长开好局/45919282 (楚雄州人民政府, 2016)
    text = ("楚雄州人民政府关于稳增长开好局的意见\n"
            "(州发改委、州工信委、州商务局、州住建局、州招商合作局、州财政局、州科技局、州人社局、州教育局、"
            "州卫计委、州扶贫办、州文体局、州食品药品监管局、州交通运输局等州级有关部门,各县市人民政府负责)")
    depts = _depts(text)
    assert ("州工信委", "楚雄彝族自治州工业和信息化委员会") in depts
    assert ("州招商合作局", "楚雄彝族自治州招商合作局") in depts
    assert ("州文体局", "楚雄彝族自治州文化体育局") in depts


def test_a_citys_merged_resources_and_planning_bureau():
    # https://kuaibao.lzzcloud.net/news_info/905747.html (西安市, 2019)
    text = ("西安市深入实施乡村振兴战略促进城乡融合发展工作三年(2019—2021年)行动方案\n"
            "发展改革部门同步做好农村公共配套项目和产业项目的批复工作,住建部门做好农村建设项目的建设管理和质量安全工作。"
            "(牵头单位:市资源规划局、市发改委、市住建局)")
    assert ("市资源规划局", "西安市自然资源和规划局") in _depts(text)


def test_the_party_committee_of_a_diqu_by_its_bare_level():
    # https://dscjxm.com/www/info/1112/41099 (阿里地区行政公署, 阿行发〔2021〕42号)
    text = ("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n各县人民政府,行署各局、委、办、处:\n"
            "《阿里地区行政公署工作规则》已经地委、行署研究通过,现印发给你们,请认真贯彻执行。")
    depts = _depts(text)
    assert ("地委", "中共阿里地区委员会") in depts
    assert ("行署", "阿里地区行政公署") in depts


def test_the_party_committee_and_the_office_of_a_meng():
    # http://kjj.xam.gov.cn/xam/_300473/xzgsgb/2953410/index.html (兴安盟行政公署公报 2019 1-3)
    text = ("兴安盟行政公署公报2019年1-3期(总第52期)\n\n来源:行署办 作者:行署办公室 发布时间:2019年04月10日\n\n"
            "近年来,在盟委、行署的关怀支持下,我盟乌力格尔艺术发展呈现出勃勃生机。")
    depts = _depts(text)
    assert ("行署办", "兴安盟行政公署办公室") in depts
    assert ("盟委", "中共兴安盟委员会") in depts


def test_every_area_commissioning_is_no_committee():
    # 各地委托: 地 of 各地 and 委 of 委托 (a 地区's own text): no party committee.
    text = ("阿里地区行政公署关于印发《阿里地区行政公署工作规则》的通知\n"
            "各地委托第三方开展评估,行署办理有关事项。")
    depts = _depts(text)
    assert not any(t in ("地委", "行署办") for t, _ in depts)


def test_a_new_areas_committee_on_an_addressee_line_after_a_plural_list():
    # http://www.zunyi.gov.cn/zwgk/zfwj/zfbh/202205/t20220511_74033183.html (遵府办函〔2022〕56号)
    text = ("市人民政府办公室关于印发《遵义都市圈发展规划》主要目标重点任务重大工程和重点项目责任分工方案的通知\n\n"
            "各县、自治县、区(市)人民政府、新蒲新区管委会、市政府各部门、各直属机构:")
    depts = _depts(text)
    # Found, and not linked to a guessed name (the official one spells out its city).
    assert ("新蒲新区管委会", None) in depts
    assert ("市政府", "遵义市人民政府") in depts
