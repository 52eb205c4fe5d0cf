"""PERSON in rosters, appointments, contacts and commendations (probe person27): real sentences,
each with its page's address, scored on the rules alone."""
import pytest

import govie


def persons(text: str) -> list[str]:
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e.text for e in r.entities if e.label == "PERSON"]


def test_leaders_table_with_phones():
    # http://www.dachuan.gov.cn/xxgk-show-12017.html (达县 2007): post, name, telephone, set apart by spaces.
    text = ("五、“信息手机”将于2007年4月19日正式开通,号码为:\n"
            "县委副书记、县政府县长 李 春 15882900001\n"
            "县委常委、县政府副县长 王成军 15882900002\n"
            "县政府副县长 江孔成 15882900008\n")
    assert persons(text) == ["李 春", "王成军", "江孔成"]


def test_name_grid_keeps_a_dictionary_name():
    # http://szb.21xc.com/xccb/PC/con/201909/16/c23390.html (最美奋斗者 2019): 毛岸英 is a frequent
    # word of jieba's dictionary, tagged as a name; the grid line stays.
    text = ("一、“最美奋斗者”个人(278名)(按姓氏笔画为序)\n"
            "文花枝 文朝荣 方工 毛岸英 毛秉华 王伟 王刚 王昆\n")
    assert persons(text) == ["文花枝", "文朝荣", "方工", "毛岸英", "毛秉华", "王伟", "王刚", "王昆"]


def test_dismissed_before_a_named_city_and_resignations_in_a_row():
    # http://www.cjgcw.com/p/394402.html (泉州 2018)
    assert "卢炳椿" in persons("决定免去卢炳椿泉州市人民政府副市长、市公安局局长的职务。")
    # https://www.pengxi.gov.cn/gongkai/show/88997e80f7444b6295331a1f63a1bdec.html (遂宁 2018)
    text = ("会议决定接受杨自力辞去市人民政府市长职务、邓为辞去市人民政府副市长职务、"
            "熊隆东辞去市监察委员会主任职务的请求。")
    assert persons(text) == ["杨自力", "邓为", "熊隆东"]


def test_list_closed_by_its_count_without_deng():
    # https://www.pengxi.gov.cn/gongkai/show/88997e80f7444b6295331a1f63a1bdec.html (遂宁 2018)
    text = "会议补选邵革军、邓正权、徐洪3名同志为省十三届人民代表大会代表。"
    assert persons(text) == ["邵革军", "邓正权", "徐洪"]
    # No list, no name: a count after a plain noun.
    assert persons("会议表彰先进3名同志。") == []


def test_name_before_post_after_you():
    # https://www.ahtu.ah.cn/tag/huzhang/ (安徽 2020)
    text = "原由张曙光副省长担任的高邮湖、焦岗湖省级湖长调整为由章曦副省长担任,湖长协助单元稳定。"
    assert persons(text) == ["张曙光", "章曦"]


def test_dotted_names_after_a_post_and_in_a_resignation():
    # http://xjym.gov.cn/xjyw/30075.html (新疆 2025)
    assert persons("自治区人大常委会主任祖木热提·吾布力主持会议。") == ["祖木热提·吾布力"]
    # https://orientaldaily.on.cc/ (東網 2021, traditional; ‧ the hyphenation point)
    text = "決定接受雪克來提‧紮克爾辭去自治區政府主席職務的請求,任命艾爾肯‧吐尼亞孜為代理主席。"
    assert persons(text) == ["雪克來提‧紮克爾", "艾爾肯‧吐尼亞孜"]


def test_bylines_of_a_dateline_and_a_report():
    # http://www.cjgcw.com/p/394402.html (泉州 2018)
    assert "周晓磊" in persons("中国网海峡频道7月24日讯(周晓磊)23日,泉州市十六届人大常委会召开第十三次会议。")
    # http://xjym.gov.cn/xjyw/30075.html (新疆 2025)
    assert "张磊" in persons("天山网-新疆日报讯(记者张磊报道)2月19日,自治区十四届人大常委会举行第47次主任会议。")


def test_found_name_again_after_a_post_and_at_a_line_start():
    # http://www.cjgcw.com/p/394402.html (泉州 2018)
    text = ("会议审议决定,任命王永礼为泉州市人民政府副市长、代理市长。"
            "接受康涛辞去泉州市人民政府市长的职务;泉州市人民政府副市长王永礼代理泉州市人民政府市长职务。\n"
            "决定接受:\n康涛辞去泉州市人民政府市长职务;")
    assert persons(text) == ["王永礼", "康涛", "王永礼", "康涛"]


def test_commendation_list_with_short_county_units():
    # http://www.fymate.net/html/text/lar/171544/17154421.html (湘政函[2003]140号)
    text = ("(一)全省“三难地”绿化攻坚先进工作者\n李育洪 耒阳市林业局\n伍四銮 江华县林业局\n"
            "朱敷峰 慈利县林业局\n钟高峰 自治州林业局\n李定一 湖南省林业厅\n")
    assert persons(text) == ["李育洪", "伍四銮", "朱敷峰", "钟高峰", "李定一"]
    # 给予 opens a group's head: "给予唐春元等10名同志记一等功奖励".
    assert persons("授予李育洪等5名同志称号,给予唐春元等10名同志记一等功奖励。") == ["李育洪", "唐春元"]
