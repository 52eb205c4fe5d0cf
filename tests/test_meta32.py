"""Records of prefecture and county policy pages, round-19 probe (meta32): joint issuers stacked
above the number and signed above a tagged date, a page heading over the notice's own title, a law
site's 【制定机关】 record, a portal's 有效期 field, an imprint line as the only date, a party
committee's department as a joint issuer, and a page's 【字体: menu item (real lines; addresses in
each test)."""

from __future__ import annotations

import govie


def _meta(text: str) -> dict:
    return govie.extract(text, model=None).meta


CHANGDE = (
    # http://www.caipiaogame.com/mzdt/tzgg/content_78176154 (湖南 常德, joint 通告 2025)
    "常德市关于加强殡葬管理工作的通告\n彩票游戏\n常德市公安局\n常德市自然资源和规划局\n常德市住房和城乡建设局\n"
    "常德市卫生健康委员会\n常德市市场监督管理局\n常德市城市管理和综合执法局\n常德市林业局\n常德市民族宗教事务局\n"
    "常民发〔2025〕16号\n常德市关于加强殡葬管理工作的通告\n"
    "为深化殡葬改革,维护群众合法权益,规范殡葬服务秩序,依据《殡葬管理条例》等法律法规及相关政策要求,"
    "现就加强全市殡葬管理有关事宜通告如下:\n一、严禁违规土葬。禁止私自转运应火化遗体进行土葬。\n"
)

XIAN = (
    # http://yunnanlong.com/c/3319858_2.html (陕西 西安, joint 通告 2022, on a mirror)
    "十一、各郊区县、西咸新区可根据辖区交通实际,按照此限行规则发布相关区域限行通告 。\n特此通告\n"
    "西安市公安局交通管理局\n西安市生态环境局\n西安市交通运输局\n"
    "【机动车年检新规定2022 机动车新规定2022】2022年11月10日\n\n推荐阅读\n"
)

ZHOUKOU = (
    # https://www.jendow.com.tw/wiki/周口市規範性檔案管理規定 (河南 周口 周政〔2011〕53號, 2011)
    "周口市規範性檔案管理規定\n\n第十一條 第二十一條 第三十一條\n\n周口市人民政府通知\n\n"
    "周口市人民政府關於印發周口市規范性檔案管理規定的通知\n周政〔2011〕53號\n"
    "各縣(市、區)人民政府,市人民政府各部門:\n現將《周口市規範性檔案管理規定》印發給你們,請認真遵照執行。\n"
    "周口市人民政府\n二○一一年七月二十八日\n"
)

XIANGXIANG = (
    # https://www.360docs.net/doc/5310156739.html (湖南 湘乡 湘乡政通〔2020〕3号)
    "关于禁止露天焚烧秸秆的通告(2020)\n湘乡市人民政府关于禁止露天焚烧秸秆和产生有毒有害烟尘恶臭气体物质的通告\n\n"
    "文章属性\n•【制定机关】湘乡市人民政府\n•【公布日期】2020.06.03\n•【字号】湘乡政通〔2020〕3号\n"
    "•【施行日期】2020.06.03\n•【效力等级】地方规范性文件\n正文\n"
    "现将有关事项通告如下:\n一、本市行政区域内禁止任何单位和个人露天焚烧秸秆和产生有毒有害烟尘恶臭气体的物质。\n"
    "六、本通告自发布之日起施行。\n湘乡市人民政府\n2020年6月3日。\n"
)

SHAODONG = (
    # http://www.shaodong.gov.cn/shaodong/gfwjk/202112/60a3cc9c004e4f97811cc090cf568f14.shtml (湖南 邵东 2017)
    "邵东县人民政府关于禁止露天焚烧农作物秸秆的通告\n\n"
    "文件名称: 邵东县人民政府关于禁止露天焚烧农作物秸秆的通告\n"
    "索引号: 4305210003/2021-55913 文件编号: 邵政发〔2017〕31号\n"
    "公开目录: 市政府规范性文件 公开责任部门: 邵东市\n发文日期: 2017-05-26 公开形式: 主动公开\n"
    "生效日期 : 2017-05-26 有效期: 2022-05-25 23:59:59\n\n\n邵政发〔2017〕31号\n\n邵东县人民政府\n\n"
    "关于禁止露天焚烧农作物秸秆的通告\n\n"
    "为防治大气污染,保护生态环境,经县人民政府同意,现就禁止露天焚烧农作物秸秆有关事项通告如下:\n"
)

GUIDONG = (
    # https://www.tuliu.com/read-64903.html (湖南 桂东 桂政通〔2017〕6号)
    "桂政通〔2017〕6号\n\n桂东县人民政府\n\n关于禁止露天焚烧秸秆的通告\n\n"
    "为切实做好秸秆禁烧工作,改善城乡生态环境,县人民政府决定在全县范围内禁止露天焚烧秸秆,现将有关事项通告如下:\n\n"
    "一、本县行政区域内禁止任何单位和个人露天焚烧秸秆。\n\n本通告自发布之日起施行。\n\n"
    "桂东县人民政府办公室2017年5月27日印发\n\n85%的人还看了\n"
)

CHENGDU = (
    # https://lr5.cn/2024/08/07/47893.html (四川 成都, joint notice 2024)
    "成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 "
    "关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知\n\n"
    "各区(市)县政府(管委会),市级有关部门,有关单位:\n\n"
    "经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实.\n"
)

GUANGSHUI = (
    # http://drf22.com/zwgk/zc/zfbwj_9827/gzf_zggsw/202312/t20231229_1183241.shtml (湖北 广水 广政發〔2023〕10號)
    "發(fā)文字號(hào)\n廣政發(fā)〔2023〕10號(hào)\n發(fā)布日期\n2023-12-22\n"
    "廣水市人民政府關(guān)于實(shí)施全域火葬的通告\n  • 發(fā)布時(shí)間:2023-12-22\n"
    "  • 信息來源:廣水市人民政府\n  • 【字體:\n\n"
    "現(xiàn)就我市實(shí)施全域火葬有關(guān)事項(xiàng)通告如下。\n"
)


def test_joint_masthead_above_the_number_gives_every_issuer():
    meta = _meta(CHANGDE)
    assert meta["docno"] == "常民发〔2025〕16号"
    assert meta["doc_issuers"][:2] == ["常德市公安局", "常德市自然资源和规划局"]
    assert len(meta["doc_issuers"]) == 8 and meta["doc_issuers"][-1] == "常德市民族宗教事务局"


def test_signature_date_behind_a_mirror_tag():
    meta = _meta(XIAN)
    assert meta["doc_issuers"] == ["西安市公安局交通管理局", "西安市生态环境局", "西安市交通运输局"]
    assert meta["doc_date"] == "2022-11-10"


def test_page_heading_yields_to_the_notice_title():
    meta = _meta(ZHOUKOU)
    assert meta["title"] == "周口市人民政府关于印发周口市规范性档案管理规定的通知"
    assert meta["doc_date"] == "2011-07-28"


def test_law_site_bracket_record_and_a_signature_date_with_a_stop():
    meta = _meta(XIANGXIANG)
    assert meta["title"] == "湘乡市人民政府关于禁止露天焚烧秸秆和产生有毒有害烟尘恶臭气体物质的通告"
    assert meta["docno"] == "湘乡政通〔2020〕3号"
    assert meta["doc_issuers"] == ["湘乡市人民政府"]
    assert (meta["doc_date"], meta["effective"]) == ("2020-06-03", "2020-06-03")


def test_portal_validity_field_is_the_last_day():
    meta = _meta(SHAODONG)
    assert (meta["effective"], meta["expires"]) == ("2017-05-26", "2022-05-25")
    assert meta["doc_issuers"] == ["邵东县人民政府"]


def test_imprint_line_dates_an_unsigned_notice():
    meta = _meta(GUIDONG)
    assert meta["doc_issuers"] == ["桂东县人民政府"]  # the office that printed it is not the issuer
    assert (meta["doc_date"], meta["effective"]) == ("2017-05-27", "2017-05-27")


def test_party_committee_department_takes_the_full_committee_name():
    meta = _meta(CHENGDU)
    assert meta["doc_issuers"] == ["成都市发展和改革委员会", "中共成都市委员会社会工作部", "成都市规划和自然资源局",
                                   "成都市住房和城乡建设局"]


def test_font_menu_item_is_no_addressee():
    meta = _meta(GUANGSHUI)
    assert meta["addressees"] is None
    assert meta["title"] == "广水市人民政府关于实施全域火葬的通告"
