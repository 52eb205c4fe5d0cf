"""LOC probe loc23: townships, villages and communities named alone in local reports and lists."""
import govie


def _ents(text):
    return govie.extract(text, model=None).entities


def _locs(text):
    return [e.text for e in _ents(text) if e.label == "LOC"]


def test_towns_in_a_list_stand_alone():
    # 纳雍县 work report, https://guanchang.qwyd.net/zhengfugongzuobaogao/287292_6.html
    text = "重点突出龙场镇、乐治镇省定示范镇和维新镇、化作乡、张家湾镇市定示范镇，逐一完善“8+X”项目"
    locs = _locs(text)
    assert {"龙场镇", "乐治镇", "维新镇", "张家湾镇"} <= set(locs)
    assert not any("示范镇" in x for x in locs)  # the class after a town is no part of its name


def test_town_the_speaker_visits():
    # 常熟 董浜镇 news, http://jiangsu.china.com.cn/html/jsnews/around/10757801_1.html
    text = "今年以来，董浜镇围绕年度总目标，全面推进“千村美居”工程"
    assert _locs(text) == ["董浜镇"]


def test_town_runs_on_to_its_village():
    # 平阳县 project plan, https://www.zjpy.gov.cn/art/2024/11/27/art_1229608247_59111793.html
    text = "备注 | 1 | 项目 | 单位 | 昆阳镇官岙邸村 | 官岙邸交界与湖屿村交界沿线的田园等风貌提升"
    locs = _locs(text)
    assert "昆阳镇官岙邸村" in locs and "湖屿村" in locs


def test_villages_in_a_list_after_a_town_and_village():
    # Shanxi green villages list, http://51haodu.com/t/OXE2UWw5UHVzOA==
    text = "广灵县：壶泉镇南汇村、稻地村、西河乡村"
    locs = _locs(text)
    assert "壶泉镇南汇村" in locs and "稻地村" in locs


def test_villages_named_alone():
    # a town's 美好乡村 report, https://www.xiaomilidoc.com/p-7212639.html
    text = "南楼村和苏南村均顺利通过省、市、区验收；戚桥村和横排头村抓住列入省和区美好乡村建设示范村机遇"
    locs = _locs(text)
    assert locs[:3] == ["南楼村", "苏南村", "戚桥村"]
    assert not any(x.endswith("示范村") or x.endswith("乡村") for x in locs)


def test_common_noun_villages_join_a_list_of_villages():
    # 常熟 董浜镇 news, http://jiangsu.china.com.cn/html/jsnews/around/10757801_1.html
    text = "考评组随机抽查该镇天星村、旗杆村、新民村，现场进行考核。"
    assert _locs(text) == ["天星村", "旗杆村", "新民村"]


def test_town_bodies_and_classes_are_no_loc():
    # 留庄镇 report, https://m.ilede.com.cn/a/1h0y4xp.html; 平阳县 plan (zjpy.gov.cn, above); 纳雍 report
    assert "留庄镇" not in _locs("留庄镇政府在县委、县政府及镇党委的正确领导下，深入贯彻落实")
    assert _locs("昆阳镇、万全镇人民政府：根据文件精神") == []
    assert _locs("推进农村人居环境整治三年行动，加快农村生活污水、生活垃圾处理设施建设。") == []
    assert _locs("完成全市2022年度13个特色精品示范村和49个美丽宜居示范村的当年度建设项目") == []
