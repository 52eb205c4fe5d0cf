"""PERSON in leaders' news: activities, attendance lists, elections, commendations and bylines (probe
person28): real sentences, each with its page's address, scored on the rules alone."""
import govie


def persons(text: str) -> list[str]:
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e.text for e in r.entities if e.label == "PERSON"]


def test_new_posts_before_a_name():
    # https://ebonypicts.com/kdjkq/ktdsz/zzq/202402/aec674f3e7874ada9a81089bc49e8fd5.shtml (新疆 2024)
    assert persons("自治区人大常委会主任祖木热提·吾布力,自治区党委副书记、兵团政委李邑飞参加会见。") == [
        "祖木热提·吾布力", "李邑飞"]
    # https://m.hqtbz.com/gdywdt/gdyw/content/post_4137977.html (广东 2023)
    assert "李家超" in persons("广东省省长王伟中、香港特别行政区行政长官李家超、中央人民政府驻香港联络办公室主任郑雁雄出席并先后致辞。")
    # https://freewechat.com/a/MzU4MDI0OTIxMQ==/2247488053/{{href}} (四川 2018)
    assert persons("会上,四川九洲电器集团有限责任公司机制中心钳工班班长游洪建代表全体获奖人员发出倡议。") == ["游洪建"]


def test_verbs_of_leaders_activities_after_the_name():
    # http://m.ahwang.cn/newsflash/20191021/1944900.html (安徽 2019)
    assert "李锦斌" in persons("省委书记、省人大常委会主任李锦斌介绍了我省推进高质量发展的有关情况。")
    # http://www.sichuguancha.com/china/202303/2023032457560.html (中新网 2023)
    assert "王清宪" in persons("在安徽省委书记韩俊,省委副书记、省长王清宪陪同下,参观考察安徽创新馆。")
    # http://baikedq.com/lishi/525517.html (山西 2023)
    assert persons("代表团团长蓝佛安主持并发言,代表团副团长金湘军发言。") == ["蓝佛安", "金湘军"]
    assert "王东明" in persons("十三届全国人大常委会副委员长、中华全国总工会主席王东明和代表们一起审议。")


def test_elected_names_and_a_list_closed_by_fenbie():
    # http://baikedq.com/lishi/525517.html (山西 2023)
    text = "推选蓝佛安为代表团团长,推选金湘军、罗清宇、王拥军、张吉福、吴伟为副团长。"
    assert persons(text) == ["蓝佛安", "金湘军", "罗清宇", "王拥军", "张吉福", "吴伟"]
    # http://meetnikchat.com/shandong/zhengwu/zwxw/2019/0104/4157342.shtml (山东 2019, simplified here)
    assert persons("近日,副省长王书坚、于国安、任爱荣分别召开座谈会。") == ["王书坚", "于国安", "任爱荣"]


def test_dotted_name_as_the_subject():
    # https://ebonypicts.com/kdjkq/ktdsz/zzq/202402/aec674f3e7874ada9a81089bc49e8fd5.shtml (新疆 2024)
    assert "艾尔肯·吐尼亚孜" in persons("自治区党委副书记、自治区主席艾尔肯·吐尼亚孜在乌鲁木齐会见自治区各界专家学者。")
    # http://baikedq.com/lishi/525517.html (山西 2023)
    assert "谢尔盖·阿列伊尼克" in persons("3月1日,山西省委副书记、省长金湘军,白俄罗斯外交部长谢尔盖·阿列伊尼克分别代表山西省与")


def test_group_heads_after_de_and_not_a_leader():
    # http://www.8037eee.com/news/fujian/gcdt/2021-11-24/2573260.html (福建 2021, simplified here)
    text = ("给予获得残运会残奥项目金牌的柯丽婷等14名运动员、辅助人员、教练员记大功;"
            "给予获得残运会残奥项目金牌的朱德宁等38名运动员、辅助人员、教练员通报表扬。")
    assert persons(text) == ["柯丽婷", "朱德宁"]


def test_closing_credit_and_two_reporters():
    # http://xj.people.com.cn/n2/2022/0922/c186332-40135136.html (新疆 2022)
    text = "自治区政协副主席彭家瑞主持会议并讲话;秘书长高江淮参加会议。(张云梅)\n\n(责编:陈新辉、韩婷)\n"
    assert "张云梅" in persons(text)
    # http://m.ahwang.cn/newsflash/20191021/1944900.html (安徽 2019): spaces of the original part them.
    assert persons("第五站来到了安徽。\n新安晚报 安徽网 大皖客户端记者 王吉祥 项磊\n") == ["王吉祥", "项磊"]
    # http://glosyeuropyichin.com/zg/3129.html (广东 2024): no space; one split leaves two names.
    assert persons("审查计划报告和草案、预算报告和草案。南方+记者张梓望杨奇摄\n") == ["张梓望", "杨奇"]
