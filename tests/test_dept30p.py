"""Round 16 probe dept30p: prefecture DEPT in city news (visits both ways, 市X局 meetings, 视察 by CPPCC members).
Each test quotes real sentences (addresses in the comments)."""
import govie


def _run(text, date=None):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    depts = [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]
    return depts, (ex.meta.get("division") or {}).get("name")


def test_a_delegation_that_comes_to_us_goes_to_our_own_city_in_the_title():
    # https://dz24hour.cms.dezhoudaily.com/p/46563.html (德州, 山东)
    text = ("泰安市考察团到德州考察\n\n9月8日,泰安市副市长张颖率考察团,来我市学习考察招商引资体制机制创新、产业链招商、"
            "招商引资成功案例等先进经验做法。副市长张桂爱陪同。\n\n座谈会上,我市投资促进局汇报全市招商引资体制机制创新、"
            "招商引资成功案例等经验做法,市工信局、商务局汇报产业链招商、招引外资有关做法,双方对此进行了交流。")
    depts, division = _run(text, "2023-09-08")
    assert division == "德州市"
    assert ("投资促进局", "德州市投资促进局") in depts  # 我市 + a body: the document's own
    assert ("市工信局", "德州市工业和信息化局") in depts
    assert ("商务局", "德州市商务局") in depts


def test_members_who_go_to_inspect_another_city_are_not_of_that_city():
    # https://www.pyxww.com/news/yaowen/2021-11-01/74502.html (濮阳, 河南, 2021)
    text = ("10月28日至29日,省政协委员、市政协副主席赵洪勋率住濮省政协委员视察团,赴驻马店市视察现代农业发展情况。"
            "省政协常委、市政协副主席何建中、李莉荣,以及市政协秘书长王光献参加活动。驻马店市政协主席陈锋,"
            "市委常委、宣传部部长、副市长刘晓文,市政协副主席王秋霞、郑玉林等陪同视察。\n"
            "在驻马店市,视察团一行先后视察了中国(驻马店)国际农产品加工产业园、泌阳县夏南牛文化科技展馆等地。\n"
            "赵洪勋在讲话中介绍了我市整体情况和农业发展基本情况。濮阳和驻马店两市在现代城市各项发展方面有很多相似性和互补性。"
            "回去后,视察团将向市委、市政府和有关部门做好汇报和介绍。")
    depts, division = _run(text, "2021-10-29")
    assert division == "濮阳市"  # not 驻马店市 (the host visited), nor 玉林市 (郑玉林 is a person)
    assert ("市政协", "中国人民政治协商会议濮阳市委员会") in depts
    assert ("驻马店市政协", "中国人民政治协商会议驻马店市委员会") in depts
    assert ("市委", "中共濮阳市委员会") in depts and ("市政府", "濮阳市人民政府") in depts


def test_our_city_before_a_body_shortened_or_not():
    # the 我市 + body form of a city paper's news (德州 page above); the 市 of 我市 is no prefix of its own
    depts, _ = _run("德州市召开会议。会上,我市住建局、市工信局汇报了情况。", "2023-09-08")
    assert ("住建局", "德州市住房和城乡建设局") in depts
    assert not any(t.startswith("市住建") for t, _ in depts)
