"""ORG in national news and provincial texts (probe org58n): international unions and their committees,
foreign firms named by their state, sports federations' short names, universities' short names in a list
of universities, a publisher with 与 in its name, a news agency after a dateline's 讯."""
import govie


def _orgs(text):  # rules only: the probe counts the rules
    return [(e.text, e.start, e.end) for e in govie.extract(text, model=None).entities if e.label == "ORG"]


def _names(text):
    return [e.text for e in govie.extract(text, model=None).entities if e.label == "ORG"]


def test_international_union_with_its_committee():
    # 人民日报 1998 (peoples-daily-ner example.test): the union's committee is one ORG with it
    t = "本报北京5月6日讯新华社记者黄威、本报记者陈祖甲报道：国际天文学联合会小行星命名委员会近日批准将新发现的第6741、6742号两颗小行星，分别以中国科普作家李元、卞德培的姓名命名。"
    orgs = _orgs(t)
    assert ("国际天文学联合会小行星命名委员会", 27, 43) in orgs
    assert all(t[s:e] == x for x, s, e in orgs)
    assert _names("努力建设世界一流学会，服务科技工作者。") == []  # a class, no field names it


def test_news_agency_after_dateline():
    # same sentence: 新华社 after the dateline's 讯
    t = "本报北京5月6日讯新华社记者黄威、本报记者陈祖甲报道：国际天文学联合会小行星命名委员会近日批准将新发现的第6741、6742号两颗小行星，分别以中国科普作家李元、卞德培的姓名命名。"
    assert ("新华社", 9, 12) in _orgs(t)


def test_foreign_firm_named_by_its_state():
    # 人民日报 1998 (peoples-daily-ner example.test)
    t = "陈俊生会见日本客人据新华社北京5月28日电全国政协副主席陈俊生今天在人民大会堂会见了日本三菱公司副社长河村宏一行。"
    assert "日本三菱公司" in _names(t)
    assert _names("近年来美国跨国公司纷纷加大在华投资。") == []  # a class of firms


def test_sports_federation_short_name():
    # 人民日报 1998 (peoples-daily-ner example.test)
    t = "据新华社北京5月10日电中国选手蔡玉燕9日在佛罗里达举行的国际泳联跳水系列大奖赛美国站比赛中，夺得女子跳台跳水冠军。"
    assert "国际泳联" in _names(t)


def test_university_short_names_in_a_list_of_universities():
    # 人民日报 1998 (peoples-daily-ner example.test)
    t = "北大、清华等高校以及中国科学院等科研院所都集中在这一地区，为其发展提供了源源不断的智力保障。"
    orgs = _orgs(t)
    assert ("北大", 0, 2) in orgs and ("清华", 3, 5) in orgs
    # a place and a word that hold a short name
    assert _names("开发北大荒、建设新农村。") == []
    assert "交大" not in _names("推进中大型企业和交大、复旦合作。")


def test_publisher_with_conjunction_in_its_name():
    # 人民日报 1998 (peoples-daily-ner example.test)
    t = "由外语教学与研究出版社、中国高校英语口语协会主办的此次比赛历时两天。"
    names = _names(t)
    assert "外语教学与研究出版社" in names and "研究出版社" not in names


def test_a_foreign_political_bloc_is_no_firm():
    # State Council work report 1959 (corpora/state-council-work-reports); review of the org58n merge
    for text in ("投靠美帝国主义的南斯拉夫修正主义集团，在他们挑拨社会主义国家关系的活动中。",
                 "日本垄断资本集团，也指望依靠美国，实现其扩张野心。"):
        r = govie.extract(text, model=None, reference_date="1959-04-18")
        assert [e.text for e in r.entities if e.label == "ORG"] == []
    r = govie.extract("会见了日本三菱公司副社长一行。", model=None, reference_date="1998-05-01")
    assert [e.text for e in r.entities if e.label == "ORG"] == ["日本三菱公司"]
