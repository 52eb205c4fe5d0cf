"""National assignments outside division-of-work tables (probe asg61n, round 24): bracket notes with a class tail,
批复 and covering notices that give named provincial governments their tasks, 由X、Y负责, and classes that are no lead.

Pages from the page store (addresses in /work/r24/asg61n/sources.md). No rule was changed by this probe: these
pin what the first pass already did right on fresh national texts.
"""

from __future__ import annotations

from .assignment_frames import assignments

# 国办发〔2022〕14号 深化医药卫生体制改革2022年重点工作任务 (http://zhongguoyaoye023.com/news/detail/id/389):
# ASCII brackets as served; "等和地方人民政府按职责分工负责" names five leads and a class that is none.
YIGAI = ("一、加快构建有序的就医和诊疗新格局\n"
         "(一)发挥国家医学中心、国家区域医疗中心的引领辐射作用。依托现有资源,加快推进国家医学中心设置和建设,"
         "开展国家区域医疗中心建设项目,深化运行机制改革,年内基本完成全国范围内国家区域医疗中心建设项目的规划布局。"
         "(国家发展改革委、国家卫生健康委、教育部、国家中医药局、国家疾控局等和地方人民政府按职责分工负责。"
         "以下均需地方人民政府负责,不再列出)\n")


def test_a_bracket_note_with_a_class_tail_gives_the_named_bodies_only():
    found = assignments(YIGAI, reference_date="2022-05-04")
    assert len(found) == 1
    a = found[0]
    assert a["lead"] == ["国家发展和改革委员会", "国家卫生健康委员会", "教育部", "国家中医药管理局", "国家疾病预防控制局"]
    assert a["support"] == []
    assert "依托现有资源" in a["task"]["text"]


# 国函〔2018〕16号 国务院关于呼包鄂榆城市群发展规划的批复 (https://stufic.com/news/view?id=8223).
HUBAOEYU = ("国函〔2018〕16号\n\n内蒙古自治区、陕西省人民政府,国家发展改革委:\n\n"
            "国家发展改革委《关于报送呼包鄂榆城市群发展规划(送审稿)的请示》(发改地区〔2017〕2222号)收悉。现批复如下:\n\n"
            "一、原则同意《呼包鄂榆城市群发展规划》(以下简称《规划》),请认真组织实施。\n\n"
            "三、内蒙古自治区、陕西省人民政府要切实加强组织领导,制定实施方案,深化细化配套政策措施,确保目标任务如期完成。"
            "《规划》实施中涉及的重大事项、重大政策和重大项目按规定程序报批。\n\n"
            "四、国务院有关部门要按照职能分工,研究制定支持呼包鄂榆城市群发展的具体政策措施,在有关规划编制、体制创新、"
            "重大项目建设、优化行政区划设置等方面给予积极支持。国家发展改革委要会同有关部门做好协调指导,"
            "加强对《规划》实施情况的跟踪分析,\n")


def test_a_reply_gives_named_provincial_governments_and_ndrc_their_tasks():
    found = assignments(HUBAOEYU, reference_date="2018-02-05")
    by_task = {a["task"]["text"][:8]: a for a in found}
    provinces = ["内蒙古自治区人民政府", "陕西省人民政府"]
    # 请认真组织实施 goes to the reply's addressees (as 请按照…认真组织开展工作 in dev sc19-46).
    assert by_task["认真组织实施"]["lead"] == provinces + ["国家发展和改革委员会"]
    # "内蒙古自治区、陕西省人民政府要": the shared 省人民政府 reaches back to 内蒙古自治区.
    assert by_task["切实加强组织领导"]["lead"] == provinces
    ndrc = [a for a in found if "跟踪分析" in a["task"]["text"]]
    assert len(ndrc) == 1 and ndrc[0]["lead"] == ["国家发展和改革委员会"] and ndrc[0]["support"] == []


def test_the_class_of_state_council_departments_is_no_lead():
    found = assignments(HUBAOEYU, reference_date="2018-02-05")
    assert not any("研究制定支持" in a["task"]["text"] for a in found)
    assert len(found) == 3


# 发改地区[2015]738号 国家发展改革委关于印发长江中游城市群发展规划的通知 (https://fyshukong.com/Print.aspx?id=8971).
CHANGJIANG = ("江西、湖北、湖南省人民政府,国务院有关部委、直属机构:\n"
              "经国务院批准,现将《长江中游城市群发展规划》(以下简称《规划》)印发你们,并就有关事项通知如下:\n"
              "一、推动长江中游城市群发展,对于依托黄金水道推动长江经济带发展、加快中部地区全面崛起、探索新型城镇化道路、"
              "促进区域一体化发展具有重大意义。江西、湖北、湖南省人民政府和国务院有关部门要认真贯彻落实《国务院关于长江中游"
              "城市群发展规划的批复》(国函〔2015〕62号)精神,提高认识、紧密合作、扎实工作,共同推动《规划》的落实。\n"
              "二、请江西、湖北、湖南省人民政府切实加强组织领导,密切协调配合,落实工作责任,完善定期会商机制和工作推进机制,"
              "抓紧制定实施方案和专项规划,依法落实《规划》明确的主要目标和重点任务。\n"
              "三、请国务院有关部门按照职能分工,在规划编制、政策实施、项目安排、体制创新等方面给予积极支持,"
              "指导和帮助解决《规划》实施中遇到的问题。\n"
              "四、我委将按照国务院批复精神,会同有关部门加强对《规划》实施情况的跟踪分析和督促检查,研究新情况、解决新问题、"
              "总结新经验,适时会同江西、湖北、湖南省人民政府组织开展《规划》实施情况评估,重大问题及时向国务院报告。\n")


def test_named_provinces_lead_and_a_class_beside_them_is_dropped():
    found = assignments(CHANGJIANG, reference_date="2015-04-13")
    provinces = ["江西省人民政府", "湖北省人民政府", "湖南省人民政府"]
    assert [a["lead"] for a in found] == [provinces, provinces]
    assert found[0]["task"]["text"].startswith("认真贯彻落实")
    assert found[1]["trigger"]["text"] == "请"


def test_the_issuers_own_plan_is_no_assignment():
    # 我委将…会同有关部门…: the issuing commission's own undertaking (an activity), and 请国务院有关部门 is a class.
    found = assignments(CHANGJIANG, reference_date="2015-04-13")
    assert not any("跟踪分析" in a["task"]["text"] or "积极支持" in a["task"]["text"] for a in found)


# 国办函〔2024〕83号 4个省级开发区升级为国家级经济技术开发区的复函 (https://huadong.zgcsjs.org.cn/News-news_list-id-4925.aspx).
JINGKAIQU = ("二、上述4个国家级经济技术开发区核准规划面积及四至范围见附件。具体以界址点坐标控制,"
             "界址点坐标由商务部、自然资源部负责发布。\n"
             "三、有关省、直辖市人民政府要以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党的二十大和二十届二中、"
             "三中全会精神,坚持党的全面领导,贯彻新发展理念。\n")


def test_you_x_y_fuze_and_a_class_of_provincial_governments():
    found = assignments(JINGKAIQU, reference_date="2024-10-30")
    assert len(found) == 1
    assert found[0]["lead"] == ["商务部", "自然资源部"]
    assert found[0]["task"]["text"].endswith("发布")


# 国办发〔2020〕17号 2020年政务公开工作要点 (mirror http://crazygaytube.com/ouboyulepingtai/930.html) and
# 国办发〔2024〕29号 深化医药卫生体制改革2024年重点工作任务 (http://www.csrcare.com/Law/LawShow?id=232623).
CLASSES = ("(一)以权责清单为依托,加强权力配置信息公开。要对照法律法规规章,全面梳理本机关依法行使的行政权力和依法承担的"
           "公共服务职责,更新完善权责清单并按要求公开。地方各级政府信息公开工作主管部门要按权限督促行政机关依法公开工作职能、"
           "机构设置等信息。\n"
           "(二)因地制宜学习推广三明医改经验。各地要按照“腾空间、调结构、保衔接”的路径,结合实际加大探索,推进改革整体联动。\n")


def test_classes_of_local_bodies_get_no_assignment():
    assert assignments(CLASSES, reference_date="2020-06-21") == []
