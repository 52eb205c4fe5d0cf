"""DEPT: a ministry's unit in brackets where replies are sent (round 10 probe dept15u)."""
import govie
from .mentions import depts


def _depts(text):
    return depts(text, units=True)


def test_bracketed_unit_after_ministry():
    # 工信厅规函[2018]56, http://changzhou.gongyeyun.com/PlatformService/NewsDetail/acf3e9ce3a3a4ef0b53c46c03617814e
    text = ("三、各地评选推荐结果报经省级政府同意后,请于2018年2月24日前将申报材料(含工业稳增长和转型升级成效明显市(州)"
            "申报书、推荐表,一式三份,附电子版光盘)报工业和信息化部(规划司)。")
    assert ("规划司", "工业和信息化部", "规划司") in _depts(text)


def test_bracketed_unit_after_own_ministry():
    # 环办气候函〔2022〕111号 (生态环境部办公厅), as rendered in a public repository's page
    text = ("名录及其调整情况，于2022年6月30日前在省级生态环境主管部门官方网站向社会公开，并书面向我部（应对气候变化司）报告，"
            "抄送全国碳排放权注册登记机构和全国碳排放权交易机构。\n生态环境部办公厅\n")
    assert ("应对气候变化司", "生态环境部", "应对气候变化司") in _depts(text)


def test_bracket_after_other_body_is_no_unit():
    # dev sc19-48-like list: a bracket after a provincial body names no ministry's unit
    text = "报送省发展改革委（规划处）。"
    assert not any(t == "规划处" and c and c.endswith("部") for t, c, _ in _depts(text))


def test_a_bare_name_joined_to_a_central_ministry_is_the_central_body():
    """发展改革委 between 国家工业和信息化部 and 科技部 is the national commission, not the province's
    named earlier (吉林省工信厅 2015 notice, gxt.jl.gov.cn)."""
    import govie

    text = ("吉林省工业和信息化厅关于开展申报工作的通知\n"
            "申报材料(一式六份及电子文档光盘)请于9月11日下班前报送至我厅。我厅会同省发展改革委、科技厅审查论证后,"
            "联合向国家工业和信息化部、发展改革委和科技部报送材料。")
    links = [(e.text, e.canonical) for e in govie.extract(text, model=None).entities if e.label == "DEPT"]
    assert ("发展改革委", "国家发展和改革委员会") in links
    assert ("省发展改革委", "吉林省发展和改革委员会") in links and ("科技厅", "吉林省科学技术厅") in links
