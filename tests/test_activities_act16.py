"""Activities in provincial work reports: plan parts of excerpts without a dated plan heading (act16, round 10).
Sentences from /work/r6/readable/wr2026-*.txt."""

from .activity_frames import frames, one as _one


def _frames(text, reference_date="2026-02-01"):
    return frames(text, reference_date)


_OPENING = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"


def test_a_first_top_section_that_reviews_a_year_is_the_review():
    # wr2026-福建: "一、一年接着一年干，…" reviews 2025 without the word 回顾; "三、一鼓作气勇争先，…" is the plan.
    text = (_OPENING + "一、一年接着一年干，新福建建设持续取得新进展新成效\n"
            "2025年是“十四五”收官之年。成功举办第八届数字中国建设峰会、世界互联网大会数字丝路发展论坛。\n"
            "三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n"
            "打造安全韧性现代大水网，开工建设上白石水利枢纽工程，加快白濑水利枢纽、闽江干流防洪提升等重大工程建设。\n")
    frames = _frames(text)
    assert _one(frames, "举办")["mode"] == "done"
    frame = _one(frames, "开工建设")
    assert frame["mode"] == "planned" and frame["date"] == "2026"


def test_a_review_heading_without_an_ordinal_then_a_top_section_is_the_plan():
    # wr2026-内蒙古: "“十四五”时期发展成就和2025年工作回顾" has no "一、"; an excerpt that loses the plan's
    # heading "“十五五”时期主要目标和2026年重点工作" goes on with "三、全力抓好七项重点工作".
    text = (_OPENING + "“十四五”时期发展成就和2025年工作回顾\n"
            "——这五年民族团结局面持续巩固。承办第十四届全国冬季运动会，7个城市获评全国文明城市。\n"
            "三、全力抓好七项重点工作\n"
            "一要加快传统产业提质升级。实施工业设备更新和技术改造提质增效工程，推进冶金、化工、有色、建材等产业数智化转型。\n")
    frames = _frames(text)
    assert _one(frames, "承办")["mode"] == "done"
    assert _one(frames, "实施")["mode"] == "planned"


def test_an_excerpt_of_tasks_only_is_the_plan():
    # dev wr2026-*m excerpts keep only the opening and a stretch of the plan (福建, 河南, 江西, 陕西, 山东, 天津,
    # 云南): no heading, no 今年. This paragraph of wr2026-福建's plan reads as tasks throughout.
    text = (_OPENING + "增强投资带动力。强化项目储备，优化实施“两重”项目，提高民生类和科技类投资比重。加强现代化基础设施建设。"
            "打造现代化综合立体交通网，开工建设潮南高速三明段、上浦高速浦城段等出入省通道，推动福州长乐国际机场二期、"
            "厦门翔安国际机场通航，推进现代化东南沿海港口群建设，加快昌福厦高铁等前期工作。打造干支仓配一体运行物流网，"
            "实施多式联运攻坚行动，提升国家物流枢纽功能，完善城乡配送网络，降低全社会物流成本；实施“两通工程”2.0版，"
            "建设邻县高速通、乡镇便捷通、港口铁路通项目26个。打造安全韧性现代大水网，开工建设上白石水利枢纽工程，"
            "加快白濑水利枢纽、闽江干流防洪提升等重大工程建设，推进闽西南水资源配置工程、龙湘水库等前期工作。"
            "打造清洁低碳安全高效能源保障网，开工建设闽赣电力联网工程，安全有序推进在建核电项目建设。"
            "推动制造业投资保持增长。加快中沙古雷乙烯、古雷炼化一体化工程二期等重大产业项目建设。\n")
    frames = _frames(text)
    assert frames and all(f["mode"] == "planned" for f in frames), frames


def test_an_excerpt_of_results_stays_in_the_review():
    # wr2026-吉林's review ("六是倾力保障和改善民生"): results, no task words; it stays done.
    text = (_OPENING + "六是倾力保障和改善民生。20项民生实事全面完成。城镇新增就业22.89万人。建成助老餐厅413个。"
            "开工改造老旧小区1002个。新建改造供热管网1246公里，供热保障投诉下降58%。改造老旧燃气管道984.6公里。\n")
    assert all(f["mode"] == "done" for f in _frames(text))
