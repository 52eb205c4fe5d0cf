"""DEPT in documents of county-level cities and towns, round-17 probe (dept32t): real lines of
published pages (addresses in each test)."""

from __future__ import annotations

from .mentions import depts as _depts

# https://www.cqyc.gov.cn/jz/lsz_91965/zwgk_91973/fdzdgknr_91976/lzyj_91977/zcwj/202104/t20210411_9137912.html
# (重庆市永川区来苏镇: the town's party committee and government's joint notice, 2021).
LAISU = ("索引号: 11500383009338112H/2021-00021 发文字号: 来苏委发〔2021〕68号\n"
         "发布机构: 永川区来苏镇 成文日期: 2021-03-11 发布日期: 2021-03-15\n"
         "标题: 重庆市永川区来苏镇人民政府关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知\n\n"
         "中共重庆市永川区来苏镇委员会\n\n重庆市永川区来苏镇人民政府\n\n"
         "关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知\n\n各村党总支、村委会:\n\n"
         "《来苏镇第十一届村民委员会换届选举工作方案》已经镇党委同意,现印发给你们,请结合实际,抓好落实。\n")
LAISU_GOV = "重庆市永川区来苏镇人民政府"
LAISU_PARTY = "中共重庆市永川区来苏镇委员会"


def test_a_towns_party_committee_by_its_official_name_is_itself():
    got = _depts(LAISU, reference_date="2021-03-11")
    assert (LAISU_PARTY, LAISU_PARTY) in got, got
    assert ("镇党委", LAISU_PARTY) in got


def test_a_towns_publisher_field_after_its_county_is_its_government():
    # The clean text joins the next label to the value (发布机构:永川区来苏镇成文日期:).
    got = _depts(LAISU, reference_date="2021-03-11")
    assert ("永川区来苏镇", LAISU_GOV) in got, got


def test_town_and_city_party_committees_in_full():
    # A district's town named in full (湖州市吴兴区埭溪镇); a city's own committee stays the city's.
    assert ("中共湖州市吴兴区埭溪镇委员会", "中共湖州市吴兴区埭溪镇委员会") in _depts(
        "中共湖州市吴兴区埭溪镇委员会关于印发方案的通知")
    assert ("中共昆山市委员会", "中共昆山市委员会") in _depts("中共昆山市委员会关于印发方案的通知")


# http://61.54.6.141:10082/portal/xwzx/xzdt/webinfo/2019/09/1619639146539600.htm (滑县 老爷庙乡 news, 2019).
LAOYEMIAO = ("老爷庙乡:召开行政村规模调整推进会\n发布时间:\n2019-09-17\n作者:\n来源:\n老爷庙乡党政办\n"
             "9月17日下午,在老爷庙乡政府大会议室召开行政村规模调整推进会,机关干部全体、村党组织书记、"
             "乡直部门负责人近200人参加了会议。\n"
             "会议强调,各级各部门要提高政治站位,把思想和行动统一到乡党委政府决策部署上来,积极稳妥、有序和谐推进各项工作。")


def test_a_townships_party_committee_and_government_together():
    got = _depts(LAOYEMIAO, reference_date="2019-09-17")
    assert ("乡党委", "中共滑县老爷庙乡委员会") in got, got
    assert ("政府", "滑县老爷庙乡人民政府") in got
    assert ("老爷庙乡政府", "滑县老爷庙乡人民政府") in got


def test_a_county_level_citys_stations_and_brigades():
    # https://shandong-chorography.org/database/d70/section/35/article/96 (寿光市 yearbook, 2017).
    text = ("同年11月,撤销寿光市农业综合执法大队, 其工作职责、编制、人员整体划转到寿光市综合行政执法大队。\n"
            "2017年8月,寿光市农业技术中心实施的项目和寿光市植物保护站实施的项目分获二等奖和三等奖。\n"
            "寿光市农业科技成果转化中心。2017 年11月成立,为市农业局所属公益一类事业单位。")
    got = _depts(text, reference_date="2018-12-31")
    for name in ("寿光市农业综合执法大队", "寿光市综合行政执法大队", "寿光市植物保护站", "寿光市农业科技成果转化中心"):
        assert (name, name) in got, (name, got)
    assert ("市农业局", "寿光市农业局") in got


def test_every_zones_committee_is_a_class():
    # https://shanxi.news.163.com/22/0708/10/HBOENLQS04199ACK.html (神木市 市政府党组会议, 2022).
    text = ("7月6日,神木市委副书记、市政府党组书记、市长段智博主持召开市政府党组会议。市政府全体在机关党组成员出席会议。"
            "市直国家机关各部门、直属事业机构,各产业园区管委会、职业技术学院和石峁遗址管理处等有关负责同志列席会议。")
    got = _depts(text, reference_date="2022-07-08")
    assert not [t for t, _ in got if "管委会" in t], got
    # The county-level city's bare 市政府 is its own, never 榆林市's.
    assert [c for t, c in got if t == "市政府"] == ["神木市人民政府"] * 3
