"""Assignments in task tables rendered as text (probe asg22, round 14): real sentences.

Pages from the page store (addresses in /work/r14/probe-asg22.md).
"""

from __future__ import annotations

from .assignment_frames import assignments


# 国办函[2016]38号 2016年《政府工作报告》量化指标任务分工, as a law site renders its table
# (http://www.chinaacc.com/qtjjfg/hu1604154336.shtml): one space between cells, the header's word spaced out.
TABLE = ("2016年《政府工作报告》量化指标任务分工\n\n"
         "序号 工 作 任 务 牵头负责部门\n"
         "1 居民消费价格涨幅3%左右 发展改革委\n"
         "2 城镇新增就业1000万人以上 人力资源社会保障部\n"
         "3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部\n"
         "5 中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元 财政部\n"
         "9 再开工20项重大水利工程 水利部\n")


def test_a_table_with_single_spaces_between_cells_gives_one_assignment_a_row():
    rows = assignments(TABLE)
    assert [a["task"]["text"] for a in rows] == [
        "居民消费价格涨幅3%左右", "城镇新增就业1000万人以上", "安排财政赤字2.18万亿元,赤字率提高到3%",
        "中央财政安排1000亿元专项奖补资金,重点用于职工分流安置,2016年安排500亿元", "再开工20项重大水利工程"]
    assert [a["lead"] for a in rows] == [["国家发展和改革委员会"], ["人力资源和社会保障部"], ["财政部"], ["财政部"], ["水利部"]]
    assert [a["trigger"]["text"] for a in rows] == ["发展改革委", "人力资源社会保障部", "财政部", "财政部", "水利部"]
    assert all(a["support"] == [] and a["deadline"] is None for a in rows)


# 广州 2023 重点工作 progress record (https://www.gz.gov.cn/zwgk/zdgzlsqk2023/content/post_9622093.html):
# each column a line "key: | value |".
RECORD = ("\n重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |\n"
          "牵头单位: | 市城市管理综合执法局 |\n"
          "年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》,明确我市2023年违法建设目标任务及各区任务分配。"
          "完成工作任务20%以上。 第二季度:完成工作任务的50%以上。 |\n")


def test_the_task_line_of_a_keyed_record_is_the_task_of_its_role_line():
    (a,) = assignments(RECORD)
    assert a["task"]["text"] == "统筹违法建设治理与城市更新,促进违法建设科学分类治理"
    assert a["trigger"]["text"] == "牵头单位"
    # The record names no city of its own (广州市 only inside a title): the bureau keeps its own words.
    assert a["lead"] == ["市城市管理综合执法局"]
    assert a["support"] == [] and a["deadline"] is None
