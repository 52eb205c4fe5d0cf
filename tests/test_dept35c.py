"""DEPT in county and district pages of provinces probed little (Jilin, Hebei), round-17 probe
(dept35c): real lines of published pages (addresses in each test)."""

from __future__ import annotations

import govie
from .mentions import depts as _depts

# http://yushu.changchun.gov.cn/xxgk/ldjj/202011/t20201113_2532847.html (榆树市, a county-level city of
# 长春市, Jilin, 2020-11-12).
YUSHU = ("闫伟出席吉林省生态环境准入清单征求意见工作会议\n\n发布时间: 2020-11-12 16:08 来源: 榆树市信息中心\n\n"
         "  11月12日,吉林省生态环境准入清单征求意见工作会议在市行政中心小会议室召开。副市长闫伟出席会议并讲话。\n\n"
         "  闫伟指出,各相关部门要统一思想,提高政治站位,清醒地认识到此项工作的重要性和紧迫性,扎实抓好“三线一单”划定工作,对我市的《生态环境准入清单》进行认真细致核查。\n\n"
         "  长春五棵树经济开发区、环城工业集中区、长春市生态环境局榆树市分局、市农业农村局、市发改局、"
         "市城管执法局、市住建局、市水利局、市自然资源局、市畜牧局、市文广旅局、市林业局、市应急管理局领导参加会议。")


def test_a_city_bureaus_branch_in_the_county_level_city_is_no_roster_of_the_city():
    assert govie.extract(YUSHU, reference_date="2020-11-12").meta["division"]["name"] == "榆树市"
    # The branch 长春市生态环境局榆树市分局 sits in 榆树市: the bare 市X局 after it are 榆树市's own
    # bureaus, not 长春市's (10 links to 长春市 on the first pass, worse than null).
    got = _depts(YUSHU, reference_date="2020-11-12")
    assert ("长春市生态环境局榆树市分局", "长春市生态环境局榆树市分局") in got
    assert ("市农业农村局", "榆树市农业农村局") in got
    assert ("市应急管理局", "榆树市应急管理局") in got
    assert not [c for t, c in got if t.startswith("市") and c and c.startswith("长春市")], got


def test_a_roster_of_another_city_still_names_that_city():
    # The roster rule stays: 市委 after 巴中市市委书记… in another city's news is 巴中市's.
    text = "巴中市市委书记罗增斌,市委副书记、市长何平,市人大常委会主任魏文通带领党政代表团来汉中考察。"
    got = _depts(text, reference_date="2018-05-10", jurisdiction="汉中市")
    assert ("市人大常委会", "巴中市人民代表大会常务委员会") in got, got


# https://m.ibooks.qq.com/read/1034994407/18 (中共滦县县委 滦县人民政府, 唐山市, Hebei, 2018-05-23; 滦县
# became 滦州市 later in 2018).
LUANXIAN = ("中共滦县县委滦县人民政府关于推进乡村振兴战略的实施意见\n(2018年5月23日)\n"
            "为全面贯彻《中共中央、国务院关于实施乡村振兴战略的意见》(中发〔2018〕1号),现就我县推进乡村振兴战略提出如下实施意见。")


def test_a_former_countys_committee_and_government_in_a_joint_title():
    got = _depts(LUANXIAN, reference_date="2018-05-23")
    assert ("中共滦县县委", "中共滦县委员会") in got, got
    assert ("滦县人民政府", "滦县人民政府") in got, got
    assert not [t for t, _ in got if t == "中共滦县县委滦县人民政府"], got


def test_a_former_county_is_not_its_successor():
    ex = govie.extract("滦县县委、县政府召开全县乡村振兴工作会议。", reference_date="2018-05-23")
    got = [(e.text, e.attrs.get("canonical")) for e in ex.entities if e.label == "DEPT"]
    assert ("滦县县委", "中共滦县委员会") in got, got
    assert not [c for _, c in got if c and "滦州" in c], got
