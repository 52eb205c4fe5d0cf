"""Round 16 probe dept28n: national DEPT in ministry notices to provincial departments, ministry
news and joint news of ministries with central party bodies. Every quote names its source."""
from .mentions import depts


def _depts(text, date, model=None, units=False):
    return depts(text, reference_date=date, model=model, units=units)


# GitHub file (read_file id 35373844947): 国家卫生计生委办公厅, 国卫办医函〔2016〕936号.
NHFPC = ("国家卫生计生委办公厅关于印发三级综合医院医疗服务能力指南（2016年版）的通知\n"
         "各省、自治区、直辖市卫生计生委，新疆生产建设兵团卫生局：\n"
         "　　各省级卫生计生行政部门要定期总结工作经验，及时将工作进展情况报送我委医政医管局。\n"
         "　　联系人：医政医管局 罗庆华、胡瑞荣、王毅\n"
         "国家卫生计生委办公厅\n2016年8月29日")


def test_the_provinces_commissions_hold_no_former_national_commission():
    # Before: 计生委 of 直辖市卫生计生委 tagged and linked to 国家卫生和计划生育委员会.
    found = _depts(NHFPC, "2016-08-29")
    assert not any(t == "计生委" for t, _ in found)
    assert ("新疆生产建设兵团卫生局", "新疆生产建设兵团卫生局") in found


def test_a_unit_after_the_commission_s_own_voice_and_named_again():
    # Before: neither 医政医管局 was found.
    found = _depts(NHFPC, "2016-08-29", units=True)
    assert found.count(("医政医管局", "国家卫生和计划生育委员会", "医政医管局")) == 2


# 卫生部关于撤销“路德牌普丽新胶”保健食品批准证书的通知 (2002), http://law361.infoeach.com/view-MzYxfDk0ODQ=.html
MOH = "卫生部\n\n现依据《保健食品管理办法》第二十七条的规定，我部决定撤销你公司“路德牌普丽新胶囊”的保健食品批准证书。"


def test_a_verb_after_the_ministry_s_voice_is_no_unit():
    assert _depts(MOH, "2002-09-11") == [("卫生部", "卫生部")]


# 世界互联网大会举行人工智能发展与治理交谈会, source 中国网信网 (GitHub file, read_file id 46993654797).
CAC_NEWS = ("中国国家互联网信息办公室网络管理技术局、网络安全协调局、国际合作局负责人参加会议，"
            "并在互动环节就人工智能相关政策问题与会员代表进行交流。")


def test_a_central_body_after_the_state_s_name_keeps_its_units_and_their_list():
    # Before: 中国国家互联网信息办公室 alone (its bureau dropped), the two listed bureaus not found.
    cac = "中央网络安全和信息化委员会办公室"
    assert _depts(CAC_NEWS, "2024-07-24", units=True) == [
        ("中国国家互联网信息办公室网络管理技术局", cac, "网络管理技术局"),
        ("网络安全协调局", cac, "网络安全协调局"), ("国际合作局", cac, "国际合作局")]


# http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2009-07/10/content_1362411.htm (traditional script).
SAIC_2009 = ("全國工商行政管理局長座談會7月9日上午在西北名城甘肅省蘭州市開幕。\n"
             "國家工商總局副局長付雙建、劉凡、王東峰、鐘攸平,中央紀委駐總局紀檢組組長石見元出席會議。\n"
             "甘肅省工商局認真貫徹落實省委、省政府的決策部署和總局的工作安排。")
# http://big5.www.gov.cn/gate/big5/www.gov.cn//gzdt/2008-08/05/content_1065111.htm
SAIC_2008 = ("國家工商總局副局長王東峰出席會議並作重要講話。王東峰指出,總局黨組和周伯華局長對對口支援青海藏區工商工作高度重視。"
             "並決定由北京、上海、廣東、浙江、江蘇、山東6個省市工商局對口支援青海省6個藏族自治州工商系統。")


def test_the_nation_s_bureaus_and_a_group_of_provinces_bureaus_are_classes():
    # Before: 工商行政管理局 of 全國工商行政管理局長座談會 (linked to 国家工商行政管理总局, or to 西宁市's
    # bureau) and 工商局 of 6個省市工商局.
    assert not any(t in ("工商行政管理局", "工商局") for t, _ in _depts(SAIC_2009, "2009-07-10"))
    assert not any(t == "工商局" for t, _ in _depts(SAIC_2008, "2008-08-05"))


def test_a_bare_general_administration_is_the_one_the_text_names():
    # Before: 總局 (总局党组, 总局的工作安排) unmarked.
    saic = "国家工商行政管理总局"
    assert ("總局", saic) in _depts(SAIC_2008, "2008-08-05")
    assert ("總局", saic) in _depts(SAIC_2009, "2009-07-10")


def test_a_discipline_commission_s_stationed_group_is_one_span():
    # Before: 中央紀委 alone, its group's 總局 a second body.
    found = _depts(SAIC_2009, "2009-07-10", units=True)
    assert ("中央紀委駐總局紀檢組", "中国共产党中央纪律检查委员会", "驻总局纪检组") in found
