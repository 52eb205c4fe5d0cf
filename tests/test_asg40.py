"""Probe asg40: national division-of-labour texts (real sentences)."""
import govie


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


def test_bodies_sharing_a_duty_take_the_topic_before_a_reporting_clause():
    # https://www.las.ac.cn/front/product/detail?id=f0fbbba49ad12484d612ec6bb37db2fc (生态环境部 news of
    # the 2018 分工意见): "X、Y等14部门按照职责分工负责。" has no object; the topic before 《意见》明确提出 is the task.
    text = ("国务院近日公布《关于落实〈政府工作报告〉重点工作部门分工的意见》(以下简称《意见》)。"
            "57项重点工作中,明确涉及生态环境部的有10项。 对于健全生态文明体制,《意见》明确提出,"
            "生态环境部、国家发展改革委、科技部等14部门按照职责分工负责。")
    (a,) = _assignments(text, "2018-04-16")
    assert a.task["text"] == "健全生态文明体制"
    assert a.lead == ["生态环境部", "国家发展和改革委员会", "科学技术部"] and a.support == []


def test_a_note_of_every_department_assigns_nothing():
    # http://zgxmfw.com/hyzx/HTML/20200612084450.html (国发〔2020〕6号, item 1): 国务院各部门 is a class.
    text = ("国发〔2020〕6号\n1.确保完成决战决胜脱贫攻坚目标任务,全面建成小康社会。"
            "(国务院各部门分别负责,年内持续推进)\n")
    assert _assignments(text, "2020-06-11") == []


def test_quantified_task_table_rows_lead():
    # http://www.chinaacc.com/qtjjfg/hu1604154336.shtml (国办函[2016]38号): one row a task, its lead last.
    text = ("2016年《政府工作报告》量化指标任务分工\n\n序号 工 作 任 务 牵头负责部门\n"
            "1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业1000万人以上 人力资源社会保障部\n"
            "3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n")
    got = {a.task["text"]: a.lead for a in _assignments(text, "2016-04-06")}
    assert got.get("城镇新增就业1000万人以上") == ["人力资源和社会保障部"]
    assert got.get("居民消费价格涨幅3%左右") == ["国家发展和改革委员会"]
