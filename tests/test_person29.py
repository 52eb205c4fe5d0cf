"""PERSON in government news and work documents: bylines, appointment and removal decisions, lists of
leaders, contact lines (probe person29): real sentences, each with its page's address, on the rules alone."""
import govie


def persons(text: str) -> list[str]:
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e.text for e in r.entities if e.label == "PERSON"]


def test_bylines_with_the_outlet_and_after_xun():
    # http://m.dddjmc.com/news/fujian/yghx/2019-08-28/2300570.html (漳州 2019, traditional with pinyin glosses)
    text = "臺(tái)海網(wǎng)8月28日訊(海峽導(dǎo)報(bào)記者 張雄敏 劉龍 通訊員 鄭文典 薛敏靈) 8月27日上午,漳州市召開會議。"
    assert persons(text) == ["張雄敏", "劉龍", "鄭文典", "薛敏靈"]
    # http://m.fanchengnews.com/p/5412.html (樊城 2020)
    assert persons("本网讯(徐琦)7月28上午,区六届人大常委会召开第二十六次会议。") == ["徐琦"]


def test_reporter_and_reviewer_fields():
    # https://002373.com/Info.aspx?WwwType=1&colid=31&id=59274 (2021, traditional)
    text = "縣領導參加慰問。\n全媒體記者:王勃 陶然\n編輯:付波 熊哲\n編審:熊曉輝"
    assert persons(text) == ["王勃", "陶然", "付波", "熊哲", "熊曉輝"]


def test_appointment_removal_and_resignation_lists():
    # http://m.fanchengnews.com/p/5412.html (樊城 2020)
    assert persons("决定任命: 余兴军为樊城区人民政府副区长。") == ["余兴军"]
    # http://cn.office369.com/news/show-1754317.html (嘉兴南湖 2025)
    text = ("会议表决通过了有关人事事项,决定免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务。"
            "接受金静、夏峰、徐静辞去嘉兴市南湖区第十届人大代表职务。")
    assert persons(text) == ["阿卜杜吉力力·阿卜来提", "金静", "夏峰", "徐静"]
    # A given name ending like a body before 同志 (漳州 2019, the page above)
    assert persons("吳文團(tuán)同志不再擔任中共漳州市委古雷港經濟開發區工作委員會書記、委員職務。") == ["吳文團"]
    assert persons("代表团同志们辛苦了。考察团同志一行。") == []


def test_leaders_list_with_a_place_name_and_laidao():
    # https://002373.com/Info.aspx?WwwType=1&colid=31&id=59274 (2021, traditional)
    text = ("11月8日下午,縣委書記鄭俊華,縣委副書記、縣長(zhǎng)徐望來到縣政協委員駐地。"
            "縣領(lǐng)導梁薇、石峰、張正韶、石磊、黃齊飛、成西、阮彬等參加慰問。")
    assert persons(text) == ["鄭俊華", "徐望", "梁薇", "石峰", "張正韶", "石磊", "黃齊飛", "成西", "阮彬"]
    # A short list of places stays no list of names.
    assert persons("石峰、荷塘、芦淞等区参加。") == []


def test_no_name_of_lai_wo_xian():
    # http://www.zcrmt.net/2017/xinwen_0927/55112.html (子长 2017)
    text = "9月21日,市委常委、副市长孙矿玲带领市政府办、环保局、卫计局、教育局等部门负责人来我县调研。"
    assert persons(text) == ["孙矿玲"]


def test_contact_lines_and_recurring_names():
    # http://m.countmeintour.com/ZcjqDetail.aspx?id=952 (重庆 2021, traditional)
    text = "聯絡方式:\n市科技局宣傳統戰與科普處:謝林伶67513757\n市紀委監委駐市科技局紀檢監察組:何傳英 67513576\n"
    assert persons(text) == ["謝林伶", "何傳英"]
    assert persons("传真:0371--65952825\n电话:0371-65956924") == []
    # http://office.sdlivc.edu.cn/info/1022/3532.htm (山东)
    text = "同时将两个附件电子版报送至党政办郭文静企业微信邮箱。\n联系人:郭文静;联系电话:13210674877"
    assert persons(text) == ["郭文静", "郭文静"]
    # http://m.jiance.nanfei.cn/zixun/2023/0801/12623.html (长宁 2023)
    assert persons("区人大常委会主任戴骅,副主任宋嘉禾、夏利民、潘敏、金可可及委员共24人出席。会议由戴骅主持。").count("戴骅") == 2
