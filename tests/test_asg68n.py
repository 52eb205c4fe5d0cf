"""Probe asg68n: assignments in national documents (国办函, 国发; real sentences)."""
import govie


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


def test_a_class_joined_before_a_named_body_leaves_the_body_its_task():
    # http://www.prettygoddess.com/zhengce/content/2015-04/29/content_9679.htm (国辦函〔2015〕31號, item 一):
    # 各有關部門 names no one; the secretariat bureau of 国务院办公厅 (its top body) leads.
    text = ("國辦函〔2015〕31號\n國務院各部委、各直屬機構:\n  一、"
            "各有關部門和國務院辦公廳承辦秘書局要根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批,"
            "文件牽頭起草部門須在會議結束后3個工作日內按程序將修改、會簽后的文件報國務院。")
    (a,) = _assignments(text, "2015-04-28")
    assert a.task["text"] == "根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批"
    assert text[a.task["start"]:a.task["end"]] == a.task["text"]
    assert a.trigger["text"] == "要" and a.lead == ["国务院办公厅"] and a.support == []


def test_a_class_joined_after_a_named_body_leaves_the_body_its_task():
    # The same sentence with the class after the body (X和各有关部门要…), as 国办函 notices also write it.
    text = "國務院辦公廳承辦秘書局和各有關部門要根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批。"
    (a,) = _assignments(text, "2015-04-28")
    assert a.task["text"] == "根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批"
    assert a.lead == ["国务院办公厅"]


def test_a_role_subject_with_a_modal_ends_the_task_before():
    # 國辦函〔2015〕31號 (as above): "文件牽頭起草部門須…" is another subject's duty; the bureau's task ends before it.
    text = ("國務院辦公廳承辦秘書局要根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批,"
            "文件牽頭起草部門須在會議結束后3個工作日內按程序將修改、會簽后的文件報國務院。")
    (a,) = _assignments(text, "2015-04-28")
    assert a.task["text"] == "根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批"
    assert a.lead == ["国务院办公厅"]


def test_a_by_clause_of_time_before_another_subject_assigns_nothing():
    # https://zh.m.wikisource.org/zh-hant/国务院批转国家计委和机构改革办公室关于有关部门与国家专业投资公司职责划分意见的通知
    # (國發〔1989〕59號): "由國家計委下達後," says when the sector departments act, not a task of 国家计委.
    text = "計劃經國務院批准,由國家計委下達後,行業歸口部門據此下達本行業全社會固定資產投資計劃。"
    assert _assignments(text, "1989-08-27") == []
