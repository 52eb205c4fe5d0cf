"""Probe act31: activities in national reports to the NPC other than the State Council's (the budget report,
the supreme court's, the supreme procuratorate's and the standing committee's work reports): real sentences."""
import govie

from .activity_frames import frames, none, one

# The supreme court's 2024 report (https://www.dawenge.com/document/detail.html?id=631044, probe act31 d03).
_SPC_2024 = (
    "最高人民法院工作报告\n——二〇二四年三月八日在第十四届全国人民代表大会第二次会议上\n最高人民法院院长 张军\n各位代表：\n"
    "现在，我代表最高人民法院，向大会报告工作，请予审议，并请全国政协各位委员提出意见。\n2023年工作回顾\n"
    "2023年是全面贯彻党的二十大精神的开局之年。最高人民法院收案21081件，结案17855件，同比分别增长54.6%、29.5%。\n"
    "一、做实为大局服务，以公正司法保障高质量发展和高水平安全\n"
    "坚决维护国家安全和社会稳定。依法惩处从事间谍活动的梁成运等，形成有力震慑。常态化开展扫黑除恶斗争，"
    "审结涉黑恶犯罪案件1855件11191人，同比增长5.1%（件数，下同），其中36件认定不构成黑恶犯罪。\n"
)


def test_a_supreme_courts_review_sections_stay_the_review():
    """"2023年工作回顾" numbers its own sections from 一: "一、做实为大局服务" is no plan heading."""
    found = frames(_SPC_2024, "2024-03-08")
    act = one(found, "开展")
    assert (act["mode"], act["date"], act["agents"], act["type"]) == ("done", "2023", ["最高人民法院"], "event")


def test_a_dated_plan_heading_still_opens_the_plan():
    # the plan heading is the 2024 report's own; its sentence from the standing committee's plan of 2020
    # (http://big5.china.com.cn/gate/big5/news.china.com.cn/2020-05/26/content_76091499.htm, probe act31 d09)
    text = _SPC_2024 + "2024年工作安排\n检查野生动物保护法等6部法律和有关决定的实施情况。\n"
    act = one(frames(text, "2024-03-08"), "检查")
    assert act["mode"] == "planned"


def test_a_reporting_body_not_the_state_council_is_the_issuer():
    meta = govie.extract(_SPC_2024, model=None, reference_date="2024-03-08").meta
    assert meta["issuer"] == "最高人民法院"
    # The standing committee's report of 2023 (http://zblt.cc/artdetail-39057.html, probe act31 d08).
    npcsc = ("全国人民代表大会常务委员会工作报告\n——2023年3月7日在第十四届全国人民代表大会第一次会议上\n"
             "全国人民代表大会常务委员会委员长 栗战书\n各位代表：\n"
             "现在，我受十三届全国人民代表大会常务委员会委托，向大会报告工作，请予审议。\n过去一年及五年的主要工作\n"
             "五年来，通过宪法修正案，制定法律47件，修改法律111件次；依法任免国家机关工作人员1515人次。主要开展了以下工作。\n")
    assert govie.extract(npcsc, model=None, reference_date="2023-03-07").meta["issuer"] == "全国人民代表大会常务委员会"
    found = frames(npcsc, "2023-03-07")
    assert one(found, "制定")["type"] == "publication"
    assert one(found, "修改")["type"] == "publication"
    appointed = one(found, "任免")
    assert (appointed["type"], appointed["agents"]) == ("other", ["全国人民代表大会常务委员会"])
    assert not [f for f in found if f["trigger"] == "开展"]  # 主要开展了以下工作: the lead of a list


def test_a_ministrys_report_for_the_state_council_is_the_ministrys():
    """"受国务院委托，现将…提请…审查" under the masthead 财政部; the congress is the venue, not the author."""
    # The 2023 budget report (https://hts.gov.cn/bendixinwen/show.php?itemid=29302, probe act31 d12).
    text = ("关于2022年中央和地方预算执行情况与2023年中央和地方预算草案的报告\n"
            "——2023年3月5日在第十四届全国人民代表大会第一次会议上\n财政部\n各位代表：\n"
            "受国务院委托，现将2022年中央和地方预算执行情况与2023年中央和地方预算草案提请十四届全国人大一次会议审查，"
            "并请全国政协各位委员提出意见。\n")
    assert govie.extract(text, model=None, reference_date="2023-03-05").meta["issuer"] == "财政部"


def test_a_fiscal_stance_is_no_action():
    # The 2006 budget report (https://qinglite.cn/doc/476766f4b10098d11, probe act31 d01).
    text = ("关于2005年中央和地方预算执行情况与2006年中央和地方预算草案的报告\n"
            "——2006年3月5日在第十届全国人民代表大会第四次会议上\n中华人民共和国财政部\n各位代表：\n"
            "  受国务院委托，现将2005年中央和地方预算执行情况与2006年中央和地方预算草案的报告提请十届全国人大四次会议审议。\n"
            "  一、2005年中央和地方预算执行情况\n  2005年中央预算执行及财政工作的主要情况是：\n"
            "  ——实施稳健财政政策，预算执行情况较好。2005年，中央及时调整财政政策取向，实施了以“控制赤字、调整结构、"
            "推进改革、增收节支”为主要内容的稳健财政政策。\n")
    none(frames(text, "2006-03-05"), "实施")


def test_every_case_handled_well_is_a_standard():
    # The supreme procuratorate's 2024 report, abstract (http://1.62.100.15/api/news.php?Ja=7.html, probe act31 d06).
    text = ("最高人民检察院工作报告（摘要）\n2023年工作回顾\n2023年，最高人民检察院忠实履行宪法法律赋予的法律监督职责，"
            "高质效办好每一个案件，自觉为大局服务、为人民司法、为法治担当。\n")
    none(frames(text, "2024-03-08"), "办好")
