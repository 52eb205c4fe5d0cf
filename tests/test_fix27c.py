"""Round 27 fixes (fix27c): an honour's places are not the grantor's division; 华为 in a firm's name;
a speech verb after a post is no name."""
import pytest

import govie

MODELS = [None, govie.pipeline.BUNDLED_MODEL]


def _depts(text, model=None):
    r = govie.extract(text, model=model)
    out = [e for e in r.entities if e.label == "DEPT"]
    for e in out:
        assert text[e.start:e.end] == e.text
    return out


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text,canonical", [
    ("经研究，市人民政府决定命名张家港市为全市生态文明建设示范市。", "苏州市人民政府"),
    ("经研究，市人民政府决定命名张家港市、昆山市、常熟市为苏州市文明城市。", "苏州市人民政府"),
    ("经研究，市人民政府决定命名江阴市为2023年度全市文明城市。", "无锡市人民政府"),
    ("关于命名都江堰市为成都市卫生城市的决定\n经研究，市人民政府决定命名都江堰市为2024年度成都市卫生城市。",
     "成都市人民政府"),
])
def test_bare_government_before_an_honours_list_is_the_grantor(text, canonical, model):
    bare = [e for e in _depts(text, model) if e.text == "市人民政府"]
    assert bare and all(e.attrs.get("canonical") in (canonical, None) for e in bare)
    assert any(e.attrs.get("canonical") == canonical for e in bare)


@pytest.mark.parametrize("model", MODELS)
def test_honoured_county_is_not_the_division(model):
    r = govie.extract("经研究，市人民政府决定命名宜兴市为全市生态文明建设示范市。", model=model)
    assert (r.meta.get("division") or {}).get("name") != "宜兴市"
    assert all(e.attrs.get("canonical") != "宜兴市人民政府" for e in r.entities if e.label == "DEPT")


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text,names", [
    ("华为技术有限公司与腾讯科技有限公司、阿里巴巴（中国）有限公司、比亚迪股份有限公司签署合作协议。",
     ["华为技术有限公司", "腾讯科技有限公司", "阿里巴巴（中国）有限公司", "比亚迪股份有限公司"]),
    ("2024年，市政府与华为技术有限公司签订战略合作协议。", ["华为技术有限公司"]),
    ("经审核，确定华为终端有限公司等12家企业为省级企业技术中心。", ["华为终端有限公司"]),
    ("同意将该公司更名为贵州大为科技有限公司。", ["贵州大为科技有限公司"]),
])
def test_brand_with_wei_keeps_its_name(text, names, model):
    r = govie.extract(text, model=model)
    orgs = [e for e in r.entities if e.label == "ORG"]
    for e in orgs:
        assert text[e.start:e.end] == e.text
    got = [e.text for e in orgs]
    for n in names:
        assert n in got
    assert "技术有限公司" not in got and "终端有限公司" not in got


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("text", [
    "市委书记强调，要抓好安全生产工作。县长强调，要做好防汛准备。",
    "会上，区长要求，各街道要压实责任。副市长指出，要加强统筹。",
    "州长强调指出，要坚持问题导向，推动各项工作落实。",
])
def test_speech_verb_after_post_is_no_name(text, model):
    r = govie.extract(text, model=model)
    persons = [e for e in r.entities if e.label == "PERSON"]
    for e in persons:
        assert text[e.start:e.end] == e.text
    assert not [e.text for e in persons if e.text[:2] in ("强调", "要求", "指出")]


@pytest.mark.parametrize("model", MODELS)
def test_name_after_post_still_read(model):
    text = "县委书记王强调研了城关镇的防汛工作。"
    r = govie.extract(text, model=model)
    got = [(e.text, text[e.start:e.end]) for e in r.entities if e.label == "PERSON"]
    assert ("王强", "王强") in got
