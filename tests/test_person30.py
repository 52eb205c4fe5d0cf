"""PERSON in provincial, prefecture and county government news and notices (probe person30): lists closed
by a count or after a district head's post, less common surnames, 应邀/与/以及 after a name, dotted names
before 同志 or 以及, reviewers' fields, chained phone contacts. Real sentences, each with its page's
address, on the rules alone."""
import govie


def persons(text: str) -> list[str]:
    r = govie.extract(text, model=None)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return [e.text for e in r.entities if e.label == "PERSON"]


def test_list_closed_by_a_count_of_people():
    # http://www.zgjx.gov.cn/xwzx/zwyw/202404/t20240409_336800.html (吉县 2024)
    text = "会上，张再峰、王怡璇、刘存孝、杨林霞、张东忠、李庆6位委员代表作大会议政发言。"
    assert persons(text) == ["张再峰", "王怡璇", "刘存孝", "杨林霞", "张东忠", "李庆"]


def test_lists_with_surnames_zhan_and_xiao():
    # http://www.thnews.gov.cn/content/detail/61cc1631878ead5813000029.html (太湖 2021)
    text = "县委书记朱小兵，县长吴海宏应邀出席会议，县领导赵福南、殷跃平、阮波、李传萍、占卓夫、石金印、王锋、李仁强，县政协秘书长詹晓华出席会议。"
    assert persons(text) == ["朱小兵", "吴海宏", "赵福南", "殷跃平", "阮波", "李传萍", "占卓夫", "石金印", "王锋",
                             "李仁强", "詹晓华"]
    # http://heb.hebei.com.cn/system/2013/01/27/012470638.shtml (河北 2013)
    text = "会上介绍了有关情况。杨勋、尤淑瑞、南庚戌、张展翔、李福全、萧圣立、林玉凤、刘兴、邢文祥等港澳委员和海外列席人士踊跃发言。"
    assert persons(text) == ["杨勋", "尤淑瑞", "南庚戌", "张展翔", "李福全", "萧圣立", "林玉凤", "刘兴", "邢文祥"]


def test_district_deputies_and_a_dotted_name_before_tongzhi():
    # http://www.yizhou.gov.cn/xjhm/zwhy/202503/e60e6df9cdb344b999fae856ae1a6719.shtml (伊州 2025)
    text = ("2025年3月3日，区委副书记、区政府党组书记、区长亚迪卡尔·吐尔洪同志主持召开2025年伊州区人民政府第三次常务会议。"
            "区委副书记、区政府党组副书记、常务副区长蒋笑阳，区政府党组成员、副区长陶永明、项涛、阎洁，副区长马香灵以及区直相关部门"
            "（单位）负责同志参加了会议。")
    assert persons(text) == ["亚迪卡尔·吐尔洪", "蒋笑阳", "陶永明", "项涛", "阎洁", "马香灵"]


def test_name_before_yu_and_a_verb_after_a_post():
    # https://www.gov.cn/gzdt/2007-02/14/content_526817.htm (贵州 2007)
    text = "贵州省委副书记、省长林树森，副省长吴嘉甫，省政协副主席、省委统战部部长伍席源与省政府参事、省文史馆员欢聚一堂。"
    assert persons(text) == ["林树森", "吴嘉甫", "伍席源"]
    # http://www.zgjx.gov.cn/xwzx/zwyw/202404/t20240409_336800.html (吉县 2024): 应邀 is no name
    assert persons("县政府领导班子以及各乡镇乡镇长、县直各有关单位负责人应邀参加。") == []


def test_dotted_names_before_yiji_and_the_closing_fields():
    # http://www.fuhaizx.com/fhxzy/8530.html (福海)
    text = ("10月23日，福海县人大常委会主任沙恒别克·贾那提别克、政协主席古丽努尔·阿布勒以及部分自治区、伊犁州人大代表和政协委员"
            "对福海县重大项目进展情况进行视察。 融媒体中心记者/米立克 编辑：张宏晴 初审：郭文清 终审：陈 薇")
    assert persons(text) == ["沙恒别克·贾那提别克", "古丽努尔·阿布勒", "米立克", "张宏晴", "郭文清", "陈 薇"]
    # http://www.thnews.gov.cn/content/detail/61cc1631878ead5813000029.html (太湖 2021)
    assert persons("2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2287") == ["杨玉娟", "叶玲玲"]


def test_chained_phone_contacts():
    # https://www.quannan.gov.cn/qnxxxgk/nyncwrfz/202312/ffb51875033b4814a574f3685b4f6083.shtml (全南 2023)
    text = "在公示期内，个人和单位均可向县农业农村局反映情况。\n联系电话：钟达士 13970104333；刘林忠 18979774668。"
    assert persons(text) == ["钟达士", "刘林忠"]


def test_a_two_character_name_listening():
    # http://www.sctjzx.gov.cn/Item/2674.aspx (通江 2020)
    text = "县委副书记、县长王军出席会议，县政协主席闫丕川主持。\n\n王军边听边记，并认真作了梳理。王军说，感谢各位委员。"
    assert persons(text) == ["王军", "闫丕川", "王军", "王军"]
