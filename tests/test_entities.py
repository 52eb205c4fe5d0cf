"""ORG, PERSON and LOC rule taggers on sentences from real reports."""

from __future__ import annotations

import pytest

from govie.text.normalize import normalize
from govie.taggers.entities import tag_locs, tag_orgs, tag_persons
from govie.types import Context

# (tagger, sentence, spans expected, spans that must not appear)
CASES = [
    (tag_orgs, "3.5月11日，公安厅窗口在四川华庆机械有限责任公司开展上门服务", ["四川华庆机械有限责任公司"], []),
    (tag_orgs, "水利厅行政审批处会同审监处、水科院在四川邛水建设集团有限公司、祥昇建工有限公司开展", ["四川邛水建设集团有限公司", "祥昇建工有限公司"], []),
    (tag_orgs, "成都市中小企业服务中心和四川省电子商务协会承办的活动", ["四川省电子商务协会"], []),
    (tag_orgs, "海南大学进入软科中国大学排名前50", ["海南大学"], ["海南大学进入软科中国大学"]),
    (tag_orgs, "引进省外12所高水平大学来黔办学", [], ["省外12所高水平大学", "高水平大学"]),
    (tag_orgs, "要求该公司加强管理", [], ["该公司"]),
    (tag_orgs, "落地5家金融租赁公司", [], ["落地5家金融租赁公司"]),
    # A class of organizations is no name: it needs a legal form, a newspaper or a place.
    (tag_orgs, "通过绩效考核，推动三级公立医院在发展方式上由规模扩张型转向质量效益型", [], ["三级公立医院", "推动三级公立医院"]),
    (tag_orgs, "市、区住房保障部门可以委托市或区属国有住房租赁公司，或者通过政府采购选定", [], ["国有住房租赁公司", "住房租赁公司"]),
    (tag_orgs, "可以前往香港工会联合会、澳门社会保障基金等网点办理", ["香港工会联合会"], []),
    (tag_orgs, "细则明确了2026年天河区小学、初中招生的关键时间节点", [], ["天河区小学"]),
    (tag_orgs, "中度智力残疾适龄儿童可报读天河区御景小学或广州市天河中学猎德实验学校的特教班", ["天河区御景小学"], []),
    (tag_persons, "5月11日，水利厅二级巡视员刘金山到省政务服务大厅调研", ["刘金山"], []),
    (tag_persons, "近日，公安厅党委委员、副厅长何绍明到省政务服务大厅调研", ["何绍明"], []),
    (tag_persons, "。习近平总书记再次亲临贵州考察", ["习近平"], []),
    (tag_persons, "全省上下牢记习近平总书记殷切嘱托", ["习近平"], []),
    (tag_persons, "贵州日报天眼新闻记者 李森 摄", ["李森"], ["李森摄"]),
    (tag_persons, "省长 李炳军\n各位代表：", ["李炳军"], []),

    (tag_locs, "赴德阳市、甘孜州、雅安市开展专题调研", ["德阳市", "甘孜州", "雅安市"], []),
    (tag_locs, "组织调研组赴绵阳江油开展政务服务专题调研", ["绵阳江油"], []),
    (tag_locs, "到省政务服务大厅调研并指导工作", ["省政务服务大厅"], []),
    (tag_locs, "助力成渝地区双城经济圈重大项目加快实施", ["成渝地区双城经济圈"], []),
    (tag_locs, "明确川渝两地放射性药品经营企业", ["川渝"], []),
    (tag_locs, "在成都市中小企业服务中心", ["成都市"], ["成都市中"]),
    (tag_locs, "据四川一体化政务服务平台数据统计", [], ["四川"]),
    (tag_locs, "将省重点项目“自贡至永川高速公路（四川境）”纳入", [], ["自贡", "四川"]),
    (tag_locs, "深入了解绵阳市实现生产建设项目水土保持方案审批", ["绵阳市"], []),
    (tag_orgs, "贵州日报天眼新闻记者 李森 摄", ["贵州日报"], []),
    # A place name inside another word is no place (jieba's words).
    (tag_locs, "我们隆重庆祝中华人民共和国成立7", [], ["重庆"]),
    (tag_locs, "医疗机构等级评审、医保定点资格、医疗机构负责人", [], ["保定"]),
    (tag_locs, "在医保定点医院、药店使用职工医保", [], ["保定"]),
    (tag_locs, "重庆、四川两地加强合作", ["重庆", "四川"], []),
    # An address is one place, down to its village, street and number.
    (tag_locs, "陈志刚  肥东县张集乡胡巷村\n徐厚仓  肥东县包公镇王集社区", ["肥东县张集乡胡巷村", "肥东县包公镇王集社区"], ["肥东县"]),
    (tag_locs, "张明胜  宣州区向阳街道鲁溪村\n李  俊  郎溪县涛城镇黄墅村", ["宣州区向阳街道鲁溪村", "郎溪县涛城镇黄墅村"], []),
    (tag_locs, "（一）富力大厦31套，位于广州市天河区范屋路145、147、149号，包含房源", ["广州市天河区范屋路145、147、149号"], ["天河区"]),
    # Common nouns ending in a unit word do not extend a place.
    (tag_locs, "深入推进四川省乡村振兴和城镇建设", ["四川省"], ["四川省乡村"]),
    # Named zones after a place, and pilot zones framed 中国（…）.
    (tag_locs, "发挥西部科学城重庆高新区、重庆经开区等7个国家级开发区的带动作用", ["重庆高新区", "重庆经开区"], ["重庆"]),
    (tag_locs, "推进中国（重庆）自贸试验区新一轮高质量发展", ["中国（重庆）自贸试验区"], ["重庆"]),
    # A place that opens the name of a school, a form or a base belongs to that name.
    (tag_locs, "盲、聋哑儿童则分别到广州市启明学校、广州市启聪学校接受教育", [], ["广州市"]),
    (tag_locs, "附件： 1.天河区人才公寓申请表（个人）.docx", [], ["天河区"]),
    (tag_locs, "在成都市中小企业服务中心", ["成都市"], []),
    (tag_locs, "细则明确了2026年天河区小学招生的关键时间节点", ["天河区"], []),
    (tag_locs, "同意组建2008年北京奥运会首都国际机场协调委员会", [], ["北京"]),
    (tag_locs, "或现场办理（“穗好办”APP、广东政务服务网等渠道）", [], ["广东"]),
]


@pytest.mark.parametrize("tagger,sentence,expected,forbidden", CASES, ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_entity_rules(tagger, sentence, expected, forbidden):
    norm = normalize(sentence)
    found = []
    for m in tagger(norm.text):
        s, e = norm.to_original(m.start, m.end)
        found.append(sentence[s:e].replace("\n", "").replace(" ", ""))
    for span in expected:
        assert span in found, found
    for span in forbidden:
        assert span not in found, found


ROSTER = "2．淮北市（2名）\n赵德平  濉溪县百善镇叶刘湖村\n吴增民  濉溪县铁佛镇崔楼村\n3．亳州市（10名）\n焦  魁  谯城区赵桥乡赵桥村\n"


@pytest.mark.parametrize("sentence,expected", [
    # A list of commended people, a name a line before the unit; two-character names padded.
    (ROSTER, ["赵德平", "吴增民", "焦  魁"]),
    # Fewer than three such lines are no list.
    ("各位代表：\n现在  我代表省人民政府\n", []),
    # Without the original spacing (a one-line text) nothing marks where a name ends.
    (ROSTER.replace("  ", ""), []),
])
def test_roster_names_end_at_the_original_spacing(sentence, expected):
    norm = normalize(sentence)
    found = [sentence[slice(*norm.to_original(m.start, m.end))]
             for m in tag_persons(norm.text, Context(source=norm)) if m.source == "person.roster"]
    assert found == expected
