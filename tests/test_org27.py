"""Probe org27: ORG and LOC in provincial work reports 2024-2026 (real sentences, addresses in comments)."""
import govie


def _spans(text, label):
    return [e.text for e in govie.extract(text).entities if e.label == label]


def test_medium_news_line_names_the_medium():
    # http://2getgold.com/shehui/2024/252973.html (Shaanxi 2024 report, traditional script)
    text = "西部網訊 1月26日上午，陜西省第十四屆人民代表大會第二次會議在西安開幕，陜西省省長趙剛作政府工作報告。"
    assert "西部網" in _spans(text, "ORG")


def test_times_reporter_byline():
    # http://5778666.com/article/detail/1494432.html (Zhejiang 2025 report, 证券时报)
    text = "證券時報記者 聶英好\n1月14日，浙江省十四屆人大三次會議召開。"
    assert _spans(text, "ORG") == ["證券時報"]


def test_place_before_a_listing_verb_is_the_subject():
    # http://2getgold.com/shehui/2024/252973.html (Shaanxi 2024 report)
    text = "報告指出，2024年，陜西加強交通、能源、水利等基礎設施建設，加快延榆等5條高鐵、眉太等13條高速、西安咸陽國際機場三期、東莊水利樞紐、王瑤水庫擴容等在建項目進度。"
    locs = _spans(text, "LOC")
    assert "陜西" in locs and "西安咸陽國際機場" in locs and "王瑤水庫" in locs


def test_place_opening_a_listed_project_stays_opaque():
    # 大众日报 2025-01-21 on the Shandong 2025 report: 裕龙岛 opens a project's name (guide LOC 2)
    text = "裕龙岛炼化一体化、山钢永锋优特钢等重大项目建成投产，齐鲁石化鲁油鲁炼项目落地开工。"
    assert "裕龙岛" not in _spans(text, "LOC")


def test_new_area_after_a_preposition():
    # http://2getgold.com/shehui/2025/284540.html (Shaanxi 2025 report): jieba reads 以西|咸|新区
    text = "以西咸新區為紐帶，加快西安-咸陽一體化步伐，帶動西安都市圈建設。"
    assert _spans(text, "LOC")[:4] == ["西咸新區", "西安", "咸陽", "西安都市圈"]


def test_provincial_congress_hall():
    # http://hnstb.gov.cn/zhyw/9084.html (Hunan 2024 report)
    text = "1月24日上午，湖南省第十四届人民代表大会第二次会议在省人民会堂隆重开幕。省长毛伟明作政府工作报告。"
    assert "省人民会堂" in _spans(text, "LOC")


def test_region_before_a_counted_class_of_bases():
    # http://www.juece.net.cn/DocHtml/1/25/01/00007967.html (Anhui 2025 report, summary)
    text = "扎实推进乡村全面振兴，发展乡村富民产业，新建长三角绿色农产品生产加工供应基地100个；"
    assert _spans(text, "LOC") == ["长三角"]


def test_banner_abbreviations_are_places():
    # 人民网呼和浩特1月14日电 (Inner Mongolia 2025 report)
    text = "确保呼和浩特盛乐国际机场建成通航，推动科右前旗、科右中旗、乌拉盖通用机场开工建设；"
    locs = _spans(text, "LOC")
    assert "科右前旗" in locs and "科右中旗" in locs and "呼和浩特盛乐国际机场" in locs


def test_listed_projects_a_known_firm_opens_are_no_org():
    # 人民网呼和浩特1月14日电 (Inner Mongolia 2025 report): 中石化煤制烯烃 and 荣盛煤化一体化 are projects
    text = "加快推进中石化煤制烯烃、荣盛煤化一体化、赛盛新材料、远景零碳电池等一批百亿级项目，确保早一天开工、早一天达产。"
    orgs = _spans(text, "ORG")
    assert "中石化煤制烯烃" not in orgs and "荣盛煤化一体化" not in orgs and "赛盛新材料" in orgs
