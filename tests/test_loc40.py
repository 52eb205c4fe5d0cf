"""Probe loc40: LOC in provincial work reports 2019-2022 and provincial policy documents (rules only): plan
words before an airport, paved roads, passenger lines and chains of route stops, congress halls, Hubei's
compass parts and the Qinling-Daba region, 系统 as an adverb, a paper's 讯 before its reporters, power and
coal flows between provinces, tourism corridors, a province before a county's short name, lists of rivers."""
import govie


def _spans(text, label="LOC", ref="2022-01-01"):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [e.text for e in r.entities if e.label == label]


def test_plan_word_opens_no_airport_name():
    # http://admin.chinacar.com.cn/newsview427948.html (Heilongjiang 2022 report)
    s = "加快推进哈尔滨机场二期扩建、漠河机场改扩建,力争绥芬河机场建成投用;"
    assert _spans(s) == ["哈尔滨机场", "漠河机场", "绥芬河机场"]


def test_paved_road_is_no_named_road():
    # http://m.thinkandroid.cn/news/2020/901196.shtml (Henan 2020 report, traditional)
    assert _spans("新建、改建農村公路超過1萬公里,全省所有行政村實現通硬化路、通客車。") == []


def test_passenger_lines_and_chains_of_stops():
    # http://admin.chinacar.com.cn/newsview427948.html (Heilongjiang 2022 report)
    s = "开工建设哈尔滨至绥化至铁力客专,谋划推进孙吴至逊克至乌伊岭铁路,加快铁力至伊春客专建设"
    assert _spans(s) == ["哈尔滨", "绥化", "铁力", "孙吴", "逊克", "乌伊岭", "铁力", "伊春"]
    # The same page, Jilin: the line named before the works and the route.
    assert _spans("高速公路续建集安至桓仁等7个项目722公里") == ["集安", "桓仁"]
    # A class word after the last 至 names no stop.
    assert _spans("推进哈尔滨至绥化至城区公路建设") == ["哈尔滨", "绥化"]


def test_route_end_in_traditional_longyan():
    # http://m.8037eee.com/news/fujian/gcdt/2022-01-22/2589896.html (Fujian 2022 report, traditional)
    assert _spans("加快福廈高鐵、龍龍鐵路龍巖至武平段等建設") == ["龍巖", "武平"]


def test_congress_hall_is_a_place():
    # http://lnbds.com/listing/newsshow.php?id=11984 (Chongqing 2022 report, traditional)
    s = "1月17日,重慶市五屆人大五次會議開幕會暨第一次全體會議在重慶市人民大禮堂舉行"
    assert _spans(s) == ["重慶市人民大禮堂"]


def test_hubei_compass_parts_and_qinba():
    # http://hutangcun.com/news/show-135490.html (鄂政發〔2020〕19號, traditional)
    assert _spans("形成鄂西、鄂西北、鄂東分區分片的保供體系") == ["鄂西", "鄂西北", "鄂東"]
    # http://gwejianzhan.com/2022/0119/111463.html (Shaanxi 2022 report, traditional)
    assert _spans("支持安康加快建設秦巴綜合交通樞紐") == ["安康", "秦巴"]


def test_system_as_adverb_after_a_region():
    # http://gwejianzhan.com/2022/0119/111463.html (Shaanxi 2022 report, traditional)
    s = "推動陜北全面加快能源革命、轉型升級,促進陜南系統邁向綠色循環發展"
    assert _spans(s) == ["陜北", "陜南"]


def test_paper_before_its_reporters_is_no_place():
    # http://m.thinkandroid.cn/news/2020/901196.shtml (Henan 2020 report, traditional)
    s = "河南商報訊(首席記者 孫科/文 記者 楊東華/圖)1月10日上午,河南省十三屆人大三次會議在省人民會堂開幕"
    assert _spans(s) == ["省人民會堂"]
    assert _spans(s, "ORG") == ["河南商報"]


def test_power_and_coal_flows_between_provinces():
    # https://m.bjx.com.cn/mnews/20220126/1201690.shtml (Chongqing 2022 report)
    s = "建设多渠道能源网,畅通北煤入渝通道,启动川渝特高压交流工程,推进三峡电、川电、疆电入渝"
    assert _spans(s) == ["渝", "三峡", "川", "疆", "渝"]
    # A flow that names a works project stays opaque (dev wr2026-gansu).
    assert _spans("陇电入鲁工程建成投运") == []


def test_tourism_corridor_is_a_zone():
    # http://lnbds.com/listing/newsshow.php?id=11984 (Chongqing 2022 report, traditional)
    s = "配合國家部委編制出臺雙城經濟圈國土空間、生態環境保護、巴蜀文化旅游走廊等專項規劃,聯動四川編制完成水安全保障"
    assert _spans(s) == ["巴蜀文化旅游走廊", "四川"]


def test_province_before_a_county_short_name():
    # http://hutangcun.com/news/show-135490.html (鄂政發〔2020〕19號, traditional)
    s = "建成陜北至湖北±800千伏特高壓直流輸電工程,同步協調推進陜西黃陵、富縣等5個特高壓配套電源項目建設"
    assert _spans(s) == ["陜北", "湖北", "陜西黃陵", "富縣"]
    # A short name that is a word makes no pair (辽宁振兴: dev wr2026-liaoning).
    assert _spans("推动辽宁振兴发展") == ["辽宁"]


def test_listed_rivers():
    # http://hutangcun.com/news/show-135490.html (鄂政發〔2020〕19號, traditional)
    assert _spans("推進江坪河、白河、淋溪河等水電開發") == ["江坪河", "白河", "淋溪河"]
    assert _spans("推进大江、大河治理") == []
