"""Document division on county and district pages: a county named only bare in its own voice,
a county's short name after its city's (a site's byline), and a city named in an opening sentence
that speaks as a county (round 12 probe div16, /work/r12/probe-div16.md)."""

from __future__ import annotations

from .test_head_probe12 import _canonicals, _division

# https://wxredian.com/art?id=dfa512eb40ffe6792266948312549fc5 (普定县, Guizhou): the county is named
# only bare, five times (普定 is an ordinary word too); the text speaks as a county (县委, 县政府, 全县).
_PUDING = ("今年11月8日是第二十五个中国记者节,上午,县委书记吕庆来到县融媒体中心看望慰问新闻工作者,为新闻工作者们送上节日祝福。"
           "县委常委、县委宣传部部长宋洪参加。\n"
           "座谈会上,吕庆指出,记者节的设置,体现了全社会对记者同仁的关心和关爱。县融媒体中心是县委、县政府的喉舌,"
           "是传递党的好声音和正能量的出口。广大新闻工作者用真实的情感向外界展示了普定的方方面面,用镜头抓住精彩瞬间,"
           "用语言表达希望、传递美好。\n"
           "吕庆强调,希望奋战在新闻工作战线上的新闻工作者为普定主抓产业、大抓工业做好宣传报道。希望广大新闻工作者继续在宣传"
           "普定文化上下功夫,要整体谋划、高位推动、系统研究普定的文化工作,在普定形成抓文化、爱文化的浓厚氛围。"
           "让全县人民共享发展成果。\n")

# https://wxredian.com/art?id=cdc2106533c0451c5c040f98273fbd2c (襄城县, Henan): 襄城 is also 襄阳市's
# 襄城区, but the text speaks as a 县 (县委书记, 县委、县政府).
_XIANGCHENG = ("Hi~新朋友,记得点蓝字关注我们哟\n"
               "襄城天气:今天白天阴,东风1级,气温9~20℃\n"
               "11月8日是第25个中国记者节,当天上午,县委书记范耀江到县融媒体中心进行调研,并代表县委、县政府向全县新闻工作者"
               "致以节日祝福和诚挚问候。县领导李孝、常皓陪同。\n"
               "范耀江指出,近年来,县融媒体中心围绕中心、服务大局,为襄城高质量发展营造了良好舆论氛围。\n"
               "要围绕县委县政府中心工作,持续丰富栏目形式,不断提升襄城融媒的传播力、公信力。\n")


def test_a_county_named_only_bare_in_its_own_voice():
    assert _division(_PUDING) == "520422"
    assert _canonicals(_PUDING, "县委宣传部") == ["中共普定县委员会宣传部"]


def test_a_bare_name_two_divisions_share_is_read_by_the_level_the_text_speaks_as():
    assert _division(_XIANGCHENG) == "411025"
    assert set(_canonicals(_XIANGCHENG, "县政府")) == {"襄城县人民政府"}


def test_a_bare_name_in_a_districts_voice_is_not_a_county_of_that_name():
    # The same text in a district's voice: 襄城县 is a 县, 襄城区 the district (Hubei) it would be.
    text = _XIANGCHENG.replace("县委", "区委").replace("县政府", "区政府").replace("全县", "全区").replace("县融媒体", "区融媒体")
    assert _division(text) == "420602"


def test_a_name_that_is_an_ordinary_word_said_twice_stays_unread():
    # http://60.220.204.184:9095/993bfd6d10b9471aa78b922b58b6daf7 (长子县, Shanxi; probe dept19c c11):
    # 长子 (also "eldest son") twice, beside 县委 and 我县: too few to be sure.
    text = ("会议强调,要深入学习贯彻习近平总书记关于教育工作的重要论述,认真落实省、市“每一个县要办好一所公办优质高中”要求,"
            "按照县委“高中教育要抓提质,推动高中教学质量实现质的飞跃”的目标,强化责任意识,补短板、强弱项,担负好提升长子教育"
            "工作重任。要拓宽视野,对标一流,通过内强素质、合作办学、引进人才等,努力推动我县高中阶段教育取得新成效。新任职人员"
            "要牢记县委和广大群众的信任和重托,以“时时放心不下”的责任感,率先垂范,勇于担当,为加快建设现代化太行山水名城长子"
            "示范区贡献力量。\n")
    assert _division(text) is None


def test_a_county_named_once_bare_stays_unread():
    # http://m.ysxw.cn/p/83669.html (英山县, Hubei): 英山 only once, in a slogan.
    text = ("11月6日,庆祝第26个中国记者节座谈会在县大礼堂召开。县委常委、宣传部部长童壁,县人大常委会副主任段水平,"
            "县政协副主席黄泓参加活动。\n"
            "童壁指出,一年来,全县新闻工作者围绕县委、县政府中心工作,推出了一大批有思想、有温度、有品质的新闻力作。"
            "新闻工作者深入一线采编报道,让“毕昇故里 康养英山”的品牌形象多次登上中央、省、市主流媒体。\n")
    assert _division(text) is None


def test_a_districts_short_name_after_its_citys_in_a_byline():
    # https://sghexport.shobserver.com/html/baijiahao/2022/05/18/745381.html (金山区, Shanghai): the
    # district is named only in the byline 上观号作者:上海金山.
    text = ("今天(5月18日)上午,区委副书记、区长李泽龙带队赴区发改委开展工作调研,并召开座谈会,听取有关工作汇报。\n"
            "李泽龙指出,要用活、用好各项政策,充分发挥政策带动效应,更好赋能全区经济社会发展。\n"
            "区委常委、常务副区长王益洋参加调研。\n"
            "记者:武云卿 封健炜\n"
            "上观号作者:上海金山")
    assert _division(text) == "310116"
    assert _canonicals(text, "区发改委") == ["上海市金山区发展和改革委员会"]


def test_a_city_named_in_an_opening_sentence_that_speaks_as_a_county():
    # http://www.snxww.gov.cn/2024-09/13/content_1904306.htm (寿宁县, Fujian): the city's visitors open
    # the item (市委宣传部…宁德市广播电视台台长…深入我县融媒体中心开展调研).
    text = ("9月12日,市委宣传部常务副部长蔡道华,市委宣传部副部长、宁德市广播电视台台长林妃,市委宣传部副部长黄其辉"
            "深入我县融媒体中心开展调研。县委常委、宣传部部长项忠红陪同。 调研组一行详细了解了我县融媒体中心的硬件设施、"
            "发展运营、统筹调度等情况。 据了解,今年以来,寿宁县融媒体中心紧扣县委、县政府中心工作,聚焦特色亮点,"
            "持续讲好新时代寿宁故事,传播寿宁声音。\n")
    assert _division(text) == "350924"
    assert _canonicals(text, "市委宣传部") == ["中共宁德市委员会宣传部"] * 3
    assert set(_canonicals(text, "县委")) == {"中共寿宁县委员会"}


def test_a_title_naming_a_city_in_a_citys_voice_still_gives_the_city():
    # The county voice alone decides nothing: an opening sentence in a city's voice keeps its city.
    text = ("3月5日,宁德市召开全市安全生产工作会议。市委、市政府主要领导出席。\n"
            "会议要求,全市各级各部门要压实责任。\n")
    assert _division(text) == "350900"


def test_a_name_that_is_a_frequent_word_stays_unread_however_often():
    # The 长子 text above with one more 长子 (written for the test): 长子 is a frequent word of jieba's
    # dictionary (786, as 平安 of 平安建设 1438), so no count of it names the county; a wrong
    # division would link every bare body of the text to another county's.
    text = ("会议强调,要担负好提升长子教育工作重任。要努力推动我县高中阶段教育取得新成效。新任职人员要牢记县委和广大群众的"
            "信任和重托,为加快建设现代化太行山水名城长子示范区贡献力量。县委要求,长子各学校要抓好落实。\n")
    assert _division(text) is None
