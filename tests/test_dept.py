"""DEPT tagger on real sentences: exact spans, links, and the dev document."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from .timing import best_time
from hypothesis import given, settings
from hypothesis import strategies as st

from govie.text.normalize import normalize
from govie.kb.registry import Agency, Registry
from govie.types import Context
from govie.taggers.dept import find_dept_spans, scan_trie_regex, trie_regex
from govie.taggers.dept import tag_depts as _tag_only
from govie.link import Linker, link_mentions
from govie.kb.registry import default_registry

SC = "四川省"
REF = dt.date(2023, 5, 18)
_LINKERS: dict[int, Linker] = {}


def tag_depts(text, ctx):
    """The DEPT tagger followed by the link stage, as the pipeline runs them."""
    registry = ctx.registry or default_registry()
    linker = _LINKERS.setdefault(id(registry), Linker(registry))
    mentions = _tag_only(text, ctx)
    link_mentions(linker, text, mentions, ctx)
    return mentions


def test_tagger_leaves_linking_to_the_link_stage():
    (m,) = _tag_only("省药监局召开会议", Context(jurisdiction=SC))
    assert set(m.attrs) == {"kind"} and m.source == f"dept.{m.attrs['kind']}"

# (jurisdiction, sentence, [(start, end, canonical, unit)])
CASES = [
    (SC, "5.与省市场监管局、自然资源厅沟通纳入综合窗口受理办理事项后续工作流程。",
     [(3, 9, "四川省市场监督管理局", None), (10, 15, "四川省自然资源厅", None)]),
    (SC, "2.5月11日，水利厅行政审批处会同审监处、水科院在四川邛水建设集团有限公司、祥昇建工有限公司开展“水利安全生产标准化延期事项”上门服务",
     [(8, 16, "四川省水利厅", "行政审批处"), (18, 21, "四川省水利厅", "审监处"), (22, 25, "四川省水利科学研究院", None)]),
    (SC, "4.近期，由经济和信息化厅主办，成都市中小企业服务中心（成都市工业合作联社）和四川省电子商务协会承办的“天府益企·平台助企服务活动”",
     [(6, 13, "四川省经济和信息化厅", None), (16, 27, "成都市中小企业服务中心", None),
      (28, 37, "成都市中小企业服务中心", None)]),
    (SC, "2.近日，公安厅党委委员、副厅长何绍明到省政务服务大厅调研并值守，并参观综合窗口前台和该厅中台、后台，同时慰问了窗口工作人员。",
     [(5, 8, "四川省公安厅", None)]),
    (SC, "3.5月11日，公安厅窗口在四川华庆机械有限责任公司开展上门服务，现场检查生产车间和射击靶场",
     [(8, 11, "四川省公安厅", None)]),
    (SC, "已进驻省政务服务大厅的省级部门（单位）共45个，其中已授权无差别综合窗口44个，未授权无差别综合窗口1个：成都海关。",
     [(53, 57, "中华人民共和国成都海关", None)]),
    (SC, "送：各相关省级部门（单位），中心各处（室）、直属单位。发：各部门窗口。", []),
    (SC, "组织各区（市）县政务服务中心开展培训，各市（州）政务服务中心参加。", []),
    (SC, "1.赴德阳市、甘孜州、雅安市开展综合窗口改革、“一件事一次办”等专题调研，并派员到雅安市政务服务和大数据管理局蹲点调研、驻点指导。",
     [(41, 55, "雅安市政务服务和大数据管理局", None)]),
    (SC, "5.近期，省药监局联合重庆市药监局制定印发《放射性药品经营质量管理实施细则》",
     [(5, 9, "四川省药品监督管理局", None), (11, 17, "重庆市药品监督管理局", None)]),
    (SC, "7.组织综窗改革专班讨论研究《四川省政务数据共享应用三年行动方案（送审稿）》、3月部门考核", []),
    (SC, "调研组通过召开座谈会、实地走访等方式，深入了解绵阳市水利局涉水行政审批运行机制",
     [(23, 29, "绵阳市水利局", None)]),
    (SC, "4.近期，商务厅行政审批处和成都市商务局行政审批处共同在省政务服务大厅6楼会议室召开“限制类技术进出口”业务培训。",
     [(5, 13, "四川省商务厅", "行政审批处"), (14, 25, "成都市商务局", "行政审批处")]),
    (SC, "8.组织自然资源厅、农业农村厅、省市场监管局、省体育局、省消防救援总队、省贸促会业务骨干对14名综合窗口工作人员开展业务培训8次。",
     [(4, 9, "四川省自然资源厅", None), (10, 15, "四川省农业农村厅", None), (16, 22, "四川省市场监督管理局", None),
      (23, 27, "四川省体育局", None), (28, 35, "四川省消防救援总队", None),
      (36, 40, "中国国际贸易促进委员会四川省委员会", None)]),
    (SC, "眉山市东坡区市场监督管理局会同甘孜州市场监管局开展联合检查，各市场监管局要加强指导。",
     [(0, 13, "眉山市东坡区市场监督管理局", None), (15, 23, "甘孜藏族自治州市场监督管理局", None)]),
    (SC, "眉山市东坡区行政审批局（眉山市东坡区政务服务中心）受理申请。",
     [(0, 11, "眉山市东坡区行政审批局", None), (12, 24, "眉山市东坡区行政审批局", None)]),
    (SC, "全省教育部门和科技部门要加强协作，发展新局面不断打开。", []),
    ("内蒙古自治区", "有效缓解高峰堵车、乱收费、停车难等问题（牵头单位：交通厅、公安厅、住建厅）。",
     [(25, 28, "内蒙古自治区交通运输厅", None), (29, 32, "内蒙古自治区公安厅", None),
      (33, 36, "内蒙古自治区住房和城乡建设厅", None)]),
    ("上海市", "自觉依法接受监督，配合市人大及其常委会出台地方性法规20件，立改废政府规章44件，办理市人大代表建议1256件、市政协提案967件。",
     [(11, 14, "上海市人民代表大会", None), (16, 19, "上海市人民代表大会常务委员会", None),
      (43, 46, "上海市人民代表大会", None),
      (56, 59, "中国人民政治协商会议上海市委员会", None)]),
    ("宁夏回族自治区", "最高法、海关总署等数据中心建成，新华三图灵小镇等一批重点工程开工。",
     [(0, 3, "最高人民法院", None), (4, 8, "海关总署", None)]),
    ("广东省", "是“中国特色高水平高职学校和专业建设计划”的简称，由教育部和财政部联合实施，旨在建设一批高水平学校和高水平专业群。",
     [(26, 29, "教育部", None), (30, 33, "财政部", None)]),
    ("湖北省", "是省委团结带领全省人民努力奋斗的结果，是省人大、省政协和社会各界有效监督、鼎力支持的结果。",
     [(1, 3, "中共湖北省委员会", None), (20, 23, "湖北省人民代表大会", None),
      (24, 27, "中国人民政治协商会议湖北省委员会", None)]),
    ("广西壮族自治区", "中国—东盟人工智能创新合作中心获国家发展改革委、科技部等部委批准建设",
     [(16, 23, "国家发展和改革委员会", None), (24, 27, "科学技术部", None)]),
    ("江西省", "按规定与国家发展改革委进行了规划衔接并修改完善，提交本次大会审查。",
     [(4, 11, "国家发展和改革委员会", None)]),
    (SC, "凉山州西昌市政务服务和公共资源交易服务中心、阿坝州汶川县人民政府参加。",
     [(0, 21, "西昌市政务服务和公共资源交易服务中心", None), (22, 32, "汶川县人民政府", None)]),
    (SC, "市州政务服务中心要加强与省级部门窗口的对接。", []),
    (SC, "省政府政务服务和公共资源交易服务中心党组书记、主任到窗口调研。",
     [(0, 18, "四川省政府政务服务和公共资源交易服务中心", None)]),
    (SC, "宜宾市叙州区市场监督管理局（宜宾市叙州区知识产权局）开展培训。",
     [(0, 13, "宜宾市叙州区市场监督管理局", None), (14, 25, "宜宾市叙州区市场监督管理局", None)]),
    (SC, "省人社厅就业促进处处长张三到大厅调研。", [(0, 9, "四川省人力资源和社会保障厅", "就业促进处")]),
    (SC, "中共四川省委办公厅、省政府办公厅印发通知，省委编办、省纪委监委参加。",
     [(0, 9, "中共四川省委员会办公厅", None), (10, 16, "四川省人民政府办公厅", None),
      (21, 25, "四川省机构编制委员会办公室", None), (26, 31, "中共四川省纪律检查委员会", None)]),
    (None, "支持香港特区政府依法施政，支持澳门特别行政区政府。",
     [(2, 8, "香港特别行政区政府", None), (15, 24, "澳门特别行政区政府", None)]),
    ("甘肃省", "永靖盐锅峡镇滑坡避险案例得到自然资源部、应急管理部通报表扬。",
     [(14, 19, "自然资源部", None), (20, 25, "应急管理部", None)]),
    # Below the province: bare prefixes at their own level, local kinds, classes.
    ("440106", "企业根据自身符合申请类别向天河区科工信局提出申请需求并提交企业申请材料",
     [(13, 20, "广州市天河区科技工业和信息化局", None)]),
    ("440106", "待审核通过且确定可承租套数后，天河区科工信局通知企业提交个人材料，审核通过后由区住建",
     [(15, 22, "广州市天河区科技工业和信息化局", None)]),
    ("440000", "  各地级以上市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构：",
     [(25, 28, "广东省人民政府", None)]),
    ("440100", "市（区）财政、民政、卫生健康、人力资源社会保障等部门按照各自职能开展相关工作。", []),
    ("440100", "第三条 市医疗保障行政部门主管本市长护险工作，负责组织实施本办法。",
     [(4, 13, "广州市医疗保障局", None)]),
    ("440100", "市、区人力资源社会保障部门除可以通过电子证照外", []),
    # Prefixed fields sharing one 部门 are each the city's body of the field (dev gz-35).
    ("440100", "主要包括经市人力资源社会保障、市科技等相关部门认定、评定的产业、行业领军或杰出人才。",
     [(5, 14, "广州市人力资源和社会保障局", None), (15, 18, "广州市科学技术局", None)]),
    (None, "对此，人民银行深圳中心支行副行长张建军日前撰文承认，",
     [(3, 13, "中国人民银行深圳中心支行", None)]),
    (None, "我们隆重庆祝中华人民共和国成立70周年", []),
    ("440100", "立医院改革的奖补资金、医疗机构等级评审、医保定点资格、医疗机构负责人", []),
    # A township of a development zone; a bureau's station is the bureau's unit (pt-208869, dev).
    ("340000", "朱莉莉  舒城县种子管理站\n田红斌  叶集改革发展试验区孙岗乡人民政府\n10．马",
     [(5, 13, "舒城县种子管理站", None), (19, 35, None, None)]),
    ("340000", "沐永久  定远县定城农技中心站\n王广成  定远县农机局张桥农机中心站\n9．六安",
     [(5, 15, "定远县定城农技中心站", None), (21, 34, "定远县农业机械管理局", "张桥农机中心站")]),
    # A village or community after a township's body is a place, and so is a residents' committee
    # (People's Daily; pt-208869).
    ("340000", "葛  翔  颍州区九龙镇叶寨村\n丁  凯  颍泉区中市街道办事处中北社区\n任信虎", []),
    (None, "为未成年人提供系列化教育服务的吉林省长春市二道区东站街道第十居民委员会主任谭竹青；", []),
    # A bare 街道办 in a city's text is each applicant's subdistrict office (a class); a named one is
    # one body (CLUENER, a Wuhan news item on affordable housing).
    ("武汉市", "5月26日，长丰街道办在这4人的申请表上盖章后，区民政部门在第二天也盖章通过。",
     [(6, 11, "武汉市硚口区人民政府长丰街道办事处", None)]),
    ("武汉市", "经街道办审核过申请人资格，应对申请人的情况在社区公示。", []),
    # A county after a coordinator jieba joins to it (和永嘉); a central body's name after a city's
    # is the city's body, never the central one (CLUENER).
    (None, "昨天，永嘉有关部门介绍，根据有关法律法规以及专家建议，省海洋与渔业局和永嘉县政府决定，",
     [(27, 34, None, None), (35, 40, "永嘉县人民政府", None)]),
    (None, "南昌市各寿险公司自2月20日起停止委托南昌市邮政局及邮政储蓄银行代办保险业务。",
     [(19, 25, "南昌市邮政局", None)]),
    # A community's name in an address (南联社区, not 南联社) and a rural credit cooperative (a
    # financial enterprise) are no bodies (CLUENER).
    (None, "深圳市龙岗区龙岗街道南联社区龙城大道25号特丰综合楼六单元301联系人:戴星宇联系电话:", []),
    (None, "RURALCRED陇川县农村信用合作联社金碧卡一卡通6231900000147723205有效期限", []),
    # Common nouns, level words and meetings that the body patterns read as bodies (People's Daily).
    (None, "要保障小城镇建设基础规划与投资，目前专家议论最多的是地方政府和小城镇政府之间的财政体制改革问题。", []),
    (None, "还要组织好本系统内的值班工作；各地区党委和政府在节日期间也要加强值班工作。", []),
    (None, "6月12日下午，以加大党风廉政建设和反腐败斗争力度为主题的会议，正在中共广西壮族自治区委员会常委会议室进行着。",
     [(34, 46, "中共广西壮族自治区委员会", None)]),
    ("340000", "谯城区人民政府  谯城区农业技术推广中心  颍东区新乌江镇农业综合服务站",
     [(0, 7, "亳州市谯城区人民政府", None), (9, 20, "亳州市谯城区农业技术推广中心", None),
      (22, 36, "阜阳市颍东区新乌江镇农业综合服务站", None)]),
]


@pytest.mark.parametrize(("jurisdiction", "sentence", "expected"), CASES,
                         ids=[f"{j}-{s[:12]}" for j, s, _ in CASES])
def test_dept_spans_and_links(jurisdiction, sentence, expected):
    mentions = tag_depts(sentence, Context(reference_date=REF, jurisdiction=jurisdiction))
    got = [(m.start, m.end, m.attrs["canonical"], m.attrs["unit"]) for m in mentions]
    assert got == expected, [sentence[m.start:m.end] for m in mentions]
    assert all(m.label == "DEPT" for m in mentions)


def test_dept_priorities_and_sources():
    text = "省药监局联合眉山市东坡区市场监督管理局"
    reg, pat = tag_depts(text, Context(reference_date=REF, jurisdiction=SC))
    # Priority comes from detection (省药监局 is found as 省 + a type: a pattern), the source
    # from the link (it links to a registry record through the jurisdiction).
    assert (reg.source, reg.priority, reg.attrs["agency_id"], reg.attrs["derived"]) == (
        "dept.registry", 15, "p.510000.mpa", False)
    assert (pat.source, pat.priority, pat.attrs["agency_id"], pat.attrs["derived"]) == (
        "dept.pattern", 15, None, True)


def test_dept_issuer_centre_only_in_a_centres_report():
    text = "报：中心领导。送：中心各处（室）。推进中心城区建设。"
    issuer = "四川省政府政务服务和公共资源交易服务中心"
    got = tag_depts(text, Context(jurisdiction=SC, issuer=issuer))
    assert [(m.start, m.end, m.attrs["canonical"]) for m in got] == [(2, 4, issuer), (9, 11, issuer)]
    assert tag_depts(text, Context(jurisdiction=SC, issuer="四川省水利厅")) == []


def test_dept_uses_the_context_registry():
    reg = Registry([Agency(id="x.1", name="测试市数据管理局", aliases=("测试数据局",), kind="department",
                           level="city")])
    (m,) = tag_depts("由测试数据局牵头。", Context(registry=reg))
    assert (m.start, m.end, m.attrs["agency_id"], m.priority) == (1, 6, "x.1", 20)


def test_trie_regex_matches_exactly_the_words():
    import re

    words = ["省药监局", "省药品监督管理局", "省药", "水利厅"]
    rx = re.compile(trie_regex(words))
    assert [m.group() for m in rx.finditer("省药品监督管理局和省药监局、省药，水利厅")] == [
        "省药品监督管理局", "省药监局", "省药", "水利厅"]
    many = [f"{chr(0x4E00 + i)}局" for i in range(600)]
    rx = re.compile(trie_regex(many))
    assert all(rx.fullmatch(w) for w in many)


def test_scan_trie_regex_finds_what_the_trie_finds():
    import re

    # One-character words, a word that is the prefix of another, first characters that repeat.
    words = ["省药监局", "省药品监督管理局", "省药", "水利厅", "水", "乡政府", "街道办", "妇联", "工商联"]
    text = "省药品监督管理局和省药监局、省药，水利厅水务局；街道办事处、乡政府和县妇联、市工商联"
    trie, scan = re.compile(trie_regex(words)), re.compile(scan_trie_regex(words))
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in trie.finditer(text)]
    assert [m.group() for m in scan.finditer(text)][:4] == ["省药品监督管理局", "省药监局", "省药", "水利厅"]
    # Each alternative opens with its literal first character (what sre skips to in C), no lookahead.
    assert scan.pattern.startswith("(?:") and not scan.pattern.startswith("(?=")
    assert re.compile(scan_trie_regex([])).search(text) is None


def test_dept_dev_document(dev_text, dev_gold):
    norm = normalize(dev_text)
    ctx = Context(reference_date=dt.date.fromisoformat(dev_gold["reference_date"]), jurisdiction=SC,
                  issuer="四川省政府政务服务和公共资源交易服务中心")
    pred = {norm.to_original(m.start, m.end): m for m in tag_depts(norm.text, ctx)}
    gold = {(e["start"], e["end"]): e for e in dev_gold["entities"] if e["label"] == "DEPT"}
    tp = set(pred) & set(gold)
    assert len(tp) / len(gold) >= 0.95 and len(tp) / len(pred) >= 0.95
    linked = sum(pred[k].attrs["canonical"] == gold[k]["canonical"]
                 and pred[k].attrs["unit"] == gold[k].get("unit") for k in tp)
    assert linked / len(gold) >= 0.95


def test_dept_scan_is_linear_on_a_large_text():
    base = "5.与省市场监管局、自然资源厅沟通纳入综合窗口受理办理事项后续工作流程。德阳市开展综合窗口改革专题调研。"
    small, large = base * 2000, base * 8000
    find_dept_spans(base)  # build the matchers outside the timing
    spans = find_dept_spans(large)
    assert len(spans) == 2 * 8000
    assert best_time(find_dept_spans, large) < 8 * best_time(find_dept_spans, small) + 0.2


_ALPHABET = "省市州县区厅局委办处室中心海关总队部院四川成都甘孜水利商务市场监管药和、（）。各全的 \n"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_dept_spans_are_ordered_disjoint_and_in_bounds(text):
    mentions = tag_depts(text, Context(jurisdiction=SC, reference_date=REF))
    last = 0
    for m in mentions:
        assert last <= m.start < m.end <= len(text)
        last = m.end


# Classes of bodies in Guangzhou's rules (guangzhou.jsonl doc_1, doc_11, doc_37; not annotated).
GZ = "440100"  # 广州市
TIANHE = "440106"  # 广州市天河区


def test_bare_district_prefix_in_a_city_rule_is_a_class():
    text = ("区民政部门根据家庭经济状况核对结果向区住房保障部门出具家庭收入、家庭财产具体金额的审核结果；"
            "区住房保障部门核查申请家庭的住房困难情况，并汇总区民政部门意见后，出具是否符合公共租赁住房保障条件的复审意见。")
    assert _tag_only(text, Context(jurisdiction=GZ)) == []
    # In a district's own document the same prefix names its own bureau.
    assert [m.end - m.start for m in _tag_only(text, Context(jurisdiction=TIANHE))] == [5, 5]


def test_city_rule_keeps_its_own_bodies():
    text = "由市住房城乡建设局、区住房保障部门报同级人民政府批准后执行。"
    spans = [text[m.start:m.end] for m in _tag_only(text, Context(jurisdiction=GZ))]
    assert spans == ["市住房城乡建设局"]


def test_standing_committee_working_body_without_its_committee_in_a_central_document():
    # 全国人大常委会2022年度监督工作计划 (dev pt-20932m): "发挥预算工委基层联系点作用" names the
    # NPC Standing Committee's 预算工作委员会 (R2-B, R5-B).
    text = "健全完善全国人大预算审查联系代表机制，发挥预算工委基层联系点作用，持续推进预算联网监督系统建设和使用工作。"
    got = [(text[m.start:m.end], m.attrs.get("canonical"))
           for m in tag_depts(text, Context(reference_date=dt.date(2022, 5, 6), central=True))]
    assert ("预算工委", "全国人民代表大会常务委员会预算工作委员会") in got


def test_the_body_of_a_former_post_is_the_former_body():
    # 国办发〔2018〕109号 (dev sc19-54, 2018-11-20): a post held now names the successor, a former
    # post (原局长) the former body itself.
    from govie.pipeline import extract

    text = ("贾高建\u3000\u3000中央党史和文献研究院副院长、中央编译局局长\n"
            "韦建桦\u3000\u3000教授、中央编译局原局长\n"
            "田心铭\u3000\u3000教授、教育部高等学校社会科学发展研究中心原主任\n")
    got = [(e.text, e.attrs.get("canonical")) for e in extract(text, reference_date="2018-11-20", model=None).entities
           if e.label == "DEPT"]
    assert ("中央编译局", "中共中央党史和文献研究院") in got and ("中央编译局", "中共中央编译局") in got
    assert ("教育部高等学校社会科学发展研究中心", "教育部高等学校社会科学发展研究中心") in got


def test_a_deliberative_committees_office_is_its_standing_body():
    # 国办发〔2018〕109号 (dev sc19-54): not a unit of 国家教材委员会 (guide v2: a group's standing office).
    from govie.pipeline import extract

    text = "国家教材委员会办公室设在教育部，由教育部教材局承担办公室工作。"
    got = [(e.text, e.attrs.get("canonical")) for e in extract(text, reference_date="2018-11-20", model=None).entities
           if e.label == "DEPT"]
    assert got[0] == ("国家教材委员会办公室", "国家教材委员会办公室")


def test_national_clinical_laboratory_centre_is_the_health_commissions():
    # 国办发〔2019〕4号 (dev sc19-4m, R5-D): its official name since 2018.
    text = "计算方法：医院临床检验项目中通过国家临床检验中心组织的室间质量评价项目数量。\n指标来源：国家卫生健康委。"
    got = [(text[m.start:m.end], m.attrs.get("canonical"))
           for m in tag_depts(text, Context(reference_date=dt.date(2019, 1, 16), central=True))]
    assert got[0] == ("国家临床检验中心", "国家卫生健康委临床检验中心")


def test_portal_name_is_a_website_not_a_body():
    # The government named in full inside the portal's name is marked (guide v2: a body inside
    # another expression; dev gz-11, sc19-30); the website's short name is not.
    text = "本月起，这笔钱直接发放至个人！ - 广州市人民政府门户网站\n关注 · 广州政府网"
    assert [text[m.start:m.end] for m in _tag_only(text, Context(jurisdiction=GZ))] == ["广州市人民政府"]


@pytest.mark.parametrize("span, level, expected", [
    ("街道办事处（镇人民政府）", "prefecture", True),   # doc_1: a class in a rule
    ("街道办事处", "prefecture", True),
    ("人民法院", "national", True),                    # doc_37: 人民法院裁定强制清算
    ("同级人民政府", "prefecture", True),              # doc_1: 报同级人民政府批准
    ("区住建园林局", "prefecture", True),              # each district's bureau
    ("国家局", "national", True),                      # 部委管理的国家局 (a State Council title)
    ("主管部委", "national", True),                    # 国家局与主管部委关系问题
    ("区住建园林局", "county", False),                 # doc_13: Tianhe's own bureau
    ("海防打私办", "province", False),                 # a bare type is the document's own body
    ("广州市民政局（广州市社会组织管理局）", "prefecture", False),
])
def test_is_class_dept(span, level, expected):
    from govie.taggers.dept import is_class_dept

    assert is_class_dept(span, level) is expected


def test_model_class_spans_are_dropped_in_the_pipeline():
    from govie.pipeline import extract

    text = ("经初审通过的，街道办事处（镇人民政府）将审核意见提交区住房保障部门，同时将申请家庭的家庭经济状况核对信息"
            "推送至民政部门（核对机构），由其对申请家庭的收入财产进行核对。")
    depts = [e.text for e in extract(text, jurisdiction="广州市").entities if e.label == "DEPT"]
    assert depts == []
    # One level of a list of levels (People's Daily): 市党委 of 省、区、市党委宣传部 is a class.
    text = "以1997年第七届评奖为例，省、区、市党委宣传部在五个以上项目、中央有关部委和人民团体在三个以上项目有作品获“入选作品奖”的"
    assert [e.text for e in extract(text).entities if e.label == "DEPT"] == []
    # A school (an academy of fine arts) is an ORG, as the dev gold's schools, not a body (CLUENER).
    assert [e.text for e in extract("图为中央美院教授龚继遂先生").entities if e.label == "DEPT"] == []


def test_inter_ministerial_meeting_names_no_ministry():
    # A State Council title of 2012-07-17: 建设部际联席会议 is 建设 + 部际联席会议, no 建设部.
    from govie.pipeline import extract

    text = "国务院关于同意调整社会信用体系建设部际联席会议职责和成员单位的批复"
    depts = [e.text for e in extract(text, reference_date="2012-07-17").entities if e.label == "DEPT"]
    assert depts == ["国务院"]
    text = "国务院关于部委管理的国家局与主管部委关系问题的通知"  # a title of 1998-04-29
    depts = [e.text for e in extract(text, reference_date="1998-04-29").entities if e.label == "DEPT"]
    assert depts == ["国务院"]


def test_former_central_office_is_one_span():
    # A State Council title of 1991-08-27: the office's name of 1978-1993 is one span (it was cut
    # at its later short form 国务院港澳办).
    from govie.pipeline import extract

    text = "国务院办公厅转发国务院港澳办公室关于派往港澳地区常驻人员审批办法的通知"
    depts = [(e.text, e.attrs["canonical"]) for e in extract(text, reference_date="1991-08-27").entities
             if e.label == "DEPT"]
    assert depts == [("国务院办公厅", "国务院办公厅"), ("国务院港澳办公室", "国务院港澳办公室")]


def test_defined_short_name_is_the_body_it_names():
    # guangzhou.jsonl doc_1 (not annotated): the short name and its later mentions are DEPTs.
    text = ("市住房城乡建设局是全市公共租赁住房保障行政主管部门，负责组织建立公共租赁住房保障制度。"
            "市住房保障办公室（以下称市住房保障部门）是全市公共租赁住房保障工作的具体实施机构。"
            "各区住房保障部门负责辖区内公共租赁住房保障资格审核等相关工作，并配合市住房保障部门做好查处骗取市本级公共租赁住房保障的行为。")
    ctx = Context(jurisdiction=GZ)
    ms = tag_depts(text, ctx)
    assert [text[m.start:m.end] for m in ms] == ["市住房城乡建设局", "市住房保障办公室", "市住房保障部门", "市住房保障部门"]
    office = ms[1]
    assert all(m.attrs["canonical"] == office.attrs["canonical"] for m in ms[2:])



def test_traditional_script_report_names_its_bodies():
    # The 1954 State Council work report (dev sc-report-1954) is in traditional script.
    from govie.pipeline import extract
    text = ("目前我們的國家機關的工作還是有缺點的。中國共産黨中央委員會和中央人民政府"
            "在過去五年內曾經多次地要求全國的一切國家機關注意")
    depts = [(e.text, e.attrs["canonical"]) for e in extract(text, reference_date="1954-09-23", model=None).entities
             if e.label == "DEPT"]
    assert depts == [("中國共産黨中央委員會", "中国共产党中央委员会"),
                     ("中央人民政府", "中华人民共和国中央人民政府")]


def test_normalize_folds_traditional_characters_one_to_one():
    raw = "我們第一届全國人民代表大會第一次會議"
    nt = normalize(raw)
    assert nt.text == "我们第一届全国人民代表大会第一次会议" and len(nt.text) == len(raw)


def test_national_congress_takes_its_term():
    text = "各位代表：\n\n我们第一届全国人民代表大会第一次会议，在听了刘少奇同志关于宪法草案的报告"
    spans = [text[s:e] for s, e, _ in find_dept_spans(text)]
    assert spans == ["第一届全国人民代表大会"]


def test_standing_office_of_a_leading_group_is_a_body():
    # sc19-14 (State Council, 2018): the leading group is a task force, its office a body.
    text = ("国家发展改革委、京津冀协同发展领导小组办公室要做好综合协调，加强对《总体规划》实施的指导、"
            "监督和检查。在京津冀协同发展领导小组统筹指导下")
    spans = [text[s:e] for s, e, _ in find_dept_spans(text)]
    assert spans == ["国家发展改革委", "京津冀协同发展领导小组办公室"]


def test_bare_prefix_joined_to_a_named_province_shares_it():
    # sc19-14 (State Council reply on Xiong'an, 2018): a central document, so 省政府 alone
    # names no province; joined to 河北省委 it is Hebei's.
    text = "在京津冀协同发展领导小组统筹指导下，河北省委和省政府要切实履行主体责任，加强组织领导。"
    ctx = Context(jurisdiction="中华人民共和国", reference_date=dt.date(2018, 12, 25))
    got = [(text[m.start:m.end], m.attrs["canonical"]) for m in tag_depts(text, ctx)]
    assert got == [("河北省委", "中共河北省委员会"), ("省政府", "河北省人民政府")]
    alone = "省政府要切实履行主体责任"
    assert [m.attrs["canonical"] for m in tag_depts(alone, ctx)] == [None]


def test_government_naming_its_departments_is_a_class_for_the_model_too():
    # The addressee line of every 国办发/国办函 document (dev sc19-60): the rules skip
    # 国务院 before 各部委 and 部门; the bundled model's spans must be dropped the same way.
    from govie.pipeline import extract
    text = ("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "未纳入试点范围的其他省（区、市）和国务院部门，可参照本方案推进本地区本部门政府网站集约化工作。")
    ents = extract(text, reference_date="2018-09-05", jurisdiction="中华人民共和国").entities
    assert [e.text for e in ents if e.label == "DEPT"] == []


def test_unit_of_a_class_of_governments_is_not_a_body():
    # dev sc19-60 (国办函〔2018〕71号): 试点地区政府 names every pilot area's government.
    text = "试点地区政府办公厅（室）对政府网站集约化试点工作的统筹推进、组织协调和考核管理负总责。省政府办公厅印发。"
    spans = [text[s:e] for s, e, _ in find_dept_spans(text)]
    assert spans == ["省政府办公厅"]


def test_a_congress_term_may_end_a_line():
    # dev wr2026-guangdong: the page breaks the line after the term.
    import govie

    text = "政府工作报告\n——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上"
    found = [(e.label, e.text, e.attrs.get("canonical")) for e in govie.extract(text, model=None).entities
             if e.label in ("DEPT", "LOC")]
    assert found == [("DEPT", "广东省第十四届\n人民代表大会", "广东省人民代表大会")]


# China's missions abroad (customs notice pt-218662; CLUENER): consulates general take a composed
# canonical, an embassy one with its state's full name where foreign_state_full_names.tsv lists the
# short name (驻缅使馆, as dev gold), else none (驻法使馆: 法 is not listed); a foreign state's mission
# in China and the class 驻外使领馆 are no such body.
@pytest.mark.parametrize(("sentence", "expected"), [
    ("经有关部门批准，中国驻琅勃拉邦总领馆（老挝）、驻扎门乌德总领馆（蒙古）、驻孔敬总领馆（泰国）、驻内比都办事处（隶属于我驻缅使馆）、驻济州总领馆（韩国）",
     [("中国驻琅勃拉邦总领馆", "中华人民共和国驻琅勃拉邦总领事馆"), ("驻扎门乌德总领馆", "中华人民共和国驻扎门乌德总领事馆"),
      ("驻孔敬总领馆", "中华人民共和国驻孔敬总领事馆"), ("驻缅使馆", "中华人民共和国驻缅甸联邦共和国大使馆"), ("驻济州总领馆", "中华人民共和国驻济州总领事馆")]),
    ("外交部领事司和中国驻法使馆提醒拟赴法或在法转机的中国公民和团组，事先多了解法国的规定，", [("中国驻法使馆", None)]),
    ("据美国驻华大使馆副领事史建邦介绍，此前这类签证的有效期为3个月；", []),
    ("美国驻外使领馆签发的大部分非外交签证及非公务签证都要求申请人交纳签证申请费", []),
])
def test_missions_abroad(sentence, expected):
    mentions = tag_depts(sentence, Context(reference_date=dt.date(2014, 4, 25), jurisdiction=None))
    got = [(sentence[m.start:m.end], m.attrs["canonical"]) for m in mentions if m.attrs.get("link") == "mission"]
    assert got == expected


def test_an_academy_opening_a_university_is_no_body():
    # 中国科学院大学 is a university (ORG, roster sc19-54); 中国科学院 before 院士 stays a body.
    s = "吴岳良\u3000\u3000院士、中国科学院大学副校长\n沈\u3000岩\u3000\u3000院士、中国科协副主席"
    assert [s[m.start:m.end] for m in tag_depts(s, Context(reference_date=REF))] == ["中国科协"]
    s = "诺贝尔奖获得者、中国科学院院士"
    assert [s[m.start:m.end] for m in tag_depts(s, Context(reference_date=REF))] == ["中国科学院"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # Institutes under an academy or a ministry are one span, named after the body's full name
    # (national committee roster sc19-54); a station of a county bureau stays the bureau's unit (pt-208869).
    ("马志明\u3000\u3000院士、中科院数学与系统科学研究院学术委员会主任",
     [("中科院数学与系统科学研究院", "中国科学院数学与系统科学研究院", None)]),
    ("田心铭\u3000\u3000教授、教育部高等学校社会科学发展研究中心原主任",
     [("教育部高等学校社会科学发展研究中心", "教育部高等学校社会科学发展研究中心", None)]),
])
def test_institutes_under_a_body(sentence, expected):
    mentions = tag_depts(sentence, Context(reference_date=dt.date(2018, 11, 1)))
    assert [(sentence[m.start:m.end], m.attrs["canonical"], m.attrs["unit"]) for m in mentions] == expected


def test_a_named_national_centre_is_a_body_with_its_name():
    # Dev wr2026-tianjin (a named national centre is a public institution, R4-D); 2026 report
    # of Tianjin further on (shared data): the kind alone names no centre; dev wr2026-fujian:
    # nor does 国家级 + a kind.
    ctx = Context(jurisdiction="天津市", reference_date=dt.date(2026, 1, 27))
    text = "注重扬长避短，争建国家脑机接口技术创新中心、国家血液病医学中心，在信创、人工智能、合成生物、中医药等特色领域体现天津价值支撑"
    got = [(text[m.start:m.end], m.attrs["canonical"]) for m in tag_depts(text, ctx)]
    assert got == [("国家脑机接口技术创新中心", "国家脑机接口技术创新中心"), ("国家血液病医学中心", "国家血液病医学中心")]
    kinds = ("加快协和天津基地、中医类国家医学中心、国家区域公共卫生中心等项目建设。"
             "新增国家级企业技术中心8家、产业知识产权运营中心2家")
    assert [kinds[s:e] for s, e, _ in find_dept_spans(kinds)] == []


NATIONAL = Context(jurisdiction="中华人民共和国", reference_date=dt.date(1983, 6, 6))


def _national(text, ctx=NATIONAL):
    return [(text[m.start:m.end], m.attrs["canonical"]) for m in tag_depts(text, ctx)]


def test_congress_of_the_same_level_before_its_standing_committee_is_a_class():
    # State Council work reports 1998-2004 (unannotated): 同级人民代表大会及其 is ten characters.
    text = "各级政府要自觉接受同级人民代表大会及其常委会的监督，主动加强与人民政协的联系，认真听取民主党派、工商联和无党派人士的意见。"
    assert ("常委会", "全国人民代表大会常务委员会") not in _national(text)
    # The national congress named before it keeps its standing committee (SC report 1994).
    text = "改革开放以来，全国人大及其常委会加快了立法步伐，大批重要法律相继颁布实施。"
    assert _national(text) == [("全国人大", "全国人民代表大会"), ("常委会", "全国人民代表大会常务委员会")]


def test_central_document_names_the_national_congress_without_quanguo():
    # State Council work reports 1983 and 1984 (unannotated).
    text = "这几年来，遵循三中全会的精神，遵循五届人大和人大常委会的决定，我们在政治上坚决拨乱反正"
    assert _national(text) == [("五届人大", "全国人民代表大会"), ("人大常委会", "全国人民代表大会常务委员会")]
    text = "随后，在党的十二届二中全会和六届人大常委会第三次会议上，又进一步明确了"
    assert _national(text) == [("六届人大常委会", "全国人民代表大会常务委员会")]
    # Congresses of the levels below are classes; 人大 of 人大代表 beside 政协委员 is the national
    # congress, as 政协 is the national committee (SC reports 2017, 2021; dev marks the pair together).
    text = "推动地方人大常委会建立听取和审议备案审查工作情况报告制度。认真办理人大代表建议和政协委员提案。"
    assert [t for t, _ in _national(text)] == ["人大", "政协"]
    # A province's document: its own congress, not found by this central scan.
    text = "遵循五届人大和人大常委会的决定"
    assert [t for t, _ in _national(text, Context(jurisdiction=SC, reference_date=REF))] == []


def test_party_committee_in_its_full_form():
    # State Council work report 1955 (unannotated).
    text = "这类的例子是不少的。据中国共产党北京市委员会调查：石景山钢铁厂、石景山发电厂"
    assert _national(text) == [("中国共产党北京市委员会", "中共北京市委员会")]


def test_party_plenum_names_the_central_committee_of_its_term():
    # State Council work report 1979 (unannotated): the committee whose plenum it is, as
    # 第五届全国人民代表大会第一次会议 names the congress; the same in the 1959 report.
    text = "国务院根据去年十二月中国共产党第十一届中央委员会第三次全体会议的决策，从今年起用三年时间"
    assert _national(text) == [("国务院", "中华人民共和国国务院"),
                               ("中国共产党第十一届中央委员会", "中国共产党中央委员会")]


def test_party_is_marked_inside_its_congress_name():
    # State Council work reports 1998 and 2003 (dev gold of sc-report-2003 marks 中国共产党 in
    # 中国共产党第十六次全国代表大会); the congress itself is not a body (guide).
    text = "现在，我国人民在中国共产党第十五次全国代表大会精神鼓舞下，正沿着建设有中国特色的社会主义道路，满怀信心，昂首阔步地迈向二十一世纪。"
    assert _national(text) == [("中国共产党", "中国共产党")]
    text = "五年来，按照中国共产党第十四次全国代表大会确定的改革目标，大步推进了财政、税收、金融、外汇、计划、价格和投融资等体制改革。"
    assert _national(text) == [("中国共产党", "中国共产党")]


def test_central_bank_is_the_peoples_bank():
    # State Council work reports 1998 and 1992 (dev gold of sc-report-1995: 中央银行 → 中国人民银行).
    text = "政策性金融和商业性金融初步分开，中央银行的调控和监管职能开始增强。"
    assert _national(text) == [("中央银行", "中国人民银行")]
    text = "加强中央银行的宏观调控能力，改善专业银行的经营机制，积极开拓和发展"
    assert _national(text) == [("中央银行", "中国人民银行")]


def test_state_council_ministries_and_commissions_with_a_dunhao_are_a_class():
    # State Council work report 1975 (unannotated); 立法法 Art. 80 writes 国务院各部、委员会、中国人民银行.
    text = "国务院将按照这个目标制订十年长远规划、五年计划和年度计划。国务院各部、委，地方各级革命委员会，直到工矿企业和生产队等基层单位，都要发动群众"
    assert _national(text) == [("国务院", "中华人民共和国国务院")]


def test_term_of_a_special_region_government_is_the_government():
    # State Council work report 1999 (unannotated).
    text = "年中，推选委员会将选举产生澳门特别行政区第一任行政长官人选，报中央人民政府任命。澳门特别行政区第一届政府将由行政长官提名"
    ctx = Context(jurisdiction="中华人民共和国", reference_date=dt.date(1999, 3, 5))
    assert ("澳门特别行政区第一届政府", "澳门特别行政区政府") in _national(text, ctx)
