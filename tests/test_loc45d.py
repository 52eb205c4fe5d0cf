"""LOC kinds from the dev split's own misses in policy and State Council documents (loc45d)."""
from govie.taggers.entities import tag_locs


def _locs(text):
    return [m.text if hasattr(m, "text") else text[m.start:m.end] for m in tag_locs(text)]


def test_lai_hua_marks_china():
    # dev sc19-56: 来华 is one jieba word; 华 there is China (dev gold: 5 of 6 来华/在华 marked).
    assert "华" in _locs("对北京市大力推进外国人来华工作许可制度改革等130项地方典型经验做法予以通报表扬。")
    # dev pt-20932m.
    assert "华" in _locs("在来华签证审查、口岸边境管控、行业部门管理、违法行为查处、非法移民遣返等方面存在的主要问题")
    # 以来|华为: no 来华 word, no place.
    assert "华" not in _locs("改革开放以来华为公司快速发展。")


def test_china_with_characteristics_is_the_term():
    # dev sc-report-1983 and sc-report-1988: 具有中国特色的 is the doctrine's term, no place.
    assert "中国" not in _locs("逐步形成适合我国国情的新的经济体制，建设具有中国特色的社会主义。")
    assert "中国" not in _locs("逐步建立具有中国特色的功能齐全、结构合理、运转协调、灵活高效的行政管理体系。")
    # the country's development stays a place (dev pt-102676 style).
    assert "中国" in _locs("任何艰难险阻都挡不住中国发展前行的步伐！")


def test_bare_region_sharing_its_head():
    # dev sc-report-2003: 东部 shares 地区 with 中西部地区.
    locs = _locs("农村公路、中小型水利、人畜饮水和科技、教育设施建设加快。东部与中西部地区经济技术合作进一步加强。")
    assert "东部" in locs and "中西部地区" in locs
    # dev sc-report-2006.
    locs = _locs("今年在西部地区实施，明年扩大到中部和东部地区；继续对贫困家庭学生免费提供教科书")
    assert "中部" in locs and "东部地区" in locs
    # a place's own part stays with it: no bare region after a place's name.
    assert "东部" not in _locs("成都东部和西部地区")
