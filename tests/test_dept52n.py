"""Round 21 probe dept52n: national DEPT in documents that name many bodies (member lists of joint
conferences, joint notices of judicial and military organs), 2014-2025. Every quote names its source."""
from .mentions import depts


# mip.yaozui.com/p127023.html (国务院中医药工作部际联席会议's members, 2016).
ZHONGYIYAO = ("联席会议成员名单\n召集人:国务院副总理刘延东\n"
              "成员:新闻办副主任郭卫民、中央统战部副部长斯塔、侨办副主任谭天星、港澳办副主任周波、法制办副主任袁曙宏、"
              "台办副主任龙明彪、保监会副主席黄洪、中医药局副局长马建中")


def test_the_state_council_taiwan_office_in_a_members_list():
    # Before: 台办 not found (侨办、港澳办 beside it were); two characters are scanned only as a list's item.
    found = depts(ZHONGYIYAO, reference_date="2016-08-25")
    assert ("台办", "中共中央台湾工作办公室") in found
    assert ("侨办", "国务院侨务办公室") in found
    assert ("港澳办", "国务院港澳事务办公室") in found


def test_the_two_characters_inside_other_words_are_no_body():
    # The same two characters in 平台办理 (a platform, then 办理 "handle") in a central text.
    text = "国务院办公厅关于推进政务服务的通知\n企业可通过全国一体化政务服务平台办理相关事项。"
    assert not [d for d in depts(text) if "台办" in d[0]]


# m.tfltb.cn/politics/2022_07_29_651480.shtml (最高人民检察院's press conference, 2022-07-29).
JUNJIAN = ("2016年,最高人民检察院、中央军委政法委员会联合下发《关于进一步加强和完善军事检察机关和地方检察机关协作工作的意见》;"
           "2018年,最高人民检察院办公厅下发《关于进一步聚焦服务保障大局深化军地检察协作的通知》。")


def test_an_organ_of_the_central_military_commission_in_a_joint_document():
    # Before: only 中央军委 was found, so the joint issuer was the commission itself.
    found = depts(JUNJIAN, reference_date="2022-07-29")
    assert ("中央军委政法委员会", "中央军事委员会政法委员会") in found
    assert ("中央军委", "中央军事委员会") not in found


def test_the_commission_audit_office_is_not_the_state_audit_office():
    # Before: 中央军委 + 审计署 linked to the State Council's 审计署 (a wrong body), and 军委科学技术委员会
    # as the former 国家科学技术委员会. The CMC's organs of the 2016 reform are in the registry now.
    text = "中央军委审计署、军委科学技术委员会负责同志参加会议。"
    found = depts(text, reference_date="2020-06-01")
    assert ("中央军委审计署", "中央军事委员会审计署") in found
    assert ("军委科学技术委员会", "中央军事委员会科学技术委员会") in found
    assert all(c not in ("审计署", "国家科学技术委员会") for _, c in found)


# military.people.com.cn/n/2014/0414/c1011-24890307.html (中央政法委、总政治部's opinion, 2014).
SHEJUN = ("意见明确,建立全国涉军维权工作协调机制,由中央政法委和总政治部牵头,最高人民法院、最高人民检察院、公安部、"
          "国土资源部、全国双拥工作领导小组办公室、国家人民防空办公室等,指派联络员,定期通报工作情况。")


def test_the_national_civil_air_defence_office():
    # Before: 人民防空办公室 without its 国家, and no canonical.
    found = depts(SHEJUN, reference_date="2014-04-13")
    assert ("国家人民防空办公室", "国家人民防空办公室") in found
    assert ("总政治部", "中国人民解放军总政治部") in found
