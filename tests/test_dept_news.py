"""Bodies news names without their place (CLUENER2020's government mentions, the 90% outside
its held-out part): a bare court or procuratorate, a bare type after 据,
a unit before a preposition."""

from __future__ import annotations

import pytest

import govie


@pytest.fixture(scope="module")
def rules():
    return govie.Pipeline(model=None)


def depts(pipe, text, **kw):
    return [(e.text, e.attrs.get("canonical")) for e in pipe(text, **kw).entities if e.label == "DEPT"]


@pytest.mark.parametrize("text, expected", [
    # The court of the story, as an object (向法院, 告上法院) or opening a clause (，检察院).
    ("雷曼兄弟公司15日一大早向法院提交破产申请。就在同一天，德国国家发展银行通过自动付款系统，", ["法院"]),
    ("坐飞机却买到了假保单，昆明市民梁玉祥将卖主携程旅行网告上法院。此案轰动全国，", ["法院"]),
    ("2007年8月31日，于海案第四次开庭，之前，检察院曾因证据不足撤销起诉，却没有释放于海，", ["检察院"]),
    # 许多法院: many courts, a class; after 、 an item of a list of kinds of body (dev sc19-32).
    ("许多法院对于类似的严重不法行为均曾作出严厉的法律制裁。", []),
    ("（三）民政部门、外交部门、法院有关婚姻状况信息；", []),
])
def test_a_bare_court_in_news_is_one_body(rules, text, expected):
    assert [t for t, _ in depts(rules, text)] == expected


def test_a_bare_court_links_only_to_a_countys_court(rules):
    # 上海 (a company's name) and 昆明 give the text a division: not its high or intermediate court.
    assert depts(rules, "岂料经鉴定竟是赝品，他把上海历藏文化传播有限公司告上法院，要求解除买卖合同，返还钱款。") \
        == [("法院", None)]
    assert depts(rules, "坐飞机却买到了假保单，昆明市民梁玉祥将卖主携程旅行网告上法院。") == [("法院", None)]
    text = "警方拟对该案不予立案，并根据程序告知当事人向法院直接起诉。"
    assert ("法院", "广州市天河区人民法院") in depts(rules, text, jurisdiction="广州市天河区")
    assert ("法院", None) in depts(rules, text, jurisdiction="广州市")



def test_a_bare_type_after_ju_repeats_the_body_named_before(rules):
    text = "巧的是，当天中午，记者在槐荫区卫生局遇到了前来提交材料的米大夫。据卫生局工作人员介绍，一般情况下，"
    assert ("卫生局", "济南市槐荫区卫生局") in depts(rules, text)
    text = "立即上报给了郯城县卫生局，卫生局工作人员正在落实认定，医院方将根据卫生局的认定结果进行调查处理，"
    assert [t for t, _ in depts(rules, text)] == ["郯城县卫生局", "卫生局", "卫生局"]


def test_a_unit_before_a_preposition_is_the_bureaus(rules):
    text = "2008年3月25日，福州市公安局经侦支队在南京警方的协助下抓获一名“克隆”"
    assert ("福州市公安局经侦支队", "福州市公安局") in depts(rules, text)
