"""Probe loc53s: LOC in State Council work reports (dev-miss study, rules only): a place before its
同胞, China and the EU or Japan and the US named as a pair, the river's ten-year fishing ban (a
campaign), and 中国 before its fate."""
import govie

_WR = "https://zh.wikisource.org/wiki/{}年中华人民共和国国务院政府工作报告"


def _spans(text, ref="2005-03-05"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_a_place_before_its_tongbao_is_marked():
    # _WR.format(2005) (State Council 2005 report)
    s = "我们将与广大台湾同胞一道，为完成祖国统一大业而共同奋斗！"
    assert _spans(s) == ["台湾"]
    # dev wr2026-shanghaim (Shanghai 2026 report, thanks)
    s = "向关心支持上海发展的香港特别行政区同胞、澳门特别行政区同胞、台湾同胞、海外侨胞和国际友人，表示衷心的感谢！"
    assert "台湾" in _spans(s, "2026-01-25")


def test_two_parties_named_as_a_pair():
    # dev sc-report-2014 (State Council 2014 report)
    s = "积极参与高标准自贸区建设，推进中美、中欧投资协定谈判，加快与韩国、澳大利亚、海湾合作委员会等自贸区谈判。"
    assert _spans(s, "2014-03-05")[:2] == ["中美", "中欧"]
    # _WR.format(1959) (State Council 1959 report)
    s = "最近，岸信介政府又积极准备修改日美“安全条约”，同美国进行新的军事勾结。"
    assert _spans(s, "1959-04-18") == ["日美", "美国"]


def test_the_china_europe_freight_train_stays_a_service():
    # dev wr2026-hubei (Hubei 2026 report)
    s = "长江中游航运中心、中欧班列华中区域集结中心打通亚欧陆海联运新通道。"
    assert "中欧" not in _spans(s, "2026-01-25")
    # dev wr2026-henan (Henan 2026 report): the city before the trains is a place of its own
    s = "持续释放郑州中欧班列集结中心辐射带动力，开展跨境电商综试区建设。"
    assert _spans(s, "2026-01-25") == ["郑州"]
    # dev wr2026-henanm, wr2026-shanxi (Henan and Shanxi 2026 reports)
    assert _spans("推动中欧（亚）班列拓线扩量、开行4000班次。", "2026-01-25") == []
    assert _spans("开行中欧中亚班列721列。", "2026-01-25") == []


def test_the_rivers_ten_year_fishing_ban_is_a_campaign():
    # _WR.format(2024) (State Council 2024 report)
    s = "加强重要江河湖库生态保护治理。持续推进长江十年禁渔。实施生物多样性保护重大工程。"
    assert "长江" not in _spans(s, "2024-03-05")
    # dev wr2026-anhuim (Anhui 2026 report)
    s = "公众生态环境满意率稳定在90%以上。长江十年禁渔连续4次获评全国优秀。"
    assert _spans(s, "2026-01-25") == []


def test_china_before_its_fate():
    # dev sc-report-2006 (State Council 2006 report)
    s = "（六）进一步推进改革开放。改革开放是决定中国命运的重大决策。"
    assert _spans(s, "2006-03-05") == ["中国"]
