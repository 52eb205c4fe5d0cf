"""Probe award45p: commendation decisions of prefecture bodies (lists of units and people, joint
civil-military mastheads, honouree counts)."""
import govie


def _ents(text, label):
    r = govie.extract(text)
    return [(text[e.start:e.end], e.attrs) for e in r.entities if e.label == label]


# 四平市妇联 四妇发〔2017〕5号 (spsfnw.gov.cn/WAP/article-104-48.html): list rows "name unit post"
SIPING = ("关于表彰四平好人·最美时代女性的决定\n各县(市)区、开发区妇联,市直机关妇委会:\n"
          "为表彰先进,经过层层推荐选拔,最终决定授予许凤文等十人2017年度荣誉称号。\n四平市妇女联合会\n2017年3月8日\n"
          "附件\n四平好人·最美时代女性名单\n(10名)\n"
          "许凤文 梨树县吉凤手工艺品基地有限公司 总经理\n张 英 双辽市双英种业公司 总经理\n"
          "魏秀云 伊通县云鹏饲料店 总经理\n孙立红 铁东区平南街风光社区 妇联协理员\n田亚丽 四平市十二中学 教师\n"
          "李玉珠 辽河农垦管理区宋大嫂食品有限公司 总经理\n")


def test_roster_rows_whose_unit_opens_with_no_known_place():
    people = [t for t, _ in _ents(SIPING, "PERSON")]
    assert "魏秀云" in people and "李玉珠" in people
    orgs = [t for t, _ in _ents(SIPING, "ORG")]
    assert "辽河农垦管理区宋大嫂食品有限公司" in orgs
    assert not any(t.startswith("李玉珠") for t in orgs)


def test_zone_and_community_federation_not_the_citys():
    for t, a in _ents(SIPING, "DEPT"):
        if t == "妇联":
            assert a.get("canonical") is None


# 丹东市人民政府 丹政发[2008]37号 (fymate.com/html/text/lar/170369/17036924.html)
DANDONG = ("丹东市人民政府关于表彰2007年度乡镇环境卫生综合整治活动优胜乡镇和先进工作者的决定\n(丹政发[2008]37号)\n"
           "各县(市)区人民政府,市政府各部门:\n"
           "为表彰先进,市政府决定授予浪头镇等 12个乡镇优胜乡镇荣誉称号,各奖励人民币5万元;授予郭天彬等71人先进工作者荣誉称号。\n"
           "希望受到表彰的单位和个人戒骄戒躁,再接再厲。\n"
           "附件:丹东市 2007年度乡镇环境卫生综合整治活动优胜乡镇和先进工作者名单\n二○○八年九月十一日\n附件:\n"
           "丹东市 2007年度乡镇环境卫生综合整治活动优胜乡镇和先进工作者名单\n一、优胜乡镇\n东港市前阳镇人民政府\n"
           "东港市孤山镇人民政府\n东港市菩萨庙镇人民政府\n凤城市通远堡镇人民政府\n")


def test_honouree_counts_measure_nothing():
    r = govie.extract(DANDONG)
    counts = {DANDONG[e.start:e.end]: e.attrs for e in r.entities if e.label == "METRIC"}
    for key in ("12个", "71人"):
        assert counts[key]["indicator"] is None and counts[key]["kind"] is None and counts[key]["period"] is None


def test_date_under_attachment_note_signs_the_decision():
    r = govie.extract(DANDONG)
    assert r.meta["doc_date"] == "2008-09-11"
    acts = [(a.trigger["text"], a.type, a.agents) for a in r.activities]
    assert ("授予", "publication", ["丹东市人民政府"]) in acts


# 中共南通市委 南通市人民政府 南通军分区 通委〔2004〕16号 (fs-gm.net, 2004 gazette)
NANTONG = ("中共南通市委 南通市人民政府 南 通 军 分 区 关于表彰2000-2003年度南通市双拥工作先进集体和先进个人的通报\n"
           "(通委〔2004〕16号 2004年7月26日)\n"
           "为肯定成绩,鼓励先进,市委、市政府、军分区决定对2000年至2003年在双拥创建活动中作出突出贡献的海安县海安镇人民政府"
           "等24个市双拥模范乡镇、海安县国家税务局等32个市拥军优属先进集体、张永强等50位市拥军优属先进个人予以表彰。\n")


def test_joint_masthead_with_a_spaced_co_issuer():
    m = govie.extract(NANTONG).meta
    assert m["doc_issuers"] == ["中共南通市委员会", "南通市人民政府", "南通军分区"]
    assert m["docno"] == "通委〔2004〕16号" and m["doc_date"] == "2004-07-26"


def test_long_list_of_honourees_before_the_commendation():
    r = govie.extract(NANTONG)
    assert [(a.trigger["text"], a.type) for a in r.activities] == [("表彰", "publication")]
