"""Provincial and national policy notices on all layers (probe full44p): a deadline's verb after 前,
a letter-spaced attachment label, an opinion's own 提出如下意见, a provincial document's
bare 市人民政府 among its addressees, and 祖国北疆."""
from govie.pipeline import extract

GD = ("各有关单位:\n为全面了解我省科研单位承担国家重大科技类项目情况,研究建立国家和省级财政科技资金协同支持机制,"
      "现对省内科研单位2021年以来获国家立项支持的国家重大科技类项目有关情况进行摸查,请认真填写有关情况调查表(附件),"
      "并于6月17日前提交。\n请予大力支持。\n联系人:钟士岗,电话:020-83163876\n"
      "附 件:省内科研单位参与国家重大科技类项目有关情况调查表\n省科技厅\n2022年6月10日\n")


def spans(text: str, label: str, **kw) -> list[str]:
    return [e.text for e in extract(text, model=None, **kw).entities if e.label == label]


def test_deadline_verb_after_qian():
    # 广东省科技厅 2022-06-10 (http://gdstc.gd.gov.cn/zwgk_n/tzgg/content/post_3948204.html).
    doc = extract(GD, model=None)
    dates = {e.text: e.attrs.get("value") for e in doc.entities if e.label == "DATE"}
    assert dates["6月17日前"] == "2022-06-17"
    # 前提 as a premise stays outside a date.
    assert "2024年前提" not in spans("在2024年前提下的安排不变。", "DATE")


def test_letter_spaced_attachment_label():
    assert "省内科研单位参与国家重大科技类项目有关情况调查表" in spans(GD, "TITLE")


def test_opinion_issues_itself_without_xian():
    # 鄂政发〔2018〕26号 (http://chaincenturyfinance.com/tzgg/2421.html), simplified here.
    text = ("省人民政府关于\n进一步优化营商环境的若干意见\n鄂政发〔2018〕26号\n各市、州、县人民政府,省政府各部门:\n"
            "为深入贯彻党中央、国务院关于优化营商环境的决策部署,结合我省实际,提出如下意见。\n一、总体要求\n")
    acts = extract(text, model=None).activities
    assert [(a.trigger["text"], a.type) for a in acts] == [("提出", "publication")]


def test_report_proposals_stay_no_issuance():
    # A report's 提出以下建议 is its speech, not a document's issuance.
    text = "2023年政府工作报告\n各位代表:\n对今年的政府工作,提出以下建议。\n"
    assert all(a.trigger["text"] != "提出" for a in extract(text, model=None).activities)


def test_provincial_bare_city_government_is_a_class():
    # 内政发〔2024〕19号 (https://fixedeals.com/policy/policyDetail/13131).
    text = ("内蒙古自治区人民政府\n关于印发《内蒙古自治区公共数据管理暂行办法》的通知\n内政发〔2024〕19号\n"
            "盟行政公署、市人民政府,自治区各委、办、厅、局,各大企业、事业单位:\n"
            "现将《内蒙古自治区公共数据管理暂行办法》印发给你们,请结合实际,认真遵照执行。\n2024年6月4日\n")
    assert spans(text, "DEPT") == ["内蒙古自治区人民政府"]


def test_municipality_bare_city_body_stays():
    # A municipality's 市 is its own: 市商务委 in a 重庆市 notice is 重庆市商务委员会.
    text = "重庆市人民政府办公厅关于促进消费的通知\n渝府办发〔2022〕1号\n各区县人民政府:\n请市商务委牵头做好相关工作。\n"
    depts = {e.text: e.attrs.get("canonical") for e in extract(text, model=None).entities if e.label == "DEPT"}
    assert depts.get("市商务委") == "重庆市商务委员会"


def test_figurative_homeland_region_is_no_place():
    # 国发〔2023〕16号 (http://imasd-velecdom.com/prestashop/show.aspx?ES=41ht5.html); the model's LOC too.
    text = "把内蒙古建设成为我国北方重要生态安全屏障、祖国北疆安全稳定屏障。"
    from govie.taggers.entities import drop_unnamed
    from govie.types import Mention
    i = text.index("北疆")
    kept = drop_unnamed(text, [Mention(label="LOC", start=i, end=i + 2, source="model")])
    assert kept == []
    assert "北疆" not in spans(text, "LOC")
