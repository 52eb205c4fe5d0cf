"""Round 19 probe dept43p: prefecture DEPT in cities, 自治州 and 盟 of 河北, 山西, 内蒙古, 甘肃, 贵州, 西藏.
Each test quotes real sentences (addresses in the comments)."""
import govie


def _run(text, date=None):
    ex = govie.extract(text, reference_date=date, model=None)
    for e in ex.entities:
        assert text[e.start:e.end] == e.text
    depts = [(e.text, (e.attrs or {}).get("canonical")) for e in ex.entities if e.label == "DEPT"]
    return depts, (ex.meta.get("division") or {}).get("name")


RIKAZE = ("日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n来源:市发改委\n"
          "——2021年12月11日日喀则市第二届人民代表大会第二次会议通过\n"
          "日喀则市第二届人民代表大会第二次会议审查了市人民政府提出的《日喀则市国民经济和社会发展第十四个五年规划和"
          "二〇三五年远景目标纲要(草案)》,会议同意日喀则市第二届人民代表大会财政经济农牧环资委员会的审查结果报告,"
          "决定批准这个规划纲要。\n会议认为,全市上下在党中央的特殊关怀和区党委、市委的坚强领导下,坚持以习近平新时代"
          "中国特色社会主义思想为指导。")


def test_region_party_committee_in_a_city_of_an_autonomous_region():
    # http://www.rikaze.gov.cn/wap/m-news-detail.thtml?cid=214901 (日喀则, 西藏, 2021)
    depts, division = _run(RIKAZE, "2021-12-11")
    assert division == "日喀则市"
    assert ("区党委", "中共西藏自治区委员会") in depts
    assert ("市委", "中共日喀则市委员会") in depts


def test_district_party_committees_elsewhere_stay_a_class():
    # 各区党委、政府 in a 广州 notice is every district's (no autonomous region): never a region's committee.
    depts, _ = _run("广州市人民政府办公厅通知：各区党委、政府要落实主体责任。", "2021-01-01")
    assert not any("区党委" in t for t, _ in depts)


def test_a_congress_special_committee_named_by_its_fields_is_one_span():
    # same page: the committee's name runs 财政经济 + 农牧 + 环资 together
    depts, _ = _run(RIKAZE, "2021-12-11")
    assert ("日喀则市第二届人民代表大会财政经济农牧环资委员会", "日喀则市人民代表大会") in depts


def test_a_league_bureau_keeps_its_section():
    # http://nmj.xlgl.gov.cn/nmj/zwgk/zfxxgk/fdzdgknr/ghjh/de6449b0b24f4d1b83d0f03bf6be0f92/index.html (锡林郭勒盟, 内蒙古)
    text = ("关于上报“十三五”期间农牧业发展规划要点的通知\n发文机构:农牧局 信息分类:规划计划\n各旗市(区)农牧业局:\n"
            "为了做好锡林郭勒盟农牧业“十三五”规划编制工作,按照盟长办公会议纪要([2015]15号)有关要求,盟农牧业局着手编制"
            "《锡林郭勒盟“十三五”时期现代畜牧业发展规划》等4项专项规划,要求各旗县市区于1119日下午前将农牧业“十三五”"
            "规划要点上报盟农牧业局发展计划科,有关事宜通知如下:")
    depts, _ = _run(text, "2016-07-12")
    assert ("盟农牧业局发展计划科", "锡林郭勒盟农牧业局") in depts
    # The site's field names the bureau by its post-2019 name; in 2016 it was the 农牧业局.
    assert ("农牧局", "锡林郭勒盟农牧业局") in depts


def test_a_congress_session_by_its_abbreviation():
    # http://bf119.net/tl/0102004/2019-03/18/content_5649344994e1495fa4800a531546170f.shtml (通辽, 内蒙古, 通政办发〔2019〕10号)
    text = ("通辽市人民政府办公室关于印发《市五届二次人代会〈政府工作报告〉重点任务分工方案》的通知\n"
            "各旗县市区人民政府、开发区管委会,市政府各委办局及各人民团体:\n一、加强领导,落实责任\n"
            "市五届二次人代会《政府工作报告》确定的各项重点任务是做好今年政府工作的总抓手。")
    depts, _ = _run(text, "2019-03-18")
    assert ("市五届二次人代会", "通辽市人民代表大会") in depts
    assert sum(t == "市五届二次人代会" for t, _ in depts) == 1  # the one in the title is part of the TITLE
    assert ("市政府", "通辽市人民政府") in depts


def test_words_ending_in_a_level_before_rendaihui_are_no_congress():
    depts, _ = _run("通辽市人民政府办公室通知：各市人代会期间，城市人代会代表。", "2019-03-18")
    assert not any("人代会" in t for t, _ in depts)
