"""Probe org34: ORG in 表彰/命名 notices, 公示 lists and cooperation news (party units of honoured bodies,
universities' short names before their schools, renamed schools, bylines, 推荐 before a firm)."""
import govie


def _ents(text):
    return [(e.label, e.text) for e in govie.extract(text, model=None).entities]


def _orgs(text):
    return [t for label, t in _ents(text) if label == "ORG"]


def test_party_committee_of_an_honoured_body_is_its_unit():
    # http://www.qingdaominwang.com/top/2020/0828/11234.html (人民日报 2020 公示)
    assert "首都医科大学附属北京地坛医院党委" in _orgs(
        "蒋荣猛等200人为全国优秀共产党员拟表彰对象(含追授14人)、首都医科大学附属北京地坛医院党委等150个集体为全国先进基层党组织拟表彰对象。")
    # https://www.jintan.gov.cn/html/czjt/2014/DJMQAAHJ_0305/14356.html (金坛市卫生局 2014)
    assert _orgs("经研究,决定对市人民医院党委等26个先进集体和李国琴等64名先进个人予以表彰。") == ["市人民医院党委"]
    # Before a post the committee is the post's: http://xinwen.mlzgw.cn/news/yaowen/2018/0112/2295.html
    assert _orgs("北京大学经济学院党委书记、副院长董志勇,省教育厅副厅长尹洪斌出席签约仪式。") == ["北京大学经济学院"]


def test_university_short_name_opens_its_schools():
    # 昆明日报 2015 (search-store excerpt): 北大附中 + the school named after it, with its section
    orgs = _orgs("认为宜良县耿家营民族小学、北大附中云南实验学校小学部、石林县长湖镇维则青联希望小学11所学校,被认定为示范校。")
    assert orgs == ["宜良县耿家营民族小学", "北大附中云南实验学校小学部", "石林县长湖镇维则青联希望小学"]
    # http://xinwen.mlzgw.cn/news/yaowen/2018/0112/2295.html (郑州日报 2018)
    assert _orgs("据了解,此次北大经济学院与郑州市友好合作协议内容广泛。") == ["北大经济学院"]
    # 清华附中 + a school no place opens, with its campus (天河区 2026 notice, as in dev)
    assert _orgs("清华附中湾区学校（智谷校区）今年招生。") == ["清华附中湾区学校（智谷校区）"]
    # 北大 alone is a word, no ORG
    assert _orgs("他考上了北大。") == []


def test_renamed_schools_in_quotes():
    # http://zhengjifb.com/a/zhengjijiexiao/wenanleijiexiao/2019/0503/12327.html (耒阳市教育局 2019)
    assert _orgs("1.“纸都实验学校”命名为“顺湖中学”,经局党委会研究讨论,决定命名为该校名;") == ["纸都实验学校", "顺湖中学"]
    # a description of a school is no name; the new name is
    assert _orgs("3.“市环保局原机关大院改建学校”命名为“中豪小学”,最早投稿人廖红清;") == ["中豪小学"]
    # a kind or an honour in quotes is no school's name
    assert _orgs("该校被命名为“省级示范幼儿园”。") == []


def test_byline_with_a_space_and_paper_ending_in_mingri():
    # 昆明日报 2015 (search-store excerpt): the paper's byline; 明日 of 昆明日报 is no date
    ents = _ents("被认定为昆明市2015年第二批语言文字规范化示范校。\n昆明日报 记者 张丽亚\n")
    assert ("ORG", "昆明日报") in ents and ("DATE", "明日") not in ents
    # 据 of a source is no part of the paper's name
    assert _orgs("据光明日报报道,该校获评全国文明校园。") == ["光明日报"]
    assert ("DATE", "明日") in _ents("会议定于明日召开。")
    assert ("DATE", "明日") in _ents("请新生于明日报到。")


def test_recommended_firm_after_tuijian():
    # https://www.kczg.org.cn/rules/detail?id=6091498 (聊城市科技局 2020)
    assert _orgs("经市科技局研究决定,推荐中通客车控股股份有限公司等36家企业参加2020年度山东省第二批高新技术企业认定申报,特此公告。") \
        == ["中通客车控股股份有限公司"]
