"""PERSON probe person36p: thematic doctrines in provincial reports, the names after a field's first."""
from govie.taggers.entities import tag_persons
from govie.types import Context


def _persons(text, ctx=None):
    return sorted({text[m.start:m.end] for m in tag_persons(text, ctx) if m.label == "PERSON"})


def test_thematic_doctrine_names_its_leader_in_a_provincial_report():
    # 2026 河北省政府工作报告 (dev wr2026-hebeim): the dev gold marks 习近平 here.
    assert _persons("践行习近平生态文明思想，建设天蓝地绿水秀的美丽河北。", Context(central=False)) == ["习近平"]
    # 2026 天津市政府工作报告 (dev wr2026-tianjin).
    assert _persons("全面贯彻习近平外交思想，主动融入国家总体外交。", Context(central=False)) == ["习近平"]


def test_main_doctrine_stays_unmarked_outside_central_documents():
    # 2019 湖北 report news, http://m-jingmen.cjyun.org/p/229935.html: the dev gold splits 12/10, left as it was.
    text = "一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。"
    assert _persons(text, Context(central=False)) == []


def test_second_name_of_a_roster_field():
    # 秀洲区 meeting notice 2010, http://jxxznews.zjol.com.cn/xznews/system/2010/03/04/011889756.shtml
    text = "1、区创建领导小组第一副组长：张少初，常务副组长：王国华、王申峰，副组长：周巍、祁海龙、吕桂华。"
    assert _persons(text) == ["吕桂华", "周巍", "张少初", "王国华", "王申峰", "祁海龙"]


def test_field_of_bodies_names_no_one():
    # dev pt-221933: a field listing two bodies after its colon.
    assert _persons("发文单位：市科委、市教委。") == []
