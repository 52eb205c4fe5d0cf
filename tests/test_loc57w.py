"""Probe loc57w: LOC in provincial work reports (dev-miss study): a region's old name before a common noun
(齐鲁, 闽都, 赣鄱) before 大地 (燕赵大地: 燕赵, as 吉林大地: 吉林), 亚欧 as the span of a route, and a league or a
product the old name brands (齐鲁超赛, 齐鲁文化大模型: guide v2.2, LOC 2)."""
import govie

_CSV = "../shared/data/work-reports-2026/2026_{}_政府工作报告.csv"


def _spans(text, ref="2026-01-25"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_an_old_name_before_dadi_is_the_place():
    # dev wr2026-hebei (_CSV.format("河北省"))
    assert _spans("圆满完成“十四五”规划目标任务，中国式现代化在燕赵大地展现勃勃生机。") == ["燕赵"]
    # dev wr2026-henanm (_CSV.format("河南省"))
    assert _spans("加大“引客入豫”力度，让中原大地成为令人向往的“诗与远方”。") == ["中原"]
    # dev wr2026-jiangxim (_CSV.format("江西省"))
    assert _spans("建设“五美共富”和美乡村先行村500个以上，逐步让和美乡村遍布赣鄱大地。") == ["赣鄱"]


def test_an_old_name_before_a_common_noun_is_a_place():
    # dev wr2026-shandongm (_CSV.format("山东省"))
    assert _spans("深化学习运用“千万工程”经验，打造更高水平乡村振兴齐鲁样板。") == ["齐鲁"]
    assert _spans("我们将持续深耕齐鲁人文沃土，充分激发文化创新创造活力。") == ["齐鲁"]
    # dev wr2026-fujianm (_CSV.format("福建省"))
    assert _spans("持续促进闽都文化、闽南文化、客家文化和朱子文化、妈祖文化创造性转化。") == ["闽都", "闽南"]


def test_an_old_name_inside_a_league_or_a_product_is_not_marked():
    # dev wr2026-shandong (_CSV.format("山东省")): 齐鲁 is left unmarked inside the league's name
    assert "齐鲁" not in _spans("推出“半岛1号”海上游等旅游产品，齐鲁超赛、美食争霸赛、演唱会等活动精彩纷呈。")
    # dev wr2026-shandongm (_CSV.format("山东省")): a language model is a product
    assert "齐鲁" not in _spans("推进“人工智能+文化”行动，建好齐鲁文化大模型。")


def test_asia_and_europe_as_a_route_span():
    # dev wr2026-hubei (_CSV.format("湖北省"))
    assert "亚欧" in _spans("长江中游航运中心、中欧班列华中区域集结中心打通亚欧陆海联运新通道。")
    # _CSV.format("新疆维吾尔自治区") (Xinjiang 2026 report, section 六)
    assert _spans("高质量运行中欧（亚）班列，着力打造亚欧黄金通道和向西开放桥头堡。") == ["亚欧"]
    # the same report: an expo's name holds it (guide v2.2, LOC 2)
    assert "亚欧" not in _spans("落实中国—中亚峰会成果，办好第九届中国—亚欧博览会，积极开拓东盟、中东、欧洲、非洲等非美市场。")
