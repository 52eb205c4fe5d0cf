"""DEPT in county, district and subdistrict pages, round-17 probe (dept31c): real lines of
published pages (addresses in each test)."""

from __future__ import annotations

import govie
from govie.kb.divisions import load_divisions
from .mentions import depts as _depts

# http://tongcheng.cjyun.org/p/36076.html (通城县 县委文明办 notice, Hubei, 2020).
TONGCHENG = ("关于开展2020年度文明城市创建氛围宣传的紧急通知\n\n"
             "为迎接2020年度11月份到来的全省县域文明指数测评工作,县委文明办计划在隽水城区开展为期一个月的突击氛围宣传活动。\n"
             "2、社会媒介宣传。组织临街户外电子屏、公交站台、公交车辆显示屏开展文明城市创建。"
             "责任单位:市场监督管理局、商务局、卫健局、文旅局、交通局、人行、城发集团、隽水镇。")


def test_a_place_inside_a_towns_split_name_decides_no_province():
    # 隽水城区 reads 隽|水|城区 in jieba: 水城区 (六盘水, Guizhou) is no place of the text, and the
    # county's bodies were linked to Guizhou's (贵州省市场监督管理局): worse than null.
    ex = govie.extract(TONGCHENG, reference_date="2020-10-30")
    assert (ex.meta["division"] or {}).get("name") != "贵州省"
    linked = [c for _, c in _depts(TONGCHENG, reference_date="2020-10-30") if c]
    assert not [c for c in linked if c.startswith("贵州")], linked
    assert ("市场监督管理局", None) in _depts(TONGCHENG, reference_date="2020-10-30")


def test_the_place_itself_is_still_read():
    divs = load_divisions()
    assert [m[2] for m in divs.mentions("在水城区开展工作")] == [("520204",)]
    assert divs.mentions("县委文明办计划在隽水城区开展为期一个月的突击") == []


def test_a_rosters_name_holding_a_city_is_no_district_committee():
    # http://hzphao.com/html/htmlgov1zfwjbmwj1328413284.html (延安市宝塔区 区联创办 notice, 2016): the
    # roster's 黑海宁 holds 海宁 (海宁市, formerly 海宁县); 海宁 + 区委 is no body, 区委办 is his.
    text = ("组  长:常延丽   区委常委、宣传部部长\n\n副组长:黑海宁   区委办副主任\n\n"
            "陈德鑫   区委督查室主任、区联创办副主任")
    got = _depts(text, reference_date="2016-09-20", jurisdiction="延安市宝塔区")
    assert not [t for t, _ in got if "海宁" in t], got
    assert ("区委办", "中共延安市宝塔区委员会办公室") in got


def test_a_county_short_name_takes_only_its_own_level():
    assert ("海淀区委", "中共北京市海淀区委员会") in _depts("海淀区委召开会议。", reference_date="2016-09-20")
    got = _depts("副组长:黑海宁区委办副主任", reference_date="2016-09-20", jurisdiction="延安市宝塔区")
    assert [t for t, _ in got] == ["区委办"]


def test_a_subdistricts_page_is_its_districts_and_names_its_office():
    # http://wxjkq.wuxi.gov.cn/doc/2023/01/17/3867005.shtml (华庄街道, 2023): the page's publisher
    # fields name the subdistrict (滨湖区 in the 2023 table); the text names 江苏 only in 视察江苏.
    text = ("当前位置:首页 > 华庄街道 > 政府信息公开 > 政府信息公开目录 > 重点工作\n\n华庄街道2022年工作总结\n\n"
            "发布时间:2023-01-17 15:00     发布部门:华庄街道     阅读次数:\n\n"
            "索引号 MB1670946/2023-00023 生成日期 2023-01-17 公开日期 2023-01-17\n"
            "文件编号 发布机构 华庄街道办事处 效力状况 有效\n"
            "  2022年是党的二十大召开之年,是“十四五”规划的关键之年,也是华庄街道抢抓新机遇、应对新挑战、实现新发展的奋进之年。"
            "今年以来,街道上下全面贯彻党的十九届六中全会和党的二十大精神,深入落实习近平总书记视察江苏重要讲话精神。")
    ex = govie.extract(text, reference_date="2023-01-17")
    assert ex.meta["division"]["name"] == "无锡市滨湖区"
    got = _depts(text, reference_date="2023-01-17")
    assert ("华庄街道", "无锡市滨湖区人民政府华庄街道办事处") in got
    assert ("华庄街道办事处", "无锡市滨湖区人民政府华庄街道办事处") in got


def test_a_subdistricts_report_names_its_working_committee_bare():
    # https://www.pudong.gov.cn/zwgk/ghjh-dmljd/2022/306/261046.html (东明路街道, 浦东新区, 2022).
    text = ("东明路街道办事处2021年工作报告\n索引号 | 发布机构 | 东明路街道 | |\n公开类别 | 主动公开 | 发布时间 | 2022-02-07 |\n"
            "过去的一年,东明路街道以学思践悟习近平新时代中国特色社会主义思想为主线,深入开展党史学习教育,"
            "按照区委、区政府的决策部署,在街道党工委的坚强领导下,践行“人民城市”重要理念。")
    got = _depts(text, reference_date="2022-02-07")
    assert ("街道党工委", "中共上海市浦东新区东明路街道工作委员会") in got
    assert ("区委", "中共上海市浦东新区委员会") in got
    assert ("东明路街道办事处", "上海市浦东新区人民政府东明路街道办事处") in got
