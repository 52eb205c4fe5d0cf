"""DEPT in national news, briefings and notices, round-11 probe (dept17n): real lines of published
pages (addresses in each test), dev and readable texts."""

from __future__ import annotations

from .mentions import depts


def _depts(text, reference_date=None):
    return depts(text, units=True, reference_date=reference_date)


def test_an_embassy_gets_the_full_name_of_its_state():
    # dev pt-218662 (海关总署, 2014): gold 中华人民共和国驻缅甸联邦共和国大使馆.
    text = "驻内比都办事处（隶属于我驻缅使馆）、驻济州总领馆（韩国）将实施车辆管理制度改革试点"
    assert ("驻缅使馆", "中华人民共和国驻缅甸联邦共和国大使馆", None) in _depts(text, "2014-04-25")


def test_an_embassy_after_a_verb_is_chinas_mission():
    # http://javascriptjump.com/?Zt5=Bk.html (中新网, 中国驻美国使领馆 notice): 选择驻美国使馆 was cut
    # to 美国使馆 (a foreign state's body, null).
    text = "根据自己在美居住地址选择驻美国使馆或对应总领馆,填写相关信息完成登记。"
    assert ("驻美国使馆", "中华人民共和国驻美利坚合众国大使馆", None) in _depts(text, "2024-11-05")


def test_our_countrys_embassy_and_a_states_name_of_its_time():
    # /work/r6/readable/sc-report-2000.txt: 南联盟 was 南斯拉夫联盟共和国 from 1992 to 2003.
    text = "去年我们坚决反对以美国为首的北约袭击我国驻南联盟使馆的野蛮行径"
    assert ("驻南联盟使馆", "中华人民共和国驻南斯拉夫联盟共和国大使馆", None) in _depts(text, "2000-03-05")
    assert ("驻南联盟使馆", None, None) in _depts(text, "2010-03-05")


def test_a_foreign_states_mission_in_china_stays_unmarked():
    # /work/r6/readable/wr2026-广东省.txt: 外国驻穗总领馆 is a class of foreign consulates in Guangzhou
    # (a guard for the verbs now allowed before 驻).
    assert _depts("城和外国驻穗总领馆", "2020-01-01") == []


def test_a_bureau_of_the_information_office_is_its_unit():
    # http://www.syjyzs888.com/a/hui_shenghuo/20200522/40423.html (国务院新闻办 briefing, 2020);
    # like 国务院办公厅秘书局 of 国办秘函〔1998〕373号 (dept16n): a central office's bureau.
    text = "国务院新闻办新闻局局长、新闻发言人 胡凯红"
    assert _depts(text, "2020-05-22") == [("国务院新闻办新闻局", "国务院新闻办公室", "新闻局")]
    text = "国务院办公厅秘书局关于向《国务院公报》提供选刊文件和做好订阅工作的通知"
    assert _depts(text, "1998-11-01")[0] == ("国务院办公厅秘书局", "国务院办公厅", "秘书局")


def test_a_spokesmans_department_stands_alone():
    # https://www.yinghuodd.com/fast/detail_3514.html (国新办, 2021) and the 2011 briefing photo caption
    # (国家统计局新闻发言人、国民经济综合统计司司长盛来运): the 司 of the body named before.
    text = "国家统计局新闻发言人、国民经济综合统计司司长付凌晖答记者问时表示"
    assert ("国民经济综合统计司", "国家统计局", "国民经济综合统计司") in _depts(text, "2021-12-15")

