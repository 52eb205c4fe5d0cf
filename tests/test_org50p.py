"""ORG in policy texts (probe org50p): insurers' branches named by a short name, padded roster names."""
import govie


def _orgs(text):
    return [e.text for e in govie.extract(text).entities if e.label == "ORG"]


def test_insurer_short_name_with_county_branch():
    # wineworld.com.cn/html/shipinzixun/liangshi/20120313/144155.html (东阳, 浙江农业信息网 2012)
    t = "稳定发展粮食生产,今年人保财险东阳支公司根据省政府《关于增设小麦大麦政策性保险险种的通知》的精神"
    assert _orgs(t) == ["人保财险东阳支公司"]


def test_insurer_short_name_with_city_centre_branch():
    # same kind as the 东阳 sentence: a city's 中心支公司 of a short-named insurer
    t = "由太平洋财险温州中心支公司负责具体的承保、理赔服务工作。"
    assert _orgs(t) == ["太平洋财险温州中心支公司"]


def test_padded_roster_name_before_a_province_firm():
    # m.fabao365.com/code/law_552102.html (闽政办〔2011〕61号, 福建省电网工程建设协调小组 members)
    t = ("副组长: 黄新銮 省政府副秘书长\n郑栅洁 省发展改革委主任\n张 磊 省电力有限公司总经理\n"
         "成 员: 龚友群 省发展改革委副主任、省重点办主任\n张建平 福建电监办副专员\n林 韩 省电力公司总工程师\n")
    assert _orgs(t) == ["省电力有限公司", "省电力公司"]
    persons = [e.text for e in govie.extract(t).entities if e.label == "PERSON"]
    assert "张 磊" in persons and "林 韩" in persons


def test_state_grid_province_company_unchanged():
    # hunan.chinagdp.org/tzjh/201812/816.html (湖南省能源局 公示, 2018)
    t = "本批次中央预算内资金拟全部用于国网湖南省电力有限公司供电范围内贫困地区项目"
    assert _orgs(t) == ["国网湖南省电力有限公司"]
