"""PERSON in group rosters, appointments, commendations and editors' fields (probe person26)."""

from __future__ import annotations

import govie
from govie.taggers.entities import tag_persons
from govie.text.normalize import normalize
from govie.types import Context


def _persons(sentence: str) -> list[str]:
    norm = normalize(sentence)
    spans = sorted({(m.start, m.end) for m in tag_persons(norm.text, Context(source=norm))})
    return [sentence[slice(*norm.to_original(s, e))] for s, e in spans]


def _extracted(text: str, label: str = "PERSON") -> list[str]:
    return [e.text for e in govie.extract(text, model=None).entities if e.label == label]


def test_run_on_roster_names_between_post_and_body():
    # https://www.jy0832.com/archiver/tid-223987 (国办 2013, 第一次全国地理国情普查领导小组): the roster's lines
    # run together; each name stands between the last row's post and its own body.
    s = ("二、组成人员组长:张高丽国务院副总理副组长:姜大明国土资源部部长丁向阳国务院副秘书长马建堂统计局局长"
         "成员:吴恒权中央宣传部副部长张业遂外交部副部长杜鹰发展改革委副主任朱宏任工业和信息化部总工程师"
         "杨焕宁公安部副部长董大胜审计署副审计长李强统计局副局长黄海辉武警部队副参谋长三、工作机构")
    persons = _extracted(s)
    for name in ("姜大明", "丁向阳", "马建堂", "吴恒权", "张业遂", "杜鹰", "朱宏任", "杨焕宁", "董大胜", "李强", "黄海辉"):
        assert name in persons
    # No post, body or place is a person: 朱宏 of 朱宏任, the sea 黄海 of 黄海辉.
    assert not {"朱宏", "黄海", "副部长", "国务院"} & set(persons)
    assert "黄海" not in _extracted(s, "LOC")
    assert "外交部" in _extracted(s, "DEPT") and "武警部队" in _extracted(s, "DEPT")


def test_two_names_before_bodies_are_no_roster():
    # Fewer than three names between posts and bodies: no roster, nothing read there.
    s = "会议由局长王宏海洋局主持。"
    assert "王宏" not in _extracted(s)


def test_post_at_line_end_names_no_one_on_the_next():
    # https://www.jy0832.com/archiver/tid-223987: 组长 ends the headline, 原标题 opens the next line.
    s = "国务院成立地理国情普查领导小组 张高丽任组长\n原标题:国务院成立地理国情普查领导小组"
    assert "原标题" not in _persons(s)


def test_official_before_a_task_or_motion():
    # http://ryehollerboys.com/shanxi/2536998.html (山西 2016, traditional): 牵头; the name again later.
    s = "由省委副書記、省長李小鵬牽頭,6位副省長、1位秘書長領辦。根據省政府統一安排,李小鵬全面負責各項工作任務的完成。"
    assert _extracted(s) == ["李小鵬", "李小鵬"]
    # http://www.npc.gov.cn/c2/c190/c1168/c1275/201905/t20190522_149154.html (湖州): 提请.
    assert "马以" in _persons("会议听取和审议了市长马以提请的有关人事任命议案。")
    # http://shenyang.baogaosu.com/... (沈阳 2016): 宣读.
    assert "王翔坤" in _persons("市委常委、副市长、市总工会主席王翔坤宣读《关于表彰全市先进单位、先进集体和劳动模范的决定》。")
    # https://www.xzxw.com/xw/xzyw/2025-05/19/content_6544748.html (西藏 2025): 被评为.
    assert "邓晓梅" in _persons("林芝市残联业务科副科长邓晓梅被评为“全国残疾人工作先进个人”。")


def test_editor_fields():
    # http://liehuw.com/liehuwang/vip_doc/12222846.html (信阳 信政〔2018〕17号) and the 湖州 page above.
    assert _extracted("信阳市人民政府 2018年12月3日 责编:尹妮子 |") == ["尹妮子"]
    assert _extracted("列席了会议。\n编 辑: 包瓴瓴\n责 编: 包瓴瓴\n") == ["包瓴瓴", "包瓴瓴"]
    # A field of the same word naming no one.
    assert _extracted("编辑:市委宣传部\n") == []


def test_tibetan_names():
    # http://tibet.cn/cn/in/yc/202410/t20241013_7699063.html (那曲 2024) and the 西藏 2025 page above.
    s = "市委副书记、市长扎西多吉出席会议并讲话。市委副书记白玛罗布主持会议。"
    assert _persons(s) == ["扎西多吉", "白玛罗布"]
    s = "阿里地区噶尔县狮泉河镇塔杰社区党支部书记次仁加布、定日县特殊职业技能培训学校有限公司法人次仁顿珠被评为“全国自强模范”"
    assert _persons(s) == ["次仁加布", "次仁顿珠"]
    # One element alone is no name.
    assert _persons("扎西德勒，格桑花开。") == []


def test_list_after_a_commendation_verb():
    # http://www.jusar.cn/a/n9IWT9XB64018.html (辽宁 全省见义勇为英雄表彰大会).
    s = "省委、省政府决定追授石树增、陈朋、孙利东、李良旭同志“辽宁省见义勇为英雄”称号；授予陈学军、王同德、张志新同志称号"
    assert _persons(s) == ["石树增", "陈朋", "孙利东", "李良旭", "陈学军", "王同德", "张志新"]


def test_three_character_name_again_before_its_count():
    # https://www.bilezu.com/html/88690084.html (寿光 2017).
    s = "决定授予陈洪国等三名同志“寿光人民勋章”称号。确定提名推荐得票相对集中的陈洪国等3人为初步人选。"
    assert _extracted(s) == ["陈洪国", "陈洪国"]
