"""LOC in prefecture, county and provincial work reports (probe loc50w): provinces joined by their
abbreviations, national parks, foreign states, city abbreviations after 在, a county in the report's
charge (中国式现代化X实践), monuments."""

import pytest

import govie


def _locs(text):
    found = [(e.text, e.start, e.end) for e in govie.extract(text, model=None).entities if e.label == "LOC"]
    assert all(text[s:e] == t for t, s, e in found)
    return [t for t, _, _ in found]


@pytest.mark.parametrize("text, expected", [
    # Dev wr2026-fujianm (Fujian 2026 report): two pairs sharing their first province.
    ("加强闽港闽澳合作。深入实施闽商回归工程", ["闽港", "闽澳"]),
    # Dev wr2026-fujianm: a pair before 乡建 (no town 闽台乡) and before a programme's name.
    ("实施闽台乡建乡创合作提升项目30个以上", ["闽台"]),
    ("深入推进闽台历史展示溯源工程", ["闽台"]),
    # 永泰县 2024 report (yongtai.gov.cn/xjwz/zwgk/gzbg/202401/t20240104_4750441.htm).
    ("新增闽台合资企业7家", ["闽台"]),
    # Dev wr2026-shaanxim (Shaanxi 2026 report): 榆 opens a run.
    ("深化榆鄂宁能源化工产业协作，提升苏陕、津陕协作水平", ["榆鄂宁", "苏陕", "津陕"]),
])
def test_provinces_joined(text, expected):
    assert _locs(text) == expected


@pytest.mark.parametrize("text", [
    # A line named after the provinces stays a project (dev wr2026-shaanxi), a town named by them is one place.
    "陕皖直流输电工程开工",
])
def test_pair_line_stays_a_project(text):
    assert _locs(text) == []


def test_pair_town_is_one_place():
    assert _locs("闽宁镇发展") == ["闽宁镇"]


@pytest.mark.parametrize("text, expected", [
    # Dev wr2026-shandongm (Shandong 2026 report).
    ("高质量建设黄河口国家公园，积极创建长岛国家公园、国际零碳岛", ["黄河口国家公园", "长岛国家公园"]),
    # Dev wr2026-qinghai (Qinghai 2026 report): the park still a candidate.
    ("高质量推进祁连山、青海湖国家公园候选区建设", ["祁连山", "青海湖国家公园候选区"]),
    # Gansu 2026 report (probe loc49w's fresh excerpt): named after the animal.
    ("推进大熊猫国家公园建设", ["大熊猫国家公园"]),
])
def test_national_parks(text, expected):
    assert _locs(text) == expected


@pytest.mark.parametrize("text", [
    # Dev wr2026-qinghai: the class, no park's name.
    "推进昂赛、玉珠峰自然体验和国家公园品牌提升试点",
    "加速构建以国家公园为主体的自然保护地体系",
])
def test_national_park_class_is_no_name(text):
    assert not any(t.endswith("国家公园") for t in _locs(text))


def test_foreign_state_missing_before():
    # Dev wr2026-henan (Henan 2026 report).
    assert _locs("深化拓展郑州—卢森堡“空中丝路”合作模式") == ["郑州", "卢森堡"]


@pytest.mark.parametrize("text", [
    # 成都 2026 report (成都日报 excerpt, xiaofei.caiding5.cn/dianshang/156979.html).
    "全球首个常温量子传感半导体芯片在蓉投产",
    "全国首家低空气象实验室在蓉成立",
])
def test_city_abbreviation_after_zai(text):
    assert _locs(text) == ["蓉"]


def test_county_in_the_charge():
    # 封丘县 2025 report (bx2200.com/baogao/huazhong/12538.html).
    assert _locs("各项事业取得新进展，中国式现代化建设封丘实践迈出坚实步伐。") == ["封丘"]


def test_monument():
    # 镇沅县 2025 report (pezhenyuan.gov.cn/info/41595/498832.htm).
    assert _locs("特别是习近平总书记给普洱民族团结誓词碑盟誓代表后代的重要回信") == ["普洱民族团结誓词碑"]
