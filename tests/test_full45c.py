"""Probe full45c: complete county documents outside Sichuan and Guangdong (places of a township)."""
import govie


def _locs(text, date):
    out = govie.extract(text, reference_date=date, model=None).to_dict()
    return [e["text"] for e in out["entities"] if e["label"] == "LOC"]


# http://dym6789.nync.com/article/2206754.html (长子县人民政府森林防火指挥部 通告, 2019-01-16)
ZHANGZI = ("一、禁止燃放区域:王峪景区管理中心所有行政村,横水林区管理中心所有行政村,石哲镇李家庄、张家庄、南沟河、晋义、"
           "两都、苇池、房头、良坪、花家坪、乱石河、刁黄、圪倒、高桥沟、向阳沟、方山沟、老圪岛、关家沟、郭家沟、洪珍、甫地沟、"
           "沟口、平泉、马箭、沿庄、上三庄等村,碾张乡金村、丰村、豹子沟、石门沟等村,色头镇地河、王晃、庄里、鲍寨、赵家庄、"
           "色头、曹家沟、窑下、西南沟、东南沟等村,慈林镇胡家贝、龙泉、崔庄、南坡等村。")

# http://www.cqfj.gov.cn/sy_168/gsgg/202208/t20220824_11035897.html (奉节县人民政府, 2022-08-24)
FENGJIE = ("调整封山区域:旅游环线集中连片林区,天鹅湖集中连片林区,凤凰梯道沿线林区,金凤山集中连片林区,青莲镇茅田茶厂林区,"
           "云雾土家族乡猫儿梁林区,公平镇长龙山林区,草堂镇羊儿山林区,永乐镇乌云顶林区、杨家湾——峡口(三峡村)林区")


def test_villages_sharing_one_dengcun_are_each_a_place():
    locs = _locs(ZHANGZI, "2019-01-16")
    # The first village is written on to its township; the others stand alone up to 等村.
    for place in ("石哲镇李家庄", "张家庄", "上三庄", "碾张乡金村", "石门沟", "色头镇地河", "东南沟", "慈林镇胡家贝", "南坡"):
        assert place in locs, place
    assert "石哲镇" not in locs and "等村" not in "".join(locs)


def test_named_place_before_a_forest_area_joins_its_township():
    locs = _locs(FENGJIE, "2022-08-24")
    for place in ("青莲镇茅田茶厂", "云雾土家族乡猫儿梁", "草堂镇羊儿山", "永乐镇乌云顶"):
        assert place in locs, place
    assert not [x for x in locs if x.endswith("林区")]


def test_township_alone_is_not_run_on():
    # A township before a body or a plain clause keeps its own span (no 等村, no 林区 after it).
    text = "石哲镇人民政府组织干部开展巡查,色头镇加强宣传。"
    out = govie.extract(text, reference_date="2019-01-16", model=None).to_dict()
    spans = [e["text"] for e in out["entities"] if e["label"] == "LOC"]
    assert not [x for x in spans if x.startswith("色头镇") and x != "色头镇"]
