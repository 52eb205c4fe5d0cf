"""Round-18 probe date29: DATE spans and values in policy documents of every level.

Real sentences from the probe texts (addresses in comments)."""
from .mentions import dates


# http://laodongfa.com/stadata/bmgz/7504.html (山西省人民政府 晋政发〔2018〕13号, a portal's fields)
FIELDS = "发文机关:山西省人民政府\n发布日期:2018年03月27\n生效日期:2018年03月27\n时效性 :现行有效\n文号 :晋政发〔2018〕13号\n"


def test_every_date_field_that_lost_its_day_unit_is_a_day():
    found = dates(FIELDS, reference_date="2018-03-27")
    assert found.count(("2018年03月27", "2018-03-27")) == 2  # 生效日期's was 2018年03月 (a month)


def test_a_field_date_keeps_the_whole_day_only_alone_on_its_line():
    # the same field with text after the digits is no lost-unit date: only its month is read
    found = dates("生效日期:2018年03月27起执行本方案", reference_date="2018-03-27")
    assert ("2018年03月27", "2018-03-27") not in found


# https://www.lucheng.gov.cn/art/2021/1/20/art_1506270_59028240.html (中共温州市鹿城区委 建议)
LUCHENG = ("预计,2020年生产总值达到1200亿元左右,人均生产总值超过9.3万元,稳居“全国经济综合实力百强区”前50强,"
           "现代服务业综合实力跃居全省I类城区第三,入选“2020中国最具幸福感城市”和“全国企业家幸福感最强区”。")


def test_a_year_opening_a_quoted_name_is_a_date():
    found = dates(LUCHENG, reference_date="2021-01-20")
    assert ("2020", "2020") in found  # was not tagged
    assert ("2020年", "2020") in found
    assert not any(text == "50" for text, _ in found)


def test_a_count_after_a_quoted_name_is_no_year():
    # a 2026 宁夏 work report: 更新“四类管线”2000公里以上 counts kilometres
    found = dates("推进城市地下管网平急两用改造,更新“四类管线”2000公里以上。", reference_date="2026-01-24")
    assert found == []


def test_the_plan_itself_by_its_ordinal_name_is_no_date():
    # the plan (第十四个五年规划) is not a time, as in dev gold sc-report-1985; 二〇三五年 is
    title = "中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"
    assert dates(title, reference_date="2021-01-20") == [("二〇三五年", "2035")]


def test_the_year_of_a_quoted_name_is_no_time_of_the_action():
    # 2026 江西省政府工作报告 (dev wr2026-jiangxi): the plan is named for 2030; it was launched in the review year
    import govie

    text = ("科技创新和产业创新双向奔赴,2家全国重点实验室获批建设,赣南实验室启动运行,“2030启航计划”启动实施,"
            "登记技术合同成交额增长19.5%。")
    ex = govie.extract(text, reference_date="2026-01-27", model=None)
    assert [(e.text, e.attrs.get("value")) for e in ex.entities if e.label == "DATE"] == [("2030", "2030")]
    launch = [a for a in ex.activities if a.trigger["text"] == "启动实施"]
    assert launch and launch[0].date != "2030"  # the name's year was taken for the launch's
