"""National DEPT cases of probe dept31n (round 17): real sentences, their pages in comments."""
import pytest

from .mentions import depts


def _depts(text):
    return depts(text, model=None)


def test_local_tax_bureau_after_comma_in_addressee_line_is_a_class():
    # 财税[2016]140号, reposted at http://www.lhcxboss.cn/baike/204726.html (the page joins items with commas)
    text = ("財政部國家稅務總局關于明確金融 房地產開發 教育輔助服務等增值稅政策的通知\n財稅[2016]140號\n"
            "各省、自治區、直轄市、計劃單列市財政廳(局)、國家稅務局,地方稅務局,新疆生產建設兵團財務局:\n"
            "現將營改增試點期間有關金融、房地產開發、教育輔助服務等政策補充通知如下:")
    depts = _depts(text)
    assert "地方稅務局" not in [t for t, _ in depts]
    assert "新疆生產建設兵團財務局" in [t for t, _ in depts]


def test_central_body_after_comma_of_addressee_line_stays():
    # 国函〔2006〕94号's addressees: a registry body after the comma is a central body, not a class.
    text = "国务院关于X的批复\n国函〔2006〕94号\n各省、自治区、直辖市人民政府,发展改革委、监察部：\n现批复如下。"
    assert ("发展改革委", "国家发展和改革委员会") in _depts(text)


@pytest.mark.parametrize("written, canonical", [
    ("工業和資訊化部", "工业和信息化部"),
    ("資訊産業部", "信息产业部"),
    ("國務院資訊化工作辦公室", "国务院信息化工作办公室"),
])
def test_gateway_spelling_of_xinxi(written, canonical):
    # 2008 reform news on the big5 gateway of chinataiwan.cn, which prints 信息 as 資訊:
    # http://big5.taiwan.cn/gate/big5/www.chinataiwan.cn/zt/szzt/dabuzhigaige/buweifanyingfa/asdflkj/200803/t20080312_604574.htm
    text = ("時間:2008-03-11 15:07\n  ——組建工業和資訊化部。組建國家國防科技工業局,由工業和資訊化部管理。"
            "國家煙草專賣局改由工業和資訊化部管理。不再保留國防科學技術工業委員會、資訊産業部、國務院資訊化工作辦公室。")
    assert (written, canonical) in _depts(text)


def test_national_civil_aviation_administration_as_the_reform_wrote_it():
    # Same page: 組建國家民用航空局,由交通運輸部管理 (the body since 2008 is 中国民用航空局).
    text = "時間:2008-03-11 15:07\n  ——組建交通運輸部。組建國家民用航空局,由交通運輸部管理。"
    assert ("國家民用航空局", "中国民用航空局") in _depts(text)


def test_nsfc_written_jijinhui_with_guojia():
    # 国务院中医药工作部际联席会议办公室, 2017-02-10, reposted at http://www.sxrywy.com/new/shownews.php?id=54&lang=cn
    text = "国务院中医药工作部际联席会议各成员单位,国务院国资委、国家自然科学基金会、国家档案局、国务院扶贫办:"
    depts = _depts(text)
    assert ("国家自然科学基金会", "国家自然科学基金委员会") in depts
    assert ("国务院扶贫办", "国务院扶贫开发领导小组办公室") in depts
