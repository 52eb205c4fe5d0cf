"""Service guides: probe guide24's pages (round 15). Numbered procedure steps in Chinese numerals and a
header row of guide fields make a guide; an applicant's 落户地派出所 is a class; a cap word alone and
a verb before a grant name no indicator; a service's 受理条件 is a noun."""

import govie
from govie.taggers.dept import is_class_dept
from govie.text.guide import is_guide


def _doc(text):
    return govie.extract(text, model=None).to_dict()


def _metrics(text):
    return {e["text"]: e.get("indicator") for e in _doc(text)["entities"] if e["label"] == "METRIC"}


def _triggers(text):
    return [a["trigger"]["text"] for a in _doc(text)["activities"]]


# https://www.shenqiu.gov.cn/p_detail_14565.html (沈丘县, 临时救助)
SHENQIU = ("一、申请:凡认为符合救助条件的城乡居民家庭或个人,提供身份证、户口薄、申请事由佐证资料,向所在地乡镇政府(街道办事处)提出临时救助申请。\n"
           "二、审核:乡镇(街道办事处)人民政府在收到申报材料后,对申请人的家庭经济状况、人口状况、遭遇困难类型等逐一调查,提出审核意见。\n"
           "三、审批:县民政局收到乡镇政府(街道办事处)上报的申请人相关材料后,根据救助对象困难情况进行综合评审,确定救助金额,作出审批决定。\n"
           "四、资金发放:县民政局将临时救助数据推送到县财政局惠民惠农补贴“一卡通”系统,通过“一卡通”系统把临时救助金,拨付到申请人提供的银行账户上。\n")

# http://www.jiangle.gov.cn/ztzl/zwgkbzhjsgz/xxgk/26glyxxgk/hjgl/202011/t20201120_1593306.htm (将乐县)
JIANGLE = ("出生登记—新生儿国内出生户口登记\n时间:2020-11-20 11:31\n"
           "一级事项 二级事项 受理部门 办理条件 办理流程 所需材料 办理时限 收费依据及标准 全社会 特定群体 主动 依申请 县级 乡级\n"
           "1 出生登记 新生儿国内出生户口登记 落户地派出所 国内出生,婚生子女随父或母出生申报户口登记。 "
           "申报人前往落户地派出所户籍窗口申报出生户口登记,材料齐全,当场办结。\n"
           "当场办结 无收费 《中华人民共和国户口登记条例》 形成或者变更之日起20个工作日内予以公开\n")


def test_steps_in_chinese_numerals_make_a_guide():
    assert is_guide(SHENQIU)
    # its procedure steps (申请, 评审, 发放) are prescribed, not reported
    assert _triggers(SHENQIU) == []


def test_header_row_of_fields_makes_a_guide():
    assert is_guide(JIANGLE)
    assert "20个工作日" not in _metrics(JIANGLE)


def test_one_field_in_a_policy_sentence_is_no_guide():
    # a policy's sentence naming two fields inline, not as a header row
    assert not is_guide("各地要公开办理条件和办理时限,方便群众办事。")


def test_place_of_record_before_a_station_is_a_class():
    assert is_class_dept("落户地派出所")
    assert is_class_dept("户口所在地派出所")
    depts = [e["text"] for e in _doc(JIANGLE)["entities"] if e["label"] == "DEPT"]
    assert "落户地派出所" not in depts


def test_cap_word_alone_takes_the_clause_before():
    # http://m.ddtbk.com/techan/460b037ffbd629558ca19ba8193eaaf1.html (柳州)
    text = ("(二)小微企业借款人贷款额度由经办银行根据小微企业实际招用符合条件的人数合理确定,"
            "最高不超过300万元,贷款最长不超过2年。")
    assert _metrics(text)["300万元"] == "小微企业借款人贷款额度"


def test_grant_named_after_the_sum():
    # https://www.chacewang.com/newsdetail/news657361.html
    text = ("在登记注册后半年内可给予一次性初始创业补贴资金3000元,可一次性给予10000元创业补贴资金"
            "(两次申领的创业补贴资金累计不超过1万元);就业困难人员,可一次性给予1万元创业补贴,2.毕业")
    got = _metrics(text)
    assert got["10000元"] == "创业补贴资金"
    assert got["1万元"] == "创业补贴"


def test_service_condition_and_receipt_are_nouns():
    # http://www.whxn.com.cn/news/xinzc/541386.html (出生登记)
    assert _triggers("5、港、澳地区出生的,提交由市局业务科同意受理证明和申请人入境时所持的《中华人民共和国出入境通行证》。") == []
    # http://m.senbk.com/techan/051f51a4784331428d8433c70e1ce58d.html (茂名)
    assert _triggers("补贴受理条件和期限:\n1 、已申请灵活就业社保补贴的灵活就业人员,逾期不再受理。") == []
    # https://www.51dongshi.net/wzztf/rcsvd/rcsvdbhcb (广东, passport)
    assert "受理" not in _triggers("受理阶段,工作人员将审核提交的材料,确保完整无误。")
