"""PERSON in commendation lists, rosters, bylines and divisions of work (probe person25)."""

from __future__ import annotations

import pytest

from govie.taggers.entities import tag_orgs, tag_persons
from govie.text.normalize import normalize
from govie.types import Context


def _persons(sentence: str) -> list[str]:
    norm = normalize(sentence)
    spans = sorted({(m.start, m.end) for m in tag_persons(norm.text, Context(source=norm))})
    return [sentence[slice(*norm.to_original(s, e))] for s, e in spans]


def test_name_grid_with_padded_names():
    # http://www.jxggw.gov.cn/view38-2003.html (江西省关工委): a grid of names, 陈 忠 padded.
    s = "二、全国关心下一代工作先进工作者\n兰玉华 李金保 李先平 缪延相 陈 忠\n廖济奎 李烈民 朱汉盛 钟礼龙 张祖良\n"
    assert _persons(s) == ["兰玉华", "李金保", "李先平", "缪延相", "陈 忠", "廖济奎", "李烈民", "朱汉盛", "钟礼龙", "张祖良"]


def test_grid_of_common_words_is_no_names():
    # Every cell opens with a surname, yet they are words (黄金, 白银) and a place (白银).
    assert _persons("主要产品\n黄金 白银 石油 高粱\n") == []


def test_roster_name_one_space_before_unit():
    # http://spsfnw.gov.cn/WAP/article-104-48.html (四平市妇联 四妇发〔2017〕5号).
    s = ("四平好人·最美时代女性名单\n许凤文 梨树县吉凤手工艺品基地有限公司 总经理\n张 英 双辽市双英种业公司 总经理\n"
         "孙立红 铁东区平南街风光社区 妇联协理员\n田亚丽 四平市十二中学 教师\n")
    assert _persons(s) == ["许凤文", "张 英", "孙立红", "田亚丽"]
    norm = normalize(s)
    orgs = [s[slice(*norm.to_original(m.start, m.end))] for m in tag_orgs(norm.text, Context(source=norm))]
    assert "梨树县吉凤手工艺品基地有限公司" in orgs and not any(o.startswith("许凤文") for o in orgs)


def test_roster_name_with_note_of_sex_or_nationality():
    # https://m.163.com/news/article/JD754NDT05149SK3.html (吉林, 2024 全国民族团结进步模范个人).
    s = ("吉林省荣获“全国民族团结进步模范个人”称号的有:\n王淑清(女) 吉林省延吉市北山街道丹英社区党委书记、居委会主任\n李海兰(女,朝鲜族) 吉林省汪清县第四幼儿园园长\n"
         "尚彦臣 吉林省集安市文物局博物馆高句丽历史考古研究员\n金宪(朝鲜族) 吉林省和龙市东城镇光东村党支部书记\n")
    assert _persons(s) == ["王淑清", "李海兰", "尚彦臣", "金宪"]


@pytest.mark.parametrize("sentence,expected", [
    # http://epaper.cnnb.com.cn/nbrb/pc/content/202601/20/content_258540.html (宁波日报 2026)
    ("本报讯(记者王佳 通讯员王宁)昨天上午,市委召开民主协商会", ["王佳", "王宁"]),
    # http://tangov.net/dtyw217/p/111988.html (邵阳, traditional script)
    ("邵陽新聞網6月16日訊(記者 趙點 通訊員 楊運良 馬艷超)6月16日", ["趙點", "楊運良", "馬艷超"]),
    # http://chinanews.com.cn/gn/news/2007/08-01/992072.shtml (广州 2007)
    ("联系妇联、工商联工作。(记者/陈洁娜 实习生/林胤)", ["陈洁娜", "林胤"]),
])
def test_reporters_in_a_byline(sentence, expected):
    assert _persons(sentence) == expected


def test_division_of_work_with_ascii_colon():
    # http://chinanews.com.cn/gn/news/2007/08-01/992072.shtml: the page serves ASCII colons.
    s = "市长张广宁:主持市政府全面工作。\n常务副市长邬毅敏:协助市长日常工作;分管发展和改革。\n原副市长王晓玲因被任命为市委常委"
    assert _persons(s) == ["张广宁", "邬毅敏", "王晓玲"]


def test_names_listed_before_a_group_head():
    # http://588gc.com/system/2015/04/02/015245058.shtml (廊坊 2015)
    assert _persons("霸州爱心团队等10名个人荣获称号,高双成、卢玉桥等20名个人(集体)荣获提名奖。") == ["高双成", "卢玉桥"]


@pytest.mark.parametrize("sentence,expected", [
    # http://www.secpartner.com/article/xdfn20250102.html (甘肃, traditional script)
    ("分別是積石山保安族東鄉族撒拉族自治縣劉集鄉人民政府鄉長馬競,嘉峪關絲路(長城)文化研究院副研究館員張曉燕,"
     "蘭州大學中國邊疆安全研究中心萃英二級教授徐黎麗。", ["馬競", "張曉燕", "徐黎麗"]),
    # https://fensifuwu.com/emotion/me/ead509648a19eea74dccb1d6a3981bb1.html (德州)
    ("山东清洋湖农业科技有限公司技术部经理孙莹等13人获山东省巾帼建功标兵称号", ["孙莹"]),
])
def test_posts_of_townships_societies_and_professions(sentence, expected):
    assert _persons(sentence) == expected


def test_town_and_village_are_no_post_and_name():
    # dev pt-208869 (a list of villages): 东流镇 + 长安村, not 镇长 + 安村.
    assert _persons("陈啟鹏  东至县东流镇长安村\n") == []
