"""Assignments in prefecture and county task lists (probe asg20, round 12): real sentences.

Pages from the page store; several are mirrors that converted the government's page to
traditional script, which normalization folds back (lexicons/traditional.tsv).
"""

from __future__ import annotations

from .assignment_frames import assignments


# 東府〔2021〕54號 (http://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html, a traditional-script mirror).
DONGGUAN = ("東府〔2021〕54號\n東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n"
            "各鎮人民政府(街道辦事處),市府直屬各單位:\n")


def test_a_traditional_script_note_with_fuze_makes_all_its_bodies_lead():
    item = ("2.繼續按不高于2017年征收標準征收殘疾人就業保障金。落實分檔征收和減繳緩繳免繳殘疾人就業保障金政策,"
            "在職職工總數30人(含)以下的企業暫免征收殘疾人保障金,實施期限至2022年12月31日(即征收所屬期為2021年度)。"
            "(市殘聯、市財政局、市稅務局負責)")
    (a,) = assignments(DONGGUAN + item, reference_date="2021-06-01")
    assert a["trigger"]["text"] == "(市殘聯、市財政局、市稅務局負責)"
    assert a["task"]["text"].startswith("繼續按不高于2017年征收標準")
    assert a["lead"] == ["东莞市残疾人联合会", "东莞市财政局", "国家税务总局东莞市税务局"]
    assert a["support"] == [] and a["deadline"] is None


def test_a_traditional_script_note_with_qiantou_and_classes_after():
    # 咸阳市2022年深化"放管服"改革优化营商环境工作要点 (newton.com.tw mirror, traditional script): 市级各有关
    # 部门 and 各县市区政府 are classes, no support.
    text = ("1.全面實施行政許可事項清單管理。依據國家和省行政許可事項清單,2022年10月底前編制並公布市、縣兩級行政許可事項清單,"
            "將依法設定的行政許可事項全部納入清單管理,清單之外一律不得違法實施行政許可。"
            "(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)")
    (a,) = assignments(text, reference_date="2022-03-01")
    assert a["task"]["text"].startswith("全面實施行政許可事項清單管理")
    assert len(a["lead"]) == 2 and a["lead"][1] == "市行政审批制度改革工作领导小组办公室"
    assert a["support"] == []
    assert a["deadline"] == "2022-10"


def test_the_first_listed_leads_where_the_note_says_shouwei():
    # 韶府〔2019〕31号 (http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html): "排在首位的为牵头单位,下同".
    text = ("韶關市人民政府關于印發韶關市降低制造業企業成本支持實體經濟發展若幹政策措施(修訂版)的通知(韶府〔2019〕31號)\n"
            "1.在國家、省規定的稅額幅度內,全市城鎮土地使用稅稅額標准下調至1—8元/平方米,自2019年1月1日起按標准調整到位。"
            "落實執行全省車輛車船稅適用稅額降低到法定稅率最低水平的政策。(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)")
    (a,) = assignments(text, reference_date="2019-08-16")
    assert a["lead"] == ["国家税务总局韶关市税务局"]
    assert a["support"] == ["韶关市财政局"]


# 官渡区稳增长政策措施 2016 (http://www.kmgd.gov.cn/c/2016-12-06/1370808.shtml).
GUANDU = "为认真贯彻落实国家和省、市关于稳增长各项决策部署,结合官渡区实际,特制定如下政策措施。\n"


def test_a_note_lists_bodies_no_tagger_named_by_their_own_words():
    text = GUANDU + ("2. 提高土地审批效率。辖区范围内6亩以下(不含6亩)的土地使用转让手续,区政府审查后办理土地登记。"
                     "(区国土分局牵头,区规划分局、区级相关部门配合)\n"
                     "4. 加强项目谋划储备。编制完成官渡区三年滚动投资计划,完善“十三五”规划项目库。"
                     "(区发改局牵头,区财政局、区交运局、区经贸投促局、区住建局、区水务局等部门,区国投公司、各街道办事处配合)")
    a, b = assignments(text, reference_date="2016-12-06")
    # Named since dept28c: a district's branches of its city's land and planning bureaus ({P}国土资源局{N}分局).
    assert a["lead"] == ["昆明市国土资源局官渡区分局"] and a["support"] == ["昆明市规划局官渡区分局"]
    # 区交运局 is a known type since dept19c (交运局 = 交通运输局), so it is linked; 区经贸投促局 keeps its words.
    assert "昆明市官渡区交通运输局" in b["support"] and "区经贸投促局" in b["support"] and len(b["support"]) == 5
    assert not any("国投" in x or "街道" in x for x in b["support"])  # a company and a class


def test_a_labelled_note_lead_no_tagger_named():
    # 咸安区 2023 责任分解方案 (https://by6714.com/t/huazhong/7692.html): 区科经局 is named by no tagger.
    text = "3.规上工业增加值增长10%以上。(责任领导:洪声耀;牵头单位:区科经局)"
    (a,) = assignments(text, reference_date="2023-02-01")
    assert a["lead"] == ["区科经局"] and a["task"]["text"] == "规上工业增加值增长10%以上"


def test_a_due_date_part_before_the_note_labels():
    # 某市2022年政务公开工作要点 (https://jianbiaow.cn/zhuantifanwen/gongzuoyaodian/28026.html, city name masked):
    # the list the alias 各县(区)政府 covers is a class.
    text = ("(一)标准财政资金领域信息公开。扎实做好行政事业性国有资产报表和惠民惠农财政补贴政策文件清单公开等工作。"
            "(责任时限:2022 年底前,牵头单位:市财政局、市工业和信息化局、市能源局,责任单位:各县(区)政府、各管理区管委会、"
            "经开区管委会,以下统称各县(区)政府,市政府各部门)")
    (a,) = assignments(text, reference_date="2022-03-01")
    assert a["lead"] == ["市财政局", "市工业和信息化局", "市能源局"]
    assert a["support"] == [] and a["deadline"] == "2022-12"


def test_a_traditional_script_bianban_is_the_staffing_office_not_the_party_committee():
    # 州政发〔2020〕5号 (http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html): 州委編辦
    # unfolded was read as 州委 (wrong body); folded, it is the prefecture's staffing office.
    text = ("州政發(fā)〔2020〕5號\n湘西自治州人民政府\n2020年2月22日\n"
            "1.加大簡政放權力度。大力推進吉首市、湘西經(jīng)開區(qū)兩個相對集中行政許可權改革試點,實現(xiàn)“一枚印章管審批”。"
            "(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦及州直相關單位,各縣市人民政府、湘西經(jīng)開區(qū)管委會,6月底完成)")
    (a,) = assignments(text, reference_date="2020-02-22")
    # 行政审批服务局 is a department type (probe asg49): the prefecture's bureau, linked like 州司法局.
    assert a["lead"] == ["湘西土家族苗族自治州行政审批服务局"]
    assert "湘西土家族苗族自治州机构编制委员会办公室" in a["support"]
    assert "中共湘西土家族苗族自治州委员会" not in a["support"]
    assert a["deadline"] == "2020-06"
