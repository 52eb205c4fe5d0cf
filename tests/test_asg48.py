"""Probe asg48: county and prefecture policy duties (real sentences): a lead's 负责 clause followed by a clause
of bodies that take part, bodies-only 责任单位 notes, a due year inside the item."""
import govie


def _assignments(text, date=None):
    return govie.extract(text, reference_date=date).assignments


HENGDONG = ("四、工作保障\n(一)明确责任。县把乡村教师队伍建设纳入重要议事日程,每年至少专题研究解决一次乡村教师队伍建设中的"
            "重大问题;实行县领导分片包干、定点联系乡村学校制度。县级各部门、各乡镇要明确责任,细化分工,确保各项工作落到实处。"
            "县教育局负责乡村教师队伍建设统筹管理、规划和指导,县编办、县发改局、县财政局、县住建局、县人社局、县卫计局等部门"
            "要按照职责分工积极配合,主动履责,根据工作需要提供政策支持。\n"
            "(二)落实经费。县财政局要切实加大财政投入,大力支持乡村教师队伍建设,财政教育经费要优先用于解决乡村教师队伍建设中"
            "最薄弱、最迫切的问题。各乡镇学校要加强教育经费管理,严格执行财经纪律,规范经费使用,提高资金使用效益,县财政局、"
            "县教育局加强经费监管,县审计局要加大教育经费审计力度,坚决杜绝违反财经纪律的行为发生。\n"
            "抄送:县委各部门、县人武部、县人大办、县政协办、 县人民法院、县人民检察院 衡东县人民办公室 2016年6月22日印发\n")


def test_bodies_that_cooperate_after_a_lead_support_its_task():
    # http://jiaoanw.com/%E6%95%99%E6%A1%88%E6%A0%BC%E5%BC%8F/article-11674-4.html (衡东县 2016, 乡村教师队伍建设):
    # "县教育局负责…,县编办、…等部门要按照职责分工积极配合": the listed bureaus take part in the 教育局's task,
    # which ends before them; they lead nothing of their own.
    found = _assignments(HENGDONG, "2016-06-22")
    first = found[0]
    assert first.lead == ["衡东县教育局"]
    assert first.task["text"] == "乡村教师队伍建设统筹管理、规划和指导"
    assert "衡东县发展和改革局" in first.support and "衡东县卫生和计划生育局" in first.support
    assert len(first.support) == 6
    assert not any("衡东县发展和改革局" in f.lead for f in found)


def test_the_duties_of_the_funding_paragraph_stay_separate():
    # Same page: "县财政局要…" leads its own task; "县财政局、县教育局加强经费监管" both lead; "县审计局要…" its own.
    found = _assignments(HENGDONG, "2016-06-22")
    leads = [f.lead for f in found]
    assert ["衡东县财政局"] in leads
    assert ["衡东县财政局", "衡东县教育局"] in leads
    assert ["衡东县审计局"] in leads
    assert len(found) == 4


HUANGGANG = ("  (七)发放居民消费券,市区筹集1000万元资金(由市直、黄州区、黄冈高新区按现行财政体制分担),组织相关商家配套3倍以上"
             "资金,向市区居民发放电子券,用于购买商品和服务。各级各单位将职工2020年工会福利以消费券形式提前发放,于9月30日前消费"
             "完毕。(责任单位:市商务局、市财政局、市文旅局、市市场监管局、市总工会、黄冈高新区管委会、黄州区政府)\n")


def test_a_bodies_only_note_makes_all_lead_and_a_cost_sharing_bracket_assigns_nothing():
    # http://www.guminxuetang.com/html/54718_2.html (黄冈市 2020 促消费 措施): the 责任单位 list leads; "(由市直、黄州区、
    # 黄冈高新区按现行财政体制分担)" inside the item names places and a class, no body.
    (a,) = _assignments(HUANGGANG, "2020-08-01")
    assert a.lead[:2] == ["黄冈市商务局", "黄冈市财政局"]
    assert "黄冈市黄州区人民政府" in a.lead and a.support == []
    assert a.deadline == "2020-09-30"


def test_a_due_year_inside_a_district_item_is_its_deadline():
    # https://www.yantian.gov.cn (深圳市盐田区 2023 若干措施, 2023-03-10): "到2025年完成…" in the item.
    text = ("深圳市盐田区人民政府\n  (一)实施空间载体提质工程。大力推动国土空间提质增效,到2025年完成元墩头村等18个项目建设,"
            "加快推进旧墟镇等26个更新项目。(责任单位:区工业和信息化局、区发展改革局)\n")
    (a,) = _assignments(text, "2023-03-10")
    assert a.lead == ["深圳市盐田区工业和信息化局", "深圳市盐田区发展和改革局"]
    assert a.deadline == "2025"


def test_a_named_industrial_park_committee_is_a_body():
    # http://www.guminxuetang.com/html/54718_2.html (黄冈市 2020 促消费 措施, item 九): "黄冈产业园管委会" closes the
    # 责任单位 list; a park's 管委会 is a body (a zone, not a division), not a place followed by a stray word.
    text = ("  (九)落实新能源汽车购置补贴、免征车辆购置税政策延长至2022年底和二手车销售增值税减免等优惠政策。"
            "(责任单位:市发改委、市经信局、市税务局、市财政局、市公安局、市商务局、黄冈产业园管委会)\n")
    ents = govie.extract(text, reference_date="2020-08-01").entities
    assert any(e.label == "DEPT" and e.text == "黄冈产业园管委会" for e in ents)
    assert not any(e.label == "LOC" and e.text == "黄冈产业园" for e in ents)
