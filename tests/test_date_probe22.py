"""Round-14 probe date22: DATE spans and values in national and provincial policy pages.

Real sentences from the probe texts in /work/r14/probe-date22/texts/ (addresses in comments) and, for
the formula fix, from the dev document whose gold showed it (state-council-2019.jsonl id 4)."""
import govie


def _dates(text, ref):
    r = govie.extract(text, model=None, reference_date=ref)
    for e in r.entities:
        assert text[e.start : e.end] == e.text
    return r, [(e.text, e.attrs.get("value")) for e in r.entities if e.label == "DATE"]


# policy-documents/state-council-2019.jsonl id 4 (国办发〔2019〕4号, 三级公立医院绩效考核), its indicator list
FORMULAS = ("37.医疗收入增幅\n定量\n"
            "计算方法：（本年度医疗收入－上一年度医疗收入）/上一年度医疗收入×100%。\n"
            "指标来源：财务年报表。\n"
            "计算方法：全年实际占用总床日数/医院平均执业（助理）医师人数/365。"
            "医院平均执业（助理）医师人数=（本年度人数+上一年度人数）/2。\n")


def test_the_relative_years_of_an_indicator_formula_recur():
    _, dates = _dates(FORMULAS, "2019-01-30")
    relative = [(t, v) for t, v in dates if t in ("本年度", "上一年度")]
    assert len(relative) == 5
    assert all(v is None for _, v in relative)  # were 2019 and 2018


def test_a_relative_year_outside_a_formula_keeps_its_value():
    # same document: the time frame of the assessment is the year before each yearly assessment;
    # the dev gold (sc19-4) marks 上一年度1月至12月 as one recurring DATE, null (round 20, date33)
    text = "三级公立医院绩效考核工作按照年度实施，考核数据时间节点为上一年度1月至12月。"
    _, dates = _dates(text, "2019-01-30")
    assert dates == [("上一年度1月至12月", None)]
    _, dates = _dates("各医院报送上一年度绩效考核数据。", "2019-01-30")
    assert ("上一年度", "2018") in dates


# http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20151017/3387063.shtml (国函〔2015〕160号)
GUOHAN = ("  • 發佈時間:2015-10-17 10:51:00  來源:中國經濟網\n"
          "  國務院關於全國水土保持規劃(2015—2030年)的批復\n"
          "  一、原則同意《全國水土保持規劃(2015—2030年)》(以下簡稱《規劃》),請認真組織實施。\n"
          "  三、通過《規劃》實施,到2020年,基本建成水土流失綜合防治體系,全國新增水土流失治理面積32萬平方公里;"
          "到2030年,建成水土流失綜合防治體系。")


def test_targets_and_a_plan_range_in_a_state_council_reply():
    _, dates = _dates(GUOHAN, "2015-10-17")
    assert ("2015-10-17 10:51:00", "2015-10-17") in dates  # the page's time stays in the span
    assert dates.count(("2015—2030年", "2015/2030")) == 1  # in the own title line, not in 《》
    assert ("2020年", "2020") in dates and ("2030年", "2030") in dates


# https://3178y.com/dz202201/1871ea1dbfef4cc8b8d95681f8ab0d77.html (水利部办公厅, 水土保持“十四五”实施方案)
MWR = ("现将《水土保持“十四五”实施方案》印发给你们,请认真抓好贯彻落实。\n水利部办公厅\n2021年12月30日\n"
       "水土保持“十四五”实施方案\n中华人民共和国水利部\n二〇二一年十二月\n")


def test_a_ministry_plan_signed_in_chinese_numerals():
    _, dates = _dates(MWR, "2021-12-30")
    assert dates == [("2021年12月30日", "2021-12-30"), ("十四五", "2021/2025"), ("二〇二一年十二月", "2021-12")]


# https://newton.com.tw/wiki/湖南省2023年國民經濟和社會發展計畫/62863072 (湘政發〔2023〕4號)
HUNAN = ("湖南省人民政府\n2023年3月23日\n湖南省2023年國民經濟和社會發展計畫\n"
         "2022年,全球經濟貿易領域風險挑戰明顯增多,國內疫情影響超出預期,經濟發展環境複雜嚴峻。"
         "計畫執行情況總體較好,保持了經濟社會大局穩定。全年地區生產總值48670.37億元,同比增長4.5%。")


def test_the_whole_year_reviewed_in_a_provincial_plan_is_the_year_named():
    _, dates = _dates(HUNAN, "2023-03-23")
    assert ("全年", "2022") in dates
    assert ("2023年", "2023") in dates
