"""County DEPT (probe dept61c): a bureau's internal units listed after 内设, a bare zone committee on a
labelled line of a county's task list, a Beijing district a text tells apart by 首都."""

from __future__ import annotations

import pytest

import govie


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text, **kw).entities if e.label == "DEPT"]


NANXIAN = ("南县住房和城乡建设局2018年度整体支出\n\n绩效评价报告\n\n一、部门概况\n\n"
           "1、组织机构设置及人员情况:南县住房和城乡建设局正科级行政单位,内设办公室、人事股、财计股、法规股、"
           "联合工会、政务服务股、房改股、城建档案馆、城市建设股、村镇建设股、规划技术股、质安监站、建筑材料检测中心、"
           "信息中心21个股室和直属单位,另按规定设立了机关党支部、纪检监察室。")


def test_internal_units_after_neisheh_are_the_bureaus_units(rules):
    # http://www.nanxian.gov.cn/jc_nx/187/195/content_16189.html (南县住建局 2018 绩效评价报告), list shortened.
    found = depts(rules, NANXIAN, reference_date="2019-04-30")
    names = [t for t, _ in found]
    for unit in ("办公室", "人事股", "财计股", "法规股", "政务服务股", "房改股", "城市建设股", "村镇建设股", "规划技术股"):
        assert unit in names
        assert dict(found)[unit] == "南县住房和城乡建设局"
    # Institutions and the union are no sections: not made units of the bureau.
    for other in ("联合工会", "城建档案馆", "质安监站", "建筑材料检测中心"):
        assert (other, "南县住房和城乡建设局") not in found


def test_neisheh_without_a_body_before_it_lists_nothing(rules):
    # The same list, its body not named in the sentence: no owner, no units.
    text = "一、部门概况\n内设办公室、人事股、财计股、法规股,共有干部职工46人。"
    names = [t for t, _ in depts(rules, text, reference_date="2019-04-30")]
    assert "人事股" not in names and "财计股" not in names


def test_a_bare_zone_committee_on_a_labelled_line_of_a_county_task_list(rules):
    # https://www.lingbi.gov.cn/public/6626531/154359391.html (灵璧县卫健委 2021 任务分解).
    text = ("县卫健委2021年政府工作报告任务分解\n\n文章来源:灵璧县卫生健康委员会\n\n"
            "2.加强重大公共卫生安全风险源头防控,切实保障人民群众生命安全\n\n牵头责任单位:县卫健委\n\n"
            "主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位\n")
    found = depts(rules, text, reference_date="2021-05-07")
    assert ("经济开发区管委会", None) in found  # one body, its full name not given
    assert ("县卫健委", "灵璧县卫生健康委员会") in found


def test_a_zone_committee_in_a_note_that_covers_a_class_stays_out(rules):
    # probe20's note (a city's 政务公开 要点): the list is a class (以下统称).
    text = ("(责任时限:2022 年底前,牵头单位:市财政局,责任单位:各县(区)政府、各管理区管委会、"
            "经开区管委会,以下统称各县(区)政府,市政府各部门)")
    names = [t for t, _ in depts(rules, text, reference_date="2022-03-01")]
    assert "经开区管委会" not in names


def test_a_shared_district_name_is_beijings_where_the_text_speaks_of_the_capital(rules):
    # http://chyrd.bjchy.gov.cn/rdkw/hk/sanshisiqi/ff80808156084f8301573d89eab50177.html (朝阳区 2016).
    text = ("朝阳区人民政府关于落实朝阳区第十五届人大常委会第二十五次会议对议案审议意见的报告\n\n区人大常委会:\n\n"
            "区政府高度重视议案审议反馈意见,紧紧围绕首都城市战略定位,严格落实“城市病”治理法定责任。")
    found = dict(depts(rules, text, reference_date="2016-06-30"))
    assert found["朝阳区人民政府"] == "北京市朝阳区人民政府"
    assert found["区政府"] == "北京市朝阳区人民政府"


def test_a_shared_district_name_without_the_capital_stays_unlinked(rules):
    # The same report without 首都: 朝阳区 is 北京's or 长春's, and the text does not say which.
    text = ("朝阳区人民政府关于落实朝阳区第十五届人大常委会第二十五次会议对议案审议意见的报告\n\n区人大常委会:\n\n"
            "区政府高度重视议案审议反馈意见,严格落实“城市病”治理法定责任。")
    found = dict(depts(rules, text, reference_date="2016-06-30"))
    assert found["朝阳区人民政府"] is None


def test_a_foreign_capital_is_no_cue(rules):
    # 首都 of another country (柬埔寨首都金边) does not make 朝阳区 Beijing's.
    text = ("朝阳区人民政府关于组织企业赴柬埔寨首都金边考察的通知\n\n区政府各部门:\n\n"
            "区政府决定组织企业赴柬埔寨考察。")
    found = dict(depts(rules, text, reference_date="2016-06-30"))
    assert found["朝阳区人民政府"] is None
