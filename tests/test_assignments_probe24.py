"""Assignments in meeting minutes and supervision texts (probe asg24, round 14): real sentences.

Pages from the page store (addresses in /work/r14/probe-asg24.md).
"""

from __future__ import annotations

import govie

from .assignment_frames import assignments


# 兰州 市政府 纪要 (http://fsou.com/html/text/lar/172182/17218205_4.html), items 1 and 4: 由X副市长负责,
# Y牵头, Z配合, then the task; the first lines name 国家发改委 only as a partner (和…衔接) and a rank (列为).
LANZHOU = ("1、在兰州设立综合配套改革试验区事宜\n"
           "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,经市政府审定后报省政府审批,"
           "在省政府批准兰州市为甘肃省综合配套改革试验区后,加强和国家发改委的衔接沟通,争取将兰州列为国家发改委综合配套改革试验区联系点,"
           "并在时机成熟后,进一步争取将兰州列为国家综合配套改革试验区。\n"
           "4、兰州城市轨道交通项目\n"
           "由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案,报国家发改委基础产业司相关处室,"
           "尽快使项目进入正式报批程序。\n")

# 姚安县 永久基本农田划定工作领导小组会议 news (http://yndkch.com/view/front.article.articleView/540/2/84.html)
YAOAN = ("县委常委、县人民政府常务副县长李勇出席会议并指出,为了姚安的长远发展,各级各部门要紧紧围绕姚安的城市规划、交通规划和商业物流规划,"
         "认真做好资料收集和举证工作,在保证划定指标的同时,也要为城镇未来发展、为重大项目建设留出足够空间。"
         "县国土资源局牵头,县发改局、县住建局等部门密切配合,抢抓时间,全力推进本次永久基本农田划定工作。\n")

# 呼伦贝尔 市政府常务会议 rules (https://code.fabao365.com/law_112452_2.html), 第六条-第七条
HULUNBEIER = ("第六条 市政府督查室要加强对市政府常务会议和市长办公会议决定事项的督办工作。"
              "第七条 各相关单位负责人列席常务会议,对所讨论议题发表意见。确有不同意见的,应当于会前向市政府分管领导说明,"
              "并由市政府分管领导向市政府主要领导汇报。\n")

# 福泉 督查 rules (traditional with pinyin glosses), http://m.0525000.com/GuiZhangZhiDu/304625.html, items 2-4
FUQUAN = ('二、督查報告。由市政府督察室行文,向市政府領導報告領導批示件、交辦件、重要會議、重要文件、重要決策等需要落實(shí)事項的督促檢查和辦理落實(shí)情況。立足實(shí)際,指出工作中可以借鑒的經(jīng)驗和存在的問題,供領導決策參考。\n'
          '三、政務(wù)督察。由市政府督察室行文,向全市各鄉鎮、辦事處和各部門(mén)通報各項工作落實(shí)情況、存在的問題及下步工作建議,主要是傳達工作情況,介紹經(jīng)驗教訓,宣傳先進(jìn)事跡,指出存在的問題,給予明確的指導和幫助,使各級各部門(mén)掌握工作的全面情況,借鑒先進(jìn)經(jīng)驗和失敗教訓,合理安排和促進(jìn)工作。\n'
          '四、福泉市政府會議議定事項督查督辦報告書。由市政府督察室行文,向市政府領導報告市政府常務會議、市長辦公會議、市政府專題會議議定事項的落實(shí)情況。督察科按照會議安排,需要有關部門(mén)抓落實(shí)的事項,經(jīng)督察科查辦立項後,發(fā)出福泉市\n')


def test_a_lead_then_the_bodies_that_take_part_then_the_task():
    found = assignments(LANZHOU)
    first = [a for a in found if a["task"]["text"].startswith("尽快完成《兰州综合配套改革试验区实施方案》")]
    assert len(first) == 1 and len(first[0]["lead"]) == 1
    assert "发改委" in first[0]["lead"][0] or "发展和改革委员会" in first[0]["lead"][0]
    assert first[0]["support"] == []  # 相关部门: a class takes no part
    fourth = [a for a in found if a["task"]["text"].startswith("按照要求进一步修改完善项目建设方案")]
    assert len(fourth) == 1
    assert any("建设局" in x for x in fourth[0]["lead"])
    assert len(fourth[0]["support"]) == 1 and ("发改委" in fourth[0]["support"][0] or "发展和改革委员会" in fourth[0]["support"][0])
    assert not any(a["task"]["text"].startswith("相关部门配合") for a in found)


def test_a_ministry_named_as_a_partner_or_a_rank_in_the_first_lines_is_not_the_author():
    meta = govie.extract(LANZHOU, model=None).to_dict()["meta"]
    assert meta["issuer"] != "国家发展和改革委员会"
    assert meta["jurisdiction"] != "国家"


def test_the_bodies_that_closely_cooperate_support_the_lead_and_hold_no_task_of_their_own():
    found = assignments(YAOAN)
    assert len(found) == 1
    a = found[0]
    assert a["task"]["text"] == "抢抓时间,全力推进本次永久基本农田划定工作"
    assert len(a["lead"]) == 1 and "国土资源局" in a["lead"][0]
    assert len(a["support"]) == 2 and any("发展和改革局" in s or "发改局" in s for s in a["support"]) \
        and any("住房和城乡建设局" in s or "住建局" in s for s in a["support"])


def test_a_governments_leader_who_reports_is_no_assignment_of_the_government():
    found = assignments(HULUNBEIER)
    assert [a["task"]["text"] for a in found] == ["加强对市政府常务会议和市长办公会议决定事项的督办工作"]
    assert found[0]["lead"] == ["市政府督查室"]


def test_a_governments_meeting_in_a_heading_is_no_task_of_the_government():
    found = assignments(FUQUAN)
    assert not any(a["trigger"]["text"] == "議定" for a in found)
    assert any(a["trigger"]["text"] == "由" for a in found)
