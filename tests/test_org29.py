"""Probe org29: ORG in provincial, city and district work reports and government-site news (round 17)."""
import govie

WJW = "https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html"  # 北京市卫健委 2023 summary


def _spans(text, label="ORG", **kw):
    return [e.text for e in govie.extract(text, **kw).entities if e.label == label]


def test_hospitals_named_by_their_campuses():
    # WJW: hospitals named without a place are shown as hospitals by a campus or a new campus
    text = ("一是加快市属医疗资源疏解项目规划建设。朝阳医院东院、友谊医院通州院区二期开诊运行;友谊医院顺义院区、"
            "安贞医院通州院区基本完工,口腔医院迁建、积水潭医院回龙观院区二期推进装修及机电管线安装施工,"
            "首儿所附属儿童医院通州院区项目已取得建议书(代可行性研究报告)批复,安定医院新院区完成设计招标和项目方案设计,"
            "宣武医院房山院区暨国家医学中心项目、儿童医院新院区项目已提前核准勘察设计招标方案并下拨前期经费,")
    orgs = _spans(text, model=None)
    for name in ("朝阳医院东院", "安贞医院通州院区", "积水潭医院回龙观院区", "首儿所附属儿童医院通州院区",
                 "安定医院", "宣武医院房山院区", "儿童医院"):
        assert name in orgs, name
    assert "朝阳医院" not in orgs and "市属医疗资源疏解项目" not in orgs


def test_a_hospital_named_by_its_campus_again_without_it():
    # WJW: 宣武医院房山院区 … 组织宣武医院与雄安新区管委会签署
    text = ("宣武医院房山院区暨国家医学中心项目已提前核准勘察设计招标方案。二是全力支持雄安新区医疗卫生建设。"
            "组织宣武医院与雄安新区管委会签署")
    assert _spans(text, model=None) == ["宣武医院房山院区", "宣武医院"]


def test_a_verb_before_a_hospital_or_a_class_makes_no_name():
    # WJW: 加快推进妇产医院新院区选址 (the verb is no part of a name); a class of hospitals with campuses
    orgs = _spans("设,加快推进妇产医院新院区选址,推动三级医院分院区建设。", model=None)
    assert not any(o.startswith(("加快", "推动", "三级")) for o in orgs)


def test_county_chinese_medicine_hospital_and_a_count_of_them():
    # https://m.yaozui.com/p/279027 (仙居 news): 县中医院 is the county's own hospital; 500所县中医院 is a count
    assert "县中医院" in _spans("颜海荣县长、邵海丽副县长会同县府办主任、县卫计局、县中医院相关负责人等一行到浙江省立同德医院")
    assert _spans("建设1000所县医院、500所县中医院和1000所乡镇卫生院。", model=None) == []


def test_a_province_group_after_the_city_it_stands_in():
    # https://m.yaozui.com/p/279027 (仙居 news)
    text = "新区开发管委会等主要负责人一行,前往杭州浙江省物产集团进行考察交流。"
    assert _spans(text) == ["浙江省物产集团"]


def test_a_school_campus_and_the_school_described_after_it():
    # http://www.xiaoyi.gov.cn./xwzx/xyyw/202404/t20240425_1860050.shtml (孝义 2024 news)
    text = "徐汇中学南校秉承百年名校徐汇中学“崇尚科学、文理兼通、中西汇通、多彩发展”的办学传统,全面推进五育融合"
    assert _spans(text) == ["徐汇中学南校", "徐汇中学"]


def test_university_short_name_in_a_provincial_report():
    # http://district.ce.cn/newarea/roll/201901/23/t20190123_31340068.shtml (安徽 2019 report)
    text = ("聚变堆主机关键系统综合研究设施启动建设,中国科大全球首次实现18个光量子比特纠缠,"
            "世界唯一让机器达到真人说话水平的语音合成系统在科大讯飞实现")
    assert _spans(text) == ["中国科大", "科大讯飞"]
