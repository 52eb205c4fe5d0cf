"""Probe ind31: METRIC indicator, kind and period in prefecture-level city texts (city 统计公报, work
report digests, plans with goals). Each text is real, its page in a comment."""

import govie


def _metrics(text: str) -> list[dict]:
    return [e for e in govie.extract(text).to_dict()["entities"] if e["label"] == "METRIC"]


def _one(text: str, span: str, nth: int = 0) -> dict:
    return [e for e in _metrics(text) if e["text"] == span][nth]


# http://tjj.jl.gov.cn/tjsj/tjgb/ndgb/202208/t20220801_8528534.html (通化市 2021 公报; no bureau on the page)
TONGHUA = (
    "通化市2021年国民经济和社会发展统计公报\n"
    "2021年，通化市委、市政府始终坚持以习近平新时代中国特色社会主义思想为指导，团结带领全市人民攻坚克难、奋力进取，"
    "实现“十三五”圆满收官、“十四五”良好开局。\n一、综合\n"
    "初步核算，2021年，全市实现地区生产总值（GDP）567.9亿元，按可比价格计算，比上年增长6.8%。\n"
    "2021年末，全市户籍总人口为152.57万人，比上年末减少1.17万人。全年出生人口5709人，出生率为3.73‰，"
    "比上年下降1.09个千分点。\n"
)

# https://quyushuju.com/forum.php?mod=viewthread&tid=65667 (宿州市 2021 公报)
SUZHOU = (
    "2021年宿州市国民经济和社会发展统计公报\n"
    "2021年，中国共产党百年华诞，是我国开启全面建设社会主义现代化强国新征程的起步之年。\n一、综 合\n"
    "初步核算，全年地区生产总值（GDP）2167.67亿元，按可比价格计算，增长8.5%，两年平均增长6.0%。"
    "人均地区生产总值达40688元，增长8.6%。\n"
)


def test_city_communique_by_its_title_reports_results():
    m = _one(TONGHUA, "567.9亿元")
    assert (m["kind"], m["period"]) == ("actual", "2021")
    assert _one(TONGHUA, "152.57万人")["period"] == "2021-12"
    s = _one(SUZHOU, "8.5%")
    assert (s["kind"], s["period"]) == ("actual", "2021")
    assert _one(SUZHOU, "6.0%")["period"] == "2020/2021"


def test_permille_gap_is_one_metric():
    m = _one(TONGHUA, "1.09个千分点")
    assert (m["unit"], m["indicator"], m["change"]) == ("千分点", "出生率", "decline")


# http://hkwb.net/news/content/2018-01/11/content_3444361.htm (广州 2018 report, a digest with no date)
GUANGZHOU = (
    "报告首先回顾了2017年工作。温国辉介绍，2017年，广州市经济社会发展稳中向好。预计全年地区生产总值2.15万亿元，"
    "比上年增长7%以上。完成固定资产投资6000亿元，增长8%左右。\n"
    "温国辉表示，今年经济社会发展主要预期目标是：地区生产总值增长7.5%左右，固定资产投资增长11%左右。"
    "研发经费支出占地区生产总值比重达到2.7%，地方一般公共预算收入可比增长7.5%。\n"
)


def test_digest_that_says_which_year_it_reviews():
    m = _one(GUANGZHOU, "2.15万亿元")
    assert (m["kind"], m["period"]) == ("actual", "2017")
    t = _one(GUANGZHOU, "11%")
    assert (t["kind"], t["period"], t["qualifier"]) == ("target", "2018", "左右")


def test_comparable_growth_is_a_link():
    m = _one(GUANGZHOU, "7.5%", 1)
    assert (m["indicator"], m["change"]) == ("地方一般公共预算收入", "growth")


# http://henan.kjzch.com/xinxiang/2023-10-31/837703.html (新乡市 三年行动计划)
XINXIANG = (
    "新乡市建设制造强市三年行动计划（2023—2025年）\n一、总体要求\n"
    "（二）发展目标。到2025年，初步建成能级更高、结构更优、创新更强、融合更广、生态更好的先进制造业强市。\n"
    "产业能级更高。先进制造业综合实力进入全省前列，制造业增加值占全市生产总值的比重稳定在30%以上，工业增加值保持稳定增长。\n"
)

# http://zxyzs.com/neimenggu/zhengce/2017/74196.html (包府发〔2017〕52号)
BAOTOU = (
    "包头市人民政府关于包头市创建“中国制造2025”试点示范城市的实施意见\n包府发〔2017〕52号\n二、发展目标\n"
    "到2020年，全市制造业结构持续优化，综合实力大幅提升，建成自治区及国家中西部地区制造业强市。\n"
    "——创新能力显著增强。全市研发经费投入水平和创新成果转化效率明显提升，"
    "规模以上制造业研发经费占主营业务收入比重达到2.5%、研发机构覆盖率达到65%。\n"
)


def test_goal_heading_run_in_and_its_deadline():
    m = _one(XINXIANG, "30%")
    assert (m["kind"], m["period"], m["qualifier"]) == ("target", "2025", "以上")
    b = _one(BAOTOU, "65%")
    assert (b["kind"], b["period"]) == ("target", "2020")


# https://guanchang.qwyd.net/zhengfugongzuobaogao/141404.html (西宁 2016 report, the five years)
XINING = (
    "2016年西宁市政府工作报告\n——2016年2月25日在西宁市第十五届人民代表大会第八次会议上\n"
    "一、“十二五”圆满收官，西宁各项事业有了新突破\n"
    "这五年，我们始终坚持第一要务不动摇，持续保持快速发展，经济总量迈上大台阶。地区生产总值年均增长13.7%，"
    "分别高于全国全省5.9和2.9个百分点，是2010年的1.8倍。五年累计完成固定资产投资4626亿元，是 “十一五”的3.7倍。\n"
)


def test_gap_and_multiple_take_the_years_reviewed_not_the_base():
    assert _one(XINING, "2.9个百分点")["period"] == "2011/2015"
    assert _one(XINING, "1.8倍")["period"] != "2010"
    assert _one(XINING, "3.7倍")["period"] == "2011/2015"
