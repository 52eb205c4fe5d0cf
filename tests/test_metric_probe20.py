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
