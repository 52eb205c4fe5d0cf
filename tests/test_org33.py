"""Probe org33: ORG in city work reports and government news (university hospitals, groups, banks, project firms)."""
from .mentions import spans


def _orgs(text):
    return spans(text, "ORG", model=None)


def test_university_affiliated_hospital_is_one_name():
    # http://jkcyyqzx.org.cn/show-83861.html (from wjw.ah.gov.cn/xwzx/sxgz/57483831.html, 安庆 2024)
    orgs = _orgs("王琦一行还深入安徽医科大学附属安庆第一人民医院龙山院区、安庆医药高等专科学校实地考察市校合作成效。")
    assert orgs == ["安徽医科大学附属安庆第一人民医院龙山院区", "安庆医药高等专科学校"]


def test_he_inside_a_group_name_after_a_place():
    # https://wxredian.com/art?id=dff144d4c062df8a7169fde046cef155 (老边区 2024)
    assert _orgs("11月20日下午,区委书记彭伟会见了上海均和产业发展集团副总裁肖锐一行,双方就相关合作事宜进行了深入交流。") \
        == ["上海均和产业发展集团"]
    assert _orgs("上海均和集团实力雄厚,在推进园区运营建设等方面有着成熟的经验和成功的模式。") == ["上海均和集团"]
    # 和 between two places' bodies stays a conjunction
    assert "省政府和上海市场集团" not in _orgs("加强省政府和上海市场集团合作")


def test_rural_commercial_bank_short_name():
    # https://zx.ankang.gov.cn/Content-2425229.html (平利县)
    assert _orgs("县政协副主席刘锐,县农商行、县政协财经委负责同志陪同考察。") == ["县农商行"]
    orgs = _orgs("随后在县政协机关召开交流座谈会,县人行、农商行、农业银行、财政局、农林局等部门和单位分别结合各自职能业务特点就金融业支持县域经济发展做了经验交流发言。")
    assert orgs == ["农商行", "农业银行"]


def test_consumer_association_short_name():
    # https://www.010b.com/invest/info/1290387/page/5220 (渭南 2022 report)
    assert _orgs("培育限上商贸企业209户,社会消费品零售总额增长8%,中消协100个城市消费者满意度测评全省第一。") == ["中消协"]


def test_project_firms_with_trade_words_after_a_long_lead():
    # http://fgw.smx.gov.cn/491/616392000/1112389.html (三明 开发区 2023)
    orgs = _orgs("市政协调研组一行深入赛诺维制药、中科芯时代、布科思机器人等重点项目建设现场,参观了企业展厅和生产车间。")
    assert orgs == ["赛诺维制药", "中科芯时代", "布科思机器人"]


def test_fields_before_projects_stay_unmarked():
    # fields, not firms: the trade-word rule needs a coined head
    assert _orgs("推进海上风电、新能源汽车等重点项目建设。") == []


def test_bare_rural_bank_in_a_provincial_report_is_the_kind():
    # Shandong and Shaanxi 2026 work reports (corpora/work-reports-2026): 农商行 next to 村镇银行 and before
    # 统一法人制度改革 names the kind of bank; no one bank is meant, so no ORG.
    for text in ("实施上市资源培育“十百千”计划，推动农商行、村镇银行改革重组，深化城商行内控。",
                 "推动农商行统一法人制度改革，推广知识产权、应收账款质押融资。"):
        assert "农商行" not in _orgs(text)
