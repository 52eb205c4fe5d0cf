"""DEPT in prefecture- and county-level documents, round-10 probe (dept13c): real lines of
published county pages (addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts as _depts


def test_a_county_cppcc_committee_with_its_term_is_one_body():
    # http://www.kmszx.gov.cn/c/2026-02-09/5056647.shtml (宜良县, Yunnan, 2026): the session news
    # names the committee 政协 + county + term + 委员会, as 沧源佤族自治县's does (next test).
    text = "2月8日上午，政协宜良县第十届委员会第五次会议在宜良会堂开幕。"
    assert ("政协宜良县第十届委员会", "中国人民政治协商会议宜良县委员会") in _depts(text)


def test_the_full_name_of_a_county_cppcc_committee_with_its_term():
    # https://www.cangyuan.gov.cn/info/1023/164982.htm (沧源佤族自治县, Yunnan, 2025).
    text = "2月22日下午，中国人民政治协商会议沧源佤族自治县第十四届委员会第四次会议在县委报告厅隆重开幕。"
    assert ("中国人民政治协商会议沧源佤族自治县第十四届委员会", "中国人民政治协商会议沧源佤族自治县委员会") in _depts(text)


def test_the_standing_committee_of_a_county_cppcc_committee():
    # http://www.kmszx.gov.cn/c/2026-02-09/5056647.shtml; 沧源 writes the same (代表政协沧源佤族自治县
    # 第十四届委员会常务委员会向大会报告工作). Named as the registry names the national one.
    text = "县政协党组书记、主席李锦昌代表政协宜良县第十届委员会常务委员会作工作报告。"
    assert ("政协宜良县第十届委员会常务委员会", "中国人民政治协商会议宜良县委员会常务委员会") in _depts(text)


def test_a_bare_county_cppcc_with_its_standing_committee():
    # https://www.cangyuan.gov.cn/info/1023/164982.htm (沧源佤族自治县 2025).
    text = "县政协主席李文明代表政协沧源佤族自治县第十四届委员会常务委员会向大会报告工作。\n一年来，县政协常委会坚持以习近平新时代中国特色社会主义思想为指导。"
    assert ("县政协常委会", "中国人民政治协商会议沧源佤族自治县委员会常务委员会") in _depts(text)


def test_the_national_cppcc_committee_keeps_its_record():
    # sc-report-1959 (readable) names 中国人民政治协商会议全国委员会; the national standing committee
    # is a registry record of its own.
    assert ("中国人民政治协商会议全国委员会", "中国人民政治协商会议全国委员会") in _depts(
        "我们相信，中国人民政治协商会议全国委员会的会议。")
    assert ("全国政协常委会", "中国人民政治协商会议全国委员会常务委员会") in _depts("全国政协常委会召开会议。")


def _division(text: str) -> str | None:
    return (govie.extract(text).meta.get("division") or {}).get("name")


def test_a_town_report_is_its_countys_document():
    # https://gcs66.com/document_detail/41304.html (庄墓镇 of 长丰县, Anhui, 2021 report): the town is
    # no division; the county it lies in is the document's, so 县委县政府 are 长丰县's.
    text = ("——在庄墓镇第十二届人民代表大会第一次会议上\n镇党委副书记、镇长 黄 剑\n各位代表:\n"
            "现在,我代表庄墓镇人民政府向大会报告工作,请各位代表予以审议,并请列席会议的同志提出宝贵意见。\n"
            "一年来,我们坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻县委县政府各项决策部署,在镇党委的坚强领导下,"
            "牢牢把握“水乡古镇”资源禀赋。")
    assert _division(text) == "长丰县"
    assert ("县委", "中共长丰县委员会") in _depts(text)


def test_a_town_plan_signed_by_the_town_is_its_countys_document():
    # https://www.kq.gov.cn/art/2024/3/26/art_1229443512_4142613.html (王坛镇 of 绍兴市柯桥区, 2024
    # plan): 发布机构 and 信息来源 name the town; the text names 柯桥 only inside 柯桥打造… (read as 浙江省).
    text = ("发布机构: 王坛镇 发文日期: 2024-03-26\n王坛镇2024年工作计划\n信息来源:王坛镇\n"
            "2024年是中华人民共和国成立75周年,也是浙江“勇当先行者、谱写新篇章”、柯桥打造现代化国际纺都的再出发之年,"
            "更是王坛镇奋力打造“水源保护地绿色共富新高地”突破之年。站在新征程上,我镇将继续高举习近平新时代中国特色社会主义思想伟大旗帜。\n"
            "接下来,我们将紧紧围绕区委、区政府的总体要求,紧密结合镇党委的工作部署,重点做好以下方面工作。")
    assert _division(text) == "绍兴市柯桥区"
    assert ("区委", "中共绍兴市柯桥区委员会") in _depts(text)


def test_a_publisher_department_field_names_the_town_as_the_other_labels_do():
    # The same page with its fields labelled 发布部门 (as wuxi.gov.cn labels them; probe dept31c): one list of
    # publisher labels for every reader, so the town places the plan as under 发布机构 and 信息来源.
    text = ("发布部门: 王坛镇 发文日期: 2024-03-26\n王坛镇2024年工作计划\n发布部门:王坛镇\n"
            "2024年是中华人民共和国成立75周年,也是浙江“勇当先行者、谱写新篇章”、柯桥打造现代化国际纺都的再出发之年,"
            "更是王坛镇奋力打造“水源保护地绿色共富新高地”突破之年。站在新征程上,我镇将继续高举习近平新时代中国特色社会主义思想伟大旗帜。\n"
            "接下来,我们将紧紧围绕区委、区政府的总体要求,紧密结合镇党委的工作部署,重点做好以下方面工作。")
    assert _division(text) == "绍兴市柯桥区"
    # Without the fields and the title line (a town and a year open it), nothing names the town.
    bare = text.replace("发布部门:王坛镇\n", "").replace("发布部门: 王坛镇 ", "").replace("王坛镇2024年工作计划\n", "")
    assert _division(bare) == "浙江省"


def test_a_town_congress_session_is_the_towns_congress():
    # https://gcs66.com/document_detail/41304.html (庄墓镇, 2021) and
    # http://www.linan.gov.cn/art/2022/5/5/art_1229230905_4034262.html (天目山镇 of 临安区, 2021): the
    # subtitle names the town's congress and its term.
    text = ("——在庄墓镇第十二届人民代表大会第一次会议上\n镇党委副书记、镇长 黄 剑\n各位代表:\n"
            "现在,我代表庄墓镇人民政府向大会报告工作。认真贯彻县委县政府各项决策部署,在镇党委的坚强领导下。")
    assert ("庄墓镇第十二届人民代表大会", "长丰县庄墓镇人民代表大会") in _depts(text)


def test_a_towns_own_bodies_named_bare_in_its_report():
    # http://www.linan.gov.cn/art/2022/5/5/art_1229230905_4034262.html (天目山镇 of 杭州市临安区, 2021
    # report); 庄墓镇's (Anhui) and 王坛镇's (Zhejiang) texts name 镇党委 so too.
    text = ("政府工作报告\n——2021年12月25日在天目山镇第三届人民代表大会\n第一次会议上\n楼晓燕\n各位代表:\n"
            "现在,我代表镇人民政府向大会报告工作,请各位代表审议,并请列席会议的同志提出意见。\n"
            "今年以来,在区委、区政府和镇党委的正确领导下,在镇人大的监督支持下,镇政府认真贯彻落实上级决策部署,"
            "在“城西科创新城·美丽幸福临安”新征程中找准发展定位。严家花生专业合作社被认定为临安区规范化农民专业合作社。")
    depts = _depts(text)
    assert ("镇党委", "中共杭州市临安区天目山镇委员会") in depts
    assert ("镇人大", "杭州市临安区天目山镇人民代表大会") in depts
    assert ("镇政府", "杭州市临安区天目山镇人民政府") in depts
    assert ("镇人民政府", "杭州市临安区天目山镇人民政府") in depts
    assert ("区委", "中共杭州市临安区委员会") in depts


def test_a_county_text_naming_towns_keeps_them_classes():
    # dept9c's 太湖县 rules (http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html):
    # a county's text addressing its towns speaks as no town.
    text = ("太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n各乡、镇人民政府,县政府各部门、各直属机构:\n"
            "四、花亭湖风景名胜区管理处、太湖经济开发区管委会隶属县政府。各乡(镇)人民政府、县政府各部门")
    assert not [d for d in _depts(text) if d[0].startswith(("镇", "乡"))]


def test_a_county_since_made_a_city_keeps_its_bodies_in_older_news():
    # https://fcgzy.gxcourt.gov.cn/article/detail/2016/11/id/2525188.shtml (2016): 横县 became 横州市 in
    # 2021; its bodies were missed, and 横县常委会 was cut to 常委会 and linked to 东兴市's standing committee.
    text = ("11月10日下午,由横县常委会副主任闭应尚带队,组织横县法院、检察院部分人员到东兴市法院开展交流,"
            "东兴市人大常委会副主任杜锦荣,东兴市法院党组书记、院长罗治华等陪同。\n横县人大常委会副主任闭应尚一行参观了东兴法院的文化室。")
    depts = _depts(text)
    assert ("横县人大常委会", "横县人民代表大会常务委员会") in depts
    assert ("横县法院", "横县人民法院") in depts
    assert ("常委会", "东兴市人民代表大会常务委员会") not in depts


_QIANJIANG = ("第二条 中共潜江市委潜江高新技术产业开发区工作委员会(简称“潜江高新区党工委”),为市委派出机关。"
              "潜江高新技术产业开发区管理委员会(简称“潜江高新区管委会”),为市政府派出机构。"
              "潜江高新区党工委与潜江高新区管委会合署办公,为正县级。\n"
              "潜江市纪委监委派出潜江高新技术产业开发区纪检监察工作委员会,实行市纪委监委、潜江高新区党工委双重管理,"
              "日常管理以潜江高新区党工委为主。")


def test_a_zone_committee_named_in_full_is_its_own_name():
    # https://www.hbqj.gov.cn/xxgk/xxgkml/szfbmxxgkml/gxq/zfxxgk/fdzdgknr/jgjj/jgzn/202401/t20240122_5056539.html
    # (潜江市, Hubei, 2024) and http://law160.infoeach.com/view-MTYwfDE4NzA2.html (天津港保税区, 1993): a
    # zone's 管理委员会 whose zone is spelled out was null; its defined short name follows it.
    depts = _depts(_QIANJIANG)
    assert ("潜江高新技术产业开发区管理委员会", "潜江高新技术产业开发区管理委员会") in depts
    assert ("潜江高新区管委会", "潜江高新技术产业开发区管理委员会") in depts
    tianjin = _depts("由天津港保税区管理委员会(以下简称保税区管委会)负责审批。")
    assert tianjin == [("天津港保税区管理委员会", "天津港保税区管理委员会"), ("保税区管委会", "天津港保税区管理委员会")]


def test_a_zones_party_working_committee():
    # The same 潜江市 rules: the city committee's working committee of the zone was cut to 中共潜江市委
    # and its short name 潜江高新区党工委 missed (5 times).
    depts = _depts(_QIANJIANG)
    full = "中共潜江市委潜江高新技术产业开发区工作委员会"
    assert (full, full) in depts
    assert [d for d in depts if d[0] == "潜江高新区党工委"] == [("潜江高新区党工委", full)] * 4


def test_a_district_report_naming_its_citys_bodies_as_superiors():
    # http://gcq.tlf.gov.cn/gcq/c105960/202403/05518d11289a42b2a0dd18f354429cde.shtml (高昌区 of 吐鲁番市,
    # 2024 report): 市委、市政府以及区委 names the city's bodies as the district's superiors, as the 独山子区
    # and 沙依巴克区 reports write 在市委、市政府和区委的坚强领导下; it was read as 新疆, and 区委 linked to the
    # region's party committee (a wrong body).
    text = ("2024年政府工作报告\n一、2023年工作回顾\n刚刚过去的2023年,是我们全面贯彻党的二十大精神的开局之年,"
            "也是高昌区历经三年疫情转段后经济恢复发展的一年。面对各类风险挑战,在自治区党委、自治区人民政府,"
            "市委、市政府以及区委的坚强领导下,我们坚持以习近平新时代中国特色社会主义思想为指导,"
            "紧扣市委“1535”工作思路,奋发进取、攻坚克难。预计2023年全区生产总值同比增长7%。")
    assert _division(text) == "吐鲁番市高昌区"
    assert ("区委", "中共吐鲁番市高昌区委员会") in _depts(text)
