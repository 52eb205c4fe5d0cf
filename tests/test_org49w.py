"""Probe org49w: ORG recall in city and provincial work reports: an unplaced institute or society launched at the
head of its clause, a school named by its place and a short form of its kind."""

import govie


def _orgs(text):
    return [e.text for e in govie.extract(text).entities if e.label == "ORG"]


def test_institutes_launched_at_clause_head():
    # 合肥市政府工作报告 (2022年12月30日), http://bx2200.com/baogao/huadong/4022_2.html, part (二).
    text = ("科技成果转化成效显著，国家科技成果转移转化示范区加快建设，人工智能与大数据研究院、单原子材料研究院组建挂牌，"
            "35家协同创新平台孵化科技型企业超千家。")
    assert _orgs(text) == ["人工智能与大数据研究院", "单原子材料研究院"]


def test_last_item_of_a_shared_suffix_list_and_a_single_launch():
    # Same report, same part: the items before 数据空间 are fields sharing its suffix, not names standing alone.
    text = "综合性国家科学中心提速建设，能源、大健康、人工智能、数据空间研究院建成运行，环境研究院挂牌成立，先进光源可研获批。"
    assert _orgs(text) == ["数据空间研究院", "环境研究院"]


def test_society_launched_in_dev_anhui():
    # dev wr2026-anhui (2026 安徽省政府工作报告): marked ORG in the dev gold.
    text = "“政产学研金服用”融合服务平台、科技与产业融合创新协会组建运行。"
    assert _orgs(text) == ["科技与产业融合创新协会"]


def test_kinds_classes_and_cas_institutes_are_not_launched_names():
    # Constructed in the report's form: a verb before a kind, a count, a division's own body, a CAS institute.
    text = "推动行业协会成立，一批研究院挂牌运行，新型研究院组建，中国科学院东莞材料科学与技术研究所挂牌成立。"
    assert _orgs(text) == []


def test_schools_by_place_and_short_kind():
    # 安庆市政府工作报告 (c. 2017), https://guanchang.qwyd.net/zhengfugongzuobaogao/287093_5.html, 优化公共服务.
    text = ("安庆一中龙山校区秋季正式招生，扩大一倍安庆一中的招生规模；支持安庆师大、安庆医专、桐城师专、黄梅戏学院"
            "加强学科建设与人才引进。")
    assert _orgs(text) == ["安庆一中龙山校区", "安庆一中", "安庆师大", "安庆医专", "桐城师专", "黄梅戏学院"]


def test_short_school_kind_needs_a_place_and_no_longer_word():
    # 2026 陕西 report form (杨凌职院) and constructed negatives: 一中心 is "one centre", 二中学生 pupils of a 中学.
    assert _orgs("新建普通高中11所。杨凌职院、陕工院晋升为职业本科院校。")[:1] == ["杨凌职院"]
    assert _orgs("加快建设成都一中心两基地。") == []
