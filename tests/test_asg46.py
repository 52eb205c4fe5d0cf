"""Probe asg46: provincial 实施方案/若干措施 with bracketed duty notes and running-text duties (real sentences)."""
import govie


def _assignments(text, date=None):
    return govie.extract(text, reference_date=date).assignments


SC = ("四川省发展和改革委员会\n2022年10月18日\n四川省“十四五”现代流通体系建设实施方案\n"
      "(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。"
      "争取将成都市纳入国家要素市场化配置综合改革试点。〔责任单位:省发展改革委、省市场监管局、商务厅、"
      "省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n"
      "(二)优化市场准入环境。实施“证照分离”改革全覆盖,持续推进“一网通办”“一日办结”。〔责任单位:省市场监管局〕\n")


def test_a_note_of_bodies_sharing_a_duty_makes_all_lead_and_drops_the_city_class():
    # http://law.foodmate.net/show-219854.html (四川省“十四五”现代流通体系建设实施方案, 2022): "按职责分工负责"
    # with no 牵头 makes every body lead; "相关市(州)人民政府" inside the same note is a class, not a body.
    first, second = _assignments(SC, "2022-10-18")
    assert first.lead == ["四川省发展和改革委员会", "四川省市场监督管理局", "四川省商务厅", "四川省大数据中心"]
    assert first.support == []
    assert second.lead == ["四川省市场监督管理局"] and second.support == []


def test_a_traditional_script_note_lists_every_body_as_lead():
    # https://95yunying.com/664.html (山东 关于深化改革创新促进数字经济高质量发展的若干措施, 2022, traditional):
    # a 責任單位 list with no 牽頭 makes them all lead; "省财政給予…補貼" in the item is a policy, not a duty.
    text = ("山東省\n一、建立數字設施支撐能力提升機制\n1.實施“網絡能力”提升行動。統籌5G網絡建設布局,"
            "新開通5G基站15萬個以上。對日均流量超過30GB的新建5G基站,省财政給予每個最高5000元補貼。"
            "(責任單位:省通信管理局、省工業和信息化廳、省财政廳、省大數據局)\n")
    (a,) = _assignments(text, "2022-08-01")
    assert a.lead == ["山东省通信管理局", "山东省工业和信息化厅", "山东省财政厅", "山东省大数据局"]
    assert a.support == []


def test_a_leading_group_in_running_text_is_not_a_body_that_takes_a_duty():
    # https://newton.com.tw/wiki/ (山西省鄉村振興責任制實施細則, 2023, 第三條): 领导小组 is a task force, not a
    # DEPT, and 各級黨委和政府 is a class: no assignment.
    text = ("中共山西省委辦公廳、山西省人民政府辦公廳發布《山西省鄉村振興責任制實施細則》。\n"
            "第三條 在省委領導下,省委農村工作領導小組負責鞏固拓展脫貧攻堅成果、全面推進鄉村振興的牽頭抓總、統籌協調,"
            "推動建立健全鄉村振興責任落實、組織推動、社會動員等機制並抓好組織實施。\n"
            "第四條 各級黨委和政府鄉村振興責任主要包括:\n")
    assert _assignments(text, "2023-12-01") == []


def test_county_governments_in_an_assessment_clause_are_a_class():
    # http://m.cctv1204.com/zhengce/show-24782.html (广西 防止耕地“非糧化”穩定糧食生產工作方案, 2020).
    text = ("各市、縣人民政府,自治區人民政府各組成部門、各直屬機構:\n(一)明確耕地利用優先序。"
            "堅決落實最嚴格的耕地保護制度,實行永久基本農田特殊保護,并納入市、縣(市、區)人民政府耕地保護責任目標考核范圍。\n")
    assert _assignments(text, "2020-12-29") == []
