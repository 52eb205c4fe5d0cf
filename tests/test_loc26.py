"""Probe loc26: places in policy documents and news items of every level (rules only)."""
import govie


def _locs(text, jurisdiction=None):
    r = govie.extract(text, model=None, jurisdiction=jurisdiction, reference_date="2024-01-01")
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_export_processing_zones_are_whole():
    # 国办函〔2003〕19号 (https://xzcs2022.com/ssfgk/42828.html)
    s = "一、同意增设以下出口加工区:上海青浦出口加工区、漕河泾出口加工区、闵行出口加工区,江苏南京出口加工区、镇江出口加工区。"
    locs = _locs(s, "国家")
    assert "上海青浦出口加工区" in locs and "江苏南京出口加工区" in locs
    assert "上海青浦" not in locs and "江苏南京" not in locs


def test_bridges_a_place_names_are_sites():
    # 石首 2011 news (https://bbs.cnhubei.com/thread-2491103-1-1.html): jieba reads 长江大桥 as one word
    assert "石首市长江大桥" in _locs("双方就石首市长江大桥的建设等问题交换了意见。", "湖北")
    assert "石首长江大桥" in _locs("他建议,石首长江大桥的建设首先要提上规划议程,积极寻找投资,结合大桥建设。", "湖北")
    # 嘉兴 2009 news (http://binaryoptions-signals.com/contents/341/673.html)
    assert "杭州湾大桥" in _locs("省交通厅王德宝副厅长一行督查了杭州湾大桥北接线(二期)的前期工作。", "浙江")
    # A bridge's body is no bridge (same news): 中铁大桥局
    assert not any("大桥" in x for x in _locs("夏光宏说,中铁大桥局是非常有实力的中央在汉企业。", "湖北"))
    # A bridge listed among projects is a project (dev wr2026-liaoning: unmarked)
    s = "长海跨海大桥、秦沈高速二期、本庄高速等重大项目开工建设。"
    assert "长海跨海大桥" not in _locs(s, "辽宁")


def test_township_runs_on_to_its_village():
    # 蔚县 2022 news (http://yxwmw.zjkwmw.gov.cn/news/202205/4913.html): jieba reads 镇南|大坪
    s = "付中权一行先后来西合营镇南大坪村、海子洼村、古守营村、陈家湾村,对村容村貌整治进行走访调研。"
    locs = _locs(s, "河北")
    assert "西合营镇南大坪村" in locs and "大坪村" not in locs


def test_known_subdistrict_ends_the_address():
    # 彬州市 2021 news (http://sxfhtxs.com/?mod=news_detail&id=4145)
    s = "近日,彬州市城关街道开展了“我们的节日·中秋”系列活动。"
    assert "彬州市城关街道" in _locs(s, "陕西")


def test_a_regions_zone_class_is_no_zone():
    # 津政办函〔2017〕103号 (http://cni.top/html/2017/pioneerpolicy_1028/26711.html)
    locs = _locs("以新发展理念为引领,深入推进京津冀开发区协同发展,促进开发区深化改革、创新发展。", "天津")
    assert "京津冀" in locs and "京津冀开发区" not in locs
    # A region's named zone keeps it (dev wr2026-qinghai)
    assert "三江源国家公园" in _locs("高质量建设三江源国家公园。", "青海")


def test_cross_border_ecommerce_zone_with_ascii_brackets():
    # 杭州 2015 opinions (https://www.10100.com/article/49358921)
    s = "以建设国家自主创新示范区、中国(杭州)跨境电子商务综合试验区等国家级创新示范建设为契机。"
    assert "中国(杭州)跨境电子商务综合试验区" in _locs(s, "浙江")


def test_village_naming_a_cooperative_is_no_place_alone():
    # 澧县 news (http://ytwzpower.com/dujia/rdxw/15299.html), in simplified script
    s = "代表团一行先后到萌恒服装辅料、东鹏智能制造产业园、锦绣千村合作社以及城头山国家遗址考古公园等地。"
    assert "锦绣千村" not in _locs(s, "湖南")
