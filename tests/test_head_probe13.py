"""Document division of visit news items, second pass (round 9 probe head13, /work/r9/probe-head13.md)."""

from __future__ import annotations

import govie
from govie.document.head import _other_party
from govie.kb.divisions import load_divisions

from .test_head_probe12 import _canonicals, _division


def test_a_delegation_that_comes_with_fu_is_a_visitor():
    # http://wasg.jmsqjq.gov.cn/e/action/ShowInfo.php?classid=8&id=975 (佳木斯市前进区): the title's
    # delegation comes (赴我市) like 来我市/到我市; the page is the host district's.
    text = ("上海市徐汇区经贸考察团赴我市进行考察\n"
            "座谈会首先播放了我市推介宣传片,市领导邱世林致辞,并向考察团的到来表示欢迎。邱世林对前进区积极邀请发达地区"
            "来佳考察的做法表示了赞许。随后,市经合局局长吕平洋、市农委主任分别就我市的工业、商贸、旅游、农业情况向考察团"
            "进行了介绍。前进区委书记于世军在座谈会上强调,上海市徐汇区一直是前进区的朋友。区政府副区长那慧敏、区经合局"
            "局长李欣全程陪同。\n")
    assert _division(text) == "230804"
    assert _canonicals(text, "区政府") == ["佳木斯市前进区人民政府"]


def test_the_host_before_a_receiving_verb_is_not_the_visitor():
    # https://hefei.baogaosu.com/xinwen/...63020699 (安徽省发展改革委): the title's host (我委) receives
    # the visitor (会见西藏山南市党政代表团来皖): only what follows the verb is the visitor's.
    text = "我委参与会见西藏山南市党政代表团来皖考察\n"
    spans, _ = _other_party(text, load_divisions())
    assert spans and all(text[a:b].startswith("西藏山南市") for a, b in spans)


def test_the_visitors_province_named_alone_does_not_count():
    # http://jl.chinadaily.com.cn/2018-11/06/content_37206809.htm (吉林日报): the visitor is 丽水市;
    # 浙江省, named alone, is its province and not the paper's.
    from govie.document.head import _division_from_text
    divs = load_divisions()
    text = ("丽水市党政代表团来我省考察\n"
            "丽水是著名的生态、文化、旅游名城,生态环境状况指数连续14年居浙江省第一。梅河口与丽水产业关联度高、"
            "互补性强,合作空间广阔。\n")
    _, excluded = _other_party(text, divs)
    assert excluded == {"331100"}
    # Without it 浙江省 would be the division; no host place is named in full here: null.
    assert _division_from_text(text, divs, excluded) is None


def test_he_after_a_post_and_a_name_joins_two_people_not_the_county_he_xian():
    # https://yybnet.net/jining/wenshang/201011/2741967.html (滕州, 2010): 赵东升和县委副书记 is
    # 赵东升 and the county's deputy secretary; 和县 (Anhui) is named nowhere.
    text = ("11月10日,由汶上县县委书记、县人大常委会主任赵东升和县委副书记、县长孙琪率领的汶上县党政考察团"
            "一行67人,来滕考察经济社会发展情况。")
    depts = [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert not any(c == "中共和县委员会" for _, c in depts)
    assert any(t == "县委" for t, _ in depts)
