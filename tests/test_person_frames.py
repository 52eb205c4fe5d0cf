"""PERSON in the frames of policy documents: rosters under a post label, contact fields,
a name heading a counted group, appointments, leaders attending, 兼任/担任."""

from __future__ import annotations

import pytest

from govie.taggers.entities import tag_persons
from govie.text.normalize import normalize
from govie.types import Context


def _persons(sentence: str) -> list[str]:
    norm = normalize(sentence)
    spans = sorted({(m.start, m.end) for m in tag_persons(norm.text, Context(source=norm))})
    return [sentence[slice(*norm.to_original(s, e))] for s, e in spans]


@pytest.mark.parametrize("sentence,expected", [
    # 沪府办〔2020〕59号 (https://shanghai.gov.cn/nw12344/20201015/cb98b6d33ca94c9aaa260598352ccd50.html):
    # one space after the name, two-character names spaced inside.
    ("领导小组组成人员如下:\n组 长:龚 正 市长\n副组长:陈 寅 常务副市长\n汤志平 副市长\n"
     "成 员:马春雷 市政府副秘书长、市发展改革委主任\n黄 融 市政府副秘书长\n",
     ["龚 正", "陈 寅", "汤志平", "马春雷", "黄 融"]),
    # 粤办函〔2021〕299号 (https://0798ci.com/policy/199286.html): the unit follows the name unspaced.
    ("二、组成人员\n组 长:林克庆省委常委、常务副省长\n副组长:陈良贤副省长\n王 曦副省长\n"
     "成 员:张 勇广州市委常委、常务副市长\n张宜生珠海市副市长\n郑人豪省发展改革委主任\n",
     ["林克庆", "陈良贤", "王 曦", "张 勇", "张宜生", "郑人豪"]),
])
def test_roster_under_a_post_label(sentence, expected):
    assert _persons(sentence) == expected


def test_roster_label_after_a_post_is_no_name():
    # 国办 roster (dev sc19-46): 成 is a surname, 成　员： the next label.
    sentence = "王\u3000伟\u3000\u3000北京奥组委执行副主席\n成\u3000员：何亚非\u3000\u3000外交部部长助理\n蔡旭敏\u3000\u3000安全部副部长\n"
    assert "成\u3000员" not in _persons(sentence)


@pytest.mark.parametrize("sentence,expected", [
    # dev pt-85109 (Jiangxi): names after 联系人, joined by a space or 、.
    ("相关咨询事宜可联系，省应急管理厅宣教处联系人：王瑞科 徐芳，联系电话：0791-85257290、85257213；"
     "省宣教中心联系人：刘方、黄景晗，联系电话：0791-85257107。", ["王瑞科", "徐芳", "刘方", "黄景晗"]),
    # 庆元县 (http://minyi.zjzwfw.gov.cn/dczjnewls/dczj/idea/topic_13129.html).
    ("1.通过电话方式,联系人:陈奕浪,联系电话:0578-6056221。", ["陈奕浪"]),
    # 湛农通〔2018〕461号 (http://nyncj.zhanjiang.gov.cn/zwgk/xztz/content/post_859706.html).
    ("(联系人:李霖,电话:3220060,电子邮箱:zj3220060@126.com)", ["李霖"]),
])
def test_contact_field(sentence, expected):
    assert _persons(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # dev pt-208869 (Anhui).
    ("钱之云等100名同志被评为“全省粮食生产先进工作者”，陈志刚等99名同志被评为“全省种粮大户”。", ["钱之云", "陈志刚"]),
    # 丹政发[2008]37号 (http://www.fymate.com/html/text/lar/170369/17036924.html).
    ("授予浪头镇等 12个乡镇优胜乡镇荣誉称号，各奖励人民币5万元；授予郭天彬等71人先进工作者荣誉称号。", ["郭天彬"]),
    # A place heading a count is no name.
    ("东城区等3个区", []),
])
def test_name_heading_a_counted_group(sentence, expected):
    assert _persons(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 国办 2021 (https://bj.crntt.com/doc/7_0_106070936_7_0427165402.html): post, name, 兼任.
    ("办公室主任由民政部部长李纪恒兼任；常务副主任由民政部副部长高晓兵兼任；", ["李纪恒", "高晓兵"]),
    # dev sc19-46: post, name, 担任.
    ("协调委办公室设在民航总局，承担协调委的日常工作。办公室主任由民航总局副局长杨国庆担任，", ["杨国庆"]),
    # 济源市人大常委会 (http://so.shenzhenrexian.net/so/20230531/172172.html): 接受…同志.
    ("会议决定，接受庄建球同志辞去济源市人民政府市长职务的请求。", ["庄建球"]),
    # 黑龙江省人大常委会 (https://heilongjiang.dbw.cn/system/2007/12/25/051095834.shtml): 任命…为, 免去…职务.
    ("决定任命杜家毫、孙尧、黄建盛为省政府副省长，郭晓华为省政府秘书长；免去张松岭省政府秘书长职务。",
     ["杜家毫", "孙尧", "黄建盛", "张松岭"]),
    # 文成县 (http://www.66wc.com/system/2020/07/03/013820030.shtml): leaders attending.
    ("县长章寿禹主持召开第36次县长办公会议。县领导吴昌亮、李标、金一玲、刘云、毛伟新参加会议。",
     ["章寿禹", "吴昌亮", "李标", "金一玲", "刘云", "毛伟新"]),
    # 澧南镇 (http://www1.ekgqq.com/zcmbhl/7983.html): 副镇长 before a name; 镇长 inside a village's name is none.
    ("对当前秸秆禁烧工作进行了安排部署。副镇长张力、镇农业综合服务中心负责人参加会议。", ["张力"]),
    ("陈啟鹏  东至县东流镇长安村\n", []),
])
def test_appointment_and_meeting_frames(sentence, expected):
    assert _persons(sentence) == expected
