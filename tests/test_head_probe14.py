"""Document division: two-character county names (round 10 probe div14, /work/r10/probe-div14.md)."""

from __future__ import annotations

from .test_head_probe12 import _canonicals, _division


def test_a_two_character_county_in_the_title_is_the_division():
    # https://yz.rednet.cn/m/content/2020/05/01/7165670.html (红网, 永州): a 道县 news item that names
    # its county only as 道县; the bare 县委宣传部 is 道县's.
    text = ("道县召开2020年全县宣传委员会议\n"
            "道县县委常委、宣传部长张穆宸出席并讲话,县委宣传部常务副部长周镜忠主持会议。\n")
    assert _division(text) == "431124"
    assert _canonicals(text, "县委宣传部") == ["中共道县委员会宣传部"]


def test_a_two_character_county_named_in_a_county_voice_is_the_division():
    # http://xinyang.henanrexian.cn/xinyang/2022/1216/169762.html (息县, Henan): no line names another
    # place; the text speaks as a county (县委常委, 县政府).
    text = ("为庆祝新春佳节即将到来,息县将开展“美好息县欢乐新春”系列文化活动,12月14日下午,筹备会召开,"
            "息县县委常委、宣传部部长、县政府副县长贡少辉,县政府副县长谢文彬出席了会议。\n")
    assert _division(text) == "411528"
    assert _canonicals(text, "县政府") == ["息县人民政府", "息县人民政府"]


def test_a_two_character_county_inside_a_word_is_no_place():
    # wr2026-安徽省 (/work/r6/readable): 和县 in 城市和县城 and 新县 in 新县城 are no counties.
    from govie.document.head import _short_county_mentions
    from govie.kb.divisions import load_divisions
    divs = load_divisions()
    text = "城市和县城建成区黑臭水体基本消除"
    assert _short_county_mentions(text, divs, divs.mentions(text)) == []


def _meta(text):
    from .test_head_probe12 import _meta as meta
    return meta(text).meta


def test_spaced_portal_labels_are_labels():
    # https://xiexiebang.com/a11/201905147/5427ba22e70eea18.html (安宁市, a repost of its portal
    # block): 索 引 号, 名 称 and 文 号 are spaced out; 文 号 gives the document's own number.
    from govie.document.portal import read_portal
    line = ("更新日期:2011-10-27 10:24:05 索 引 号:530181-008974-20111027-0001 发布机构:安宁市人民政府办公室 "
            "发文日期:2011-09-27 名 称:安宁市人民政府关于严格执行土地报批和供应工作流程及职责的通知 文 号:安政发〔2011〕25号\n")
    fields = read_portal(line).fields
    assert fields["docno"] == "安政发〔2011〕25号"
    assert fields["title"] == "安宁市人民政府关于严格执行土地报批和供应工作流程及职责的通知"


def test_a_portal_table_frames_no_value():
    # http://fangguan.jiading.cn/publicity/fdzdgknr/zfwj/gbmwj/125925 (嘉定区房管局): the block is a
    # table whose cells are framed by bars.
    from govie.document.portal import read_portal
    text = ("索引号: | WE6304000-2020-005 | 发布机构: | 区房管局 |\n"
            "生效日期: | 2020年05月11日 | 文 号: | 嘉房管〔2020〕59号 |\n")
    assert read_portal(text).fields["docno"] == "嘉房管〔2020〕59号"


def test_an_issuer_named_by_its_bare_level_is_the_divisions():
    # http://www.yixing.gov.cn/doc/2023/11/21/1186472.shtml (宜兴市): the title names its issuer only
    # as 市政府; the record names 宜兴市's, as the DEPT link does.
    text = ("市政府关于授予肖颖等同志见义勇为称号和表彰见义勇为工作先进单位先进工作者的决定\n"
            "各开发区管委会(管理办),各镇人民政府,各街道办事处,市各委办局,市各直属单位:\n"
            "  为深入践行社会主义核心价值观,大力弘扬社会正气,倡导见义勇为,根据《江苏省奖励和保护见义勇为人员条例》"
            "《无锡市奖励和保护见义勇为人员条例》《宜兴市见义勇为称号评定实施办法》规定,经基层推荐,市政府决定授予"
            "肖颖等16名同志“宜兴市见义勇为先进个人”称号。\n")
    assert _meta(text)["doc_issuers"] == ["宜兴市人民政府"]


def test_a_text_that_names_no_place_and_speaks_locally_is_not_national():
    # http://www.lg.gov.cn/xxgk/zwgk/zfgzbg/content/post_2856800.html (深圳市龙岗区 report, an excerpt
    # without its title): 我国 is no reason to call it national; its 市委/区委 are kept.
    text = ("2013年,我们深入贯彻落实党的十八大和十八届三中全会精神,在市委、市政府和区委的正确领导下,"
            "在历届区委区政府打下的良好基础上,团结带领全区人民迎难而上、主动作为,圆满完成了区五届人大二次会议"
            "确定的年度工作任务。\n"
            "企业科技竞争力不断增强,获市级以上科技进步奖12项,其中国家科技进步奖3项;新增国家级高新技术企业102家;"
            "华为公司成为我国首个跻身全球研发支出50强企业。\n")
    assert _division(text) is None
    assert _canonicals(text, "区委") == [None, None]


def test_a_conjunction_before_county_bodies_is_no_county():
    # https://secure-stuff.com/ztzl/zfcwhy/content/post_1604647.html (a county news item that never
    # names its county): 和县 in 会议和县十六届 is 和 + 县.
    from govie.document.head import _short_county_mentions
    from govie.kb.divisions import load_divisions
    divs = load_divisions()
    text = "县委副书记、县长房志荣主持召开县政府党组(扩大)会议和县十六届第9次政府常务会议。"
    assert _short_county_mentions(text, divs, divs.mentions(text)) == []


def test_a_party_committee_masthead_names_its_city_before_the_number_prefix():
    """石党发 reads 石家庄 by its prefix; the masthead 中共石嘴山市委 names the city (Ningxia, 2020:
    http://meta.librarydata.cn/metainfo?metaID=310320020220001833)."""
    import govie

    text = ("中共石嘴山市委石嘴山市人民政府关于印发《石嘴山市关于抓好“三农”领域重点工作确保如期实现全面小康社会的实施方案》的通知\n"
            "石党发〔2020〕1号\n"
            "《石嘴山市关于抓好“三农”领域重点工作确保如期实现全面小康社会的实施方案》已经市委、市政府研究同意，现印发给你们，请认真抓好落实。")
    result = govie.extract(text, model=None)
    assert result.to_dict()["meta"]["division"]["name"] == "石嘴山市"
    links = {e.text: e.canonical for e in result.entities if e.label == "DEPT"}
    assert links["市委"] == "中共石嘴山市委员会" and links["市政府"] == "石嘴山市人民政府"
    # 石 is 石嘴山's prefix as well as 石家庄's: the document's own city decides.
    (docno,) = [e for e in result.entities if e.label == "DOCNO"]
    assert docno.attrs["division"] == "640200"
