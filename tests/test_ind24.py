"""Probe ind24 (round 15): METRIC attributes in provincial (2023-2025), city and county (2020-2025)
work reports and news digests of them, from stored public pages (addresses in the comments).
Each asserts what govie reads, as guide v2.1 writes it.
"""

from __future__ import annotations

import govie


def metrics(text: str, reference_date: str | None = None) -> list[tuple[str, dict]]:
    result = govie.extract(text, reference_date=reference_date, model=None)
    return [(e.text, e.attrs) for e in result.entities if e.label == "METRIC"]


def first(found: list[tuple[str, dict]], span: str) -> dict:
    return next(a for t, a in found if t == span)


# ---------------------------------------------------------------- traditional script: indicators as written


def test_a_traditional_page_keeps_its_own_characters_in_the_indicator():
    # http://e1mgy15.cn/qznews/toutiao/2022/0422/649185.html (坪山區 2022, 深圳商報)
    found = metrics("報告指出，坪山區2021年實現了經濟發展穩中提質。全年地區生產總值達910.6億元、增長11.7%，"
                    "固定資產投資總額達481.5億元、增長15.9%，兩項指標增速均排名全市第三。", "2022-04-22")
    assert first(found, "910.6億元")["indicator"] == "地區生產總值"
    assert first(found, "15.9%")["indicator"] == "固定資產投資總額"
    # the standard name stays the simplified one the lexicon holds
    assert first(found, "910.6億元")["standard_indicator"] == "地区生产总值"
    # http://m.ytbyz.com/ask/785723I1dDWWN80 (貴州 2024): a shared list as written
    found = metrics("報告指出，2023年貴州省經濟持續回升向好，全年地區生產總值增長4.9%，城鎮和農村常住居民人均可支配收入"
                    "分別增長4.1%、8.1%。規模以上工業增加值增長5.9%，工業經濟占比達27.2%。")
    assert first(found, "8.1%")["indicator"] == "城鎮和農村常住居民人均可支配收入"
    assert first(found, "27.2%")["indicator"] == "工業經濟占比"


def test_a_simplified_page_is_unchanged():
    # https://gcs66.com/document_detail/36119.html (斗门区 2022): full-width and simplified text as is
    found = metrics("2021年，全区实现地区生产总值468亿元，增长4.1%；规模以上工业总产值847亿元，增长2.2%。", "2022-02-23")
    assert first(found, "847亿元")["indicator"] == "规模以上工业总产值"


# ---------------------------------------------------------------- the year a report reviews


YANQING = ("政府工作报告\n——2022年12月21日在北京市延庆区第三届人民代表大会第三次会议上\n北京市延庆区人民政府区长 叶大华\n"
           "各位代表：\n现在，我代表北京市延庆区人民政府，向大会报告工作，请予审议，并请政协委员提出意见。\n"
           "第一部分 2022年工作情况\n")


def test_a_report_delivered_in_december_reviews_its_own_year():
    # https://nextlevelartsconsulting.com/bhb/4259.html (延庆区, 2022-12-21)
    result = govie.extract(YANQING + "2022年是极不平凡的一年。一年来，在市委、市政府和区委的坚强领导下，我们迎难而上、担当作为，"
                           "全口径税费收入首次超120亿元，新增企业首次超1万家。\n"
                           "今年，全区地区生产总值预计完成213亿元，按不变价计算增长4%，实现市政府调控目标；"
                           "固定资产投资预计完成100亿元，同比增长1.5%。\n", model=None)
    assert result.meta["period"] == "2022"
    found = {e.text: e.attrs for e in result.entities if e.label == "METRIC"}
    assert [found[t]["period"] for t in ("120亿元", "1万家", "213亿元", "100亿元")] == ["2022"] * 4
    assert next(e.attrs["value"] for e in result.entities if e.text == "一年来") == "2022"


def test_a_report_delivered_early_in_the_year_still_reviews_the_year_before():
    # https://nextlevelartsconsulting.com/bhuazhong/5439.html (长沙县, 2023-02-02)
    result = govie.extract("政府工作报告\n——2023年2月2日在长沙县第十八届人民代表大会第三次会议上\n县长 陈永高\n各位代表：\n"
                           "现在，我代表县人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n"
                           "一年来，全年地区生产总值增长4.5%，规模以上工业增加值增长6.9%。\n", model=None)
    assert result.meta["period"] == "2022"
    assert {e.attrs["period"] for e in result.entities if e.label == "METRIC"} == {"2022"}


def test_a_review_heading_of_the_year_and_the_five_year_plan_names_the_year():
    # https://gongwensou.com/zhengfubaogao/36067.html (三明市 2021, a page without a date)
    found = metrics("三明市人民政府市长余红胜\n各位代表：\n现在，我代表市人民政府向大会报告政府工作，请予审议。\n"
                    "一、2020年和十三五时期工作回顾\n刚刚过去的一年是极不平凡、很不容易的一年，促进了经济稳步回升和社会大局稳定。"
                    "初步统计，全市生产总值2702.19亿元，增长4.1%；规模以上工业增加值增长3.1%。\n")
    assert [a["period"] for _, a in found] == ["2020"] * 3
    assert [a["kind"] for _, a in found] == ["actual"] * 3


# ---------------------------------------------------------------- indicators


def test_the_documents_own_division_before_a_standard_name_is_its_scope():
    # https://gk889.com/n20111/c181466-40262291.html (人民网 on 福建 2023)
    found = metrics("人民网福州1月11日电 1月11日上午，福建省第十四届人民代表大会第一次会议开幕，福建省人民政府省长赵龙向大会"
                    "作政府工作报告。\n根据工作报告，初步预计，2022年福建省地区生产总值突破5万亿元，地方一般公共预算收入3339亿元。")
    assert first(found, "5万亿元")["indicator"] == "地区生产总值"


def test_the_price_a_change_is_counted_at_names_nothing():
    # https://nextlevelartsconsulting.com/bhb/4259.html (延庆区 2022)
    found = metrics(YANQING + "今年，全区地区生产总值预计完成213亿元，按不变价计算增长4%，实现市政府调控目标。\n")
    assert first(found, "4%")["indicator"] == "地区生产总值"


def test_a_comparison_with_its_note_is_no_part_of_the_name():
    # https://nextlevelartsconsulting.com/bhuazhong/5439.html (长沙县 2023)
    found = metrics("一、2022年工作回顾\n全年地区生产总值同比（下同）增长4.5%，规模以上工业增加值增长6.9%。", "2023-02-02")
    assert first(found, "4.5%")["indicator"] == "地区生产总值"


def test_verbs_around_a_count():
    # 长沙县 2023 (above): 荣获 is what was done, not what is counted
    found = metrics("一、2022年工作回顾\n长沙县获评全省唯一国家知识产权强县建设示范县。全县荣获中国质量奖提名奖2个。", "2023-02-02")
    assert first(found, "2个")["indicator"] == "中国质量奖提名奖"
    # https://gcs66.com/document_detail/36119.html (斗门区 2022): 落实 after the tasks counted
    found = metrics("一、2021年工作回顾\n全力支持服务横琴粤澳深度合作区建设，加快推进粤港澳大湾区建设38项重点工作落实。", "2022-02-23")
    assert first(found, "38项")["indicator"] == "重点工作"
    # https://nec-driver.com/bhuazhong/1117.html (新华区 2022): 发展到 links a stock to its name
    found = metrics("一、过去五年工作回顾\n现代服务业扩量提质，商务楼宇发展到36座，品牌企业相继入驻。", "2022-04-26")
    assert first(found, "36座")["indicator"] == "商务楼宇"


# ---------------------------------------------------------------- kind and period without a date


def test_a_digest_names_the_year_of_its_plan_sentence():
    # http://m.cy.cwan.com/guonei/2023/0111/63838.html (东南网 on 福建 2023, no year in its dateline)
    found = metrics("东南网1月11日讯（福建日报·新福建客户端记者 严顺龙）11日，福建省第十四届人民代表大会第一次会议在福州召开，"
                    "省长赵龙作政府工作报告。记者从报告中获悉，福建将全力做好2023年工作，2023年经济社会发展的主要预期目标是："
                    "全省地区生产总值增长6%左右，一般公共预算总收入增长6%左右，粮食总产量稳定在507万吨以上。")
    assert [(a["kind"], a["period"]) for _, a in found] == [("target", "2023")] * 3
    assert first(found, "6%")["indicator"] == "地区生产总值"


def test_a_digest_attributing_the_review_to_the_report():
    # http://e1mgy15.cn/qznews/toutiao/2022/0422/649185.html (深圳商報 on 坪山區 2022)
    found = metrics("深圳坪山區二屆人大二次會議開幕 部署2022政府工作\n2022-04-22 08:24:49 來源：深圳商報\n"
                    "4月21日，坪山區二屆人大二次會議開幕。區政府工作報告回顧了2021年工作，對2022年政府工作進行部署安排。\n"
                    "報告指出，坪山區2021年實現了經濟發展穩中提質。全年地區生產總值達910.6億元、增長11.7%。\n"
                    "2022年坪山區經濟社會發展的主要預期目標是：地區生產總值增長7%左右；規模以上工業增加值增長10.5%左右。\n")
    assert [(t, a["kind"], a["period"]) for t, a in found] == [
        ("910.6億元", "actual", "2021"), ("11.7%", "actual", "2021"), ("7%", "target", "2022"), ("10.5%", "target", "2022")]


def test_a_scorecard_heading_names_the_year_reviewed():
    # https://www.cezhidao.com/reports/NnmA (邯郸 2025, a page without a date)
    found = metrics("各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n"
                    "2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n"
                    "过去的一年，奋斗充满艰辛，成绩殊为不易。\n（一）经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%，"
                    "规模以上工业增加值增长9.5%。签约亿元以上项目507个。\n")
    assert [(a["kind"], a["period"]) for _, a in found] == [("actual", "2024")] * 4
