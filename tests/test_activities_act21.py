"""Activities in State Council work reports: probe round 11 (act21), sentences from /work/r6/readable."""

from .activity_frames import frames as _frames


def _mode(text, reference_date, trigger):
    return [f["mode"] for f in _frames(text, reference_date) if f["trigger"] == trigger]


_OPENING = "各位代表：\n\n　　现在，我代表国务院，向大会作政府工作报告，请各位代表审议，并请全国政协委员提出意见。\n\n"


def test_basis_holding_yao_marks_no_plan():
    # sc-report-2009 review; the same basis shape in 2001 (按照“一要吃饭、二要建设”的原则，保证…) and 1986
    # (按照经济建设要同各项社会事业协调发展的方针，切实做好…).
    text = _OPENING + "一、2008年工作回顾\n\n　　按照出手要快、出拳要重、措施要准、工作要实的要求，迅速推出进一步扩大内需、" \
                      "促进经济增长的十项措施，争分夺秒地加以落实。\n"
    assert _mode(text, "2009-03-05", "推出") == ["done"]


def test_yao_still_marks_a_plan_without_basis():
    # sc-report-1979 plan: a 要 of the action's own stays planned.
    text = _OPENING + "一、伟大的历史性转变\n\n　　1978年，我们各条战线上大大地发展了这些胜利。\n\n" \
                      "　　要根据新时期的经验和要求，陆续制定全国统一的关于企业的各种法规。\n"
    assert _mode(text, "1979-06-18", "制定") == ["planned"]


def test_block_of_yao_sentences_starts_the_plan():
    # sc-report-2011 plan stretch without its heading or 今年 (an excerpt after the 五年来 review); 1984 "要积极推行…。
    # 要着手组建…" is the same shape.
    text = _OPENING + "一、“十一五”时期国民经济和社会发展的回顾\n\n　　五年来，我们成功举办北京奥运会、上海世博会。\n\n" \
        "　　当前，物价上涨较快，通胀预期增强，这个问题涉及民生、关系全局、影响稳定。要把稳定物价总水平作为宏观调控的首要任务，" \
        "坚决抑制价格上涨势头。要以经济和法律手段为主，辅之以必要的行政手段，全面加强价格调控和监管。" \
        "\n\n　　积极扩大消费需求。继续实施家电下乡和以旧换新政策。\n"
    assert _mode(text, "2011-03-05", "实施") == ["planned"]


def test_duty_of_all_firms_is_no_government_action():
    # sc-report-1979 plan; 1986, 1987, 1992 and dev sc-report-1995 "所有企业都要…" are the same shape.
    text = _OPENING + "一、伟大的历史性转变\n\n　　1978年，我们各条战线上大大地发展了这些胜利。\n\n" \
        "　　我们讲整顿，就是要把现有企业特别是一部分目前管理混乱的企业坚决整顿好。在三年内，所有企业都要建立起在政治上和" \
        "业务上强有力的、有技术专家参加并能真正发挥作用的领导班子，坚决实行党委领导下的厂长负责制。\n"
    assert "建立" not in [f["trigger"] for f in _frames(text, "1979-06-18")]


def test_campaign_kept_up_is_planned_action():
    # sc-report-2007 plan (坚持开展扫黄打非); dev sc-report-2006 gold 坚持开展“扫黄打非”, 1988 坚持开展爱国卫生运动.
    text = _OPENING + "一、2006年工作回顾\n\n　　2006年，我们做了以下工作。\n\n二、2007年工作总体部署\n\n" \
        "　　今年要着重抓好以下工作。加强文化市场管理，坚持开展扫黄打非。\n"
    assert [(f["mode"], f["type"]) for f in _frames(text, "2007-03-05") if f["trigger"] == "开展"] == [("planned", "event")]


def test_stance_kept_up_stays_out():
    # sc-report-2023: 坚持实施 + a stance policy is no activity.
    text = _OPENING + "一、过去一年工作回顾\n\n　　过去一年，我们做了以下工作。\n\n　　坚持实施积极的财政政策。合理把握赤字规模，五年总体赤字率控制在3%以内。\n"
    assert "实施" not in [f["trigger"] for f in _frames(text, "2023-03-05")]


def _review_1981(body):
    return _OPENING + "一、1981年工作回顾\n\n　　" + body + "\n"


def test_congress_session_approval_is_its_meeting():
    # dev sc-report-1983 gold 批准 (meeting, 全国人民代表大会); sc-report-1981 人大常委会审议并批准了这个修订方案 is the
    # same act of the standing committee.
    text = _review_1981("适应经济建设发展的要求，必须加快经济体制改革的步伐。五届人大五次会议批准了国务院提出的关于“六五”"
                        "后三年经济体制改革的部署，现在的问题是抓紧实施。")
    frames = [f for f in _frames(text, "1983-06-06") if f["trigger"] == "批准"]
    assert [(f["type"], f["mode"], f["agents"]) for f in frames] == [("meeting", "done", ["全国人民代表大会"])]


def test_congress_adopting_laws():
    # dev sc-report-1983 gold 通过 (meeting; 全国人民代表大会, 全国人民代表大会常务委员会) and 颁布 by 国务院 only.
    text = _review_1981("全国人民代表大会和人大常委会通过了一系列法律，国务院颁布了一系列法规。")
    frames = {f["trigger"]: f["agents"] for f in _frames(text, "1983-06-06")}
    assert frames.get("通过") == ["全国人民代表大会", "全国人民代表大会常务委员会"]
    assert frames.get("颁布") == ["中华人民共和国国务院"]


def test_approval_by_an_office_is_no_adoption():
    # /work/r6/readable (a State Council circular on reforms to replicate): 经国务院批准 is an approval, no meeting.
    text = _review_1981("相关方面继续加强改革探索，形成了新一批支持创新的改革举措，经国务院批准，决定在更大范围内复制推广。")
    assert "批准" not in [f["trigger"] for f in _frames(text, "1981-11-30")]


def test_rehabilitation_is_an_action():
    # dev sc-report-1983 gold 复查平反 (other, done); sc-report-1979 …进行了大规模的平反工作 is the same act.
    text = _review_1981("在过去的几年中，我们还复查平反了大量冤假错案，对被错划为右派的作了改正。")
    assert [(f["trigger"], f["mode"]) for f in _frames(text, "1983-06-06")][:1] == [("复查平反", "done")]


def test_rehabilitation_obtained_is_no_action():
    # sc-report-1979: 获得了平反 is an outcome the wronged obtained, like 得到/受到.
    text = _review_1981("林彪、“四人帮”对少数民族犯了不少的严重罪行，制造了不少骇人听闻的冤案、假案、错案，这些现在虽然大都已经"
                        "获得了平反，但是我们仍然要用极大的努力来迅速医治各种遗留的创伤。")
    assert "平反" not in [f["trigger"] for f in _frames(text, "1979-06-18")]
