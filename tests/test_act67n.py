"""Probe act67n: reported actions in national letters and replies (国办函 答复/复函, 国务院 批复 and 决定).
Real sentences from the probe texts and the dev split, addresses in comments."""
from .activity_frames import tuples

HEAD = ("国务院办公厅对十届全国人大\n四次会议第7240号建议的答复\n国办函〔2006〕71号\n周桂英等代表：\n"
        "你们提出的关于创立免费查询所有法律、法规的政府网站的建议收悉，现答复如下：\n")
TAIL = "\n国务院办公厅\n二〇〇六年九月七日\n"


def _acts(body, ref="2006-09-07"):
    return tuples(HEAD + body + TAIL, ref, "trigger", "type", "mode", "agents")


def test_we_in_a_reply_study_the_proposal():
    # http://www.gov.cn 国办函〔2006〕71号 (答复 on a free law-search site): 我们 is the General Office
    body = "对于你们提出的建议，我们将认真研究，进一步加强和改进有关工作，积极做好与有关方面的沟通协调。"
    assert ("研究", "research", "planned", ["国务院办公厅"]) in _acts(body)


def test_we_open_the_sentence_and_the_study_follows():
    # http://www.gov.cn 国办函〔2006〕69号 (答复 on a Premier's blog)
    body = "我们将根据您的建议，认真研究，积极探索并不断拓展公众利用互联网为政府建言献策的方式和途径。"
    assert ("研究", "research", "planned", ["国务院办公厅"]) in _acts(body)


def test_a_ministry_studying_under_way_is_done_whatever_follows():
    # dev sc19-22 (国办函〔2004〕71号, gold done): 正按程序抓紧组织研究, then 并将… announces the next step
    body = "对你省近期上报的45个食品加工业项目，发展改革委正按程序抓紧组织研究，并将根据评审情况继续予以支持。"
    assert ("研究", "research", "done", ["国家发展和改革委员会"]) in _acts(body)


def test_that_ministry_is_the_one_named_last():
    # dev sc19-22: 该部 is 财政部, named in the sentence before
    body = "目前，财政部正在抓紧修改完善《森林生态效益补偿基金管理办法》，林业局与该部也正在研究天保工程的后续政策。"
    acts = [a for a in _acts(body) if a[0] == "研究"]
    assert acts == [("研究", "research", "done", ["国家林业局", "财政部"])]


def test_the_premier_goes_on_into_a_clause_joined_by_bing():
    # http://www.gov.cn 国办函〔2006〕69号
    body = ("温家宝总理就加快政府网站建设等有关工作作了很多指示和批示，并于2005年12月28日主持召开国务院常务会议听取了"
            "中央政府门户网站建设情况的汇报。")
    assert [a for a in _acts(body) if a[1] == "meeting"] == [("召开", "meeting", "done", ["中华人民共和国国务院"])]


def test_study_as_a_deliberation_a_noun_or_a_meeting_step_is_none():
    # dev sc-report-2003 (国务院经过认真研究，对…提出以下建议), wr2026-henanm (考古研究中心), dev pt-298445 (a meeting's agenda)
    for body in ("国务院经过认真研究，对今年的政府工作提出以下建议。",
                 "推进河南博物院北院区建设，建成夏商文明考古研究中心。",
                 "国务院办公厅于10月18日召开常务会议，研究进一步推动老龄工作。"):
        assert [a for a in _acts(body) if a[0] == "研究"] == [], body



REPORT = "各位代表：\n\n现在，我代表国务院向大会作政府工作报告。\n\n"


def test_study_before_a_verb_leaves_the_event_to_that_verb():
    # State Council report 2007 ("研究制定的…纲要颁布实施") and 2002 ("要抓紧研究制定退耕还林的法规"), wikisource:
    # an attributive 研究制定 took no event but its 研究 took the sentence's own (颁布 was lost).
    got = tuples(REPORT + "推进科技创新。历时两年研究制定的国家中长期科学和技术发展规划纲要颁布实施，并制定了相关专项规划和"
                 "配套政策措施。", "2007-03-05", "trigger", "type")
    assert got == [("颁布", "publication"), ("制定", "publication")]
    got = tuples(REPORT + "二、今年的主要任务\n\n要抓紧研究制定退耕还林的法规。", "2002-03-05", "trigger", "mode")
    assert got == [("制定", "planned")]


def test_study_in_a_report_is_no_activity_of_its_own():
    # State Council report 1982 (wikisource): what remains to be studied; a report's bare 研究 has no dev support.
    report = ("各位代表：\n\n现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。\n\n"
              "第六个五年计划的基本任务\n\n一九八○年，也就是第五个五年计划的最后一年，国务院曾拟订出从一九八一年到一九八五年"
              "的第六个五年计划的基本轮廓和主要指标。当时，根据中国共产党十一届三中全会的精神，整个国家正在紧张地进行拨乱反正，"
              "国民经济正在进一步调整，许多问题有待于在实践中进行深入研究，必要的资料也由于十年动乱的破坏而很不完全，因此还缺乏"
              "编制出一个比较完备的五年计划的客观条件。")
    got = tuples(report, "1982-11-30", "trigger")
    assert ("拟订",) in got and ("研究",) not in got
