"""Probe loc29: LOC in provincial notices, opinions and news (rules only): city and county lists,
river chiefs, road routes, border ports, city clusters, a basin's office, a division's seat."""
import govie


def _ents(text, ref="2020-01-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return r.entities


def _spans(text, label="LOC", ref="2020-01-01"):
    return [e.text for e in _ents(text, ref) if e.label == label]


def test_list_lines_joined_stay_one_place_each():
    # https://a.460.net.cn/a/463341.html (江西 赣江流域 pilot list): the layout joins the city's line to the last
    # county of the line before; a county holds no city, so 兴国县|吉安市 are two places.
    s = ("赣州市(18个):上犹县、南康区、章贡区、赣县区、石城县、宁都县、兴国县\n"
         "吉安市(13个):遂川县、万安县、井冈山市\n"
         "南昌市(7个):东湖区、湾里区、西湖区、青云谱区(部分)")
    found = _spans(s)
    assert "兴国县" in found and "吉安市" in found
    assert not any("\n" in f or f.endswith("县吉安市") for f in found)
    assert "湾里区" in found  # abolished in 2019 (former_divisions.tsv): still a place of the 2020 list
    assert _spans("西藏自治区拉萨市") == ["西藏自治区拉萨市"]  # a region holds its cities: still one chain


def test_former_district_and_a_seat_with_its_number():
    # https://zzwb.zynews.cn/html/2014-10/22/content_608625.htm (河南 on 开封's districts, 2014)
    s = ("对开封市部分行政区划进行调整:撤销龙亭区、金明区,设立新的开封市龙亭区,以原龙亭区、金明区的行政区域为"
         "新的龙亭区行政区域,龙亭区政府驻午朝门街道体育路16号;撤销开封县,设立开封市祥符区。")
    found = _spans(s)
    assert found[0] == "开封市"  # 部分|行政区划 holds no 分行: the city opens no bank's name
    assert found.count("金明区") == 2
    assert "午朝门街道体育路16号" in found
    assert not any(f.startswith("龙亭区政府") for f in found)
    assert "龙亭区政府" in _spans(s, "DEPT")


def test_quoted_strategy_of_regions():
    # 云政办发〔2022〕25号 (ochochicas.com/zwgk/zfgb/2022/2022d15q/szfbgtwj/202204/t20220421_241076.html)
    s = "我省确立了“滇中崛起、沿边开放、滇东北开发、滇西一体化”的区域协调发展格局。"
    assert _spans(s) == ["滇中", "滇东北", "滇西"]
    # a quoted list of products stays a brand list
    assert _spans("推广“吉林大米、延边黄牛、长白山人参”品牌。") == []


def test_city_cluster_by_first_characters_and_a_core_area():
    # http://qsjy4131.com/policy/info/3030 (内蒙古 呼包鄂乌 measures, traditional script)
    s = "不斷提升呼包鄂烏一體化發展水平,加快建設呼包鄂烏城市群,公交化、常態化運營呼包鄂烏四市高鐵動車組。"
    assert _spans(s) == ["呼包鄂烏", "呼包鄂烏城市群", "呼包鄂烏"]
    # http://www.ky-re.com/xxgk/zwgkml/zcjd/201901/t20190116_234810.html (內政發〔2019〕2號)
    assert _spans("進一步提升呼包鄂地區(含和林格爾新區,下同)協同發展的質量和水平") == ["呼包鄂地區", "和林格爾新區"]
    # http://jkq.xinxiang.gov.cn/2017/0606/5500.html (河南省建设中原城市群实施方案, 2017)
    s = "着力提升郑州大都市区引领带动功能,让中原在实现中华民族伟大复兴中国梦的进程中更加出彩。"
    assert _spans(s) == ["郑州大都市区", "中原"]


def test_road_numbers_make_their_route_ends_places():
    # http://qsjy4131.com/policy/info/3030: towns and villages the gazetteer does not hold
    s = ("加快建設改造G110畢克齊至協力氣、G210白雲鄂博至固陽至東河、S311武川至楊樹壩等國省干線,"
         "優化建設連接甘其毛都口岸和滿都拉口岸的高速公路。")
    assert _spans(s) == ["畢克齊", "協力氣", "白雲鄂博", "固陽", "東河", "武川", "楊樹壩", "甘其毛都口岸", "滿都拉口岸"]


def test_rivers_before_their_chiefs_post():
    # 人民网 2015 (nanchang.baogaosu.com/xinwen/…/39652733): jieba reads 信|江河|长
    s = "莫建成为赣江河长,谢亦森为信江河长,冯桃莲为抚河河长。"
    assert _spans(s) == ["赣江", "信江", "抚河"]


def test_places_inside_bodies_and_congresses_are_not_marked():
    # https://a.460.net.cn/a/463341.html: the basin's office is an office of the province's 生态环境厅
    s = "设立赣江流域生态环境监督管理办公室(简称流域办),作为省生态环境厅内设机构。建立赣江流域生态环境保护协调机制。"
    assert _spans(s) == ["赣江流域"]
    # http://tsdianying02.cn/dfpd/2012-12/05/content_15988690.htm (甘肃 2012 news, traditional script)
    s = "為了讓社會各界及時全面了情況,甘肅省新聞辦及時召開此次發布會。按照甘肅省第十二次黨代會的決策部署。"
    assert _spans(s, ref="2012-12-05") == []
    assert _spans(s, "DEPT", ref="2012-12-05") == ["甘肅省新聞辦"]
    # http://www.nxforestry.gov.cn/zwgk/zfxxgkml/wgk/jcgk/201807/t20180705_860391.html (2017)
    e = [x for x in _ents("请将修改意见反馈至自治区林业厅。\n宁夏回族自治区林业厅\n2017年10月30日", "2017-10-30")
         if x.label in ("DEPT", "LOC")]
    assert [(x.label, x.text, x.attrs.get("canonical")) for x in e][-1] == \
        ("DEPT", "宁夏回族自治区林业厅", "宁夏回族自治区林业厅")


def test_attachment_title_line_and_a_dateline():
    # http://www.ky-re.com/…/t20190116_234810.html: the measures' own title line names a document
    s = "(此件公開發布)\n關于加快推進呼包鄂協同發展的若干政策措施\n為全面貫徹落實精神,進一步提升呼包鄂地區協同發展的質量。"
    assert _spans(s, ref="2019-01-07") == ["呼包鄂地區"]
    # 人民网 2015: the medium of the dateline, its county's short name left out
    assert _spans("人民网武宁11月2日电 (顾子恒)本网从2日在江西武宁县召开的会上获悉。", "ORG") == ["人民网"]
