"""Review12 of round 24's later merges (gz58, loc56p, act67n, person38s, hostile6, org47p, ind50p):
defects shown on realistic administrative sentences."""

import govie

from .activity_frames import tuples

GOV_HEAD = ("国务院办公厅关于进一步加强政府网站管理工作的通知\n国办函〔2006〕104号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n")


def _ents(text, date="2022-06-01", label=None):
    res = govie.extract(text, reference_date=date, model=None)
    return [(e.label, e.text) for e in res.entities if label is None or e.label == label]


# act67n: a clause joined by 并 goes on with the Premier only where the Premier opens the clause right before
# it; another subject in between (各地区各部门, 江苏省) is the one that goes on.
def test_bing_clause_goes_on_with_the_nearer_subject_not_the_premier():
    for middle in ("各地区各部门认真贯彻落实", "各省级政府高度重视", "江苏省高度重视"):
        text = GOV_HEAD + f"温家宝总理对此作出重要批示，{middle}，并于2006年3月召开专题会议部署落实。"
        got = [a for a in tuples(text, "2006-09-07", "trigger", "agents") if a[0] == "召开"]
        assert all(a[1] != ["中华人民共和国国务院"] for a in got), (middle, got)
    text = GOV_HEAD + "温家宝总理就加快政府网站建设作了很多指示和批示，并于2005年12月28日主持召开国务院常务会议。"
    assert ("召开", ["中华人民共和国国务院"]) in tuples(text, "2006-09-07", "trigger", "agents")


def _depts(text, date="2023-01-31"):
    res = govie.extract(text, reference_date=date, model=None)
    return [(e.text, (e.attrs or {}).get("canonical")) for e in res.entities if e.label == "DEPT"]


# gz58 (and people's organizations before it): a bare 计生协/妇联 after a township or village level word (镇, 镇街,
# 村) is that township's or village's association, never the district's of the document.
def test_township_and_village_associations_are_not_the_districts():
    head = "广州市番禺区卫生健康局2022年工作总结\n"
    got = _depts(head + "区计生协组织开展会员活动日活动，各镇街计生协和村计生协积极参与。")
    assert ("区计生协", "广州市番禺区计划生育协会") in got
    assert [c for t, c in got if t == "计生协"] == [None, None], got
    got = _depts(head + "省计划生育协会到我区调研，市计划生育协会、镇计划生育协会陪同。")
    assert ("市计划生育协会", "广州市计划生育协会") in got
    assert ("计划生育协会", "广州市番禺区计划生育协会") not in got, got
    got = _depts(head + "各镇街妇联和村妇联积极参与。")
    assert [c for t, c in got if t == "妇联"] == [None, None], got


# loc56p: a named tunnel is a site (巴朗山隧道), a kind of tunnel is none (病害隧道, 人行隧道, 危险隧道, 城市隧道).
def test_kinds_of_tunnels_are_no_loc():
    for text in ("对各类隧道实施检测，对病害隧道进行整治。", "严禁在下穿隧道、人行隧道内停车；对新建隧道加强监管。",
                 "完成危险隧道整治12座。", "加强城市桥梁、城市隧道等设施安全管理；，瓦斯隧道施工须编制专项方案。"):
        assert _ents(text, label="LOC") == [], (text, _ents(text, label="LOC"))
    assert ("LOC", "巴朗山隧道") in _ents("关于巴朗山隧道建设问题，中央对巴朗山隧道建设予以支持。", label="LOC")


REPLY = ("国务院办公厅对十届全国人大\n四次会议第7240号建议的答复\n国办函〔2006〕71号\n周桂英等代表：\n"
         "你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉，现答复如下：\n")


def _reply_acts(body):
    return tuples(REPLY + body + "\n国务院办公厅\n二〇〇六年九月七日\n", "2006-09-07", "trigger", "agents")


# act67n: 我们 is the replying body where it acts; after 注意到/了解到/认为 it only reports what others did.
def test_we_reporting_what_others_did_gives_them_no_issuer():
    for body, trig in (("我们注意到，一些地方已经出台了相关办法。", "出台"),
                       ("我们了解到，个别省份已经制定了具体办法。", "制定")):
        assert [a for a in _reply_acts(body) if a[0] == trig] == [], body
    assert ("研究", ["国务院办公厅"]) in _reply_acts("对于你们提出的建议，我们将认真研究，进一步改进有关工作。")


# act67n: a 研究 the replying body hands on (转请司法部研究, 转交有关部门研究) is asked of another body, not done by it.
def test_study_handed_on_is_not_the_issuers():
    for body in ("对于你们提出的建议，我们已转请司法部研究。", "对于你们提出的建议，我们已转交有关部门研究。"):
        assert ("研究", ["国务院办公厅"]) not in _reply_acts(body), body


# act67n: 正按/正在 marks work under way, 真正按照 (truly, by) a manner of what is announced.
def test_truly_by_is_no_work_under_way():
    got = _reply_acts("下一步，民政部将真正按照代表的建议开展专项调研。")
    assert [a for a in tuples(REPLY + "下一步，民政部将真正按照代表的建议开展专项调研。\n国务院办公厅\n二〇〇六年九月七日\n",
                              "2006-09-07", "trigger", "mode") if a[0] == "开展"] == [("开展", "planned")], got
