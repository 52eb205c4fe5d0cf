"""PERSON by rules in commendation lists, appointment lists and meeting news (probe person34)."""
import govie


def _persons(text):
    return [m.text for m in govie.extract(text, model=None).entities if m.label == "PERSON"]


def test_name_space_unit_in_commendation_list():
    # http://www.hnngd.org.cn/content/2025/04/04/10249.html
    text = ("【全国卫生健康系统先进工作者】：周迪军 农工党岳阳市人民医院总支主委、岳阳市人民医院大内科主任兼内分泌科主任\n"
            "4.永州市疾病预防控制中心急性传染病防治科（李作超 永州市疾病预防控制中心急性传染病控制科科长）")
    assert _persons(text) == ["周迪军", "李作超"]


def test_appointment_heading_on_its_own_line():
    # http://m.fanchengnews.com/p/5412.html
    text = "决定任命：\n余兴军为樊城区人民政府副区长。"
    assert _persons(text) == ["余兴军"]


def test_group_and_trade_titles():
    # http://hsszxw.gov.cn/zyhy/cwh/202312/t20231229_1084920.html
    assert _persons("会上，市领导董国平通报2023年我市经济社会发展情况。") == ["董国平"]
    # https://m.yybnet.net/fuyang/jieshou/201804/7263225.html
    assert "贾亮" in _persons("入选名单的有：安徽江淮汽车集团股份有限公司阜阳分公司技术员贾亮、安徽省阜阳市界首市气象局副局长丁鹤鸣。")
    # https://www.tlfybj.com/YYDT/info.aspx?itemid=2196
    assert _persons("院领导班子分别为一等奖获得者汤多军；二等奖获得者汪洪水、周令、武琼薇等3人。")[:2] == ["汤多军", "汪洪水"]


def test_common_words_after_group_titles_are_no_names():
    assert _persons("市领导干部，要带头学习。获得者名单见附件。县领导班子成员参加会议。") == []
