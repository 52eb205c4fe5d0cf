"""Probe act78w: activities in 2026 provincial work reports (fresh excerpts of the 新疆, 青海 and 吉林 reports,
../shared/data/work-reports-2026/2026_<province>_政府工作报告.csv, outside the dev slices). Real sentences,
addresses in comments; each failed on main."""
from .activity_frames import frames, one, tuples

_OPENING = "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"
_XJ = "一、“十四五”时期和2025年工作回顾"  # 2026_新疆维吾尔自治区_政府工作报告.csv, the review's heading
_QH = "三、2026年重点工作任务"  # 2026_青海省_政府工作报告.csv, the plan's heading


def test_an_excerpt_opening_at_a_review_heading_that_names_the_five_year_plan_first():
    # 2026 新疆 report, 一、…工作回顾 （三）加快构建现代化产业体系
    text = _XJ + "\n出台纺织服装“新九条”政策措施，纺织服装产业增加值增长23.6%。\n"
    found = tuples(text, "2026-01-27", "trigger", "type", "mode", "date")
    assert ("出台", "publication", "done", "2021/2025") in found


def test_an_excerpt_opening_at_a_plan_heading_worded_key_tasks():
    # 2026 青海 report, 三、2026年重点工作任务 （四）聚焦改革攻坚 激发经营主体活力
    text = _QH + "\n激发经营主体活力。\n实施企业梯度培育工程，新增规上工业企业80家以上。\n"
    found = tuples(text, "2026-01-27", "trigger", "start", "type", "mode", "date")
    assert ("实施", text.index("实施企业"), "other", "planned", "2026") in found


def test_a_bare_review_heading_in_a_report_that_turns_to_the_deputies():
    # 2026 吉林 report, 一、工作回顾 ("这五年，农业根基持续夯实"), then 各位代表！ on its own line
    # (the paragraph is long enough that 各位代表 lies past the opening govie reads for a report's head)
    text = ("一、工作回顾\n这五年，创新能力持续增强。我省成为全国第11个、东北首个获批的创新型省份，创新能力综合指标排名"
            "提升7位。李玉院士团队荣获国家科学技术进步奖一等奖，实现历史性突破。这五年，农业根基持续夯实。黑土地耕层厚度"
            "止跌提升3.5%、达到20.6厘米，有机质增长6.1%、达到27克/千克。建设高标准农田2556万亩，相当于前十年总和。"
            "累计实施保护性耕作1.19亿亩次，农作物耕种收综合机械化率达到95%、高于全国平均水平18.3个百分点，农业综合生产"
            "条件和适度规模经营比例全面超过全国平均水平。粮食产量增长近15%。农产品加工业产值增长46.1%。肉牛屠宰加工量"
            "从全国第11位跃升至第4位。\n" * 3 + "各位代表！\n回望过去，我们顶压前行，接续奋斗。\n")
    assert text.index("各位代表") > 600
    found = tuples(text, "2026-01-26", "trigger", "start", "mode")
    assert ("建设", text.index("建设高标准"), "done") in found


def test_a_campaign_named_by_remediation_completed():
    # 2026 新疆 report, （六）加快推进区域城乡协调发展: 整治 names the campaign, whose completion is reported
    text = _OPENING + _XJ + "\n农村人居环境整治五年提升行动圆满完成，高质量建成260个自治区美丽宜居村。\n"
    found = tuples(text, "2026-01-27", "trigger", "start", "mode")
    assert ("完成", text.index("完成"), "done") in found


def test_renewing_lifts_in_a_plan_is_works():
    # 2026 青海 report, （五）聚焦协调发展 推进跨区域协作和新型城镇化
    text = _OPENING + _QH + "\n改造城市小微公共空间，更新住宅电梯300部以上。\n"
    act = one(frames(text, "2026-01-27"), "更新")
    assert (act["type"], act["mode"]) == ("other", "planned")


def test_regulating_and_upgrading_zones():
    # 2026 青海 report, （四）聚焦改革攻坚 激发经营主体活力
    text = _OPENING + _QH + "\n深化供水、供气、供热等公用事业价格改革。规范提升各类开发区、园区，支持河湟新区高质量发展。\n"
    assert one(frames(text, "2026-01-27"), "规范提升")["mode"] == "planned"


def test_work_relief_implemented():
    # 2026 青海 report, （五）… 加快高原宜居宜业和美乡村建设
    text = _OPENING + _QH + "\n统筹建立常态化防止返贫致贫机制，加力实施以工代赈，强化精准帮扶、开发式帮扶。\n"
    found = tuples(text, "2026-01-27", "trigger", "start", "mode")
    assert ("实施", text.index("实施以工代赈"), "planned") in found


def test_coordinate_then_set_up_is_set_up_not_prepare():
    # 2026 青海 report, same sentence: 筹建 straddles 统筹 and 建立; 建立 is the trigger
    text = _OPENING + _QH + "\n统筹建立常态化防止返贫致贫机制，加力实施以工代赈，强化精准帮扶、开发式帮扶。\n"
    found = tuples(text, "2026-01-27", "trigger", "start", "mode")
    assert ("建立", text.index("建立"), "planned") in found
    assert not [f for f in found if f[0] == "筹建"]
