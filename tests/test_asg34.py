"""Probe asg34: division-of-labour notes in national and provincial documents (real sentences)."""
import govie


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


def test_party_reform_office_is_its_own_body():
    # https://myjjzx.cn/zxzc/126.html (浙江 2020 政府工作报告重点工作责任分解): 省委改革办 is the
    # committee's reform office, not the provincial committee itself.
    text = ("1. 稳企业、防风险。扎实做好稳企业各项工作。实施《浙江省民营企业发展促进条例》,为民营企业营造更好发展环境。\n\n"
            "  牵头单位:省发展改革委、省经信厅\n\n"
            "  2. “最多跑一次”改革和政府数字化转型。以数字化转型为引领,擦亮“最多跑一次”改革金名片。\n\n"
            "  牵头单位:省委改革办、省大数据局\n")
    found = [a for a in _assignments(text, "2020-05-15") if "数字化转型" in a.task["text"]]
    assert found and found[0].lead == ["中共浙江省委员会全面深化改革委员会办公室", "浙江省大数据发展管理局"]


def test_places_sharing_one_short_government():
    # https://newton.com.tw/wiki/黑龍江省促進經濟穩增長的若干措施: three cities share 市政府; the
    # airport's 指挥部 is a task force, no body.
    text = ("黑龍江省促進經濟穩增長的若干措施\n"
            "3.推進民航基礎設施建設,今明兩年投資30億元。開工建設哈爾濱機場擴建工程和建三江、五大連池、綏芬河機場。"
            "(哈爾濱機場擴建指揮部、哈爾濱、黑河、綏芬河市政府、省農墾總局負責)\n")
    (a,) = _assignments(text, "2013-08-01")
    assert a.lead == ["哈尔滨市人民政府", "黑河市人民政府", "绥芬河市人民政府", "黑龙江省农垦总局"]


def test_a_post_taking_a_role_in_a_group_is_no_task():
    # https://proimagegallery.com/…/industrys/409.html (国办发〔2015〕48号 news): 国务院 only names the
    # vice premier's post; the office seated in 工信部 is the task.
    text = ("国务院办公厅6月24日发布《关于成立国家制造强国建设领导小组的通知》(以下简称《通知》)。《通知》指出,"
            "为推进实施制造强国战略,加强对有关工作的统筹规划和政策协调,国务院决定成立国家制造强国建设领导小组。"
            "领导小组由国务院副总理马凯任组长,工业和信息化部部长苗圩、国务院副秘书长肖亚庆、发改委副主任林念修、"
            "科技部副部长曹健林、财政部副部长刘昆等5人任副组长。\n"
            "按照《通知》要求,制造强国建设领导小组办公室设在工信部,承担领导小组的日常工作。工信部副部长毛伟明兼任办公室主任。\n"
            "领导小组负责统筹协调国家制造强国建设全局性工作,审议推动制造业发展的重大规划、重大政策、重大工程专项和"
            "重要工作安排,加强战略谋划,指导各地区、各部门开展工作,协调跨地区、跨部门重要事项,加强对重要事项落实情况的督促检查。\n")
    found = _assignments(text, "2015-06-24")
    assert [a.lead for a in found] == [["工业和信息化部"]]


def test_a_government_qualifying_a_post_is_no_subject():
    # http://njbnbz.cn/bnbz/1910.html (粤办函〔2021〕19号): 省政府 names whose deputy secretary-general.
    text = ("广东省人民政府办公厅关于印发广东省殡葬管理工作联席会议制度的通知\n"
            "  二、组成人员\n\n  联席会议由分管民政工作的省领导担任召集人,省政府协调民政工作的副秘书长、"
            "省民政厅主要负责同志担任副召集人。\n\n  (二)联席会议办公室设在省民政厅,办公室主任由省民政厅分管负责同志兼任。\n")
    found = _assignments(text, "2021-02-01")
    assert [a.lead for a in found] == [["广东省民政厅"]] and found[0].task["text"].startswith("联席会议办公室设在省民政厅")


def test_planning_and_construction_commission():
    # http://law155.infoeach.com/view-MTU1fDk4MDU2.html (日政发[2003]69号, 实施细则 第五条).
    text = "日照市城市经济适用住房市场化运作实施细则\n第五条 日照市规划建设委员会负责城市经济适用住房市场化运作的管理工作。\n"
    (a,) = _assignments(text, "2003-11-19")
    assert a.lead == ["日照市规划建设委员会"] and a.task["text"] == "城市经济适用住房市场化运作的管理工作"


def test_tasks_for_classes_are_no_assignments():
    # https://newton.com.tw/wiki/關於落實〈政府工作報告〉重點工作分工的意見/60456192 (2022 news) and
    # https://www.ppdoc.com/periodical/b779a4dfbcc096d415d0cc4c9e90b83f.html (黑龙江 2003 非典 notice).
    text = ("《分工意見》要求,今年經濟社會發展任務重、挑戰多,各地區、各部門要進一步增強責任感、緊迫感,把責任扛在肩上。"
            "有關地區和部門要對照分工意見,抓緊制定本地區、本部門落實重點工作分工的實施方案,按有關要求報國務院。\n"
            "我省防治“非典”的社会捐赠工作,统一由省防治“非典”工作指挥部指导和协调。民政、卫生部门负责接收社会捐赠款物。\n")
    assert _assignments(text, "2022-03-25") == []
