"""Probe act40: activities in national news (ministry news items, State Council executive meeting readouts).
Real sentences from the probe texts, addresses in comments."""
import govie
from .activity_frames import tuples


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "date", "agents")


def test_source_named_with_ju_does_not_hide_the_leads_subject():
    # http://news.sina.com.cn/c/2003-09-03/1219682589s.shtml (国务院常务会议, 沈阳今报 2003-09-03)
    text = "据新华社 国务院总理温家宝9月2日主持召开国务院常务会议。 会议讨论通过了《国务院关于进一步加强农村教育工作的决定》。"
    assert _acts(text, "2003-09-03")[0] == ("召开", "meeting", "2003-09-02", ["中华人民共和国国务院"])


def test_two_meetings_of_one_ministry_on_one_day_are_two():
    # https://chujupifa.com/read/-dy-article-JRAM7PBK0514C7JA.html (生态环境部一周要闻 3.16-3.22, 2025): the party
    # group's meeting and the ministerial executive meeting, both on 3月21日; each item's title line repeats its event
    text = ("02生态环境部党组召开会议\n3月21日，生态环境部党组书记孙金龙主持召开部党组会议，传达学习习近平总书记在贵州考察时的"
            "重要讲话精神。\n03生态环境部召开部常务会议\n3月21日，生态环境部部长黄润秋主持召开部常务会议，传达学习国务院第八次"
            "全体会议精神，审议并原则通过国家应对气候变化标准体系建设方案。生态环境部党组书记孙金龙出席会议。\n")
    acts = _acts(text, "2025-03-24")
    held = [a for a in acts if a[0] == "召开"]
    assert held == [("召开", "meeting", "2025-03-21", ["生态环境部"])] * 2
    # the second is the lead's 召开, not the title line's
    r = govie.extract(text, model=None, reference_date="2025-03-24")
    starts = [a.trigger["start"] for a in r.activities if a.trigger["text"] == "召开"]
    assert text[starts[1] - 5 : starts[1]] == "黄润秋主持"


def test_team_named_by_two_event_words_is_no_inspection():
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-07/26/content_5309572.htm (中央农办、农业农村部, 2018)
    text = "督導調研組由中央農辦、農業農村部、發展改革委、財政部、生態環境部等部委負責同志帶隊。"
    assert [a for a in _acts(text, "2018-07-26") if a[0] == "督導"] == []
    # the action itself stays: 赴…开展春耕生产督导工作 (news.sohu.com/20100415/n271525272.shtml, 农业部 2010)
    text = "农业部从4月14日起再派4个由部领导带队的督导组赴黑龙江、吉林、辽宁和内蒙古自治区开展春耕生产督导工作。"
    assert _acts(text, "2010-04-15") == [("开展", "inspection", "2010-04-14/..", ["农业部"])]
