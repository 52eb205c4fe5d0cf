"""LOC kinds found by probe loc18 (policy documents of every level: approvals of zones and of
division changes, county and city notices; round 11). Sentences from public pages, cited by address."""

import pytest

import govie
from govie.taggers.entities import tag_locs


def _spans(sentence):
    return [sentence[m.start:m.end] for m in tag_locs(sentence)]


@pytest.mark.parametrize("sentence,expected,forbidden", [
    # A zone's boundaries (四至): villages, communities, roads, rivers, canals, levees; not firms, bodies,
    # numbered roads or railway lines. 国函〔2018〕42号 (flfgsc.cn, 潜江高新区):
    ("区块四规划面积0.46平方公里，四至范围：东至百里长渠，南至信心村，西至广泽公路、信心村、沙岭村，北至沙岭村；",
     ["百里长渠", "信心村", "广泽公路", "沙岭村"], []),
    ("四至范围：东至章华北路、彭鲁村、曹滩村，南至信心村，西至318复线、百里长渠、湖滨路、信心村，北至湖滨路、沙岭村、永安药业；",
     ["章华北路", "彭鲁村", "曹滩村", "百里长渠", "湖滨路"], ["永安药业", "318复线"]),
    ("四至范围：东至竹根滩青年村，南至湖北金华润化肥工厂，西至汉南河，北至竹泽公路、汉江大堤、远达化工、汉南社区；",
     ["竹根滩青年村", "汉南河", "竹泽公路", "汉江大堤", "汉南社区"], ["湖北金华润化肥工厂", "远达化工", "汉江"]),
    # 鄂政函〔2019〕14号 (0798ci.com/policy/104026.html): a town's address chain, the side and the road class cut off
    ("区块二，东至茶店镇蔡家岭村邓家洼东侧，南至茶店镇蔡家岭村邓家洼村级公路，西至茶店镇蔡家岭村邓家湾，北至茶店镇蔡家岭村邓家洼北侧；",
     ["茶店镇蔡家岭村邓家洼", "茶店镇蔡家岭村邓家湾"], ["茶店镇蔡家岭村邓家洼东侧", "茶店镇蔡家岭村邓家洼村级公路"]),
    # 国办函〔2000〕17号 (qinglite.cn/doc/309066f4b55332b86): 起 as well as 至; the railway line stays unmarked
    ("南起郑尉公路（老陇海铁路路基），北至陇海铁路，东起李南岗、潮河，西至107国道，规划范围总用地12.49平方公里。",
     ["郑尉公路", "李南岗", "潮河"], ["陇海铁路"]),
    # one side alone is no boundary list
    ("组织游客东至某地参观", [], ["某地"]),
    # a government's seat (国函〔1998〕60号, zhonghuashu.com) and a prefecture of the level 地区 after 撤销/原
    ("二、广安市设立广安区，以原广安县的行政区域为广安区的行政区域。区人民政府驻浓洄镇。", ["浓洄镇"], []),
    ("三、广安市辖原广安地区的岳池县、武胜县、邻水县和新设立的广安区。", ["广安地区"], ["广安"]),
    # but a city's area is the city (dev gz-17 gold: 广州)
    ("在广州地区领取营业执照", ["广州"], ["广州地区"]),
    # a leading group a place opens, a bracket inside its name (longling.gov.cn/info/9108/1297449.htm;
    # nyncj.wuhan.gov.cn 2023): no place
    ("、云南省河（湖）长制领导小组印发《", [], ["云南省"]),
    ("、龙陵县河长制领导小组印发《", [], ["龙陵县"]),
    ("向武汉市乡村休闲游（赏花游）发展领导小组办公室提交书面证明材料反映", [], ["武汉市"]),
    # a list title the place opens (nyncj.wuhan.gov.cn 2023)
    ("关于武汉市第二批乡村休闲游重点村名单的公示", [], ["武汉市", "武汉市第二批乡村休闲游重点村"]),
])
def test_probe18(sentence, expected, forbidden):
    found = _spans(sentence)
    for e in expected:
        assert e in found, (e, found)
    for f in forbidden:
        assert f not in found, (f, found)


def test_own_title_places_unmarked():
    # Guide v2.2 LOC 4: the document's own title names a document (国函〔1998〕60号, zhonghuashu.com)
    text = ("国务院关于同意四川省撤销广安地区设立地级广安市的批复\n国函〔1998〕60号\n四川省人民政府：\n"
            "一、同意撤销广安地区和广安县，设立地级广安市。市人民政府驻新设立的广安区广福镇。\n")
    locs = [(e.start, e.text) for e in govie.extract(text, model=None).entities if e.label == "LOC"]
    title_end = text.index("\n")
    assert all(s > title_end for s, _ in locs), locs
    assert "广安区广福镇" in [t for _, t in locs]


def test_pair_alias_is_no_place():
    # A short name defined for two places together names the programme (zhengzhou.baogaosu.com, Henan 2015)
    s = "为贯彻落实党中央、国务院关于推进丝绸之路经济带和21世纪海上丝绸之路（以下简称“一带一路”）建设的战略部署，积极参与“一带一路”建设"
    found = _spans(s)
    assert "丝绸之路经济带" in found and "海上丝绸之路" in found
    assert "一带一路" not in found, found
