"""ORG probe round 11 (org16): one enterprise named before 等 + a count of enterprises (X等70家企业获评…)."""
from govie.taggers.entities import tag_orgs


def _orgs(text):
    return {text[m.start:m.end] for m in tag_orgs(text)}


def test_single_name_before_a_count_of_enterprises():
    # 齐鲁晚报·齐鲁壹点 on the 2025 work report of 济南市天桥区 (pages corpus: the 2025 天桥区
    # 人民代表大会 report article, byline 李梦瑶); half-width commas as written there.
    text = "希润自动化获评国家级专精特新“小巨人”,东方雨虹等70家企业获评省级专精特新中小企业,安可森等22家企业获评省级瞪羚企业"
    assert {"东方雨虹", "安可森"} <= _orgs(text)


def test_class_before_a_count_is_no_name():
    # Constructed guards (no single-item class before 等N家 occurs in readable or dev; review16 searched
    # the pages corpus too): the first two fail without _rare_name; 郑州 is ruled out earlier, as a place
    # (_NOT_AN_ENTERPRISE), and passes without it.
    for text in ("，规上工业等50家企业", "，其中龙头等3家企业", "，郑州等12家企业"):
        assert not _orgs(text), text
