"""Guangzhou city and district policy pages, round-15 probe (gz15): real lines of published pages
(addresses in each test)."""

from __future__ import annotations

import govie


def _ents(text: str, label: str, attr: str) -> list[tuple[str, object]]:
    return [(e.text, e.attrs.get(attr)) for e in govie.extract(text).entities if e.label == label]


def test_a_police_notice_dated_with_a_latin_o_for_zero():
    # https://code.fabao365.com/law_581464.html (广州市公安局交通警察支队, 2012): the signature date
    # 二o一二年四月一日 is written with a lower-case Latin o; it dates the notice and its yearless days.
    text = ("广州市公安局交通警察支队关于第111届中国进出口商品交易会期间临时交通管制的通告 "
            "第111届中国进出口商品交易会(下称交易会)将于4月15日至19日分三期在琶洲会展中心举行。"
            "三、违反本通告的,由公安机关交通管理部门依法予以处理。 二o一二年四月一日")
    result = govie.extract(text)
    dates = [(e.text, e.attrs.get("value")) for e in result.entities if e.label == "DATE"]
    assert ("二o一二年四月一日", "2012-04-01") in dates
    assert ("4月15日至19日", "2012-04-15/2012-04-19") in dates
    assert result.meta["reference_date"] == "2012-04-01"


def test_dates_in_the_own_title_line_of_a_city_government_notice():
    # http://www.gz.gov.cn/zwgk/fggw/szfwj/content/post_7123483.html (广州市人民政府, 2021): the title
    # line, which the normalizer joins to the next, is the own title: its year is a DATE, no TITLE.
    text = ("当前位置: 首页 > 政务公开 > 法规公文 > 市政府文件\n\n"
            "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知\n\n"
            "  • 听全文\n  • 2021-03-05\n  • 来源: 广州市人民政府办公厅\n")
    assert ("2021年", "2021") in _ents(text, "DATE", "value")
    assert not _ents(text, "TITLE", "doc_type")


def test_a_plan_period_in_the_own_title_line_of_a_city_office_notice():
    # https://www.gz.gov.cn/zwgk/fggw/sfbgtwj/content/post_10577391.html (广州市人民政府办公厅, 2025)
    text = ("穗府办〔2025〕13号\n广州市人民政府办公厅关于印发广州市加快建设都市现代农业强市规划(2024—2035年)的通知\n"
            "各区人民政府,市政府各部门、各直属机构:\n"
            "《广州市加快建设都市现代农业强市规划(2024—2035年)》已经市人民政府同意,现印发给你们,请认真组织实施。"
            "实施中遇到问题,请径向市农业农村局反映。\n广州市人民政府办公厅\n2025年11月21日\n"
            "广州市加快建设都市现代农业强市规划\n(2024—2035年)\n目 录\n前 言\n规划依据\n第一章 发展环境\n一、基础优势\n"
            "(一)农产品稳产保供能力稳居全国超大城市第一梯队\n(二)都市现代农业发展水平跃居粤港澳大湾区前列\n"
            "(三)农业科技创新能力迈入全国第一方阵\n(四)乡村全面振兴持续走在全省最前列\n")
    dates = _ents(text, "DATE", "value")
    # the title line's and the heading's; the one in 《》 is inside its TITLE
    assert dates.count(("2024—2035年", "2024/2035")) == 2
    assert [t for t, _ in _ents(text, "TITLE", "doc_type")] == ["广州市加快建设都市现代农业强市规划(2024—2035年)"]


def test_a_baiyun_reply_numbered_suiyun_lists_district_bureaus():
    # https://www.by.gov.cn/zwgk/jyta/qrddbjyhzxtabljggk/content/post_7789945.html (白云区, 2021): 穗云农函
    # is a 白云区 number, so 区X局 are Baiyun's bodies; 区住房建设交通局 is one body, not the city's 交通局.
    text = ("A类\n穗云农函〔2021〕103号\n林信明代表:\n"
            "您提出的《关于在实施乡村振兴战略中推进产业兴旺的建议》(第94号)建议收悉。我区政府高度重视,积极组织"
            "区规划和自然资源分局、区科工商信局、区财政局、区住房建设交通局、区水务局、区城市管理执法局、"
            "区文化广电旅游体育局、区投资促进局、区供销联社、区土地开发中心、江高镇、人和镇、太和镇、钟落潭镇等单位认真研究办理。")
    depts = dict(_ents(text, "DEPT", "canonical"))
    assert depts["区政府"] == "广州市白云区人民政府"
    assert depts["区科工商信局"] == "广州市白云区科技工业商务和信息化局"
    assert depts["区住房建设交通局"] == "广州市白云区住房建设和交通局"
    assert depts["区城市管理执法局"] == "广州市白云区城市管理和综合执法局"
    assert depts["区供销联社"] == "广州市白云区供销合作社联合社"
    assert depts["区土地开发中心"] == "广州市白云区土地开发中心"
    assert "交通局" not in depts


def test_a_huadu_office_sends_its_rules_to_the_district_farm_and_forestry_bureau():
    # https://www.gz.gov.cn/gfxwj/qjgfxwj/hdq/qfb/content/post_5489098.html (花都区, 2018)
    text = ("花府办规〔2018〕1号\n\n广州市花都区人民政府办公室关于印发花都区农村财务会计管理办法的通知\n\n"
            "各镇(街)政府(办事处),区农林局、财政局:\n\n"
            "《花都区农村财务会计管理办法》业经区政府同意,现印发给你们,请遵照执行。"
            "执行过程中如遇问题,请径向区农财办(设在区农林局)反映。")
    depts = _ents(text, "DEPT", "canonical")
    assert depts.count(("区农林局", "广州市花都区农林局")) == 2
    assert ("财政局", "广州市花都区财政局") in depts


def test_development_zone_bodies_written_one_after_another():
    # http://www.ys-ysy.com/policyshow.aspx?a=601 (广州市黄埔区科学技术局, 2020): issuers separated by
    # spaces; the zone's party committee, its 管委会 and its 科技创新局 are bodies of their own.
    text = ("广州市黄埔区科学技术局  广州开发区科技创新局\n\n"
            "第一条 根据中共广州市黄埔区委 中共广州开发区工委 广州市黄埔区人民政府 广州开发区管委会"
            "《关于大力支持民营及中小企业发展壮大的若干措施》(穗埔字〔2018〕12号),结合本区实际,制定本实施细则。")
    depts = [t for t, _ in _ents(text, "DEPT", "canonical")]
    assert depts == ["广州市黄埔区科学技术局", "广州开发区科技创新局", "中共广州市黄埔区委", "中共广州开发区工委",
                     "广州市黄埔区人民政府", "广州开发区管委会"]
