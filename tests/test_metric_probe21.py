"""Probe ind21 (work-report METRIC period in five-year reviews): real sentences of 2026 provincial reports."""

import govie

_HEAD = "一、2025年及“十四五”工作回顾\n"


def _metrics(text):
    return {e.text: e.attrs for e in govie.extract(text, model=None).entities if e.label == "METRIC"}


def test_dated_subject_paragraph_keeps_five_year_review():
    # work-reports-2026/2026_海南省_政府工作报告.csv full_text [3210:4591] (five-year review)
    text = _HEAD + ("五年来，我们坚定不移贯彻新发展理念，在推动高质量发展中实现综合实力新跨越。\n"
                    "2025年四大主导产业［2］占GDP比重较2020年提高约14个百分点。旅游业提质升级，新增国家级旅游度假区2个、"
                    "5A级景区1个、夜间文旅消费集聚区6个、旅游休闲街区5个，优化西沙邮轮旅游航线，累计举办大型旅游、演艺、"
                    "体育赛事活动600场。\n")
    got = _metrics(text)
    assert got["14个百分点"]["period"] == "2025"  # dated by its own year
    for span in ("2个", "1个", "6个", "5个", "600场"):
        assert got[span]["period"] == "2021/2025", span


def test_one_year_review_paragraph_still_opens():
    # a paragraph opening "2025年，…" after the five-year review is the review of that year
    # (work-reports-2026/2026_内蒙古自治区_政府工作报告.csv full_text [1786:3155], 刚刚过去的2025年…)
    text = _HEAD + ("这五年民生福祉不断增进。常住人口城镇化率达到71.5%。\n"
                    "2025年，我们坚决落实党中央、国务院决策部署。建成工业互联网平台41个。\n")
    got = _metrics(text)
    assert got["41个"]["period"] == "2025"


def test_done_verbs_count_the_five_years():
    # work-reports-2026/2026_内蒙古自治区_政府工作报告.csv full_text [1786:3155]
    text = _HEAD + ("这五年民生福祉不断增进。落户4个国家区域医疗中心，布局39个自治区专科区域医疗中心。"
                    "改造城镇老旧小区7323个，增设电动汽车充电桩3.2万个。落地京企超500家。"
                    "6座博物馆晋级国家一级博物馆。\n")
    got = _metrics(text)
    for span in ("4个", "39个", "7323个", "3.2万个", "500家", "6座"):
        assert got[span]["period"] == "2021/2025", span
    # work-reports-2026/2026_海南省_政府工作报告.csv full_text [3210:4591]
    text = _HEAD + "五年来，我们坚定不移全面深化改革开放。深化招投标改革，节约财政资金69亿元。\n"
    assert _metrics(text)["69亿元"]["period"] == "2021/2025"


def test_noun_after_a_count_ends_before_its_predicate():
    # work-reports-2026/2026_天津市_政府工作报告.csv full_text [4697:5913]
    got = _metrics("五年来，京津冀协同发展动能不断显现。80余家央企二三级公司布局拓展，千余家优质企业融入“六链五群”供需配套。")
    assert got["80余家"]["indicator"] == "央企二三级公司"
    got = _metrics("天开高教科创园成为创新策源、创业集聚新地标，29家全国重点实验室、62家驻津大院大所聚力赋能。")
    assert got["62家"]["indicator"] == "驻津大院大所"
    got = _metrics("PM2.5年均浓度较2020年下降25%，优良天数281天、比2020年增加36天，12条入海河流稳定消劣，近岸海域生态环境持续改善。")
    assert got["12条"]["indicator"] == "入海河流"
    # work-reports-2026/2026_内蒙古自治区_政府工作报告.csv full_text [1786:3155]
    got = _metrics("辽上京、土城子、萨拉乌苏遗址入选国家考古遗址公园，6座博物馆晋级国家一级博物馆，10部文艺作品荣获文华奖、荷花奖。")
    assert got["6座"]["indicator"] == "博物馆"
    # work-reports-2026/2026_海南省_政府工作报告.csv full_text [3210:4591]
    got = _metrics("农业现代化步伐加快，17条农业产业链建设开局，42个国家和省级现代农业产业园、产业集群、产业强镇梯次创建。")
    assert got["17条"]["indicator"] == "农业产业链"


def test_done_after_count_in_five_year_review():
    # work-reports-2026/2026_天津市_政府工作报告.csv full_text [4697:5913]
    text = _HEAD + "五年来，京津冀协同发展动能不断显现。80余家央企二三级公司布局拓展，千余家优质企业融入“六链五群”供需配套。\n"
    assert _metrics(text)["80余家"]["period"] == "2021/2025"


def test_change_noun_before_distributed_comparison():
    # work-reports-2026/2026_山西省_政府工作报告.csv full_text [2902:4492]
    got = _metrics("全年GDP增长4%，快于2024年1.8个百分点，投资、消费增速分别快于全国3.4个、1个百分点。")
    assert got["1个百分点"]["indicator"] == "投资、消费"
    assert got["4%"]["indicator"] == "GDP"


def test_helped_into_work_list():
    # work-reports-2026/2026_陕西省_政府工作报告.csv full_text [2266:3388]
    got = _metrics("实施促进高质量充分就业“一揽子”政策，帮助失业、困难人员就业16.8万人，城镇调查失业率5.3％。")
    assert got["16.8万人"]["indicator"] == "失业、困难人员就业"


def test_natural_and_like_for_like_growth_keep_the_subject():
    # http://bx2200.com/baogao/huadong/4047.html (建宁县 2023 report, review of 2022)
    got = _metrics("2022年工作回顾\n预计全年完成地区生产总值164亿元，增长4.5%；地方一般公共预算收入3.5亿元，"
                   "自然增幅2%，同口径完成3.67亿元，增幅6.1%；固定资产投资增长19%。")
    for span in ("2%", "3.67亿元", "6.1%"):
        assert got[span]["indicator"] == "地方一般公共预算收入", span
    assert _metrics("自然保护区面积达到120万亩。")["120万亩"]["indicator"] == "自然保护区面积"


def test_predicate_stops_leave_names_whole():
    # work-reports-2026/2026_吉林省_政府工作报告.csv (2026 tasks): 聚力 opens the name here
    got = _metrics("坚持企业出题、政府立项、产学研答题，实施光电、制储氢等10个聚力攻坚专项，部署关键技术攻关项目459项。")
    assert got["10个"]["indicator"] == "聚力攻坚专项"
    # work-reports-2026/2026_河南省_政府工作报告.csv (five-year review; also annotations/dev wr2026-henan)
    got = _metrics("脱贫地区农民收入年均增长7.9%，71.3万监测对象稳定消除返贫致贫风险。")
    assert got["71.3万"]["indicator"] == "监测对象"
