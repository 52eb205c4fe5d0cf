"""Probe asg42: assignments in national 推进计划, 国办函 and 部际联席会议 texts (real sentences)."""
import govie


def _assignments(text, date=None):
    return govie.extract(text, reference_date=date).assignments


def test_class_joined_to_a_named_body_still_assigns_to_the_named_body():
    # http://www.prettygoddess.com/zhengce/content/2015-04/29/content_9679.htm (国办函〔2015〕31号): the
    # class 各有关部门 opens the clause with the 国办 bureau; the bureau (canonical: its top-level body) leads.
    text = ("國務院各部委、各直屬機構:\n  一、國務院常務會議討論通過的擬以國務院或國務院辦公廳名義印發的文件,須在會議結束后7個"
            "工作日內印發;有重大修改意見需要協調的,須在10個工作日內印發。各有關部門和國務院辦公廳承辦秘書局要根據會議精神"
            "對擬印發的文件抓緊修改、會簽、審核、報批,文件牽頭起草部門須在會議結束后3個工作日內按程序將修改、會簽后的文件報"
            "國務院,有重大修改意見需要協調的,須在6個工作日內會簽上報;國務院辦公廳承辦秘書局要在2個工作日內完成審核和跟蹤傳批。")
    got = {a.task["text"]: a.lead for a in _assignments(text)}
    assert got == {"根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批": ["国务院办公厅"],
                   "在2個工作日內完成審核和跟蹤傳批": ["国务院办公厅"]}


def test_a_class_alone_still_assigns_nothing():
    # Same page, the clause with no named body: 文件牵头起草部门须… and 各有关部门要… stay unassigned.
    text = "各有關部門要根據會議精神對擬印發的文件抓緊修改、會簽、審核、報批。"
    assert _assignments(text) == []


def test_bodies_after_you_cut_off_by_the_excerpt_state_no_task():
    # http://zenchang.cn/law/law_view.asp?id=512163 (国办函〔2015〕156号, as stored: cut inside 成员单位): the
    # list after 由 has no verb; before, the whole list was read as X's task. The 请 to the addressee stays.
    text = ("國辦函〔2015〕156號\n發展改革委:\n國務院同意建立由發展改革委牽頭的公共資源交易平臺整合工作部際聯席會議制度。"
            "聯席會議不刻制印章,不正式行文,請按照國務院有關文件精神,認真組織開展工作。\n二、成員單位\n"
            "聯席會議由發展改革委、工業和信息化部、財政部、國土資源部、環境保護部、住房城鄉建設部、交通運輸部、水利部、\n")
    got = [(a.task["text"], a.lead) for a in _assignments(text)]
    assert got == [("按照國務院有關文件精神,認真組織開展工作", ["国家发展和改革委员会"])]


def test_duty_notes_of_a_national_plan():
    # http://dfjdtg.net/fagui/1742.html (2024年知识产权强国建设推进计划): 负责 notes name central bodies
    # by short names; 等部门 closes a list without adding a body.
    text = ("4.推進《中華人民共和國植物新品種保護條例》修改。(農業農村部、國家林草局負責)\n"
            "9.推進《知識產權領域中央與地方財政事權和支出責任劃分改革方案》貫徹落實。(財政部、國家知識產權局、中央宣傳部等部門負責)\n")
    got = [a.lead for a in _assignments(text)]
    assert got == [["农业农村部", "国家林业和草原局"], ["财政部", "国家知识产权局", "中共中央宣传部"]]
