"""Probe asg47: assignments in national and provincial policy texts (real sentences)."""
import govie


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


def test_a_recurring_time_before_the_subject_keeps_it_the_subject():
    # https://mykgou.com/html/.zcfg.201309t20130916_956824.html (赣府厅字〔2013〕97号): "每年年初" opens the
    # sentence with no comma; a bare frequency is no DATE, yet 省工信委 still states its own task.
    text = ("赣府厅字〔2013〕97号\n二、工作内容\n(一)明确重点。由省工信委调度确定一批带动作用大、经济效益好、"
            "到2015年主营业务收入过50亿元的工业企业,形成重点企业调度目录,实行动态管理。"
            "每年年初省工信委根据企业发展情况和实际需要,对入选企业进行调整。\n")
    got = {a.task["text"]: (a.lead, a.deadline) for a in _assignments(text, "2013-09-16")}
    assert got.get("根据企业发展情况和实际需要,对入选企业进行调整") == (["江西省工业和信息化委员会"], None)
    assert any("调度确定一批" in t for t in got)  # the 由X item before is still read


def test_bodies_only_notes_in_a_continuation_page_lead_all():
    # https://code.fabao365.com/law_554320_2.html (江苏 价格调控目标责任制, page 2): notes list bodies only,
    # the page holds no 列第一位 statement; the only bodies named lead (guide).
    text = ("[接上页] 11.加强居民消费价格指数的调查统计工作,按月通报全省及各市居民消费价格指数运行情况。"
            "(国家统计局江苏调查总队,省统计局) 14.按隶属关系,认真落实大中专院校家庭经济困难学生及学生食堂、"
            "农村寄宿制学校学生补贴政策,并采取措施保持大中专院校学生食堂饭菜价格基本稳定。(省教育厅、财政厅) "
            "三、组织实施 (一)加强组织领导。省市场价格调控联席会议负责价格调控目标责任制的制订、督查和考核工作。")
    got = [(a.lead, a.support) for a in _assignments(text, "2011-03-01")]
    assert (["江苏省教育厅", "江苏省财政厅"], []) in got
    assert all("联席会议" not in " ".join(lead) for lead, _ in got)  # a joint conference is no body
