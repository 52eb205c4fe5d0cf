"""Probe act29: activities in national texts other than State Council work reports (news of
ministries' meetings, 国务院常务会议 summaries, NPC resolutions). Real sentences, addresses in comments."""

import govie
from govie.text.report import is_report
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "agents")


# http://srtc.org.cn/xinwenzhongxin_d.aspx?id=10011 (工业和信息化部召开干部大会传达学习全国“两会”精神, 2020)
MIIT = (
    "    2020年5月29日,工业和信息化部召开干部大会,工业和信息化部党组书记、部长苗圩同志传达全国“两会”精神,"
    "并代表部党组提出贯彻落实具体要求。\n\n"
    "    苗圩同志重点传达了习近平总书记“两会”期间四次下团组的重要讲话精神,从八个方面传达政府工作报告主要精神。"
)


def test_meeting_news_citing_the_work_report_is_no_report():
    assert not is_report(MIIT)
    assert ("召开", "meeting", "done", ["工业和信息化部"]) in _acts(MIIT, "2020-05-29")


def test_resolution_on_the_report_is_no_report_but_its_meeting_is_one():
    # corpora/state-council-work-reports/government_work_reports.jsonl row 28 (第十一届全国人民代表大会第四次会议关于
    # 政府工作报告的决议): the NPC's resolution, not the report
    text = "第十一届全国人民代表大会第四次会议听取和审议了温家宝总理所作的政府工作报告。会议高度评价“十一五”时期我国经济社会发展取得的巨大成就。"
    assert not is_report(text)
    acts = _acts(text, "2011-03-14")
    assert [a[:3] for a in acts] == [("听取和审议", "meeting", "done")]
    assert acts[0][3] == ["全国人民代表大会"]


def test_a_reports_own_title_and_formula_still_open_a_report():
    # dev wr2026 title lines and SC report formulas
    assert is_report("2026年安徽省政府工作报告\n——2026年1月在安徽省第十四届人民代表大会第五次会议上\n")
    assert is_report("省长叶建春作政府工作报告。本报全媒体记者 摄\n")


def test_attending_the_reported_meeting_is_no_activity_of_its_own():
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/gzdt/2012-03/19/content_2094918.htm (商务部, 2012)
    text = ("3月19日,商務部召開部司局級以上幹部大會,傳達溫家寶總理在3月16日國務院常務會議上的講話精神。\n"
            "商務部在京黨組成員出席會議。部機關各單位司局級幹部以及直屬事業單位,各商會、協會、學會主要負責同志參加。")
    assert [a[0] for a in _acts(text, "2012-03-19")] == ["召開"]
    # http://gdcenn.cn/a/202303/584144.html (国家发展改革委 部际联席会议, 2023)
    text = ("2023年2月24日,国家发展改革委组织召开推动“十四五”规划102项重大工程实施部际联席会议第二次会议。受联席会议"
            "召集人何立峰同志委托,发展改革委副主任杨荫凯同志主持会议并作总结讲话,联席会议成员单位负责同志参加会议。")
    assert "参加" not in [a[0] for a in _acts(text, "2023-02-24")]


def test_a_ceremony_is_held_not_opened():
    # https://lndx.fj51e.cn/nd-tr/zhzx/1104.html (教育部职成司, 2018)
    text = ("10月25日上午,由教育部职业教育与成人教育司、中国教科文全委会秘书处、中国成人教育协会主办,浙江省教育厅、"
            "宁波市人民政府、宁波市教育局承办的2018年全民终身学习活动周全国总开幕式在宁波举行。")
    acts = _acts(text, "2018-10-25")
    assert [a[:3] for a in acts] == [("举行", "event", "done")]


def test_the_subject_held_types_the_event():
    # http://www.shilongwang1.cn/news/2009115/112348.html (全国交通运输工作会议, 2009)
    text = "交通運輸部組建后的第一次全國交通運輸工作會議于1月15日在北京開幕。"
    assert [a[:2] for a in _acts(text, "2009-01-15")] == [("開幕", "meeting")]
    # http://chibi.com.cn/cbw/news/chibi/2010/1217/cms422659article.html (国务院新闻办公室, 2010)
    text = "新华网北京12月16日电(记者华春雨)国务院新闻办公室16日在北京举行2011年新年招待会。"
    assert [a[:2] for a in _acts(text, "2010-12-16")] == [("举行", "event")]


# http://big5.cctv.com/gate/big5/tv.cctv.com/2018/03/21/VIDE5B2qmVEUmeSMiIhbXLS6180321.shtml (国务院常务会议, 2018)
def test_what_a_meeting_requires_of_bodies_is_no_action():
    text = ("會議將《政府工作報告》提出的12個方面57項重點任務逐項分解、明確責任,要求各部門、各單位依法履職,"
            "建立抓落實工作責任制,一把手親自抓、負總責,制定推進重點工作的方案和臺賬,對市場和群眾期盼的重點措施要抓緊出臺。")
    words = [a[0] for a in _acts(text, "2018-03-21")]
    assert "建立" not in words and "制定" not in words


def test_a_paragraph_of_the_meetings_words_goes_on_with_them():
    text = ("國務院總理李克強3月21日主持召開國務院常務會議,確定《政府工作報告》重點任務分工。\n\n"
            "會議強調,當前改革發展任務艱巨繁重。各級政府要保持戰略定力,努力攻堅克難。要抓住重點領域改革集中攻堅,"
            "持續轉變政府職能,為市場主體優化營商環境,為群眾辦事增加便利,出臺進一步放寬準入、擴大開放的政策。")
    words = [a[0] for a in _acts(text, "2018-03-21")]
    assert "召開" in words and "出臺" not in words


def test_an_event_after_bing_is_its_own():
    # http://5g.xy178.com/xinwen/20230418/129465.html (国家发展改革委规划司 调研, 2023)
    text = ("同时,调研组围绕国家创新体系建设、产业转型升级、农业转移人口市民化、都市圈产业协同、城乡融合发展等方面任务落实情况,"
            "赴江苏省昆山市和浙江省嘉兴市、绍兴市、杭州市等地开展实地调研并召开相关部门、农民工代表等专题座谈会。")
    acts = _acts(text, "2023-04-18")
    assert [a[:2] for a in acts] == [("开展", "research"), ("召开", "meeting")]
