"""Probe act52: activities in provincial and prefecture work reports of 2019-2023 (review and plan stretches).
Real sentences from the probe texts, addresses in comments (list in /work/r19/act52/sources.md)."""
import govie


def _acts(text, ref=None):
    r = govie.extract(text, model=None, reference_date=ref)
    return [(a.trigger["text"], a.type, a.mode, a.date, a.agents) for a in r.activities]


SHAANXI = ("2021年陕西省政府工作报告\n一、2020年和“十三五”工作回顾\n"
           "2020年是我省发展进程中极不平凡的一年。一年来，我们在省委坚强领导下，统筹疫情防控和经济社会发展。\n"
           "（一）果断应对、精准施策，疫情防控取得重大战略成果。迅速启动突发公共卫生事件应急响应，"
           "依托社区村组网格化管理开展群防群控，组织动员广大党员干部扎根疫情防控一线，有效遏制疫情蔓延。")


def test_title_year_dates_the_review_without_a_reference_date():
    # blingdoc.com 2021年省市州政府工作报告汇编, 陕西省 report (no delivery date in the excerpt): the title's 2021 makes
    # 一、2020年…回顾 the review of 2020
    acts = _acts(SHAANXI)
    started = [a for a in acts if a[0] == "启动"]
    assert started and started[0][3] == "2020" and started[0][2] == "done"


def test_mobilization_is_an_activity_alone():
    # same report: 组织动员广大党员干部扎根疫情防控一线
    acts = _acts(SHAANXI)
    assert [a for a in acts if a[0] == "组织动员" and a[4] == ["陕西省人民政府"]]


def test_mobilization_yields_to_the_event_it_organizes():
    # guide: 组织X开展Y → 开展; the same for 组织动员X开展Y (陕西 2021 report's wording, with the campaign after it)
    text = ("2021年陕西省政府工作报告\n一、2020年工作回顾\n2020年，我们组织动员广大群众开展爱国卫生运动，有效遏制疫情蔓延。")
    words = [a[0] for a in _acts(text)]
    assert "开展" in words and "组织动员" not in words


def test_title_year_in_brackets():
    # mp.123yiche.com 潮州市政府工作报告 2021 (title "潮州市政府工作报告（2021年）", no reference date given)
    text = ("潮州市政府工作报告（2021年）\n一、2020年工作回顾\n2020年，我们发布国内唯一一个日用陶瓷价格成本指数。")
    acts = [a for a in _acts(text) if a[0] == "发布"]
    assert acts and acts[0][3] == "2020"


def test_manner_adverb_and_bullet_before_a_counted_build():
    # news.cnhubei.com/zhengwu/p/10126235.html (湖北 2019 report's tasks as bullets)
    text = ("2019年湖北省政府工作报告要点\n加快建设特色小镇\n●支持天门建设四化同步示范区。\n"
            "●高质量建设荆门对节白蜡小镇、咸宁金融小镇等46个特色小镇。\n")
    built = [a for a in _acts(text, "2019-01-15") if a[0] == "建设"]
    assert len(built) == 1 and built[0][1] == "other"


def test_build_without_a_count_stays_out():
    # dev-backed build rule kept: 高质量建设厦漳泉都市圈 (wr2026-fujianm wording) has no count, no activity
    text = "2026年福建省政府工作报告\n二、2026年重点工作\n高质量建设厦漳泉都市圈，提升同城化发展水平。"
    assert not [a for a in _acts(text, "2026-01-20") if a[0] == "建设"]


def test_digest_topic_line_over_bullets_is_a_heading():
    # news.cnhubei.com 2019 (湖北 report digest): "办好公平优质教育" heads the bullet "●新建改建一批…幼儿园"
    text = ("2019年湖北省政府工作报告要点\n办好公平优质教育\n●新建改建一批乡镇和中心村公办幼儿园。\n")
    acts = _acts(text, "2019-01-15")
    assert not [a for a in acts if a[0] == "办好"]
    assert [a for a in acts if a[0].startswith("新建")]


def test_title_with_work_after_report_is_no_opening():
    # a title line "2019年湖北省政府工作报告（今年重点工作摘编）" (probe act52's excerpt of the 2019 digest) is no
    # delivered opening: the bullets are not read as the year before's review
    text = ("2019年湖北省政府工作报告（今年重点工作摘编）\n办好公平优质教育\n●新建改建一批乡镇和中心村公办幼儿园。\n")
    acts = [a for a in _acts(text) if a[0].startswith("新建")]
    assert acts and acts[0][3] != "2018"


def test_leap_completed_is_a_result():
    # mp.123yiche.com 潮州市政府工作报告 2021: 过去五年，经济总量完成历史性跨越
    text = ("潮州市政府工作报告（2021年）\n“十三五”时期的工作回顾\n过去五年，经济总量完成历史性跨越。"
            "二是发展动能稳步增强。“五大产业集群”加快构建，发布国内唯一一个日用陶瓷价格成本指数。")
    acts = _acts(text, "2021-02-02")
    assert not [a for a in acts if a[0] == "完成"]
    assert [a for a in acts if a[0] == "发布" and a[1] == "publication"]
