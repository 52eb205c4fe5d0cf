"""Round 16 probe dept29n: DEPT in State Council and 国务院办公厅 documents (批复, 意见, 通知 and
部际联席会议 texts with member lists).

Each test quotes real sentences of a probe text (addresses in the comments)."""
import govie
from govie.taggers.dept import drop_class_depts
from govie.types import Mention


def _depts(text, date):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]


# http://www.wendang123.cn/huiyiwenshu/huiyitongzhi/63247.html (国务院办公厅, 部际联席会议审批程序)
RULE = "三、新建立的部际联席会议，由国务院领导同志牵头负责的，名称可冠“国务院”字样，其他的统一称“部际联席会议”。"


def test_a_body_name_quoted_as_a_word_is_no_mention():
    assert _depts(RULE, "2018-07-18") == [("国务院", "中华人民共和国国务院")]


def test_the_models_quoted_word_is_dropped_too():
    s = RULE.index("“国务院”") + 1
    lead = RULE.index("国务院")
    kept = drop_class_depts(RULE, [Mention("DEPT", lead, lead + 3, "model", {}, 0),
                                   Mention("DEPT", s, s + 3, "model", {}, 0)])
    assert [(m.start, m.end) for m in kept] == [(lead, lead + 3)]


def test_a_province_and_a_city_sharing_one_government_head():
    # http://ceshi.zgykjs.com/index.php?c=show&id=5736 (国函〔2022〕50号)
    text = "一、同意在广东省广州市设立华南国家植物园，由国家林草局、住房城乡建设部、中科院、广东省和广州市人民政府合作共建。"
    assert _depts(text, "2022-05-30") == [
        ("国家林草局", "国家林业和草原局"), ("住房城乡建设部", "住房和城乡建设部"), ("中科院", "中国科学院"),
        ("广东省", "广东省人民政府"), ("广州市人民政府", "广州市人民政府")]


def test_a_ministry_before_fen_guan_keeps_its_bu():
    # http://jianzh.com/?p=5726 (数字经济发展部际联席会议, 2022)
    text = "国家发展改革委分管负责同志担任召集人，中央网信办、工业和信息化部分管负责同志担任副召集人。"
    assert _depts(text, "2022-07-25") == [
        ("国家发展改革委", "国家发展和改革委员会"), ("中央网信办", "中央网络安全和信息化委员会办公室"),
        ("工业和信息化部", "工业和信息化部")]
