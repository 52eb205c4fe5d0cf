"""Probe asg49: national and prefecture/county 分工 texts (国办 2020 放管服分工方案, 东莞 2021, 湘西州 2020,
金乡县 2025, 钢城区 2021, a township's 2015 work plan, 广州 2006)."""
import govie
from govie.assignments import _Doc, _item_heading_before


def _leads(text):
    return [(f.lead, f.support) for f in govie.extract(text).assignments]


def test_prefecture_approval_service_bureau_is_linked():
    # 湘西州 州政发〔2020〕5号: http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html
    text = ("湘西自治州人民政府\n2020年2月22日\n湘西自治州2020年深化“放管服”改革优化营商环境工作计划\n"
            "1.加大简政放权力度。坚持依法放权、宜放则放的原则,承接好省下放行政许可事项,下放一批管理审批权限。"
            "(牵头单位:州行政审批服务局;责任单位:州司法局、州委编办及州直相关单位,各县市人民政府、湘西经开区管委会,6月底完成)")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].lead == ["湘西土家族苗族自治州行政审批服务局"]
    assert frames[0].support[:2] == ["湘西土家族苗族自治州司法局", "湘西土家族苗族自治州机构编制委员会办公室"]
    assert frames[0].deadline == "2020-06"


def test_district_approval_service_bureau_among_several_leads():
    # 济南市钢城区 2021 放管服分工方案: https://kuaibao.lzzcloud.net/news_info/820521.html
    text = ("济南市钢城区人民政府办公室\n2021年4月10日\n"
            "2.严格落实行政许可设定审查制度,开展行政许可实施情况监督,实施行政许可案卷评查。"
            "(牵头单位:区政府办公室、区司法局、区行政审批服务局;责任单位:区政府有关部门)")
    assert _leads(text) == [(["济南市钢城区人民政府办公室", "济南市钢城区司法局", "济南市钢城区行政审批服务局"], [])]


def test_government_own_centre_bears_the_full_government_name():
    # 金乡县 2025 重要工作事项责任分工: http://www.jinxiang.gov.cn/art/2025/2/28/art_70552_2773466.html
    text = ("金乡县人民政府\n2025年2月28日\n"
            "7.修编经济开发区整体规划,提升完善各产业园发展规划。(牵头单位:县政府园区发展服务中心;责任单位:新材料产业园、"
            "高端装备产业园、食品产业园、商贸物流园等)")
    assert _leads(text) == [(["金乡县人民政府园区发展服务中心"], [])]


def test_city_short_forms_of_the_2000s_in_a_note():
    # 穗府办〔2006〕19号 (2006年政府工作报告要求重点做好的工作事项), item (四) as served (traditional page, converted):
    # http://www.moonvisionstudio.com/zwgk/fggw/sfbgtwj/content/post_2847289.html
    text = ("广州市人民政府办公厅\n二○○六年四月二十八日\n"
            "(四)加快广州空港、南沙、黄埔三大国际枢纽物流园区建设。(牵头单位:市交委;配合单位:市经贸委、外经贸局)")
    assert _leads(text) == [(["广州市交通委员会"], ["广州市经济贸易委员会", "广州市对外贸易经济合作局"])]


def test_a_sentence_opened_by_you_takes_its_items_heading_as_task():
    # A township's 2015 治理“餐桌污染”建设“食品放心工程”工作方案: https://m.bdocx.com/doc/11623267.html
    text = ("一、治理畜牧业产品污染\n\n由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。\n\n治理工作目标:")
    doc = _Doc(text, [])
    assert _item_heading_before(doc, text.index("由")) == (2, 11)
    assert text[2:11] == "治理畜牧业产品污染"


def test_state_council_note_with_several_bodies_and_classes():
    # 国办 2020-11-01 全国深化“放管服”改革优化营商环境电视电话会议重点任务分工方案:
    # https://shuiwu114.com/zcfgkShow/99700.aspx
    text = ("国务院办公厅\n2020年11月1日\n"
            "(一)研究将财政资金直达机制实施中的好做法制度化,落实减税降费政策,为保就业、保民生、保市场主体提供支撑。"
            "(财政部、国家发展改革委、工业和信息化部、民政部、人力资源社会保障部、交通运输部、人民银行、税务总局、市场监管总局、"
            "银保监会等国务院相关部门及各地区按职责分工负责)")
    frames = govie.extract(text).assignments
    assert len(frames) == 1
    assert frames[0].lead[:2] == ["财政部", "国家发展和改革委员会"] and len(frames[0].lead) == 10
    assert frames[0].support == []
