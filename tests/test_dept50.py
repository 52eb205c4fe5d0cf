"""County and township DEPT (probe dept50): corps standing alone, counted descriptions, a town
report's bare congress, a town's service centre, towns sharing one station's word, a bare
procuratorate after its county's court."""

from __future__ import annotations

import pytest

import govie


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text, **kw).entities if e.label == "DEPT"]


def test_a_traffic_police_corps_is_no_unit_of_the_bureau_listed_before_it(rules):
    # 兰州新闻网 2021-04-16 (伏龙坪街道 joint action), simplified.
    text = "自4月14日起,城关区伏龙坪街道组织辖区派出所、市场监管局、城管执法中队、兰山交警支队、城关消防支队等相关部门开展为期三天的联合执法行动。"
    found = dict(depts(rules, text))
    assert "兰山交警支队" in found
    assert found["兰山交警支队"] is None  # was 兰州市市场监督管理局


def test_a_corps_after_its_own_bureau_is_still_its_unit(rules):
    found = dict(depts(rules, "西安市公安局组织兰山交警支队开展行动。"))
    assert found.get("兰山交警支队") == "西安市公安局"


def test_a_counted_description_is_no_body_name(rules):
    # kcqsx.com 2019-02 (珠海斗门区): 首个 describes the centre, it is not its name.
    text = "2月18日,经过近两个月的建设及前期测试,斗门区首个公安业务服务中心设在乾务镇政务服务中心投入运行。"
    found = [t for t, _ in depts(rules, text)]
    assert "斗门区首个公安业务服务中心" not in found
    assert "乾务镇政务服务中心" in found  # a town's own service centre (a public institution)


def test_towns_sharing_one_station_word_each_name_their_station(rules):
    # kcqsx.com 2019-02 (珠海斗门区).
    text = "该公安业务服务中心有效整合了乾务、五山派出所的户籍资源,服务窗口从原先的4个(乾务和五山派出所各2个)增加到6个。"
    found = [t for t, _ in depts(rules, text)]
    assert found.count("乾务") == 2 and found.count("五山派出所") == 2


def test_a_word_before_a_station_that_is_no_town_stays_out(rules):
    found = [t for t, _ in depts(rules, "群众可以发现和五山派出所联系。")]
    assert "发现" not in found and "现" not in found


def test_a_town_report_names_its_congress_bare_under_its_legal_supervision(rules):
    # scnj.gov.cn 2021-08-13 (关路镇 2021年政府工作报告).
    text = ("现在,我代表镇人民政府,向大会报告政府工作,请予审议。2020年,面对突如其来的新冠肺炎,在县委、县政府和党委的坚强领导下,"
            "在人大的法律监督下、在政协的民主监督下,全镇经济社会快速发展。")
    found = [t for t, _ in depts(rules, text)]
    assert "人大" in found and "政协" in found


def test_a_bare_procuratorate_after_its_county_court_in_a_list(rules):
    # xsqgt.com (酉阳县 综治中心 meeting news).
    text = ("10月10日,酉阳县委政法委副书记许碧华主持召开工作推进会。县法院、县检察院、县司法局分管领导参加会议。"
            "县法院、检察院、司法局分管领导结合职能职责,就法律支持、协作机制等提出建议。")
    found = depts(rules, text)
    assert [t for t, _ in found].count("检察院") == 1
    assert ("检察院", "酉阳土家族苗族自治县人民检察院") in found


def test_a_bare_procuratorate_in_a_class_list_stays_out(rules):
    # A rule's class of bodies (guide: bodies with no jurisdiction in a rule are no DEPT).
    found = [t for t, _ in depts(rules, "民政部门、外交部门、法院有关婚姻状况信息应当共享。")]
    assert "法院" not in found


def test_a_county_enforcement_squad(rules):
    found = [t for t, _ in depts(rules, "县消防大队、县城管执法中队联合开展检查。")]
    assert found == ["县消防大队", "县城管执法中队"]
