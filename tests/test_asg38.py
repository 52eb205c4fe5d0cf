"""Probe asg38: provincial and city institutional reform plans of 2018-2019 (DEPT linking, assignments)."""
import govie


def _depts(r):
    return [(e["text"], e.get("canonical")) for e in r["entities"] if e["label"] == "DEPT"]


def _asg(r):
    return [(a["task"]["text"], a["lead"]) for a in r["assignments"]]


def test_central_offices_issue_a_province_plan():
    # http://weiyuan.gsjgbz.gov.cn/wyx_bbdt/wyx_tpyw/201811/t20181107_147246.html (甘肃, 2018)
    t = ("中共中央办公厅、国务院办公厅印发《甘肃省机构改革方案》\n"
         "深化机构改革,要在党中央集中统一领导下,由省委负总责,不折不扣落实好各项改革任务。")
    r = govie.extract(t, reference_date="2018-11-07").to_dict()
    assert r["meta"]["division"]["name"] == "甘肃省"
    assert ("省委", "中共甘肃省委员会") in _depts(r)
    assert ("中共中央办公厅", "中共中央办公厅") in _depts(r)
    # the frame 要在…领导下 is no task: the task is the clause after 负总责
    assert _asg(r) == [("不折不扣落实好各项改革任务", ["中共甘肃省委员会"])]


def test_bodies_merged_or_abolished_keep_their_names():
    # http://epaper.ncxxb.com.cn/shtml/ncxxb/20181024/82974.shtml (浙江, 2018-10-24)
    t = ("根据党中央、国务院批准同意的《浙江省机构改革方案》,我省组建省农业农村厅。"
         "将省委省政府农业和农村工作领导小组办公室、省农业厅的职责,以及省国土资源厅的农田整治项目等管理职责整合,"
         "组建省农业农村厅,作为省政府组成部门。不再保留省农业厅和单设的省委省政府农业和农村工作领导小组办公室。")
    d = _depts(govie.extract(t, reference_date="2018-10-24").to_dict())
    assert d.count(("省农业厅", "浙江省农业厅")) == 2
    assert ("省国土资源厅", "浙江省国土资源厅") in d
    assert ("省农业农村厅", "浙江省农业农村厅") in d


def test_former_body_after_yuan_with_a_bare_prefix():
    # http://agitator.cn/zuixinzixun/guangdongshengyingjiguanlitingzhengshiguapai.html (广东, 2018-10-27)
    t = ("根據《廣東省機構改革方案》,省政府辦公廳的應急管理職責,省民政廳的救災職責,原省國土資源廳的地質災害防治相關職責,"
         "原省林業廳的森林防火職責等整合,組建廣東省應急管理廳,為省政府組成部門。")
    d = dict(_depts(govie.extract(t, reference_date="2018-10-27").to_dict()))
    assert d["省國土資源廳"] == "广东省国土资源厅"
    assert d["省林業廳"] == "广东省林业厅"


def test_renamed_type_in_a_district_plan():
    # https://www.jimczekaj.com/news-50377.html (莆田市涵江区, 2019-04)
    t = ("本报讯 4月9日下午,莆田市涵江区自然资源局挂牌成立。\n"
         "根据《涵江区机构改革方案》,将区水务局的水资源调查和确权登记管理职责,区农业局承担的林业、海洋与渔业管理的有关职责"
         "整合,组建区自然资源局,作为区政府工作部门。\n"
         "区自然资源局的主要职责是,对自然资源开发利用和保护进行监管,建立空间规划体系并监督实施,负责测绘和地质勘查行业管理等。")
    r = govie.extract(t, reference_date="2019-04-10").to_dict()
    assert ("区农业局", "莆田市涵江区农业局") in _depts(r)
    assert ("测绘和地质勘查行业管理等", ["莆田市涵江区自然资源局"]) in _asg(r)


def test_placed_under_another_body_is_no_task():
    # http://steelnails.cn/p/53904 (贵州, 2018-11-20)
    t = ("按照《貴州省機構改革方案》,新組建省自然資源廳,作為省政府組成部門。"
         "省林業局作為省政府直屬機構,由省自然資源廳統一領導和管理。")
    r = govie.extract(t, reference_date="2018-11-20").to_dict()
    assert _asg(r) == []
    assert ("省林業局", "贵州省林业局") in _depts(r)


def test_new_body_as_a_department_with_its_duties():
    # http://dashoubi.org.cn/gongyi/zonghe/gyzx/2019-03-08/68966.html (禹城市, 2019-03-08)
    t = ("3月8日上午9时,禹城市应急管理局举行揭牌仪式。\n"
         "新组建的应急管理局作为市政府工作部门,主要负责统筹管理全市应急管理工作,组织编制全市应急总体预案和规划;"
         "负责安全生产综合监督管理和工矿商贸行业安全生产监督管理工作等。")
    a = _asg(govie.extract(t, reference_date="2019-03-08").to_dict())
    assert ("统筹管理全市应急管理工作,组织编制全市应急总体预案和规划", ["禹城市应急管理局"]) in a
    assert ("安全生产综合监督管理和工矿商贸行业安全生产监督管理工作等", ["禹城市应急管理局"]) in a
