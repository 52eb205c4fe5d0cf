"""LOC kinds found by probe loc17 (2026 provincial reports of Shanxi, Jilin, Xinjiang, Tianjin, Shanghai,
Xizang and Qinghai outside the dev slices; city plans of Suzhou (Anhui), Lincang, Jingjiang, Changchun;
round 11)."""

import pytest

from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # 首都 stands for Beijing (dev wr2026-tianjin gold marks it ten times)
    ("主动对接首都各类资源，中资环5家二级公司有序展业", ["首都"], []),
    ("主动融入首都通勤圈", ["首都"], []),
    # jieba reads 首都北京 as one word: Beijing's name is the place (Xinjiang 2026)
    ("11万余名各族青少年赴首都北京等地参加“祖国情·中华行”参观学习活动", ["北京"], ["首都北京", "首都"]),
    # 非首都功能 is a fixed term (dev sc19-14 leaves it unmarked)
    ("牢牢把握北京非首都功能疏解集中承载地这个初心", ["北京"], ["首都"]),
    # compass parts of Yunnan, Jiangxi and Inner Mongolia (dev gold, Yunnan/Jiangxi/Inner Mongolia 2026)
    ("提升滇西城镇群、滇东北城镇群发展能级", ["滇西城镇群", "滇东北城镇群"], ["东北城镇群"]),
    ("赣东北扩大开放、赣西转型升级深入推进", ["赣东北", "赣西"], ["东北"]),
    ("建成蒙东“七横一纵”和蒙西“四横六纵”电网主网架", ["蒙东", "蒙西"], []),
    # Lincang river plan (bongotimes.com/info/1464/357512.html): an autonomous county by its short name
    # and 县; 边境村 is a class of villages, not the village's name
    ("深入贯彻习近平总书记考察云南重要讲话和给沧源县边境村老支书们的重要回信精神", ["沧源县"], ["沧源县边境村"]),
    ("坚决筑牢滇西南生态安全屏障", ["滇西南"], []),
    # the free trade port by its short word (Jilin 2026; dev wr2026-shandongm gold)
    ("高质量建设沿边开发开放平台，借力海南自贸港政策和RCEP机制", ["海南自贸港"], ["海南"]),
    ("深化与海南自贸港联动创新", ["海南自贸港"], ["海南"]),
    # a business district a city names (Xizang 2026)
    ("加快打造拉萨金融商务区", ["拉萨金融商务区"], ["拉萨"]),
    # a water transfer project named by the region (Yunnan 2026) stays unmarked (guide v2.2 LOC 2)
    ("开工建设滇中引水二期骨干工程", [], ["滇中"]),
    # review16: 首都 after a place is not chained to it (Hebei 2026: 张家口首都水源涵养功能区和生态环境支撑区)
    ("实施可再生能源替代行动。推进张家口首都“两区”建设。", ["张家口"], ["张家口首都"]),
    # review16: a route end the line follows after 段 is marked without 段 (Xinjiang 2026; dev wr2026-xizang
    # gold marks 然乌 in 波密至然乌段铁路 the same way)
    ("持续补齐南疆基础设施短板，阿克苏至巴楚段铁路扩能改造工程等加快推进。", ["阿克苏", "巴楚"], ["巴楚段"]),
])
def test_probe17(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)
    for f in forbidden:
        assert f not in found, (f, found)
