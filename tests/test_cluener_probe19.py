"""DEPT in news sentences, round-12 probe (cluener19): the government mentions of CLUENER2020's
training part (row = 0-based line of cluener2020/train.json, never its held-out 10%), and two
news pages (addresses in the tests)."""

from __future__ import annotations

import govie
import pytest
from .mentions import depts


def _depts(text: str):
    return depts(text, model=None)


def test_a_hong_kong_regulator_is_not_the_mainland_commission():
    # CLUENER train row 6653: 证监会 inside 香港证监会 was linked to 中国证券监督管理委员会.
    text = "香港证监会谴责渣打：没有以客户最佳利益为重"
    assert _depts(text) == [("香港证监会", "香港特别行政区证监会")]


def test_the_mainland_commission_before_the_hong_kong_one_keeps_its_link():
    text = "中国证监会与香港证监会签署备忘录。"
    assert _depts(text) == [("中国证监会", "中国证券监督管理委员会"), ("香港证监会", "香港特别行政区证监会")]


def test_hong_kong_bodies_no_registry_lists_are_bodies_of_the_region():
    # CLUENER train rows 4951 and 4923: 香港金管局, 香港金融管理局 were not tagged.
    assert _depts("根据调查，香港金管局发现，渣打银行让stonecastle取得相关基金的即日定价，") == [
        ("香港金管局", "香港特别行政区金管局")]
    assert _depts("香港金融管理局总裁任志刚昨日再次向媒体表示，香港本地银行体系非常稳健，储户不必担心，") == [
        ("香港金融管理局", "香港特别行政区金融管理局")]


def test_words_after_hong_kong_are_no_bodies():
    assert _depts("香港政局稳定，香港地处南海，香港大局已定。") == []


def test_a_ministry_of_the_republic_is_not_the_prc_ministry():
    # CLUENER train row 9841: 交通部 inside 中华民国交通部 was linked to the PRC's 交通部.
    text = "经营；圆山大酒店由蒋宋美龄创办、中华民国交通部管辖的财团法人台湾敦睦联谊会所经营，"
    assert _depts(text) == [("中华民国交通部", None)]


def test_a_taiwan_authority_in_quotes_is_no_mainland_body():
    # CLUENER train row 3029 writes 台湾“金管会”; a quoted 交通部 after 台湾 is the same layout.
    assert _depts("台湾“交通部”表示，将修正两岸往来许可办法。") == []


def test_an_academy_institute_by_its_short_name_is_one_span():
    # CLUENER train rows 7899 and 5289: the institute was cut at 社科院.
    assert _depts("我就找到了湖北省社科院长江经济所秦尊文所长。那一刻起，我们成了好朋友，")[0][0] == "湖北省社科院长江经济所"
    assert _depts("贷款不足这一短板。”中国社科院金融所中国经济评价中心主任刘煜辉指出。")[0][0] == "中国社科院金融所"


def test_a_ministry_before_its_relevant_departments_is_named():
    # CLUENER train row 9210: 商务部 was dropped as the head of a class.
    text = "商务部相关部门已对部分地方政府发放消费券的行为进行密切关注和研究，目前，调研部分已基本结束，"
    assert _depts(text) == [("商务部", "商务部")]


def test_the_state_council_before_its_departments_stays_a_class():
    assert _depts("国务院有关部门和北京市相继出台了一系列刺激经济增长的政策。") == []


def test_a_bare_level_traffic_police_brigade_is_a_body():
    # http://www.laixinews.com/epaper/Html/2021-12-09/63875.html (莱西, a county-level city; news has
    # no division: canonical null).
    text = ("为打造安全出行环境,遏制大货车交通违法行为,有效压降重点车辆交通事故,市交通警察大队自12月1日起"
            "在辖区内开展为期一个月的整治大货车交通违法集中行动。")
    assert _depts(text) == [("市交通警察大队", None)]
    # http://taixing.cn/content-15-27396-1.html
    text = "10月13日上午,在国庆路和济川路交叉路口,市交警大队新区中队全员上路,纠正酒后驾驶、违法停车。"
    assert ("市交警大队", None) in _depts(text)
    assert _depts("城市交警大队建设取得进展。") == []


# The central government's liaison office in Hong Kong, by its official name and short name (names as its
# own site and the 2025-06-03 CNA item on its new director use them: cna.com.tw/news/acn/202506030131.aspx).
# It had been split into 中央人民政府 (国务院) and a "Hong Kong body" 香港特别行政区联络办公室 that does not exist.
@pytest.mark.parametrize("text, span", [
    ("中央人民政府驻香港特别行政区联络办公室主任周霁表示", "中央人民政府驻香港特别行政区联络办公室"),
    ("加强与香港中联办的沟通", "香港中联办"),
])
def test_the_liaison_office_is_one_central_body(text, span):
    depts = [e for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert [(e.text, e.attrs.get("canonical")) for e in depts] == [
        (span, "中央人民政府驻香港特别行政区联络办公室")]
