"""The document record of policy pages, round-15 probe (meta27): reference date, signature date,
validity and issuer of 通告, 通知 and rules on portals and law sites (real lines; addresses in
each test)."""

from __future__ import annotations

import govie


def _meta(text: str) -> dict:
    return govie.extract(text, model=None).meta


def test_a_notice_is_dated_by_its_signature_not_by_the_day_its_measure_starts():
    # http://bentleyatnorthminster.com/2021/1020/53282.shtml (保山新闻网 copy of the 保山管护局 通告, 2021):
    # the closure starts on 20 October; the notice is signed on 18 October.
    text = ("高黎贡山国家级自然保护区保山片区实行封闭管理通告\n"
            "为进一步加强资源保护管理工作，经保山市人民政府同意，决定对高黎贡山国家级自然保护区保山片区实行封闭管理。现通告如下：\n"
            "一、自2021年10月20日00:00至2022年12月31日24:00，对高黎贡山国家级自然保护区保山段全段实行封闭管理，"
            "任何单位和个人未经批准不得进入保护区。\n"
            "以上公告望社会公众予以谅解和支持。\n"
            "高黎贡山国家级自然保护区保山管护局\n"
            "2021年10月18日\n")
    meta = _meta(text)
    assert meta["doc_date"] == "2021-10-18"
    assert meta["reference_date"] == "2021-10-18"


def test_a_reposted_notice_dates_its_yearless_days_by_its_signature_not_by_the_page():
    # http://jwbk.com/news/331098.html (茂名市农业农村局 通告, signed 2021, reposted 2022-09-10)
    # The signature stands past the head (600 characters), where the page's date comes first.
    text = ("见闻百科,有趣实用的生活常识!\n\n手机版\n\n有趣实用的生活常识!\n\n"
            "当前位置:首页 > 社会热点\n\n茂名禁渔期是什么时候(茂名休渔期什么时候结束)\n"
            "时间:2022-09-10人气:作者: 佚名\n"
            "茂名禁渔期是什么时候(茂名休渔期什么时候结束)\n"
            "  为顺利开展我市珠江禁渔期工作,2月28日,茂名市农业农村局发布《关于实施茂名市珠江禁渔期制度的通告》。"
            "通告明确要求3月1日0时至6月30日24时,我市属于珠江支流西江水系的罗定江和重要独立入海河流的鉴江干流,"
            "除休闲渔业、娱乐性垂钓外,在规定的禁渔区和禁渔期内,禁止所有捕捞作业。\n"
            "  通告全文如下\n"
            "关于实施茂名市珠江禁渔期制度的通告\n"
            "为顺利开展我市珠江禁渔期工作,特通告如下:\n"
            "一、禁渔水域范围\n"
            "我市属于珠江支流西江水系的罗定江和重要独立入海河流的鉴江干流。\n"
            "二、禁渔时间\n"
            "3月1日0时至6月30日24时。\n"
            "三、禁止作业方式\n"
            "除休闲渔业、娱乐性垂钓外,在规定的禁渔区和禁渔期内,禁止所有捕捞作业。\n"
            "四、违法处罚\n"
            "违反禁渔期相关规定的按照《中华人民共和国渔业法》依法处理。严惩电鱼、毒鱼、炸鱼等非法捕捞活动,"
            "违法情节严重构成犯罪的依法追究刑事责任。对涉黑涉恶的违法捕捞行为,渔业执法部门将联合公安机关从重从严进行打击。\n"
            "五、举报投诉电话\n"
            "欢迎社会各界和人民群众对珠江禁渔期制度执行情况进行监督,举报投诉电话:0668-2876608。\n" +
            "特此公告\n"
            "茂名市农业农村局\n"
            "2021年2月28日\n")
    result = govie.extract(text, model=None)
    assert result.meta["reference_date"] == "2021-02-28"
    dates = [(e.text, e.attrs.get("value")) for e in result.entities if e.label == "DATE"]
    assert ("2月28日", "2021-02-28") in dates
    assert ("3月1日0时至6月30日24时", "2021-03-01/2021-06-30") in dates


def test_the_signature_wins_over_the_portals_posting_date():
    # http://zjkyx.gov.cn/govaffair/content.jsp?code=746899294/2020-34839 (蔚县, 2020): 发文日期 is
    # the day the portal posted it (05-07); the notice is signed 2020年4月23日.
    text = ("索 引 号:746899294/2020-34839 主题分类:应急管理\n"
            "发布机构:政府办, 发文日期:2020年05月07日\n"
            "名    称:蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知\n"
            "文    号:蔚政办字〔2020〕43号 主 题 词:\n"
            "蔚县人民政府办公室关于印发《蔚县突发公共卫生事件应急预案》的通知\n"
            "蔚政办字〔2020〕43号\n"
            "各乡(镇)人民政府,县直各部门:\n"
            "  《蔚县突发公共卫生事件应急预案》已经县政府研究同意,现印发给你们,请认真遵照执行。\n"
            "                         蔚县人民政府办公室\n"
            "                             2020年4月23日\n"
            "  蔚县突发公共卫生事件应急预案\n")
    meta = _meta(text)
    assert meta["doc_date"] == "2020-04-23"
    assert meta["reference_date"] == "2020-04-23"


def test_portal_validity_fields_and_posting_date_without_a_signature():
    # http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html (太湖县, 2019)
    text = ("索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n"
            "信息分类: 通知   发布机构: 太湖县人民政府办公室\n"
            "生成日期: 2019-01-23 文号:\n"
            "发文日期: 2019-01-23 生效时间: 2019-01-23\n"
            "废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n"
            "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n"
            "各乡、镇人民政府,县政府各部门、各直属机构:\n"
            "  《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。\n")
    meta = _meta(text)
    assert meta["effective"] == "2019-01-23"
    assert meta["expires"] == "2020-01-23"
    assert meta["doc_date"] == "2019-01-23"  # no signature here: the portal's 发文日期 stands


def test_a_page_clock_dates_no_document():
    # https://slj.suining.gov.cn/survey/dda4e47c6afa370491941386a4dd12c6.html (遂宁, 2019)
    text = ("今天是:2025年12月06日\n遂宁市水利局\n征集调查\n"
            "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函\n"
            "市直有关部门: 为切实做好防汛减灾工作,按照市政府安排部署,市防汛办修订完善形成了《遂宁市防汛应急预案(征求意见稿)》。"
            "请各单位结合部门职能职责,于6月18日(星期二)上午下班前,将修改意见反馈至市防汛办。\n")
    meta = _meta(text)
    assert meta["reference_date"] != "2025-12-06"
    assert meta["doc_date"] is None


def test_a_law_site_page_dated_and_issued_under_its_title():
    # http://law957.infoeach.com/view-OTU3fDE5ODA0.html (国家海洋局, 1999) and
    # http://law245.infoeach.com/view-MjQ1fDYyNDM3.html (湖南省人大常委会, 1994)
    head = "时间:2024-07-09 20:26:51 来源: 法律资料网 作者:法律资料网 阅读:8081\n下载地址: 点击此处下载\n\n"
    ocean = _meta("海洋预报业务管理暂行规定\n\n" + head + "海洋预报业务管理暂行规定\n\n国家海洋局\n\n\n"
                  "海洋预报业务管理暂行规定\n1999年7月13日,国家海洋局\n\n\n第一章 总则\n"
                  "第一条 为充分发挥海洋预报系统的整体效益,特制订本规定。\n")
    assert (ocean["doc_date"], ocean["reference_date"]) == ("1999-07-13", "1999-07-13")
    assert ocean["doc_issuers"] == ["国家海洋局"]
    title = "湖南省人民代表大会常务委员会制定地方性法规程序的规定"
    hunan = _meta(title + "\n\n" + head + title + "\n\n湖南省人大常委会\n\n\n" + title + "\n湖南省人大常委会\n\n\n"
                  "(1994年1月17日湖南省第八届人民代表大会常务委员会第六次会议通过 1994年2月1日起施行)\n\n"
                  "第一章 总 则\n第一条 为了使制定地方性法规的程序科学化、规范化,结合本省实际,制定本规定。\n")
    assert (hunan["doc_date"], hunan["effective"]) == ("1994-01-17", "1994-02-01")
    assert hunan["doc_issuers"] == ["湖南省人民代表大会常务委员会"]


def test_a_city_body_under_its_provinces_name_and_a_year_typed_with_zeros():
    # http://law356.infoeach.com/view-MzU2fDExMTg5.html (厦门市人民政府, 2002) and
    # http://law318.infoeach.com/view-MzE4fDY1NjEy.html (武汉市人民政府, 二00五年六月十七日)
    xiamen = _meta("厦门市新型墙体材料管理规定(2002年)\n\n福建省厦门市人民政府\n\n\n厦门市新型墙体材料管理规定\n\n"
                   "  第一条为推进本市墙体材料革新和建筑节能工作,制定本规定。\n"
                   "  原有生产实心粘土砖的企业应积极进行技术改造。自2003年9月1日起,全市禁止生产实心粘土砖。\n")
    assert xiamen["doc_issuers"] == ["厦门市人民政府"]
    assert xiamen["reference_date"] != "2003-09-01"  # the day a ban starts is no issue date
    wuhan = _meta("关于批转武汉市高级中等学校招生统一考试管理规定的通知\n\n武政〔2005〕32 号\n\n"
                  "各区人民政府,市人民政府各部门:\n\n"
                  "市人民政府同意市教育局修订的《武汉市高级中等学校招生统一考试管理规定》,现转发给你们,请遵照执行。\n\n"
                  "武汉市人民政府\n\n二00五年六月十七日\n\n武汉市高级中等学校招生统一考试管理规定\n\n"
                  "(原市教委于 1998 年 5 月 21 日拟订2005 年 6 月 17 日修订)\n")
    assert (wuhan["doc_date"], wuhan["reference_date"]) == ("2005-06-17", "2005-06-17")
