"""PERSON in provincial, prefecture and county policy pages (probe per16): names between a post
and the verb of a division of work, names before a local head's post, unit-name pairs of a
commendation list, bracketed posts and two-name lines of a roster, a contact after its unit,
notes of sex in a list, transliterated names with a katakana dot, recurring names."""

import govie
from .mentions import spans


def _persons(text: str):
    return spans(text, "PERSON", model=None)


def test_post_name_verb_of_division_of_work():
    # http://china.zjol.com.cn/system/2013/04/16/019282701.shtml (湖南省人民政府领导成员工作分工)
    text = "常务副省长陈肇雄负责省政府常务工作。\n副省长韩永文负责住房和城乡建设、重点工程建设方面工作。\n省长助理袁建尧分管“两烟”工作。"
    assert _persons(text) == ["陈肇雄", "韩永文", "袁建尧"]


def test_post_name_then_ren_and_ji():
    # https://freewechat.com/a/MzIwNDU1NDE5Mg==/2247490986/1 (湖北省第四次全国经济普查领导小组)
    text = "领导小组由省委常委、常务副省长黄楚平任组长,省政府副秘书长王太晖及省统计局、省委宣传部相关负责人任副组长。"
    assert _persons(text) == ["黄楚平", "王太晖"]


def test_name_before_local_head_post():
    # http://heyuan762.com/2012/0515/8088.html (广东省政府领导分工)
    text = "具体分工如下:\n朱小丹省长,主持省政府全面工作,分管审计工作。\n陈云贤副省长,分管科技、教育、金融、知识产权工作。\n招玉芳副省长,分管外经贸、口岸、旅游工作。"
    assert _persons(text) == ["朱小丹", "陈云贤", "招玉芳"]


def test_post_inside_body_names_no_one():
    # 市政府副市长 is a body's post, 省长助理 a longer post: no name before them.
    assert _persons("经市政府副市长,分管。省长助理分管工作。") == []


def test_unit_name_pairs_of_a_commendation_list():
    # https://code.fabao365.com/law_488911.html (新余市政务督查先进个人)
    text = ("二、先进个人(16名): 市人民政府办公室 李勇平 市科学技术局 赖立明 市林业局 徐新平 "
            "市民政局 柳 絮 市财政局 吴小军 市文化局 饶 芹 市劳动和社会保障局 何勇兵 希望受表彰的单位")
    assert _persons(text) == ["李勇平", "赖立明", "徐新平", "柳 絮", "吴小军", "饶 芹", "何勇兵"]


def test_roster_with_bracketed_posts():
    # http://www1.tax.org.cn/article.aspx?menuid=1333&tab=tab_laws&tabid=1492679 (东府办函[2003]248号)
    text = ("领导小组成员名单如下: \n  组 长:张顺彩(市政府副市长) \n  副组长: \n  周华驹(市政府副秘书长) \n"
            "  洪耀坚(市卫生局局长) \n  成员: \n  何伟森(市市政局) \n  钟超(市发展计划局) \n  陈锐康(市财政局) \n")
    assert _persons(text) == ["张顺彩", "周华驹", "洪耀坚", "何伟森", "钟超", "陈锐康"]


def test_roster_line_with_two_names():
    # http://www.fymate.net/html/text/lar/169276/16927642.html (黄政办发[2007]17号)
    text = ("2、市环境保护委员会\n主 任:刘雪荣\n副主任:卢焱群、龙福清\n3、市地方志编纂委员会\n主 任:刘雪荣\n"
            "常务副主任:卢焱群\n4、市爱国卫生运动委员会\n主 任 委 员:刘雪荣\n常务副主任委员:梅香雪\n"
            "5、市绿化委员会\n主 任:刘雪荣\n副主任:杨智、蔡德坤\n")
    persons = _persons(text)
    assert {"龙福清", "杨智", "蔡德坤"} <= set(persons) and "常务" not in persons


def test_contact_after_its_unit():
    # https://slyj.suining.gov.cn/zwgk/show/874fd5e400e449a5a411265b28dc5a87.html
    text = "请认真遵照执行。\n联系人:生态保护修复科 刘覃,联系电话:18011176195,邮箱:26552479@qq.com。"
    assert _persons(text) == ["刘覃"]


def test_list_with_notes_of_sex():
    # http://mmsk.com/html/13/6/6047/1.htm (茂名市表彰优秀人大代表)
    text = "“十大优秀人大代表”分别是:王育波、吴胜真、王玲(女)、黄敏(女)、梁清、黄坤、黄青、钟桂祥、刘萍(女)、麦上荣。"
    assert _persons(text) == ["王育波", "吴胜真", "王玲", "黄敏", "梁清", "黄坤", "黄青", "钟桂祥", "刘萍", "麦上荣"]


def test_katakana_dot_and_recurring_transliterated_name():
    # https://nanfei8.com/zonghexinwen/guoneixinwen/2015-06-29/18304.html
    text = ("资料图:阿力木江・买买提明。\n新疆维吾尔自治区人民政府党组成员、秘书长、办公厅党组书记阿力木江・买买提明涉嫌严重违纪。\n"
            "2004年2月,阿力木江・买买提明调任自治区教育厅党组成员、副厅长。")
    r = govie.extract(text, model=None)
    spans = [(e.start, e.end) for e in r.entities if e.label == "PERSON"]
    assert len(spans) == 3 and all(text[s:e] == "阿力木江・买买提明" for s, e in spans)


def test_resignation_and_recurring_name():
    # https://www.shobserver.com/news/detail?id=412636 (西藏自治区人大常委会任免)
    text = ("会议表决通过了关于接受齐扎拉辞去西藏自治区主席职务的请求的决定。会议决定任命严金海为西藏自治区副主席。\n"
            "严金海出生于1962年3月,藏族,大学学历。")
    assert _persons(text) == ["齐扎拉", "严金海", "严金海"]
