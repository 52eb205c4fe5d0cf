"""Probe dept34gz: Guangzhou city and district texts (shared district names, party offices written out,
merged district bureaus named by function, 政务数据局, campaign offices, 区直局)."""
import govie
from govie.link import Linker


def _depts(text, **kw):
    r = govie.extract(text, model=None, **kw)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return r, [(e.text, e.attrs.get("canonical")) for e in r.entities if e.label == "DEPT"]


def test_shared_district_name_after_its_city():
    # http://www.gzns.gov.cn/zwgk/zcwjjjd/zcwj/content/post_9134545.html (2023): page chrome before the
    # title; 南沙区 is also 三沙市's, so the title read as a 广州市 document and 区政府 linked null.
    text = ("网站支持IPv6\n\n明珠湾区| English |简体版|繁体版| 无障碍浏览|长者助手|登录\n\n明珠湾区| English\n\n"
            "您现在的位置:首页 > 政务公开 > 政策文件及解读 > 政策文件\n\n政策文件\n\n"
            "广州市南沙区人民政府关于印发广州市南沙区国家生态文明建设示范区创建规划(2022-2035年)的通知\n\n"
            "来源:广州市南沙区人民政府发布日期:2023-03-24\n【浏览字号:-\n\n各镇(街),区政府各部门、各直属机构:\n\n"
            "  现将《广州市南沙区国家生态文明建设示范区创建规划(2022-2035年)》印发给你们,请认真组织实施。"
            "实施中遇到问题,请径向南沙区创建国家生态文明建设示范区工作领导小组办公室(设在广州市生态环境局南沙分局)反映。\n")
    r, depts = _depts(text, reference_date="2023-03-22")
    assert ("区政府", "广州市南沙区人民政府") in depts
    # 创建国家…示范区: the title the district competes for, not a national body's office.
    assert ("南沙区创建国家生态文明建设示范区工作领导小组办公室", "广州市南沙区创建国家生态文明建设示范区工作领导小组办公室") in depts
    assert not any(t.startswith("国家") for t, _ in depts)


def test_party_office_written_out():
    # http://nyncj.gz.gov.cn/zw/tzgg/content/post_8279469.html (穗农办函〔2022〕5号)
    text = ("中共广州市委农村工作领导小组办公室关于组织申报省农村改革试验区的通知\n穗农办函〔2022〕5号\n"
            "各区委农办、越秀区民政局:\n根据省委农办《关于组织申报省农村改革试验区的通知》(粤委农办函〔2022〕23号)要求,"
            "现就做好省农村改革试验区申报工作通知如下:\n")
    _, depts = _depts(text, reference_date="2022-05-16")
    assert ("中共广州市委农村工作领导小组办公室", "中共广州市委员会农村工作领导小组办公室") in depts
    assert ("省委农办", "中共广东省委员会农村工作领导小组办公室") in depts
    assert ("越秀区民政局", "广州市越秀区民政局") in depts


def test_party_department_forms():
    linker = Linker()
    assert linker.link("中共广州市委统一战线工作部", jurisdiction="440100").canonical == "中共广州市委员会统一战线工作部"
    assert linker.link("市委农村工作领导小组办公室", jurisdiction="440100").canonical == "中共广州市委员会农村工作领导小组办公室"
    # A government's own group office stays as it was composed.
    assert linker.link("省就业创业工作领导小组办公室", jurisdiction="440100").canonical == "广东省就业创业工作领导小组办公室"


def test_functional_name_is_the_merged_bureau_named():
    # https://414w.com/read/550714.html (羊城晚报, 2024): 海珠区's 工信 field is its 科工商信局.
    text = ("羊城晚报全媒体记者18日获悉,广州市海珠区正式向各园区、企业征集海珠区2024年都市工业特色点位。\n"
            "据介绍,意向园区自行对照上文所述申报条件,自评符合条件的,填报《海珠区2024年都市工业特色点位申报书》,"
            "报区工业和信息化主管部门初审。经初审符合申报条件要求的,由区工业和信息化主管部门组织区安全生产、"
            "环保等职能部门对申报书进行会审。海珠区科工商信局组织对符合申报条件的园区进行现场核查。\n")
    _, depts = _depts(text, reference_date="2024-06-18")
    assert ("区工业和信息化主管部门", "广州市海珠区科技工业商务和信息化局") in depts
    assert ("海珠区科工商信局", "广州市海珠区科技工业商务和信息化局") in depts
    assert all(c != "广州市海珠区工业和信息化局" for _, c in depts)


def test_government_data_bureau_short_form():
    # https://fs0757.com/home/article/view/id/275799.html (荔湾, 2023)
    text = ("区政务数据局:副区长王韵婷带队拜访广州市政府办公厅(组图)\n"
            "2月3日下午,荔湾区副区长王韵婷带队拜访广州市政府办公厅,并与市政府办公厅副主任温炎基等同志开展座谈,"
            "荔湾区政务服务数据管理局有关负责同志参加交流。\n")
    _, depts = _depts(text, reference_date="2023-02-06")
    assert ("区政务数据局", "广州市荔湾区政务服务数据管理局") in depts
    assert ("数据局", "广州市荔湾区数据局") not in depts


def test_bureaus_directly_under_district_are_a_class():
    # http://www.conghua.gov.cn/zjch/lswh/chdsj/content/post_7740865.html (从化大事记, 2021)
    from govie.taggers.dept import is_class_dept
    assert is_class_dept("区直局")
    assert not is_class_dept("区民政局")
