"""Probe asg41: assignments in prefecture and county documents (real sentences)."""
import govie


def _assignments(text, date=None):
    return govie.extract(text, reference_date=date).assignments


def test_hunan_merged_culture_bureau_is_the_countys_own_body():
    # http://dongkou.wentiyun.cn/news-216.html (洞口县 联席会议制度): the bureau named 文化旅游广电体育局 is
    # one body, not its tail 体育局 (which linked to a 洞口县体育局 that does not exist).
    text = ("洞口县文化旅游广电体育局\n关于建立健全洞口县公共文化服务体系建设\n联席会议制度的通知\n县直相关部门:\n"
            "联席会议在县人民政府领导下工作,由县文化旅游广电体育局牵头,县文化旅游广电体育局党组书记、局长担任召集人。")
    depts = [e for e in govie.extract(text).entities if e.label == "DEPT" and "体育" in e.text]
    assert {e.text for e in depts} == {"洞口县文化旅游广电体育局", "县文化旅游广电体育局"}
    assert {e.attrs.get("canonical") for e in depts} == {"洞口县文化旅游广电体育局"}
    (a,) = _assignments(text)
    assert a.lead == ["洞口县文化旅游广电体育局"] and a.task["text"] == "联席会议在县人民政府领导下工作"


def test_a_group_made_of_listed_bodies_is_no_assignment():
    # Same page: 由X、Y…等部门组成 says who the group is made of; some bodies in the list (县编委) are
    # not tagged, which had broken the chain before 组成.
    text = ("一、会议组成\n洞口县公共文化服务体系建设联席会议,由县委宣传部、县委组织部、县文化旅游广电体育局、县编委、"
            "县文明办、县发改局、县住建局、县自然资源局、县教育局、县科工局、县民族宗教事务局、县民政局、县财政局、"
            "县老干局、县乡村振兴局、县人力资源社会保障局、县安监局、县总工会、团县委、县文联、县妇联、县残联、"
            "县融媒体中心等部门组成。")
    assert _assignments(text) == []


def test_flattened_table_without_number_column_reads_body_lines():
    # https://www.shdbkk.com/html_3/chayanjiu/4398/list/1.html (咸宁市人民政府公报 2020年第2号): the table
    # lost its grid; header cells one a line with no 序号, then task line / 责任单位 line / 备注 date line.
    text = ("咸宁市人民政府主办2020年第2号(总第55号)\n重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n"
            "一、加大财政金融支持力度\n(一)加强对防疫重点企业财税支持\n"
            "市税务局等,各县、市、区政府,咸宁高新区管委会\n2020年12月\n"
            "2.纳入工信部支持新冠肺炎防护用品(具)技术改造设备购置补贴的重点企业,省财政给予设备购置费中央补贴后的剩余配套补贴;"
            "对纳入省级支持的企业,省财政全额补贴设备购置费用。\n"
            "市经信局、市财政局等,各县、市、区政府,咸宁高新区管委会\n")
    got = {a.task["text"]: a for a in _assignments(text)}
    first = got["加强对防疫重点企业财税支持"]
    assert first.lead == ["国家税务总局咸宁市税务局", "咸宁高新技术产业开发区管理委员会"]
    assert first.deadline == "2020-12"
    second = next(a for t, a in got.items() if t.startswith("纳入工信部支持"))
    assert second.lead == ["咸宁市经济和信息化局", "咸宁市财政局", "咸宁高新技术产业开发区管理委员会"]
    assert second.deadline is None and second.support == []


def test_short_header_lines_without_body_lines_assign_nothing():
    # The same header over lines that name no body (各县、市、区政府 only) gives no row.
    text = ("重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n(一)加强对防疫重点企业财税支持\n"
            "各县、市、区政府\n2020年12月\n")
    assert _assignments(text) == []


def test_a_signature_after_the_header_is_no_row():
    # A notice's closing (issuer, then its full date) under the same kind of header is not a row.
    text = ("重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n(一)加强对防疫重点企业财税支持\n"
            "咸宁市人民政府办公室\n2020年3月5日\n")
    assert _assignments(text) == []


def test_a_line_wrapped_inside_the_by_clause_still_assigns():
    # Text taken from print wraps lines inside a sentence: the bodies after 由 and their 负责 on the next line
    # are one clause (a rule of probe asg42, since reverted, cut the clause at the line break).
    text = ("市人民政府办公室关于印发工作方案的通知\n（三）加强项目资金监管。此项工作由市发展改革委、市财政局\n"
            "负责，2023年底前完成。")
    found = govie.extract(text, model=None).to_dict()["assignments"]
    assert [a["lead"] for a in found] == [["市发展改革委", "市财政局"]]


def test_a_body_cell_wrapped_over_two_lines_is_one_cell_and_a_class_may_open_it():
    # The 咸宁 table's forms (review of probe asg41): a 责任单位 cell wrapped after a listing mark is one cell
    # of its row, not a row whose task is the cell's first line; a cell opening with the class of county
    # governments before the named bureau is a cell too.
    head = "咸宁市人民政府主办2020年第2号(总第55号)\n重点工作\n主要\n任务\n工作措施\n责任单位\n备注\n"
    wrapped = head + "(一)加强对防疫重点企业财税支持\n市发展和改革委员会、市财政局、\n市税务局\n2020年12月\n"
    tasks = [a.task["text"] for a in _assignments(wrapped)]
    assert "市发展和改革委员会、市财政局、" not in tasks
    class_first = head + "(一)加强对防疫重点企业财税支持\n各县、市、区人民政府，市财政局\n2020年12月\n"
    found = _assignments(class_first)
    assert [a.lead for a in found] == [["咸宁市财政局"]] and found[0].deadline == "2020-12"
