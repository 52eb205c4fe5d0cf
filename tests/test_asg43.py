"""Probe asg43 (round 19): who takes part after a 牵头 in a responsibility note (real sentences)."""
import govie


def _assignments(text, date):
    return govie.extract(text, reference_date=date).assignments


# http://wisor.cc/policy/show.php?from=client&itemid=104767 (内蒙古自治区人民政府办公厅 2013, 呼包银榆经济区
# 重点工作分工方案; the page excerpt stops inside the third note, before its 配合).
NMG_2013 = (
    "内蒙古自治区人民政府办公厅关于印发自治区贯彻落实国家《呼包银榆经济区发展规划(2012—2020年)》重点工作分工方案的通知\n"
    "  (二) 全国节水型社会建设示范区。实施最严格的水资源管理制度,严格控制用水总量,全面提高用水效率,加快水权转换和交易建设,"
    "促进水资源可持续利用。(自治区水利厅牵头,自治区发展改革委、国土资源厅、环保厅及相关盟市配合)\n\n"
    "  (三) 国家重要的生态安全保障区。统筹生态建设、环境保护和经济社会发展,加强防沙治沙、草原生态系统保护、黄土高原水土流失"
    "综合治理和矿山生态修复,实现经济发展与生态环境相协调,着力建设安全可靠的生态屏障。(自治区发展改革委牵头,"
    "自治区国土资源厅、水利厅、农牧业厅、林业厅、财政厅及相关盟市")


def test_a_list_after_the_lead_with_no_cue_of_its_own_takes_part():
    found = _assignments(NMG_2013, "2013-05-23")
    assert len(found) == 2
    a = found[1]
    assert a.task["text"].startswith("国家重要的生态安全保障区")
    assert a.lead == ["内蒙古自治区发展和改革委员会"]
    # 及相关盟市 is a class joined by 及: the list is still bodies only, and they support.
    assert {"内蒙古自治区国土资源厅", "内蒙古自治区水利厅", "内蒙古自治区财政厅"} <= set(a.support)
    # Inner Mongolia's farming and herding department before 2018 (registry_src/provincial_exceptions.tsv).
    assert "内蒙古自治区农牧业厅" in a.support
    assert "内蒙古自治区发展和改革委员会" not in a.support


# https://www.sjz.gov.cn/columns/57d2947c-06e4-4b0a-a8f9-7fbb0651462a/201706/02/a41c09c0-ceab-41f1-a36f-396aaee13d73.html
# (石家庄市人民政府关于促进居民收入增长的实施意见, item 1, shortened to its last sentence).
SJZ = ("石家庄市人民政府\n关于促进居民收入增长的实施意见\n"
       "1.完善政策体系扶持就业。实行更加有利于促进就业的产业、贸易、财政、税收及金融政策,增加就业岗位、扩大就业总量,"
       "改善就业结构、提升就业质量。(市人社局牵头,市发改委、财政局、商务局、金融办、工商局、地税局负责)\n")


def test_a_plain_fuze_after_a_named_qiantou_takes_part():
    (a,) = _assignments(SJZ, "2013-06-02")
    assert a.lead == ["石家庄市人力资源和社会保障局"]
    assert "石家庄市发展和改革委员会" in a.support and "石家庄市财政局" in a.support


def test_fuze_alone_still_leads():
    # https://www.sangco.com.cn/gkmlpt/content/3/3608/post_3608759.html (东府〔2021〕54号, item 2): no 牵头,
    # every body named before 负责 leads.
    text = ("東府〔2021〕54號\n東莞市人民政府關于貫徹落實《廣東省進一步穩定和擴大就業若干政策措施》的實施意見\n"
            "2.繼續按不高于2017年征收標準征收殘疾人就業保障金。(市殘聯、市財政局、市稅務局負責)\n")
    (a,) = _assignments(text, "2021-05-20")
    assert "东莞市财政局" in a.lead and a.support == []
