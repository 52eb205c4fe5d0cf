"""DATE in policy documents: years counted from an event (出生次年, 入学当年), and the dates of
signature, meeting and page lines of fresh policy documents (probe date38p)."""
import govie


def _dates(text, ref):
    return [(m.text, m.attrs.get("value")) for m in govie.extract(text, reference_date=ref).entities if m.label == "DATE"]


def test_year_after_birth_is_no_date():
    # dev gz-3 (广州 城乡居民医保 新生儿参保): 自出生次年1月1日起开始享受
    text = "只缴纳出生次年社会医疗保险费的，自出生次年1月1日起开始享受相应的城乡居民医保待遇。"
    got = _dates(text, "2026-01-10")
    assert all("次年" not in t for t, _ in got)
    assert all(v is None for _, v in got)


def test_year_of_entry_is_no_date_and_its_day_recurs():
    # dev gz-5 (天河区义务教育阶段学校招生工作细则): 审核时间在入学当年的5月1日前
    text = "须提供审核时间在入学当年的5月1日前、租期至少到入学两年后的房屋租赁登记备案证明，否则需回户籍地报名申请入学。"
    assert _dates(text, "2026-04-28") == [("5月1日前", None)]


def test_year_under_discussion_still_resolves():
    # dev wr2026-ningxia (宁夏 2026 政府工作报告): 当年 after 经济 is the year spoken of, not an event's
    text = "四是西夏陵申遗成功，实现我区世界文化遗产“零的突破”；五是数字经济当年实现智算规模等“六个翻番”。"
    assert "当年" in [t for t, _ in _dates(text, "2026-02-03")]


def test_signature_with_latin_o_for_zero():
    # http://law873.infoeach.com/view-ODczfDEzNjUzMA==.html (淮南市公园管理办法, 市人民政府令第129号)
    text = "《 淮南市公园管理办法》已经2011年8月8日市人民政府第73次常务会议通过,现予公布,自2011年10月1日起施行。\n\n\n市长 曹勇\n二O一一年八月十日\n"
    assert _dates(text, "2011-08-10") == [("2011年8月8日", "2011-08-08"), ("2011年10月1日起", "2011-10-01/.."),
                                          ("二O一一年八月十日", "2011-08-10")]


def test_year_of_a_numbered_meeting():
    # http://law540.infoeach.com/view-NTQwfDQyMDE3.html (内蒙古自治区人民政府令第82号)
    text = "《内蒙古自治区村庄和集镇规划建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过,现予发布施行。\n\n\n自治区主席 乌力吉\n1997年7月23日"
    assert _dates(text, "1997-07-23") == [("1997年", "1997"), ("1997年7月23日", "1997-07-23")]


def test_since_an_undated_meeting_is_no_date():
    # http://law633.infoeach.com/view-NjMzfDg2MTYx.html (中青办发[2005]13号); dev gold leaves
    # 第九届全国人民代表大会第一次会议以来 (sc-report-2003) unmarked
    text = "  全国青年中心建设工作会议以来,各地积极部署,以队伍建设推动组织能力增强。"
    assert _dates(text, "2005-05-09") == []


def test_spaced_quarter_and_day_of_a_township_report():
    # http://117.156.67.38/zwgk-view/771.html (中川镇 整改报告, 2020)
    text = ("关于上报2020 年第三季度全市全域无垃圾 专项治理工作督查情况通报的整改报告\n"
            "县全域无垃圾专项治理办公室:\n针对 10 月 9 日市全域无垃圾专项治理办公室督查出的问\n题,镇党委、政府高度重视")
    assert _dates(text, "2020-10-15") == [("2020 年第三季度", "2020-07/2020-09"), ("10 月 9 日", "2020-10-09")]


def test_decided_campaign_range_is_in_the_reference_year():
    # http://huangyuan.gov.cn/index.php?c=show&id=14604&s=news (大华镇 综合整治 解读, 2023-12-14)
    text = "镇政府决定开展为期一个月(9月11日至10月10日)的大华集镇综合整治专项行动。"
    assert _dates(text, "2023-12-14") == [("9月11日至10月10日", "2023-09-11/2023-10-10")]
