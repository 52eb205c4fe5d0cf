"""The document's own division and issuer where a news item names another party early (round 14
probe head24, /work/r14/probe-head24.md): a delegation that comes (莅临) or goes (率…团到…考察), a team
met in traditional script (座談), a body given something (向…捐赠), a firm named by its place."""

from __future__ import annotations

import govie
from govie.text.normalize import fold_script

# http://kbhxn.com/yichangdongtai/69075.html (2011-09-28)
JIACHA = '宜昌市秭归县工作考察团莅临加查县\n| 招商动态 |2011-09-28\n由湖北省秭归县人大常委会副主任魏启扬、县人民检察院检察长杨玉超、县人民法院院长王新华同志带队的考察团一行8人莅临加查考察交流工作,深入了解加查经济社会发展情况及对口支援工作开展情况,并代表秭归县委、政府、人大和宜都人民向加查县政府、县人民检察院、县人民法院分别捐赠援助资金5万元。\n下午,加查县委、县政府、县人大在家县级领导与考察团进行了座谈,双方分别介绍了各自经济社会发展情况,并就如何促进县域经济发展、进一步加强加查县与秭归县两地的交流沟通进行了探讨。\n县委副书记、县人大主任邓世杰对秭归县的无私援助表示了感谢,并对秭归县援藏干部宋建华副县长在援藏期间的工作进行了充分的肯定,表示了高度的认可。\n'
# https://www.gangcha.gov.cn/html/2175/221578.html (2017-08-25)
GANGCHA = '山东聊城东昌府区对口援建单位赴沙柳河镇交流考察\n发布时间:2017年08月25日\n消息来源:沙柳河镇\n参观沙柳河镇卫生院\n参观湟鱼家园\n召开座谈会\n合影\n8月24日,山东省聊城市东昌府区人民政府副区长王怀福一行莅临刚察县沙柳河镇开展对口援建交流考察工作。王区长一行在县委常委、沙柳河镇党委书记文选、县援建办负责人陪同下参观了沙柳河镇潘保村青青草牛羊育肥专业合作社、湟鱼家园、沙柳河镇卫生院,并与沙柳河镇镇领导、各村(社区)、镇属各单位主要负责人召开了对口援建工作交流座谈会。\n座谈会上,县委常委、镇党委书记文选就刚察县、沙柳河镇相关情况向王区长一行作了详细的汇报,并对东昌府区各级领导到高原海滨藏城观光交流、传经送宝表示感谢,希望东昌府区就人员交流、文化建设、特色旅游业发展、特色产业、刚察藏药等方面给予技术、人才、资金方面的支援。\n听取了汇报后,王区长表示,回去之后会第一时间将这次座谈会相关内容汇报区委、区政府,在今后的工作中,两地要以对口支援为契机,结合沙柳河镇实际,进一步加深两地交流,加强工作对接。\n'
# http://m.nxhuan.com/qyyw/p/806701.html (庆云县 news, traditional script)
QINGYUN = '1月16日至17日,縣委書記、縣人大常委會主任侯有喜,縣委副書記、縣長許健率縣黨政考察團到北京市通州區考察。\n1月16日,縣黨政考察團和通州區四大班子領導同志進行了座談,侯有喜介紹了我縣經濟社會發展和與通州產業園區合作情況,通州區委副書記、區長岳鵬介紹了通州區經濟社會發展情況。雙方一致表示,繼續完善和鞏固合作機制,全力推動慶云通州產業園發展,實現更廣泛領域的合作。 1月17日,縣黨政考察團在通州區副區長洪波的陪同下,先后考察了通州區基礎設施建設、城市建設,參觀了吉林森工北京門業分公司、北京汽車動力總成有限公司等大型企業。 張金明 攝\n'
# 昌都 news item (pages corpus, traditional script; no address)
CHANGDU = '昌都與重慶市援藏辦工作組座談\n阿布馬其昌出席並講話姚紅主持\n19日下午,昌都與重慶市援藏辦工作組就有關事宜進行座談。地委副書記、行署專員阿布,重慶市經信委副主任、援藏辦主任馬其昌出席座談會並分別講話,地委副書記姚紅主持。\n阿布首先代表地委、行署和昌都72萬各族人民向重慶市委、市政府及援藏辦長期以來對昌都工作的高度重視和大力支持表示誠摯的感謝。他指出,重慶市委、市政府及援藏辦按照中央援藏工作指示精神,胸懷大局,情系昌都,高度重視援藏工作。\n'


def _meta(text):
    return govie.extract(text, model=None).meta


def _code(text):
    return (_meta(text).get("division") or {}).get("code")


def test_a_delegation_that_comes_to_a_host_in_the_title_is_not_the_author():
    # 宜昌市秭归县工作考察团莅临加查县: 莅临 says the coming; the page is 加查县's.
    meta = _meta(JIACHA)
    assert meta["division"]["name"] == "加查县"
    assert meta["jurisdiction"] == "西藏自治区"
    assert "秭归" not in (meta["issuer"] or "")


def test_a_body_after_xiang_is_the_recipient_not_the_author():
    # 并代表秭归县委、政府、人大和宜都人民向加查县政府、县人民检察院、县人民法院分别捐赠援助资金5万元。
    assert _meta(JIACHA)["issuer"] != "加查县人民政府"


def test_a_leaders_party_that_comes_is_a_delegation():
    # 8月24日,山东省聊城市东昌府区人民政府副区长王怀福一行莅临刚察县沙柳河镇开展对口援建交流考察工作。
    meta = _meta(GANGCHA)
    assert meta["division"]["name"] == "刚察县"
    assert meta["jurisdiction"] == "青海省"


def test_the_place_a_delegation_goes_to_is_the_host_not_the_document():
    # 縣委書記…率縣黨政考察團到北京市通州區考察 (and 吉林森工北京門業分公司, a firm visited there):
    # the county's own page names its county only in 慶云通州產業園; no division beats a wrong one.
    meta = _meta(QINGYUN)
    assert meta["division"] is None
    assert meta["jurisdiction"] is None


def test_a_team_met_in_traditional_script_is_the_other_party():
    # 昌都與重慶市援藏辦工作組座談: the Chongqing team is the partner; its 重慶市委、市政府 no author.
    meta = _meta(CHANGDU)
    assert meta["division"]["name"] == "昌都市"
    assert "重庆" not in (meta["issuer"] or "")


def test_meeting_words_fold_from_traditional_script():
    assert fold_script("座談 會談 拜訪 訪問團 蒞臨 歡迎") == "座谈 会谈 拜访 访问团 莅临 欢迎"


def test_a_firms_place_still_corroborates_a_named_city():
    # /work/r12/probe-loc23/texts/t07.txt (留庄镇, 微山县 report): 山东臣通金属材料有限公司…、济宁青草牧业有限公司
    # …落地留庄 beside 济宁市港航整合微山港留庄作业区: the firms count with 济宁市 named on its own.
    text = ("一年来，留庄镇政府在县委、县政府及镇党委的正确领导下，全镇经济社会呈现出持续稳中向好的发展态势。\n"
            "在招商引资方面，2023年实际到位资金2.53亿元。新增招商增税企业9家。山东臣通金属材料有限公司矿山机械生产制造项目、"
            "济宁青草牧业有限公司生猪养殖项目等一批大项目、好项目落地留庄。\n"
            "攻坚重点项目建设，牢牢抓住济宁市港航整合微山港留庄作业区建设机遇，积极配合县有关部门推进项目建设。\n")
    assert _code(text) == "370800"
