"""National DEPT in ministry notices and rules, round-19 probe (dept42n): real lines of published
pages (addresses in each test)."""

from __future__ import annotations

from .mentions import depts


def test_the_corps_in_a_ministrys_list_of_places_is_no_body():
    # http://www.zgjtqx.org.cn/detail/18078.html (工信部联运行〔2022〕160号): every place's bodies, a class.
    text = ("工业和信息化部 国家发展改革委 国务院国资委关于巩固回升向好趋势加力振作工业经济的通知\n"
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门、发展改革委、国资委:\n")
    assert [d[0] for d in depts(text, reference_date="2022-11-30")] == ["工业和信息化部", "国家发展改革委", "国务院国资委"]


def test_the_corps_bureau_sharing_the_provinces_head_is_no_body():
    # https://big5.mot.gov.cn/gate/big5/xxgk.mot.gov.cn/2020/jigou/zhghs/202510/t20251017_4178386.html
    # (交办规划函〔2025〕1920号, traditional script).
    text = ("各省、自治區、直轄市、計劃單列市及新疆生産建設兵團交通運輸廳(局、委),國家鐵路局綜合司、"
            "中國民用航空局綜合司、國家郵政局辦公室,交通強國建設試點有關單位,部屬各單位,部內各司局:\n")
    found = depts(text, reference_date="2025-10-14")
    assert [d[1] for d in found] == ["国家铁路局", "中国民用航空局", "国家邮政局"]


def test_a_corps_bureau_still_a_body_after_a_comma():
    # http://m.cctv1204.com/zhengce/show-31345.html (生态环境部 2020, traditional script).
    text = "各省、自治區、直轄市生態環境廳(局),新疆生產建設兵團生態環境局:\n"
    assert depts(text, reference_date="2020-12-20") == [("新疆生產建設兵團生態環境局", "新疆生产建设兵团生态环境局")]


def test_bare_bureaus_after_a_corps_bureau_are_the_corps():
    # http://shnskfag.com/kpkt/498.html (自然资源部 财政部 生态环境部, 2020).
    text = ("各省、自治区、直辖市自然资源主管部门、财政厅(局)、生态环境厅(局),新疆生产建设兵团自然资源局、"
            "财政局、生态环境局:\n")
    assert depts(text, reference_date="2020-08-31") == [
        ("新疆生产建设兵团自然资源局", "新疆生产建设兵团自然资源局"),
        ("财政局", "新疆生产建设兵团财政局"), ("生态环境局", "新疆生产建设兵团生态环境局")]
    # https://0798ci.com/doc/69114.html (环办生态〔2019〕49号).
    text = "各省、自治区、直辖市生态环境厅(局)、自然资源主管部门,新疆生产建设兵团生态环境局、自然资源局:\n"
    assert depts(text, reference_date="2019-08-26")[-1] == ("自然资源局", "新疆生产建设兵团自然资源局")


def test_a_bare_bureau_after_a_provinces_bureau_stays_unlinked():
    # The Corps' rule does not spread to another division's list (no body the text does not name).
    found = depts("江苏省财政厅、财政局:\n", reference_date="2020-08-31")
    assert all(not (c or "").startswith("新疆生产建设兵团") for _, c in found)


def test_the_stationed_group_of_both_plates_is_one_unit():
    # https://big5.mot.gov.cn/... t20251017_4178386.html (交办规划函〔2025〕1920号): the 抄送 line.
    text = "(此件公開發佈)\n\n\n抄送:中央紀委國家監委駐交通運輸部紀檢監察組。\n"
    assert depts(text, units=True, reference_date="2025-10-14") == [
        ("中央紀委國家監委駐交通運輸部紀檢監察組", "中国共产党中央纪律检查委员会", "驻交通运输部纪检监察组")]
    # Named alone, the two plates stay two bodies.
    assert [d[1] for d in depts("抄送:中央纪委国家监委,交通运输部。", reference_date="2025-10-14")] == [
        "中国共产党中央纪律检查委员会", "中华人民共和国国家监察委员会", "交通运输部"]


def test_a_former_commission_in_full_with_the_states_name():
    # LawRefBook/Laws 部门规章/市场监督管理总局/明码标价和禁止价格欺诈规定(2022-04-14).md (市场监管总局令第56号),
    # Art. 27: the decree of the former commission, not its successor.
    text = ("第二十七条 本规定自2022年7月1日起施行。2000年10月31日原中华人民共和国国家发展计划委员会令第8号发布的"
            "《关于商品和服务实行明码标价的规定》同时废止。")
    assert depts(text, reference_date="2022-04-14") == [("中华人民共和国国家发展计划委员会", "国家发展计划委员会")]
