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


@pytest.mark.parametrize("sentence,expected", [
    # 国办函〔2022〕33号 (https://culturechina.cn/wenyu/147414.html): each label alone on its line,
    # then one member a line, the name before one space and the post.
    ("二、组成人员\n组长:\n孙春兰 国务院副总理\n第一副组长:\n王勇 国务委员\n副组长:\n袁家军 中共浙江省委书记\n"
     "成员:\n孔绍逊 中央办公厅副主任兼秘书局局长\n孟扬 国务院副秘书长\n",
     ["孙春兰", "王勇", "袁家军", "孔绍逊", "孟扬"]),
])
def test_roster_under_a_label_line(sentence, expected):
    assert _persons(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 卢氏县 (http://lushixian.gov.cn/1803/614967264/499351.html): 副组长 before the name.
    ("副组长:彭海峰(县政府办公室主任)", ["彭海峰"]),
    # 由 after a post names who holds it, no surname.
    ("工作会议由组长召集，也可由组长委托副组长召集。组长由县长担任", []),
])
def test_group_leader_post(sentence, expected):
    assert _persons(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 宜政发〔2023〕158号 (http://www.yixing.gov.cn/doc/2023/11/21/1186472.shtml): 等 closes the name
    # before 同志; a group's head after 以及.
    ("市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定", ["肖颖"]),
    ("对新街街道环科园见义勇为工作站等10个见义勇为工作先进单位以及周成效等10名见义勇为先进工作者予以表彰。", ["周成效"]),
    # 洛政〔2012〕12号 (http://fsou.com/html/text/lar/173501/17350107.html): after 和, not 和卢南.
    ("决定对新安县人民政府等14个单位和卢南等45名同志予以表彰。", ["卢南"]),
])
def test_group_head_after_a_conjunction(sentence, expected):
    assert _persons(sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # 重庆南岸区 (https://www.walre.com/cq/news/2017/1215/52469.html): lists ended by an ASCII comma and 及.
    ("区领导王愚、黄红、陈廷明,经开区领导侯宗权、谢德平、张进及相关单位负责人参加会议。",
     ["王愚", "黄红", "陈廷明", "侯宗权", "谢德平", "张进"]),
    # 福建 (https://www.ctxww.com/folder22/2024-12-07/6726.html): 等 after a post and name.
    ("区人大常委会主任周俊雄、区政协主席叶水山等区四套班子领导", ["周俊雄", "叶水山"]),
])
def test_leaders_listed_at_a_meeting(sentence, expected):
    assert _persons(sentence) == expected


def test_name_recurring_as_a_speaker():
    # 重庆南岸区 (https://www.walre.com/cq/news/2017/1215/52469.html): the name alone after its post.
    sentence = ("近日,区委副书记、区长兼经开区党工委书记、管委会主任王俊主持召开区长办公会。\n"
                "王俊要求,要认真梳理吸纳意见和建议。\n王俊说,政府工作报告是向全区人民作出的庄严承诺。")
    assert _persons(sentence) == ["王俊", "王俊", "王俊"]


def test_name_recurring_as_a_speaker_after_a_full_stop():
    # 郑州晚报 2017-01-25 (https://zzwb.zynews.cn/html/2017-01/25/content_809492.htm).
    sentence = ("昨日下午,省委常委、市委书记马懿主持召开市委常委会议,研究我市贯彻落实意见。"
                "马懿强调,要认真学习领会省“两会”精神。")
    assert _persons(sentence) == ["马懿", "马懿"]


@pytest.mark.parametrize("sentence,expected", [
    # dev wr2026-hebei: the byline's name opens the next line before 作政府工作报告.
    ("河北省人民政府省长 王正谱\n王正谱作政府工作报告。本报记者 霍艳恩摄\n", ["王正谱", "王正谱", "霍艳恩"]),
    # dev wr2026-xinjiang: a transliterated name in the byline, then before 代表自治区人民政府.
    ("自治区主席 艾尔肯·吐尼亚孜\n1月27日，艾尔肯·吐尼亚孜代表自治区人民政府，向大会作政府工作报告。",
     ["艾尔肯·吐尼亚孜", "艾尔肯·吐尼亚孜"]),
    # 浙江日报 2005 (https://news.sohu.com/20050228/n224461289.shtml): 代表 after post and name, 作的《 on repeat.
    ("出席大会的608名省人大代表听取了省长吕祖善代表省政府所作的《政府工作报告》。\n吕祖善作的《政府工作报告》共六个部分",
     ["吕祖善", "吕祖善"]),
])
def test_report_speaker_named_again(sentence, expected):
    assert _persons(sentence) == expected


def test_dotted_name_after_post_before_verb():
    # 新疆日报 2018 (https://wulumuqi.baogaosu.com/xinwen/...自治区十三届人大一次会议开幕/64334845).
    sentence = "根据会议议程，自治区主席雪克来提·扎克尔代表自治区人民政府作政府工作报告。"
    assert _persons(sentence) == ["雪克来提·扎克尔"]


@pytest.mark.parametrize("sentence,expected", [
    # 浙江日报 2005 (https://news.sohu.com/20050228/n224461289.shtml): after the post, ended by 和; 徐志纯 is
    # a word of jieba's dictionary.
    ("大会执行主席俞国行、鲁松庭、徐志纯、卢文舸、叶荣宝、葛圣平、李志雄、孙优贤、李步星和大会主席团全体成员在主席台就座。",
     ["俞国行", "鲁松庭", "徐志纯", "卢文舸", "叶荣宝", "葛圣平", "李志雄", "孙优贤", "李步星"]),
    # 新疆日报 2026 (https://www.xjbl.gov.cn/info/1022/109325.htm): transliterated names in the list, the
    # post before the first is no part of it.
    ("自治区政协主席努尔兰·阿不都满金，副主席吉尔拉·衣沙木丁、孔星隆、杨勇、阿不都热克甫·吐木尼牙孜、"
     "努热木·斯玛依汗、艾则孜·木沙、刘会军、蒲雪梅、许咸宜、艾山江·艾合买提、巴图、石岗，秘书长任澄在主席台前排就座。",
     ["努尔兰·阿不都满金", "吉尔拉·衣沙木丁", "孔星隆", "杨勇", "阿不都热克甫·吐木尼牙孜", "努热木·斯玛依汗",
      "艾则孜·木沙", "刘会军", "蒲雪梅", "许咸宜", "艾山江·艾合买提", "巴图", "石岗", "任澄"]),
    # Same page: 主席台 is the rostrum, no post after 王刚.
    ("张迎春、玉苏甫江·麦麦提、伊力扎提·艾合买提江、哈丹·卡宾、王琳、王刚在主席台就座，祝贺大会召开。",
     ["张迎春", "玉苏甫江·麦麦提", "伊力扎提·艾合买提江", "哈丹·卡宾", "王琳", "王刚"]),
    # 昌吉日报 2022 (https://3743677.com/z2y202201/t20220111_14603391.html): a bracketed note ends the list.
    ("大会主席团常务主席、执行主席王国和、马国强、马建新(人大)、海拉提·包开、张建彬、李向东在主席台前排就座。",
     ["王国和", "马国强", "马建新", "海拉提·包开", "张建彬", "李向东"]),
])
def test_presidium_on_the_rostrum(sentence, expected):
    assert _persons(sentence) == expected
