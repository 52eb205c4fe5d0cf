"""Probe act76n: activities in national news (State Council inspections, ministries' systems)."""
import govie


def _acts(text, ref):
    return [(a.trigger["text"], a.trigger["start"], a.type, a.mode) for a in govie.extract(text, reference_date=ref).activities]


def test_luoshi_inside_weirao_topic_keeps_main_verb():
    # 新华社 2020-10-14 "国务院第七次大督查拉开序幕" (slrbs.com/news/guonei/2020-10-14/1140570.html)
    s = "13日起，国务院第七次大督查的14个督查组陆续全部抵达相应省份，围绕做好“六稳”工作、落实“六保”任务开展实地督查。"
    acts = _acts(s, "2020-10-14")
    i = s.index("开展实地督查")
    assert ("开展", i, "inspection", "done") in acts
    assert s[i:i + 2] == "开展"


def test_queli_system_is_an_action():
    # 中国青年报 2008-12-31 (www.zhld.com/zkwb/html/2008-12/31/content_11379.htm)
    s = "国防部今年确立了新闻发布和新闻发言人制度。"
    acts = govie.extract(s, reference_date="2008-12-31").activities
    a = [x for x in acts if x.trigger["text"] == "确立"]
    assert a and a[0].trigger["start"] == s.index("确立") and a[0].type == "other" and a[0].mode == "done"
    assert a[0].agents == ["国防部"]
    assert not any(x.trigger["text"] == "发布" for x in acts)
