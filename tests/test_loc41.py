"""Probe loc41: LOC in prefecture and county work reports and policy documents 2018-2025."""

import govie
from .mentions import spans


def _locs(text):
    return spans(text, "LOC", model=None)


def _labels(text):
    return [(e.label, e.text) for e in govie.extract(text, model=None).entities]


def test_post_not_read_out_of_dichu():
    # https://mhuanbao.bjx.com.cn/mnews/20180412/891395.shtml (南京市生态河湖行动计划, 2018)
    text = "南京地处长江下游，河湖众多，水网密布。"
    assert ("LOC", "长江下游") in _labels(text)
    assert not any(label == "PERSON" for label, _ in _labels(text))


def test_post_still_read_after_a_unit():
    text = "财务处处长张明出席会议。"
    assert ("PERSON", "张明") in _labels(text)


def test_bracketed_section_of_a_line_is_the_place():
    # https://laobiganzi.top/133153.html (上杭县 2020 report)
    text = "上杭县人民政府。龙岩至龙川铁路项目(上杭段)实现开工，永杭高速(上杭段)建设项目基本完工；汀江大桥建成投入使用。"
    locs = _locs(text)
    assert "上杭段" not in locs
    assert locs.count("上杭") == 2
    assert {"龙岩", "龙川", "汀江大桥"} <= set(locs)


def test_parks_named_by_their_own_word():
    # https://cezhidao.com/reports/NKn (玉林 2025 report)
    text = ("园区规上工业总产值突破1000亿元，龙潭临港产业园产值首次突破300亿元，玉林高新区产值突破100亿元，"
            "北流“两湾”产业园产值达到167亿元。")
    locs = _locs(text)
    assert {"龙潭临港产业园", "北流“两湾”产业园", "玉林高新区"} <= set(locs)
    # https://qiantufanwen.com/8877.html (泽州 2023 report)
    assert "晋钢智造科技产业园" in _locs("传统产业改造升级；晋钢智造科技产业园建成运营，晋能华昱、晋钢智造获批省级智能制造试点企业。")


def test_class_of_parks_is_no_place():
    assert _locs("加快建设新能源汽车产业园，推进数字经济产业园、现代农业产业园和文化创意产业园建设。") == []


def test_scenic_area_and_its_lake():
    # https://www.cqkz.gov.cn/zwgk_238/zfxxgkml/zdwjhb/zdwjhb_2017/202103/t20210322_9022810.html (开州区 2018 notice)
    text = "为切实加强汉丰湖国家级水利风景区管理，保护汉丰湖水资源和生态环境，现就有关事项通告如下。"
    locs = _locs(text)
    assert locs == ["汉丰湖国家级水利风景区", "汉丰湖"]


def test_industrial_zone_sharing_a_committee():
    # https://www.jiading.gov.cn/publicity/jcgk/zdgkwj/qzfwj/182298 (嘉府办发〔2024〕23号)
    text = "各镇人民政府，区政府相关委、办、局、街道办事处，嘉定工业区、菊园新区管委会："
    labels = _labels(text)
    assert ("DEPT", "嘉定工业区") in labels
    assert not any(label == "LOC" for label, _ in labels)
