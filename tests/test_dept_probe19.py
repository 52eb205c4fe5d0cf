"""DEPT in national notices of ministries and the State Council, round-12 probe (dept19n): real lines
of published pages (addresses in each test)."""

from __future__ import annotations

import govie


def _depts(text: str, reference_date: str | None = None, model: object = None) -> list[tuple[str, str | None, str | None]]:
    kwargs = {} if model == "bundled" else {"model": None}
    return [(e.text, e.attrs.get("canonical"), e.attrs.get("unit"))
            for e in govie.extract(text, reference_date=reference_date, **kwargs).entities if e.label == "DEPT"]


def test_a_name_on_the_line_after_a_bank_in_a_signature_block_is_linked():
    # http://www.zrcfjt.com/article/36/951.html (国数政策〔2023〕11号, 17 bodies signing): 金融监管总局
    # under 中国人民银行 was taken as glued to the bank's name and left null.
    text = "国家卫生健康委\n应 急 管 理 部\n中国人民银行\n金融监管总局\n国 家 医 保 局\n\n2023年12月31日"
    assert ("金融监管总局", "国家金融监督管理总局", None) in _depts(text, "2023-12-31")


def test_a_ministry_on_the_line_after_another_in_a_joint_signature_is_linked():
    # http://law476.infoeach.com/view-NDc2fDYwNTI4.html (财税〔2002〕59号): 财政部 on the line after
    # 国家税务总局 was left null.
    text = "财政部 国家税务总局\n\n\n财政部 国家税务总局关于发行福利彩票有关税收问题的通知\n\n2002年4月23日 财税〔2002〕59号"
    assert [d for d in _depts(text, "2002-04-23") if d[0] == "财政部"] == [("财政部", "财政部", None)] * 2


def test_a_post_between_an_office_and_a_bureau_is_no_unit():
    # https://culturechina.cn/wenyu/147414.html (国办函〔2022〕33号): 中央办公厅副主任兼秘书局 was one
    # span with the unit 副主任兼秘书局.
    text = "成员:\n王浩 浙江省省长\n孔绍逊 中央办公厅副主任兼秘书局局长\n吕岩松 中央宣传部副部长"
    assert _depts(text, "2022-03-07")[:2] == [("中央办公厅", "中共中央办公厅", None),
                                             ("中央宣传部", "中共中央宣传部", None)]


def test_a_ministry_bureau_is_still_its_unit():
    text = "商务部贸易救济调查局发布公告"
    assert ("商务部贸易救济调查局", "商务部", "贸易救济调查局") in _depts(text, "2020-01-01")


def test_the_organizing_committee_of_numbered_games_is_a_body():
    # https://culturechina.cn/wenyu/147414.html (国办函〔2022〕33号): no registry body, so null.
    text = "苟仲文 体育总局局长、第19届亚运会组委会主席、第4届亚残运会组委会主席"
    assert _depts(text, "2022-03-07") == [("体育总局", "国家体育总局", None),
                                          ("第19届亚运会组委会", None, None),
                                          ("第4届亚残运会组委会", None, None)]


def test_an_addressee_list_opened_by_youguan_sheng_is_a_class():
    # https://www.54sdr.cn/wap/view?id=5fe15320e4b0d344e2821c7e (财教〔2020〕191号): 教育厅 of
    # 有关省、自治区、直辖市财政厅(局)、教育厅(局、教委) was marked as the document's own body.
    text = "有关省、自治区、直辖市财政厅(局)、教育厅(局、教委): 为加快预算执行进度,提高预算编制的完整性"
    assert _depts(text, "2020-10-30") == []


def test_the_government_of_a_website_name_is_no_body():
    # https://epaper.neamco.com/gmrb/html/2013-07/09/nw.D110000gmrb_20130709_1-03.htm (光明日报 2013):
    # the model marked 中国政府 of 中国政府网.
    text = "新华社北京7月8日电 根据中国政府网8日发布的消息,国办近日发出通知"
    assert _depts(text, "2013-07-08", model="bundled") == [("国办", "国务院办公厅", None)]
