"""Probe dept63p: DEPT in prefecture documents of 河北-新疆 provinces less probed (山西, 江西, 甘肃, 内蒙古, 辽宁)."""
import govie


def _depts(text, date):
    out = govie.extract(text, reference_date=date, model=None).to_dict()
    return [(e["text"], e.get("canonical")) for e in out["entities"] if e["label"] == "DEPT"]


# http://law406.infoeach.com/view-NDA2fDQ1NzI0.html (吉安市人民政府办公室, 吉府发〔2003〕37号)
JIAN = ("江西省吉安市人民政府办公室关于印发吉安市市本级政务公开工作实施细则的通知\n(吉府发〔2003〕37号)\n市政府各部门,市直各单位:\n"
        "现将《吉安市市本级政务公开工作实施细则》印发给你们,请遵照执行。各部门、各单位要按照本《实施细则》要求,"
        "制定更具体、更明确、更有操作性的政务公开工作实施细则,并于2004年1月10日前报送市政务公开工作领导小组办公室。")

# https://ktxppj.com/html/.xzxk201109t20110909_499785.html (九江市 notice, 2011)
JIUJIANG = ("各县(市、区)人民政府,庐山管理局,九江经济技术开发区、共青城开发区管委会,云居山—柘林湖风景名胜区管委会,"
            "市政府各部门,市直及驻市各单位:\n而我市政府办公厅《关于印发九江市创建国家园林城市及省生态园林城市实施方案的通知》"
            "九府厅发〔2010〕56号")


def test_group_office_of_open_government_whole_name():
    # 政务公开 is the group's programme: 开 does not cut the name; 报送 before it is no part of it.
    depts = _depts(JIAN, "2003-12-04")
    assert ("市政务公开工作领导小组办公室", "吉安市政务公开工作领导小组办公室") in depts
    assert not [d for d in depts if d[0] == "工作领导小组办公室"]
    for text, want in (("请于月底前报送县政务公开领导小组办公室备案。", "县政务公开领导小组办公室"),
                       ("将有关工作台帐报市百日整治行动领导小组办公室备案", "市百日整治行动领导小组办公室")):
        assert want in [d[0] for d in _depts(text, "2020-01-01")], text


def test_dash_joined_scenic_site_committee():
    depts = _depts(JIUJIANG, "2011-09-09")
    names = [d[0] for d in depts]
    assert "云居山—柘林湖风景名胜区管委会" in names
    assert "柘林湖风景名胜区管委会" not in names
    # Its official name is not composed (no registry lists it): null, not a wrong body.
    assert dict(depts)["云居山—柘林湖风景名胜区管委会"] is None
    assert ("市政府办公厅", "九江市人民政府办公厅") in depts
