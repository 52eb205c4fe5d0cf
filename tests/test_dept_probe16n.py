"""DEPT in national documents, round-11 probe (dept16n): real lines of published pages
(addresses in each test)."""

from __future__ import annotations

from .mentions import depts


def _depts(text, reference_date=None):
    return depts(text, reference_date=reference_date)


def test_a_provincial_press_and_publication_bureau_is_a_body():
    # http://ask.fsou.com/html/text/chl/1187/118745.html (新出音[2006]1018号): the addressee of a
    # State press administration's reply; provinces had a 新闻出版局 from 1987 until the 2013-2014 mergers.
    text = ("新闻出版总署关于同意江苏省新闻出版局建立网络出版监管系统的批复\n"
            "(2006年9月29日 新出音[2006]1018号)\n\n江苏省新闻出版局:\n  你局苏新出电字[2006]29号文收悉。")
    assert _depts(text, "2006-09-29").count(("江苏省新闻出版局", "江苏省新闻出版局")) == 2


def test_the_addressee_class_of_press_bureaus_stays_a_class():
    # http://law751.infoeach.com/view-NzUxfDUzNTAw.html (工商广字(2001)第37号): every province's bureau.
    text = "各省、自治区、直辖市及计划单列市工商行政管理局、广播影视局(厅)、新闻出版\n局:"
    assert _depts(text, "2001-01-01") == []


def test_the_state_bureau_of_standards_of_the_1980s():
    # https://www.ppdoc.com/periodical/6c47861225490b8b8c55ee1981abb4e4.html (进口商品质量监督管理办法,
    # 1980s): 国家标准局 (1978-1988, merged into 国家技术监督局) and 国家工商管理局, the usual short
    # name of 国家工商行政管理局.
    text = ("现将国家商检局、国家经委、经贸部、海关总署联合制订,并经交通部、国家工商管理局、国家标准局同意的"
            "《进口商品质量监督管理办法》发给你们。")
    found = _depts(text, "1986-01-01")
    assert ("国家工商管理局", "国家工商行政管理局") in found
    assert ("国家标准局", "国家标准局") in found


def test_kinds_of_state_council_bodies_are_classes():
    # http://law604.infoeach.com/view-NjA0fDI2NA==.html (国务院令第227号, 1997, Art. 6).
    text = ("第六条国务院行政机构根据职能分为国务院办公厅、国务院组成部门、国务院直属机构、国务院办事机构、"
            "国务院组成部门管理的国家行政机构和国务院议事协调机构")
    assert [d[0] for d in _depts(text, "1997-08-03")] == ["国务院", "国务院办公厅"]


def test_state_council_coordinating_bodies_are_a_class():
    # http://minle.gsjgbz.gov.cn/mlx_bzcs/201305/t20130530_56124.html (民乐县编办, 2013).
    text = ("国务院议事协调机构承担跨国务院行政机构的重要业务工作的组织协调任务,其设立、撤销或者合并由"
            "国务院机构编制管理机关提出方案,报国务院决定。")
    # 国务院机构编制管理机关 is one body named by its field (probe dept37n), as 国务院专利行政部门.
    assert [d[0] for d in _depts(text)] == ["国务院", "国务院机构编制管理机关", "国务院"]


def test_state_council_competent_departments_are_a_class():
    # http://www.kleyou.net/html/text/chl/216/21622.html (国办秘函〔1998〕373号).
    text = "凡是国务院批准、国务院主管部门发布的行政法规、各部门制定的规章以及适宜在《公报》上刊登的文件"
    assert [d[0] for d in _depts(text, "1998-11-01")] == ["国务院"]


def test_the_office_of_each_body_of_a_class_is_no_body():
    # http://www.kleyou.net/html/text/chl/216/21622.html (国办秘函〔1998〕373号): addressee line and text;
    # the bare 办公厅 was linked to 国务院办公厅, a wrong body.
    addressees = "各省、自治区、直辖市人民政府办公厅,国务院各部委、各直属机构办公厅(室):"
    text = "一、国务院各部门和各直属机构办公厅(室),要充分认识《公报》的重要作用,加强对《公报》的宣传和供稿工作。"
    assert _depts(addressees, "1998-11-01") == []
    assert _depts(text, "1998-11-01") == []


def test_a_list_of_local_kinds_of_bodies_is_a_class():
    # https://m.doczj.com/doc/c119091244.html (中共中央办公厅, 公开选拔党政领导干部工作暂行规定, 2004):
    # 人大常委会 and 政协 were linked to the national bodies.
    text = ("公开选拔党政领导干部工作暂行规定\n\n•【制定机关】中共中央办公厅\n\n"
            "第四条公开选拔适用于选拔地方党委、人大常委会、政府、政协、纪委工作部门或者工作机构的领导成员或者其人选,"
            "以及其他适于公开选拔的领导成员或者其人选。")
    assert [d[0] for d in _depts(text, "2004-04-08")] == ["中共中央办公厅"]


def test_a_list_of_local_bodies_after_levels_is_a_class():
    # http://www.shaoyunxiang.cn/doc/866866f4b3f69e1c7 (国务院办公厅, 2002 notice on the 国务院公报; the
    # mirror is in traditional characters, the sentence is the notice's own simplified text).
    text = ("国务院办公厅关于向地方各级人民政府发送国务院公报及有关事项的通知\n\n同时,继续向各省、自治区、直辖市"
            "县以上党委、人大、政协(新增加)、法院、检察院及各民主党派中央赠送《国务院公报》。")
    assert [d[0] for d in _depts(text, "2002-01-01")] == ["国务院办公厅", "国务院"]


def test_a_province_own_congress_and_cppcc_stay_bodies():
    # /work/r6/readable/wr2026-宁夏回族自治区.txt: the region's own bodies, no class head before them.
    text = "是自治区党委正确领导，自治区人大、政协大力支持和全区上下奋力拼搏的结果"
    assert [d[0] for d in _depts(text)] == ["自治区党委", "自治区人大", "政协"]
