"""Probe asg69n: assignments in national texts about State Council groups, replies and notices
(国办发/国函 and news or guide pages restating them)."""
import govie


def _frames(text):
    out = []
    for a in govie.extract(text, model=None).assignments:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]
        out.append((a.task["text"], a.lead, a.trigger["text"]))
    return out


def test_office_seat_on_a_guide_page_assigns():
    # http://stats.gd.gov.cn/rkhjytj/content/post_3072794.html (广东省统计局, 第七次全国人口普查)
    text = ("国务院成立了第七次全国人口普查领导小组,负责普查组织实施中重大问题的研究和决策。"
            "普查领导小组办公室设在国家统计局。")
    frames = _frames(text)
    assert frames == [("普查领导小组办公室设在国家统计局", ["国家统计局"], "设在")]


def test_approval_in_principle_is_no_task_of_the_approver():
    # 国函〔1986〕93号 国务院对今后全国人口普查工作安排意见的批复 (zh.wikisource.org, traditional script)
    text = ("國函〔1986〕93號\n\n國務院第三次人口普查領導小組、國家統計局並各省、自治區、直轄市人民政府:\n\n"
            "  一、國務院原則同意今後每十年進行一次全國人口普查(即在年號末位逢零年份進行普查),"
            "兩次普查中間進行一次1%的人口抽樣調查。\n\n"
            "  三、一九八一年國務院辦公廳《關於選調人口普查業務骨幹人員的通知》(國辦發[1981]56號)中規定的一千人編制"
            "(包括現有工作人員)劃轉統計部門,由國家統計局統籌安排使用,各地區、各有關部門接到本文後,"
            "應即開始辦理機構、編制和經費劃轉的有關事宜,今年底要完成這項工作。")
    frames = _frames(text)
    assert all(lead != ["中华人民共和国国务院"] for _, lead, _ in frames)
    assert [lead for _, lead, _ in frames] == [["国家统计局"]]


def test_notice_sent_down_in_news_is_no_task():
    # http://www.xhby.net/zt/zzccfkyq/yw/202002/t20200211_6505141.shtml (人民日报 2020-02-11)
    text = ("财政部、教育部 做好学校疫情防控经费保障\n"
            "  财政部、教育部今日下发通知,要求各地方各级财政、教育部门高度重视学校疫情防控工作,统筹安排教育经费预算,"
            "加大对疫情防控重点地区学校的支持力度,提升学校防控能力,保障学校正常运转。\n"
            "  通知要求各地财政部门要有序规范组织资金调度,按照“急事急办、特事特办”的原则,加快资金拨付使用,"
            "确保学校疫情防控资金及时到位,并会同教育部门强化资金使用监管。要根据学校疫情防控需要提高采购时效,保证采购质量。"
            "省级财政、教育部门要密切关注疫情发展态势,及时制定预案。")
    assert _frames(text) == []


def test_group_named_after_its_parent_body_holds_the_duty():
    # http://www.whiteskymedia.com/szb/pc/col/202310/28/content_216694.html (第五次全国经济普查, traditional script)
    text = ("國務院第五次全國經濟普查領導小組,負責普查組織和實施中重大問題的研究和決策。"
            "領導小組辦公室設在國家統計局,按照統籌開展經濟普查和投入產出調查的要求,負責普查的具體組織實施和協調。")
    frames = _frames(text)
    assert [lead for _, lead, _ in frames] == [["国家统计局"]]
    assert frames[0][0].startswith("領導小組辦公室設在國家統計局") and frames[0][2] == "設在"
