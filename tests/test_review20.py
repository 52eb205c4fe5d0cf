"""Review round 26 (review20): defects of this round's merges shown on ordinary sentences of other cities."""
import govie


def _docnos(text):
    ex = govie.extract(text, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in ex.entities if e.label == "DOCNO"]


def test_a_one_letter_city_government_code_after_a_one_character_verb():
    # gz60's rule (a one-letter city prefix inside a short run is part of a longer code) took the verb before a
    # city government's own code into it: 经杭政办函 / 经榕政综 / 将甬政发.
    assert _docnos("经杭政办函〔2011〕106号文件明确，各银行机构按季报送。") == ["杭政办函〔2011〕106号"]
    assert _docnos("经榕政综〔2020〕12号文件批准，设立专项资金。") == ["榕政综〔2020〕12号"]
    assert _docnos("将甬政发〔2021〕3号文件予以废止。") == ["甬政发〔2021〕3号"]


def test_a_river_chief_office_code_keeps_its_letters():
    # gz60's own case stays: 长 + 办 inside 花河长办 starts no code.
    assert _docnos("根据《关于调整区级河(湖)长的通知》(花河长办〔2023〕36号)执行。") == ["花河长办〔2023〕36号"]


def test_a_zone_later_in_a_comma_list_under_a_role_label():
    # asg67p's note rule read only the zone's own comma part for a role word, so a zone listed after a first
    # body under 责任单位: was dropped (the same list with 、 kept it).
    text = ("芜湖市人民政府办公室关于印发芜湖市2022年营商环境提升行动方案的通知\n"
            "1.优化企业开办服务。(责任单位:市数据资源局,芜湖经济技术开发区,各县区人民政府)\n")
    (a,) = govie.extract(text, model=None).assignments
    assert "芜湖经济技术开发区" in a.lead + a.support
    z = text.index("芜湖经济技术开发区", 40)
    assert all(text[e.start:e.end] == e.text for e in govie.extract(text, model=None).entities)
    assert text[z:z + 9] == "芜湖经济技术开发区"


def test_a_zone_under_a_scope_label_is_still_no_body():
    text = "4.支持企业上市挂牌。(责任单位:市金融办,市财政局;适用范围:滨海新区,天津经济技术开发区)\n"
    for a in govie.extract(text, model=None).assignments:
        assert "天津经济技术开发区" not in a.lead + a.support


def _bodies(text):
    ex = govie.extract(text, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    return {e.text: e.attrs.get("canonical") for e in ex.entities if e.label == "DEPT"}


def test_places_of_another_rank_share_no_department():
    # org54p's shared departments copied the named province's 厅 or city's 局 onto cities and municipalities:
    # 成都市交通运输厅, 重庆市交通运输厅, 北京市生态环境厅, 北京市教育局 (none exists; null is better).
    t = "会同成都、重庆和四川省交通运输厅推进川渝高速公路建设。"
    assert _bodies(t) == {"四川省交通运输厅": "四川省交通运输厅"}
    t = "支持北京、天津和河北省生态环境厅开展跨区域联合执法。"
    assert _bodies(t) == {"河北省生态环境厅": "河北省生态环境厅"}
    t = "由北京、上海和广州市教育局分别组织实施。"
    assert _bodies(t) == {"广州市教育局": "广州市教育局"}


def test_places_of_the_same_rank_still_share_it():
    t = "请河北、山西和内蒙古自治区能源局报送方案。"
    assert _bodies(t) == {"河北": "河北省能源局", "山西": "山西省能源局", "内蒙古自治区能源局": "内蒙古自治区能源局"}
