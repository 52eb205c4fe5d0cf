"""Probe dept54c (round 22): county- and district-level policy documents outside Sichuan and Guangdong."""
import govie
from govie.taggers.docno import tag_docnos
from govie.taggers.titles import tag_titles


def _ents(text, label):
    return [(e.text, e.attrs.get("canonical")) for e in govie.extract(text, model=None).entities if e.label == label]


def test_town_of_a_city_without_counties():
    # http://www.danzhou.gov.cn/danzhou/zfxxgkzl/xz/xzz/gkml/202306/t20230625_3440856.html (儋州市新州镇 2023)
    text = ("标题:儋州市新州镇人民政府关于印发《新州镇农村人居环境整治提升五年行动方案(2021-2025年)》的通知\n\n"
            "各村(居)委会:\n\n为做好我镇人居环境卫生整治工作,现将《新州镇农村人居环境整治提升五年行动方案(2021-2025年)》"
            "印发给你们,请认真组织实施。\n\n儋州市新州镇人民政府\n\n2023年1月16日\n")
    depts = _ents(text, "DEPT")
    assert depts and all(c == "儋州市新州镇人民政府" for t, c in depts if t == "儋州市新州镇人民政府")
    # the title row is the document's own title, not a TITLE; the plan it issues is
    titles = [t for t, _ in _ents(text, "TITLE")]
    assert "新州镇农村人居环境整治提升五年行动方案(2021-2025年)" in titles
    assert not any(t.startswith("关于印发") for t in titles)


def test_towns_and_streets_under_zhongshan():
    # http://www.735763.cc/news/16695002552563.html (中山市人民政府关于中山市部分行政区划变更的公告, 2021)
    text = ("中山市人民政府关于中山市部分行政区划变更的公告\n"
            "一是撤销小榄镇、东升镇,设立新的小榄镇,以原小榄镇、东升镇的行政区域为新的小榄镇的行政区域,"
            "小榄镇人民政府驻升平中路8号(原小榄镇人民政府驻地)。\n"
            "二是撤销民众镇,设立民众街道,以原民众镇的行政区域为民众街道的管辖范围,民众街道办事处驻六百六路61号"
            "(原民众镇人民政府驻地)。\n")
    depts = dict(_ents(text, "DEPT"))
    assert depts.get("小榄镇人民政府") == "中山市小榄镇人民政府"
    assert depts.get("民众镇人民政府") == "中山市民众镇人民政府"


def test_subdistrict_named_like_a_district_elsewhere():
    # 东区街道 of 中山市 read as 攀枝花市东区 + 街道办事处 gave 攀枝花市东区人民政府街道街道办事处 (probe dept54c)
    from govie.link import Linker
    linker = Linker()
    assert linker.link("东区街道办事处", jurisdiction="442000").canonical == "中山市人民政府东区街道办事处"
    assert linker.link("东区街道办事处", jurisdiction=None).canonical is None
    assert linker.link("东区人民政府", jurisdiction="510400").canonical == "攀枝花市东区人民政府"


def test_party_committee_code_of_an_unlisted_city():
    # 新州镇 2023 plan cites 《儋州市农村人居环境整治提升五年行动方案(2021-2025年)》(儋委农办[2022]9号)
    found = [("根据(儋委农办[2022]9号)等文件"[m.start:m.end]) for m in tag_docnos("根据(儋委农办[2022]9号)等文件")]
    assert found == ["儋委农办[2022]9号"]
    assert [m.attrs.get("issuer") for m in tag_docnos("根据(儋委农办[2022]9号)等文件")] == [None]
    # 委农办 is the Party committee's rural work office, not the committee: no issuer guessed
    assert [m.attrs.get("issuer") for m in tag_docnos("(穗委农办〔2020〕1号)")] == [None]
    assert [m.attrs.get("issuer") for m in tag_docnos("(川委发〔2022〕3号)")] == ["中共四川省委员会"]
    # a bare central code keeps its ministry
    assert [m.attrs.get("issuer") for m in tag_docnos("根据农办〔2020〕1号")] == ["农业农村部办公厅"]


def test_title_row_is_own_title():
    # zwgkw.thx.gov.cn 太湖县 2019: 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
    text = "名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n信息来源:\n"
    assert [text[m.start:m.end] for m in tag_titles(text)] == ["太湖县人民政府工作规则"]


def test_grant_range_named_after_it():
    # http://www.kmgd.gov.cn/c/2017-07-04/1588264.shtml (官渡区 24条措施 2017)
    text = ("对规模以上产业投资项目年度完成500万元以上投资的,根据完成情况给予0.5万元-20万元的扶持奖励。"
            "(区发改局、区住建局、区财政局牵头,区统计局、区国投公司、各街道办事处配合)")
    r = govie.extract(text, model=None)
    grants = {e.text: e.attrs.get("indicator") for e in r.entities if e.label == "METRIC" and e.text in ("0.5万元", "20万元")}
    assert grants == {"0.5万元": "扶持奖励", "20万元": "扶持奖励"}
    assert ("区国投公司", None) in _ents(text, "ORG")


def test_level_firms_in_role_lists():
    # http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html (莲都区 2023 责任分解) and
    # https://by6714.com/t/huazhong/7692.html (咸安区 2023): 区供电公司, 区经发集团 among the bodies
    text = ("完成能源指标计划目标。(区发改局、区经商局、区供电公司配合)\n"
            "做好前期工作。(牵头单位:区交通运输局;责任单位:区发改局、区林业局,区经发集团,相关乡镇办)\n")
    orgs = [t for t, _ in _ents(text, "ORG")]
    assert "区供电公司" in orgs and "区经发集团" in orgs
    # a district's firm named in a sentence is not cut by this rule: no list, no role
    assert "区国投公司" not in [t for t, _ in _ents("他说区国投公司今年盈利。", "ORG")]


def test_days_a_notice_runs():
    # https://www.zhongmu.gov.cn/comment.jspx?contentId=6699266 (中牟县 2022 通告)
    text = "现需将《中牟县创建省级健康促进县工作实施方案(征求意见稿)》进行30日的公示(公示期为2022年9月16日—2022年10月15日)。"
    metrics = [e.text for e in govie.extract(text, model=None).entities if e.label == "METRIC"]
    assert metrics == ["30日"]


def test_patriotic_health_office_by_its_committee():
    # https://m.skyvlt.com/public/D0102X/2111308.jhtml (新郑市城乡环境卫生管理办法, 新政〔2018〕14号, 第四条)
    text = ("新郑市人民政府关于印发新郑市城乡环境卫生管理办法的通知\n"
            "领导小组下设办公室,市政府分管副市长兼任办公室主任,市政府办公室分管副主任、市爱卫委办公室主任兼任办公室副主任。\n")
    assert ("市爱卫委办公室", "新郑市爱国卫生运动委员会办公室") in _ents(text, "DEPT")
