"""Probe head25: the document's own division and the links that depend on it, in news of visits
between divisions, township pages and rosters of another division's leaders (real sentences)."""
import govie
import pytest


def _extract(text):
    return govie.extract(text, model=None)


def _canonical(result, text, anchor, mention):
    """The canonical of the DEPT covering ``mention`` inside the first ``anchor``."""
    start = text.index(anchor) + anchor.index(mention)
    hits = [e for e in result.entities if e.label == "DEPT" and e.start <= start < e.end]
    assert hits, f"no DEPT at {mention} in {anchor}"
    return hits[0].attrs.get("canonical")


# http://yybnet.net/hanzhong/nanzheng/201905/9141551.html (汉中日报, 2019)
HANZHONG = ("本报讯(记者 衡俊昌)5月28日至29日,四川省巴中市市委书记罗增斌,市委副书记、市长何平,市人大常委会主任魏文通"
            "带领巴中市党政代表团来汉中市参观考察,实地了解汉中市文化旅游、脱贫攻坚、产业发展和乡村振兴等方面工作。\n\n"
            "市委书记王建军,市委副书记、市长方红卫,市人大常委会主任张雁毅等陪同考察或参加座谈会。")


def test_roster_of_visitors_is_their_division():
    r = _extract(HANZHONG)
    assert r.meta["division"]["code"] == "610700"
    assert _canonical(r, HANZHONG, "市委副书记、市长何平", "市委") == "中共巴中市委员会"
    assert _canonical(r, HANZHONG, "市人大常委会主任魏文通", "市人大常委会") == "巴中市人民代表大会常务委员会"
    # the host's roster, in the next sentence, is the document's own
    assert _canonical(r, HANZHONG, "市委书记王建军", "市委") == "中共汉中市委员会"
    assert _canonical(r, HANZHONG, "市人大常委会主任张雁毅", "市人大常委会") == "汉中市人民代表大会常务委员会"


# http://www.cofcofarm.com/information-list/detail/id/15855.html (a 夏邑 delegation in 新密, Henan)
XIAYI = ("7月2日上午,夏邑县委副书记、县长李昊,县委副书记王宠惠带领相关部门负责同志前往新密市考察,共同畅叙合作情谊。"
         "新密市委书记陈春梅,市长程洋,市委副书记张治怀,市委常委、统战部长、市委办公室主任贾昊等陪同考察。")
# http://ytwzpower.com/dujia/rdxw/15299.html (澧县's site, Hunan)
LIXIAN = ("近日,湖北省公安县县委书记、县人大常委会主任刘润长率领公安县党政代表团来我县考察了经济社会发展情况。\n"
          "澧县县委书记邹如龙表示:澧县、公安互为邻居。")
# http://www.riril.cn/i85190.htm (辽源's site, Jilin): a roster opening with a post after the place
LIAOYUAN = ("市长孙弘率团赴绍兴考察并与绍兴市签订缔结友好城市协议\n"
            "17日上午,绍兴·辽源对口合作交流会在绍兴市行政中心举行。绍兴市市长盛阅春,副市长顾涛、康忠贵,"
            "市政府秘书长章长胜;辽源市市长孙弘,市人大常委会副主任张凤林参加交流会。")


def test_roster_of_a_county_level_city_in_a_county_text():
    r = _extract(XIAYI)
    assert r.meta["division"]["code"] == "411426"
    assert _canonical(r, XIAYI, "县委副书记王宠惠", "县委") == "中共夏邑县委员会"
    # 新密市's bare 市委 is never 商丘's
    assert _canonical(r, XIAYI, "市委副书记张治怀", "市委") == "中共新密市委员会"
    assert _canonical(r, XIAYI, "市委办公室主任贾昊", "市委办公室") == "中共新密市委员会办公室"


def test_roster_of_visitors_reported_by_the_host():
    r = _extract(LIXIAN)
    assert r.meta["division"]["code"] == "430723"
    assert _canonical(r, LIXIAN, "县人大常委会主任刘润长", "县人大常委会") == "公安县人民代表大会常务委员会"
    r = _extract(LIAOYUAN)
    assert _canonical(r, LIAOYUAN, "市政府秘书长", "市政府") == "绍兴市人民政府"
    assert _canonical(r, LIAOYUAN, "市人大常委会副主任", "市人大常委会") == "辽源市人民代表大会常务委员会"


# http://m.ysxw.cn/p/56550.html (英山县, Hubei): the delegation's own site names the host's counties short
YINGSHAN = ("6月13日至14日,县委书记郑光文率我县党政代表团赴安徽省金寨、霍山、岳西三县开展考察学习活动。\n"
            "在金寨县,郑光文一行先后参观考察了红二十五军军政机构旧址,实地考察了金寨县红色文化。金寨县委副书记、县长张涧等领导陪同。\n"
            "郑光文指出,要认真学习总结金寨的好做法,助推英山经济社会高质量发展。\n"
            "在霍山县考察期间,我县党政代表团在霍山县政协主席张润之等领导陪同下,详细了解霍山县红色文化。\n"
            "郑光文指出,霍山县探索出许多新思路、新做法,值得英山学习借鉴。")


def test_visitors_own_county_not_the_hosts():
    r = _extract(YINGSHAN)
    assert r.meta["division"]["code"] == "421124"
    assert _canonical(r, YINGSHAN, "县委书记郑光文", "县委") == "中共英山县委员会"


# http://www.linkou.gov.cn/view.php?id=42666 (三道通镇, 林口县, 2018)
SANDAOTONG = ("三道通镇召开党委政府工作会议\n时间: 2018/03/08 来源: 三道通镇 点击数:1066\n"
              "2018年3月8日,三道通镇召开党委政府工作会议,认真学习了李克强总理在第十三届全国人民代表大会第一次会议上所作出的"
              "政府工作报告,并对近期工作进行了重点部署安排。\n我镇全体机关干部集中学习《2018年政府工作报告》。\n"
              "三道通镇党委、政府认真强调:近期我镇降雪天气较多。")
# https://www.gaoyang.gov.cn/info_show.asp?infoid=8168 (西演镇, 高阳县, 2020)
XIYAN = ("12月3日上午,西演镇召开十八届人民代表大会第五次会议,镇十八届人大代表出席会议。\n"
         "会议指出,西演镇第十八届人大第五次会议的召开,必将产生重大而深远的影响。\n"
         "会议强调,全镇广大干部群众要在县委、县政府和镇党委的坚强领导下,紧紧依靠全镇人民,奋力推进全镇工作再上新台阶!")


def test_town_citing_the_central_report_is_the_towns():
    r = _extract(SANDAOTONG)
    assert r.meta["issuer"] != "国务院" and r.meta["issuer"] != "中华人民共和国国务院"
    assert r.meta["division"]["code"] == "231025"


def test_town_congress_term_names_the_town():
    r = _extract(XIYAN)
    assert r.meta["division"]["code"] == "130628"
    assert _canonical(r, XIYAN, "县委、县政府", "县委") == "中共高阳县委员会"


# https://www.xuanzhou.gov.cn/News/show/942129.html (文昌镇 of 宣州区; 文昌 is also 文昌市, Hainan)
WENCHANG = ("2月8日,文昌镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。区委常委、政法委书记孙国梁到会并讲话。\n"
            "孙国梁在讲话中指出,文昌镇新一届政府领导班子要紧紧围绕区委、区政府提出的发展主题;镇人大要围绕中心,服务大局。")


def test_town_named_like_a_city_is_no_city():
    r = _extract(WENCHANG)
    division = r.meta["division"]
    assert division is None or division["code"] != "469005"
    assert all(e.attrs.get("canonical") is None or "文昌市" not in e.attrs["canonical"]
               for e in r.entities if e.label == "DEPT")


# http://m.xuhongcf.com/news/gansu/2007041509485241572.htm (a Gansu paper, 2007)
GANSU = ("本报广州4月14日电(记者张倩 陈华)以省委书记、省人大常委会主任陆浩为团长,省委副书记、省长徐守盛为副团长的我省党政代表团一行,"
         "今天中午抵达广州,开始在南粤大地进行为期六天的学习考察。\n学习考察期间,我省党政代表团将参加第101届中国进出口商品交易会开幕活动。"
         "之后,将先后在广州、佛山、东莞和深圳四市,就广东省在推动改革开放、加快经济社会发展等方面积累的好经验、好做法进行深入的学习考察。")


def test_own_provinces_delegation_abroad_is_not_the_hosts():
    r = _extract(GANSU)
    division = r.meta["division"]
    assert division is None or not division["code"].startswith("44")
    assert _canonical(r, GANSU, "省委书记", "省委") != "中共广东省委员会"


# https://scdytv.com/details/181750 (德阳市广播电视台, 2024): a foreign delegation 莅德考察
DEYANG = ("“2024年第二批老挝干部考察团”莅德考察\n\n2024/9/29 18:19:37 发布者:Hetao 来源:德阳市广播电视台\n\n"
          "9月25日至28日,由老挝人民民主共和国财政部副部长本博·万纳吉率领的“2024年第二批老挝干部考察团”莅德考察。"
          "中国延安干部学院院务委员、一级巡视员贾波,市委常委、组织部部长周鸿陪同考察。\n\n"
          "考察团先后赴德阳市企业服务中心、三星堆博物馆等地考察,详细了解我市重大技术装备制造等方面的经验做法,实地感受德阳的人文历史之美。")


def test_foreign_visitors_city_page_is_not_national():
    r = _extract(DEYANG)
    assert r.meta["issuer"] not in ("财政部", "中国延安干部学院")
    assert r.meta["division"]["code"] == "510600"


def test_roster_of_a_shared_district_name_is_the_documents_own():
    # 朝阳区 is 北京's and 长春's: in a 长春 document the roster's bare 区人大常委会 is 长春's, never 北京's.
    import govie
    text = "长春市朝阳区召开会议。朝阳区委书记张三，区人大常委会主任李四出席会议。"
    depts = {e.text: e.canonical for e in govie.extract(text, jurisdiction="长春市朝阳区", model=None).entities
             if e.label == "DEPT"}
    assert depts["区人大常委会"] == "长春市朝阳区人民代表大会常务委员会"
