"""DEPT in prefecture and county documents, second probe (dept10l): real lines of published city,
district and county-level-city pages (addresses in each test)."""

from __future__ import annotations

from .mentions import depts as _depts


def test_an_abolished_district_is_not_read_as_another_provinces_chengqu():
    # http://www.gongshu.gov.cn/art/2011/3/2/art_1229226168_3917282.html (杭州市下城区, merged into
    # 拱墅区 in 2021): 下城区 is no longer in the division table, and its tail 城区 is 阳泉市城区.
    text = "——2011年2月22日在杭州市下城区第十三届人民代表大会第五次会议上\n下城区人民政府区长  项永丹\n"
    depts = _depts(text)
    assert ("杭州市下城区第十三届人民代表大会", "杭州市下城区人民代表大会") in depts
    assert ("下城区人民政府", "杭州市下城区人民政府") in depts
    assert not any(c and "阳泉" in c for _, c in depts)


def test_another_citys_committee_and_bare_government_in_a_county_level_citys_document():
    # http://nbxinxi.com/a/linhaishi/20210810/410017.html (临海市安委, 临安委〔2011〕3号): 市政府 after
    # 台州市委 is 台州市's; after 临海市委 it is the document's own. The same in 太仓's report
    # (http://www.0411hqw.com/plus/article.asp?id=580: 紧紧围绕苏州市委、市政府决策部署).
    text = ("临海市安全生产委员会关于印发考核办法的通知\n经市政府同意，现印发给你们。"
            "认真贯彻实施《安全生产法》和省委省政府、台州市委市政府、临海市委市政府"
            "《关于进一步加强安全生产工作的意见》，按照全面建设“平安临海”的要求。\n")
    depts = _depts(text)
    assert depts.count(("市政府", "台州市人民政府")) == 1
    assert depts.count(("市政府", "临海市人民政府")) == 2


def test_the_city_government_after_the_parent_citys_committee_stays_the_parent_city():
    # http://nnxn.gov.cn/zwdt/ztzl/fgfzl/t4549538.html (南宁市兴宁区): unchanged, 南宁市人民政府.
    text = ("南宁市兴宁区人民政府办公室关于印发2020年兴宁区优化营商环境实施方案的通知\n"
            "为贯彻落实自治区党委、自治区政府和南宁市委、市政府对2020年营商环境的工作部署，特制定本方案。\n")
    assert ("市政府", "南宁市人民政府") in _depts(text)


def test_shifu_each_commission_office_bureau_is_a_class():
    # http://njdaily.cn/news/2022/1128/4965615925330259507.html (宁政办发〔2022〕52号; 宁政办发〔2018〕47号
    # addresses the same 市府各委办局): the addressees' class, no body of its own.
    text = ("市政府办公厅关于印发南京市残疾预防行动计划(2022—2025年)的通知\n宁政办发〔2022〕52号\n"
            "各区人民政府,市府各委办局,市各直属单位:\n")
    assert not any("各委办局" in t for t, _ in _depts(text))


def test_a_committees_social_work_committee_is_one_body():
    # https://investchn.com/home/news/detail/id/347852.html (北京市大兴区): 区委社会工委书记, 市委社会工委委员;
    # the same in 石景山区's 2019 task table (wenmi123.com/article/312836.html: 区民政局（区委社会工委）).
    text = "大兴区政府党组成员、副区长周冲，区委社会工委书记、区民政局局长张辉，区委社会工委委员、区民政局副局长王丽曼参加调研。"
    depts = _depts(text)
    assert ("区委社会工委", "中共北京市大兴区委员会社会工作委员会") in depts
    assert ("区委", "中共北京市大兴区委员会") not in depts


def test_a_city_nongwei_before_the_2018_reform_is_its_agriculture_committee():
    # http://www.qingdao.gov.cn/zwgk/xxgk/bgt/gkml/gzxx/202010/t20201016_350239.shtml (2017): 市农委 was
    # 青岛市农业委员会; 农业农村委员会 came with the 2018-2019 reform (上海's 2016 notice 沪农委〔2016〕71号
    # signs 市农委 as 上海市农业委员会).
    text = ("2017年政府工作报告公开挂牌督办事项上半年进展情况\n青岛政务网 发布日期 : 2017-07-13 来源 : 青岛市政府办公厅\n"
            "责任单位\n市发展改革委、市经济信息化委、市财政局、市农委、市商务局、市环保局\n")
    assert ("市农委", "青岛市农业委员会") in _depts(text)
