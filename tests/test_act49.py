"""Probe act49: activities in State Council work reports (1986-2018 excerpts: the title and opening, then a stretch of
the review or the plan). Real sentences from the probe texts (zh.wikisource.org pages, see
../shared/data/state-council-work-reports/SOURCE.txt), addresses in comments."""
from .activity_frames import tuples

SC = "中华人民共和国国务院"


def _acts(text, ref):
    return tuples(text, ref, "trigger", "type", "mode", "date", "agents")


def _head(year, opening="现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。"):
    return f"{year}年中华人民共和国国务院政府工作报告\n各位代表：\n\n{opening}\n"


def test_bare_this_year_marks_a_plan_step():
    # 2018年中华人民共和国国务院政府工作报告 (zh.wikisource.org), plan, 推动重大风险防范化解: 今年 is a DATE mention
    text = _head(2018) + ("健全规范的地方政府举债融资机制。今年安排地方专项债券1.35万亿元，比去年增加5500亿元，优先支持在建项目平稳建设，"
                          "合理扩大专项债券使用范围。")
    acts = _acts(text, "2018-03-05")
    assert ("安排", "other", "planned", "2018", [SC]) in acts


def test_this_year_in_a_report_delivered_in_august_is_done():
    # dev sc-report-1980 (delivered 1980-08-30): 今年提前制定1981年国民经济计划 was done by then
    text = ("各位代表：\n\n　　我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n\n"
            "　　鉴于过去年度计划制定得比较晚，不利于各地区、各部门早日安排工作，国务院确定，今年提前制定1981年国民经济计划，"
            "提请这次大会审议。")
    made = [a for a in _acts(text, "1980-08-30") if a[0] == "制定"]
    assert made and all(a[2] == "done" for a in made)


def test_plan_stretch_led_by_dali_and_qieshi_reads_as_plan():
    # 2011年…政府工作报告, 三、2011年的工作 (二)进一步扩大内需: the excerpt has no dated heading; its tasks open on
    # 大力, 切实, 认真, 抓紧
    text = _head(2011, "　　现在，我代表国务院，向大会作政府工作报告，请各位代表审议，并请全国政协委员提出意见。") + (
        "（二）进一步扩大内需特别是居民消费需求\n\n\n　　扩大内需是我国经济发展的长期战略方针和基本立足点，也是促进经济均衡发展的根本途径和内在要求。\n\n"
        "　　积极扩大消费需求。继续增加政府用于改善和扩大消费的支出，增加对城镇低收入居民和农民的补贴。继续实施家电下乡和以旧换新政策。"
        "加强农村和中小城市商贸流通、文化体育、旅游、宽带网络等基础设施建设。大力促进文化消费、旅游消费和养老消费。推动农村商业连锁经营和统一配送，"
        "优化城镇商业网点布局，积极发展电子商务、网络购物、地理信息等新型服务业态。大力整顿和规范市场秩序，切实维护消费者权益。"
        "深入开展打击侵犯知识产权和制售假冒伪劣商品的专项治理行动。\n\n"
        "　　大力优化投资结构。认真落实国务院关于鼓励引导民间投资新36条，抓紧制定公开透明的市场准入标准和支持政策，切实放宽市场准入，"
        "真正破除各种有形和无形的壁垒，")
    acts = _acts(text, "2011-03-05")
    # planned; undated, since the excerpt has lost the lead that dates the plan (三、2011年的工作): dev
    # sc-report-2006, 2010, 2019 leave such tasks null, as the guide does (probe act56)
    assert ("实施", "other", "planned", None, [SC]) in acts
    assert ("开展", "event", "planned", None, [SC]) in acts


def test_guanyu_guli_names_a_document_not_a_norm():
    # the same 2011 stretch: 鼓励 in 国务院关于鼓励引导民间投资新36条 is the document's topic, 制定 is the government's
    text = _head(2011) + "认真落实国务院关于鼓励引导民间投资新36条，抓紧制定公开透明的市场准入标准和支持政策，切实放宽市场准入。"
    made = [a for a in _acts(text, "2011-03-05") if a[0] == "制定"]
    assert [(a[1], a[4]) for a in made] == [("publication", [SC])]


def test_list_amended_or_drafted_is_a_publication():
    # 2015年…政府工作报告, 一、2014年工作回顾: 再次修订投资项目核准目录
    text = _head(2015) + ("继续把简政放权、放管结合作为改革的重头戏。国务院各部门全年取消和下放246项行政审批事项，取消评比达标表彰项目29项、"
                          "职业资格许可和认定事项149项，再次修订投资项目核准目录，大幅缩减核准范围。")
    assert [a[1] for a in _acts(text, "2015-03-05") if a[0] == "修订"] == ["publication"]
    # 2017年…政府工作报告, 三、2017年重点工作任务 (二): 制定国务院部门权力和责任清单
    text = _head(2017) + ("持续推进政府职能转变。全面实行清单管理制度，制定国务院部门权力和责任清单，加快扩大市场准入负面清单试点，"
                          "减少政府的自由裁量权，增加市场的自主选择权。")
    assert [a[1] for a in _acts(text, "2017-03-05") if a[0] == "制定"] == ["publication"]
