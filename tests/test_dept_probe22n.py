"""Round 14 probe dept22n: national DEPT (ministry and 国家XX局 notices, 国函 replies, press texts,
the 2024 central inspection list).

Each test quotes a real sentence of a probe text (addresses in the comments)."""
from .mentions import depts


def _depts(text, date, model=None):
    return depts(text, units=True, reference_date=date, model=model)


# https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202407/t20240702_1080680.html
# (生态环境部办公厅, 2024-07-01; the big5 gateway prints traditional characters)
COPY_TO = "生態環境部辦公廳\n2024年7月1日\n(此件社會公開)\n抄送:生態環境部環境工程評估中心。"


def test_a_ministry_s_evaluation_centre_is_its_own_body():
    # Before: 生態環境部 alone (a FP beside the missed centre).
    depts = _depts(COPY_TO, "2024-07-01")
    assert depts[-1] == ("生態環境部環境工程評估中心", "生态环境部环境工程评估中心", None)
    assert depts[0][:2] == ("生態環境部辦公廳", "生态环境部")


def test_a_registered_centre_keeps_its_record():
    # Guard: a centre the registry lists (国家卫生健康委临床检验中心) is unchanged.
    assert _depts("抄送:国家卫生健康委临床检验中心。", "2024-07-01") == [
        ("国家卫生健康委临床检验中心", "国家卫生健康委临床检验中心", None)]


# https://m.shagarova.com/law/show-213855.html: 环监测〔2021〕99号 (2021-11-18)
PAIR = "落实中办、国办《关于深化生态保护补偿制度改革的意见》中“推动开展全国生态质量监测评估”的要求"


def test_zhongban_beside_guoban_is_the_party_general_office():
    depts = _depts(PAIR, "2021-11-18")
    assert depts == [("中办", "中共中央办公厅", None), ("国办", "国务院办公厅", None)]


def test_zhongban_inside_a_word_is_nothing():
    # Guard: 集中办理 holds 中办; with 国办 further on it still opens no body.
    assert "中办" not in [d[0] for d in _depts("请集中办理国办转来的事项。", "2021-11-18")]


# https://zi.media/@yidianzixun/post/3d3NQT: 環境保護部公告 of 2017-02-22
NOTICE = ("《國家環境保護標準制修訂工作管理辦法》(國家環境保護總局公告2006年第41號)"
          "《國家環境保護標準制修訂項目計劃管理辦法》(環辦〔2010〕86號)同時廢止。")


def test_the_issuer_of_a_cited_numbered_notice_is_the_body_of_its_year():
    # Before: 环境保护部, the successor on the citing text's date (a wrong body).
    depts = _depts(NOTICE, "2017-02-22")
    assert depts[0][:2] == ("國家環境保護總局", "国家环境保护总局")


# https://yaliqi.com/new/6408b1c519b14f6ba6165352b38cfbcd: 二十届中央第四轮巡视 (2024-10-30)
INSPECTION = ("其巡察的触角将深入至中央宣传部(亦承载着中央精神文明建设办公室的重要职责)、中央统战部这一凝聚共识的桥梁、"
              "中央网络安全和信息化委员会办公室这一数字时代的守护者,以及中央台湾工作办公室等关乎国家大局的多个关键部门。")
ACADEMIES = "此次巡视还将触及中国浦东干部学院、中国井冈山干部学院、中国延安干部学院、中央社会主义学院等干部教育培训的高地"


def test_central_offices_by_their_written_names():
    depts = dict((d[0], d[1]) for d in _depts(INSPECTION, "2024-10-30"))
    assert depts["中央精神文明建设办公室"] == "中央精神文明建设指导委员会办公室"
    assert depts["中央台湾工作办公室"] == "中共中央台湾工作办公室"


def test_the_national_cadre_academies():
    assert [d[:2] for d in _depts(ACADEMIES, "2024-10-30")] == [
        ("中国浦东干部学院", "中国浦东干部学院"), ("中国井冈山干部学院", "中国井冈山干部学院"),
        ("中国延安干部学院", "中国延安干部学院"), ("中央社会主义学院", "中央社会主义学院")]
