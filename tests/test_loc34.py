"""Probe loc34: LOC in provincial work reports and provincial government texts 2023-2025 (rules only):
China as a market, border and partner, the Mekong, a central work conference and a platform a region names."""
import govie


def _spans(text, ref="2024-03-09"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == "LOC"]


def test_china_as_market_border_and_partner_is_a_place():
    # https://appimg.modaily.cn/app/szb/pc/content/202403/09/content_324239.html (Guangxi chairman, 2024)
    s = "於中國國內市場而言,粵港澳大灣區是廣西距離最近、聯繫最密切的區域經濟科技中心。"
    assert _spans(s) == ["中國", "粵港澳大灣區", "廣西"]
    s = "廣西跨境人民幣結算總量在中國邊境和西部省份中多年保持第一。"
    assert "中國" in _spans(s)
    s = "廣西是中國面向東盟開放合作的前沿和窗口"
    assert _spans(s) == ["廣西", "中國", "東盟"]
    # A dash joins China to the name of a fair or a summit: no place.
    s = "二十年來,中國——東盟博覽會和中國——東盟商務與投資峰會常辦常新"
    assert "中國" not in _spans(s)


def test_the_mekong_is_a_place_and_lancang_mekong_cooperation_a_programme():
    # http://dfjrjgj.yn.gov.cn/html/2024/jr_zx_df_0326/18227.html (Yunnan, 2024-03-26)
    s = "2023年以来,云南省顺应区域发展新形势,更务实、更深入参与澜湄合作,与湄公河国家交往合作不断取得新进展。"
    assert _spans(s, "2024-03-26") == ["云南省", "湄公河"]
    s = "推动外贸“买周边到全国、卖全国到周边”,湄公河五国热带水果通过云南走进中国大市场。"
    assert _spans(s, "2024-03-26") == ["湄公河", "云南", "中国"]


def test_a_central_work_conference_hides_its_region():
    # https://gongwenbang.cn/doc/354464.html (Xinjiang 2023 work report)
    s = "深入贯彻落实第二次、第三次中央新疆工作座谈会精神"
    assert _spans(s, "2023-01-14") == []
    s = "本届政府任期的五年,是新疆发展史上极不平凡的五年。"
    assert _spans(s, "2023-01-14") == ["新疆"]


def test_a_platform_a_region_names_is_no_place():
    # https://appimg.modaily.cn/app/szb/pc/content/202403/09/content_324239.html (Guangxi chairman, 2024)
    s = "中國(廣西)自由貿易試驗區、中國——東盟信息港、面向東盟的金融開放門戶等開放平台加快建設。"
    assert _spans(s) == ["中國(廣西)自由貿易試驗區", "東盟"]
