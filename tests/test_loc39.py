"""Probe loc39: LOC in State Council work reports 1994-2024 (rules only): country pairs and region words
that jieba joins to the next word, compass regions before their strategy, lakes listed back to back,
counties before their disaster relief, disasters and Basic Laws named after a place, 一个中国."""
import govie


def _spans(text, label="LOC", ref="2020-01-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


def test_country_pairs_and_regions_joined_to_the_next_word():
    # https://zh.wikisource.org/wiki/1997%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 104)
    assert _spans("中美关系在经历较大的波折之后，出现改善与发展的势头。中日关系曾经受到干扰。") == ["中美", "中日"]
    # https://zh.wikisource.org/wiki/1994%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 110)
    assert _spans("现在，中葡两国在澳门问题上的合作进展顺利。中英两国政府代表关于香港１９９４／１９９５年选举安排谈判终止。") \
        == ["中葡", "澳门", "中英", "香港"]
    # https://zh.wikisource.org/wiki/2011%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 138)
    assert _spans("在中华民族伟大复兴的历史进程中，祖国内地人民将与港澳同胞携手奋进。") == ["港澳"]


def test_foreign_peninsula_is_a_place():
    # https://zh.wikisource.org/wiki/1997%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 104)
    assert _spans("中国政府一贯重视并致力于朝鲜半岛局势的稳定。") == ["朝鲜半岛"]


def test_compass_region_before_its_strategy():
    # https://zh.wikisource.org/wiki/2019%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 75)
    s = "落实和完善促进东北全面振兴、中部地区崛起、东部率先发展的改革创新举措。"
    assert _spans(s) == ["东北", "中部地区", "东部"]
    # A programme stays unmarked (dev sc-report-2003).
    assert _spans("制定西部开发开放新的政策措施。") == []


def test_lakes_listed_back_to_back_are_separate_places():
    # https://zh.wikisource.org/wiki/2006%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 61)
    s = "重点搞好“三河三湖”（即：淮河海河辽河、太湖巢湖滇池）、南水北调水源及沿线、三峡库区、松花江等流域污染防治。"
    assert _spans(s) == ["淮河", "海河", "辽河", "太湖", "巢湖", "滇池", "三峡库区", "松花江"]
    # An address still runs on over the city.
    assert _spans("地址：安徽省巢湖市") == ["安徽省巢湖市"]


def test_disasters_are_names_but_the_rebuilt_county_is_a_place():
    # https://zh.wikisource.org/wiki/2011%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraph 47)
    s = ("抗击汶川特大地震等严重自然灾害的斗争取得重大胜利，汶川灾后恢复重建三年任务两年基本完成，"
         "玉树强烈地震和舟曲特大山洪泥石流灾后恢复重建有序推进。")
    r = govie.extract(s, model=None)
    assert [(e.text, e.start) for e in r.entities if e.label == "LOC"] == [("汶川", s.index("汶川灾后"))]


def test_basic_law_and_one_china_are_names():
    # https://zh.wikisource.org/wiki/1994%E5%B9%B4%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9B%BD%E5%8A%A1%E9%99%A2%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A (paragraphs 110-111)
    s = "坚持以香港特别行政区基本法、澳门特别行政区基本法和全国人大及其常委会的有关决议为依据。"
    assert _spans(s) == []
    assert _spans("我们坚持在一个中国的原则下，通过增加接触与协商，解决海峡两岸之间存在的分歧。") == []
    # The country alone stays a place.
    assert _spans("实现祖国和平统一，是全体中国人民的共同愿望。") == ["中国"]
