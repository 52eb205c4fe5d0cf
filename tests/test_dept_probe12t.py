"""DEPT in county-level news and documents, round-9 probe (dept12t): real lines of published
pages (addresses in each test)."""

from __future__ import annotations

from .mentions import depts as _depts


def test_a_towns_discipline_commission_is_its_body():
    # http://cnjw.cncn.gov.cn/art/2021/12/22/art_1239747_58715889.html (苍南县纪委, Zhejiang): each
    # town's 纪委 in turn.
    text = ("发布时间:2021-12-22 来源:苍南县纪委\n"
            "灵溪镇纪委积极响应上级疫情防控工作要求,对疫情防控微网格落实、村社疫情防控隔离点人员登记以及主干道卡口疫情服务点等情况进行督查。")
    assert ("灵溪镇纪委", "中共苍南县灵溪镇纪律检查委员会") in _depts(text)


def test_a_towns_party_committee_is_its_body():
    # https://m.yybnet.net/mianyang/yanting/202002/10182206.html (盐亭县检察院, Sichuan).
    text = ("本报讯(王小丽 赵银熙)新冠肺炎疫情防控阻击战打响后,盐亭县检察院党组召开专门会议落实措施\n"
            "该院大力加强宣传引导,提高联系帮扶的乡镇、社区群众知晓度;加强外出返乡等流动人口排查核实登记,"
            "发现异常情况第一时间及时报告并采取相应的防控措施;督导九龙镇党委政府协同公安、卫生健康部门")
    assert ("九龙镇党委", "中共盐亭县九龙镇委员会") in _depts(text)


def test_a_towns_party_committee_before_a_post():
    # http://m-jingzhou.cjyun.org/p/239334.html (荆州市纪委监委, Hubei): the county is named before.
    text = "29日上午江陵县资市镇镇委会大门前,该县县委常委、县纪委书记、县监委主任朱步洲与资市镇党委委员、纪委书记、监察室主任李成功,共同揭牌。"
    assert ("资市镇党委", "中共江陵县资市镇委员会") in _depts(text)


def test_zones_sharing_one_committee_on_an_addressee_line():
    # http://panjin.gov.cn/html/1874/2016-06-24/content-68644.html (盘锦市政府 意见, Liaoning).
    text = "各区、县人民政府,辽东湾新区、辽河口生态经济区管委会,市政府各部门、各直属机构:"
    found = [d for d, _ in _depts(text)]
    assert "辽东湾新区" in found and "辽河口生态经济区管委会" in found


def test_zones_sharing_one_committee_in_running_text():
    # dev pt-10809 (重庆市 plan): 两江新区 and 西部科学城重庆高新区 each name their 管委会.
    text = ("〔市经济信息委、市商务委、市文化旅游委及各区县（自治县）政府和两江新区、西部科学城重庆高新区、"
            "万盛经开区管委会（以下统称区县政府）按职责分工负责〕")
    found = [d for d, _ in _depts(text)]
    assert "两江新区" in found and "西部科学城重庆高新区" in found


def test_a_bare_people_org_in_a_list_opened_by_another_division():
    # 金黔在线 news (Guizhou), head12's probe h26: a Tianjin delegation received in Guizhou.
    text = ("金黔在线讯11月14日,省委副书记王富玉,省政协副主席、民革贵州省委主委马文骏,省政协副主席、省委统战部部长伍席源,"
            "省政协副主席、民建贵州省委主委王录生在贵州饭店会见了由天津市政协副主席、市委统战部部长叶厚荣为团长的天津市各民主党派、工商联赴黔考察团一行。")
    assert ("工商联", "天津市工商业联合会") in _depts(text)


def test_a_bare_people_org_closing_a_list_opened_by_a_city():
    # https://sd93.gov.cn/detail.php?id=655 (九三学社山东省委's site): the list opens with 菏泽市.
    text = ("九三学社山东省委员会\n11月27日,菏泽市民革、民盟、农工党、致公党、九三学社和工商联主要负责人,"
            "在市政协副主席张莹、孙凤云和市委统战部常务副部长林建安的带领下,分别到市经贸委、市农业局等有关单位视察。")
    assert ("工商联", "菏泽市工商业联合会") in _depts(text)


def test_a_township_named_alone_in_a_provincial_papers_county_news():
    # http://paper.taizhou.com.cn/taizhou/tzrb/pc/content/202209/06/content_154468.html (台州日报,
    # Zhejiang): the document reads as the province's; 东塍镇 is a town of one county there (临海市),
    # as 恒济镇 is of 建湖县 in http://www.jsjhjw.gov.cn/show.aspx?fID=19&id=18983&pid=4 (Jiangsu).
    text = ("东塍:强化监督执纪 助力乡村更美\n"
            "本报讯(通讯员冯 飞)“你村东面第四排的一农户家门口前有不少杂物堆放,请你们立即组织人员到场整治,我们明天将过来查看整改情况。”"
            "近日,临海市东塍镇纪委深入33个行政村开展人居环境提升监督检查,及时向各村党支部书记指出发现的问题,并对整改情况进行跟踪复检。\n"
            "东塍镇纪委发挥监督职能,充分整合镇纪委、生态办等监督力量,成立联合检查组,对全镇环境卫生整治工作开展集中检查、重点抽查。")
    found = _depts(text)
    assert found.count(("东塍镇纪委", "中共临海市东塍镇纪律检查委员会")) == 1
