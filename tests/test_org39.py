"""Probe org39: ORG in provincial, city and county work reports (round 20)."""
import govie

TIANJIN = "work-reports-2026/2026_天津市_政府工作报告.csv (dev wr2026-tianjin)"
GUIZHOU = "work-reports-2026/2026_贵州省_政府工作报告.csv (dev wr2026-guizhoum)"
JILIN = "work-reports-2026/2026_吉林省_政府工作报告.csv (dev wr2026-jilin)"
HUNAN = "https://sucai198.com/gongzuozongjie/2023/02/46688_2.html"  # 湖南省 2023 政府工作报告
DANCHENG = ("http://www.dancheng.gov.cn/sitesources/dcx/page_pc/zwgk/jcxxgk/gzbg/"
            "article3596d1a0916445cc97fcab96db2fd28e.html")  # 郸城县 2024 政府工作报告


def _spans(text, label="ORG", **kw):
    return [e.text for e in govie.extract(text, **kw).entities if e.label == label]


def test_a_coined_name_ending_in_a_verb_among_listed_firms():
    # TIANJIN: 位置 is a verb to jieba, a word of the name 火眼位置 among four firms found
    text = ("华海清科、海光信息、安擎信息、合源生物、火眼位置等快速成长，诺和诺德制药等加快扩能建设，"
            "生物医药产值超千亿元。")
    orgs = _spans(text, model=None)
    for name in ("华海清科", "海光信息", "安擎信息", "合源生物", "火眼位置"):
        assert name in orgs, name


def test_groups_listed_after_a_found_group_behind_a_verb():
    # GUIZHOU: the first group follows 新组建, the others are its peers whatever their industry word
    text = "推动一批企业战略性重组和专业化整合，新组建农发集团、纺织集团、外经贸集团等，实施经营性国有资产集中统一监管。"
    assert _spans(text, model=None) == ["农发集团", "纺织集团", "外经贸集团"]


def test_a_lead_before_the_first_item_still_stays_out():
    # 宁德 2025 report (probe org36's sentence): the lead 接连抱上 is no part of 宁德时代
    text = "近年来,宁德市接连抱上宁德时代、新能源科技、青拓集团、上汽集团、东南铜业等\"金娃娃\",培育形成主导产业集群。"
    orgs = _spans(text, model=None)
    assert "宁德时代" in orgs and "东南铜业" in orgs
    assert not any(o.startswith("接连") for o in orgs)


def test_a_firm_founded_by_a_coined_name():
    # JILIN: 组建 + a coined name + 公司 is one firm; a kind of company is none
    text = "长春净月低空经济应用场景形成商业化体系。组建吉翼具身智能机器人公司，设立仿生机器人制造业创新中心。"
    assert "吉翼具身智能机器人公司" in _spans(text, model=None)
    assert _spans("组建平台公司，成立国有资本投资公司，组建城市运营公司。", model=None) == []


def test_a_second_ranked_firm_after_a_list_comma():
    # HUNAN: two clauses ranking firms joined by 、; a place and an industry ranked among the 500 largest is a group
    text = ("全省实有市场主体达635万户、增长16.3%,制造业百亿企业达43家,新增规模以上工业企业1800家以上、上市和过会企业12家。"
            "湖南钢铁进入财富世界500强、三一集团跻身福布斯全球500强,5家企业位列\"全球工程机械50强\"。")
    orgs = _spans(text, model=None)
    assert "湖南钢铁" in orgs and "三一集团" in orgs


def test_a_place_and_an_industry_outside_a_500_ranking_is_no_firm():
    # HUNAN-style clauses where the place and industry is a sector: no ranking of firms, no ORG
    text = "。湖南钢铁产量增长5%，湖南旅游进入全国百强。"
    assert _spans(text, model=None) == []


def test_firms_entering_a_park_keep_their_names():
    # DANCHENG: firms listed before 等5家企业
    text = "建设5000亩的小麦精深加工产业园,已入驻正星粉业、千喜鹤集团、同福食品等5家企业;"
    assert _spans(text, model=None) == ["正星粉业", "千喜鹤集团", "同福食品"]
