"""Probe loc25: places in 2024-2025 provincial work reports (rules only)."""
import govie


def _locs(text, jurisdiction="湖北"):
    r = govie.extract(text, model=None, jurisdiction=jurisdiction, reference_date="2025-01-20")
    for e in r.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.start) for e in r.entities if e.label == "LOC"]


def test_place_before_a_time_word_is_the_clause_subject():
    # Hubei 2025 report (中新网, http://yanan.hnxfqy.com/list/dCkn_41339.html)
    s = "2024年,通过举办中国—北欧经贸合作论坛、华创会、汉交会等60多场国际性全国性活动,湖北全年招商引资签约亿元以上项目6956个、总金额4.6万亿元。"
    assert ("湖北", s.index("湖北全年")) in _locs(s)


def test_place_before_a_count_or_a_route_opens_no_project_name():
    # 2026_青海省_政府工作报告.csv [full_text]: the cities are the subject of 实施
    s = "统筹中央和省级财力14.24亿元,支持西宁、海东两市实施地质灾害避险搬迁项目一期。"
    assert ("海东", s.index("海东")) in _locs(s, "青海")
    # dev wr2026-xinjiang (2026_新疆维吾尔自治区 report): a route's end before 等一批重大项目
    s = "G314线喀什至塔什库尔干等一批重大项目开工建设。"
    assert ("喀什", s.index("喀什")) in _locs(s, "新疆")
    # State Council report 1958 (government_work_reports.jsonl row 67): 黄河的 … 工程
    s = "辽河流域的新立屯水库;黄河的人民胜利渠扩建工程等。"
    assert ("黄河", s.index("黄河")) in _locs(s, "国家")


def test_project_and_system_names_stay_opaque():
    # dev wr2026-anhui (Anhui 2026 report): a river's stretch inside a works name
    s = "亳州机场建成通航,淮河干流浮山以下段行洪区工程开工建设。"
    assert "淮河" not in [t for t, _ in _locs(s, "安徽")]
    # dev sc19-44 (国函 2019): a system named by its city
    s = "注：坐标系统为深圳独立坐标系统。"
    assert _locs(s, "广东") == []
    # State Council report 1982 (row 57) and Yunnan 2026: works names may open with a verb (引滦, 引水)
    s = "建成河北潘家口水库、大黑汀水库和天津引滦输水工程。"
    assert "天津" not in [t for t, _ in _locs(s, "国家")]
    s = "开工建设滇中引水二期骨干工程和景腊大型灌区。"
    assert "滇中" not in [t for t, _ in _locs(s, "云南")]
    # a project named by a place (guide v2.2, LOC 2)
    assert _locs("加快推进自贡灯会项目。", "四川") == []


def test_place_inside_a_quoted_sentence_stands():
    # Hebei 2025 report (人民网雄安, 2025年河北省政府工作报告中的雄安“元素”)
    s = "“雄安新区拔节生长。”报告提出,首批疏解项目建设进展顺利,中国星网全面迁驻,第二批疏解项目有序推进。"
    assert ("雄安新区", 1) in _locs(s, "河北")
    # Hubei 2025 report (中新网, as above)
    s = "“开放包容的湖北充满机遇,我们愿与海内外企业携手共创美好未来。”加快打造内陆开放新高地,是湖北2025年工作重点之一"
    assert ("湖北", s.index("湖北")) in _locs(s)


def test_place_inside_a_quoted_name_stays_out():
    # a quoted slogan or brand names no place (guide v2.2, LOC 2: 山西好风光)
    assert _locs("持续擦亮“山西好风光”文旅品牌。", "山西") == []
