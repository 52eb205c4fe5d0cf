"""Role notes inside one line after items numbered （一） or 一、 as well as 1. (a page served without its line
breaks): the same tasks and bodies as the page with its lines."""
import govie

# caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml (蔡政办〔2023〕1号): its first items, each
# with its 责任单位 line; below, as written and run on in one line.
LINES = ("蔡甸区人民政府办公室\n\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n\n"
         "一、2023年全区经济社会发展的主要预期目标\n\n(一)地区生产总值增长7%以上。\n\n责任单位:区发展和改革局\n\n"
         "(二)全社会固定资产投资增长10%以上。\n\n责任单位:区发展和改革局、区住房和城市更新局\n")


def _frames(text):
    r = govie.extract(text, model=None, jurisdiction="武汉市蔡甸区")
    for a in r.assignments:
        assert text[a.task["start"]:a.task["end"]] == a.task["text"]
    return [(a.task["text"].rstrip("。"), a.lead, a.support) for a in r.assignments]


def test_items_run_on_in_one_line_read_as_with_their_lines():
    run_on = LINES.replace("\n\n责任单位", "责任单位").replace("\n\n(二)", "(二)")
    assert "\n(二)" not in run_on and "。责任单位" in run_on
    lined = _frames(LINES)
    assert [t for t, _, _ in lined] == ["地区生产总值增长7%以上", "全社会固定资产投资增长10%以上"]
    assert _frames(run_on) == lined


def test_chinese_numeral_items_too():
    text = ("一、扩大有效投资。责任单位：区发展和改革局。二、稳定工业增长。牵头单位：区发展和改革局；"
            "配合单位：区住房和城市更新局。")
    frames = _frames(text)
    assert [t for t, _, _ in frames] == ["扩大有效投资", "稳定工业增长"]
    assert frames[1][2] == ["武汉市蔡甸区住房和城市更新局"]


def test_a_numeral_inside_a_word_opens_no_item():
    # 统一、规范: 一、 inside a word is no item number, so the note has no task
    assert _frames("加快建立统一、规范的市场。责任单位：区发展和改革局。") == []
