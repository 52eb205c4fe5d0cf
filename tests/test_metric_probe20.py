"""Probe met20 (policy-document METRICs): year counts, numbers with 万/亿 and no unit, share names."""

import govie


def _metrics(text):
    return [(e.text, e.attrs) for e in govie.extract(text, model=None).entities if e.label == "METRIC"]


def _texts(text):
    return [t for t, _ in _metrics(text)]


def test_year_counts_in_rules():
    # iyzx.com/portal.php?aid=1331 (a county's investment incentives, 桃政发)
    text = "租赁经济开发区标准厂房的，可免除 1年租金，1年后根据项目纳税情况确定租金价格，如项目年实缴税收达350元/平方米以上的，租金全免。"
    assert _texts(text) == ["1年", "1年", "350元/平方米"]
    # xiaomilidoc.com/p-13822194.html (县招商引资优惠规章制度)
    text = "投资新建或并购固定资产投资在 1000 万元以上的生产型、经营型、科技型企业，从投产经营年度起 5 年内，前 3 年企业缴纳的所得税县级留成部分，由同级财政扶持企业；后 2 年企业缴纳所得税县级留成部分的 50%，由同级财政扶持企业。"
    assert _texts(text) == ["1000 万元", "5 年", "3 年", "2 年", "50%"]


def test_year_counts_not_years_or_periods():
    # vcd666.com/news/fj/fz/202006/18/1905629.shtml (福州市 一次性吸纳就业补贴)
    text = "對于招用2020屆全日制普通高等學校大專以上學歷畢業生，與其簽訂1年及以上勞動合同并繳納社會保險的中小微企業，發放一次性吸納就業補貼。補貼標準為1000元/人，補貼政策受理截止期限為2020年12月31日。"
    assert _texts(text) == ["1年", "1000元/人"]
    # a grade, a decade, a period since (a DATE) and a fiscal year are no count of years
    assert _texts("3年级学生、90年代以来、改革开放40多年来、2019年度预算") == []


def test_year_count_within_bound_and_period():
    # gz-37-like rule wording: 未逾 bounds from above
    (span, attrs), = _metrics("自被吊销营业执照之日起未逾3年。")
    assert span == "3年" and attrs["qualifier"] == "以内" and attrs["unit"] == "年"


def test_number_with_multiplier_and_no_unit():
    # lnjyw.org/Pages/Notice/2019/12/26/b6c1233a-72a3-4fab-89a2-e868de457721.htm (连政办发〔2017〕94号)
    text = "截止2015年12月31日，全市户籍人口531.59万， 60周岁以上老年人口87.36万人，占总人口的16.43%，超过全国（16.1%）的平均水平。"
    got = _metrics(text)
    assert [t for t, _ in got] == ["531.59万", "87.36万人", "16.43%", "16.1%"]
    assert got[0][1]["value"] == 5315900.0 and got[0][1]["unit"] is None
    # nybiz.cn/law/1901.html (湘政發〔2017〕10號)
    assert _texts("全省實現地區生產總值3.12萬億，增長7.9%")[:1] == ["3.12萬億"]


def test_units_men_zi():
    # pt-288487 and sc-report-1993 wording (dev): 字 and 门 count
    assert _texts("书稿字数在40万字左右。") == ["40万字"]
    assert _texts("城乡电话总容量达到2860万门。") == ["2860万门"]


def test_share_name_keeps_its_noun_with_a_verb():
    # hyzy.hunancourt.gov.cn/article/detail/2021/11/id/6375317.shtml (衡阳市人民政府办公室)
    text = "到2025年，力争全市全社会研发经费投入占GDP比重达到2.5%左右，高新技术产业增加值占GDP比重提高到25%以上。"
    got = _metrics(text)
    assert got[0][1]["indicator"] == "全社会研发经费投入占GDP比重"
    # seif.org.cn/archives/date/2019/11 (深圳市人民政府 加强基础科学研究实施办法)
    got = _metrics("全社会研发投入占GDP比重达4.28%，基础研究经费占R&D经费比重达4.1%，战略性新兴产业增加值占GDP比重达40%。")
    assert got[0][1]["indicator"] == "全社会研发投入占GDP比重"


def test_other_stays_in_name():
    # ahjinzhai.gov.cn/public/6596341/37831360.html (金寨县计划执行情况报告)
    text = "社会消费品零售总额增长6.5%，其他营利性服务业增长17%；一般公共预算收入增长0.5%。"
    got = dict(_metrics(text))
    assert got["17%"]["indicator"] == "其他营利性服务业"


def test_anniversary_is_no_year_count():
    # pt-102676 (dev, news): an anniversary; a bound within years of founding stays a count
    assert _texts("新中国成立70年特别是改革开放40多年来，中国取得举世瞩目成就") == []
    assert _texts("企业成立3年内可申请补贴") == ["3年"]


def test_units_after_multiplier_only():
    # work-reports-2026 安徽省 and 宁夏回族自治区 full_text
    assert _texts("加快算力基础设施建设，新增智能算力1.7万P。") == ["1.7万P"]
    assert _texts("累计查明煤炭资源量360多亿吨、煤层气资源量2000多亿方，") == ["360多亿吨", "2000多亿方"]
    assert _texts("室外温度30度，100P") == []


def test_thousands_group_and_pilot_name():
    # state-council-work-reports row 59 (1980): numbers written with a full-width thousands comma
    # are one METRIC (sc-report-1980 gold: "33，212万吨")
    got = _metrics("发电量3，120亿度，比1980年预计增加120亿度。")
    assert [(t, a["value"]) for t, a in got] == [("3，120亿度", 312000000000.0), ("120亿度", 12000000000.0)]
    # work-reports-2026 广东省: the pilot's name holds no count of years
    assert _texts("实施第二轮土地承包到期后再延长30年整省试点") == []


# ---------------------------------------------------------------- probe ind20 (round 13): work-report
# indicator / period. Provincial sentences are from ../shared/data/work-reports-2026
# (2026_<province>_政府工作报告.csv, full_text, stretches outside the dev slices); the county and district
# sentences from stored public pages (addresses in the comments).

_FIVE = "五年来，我们牢记嘱托、感恩奋进。\n"


def _report(text, reference_date="2026-01-27"):
    result = govie.extract(text, reference_date=reference_date, model=None)
    return {e.text: e.attrs for e in result.entities if e.label == "METRIC"}


def test_a_stock_after_a_flow_in_one_list_is_the_level_at_the_end():
    # 江西 2026 (full_text ~2960): 总量达 names the stock at the end of the five years, not the 累计净增 flow
    found = _report(_FIVE + "累计净增各类经营主体155万户、总量达474万户，新增上市公司48家、总量达122家，"
                    "高质量发展的基础更加坚实。")
    assert [found[k]["period"] for k in ("155万户", "474万户", "48家", "122家")] == \
        ["2021/2025", "2025", "2021/2025", "2025"]


def test_a_flow_word_in_an_earlier_clause_with_no_number_dates_no_stock():
    # 江西 2026 (full_text ~3100): 实现 belongs to its own clause; 达8家 / 达7800家 are stocks
    found = _report(_FIVE + "国家级大院大所实现“零”的突破，全国重点实验室达8家，全社会研发投入强度突破2%，"
                    "每万人口高价值发明专利拥有量实现翻番，有效期内高新技术企业达7800家。")
    assert (found["8家"]["period"], found["7800家"]["period"], found["2%"]["period"]) == ("2025", "2025", "2025")
    assert found["8家"]["indicator"] == "全国重点实验室"


def test_verbs_of_things_done_over_five_years():
    # 甘肃 2026 (full_text ~2400): 优化重组, 组建, 出让 are things done, flows of the five years
    found = _report(_FIVE + "新能源及新能源装备制造产业产值达到1006.6亿元。优化重组全国重点实验室14家。组建13家企业创新联合体。"
                    "兰州新区入围“科创中国”试点城市。出让矿业权755宗、成交价616.6亿元。")
    assert found["1006.6亿元"]["period"] == "2025"
    assert [found[k]["period"] for k in ("14家", "13家", "755宗", "616.6亿元")] == ["2021/2025"] * 4
    assert found["14家"]["indicator"] == "全国重点实验室"
    # 吉林 2026 (full_text ~3900): 跨越 N个台阶 is climbed over the five years
    found = _report("这五年，发展质效持续提升。地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。")
    assert (found["3个"]["period"], found["1.5万亿元"]["period"]) == ("2021/2025", "2025")


def test_leading_verbs_of_doing_leave_the_indicator():
    # 甘肃 2026 (full_text ~3300): 精准识别 is what was done to the counted households
    found = _report(_FIVE + "严格落实“四个不摘”要求，优化“一键申报”机制，精准识别帮扶监测对象16.6万户70.5万人，风险消除率78.8%。")
    assert (found["16.6万户"]["indicator"], found["70.5万人"]["indicator"]) == ("帮扶监测对象", "帮扶监测对象")
    assert found["16.6万户"]["period"] == "2021/2025"
    # 吉林 2026 (full_text ~3500): 修改废止和宣布失效 lists verbs before 政府规章
    found = _report("2025年，我们持续加强政府自身建设。提请省人大常委会会议审议地方性法规草案8部，制定政府规章1部。"
                    "修改废止和宣布失效政府规章10部、规范性文件44件。")
    assert (found["10部"]["indicator"], found["44件"]["indicator"]) == ("政府规章", "规范性文件")


def test_words_after_the_counted_noun_end_it():
    # 吉林 2026 (full_text ~4400): 之一 closes 国家公园
    found = _report("这五年，生态环境持续改善。东北虎豹国家公园成为全国首批5个国家公园之一。")
    assert found["5个"]["indicator"] == "国家公园"
    # 广东 2026 (full_text ~3700): 新获评 is the predicate, not part of 县级城市
    assert [a["indicator"] for t, a in _metrics("2025年，我们全力保障和改善民生。5个地级市和5个县级城市新获评全国文明城市。")] \
        == ["地级市", "县级城市"]


def test_a_share_first_passing_a_mark():
    # 武汉市硚口区 2025 report (https://m.163.com/dy/article/JKAV67AT05346936.html): 首超 links 占比 to 80%
    found = _report("报告指出，一年来，产业转型提速加力，预计实现地区生产总值1100亿元、增长5.5%左右，"
                    "服务业增加值占比首超80%，营利性服务业营收增长超20%。", "2024-12-25")
    assert found["80%"]["indicator"] == "服务业增加值占比"


def test_a_review_heading_that_adds_the_plan_period_names_the_year():
    # 黄龙县 2026 report (https://www.guanlizhidu.com/doc/2676413.html): "2025年及“十四五”工作回顾"
    text = ("一、2025年及“十四五”工作回顾\n一是综合实力在提质增效中迈上新台阶。全年生产总值完成30.69亿元、增长4.7%，"
            "其中一产增长3.9%。")
    found = {t: a for t, a in _metrics(text)}
    assert [found[k]["period"] for k in ("30.69亿元", "4.7%", "3.9%")] == ["2025"] * 3
