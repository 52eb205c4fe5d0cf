"""ORG in policy lists and signing news (probe org41p): a proposing verb before a firm, a firm's technical
centre, a division's broadcaster, a co-founded institute."""
import govie


def _orgs(text):
    return [e.text for e in govie.extract(text, model=None).entities if e.label == "ORG"]


def test_proposing_verb_is_no_part_of_the_firm_and_its_centre_is():
    # 国家发展改革委 2015 第22批国家企业技术中心 公示: http://m.feibaos.com/news/info/3686.html
    t = "拟定北京当升材料科技股份有限公司技术中心等98家技术中心和三一重机有限公司技术中心有限公司等6家分中心为2015年（第22批）国家企业技术中心"
    assert "北京当升材料科技股份有限公司技术中心" in _orgs(t)
    assert not any(o.startswith("拟定") for o in _orgs(t))


def test_recognised_centre_after_a_confirming_verb():
    # 发改高技〔2022〕158号 (the lead verb 确认 of org_left_stops): the centre is the firm's unit, one span.
    t = "确认北京华大九天科技股份有限公司技术中心等101家企业技术中心"
    assert _orgs(t) == ["北京华大九天科技股份有限公司技术中心"]


def test_division_broadcaster_is_an_org():
    # 第六届中华职业教育创新创业大赛 预通知 (2023): https://part.csmu.edu.cn/scxy/index.php?_m=mod_article&_a=article_content&article_id=322
    t = "协办单位：德阳市委统战部、德阳市教育局、德阳市总工会、德阳市电视台\n技术支持：湖南科技职业学院"
    assert "德阳市电视台" in _orgs(t)
    ents = {(e.label, e.text) for e in govie.extract(t, model=None).entities}
    assert ("DEPT", "德阳市教育局") in ents and ("LOC", "德阳市") not in ents


def test_bare_prefix_broadcaster_is_not_named():
    # A bare 县 names no division: no span (the canonical could not be told).
    assert _orgs("由县电视台负责宣传报道") == []


def test_co_founded_innovation_institute():
    # 聊城大学与东昌府区人民政府签订深化校地合作协议 (2021): https://hqjt.lcu.edu.cn/lsxxzt/ztgzdt/470126.htm
    t = "达成文化旅游业高质量发展战略合作，共建中国传统医学研究院、东昌府智慧文旅联合创新研究院、亿沣蔬粮种植“产学研基地”等合作项目。"
    assert "东昌府智慧文旅联合创新研究院" in _orgs(t)


def test_government_innovation_institute_stays_dept():
    # A province's own institute is a public body (guide: DEPT), not a co-founded one.
    ents = {(e.label, e.text) for e in govie.extract("加快建设湖北省技术创新研究院", model=None).entities}
    assert ("DEPT", "湖北省技术创新研究院") in ents
